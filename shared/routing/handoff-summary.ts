// What the agent who takes over a conversation reads first, when the organisation has no AI provider to
// write a summary: why AskChat handed it over, the order, what the buyer wants (their latest words) and what
// AskChat already told them (the intent is on the conversation already, as a tag). In the agent's language (the app speaks English and Chinese).
// Pure; the pipeline stores the text in conversations.handoffSummary, which phones sync.
export type AgentLanguage = 'en' | 'zh';

/** Why AskChat handed the conversation over, in words (decideReply's reason or the pipeline's own). */
export function handoffReasonText(reason: string, lang: AgentLanguage): string {
  const zh = lang === 'zh';
  if (reason === 'escalate:human_request' || reason === 'intent_not_routine') return zh ? '要求人工客服' : 'Asked for a person';
  if (reason === 'escalate:damaged_item' || reason === 'escalate:wrong_item') return zh ? '商品损坏或发错' : 'Damaged or wrong item';
  if (reason === 'escalate:safety') return zh ? '安全问题' : 'Safety report';
  if (reason === 'escalate:legal_threat') return zh ? '威胁采取法律行动' : 'Threatens legal action';
  if (reason === 'escalate:double_charge') return zh ? '重复扣款' : 'Charged twice';
  if (reason === 'escalate:angry' || reason === 'escalate:complaint') return zh ? '买家不满' : 'Upset buyer';
  if (reason === 'prompt_injection') return zh ? '试图操纵 AI 助手' : 'Tried to steer the assistant';
  if (reason === 'send_failed' || reason === 'processing_failed') return zh ? 'AskChat 无法回复' : 'AskChat could not answer';
  if (reason === 'draft_only' || reason === 'auto_send_off') return zh ? '按设置由人工发送' : 'Settings say a person sends';
  if (reason === 'needs_knowledge') return zh ? '知识库中没有答案' : 'Not in the knowledge base';
  if (reason === 'low_confidence') return zh ? 'AskChat 没有把握' : 'AskChat was unsure';
  if (reason === 'order_lookup_failed') return zh ? '订单查询失败' : 'Order lookup failed';
  return zh ? '需要人工处理' : 'Needs a person';
}

export interface HandoffFacts {
  reason: string;
  orderId: string | null;
  /** The order was not named in the chat: it is the buyer's most recent one at this shop. */
  orderInferred?: boolean;
  /** The buyer's latest words. */
  buyerText: string;
  /** What AskChat told the buyer in this hand-off or just before it (the holding message), if anything. */
  aiSaid: string | null;
}

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** One short paragraph, at most about 400 characters: "Reason · Order … · Buyer: “…” · AskChat said: “…”". */
export function handoffSummaryText(facts: HandoffFacts, lang: AgentLanguage): string {
  const zh = lang === 'zh';
  const parts = [handoffReasonText(facts.reason, lang)];
  if (facts.orderId) parts.push(`${facts.orderInferred ? (zh ? '最近订单' : 'Latest order') : zh ? '订单' : 'Order'} ${facts.orderId}`);
  parts.push(`${zh ? '买家' : 'Buyer'}: “${clip(facts.buyerText, 160)}”`);
  parts.push(facts.aiSaid ? `${zh ? 'AskChat 已回复' : 'AskChat said'}: “${clip(facts.aiSaid, 140)}”` : zh ? 'AskChat 尚未回复' : 'AskChat has not replied');
  return parts.join(' · ');
}
