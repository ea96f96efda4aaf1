// The packed naive Bayes format written by scripts/train-understand.ts and read by the engine.
//
// `data` holds one line per feature: `feature\t` followed by two base-36 characters per class that saw
// the feature — the class index and its count quantised on a log scale (see dequantise). Unpacked lazily
// on first use into log-probabilities (add-α smoothing).

export const LATIN_LANGS = ['en', 'id', 'ms', 'tl', 'es', 'vi'] as const;

export interface PackedModel {
  classes: readonly string[];
  docs: number[]; // training sentences per class
  totals: number[]; // feature occurrences per class (after pruning)
  data: string;
}

export interface NaiveBayes {
  classes: readonly string[];
  logProb: Map<string, Float64Array>;
  unseen: Float64Array; // log-probability of a feature the class never saw
}

const ALPHA = 0.5;

// count ≈ 2^((level − 1) / 2): 1→1, 3→2, 5→4, 7→8, … (the training script writes the level)
export function dequantise(level: number): number {
  return Math.round(Math.pow(2, (level - 1) / 2) * 10) / 10;
}

export function unpack(model: PackedModel): NaiveBayes {
  const k = model.classes.length;
  const lines = model.data.split('\n');
  const vocab = lines.length;
  const denom = model.totals.map((t) => Math.log(t + ALPHA * vocab));
  const unseen = new Float64Array(k);
  for (let c = 0; c < k; c++) unseen[c] = Math.log(ALPHA) - (denom[c] ?? 0);
  const logProb = new Map<string, Float64Array>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const row = Float64Array.from(unseen);
    for (let i = tab + 1; i + 1 < line.length; i += 2) {
      const c = parseInt(line.charAt(i), 36);
      const n = dequantise(parseInt(line.charAt(i + 1), 36));
      if (c >= 0 && c < k) row[c] = Math.log(n + ALPHA) - (denom[c] ?? 0);
    }
    logProb.set(line.slice(0, tab), row);
  }
  return { classes: model.classes, logProb, unseen };
}

// Sum of log-likelihoods over the features the model knows; `known` counts them.
export function score(nb: NaiveBayes, features: readonly string[]): { logLik: Float64Array; known: number } {
  const logLik = new Float64Array(nb.classes.length);
  let known = 0;
  for (const f of features) {
    const row = nb.logProb.get(f);
    if (!row) continue;
    known++;
    for (let c = 0; c < row.length; c++) logLik[c] = (logLik[c] ?? 0) + (row[c] ?? 0);
  }
  return { logLik, known };
}

// Softmax with a temperature; naive Bayes is overconfident on correlated features.
export function softmax(xs: Float64Array | number[], temperature = 1): number[] {
  let max = -Infinity;
  for (const x of xs) if (x > max) max = x;
  const e = Array.from(xs, (x) => Math.exp((x - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
