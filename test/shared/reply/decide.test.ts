import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../../shared/intents';
import { decideReply, defaultAutoSend, ROUTINE_INTENTS, type DecideOptions, type DecisionUnderstanding } from '../../../shared/reply';

const u = (over: Partial<DecisionUnderstanding> = {}): DecisionUnderstanding => ({
  intent: 'order_status',
  escalate: false,
  escalateReason: null,
  orderId: null,
  confidence: 0.9,
  ...over,
});
const opts = (over: Partial<DecideOptions> = {}): DecideOptions => ({
  autoSend: defaultAutoSend('personal'),
  draftOnly: false,
  hasOrderFacts: true,
  hasKnowledge: true,
  ...over,
});

describe('decideReply', () => {
  it.each([
    ['a confident routine question the shop allows', u(), opts(), 'auto_reply', 'routine'],
    ['an escalated message', u({ intent: 'payment', escalate: true, escalateReason: 'double_charge' }), opts(), 'hand_off', 'escalate:double_charge'],
    ['an escalated message without a reason', u({ escalate: true }), opts(), 'hand_off', 'escalate:unspecified'],
    ['a complaint', u({ intent: 'complaint' }), opts(), 'hand_off', 'intent_not_routine'],
    ['a request for a person', u({ intent: 'human_request' }), opts(), 'hand_off', 'intent_not_routine'],
    ['something else (wholesale, collaboration)', u({ intent: 'other' }), opts(), 'hand_off', 'intent_not_routine'],
    ['a low-confidence understanding', u({ confidence: 0.59 }), opts(), 'hand_off', 'low_confidence'],
    ['a confidence at the threshold', u({ confidence: 0.6 }), opts(), 'auto_reply', 'routine'],
    ['a stricter threshold', u({ confidence: 0.7 }), opts({ minConfidence: 0.8 }), 'hand_off', 'low_confidence'],
    ['a NaN confidence', u({ confidence: Number.NaN }), opts(), 'hand_off', 'low_confidence'],
    ['a draft-only shop', u(), opts({ draftOnly: true }), 'hand_off', 'draft_only'],
    ['an intent the shop switched off', u({ intent: 'payment' }), opts({ autoSend: { ...defaultAutoSend('personal'), payment: false } }), 'hand_off', 'auto_send_off'],
    ['an intent missing from the shop settings', u({ intent: 'coupon_promo' }), opts({ autoSend: {} }), 'hand_off', 'auto_send_off'],
    ['a suspected prompt injection', u(), opts({ injectionSuspected: true }), 'hand_off', 'prompt_injection'],
    ['an injection the engine escalated', u({ escalate: true, escalateReason: 'prompt_injection' }), opts(), 'hand_off', 'prompt_injection'],
    ['a product question without knowledge', u({ intent: 'product_question' }), opts({ hasKnowledge: false }), 'hand_off', 'needs_knowledge'],
    ['a product question with knowledge', u({ intent: 'product_question' }), opts(), 'auto_reply', 'routine'],
    ['an order number we have no facts for', u({ orderId: '576000000000000001' }), opts({ hasOrderFacts: false }), 'hand_off', 'order_not_found'],
    ['an order number TikTok could not be asked about', u({ orderId: '576000000000000001' }), opts({ hasOrderFacts: false, orderLookupFailed: true }), 'hand_off', 'order_lookup_failed'],
    ['an order question with no order number and no facts (we ask for it)', u(), opts({ hasOrderFacts: false }), 'auto_reply', 'routine'],
    ['a return policy question without order facts', u({ intent: 'return_refund', orderId: '576000000000000001' }), opts({ hasOrderFacts: false }), 'auto_reply', 'routine'],
  ] as const)('%s → %s (%s)', (_name, understanding, options, action, reason) => {
    expect(decideReply(understanding, options)).toEqual({ action, reason });
  });

  it('checks injection before escalation, and escalation before everything else', () => {
    const everythingWrong = u({ intent: 'complaint', escalate: true, escalateReason: 'angry', confidence: 0.1 });
    expect(decideReply(everythingWrong, opts({ draftOnly: true, injectionSuspected: true })).reason).toBe('prompt_injection');
    expect(decideReply(everythingWrong, opts({ draftOnly: true })).reason).toBe('escalate:angry');
  });

  it('never auto-replies to a non-routine intent, whatever the settings', () => {
    const allOn = Object.fromEntries(INTENTS.map((i) => [i, true]));
    for (const intent of INTENTS.filter((i) => !(ROUTINE_INTENTS as readonly string[]).includes(i))) {
      expect(decideReply(u({ intent }), opts({ autoSend: allOn })).action).toBe('hand_off');
    }
  });
});

describe('default auto-send per shop type', () => {
  it('personal, enterprise and cross-border shops answer every routine intent', () => {
    for (const type of ['personal', 'enterprise', 'cross_border'] as const) {
      expect(Object.entries(defaultAutoSend(type)).filter(([, on]) => on).map(([i]) => i).sort()).toEqual([...ROUTINE_INTENTS].sort());
    }
  });

  it('brand shops keep policy answers for their agents', () => {
    expect(defaultAutoSend('brand')).toMatchObject({
      order_status: true,
      product_question: true,
      coupon_promo: true,
      greeting: true,
      return_refund: false,
      cancel_order: false,
      address_change: false,
      payment: false,
    });
  });
});
