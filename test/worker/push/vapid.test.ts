// VAPID (RFC 8292): generated keys, and the Authorization header as a push service verifies it (the
// stand-in's checkVapid, which verifies the ES256 signature with node:crypto).
import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateVapidKeys, vapidAuthorization } from '../../../worker/push/vapid';
import { checkVapid } from '../../support/push-standin';

const ENDPOINT = 'https://fcm.googleapis.com/fcm/send/abc:def';
const SUBJECT = 'mailto:ops@askchat.example';
const NOW = Date.UTC(2026, 4, 1, 12);

function parse(header: string) {
  const m = /^vapid t=([^.]+)\.([^.]+)\.([^,]+), k=(.+)$/.exec(header);
  if (!m) throw new Error(`not a vapid header: ${header}`);
  return { header: JSON.parse(Buffer.from(m[1]!, 'base64url').toString()), claims: JSON.parse(Buffer.from(m[2]!, 'base64url').toString()), k: m[4]! };
}

describe('VAPID', () => {
  it('generates base64url keys: a 65-byte uncompressed public key and a 32-byte private key', async () => {
    const keys = await generateVapidKeys();
    expect(keys.publicKey).toMatch(/^[\w-]{87}$/);
    expect(keys.privateKey).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(keys.publicKey, 'base64url')[0]).toBe(4);
    expect((await generateVapidKeys()).privateKey).not.toBe(keys.privateKey);
  });

  it('signs an ES256 JWT for the endpoint origin that a push service accepts', async () => {
    const keys = await generateVapidKeys();
    const auth = await vapidAuthorization(ENDPOINT, keys, { subject: SUBJECT, now: () => NOW });
    const { header, claims, k } = parse(auth);
    expect(header).toEqual({ typ: 'JWT', alg: 'ES256' });
    expect(claims).toEqual({ aud: 'https://fcm.googleapis.com', exp: NOW / 1000 + 12 * 3600, sub: SUBJECT });
    expect(k).toBe(keys.publicKey);
    expect(checkVapid(auth, 'https://fcm.googleapis.com', NOW)).toBeNull();
    // the signature is over header.claims with the private key matching k, in JWS (r || s) form
    const [t] = auth.slice('vapid t='.length).split(',');
    const [h, c, s] = t!.split('.');
    const pub = Buffer.from(keys.publicKey, 'base64url');
    const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') }, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${h}.${c}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s!, 'base64url'))).toBe(true);
  });

  it('is refused for another origin, once expired, or signed by another key', async () => {
    const keys = await generateVapidKeys();
    const auth = await vapidAuthorization(ENDPOINT, keys, { subject: SUBJECT, now: () => NOW });
    expect(checkVapid(auth, 'https://updates.push.services.mozilla.com', NOW)).toMatch(/aud/);
    expect(checkVapid(auth, 'https://fcm.googleapis.com', NOW + 12 * 3600 * 1000)).toMatch(/expired/);
    const other = await generateVapidKeys();
    expect(checkVapid(auth.replace(keys.publicKey, other.publicKey), 'https://fcm.googleapis.com', NOW)).toMatch(/signature/);
  });

  it('never asks for more than 24 hours, and requires a mailto: or https: subject', async () => {
    const keys = await generateVapidKeys();
    const auth = await vapidAuthorization(ENDPOINT, keys, { subject: 'https://askchat.example', now: () => NOW, expiresInSeconds: 7 * 24 * 3600 });
    expect(parse(auth).claims.exp).toBe(NOW / 1000 + 24 * 3600);
    expect(checkVapid(auth, 'https://fcm.googleapis.com', NOW)).toBeNull();
    await expect(vapidAuthorization(ENDPOINT, keys, { subject: 'ops@askchat.example' })).rejects.toThrow(/mailto: or https:/);
    await expect(vapidAuthorization(ENDPOINT, { ...keys, privateKey: 'AAAA' }, { subject: SUBJECT })).rejects.toThrow(/32 bytes/);
  });
});
