// The demo organisation `npm start` creates on an empty database: an owner, agents in agent groups per
// market, one shop per market (each AskChat shop type) matching the sandbox's shops, and a few dozen
// conversations in the buyers' languages. Running it again finds the owner and changes nothing.
// Node only: imported by the Node entry, never by the Cloudflare bundle.
import { newId } from '../../shared/ids';
import { MARKET_INFO, type Market } from '../../shared/markets';
import { DEMO_CONVERSATIONS, demoConversationId } from '../../sandbox/demo-conversations';
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import { hashPassword } from '../crypto/password';
import { addUserToGroups, saveGroup } from '../db/queries/groups';
import { addMessages, upsertBuyer, upsertConversation, upsertShop } from '../db/queries/ingest';
import { insertOrganization } from '../db/queries/organizations';
import { findUserByEmail, insertUser } from '../db/queries/users';
import { conversations, memberships } from '../db/schema';
import type { Db } from '../db/types';
import { bumpVersion } from '../db/version';
import { eq } from 'drizzle-orm';

export const DEMO_EMAIL = 'demo@askchat.dev';
export const DEMO_PASSWORD = 'askchat-demo';

const AGENTS = [
  { handle: 'siti', name: 'Siti Rahma', timeZone: 'Asia/Jakarta', group: 'Indonesia' },
  { handle: 'ploy', name: 'Ploy Chaiyaporn', timeZone: 'Asia/Bangkok', group: 'Thailand' },
  { handle: 'minh', name: 'Nguyen Minh', timeZone: 'Asia/Ho_Chi_Minh', group: 'Lumi cross-border' },
  { handle: 'grace', name: 'Grace Santos', timeZone: 'Asia/Manila', group: 'Lumi cross-border' },
  { handle: 'oliver', name: 'Oliver Bennett', timeZone: 'Europe/London', group: 'US & UK' },
];

const GROUPS: { name: string; markets: Market[]; languages: string[] }[] = [
  { name: 'US & UK', markets: ['US', 'GB'], languages: ['en', 'es'] },
  { name: 'Indonesia', markets: ['ID'], languages: ['id', 'en'] },
  { name: 'Thailand', markets: ['TH'], languages: ['th', 'en'] },
  { name: 'Lumi cross-border', markets: ['MY', 'VN', 'PH', 'SG'], languages: ['ms', 'vi', 'tl', 'en', 'zh'] },
];

/** Agents of the default demo are siti@askchat.dev…; of a custom owner email, owner+siti@domain. */
export function demoAgentEmail(ownerEmail: string, handle: string): string {
  if (ownerEmail === DEMO_EMAIL) return `${handle}@askchat.dev`;
  const [local, domain] = ownerEmail.split('@');
  return `${local}+${handle}@${domain}`;
}

export interface SeedResult {
  created: boolean;
  email: string;
  password: string;
  orgId: string | null;
}

export async function seedDemo(db: Db, options: { now: Date; email?: string; password?: string }): Promise<SeedResult> {
  const email = options.email ?? DEMO_EMAIL;
  const password = options.password ?? DEMO_PASSWORD;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    const [membership] = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, existing.id)).limit(1);
    return { created: false, email, password, orgId: membership?.orgId ?? null };
  }
  const passwordHash = await hashPassword(password);
  const now = options.now.getTime();

  const orgId = await db.transaction(async (tx) => {
    const owner = await insertUser(tx, { email, name: 'Demo Owner', passwordHash, timeZone: 'Asia/Singapore' });
    const org = await insertOrganization(tx, { name: 'AskChat Demo Shops', ownerId: owner.id });
    const version = await bumpVersion(tx, org.id);

    const shopIds = new Map<Market, string>();
    for (const shop of DEMO_SHOPS) {
      const info = MARKET_INFO[shop.region];
      const id = await upsertShop(
        tx,
        {
          orgId: org.id,
          tiktokShopId: shop.id,
          cipher: shop.cipher,
          code: shop.code,
          name: shop.name,
          type: shop.kind,
          sellerType: shop.sellerType,
          market: shop.region,
          languages: info.languages,
          timeZone: info.timeZone,
        },
        version,
      );
      shopIds.set(shop.region, id);
    }

    const groupIds = new Map<string, string>();
    for (const group of GROUPS) {
      const id = await saveGroup(
        tx,
        org.id,
        null,
        {
          name: group.name,
          markets: group.markets,
          languages: group.languages as never,
          routing: 'least_loaded',
          memberIds: [],
          shopIds: group.markets.map((m) => shopIds.get(m)!),
        },
        version,
      );
      groupIds.set(group.name, id!);
    }
    for (const agent of AGENTS) {
      const user = await insertUser(tx, { email: demoAgentEmail(email, agent.handle), name: agent.name, passwordHash, timeZone: agent.timeZone });
      await tx.insert(memberships).values({ id: newId('membership'), orgId: org.id, userId: user.id, role: 'agent', version });
      await addUserToGroups(tx, org.id, user.id, [groupIds.get(agent.group)!]);
    }

    for (const demo of DEMO_CONVERSATIONS) {
      const shopId = shopIds.get(demo.market)!;
      const first = Math.max(...demo.lines.map((l) => l.minutesAgo));
      const buyerId = await upsertBuyer(tx, { orgId: org.id, shopId, imUserId: demo.buyer.imUserId, tiktokUserId: demo.buyer.userId, displayName: demo.buyer.name });
      const conversation = await upsertConversation(
        tx,
        { orgId: org.id, shopId, buyerId, tiktokConversationId: demoConversationId(demo.key), createdAt: new Date(now - first * 60_000) },
        version,
      );
      await addMessages(
        tx,
        { id: conversation.id, orgId: org.id, shopId },
        demo.lines.map((line, i) => ({
          tiktokMessageId: `${demoConversationId(demo.key)}${i}`,
          tiktokIndex: String(now - line.minutesAgo * 60_000),
          sender: line.from,
          type: 'TEXT',
          text: line.text,
          content: { content: line.text },
          delivery: line.from === 'buyer' ? 'received' : 'sent',
          createdAt: new Date(now - line.minutesAgo * 60_000),
        })),
        version,
      );
      const answered = demo.lines[demo.lines.length - 1]!.from === 'seller' || demo.intent === 'greeting';
      await tx
        .update(conversations)
        .set({ language: demo.language, intent: demo.intent, needsHuman: !!demo.needsHuman, status: answered ? 'resolved' : 'open', unreadCount: answered ? 0 : conversationsUnread(demo.lines) })
        .where(eq(conversations.id, conversation.id));
    }
    return org.id;
  });
  return { created: true, email, password, orgId };
}

function conversationsUnread(lines: { from: string }[]): number {
  let n = 0;
  for (let i = lines.length - 1; i >= 0 && lines[i]!.from === 'buyer'; i--) n++;
  return n;
}
