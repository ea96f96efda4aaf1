// Language identification: character scripts first (Thai, CJK, Vietnamese-only letters), then for the
// Latin-script languages a naive Bayes model over words and character trigrams, sharpened by a small
// list of distinctive function words (the words that separate Indonesian from Malay, Tagalog from
// English, unaccented Vietnamese from the rest) and nudged by the market. The market is only a prior: it
// breaks close calls and never beats clear evidence.
import { MARKET_INFO, type Language, type Market } from '../markets';
import { LATIN_LANGS, score, softmax, unpack, type NaiveBayes } from './model-format';
import { LANGUAGE_MODEL } from './model';
import { countScripts, languageFeatures, type ScriptCounts } from './normalize';

export interface LanguageGuess {
  language: Language;
  mixed: boolean;
  confidence: number;
}

type LatinLang = (typeof LATIN_LANGS)[number];

// Distinctive words (folded). Weight is added per occurrence (capped per word).
const MARKERS: Record<LatinLang, Record<string, number>> = {
  en: wordsToWeights('very:0.6 also:0.5 never:0.6 answer:0.8 ask:0.5 always:0.8 again:0.6 because:1 about:0.8 only:0.5 other:0.6 same:0.6 good:0.8 night:1 morning:1 afternoon:1 evening:1 bad:0.6 properly:1 reply:0.4 hi:1.2 hey:1.5 hello:0.8 bye:1.5 the:1.2 my:0.8 is:0.8 and:0.8 to:0.6 i:0.8 you:0.8 it:0.8 please:0.8 of:0.8 what:0.8 when:0.8 where:1 how:0.6 this:0.8 that:0.8 with:0.8 have:0.8 not:0.5 but:0.5 will:0.8 was:0.8 would:1 could:1 received:1 thanks:1.5 thank:1.5 thx:1 ty:0.8 noted:1 okay:0.6 still:0.6 yet:0.8 can:0.3 does:1 did:0.8 are:0.8 want:0.6 need:0.6 get:0.6 got:0.5 be:0.6 your:0.8 me:0.5 ordered:0.8 which:1 there:0.8 from:0.8 any:0.6 just:0.6 they:0.8 been:1 it\'s:1 its:0.5 hasnt:1 havent:1 dont:1 cant:0.8 wont:1 didnt:1 doesnt:1 im:0.8 ive:1 days:0.5 week:0.5 too:0.4 really:0.8 should:1'),
  id: wordsToWeights('gak:2 nggak:2 ngga:2 ga:1.2 gk:1.5 udah:2 udh:2 gimana:2 gmn:1.5 kapan:2 kpn:1.5 dong:2 sih:2 kak:1.2 min:0.8 gan:1.5 aja:2 banget:2 bgt:2 kok:1.5 nih:1.5 deh:2 mau:1.2 bisa:1.2 bs:0.8 pesanan:1.5 paket:1 dikirim:1 ongkir:2 aku:1 kamu:1.5 sampe:1.2 nyampe:2 dateng:2 beneran:2 pake:1.5 dipake:1.5 mohon:1 terus:0.8 sama:0.8 belum:0.3 tidak:0.2 kalo:0.4 apa:0.2 yg:0.3 nya:0.8 ya:0.3 kenapa:0.3 emang:2 gitu:2 gini:2 kayak:2 kayaknya:2 lagi:0.2 ini:0.4 itu:0.4 dengan:0.2 tolong:0.2 saja:0.8 silakan:1.5 kak,:1 cuma:1.5 doang:2 ngga:2 engga:2 enggak:2 barangnya:0.6 dikemas:1.5 resi:1.5 ukuran:1 bayar:0.6 minggu:0.5 kemarin:1.5 kemaren:2 hp:0.5 nomor:1 pengiriman:1.2 harusnya:1.5 pindah:0.4 dapet:1.5 pesen:1.5 diganti:1 diubah:1 bales:1.5 dibales:2 lho:2 loh:2 yah:0.8 banyak:0.3 makasih:1.2 terima:0.2 kasih:0.2'),
  ms: wordsToWeights('tak:2 nak:2 boleh:1.2 blh:1.2 dah:1.5 je:2 jer:2 kat:2 ni:1 tu:0.8 sangat:1 sgt:1 lepas:1.5 semalam:1.2 macam:1.5 camne:2 mcm:1.5 bila:1 pos:0.8 saiz:2 baucer:2 sebab:1 awak:2 korang:2 betul:1.2 takde:2 tiada:1.2 pun:0.5 encik:2 ke:1.2 apsal:2 asal:0.5 penghantaran:2 pulangkan:2 duit:1.5 wang:1.2 kedai:2 pejabat:2 telefon:1.5 nombor:2 ansuran:2 mahu:1.5 guna:0.8 hantar:1.5 ye:1 x:0.8 lagi:0.2 sikit:1.5 cepat:0.6 kenapa:0.2 beli:0.2 dapat:0.4 berapa:0.2 ada:0.1 ok:0 la:0.4 lah:0.4 tolong:0.2 sampai:0.2 sudah:0.2 tapi:0.2 tp:0.3 minggu:0.3 seminggu:0.8 barang:0.4 brg:0.8 kena:1.2 siapa:0.2 kalau:0.6 mana:0.2 kot:1.5 jugak:2 gak:0 pastu:2 ape:1.5 nape:2 kenape:2 rosak:2 tukar:1.2 percuma:2 diskaun:2 bayaran:1.2 kasut:2 seluar:2 tudung:1.5 beg:1.5 terima:0.2 kasih:0.2 tq:1'),
  tl: wordsToWeights('po:1.8 opo:2 yung:2 ung:1.2 naman:2 nmn:1.5 ba:1.2 ng:1.5 mga:2 lang:1.5 kasi:2 pwede:2 pede:1.5 puwede:2 paano:2 pano:1.5 kailan:2 kelan:1.5 bakit:2 bat:0.6 wala:1.5 walang:2 hindi:1.5 ako:1.5 ko:0.8 niyo:2 nyo:1.5 sa:0.6 ang:1.2 na:0.6 pa:0.6 salamat:2 sana:1 talaga:2 yun:1 dito:1.5 ito:1 siya:1.5 sya:1.2 namin:2 natin:2 kayo:2 ninyo:2 nasaan:2 saan:1.5 ilang:1.5 araw:1.5 magkano:2 meron:1.5 may:0.3 gusto:1.5 ayaw:1.5 ayoko:2 nang:1.5 din:0.8 rin:0.8 lahat:1.5 kung:1.5 pero:0.4 kaso:1.5 diba:2 eh:0.5 grabe:0.8 sobrang:1.5 yung:2'),
  es: wordsToWeights('que:1.2 el:1.2 la:0.8 de:0.8 mi:1.2 por:1.2 es:0.8 y:0.6 me:0.8 lo:1.2 un:0.8 una:1.2 pedido:2 gracias:2 hola:2 cuando:1.5 como:1.2 para:1 tengo:2 puedo:2 quiero:2 envio:2 talla:1.2 esta:0.8 pero:1.5 favor:2 llega:2 hace:1.5 dias:1.2 los:1.2 las:1.2 del:1.2 con:0.8 se:0.8 ya:0.2 muy:1.5 necesito:2 tienen:2 pueden:2 donde:1.5 cuanto:1.5 cuantos:1.5 nada:1.5 todavia:2 aun:1 paquete:1.5 compre:1.5 mande:1.5 mandaron:2 llego:2 cambiar:1.5 devolucion:2 porfa:2 bueno:1.5 buenas:1.5 semana:1.5 tambien:2 soy:2 estoy:2'),
  vi: wordsToWeights('oi:1.5 minh:2 mk:1.5 em:0.8 khong:2 ko:1 k:0.5 hok:1.5 hong:0.8 duoc:2 dc:1.5 nha:2 nhe:2 nhé:2 vay:2 sao:1 chua:2 roi:2 r:0.4 don:1 hang:1.5 giao:2 cho:0.8 xin:1.2 gi:1.5 j:0.4 nua:2 di:0.4 bao:1 gio:1.5 nao:1.5 mau:0.6 ma:0.6 voi:1.5 giup:2 qua:0.8 la:0.4 co:0.8 cai:1.5 nay:1.5 dung:0.8 tra:0.8 loi:0.8 nguoi:2 toi:0.8 thi:1.5 ne:1.2 luon:2 ak:1.2 nhieu:2 ship:0.2 shop:0.3 a:0.3 thanh:1 toan:1 tien:1.5 nhan:1.5 ngay:1.5 hom:1.5 dat:1 huy:1.5 doi:1 mua:1 san:0.4 pham:1.5 ban:0.4 anh:0.6 chi:0.4 oke:0.4 thoi:1.5 lam:1 sai:1 mot:1.5 hai:0.5 cua:2 dau:1 ve:0.6 tu:0.5 den:0.6 khi:1.2 nhung:1.5 dang:0.8 se:0.5 da:0.4 bi:1 rat:1.5 lai:0.8 them:1.5 nhanh:2 vui:1.5 long:0.4 size:0'),
};

function wordsToWeights(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of spec.split(' ')) {
    const i = pair.lastIndexOf(':');
    if (i > 0) out[pair.slice(0, i)] = Number(pair.slice(i + 1));
  }
  return out;
}

// English words that, in another language's message, show code-switching (loanwords that buyers in SEA
// use as plain vocabulary — order, shop, voucher, cancel, size… — are deliberately absent).
const ENGLISH_SWITCH = new Set(
  'the my is and to i you it please of what when where how this that with have not but will was would could need want before after already really very so because if can get got still yet just only also too any some one more about from for your me we they them their be been are am do does did dont cant wont isnt its im ive weekend friday monday today tomorrow week weeks days last next anymore instead update check thank thanks gift skin oily dry sensitive acne prone real person something wrong colour color black white pink blue red green fit small big sure available restock eligible changed mind reimbursement office item'.split(' '),
);
// Non-English particles and function words that make an English-dominant message code-switched.
const SEA_SWITCH = new Set(
  'lah leh lor meh sia liao hor nia bah wor tak nak boleh dah je kat ni tu sangat cepat tolong saya sy bila sampai barang nya kak po naman ba yung ko na pa sana lang kasi pwede dong sih gak nggak udah aja banget deh nih kok ya'.split(' '),
);

const UNIT_CODES = new Set(['ok', 'cm', 'mm', 'kg', 'ml', 'xl', 'xxl', 'pcs', 'pc', 'cod', 'rm', 'sgd', 'usd', 'thb', 'vnd', 'ph']);

let langNb: NaiveBayes | undefined;
function model(): NaiveBayes {
  return (langNb ??= unpack(LANGUAGE_MODEL));
}

export function detectLanguage(cleaned: string, folded: string, market?: Market, counts: ScriptCounts = countScripts(cleaned)): LanguageGuess {
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
      const m = MARKERS[l][w];
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
    for (const w of words) if (SEA_SWITCH.has(w)) sea++;
    mixed = sea >= 1 && words.length >= 3 && (sea >= 2 || /\b(?:lah|leh|lor|meh|liao|tak|nak|boleh|dah|tolong|po|naman|dong|sih|gak|udah|banget)\b/.test(folded));
    if (counts.han + counts.thai > 0) mixed = true;
  } else {
    mixed = englishWords(folded) >= 2;
  }
  return { language, mixed, confidence: clamp(confidence) };
}

function englishWords(folded: string): number {
  let n = 0;
  for (const w of folded.match(/[a-z]+/g) ?? []) if (ENGLISH_SWITCH.has(w)) n++;
  return n;
}

function bump(scores: number[], lang: LatinLang, by: number): void {
  const i = LATIN_LANGS.indexOf(lang);
  if (i >= 0) scores[i] = (scores[i] ?? 0) + by;
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Math.round(x * 1000) / 1000;
}
