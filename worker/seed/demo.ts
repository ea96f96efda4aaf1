// The demo organisation `npm start` creates on an empty database: an owner, agents in agent groups per
// market, and — through the sandbox, by the same path a real seller takes — one shop per market (each
// AskChat shop type) with a few dozen conversations in the buyers' languages. Running it again finds the
// owner and changes nothing.
// Node only: imported by the Node entry, never by the Cloudflare bundle.
import { eq } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import type { Market } from '../../shared/markets';
import type { Result } from '../../shared/result';
import { DEMO_SELLERS, DEMO_SHOPS } from '../../sandbox/fixtures';
import type { Sandbox } from '../../sandbox/index';
import { storeGrant } from '../connector/grant';
import { reconcileShop } from '../connector/reconcile';
import { hashPassword } from '../crypto/password';
import { addUserToGroups, saveGroup } from '../db/queries/groups';
import { insertKb } from '../db/queries/kb';
import { insertOrganization } from '../db/queries/organizations';
import { findUserByEmail, insertUser } from '../db/queries/users';
import { agentGroups, conversations, groupShops, memberships, shops } from '../db/schema';
import type { Db } from '../db/types';
import { bumpVersion, writeWithVersion } from '../db/version';
import type { AppDeps } from '../deps';
import { classifyConversation } from '../pipeline/after-messages';
import { demoShopArticles, demoShopSettings, toKbArticleBody } from './starter-kb';
import type { TikTokError } from '../tiktok/errors';

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
  const orgId = await db.transaction(async (tx) => {
    const owner = await insertUser(tx, { email, name: 'Demo Owner', passwordHash, timeZone: 'Asia/Singapore' });
    const org = await insertOrganization(tx, { name: 'AskChat Demo Shops', ownerId: owner.id });
    const version = await bumpVersion(tx, org.id);
    const groupIds = new Map<string, string>();
    for (const group of GROUPS) {
      const id = await saveGroup(tx, org.id, null, { name: group.name, markets: group.markets, languages: group.languages as never, intents: [], routing: 'least_loaded', memberIds: [], shopIds: [] }, version);
      groupIds.set(group.name, id!);
    }
    for (const agent of AGENTS) {
      const user = await insertUser(tx, { email: demoAgentEmail(email, agent.handle), name: agent.name, passwordHash, timeZone: agent.timeZone });
      await tx.insert(memberships).values({ id: newId('membership'), orgId: org.id, userId: user.id, role: 'agent', version });
      await addUserToGroups(tx, org.id, user.id, [groupIds.get(agent.group)!]);
    }
    return org.id;
  });
  return { created: true, email, password, orgId };
}

/**
 * Connects the demo organisation to the sandbox's demo sellers the way a seller would — authorise, exchange
 * the code, list the shops, store the grant — then imports their conversations through the customer-service
 * API and classifies them. Shop types and agent groups follow the demo fixtures.
 */
export async function connectDemoShops(deps: AppDeps, db: Db, orgId: string, sandbox: Pick<Sandbox, 'authorize'>): Promise<void> {
  for (const seller of DEMO_SELLERS) {
    const { code } = sandbox.authorize(seller.openId, 'demo-seed');
    if (!code) throw new Error(`sandbox refused to authorise ${seller.openId}`);
    const tokens = must(await deps.tiktok.getAccessToken(code), 'token exchange');
    const listed = must(await deps.tiktok.getAuthorizedShops({ accessToken: tokens.accessToken }), 'authorised shops');
    await storeGrant(deps, db, orgId, tokens, listed);
  }
  const rows = await db.select().from(shops).where(eq(shops.orgId, orgId));
  const groups = await db.select({ id: agentGroups.id, markets: agentGroups.markets }).from(agentGroups).where(eq(agentGroups.orgId, orgId));
  const now = deps.clock.now();
  await writeWithVersion(db, orgId, async (tx, version) => {
    for (const row of rows) {
      const kind = DEMO_SHOPS.find((d) => d.id === row.tiktokShopId)?.kind;
      if (!kind) continue;
      const market = row.market as Market;
      // What a seller sets up on the first day: the shop type, reply settings with its policy facts, and a
      // knowledge base to answer product questions from (the brand's own, else the category's starter).
      await tx.update(shops).set({ type: kind, settings: demoShopSettings(market, kind, now), version }).where(eq(shops.id, row.id));
      for (const article of demoShopArticles(market, kind, now)) await insertKb(tx, orgId, toKbArticleBody(article, row.id), version, now);
      const group = groups.find((g) => g.markets.includes(market));
      if (group) await tx.insert(groupShops).values({ orgId, groupId: group.id, shopId: row.id }).onConflictDoNothing();
    }
  });
  for (const row of rows) {
    const imported = must(await reconcileShop(deps, db, row, { pages: 10 }), `import of ${row.name}`);
    deps.log.debug('demo shop imported', { shop: row.name, conversations: imported.synced });
  }
  const all = await db.select({ id: conversations.id }).from(conversations).where(eq(conversations.orgId, orgId));
  for (const c of all) await classifyConversation(deps, db, c.id);
}

function must<T>(result: Result<T, TikTokError>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed: ${result.err.kind} ${result.err.message}`);
  return result.val;
}
