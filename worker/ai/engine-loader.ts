// The AI engine the Worker uses — understanding, reply decision, reply writing and the buyer's ticket
// notices, the public holidays — built from data that ships as static assets next to the PWA (dist/ai/…, served by the ASSETS
// binding) instead of inside the Worker bundle (docs/decisions/003-ai-data-as-assets.md). This module and
// everything it imports are data-free: the cue lexicon, the models, the language packs and the notice
// texts arrive over `fetchAsset`.
//
//   const ai = createAssetEngineLoader((path) => env.ASSETS.fetch(new URL(path, 'https://assets.invalid')));
//   const engine = await ai.load();        // first call per isolate fetches, checks and builds; then cached
//   engine.understand(text, { market });   // synchronous from here on, like composeReply
//
// Node (npm start, tests, CLI) uses createBundledEngineLoader (bundled-engine-loader.ts) instead.
import { LANGUAGES, type Language } from '../../shared/markets';
import { decideReply } from '../../shared/reply/decide';
import type { ComposeReply } from '../../shared/reply/compose';
import { createReplyWriter } from '../../shared/reply/engine';
import { parseLanguagePack, type LanguagePack } from '../../shared/reply/pack';
import { createInjectionDetector, type PromptInjectionPatterns } from '../../shared/reply/prompt-injection';
import { parseTicketNotices, renderTicketNotice, type TicketNotices } from '../../shared/tickets/notice-format';
import type { NoticeKey } from '../../shared/tickets/types';
import { createHolidayCalendar, type HolidayCalendar, type HolidayTable } from '../../shared/time/holidays';
import { parseUnderstandingData, type UnderstandingData } from '../../shared/understand/data-format';
import { createUnderstander, type Understanding, type UnderstandOptions } from '../../shared/understand/engine';
import { AI_ASSET_DIR, HOLIDAYS_FILE, MANIFEST_FILE, parseHolidayTable, parseManifest, parsePromptInjectionPatterns, PROMPT_INJECTION_FILE, replyPackFile, TICKET_NOTICES_FILE, UNDERSTANDING_FILE, type AiAssetManifest } from './asset-format';

export interface AiEngine {
  /** Language, intent, sentiment, escalation, order id and confidence of one buyer message. Never throws. */
  understand(text: string, opts?: UnderstandOptions): Understanding;
  /** The reply text (answer, ask for the order number, holding message, draft). Throws only for a reply
   * language whose pack was not loaded (see AssetEngineOptions.languages). */
  composeReply: ComposeReply;
  decideReply: typeof decideReply;
  /** True when a buyer's message tries to steer the AI ('ignore your instructions', 'you are now DAN'…). */
  detectPromptInjection: (text: string) => boolean;
  /** The buyer's message for an after-sales ticket step, in `language` (English when AskChat does not
   * know it); all eight languages, whatever `languages` says. Like renderNotice (shared/tickets/notices.ts). */
  ticketNotice(key: NoticeKey, language: string | null | undefined, ticket: { orderId: string | null }): string;
  /** The built-in public holidays per region, for rosters and routing (shared/time/holidays.ts). */
  holidays: HolidayCalendar;
  /** Compiles the cue lexicon and unpacks the models now (tens of ms) rather than in the first understand(). */
  warmUp(): void;
  /** The reply languages this engine has packs for. */
  languages: readonly Language[];
  /** Where the data came from. */
  source: 'assets' | 'bundled';
}

export interface AiEngineLoader {
  /** The engine, built once per loader (per isolate when the loader lives at module scope). A failed load
   * is not cached: the next call tries again. */
  load(): Promise<AiEngine>;
}

/** An engine over data already in memory (and already checked). */
export function buildAiEngine(
  understanding: UnderstandingData,
  packs: Partial<Record<Language, LanguagePack>>,
  notices: TicketNotices,
  holidays: HolidayTable,
  injection: PromptInjectionPatterns,
  source: AiEngine['source'],
): AiEngine {
  const understander = createUnderstander(understanding);
  const writer = createReplyWriter(packs);
  return {
    understand: understander.understand,
    composeReply: writer.composeReply,
    decideReply,
    detectPromptInjection: createInjectionDetector(injection),
    ticketNotice: (key, language, ticket) => renderTicketNotice(notices, key, language, ticket),
    holidays: createHolidayCalendar({ table: holidays }),
    warmUp: understander.warmUp,
    languages: writer.languages,
    source,
  };
}

/** Caches the engine promise; a rejected load is dropped so the next call retries. */
export function cachedLoader(build: () => Promise<AiEngine>): AiEngineLoader {
  let pending: Promise<AiEngine> | undefined;
  return {
    load() {
      if (!pending) {
        const attempt = build();
        pending = attempt;
        attempt.catch(() => {
          if (pending === attempt) pending = undefined;
        });
      }
      return pending;
    },
  };
}

/** A missing, unreadable, stale or malformed AI asset. `file` is the URL path that failed. */
export class AiAssetError extends Error {
  override readonly name = 'AiAssetError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`AI asset ${file}: ${problem}`);
  }
}

export interface AssetEngineOptions {
  /** Reply languages to load (default: all eight). composeReply throws for a reply language left out. */
  languages?: readonly Language[];
}

type FetchAsset = (path: string) => Promise<Response>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let out = '';
  for (const b of digest) out += HEX[b];
  return out;
}

/** Fetches one file and returns its parsed JSON, checked against the manifest entry when there is one. */
async function fetchJson(fetchAsset: FetchAsset, path: string, expected?: { sha256: string; bytes: number }): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchAsset(path);
  } catch (e) {
    throw new AiAssetError(path, `could not be fetched (${(e as Error).message})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new AiAssetError(path, `HTTP ${response.status}${response.status === 404 ? ' (missing: was dist/ai built and deployed?)' : ''}`);
  }
  const bytes = await response.arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AiAssetError(path, 'is not UTF-8 text');
  }
  // Workers static assets answer an unknown path with index.html (single-page-application mode).
  if (/^\s*</.test(text)) throw new AiAssetError(path, 'got HTML instead of JSON (missing from dist/ai? unknown paths are served index.html)');
  if (expected) {
    if (bytes.byteLength !== expected.bytes) {
      throw new AiAssetError(path, `is ${bytes.byteLength} bytes, the manifest says ${expected.bytes} (stale or partial deploy?)`);
    }
    const sha256 = await sha256Hex(bytes);
    if (sha256 !== expected.sha256) throw new AiAssetError(path, `content does not match the manifest's sha256 (stale or partial deploy?)`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new AiAssetError(path, `is not valid JSON (${(e as Error).message})`);
  }
}

/**
 * The Worker's loader: fetches /ai/manifest.json, then understanding.json, the reply packs,
 * ticket-notices.json, holidays.json and prompt-injection.json in parallel, checks each against the manifest (size and SHA-256) and its shape, and
 * builds the engine. Every problem is an AiAssetError naming the file. `fetchAsset(path)` gets a URL path
 * such as "/ai/manifest.json"; on Cloudflare pass `(path) => env.ASSETS.fetch(new URL(path, 'https://assets.invalid'))`.
 */
export function createAssetEngineLoader(fetchAsset: FetchAsset, options: AssetEngineOptions = {}): AiEngineLoader {
  const languages = options.languages ?? LANGUAGES;
  const url = (name: string) => `/${AI_ASSET_DIR}/${name}`;

  return cachedLoader(async () => {
    const manifestPath = url(MANIFEST_FILE);
    let manifest: AiAssetManifest;
    try {
      manifest = parseManifest(await fetchJson(fetchAsset, manifestPath));
    } catch (e) {
      throw e instanceof AiAssetError ? e : new AiAssetError(manifestPath, (e as Error).message);
    }
    const load = async <T>(name: string, parse: (value: unknown) => T): Promise<T> => {
      const path = url(name);
      const entry = manifest.files[name];
      if (!entry) throw new AiAssetError(path, `not listed in ${manifestPath}`);
      const value = await fetchJson(fetchAsset, path, entry);
      try {
        return parse(value);
      } catch (e) {
        throw new AiAssetError(path, (e as Error).message);
      }
    };
    const [understanding, notices, injection, holidays, ...packs] = await Promise.all([
      load(UNDERSTANDING_FILE, parseUnderstandingData),
      load(TICKET_NOTICES_FILE, parseTicketNotices),
      load(PROMPT_INJECTION_FILE, parsePromptInjectionPatterns),
      load(HOLIDAYS_FILE, (v) => {
        const table = parseHolidayTable(v);
        createHolidayCalendar({ table }); // every date checked here, so a bad one names this file
        return table;
      }),
      ...languages.map((language) => load(replyPackFile(language), parseLanguagePack)),
    ]);
    const table: Partial<Record<Language, LanguagePack>> = {};
    languages.forEach((language, i) => (table[language] = packs[i] as LanguagePack));
    return buildAiEngine(understanding as UnderstandingData, table, notices as TicketNotices, holidays as HolidayTable, injection as PromptInjectionPatterns, 'assets');
  });
}
