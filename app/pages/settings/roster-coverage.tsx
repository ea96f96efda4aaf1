// Who covers the week: after a manager saves a roster, the uncovered hours of each group the person is in,
// this week, in the roster's time zone (shared/time/coverage.ts over the group members' rosters and the
// built-in holidays). A gap is not an error — part-time rosters leave hours to others — so it is shown, not
// refused. A member without a roster counts as always available, so such a group has no gaps. Managers only:
// others' rosters are theirs to read.
import { For, Show, createResource } from 'solid-js';
import { WEEKDAYS, type Weekday } from '../../../shared/time/calendar-date';
import { coverageGaps, type CoverageGap } from '../../../shared/time/coverage';
import { builtInHolidayCalendar } from '../../../shared/time/holiday-table';
import { localDate } from '../../../shared/time/zoned';
import type { Roster } from '../../../shared/time/roster';
import { getRoster } from '../../api/roster';
import { listGroups } from '../../api/settings';
import { locale } from '../../i18n';
import { ts } from '../../i18n/settings';

const dayName = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))).toLocaleDateString(locale(), { weekday: 'short', timeZone: 'UTC' });
const MAX_SHOWN = 6;

type GroupCoverage = { id: string; name: string; gaps: CoverageGap[] };

async function coverageOf(userId: string, timeZone: string): Promise<GroupCoverage[]> {
  const groups = (await listGroups()).filter((g) => g.memberIds.includes(userId));
  const holidays = builtInHolidayCalendar();
  const week = localDate(Date.now(), timeZone);
  const out: GroupCoverage[] = [];
  for (const g of groups) {
    const rosters = await Promise.all(g.memberIds.map(async (id) => ({ id, roster: await getRoster(id) })));
    if (rosters.some((r) => r.roster === null)) continue; // someone without a roster is always available
    const list: Roster[] = rosters.map((r) => ({ agentId: r.id, ...r.roster! }));
    out.push({ id: g.id, name: g.name, gaps: coverageGaps(list, { timeZone, week, holidays }).filter((gap) => !gap.acceptable) });
  }
  return out;
}

export function RosterCoverage(props: { userId: string; timeZone: string; savedAt: number }) {
  const [coverage] = createResource(
    () => (props.savedAt > 0 ? { userId: props.userId, timeZone: props.timeZone, at: props.savedAt } : null),
    ({ userId, timeZone }) => coverageOf(userId, timeZone).catch(() => []),
  );
  return (
    <For each={coverage() ?? []}>
      {(g) => (
        <div class="roster-coverage" role="status" data-testid="roster-coverage">
          <Show when={g.gaps.length} fallback={<p>{ts('roster.coverageFull', { group: g.name })}</p>}>
            <p>{ts('roster.coverageGaps', { group: g.name, zone: props.timeZone })}</p>
            <ul>
              <For each={g.gaps.slice(0, MAX_SHOWN)}>
                {(gap) => (
                  <li>
                    {dayName(gap.from.day)} {gap.from.time} – {dayName(gap.to.day)} {gap.to.time}
                  </li>
                )}
              </For>
            </ul>
            <Show when={g.gaps.length > MAX_SHOWN}>
              <p>{ts('roster.coverageMore', { n: g.gaps.length - MAX_SHOWN })}</p>
            </Show>
          </Show>
        </div>
      )}
    </For>
  );
}
