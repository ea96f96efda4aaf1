// What a failed send of an agent's reply means for its outbox row (app/api/replies.ts replyOutcome): pure,
// so checked here without a browser; the browser tests (test/e2e/replies.test.ts) cover the flows.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../app/api/client';
import { replyOutcome } from '../../../app/api/replies';
import { ERROR_STATUS, type ErrorCode } from '../../../shared/errors';

const failure = (code: ErrorCode) => new ApiError(code, 'message', ERROR_STATUS[code]);

describe('replyOutcome', () => {
  it('keeps the reply queued when no answer came or the server was busy', () => {
    expect(replyOutcome(new ApiError('network', 'offline'))).toEqual({ outcome: 'later', code: 'network' });
    for (const code of ['rate_limited', 'unavailable', 'internal'] as const) expect(replyOutcome(failure(code))).toEqual({ outcome: 'later', code });
    // A proxy's 504 page, not our envelope (client.ts maps it to `unavailable`).
    expect(replyOutcome(new ApiError('unavailable', 'HTTP 504', 504)).outcome).toBe('later');
    // Not an ApiError at all (a bug, an aborted fetch): try again later, never drop the reply.
    expect(replyOutcome(new TypeError('x'))).toEqual({ outcome: 'later', code: 'network' });
  });

  it('stops at a 401 and keeps the reply', () => {
    expect(replyOutcome(failure('unauthorized'))).toEqual({ outcome: 'stop', code: 'unauthorized' });
  });

  it('holds a reply TikTok refused (502) for Retry, and one that could not be translated (409) for sending untranslated', () => {
    expect(replyOutcome(failure('delivery_failed'))).toEqual({ outcome: 'refused', code: 'delivery_failed' });
    expect(replyOutcome(failure('ai_unavailable'))).toEqual({ outcome: 'noAi', code: 'ai_unavailable' });
  });

  it('offers only Discard when sending again cannot help', () => {
    for (const code of ['bad_request', 'validation_failed', 'not_found', 'forbidden', 'payload_too_large'] as const) {
      expect(replyOutcome(failure(code))).toEqual({ outcome: 'invalid', code });
    }
  });
});
