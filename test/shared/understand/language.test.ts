import { describe, expect, it } from 'vitest';
import type { Language, Market } from '../../../shared/markets';
import { understand } from '../../../shared/understand/index';

interface LangCase {
  text: string;
  market?: Market;
  language: Language;
  mixed?: boolean;
}

const CASES: LangCase[] = [
  // one per language, with the market
  { text: 'Could you let me know when my parcel will be dispatched?', market: 'GB', language: 'en' },
  { text: 'Kak, pesananku udah dikirim belum ya? Makasih', market: 'ID', language: 'id' },
  { text: 'Boleh tak saya tukar saiz? Baju ni besar sangat', market: 'MY', language: 'ms' },
  { text: 'Pwede po bang palitan yung kulay? Salamat po', market: 'PH', language: 'tl' },
  { text: 'Shop ơi cho mình hỏi áo này còn size M không ạ?', market: 'VN', language: 'vi' },
  { text: 'ร้านส่งของหรือยังคะ รอนานแล้ว', market: 'TH', language: 'th' },
  { text: '请问这个有现货吗？什么时候发货？', market: 'MY', language: 'zh' },
  { text: '¿Tienen esta blusa en color negro?', market: 'US', language: 'es' },
  // without a market the text alone decides
  { text: 'where is my order, it has been ten days', language: 'en' },
  { text: 'kak kapan paketnya nyampe? udah seminggu nih', language: 'id' },
  { text: 'bila barang saya nak sampai? dah seminggu tunggu', language: 'ms' },
  { text: 'kelan kaya makakarating yung package ko?', language: 'tl' },
  { text: 'khi nao shop giao hang vay, minh cho lau qua', language: 'vi' },
  { text: 'ya no quiero la orden, la pueden cancelar?', language: 'es' },
  // traditional Chinese, Vietnamese without diacritics, Spanish without accents
  { text: '這個水壺能不能放進洗碗機？', market: 'SG', language: 'zh' },
  { text: 'ao nay con mau trang khong shop', market: 'VN', language: 'vi' },
  { text: 'en que fecha me entregan el paquete? es urgente', market: 'US', language: 'es' },
  // the market is only a hint: clear evidence wins
  { text: 'Hello, can you tell me the size of this bag?', market: 'ID', language: 'en' },
  { text: 'Kak ini ready stok gak? Mau order sekarang', market: 'MY', language: 'id' },
  { text: 'Where is my parcel? Ordered last week', market: 'PH', language: 'en' },
  { text: '我想退货，尺码不对', market: 'US', language: 'zh' },
  // Indonesian vs Malay: the distinctive words
  { text: 'Saya nak tanya, barang ni boleh pos laju tak?', market: 'SG', language: 'ms' },
  { text: 'Gimana caranya retur barang ya kak? Udah nggak cocok', market: 'ID', language: 'id' },
];

const MIXED_CASES: LangCase[] = [
  { text: 'Eh the delivery got update or not ah? I check the app also no news lah', market: 'SG', language: 'en', mixed: true },
  { text: 'Boss, barang saya bila nak sampai? Dah two weeks already', market: 'MY', language: 'ms', mixed: true },
  { text: 'May stock pa kaya ng beige? Gusto ko sana umorder ng dalawa, thank you', market: 'PH', language: 'tl', mixed: true },
  { text: 'hi，我的parcel还没到，可以check一下delivery status吗', market: 'SG', language: 'zh', mixed: true },
  { text: 'ส่ง tracking code มาให้ด้วยนะคะ', market: 'TH', language: 'th', mixed: true },
  { text: 'Shop ơi giao hàng nhanh giúp mình nhé, I need it before Friday', market: 'VN', language: 'vi', mixed: true },
  { text: 'Kak aku mau dibantu admin langsung aja ya, soalnya botnya nggak ngerti, I need help please', market: 'ID', language: 'id', mixed: true },
  { text: 'Hola! ya enviaron mi pedido? it is a gift for the weekend', market: 'US', language: 'es', mixed: true },
  { text: 'Could you send it to my office instead of my flat please?', market: 'GB', language: 'en', mixed: false },
  { text: '请问有没有黑色？', market: 'MY', language: 'zh', mixed: false },
];

describe('language detection', () => {
  it.each(CASES)('reads "$text" as $language', ({ text, market, language }) => {
    expect(understand(text, market ? { market } : {}).language).toBe(language);
  });
});

describe('code-switching', () => {
  it.each(MIXED_CASES)('reads "$text" as $language with mixed=$mixed', ({ text, market, language, mixed }) => {
    const u = understand(text, market ? { market } : {});
    expect(u.language).toBe(language);
    expect(u.mixed).toBe(mixed);
  });
});
