// The built-in understanding engine with its data: `understand(text, { market })` → language, mixed,
// intent, sentiment, escalation, order id and confidence. See docs/understanding.md.
//
// This is the engine (engine.ts, data-free) bound to the bundled data (data.ts: cue lexicon, word lists,
// models). Node code imports it from here. The Worker does not: it builds the same engine from
// dist/ai/understanding.json (worker/ai/engine-loader.ts), so the data stays out of its bundle.
import { UNDERSTANDING_DATA } from './data';
import { createUnderstander, type Understanding, type UnderstandOptions } from './engine';

export { extractOrderId, extractOrderIds } from './order-id';
export { createUnderstander } from './engine';
export type { EscalateReason, Understander, Understanding, UnderstandOptions } from './engine';
export type { UnderstandingData } from './data-format';

const builtIn = createUnderstander(UNDERSTANDING_DATA);

export function understand(text: string, opts: UnderstandOptions = {}): Understanding {
  return builtIn.understand(text, opts);
}

// Compiles the cue lexicon and unpacks the models ahead of the first message. V8 compiles a regular
// expression on its first use, so the first understand() call otherwise costs tens of milliseconds.
export function warmUp(): void {
  builtIn.warmUp();
}
