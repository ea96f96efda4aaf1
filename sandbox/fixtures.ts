// The sandbox's demo seller accounts and their shops: one shop per market and every AskChat shop type.
// AskChat's demo seed (worker/seed/) connects the demo organisation to exactly these shops, so the ids
// and ciphers here are the ones webhooks carry and API calls sign. All values are fake.
import type { Market } from '../shared/markets';

export type DemoShopKind = 'personal' | 'enterprise' | 'brand' | 'cross_border';

export interface DemoShop {
  id: string; // TikTok shop id (webhook shop_id)
  cipher: string; // shop_cipher for shop-scoped calls
  code: string;
  name: string;
  region: Market;
  sellerType: 'LOCAL' | 'CROSS_BORDER';
  kind: DemoShopKind; // what the seller would choose in AskChat; TikTok itself does not expose it
  sellerOpenId: string;
}

export interface DemoSeller {
  openId: string;
  name: string;
  baseRegion: string;
}

export const DEMO_SELLERS: DemoSeller[] = [
  { openId: 'sbx-open-sunny', name: 'Sunny Home Goods LLC', baseRegion: 'US' },
  { openId: 'sbx-open-aurelia', name: 'Aurelia London Ltd', baseRegion: 'GB' },
  { openId: 'sbx-open-cantik', name: 'PT Cantik Sejahtera', baseRegion: 'ID' },
  { openId: 'sbx-open-siam', name: 'Siam Glow Co., Ltd.', baseRegion: 'TH' },
  { openId: 'sbx-open-lumi', name: 'Lumi Global Trading', baseRegion: 'CN' },
];

export const DEMO_SHOPS: DemoShop[] = [
  { id: '7502311460000102001', cipher: 'US_SbxSunnyHome_Q2x9', code: 'USSUNNY01', name: 'Sunny Home Goods', region: 'US', sellerType: 'LOCAL', kind: 'personal', sellerOpenId: 'sbx-open-sunny' },
  { id: '7502311460000102002', cipher: 'ROW_SbxAureliaLdn_T4k2', code: 'GBAURE01', name: 'Aurelia London', region: 'GB', sellerType: 'LOCAL', kind: 'brand', sellerOpenId: 'sbx-open-aurelia' },
  { id: '7502311460000102003', cipher: 'ROW_SbxTokoCantik_M7p1', code: 'IDCANT01', name: 'Toko Cantik Official', region: 'ID', sellerType: 'LOCAL', kind: 'enterprise', sellerOpenId: 'sbx-open-cantik' },
  { id: '7502311460000102004', cipher: 'ROW_SbxSiamGlow_R8w3', code: 'THSIAM01', name: 'Siam Glow', region: 'TH', sellerType: 'LOCAL', kind: 'enterprise', sellerOpenId: 'sbx-open-siam' },
  { id: '7502311460000102005', cipher: 'ROW_SbxLumiMY_K3v5', code: 'MYLUMI01', name: 'Lumi Global MY', region: 'MY', sellerType: 'CROSS_BORDER', kind: 'cross_border', sellerOpenId: 'sbx-open-lumi' },
  { id: '7502311460000102006', cipher: 'ROW_SbxLumiVN_H6n8', code: 'VNLUMI01', name: 'Lumi Global VN', region: 'VN', sellerType: 'CROSS_BORDER', kind: 'cross_border', sellerOpenId: 'sbx-open-lumi' },
  { id: '7502311460000102007', cipher: 'ROW_SbxLumiPH_J2c4', code: 'PHLUMI01', name: 'Lumi Global PH', region: 'PH', sellerType: 'CROSS_BORDER', kind: 'cross_border', sellerOpenId: 'sbx-open-lumi' },
  { id: '7502311460000102008', cipher: 'ROW_SbxLumiSG_D9f6', code: 'SGLUMI01', name: 'Lumi Global SG', region: 'SG', sellerType: 'CROSS_BORDER', kind: 'cross_border', sellerOpenId: 'sbx-open-lumi' },
];

export function demoShopForMarket(market: Market): DemoShop {
  const shop = DEMO_SHOPS.find((s) => s.region === market);
  if (!shop) throw new Error(`no demo shop for market ${market}`);
  return shop;
}
