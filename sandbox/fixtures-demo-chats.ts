// The multilingual demo conversations of sandbox/demo-conversations.ts, added to the sandbox's chats so
// that AskChat's demo organisation imports them through the real customer-service API like any other.
import { demoShopForMarket } from './fixtures';
import { DEMO_CONVERSATIONS, demoConversationId } from './demo-conversations';
import { MARKET_FIXTURES } from './fixtures-markets';
import { snowflake } from './ids';
import { unreadOf } from './fixtures-chats';
import type { SandboxState, SbxMessage } from './state';

export function addDemoChats(state: SandboxState, nowS: number, nextSeq: () => number): void {
  for (const demo of DEMO_CONVERSATIONS) {
    const shop = demoShopForMarket(demo.market);
    const addresses = MARKET_FIXTURES[demo.market].addresses;
    state.buyers[demo.buyer.userId] ??= {
      userId: demo.buyer.userId,
      imUserId: demo.buyer.imUserId,
      shopId: shop.id,
      name: demo.buyer.name,
      nickname: demo.buyer.name,
      address: addresses[0]!,
    };
    const id = demoConversationId(demo.key);
    const list: SbxMessage[] = demo.lines.map((line) => {
      const createTime = nowS - line.minutesAgo * 60;
      const ms = createTime * 1000;
      return {
        id: snowflake(ms, nextSeq()),
        conversationId: id,
        type: 'TEXT',
        content: JSON.stringify({ content: line.text }),
        createTime,
        index: snowflake(ms, nextSeq()),
        isVisible: true,
        role: line.from === 'buyer' ? 'BUYER' : 'SHOP',
        source: 'fixture',
      };
    });
    state.conversations[id] = {
      id,
      shopId: shop.id,
      buyerUserId: demo.buyer.userId,
      createTime: list[0]!.createTime,
      unreadCount: unreadOf(list),
      agentJoined: false,
      readByShopAt: null,
    };
    state.messages[id] = list;
  }
}
