// Request validation with the zod schemas from shared/. Each helper is a Hono validator middleware, so
// handlers read typed, already-checked input with `c.req.valid(...)`. Failures become one clear 4xx in
// the common error shape, naming the field and the problem.
import type { Context } from 'hono';
import { validator } from 'hono/validator';
import * as z from 'zod/mini';
import { AppError } from '../shared/errors';
import { validationMessage } from './validation-messages';

z.config({ localeError: validationMessage });

type Schema = z.ZodMiniType;

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function check<S extends Schema>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', `Invalid ${what} — ${describeIssues(result.error)}`);
  return result.data;
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** A JSON body checked against `schema`; a body that is not JSON gets 415, malformed JSON 400. */
export const jsonBody = <S extends Schema>(schema: S) =>
  validator('json', (value, c: Context) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_TYPE.test(type)) throw new AppError('unsupported_media_type', 'Send the request body as JSON (content-type: application/json).');
    return check(schema, value, 'request body');
  });

export const queryParams = <S extends Schema>(schema: S) => validator('query', (value) => check(schema, value, 'query parameters'));

export const pathParams = <S extends Schema>(schema: S) => validator('param', (value) => check(schema, value, 'path'));

export { check as parseWith };
