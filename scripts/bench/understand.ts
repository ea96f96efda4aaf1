// Bench for the understanding engine: runs the built-in engine and the keyword baseline over the
// labelled dev set (../shared/datasets/buyer-messages.dev.jsonl, relative to the repository root),
// scores them like score.mjs, and times the engine per message: after a warm-up pass (JIT, the one-off
// model unpacking) every message is timed in TIMING_PASSES passes and its median kept, so a GC pause or
// another process on the machine does not pass for the engine's cost; p50/p99 are over those medians.
//
//   benchUnderstand() → [{ name: 'understand.intent_acc', value, engine }, …,
//                        { name: 'understand.ms_per_message_p50', value, unit: 'ms' }, …]
//
// Run on its own: npx tsx scripts/bench/understand.ts
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGold, percentile, scorePredictions, type GoldRow, type PredRow } from '../../shared/understand/evaluate';
import { understand, type Understanding, type UnderstandOptions } from '../../shared/understand/index';
import { keywordBaseline } from '../../shared/understand/keyword-baseline';
import { isMarket } from '../../shared/markets';

export const DEV_SET_PATH = fileURLToPath(new URL('../../../shared/datasets/buyer-messages.dev.jsonl', import.meta.url));

type Engine = (text: string, opts?: UnderstandOptions) => Understanding;

function predict(engine: Engine, rows: readonly GoldRow[]): { preds: PredRow[]; ms: number[] } {
  const preds: PredRow[] = [];
  const ms: number[] = [];
  for (const r of rows) {
    const opts = r.market && isMarket(r.market) ? { market: r.market } : {};
    const t0 = performance.now();
    const u = engine(r.text, opts);
    ms.push(performance.now() - t0);
    preds.push({ id: r.id, language: u.language, intent: u.intent, escalate: u.escalate, sentiment: u.sentiment, order_id: u.orderId });
  }
  return { preds, ms };
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
const TIMING_PASSES = 5;

// Per-message median time over several passes.
function timeEngine(engine: Engine, rows: readonly GoldRow[]): number[] {
  const samples: number[][] = rows.map(() => []);
  for (let pass = 0; pass < TIMING_PASSES; pass++) {
    const { ms } = predict(engine, rows);
    ms.forEach((t, i) => samples[i]?.push(t));
  }
  return samples.map((xs) => percentile([...xs].sort((a, b) => a - b), 50));
}

export async function benchUnderstand(): Promise<Array<Record<string, unknown>>> {
  if (!existsSync(DEV_SET_PATH)) return [{ name: 'understand', skipped: 'dataset not found' }];
  const rows = parseGold(readFileSync(DEV_SET_PATH, 'utf8'));
  const out: Array<Record<string, unknown>> = [];
  const engines: Array<[string, Engine]> = [
    ['builtin', understand],
    ['keyword-baseline', keywordBaseline],
  ];
  let timing: number[] = [];
  for (const [name, engine] of engines) {
    predict(engine, rows); // warm-up: JIT, lazy model unpacking
    const { preds } = predict(engine, rows);
    const s = scorePredictions(rows, preds);
    out.push(
      { name: 'understand.intent_acc', value: round(s.intentAcc), engine: name },
      { name: 'understand.lang_acc', value: round(s.langAcc), engine: name },
      { name: 'understand.escalate_f1', value: round(s.escalateF1), engine: name },
      { name: 'understand.order_id_acc', value: round(s.orderIdAcc), engine: name },
    );
    if (name === 'builtin') timing = timeEngine(engine, rows);
  }
  const sorted = [...timing].sort((a, b) => a - b);
  out.push(
    { name: 'understand.ms_per_message_p50', value: round(percentile(sorted, 50)), unit: 'ms' },
    { name: 'understand.ms_per_message_p99', value: round(percentile(sorted, 99)), unit: 'ms' },
  );
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchUnderstand().then(
    (records) => {
      for (const r of records) process.stdout.write(JSON.stringify(r) + '\n');
    },
    (e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exitCode = 1;
    },
  );
}
