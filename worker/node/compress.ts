// Response compression for the Node entry (on Cloudflare the edge compresses). Hono's compress()
// streams every response without a known length through a CompressionStream, which costs more than
// answering a small API request: here bodies under 1 KB go out as they are, larger ones are gzipped in
// one call, and the PWA's hashed assets are compressed once and kept.
import zlib from 'node:zlib';
import type { Context, Next } from 'hono';

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|manifest\+json|xml)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;
const cache = new Map<string, Buffer>();

export function compressResponses() {
  return async (c: Context, next: Next) => {
    await next();
    const res = c.res;
    if (!res.body || res.status === 206 || res.status === 204 || c.req.method === 'HEAD' || res.headers.has('content-encoding')) return;
    if (!/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) return;
    if (!COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return;
    const declared = res.headers.get('content-length');
    if (declared && Number(declared) < MIN_BYTES) return;
    const immutable = /immutable/.test(res.headers.get('cache-control') ?? '');
    let gzipped = immutable ? cache.get(c.req.path) : undefined;
    if (!gzipped) {
      const body = Buffer.from(await res.arrayBuffer());
      if (body.length < MIN_BYTES) {
        replace(c, new Response(new Uint8Array(body), { status: res.status, headers: res.headers }));
        return;
      }
      gzipped = zlib.gzipSync(body, { level: 6 });
      if (immutable) cache.set(c.req.path, gzipped);
    }
    const headers = new Headers(res.headers);
    headers.set('content-encoding', 'gzip');
    headers.set('content-length', String(gzipped.length));
    headers.append('vary', 'Accept-Encoding');
    replace(c, new Response(new Uint8Array(gzipped), { status: res.status, headers }));
  };
}

/** Hono copies the old response's headers onto a new one assigned to c.res (the old Content-Length would
 * win); clearing it first makes the new response stand as it is. */
function replace(c: Context, response: Response): void {
  c.res = undefined as unknown as Response;
  c.res = response;
}
