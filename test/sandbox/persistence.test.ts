// With a store, the sandbox keeps its state across restarts: tokens, conversations and messages survive, so a
// Node restart does not disconnect AskChat from its demo shops.
import { describe, expect, it, vi } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { APP_KEY, APP_SECRET } from './harness';

function memoryStore(initial: unknown = null) {
  let saved: unknown = initial;
  let saves = 0;
  return {
    store: {
      load: async () => saved,
      save: async (snapshot: unknown) => {
        saved = JSON.parse(JSON.stringify(snapshot));
        saves++;
      },
    },
    get saved() {
      return saved;
    },
    get saves() {
      return saves;
    },
  };
}

const make = (store: ReturnType<typeof memoryStore>['store']) =>
  createSandbox({ appKey: APP_KEY, appSecret: APP_SECRET, redirectUrl: 'http://x/cb', webhookUrl: 'http://x/wh', deliver: async () => new Response(null), store });

describe('persistence', () => {
  it('saves after a request that changed something and restores it on the next start', async () => {
    const mem = memoryStore();
    const first = make(mem.store);
    const res = await first.app.request('/api/buyer-messages', { method: 'POST', body: JSON.stringify({ text: 'still there?', market: 'TH' }) });
    const { conversation_id } = (await res.json()) as { conversation_id: string };
    const token = first.issueToken('sbx-open-siam').access_token;
    await first.close();
    expect(mem.saves).toBeGreaterThan(0);

    const second = make(mem.store);
    await second.ready;
    expect(second.messages(conversation_id).map((m) => m.text)).toEqual(['still there?']);
    expect(second.state().accessTokens[token]).toBeDefined();
    const view = await second.app.request(`/api/conversations/${conversation_id}/messages`);
    expect(view.status).toBe(200);
    await second.close();
  });

  it('does not save after a request that only read', async () => {
    const mem = memoryStore();
    const sandbox = make(mem.store);
    await sandbox.app.request('/api/state');
    await sandbox.app.request('/api/conversations?market=US');
    expect(mem.saves).toBe(0);
    await sandbox.close();
  });

  it('starts from the fixtures when the stored state has an unknown shape', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const mem = memoryStore({ version: 999 });
    const sandbox = make(mem.store);
    await sandbox.ready;
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unknown shape/));
    warn.mockRestore();
    expect(Object.keys(sandbox.state().orders).length).toBeGreaterThan(100);
    await sandbox.close();
  });

  it('resets to the fixtures on request', async () => {
    const sandbox = make(memoryStore().store);
    const res = await sandbox.app.request('/api/buyer-messages', { method: 'POST', body: JSON.stringify({ text: 'hi', market: 'US' }) });
    const { conversation_id } = (await res.json()) as { conversation_id: string };
    expect((await sandbox.app.request('/api/reset', { method: 'POST' })).status).toBe(200);
    expect(sandbox.state().conversations[conversation_id]).toBeUndefined();
    await sandbox.close();
  });
});

describe('inspection endpoints', () => {
  it('describe the sellers, shops, webhooks and faults', async () => {
    const sandbox = make(memoryStore().store);
    const state = (await (await sandbox.app.request('/api/state')).json()) as { shops: { id: string; orders: unknown[] }[]; sellers: unknown[]; webhooks: unknown };
    expect(state.shops).toHaveLength(8);
    expect(state.sellers).toHaveLength(5);
    expect(state.shops[0]!.orders.length).toBe(18);
    const list = (await (await sandbox.app.request('/api/conversations?market=gb')).json()) as { conversations: { market: string }[] };
    expect(list.conversations.every((c) => c.market === 'GB')).toBe(true);
    expect((await sandbox.app.request('/api/conversations')).status).toBe(400);
    const svg = await sandbox.app.request('/assets/avatar/123.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    await sandbox.close();
  });
});

describe('the JSON file store', () => {
  it('keeps the state in a file across restarts', async () => {
    const { mkdtemp, readFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { createJsonFileStore } = await import('../../sandbox/file-store');
    const dir = await mkdtemp(join(tmpdir(), 'sbx-'));
    try {
      const path = join(dir, 'nested', 'tiktok-sandbox.json');
      const store = createJsonFileStore(path);
      expect(await store.load()).toBeNull();
      const first = make(store);
      const token = first.issueToken('sbx-open-aurelia').access_token;
      await first.close();
      expect(JSON.parse(await readFile(path, 'utf8')).accessTokens[token]).toBeDefined();
      const second = make(store);
      await second.ready;
      expect(second.state().accessTokens[token]).toBeDefined();
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
