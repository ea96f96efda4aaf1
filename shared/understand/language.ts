// Language identification: character scripts first (Thai, CJK, Vietnamese-only letters), then for the
// Latin-script languages a naive Bayes model over words and character trigrams, sharpened by a small
// list of distinctive function words (the words that separate Indonesian from Malay, Tagalog from
// English, unaccented Vietnamese from the rest) and nudged by the market. The market is only a prior: it
// breaks close calls and never beats clear evidence.
//
// Data-free: the model and the word lists (language-words.ts) come in through createLanguageDetector.
import { MARKET_INFO, type Language, type Market } from '../markets';
import type { LanguageWords, LatinLang } from './data-format';
import { LATIN_LANGS, score, softmax, unpack, type NaiveBayes, type PackedModel } from './model-format';
import { countScripts, languageFeatures, type ScriptCounts } from './normalize';

export interface LanguageGuess {
  language: Language;
  mixed: boolean;
  confidence: number;
}

function wordsToWeights(spec: string): Record<string, number> {
  // no prototype: a buyer's "constructor" or "toString" must not find Object's methods
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const pair of spec.split(' ')) {
    const i = pair.lastIndexOf(':');
    if (i > 0) out[pair.slice(0, i)] = Number(pair.slice(i + 1));
  }
  return out;
}

const UNIT_CODES = new Set(['ok', 'cm', 'mm', 'kg', 'ml', 'xl', 'xxl', 'pcs', 'pc', 'cod', 'rm', 'sgd', 'usd', 'thb', 'vnd', 'ph']);

export type DetectLanguage = (cleaned: string, folded: string, market?: Market, counts?: ScriptCounts) => LanguageGuess;

/** A language detector over a packed Latin-script model and the detector's word lists. The model is
 * unpacked on first use. */
export function createLanguageDetector(packed: PackedModel, lists: LanguageWords): DetectLanguage {
  const markers = Object.fromEntries(LATIN_LANGS.map((l) => [l, wordsToWeights(lists.markers[l])])) as Record<LatinLang, Record<string, number>>;
  const englishSwitch = new Set(lists.englishSwitch.split(' '));
  const seaSwitch = new Set(lists.seaSwitch.split(' '));
  let nbModel: NaiveBayes | undefined;
  const model = (): NaiveBayes => (nbModel ??= unpack(packed));
  const englishWords = (folded: string): number => {
    let n = 0;
    for (const w of folded.match(/[a-z]+/g) ?? []) if (englishSwitch.has(w)) n++;
    return n;
  };

  return function detectLanguage(cleaned: string, folded: string, market?: Market, counts: ScriptCounts = countScripts(cleaned)): LanguageGuess {
    const fallback: Language = market ? (MARKET_INFO[market]?.languages[0] ?? 'en') : 'en';
    const thaiUnits = counts.thai / 4;
    const hanUnits = (counts.han + counts.kana) / 1.6;
    const latinUnits = counts.latinWords;

    if (thaiUnits === 0 && hanUnits === 0 && latinUnits === 0) {
      return { language: fallback, mixed: false, confidence: counts.hangul + counts.other > 0 ? 0.2 : 0.1 };
    }

    // Non-Latin scripts: Latin words inside Thai/Chinese messages are mostly loanwords, so the script wins
    // unless Latin text clearly dominates.
    if (thaiUnits > 0 || hanUnits > 0) {
      const top: Language = thaiUnits >= hanUnits ? 'th' : 'zh';
      const units = Math.max(thaiUnits, hanUnits);
      if (units * 1.6 >= latinUnits || units >= 6) {
        // Latin words inside Thai/Chinese: lower-case words are code-switching ("tracking number", "restock");
        // capitalised names (Tampines, iPhone, PayNow) and unit/size codes are not.
        const switched = (cleaned.match(/(?<![A-Za-z])[a-z][a-z]+(?![A-Za-z])/g) ?? []).filter((w) => !UNIT_CODES.has(w)).length;
        const mixed = switched >= 1 || englishWords(folded) >= 2;
        const share = units / (units + latinUnits * 0.6 + 0.001);
        return { language: top, mixed: mixed || (thaiUnits > 0 && hanUnits > 0), confidence: clamp(0.6 + 0.4 * share) };
      }
    }

    const words = folded.match(/[a-z]+/g) ?? [];
    // Vietnamese diacritics are decisive.
    const viWords = (cleaned.toLowerCase().match(/[a-zà-ỹđ]*[ăâêôơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][a-zà-ỹđ]*/g) ?? []).length;
    if (viWords >= 2 && viWords >= words.length * 0.2) {
      const eng = englishWords(folded);
      return { language: 'vi', mixed: eng >= 2, confidence: clamp(0.75 + 0.05 * viWords) };
    }

    // Latin script: naive Bayes + distinctive words + market prior.
    const feats = languageFeatures(folded);
    const nb = score(model(), feats);
    const scores = new Array<number>(LATIN_LANGS.length).fill(0);
    const temp = Math.max(2, nb.known / 5);
    LATIN_LANGS.forEach((_l, i) => (scores[i] = (nb.logLik[i] ?? 0) / temp));
    const seen = new Map<string, number>();
    const marker = new Array<number>(LATIN_LANGS.length).fill(0);
    for (const w of words) {
      const n = (seen.get(w) ?? 0) + 1;
      seen.set(w, n);
      if (n > 2) continue;
      LATIN_LANGS.forEach((l, i) => {
        const m = markers[l][w];
        if (m) {
          scores[i] = (scores[i] ?? 0) + m;
          marker[i] = (marker[i] ?? 0) + m;
        }
      });
    }
    // bigram markers that single words cannot carry
    if (/\bshop oi\b|\bad oi\b/.test(folded)) bump(scores, 'vi', 3);
    if (/\b(?:boleh|blh) (?:ke|tak|x)\b|\b(?:dah|sudah) ke\b|\bsaya nak\b|\bpos laju\b/.test(folded)) {
      bump(scores, 'ms', 2);
      bump(marker, 'ms', 2);
    }
    if (/\bpo ba\b|\bna po\b|\bpa po\b/.test(folded)) bump(scores, 'tl', 2);
    if (/[¿¡ñ]/.test(cleaned)) bump(scores, 'es', 3);
    if (market) {
      const langs = MARKET_INFO[market]?.languages ?? [];
      langs.forEach((l, rank) => {
        if ((LATIN_LANGS as readonly string[]).includes(l)) bump(scores, l as LatinLang, rank === 0 ? 1.2 : 0.6);
      });
    }
    const probs = softmax(scores, 1.5);
    let best = 0;
    for (let i = 1; i < probs.length; i++) if ((probs[i] ?? 0) > (probs[best] ?? 0)) best = i;
    // Indonesian and Malay share most words: unless the distinctive words clearly point one way, the market
    // decides between them (the character model alone leans towards whichever had more training text).
    const iId = LATIN_LANGS.indexOf('id');
    const iMs = LATIN_LANGS.indexOf('ms');
    if (best === iId || best === iMs) {
      const diff = (marker[iId] ?? 0) - (marker[iMs] ?? 0);
      if (diff >= 2) best = iId;
      else if (diff <= -2) best = iMs;
      else if (market === 'MY' || market === 'SG') best = iMs;
      else if (market === 'ID') best = iId;
    }
    const language = LATIN_LANGS[best] as Language;
    let confidence = probs[best] ?? 0;
    if (words.length <= 1) confidence = Math.min(confidence, 0.5);

    let mixed = false;
    if (language === 'en') {
      let sea = 0;
      for (const w of words) if (seaSwitch.has(w)) sea++;
      mixed = sea >= 1 && words.length >= 3 && (sea >= 2 || /\b(?:lah|leh|lor|meh|liao|tak|nak|boleh|dah|tolong|po|naman|dong|sih|gak|udah|banget)\b/.test(folded));
      if (counts.han + counts.thai > 0) mixed = true;
    } else {
      mixed = englishWords(folded) >= 2;
    }
    return { language, mixed, confidence: clamp(confidence) };
  };
}

function bump(scores: number[], lang: LatinLang, by: number): void {
  const i = LATIN_LANGS.indexOf(lang);
  if (i >= 0) scores[i] = (scores[i] ?? 0) + by;
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Math.round(x * 1000) / 1000;
}
