// The Worker's deployable size: what `wrangler deploy --dry-run` would upload, gzipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../lib/build';
import type { Figure } from './figures';

export function benchWorkerBundle(): Figure[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-bundle-'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', out], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) return [{ name: 'worker.bundle_gzip', value: null, unit: 'bytes', error: (run.stderr || run.stdout).slice(-500) }];
  let raw = 0;
  let gzip = 0;
  for (const file of fs.readdirSync(out)) {
    if (!/\.(js|mjs|wasm)$/.test(file)) continue;
    const bytes = fs.readFileSync(path.join(out, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  fs.rmSync(out, { recursive: true, force: true });
  return [
    { name: 'worker.bundle_gzip', value: gzip, unit: 'bytes', budget: 150 * 1024 },
    { name: 'worker.bundle_raw', value: raw, unit: 'bytes' },
  ];
}
