// Public holidays 2025–2027 for the regions AskChat's agents work in. TO BE CHECKED YEARLY: governments
// publish next year's list between June and December, move Islamic holidays after moon sighting, and add
// one-off days (elections, bridge days). How to update: docs/shifts-and-tickets.md.
//
// Format: region → holiday name → dates separated by spaces. 'A..B' is an inclusive range. A trailing '?'
// marks a date that is our estimate, not yet confirmed by the government (moon sighting, yearly decree).
// Both a holiday's own date and its substitute ("observed", "in lieu") weekday are listed, because agents
// who work weekends are off on the day itself too. Shops add or remove dates in createHolidayCalendar().
//
// Sources: gov.uk bank holidays; US OPM federal holidays; Indonesia SKB 3 Menteri 2025, 2026 and 2027
// (libur nasional only); Thai cabinet lists; Malaysia JPM federal list; Singapore MOM lists 2025–2027;
// Vietnam Labour Code art. 112 and the yearly Tet decisions; Philippines proclamations 2025. Cross-checked
// against the open-source python-holidays and date-holidays data sets; dates only one source gave are '?'.

import { createHolidayCalendar, type HolidayCalendar, type HolidayCalendarOptions, type HolidayTable } from './holidays';

export { HOLIDAY_REGIONS, type HolidayRegion } from './holidays';

/** First and last year the built-in table covers; outside it no built-in holiday is known. */
export const HOLIDAY_TABLE_YEARS = { from: 2025, to: 2027 } as const;


export const BUILT_IN_HOLIDAYS: HolidayTable = {
  // Federal holidays; a Saturday holiday is observed on Friday, a Sunday one on Monday.
  US: {
    "New Year's Day": '2025-01-01 2026-01-01 2027-01-01',
    "New Year's Day (observed)": '2027-12-31',
    'Martin Luther King Jr. Day': '2025-01-20 2026-01-19 2027-01-18',
    "Washington's Birthday": '2025-02-17 2026-02-16 2027-02-15',
    'Memorial Day': '2025-05-26 2026-05-25 2027-05-31',
    Juneteenth: '2025-06-19 2026-06-19 2027-06-19',
    'Juneteenth (observed)': '2027-06-18',
    'Independence Day': '2025-07-04 2026-07-04 2027-07-04',
    'Independence Day (observed)': '2026-07-03 2027-07-05',
    'Labor Day': '2025-09-01 2026-09-07 2027-09-06',
    'Columbus Day': '2025-10-13 2026-10-12 2027-10-11',
    'Veterans Day': '2025-11-11 2026-11-11 2027-11-11',
    'Thanksgiving Day': '2025-11-27 2026-11-26 2027-11-25',
    'Christmas Day': '2025-12-25 2026-12-25 2027-12-25',
    'Christmas Day (observed)': '2027-12-24',
  },
  // England and Wales bank holidays (Scotland and Northern Ireland differ: add them as shop dates).
  GB: {
    "New Year's Day": '2025-01-01 2026-01-01 2027-01-01',
    'Good Friday': '2025-04-18 2026-04-03 2027-03-26',
    'Easter Monday': '2025-04-21 2026-04-06 2027-03-29',
    'Early May bank holiday': '2025-05-05 2026-05-04 2027-05-03',
    'Spring bank holiday': '2025-05-26 2026-05-25 2027-05-31',
    'Summer bank holiday': '2025-08-25 2026-08-31 2027-08-30',
    'Christmas Day': '2025-12-25 2026-12-25 2027-12-25',
    'Boxing Day': '2025-12-26 2026-12-26 2027-12-26',
    'Substitute bank holiday': '2026-12-28 2027-12-27 2027-12-28',
  },
  // Libur nasional (national holidays), without cuti bersama (optional collective leave).
  ID: {
    'Tahun Baru Masehi': '2025-01-01 2026-01-01 2027-01-01',
    "Isra Mi'raj": '2025-01-27 2026-01-16 2027-01-05? 2027-12-26?',
    'Tahun Baru Imlek': '2025-01-29 2026-02-17 2027-02-06',
    'Hari Suci Nyepi': '2025-03-29 2026-03-19 2027-03-08?',
    'Idul Fitri': '2025-03-31 2025-04-01 2026-03-21 2026-03-22 2027-03-10 2027-03-11',
    'Wafat Yesus Kristus (Good Friday)': '2025-04-18 2026-04-03 2027-03-26',
    'Kebangkitan Yesus Kristus (Easter)': '2025-04-20 2026-04-05 2027-03-28',
    'Hari Buruh': '2025-05-01 2026-05-01 2027-05-01',
    'Hari Raya Waisak': '2025-05-12 2026-05-31 2027-05-20',
    'Kenaikan Yesus Kristus (Ascension)': '2025-05-29 2026-05-14 2027-05-06',
    'Hari Lahir Pancasila': '2025-06-01 2026-06-01 2027-06-01',
    'Idul Adha': '2025-06-06 2026-05-27 2027-05-17',
    'Tahun Baru Islam': '2025-06-27 2026-06-16 2027-06-06?',
    'Hari Kemerdekaan': '2025-08-17 2026-08-17 2027-08-17',
    'Maulid Nabi Muhammad': '2025-09-05 2026-08-25 2027-08-15?',
    'Hari Raya Natal': '2025-12-25 2026-12-25 2027-12-25',
  },
  // Government public holidays; a weekend holiday gets a substitute ("in lieu") on the next workday.
  // Buddhist days follow the Thai lunar calendar; 2027 ones are estimates.
  TH: {
    "New Year's Day": '2025-01-01 2026-01-01 2027-01-01',
    'Makha Bucha': '2025-02-12 2026-03-03 2027-02-21?',
    'Chakri Memorial Day': '2025-04-06 2026-04-06 2027-04-06',
    Songkran: '2025-04-13..2025-04-15 2026-04-13..2026-04-15 2027-04-13..2027-04-15',
    'National Labour Day': '2025-05-01 2026-05-01 2027-05-01',
    'Coronation Day': '2025-05-04 2026-05-04 2027-05-04',
    'Visakha Bucha': '2025-05-11 2026-05-31 2027-05-20?',
    "Queen Suthida's Birthday": '2025-06-03 2026-06-03 2027-06-03',
    'Asarnha Bucha': '2025-07-10 2026-07-29 2027-07-18?',
    'Buddhist Lent Day': '2025-07-11 2026-07-30 2027-07-19?',
    "King's Birthday": '2025-07-28 2026-07-28 2027-07-28',
    "Queen Mother's Birthday": '2025-08-12 2026-08-12 2027-08-12',
    'King Bhumibol Memorial Day': '2025-10-13 2026-10-13 2027-10-13',
    'Chulalongkorn Day': '2025-10-23 2026-10-23 2027-10-23',
    "King Bhumibol's Birthday": '2025-12-05 2026-12-05 2027-12-05',
    'Constitution Day': '2025-12-10 2026-12-10 2027-12-10',
    "New Year's Eve": '2025-12-31 2026-12-31 2027-12-31',
    'Substitution day': '2025-04-07 2025-05-05 2025-05-12 2026-06-01 2026-12-07 2027-02-22? 2027-05-03? 2027-07-20? 2027-10-25 2027-12-06',
  },
  // National (federal) holidays; New Year's Day is not kept in Johor, Kedah, Kelantan, Perlis, Terengganu.
  // A Sunday holiday moves to Monday (Friday–Saturday weekend states differ: add shop dates).
  MY: {
    "New Year's Day": '2025-01-01 2026-01-01 2027-01-01',
    'Chinese New Year': '2025-01-29 2025-01-30 2026-02-17 2026-02-18 2027-02-06 2027-02-07',
    'Hari Raya Aidilfitri': '2025-03-31 2025-04-01 2026-03-21 2026-03-22 2027-03-10? 2027-03-11?',
    'Labour Day': '2025-05-01 2026-05-01 2027-05-01',
    'Wesak Day': '2025-05-12 2026-05-31 2027-05-20?',
    "Agong's Birthday": '2025-06-02 2026-06-01 2027-06-07',
    'Hari Raya Haji': '2025-06-07 2026-05-27 2027-05-17?',
    'Awal Muharram': '2025-06-27 2026-06-17? 2027-06-06?',
    'Maulidur Rasul': '2025-09-05 2026-08-25? 2027-08-15?',
    'National Day': '2025-08-31 2026-08-31 2027-08-31',
    'Malaysia Day': '2025-09-16 2026-09-16 2027-09-16',
    Deepavali: '2025-10-20 2026-11-08 2027-10-28?',
    'Christmas Day': '2025-12-25 2026-12-25 2027-12-25',
    'Replacement holiday': '2025-09-01 2026-03-23? 2026-06-02 2026-11-09 2027-02-08 2027-06-08? 2027-08-16?',
  },
  // Labour Code art. 112 holidays with the Tet and National Day breaks the government set each year.
  VN: {
    'Tết Dương lịch': '2025-01-01 2026-01-01 2027-01-01',
    'Tết Nguyên Đán': '2025-01-25..2025-02-02 2026-02-14..2026-02-22 2027-02-05?..2027-02-10?',
    'Giỗ Tổ Hùng Vương': '2025-04-07 2026-04-26 2026-04-27 2027-04-16',
    'Ngày Giải phóng miền Nam': '2025-04-30 2026-04-30 2027-04-30',
    'Quốc tế Lao động': '2025-05-01 2026-05-01 2027-05-01 2027-05-03?',
    'Quốc khánh': '2025-08-30..2025-09-02 2026-09-01 2026-09-02 2027-09-02 2027-09-03?',
    'Ngày Văn hóa Việt Nam': '2026-11-24? 2027-11-24?',
  },
  // Regular holidays and special non-working days (proclaimed yearly; 2027 special days are estimates).
  PH: {
    "New Year's Day": '2025-01-01 2026-01-01 2027-01-01',
    'Chinese New Year': '2025-01-29 2026-02-17 2027-02-06?',
    "Eid'l Fitr": '2025-04-01 2026-03-21? 2027-03-10?',
    'Araw ng Kagitingan': '2025-04-09 2026-04-09 2027-04-09',
    'Maundy Thursday': '2025-04-17 2026-04-02 2027-03-25',
    'Good Friday': '2025-04-18 2026-04-03 2027-03-26',
    'Black Saturday': '2025-04-19 2026-04-04 2027-03-27?',
    'Labor Day': '2025-05-01 2026-05-01 2027-05-01',
    'Election Day': '2025-05-12',
    "Eid'l Adha": '2025-06-06 2026-05-27? 2027-05-17?',
    'Independence Day': '2025-06-12 2026-06-12 2027-06-12',
    'Ninoy Aquino Day': '2025-08-21 2026-08-21 2027-08-21?',
    'National Heroes Day': '2025-08-25 2026-08-31 2027-08-30',
    "All Saints' Day": '2025-10-31 2025-11-01 2026-11-01 2027-11-01?',
    'Bonifacio Day': '2025-11-30 2026-11-30 2027-11-30',
    'Immaculate Conception': '2025-12-08 2026-12-08 2027-12-08?',
    'Christmas Eve': '2025-12-24 2026-12-24 2027-12-24?',
    'Christmas Day': '2025-12-25 2026-12-25 2027-12-25',
    'Rizal Day': '2025-12-30 2026-12-30 2027-12-30',
    'Last Day of the Year': '2025-12-31 2026-12-31 2027-12-31?',
  },
  // Holidays Act: a Sunday holiday is observed on the next day that is not itself a holiday.
  SG: {
    "New Year's Day": '2025-01-01 2026-01-01 2027-01-01',
    'Chinese New Year': '2025-01-29 2025-01-30 2026-02-17 2026-02-18 2027-02-06 2027-02-07',
    'Hari Raya Puasa': '2025-03-31 2026-03-21 2027-03-10',
    'Good Friday': '2025-04-18 2026-04-03 2027-03-26',
    'Labour Day': '2025-05-01 2026-05-01 2027-05-01',
    'Polling Day': '2025-05-03',
    'Vesak Day': '2025-05-12 2026-05-31 2027-05-20',
    'Hari Raya Haji': '2025-06-07 2026-05-27 2027-05-17',
    'National Day': '2025-08-09 2026-08-09 2027-08-09',
    Deepavali: '2025-10-20 2026-11-08 2027-10-28',
    'Christmas Day': '2025-12-25 2026-12-25 2027-12-25',
    'Observed holiday': '2026-06-01 2026-08-10 2026-11-09 2027-02-08',
  },
};

/** The built-in holidays plus a shop's own dates: Node's calendar (the Worker builds it from its assets). */
export function builtInHolidayCalendar(options: Omit<HolidayCalendarOptions, 'table'> = {}): HolidayCalendar {
  return createHolidayCalendar({ ...options, table: BUILT_IN_HOLIDAYS });
}
