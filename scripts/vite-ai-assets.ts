// Vite plugin: writes the AI data into the PWA build as static JSON — dist/ai/understanding.json, one
// dist/ai/reply-<lang>.json per language, dist/ai/ticket-notices.json (the buyer's ticket notices) and
// dist/ai/manifest.json (SHA-256 and size of each) — so the Cloudflare Worker loads it from its ASSETS
// binding instead of carrying it in its bundle (docs/decisions/003-ai-data-as-assets.md). Generated at
// build time from the TypeScript data modules: nothing generated is committed. The service worker does not
// precache these files (its globPatterns leave out .json): they are for the Worker, not the offline app
// shell.
//
// The data modules are loaded with Vite's own module runner (runnerImport) when the bundle is written,
// not imported here: this file is part of the config, and a config that imports extensionless TypeScript
// modules makes every build warn about Vite's future native config loader. Keep local imports out of it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const SCRIPTS = path.dirname(fileURLToPath(import.meta.url));
const BUILD_AI_ASSETS = path.join(SCRIPTS, 'build-ai-assets.ts');
const AI_ASSET_DIR = 'ai'; // AI_ASSET_DIR in worker/ai/asset-format.ts

interface BuildAiAssets {
  aiAssetFiles(): Array<{ name: string; text: string }>;
}

export function aiAssets(): Plugin {
  let files: Promise<Array<{ name: string; text: string }>> | undefined;
  return {
    name: 'askchat-ai-assets',
    apply: 'build',
    buildStart() {
      // Load the data while the app is being bundled (the module runner takes a moment); wait for it below.
      files = runnerImport<BuildAiAssets>(BUILD_AI_ASSETS, { root: path.dirname(SCRIPTS), logLevel: 'warn' }).then(({ module }) => module.aiAssetFiles());
      files.catch(() => {}); // reported by generateBundle, not as an unhandled rejection
    },
    async generateBundle() {
      for (const file of await (files as Promise<Array<{ name: string; text: string }>>)) {
        this.emitFile({ type: 'asset', fileName: `${AI_ASSET_DIR}/${file.name}`, source: file.text });
      }
    },
  };
}
