// /settings/shops: the organisation's shops from IndexedDB (the sync keeps them current, so the list is
// there offline too) and, for owners and admins, the TikTok Shop accounts read live from the API.
//
// "Connect a shop" is a full page navigation to /api/tiktok/connect: the server redirects to TikTok's
// authorize page, which comes back to /settings/shops?connected=N[&skipped=M] (shown as a banner once).
// A shop's type is saved straight away (PATCH /api/shops/:id) and stored in IndexedDB with the answer.
// Owners and admins open each shop's reply settings from its card (/settings/shops/:id/replies).
import { A, useNavigate } from '@solidjs/router';
import { For, Match, Show, Switch, createEffect, createMemo, createSignal, on, onMount } from 'solid-js';
import { MARKET_INFO, type Market } from '../../../shared/markets';
import type { ShopType, ShopView } from '../../../shared/schemas/shops';
import { connectUrl, listConnections, updateShop, type ConnectionView } from '../../api/settings';
import { displayName, formatFullDateTime } from '../../i18n/format';
import { intlLocale } from '../../i18n';
import { settingsErrorText, ts } from '../../i18n/settings';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { CheckIcon, Placeholder, Section, SettingsFrame, allowed, byMarketThenName, createRemote, joinList, online } from './frame';

// Every shop type, in this order; a new type in shared/ is a type error here until it has a place.
// (Typed against the shared list rather than importing SHOP_TYPES, whose module builds zod schemas.)
const TYPE_ORDER: Record<ShopType, number> = { personal: 0, enterprise: 1, brand: 2, cross_border: 3 };
const TYPES = (Object.keys(TYPE_ORDER) as ShopType[]).sort((a, b) => TYPE_ORDER[a] - TYPE_ORDER[b]);

/** TikTok authorises US sellers on its US page and everyone else on the global one. */
const regionOf = (market: Market) => (MARKET_INFO[market].region === 'US' ? 'us' : 'row');

const connect = (region: 'us' | 'row') => window.location.assign(connectUrl(region));

/** "Asia/Bangkok (GMT+7)": the zone and its current offset, in the UI language. */
function timeZoneText(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(), { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(Date.now());
    const offset = parts.find((p) => p.type === 'timeZoneName')?.value;
    const name = zone.replace(/_/g, ' ');
    return offset ? `${name} (${offset})` : name;
  } catch {
    return zone;
  }
}

export function ShopsPage() {
  const manager = allowed('manage_shops');
  const shops = createLiveQuery(async () => (await db.shops.toArray()).sort(byMarketThenName));
  const connections = manager ? createRemote(listConnections) : null;

  // A shop changed state (a revoked grant, a reconnect): the accounts' state changed with it.
  createEffect(
    on(
      () => (shops() ?? []).map((s) => `${s.id}:${s.status}`).join(),
      (key, previous) => previous && key !== previous && void connections?.reload(),
      { defer: true },
    ),
  );

  // Back from TikTok: ?connected=N[&skipped=M]. Shown once: the address loses the query, so a reload does
  // not repeat it. (Read from location rather than useSearchParams, which would grow the first paint.)
  const navigate = useNavigate();
  const query = new URLSearchParams(window.location.search);
  const connected = query.get('connected');
  const [banner, setBanner] = createSignal(connected === null ? null : { connected: Number(connected) || 0, skipped: Number(query.get('skipped')) || 0 });
  onMount(() => connected !== null && navigate('/settings/shops', { replace: true, scroll: false }));

  const offlineHint = () => (online() ? undefined : 'settings-offline');

  return (
    <SettingsFrame title={ts('shops.title')} back="settings" offlineNote={ts('shops.offline')}>
      <Show when={banner()}>
        {(b) => (
          <div class="banner success" role="status">
            <CheckIcon />
            <p>
              {b().connected === 1 ? ts('shops.connectedOne') : b().connected === 0 ? ts('shops.connectedNone') : ts('shops.connectedMany', { count: b().connected })}
              <Show when={b().skipped > 0}> {ts('shops.skipped', { count: b().skipped })}</Show>
            </p>
            <button type="button" class="button small ghost" onClick={() => setBanner(null)}>
              {ts('settings.dismiss')}
            </button>
          </div>
        )}
      </Show>

      <Show when={manager}>
        <Section id="connect-title" title={ts('shops.connectTitle')} hint={ts('shops.connectHint')}>
          <div class="button-stack">
            <button type="button" class="button primary block" disabled={!online()} aria-describedby={offlineHint()} onClick={() => connect('us')}>
              {ts('shops.connectUs')}
            </button>
            <button type="button" class="button secondary block" disabled={!online()} aria-describedby={offlineHint()} onClick={() => connect('row')}>
              {ts('shops.connectRow')}
            </button>
          </div>
        </Section>
      </Show>

      <Section id="shops-title" title={manager ? ts('shops.list') : ts('shops.listAgent')} count={shops()?.length}>
        <Show when={shops()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<Placeholder text={manager ? ts('shops.empty') : ts('shops.emptyAgent')} />}>
              <ul class="card-list">
                <For each={list()}>{(shop) => <ShopCard shop={shop} manager={manager} />}</For>
              </ul>
            </Show>
          )}
        </Show>
      </Section>

      <Show when={connections}>
        {(remote) => (
          <Section id="accounts-title" title={ts('shops.accounts')} hint={ts('shops.accountsHint')}>
            <Switch fallback={<Placeholder text={ts('settings.loading')} />}>
              <Match when={remote().value()}>{(list) => <Accounts connections={list()} />}</Match>
              <Match when={remote().error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
              <Match when={!online()}>
                <Placeholder text={ts('settings.offlineList')} />
              </Match>
            </Switch>
          </Section>
        )}
      </Show>
    </SettingsFrame>
  );
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; text: string };

function ShopCard(props: { shop: ShopView; manager: boolean }) {
  const shop = () => props.shop;
  const [save, setSave] = createSignal<SaveState>({ kind: 'idle' });
  const languages = createMemo(() => joinList(shop().languages.map((code) => displayName('language', code))));
  const selectId = () => `shop-type-${shop().id}`;

  const onType = async (event: Event & { currentTarget: HTMLSelectElement }) => {
    const select = event.currentTarget;
    const previous = shop().type;
    const type = select.value as ShopType;
    if (!navigator.onLine) {
      select.value = previous;
      return setSave({ kind: 'failed', text: ts('settings.offlineAction') });
    }
    setSave({ kind: 'saving' });
    try {
      await updateShop(shop().id, { type });
      setSave({ kind: 'saved' });
    } catch (error) {
      select.value = previous;
      setSave({ kind: 'failed', text: settingsErrorText(error) });
    }
  };

  return (
    <li class="card shop-card" data-testid="shop-card" data-market={shop().market} data-status={shop().status}>
      <div class="card-head">
        <h3 class="card-title">{shop().name}</h3>
        <span class="tag market" aria-hidden="true">
          {shop().market}
        </span>
      </div>
      <p class={`state state-${shop().status}`}>
        <span class="dot" aria-hidden="true" />
        <span class="sr-only">{ts('shops.connection')}</span>
        {ts(`shopStatus.${shop().status}`)}
      </p>
      <dl class="facts">
        <div>
          <dt>{ts('shops.market')}</dt>
          <dd>{displayName('region', shop().market)}</dd>
        </div>
        <div>
          <dt>{ts('shops.languages')}</dt>
          <dd>{languages()}</dd>
        </div>
        <div>
          <dt>{ts('shops.timeZone')}</dt>
          <dd>{timeZoneText(shop().timeZone)}</dd>
        </div>
        <Show when={!props.manager}>
          <div>
            <dt>{ts('shops.type')}</dt>
            <dd>{ts(`shopType.${shop().type}`)}</dd>
          </div>
        </Show>
      </dl>
      <Show when={props.manager}>
        <div class="inline-field aligned">
          <label for={selectId()}>{ts('shops.type')}</label>
          <select
            id={selectId()}
            aria-label={ts('shops.typeOf', { name: shop().name })}
            aria-describedby={`${selectId()}-status`}
            disabled={!online() || save().kind === 'saving'}
            onChange={onType}
          >
            <For each={TYPES}>
              {(type) => (
                <option value={type} selected={type === shop().type}>
                  {ts(`shopType.${type}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <p id={`${selectId()}-status`} class="save-state" classList={{ failed: save().kind === 'failed' }} role="status">
          {(() => {
            const s = save();
            return s.kind === 'saving' ? ts('settings.saving') : s.kind === 'saved' ? ts('shops.typeSaved') : s.kind === 'failed' ? s.text : '';
          })()}
        </p>
        <Show when={allowed('manage_settings')}>
          <A href={`/settings/shops/${encodeURIComponent(shop().id)}/replies`} class="button secondary block" aria-label={ts('shops.repliesOf', { name: shop().name })}>
            {ts('shops.replies')}
          </A>
        </Show>
        <Show when={shop().status !== 'active'}>
          <button
            type="button"
            class="button primary block"
            aria-label={ts('shops.reconnectOf', { name: shop().name })}
            disabled={!online()}
            aria-describedby={online() ? undefined : 'settings-offline'}
            onClick={() => connect(regionOf(shop().market))}
          >
            {ts('shops.reconnect')}
          </button>
        </Show>
      </Show>
    </li>
  );
}

function Accounts(props: { connections: ConnectionView[] }) {
  return (
    <Show when={props.connections.length > 0} fallback={<Placeholder text={ts('shops.accountsEmpty')} />}>
      <ul class="card row-list">
        <For each={props.connections}>
          {(c) => (
            <li data-testid="connection-card" data-status={c.status}>
              <div class="card-head">
                <h3 class="card-title">{c.sellerName}</h3>
                <Show when={c.shopCount > 0}>
                  <span class="tag">{c.shopCount === 1 ? ts('shops.shopCountOne') : ts('shops.shopCountMany', { count: c.shopCount })}</span>
                </Show>
              </div>
              <p class={`state state-${c.status}`}>
                <span class="dot" aria-hidden="true" />
                {ts(`connection.${c.status}`)}
              </p>
              <Show when={c.lastError}>
                {(error) => (
                  <p class="detail">
                    {ts('shops.lastError')} <span lang="en">{error()}</span>
                  </p>
                )}
              </Show>
              <Show when={c.authorizationExpiresAt}>{(at) => <p class="detail">{ts('shops.authorizationEnds', { date: formatFullDateTime(at()) })}</p>}</Show>
              <Show when={c.status !== 'active'}>
                <p class="detail">{ts('shops.accountsReconnect', { seller: c.sellerName })}</p>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
