// Every language AskChat answers in. Adding one: write a pack (types.ts lists the rules), register it
// here, add its locale in ../format.ts, and add its detector to test/shared/reply/support.ts.
import type { Language } from '../../markets';
import { en } from './en';
import { es } from './es';
import { id } from './id';
import { ms } from './ms';
import { th } from './th';
import { tl } from './tl';
import type { LanguagePack } from './types';
import { vi } from './vi';
import { zh } from './zh';

export const PACKS: Record<Language, LanguagePack> = { en, zh, th, id, ms, vi, tl, es };

export { pick, type ByRegister, type LanguagePack } from './types';
