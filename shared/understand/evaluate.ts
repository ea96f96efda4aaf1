// Scores predictions against labelled buyer messages exactly as ../shared/datasets/score.mjs does: every
// gold message counts; a missing prediction or a mistyped field is wrong for that field (escalate must
// be a boolean, order_id a string or null); the first prediction per id wins. Pure code, used by the
// bench and the tests; not bundled by the engine.

export interface GoldRow {
  id: string;
  text: string;
  market?: string;
  language: string;
  intent: string;
  escalate: boolean;
  sentiment: string;
  order_id: string | null;
  mixed?: boolean;
}

export interface PredRow {
  id: unknown;
  language?: unknown;
  intent?: unknown;
  escalate?: unknown;
  sentiment?: unknown;
  order_id?: unknown;
}

export interface Scores {
  n: number;
  intentAcc: number;
  langAcc: number;
  escalateF1: number;
  escalatePrecision: number;
  escalateRecall: number;
  orderIdAcc: number;
  sentimentAcc: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scorePredictions(gold: readonly GoldRow[], preds: readonly PredRow[]): Scores {
  const byId = new Map<string, PredRow>();
  for (const p of preds) if (typeof p.id === 'string' && !byId.has(p.id)) byId.set(p.id, p);
  let lang = 0, intent = 0, order = 0, sent = 0, tp = 0, fp = 0, fn = 0;
  for (const g of gold) {
    const p = byId.get(g.id);
    const has = (k: keyof PredRow): boolean => p !== undefined && Object.prototype.hasOwnProperty.call(p, k);
    if (has('language') && p?.language === g.language) lang++;
    if (has('intent') && p?.intent === g.intent) intent++;
    if (has('sentiment') && p?.sentiment === g.sentiment) sent++;
    if (has('order_id') && (p?.order_id === null || typeof p?.order_id === 'string') && p?.order_id === g.order_id) order++;
    const predEsc = has('escalate') && p?.escalate === true;
    if (g.escalate && predEsc) tp++;
    else if (!g.escalate && predEsc) fp++;
    else if (g.escalate && !predEsc) fn++;
  }
  const n = gold.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    n,
    intentAcc: ratio(intent, n),
    langAcc: ratio(lang, n),
    escalateF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    escalatePrecision: precision,
    escalateRecall: recall,
    orderIdAcc: ratio(order, n),
    sentimentAcc: ratio(sent, n),
  };
}

// Parses a JSON Lines file's text into gold rows, skipping blank lines; throws on malformed gold.
export function parseGold(text: string): GoldRow[] {
  const rows: GoldRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const obj = JSON.parse(line) as GoldRow;
      if (typeof obj.id !== 'string' || typeof obj.text !== 'string' || typeof obj.escalate !== 'boolean') {
        throw new Error(`gold line ${i + 1}: missing id, text or escalate`);
      }
      rows.push(obj);
    });
  return rows;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}
