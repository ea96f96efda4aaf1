// A deliberately naive keyword baseline, reported beside the engine so its figures mean something:
// a handful of English-ish keywords per intent (first match in a fixed order wins), language from the
// character script alone (Thai, Chinese, Vietnamese letters, else the market's first language or
// English), escalation from the intent, and a bare 18-digit regex for the order id.
import type { Intent, Sentiment } from '../intents';
import { MARKET_INFO, type Language } from '../markets';
import type { Understanding, UnderstandOptions } from './index';

const KEYWORDS: Array<[Intent, RegExp]> = [
  ['human_request', /\b(human|agent|real person|representative)\b/i],
  ['cancel_order', /\bcancel/i],
  ['damaged_wrong_item', /\b(broken|damaged|wrong item|missing|fake)\b/i],
  ['return_refund', /\b(refund|return|exchange)\b/i],
  ['address_change', /\baddress\b/i],
  ['payment', /\b(payment|pay|cod|invoice|charged)\b/i],
  ['coupon_promo', /\b(voucher|coupon|discount|promo|sale)\b/i],
  ['order_status', /\b(where|tracking|shipped|delivery|arrive)\b/i],
  ['complaint', /\b(worst|rude|terrible|disappointed)\b/i],
  ['product_question', /\b(size|material|stock|colou?r)\b/i],
  ['greeting', /^\s*(hi|hello|thanks|thank you|ok)\b/i],
];

export function keywordBaseline(text: string, opts: UnderstandOptions = {}): Understanding {
  const t = typeof text === 'string' ? text.slice(0, 2000) : '';
  let language: Language = opts.market ? (MARKET_INFO[opts.market]?.languages[0] ?? 'en') : 'en';
  if (/[\u0e00-\u0e7f]/.test(t)) language = 'th';
  else if (/[\u4e00-\u9fff]/.test(t)) language = 'zh';
  else if (/[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(t)) language = 'vi';
  else if (/[¿¡ñ]/.test(t)) language = 'es';

  let intent: Intent = 'other';
  for (const [name, re] of KEYWORDS) {
    if (re.test(t)) {
      intent = name;
      break;
    }
  }
  const escalate = intent === 'human_request' || intent === 'damaged_wrong_item' || intent === 'complaint';
  const sentiment: Sentiment = intent === 'complaint' || intent === 'damaged_wrong_item' ? 'negative' : /\b(thanks|thank you|love)\b/i.test(t) ? 'positive' : 'neutral';
  const m = /(?<!\d)57\d{16}(?!\d)/.exec(t);
  return {
    language,
    mixed: false,
    intent,
    sentiment,
    escalate,
    escalateReason: escalate ? (intent === 'damaged_wrong_item' ? 'damaged_item' : intent) as Understanding['escalateReason'] : null,
    orderId: m ? m[0] : null,
    confidence: intent === 'other' ? 0.2 : 0.5,
  };
}
