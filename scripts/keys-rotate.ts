// `npm run keys:rotate`: a new encryption key becomes current and everything sealed at rest moves to it
// (buyers' personal data, TikTok tokens, AI provider keys), in resumable batches; then the old keys go.
// docs/privacy.md "Keys and rotation" has the whole procedure.
//
//   local (`npm start`, keys in DATA_DIR/encryption-keys; stop the server first — PGlite is single-process):
//     npm run keys:rotate                 new key first in the file, re-encrypt, drop the keys no value uses
//     npm run keys:rotate -- --resume     finish a run that was cut off (no new key)
//   production (ENCRYPTION_KEYS and DATABASE_URL in the environment): put the new key first in
//   ENCRYPTION_KEYS and deploy, then run `npm run keys:rotate -- --resume` with the same two variables; it
//   prints which key ids can be removed from ENCRYPTION_KEYS.
import fs from 'node:fs';
import path from 'node:path';
import { createSecretBox, generateKeyEntry, parseKeyList } from '../worker/crypto/secret-box';
import { openPglite, openPostgresTcp } from '../worker/node/databases';
import { localEncryptionKeys } from '../worker/node/keys';
import { reencryptAll } from '../worker/privacy/reencrypt';
import { ROOT } from './lib/build';

const resume = process.argv.includes('--resume');
const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');
const keyFile = path.join(dataDir, 'encryption-keys');
const fromEnv = !!process.env.ENCRYPTION_KEYS;

let keys = localEncryptionKeys(process.env, dataDir);
if (!fromEnv && !resume) {
  const id = `k${new Date().toISOString().slice(0, 19).replace(/\D/g, '')}`;
  keys = `${generateKeyEntry(id)},${keys}`;
  fs.writeFileSync(keyFile, keys, { mode: 0o600 }); // first, so an interrupted run still opens everything
  console.log(`new key ${id} is current (${keyFile})`);
}
const ids = parseKeyList(keys).map((k) => k.id);

const database = process.env.DATABASE_URL ? await openPostgresTcp(process.env.DATABASE_URL, { keys, max: 2 }) : await openPglite(path.join(dataDir, 'pglite'), keys);
try {
  const report = await reencryptAll(database.db, await createSecretBox(keys), { onBatch: (name, n) => console.log(`  ${name}: ${n} moved`) });
  const total = Object.values(report.moved).reduce((a, b) => a + b, 0);
  console.log(`${total} values moved to key ${report.currentKeyId}; ${report.remaining} still under other keys`);
  const old = ids.slice(1);
  if (report.remaining > 0) {
    console.log('Not finished: run `npm run keys:rotate -- --resume` again.');
    process.exitCode = 1;
  } else if (old.length && fromEnv) {
    console.log(`No value uses ${old.join(', ')} any more: remove them from ENCRYPTION_KEYS.`);
  } else if (old.length) {
    fs.writeFileSync(keyFile, keys.split(',')[0]!, { mode: 0o600 });
    console.log(`removed ${old.join(', ')} from ${keyFile}: no value uses them any more`);
  }
} finally {
  await database.close();
}
