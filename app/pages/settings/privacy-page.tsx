// /settings/privacy (owners and admins): buyers' data-subject requests from the phone — find the buyer
// across the organisation's shops, open an export or erasure request (GDPR: one month, CCPA: 45 days), download
// the export, erase with a confirmation — then the retention setting and the audit log (privacy-admin.tsx).
// Everything goes live through the API (docs/privacy.md), online only; every read is audited by the server.
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { downloadExport, eraseForRequest, listPrivacyRequests, openPrivacyRequest, searchBuyers, type BuyerHit, type PrivacyRequestView } from '../../api/privacy';
import { formatFullDateTime, now } from '../../i18n/format';
import { settingsErrorText, ts } from '../../i18n/settings';
import { ConfirmAction, Placeholder, Section, SettingsFrame, allowed, createRemote, online, type Remote } from './frame';
import { AuditSection, RetentionSection } from './privacy-admin';

export function PrivacyPage() {
  if (!allowed('manage_members')) {
    return (
      <SettingsFrame title={ts('privacy.title')} back="settings">
        <Placeholder text={ts('settings.ownersOnly')} />
      </SettingsFrame>
    );
  }
  const requests = createRemote(listPrivacyRequests);
  // Requests name a buyer by id only: the names found by searches on this screen label them.
  const [known, setKnown] = createSignal<Record<string, BuyerHit>>({});
  const remember = (hits: BuyerHit[]) => setKnown((all) => ({ ...all, ...Object.fromEntries(hits.map((b) => [b.id, b])) }));
  let search!: { rerun: () => Promise<void> };
  return (
    <SettingsFrame title={ts('privacy.title')} back="settings" offlineNote={ts('privacy.offline')}>
      <BuyerSearch
        bind={(s) => (search = s)}
        onFound={remember}
        onOpened={async () => {
          await requests.reload();
        }}
      />
      <Section id="privacy-requests" title={ts('privacy.requests')} count={requests.value()?.filter((r) => !r.completedAt).length} hint={ts('privacy.requestsHint')}>
        <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
          <Match when={requests.value()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<Placeholder text={ts('privacy.requestsEmpty')} />}>
                <ul class="card-list">
                  <For each={list()}>{(request) => <RequestCard request={request} buyer={request.buyerId ? known()[request.buyerId] : undefined} requests={requests} onErased={() => search.rerun()} />}</For>
                </ul>
              </Show>
            )}
          </Match>
          <Match when={requests.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
        </Switch>
      </Section>
      <RetentionSection />
      <AuditSection />
    </SettingsFrame>
  );
}

function BuyerSearch(props: { bind: (api: { rerun: () => Promise<void> }) => void; onFound: (hits: BuyerHit[]) => void; onOpened: () => Promise<void> }) {
  const [q, setQ] = createSignal('');
  const [asked, setAsked] = createSignal('');
  const [hits, setHits] = createSignal<BuyerHit[] | null>(null);
  const [failure, setFailure] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const run = async (query: string) => {
    if (query.trim().length < 2) return void setFailure(ts('privacy.searchTooShort'));
    setBusy(true);
    setFailure('');
    try {
      const found = await searchBuyers(query.trim());
      setHits(found);
      setAsked(query.trim());
      props.onFound(found);
    } catch (error) {
      setFailure(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  props.bind({ rerun: () => (asked() ? run(asked()) : Promise.resolve()) });
  return (
    <Section id="privacy-find" title={ts('privacy.find')} hint={ts('privacy.findHint')}>
      <form
        class="card form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void run(q());
        }}
      >
        <label for="privacy-q">{ts('privacy.searchLabel')}</label>
        <input id="privacy-q" type="text" enterkeyhint="search" autocomplete="off" value={q()} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit" class="button" disabled={busy() || !online()}>
          {ts('privacy.search')}
        </button>
        <Show when={failure()}>
          <p class="form-error" role="alert">
            {failure()}
          </p>
        </Show>
      </form>
      <Show when={hits()}>
        {(list) => (
          <>
            <p class="save-state" role="status">
              {ts('privacy.found', { n: list().length, q: asked() })}
            </p>
            <ul class="card-list">
              <For each={list()}>{(buyer) => <BuyerCard buyer={buyer} onOpened={props.onOpened} />}</For>
            </ul>
          </>
        )}
      </Show>
    </Section>
  );
}

function BuyerCard(props: { buyer: BuyerHit; onOpened: () => Promise<void> }) {
  const b = () => props.buyer;
  const name = () => b().displayName || ts('privacy.erasedBuyer');
  const idOf = (field: string) => `privacy-${b().id}-${field}`;
  const [kind, setKind] = createSignal<'export' | 'erase'>('export');
  const [law, setLaw] = createSignal<'gdpr' | 'ccpa'>('gdpr');
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [state, setState] = createSignal('');
  const open = async () => {
    setBusy(true);
    setState('');
    try {
      await openPrivacyRequest({ buyerId: b().id, kind: kind(), law: law(), note: note().trim() || undefined });
      await props.onOpened();
      setNote('');
      setState(ts('privacy.opened'));
    } catch (error) {
      setState(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card" data-testid="buyer-card">
      <h3>{name()}</h3>
      <p class="section-hint">
        {ts('privacy.buyerShop', { shop: b().shopName })}
        <Show when={b().tiktokUserId}>{(id) => <> · {ts('privacy.buyerTiktok', { id: id() })}</>}</Show>
        <Show when={b().erasedAt}>{(at) => <> · {ts('privacy.erasedOn', { at: formatFullDateTime(at()) })}</>}</Show>
      </p>
      <Show when={!b().erasedAt}>
        <div class="form">
          <label for={idOf('kind')}>{ts('privacy.kindLabel', { name: name() })}</label>
          <select id={idOf('kind')} value={kind()} onChange={(e) => setKind(e.currentTarget.value as 'export' | 'erase')}>
            <option value="export">{ts('privacy.kind.export')}</option>
            <option value="erase">{ts('privacy.kind.erase')}</option>
          </select>
          <label for={idOf('law')}>{ts('privacy.lawLabel', { name: name() })}</label>
          <select id={idOf('law')} value={law()} onChange={(e) => setLaw(e.currentTarget.value as 'gdpr' | 'ccpa')}>
            <option value="gdpr">{ts('privacy.law.gdpr')}</option>
            <option value="ccpa">{ts('privacy.law.ccpa')}</option>
          </select>
          <label for={idOf('note')}>{ts('privacy.noteLabel', { name: name() })}</label>
          <textarea id={idOf('note')} rows={2} maxLength={1000} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
          <button type="button" class="button secondary" disabled={busy() || !online()} aria-label={ts('privacy.openFor', { name: name() })} onClick={() => void open()}>
            {ts('privacy.open')}
          </button>
        </div>
      </Show>
      <p class="save-state" role="status">
        {state()}
      </p>
    </li>
  );
}

function RequestCard(props: { request: PrivacyRequestView; buyer?: BuyerHit; requests: Remote<PrivacyRequestView[]>; onErased: () => Promise<void> }) {
  const r = () => props.request;
  const who = () => (props.buyer?.displayName ? ts('privacy.buyerIn', { name: props.buyer.displayName, shop: props.buyer.shopName }) : r().buyerId ? ts('privacy.buyerId', { id: r().buyerId! }) : ts('privacy.buyerGone'));
  const overdue = () => !r().completedAt && Date.parse(r().dueAt) < now();
  const label = () => `${ts(`privacy.kind.${r().kind}`)} · ${ts(`privacy.law.${r().law}`)} · ${who()}`;
  const [state, setState] = createSignal('');
  const download = async (format: 'json' | 'csv') => {
    setState('');
    try {
      await downloadExport(r().id, format);
      setState(ts('privacy.downloaded'));
      void props.requests.reload();
    } catch (error) {
      setState(settingsErrorText(error));
    }
  };
  const erase = async () => {
    try {
      const { erased } = await eraseForRequest(r().id);
      setState(ts('privacy.erased', { conversations: erased.conversations, messages: erased.messages }));
      await props.requests.reload();
      await props.onErased();
    } catch (error) {
      setState(settingsErrorText(error));
    }
  };
  return (
    <li
      class="card"
      /* Overdue: a red edge (settings.css has no class for it, and it is not this screen's file). */
      style={overdue() ? { 'border-color': 'var(--danger)', 'border-width': '2px' } : undefined}
      data-testid="request-card"
      data-kind={r().kind}
      data-overdue={overdue() ? 'true' : undefined}
    >
      <h3>{label()}</h3>
      <p class="section-hint">
        {ts('privacy.received', { at: formatFullDateTime(r().receivedAt) })} ·{' '}
        <Show when={r().completedAt} fallback={<strong class={overdue() ? 'form-error' : undefined}>{ts(overdue() ? 'privacy.overdue' : 'privacy.due', { at: formatFullDateTime(r().dueAt) })}</strong>}>
          {(at) => ts('privacy.completed', { at: formatFullDateTime(at()) })}
        </Show>
      </p>
      <Show when={r().note}>{(note) => <p>{note()}</p>}</Show>
      <Show when={r().buyerId}>
        <Show
          when={r().kind === 'export'}
          fallback={
            <Show when={!r().completedAt}>
              <p class="section-hint">{ts('privacy.eraseWhat')}</p>
              <ConfirmAction label={ts('privacy.erase')} name={ts('privacy.eraseOf', { who: who() })} question={ts('privacy.eraseConfirm', { who: who() })} disabled={!online()} onConfirm={erase} />
            </Show>
          }
        >
          <p class="section-hint">{ts('privacy.exportWhat')}</p>
          <div class="confirm-actions">
            <button type="button" class="button small secondary" disabled={!online()} aria-label={ts('privacy.downloadJsonOf', { who: who() })} onClick={() => void download('json')}>
              {ts('privacy.downloadJson')}
            </button>
            <button type="button" class="button small secondary" disabled={!online()} aria-label={ts('privacy.downloadCsvOf', { who: who() })} onClick={() => void download('csv')}>
              {ts('privacy.downloadCsv')}
            </button>
          </div>
        </Show>
      </Show>
      <p class="save-state" role="status">
        {state()}
      </p>
    </li>
  );
}
