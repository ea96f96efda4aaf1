// Serves the built PWA (dist/) on Node. Hashed files under /assets are immutable for a year; the HTML,
// the service worker and the manifest are revalidated on every load so an update is seen at once.
// Unknown paths that look like app pages get index.html (the router takes over in the browser).
import fs from 'node:fs';
import path from 'node:path';
import type { Context, Next } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function staticFiles(distDir: string) {
  const root = path.relative(process.cwd(), distDir) || '.';
  const serve = serveStatic({
    root,
    onFound: (filePath, c) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`) || filePath.includes('/assets/');
      c.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const indexHtml = path.join(distDir, 'index.html');
  return async (c: Context, next: Next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const served = await serve(c, async () => {});
    if (served) return served;
    // A page route of the app (no file extension): hand it the app shell.
    if (!path.extname(c.req.path) && fs.existsSync(indexHtml)) {
      c.header('cache-control', 'no-cache');
      return c.html(fs.readFileSync(indexHtml, 'utf8'));
    }
    return next();
  };
}
