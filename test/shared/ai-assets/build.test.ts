// `vite build` writes the AI data next to the PWA: dist/ai/understanding.json, a reply pack per language,
// the ticket notices and a manifest whose sizes and hashes match the files; the service worker does not precache them. The
// build runs into a temporary directory, so this never races other builds of dist/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/markets';
import { aiAssetFiles } from '../../../scripts/build-ai-assets';
import type { AiAssetManifest } from '../../../worker/ai/asset-format';
import { ROOT } from './graph';

let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'askchat-vite-'));
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--outDir', out, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('vite build', () => {
  it('writes dist/ai/ with the understanding data, one reply pack per language, the ticket notices and the manifest', () => {
    const names = readdirSync(path.join(out, 'ai')).sort();
    expect(names).toEqual(['manifest.json', 'understanding.json', 'ticket-notices.json', 'holidays.json', 'prompt-injection.json', ...LANGUAGES.map((l) => `reply-${l}.json`)].sort());
  });

  it('lists every data file in the manifest with its exact size and SHA-256', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'ai/manifest.json'), 'utf8')) as AiAssetManifest;
    expect(manifest.format).toBe(3);
    const listed = Object.keys(manifest.files).sort();
    expect(listed).toEqual(readdirSync(path.join(out, 'ai')).filter((n) => n !== 'manifest.json').sort());
    for (const [name, entry] of Object.entries(manifest.files)) {
      const bytes = readFileSync(path.join(out, 'ai', name));
      expect(bytes.byteLength, name).toBe(entry.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(entry.sha256);
    }
  });

  it('writes exactly what the shared serialisation produces (the files the loader tests serve)', () => {
    for (const file of aiAssetFiles()) expect(readFileSync(path.join(out, 'ai', file.name), 'utf8'), file.name).toBe(file.text);
  });

  it('keeps the AI data out of the service worker precache', () => {
    const sw = readFileSync(path.join(out, 'sw.js'), 'utf8');
    expect(sw).toContain('index.html'); // the precache list is there…
    expect(sw).not.toMatch(/ai\/(?:manifest|understanding|reply-|ticket-notices|holidays|prompt-injection)/); // …without the AI data
  });
});
