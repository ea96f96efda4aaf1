// Following next_page_token, and refreshing an expired token exactly once.
import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../shared/result';
import type { TikTokError } from '../../worker/tiktok/errors';
import { collectPages, eachPage } from '../../worker/tiktok/paging';
import { withTokenRefresh } from '../../worker/tiktok/token-refresh';

const expired: TikTokError = { kind: 'token_expired', code: 105002, message: 'expired', requestId: 'r', retryable: false, status: 200 };
const server: TikTokError = { kind: 'server', code: 36009003, message: 'boom', requestId: 'r', retryable: true, status: 500 };

describe('collectPages', () => {
  it('follows next_page_token until it is empty', async () => {
    const pages: Record<string, { items: number[]; next_page_token: string }> = {
      '': { items: [1, 2], next_page_token: 'a/b+' },
      'a/b+': { items: [3], next_page_token: 'c==' },
      'c==': { items: [4], next_page_token: '' },
    };
    const asked: (string | undefined)[] = [];
    const r = await collectPages(
      async (t) => {
        asked.push(t);
        return ok(pages[t ?? '']!);
      },
      (p) => p.items,
    );
    expect(r).toEqual({ ok: true, val: [1, 2, 3, 4] });
    expect(asked).toEqual([undefined, 'a/b+', 'c==']);
  });

  it('stops on a repeated token and on maxPages', async () => {
    let calls = 0;
    const loop = await collectPages(async () => (calls++, ok({ items: [calls], next_page_token: 'same' })), (p) => p.items);
    expect(loop.ok && loop.val).toEqual([1, 2]);
    calls = 0;
    const capped = await collectPages(async () => (calls++, ok({ items: [calls], next_page_token: `t${calls}` })), (p) => p.items, { maxPages: 3 });
    expect(capped.ok && capped.val).toEqual([1, 2, 3]);
  });

  it('returns the first failure', async () => {
    let n = 0;
    const r = await collectPages(async () => (++n === 2 ? err(server) : ok({ items: [n], next_page_token: 'x' + n })), (p) => p.items);
    expect(r).toEqual({ ok: false, err: server });
  });

  it('can be walked page by page', async () => {
    const seen: number[] = [];
    for await (const page of eachPage(async (t) => ok({ n: t ? 2 : 1, next_page_token: t ? '' : 'next' }))) {
      if (page.ok) seen.push(page.val.n);
    }
    expect(seen).toEqual([1, 2]);
  });
});

describe('withTokenRefresh', () => {
  function session() {
    let token = 'old';
    const log: string[] = [];
    return {
      log,
      getAuth: () => ({ accessToken: token, shopCipher: 'c' }),
      refresh: async (): Promise<Result<unknown, TikTokError>> => {
        log.push('refresh');
        token = 'new';
        return ok(null);
      },
    };
  }

  it('does not refresh when the call succeeds or fails for another reason', async () => {
    const s = session();
    expect(await withTokenRefresh(s, async () => ok(1))).toEqual(ok(1));
    expect(await withTokenRefresh(s, async () => err(server))).toEqual(err(server));
    expect(s.log).toEqual([]);
  });

  it('refreshes once after token_expired and retries with the new token', async () => {
    const s = session();
    const used: string[] = [];
    const r = await withTokenRefresh(s, async (auth) => {
      used.push(auth.accessToken);
      return auth.accessToken === 'old' ? err(expired) : ok('done');
    });
    expect(r).toEqual(ok('done'));
    expect(used).toEqual(['old', 'new']);
    expect(s.log).toEqual(['refresh']);
  });

  it('retries only once even if the token is still expired', async () => {
    const s = session();
    let calls = 0;
    const r = await withTokenRefresh(s, async () => (calls++, err(expired)));
    expect(r).toEqual(err(expired));
    expect(calls).toBe(2);
    expect(s.log).toEqual(['refresh']);
  });

  it('returns the refresh failure without calling again', async () => {
    let calls = 0;
    const revoked: TikTokError = { kind: 'auth', code: 36004005, message: 'revoked', requestId: null, retryable: false, status: 200 };
    const r = await withTokenRefresh({ getAuth: () => 'a', refresh: async () => err(revoked) }, async () => (calls++, err(expired)));
    expect(r).toEqual(err(revoked));
    expect(calls).toBe(1);
  });
});
