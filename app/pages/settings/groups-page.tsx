// /settings/groups: agent groups, the teams that answer the buyers of chosen shops. Owners and admins
// create, edit and delete them (members and shops picked from lists); agents see their own groups,
// read-only ("My groups"). Groups and members are read live from the API; shop names come from IndexedDB.
//
// The form is checked with the shared groupBodySchema (zod/mini comes with this page's chunk).
import { INTENTS, type Intent } from '../../../shared/intents';
import { For, Match, Show, Switch, createMemo, createSignal, onMount } from 'solid-js';
import { LANGUAGES, MARKETS, type Language, type Market } from '../../../shared/markets';
import { groupBodySchema, type GroupView } from '../../../shared/schemas/groups';
import type { MemberView } from '../../../shared/schemas/members';
import type { ShopView } from '../../../shared/schemas/shops';
import { deleteGroup, listGroups, listMembers, saveGroup } from '../../api/settings';
import { t } from '../../i18n';
import { displayName } from '../../i18n/format';
import { settingsErrorText, ts } from '../../i18n/settings';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { ConfirmAction, Placeholder, Section, SettingsFrame, allowed, byMarketThenName, createRemote, focusSection, joinList, online } from './frame';

type Routing = GroupView['routing'];
// Every routing mode, in this order; a new one in shared/ is a type error here until it has a place.
const ROUTING_ORDER: Record<Routing, number> = { round_robin: 0, least_loaded: 1 };
const ROUTINGS = (Object.keys(ROUTING_ORDER) as Routing[]).sort((a, b) => ROUTING_ORDER[a] - ROUTING_ORDER[b]);

const byName = (a: GroupView, b: GroupView) => a.name.localeCompare(b.name);

export function GroupsPage() {
  const manager = allowed('manage_groups');
  const groups = createRemote(listGroups);
  const members = createRemote(listMembers, 'userId');
  const shops = createLiveQuery(async () => (await db.shops.toArray()).sort(byMarketThenName));
  const [editing, setEditing] = createSignal<string | null>(null); // a group's id, 'new', or nothing
  const [notice, setNotice] = createSignal('');

  const focusGroup = (id: string) => requestAnimationFrame(() => document.getElementById(`group-${id}`)?.focus());
  const onSaved = (group: GroupView) => {
    const others = (groups.value() ?? []).filter((g) => g.id !== group.id);
    groups.set([...others, group].sort(byName));
    setEditing(null);
    setNotice(ts('groups.saved'));
    focusGroup(group.id);
  };
  const onDeleted = (id: string) => {
    groups.set((groups.value() ?? []).filter((g) => g.id !== id));
    setNotice(ts('groups.deleted'));
    focusSection('groups-title');
  };
  const form = (group: GroupView | null) => (
    <GroupForm group={group} members={members.value() ?? []} shops={shops() ?? []} onSaved={onSaved} onCancel={() => setEditing(null)} />
  );

  return (
    <SettingsFrame title={manager ? ts('groups.title') : ts('groups.myTitle')} back="settings">
      <Show when={manager}>
        <Show
          when={editing() === 'new'}
          fallback={
            <button
              type="button"
              class="button primary block"
              disabled={!online() || !groups.value()}
              aria-describedby={online() ? undefined : 'settings-offline'}
              onClick={() => (setNotice(''), setEditing('new'))}
            >
              {ts('groups.new')}
            </button>
          }
        >
          {form(null)}
        </Show>
      </Show>

      <Section id="groups-title" title={manager ? ts('groups.list') : ts('groups.myTitle')} count={groups.value()?.length}>
        <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
          <Match when={groups.value()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<Placeholder text={manager ? ts('groups.empty') : ts('groups.emptyMine')} />}>
                <ul class="card-list">
                  <For each={list()}>
                    {(group) => (
                      <Show
                        when={editing() === group.id}
                        fallback={
                          <GroupCard
                            group={group}
                            manager={manager}
                            members={members.value() ?? []}
                            shops={shops() ?? []}
                            onEdit={() => (setNotice(''), setEditing(group.id))}
                            onDeleted={() => onDeleted(group.id)}
                          />
                        }
                      >
                        <li>{form(group)}</li>
                      </Show>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </Match>
          <Match when={groups.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
        </Switch>
        <p class="save-state" role="status">
          {notice()}
        </p>
      </Section>
    </SettingsFrame>
  );
}

function GroupCard(props: { group: GroupView; manager: boolean; members: MemberView[]; shops: ShopView[]; onEdit: () => void; onDeleted: () => void }) {
  const g = () => props.group;
  const [failure, setFailure] = createSignal('');
  const memberNames = createMemo(() => joinList(props.members.filter((m) => g().memberIds.includes(m.userId)).map((m) => m.name)));
  const shopNames = createMemo(() => joinList(props.shops.filter((s) => g().shopIds.includes(s.id)).map((s) => s.name)));

  const onDelete = async () => {
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    try {
      await deleteGroup(g().id);
      props.onDeleted();
    } catch (error) {
      setFailure(settingsErrorText(error));
    }
  };

  return (
    <li class="card group-card" data-testid="group-card">
      <div class="card-head">
        <h3 class="card-title" id={`group-${g().id}`} tabIndex={-1}>
          {g().name}
        </h3>
      </div>
      <dl class="facts">
        <div>
          <dt>{ts('groups.routingShort')}</dt>
          <dd>{ts(`routing.${g().routing}`)}</dd>
        </div>
        <div>
          <dt>{ts('groups.markets')}</dt>
          <dd>{joinList(g().markets.map((m) => displayName('region', m)))}</dd>
        </div>
        <div>
          <dt>{ts('groups.languages')}</dt>
          <dd>{joinList(g().languages.map((l) => displayName('language', l)))}</dd>
        </div>
        <div>
          <dt>{ts('groups.intents')}</dt>
          <dd>{g().intents.length ? joinList(g().intents.map((i) => t(`intent.${i}`))) : ts('groups.allQueues')}</dd>
        </div>
        <div>
          <dt>{ts('groups.members')}</dt>
          <dd>{memberNames()}</dd>
        </div>
        <div>
          <dt>{ts('groups.shops')}</dt>
          <dd>{shopNames()}</dd>
        </div>
      </dl>
      <Show when={props.manager}>
        <div class="card-actions">
          <button type="button" class="button small secondary" aria-label={ts('groups.editOf', { name: g().name })} disabled={!online()} onClick={() => props.onEdit()}>
            {ts('groups.edit')}
          </button>
          <ConfirmAction
            label={ts('groups.delete')}
            name={ts('groups.deleteOf', { name: g().name })}
            question={ts('groups.deleteConfirm', { name: g().name })}
            disabled={!online()}
            onConfirm={onDelete}
          />
        </div>
        <Show when={failure()}>
          <p class="save-state failed" role="alert">
            {failure()}
          </p>
        </Show>
      </Show>
    </li>
  );
}

function GroupForm(props: { group: GroupView | null; members: MemberView[]; shops: ShopView[]; onSaved: (group: GroupView) => void; onCancel: () => void }) {
  const start = props.group;
  const [name, setName] = createSignal(start?.name ?? '');
  const [routing, setRouting] = createSignal<Routing>(start?.routing ?? 'round_robin');
  const [markets, setMarkets] = createSignal<Market[]>(start?.markets ?? []);
  const [languages, setLanguages] = createSignal<Language[]>(start?.languages ?? []);
  const [intents, setIntents] = createSignal<Intent[]>(start?.intents ?? []);
  const [memberIds, setMemberIds] = createSignal<string[]>(start?.memberIds ?? []);
  const [shopIds, setShopIds] = createSignal<string[]>(start?.shopIds ?? []);
  const [invalid, setInvalid] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let nameInput!: HTMLInputElement;
  onMount(() => nameInput.focus());

  const toggle =
    <T,>(set: (f: (list: T[]) => T[]) => void, value: T) =>
    (event: Event & { currentTarget: HTMLInputElement }) => {
      const on = event.currentTarget.checked;
      set((list) => (on ? [...list, value] : list.filter((v) => v !== value)));
    };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const parsed = groupBodySchema.safeParse({ name: name(), routing: routing(), markets: markets(), languages: languages(), intents: intents(), memberIds: memberIds(), shopIds: shopIds() });
    if (!parsed.success) {
      const badName = parsed.error.issues.some((issue) => issue.path[0] === 'name');
      setInvalid(badName);
      if (badName) nameInput.focus();
      else setFailure(t('error.validation_failed'));
      return;
    }
    setInvalid(false);
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    setBusy(true);
    try {
      props.onSaved(await saveGroup(start?.id ?? null, parsed.data));
    } catch (error) {
      setFailure(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form group-form" onSubmit={onSubmit} novalidate aria-labelledby="group-form-title" data-testid="group-form">
      <h3 id="group-form-title" class="card-title">
        {start ? ts('groups.formEdit', { name: start.name }) : ts('groups.formNew')}
      </h3>
      <div class="field">
        <label for="group-name">{ts('groups.name')}</label>
        <input
          ref={nameInput}
          id="group-name"
          autocomplete="off"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          aria-invalid={invalid() ? 'true' : undefined}
          aria-describedby={invalid() ? 'group-name-error' : undefined}
        />
        <Show when={invalid()}>
          <p id="group-name-error" class="field-error">
            {ts('groups.nameInvalid')}
          </p>
        </Show>
      </div>
      <div class="field">
        <label for="group-routing">{ts('groups.routing')}</label>
        <select id="group-routing" onChange={(e) => setRouting(e.currentTarget.value as Routing)}>
          <For each={ROUTINGS}>
            {(mode) => (
              <option value={mode} selected={mode === routing()}>
                {ts(`routing.${mode}`)}
              </option>
            )}
          </For>
        </select>
      </div>
      <fieldset class="choices">
        <legend>{ts('groups.members')}</legend>
        <Show when={props.members.length > 0} fallback={<p class="detail">{ts('groups.noMembers')}</p>}>
          <For each={props.members}>
            {(member) => (
              <label class="choice-row">
                <input type="checkbox" checked={memberIds().includes(member.userId)} onChange={toggle(setMemberIds, member.userId)} />
                <span>
                  <span class="choice-title">{member.name}</span>
                  <span class="detail">{ts(`roleName.${member.role}`)}</span>
                </span>
              </label>
            )}
          </For>
        </Show>
      </fieldset>
      <fieldset class="choices">
        <legend>{ts('groups.shops')}</legend>
        <Show when={props.shops.length > 0} fallback={<p class="detail">{ts('groups.noShops')}</p>}>
          <For each={props.shops}>
            {(shop) => (
              <label class="choice-row">
                <input type="checkbox" checked={shopIds().includes(shop.id)} onChange={toggle(setShopIds, shop.id)} />
                <span>
                  <span class="choice-title">{shop.name}</span>
                  <span class="detail">{displayName('region', shop.market)}</span>
                </span>
              </label>
            )}
          </For>
        </Show>
      </fieldset>
      <fieldset class="choices">
        <legend>{ts('groups.markets')}</legend>
        <div class="chips">
          <For each={MARKETS}>
            {(market) => (
              <label class="choice-chip">
                <input type="checkbox" checked={markets().includes(market)} onChange={toggle(setMarkets, market)} />
                <span>{displayName('region', market)}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <fieldset class="choices">
        <legend>{ts('groups.languages')}</legend>
        <div class="chips">
          <For each={LANGUAGES}>
            {(language) => (
              <label class="choice-chip">
                <input type="checkbox" checked={languages().includes(language)} onChange={toggle(setLanguages, language)} />
                <span>{displayName('language', language)}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <fieldset class="choices">
        <legend>{ts('groups.intents')}</legend>
        <p class="field-hint">{ts('groups.intentsHint')}</p>
        <div class="chips">
          <For each={INTENTS}>
            {(intent) => (
              <label class="choice-chip">
                <input type="checkbox" checked={intents().includes(intent)} onChange={toggle(setIntents, intent)} />
                <span>{t(`intent.${intent}`)}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={failure()}>
        {(text) => (
          <p class="form-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy() || !online()}>
          {busy() ? ts('settings.saving') : start ? ts('groups.save') : ts('groups.create')}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {ts('settings.cancel')}
        </button>
      </div>
    </form>
  );
}
