// The Cloudflare bundle must not carry the AI data (it ships as assets; docs/decisions/003): nothing the
// Worker entry imports may reach a data module — the ticket notice texts included — and no Node-only
// module may sneak in either.
import { describe, expect, it } from 'vitest';
import { DATA_MODULE, reachableFiles } from './graph';

describe('the Worker entry', () => {
  const files = reachableFiles('worker/index.ts');

  it('reaches the app and the asset loader', () => {
    expect(files).toContain('worker/app.ts');
    expect(files).toContain('worker/ai/engine-loader.ts');
  });

  it('reaches the ticket store and the notice renderer, but not the notice texts', () => {
    expect(files).toContain('worker/tickets/store.ts');
    expect(files).toContain('shared/tickets/notice-format.ts');
    expect(files).not.toContain('shared/tickets/notices.ts');
  });

  it('reaches no AI data module', () => {
    expect(files.filter((f) => DATA_MODULE.test(f))).toEqual([]);
  });

  it('reaches nothing Node-only: not the sandbox, the seed, PGlite or the bundled engine', () => {
    expect(files.filter((f) => /^sandbox\/|^worker\/(node|seed)\/|^worker\/entry-node|bundled-engine-loader/.test(f))).toEqual([]);
  });
});
