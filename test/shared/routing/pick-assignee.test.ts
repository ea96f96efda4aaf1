// Routing: only on-shift agents are picked, by the group's rule; across midnight, DST weekends and holidays.
import { describe, expect, it } from 'vitest';
import { pickAssignee, type Candidate } from '../../../shared/routing/pick-assignee';
import { builtInHolidayCalendar } from '../../../shared/time/holiday-table';
import type { Roster } from '../../../shared/time/roster';

const holidays = builtInHolidayCalendar();
const at = (iso: string) => Date.parse(iso);
const roster = (agentId: string, timeZone: string, shifts: Roster['shifts'], extra: Partial<Roster> = {}): Roster => ({ agentId, timeZone, shifts, ...extra });
const candidate = (userId: string, r: Roster | null, openCount = 0, lastAssignedAt: number | null = null): Candidate => ({ userId, roster: r, openCount, lastAssignedAt });

// Siti works days in Jakarta; Grace nights in Manila across midnight; Oliver in London.
const siti = roster('siti', 'Asia/Jakarta', ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day: day as 'mon', start: '09:00', end: '17:00' })), { holidayRegion: 'ID' });
const grace = roster('grace', 'Asia/Manila', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({ day: day as 'mon', start: '22:00', end: '06:00' })));
const oliver = roster('oliver', 'Europe/London', [{ day: 'sun', start: '00:30', end: '02:30' }]);

describe('pickAssignee', () => {
  it('picks only agents on shift now', () => {
    // Wednesday 2026-11-25 10:00 in Jakarta (03:00 UTC): Siti is on, Grace (11:00 in Manila) is not.
    const pick = pickAssignee([candidate('grace', grace), candidate('siti', siti)], 'round_robin', at('2026-11-25T03:00:00Z'), holidays);
    expect(pick).toEqual({ userId: 'siti', onShift: ['siti'], nextHumanAt: null });
  });

  it('counts a shift that crosses midnight on both days', () => {
    // Thursday 01:00 in Manila is the tail of Wednesday's 22:00–06:00 shift.
    expect(pickAssignee([candidate('grace', grace), candidate('siti', siti)], 'round_robin', at('2026-11-25T17:00:00Z'), holidays).userId).toBe('grace');
  });

  it('least loaded takes the one with fewest waiting conversations; round robin the one assigned longest ago', () => {
    const a = candidate('a', null, 3, at('2026-11-25T01:00:00Z'));
    const b = candidate('b', null, 1, at('2026-11-25T02:00:00Z'));
    const c = candidate('c', null, 1, null);
    expect(pickAssignee([a, b, c], 'least_loaded', at('2026-11-25T03:00:00Z'), holidays).userId).toBe('c');
    expect(pickAssignee([a, b], 'least_loaded', at('2026-11-25T03:00:00Z'), holidays).userId).toBe('b');
    expect(pickAssignee([b, a], 'round_robin', at('2026-11-25T03:00:00Z'), holidays).userId).toBe('a');
  });

  it('nobody on shift: nobody picked, and when the first comes on', () => {
    // Saturday 2026-11-28 03:00 UTC: Siti is off for the weekend, Grace is between shifts (11:00 Manila).
    const pick = pickAssignee([candidate('siti', siti), candidate('grace', grace)], 'least_loaded', at('2026-11-28T03:00:00Z'), holidays);
    expect(pick.userId).toBeNull();
    expect(new Date(pick.nextHumanAt!).toISOString()).toBe('2026-11-28T14:00:00.000Z'); // 22:00 in Manila
  });

  it('an agent off on their region’s public holiday is not picked', () => {
    // Friday 2026-12-25, 10:00 in Jakarta: Christmas Day is a public holiday in Indonesia.
    const pick = pickAssignee([candidate('siti', siti)], 'round_robin', at('2026-12-25T03:00:00Z'), holidays);
    expect(pick.userId).toBeNull();
    expect(new Date(pick.nextHumanAt!).toISOString()).toBe('2026-12-28T02:00:00.000Z'); // Monday 09:00 in Jakarta
  });

  it('follows the wall clock over a DST change', () => {
    // London leaves summer time on Sunday 2026-10-25 at 02:00 BST; 01:30 happens twice. Oliver's 00:30–02:30
    // shift runs 23:30 UTC (Sat) to 02:30 UTC: at 02:15 UTC (02:15 GMT) he is still on.
    expect(pickAssignee([candidate('oliver', oliver)], 'round_robin', at('2026-10-25T02:15:00Z'), holidays).userId).toBe('oliver');
    expect(pickAssignee([candidate('oliver', oliver)], 'round_robin', at('2026-10-25T02:45:00Z'), holidays).userId).toBeNull();
  });

  it('a member without a roster is always available', () => {
    expect(pickAssignee([candidate('siti', siti), candidate('owner', null, 9)], 'least_loaded', at('2026-11-28T03:00:00Z'), holidays)).toMatchObject({ userId: 'owner', nextHumanAt: null });
  });
});
