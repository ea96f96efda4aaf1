// The privacy screen's organisation-wide parts: how long buyers' words are kept (with the API's dry run
// before saving) and the latest audit log entries (who, what, when, from where).
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { getRetention, listAudit, setRetention, type AuditEntryView, type RetentionView } from '../../api/privacy';
import { listMembers } from '../../api/settings';
import { formatFullDateTime } from '../../i18n/format';
import { isSettingsKey, settingsErrorText, ts } from '../../i18n/settings';
import { Placeholder, Section, createRemote, online } from './frame';

const MIN_DAYS = 30; // worker/privacy/retention.ts MIN_RETENTION_DAYS
const MAX_DAYS = 3650;

export function RetentionSection() {
  const current = createRemote<RetentionView>(() => getRetention());
  const [days, setDays] = createSignal('');
  const [preview, setPreview] = createSignal<RetentionView['preview']>(null);
  const [state, setState] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  /** The field as days, null for empty (keep everything), or undefined when out of range. */
  const parsed = (): number | null | undefined => {
    const v = days().trim();
    if (!v) return null;
    const n = Number(v);
    return Number.isInteger(n) && n >= MIN_DAYS && n <= MAX_DAYS ? n : undefined;
  };
  const act = async (what: () => Promise<void>) => {
    if (parsed() === undefined) return void setState(ts('privacy.retentionRange', { min: MIN_DAYS, max: MAX_DAYS }));
    setBusy(true);
    setState('');
    try {
      await what();
    } catch (error) {
      setState(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  const dryRun = () =>
    act(async () => {
      const n = parsed();
      setPreview(n ? (await getRetention(n)).preview : null);
      if (!n) setState(ts('privacy.retentionOffPreview'));
    });
  const apply = () =>
    act(async () => {
      const saved = await setRetention(parsed() ?? null);
      await current.reload();
      setPreview(null);
      setState(saved.days ? ts('privacy.retentionSaved', { days: saved.days }) : ts('privacy.retentionOffSaved'));
    });
  const currentText = () => {
    const v = current.value();
    if (!v) return online() ? ts('settings.loading') : ts('settings.offlineList');
    return v.days ? ts('privacy.retentionIs', { days: v.days }) : ts('privacy.retentionOff');
  };
  return (
    <Section id="privacy-retention" title={ts('privacy.retention')} hint={ts('privacy.retentionHint')}>
      <div class="card form">
        <p data-testid="retention-current">{currentText()}</p>
        <label for="privacy-days">{ts('privacy.retentionDays')}</label>
        <input id="privacy-days" type="number" inputMode="numeric" min={MIN_DAYS} max={MAX_DAYS} step={1} value={days()} aria-describedby="privacy-days-hint" onInput={(e) => setDays(e.currentTarget.value)} />
        <p id="privacy-days-hint" class="section-hint">
          {ts('privacy.retentionDaysHint', { min: MIN_DAYS, max: MAX_DAYS })}
        </p>
        <div class="confirm-actions">
          <button type="button" class="button secondary" disabled={busy() || !online()} onClick={() => void dryRun()}>
            {ts('privacy.preview')}
          </button>
          <button type="button" class="button" disabled={busy() || !online()} onClick={() => void apply()}>
            {ts('privacy.apply')}
          </button>
        </div>
        <Show when={preview()}>
          {(p) => (
            <p data-testid="retention-preview">
              {ts('privacy.previewResult', { days: p().days, messages: p().messages, conversations: p().conversations, cutoff: formatFullDateTime(p().cutoff) })}
            </p>
          )}
        </Show>
        <p class="save-state" role="status">
          {state()}
        </p>
      </div>
    </Section>
  );
}

export function AuditSection() {
  const entries = createRemote(() => listAudit(50));
  const members = createRemote(listMembers, 'userId');
  const actor = (id: string | null) => (id ? (members.value()?.find((m) => m.userId === id)?.name ?? id) : ts('privacy.auditSystem'));
  const action = (code: string) => {
    const key = `audit.${code}`;
    return isSettingsKey(key) ? ts(key) : code;
  };
  return (
    <Section id="privacy-audit" title={ts('privacy.audit')} hint={ts('privacy.auditHint')}>
      <button type="button" class="button small secondary" disabled={!online()} onClick={() => void entries.reload()}>
        {ts('privacy.auditReload')}
      </button>
      <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
        <Match when={entries.value()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<Placeholder text={ts('privacy.auditEmpty')} />}>
              <ul class="card-list">
                <For each={list()}>
                  {(entry: AuditEntryView) => (
                    <li class="card" data-testid="audit-entry" data-action={entry.action}>
                      <h3>{action(entry.action)}</h3>
                      <p class="section-hint">
                        {ts('privacy.auditLine', { who: actor(entry.actorId), at: formatFullDateTime(entry.at), ip: entry.ip ?? ts('privacy.auditNoIp') })}
                        <Show when={entry.targetId}>{(id) => <> · {ts('privacy.auditTarget', { type: entry.targetType ?? '', id: id() })}</>}</Show>
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Match>
        <Match when={entries.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
      </Switch>
    </Section>
  );
}
