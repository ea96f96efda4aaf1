// /settings/kb (owners and admins): the knowledge base AskChat answers from. Articles are read live from the
// API (all shops, or one shop's with those serving every shop) and written straight through it; "Try a
// question" runs the search the reply pipeline uses; "Start from a template" adds a category's starter
// articles to a shop, in the shop's languages, skipping titles it already has.
//
// The starter articles are large, so they are not part of this chunk: shared/kb/starter-articles.ts is
// loaded with import() when the seller opens the template panel. Starter articles that need the seller's
// own facts (tag `needs_seller_review`) arrive switched off and are shown as "needs your facts"; the form
// refuses to switch one on while [placeholders] are left, and drops the tag when it is switched on.
//
// The form is checked with the shared kbArticleBodySchema (zod/mini comes with this page's chunk).
import { For, Match, Show, Switch, createEffect, createMemo, createSignal, on, onMount } from 'solid-js';
import type { NEEDS_SELLER_REVIEW, StarterArticle, StarterCategory } from '../../../shared/kb/starter-articles';
import { LANGUAGES, type Language } from '../../../shared/markets';
import { KB_KINDS, kbArticleBodySchema, type KbArticleView } from '../../../shared/schemas/kb';
import type { ShopView } from '../../../shared/schemas/shops';
import { deleteKbArticle, listKb, saveKbArticle, searchKb, type KbHit } from '../../api/kb';
import { t } from '../../i18n';
import { displayName, formatFullDateTime } from '../../i18n/format';
import { settingsErrorText, ts } from '../../i18n/settings';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { ConfirmAction, Placeholder, Section, SettingsFrame, allowed, byMarketThenName, createRemote, fieldErrors, focusSection, fromDateInput, joinList, online, toDateInput } from './frame';

type Kind = KbArticleView['kind'];
type StarterModule = typeof import('../../../shared/kb/starter-articles');

/** The tag of a starter article that waits for the seller's facts (typed against the shared constant). */
const NEEDS_FACTS: typeof NEEDS_SELLER_REVIEW = 'needs_seller_review';
/** "[registration number]": what is left to fill in an article that needs the seller's facts. */
const PLACEHOLDER = /\[[^\]\n]{1,120}\]/;
const PAGE = 20;

type StateFilter = 'all' | 'on' | 'off' | 'facts';
const STATE_FILTERS: StateFilter[] = ['all', 'on', 'off', 'facts'];

const needsFacts = (a: { tags: readonly string[] }) => a.tags.includes(NEEDS_FACTS);
const offline = () => (online() ? undefined : 'settings-offline');

const loadStarter = (): Promise<StarterModule> => import('../../../shared/kb/starter-articles');

export function KbPage() {
  if (!allowed('manage_settings')) {
    return (
      <SettingsFrame title={ts('kb.title')} back="settings">
        <Placeholder text={ts('settings.ownersOnly')} />
      </SettingsFrame>
    );
  }
  const shops = createLiveQuery(async () => (await db.shops.toArray()).sort(byMarketThenName));
  const [shopFilter, setShopFilter] = createSignal(''); // '' = every shop
  const [stateFilter, setStateFilter] = createSignal<StateFilter>('all');
  const [shown, setShown] = createSignal(PAGE);
  const articles = createRemote(() => listKb(shopFilter() || null));
  createEffect(on(shopFilter, () => void articles.reload(), { defer: true }));
  createEffect(on([shopFilter, stateFilter], () => setShown(PAGE), { defer: true }));

  const [editing, setEditing] = createSignal<string | null>(null); // an article's id, 'new', or nothing
  const [template, setTemplate] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  let newButton: HTMLButtonElement | undefined;
  let templateButton: HTMLButtonElement | undefined;

  const filtered = createMemo(() =>
    (articles.value() ?? []).filter((a) => {
      const f = stateFilter();
      return f === 'all' || (f === 'facts' ? needsFacts(a) : f === 'on' ? a.active : !a.active);
    }),
  );
  const shopName = (id: string | null) => (id ? (shops()?.find((s) => s.id === id)?.name ?? ts('kb.unknownShop')) : ts('kb.allShops'));

  const focusArticle = (id: string) => requestAnimationFrame(() => document.getElementById(`kb-${id}`)?.focus());
  const onSaved = (article: KbArticleView, created: boolean) => {
    const others = (articles.value() ?? []).filter((a) => a.id !== article.id);
    const fits = !shopFilter() || article.shopId === null || article.shopId === shopFilter();
    articles.set(fits ? [article, ...others] : others);
    setEditing(null);
    setNotice(created ? ts('kb.created') : ts('kb.saved'));
    if (fits) focusArticle(article.id);
    else focusSection('kb-list-title');
  };
  const onDeleted = (id: string) => {
    articles.set((articles.value() ?? []).filter((a) => a.id !== id));
    setNotice(ts('kb.deleted'));
    focusSection('kb-list-title');
  };
  const onImported = (shopId: string, text: string, withFacts: boolean) => {
    setTemplate(false);
    setNotice(text);
    setStateFilter(withFacts ? 'facts' : 'all');
    if (shopFilter() === shopId) void articles.reload();
    else setShopFilter(shopId);
    focusSection('kb-list-title');
  };
  const closeTemplate = () => {
    setTemplate(false);
    templateButton?.focus();
  };
  const form = (article: KbArticleView | null) => (
    <KbForm
      article={article}
      shops={shops() ?? []}
      defaultShopId={shopFilter() || null}
      onSaved={onSaved}
      onCancel={() => {
        setEditing(null);
        if (article) focusArticle(article.id);
        else newButton?.focus();
      }}
    />
  );

  return (
    <SettingsFrame title={ts('kb.title')} back="settings">
      <p class="section-hint">{ts('kb.intro')}</p>

      <TryQuestion shops={shops() ?? []} />

      <Section id="kb-add-title" title={ts('kb.addTitle')}>
        <Show when={editing() === 'new'} fallback={
          <div class="button-stack">
            <button
              ref={newButton}
              type="button"
              class="button primary block"
              disabled={!online() || template()}
              aria-describedby={offline()}
              onClick={() => (setNotice(''), setEditing('new'))}
            >
              {ts('kb.new')}
            </button>
            <Show when={!template()}>
              <button
                ref={templateButton}
                type="button"
                class="button secondary block"
                disabled={!online() || editing() === 'new'}
                aria-describedby={offline()}
                onClick={() => (setNotice(''), setTemplate(true))}
              >
                {ts('kb.template')}
              </button>
            </Show>
          </div>
        }>
          {form(null)}
        </Show>
        <Show when={template()}>
          <TemplatePanel shops={shops() ?? []} defaultShopId={shopFilter() || null} onImported={onImported} onCancel={closeTemplate} />
        </Show>
      </Section>

      <Section id="kb-list-title" title={ts('kb.list')} count={articles.value() ? filtered().length : undefined}>
        <div class="filter-row">
          <div class="field">
            <label for="kb-filter-shop">{ts('kb.filterShop')}</label>
            <select id="kb-filter-shop" disabled={!online()} aria-describedby={offline()} onChange={(e) => setShopFilter(e.currentTarget.value)}>
              <option value="" selected={shopFilter() === ''}>
                {ts('kb.filterAllShops')}
              </option>
              <For each={shops() ?? []}>
                {(shop) => (
                  <option value={shop.id} selected={shopFilter() === shop.id}>
                    {shop.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label for="kb-filter-state">{ts('kb.filterState')}</label>
            <select id="kb-filter-state" onChange={(e) => setStateFilter(e.currentTarget.value as StateFilter)}>
              <For each={STATE_FILTERS}>
                {(f) => (
                  <option value={f} selected={stateFilter() === f}>
                    {ts(`kbFilter.${f}`)}
                  </option>
                )}
              </For>
            </select>
          </div>
        </div>
        <p class="save-state" role="status">
          {notice()}
        </p>
        <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
          <Match when={articles.value()}>
            <Show when={filtered().length > 0} fallback={<Placeholder text={stateFilter() === 'all' ? ts('kb.empty') : ts('kb.emptyFilter')} />}>
              <ul class="card-list">
                <For each={filtered().slice(0, shown())}>
                  {(article) => (
                    <Show
                      when={editing() === article.id}
                      fallback={
                        <KbCard
                          article={article}
                          shopName={shopName(article.shopId)}
                          onEdit={() => (setNotice(''), setTemplate(false), setEditing(article.id))}
                          onDeleted={() => onDeleted(article.id)}
                        />
                      }
                    >
                      <li>{form(article)}</li>
                    </Show>
                  )}
                </For>
              </ul>
              <Show when={filtered().length > shown()}>
                <button type="button" class="button secondary block" onClick={() => setShown((n) => n + PAGE)}>
                  {ts('kb.showMore', { count: filtered().length - shown() })}
                </button>
              </Show>
            </Show>
          </Match>
          <Match when={articles.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
        </Switch>
      </Section>
    </SettingsFrame>
  );
}

// ---------- one article ----------

function KbCard(props: { article: KbArticleView; shopName: string; onEdit: () => void; onDeleted: () => void }) {
  const a = () => props.article;
  const [failure, setFailure] = createSignal('');
  const state = () => (needsFacts(a()) ? 'facts' : a().active ? 'on' : 'off');
  const onDelete = async () => {
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    try {
      await deleteKbArticle(a().id);
      props.onDeleted();
    } catch (error) {
      setFailure(settingsErrorText(error));
    }
  };
  return (
    <li class="card kb-card" data-testid="kb-article" data-state={state()}>
      <h3 class="card-title" id={`kb-${a().id}`} tabIndex={-1} lang={a().language ?? undefined}>
        {a().title}
      </h3>
      <p class="tag-row">
        <span class="tag">{ts(`kbKind.${a().kind}`)}</span>
        <span class="tag">{a().language ? displayName('language', a().language!) : ts('kb.anyLanguage')}</span>
        <span class="tag market">{props.shopName}</span>
      </p>
      <p class={`state state-kb-${state()}`}>
        <span class="dot" aria-hidden="true" />
        {ts(`kbState.${state()}`)}
      </p>
      <p class="kb-excerpt" lang={a().language ?? undefined}>
        {a().body}
      </p>
      <Show when={a().startsAt || a().endsAt}>
        <p class="detail">
          {a().startsAt ? ts('kb.startsAt', { date: formatFullDateTime(a().startsAt!) }) : ''}
          {a().startsAt && a().endsAt ? ' · ' : ''}
          {a().endsAt ? ts('kb.endsAt', { date: formatFullDateTime(a().endsAt!) }) : ''}
        </p>
      </Show>
      <div class="card-actions">
        <button type="button" class="button small secondary" aria-label={ts(needsFacts(a()) ? 'kb.fillInOf' : 'kb.editOf', { title: a().title })} disabled={!online()} onClick={() => props.onEdit()}>
          {needsFacts(a()) ? ts('kb.fillIn') : ts('kb.edit')}
        </button>
        <ConfirmAction
          label={ts('kb.delete')}
          name={ts('kb.deleteOf', { title: a().title })}
          question={ts('kb.deleteConfirm', { title: a().title })}
          disabled={!online()}
          onConfirm={onDelete}
        />
      </div>
      <Show when={failure()}>
        <p class="save-state failed" role="alert">
          {failure()}
        </p>
      </Show>
    </li>
  );
}

// ---------- the article form ----------

type KbField = 'title' | 'body' | 'tags' | 'dates';

function KbForm(props: {
  article: KbArticleView | null;
  shops: ShopView[];
  defaultShopId: string | null;
  onSaved: (article: KbArticleView, created: boolean) => void;
  onCancel: () => void;
}) {
  const start = props.article;
  const waiting = start ? needsFacts(start) : false;
  const [title, setTitle] = createSignal(start?.title ?? '');
  const [body, setBody] = createSignal(start?.body ?? '');
  const [shopId, setShopId] = createSignal<string>(start ? (start.shopId ?? '') : (props.defaultShopId ?? ''));
  const [kind, setKind] = createSignal<Kind>(start?.kind ?? 'faq');
  const [language, setLanguage] = createSignal<string>(start?.language ?? '');
  const [tags, setTags] = createSignal((start?.tags ?? []).filter((tag) => tag !== NEEDS_FACTS).join(', '));
  const [active, setActive] = createSignal(start?.active ?? true);
  const [startsAt, setStartsAt] = createSignal(toDateInput(start?.startsAt ?? null));
  const [endsAt, setEndsAt] = createSignal(toDateInput(start?.endsAt ?? null, true));
  const [errors, setErrors] = createSignal<Partial<Record<KbField, string>>>({});
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const id = start ? `kb-form-${start.id}` : 'kb-form-new';
  let titleInput!: HTMLInputElement;
  onMount(() => titleInput.focus());

  const fieldIds: Record<KbField, string> = { title: `${id}-title`, body: `${id}-body`, tags: `${id}-tags`, dates: `${id}-starts` };
  const { invalid, describedBy, FieldError } = fieldErrors(errors, (field) => fieldIds[field]);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const tagList = tags()
      .split(/[,，、]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
    // An article waiting for the seller's facts keeps its tag until it is switched on.
    if (waiting && !active()) tagList.push(NEEDS_FACTS);
    const starts = fromDateInput(startsAt(), false, start?.startsAt);
    const ends = fromDateInput(endsAt(), true, start?.endsAt);
    const parsed = kbArticleBodySchema.safeParse({
      shopId: shopId() || null,
      kind: kind(),
      title: title(),
      body: body(),
      language: (language() || null) as Language | null,
      tags: tagList,
      active: active(),
      startsAt: starts,
      endsAt: ends,
    });
    const found: Partial<Record<KbField, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (key === 'title') found.title = ts('kb.titleInvalid');
        else if (key === 'body') found.body = ts('kb.bodyInvalid');
        else if (key === 'tags') found.tags = ts('kb.tagsInvalid');
        else if (key === 'startsAt' || key === 'endsAt') found.dates = ts('kb.datesInvalid');
      }
    }
    if (!found.dates && starts && ends && Date.parse(ends) <= Date.parse(starts)) found.dates = ts('kb.datesOrder');
    if (!found.body && active() && waiting && (PLACEHOLDER.test(body()) || PLACEHOLDER.test(title()))) found.body = ts('kb.placeholdersLeft');
    setErrors(found);
    const first = (['title', 'body', 'tags', 'dates'] as const).find((f) => found[f]);
    if (first) return void document.getElementById(fieldIds[first])?.focus();
    if (!parsed.success) return void setFailure(t('error.validation_failed'));
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    setBusy(true);
    try {
      props.onSaved(await saveKbArticle(start?.id ?? null, parsed.data), !start);
    } catch (error) {
      setFailure(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };


  return (
    <form class="card form kb-form" onSubmit={onSubmit} novalidate aria-labelledby={`${id}-heading`} data-testid="kb-form">
      <h3 id={`${id}-heading`} class="card-title">
        {start ? ts('kb.formEdit') : ts('kb.formNew')}
      </h3>
      <Show when={waiting}>
        <p class="note warn">{ts('kb.factsNote')}</p>
      </Show>
      <div class="field">
        <label for={fieldIds.title}>{ts('kb.titleLabel')}</label>
        <input
          ref={titleInput}
          id={fieldIds.title}
          autocomplete="off"
          maxLength={200}
          value={title()}
          onInput={(e) => setTitle(e.currentTarget.value)}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title', `${id}-title-hint`)}
        />
        <p id={`${id}-title-hint`} class="field-hint">
          {ts('kb.titleHint')}
        </p>
        <FieldError field="title" />
      </div>
      <div class="field">
        <label for={fieldIds.body}>{ts('kb.bodyLabel')}</label>
        <textarea
          id={fieldIds.body}
          rows={7}
          maxLength={10_000}
          value={body()}
          onInput={(e) => setBody(e.currentTarget.value)}
          aria-invalid={invalid('body')}
          aria-describedby={describedBy('body')}
        />
        <FieldError field="body" />
      </div>
      <div class="field">
        <label for={`${id}-shop`}>{ts('kb.shopLabel')}</label>
        <select id={`${id}-shop`} onChange={(e) => setShopId(e.currentTarget.value)}>
          <option value="" selected={shopId() === ''}>
            {ts('kb.allShops')}
          </option>
          <For each={props.shops}>
            {(shop) => (
              <option value={shop.id} selected={shopId() === shop.id}>
                {shop.name}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="field-pair">
        <div class="field">
          <label for={`${id}-kind`}>{ts('kb.kindLabel')}</label>
          <select id={`${id}-kind`} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            <For each={KB_KINDS}>
              {(k) => (
                <option value={k} selected={kind() === k}>
                  {ts(`kbKind.${k}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for={`${id}-language`}>{ts('kb.languageLabel')}</label>
          <select id={`${id}-language`} onChange={(e) => setLanguage(e.currentTarget.value)}>
            <option value="" selected={language() === ''}>
              {ts('kb.anyLanguage')}
            </option>
            <For each={LANGUAGES}>
              {(l) => (
                <option value={l} selected={language() === l}>
                  {displayName('language', l)}
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <div class="field">
        <label for={fieldIds.tags}>{ts('kb.tagsLabel')}</label>
        <input
          id={fieldIds.tags}
          autocomplete="off"
          value={tags()}
          onInput={(e) => setTags(e.currentTarget.value)}
          aria-invalid={invalid('tags')}
          aria-describedby={describedBy('tags', `${id}-tags-hint`)}
        />
        <p id={`${id}-tags-hint`} class="field-hint">
          {ts('kb.tagsHint')}
        </p>
        <FieldError field="tags" />
      </div>
      <fieldset class="choices">
        <legend>{ts('kb.datesLabel')}</legend>
        <p id={`${id}-dates-hint`} class="field-hint">
          {ts('kb.datesHint')}
        </p>
        <div class="field-pair">
          <div class="field">
            <label for={fieldIds.dates}>{ts('kb.startsLabel')}</label>
            <input
              id={fieldIds.dates}
              type="date"
              value={startsAt()}
              onInput={(e) => setStartsAt(e.currentTarget.value)}
              aria-invalid={invalid('dates')}
              aria-describedby={describedBy('dates', `${id}-dates-hint`)}
            />
          </div>
          <div class="field">
            <label for={`${id}-ends`}>{ts('kb.endsLabel')}</label>
            <input
              id={`${id}-ends`}
              type="date"
              value={endsAt()}
              onInput={(e) => setEndsAt(e.currentTarget.value)}
              aria-invalid={invalid('dates')}
              aria-describedby={describedBy('dates', `${id}-dates-hint`)}
            />
          </div>
        </div>
        <FieldError field="dates" />
      </fieldset>
      <label class="choice-row">
        <input type="checkbox" checked={active()} onChange={(e) => setActive(e.currentTarget.checked)} />
        <span>
          <span class="choice-title">{ts('kb.activeLabel')}</span>
          <span class="detail">{ts('kb.activeHint')}</span>
        </span>
      </label>
      <Show when={failure()}>
        {(text) => (
          <p class="form-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy() || !online()}>
          {busy() ? ts('settings.saving') : start ? ts('kb.save') : ts('kb.create')}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {ts('settings.cancel')}
        </button>
      </div>
    </form>
  );
}

// ---------- "Try a question" ----------

function TryQuestion(props: { shops: ShopView[] }) {
  const [question, setQuestion] = createSignal('');
  const [shopId, setShopId] = createSignal<string | null>(null); // null: the first shop, once known
  const [hits, setHits] = createSignal<KbHit[] | null>(null);
  const [invalid, setInvalid] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const shop = () => shopId() ?? props.shops[0]?.id ?? '';
  const shopName = (id: string | null) => (id ? (props.shops.find((s) => s.id === id)?.name ?? ts('kb.unknownShop')) : ts('kb.allShops'));
  let input!: HTMLTextAreaElement;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const q = question().trim();
    setInvalid(!q);
    if (!q) return void input.focus();
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    setBusy(true);
    try {
      setHits(await searchKb(q.slice(0, 2000), shop() || null));
    } catch (error) {
      setHits(null);
      setFailure(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="kb-try-title" title={ts('kb.tryTitle')} hint={ts('kb.tryHint')}>
      <form class="card form" onSubmit={onSubmit} novalidate aria-labelledby="kb-try-title">
        <div class="field">
          <label for="kb-try-question">{ts('kb.tryQuestion')}</label>
          <textarea
            ref={input}
            id="kb-try-question"
            rows={2}
            maxLength={2000}
            value={question()}
            onInput={(e) => setQuestion(e.currentTarget.value)}
            aria-invalid={invalid() ? 'true' : undefined}
            aria-describedby={invalid() ? 'kb-try-question-error' : undefined}
          />
          <Show when={invalid()}>
            <p id="kb-try-question-error" class="field-error">
              {ts('kb.tryEmpty')}
            </p>
          </Show>
        </div>
        <div class="field">
          <label for="kb-try-shop">{ts('kb.tryShop')}</label>
          <select id="kb-try-shop" onChange={(e) => setShopId(e.currentTarget.value)}>
            <For each={props.shops}>
              {(s) => (
                <option value={s.id} selected={shop() === s.id}>
                  {s.name}
                </option>
              )}
            </For>
            <option value="" selected={shop() === ''}>
              {ts('kb.tryAllShopsOnly')}
            </option>
          </select>
        </div>
        <Show when={failure()}>
          {(text) => (
            <p class="form-error" role="alert">
              {text()}
            </p>
          )}
        </Show>
        <button type="submit" class="button primary" disabled={busy() || !online()} aria-describedby={offline()}>
          {busy() ? ts('kb.trying') : ts('kb.try')}
        </button>
        <div role="status" data-testid="kb-try-result">
          <Show when={hits()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p class="placeholder">{ts('kb.tryNone')}</p>}>
                <div class="kb-hit">
                  <p class="detail">{ts('kb.tryAnswer')}</p>
                  <p class="choice-title" lang={list()[0]!.article.language ?? undefined}>
                    {list()[0]!.article.title}
                  </p>
                  <p class="detail">
                    {joinList([
                      shopName(list()[0]!.article.shopId),
                      list()[0]!.article.language ? displayName('language', list()[0]!.article.language!) : ts('kb.anyLanguage'),
                    ])}
                  </p>
                </div>
                <Show when={list().length > 1}>
                  <p class="detail">{ts('kb.tryAlso')}</p>
                  <ul class="kb-also">
                    <For each={list().slice(1, 4)}>{(hit) => <li lang={hit.article.language ?? undefined}>{hit.article.title}</li>}</For>
                  </ul>
                </Show>
              </Show>
            )}
          </Show>
        </div>
      </form>
    </Section>
  );
}

// ---------- "Start from a template" ----------

interface Plan {
  articles: StarterArticle[];
  toAdd: StarterArticle[];
  skipped: number;
  withFacts: number;
}

function TemplatePanel(props: { shops: ShopView[]; defaultShopId: string | null; onImported: (shopId: string, text: string, withFacts: boolean) => void; onCancel: () => void }) {
  const [starter, setStarter] = createSignal<StarterModule | null>(null);
  const [loadFailed, setLoadFailed] = createSignal(false);
  const [shopId, setShopId] = createSignal<string | null>(props.defaultShopId);
  const [category, setCategory] = createSignal<StarterCategory>('home_goods');
  const [existing, setExisting] = createSignal<{ shopId: string; titles: Set<string> } | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  let heading!: HTMLHeadingElement;

  const shop = () => props.shops.find((s) => s.id === (shopId() ?? props.shops[0]?.id)) ?? null;
  const key = (title: string) => title.trim().toLowerCase();

  onMount(() => {
    heading.focus();
    loadStarter().then(setStarter, () => setLoadFailed(true));
  });

  // The titles the chosen shop has already (its own articles and those serving every shop).
  createEffect(
    on(
      () => shop()?.id,
      async (id) => {
        setExisting(null);
        if (!id || !navigator.onLine) return;
        try {
          const list = await listKb(id);
          if (shop()?.id === id) setExisting({ shopId: id, titles: new Set(list.filter((a) => a.shopId === id || a.shopId === null).map((a) => key(a.title))) });
        } catch (error) {
          setFailure(settingsErrorText(error));
        }
      },
    ),
  );

  const plan = createMemo((): Plan | null => {
    const mod = starter();
    const s = shop();
    const have = existing();
    if (!mod || !s || !have || have.shopId !== s.id) return null;
    const articles = mod.starterArticles(category(), s.languages);
    const toAdd = articles.filter((a) => !have.titles.has(key(a.title)));
    return { articles, toAdd, skipped: articles.length - toAdd.length, withFacts: toAdd.filter(needsFacts).length };
  });
  const languageNames = (list: readonly Language[]) => joinList(list.map((l) => displayName('language', l)));

  const onImport = async (event: SubmitEvent) => {
    event.preventDefault();
    const p = plan();
    const s = shop();
    const mod = starter();
    if (!p || !s || !mod || p.toAdd.length === 0) return;
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    setFailure(null);
    setProgress({ done: 0, total: p.toAdd.length });
    let done = 0;
    try {
      for (const article of p.toAdd) {
        await saveKbArticle(null, mod.toKbArticleBody(article, s.id));
        setProgress({ done: ++done, total: p.toAdd.length });
      }
    } catch (error) {
      setProgress(null);
      // Added so far stay added; trying again skips them (their titles exist now).
      setFailure(`${settingsErrorText(error)} ${ts('kb.importPartial', { count: done })}`);
      const have = existing();
      if (have) setExisting({ shopId: have.shopId, titles: new Set([...have.titles, ...p.toAdd.slice(0, done).map((a) => key(a.title))]) });
      return;
    }
    const parts = [ts(done === 1 ? 'kb.importedOne' : 'kb.importedMany', { count: done, shop: s.name })];
    if (p.skipped > 0) parts.push(ts(p.skipped === 1 ? 'kb.skippedOne' : 'kb.skippedMany', { count: p.skipped }));
    if (p.withFacts > 0) parts.push(ts(p.withFacts === 1 ? 'kb.factsOne' : 'kb.factsMany', { count: p.withFacts }));
    props.onImported(s.id, parts.join(' '), p.withFacts > 0);
  };

  return (
    <form class="card form" onSubmit={onImport} novalidate aria-labelledby="kb-template-title" data-testid="kb-template">
      <h3 id="kb-template-title" class="card-title" tabIndex={-1} ref={heading}>
        {ts('kb.templateTitle')}
      </h3>
      <p class="detail">{ts('kb.templateHint')}</p>
      <Switch fallback={<p class="placeholder">{ts('settings.loading')}</p>}>
        <Match when={loadFailed()}>
          <p class="form-error" role="alert">
            {online() ? t('error.unknown') : ts('kb.templateOffline')}
          </p>
        </Match>
        <Match when={starter()}>
          {(mod) => (
            <>
              <div class="field">
                <label for="kb-template-shop">{ts('kb.templateShop')}</label>
                <select id="kb-template-shop" disabled={!!progress()} aria-describedby="kb-template-shop-languages" onChange={(e) => setShopId(e.currentTarget.value)}>
                  <For each={props.shops}>
                    {(s) => (
                      <option value={s.id} selected={shop()?.id === s.id}>
                        {s.name}
                      </option>
                    )}
                  </For>
                </select>
                <p id="kb-template-shop-languages" class="field-hint">
                  {shop() ? ts('kb.templateShopLanguages', { languages: languageNames(shop()!.languages) }) : ''}
                </p>
              </div>
              <fieldset class="choices">
                <legend>{ts('kb.templateCategory')}</legend>
                <For each={mod().STARTER_CATEGORIES}>
                  {(c) => (
                    <label class="choice-row">
                      <input type="radio" name="kb-template-category" value={c} checked={category() === c} disabled={!!progress()} onChange={() => setCategory(c)} />
                      <span>
                        <span class="choice-title">{ts(`kbCategory.${c}`)}</span>
                        <span class="detail">{ts('kb.templateWrittenIn', { languages: languageNames(mod().STARTER_KB_LANGUAGES[c]) })}</span>
                      </span>
                    </label>
                  )}
                </For>
              </fieldset>
              <div class="note" role="status" data-testid="kb-template-plan">
                <Switch fallback={online() ? ts('settings.loading') : ts('settings.offlineList')}>
                  <Match when={progress()}>{(p) => ts('kb.importing', { done: p().done, total: p().total })}</Match>
                  <Match when={plan()}>
                    {(p) => (
                      <Show when={p().articles.length > 0} fallback={ts('kb.planNone', { languages: languageNames(shop()?.languages ?? []) })}>
                        {[
                          ts(p().toAdd.length === 1 ? 'kb.planAddOne' : 'kb.planAddMany', { count: p().toAdd.length }),
                          p().skipped > 0 ? ts(p().skipped === 1 ? 'kb.planSkipOne' : 'kb.planSkipMany', { count: p().skipped }) : '',
                          p().withFacts > 0 ? ts(p().withFacts === 1 ? 'kb.planFactsOne' : 'kb.planFactsMany', { count: p().withFacts }) : '',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                      </Show>
                    )}
                  </Match>
                </Switch>
              </div>
            </>
          )}
        </Match>
      </Switch>
      <Show when={failure()}>
        {(text) => (
          <p class="form-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={!online() || !!progress() || !plan() || plan()!.toAdd.length === 0} aria-describedby={offline()}>
          {progress() ? ts('kb.importBusy') : plan()?.toAdd.length === 1 ? ts('kb.importSubmitOne') : ts('kb.importSubmit', { count: plan()?.toAdd.length ?? 0 })}
        </button>
        <button type="button" class="button secondary" disabled={!!progress()} onClick={() => props.onCancel()}>
          {ts('settings.cancel')}
        </button>
      </div>
    </form>
  );
}
