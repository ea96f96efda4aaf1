import { sql } from 'drizzle-orm';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  try {
    await c.get('db').execute(sql`select 1`);
  } catch {
    throw new AppError('unavailable', 'The database is not reachable yet.');
  }
  c.header('cache-control', 'no-store');
  return c.json({ ok: true, service: 'askchat', time: c.get('deps').clock.now().toISOString() });
});
