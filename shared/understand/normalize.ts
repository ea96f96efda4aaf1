// Text clean-up shared by the engine, the keyword baseline and the training script. Pure string code.
//
// clean():  what a human would read — HTML removed, control characters and broken surrogates dropped,
//           full-width ASCII folded, capped at MAX_CHARS. Order ids are looked for in this text.
// fold():   what the matchers read — lower case, accents stripped (Vietnamese and Spanish cues are written
//           without diacritics so buyers who skip them still match), traditional Chinese folded to
//           simplified for the common characters, letters repeated 3+ times collapsed ("pleaseee").

export const MAX_CHARS = 2000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function clean(input: unknown): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  // Bound every later regex: look at a little more than we keep, since tags are removed first.
  let s = input.length > MAX_CHARS * 2 ? input.slice(0, MAX_CHARS * 2) : input;
  if (s.includes('<')) {
    s = s
      .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<\/?[a-z!][^<>]{0,300}>/gi, ' ');
  }
  if (s.includes('&')) {
    s = s.replace(/&(#\d{2,5}|#x[0-9a-f]{2,4}|[a-z]{2,5}|#39);/gi, (m, e: string) => {
      const low = e.toLowerCase();
      if (ENTITIES[low] !== undefined) return ENTITIES[low];
      if (low.startsWith('#x')) return safeChar(parseInt(low.slice(2), 16)) ?? m;
      if (low.startsWith('#')) return safeChar(parseInt(low.slice(1), 10)) ?? m;
      return m;
    });
  }
  s = s
    // lone surrogates (binary garbage decoded as UTF-16) and control characters
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFEFF\u200B-\u200D\u2060]/g, ' ')
    // full-width ASCII and ideographic space (Chinese IMEs), then canonical composition (Vietnamese)
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
  s = s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return s.length > MAX_CHARS ? s.slice(0, MAX_CHARS) : s;
}

function safeChar(code: number): string | undefined {
  if (!Number.isFinite(code) || code < 32 || code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCharCode(code);
}

// Traditional → simplified for the characters buyers use most in shop chats.
const T2S_FROM =
  '這訂單貨號碼發嗎們沒給運費買賣來還會裝熱湯溫時間個聯繫處壞錯顏與紅綠藍黃轉話說讓謝幫開關題價優劵貼過點機線實際隻幾應該無興賬帳戶銀兩筆對區縣郵遞達簽電寫麻煩務態評訴騙負責飛貴變舊屬質鍋體膚適閱讀損縮純長顯動靜網頁圖請問錢換麼樣見條褲鞋襪裡後從讀為則標準碎漏購場頭櫃層護乾淨擦厚薄輕張員闆闆絡拿種給補庫們們嗎個現寶鑽鏡錶錄雙盤邊卻傳遞儲結帶帳號寄収尋範壓髒臟髮齊週選項額據歸綁餘額還擔憂緊急氣憤慢滿減領讚禮團'
const T2S_TO =
  '这订单货号码发吗们没给运费买卖来还会装热汤温时间个联系处坏错颜与红绿蓝黄转话说让谢帮开关题价优券贴过点机线实际只几应该无兴账账户银两笔对区县邮递达签电写麻烦务态评诉骗负责飞贵变旧属质锅体肤适阅读损缩纯长显动静网页图请问钱换么样见条裤鞋袜里后从读为则标准碎漏购场头柜层护干净擦厚薄轻张员板板络拿种给补库们们吗个现宝钻镜表录双盘边却传递储结带账号寄收寻范压脏脏发齐周选项额据归绑余额还担忧紧急气愤慢满减领赞礼团'
let t2s: Map<string, string> | undefined;
function toSimplified(s: string): string {
  if (!/[\u4e00-\u9fff]/.test(s)) return s;
  if (!t2s) {
    t2s = new Map();
    const from = [...T2S_FROM];
    const to = [...T2S_TO];
    for (let i = 0; i < from.length && i < to.length; i++) {
      const f = from[i];
      const t = to[i];
      if (f !== undefined && t !== undefined && f !== t) t2s.set(f, t);
    }
  }
  const map = t2s;
  return s.replace(/[\u4e00-\u9fff]/g, (c) => map.get(c) ?? c);
}

export function fold(cleaned: string): string {
  let s = cleaned.toLowerCase();
  // accents: decompose and drop combining marks (Thai vowels are not in this range)
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/ð/g, 'd').normalize('NFC');
  s = s.replace(/[’‘`´]/g, "'").replace(/([a-z])'(?=[a-z])/g, '$1');
  // collapse letters repeated 3+ times inside a word ("pleaseee", "sooo"), but keep whole-run tokens
  // such as "www" and "bbb"
  s = s.replace(/([a-z])\1{2,}/g, (run, ch: string, at: number, all: string) =>
    /[a-z]/.test(all.charAt(at - 1)) || /[a-z]/.test(all.charAt(at + run.length)) ? ch : run,
  );
  s = s.replace(/([\u0e01-\u0e2e])\1{2,}/g, '$1');
  s = s.replace(/[“”„«»]/g, '"').replace(/[！]/g, '!').replace(/[？]/g, '?');
  return toSimplified(s);
}

// Script census, used by language detection, the baseline and the bad-input checks.
export interface ScriptCounts {
  thai: number;
  han: number;
  kana: number;
  hangul: number;
  latin: number; // Latin letters
  viOnly: number; // letters that only Vietnamese uses (ơ ư ă đ and stacked tone marks)
  digits: number;
  emoji: number;
  other: number; // other letters (Cyrillic, Arabic, …)
  latinWords: number;
}

const VI_ONLY = /[ăâêôơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;

export function countScripts(s: string): ScriptCounts {
  const c: ScriptCounts = { thai: 0, han: 0, kana: 0, hangul: 0, latin: 0, viOnly: 0, digits: 0, emoji: 0, other: 0, latinWords: 0 };
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0e00 && cp <= 0x0e7f) c.thai++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) c.han++;
    else if (cp >= 0x3040 && cp <= 0x30ff) c.kana++;
    else if (cp >= 0xac00 && cp <= 0xd7af) c.hangul++;
    else if (cp >= 0x30 && cp <= 0x39) c.digits++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) {
      c.latin++;
      if (VI_ONLY.test(ch.toLowerCase())) c.viOnly++;
    } else if (cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2764) c.emoji++;
    else if (/\p{L}/u.test(ch)) c.other++;
  }
  const words = s.match(/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]{2,}/g);
  c.latinWords = words ? words.length : 0;
  return c;
}

// Features for the naive Bayes models. Latin words (digits and reduplication marks stripped) and their
// bigrams; single Han characters and Han bigrams; Thai character bigrams and trigrams.
export function intentFeatures(folded: string): string[] {
  const out: string[] = [];
  const parts = folded.match(/[a-z\u00c0-\u024f]+[0-9]*|[\u4e00-\u9fff]+|[\u0e01-\u0e4e]+/g);
  if (!parts) return out;
  let prev = '';
  for (const raw of parts) {
    const c0 = raw.charCodeAt(0);
    if (c0 >= 0x4e00 && c0 <= 0x9fff) {
      prev = '';
      for (let i = 0; i < raw.length; i++) {
        out.push(raw[i] as string);
        if (i + 1 < raw.length) out.push(raw.slice(i, i + 2));
      }
    } else if (c0 >= 0x0e01 && c0 <= 0x0e4e) {
      prev = '';
      for (let i = 0; i + 1 < raw.length; i++) {
        out.push(raw.slice(i, i + 2));
        if (i + 2 < raw.length) out.push(raw.slice(i, i + 3));
      }
    } else {
      const w = raw.replace(/[0-9]+$/, '');
      if (w.length === 0) continue;
      out.push(w);
      if (prev) out.push(prev + '_' + w);
      prev = w;
    }
  }
  return out;
}

// Latin-script language features: words and padded character trigrams.
export function languageFeatures(folded: string): string[] {
  const out: string[] = [];
  const words = folded.match(/[a-z]+/g);
  if (!words) return out;
  for (const w of words) {
    out.push('w' + w);
    const p = ' ' + w + ' ';
    for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  }
  return out;
}
