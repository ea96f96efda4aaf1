// Which buyer messages a reply must answer, when TikTok's whole-second times meet AskChat's milliseconds.
import { describe, expect, it } from 'vitest';
import { unansweredBuyerMessages, type ConversationForReply } from '../../worker/pipeline/reply-context';

function chat(...messages: [id: string, sender: string, at: string][]): ConversationForReply {
  return {
    id: 'conv',
    orgId: 'org',
    tiktokConversationId: 't',
    needsHuman: false,
    assigneeId: null,
    pagedAt: null,
    shop: {} as ConversationForReply['shop'],
    buyer: { name: 'b', tiktokUserId: 'u' },
    recent: messages.map(([id, sender, at]) => ({ id, sender, text: id, type: 'TEXT', content: null, createdAt: new Date(at), replyMeta: null })),
  };
}
const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe('unansweredBuyerMessages', () => {
  it('takes the buyer messages after the shop side last wrote, skipping system notes', () => {
    const c = chat(['b1', 'buyer', '2026-11-25T10:00:00Z'], ['ai1', 'ai', '2026-11-25T10:00:01.200Z'], ['b2', 'buyer', '2026-11-25T10:00:05Z'], ['s1', 'system', '2026-11-25T10:00:06Z'], ['b3', 'buyer', '2026-11-25T10:00:07Z']);
    expect(ids(unansweredBuyerMessages(c))).toEqual(['b2', 'b3']);
  });

  it('counts a just-arrived buyer message stamped in the same second as AskChat’s reply as unanswered', () => {
    // The buyer wrote at 10:00:01.700, after AskChat's reply at 10:00:01.200; TikTok says 10:00:01.
    const c = chat(['b1', 'buyer', '2026-11-25T10:00:00Z'], ['b2', 'buyer', '2026-11-25T10:00:01Z'], ['ai1', 'ai', '2026-11-25T10:00:01.200Z']);
    expect(ids(unansweredBuyerMessages(c, ['b2']))).toEqual(['b2']);
    // Not when it is not new (a retry, a reload): then it was there before the reply and was answered.
    expect(ids(unansweredBuyerMessages(c))).toEqual([]);
    // Nor an older fresh message from an earlier second (history imported late).
    expect(ids(unansweredBuyerMessages(c, ['b1']))).toEqual([]);
  });
});
