// Builds the PWA (app/) into dist/: Solid, and vite-plugin-pwa with our own service worker (app/sw.ts,
// injectManifest) and the web app manifest. The app registers the worker itself (app/pwa/register-sw.ts),
// so the plugin injects no registration script. `vite` (dev) proxies /api to `npm start` on 8787.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { aiAssets } from './scripts/vite-ai-assets.js';

export default defineConfig(({ command }) => {
  // dist/ is always a production build, whoever runs it: vitest sets NODE_ENV=test, and Vite would then
  // build a development bundle (import.meta.env.PROD false: no service worker, Solid's dev build).
  if (command === 'build') process.env.NODE_ENV = 'production';

  return {
    plugins: [
      solid(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'app',
        filename: 'sw.ts',
        injectRegister: false,
        registerType: 'prompt',
        manifest: {
          id: '/',
          name: 'AskChat',
          short_name: 'AskChat',
          description: 'The AI customer-service inbox for TikTok Shop sellers.',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          orientation: 'portrait',
          theme_color: '#4f46e5',
          background_color: '#f4f5f9',
          categories: ['business', 'productivity'],
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        injectManifest: {
          // The app shell: scripts, styles, the HTML, icons and the manifest. Never API data.
          globPatterns: ['**/*.{js,css,html,png,webmanifest}'],
        },
        devOptions: { enabled: false },
      }),
      // dist/ai/*.json: the AI engine's data for the Worker (docs/decisions/003-ai-data-as-assets.md)
      aiAssets(),
    ],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      // Every browser that installs a PWA supports <link rel="modulepreload">: skip the polyfill.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Everything the first paint needs in ONE file: on a 2-second-round-trip network each extra
            // request on the critical path is felt. What loads later (pages, and zod/mini for the forms,
            // fetched while someone types) is split automatically.
            groups: [{ name: 'app', tags: ['$initial'], priority: 10 }],
          },
        },
      },
    },
    server: {
      proxy: { '/api': 'http://localhost:8787', '/sandbox': 'http://localhost:8787' },
    },
  };
});
