// Telling people on their phones that a buyer needs one of them now, by Web Push, in each reader's language
// (en or zh); a notice opens the conversation when tapped and replaces an earlier unread notice of the same
// conversation (Topic). A subscription the push service says is gone (404/410) is deleted. Failures are
// logged, never thrown: the hand-off itself has already happened.
//
//   escalation (a complaint, a damaged parcel, a request for a person, a threat, a prompt injection, a
//   failed send or crash)     → the person routing gave it to, urgent; re-paged if nobody opens it
//                                (worker/jobs/repage.ts: the next on-shift agent, then the owners and admins)
//   routine hand-off, manual assignment → the new assignee, "assigned to you", normal urgency
//   response clock            → the assignee at 75 %, the group and the leads at 90 % (jobs/response-clock.ts)
//   nobody assigned (no owner) → the shop's groups and the organisation's owners and admins
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../deps';
import { buyers, conversations, groupMembers, groupShops, memberships, pushSubscriptions, shops, users } from '../db/schema';
import type { Db } from '../db/types';
import { sendPush } from '../push/send';
import { handoffReasonText } from '../../shared/routing/handoff-summary';

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
  /** Who routing gave the conversation to; null → the groups and the leads are told. */
  assigneeId: string | null;
}

const TEXT = {
  en: { title: (shop: string) => `A buyer needs a person · ${shop}`, reason: (r: string) => handoffReasonText(r, 'en') },
  zh: { title: (shop: string) => `买家需要人工处理 · ${shop}`, reason: (r: string) => handoffReasonText(r, 'zh') },
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Who is told: the agents of the groups that own the shop, and the organisation's owners and admins. */
function groupAndLeads(db: Db, orgId: string, shopId: string) {
  const inGroups = db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .innerJoin(groupShops, eq(groupShops.groupId, groupMembers.groupId))
    .where(and(eq(groupShops.shopId, shopId), eq(groupMembers.orgId, orgId)));
  return devicesWhere(db, and(eq(pushSubscriptions.orgId, orgId), or(inArray(pushSubscriptions.userId, inGroups), inArray(pushSubscriptions.userId, leadIds(db, orgId))))!);
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
async function pushToDevices(deps: Deps, db: Db, devices: Device[], conversationId: string, build: (lang: 'en' | 'zh') => Notice, urgency: 'high' | 'normal' = 'high'): Promise<number> {
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
        urgency,
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

function userDevices(db: Db, orgId: string, userIds: string[]) {
  return devicesWhere(db, and(eq(pushSubscriptions.orgId, orgId), inArray(pushSubscriptions.userId, userIds))!);
}

/** Pushes the hand-off notice: an escalation urgently, a routine hand-off as an assignment; returns how many were delivered. */
export async function notifyHandoff(deps: Deps, db: Db, notice: HandoffNotice): Promise<number> {
  if (!deps.push) return 0;
  const escalation = isEscalation(notice.reason);
  if (!escalation && !notice.assigneeId) return 0; // waits in the group's queue without a ping
  const devices = notice.assigneeId ? await userDevices(db, notice.orgId, [notice.assigneeId]) : await groupAndLeads(db, notice.orgId, notice.shopId);
  return pushToDevices(
    deps,
    db,
    devices,
    notice.conversationId,
    (lang) => ({
      title: clip(escalation ? TEXT[lang].title(notice.shopName) : ASSIGNED[lang].title(notice.shopName), 80),
      body: clip(`${escalation ? TEXT[lang].reason(notice.reason) : ASSIGNED[lang].body} — ${notice.buyerName}: ${notice.preview}`, 180),
      url: `/c/${notice.conversationId}`,
      tag: notice.conversationId,
    }),
    escalation ? 'high' : 'normal',
  );
}

const ASSIGNED = {
  en: { title: (shop: string) => `Assigned to you · ${shop}`, body: 'A conversation is yours now', by: (name: string) => `${name} gave you a conversation`, handover: 'Handed over from the last shift' },
  zh: { title: (shop: string) => `分配给你 · ${shop}`, body: '有一个会话交给你处理', by: (name: string) => `${name} 把一个会话分配给你`, handover: '上一班次移交给你' },
};

async function conversationFacts(db: Db, conversationId: string) {
  const [row] = await db
    .select({ shopId: conversations.shopId, shopName: shops.name, buyerName: buyers.displayName, preview: conversations.lastMessagePreview, reason: conversations.handoffReason })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(eq(conversations.id, conversationId));
  return row;
}

/** A person gave a conversation to a colleague: the colleague's phones are told. */
/** A conversation was given to someone: by a colleague (`byUserId`), or by a shift handover (null). */
export async function notifyAssigned(deps: Deps, db: Db, notice: { orgId: string; conversationId: string; assigneeId: string; byUserId: string | null }): Promise<number> {
  if (!deps.push) return 0;
  const facts = await conversationFacts(db, notice.conversationId);
  if (!facts) return 0;
  const [by] = notice.byUserId ? await db.select({ name: users.name }).from(users).where(eq(users.id, notice.byUserId)) : [];
  const urgent = !!facts.reason && isEscalation(facts.reason);
  return pushToDevices(
    deps,
    db,
    await userDevices(db, notice.orgId, [notice.assigneeId]),
    notice.conversationId,
    (lang) => ({
      title: clip(ASSIGNED[lang].title(facts.shopName), 80),
      body: clip(`${by ? ASSIGNED[lang].by(by.name) : ASSIGNED[lang].handover} — ${facts.buyerName}: ${facts.preview}`, 180),
      url: `/c/${notice.conversationId}`,
      tag: notice.conversationId,
    }),
    urgent ? 'high' : 'normal',
  );
}

const REPAGE = {
  en: { title: (shop: string) => `Still waiting for a person · ${shop}`, body: (min: number) => `Nobody opened this escalation in ${min} min` },
  zh: { title: (shop: string) => `仍在等待人工处理 · ${shop}`, body: (min: number) => `${min} 分钟内无人打开此升级会话` },
};

/** An escalation nobody opened, paged again: to the next agent on shift, or to the owners and admins. */
export async function notifyRepage(deps: Deps, db: Db, notice: { orgId: string; conversationId: string; userIds: string[]; minutes: number }): Promise<number> {
  if (!deps.push || notice.userIds.length === 0) return 0;
  const facts = await conversationFacts(db, notice.conversationId);
  if (!facts) return 0;
  return pushToDevices(deps, db, await userDevices(db, notice.orgId, notice.userIds), notice.conversationId, (lang) => ({
    title: clip(REPAGE[lang].title(facts.shopName), 80),
    body: clip(`${REPAGE[lang].body(notice.minutes)} — ${facts.reason ? TEXT[lang].reason(facts.reason) : ''} · ${facts.buyerName}: ${facts.preview}`, 180),
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
      ? await userDevices(db, notice.orgId, [notice.assigneeId])
      : await groupAndLeads(db, notice.orgId, notice.shopId);
  return pushToDevices(deps, db, devices, notice.conversationId, (lang) => ({
    ...DUE[lang](notice),
    url: `/c/${notice.conversationId}`,
    tag: notice.conversationId,
  }));
}

/** Owners and admins only: for organisation-wide duties such as privacy requests. */
function leadDevices(db: Db, orgId: string) {
  return devicesWhere(db, and(eq(pushSubscriptions.orgId, orgId), inArray(pushSubscriptions.userId, leadIds(db, orgId)))!);
}

function leadIds(db: Db, orgId: string) {
  return db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ['owner', 'admin'])));
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
