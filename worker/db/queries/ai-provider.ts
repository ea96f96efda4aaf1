import { and, eq, sql } from 'drizzle-orm';
import type { AiProviderView } from '../../../shared/schemas/ai-provider';
import { aiProviders, aiUsage } from '../schema';
import type { Queryable } from '../types';

export type AiProviderRow = typeof aiProviders.$inferSelect;

export async function getAiProvider(db: Queryable, orgId: string): Promise<AiProviderRow | undefined> {
  const [row] = await db.select().from(aiProviders).where(eq(aiProviders.orgId, orgId)).limit(1);
  return row;
}

export function toAiProviderView(row: AiProviderRow | undefined): AiProviderView {
  if (!row) return { configured: false };
  return {
    configured: true,
    baseUrl: row.baseUrl,
    model: row.model,
    hasKey: row.apiKey.length > 0,
    inputPerMTokUsd: row.inputPerMTokUsd,
    outputPerMTokUsd: row.outputPerMTokUsd,
    dailyCapUsd: row.dailyCapUsd,
    enabled: row.enabled,
  };
}

export async function saveAiProvider(db: Queryable, row: AiProviderRow): Promise<void> {
  const { orgId, ...rest } = row;
  await db.insert(aiProviders).values(row).onConflictDoUpdate({ target: aiProviders.orgId, set: rest });
}

export async function deleteAiProvider(db: Queryable, orgId: string): Promise<void> {
  await db.delete(aiProviders).where(eq(aiProviders.orgId, orgId));
}

export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

export async function spentToday(db: Queryable, shopId: string, now: Date): Promise<number> {
  const [row] = await db.select({ cost: aiUsage.costUsd }).from(aiUsage).where(and(eq(aiUsage.shopId, shopId), eq(aiUsage.day, utcDay(now))));
  return row?.cost ?? 0;
}

export async function recordSpend(db: Queryable, shopId: string, now: Date, costUsd: number): Promise<void> {
  await db
    .insert(aiUsage)
    .values({ shopId, day: utcDay(now), costUsd, calls: 1 })
    .onConflictDoUpdate({ target: [aiUsage.shopId, aiUsage.day], set: { costUsd: sql`${aiUsage.costUsd} + ${costUsd}`, calls: sql`${aiUsage.calls} + 1` } });
}
