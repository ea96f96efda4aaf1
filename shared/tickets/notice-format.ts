// The buyer's ticket notices without their texts: the shape of one language's texts, the renderer, and the
// check of texts that arrived from outside. DATA-FREE: the texts live in notices.ts (Node gets them bound
// there as renderNotice); the Worker fetches them as dist/ai/ticket-notices.json and renders through its AI
// engine (worker/ai/engine-loader.ts, docs/decisions/003-ai-data-as-assets.md). test/shared/ai-assets
// checks that no text is reachable from here.
import { LANGUAGES, type Language } from '../markets';
import { NOTICE_KEYS, type NoticeKey } from './types';

/** One language's notices. `{order}` becomes `order` ([with {id}, without an order id]); `{review}` and
 * `{reason}` are the shared sentences. */
export type TicketNoticePack = Record<NoticeKey, string> & { order: readonly [withId: string, without: string]; review: string; reason: string };
export type TicketNotices = Record<Language, TicketNoticePack>;

/** The buyer's message for `key`, in `language` (English when AskChat does not know it). */
export function renderTicketNotice(notices: TicketNotices, key: NoticeKey, language: string | null | undefined, ticket: { orderId: string | null }): string {
  const pack = notices[(LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : 'en'];
  const order = ticket.orderId ? pack.order[0].replace('{id}', ticket.orderId) : pack.order[1];
  return pack[key].replace('{review}', pack.review).replace('{reason}', pack.reason).replace('{order}', order);
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks that `value` holds every notice in every language and returns it typed; throws an Error naming
 * the first bad entry ("th.refund_approved: expected a string"). */
export function parseTicketNotices(value: unknown): TicketNotices {
  if (!isRecord(value)) throw new Error('ticket notices: expected an object');
  for (const language of LANGUAGES) {
    const pack = value[language];
    if (!isRecord(pack)) throw new Error(`${language}: expected the notices of that language${pack === undefined ? ' (missing)' : ''}`);
    const order = pack.order;
    if (!(Array.isArray(order) && order.length === 2 && order.every(isText))) throw new Error(`${language}.order: expected two strings`);
    for (const key of ['review', 'reason', ...NOTICE_KEYS]) {
      if (!isText(pack[key])) throw new Error(`${language}.${key}: expected a string${pack[key] === undefined ? ' (missing)' : ''}`);
    }
  }
  return value as unknown as TicketNotices;
}
