// What the settings screens share: the page frame (app bar with a way back, the offline note), the
// network state, data loaded live from the API (not synced: see api/settings.ts), an inline two-step
// confirmation for destructive actions, and the section icons. The settings stylesheet comes with it, so
// it loads with these screens and never with the first paint.
import '../../styles/settings.css';
import { A } from '@solidjs/router';
import { Show, createEffect, createSignal, on, type Accessor, type JSX } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { MARKETS } from '../../../shared/markets';
import type { Permission } from '../../../shared/roles';
import { can } from '../../../shared/roles';
import type { ShopView } from '../../../shared/schemas/shops';
import { ApiError } from '../../api/client';
import { BackIcon, Svg } from '../../components/icons';
import { t } from '../../i18n';
import { ts } from '../../i18n/settings';
import { session } from '../../local/session';
import { endSessionFromServer } from '../../sync/pull';
import { online } from '../../local/online';

// ---------- network state ----------

export { online };

/** Whether the signed-in person's role grants `permission` (owners and admins: everything here). */
export const allowed = (permission: Permission): boolean => {
  const role = session()?.role;
  return !!role && can(role, permission);
};

// ---------- data read live from the API ----------

export interface Remote<T> {
  value: Accessor<T | undefined>;
  error: Accessor<unknown>;
  reload(): Promise<void>;
  set(value: T): void;
}

/**
 * Loads `fetcher` now and again whenever the network comes back. Offline nothing is requested (the page
 * says so); the last answer stays on screen. A 401 ends the session on this device, as the sync does.
 * Lists are reconciled by `key`, so a row that did not change keeps its DOM (and its focus and state).
 */
export function createRemote<T>(fetcher: () => Promise<T>, key = 'id'): Remote<T> {
  const [state, setState] = createStore<{ value: T | undefined; error: unknown }>({ value: undefined, error: null });
  let run = 0;
  const set = (next: T) => setState('value', reconcile(next, { key }));
  const reload = async () => {
    if (!navigator.onLine) return;
    const mine = ++run;
    try {
      const next = await fetcher();
      if (mine !== run) return;
      set(next);
      setState('error', null);
    } catch (failure) {
      if (mine !== run) return;
      if (failure instanceof ApiError && failure.code === 'unauthorized') return void (await endSessionFromServer());
      setState('error', () => failure);
    }
  };
  void reload();
  createEffect(on(online, (now) => now && void reload(), { defer: true }));
  return { value: () => state.value, error: () => state.error, reload, set };
}

/** "Thai, English" / "泰语、英语"; `None` for an empty list. */
export const joinList = (items: string[]): string => (items.length ? items.join(ts('settings.listSeparator')) : ts('settings.none'));

/** Shops in the order of shared/markets, then by name. */
export const byMarketThenName = (a: ShopView, b: ShopView) => MARKETS.indexOf(a.market) - MARKETS.indexOf(b.market) || a.name.localeCompare(b.name);

// ---------- dates in forms ----------

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO instant as the value of a date input (YYYY-MM-DD), in this device's time zone. With `end`, the
 * instant is the end of a period (the midnight after its last day), so the field shows the day before.
 */
export function toDateInput(iso: string | null | undefined, end = false): string {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) - (end ? 1 : 0));
  return Number.isNaN(d.getTime()) ? '' : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A date input's value as an ISO instant: the day's local midnight, or with `end` the midnight after it.
 * A value the field still shows as `original` gives `original` back unchanged (no drift on every save).
 * Empty is null; something that is not a date comes back as it is, for the schema to refuse.
 */
export function fromDateInput(value: string, end = false, original?: string | null): string | null {
  if (!value) return null;
  if (original && toDateInput(original, end) === value) return original;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) + (end ? 1 : 0));
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

// ---------- the page frame ----------

/** Where the app bar's back link goes: the inbox, the settings index, or another settings page. */
export type Back = 'settings' | 'inbox' | { href: string; label: string };

export function SettingsFrame(props: { title: string; back: Back; offlineNote?: string; children: JSX.Element }) {
  const back = () => (props.back === 'inbox' ? { href: '/', label: t('conversation.back') } : props.back === 'settings' ? { href: '/settings', label: ts('settings.back') } : props.back);
  return (
    <div class="page settings-page">
      <header class="app-bar">
        <A href={back().href} class="icon-button" aria-label={back().label}>
          <BackIcon />
        </A>
        <div class="app-bar-title">
          <h1>{props.title}</h1>
          <p class="app-bar-sub">{session()?.organization.name}</p>
        </div>
      </header>
      <Show when={!online()}>
        <p id="settings-offline" class="settings-offline" role="status">
          {props.offlineNote ?? ts('settings.offline')}
        </p>
      </Show>
      <main id="main" class="settings-main">
        {props.children}
      </main>
    </div>
  );
}

/**
 * A section of a settings page: a heading (with an optional count) and its content. The heading takes the
 * focus when the row that had it goes away (a removed member, a deleted group): see focusSection().
 */
export function Section(props: { id: string; title: string; count?: number; hint?: string; children: JSX.Element }) {
  return (
    <section class="settings-section" aria-labelledby={props.id}>
      <div class="section-head">
        <h2 id={props.id} tabIndex={-1}>
          {props.title}
        </h2>
        <Show when={props.count !== undefined}>
          <span class="count" aria-hidden="true">
            {props.count}
          </span>
        </Show>
      </div>
      <Show when={props.hint}>
        <p class="section-hint">{props.hint}</p>
      </Show>
      {props.children}
    </section>
  );
}

/** Moves the focus to a section's heading (after the focused row was removed from the list). */
/** A settings form's field errors: aria-invalid, aria-describedby (hint, then error) and the error line. */
export function fieldErrors<K extends string>(errors: Accessor<Partial<Record<K, string>>>, idOf: (field: K) => string) {
  const invalid = (field: K) => (errors()[field] ? 'true' : undefined);
  const describedBy = (field: K, hint?: string) => [hint, errors()[field] ? `${idOf(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const FieldError = (p: { field: K }) => (
    <Show when={errors()[p.field]}>
      {(text) => (
        <p id={`${idOf(p.field)}-error`} class="field-error">
          {text()}
        </p>
      )}
    </Show>
  );
  return { invalid, describedBy, FieldError };
}

export const focusSection = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** A sentence that replaces a list: loading, offline, an error or nothing there. */
export function Placeholder(props: { text: string; alert?: boolean }) {
  return (
    <p class={props.alert ? 'form-error' : 'placeholder'} role={props.alert ? 'alert' : undefined}>
      {props.text}
    </p>
  );
}

// ---------- two-step confirmation ----------

/**
 * A destructive action that asks first, in place (no modal): the button turns into the question with the
 * action and Cancel. Focus moves to Cancel, and back to the button when cancelled.
 */
export function ConfirmAction(props: { label: string; name: string; question: string; disabled?: boolean; onConfirm: () => Promise<void> }) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  const ask = () => {
    setAsking(true);
    cancel?.focus();
  };
  const back = () => {
    setAsking(false);
    trigger?.focus();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Show
      when={asking()}
      fallback={
        <button ref={trigger} type="button" class="button small secondary danger-text" aria-label={props.name} disabled={props.disabled} onClick={ask}>
          {props.label}
        </button>
      }
    >
      <div class="confirm" role="group" aria-label={props.question}>
        <p>{props.question}</p>
        <div class="confirm-actions">
          <button type="button" class="button small danger" disabled={busy() || props.disabled} onClick={confirm}>
            {props.label}
          </button>
          <button ref={cancel} type="button" class="button small secondary" onClick={back}>
            {ts('settings.cancel')}
          </button>
        </div>
      </div>
    </Show>
  );
}

// ---------- icons (settings only, so not in components/icons.tsx, which ships with the first paint) ----------

export const ShopIcon = () => (
  <Svg size={22}>
    <path d="M6 2L3 6v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6l-3-4zM3 6h18M16 10a4 4 0 0 1-8 0" />
  </Svg>
);

export const MembersIcon = () => (
  <Svg size={22}>
    <circle cx="9" cy="7" r="4" />
    <path d="M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2M23 21v-2a4 4 0 0 0-3-3.87M16 3.13a4 4 0 0 1 0 7.75" />
  </Svg>
);

export const GroupsIcon = () => (
  <Svg size={22}>
    <path d="M12 2L2 7l10 5 10-5-10-5zM2 17l10 5 10-5M2 12l10 5 10-5" />
  </Svg>
);

export const KbIcon = () => (
  <Svg size={22}>
    <path d="M4 19.5A2.5 2.5 0 0 1 6.5 17H20M6.5 2H20v20H6.5A2.5 2.5 0 0 1 4 19.5v-15A2.5 2.5 0 0 1 6.5 2z" />
  </Svg>
);

export const AiIcon = () => (
  <Svg size={22}>
    <path d="M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9zM19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z" />
  </Svg>
);

export const ChevronIcon = () => (
  <Svg size={18}>
    <path d="M9 18l6-6-6-6" />
  </Svg>
);

export const CheckIcon = () => (
  <Svg size={20}>
    <path d="M22 11.08V12a10 10 0 1 1-5.93-9.14M22 4L12 14.01l-3-3" />
  </Svg>
);
