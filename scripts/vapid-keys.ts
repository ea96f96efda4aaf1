// `npm run -s vapid-keys`: a new Web Push (VAPID) key pair, as the two lines to give `wrangler secret put`.
import { generateVapidKeys } from '../worker/push/vapid';

const keys = await generateVapidKeys();
console.log(`VAPID_PUBLIC_KEY=${keys.publicKey}`);
console.log(`VAPID_PRIVATE_KEY=${keys.privateKey}`);
