// The demo shops' products and coupons. Prices are in minor units of the shop's currency (IDR and VND have
// none). Cross-border Lumi sells the same catalogue in MY, VN, PH and SG at local prices. Ids are fixed so
// product cards and coupon cards in the demo chats point at real catalogue entries.
import type { Market } from '../shared/markets';

export interface CatalogSku {
  id: string;
  name: string;
  price: number; // minor units
  sellerSku: string;
}
export interface CatalogProduct {
  id: string;
  name: string;
  skus: CatalogSku[];
}
export interface Coupon {
  id: string;
  title: string;
  status: 'ONGOING' | 'EXPIRED';
  display_type: 'CHAT' | 'REGULAR' | 'PRIVATE';
  target_buyer_segment: 'ALL' | 'NEW_CUSTOMERS' | 'REPEAT_CUSTOMERS';
}

type Entry = [name: string, skus: [name: string, price: number][]];

const LUMI: Record<'MY' | 'VN' | 'PH' | 'SG', Entry[]> = {
  MY: [
    ['Lumi 20W PD Fast Charger', [['White, UK plug', 3990]]],
    ['Lumi TWS Earbuds Pro', [['White', 12900], ['Black', 12900]]],
    ['Lumi USB-C Braided Cable 1m', [['Grey', 1590]]],
    ['Lumi Magnetic Car Phone Holder', [['Black', 2990]]],
  ],
  VN: [
    ['Củ sạc nhanh Lumi 20W PD', [['Trắng', 189000]]],
    ['Tai nghe Lumi TWS Pro', [['Trắng', 590000], ['Đen', 590000]]],
    ['Cáp USB-C bện dù Lumi 1m', [['Xám', 79000]]],
    ['Giá đỡ điện thoại nam châm Lumi', [['Đen', 129000]]],
  ],
  PH: [
    ['Lumi 20W PD Fast Charger', [['White', 54900]]],
    ['Lumi TWS Earbuds Pro', [['White', 189900], ['Black', 189900]]],
    ['Lumi USB-C Braided Cable 1m', [['Grey', 22900]]],
    ['Lumi Magnetic Car Phone Holder', [['Black', 39900]]],
  ],
  SG: [
    ['Lumi 20W PD Fast Charger', [['White, UK plug', 1990]]],
    ['Lumi TWS Earbuds Pro', [['White', 6900], ['Black', 6900]]],
    ['Lumi USB-C Braided Cable 1m', [['Grey', 890]]],
    ['Lumi Magnetic Car Phone Holder', [['Black', 1590]]],
  ],
};

const ENTRIES: Record<Market, Entry[]> = {
  US: [
    ['Bamboo Cutting Board Set (3 pcs)', [['Natural', 2499]]],
    ['Ceramic Pour-Over Coffee Dripper', [['Matte White', 1850], ['Matte Black', 1850]]],
    ['Linen Blend Throw Pillow Cover', [['Sage, 18x18"', 1299], ['Oat, 20x20"', 1499]]],
    ['Stainless Steel Soap Dispenser', [['Brushed', 1600]]],
  ],
  GB: [
    ['Aurelia Signet Ring, 18k Gold Vermeil', [['Size L', 4500], ['Size N', 4500]]],
    ['Freshwater Pearl Drop Earrings', [['Gold', 3200]]],
    ['Cashmere Blend Scarf', [['Camel', 5900]]],
    ['Engraved Locket Necklace', [['Gold', 3800]]],
  ],
  ID: [
    ['Serum Vitamin C 20ml', [['20ml', 89000]]],
    ['Sunscreen SPF 50 PA++++ 50ml', [['50ml', 65000]]],
    ['Lip Cream Matte', [['Rosewood', 45000], ['Nude Peach', 45000]]],
    ['Masker Wajah Clay 100g', [['100g', 55000]]],
  ],
  TH: [
    ['เซรั่มไฮยาลูรอน 30ml', [['30ml', 39000]]],
    ['ครีมกันแดด SPF50 PA++++', [['50ml', 29900]]],
    ['สบู่สมุนไพรมะขาม', [['100g', 8900]]],
    ['โทนเนอร์ข้าวหอมมะลิ', [['150ml', 25900], ['300ml', 45900]]],
  ],
  ...LUMI,
};

const SHOP_DIGIT: Record<Market, number> = { US: 1, GB: 2, ID: 3, TH: 4, MY: 5, VN: 6, PH: 7, SG: 8 };

export function catalogFor(market: Market): CatalogProduct[] {
  const d = SHOP_DIGIT[market];
  return ENTRIES[market].map(([name, skus], p) => ({
    id: `172993${d}0${p + 1}4411082${String(d * 7 + p).padStart(3, '0')}`,
    name,
    skus: skus.map(([skuName, price], s) => ({
      id: `172993${d}0${p + 1}5522093${String(d * 7 + p * 3 + s).padStart(3, '0')}`,
      name: skuName,
      price,
      sellerSku: `${market}-${p + 1}${String.fromCharCode(65 + s)}`,
    })),
  }));
}

export function couponsFor(market: Market): Coupon[] {
  const d = SHOP_DIGIT[market];
  return [
    { id: `76011${d}0000000000${d}1`.slice(0, 19), title: '10% off your next order', status: 'ONGOING', display_type: 'CHAT', target_buyer_segment: 'ALL' },
    { id: `76011${d}0000000000${d}2`.slice(0, 19), title: 'Loyalty voucher', status: 'ONGOING', display_type: 'REGULAR', target_buyer_segment: 'REPEAT_CUSTOMERS' },
    { id: `76011${d}0000000000${d}3`.slice(0, 19), title: 'Flash sale voucher', status: 'EXPIRED', display_type: 'CHAT', target_buyer_segment: 'ALL' },
  ];
}

// A coupon can go into a chat only when it meets §7.4's conditions (else 45111017).
export function isChatCoupon(c: Coupon): boolean {
  return c.status === 'ONGOING' && (c.display_type === 'CHAT' || c.display_type === 'REGULAR') && c.target_buyer_segment !== 'REPEAT_CUSTOMERS';
}
