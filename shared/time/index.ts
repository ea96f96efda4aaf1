// People in the loop, time side: zoned time, rosters and shifts, holidays, business hours and the TikTok
// response clock. Pure functions; every one that needs "now" takes it as an argument. See
// docs/shifts-and-tickets.md.
export * from './business-hours';
export * from './calendar-date';
export * from './coverage';
export * from './holiday-table';
export * from './holidays';
export * from './response-clock';
export * from './roster';
export { mergeSpans, type DayOverride, type ScheduleProblem, type Span, type WeeklyWindow } from './schedule';
export * from './zoned';
