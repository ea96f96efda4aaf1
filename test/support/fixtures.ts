// Rows a test needs that no API creates yet (shops arrive through TikTok OAuth, conversations through
// webhooks): written with the same query modules the Worker uses, stamped with versions like real writes.
import { newId } from '../../shared/ids';
import { MARKET_INFO, type Market } from '../../shared/markets';
import { addMessages, upsertBuyer, upsertConversation, upsertShop } from '../../worker/db/queries/ingest';
import type { Db } from '../../worker/db/types';
import { writeWithVersion } from '../../worker/db/version';

let serial = 0;
const nextSerial = () => String(++serial).padStart(6, '0');

export async function addShop(db: Db, orgId: string, options: { market?: Market; name?: string; type?: 'personal' | 'enterprise' | 'brand' | 'cross_border' } = {}) {
  const market = options.market ?? 'ID';
  const tiktokShopId = `75000000000${Date.now() % 100000}${nextSerial()}`.slice(0, 19);
  return writeWithVersion(db, orgId, (tx, version) =>
    upsertShop(
      tx,
      {
        orgId,
        tiktokShopId,
        cipher: `ROW_test_${tiktokShopId}`,
        name: options.name ?? `Shop ${market} ${serial}`,
        type: options.type ?? 'personal',
        sellerType: 'LOCAL',
        market,
        languages: MARKET_INFO[market].languages,
        timeZone: MARKET_INFO[market].timeZone,
      },
      version,
    ),
  );
}

export async function addConversation(
  db: Db,
  orgId: string,
  shopId: string,
  options: { buyerName?: string; texts?: string[]; at?: Date } = {},
): Promise<{ conversationId: string; messageIds: string[] }> {
  const at = options.at ?? new Date('2026-11-20T08:00:00Z');
  const key = nextSerial();
  return writeWithVersion(db, orgId, async (tx, version) => {
    const buyerId = await upsertBuyer(tx, { orgId, shopId, imUserId: `im${key}`, displayName: options.buyerName ?? `Buyer ${key}` });
    const conversation = await upsertConversation(tx, { orgId, shopId, buyerId, tiktokConversationId: `conv${key}`, createdAt: at }, version);
    const texts = options.texts ?? ['Hello, where is my order?'];
    const messageIds = await addMessages(
      tx,
      { id: conversation.id, orgId, shopId },
      texts.map((text, i) => ({
        tiktokMessageId: `m${key}-${i}`,
        sender: 'buyer' as const,
        type: 'TEXT',
        text,
        delivery: 'received' as const,
        createdAt: new Date(at.getTime() + i * 1000),
      })),
      version,
    );
    return { conversationId: conversation.id, messageIds };
  });
}

export { newId };
