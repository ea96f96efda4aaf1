// Every language AskChat answers in: the packs as data. Adding one: write a pack (../pack.ts lists the
// rules), register it here, add its locale in ../format.ts, and add its detector to
// test/shared/reply/support.ts. Node code gets them through ../index.ts; the PWA build writes each one to
// dist/ai/reply-<code>.json for the Worker (scripts/vite-ai-assets.ts) — never import this from the Worker.
import type { Language } from '../../markets';
import type { LanguagePack } from '../pack';
import { en } from './en';
import { es } from './es';
import { id } from './id';
import { ms } from './ms';
import { th } from './th';
import { tl } from './tl';
import { vi } from './vi';
import { zh } from './zh';

export const PACKS: Record<Language, LanguagePack> = { en, zh, th, id, ms, vi, tl, es };

export { pick, type ByRegister, type LanguagePack } from '../pack';
