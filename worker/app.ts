// The one Hono app, built from its dependencies. Both entries (Cloudflare: worker/index.ts; Node:
// worker/entry-node.ts) call createApp and add only what is theirs (static files, the sandbox).
//
//   request → requestContext (id, log, db) → body limit → CSRF → session → route → onError/notFound
import { Hono } from 'hono/tiny';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../shared/errors';
import type { AppDeps, AppEnv } from './deps';
import { notFound, onError } from './errors';
import { sessionLoader } from './middleware/auth';
import { requestContext } from './middleware/context';
import { csrfGuard } from './middleware/csrf';
import { aiRoutes } from './routes/ai';
import { authRoutes } from './routes/auth';
import { callRoutes } from './routes/calls';
import { mutationRoutes } from './routes/mutations';
import { conversationRoutes } from './routes/conversations';
import { dashboardRoutes } from './routes/dashboard';
import { emailRoutes, emailWebhookRoutes } from './routes/email';
import { groupRoutes } from './routes/groups';
import { healthRoutes } from './routes/health';
import { inviteRoutes } from './routes/invites';
import { kbRoutes } from './routes/kb';
import { auditRoutes, privacyRoutes } from './routes/privacy';
import { pushRoutes } from './routes/push';
import { memberRoutes } from './routes/members';
import { shopRoutes } from './routes/shops';
import { syncRoutes } from './routes/sync';
import { ticketRoutes } from './routes/tickets';
import { tiktokRoutes } from './routes/tiktok';
import { webhookRoutes } from './routes/webhooks';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Routes anyone may call without a session (the tenancy test checks every other route). */
export const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/invites/preview',
  'POST /api/invites/accept',
  'POST /api/webhooks/tiktok',
  'POST /api/webhooks/email',
]);

export function createApp(deps: AppDeps) {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
    },
  });
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      // A declared length is checked from the header alone; only bodies of unknown length (chunked) are
      // counted while read. Touching the body for every request would build a full Request object each
      // time on Node, a real cost at thousands of webhooks a second.
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
      const declared = c.req.header('content-length');
      if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
        if (Number(declared) > MAX_BODY_BYTES) throw new AppError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
        return next();
      }
      return limit(c, next);
    })
    .use(csrfGuard)
    .use(sessionLoader)
    .route('/health', healthRoutes)
    .route('/auth', authRoutes)
    .route('/invites', inviteRoutes)
    .route('/members', memberRoutes)
    .route('/groups', groupRoutes)
    .route('/shops', shopRoutes)
    .route('/conversations', conversationRoutes)
    .route('/conversations', callRoutes)
    .route('/mutations', mutationRoutes)
    .route('/tickets', ticketRoutes)
    .route('/dashboard', dashboardRoutes)
    .route('/kb', kbRoutes)
    .route('/ai', aiRoutes)
    .route('/push', pushRoutes)
    .route('/privacy', privacyRoutes)
    .route('/audit', auditRoutes)
    .route('/sync', syncRoutes)
    .route('/tiktok', tiktokRoutes)
    .route('/webhooks', webhookRoutes)
    .route('/webhooks/email', emailWebhookRoutes)
    .route('/email', emailRoutes);

  const app = new Hono<AppEnv>();
  app.use('/api/*', requestContext(deps));
  app.route('/api', api);
  app.all('/api/*', notFound);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
