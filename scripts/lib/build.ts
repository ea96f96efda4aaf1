// Builds the PWA into dist/ when its sources changed since the last build, so `npm start` and the tests
// never serve a stale app and never rebuild needlessly. The stamp is a hash of the inputs' paths, sizes
// and modification times; concurrent callers (parallel test projects) wait on a lock directory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
const INPUTS = ['app', 'shared', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'scripts/vite-ai-assets.ts', 'scripts/build-ai-assets.ts', 'worker/ai/asset-format.ts'];
const STAMP = path.join(DIST, '.build-stamp');

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), out);
  else out.push(`${path.relative(ROOT, entry)}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
}

export function sourceStamp(): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(ROOT, input), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export function isBuildFresh(): boolean {
  return fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === sourceStamp() && fs.existsSync(path.join(DIST, 'index.html'));
}

export async function ensureBuilt(log: (line: string) => void = console.log): Promise<void> {
  if (isBuildFresh()) return;
  const lock = path.join(ROOT, '.build-lock');
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (isBuildFresh()) return;
    const stamp = sourceStamp();
    log('building the PWA (vite build) …');
    // Always a production build, even when called from vitest (NODE_ENV=test would give a dev bundle).
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error('vite build failed');
    fs.writeFileSync(STAMP, stamp);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
