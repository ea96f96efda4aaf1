// Encryption keys for `npm start`: ENCRYPTION_KEYS from the environment when set (as in production), else
// a key generated on first start and kept in the data folder (mode 600), so a local install needs no setup
// and its sealed tokens survive restarts.
import fs from 'node:fs';
import path from 'node:path';
import { generateKeyEntry } from '../crypto/secret-box';

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
