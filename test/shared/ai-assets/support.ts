// An in-memory stand-in for the Worker's ASSETS binding, serving the files of dist/ai/ exactly as the
// build writes them (scripts/build-ai-assets.ts), with hooks to break them the ways a deploy can.
import { createHash } from 'node:crypto';
import { aiAssetFiles } from '../../../scripts/build-ai-assets';
import { manifestText, MANIFEST_FILE } from '../../../worker/ai/asset-format';

export const DEV_SET = new URL('../../../../shared/datasets/buyer-messages.dev.jsonl', import.meta.url);

export interface MemoryAssets {
  fetchAsset: (path: string) => Promise<Response>;
  /** URL paths fetched so far, in order. */
  calls: string[];
  files: Map<string, string>;
  /** Replace (or, with undefined, remove) a file under /ai/. */
  set(name: string, text: string | undefined): void;
  /** Rewrite the manifest from the current files, as a build from those contents would. */
  restamp(): void;
  /** Serve index.html for unknown paths, as Workers static assets do in single-page-application mode. */
  spaFallback: boolean;
}

export function memoryAssets(): MemoryAssets {
  const files = new Map(aiAssetFiles().map((f) => [f.name, f.text]));
  const calls: string[] = [];
  const assets: MemoryAssets = {
    calls,
    files,
    spaFallback: false,
    async fetchAsset(path) {
      calls.push(path);
      const text = path.startsWith('/ai/') ? files.get(path.slice('/ai/'.length)) : undefined;
      if (text !== undefined) return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
      if (assets.spaFallback) return new Response('<!doctype html><html><body>AskChat</body></html>', { headers: { 'content-type': 'text/html' } });
      return new Response('Not Found', { status: 404 });
    },
    set(name, text) {
      if (text === undefined) files.delete(name);
      else files.set(name, text);
    },
    restamp() {
      const data = [...files].filter(([name]) => name !== MANIFEST_FILE);
      files.set(
        MANIFEST_FILE,
        manifestText(
          data.map(([name, text]) => {
            const bytes = Buffer.from(text, 'utf8');
            return { name, text, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
          }),
        ),
      );
    },
  };
  return assets;
}
