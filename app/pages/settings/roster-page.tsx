// /settings/roster (the signed-in person's own shifts) and /settings/members/:userId/roster (owners and
// admins, anyone's): the weekly roster routing reads. A time zone, shifts per weekday (an end before the
// start ends the next day), whose public holidays are off, and dated days off. Read live from
// GET /api/members/:userId/roster, saved whole with PUT, removed with DELETE (then: always available).
//
// The form is checked with the shared validateRoster before anything is sent (this lazy chunk only); each
// problem is shown at its field. The server's refusal (400, naming every problem) is mapped the same way.
import { useParams } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { WEEKDAYS, type Weekday } from '../../../shared/time/calendar-date';
import type { RosterBody } from '../../../shared/schemas/roster';
import { validateRoster, type RosterProblemCode } from '../../../shared/time/roster';
import { ApiError } from '../../api/client';
import { deleteRoster, getRoster, saveRoster } from '../../api/roster';
import { listMembers } from '../../api/settings';
import { locale } from '../../i18n';
import { displayName } from '../../i18n/format';
import { isSettingsKey, settingsErrorText, ts } from '../../i18n/settings';
import { session } from '../../local/session';
import { RosterCoverage } from './roster-coverage';
import { ConfirmAction, Placeholder, Section, SettingsFrame, allowed, createRemote, fieldErrors, online } from './frame';

const ZONES = ['America/New_York', 'America/Los_Angeles', 'America/Chicago', 'Europe/London', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Kuala_Lumpur', 'Asia/Ho_Chi_Minh', 'Asia/Manila', 'Asia/Singapore', 'Asia/Shanghai'];
const REGIONS = ['US', 'GB', 'ID', 'TH', 'MY', 'VN', 'PH', 'SG'];
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

type Shift = RosterBody['shifts'][number];
type Override = NonNullable<RosterBody['overrides']>[number];
interface Form {
  timeZone: string;
  shifts: Shift[];
  daysOff: { date: string }[];
  /** Dated working hours set elsewhere (the API): kept as they are. */
  worked: Override[];
  holidayRegion: string;
}

/** 'Monday' / '星期一' for a weekday (2024-01-01 was a Monday). */
const dayName = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))).toLocaleDateString(locale(), { weekday: 'long', timeZone: 'UTC' });

const problemText = (code: string, fallback: string) => {
  const key = `roster.problem.${code}`;
  return isSettingsKey(key) ? ts(key) : fallback;
};

export function RosterPage() {
  const params = useParams<{ userId?: string }>();
  const userId = () => params.userId ?? session()?.user.id ?? '';
  const own = () => userId() === session()?.user.id;
  const back = () => (params.userId ? { href: '/settings/members', label: ts('roster.back') } : 'settings' as const);
  if (!own() && !allowed('manage_members')) {
    return (
      <SettingsFrame title={ts('roster.title')} back={back()}>
        <Placeholder text={ts('settings.ownersOnly')} />
      </SettingsFrame>
    );
  }
  const members = own() ? null : createRemote(listMembers, 'userId');
  const name = () => members?.value()?.find((m) => m.userId === userId())?.name;
  const title = () => (own() ? ts('roster.title') : ts('roster.titleOf', { name: name() ?? '…' }));
  const remote = createRemote(async () => ({ id: 'roster', roster: await getRoster(userId()) }));

  return (
    <SettingsFrame title={title()} back={back()}>
      <p class="section-hint">{ts('roster.note')}</p>
      <Show when={remote.value()} fallback={<Placeholder text={remote.error() ? settingsErrorText(remote.error()) : ts('settings.loading')} alert={!!remote.error()} />}>
        {(loaded) => <RosterForm userId={userId()} roster={loaded().roster} />}
      </Show>
    </SettingsFrame>
  );
}

function toForm(r: RosterBody | null): Form {
  const overrides = r?.overrides ?? [];
  return {
    timeZone: r?.timeZone ?? session()?.user.timeZone ?? browserZone,
    shifts: (r?.shifts ?? []).map((s) => ({ ...s })),
    daysOff: overrides.filter((o) => 'off' in o).map((o) => ({ date: o.date })),
    worked: overrides.filter((o) => !('off' in o)),
    holidayRegion: r?.holidayRegion ?? '',
  };
}

function toBody(f: Form): RosterBody {
  const overrides: Override[] = [...f.daysOff.map((d) => ({ date: d.date, off: true as const })), ...f.worked];
  return {
    timeZone: f.timeZone,
    shifts: f.shifts.map((s) => ({ day: s.day, start: s.start, end: s.end })),
    ...(overrides.length ? { overrides } : {}),
    ...(f.holidayRegion ? { holidayRegion: f.holidayRegion } : {}),
  };
}

/** 'shifts[2].start' → 'shifts-2'; 'overrides[0]' → 'overrides-0'; 'timeZone' → 'timeZone'. */
const fieldOf = (path: string) => path.replace(/^(\w+)\[(\d+)\].*$/, '$1-$2').replace(/\..*$/, '');

function RosterForm(props: { userId: string; roster: RosterBody | null }) {
  const [form, setForm] = createStore<Form>(toForm(props.roster));
  const [saved, setSaved] = createSignal(props.roster !== null);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [status, setStatus] = createSignal<{ text: string; failed?: boolean }>({ text: '' });
  const [busy, setBusy] = createSignal(false);
  // When the last save happened: the coverage check of the person's groups runs after each (managers only).
  const [savedAt, setSavedAt] = createSignal(0);

  const zones = () => [...new Set([...ZONES, browserZone, form.timeZone])];
  const err = (field: string) => errors()[field];
  const { invalid, describedBy, FieldError } = fieldErrors<string>(errors, (field) => `roster-${field}`);

  const showProblems = (problems: { path: string; code: string; message: string }[]) => {
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const p of problems) {
      const field = fieldOf(p.path);
      const text = problemText(p.code, p.message);
      if (field === 'shifts' || field === 'roster' || !field) loose.push(text);
      else next[field] ??= text;
    }
    setErrors(next);
    setStatus({ text: [ts('roster.fix'), ...loose].join(' '), failed: true });
    const first = Object.keys(next)[0];
    if (first) document.getElementById(`roster-${first}${first.startsWith('shifts-') ? '-start' : ''}`)?.focus();
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setErrors({});
    setStatus({ text: '' });
    const body = toBody(form);
    const checked = validateRoster({ agentId: props.userId, ...body });
    if (!checked.ok) return showProblems(checked.err);
    if (!navigator.onLine) return setStatus({ text: ts('settings.offlineAction'), failed: true });
    setBusy(true);
    try {
      await saveRoster(props.userId, body);
      setSaved(true);
      setStatus({ text: ts('roster.saved') });
      if (allowed('manage_members')) setSavedAt(Date.now());
    } catch (error) {
      // The server names every problem: "Invalid roster — shifts[1]: …; timeZone: …".
      const detail = error instanceof ApiError && error.status === 400 ? error.message.split(' — ')[1] : undefined;
      if (detail) {
        showProblems(
          detail.split('; ').map((part) => {
            const [path = '', ...rest] = part.split(': ');
            return { path, code: '', message: rest.join(': ') };
          }),
        );
      } else setStatus({ text: settingsErrorText(error), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const onClear = async () => {
    if (!navigator.onLine) return void setStatus({ text: ts('settings.offlineAction'), failed: true });
    try {
      await deleteRoster(props.userId);
      setForm(toForm(null));
      setSaved(false);
      setErrors({});
      setStatus({ text: ts('roster.cleared') });
    } catch (error) {
      setStatus({ text: settingsErrorText(error), failed: true });
    }
  };

  const addShift = (day: Weekday) => {
    setForm('shifts', form.shifts.length, { day, start: '09:00', end: '17:00' });
    const i = form.shifts.length - 1;
    requestAnimationFrame(() => document.getElementById(`roster-shifts-${i}-start`)?.focus());
  };
  const removeShift = (i: number) => {
    setForm('shifts', (list) => list.filter((_, j) => j !== i));
    setErrors({});
  };
  /** The number of a shift within its day (1, 2…), for the names of its fields. */
  const nth = (i: number) => form.shifts.slice(0, i + 1).filter((s) => s.day === form.shifts[i]?.day).length;

  return (
    <form class="roster-form" onSubmit={onSubmit} novalidate aria-label={ts('roster.week')}>
      <Show when={!saved()}>
        <p class="placeholder" data-testid="roster-none">
          {ts('roster.none')}
        </p>
      </Show>
      <div class="card form">
        <div class="field">
          <label for="roster-timeZone">{ts('roster.timeZone')}</label>
          <select id="roster-timeZone" aria-invalid={invalid('timeZone')} aria-describedby={describedBy('timeZone')} onChange={(e) => setForm('timeZone', e.currentTarget.value)}>
            <For each={zones()}>
              {(zone) => (
                <option value={zone} selected={zone === form.timeZone}>
                  {zone === browserZone && !ZONES.includes(zone) ? ts('roster.browserZone', { zone }) : zone}
                </option>
              )}
            </For>
          </select>
          <FieldError field="timeZone" />
        </div>
        <div class="field">
          <label for="roster-holidayRegion">{ts('roster.holidays')}</label>
          <select id="roster-holidayRegion" aria-invalid={invalid('holidayRegion')} aria-describedby={describedBy('holidayRegion')} onChange={(e) => setForm('holidayRegion', e.currentTarget.value)}>
            <option value="" selected={form.holidayRegion === ''}>
              {ts('roster.holidaysNone')}
            </option>
            <For each={REGIONS}>
              {(code) => (
                <option value={code} selected={code === form.holidayRegion}>
                  {displayName('region', code)}
                </option>
              )}
            </For>
          </select>
          <FieldError field="holidayRegion" />
        </div>
      </div>

      <Section id="roster-week-title" title={ts('roster.week')} hint={ts('roster.weekHint')}>
        <ul class="card roster-week">
          <For each={WEEKDAYS}>
            {(day) => (
              <li class="roster-day" data-testid={`roster-day-${day}`}>
                <p class="card-title">{dayName(day)}</p>
                <Show when={!form.shifts.some((s) => s.day === day)}>
                  <p class="detail">{ts('roster.noShift')}</p>
                </Show>
                <For each={form.shifts}>
                  {(shift, i) => (
                    <Show when={shift.day === day}>
                      <div class="roster-shift" data-testid="roster-shift">
                        <div class="field">
                          <label for={`roster-shifts-${i()}-start`}>{ts('roster.start')}</label>
                          <input
                            id={`roster-shifts-${i()}-start`}
                            type="time"
                            value={shift.start}
                            aria-label={ts('roster.startOf', { day: dayName(day), n: nth(i()) })}
                            aria-invalid={invalid(`shifts-${i()}`)}
                            aria-describedby={describedBy(`shifts-${i()}`)}
                            onInput={(e) => setForm('shifts', i(), 'start', e.currentTarget.value)}
                          />
                        </div>
                        <div class="field">
                          <label for={`roster-shifts-${i()}-end`}>{ts('roster.end')}</label>
                          <input
                            id={`roster-shifts-${i()}-end`}
                            type="time"
                            value={shift.end}
                            aria-label={ts('roster.endOf', { day: dayName(day), n: nth(i()) })}
                            aria-invalid={invalid(`shifts-${i()}`)}
                            aria-describedby={describedBy(`shifts-${i()}`)}
                            onInput={(e) => setForm('shifts', i(), 'end', e.currentTarget.value)}
                          />
                        </div>
                        <button type="button" class="button small secondary danger-text" aria-label={ts('roster.removeShiftOf', { day: dayName(day), n: nth(i()) })} onClick={() => removeShift(i())}>
                          {ts('roster.remove')}
                        </button>
                        <Show when={shift.start && shift.end && shift.end <= shift.start}>
                          <p class="field-hint">{ts('roster.nextDay')}</p>
                        </Show>
                        <FieldError field={`shifts-${i()}`} />
                      </div>
                    </Show>
                  )}
                </For>
                <button type="button" class="button small secondary" aria-label={ts('roster.addShiftOf', { day: dayName(day) })} onClick={() => addShift(day)}>
                  {ts('roster.addShift')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Section>

      <Section id="roster-off-title" title={ts('roster.daysOff')} hint={ts('roster.daysOffHint')}>
        <div class="card form">
          <For each={form.daysOff}>
            {(off, i) => (
              <div class="roster-shift">
                <div class="field">
                  <label for={`roster-overrides-${i()}`}>{ts('roster.dayOffN', { n: i() + 1 })}</label>
                  <input
                    id={`roster-overrides-${i()}`}
                    type="date"
                    value={off.date}
                    aria-invalid={invalid(`overrides-${i()}`)}
                    aria-describedby={describedBy(`overrides-${i()}`)}
                    onInput={(e) => setForm('daysOff', i(), 'date', e.currentTarget.value)}
                  />
                </div>
                <button type="button" class="button small secondary danger-text" aria-label={ts('roster.removeDayOffOf', { n: i() + 1 })} onClick={() => setForm('daysOff', (l) => l.filter((_, j) => j !== i()))}>
                  {ts('roster.remove')}
                </button>
                <FieldError field={`overrides-${i()}`} />
              </div>
            )}
          </For>
          <button type="button" class="button secondary block" onClick={() => setForm('daysOff', form.daysOff.length, { date: '' })}>
            {ts('roster.addDayOff')}
          </button>
        </div>
      </Section>

      <div class="form-actions">
        <p class="save-state" classList={{ failed: !!status().failed }} role={status().failed ? 'alert' : 'status'} data-testid="roster-status">
          {status().text}
        </p>
        <button type="submit" class="button primary block" disabled={busy() || !online()}>
          {busy() ? ts('settings.saving') : ts('roster.save')}
        </button>
        <RosterCoverage userId={props.userId} timeZone={form.timeZone} savedAt={savedAt()} />
        <Show when={saved()}>
          <ConfirmAction label={ts('roster.clear')} name={ts('roster.clearOf')} question={ts('roster.clearConfirm')} disabled={!online()} onConfirm={onClear} />
        </Show>
      </div>
    </form>
  );
}
