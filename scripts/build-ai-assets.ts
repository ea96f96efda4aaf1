// The AI data as the files of dist/ai/ — understanding.json, reply-<lang>.json, ticket-notices.json, holidays.json
// and manifest.json — in the one serialisation the build and the tests share
// (docs/decisions/003-ai-data-as-assets.md). The Vite plugin (scripts/vite-ai-assets.ts) emits them into
// every PWA build; run by hand to look at them:
//
//   npx tsx scripts/build-ai-assets.ts [out-dir]     # default: print sizes only
//
// Build-time code: it imports the full data modules, so nothing in worker/ may import it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PACKS } from '../shared/reply/templates';
import { TICKET_NOTICES } from '../shared/tickets/notices';
import { PROMPT_INJECTION_PATTERNS } from '../shared/reply/prompt-injection-patterns';
import { BUILT_IN_HOLIDAYS } from '../shared/time/holiday-table';
import { UNDERSTANDING_DATA } from '../shared/understand/data';
import { manifestText, MANIFEST_FILE, serialiseAiData, type AiAssetFile } from '../worker/ai/asset-format';

/** Every file of dist/ai/ (names relative to it), manifest last, exactly as the build writes them. */
export function aiAssetFiles(): AiAssetFile[] {
  const files = serialiseAiData(UNDERSTANDING_DATA, PACKS, TICKET_NOTICES, BUILT_IN_HOLIDAYS, PROMPT_INJECTION_PATTERNS).map((f) => {
    const bytes = Buffer.from(f.text, 'utf8');
    return { ...f, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  return [...files.map(({ name, text }) => ({ name, text })), { name: MANIFEST_FILE, text: manifestText(files) }];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2];
  if (out) fs.mkdirSync(out, { recursive: true });
  for (const file of aiAssetFiles()) {
    if (out) fs.writeFileSync(path.join(out, file.name), file.text);
    const raw = Buffer.byteLength(file.text);
    console.log(`${file.name.padEnd(22)} ${String(raw).padStart(7)} B  gzip ${String(gzipSync(file.text, { level: 9 }).byteLength).padStart(6)} B`);
  }
}
