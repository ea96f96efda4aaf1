import { createHmac } from 'node:crypto';
import { createApp } from './worker/app';
import { parseConfig } from './worker/config';
import { createLogger } from './worker/log';
import { verifyWebhook } from './worker/tiktok/sign';
import { parseWebhookEvent } from './worker/tiktok/wire-webhook';
const config = parseConfig({ TIKTOK_APP_KEY: 'k', TIKTOK_APP_SECRET: 's', LOG_LEVEL: 'error' });
const deps: any = { config, clock: { now: () => new Date() }, log: createLogger({ level: 'error' }), db: { open: () => ({ db: {}, release: async () => {} }) }, webhookIntake: { store: async () => null, process: () => {} } };
const app = createApp(deps);
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
const mk = (i: number) => { const raw = JSON.stringify({ type: 14, tts_notification_id: `75${i}`, shop_id: '799', timestamp: Math.floor(Date.now()/1000), data: { conversation_id: '1', message_id: `${i}`, type: 'TEXT', content: '{}', create_time: 1, is_visible: true } }); return { raw, auth: createHmac('sha256', 's').update('k' + raw).digest('hex') }; };
const reqs = Array.from({ length: 5000 }, (_, i) => mk(i));
for (const round of [0, 1]) {
  let t = performance.now();
  for (const r of reqs) { const res = await app.request('http://x/api/webhooks/tiktok', { method: 'POST', body: r.raw, headers: { 'content-type': 'application/json', authorization: r.auth } }, {}, ctx as any); if (res.status !== 200) throw new Error(String(res.status)); }
  console.log('full route µs/req', ((performance.now() - t) * 1000 / reqs.length).toFixed(0));
  t = performance.now();
  for (const r of reqs) await verifyWebhook({ appKey: 'k', appSecret: 's', rawBody: r.raw, authorization: r.auth });
  console.log('verify µs', ((performance.now() - t) * 1000 / reqs.length).toFixed(0));
  t = performance.now();
  for (const r of reqs) parseWebhookEvent(r.raw);
  console.log('parse µs', ((performance.now() - t) * 1000 / reqs.length).toFixed(0));
  t = performance.now();
  for (let i = 0; i < 5000; i++) await app.request('http://x/api/nope', {}, {}, ctx as any);
  console.log('404 µs', ((performance.now() - t) * 1000 / 5000).toFixed(0));
}
