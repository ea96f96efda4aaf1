// RFC 8291 message encryption: the RFC's own worked example (§5, Appendix A) byte for byte, and the
// stand-in's independent decryption (node:crypto) of both that example and fresh messages.
import { describe, expect, it } from 'vitest';
import { encryptPayload, MAX_PLAINTEXT } from '../../../worker/push/encrypt';
import { decryptPushBody } from '../../support/push-standin';

// RFC 8291 §5 and Appendix A.
const RFC = {
  plaintext: 'When I grow up, I want to be a watermelon',
  asPublic: 'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  uaPublic: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  header: 'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8',
  ciphertext: '8pfeW0KbunFT06SuDKoJH9Ql87S1QUrdirN6GcG7sFz1y1sqLgVi1VhjVkHsUoEsbI_0LpXMuGvnzQ',
  body:
    'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};
const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const unb64u = (s: string) => new Uint8Array(Buffer.from(s, 'base64url'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('encryptPayload (RFC 8291, aes128gcm)', () => {
  it('reproduces the RFC 8291 §5 example byte for byte', async () => {
    const body = await encryptPayload(utf8(RFC.plaintext), RFC.uaPublic, RFC.auth, {
      salt: unb64u(RFC.salt),
      asKeys: { publicKey: RFC.asPublic, privateKey: RFC.asPrivate },
    });
    expect(b64u(body.subarray(0, 86))).toBe(RFC.header);
    expect(b64u(body.subarray(86))).toBe(RFC.ciphertext);
    expect(b64u(body)).toBe(RFC.body);
  });

  it('the stand-in decrypts the RFC example with the user agent private key (it checks independently)', () => {
    const plain = decryptPushBody(Buffer.from(RFC.body, 'base64url'), Buffer.from(RFC.uaPrivate, 'base64url'), Buffer.from(RFC.auth, 'base64url'));
    expect(plain.toString('utf8')).toBe(RFC.plaintext);
    const tampered = Buffer.from(RFC.body, 'base64url');
    tampered[100]! ^= 1;
    expect(() => decryptPushBody(tampered, Buffer.from(RFC.uaPrivate, 'base64url'), Buffer.from(RFC.auth, 'base64url'))).toThrow();
  });

  it('uses a fresh salt and sender key for every message, with rs 4096 and the 65-byte key id', async () => {
    const a = await encryptPayload(utf8('hi'), RFC.uaPublic, RFC.auth);
    const b = await encryptPayload(utf8('hi'), RFC.uaPublic, RFC.auth);
    expect(b64u(a.subarray(0, 16))).not.toBe(b64u(b.subarray(0, 16)));
    expect(b64u(a.subarray(21, 86))).not.toBe(b64u(b.subarray(21, 86)));
    expect([...a.subarray(16, 21)]).toEqual([0, 0, 0x10, 0, 65]);
    expect(a[21]).toBe(4);
    expect(a.length).toBe(86 + 2 + 1 + 16);
    const plain = decryptPushBody(Buffer.from(a), Buffer.from(RFC.uaPrivate, 'base64url'), Buffer.from(RFC.auth, 'base64url'));
    expect(plain.toString()).toBe('hi');
  });

  it('fits the largest plaintext in 4096 octets and refuses one byte more', async () => {
    const body = await encryptPayload(new Uint8Array(MAX_PLAINTEXT).fill(65), RFC.uaPublic, RFC.auth);
    expect(MAX_PLAINTEXT).toBe(3993);
    expect(body.length).toBe(4096);
    await expect(encryptPayload(new Uint8Array(MAX_PLAINTEXT + 1), RFC.uaPublic, RFC.auth)).rejects.toThrow(/3994 bytes; at most 3993/);
  });

  it('refuses malformed subscription keys', async () => {
    await expect(encryptPayload(utf8('x'), RFC.uaPublic, 'AAAA')).rejects.toThrow(/auth secret must be 16 bytes/);
    await expect(encryptPayload(utf8('x'), RFC.uaPublic.slice(0, 40), RFC.auth)).rejects.toThrow(/65 bytes/);
    // 65 bytes starting 0x04 but not a point on the curve
    await expect(encryptPayload(utf8('x'), b64u(new Uint8Array(65).fill(1).fill(4, 0, 1)), RFC.auth)).rejects.toThrow();
  });
});
