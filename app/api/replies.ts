// An agent's reply to the buyer: POST /api/conversations/:id/replies {clientId, text, translate}. The
// server is idempotent by clientId (a repeat answers 200 with the same message; a repeat of one TikTok
// refused tries to deliver it again), so the outbox (sync/outbox.ts) may send a row as often as it must.
//
// `replyOutcome` says what a failure means for the outbox row; it is pure, so it is unit-tested
// (test/shared/app/reply-outcome.test.ts) without a browser.
import type { ErrorCode } from '../../shared/errors';
import type { AgentReplyBody, MessageRecord } from '../../shared/schemas/conversations';
import { ApiError, apiRequest } from './client';

export function postReply(conversationId: string, body: AgentReplyBody): Promise<{ message: MessageRecord }> {
  return apiRequest<{ message: MessageRecord }>(`/api/conversations/${encodeURIComponent(conversationId)}/replies`, {
    method: 'POST',
    body,
    // TikTok's API is called inside the request (and a translation before it): give it time.
    timeoutMs: 45_000,
  });
}

/**
 * What a failed send means for its outbox row:
 *   later    no answer, or the server was busy: keep it queued, send again on the next trigger
 *   stop     the session ended (401): send nothing more; the session handling shows sign-in
 *   refused  the channel (TikTok, e-mail) did not accept it (502 delivery_failed): the server keeps it failed; offer Retry
 *   noAi     translation impossible (409 ai_unavailable): nothing was stored; offer to send untranslated
 *   invalid  anything else (400, 403, 404…): sending again cannot help; offer Discard
 */
export type ReplyOutcome = 'later' | 'stop' | 'refused' | 'noAi' | 'invalid';

export function replyOutcome(error: unknown): { outcome: ReplyOutcome; code: ErrorCode | 'network' } {
  if (!(error instanceof ApiError)) return { outcome: 'later', code: 'network' };
  const { code, status } = error;
  if (code === 'network' || code === 'rate_limited' || code === 'unavailable' || code === 'internal' || (status >= 500 && code !== 'delivery_failed')) {
    return { outcome: 'later', code };
  }
  if (status === 401 || code === 'unauthorized') return { outcome: 'stop', code };
  if (code === 'delivery_failed') return { outcome: 'refused', code };
  if (code === 'ai_unavailable') return { outcome: 'noAi', code };
  return { outcome: 'invalid', code };
}
