import { openPostgres } from './worker/node/databases';
import { insertWebhookEvents } from './worker/db/queries/webhook-events';
const d = await openPostgres('postgres://postgres@127.0.0.1:5432/abench2', { max: 10 });
for (const n of [1, 10, 500, 500, 10, 1]) {
  const evs = Array.from({ length: n }, (_, i) => ({ notificationKey: `k${Date.now()}-${Math.random()}-${i}`, type: 14, tiktokShopId: '799', payload: { type: 14, data: { conversation_id: '1', message_id: String(i), content: '{}' } }, receivedAt: new Date() }));
  const t = performance.now(); await insertWebhookEvents(d.db, evs); console.log(n, (performance.now() - t).toFixed(1), 'ms');
}
await d.close(); process.exit(0);
