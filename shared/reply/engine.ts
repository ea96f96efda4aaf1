// The reply writer without its data: `createReplyWriter(packs)` gives composeReply over whichever language
// packs it is handed. DATA-FREE: neither this module nor anything it imports holds a pack (templates/*.ts);
// Node code uses index.ts (all eight packs bundled), the Worker builds this from the packs it fetched as
// dist/ai/reply-<code>.json (worker/ai/engine-loader.ts). test/shared/ai-assets checks that no pack is
// reachable from here.
import type { Language } from '../markets';
import { chooseReplyLanguage, createComposer, type ComposeReply } from './compose';
import type { LanguagePack } from './pack';

export interface ReplyWriter {
  /** Writes the answer, the request for an order number, the holding message or the agent's draft.
   * Throws when the reply language's pack was not handed to createReplyWriter. */
  composeReply: ComposeReply;
  chooseReplyLanguage: typeof chooseReplyLanguage;
  /** The languages this writer has a pack for. */
  languages: readonly Language[];
}

/** `packs` are trusted here; packs from outside go through parseLanguagePack (pack.ts) first. */
export function createReplyWriter(packs: Partial<Record<Language, LanguagePack>>): ReplyWriter {
  const table = new Map<Language, LanguagePack>();
  for (const [language, pack] of Object.entries(packs) as Array<[Language, LanguagePack | undefined]>) if (pack) table.set(language, pack);
  const languages = [...table.keys()];
  const packFor = (language: Language): LanguagePack => {
    const pack = table.get(language);
    if (!pack) throw new Error(`no reply language pack for "${language}" (this writer has: ${languages.join(', ') || 'none'})`);
    return pack;
  };
  return { composeReply: createComposer(packFor), chooseReplyLanguage, languages };
}
