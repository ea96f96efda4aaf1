// Turning a buyer's message into knowledge-base search terms, for every language AskChat serves.
// Words of space-separated scripts (Latin, Vietnamese) become full-text terms, minus the words that say
// nothing about the topic; Thai and Chinese, written without spaces, become overlapping character pairs,
// which match an article that contains the same pairs whatever the word boundaries are.

const STOP = new Set(
  (
    // en
    'a an the and or but if is are was were be been am i you he she it we they me my your our their this that these those to of in on at for with from by as do does did can could would should will shall may might have has had not no yes ok okay pls please thanks thank hi hello hey what which who whom when where why how there here just also too very so about any some more most much many get got want need know tell ask '
    // id / ms
    + 'dan atau yang di ke dari ini itu ada apa apakah bisa boleh tidak tak nggak gak ga ya kak kakak min sis gan saya aku sy ku kamu anda dia kita kami mereka untuk dengan pada juga sudah udah dah belum blm mau nak ingin tolong mohon terima kasih makasih tq halo hai la lah ke kah pun nya '
    // tl
    + 'ang ng sa na po opo ba ko mo ka si ni kay yung yun ito iyan iyon at o kung pero din rin lang naman pa nga ano paano pano bakit saan kailan sino hi hello salamat pwede puwede pede gusto sana i '
    // vi (without diacritics too)
    + 'la va cua co khong ko k cho toi minh em anh chi ban shop oi a nhe nha duoc được không có của và cho tôi mình em anh chị bạn ơi ạ nhé '
    // es
    + 'el la los las un una unos unas y o de del en con por para que es son esta estan hay mi mis tu su sus se me te lo le no si como cuando donde hola gracias favor'
  ).split(' '),
);

export interface QueryTerms {
  /** Lower-case words for full-text search (at most 12). */
  words: string[];
  /** Character pairs from Thai and Chinese runs (at most 30). */
  pairs: string[];
}

const SPACELESS = /[\u0E00-\u0E7F\u3400-\u9FFF\uF900-\uFAFF]+/gu;

export function queryTerms(text: string): QueryTerms {
  const capped = text.slice(0, 2000).toLowerCase();
  const pairs: string[] = [];
  for (const run of capped.match(SPACELESS) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length && pairs.length < 30; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      if (!pairs.includes(pair)) pairs.push(pair);
    }
  }
  const words: string[] = [];
  for (const word of capped.replace(SPACELESS, ' ').split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word) || words.includes(word)) continue;
    words.push(word);
    if (words.length === 12) break;
  }
  return { words, pairs };
}

/** How many terms must match for an article to count as an answer, not a coincidence. */
export function requiredMatches(terms: QueryTerms): { words: number; pairs: number } {
  return { words: Math.min(2, terms.words.length), pairs: Math.max(2, Math.ceil(terms.pairs.length * 0.4)) };
}
