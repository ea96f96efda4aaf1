// The audit log: one append-only row per access to personal data or administrative action.
import type { Context } from 'hono';
import { newId } from '../../shared/ids';
import { auditLog } from '../db/schema';
import type { Queryable } from '../db/types';
import type { AppEnv } from '../deps';

export interface AuditEntry {
  action: string; // e.g. 'buyer.export', 'buyer.erase', 'member.role', 'ai_provider.update'
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export async function audit(c: Context<AppEnv>, entry: AuditEntry, db: Queryable = c.get('db')): Promise<void> {
  const auth = c.get('auth');
  if (!auth) return;
  const ip = c.get('deps').clientIp?.(c) ?? null;
  await db.insert(auditLog).values({ id: newId('audit'), orgId: auth.orgId, actorId: auth.userId, ip, at: c.get('deps').clock.now(), ...entry });
}
