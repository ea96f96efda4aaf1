// A member's weekly roster as the API takes it: shifts in the member's own IANA time zone, dated
// overrides, and whose public holidays they are off on. The shape is checked here; the rules (real time
// zone, no overlapping shifts, sane overrides, known holiday region) by validateRoster in shared/time.
import * as z from 'zod/mini';
import { WEEKDAYS } from '../time/calendar-date';

const clock = z.string().check(z.regex(/^\d{2}:\d{2}$/, { message: 'expected HH:MM' }));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected YYYY-MM-DD' }));

export const rosterBodySchema = z.object({
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  shifts: z.array(z.object({ day: z.enum(WEEKDAYS), start: clock, end: clock })).check(z.maxLength(50)),
  overrides: z.optional(z.array(z.union([z.object({ date, off: z.literal(true) }), z.object({ date, start: clock, end: clock })])).check(z.maxLength(400))),
  holidayRegion: z.optional(z.string().check(z.maxLength(8))),
});
export type RosterBody = z.infer<typeof rosterBodySchema>;
