// The AI data as static assets: what the PWA build writes under dist/ai/ and what the Worker's loader
// reads back (docs/decisions/003-ai-data-as-assets.md). One serialisation, used by the build
// (scripts/vite-ai-assets.ts) and the tests; pure code, no data of its own.
//
//   dist/ai/manifest.json        { format, files: { "<name>": { sha256, bytes } } }
//   dist/ai/understanding.json   UnderstandingData (cue lexicon, word lists, models)
//   dist/ai/reply-<lang>.json    one LanguagePack per language, so a Worker can load only the ones it needs
//   dist/ai/ticket-notices.json  TicketNotices: the buyer's after-sales ticket notices, all eight languages
//   dist/ai/holidays.json        HolidayTable: the public holidays per region (shared/time/holiday-table.ts)
//   dist/ai/prompt-injection.json PromptInjectionPatterns: the heuristic's regular expressions
import { LANGUAGES, type Language } from '../../shared/markets';
import type { LanguagePack } from '../../shared/reply/pack';
import type { HolidayTable } from '../../shared/time/holidays';
import type { PromptInjectionPatterns } from '../../shared/reply/prompt-injection';
import type { TicketNotices } from '../../shared/tickets/notice-format';
import type { UnderstandingData } from '../../shared/understand/data-format';

/** Bump when the file set or the manifest changes shape. */
export const AI_ASSET_FORMAT = 3;
/** Where the files live inside dist/, and the URL path the Worker fetches them from. */
export const AI_ASSET_DIR = 'ai';
export const MANIFEST_FILE = 'manifest.json';
export const UNDERSTANDING_FILE = 'understanding.json';
export const replyPackFile = (language: Language): string => `reply-${language}.json`;
export const TICKET_NOTICES_FILE = 'ticket-notices.json';
export const HOLIDAYS_FILE = 'holidays.json';
export const PROMPT_INJECTION_FILE = 'prompt-injection.json';

export interface AiAssetManifest {
  format: typeof AI_ASSET_FORMAT;
  /** File name (relative to /ai/) → lower-case hex SHA-256 and size of its UTF-8 bytes. */
  files: Record<string, { sha256: string; bytes: number }>;
}

export interface AiAssetFile {
  name: string;
  text: string;
}

/** The data files, in the build's exact serialisation (compact JSON, UTF-8). The manifest is made from
 * them by whoever can hash (node:crypto at build time). */
export function serialiseAiData(understanding: UnderstandingData, packs: Record<Language, LanguagePack>, notices: TicketNotices, holidays: HolidayTable, injection: PromptInjectionPatterns): AiAssetFile[] {
  return [
    { name: UNDERSTANDING_FILE, text: JSON.stringify(understanding) },
    ...LANGUAGES.map((language) => ({ name: replyPackFile(language), text: JSON.stringify(packs[language]) })),
    { name: TICKET_NOTICES_FILE, text: JSON.stringify(notices) },
    { name: HOLIDAYS_FILE, text: JSON.stringify(holidays) },
    { name: PROMPT_INJECTION_FILE, text: JSON.stringify(injection) },
  ];
}

export function manifestText(files: ReadonlyArray<AiAssetFile & { sha256: string; bytes: number }>): string {
  const manifest: AiAssetManifest = {
    format: AI_ASSET_FORMAT,
    files: Object.fromEntries(files.map((f) => [f.name, { sha256: f.sha256, bytes: f.bytes }])),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Checks a parsed manifest; throws an Error saying what is wrong. */
export function parseManifest(value: unknown): AiAssetManifest {
  const v = value as Partial<AiAssetManifest> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('expected an object');
  if (v.format !== AI_ASSET_FORMAT) throw new Error(`format: expected ${AI_ASSET_FORMAT} (this Worker's), got ${JSON.stringify(v.format)}`);
  if (typeof v.files !== 'object' || v.files === null) throw new Error('files: expected an object');
  for (const [name, entry] of Object.entries(v.files)) {
    if (!entry || typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`files["${name}"].sha256: expected 64 hex digits`);
    if (!Number.isSafeInteger(entry.bytes) || entry.bytes < 0) throw new Error(`files["${name}"].bytes: expected a byte count`);
  }
  return v as AiAssetManifest;
}

/** Checks the holiday table's shape (region → name → dates text); the dates are checked when a calendar is built. */
export function parseHolidayTable(value: unknown): HolidayTable {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(value)) throw new Error('expected an object of regions');
  for (const [region, names] of Object.entries(value)) {
    if (!isRecord(names) || !Object.values(names).every((cell) => typeof cell === 'string')) throw new Error(`${region}: expected holiday name → dates text`);
  }
  return value as HolidayTable;
}

/** Checks the prompt-injection patterns: two regular-expression sources that compile. */
export function parsePromptInjectionPatterns(value: unknown): PromptInjectionPatterns {
  const v = value as Partial<PromptInjectionPatterns> | null;
  for (const key of ['latin', 'other'] as const) {
    if (typeof v?.[key] !== 'string') throw new Error(`${key}: expected a regular expression source`);
    new RegExp(v[key], 'i'); // throws "Invalid regular expression: …" for a broken one
  }
  return v as PromptInjectionPatterns;
}
