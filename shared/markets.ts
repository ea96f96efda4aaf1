// The markets AskChat serves and the facts about each that the rest of the code looks up: the
// TikTok locale, the languages buyers there usually write in, the default shop time zone, and the
// TikTok response-rate window that a seller is measured on (reference §10.2: 12 h in Southeast Asia
// since Aug 2025, 24 h in the US and UK).

export const MARKETS = ['US', 'GB', 'ID', 'TH', 'MY', 'VN', 'PH', 'SG'] as const;
export type Market = (typeof MARKETS)[number];

export const LANGUAGES = ['en', 'zh', 'th', 'id', 'ms', 'vi', 'tl', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface MarketInfo {
  locale: string;
  languages: Language[];
  timeZone: string;
  responseWindowHours: 12 | 24;
  region: 'US' | 'ROW';
}

export const MARKET_INFO: Record<Market, MarketInfo> = {
  US: { locale: 'en-US', languages: ['en', 'es'], timeZone: 'America/New_York', responseWindowHours: 24, region: 'US' },
  GB: { locale: 'en-GB', languages: ['en'], timeZone: 'Europe/London', responseWindowHours: 24, region: 'ROW' },
  ID: { locale: 'id-ID', languages: ['id', 'en'], timeZone: 'Asia/Jakarta', responseWindowHours: 12, region: 'ROW' },
  TH: { locale: 'th-TH', languages: ['th', 'en'], timeZone: 'Asia/Bangkok', responseWindowHours: 12, region: 'ROW' },
  MY: { locale: 'ms-MY', languages: ['ms', 'en', 'zh'], timeZone: 'Asia/Kuala_Lumpur', responseWindowHours: 12, region: 'ROW' },
  VN: { locale: 'vi-VN', languages: ['vi', 'en'], timeZone: 'Asia/Ho_Chi_Minh', responseWindowHours: 12, region: 'ROW' },
  PH: { locale: 'en-PH', languages: ['tl', 'en'], timeZone: 'Asia/Manila', responseWindowHours: 12, region: 'ROW' },
  SG: { locale: 'en-SG', languages: ['en', 'zh', 'ms'], timeZone: 'Asia/Singapore', responseWindowHours: 12, region: 'ROW' },
};

export function isMarket(value: string): value is Market {
  return (MARKETS as readonly string[]).includes(value);
}
