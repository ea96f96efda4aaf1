// The dashboard's query (GET /api/dashboard, GET /api/dashboard/export.csv): a range of calendar days,
// both included, each counted thing read in its shop's zone; optionally one shop and one market.
import * as z from 'zod/mini';
import { MARKETS } from '../markets';
import { idSchema } from './common';

/** The longest period one request may ask for. */
export const DASHBOARD_MAX_DAYS = 400;

const daySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' }),
  z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'not a calendar date' }),
);

export const dashboardQuerySchema = z
  .object({
    from: daySchema,
    to: daySchema,
    shopId: z.optional(idSchema),
    market: z.optional(z.enum(MARKETS)),
  })
  .check(
    z.refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] }),
    z.refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < DASHBOARD_MAX_DAYS, { message: `at most ${DASHBOARD_MAX_DAYS} days`, path: ['to'] }),
  );
export type DashboardQueryParams = z.infer<typeof dashboardQuerySchema>;
