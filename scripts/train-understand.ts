// Trains the two small naive Bayes models the understanding engine bundles and writes them to
// shared/understand/model.ts. Regenerate with:
//
//   npx tsx scripts/train-understand.ts          (add --stats to print corpus statistics)
//
// The training text is the template corpus in shared/understand/training/ (written by hand for this
// purpose, independent of the labelled dev set). Each template is expanded into several sentences with a
// fixed-seed random generator, slots are filled, and buyer-style noise is added (abbreviations, dropped
// diacritics, lower case, emoji), so the output is deterministic: running the script twice writes the same
// file.
//
//   intent model:   12 classes, features from normalize.intentFeatures (words + bigrams, Han unigrams +
//                   bigrams, Thai character bigrams + trigrams), all languages together.
//   language model: the six Latin-script languages (en, id, ms, tl, es, vi without diacritics), features
//                   from normalize.languageFeatures (words + padded character trigrams).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTENTS, type Intent } from '../shared/intents';
import type { Language } from '../shared/markets';
import { clean, fold, intentFeatures, languageFeatures } from '../shared/understand/normalize';
import { EN } from '../shared/understand/training/en';
import { ES } from '../shared/understand/training/es';
import { EXTRA } from '../shared/understand/training/extra';
import { ID } from '../shared/understand/training/id';
import { MIXED } from '../shared/understand/training/mixed';
import { MS } from '../shared/understand/training/ms';
import { TH } from '../shared/understand/training/th';
import { TL } from '../shared/understand/training/tl';
import type { LanguageCorpus } from '../shared/understand/training/types';
import { VI } from '../shared/understand/training/vi';
import { ZH } from '../shared/understand/training/zh';
import { dequantise, LATIN_LANGS } from '../shared/understand/model-format';

const CORPORA: LanguageCorpus[] = [EN, ID, MS, TL, VI, TH, ZH, ES];
const SAMPLES_PER_TEMPLATE = 7;
const MIN_FEATURE_COUNT_INTENT = 2;
const MIN_FEATURE_COUNT_LANG = 3;
// Feature selection keeps the bundled model small: the most class-informative features by G-statistic.
const MAX_FEATURES_INTENT = 800;
const MAX_FEATURES_LANG = 300;

// mulberry32: small deterministic PRNG
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20250611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function orderId(): string {
  let s = '57';
  for (let i = 0; i < 16; i++) s += String(Math.floor(rand() * 10));
  return pick([s, s, '#' + s, s.replace(/(\d{6})(?=\d)/g, '$1 ')]);
}

function phone(lang: Language): string {
  const d = () => String(Math.floor(rand() * 10));
  const n = (k: number) => Array.from({ length: k }, d).join('');
  switch (lang) {
    case 'id': return `08${n(2)}-${n(4)}-${n(4)}`;
    case 'ms': return `01${n(1)}-${n(3)} ${n(4)}`;
    case 'tl': return `09${n(2)} ${n(3)} ${n(4)}`;
    case 'vi': return `09${n(2)} ${n(3)} ${n(3)}`;
    case 'th': return `08${n(1)}-${n(3)}-${n(4)}`;
    case 'zh': return `${pick(['8', '9'])}${n(3)} ${n(4)}`;
    default: return `(${n(3)}) ${n(3)}-${n(4)}`;
  }
}

function expand(template: string, corpus: LanguageCorpus): string {
  let s = template.replace(/\{([^{}]*)\}/g, (_m, alts: string) => pick(alts.split('|')));
  s = s.replace(/\$(CITY|PHONE|ID|P|C|S|N)/g, (_m, slot: string) => {
    switch (slot) {
      case 'P': return pick(corpus.slots.P);
      case 'C': return pick(corpus.slots.C);
      case 'S': return pick(corpus.slots.S);
      case 'CITY': return pick(corpus.slots.CITY);
      case 'PHONE': return phone(corpus.language);
      case 'ID': return orderId();
      default: return String(2 + Math.floor(rand() * 8));
    }
  });
  return s.replace(/\s+/g, ' ').replace(/\s+([,?!.])/g, '$1').trim();
}

const EMOJI = ['🙏', '😭', '😡', '😍', '😅', '🥲', '😤', '❤️', '👍', '😊', '🥺'];

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[¿¡]/g, '');
}

function noisy(text: string, corpus: LanguageCorpus): string {
  let s = text;
  if (corpus.abbreviations && rand() < 0.4) {
    for (const [from, to] of corpus.abbreviations) {
      if (rand() < 0.5) s = s.replace(new RegExp(`(^|[^\\p{L}])${from}(?=$|[^\\p{L}])`, 'giu'), `$1${to}`);
    }
  }
  if ((corpus.language === 'vi' && rand() < 0.4) || (corpus.language === 'es' && rand() < 0.4)) s = stripAccents(s);
  if (rand() < 0.35) s = s.toLowerCase();
  if (rand() < 0.25) s = s.replace(/[?.!]+$/, '');
  if (rand() < 0.15) s = s + ' ' + pick(EMOJI);
  return s;
}

interface Sample { text: string; language: Language; intent: Intent }

function buildSamples(): Sample[] {
  const out: Sample[] = [];
  const seen = new Set<string>();
  const add = (text: string, language: Language, intent: Intent) => {
    const key = language + '|' + intent + '|' + text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, language, intent });
  };
  for (const corpus of CORPORA) {
    for (const intent of INTENTS) {
      for (const template of corpus.templates[intent]) {
        for (let i = 0; i < SAMPLES_PER_TEMPLATE; i++) add(noisy(expand(template, corpus), corpus), corpus.language, intent);
      }
    }
  }
  const byLang = new Map(CORPORA.map((c) => [c.language, c] as const));
  for (const [language, intent, template] of MIXED) {
    const corpus = byLang.get(language) ?? EN;
    for (let i = 0; i < SAMPLES_PER_TEMPLATE; i++) add(noisy(expand(template, corpus), corpus), language, intent);
  }
  // literal sentences: the sentence itself plus two noisy copies
  for (const [language, intent, text] of EXTRA) {
    const corpus = byLang.get(language) ?? EN;
    add(text, language, intent);
    for (let i = 0; i < 2; i++) add(noisy(text, corpus), language, intent);
  }
  return out;
}

// Counts per feature and class, then a compact text encoding:
//   one line per feature: `feature\t` then, per class that saw it, two base-36 characters: the class
//   index and the count quantised on a log scale (level = round(2·log2(count)) + 1, at most 35).
function encode(counts: Map<string, number[]>, minCount: number, maxFeatures: number): { data: string; totals: number[]; kept: number } {
  const k = counts.values().next().value?.length ?? 0;
  // class shares of all feature occurrences, for the G-statistic (how far a feature is from uniform)
  const grand = new Array<number>(k).fill(0);
  for (const row of counts.values()) row.forEach((n, c) => (grand[c] = (grand[c] ?? 0) + n));
  const all = grand.reduce((a, b) => a + b, 0);
  const gstat = (row: number[]): number => {
    const sum = row.reduce((a, b) => a + b, 0);
    let g = 0;
    row.forEach((n, c) => {
      if (n > 0) g += n * Math.log(n / (sum * ((grand[c] ?? 1) / all)));
    });
    return g;
  };
  const ranked = [...counts.entries()]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= minCount)
    .map(([f, row]) => ({ f, g: gstat(row) }))
    .sort((a, b) => b.g - a.g || (a.f < b.f ? -1 : 1))
    .slice(0, maxFeatures);
  const keep = new Set(ranked.map((x) => x.f));
  const totals = new Array<number>(k).fill(0);
  const lines: string[] = [];
  const keys = [...keep].sort();
  for (const f of keys) {
    const row = counts.get(f) as number[];
    const cells: string[] = [];
    row.forEach((n, c) => {
      if (n > 0) {
        const level = Math.min(35, Math.round(2 * Math.log2(n)) + 1);
        totals[c] = (totals[c] ?? 0) + dequantise(level);
        cells.push(c.toString(36) + level.toString(36));
      }
    });
    lines.push(f + '\t' + cells.join(''));
  }
  return { data: lines.join('\n'), totals, kept: lines.length };
}

function main(): void {
  const stats = process.argv.includes('--stats');
  const samples = buildSamples();

  const intentCounts = new Map<string, number[]>();
  const langCounts = new Map<string, number[]>();
  const perIntent = new Array<number>(INTENTS.length).fill(0);
  const perLang = new Array<number>(LATIN_LANGS.length).fill(0);

  for (const s of samples) {
    const folded = fold(clean(s.text));
    const ci = INTENTS.indexOf(s.intent);
    perIntent[ci] = (perIntent[ci] ?? 0) + 1;
    for (const f of new Set(intentFeatures(folded))) {
      let row = intentCounts.get(f);
      if (!row) intentCounts.set(f, (row = new Array<number>(INTENTS.length).fill(0)));
      row[ci] = (row[ci] ?? 0) + 1;
    }
    const li = (LATIN_LANGS as readonly string[]).indexOf(s.language);
    if (li >= 0) {
      perLang[li] = (perLang[li] ?? 0) + 1;
      for (const f of languageFeatures(folded)) {
        let row = langCounts.get(f);
        if (!row) langCounts.set(f, (row = new Array<number>(LATIN_LANGS.length).fill(0)));
        row[li] = (row[li] ?? 0) + 1;
      }
    }
  }

  const intent = encode(intentCounts, MIN_FEATURE_COUNT_INTENT, MAX_FEATURES_INTENT);
  const lang = encode(langCounts, MIN_FEATURE_COUNT_LANG, MAX_FEATURES_LANG);

  const file = `// GENERATED by scripts/train-understand.ts — do not edit. Regenerate: npx tsx scripts/train-understand.ts
// Trained on ${samples.length} sentences expanded from the hand-written templates in shared/understand/training/.
// Intent model: ${intent.kept} features; language model (Latin script): ${lang.kept} features.
import type { PackedModel } from './model-format';

export const INTENT_MODEL: PackedModel = {
  classes: ${JSON.stringify(INTENTS)},
  docs: ${JSON.stringify(perIntent)},
  totals: ${JSON.stringify(intent.totals)},
  data: ${JSON.stringify(intent.data)},
};

export const LANGUAGE_MODEL: PackedModel = {
  classes: ${JSON.stringify(LATIN_LANGS)},
  docs: ${JSON.stringify(perLang)},
  totals: ${JSON.stringify(lang.totals)},
  data: ${JSON.stringify(lang.data)},
};
`;
  const out = fileURLToPath(new URL('../shared/understand/model.ts', import.meta.url));
  writeFileSync(out, file);
  process.stderr.write(`wrote ${out}: ${samples.length} sentences, intent features ${intent.kept}, language features ${lang.kept}, ${file.length} bytes\n`);
  if (stats) {
    process.stderr.write('per intent: ' + INTENTS.map((c, i) => `${c}=${perIntent[i]}`).join(' ') + '\n');
    process.stderr.write('per latin language: ' + LATIN_LANGS.map((c, i) => `${c}=${perLang[i]}`).join(' ') + '\n');
    for (let i = 0; i < 12; i++) process.stderr.write('  e.g. ' + (samples[Math.floor(rand() * samples.length)]?.text ?? '') + '\n');
  }
}

main();
