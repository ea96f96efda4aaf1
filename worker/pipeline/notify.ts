// Telling people on their phones that a buyer needs one of them now: a Web Push notice to every device of
// the agents of the groups that own the shop, and of the organisation's owners and admins, for
// escalations (a complaint, a damaged parcel, a request for a person, a threat, a prompt injection) and for
// conversations AskChat could not handle (a failed send, a crash). Routine hand-offs (draft-only shops,
// auto-send off, no knowledge) wait in the inbox without a ping.
//
// Each notice is in the reader's language (en or zh), opens the conversation when tapped, and replaces an
// earlier unread notice of the same conversation (Topic). A subscription the push service says is gone
// (404/410) is deleted. Failures are logged, never thrown: the hand-off itself has already happened.
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../deps';
import { groupMembers, groupShops, memberships, pushSubscriptions, users } from '../db/schema';
import type { Db } from '../db/types';
import { sendPush } from '../push/send';

type Deps = Pick<AppDeps, 'push' | 'log' | 'clock' | 'fetch'>;

/** Hand-off reasons worth waking someone for. */
export function isEscalation(reason: string): boolean {
  return reason.startsWith('escalate:') || ['prompt_injection', 'intent_not_routine', 'send_failed', 'processing_failed'].includes(reason);
}

export interface HandoffNotice {
  orgId: string;
  shopId: string;
  shopName: string;
  conversationId: string;
  buyerName: string;
  /** The buyer's latest words, shortened. */
  preview: string;
  reason: string;
}

const TEXT = {
  en: { title: (shop: string) => `A buyer needs a person · ${shop}`, reason: REASONS_EN },
  zh: { title: (shop: string) => `买家需要人工处理 · ${shop}`, reason: REASONS_ZH },
};

function REASONS_EN(reason: string): string {
  if (reason === 'escalate:human_request' || reason === 'intent_not_routine') return 'Asked for a person';
  if (reason === 'escalate:damaged_item' || reason === 'escalate:wrong_item') return 'Damaged or wrong item';
  if (reason === 'escalate:safety') return 'Safety report';
  if (reason === 'escalate:legal_threat') return 'Threatens legal action';
  if (reason === 'escalate:double_charge') return 'Charged twice';
  if (reason === 'escalate:angry' || reason === 'escalate:complaint') return 'Upset buyer';
  if (reason === 'prompt_injection') return 'Tried to steer the assistant';
  if (reason === 'send_failed' || reason === 'processing_failed') return 'AskChat could not answer';
  return 'Needs a person';
}

function REASONS_ZH(reason: string): string {
  if (reason === 'escalate:human_request' || reason === 'intent_not_routine') return '要求人工客服';
  if (reason === 'escalate:damaged_item' || reason === 'escalate:wrong_item') return '商品损坏或发错';
  if (reason === 'escalate:safety') return '安全问题';
  if (reason === 'escalate:legal_threat') return '威胁采取法律行动';
  if (reason === 'escalate:double_charge') return '重复扣款';
  if (reason === 'escalate:angry' || reason === 'escalate:complaint') return '买家不满';
  if (reason === 'prompt_injection') return '试图操纵 AI 助手';
  if (reason === 'send_failed' || reason === 'processing_failed') return 'AskChat 无法回复';
  return '需要人工处理';
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Who is told: the agents of the groups that own the shop, and the organisation's owners and admins. */
function groupAndLeads(db: Db, orgId: string, shopId: string) {
  const inGroups = db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .innerJoin(groupShops, eq(groupShops.groupId, groupMembers.groupId))
    .where(and(eq(groupShops.shopId, shopId), eq(groupMembers.orgId, orgId)));
  const leads = db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ['owner', 'admin'])));
  return devicesWhere(db, and(eq(pushSubscriptions.orgId, orgId), or(inArray(pushSubscriptions.userId, inGroups), inArray(pushSubscriptions.userId, leads)))!);
}

function devicesWhere(db: Db, where: SQL) {
  return db
    .select({ id: pushSubscriptions.id, endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth, locale: users.locale })
    .from(pushSubscriptions)
    .innerJoin(users, eq(users.id, pushSubscriptions.userId))
    .where(where);
}

type Device = Awaited<ReturnType<typeof devicesWhere>>[number];
type Notice = { title: string; body: string; url: string; tag: string };

/** Sends one notice per device, in the device owner's language; forgets devices the push service says are gone. */
async function pushToDevices(deps: Deps, db: Db, devices: Device[], conversationId: string, build: (lang: 'en' | 'zh') => Notice): Promise<number> {
  const push = deps.push;
  if (!push) return 0;
  const doFetch = deps.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  let delivered = 0;
  await Promise.all(
    devices.map(async (device) => {
      const r = await sendPush({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }, build(device.locale.startsWith('zh') ? 'zh' : 'en'), {
        vapid: push.vapid,
        subject: push.subject,
        ttlSeconds: 12 * 3600, // TikTok's shortest response window: later than that, the notice is moot
        urgency: 'high',
        topic: conversationId.replace(/[^A-Za-z0-9_-]/g, '').slice(-32), // a newer notice replaces an unread one
        fetch: doFetch, // the JWT's expiry is checked by the push service's own clock: real time, not deps.clock
      });
      if (r.ok) {
        delivered++;
        await db.update(pushSubscriptions).set({ lastSentAt: deps.clock.now() }).where(eq(pushSubscriptions.id, device.id));
      } else if (r.err.kind === 'gone') {
        await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, device.id));
      } else {
        deps.log.warn('push not delivered', { conversationId, kind: r.err.kind, status: r.err.status });
      }
    }),
  );
  return delivered;
}

/** Pushes the hand-off notice to every device that should hear of it; returns how many were delivered. */
export async function notifyHandoff(deps: Deps, db: Db, notice: HandoffNotice): Promise<number> {
  if (!deps.push || !isEscalation(notice.reason)) return 0;
  const devices = await groupAndLeads(db, notice.orgId, notice.shopId);
  return pushToDevices(deps, db, devices, notice.conversationId, (lang) => ({
    title: clip(TEXT[lang].title(notice.shopName), 80),
    body: clip(`${TEXT[lang].reason(notice.reason)} — ${notice.buyerName}: ${notice.preview}`, 180),
    url: `/c/${notice.conversationId}`,
    tag: notice.conversationId,
  }));
}

export interface DueNotice {
  orgId: string;
  shopId: string;
  shopName: string;
  conversationId: string;
  buyerName: string;
  assigneeId: string | null;
  /** 'assignee': the person it is assigned to; 'group': the group and the owners and admins. */
  level: 'assignee' | 'group';
  minutesLeft: number;
}

const DUE = {
  en: (n: DueNotice) => ({ title: `Reply due in ${duration(n.minutesLeft, 'en')} · ${n.shopName}`, body: `${n.buyerName} is waiting. TikTok counts the response time.` }),
  zh: (n: DueNotice) => ({ title: `${duration(n.minutesLeft, 'zh')}内需回复 · ${n.shopName}`, body: `${n.buyerName} 正在等待回复，TikTok 会统计响应时间。` }),
};

function duration(minutes: number, lang: 'en' | 'zh'): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return lang === 'en' ? `${m} min` : `${m} 分钟`;
  const h = Math.round(m / 6) / 10;
  return lang === 'en' ? `${h} h` : `${h} 小时`;
}

/** A warning before TikTok's response deadline: first to the assignee, then to the group and the leads. */
export async function notifyResponseDue(deps: Deps, db: Db, notice: DueNotice): Promise<number> {
  if (!deps.push) return 0;
  const devices =
    notice.level === 'assignee' && notice.assigneeId
      ? await devicesWhere(db, and(eq(pushSubscriptions.orgId, notice.orgId), eq(pushSubscriptions.userId, notice.assigneeId))!)
      : await groupAndLeads(db, notice.orgId, notice.shopId);
  return pushToDevices(deps, db, devices, notice.conversationId, (lang) => ({
    ...DUE[lang](notice),
    url: `/c/${notice.conversationId}`,
    tag: notice.conversationId,
  }));
}

/** Owners and admins only: for organisation-wide duties such as privacy requests. */
function leadDevices(db: Db, orgId: string) {
  const leads = db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ['owner', 'admin'])));
  return devicesWhere(db, and(eq(pushSubscriptions.orgId, orgId), inArray(pushSubscriptions.userId, leads))!);
}

/** A privacy request is due soon: the owners and admins are reminded once. */
export async function notifyPrivacyDue(deps: Deps, db: Db, notice: { orgId: string; requestId: string; kind: 'export' | 'erase'; law: 'gdpr' | 'ccpa'; dueAt: Date; now: Date }): Promise<number> {
  if (!deps.push) return 0;
  const days = Math.max(0, Math.ceil((notice.dueAt.getTime() - notice.now.getTime()) / 86_400_000));
  const law = notice.law === 'gdpr' ? 'GDPR' : 'CCPA';
  return pushToDevices(deps, db, await leadDevices(db, notice.orgId), notice.requestId, (lang) =>
    lang === 'zh'
      ? { title: `隐私请求 ${days} 天内到期（${law}）`, body: notice.kind === 'erase' ? '买家要求删除其数据。' : '买家要求获取其数据。', url: '/settings', tag: notice.requestId }
      : { title: `Privacy request due in ${days} day${days === 1 ? '' : 's'} (${law})`, body: notice.kind === 'erase' ? 'A buyer asked for their data to be erased.' : 'A buyer asked for a copy of their data.', url: '/settings', tag: notice.requestId },
  );
}
