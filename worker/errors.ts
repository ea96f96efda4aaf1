// The one place failures become HTTP answers: `{ error: { code, message, requestId } }` with the status
// the code implies (shared/errors.ts). Expected failures are AppErrors thrown by handlers; Hono's own
// HTTPExceptions (malformed JSON, oversize bodies) are translated; anything else is a bug, logged with
// its stack and answered as a plain 500 that never shows internals.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, ERROR_STATUS, type ErrorBody, type ErrorCode } from '../shared/errors';
import type { AppEnv } from './deps';
import { describeError } from './log';

export { AppError };

export function errorResponse(c: Context<AppEnv>, code: ErrorCode, message: string): Response {
  const body: ErrorBody = { error: { code, message, requestId: c.get('requestId') } };
  // The rest of an oversize body is never read; tell the client not to reuse this connection for the
  // next request (Node closes it once the answer is sent).
  if (code === 'payload_too_large') c.header('connection', 'close');
  return c.json(body, ERROR_STATUS[code] as ContentfulStatusCode);
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof AppError) return errorResponse(c, error.code, error.message);
  if (error instanceof HTTPException && HTTP_CODES[error.status]) {
    return errorResponse(c, HTTP_CODES[error.status]!, error.message || 'The request could not be processed.');
  }
  const log = c.get('log') ?? c.get('deps')?.log;
  log?.error('unhandled error', { ...describeError(error), method: c.req.method, path: c.req.path });
  return errorResponse(c, 'internal', 'Something went wrong on our side. Quote the request id if you report it.');
}

export function notFound(c: Context<AppEnv>): Response {
  return errorResponse(c, 'not_found', `No such route: ${c.req.method} ${c.req.path}`);
}
