// Work that continues after the response: `waitUntil` on Workers, the same hook on Node (the Node entry
// passes an execution context that tracks the promises so shutdown can wait for them). Each task opens
// its own database handle, because on Workers the request's handle is released with the response.
import type { Context } from 'hono';
import type { Db } from './db/types';
import type { AppDeps, AppEnv } from './deps';
import { describeError } from './log';

export function runAfterResponse(c: Context<AppEnv>, name: string, work: (db: Db, deps: AppDeps) => Promise<unknown>): void {
  const deps = c.get('deps');
  const log = c.get('log');
  const task = (async () => {
    const handle = deps.db.open();
    try {
      await work(handle.db, deps);
    } catch (error) {
      log.error('background task failed', { task: name, ...describeError(error) });
    } finally {
      await handle.release();
    }
  })();
  c.executionCtx.waitUntil(task);
}
