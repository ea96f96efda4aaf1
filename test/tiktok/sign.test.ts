// Every published and worked vector of reference §5.2, §5.3 and §6.3, plus the ways a signature must fail.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signRequest, signWebhook, signingString, verifyWebhook } from '../../worker/tiktok/sign';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('signRequest with the published vectors (§5.2)', () => {
  const cases = [
    {
      name: 'the official worked example for Get Authorized Shops',
      appSecret: 'e59af819cc',
      path: '/authorization/202309/shops',
      query: { app_key: '29a39d', timestamp: 1623812664 },
      body: undefined,
      sign: 'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8',
    },
    {
      name: 'the .NET SDK GET test',
      appSecret: 'e59af819cc',
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      body: undefined,
      sign: 'ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37',
    },
    {
      name: 'the .NET SDK PUT test with a JSON body',
      appSecret: 'e59af819cc',
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      body: '{"event_type":"PACKAGE_UPDATE","address":"https://partner.tiktokshop.com"}',
      sign: '701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7',
    },
    {
      name: 'the EcomPHP unit test',
      appSecret: 'app_secret',
      path: '/test-api',
      query: { foo: 'bar' },
      body: undefined,
      sign: 'd3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f',
    },
  ];
  for (const c of cases) {
    it(`matches ${c.name}`, async () => {
      expect(await signRequest({ appSecret: c.appSecret, path: c.path, query: c.query, body: c.body })).toBe(c.sign);
    });
  }

  it('does not reproduce the placeholder sign of the official curl example (§11.8)', async () => {
    const sign = await signRequest({ appSecret: 'e59af819cc', path: '/authorization/202309/shops', query: { app_key: '29a39d', timestamp: 1623812664 } });
    expect(sign.startsWith('bc721f')).toBe(false);
  });
});

describe('signRequest with our worked vectors (§5.3)', () => {
  const appSecret = 's3cr3tExampleKey0123456789abcdef';
  const common = { app_key: '6t4example9k', shop_cipher: 'ROW_TestShopCipher_AbC123', timestamp: 1717171717 };

  const sendBody = '{"type":"TEXT","content":"{\\"content\\":\\"Hi! Your order ships today.\\"}"}';
  const sendPath = '/customer_service/202309/conversations/7494560109732334261/messages';

  it('signs Vector 1, a Send Message POST with its exact JSON body', async () => {
    expect(new TextEncoder().encode(sendBody).length).toBe(73);
    expect(sha256(sendBody)).toBe('c8fd03d559a6d85ecd372be6c5df88a4d5687445bdbd2f2171e037d1c8c865da');
    expect(appSecret + signingString(sendPath, { timestamp: 1717171717, shop_cipher: common.shop_cipher, app_key: common.app_key }, sendBody) + appSecret).toBe(
      's3cr3tExampleKey0123456789abcdef/customer_service/202309/conversations/7494560109732334261/messagesapp_key6t4example9kshop_cipherROW_TestShopCipher_AbC123timestamp1717171717{"type":"TEXT","content":"{\\"content\\":\\"Hi! Your order ships today.\\"}"}s3cr3tExampleKey0123456789abcdef',
    );
    expect(await signRequest({ appSecret, path: sendPath, query: common, body: sendBody })).toBe('18a3a2fdd2c50df36982f6dee90e47dd0390427cdee78b85231eafb799e43b7f');
  });

  const listPath = '/customer_service/202309/conversations';
  const listQuery = { app_key: '6t4example9k', timestamp: '1717171717', shop_cipher: 'ROW_TestShopCipher_AbC123', page_size: 20, page_token: 'aDU2dHIz/N5M+7D1==', locale: 'en-US' };
  const listSign = 'ede76ca450403e7b8e94c44fde148d5b54a9c93df57658c15bdfb1c8a2be3258';

  it('signs Vector 2, a GET with sorted names and the raw page_token', async () => {
    expect(appSecret + signingString(listPath, listQuery) + appSecret).toBe(
      's3cr3tExampleKey0123456789abcdef/customer_service/202309/conversationsapp_key6t4example9klocaleen-USpage_size20page_tokenaDU2dHIz/N5M+7D1==shop_cipherROW_TestShopCipher_AbC123timestamp1717171717s3cr3tExampleKey0123456789abcdef',
    );
    expect(await signRequest({ appSecret, path: listPath, query: listQuery })).toBe(listSign);
  });

  it('ignores a stray access_token and an old sign in the query (Vector 2)', async () => {
    const query = { ...listQuery, access_token: 'TTP_legacy_token', sign: 'bc721f00' };
    expect(await signRequest({ appSecret, path: listPath, query })).toBe(listSign);
  });

  it('ignores empty and missing values instead of signing `name` alone', async () => {
    const query = { ...listQuery, sort_order: '', sort_field: undefined, order_status: null };
    expect(await signRequest({ appSecret, path: listPath, query })).toBe(listSign);
  });

  it('gives the same sign whatever the order of the query names', async () => {
    const reversed = Object.fromEntries(Object.entries(listQuery).reverse());
    expect(await signRequest({ appSecret, path: listPath, query: reversed })).toBe(listSign);
  });

  it('signs Vector 3, a multipart upload, over path and query only', async () => {
    const path = '/customer_service/202309/images/upload';
    expect(await signRequest({ appSecret, path, query: common })).toBe('b236c68c17b079d0656e830b25a6ceacf49dd9c29f8eab61519384bc787b5d55');
    expect(await signRequest({ appSecret, path, query: common, body: null })).toBe('b236c68c17b079d0656e830b25a6ceacf49dd9c29f8eab61519384bc787b5d55');
  });

  it('changes when the body, the path, a value or the secret changes', async () => {
    const base = await signRequest({ appSecret, path: sendPath, query: common, body: sendBody });
    const variants = await Promise.all([
      signRequest({ appSecret, path: sendPath, query: common, body: sendBody.replace('today', 'tomorrow') }),
      signRequest({ appSecret, path: sendPath, query: common, body: JSON.stringify(JSON.parse(sendBody), null, 1) }),
      signRequest({ appSecret, path: sendPath + '/read', query: common, body: sendBody }),
      signRequest({ appSecret, path: sendPath, query: { ...common, timestamp: 1717171718 }, body: sendBody }),
      signRequest({ appSecret: appSecret + 'x', path: sendPath, query: common, body: sendBody }),
      signRequest({ appSecret, path: sendPath, query: common, body: '{}' }),
    ]);
    for (const v of variants) expect(v).not.toBe(base);
  });

  it('returns 64 lower-case hex characters', async () => {
    expect(await signRequest({ appSecret, path: listPath, query: listQuery })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('verifyWebhook with the §6.3 vector', () => {
  const appKey = '6t4example9k';
  const appSecret = 's3cr3tExampleKey0123456789abcdef';
  const rawBody = String.raw`{"type":14,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1717171717,"data":{"content":"{\"content\":\"Where is my parcel?\"}","conversation_id":"7106888323922608389","create_time":1717171700,"is_visible":true,"message_id":"7494560109732334263","index":"7494560109732334274","type":"TEXT","sender":{"im_user_id":"7494560109732334261","role":"BUYER"}}}`;
  const authorization = '24bda10dcf0654a5642b35b06fcecf55ab1c20c4c3eda3127e1b5e9d1ca9f741';

  it('has the exact body of the reference', () => {
    expect(new TextEncoder().encode(rawBody).length).toBe(392);
    expect(sha256(rawBody)).toBe('492e8e4449fde2163eb063367d04f60b5249df1119a59f5d3bb3973a8d7d858b');
  });

  it('signs the vector to the expected Authorization value', async () => {
    expect(await signWebhook({ appKey, appSecret, rawBody })).toBe(authorization);
  });

  it('accepts the expected Authorization for the raw body as a string or as bytes', async () => {
    expect(await verifyWebhook({ appKey, appSecret, rawBody, authorization })).toBe(true);
    expect(await verifyWebhook({ appKey, appSecret, rawBody: new TextEncoder().encode(rawBody), authorization })).toBe(true);
  });

  it('accepts surrounding whitespace and upper-case hex in the header', async () => {
    expect(await verifyWebhook({ appKey, appSecret, rawBody, authorization: ` ${authorization.toUpperCase()} ` })).toBe(true);
  });

  const rejected: Array<[string, Partial<{ appKey: string; appSecret: string; rawBody: string; authorization: string | null | undefined }>]> = [
    ['a missing header', { authorization: undefined }],
    ['a null header', { authorization: null }],
    ['an empty header', { authorization: '' }],
    ['a Bearer prefix', { authorization: `Bearer ${authorization}` }],
    ['a truncated digest', { authorization: authorization.slice(0, 62) }],
    ['a digest one character off', { authorization: authorization.slice(0, 63) + '0' }],
    ['a non-hex header', { authorization: 'z'.repeat(64) }],
    ['an odd-length header', { authorization: authorization + 'a' }],
    ['a longer digest', { authorization: authorization + '00' }],
    ['the x-tts-sign style of path + timestamp + body', { authorization: 'deadbeef'.repeat(8) }],
    ['a body changed by one character', { rawBody: rawBody.replace('parcel', 'parcels') }],
    ['a re-serialised body', { rawBody: JSON.stringify(JSON.parse(rawBody), null, 2) }],
    ['another app key', { appKey: 'otherkey' }],
    ['another app secret', { appSecret: 'another-secret' }],
  ];
  for (const [name, change] of rejected) {
    it(`rejects ${name}`, async () => {
      expect(await verifyWebhook({ appKey, appSecret, rawBody, authorization, ...change })).toBe(false);
    });
  }

  it('does not accept the request signature of the same body as a webhook signature', async () => {
    const requestStyle = await signRequest({ appSecret, path: '', query: {}, body: appKey + rawBody });
    expect(await verifyWebhook({ appKey, appSecret, rawBody, authorization: requestStyle })).toBe(false);
  });
});

describe('the Node server’s webhook check', () => {
  it('agrees with verifyWebhook on the reference vector, on tampering and on malformed headers', async () => {
    const { verifyWebhookNode } = await import('../../worker/node/verify-webhook');
    const { signWebhook } = await import('../../worker/tiktok/sign');
    const appKey = '6t4example9k';
    const appSecret = 's3cr3tExampleKey0123456789abcdef';
    const rawBody = '{"type":14,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1717171717,"data":{"content":"{\\"content\\":\\"Where is my parcel?\\"}","conversation_id":"7106888323922608389","create_time":1717171700,"is_visible":true,"message_id":"7494560109732334263","index":"7494560109732334274","type":"TEXT","sender":{"im_user_id":"7494560109732334261","role":"BUYER"}}}';
    const good = await signWebhook({ appKey, appSecret, rawBody });
    expect(good).toBe('24bda10dcf0654a5642b35b06fcecf55ab1c20c4c3eda3127e1b5e9d1ca9f741');
    for (const authorization of [good, good.toUpperCase(), ` ${good} `, good.replace(/.$/, '0'), '', 'Bearer ' + good, 'zz', null, undefined, good.slice(2)]) {
      const input = { appKey, appSecret, rawBody, authorization };
      expect(await verifyWebhookNode(input), String(authorization)).toBe(await verifyWebhook(input));
    }
    expect(await verifyWebhookNode({ appKey, appSecret, rawBody: rawBody + ' ', authorization: good })).toBe(false);
  });
});
