// Build the sandbox's initial state from the fixtures: every demo shop's buyers, orders, returns,
// cancellations and chats, timed relative to `nowMs`.
import { DEMO_SHOPS } from './fixtures';
import { buildShopChats } from './fixtures-chats';
import { addDemoChats } from './fixtures-demo-chats';
import { buildShopCommerce } from './fixtures-orders';
import { STATE_VERSION, type SandboxState } from './state';

export function buildInitialState(nowMs: number, publicUrl: string): SandboxState {
  const nowS = Math.floor(nowMs / 1000);
  let seq = 1;
  const nextSeq = () => seq++;
  const state: SandboxState = {
    version: STATE_VERSION,
    seq: 0,
    revokedSellers: [],
    authCodes: {},
    accessTokens: {},
    refreshTokens: {},
    buyers: {},
    conversations: {},
    messages: {},
    orders: {},
    returns: {},
    cancellations: {},
    agentSettings: {},
    idempotency: {},
  };
  for (const shop of DEMO_SHOPS) {
    const commerce = buildShopCommerce(shop, nowS);
    for (const b of commerce.buyers) state.buyers[b.userId] = b;
    for (const o of commerce.orders) state.orders[o.id] = o;
    for (const r of commerce.returns) state.returns[r.id] = r;
    for (const c of commerce.cancellations) state.cancellations[c.id] = c;
    const chats = buildShopChats(shop, commerce, nowS, publicUrl, nextSeq);
    for (const c of chats.conversations) state.conversations[c.id] = c;
    Object.assign(state.messages, chats.messages);
    state.agentSettings[shop.id] = true;
  }
  addDemoChats(state, nowS, nextSeq);
  state.seq = seq;
  return state;
}
