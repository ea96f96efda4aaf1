// Sign-up, sign-in, sign-out and "who am I". Sign-up creates the organisation and its owner in one
// transaction; sign-in is throttled per account and IP and always issues a fresh session token.
import { Hono } from 'hono/tiny';
import { loginBodySchema, signupBodySchema, switchOrganizationBodySchema } from '../../shared/schemas/auth';
import { decoyHash, hashPassword, verifyPassword } from '../crypto/password';
import { assertLoginAllowed, loginKeys, noteLoginFailure, noteLoginSuccess } from '../auth/rate-limit';
import { endSession, startSession } from '../auth/session-cookie';
import { buildSessionView } from '../auth/session-view';
import { isUniqueViolation } from '../db/errors';
import { getMembershipRole, insertOrganization, listUserOrganizations } from '../db/queries/organizations';
import { findUserByEmail, insertUser } from '../db/queries/users';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth } from '../middleware/auth';
import { jsonBody } from '../validate';

export const authRoutes = new Hono<AppEnv>()
  .post('/signup', jsonBody(signupBodySchema), async (c) => {
    const body = c.req.valid('json');
    const db = c.get('db');
    if (await findUserByEmail(db, body.email)) {
      throw new AppError('conflict', 'An account with this email already exists. Sign in instead.');
    }
    const passwordHash = await hashPassword(body.password);
    const created = await db
      .transaction(async (tx) => {
        const user = await insertUser(tx, { email: body.email, name: body.name, passwordHash, locale: body.locale });
        const org = await insertOrganization(tx, { name: body.organizationName, ownerId: user.id });
        return { userId: user.id, orgId: org.id };
      })
      .catch((error: unknown) => {
        // Two sign-ups with one email at the same moment: the unique index decides, the loser hears why.
        if (isUniqueViolation(error)) throw new AppError('conflict', 'An account with this email already exists. Sign in instead.');
        throw error;
      });
    await startSession(c, db, created.userId, created.orgId);
    return c.json(await buildSessionView(db, { ...created, role: 'owner' }), 201);
  })
  .post('/login', jsonBody(loginBodySchema), async (c) => {
    const { email, password } = c.req.valid('json');
    const { clock, clientIp } = c.get('deps');
    const db = c.get('db');
    const keys = loginKeys(email, clientIp?.(c) ?? null);
    await assertLoginAllowed(db, keys, clock.now());
    const user = await findUserByEmail(db, email);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    const organizations = user && valid ? await listUserOrganizations(db, user.id) : [];
    const home = organizations[0];
    if (!user || !valid || !home) {
      await noteLoginFailure(db, keys, clock.now());
      throw new AppError('invalid_credentials', 'The email or password is not right.');
    }
    await noteLoginSuccess(db, keys);
    await startSession(c, db, user.id, home.id);
    return c.json(await buildSessionView(db, { userId: user.id, orgId: home.id, role: home.role }));
  })
  .post('/logout', async (c) => {
    await endSession(c, c.get('db'));
    return c.json({ ok: true });
  })
  .get('/me', requireAuth, async (c) => c.json(await buildSessionView(c.get('db'), mustAuth(c))))
  .post('/switch-organization', requireAuth, jsonBody(switchOrganizationBodySchema), async (c) => {
    const auth = mustAuth(c);
    const { organizationId } = c.req.valid('json');
    const db = c.get('db');
    const role = await getMembershipRole(db, organizationId, auth.userId);
    if (!role) throw new AppError('not_found', 'You are not a member of that organisation.');
    await startSession(c, db, auth.userId, organizationId);
    return c.json(await buildSessionView(db, { userId: auth.userId, orgId: organizationId, role }));
  });
