// Tiny SVG stand-ins for the avatars, product images and buyer photos the sandbox's data points at, so
// the PWA shows something instead of broken images. Videos are not served (a 404, like an expired URL).
import { Hono } from 'hono';

function color(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360} 55% 55%)`;
}

export function assetRoutes(): Hono {
  const app = new Hono();
  const svg = (body: string) => new Response(body, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } });

  app.get('/avatar/:file', (c) => {
    const id = c.req.param('file').replace(/\.svg$/, '');
    return svg(`<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><circle cx="48" cy="48" r="48" fill="${color(id)}"/><circle cx="48" cy="38" r="16" fill="#fff" opacity=".85"/><ellipse cx="48" cy="80" rx="28" ry="18" fill="#fff" opacity=".85"/></svg>`);
  });

  app.get('/image/:file', (c) => {
    const name = c.req.param('file').replace(/\.svg$/, '').replace(/[^\w-]/g, '');
    return svg(`<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480"><rect width="480" height="480" fill="${color(name)}"/><text x="240" y="250" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#fff">${name}</text></svg>`);
  });

  return app;
}
