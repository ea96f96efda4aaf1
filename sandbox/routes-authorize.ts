// The seller authorization pages (reference §2.1): `/services/open/authorize` (rest of world) and
// `/services-us/open/authorize` (US sellers), each a small HTML page where a person picks a demo seller and
// approves or denies. Approval redirects to redirectUrl with a single-use `code` (30 min) and the echoed
// `state` (omitted when none was given, like App Store installs); denial sends `error=access_denied` (or
// `auth_denied`, the option denyError, §11.4). POST /api/authorize is the same decision as JSON, for tests.
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { sellerByOpenId, shopsOfSeller, type SandboxContext } from './context';
import { DEMO_SELLERS, type DemoSeller } from './fixtures';
import { randomToken } from './ids';

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function decide(ctx: SandboxContext, seller: DemoSeller, approve: boolean, state: string | undefined): { redirect: string; code: string | null } {
  const url = new URL(ctx.opts.redirectUrl);
  let code: string | null = null;
  if (approve) {
    code = randomToken('sbx_code_', 18);
    ctx.state.authCodes[code] = { sellerOpenId: seller.openId, expiresAtMs: ctx.now() + ctx.opts.authCodeTtlSeconds * 1000, revoked: false, used: false };
    ctx.changed();
    url.searchParams.set('code', code);
  } else {
    url.searchParams.set('error', ctx.opts.denyError);
  }
  const trimmed = state?.trim();
  if (trimmed) url.searchParams.set('state', trimmed);
  return { redirect: url.toString(), code };
}

export function authorizeRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  const sellersFor = (us: boolean) => DEMO_SELLERS.filter((s) => (s.baseRegion === 'US') === us);

  // The app must identify itself with service_id (or the legacy app_key, §11.2) when serviceId is configured.
  const checkApp = (c: Context): string | null => {
    if (!ctx.opts.serviceId) return null;
    const serviceId = c.req.query('service_id');
    if (serviceId === ctx.opts.serviceId || (!serviceId && c.req.query('app_key') === ctx.opts.appKey)) return null;
    return 'Unknown service_id: copy the authorization link from Partner Center.';
  };

  const page = (c: Context, us: boolean) => {
    const problem = checkApp(c);
    if (problem) return c.html(`<!doctype html><meta charset="utf-8"><title>Authorization error</title><p>${escape(problem)}</p>`, 400);
    const state = c.req.query('state') ?? '';
    const sellers = sellersFor(us);
    const options = sellers
      .map((s, i) => {
        const shops = shopsOfSeller(s.openId)
          .map((sh) => `${escape(sh.name)} (${sh.region})`)
          .join(', ');
        return `<label><input type="radio" name="seller_open_id" value="${escape(s.openId)}"${i === 0 ? ' checked' : ''}> <b>${escape(s.name)}</b> — ${shops}</label><br>`;
      })
      .join('\n');
    return c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>TikTok Shop sandbox — authorize AskChat</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}button{font-size:1rem;padding:.5rem 1rem;margin-right:.5rem}</style></head>
<body><h1>Authorize AskChat</h1>
<p>This is the local TikTok Shop sandbox (${us ? 'US' : 'rest of world'} authorization page). Pick the demo seller to log in as.
AskChat asks for: ${escape(ctx.opts.grantedScopes.join(', ') || 'all sandbox scopes')}.</p>
<form method="post">
<input type="hidden" name="state" value="${escape(state)}">
${options || '<p>No demo seller uses this page.</p>'}
<p><button type="submit" name="decision" value="approve">Authorize</button>
<button type="submit" name="decision" value="deny">Cancel</button></p>
</form></body></html>`);
  };

  const submit = async (c: Context, us: boolean) => {
    const problem = checkApp(c);
    if (problem) return c.html(`<p>${escape(problem)}</p>`, 400);
    const form = await c.req.parseBody();
    const seller = sellerByOpenId(String(form.seller_open_id ?? ''));
    if (!seller || !sellersFor(us).includes(seller)) return c.html('<p>Pick one of the listed sellers.</p>', 400);
    const { redirect } = decide(ctx, seller, form.decision !== 'deny', typeof form.state === 'string' ? form.state : undefined);
    return c.redirect(redirect, 302);
  };

  app.get('/services/open/authorize', (c) => page(c, false));
  app.post('/services/open/authorize', (c) => submit(c, false));
  app.get('/services-us/open/authorize', (c) => page(c, true));
  app.post('/services-us/open/authorize', (c) => submit(c, true));

  const shortcut = z.object({ seller_open_id: z.string(), state: z.optional(z.string()), approve: z.optional(z.boolean()) });
  app.post('/api/authorize', async (c) => {
    const parsed = shortcut.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: 'expected {"seller_open_id", "state"?, "approve"?}' }, 400);
    const seller = sellerByOpenId(parsed.data.seller_open_id);
    if (!seller) return c.json({ error: `unknown seller_open_id; demo sellers: ${DEMO_SELLERS.map((s) => s.openId).join(', ')}` }, 400);
    return c.json(decide(ctx, seller, parsed.data.approve ?? true, parsed.data.state));
  });

  return app;
}
