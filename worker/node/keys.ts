// Keys for `npm start`. Encryption keys: ENCRYPTION_KEYS from the environment when set (as in production), else
// a key generated on first start and kept in the data folder (mode 600), so a local install needs no setup
// and its sealed tokens survive restarts.
import fs from 'node:fs';
import path from 'node:path';
import { generateKeyEntry } from '../crypto/secret-box';
import { generateVapidKeys, type VapidKeys } from '../push/vapid';

export function localEncryptionKeys(env: Record<string, string | undefined>, dataDir: string | undefined): string {
  if (env.ENCRYPTION_KEYS) return env.ENCRYPTION_KEYS;
  if (!dataDir) return generateKeyEntry('ephemeral'); // in-memory database: nothing outlives the process
  const file = path.join(dataDir, 'encryption-keys');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const keys = generateKeyEntry(`local${new Date().getUTCFullYear()}`);
  fs.writeFileSync(file, keys, { mode: 0o600 });
  return keys;
}

/**
 * Web Push (VAPID) keys for `npm start`: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY from the environment when
 * set, else a pair generated on first start and kept in the data folder. Browsers bind a subscription to the
 * public key, so it must not change between restarts.
 */
export async function localVapidKeys(env: Record<string, string | undefined>, dataDir: string | undefined): Promise<VapidKeys> {
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
  if (!dataDir) return generateVapidKeys();
  const file = path.join(dataDir, 'vapid-keys.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as VapidKeys;
  fs.mkdirSync(dataDir, { recursive: true });
  const keys = await generateVapidKeys();
  fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
