import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../../shared/intents';
import { LANGUAGES } from '../../../shared/markets';
import { understand } from '../../../shared/understand/index';
import { EXAMPLES } from './examples';

describe('intent and escalation on our own examples', () => {
  it.each(EXAMPLES)('reads "$text" as $intent (escalate: $escalate)', ({ text, market, intent, escalate, language }) => {
    const u = understand(text, market ? { market } : {});
    expect({ intent: u.intent, escalate: u.escalate, language: u.language }).toEqual({ intent, escalate, language });
  });

  it('covers every intent in at least six languages and every language with every intent', () => {
    for (const intent of INTENTS) {
      const langs = new Set(EXAMPLES.filter((e) => e.intent === intent).map((e) => e.language));
      expect(langs.size, intent).toBeGreaterThanOrEqual(6);
    }
    for (const language of LANGUAGES) {
      const intents = new Set(EXAMPLES.filter((e) => e.language === language).map((e) => e.intent));
      expect(intents.size, language).toBeGreaterThanOrEqual(language === 'en' ? 12 : 11);
    }
  });

  it('gives higher confidence to clear requests than to vague messages', () => {
    const clear = understand('Please cancel my order, I ordered the wrong size', { market: 'US' });
    const vague = understand('hmm about the thing from before', { market: 'US' });
    expect(clear.confidence).toBeGreaterThan(0.7);
    expect(vague.confidence).toBeLessThan(0.5);
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });

  it('only calls a message a greeting when it is nothing but a greeting', () => {
    expect(understand('hi').intent).toBe('greeting');
    expect(understand('Terima kasih banyak ya kak 🙏', { market: 'ID' }).intent).toBe('greeting');
    expect(understand('hi, where is my order?').intent).toBe('order_status');
    expect(understand('thanks, but the box was crushed and the cup is broken').intent).toBe('damaged_wrong_item');
  });

  it('sets sentiment from tone, not from politeness', () => {
    expect(understand('Thank you so much, love it! 😍').sentiment).toBe('positive');
    expect(understand('Hello, roughly how long does delivery to Leeds take? Thanks').sentiment).toBe('neutral');
    expect(understand('Very disappointed, nobody replies and my parcel is lost 😡').sentiment).toBe('negative');
    expect(understand('ok noted').sentiment).toBe('neutral');
  });
});
