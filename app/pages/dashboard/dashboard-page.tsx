// The seller's dashboard (/dashboard, issue 8): response times, TikTok response rates, outcomes, surveys,
// volume charts and top questions for a period, a shop and a market, read live from GET /api/dashboard.
// The figures are defined once in shared/metrics (docs/metrics.md). Refetched when the sync pulls a change
// (onPulled and a moved cursor), when the network comes back and when the tab becomes visible. Offline it
// keeps showing the last numbers fetched (in memory, per query) and says when they are from.
import '../../styles/dashboard.css';
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createEffect, createMemo, createSignal, on, onCleanup, onMount, type JSX } from 'solid-js';
import { MARKETS, type Market } from '../../../shared/markets';
import { dashboardExportUrl, dashboardSearch, getDashboard, type DashboardAnswer, type DashboardQuery, type Volume } from '../../api/dashboard';
import { BackIcon } from '../../components/icons';
import { errorText } from '../../i18n/error-text';
import { createLiveQuery } from '../../local/live';
import { db } from '../../local/db';
import { onPulled } from '../../sync/pull';
import { BarChart, ColumnChart, type ChartRow } from './charts';
import { formatClock, formatCount, formatDay, formatDuration, formatRate, formatShare, intentName, languageName, lastDays, marketName } from './format';
import { dt, type DashboardKey } from './strings';
import { online } from '../../local/online';

type Period = '7' | '30' | '90' | 'custom';

// The filters and the answers outlive the page (module state): coming back shows the same view at once.
const [period, setPeriod] = createSignal<Period>('7');
const [customFrom, setCustomFrom] = createSignal(lastDays(7).from);
const [customTo, setCustomTo] = createSignal(lastDays(7).to);
const [shopId, setShopId] = createSignal('');
const [market, setMarket] = createSignal<Market | ''>('');
/** The last answer per query string, with when it arrived. */
const fetched = new Map<string, { data: DashboardAnswer; at: number }>();

export function DashboardPage() {
  const [error, setError] = createSignal<unknown>(null);
  const [loading, setLoading] = createSignal(false);
  const [version, setVersion] = createSignal(0); // bumps when `fetched` changes
  const shops = createLiveQuery(() => db.shops.toArray());

  const query = createMemo<DashboardQuery | null>(() => {
    const range = period() === 'custom' ? { from: customFrom(), to: customTo() } : lastDays(Number(period()));
    if (!range.from || !range.to || range.from > range.to) return null;
    return { ...range, ...(shopId() ? { shopId: shopId() } : {}), ...(market() ? { market: market() as Market } : {}) };
  });
  const search = () => {
    const q = query();
    return q ? dashboardSearch(q) : null;
  };
  const shown = () => {
    version();
    const s = search();
    return s ? fetched.get(s) : undefined;
  };

  let controller: AbortController | undefined;
  const reload = async () => {
    const q = query();
    if (!q || !navigator.onLine) return;
    controller?.abort();
    const mine = (controller = new AbortController());
    setLoading(true);
    try {
      const data = await getDashboard(q, mine.signal);
      fetched.set(dashboardSearch(q), { data, at: Date.now() });
      setVersion((v) => v + 1);
      setError(null);
    } catch (err) {
      if (!mine.signal.aborted) setError(() => err);
    } finally {
      if (controller === mine) setLoading(false);
    }
  };
  createEffect(on(search, () => void reload()));

  onMount(() => {
    let cursor: number | undefined;
    void db.getMeta('cursor').then((c) => (cursor = c));
    const offPulled = onPulled(() => {
      void db.getMeta('cursor').then((c) => {
        if (c === cursor) return;
        cursor = c;
        void reload();
      });
    });
    const onOnline = () => void reload();
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    onCleanup(() => {
      offPulled();
      controller?.abort();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    });
  });

  const markets = () => {
    const own = [...new Set((shops() ?? []).map((s) => s.market))];
    return own.length > 0 ? MARKETS.filter((m) => own.includes(m)) : [...MARKETS];
  };

  return (
    <div class="page dashboard-page">
      <header class="app-bar">
        <A href="/" class="icon-button" aria-label={dt('back')}>
          <BackIcon />
        </A>
        <div class="app-bar-title">
          <h1>{dt('title')}</h1>
        </div>
      </header>
      <Show when={!online()}>
        <p class="dash-offline" role="status">
          {shown() ? dt('offline', { time: formatClock(shown()!.at) }) : dt('offlineNone')}
        </p>
      </Show>
      <form class="dash-filters" aria-label={dt('filters')} onSubmit={(e) => (e.preventDefault(), void reload())}>
        <div class="dash-field">
          <label for="dash-period">{dt('period')}</label>
          <select id="dash-period" value={period()} onChange={(e) => setPeriod(e.currentTarget.value as Period)}>
            <For each={['7', '30', '90', 'custom'] as Period[]}>{(p) => <option value={p}>{dt(`period.${p}` as DashboardKey)}</option>}</For>
          </select>
        </div>
        <Show when={period() === 'custom'}>
          <div class="dash-field">
            <label for="dash-from">{dt('from')}</label>
            <input id="dash-from" type="date" value={customFrom()} max={customTo()} onChange={(e) => setCustomFrom(e.currentTarget.value)} />
          </div>
          <div class="dash-field">
            <label for="dash-to">{dt('to')}</label>
            <input id="dash-to" type="date" value={customTo()} min={customFrom()} onChange={(e) => setCustomTo(e.currentTarget.value)} />
          </div>
        </Show>
        <div class="dash-field">
          <label for="dash-shop">{dt('shop')}</label>
          <select id="dash-shop" value={shopId()} onChange={(e) => setShopId(e.currentTarget.value)}>
            <option value="">{dt('allShops')}</option>
            <For each={shops() ?? []}>{(shop) => <option value={shop.id}>{shop.name}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="dash-market">{dt('market')}</label>
          <select id="dash-market" value={market()} onChange={(e) => setMarket(e.currentTarget.value as Market | '')}>
            <option value="">{dt('allMarkets')}</option>
            <For each={markets()}>{(m) => <option value={m}>{marketName(m)}</option>}</For>
          </select>
        </div>
        <div class="dash-actions">
          <button type="submit" class="button secondary" disabled={!online() || loading() || !query()}>
            {dt('refresh')}
          </button>
          <Show when={query()}>
            {(q) => (
              <a class="button secondary" href={dashboardExportUrl(q())} download="">
                {dt('export')}
              </a>
            )}
          </Show>
        </div>
      </form>
      <main id="main" class="dash-main" aria-busy={loading()}>
        <Show when={!query()}>
          <p role="alert" class="form-error">
            {dt('badRange')}
          </p>
        </Show>
        <Show when={error() && online()}>
          <p role="alert" class="form-error">
            {errorText(error())}
          </p>
        </Show>
        <Switch>
          <Match when={shown()}>{(entry) => <Figures data={entry().data} />}</Match>
          <Match when={online() && query()}>
            <p class="dash-empty" role="status">
              {dt('loading')}
            </p>
          </Match>
        </Switch>
      </main>
    </div>
  );
}

function Card(props: { id: string; label: string; value: string; children?: JSX.Element }) {
  return (
    <div class="dash-card" data-testid={props.id}>
      <h3>{props.label}</h3>
      <p class="dash-figure">{props.value}</p>
      {props.children}
    </div>
  );
}

const rowsOf = (record: Record<string, Volume>, label: (key: string) => string): ChartRow[] =>
  Object.entries(record).map(([key, v]) => ({ key, label: label(key), value: v.conversations }));

function Figures(props: { data: DashboardAnswer }) {
  const d = () => props.data;
  const hitsOf = (r: { hits: number; total: number }) => dt('hitsOf', { hits: formatCount(r.hits), total: formatCount(r.total) });
  const days = () => {
    const byDay = d().volume.byDay;
    return byDay ? Object.keys(byDay).sort().map((day) => ({ key: day, label: formatDay(day), value: byDay[day]!.conversations })) : null;
  };
  return (
    <>
      <section class="dash-section" aria-labelledby="dash-response">
        <h2 id="dash-response">{dt('responseSection')}</h2>
        <div class="dash-cards">
          <Card id="card-frt" label={dt('frt')} value={formatDuration(d().firstResponse.meanMs)}>
            <p class="dash-sub">{dt('businessHours', { value: formatDuration(d().firstResponse.meanBusinessMs) })}</p>
          </Card>
          <Card id="card-art" label={dt('art')} value={formatDuration(d().response.meanMs)}>
            <p class="dash-sub">{dt('businessHours', { value: formatDuration(d().response.meanBusinessMs) })}</p>
            <p class="dash-sub">{dt('ofWaits', { count: formatCount(d().response.count) })}</p>
          </Card>
          <Card id="card-first-human" label={dt('firstHuman')} value={formatDuration(d().firstHumanResponse.meanMs)}>
            <p class="dash-sub">{dt('businessHours', { value: formatDuration(d().firstHumanResponse.meanBusinessMs) })}</p>
          </Card>
          <Card id="card-rate12" label={dt('rate12')} value={formatRate(d().responseRate.within12h.rate)}>
            <p class="dash-sub">{hitsOf(d().responseRate.within12h)}</p>
          </Card>
          <Card id="card-rate24" label={dt('rate24')} value={formatRate(d().responseRate.within24h.rate)}>
            <p class="dash-sub">{hitsOf(d().responseRate.within24h)}</p>
          </Card>
        </div>
      </section>
      <section class="dash-section" aria-labelledby="dash-outcomes">
        <h2 id="dash-outcomes">{dt('outcomeSection')}</h2>
        <div class="dash-cards">
          <Card id="card-ai-resolution" label={dt('aiResolution')} value={formatRate(d().aiResolution.rate)}>
            <p class="dash-sub">{hitsOf(d().aiResolution)}</p>
            <Show when={d().aiResolution.pending > 0}>
              <p class="dash-sub">{dt('aiPending', { count: formatCount(d().aiResolution.pending) })}</p>
            </Show>
          </Card>
          <Card id="card-handoff" label={dt('handoff')} value={formatRate(d().handoff.rate)}>
            <p class="dash-sub">{hitsOf(d().handoff)}</p>
          </Card>
          <Card id="card-drafts" label={dt('drafts')} value={formatShare(d().aiDrafts.sentAsIs, d().aiDrafts.total)}>
            <dl class="dash-counts">
              <dt>{dt('draftsSent')}</dt>
              <dd>{formatCount(d().aiDrafts.sentAsIs)}</dd>
              <dt>{dt('draftsEdited')}</dt>
              <dd>{formatCount(d().aiDrafts.edited)}</dd>
              <dt>{dt('draftsDiscarded')}</dt>
              <dd>{formatCount(d().aiDrafts.discarded)}</dd>
            </dl>
            <p class="dash-sub">{dt('draftsOf', { total: formatCount(d().aiDrafts.total) })}</p>
          </Card>
          <Card id="card-closure" label={dt('closure')} value={formatRate(d().tickets.closure.rate)}>
            <p class="dash-sub">{hitsOf(d().tickets.closure)}</p>
            <p class="dash-sub">{dt('timeToClose', { value: formatDuration(d().tickets.timeToClose.meanMs) })}</p>
            <p class="dash-sub">{dt('businessHours', { value: formatDuration(d().tickets.timeToClose.meanBusinessMs) })}</p>
          </Card>
        </div>
      </section>
      <section class="dash-section" aria-labelledby="dash-satisfaction">
        <h2 id="dash-satisfaction">{dt('satisfactionSection')}</h2>
        <div class="dash-cards">
          <Card id="card-nps" label={dt('nps')} value={d().nps.score === null ? dt('noData') : formatCount(d().nps.score!)}>
            <dl class="dash-counts">
              <dt>{dt('promoters')}</dt>
              <dd>{formatCount(d().nps.promoters)}</dd>
              <dt>{dt('passives')}</dt>
              <dd>{formatCount(d().nps.passives)}</dd>
              <dt>{dt('detractors')}</dt>
              <dd>{formatCount(d().nps.detractors)}</dd>
            </dl>
          </Card>
          <Card id="card-csat" label={dt('csat')} value={formatRate(d().csat.rate)}>
            <p class="dash-sub">{hitsOf(d().csat)}</p>
          </Card>
        </div>
      </section>
      <section class="dash-section" aria-labelledby="dash-volume">
        <h2 id="dash-volume">{dt('volumeSection')}</h2>
        <p class="dash-sub" data-testid="volume-total">
          {dt('total', { count: formatCount(d().volume.total.conversations), messages: formatCount(d().volume.total.buyerMessages) })}
        </p>
        <Show when={days()}>{(rows) => <ColumnChart id="chart-day" title={dt('byDay')} head={dt('day')} rows={rows()} />}</Show>
        <BarChart id="chart-market" title={dt('byMarket')} head={dt('market')} rows={rowsOf(d().volume.byMarket, marketName)} />
        <BarChart id="chart-intent" title={dt('byIntent')} head={dt('intent')} rows={rowsOf(d().volume.byIntent, intentName)} />
        <BarChart id="chart-language" title={dt('byLanguage')} head={dt('language')} rows={rowsOf(d().volume.byLanguage, languageName)} />
        <div class="dash-chart">
          <h3>{dt('topQuestions')}</h3>
          <Show when={d().topQuestions.length > 0} fallback={<p class="dash-empty">{dt('noQuestions')}</p>}>
            <ol class="dash-questions" data-testid="top-questions">
              <For each={d().topQuestions}>
                {(q) => (
                  <li>
                    <span class="dash-question">{q.key}</span>
                    <span class="dash-question-meta">
                      {intentName(q.intent ?? 'unknown')} · {dt('timesAsked', { count: formatCount(q.count) })}
                    </span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </div>
      </section>
    </>
  );
}
