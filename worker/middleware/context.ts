// First middleware of every request: a request id (echoed in `x-request-id` and on every log line), a
// logger bound to it, a database for this unit of work (released after the response), and an access log.
import { createMiddleware } from 'hono/factory';
import { newId } from '../../shared/ids';
import type { AppDeps, AppEnv } from '../deps';

const INCOMING_ID = /^[A-Za-z0-9_.:-]{8,80}$/;

export const requestContext = (deps: AppDeps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : newId('request');
    const log = deps.log.child({ requestId });
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('auth', null);
    const started = Date.now();
    const handle = deps.db.open();
    c.set('db', handle.db);
    try {
      await next();
    } finally {
      c.header('x-request-id', requestId);
      const done = handle.release();
      try {
        c.executionCtx.waitUntil(done);
      } catch {
        await done; // no execution context (plain app.request in a script): wait here instead
      }
      log.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started });
    }
  });
