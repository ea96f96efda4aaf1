// /settings/ai (owners and admins): the organisation's OpenAI-compatible AI provider, and a preview of how
// AskChat would answer a buyer's message for one of the shops.
//
// The provider's key goes in and never comes out: the API says only whether one is stored (hasKey), the field
// is always empty, and leaving it empty keeps the stored key. The form is checked with the shared
// aiProviderBodySchema before anything is sent. The preview (POST /api/ai/preview) runs the built-in engine
// on the text without sending anything or looking up orders.
import { For, Match, Show, Switch, createEffect, createSignal, on } from 'solid-js';
import { aiProviderBodySchema, type AiProviderView } from '../../../shared/schemas/ai-provider';
import type { ShopView } from '../../../shared/schemas/shops';
import { deleteAiProvider, getAiProvider, previewReply, saveAiProvider, type AiPreview } from '../../api/ai';
import { intlLocale, t } from '../../i18n';
import { displayName } from '../../i18n/format';
import { isSettingsKey, settingsErrorText, ts, type SettingsMessageKey } from '../../i18n/settings';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { ConfirmAction, Placeholder, Section, SettingsFrame, allowed, byMarketThenName, createRemote, fieldErrors, online } from './frame';

const offline = () => (online() ? undefined : 'settings-offline');

export function AiPage() {
  if (!allowed('manage_settings')) {
    return (
      <SettingsFrame title={ts('ai.title')} back="settings">
        <Placeholder text={ts('settings.ownersOnly')} />
      </SettingsFrame>
    );
  }
  const provider = createRemote(getAiProvider);
  const shops = createLiveQuery(async () => (await db.shops.toArray()).sort(byMarketThenName));

  return (
    <SettingsFrame title={ts('ai.title')} back="settings">
      <Section id="ai-uses-title" title={ts('ai.usesTitle')}>
        <ul class="card uses-list">
          <li>{ts('ai.useGrounded')}</li>
          <li>{ts('ai.useSummary')}</li>
          <li>{ts('ai.useTranslate')}</li>
        </ul>
        <p class="section-hint">{ts('ai.withoutProvider')}</p>
      </Section>

      <Section id="ai-provider-title" title={ts('ai.providerTitle')}>
        <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
          <Match when={provider.value()}>{(view) => <ProviderForm view={view()} onChange={(next) => provider.set(next)} />}</Match>
          <Match when={provider.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
        </Switch>
      </Section>

      <PreviewBox shops={shops() ?? []} />
    </SettingsFrame>
  );
}

// ---------- the provider ----------

type ProviderField = 'baseUrl' | 'model' | 'apiKey' | 'inputPerMTokUsd' | 'outputPerMTokUsd' | 'dailyCapUsd';
const FIELD_ERRORS: Record<ProviderField, SettingsMessageKey> = {
  baseUrl: 'ai.baseUrlInvalid',
  model: 'ai.modelInvalid',
  apiKey: 'ai.keyInvalid',
  inputPerMTokUsd: 'ai.priceInvalid',
  outputPerMTokUsd: 'ai.priceInvalid',
  dailyCapUsd: 'ai.capInvalid',
};
const FIELD_ORDER = Object.keys(FIELD_ERRORS) as ProviderField[];

/** A number field's value: empty is "not given" (the schema's default applies), anything else a number. */
const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
const textOf = (n: number | undefined, fallback: number) => String(n ?? fallback);

function ProviderForm(props: { view: AiProviderView; onChange: (view: AiProviderView) => void }) {
  const v = () => props.view;
  const [baseUrl, setBaseUrl] = createSignal('');
  const [model, setModel] = createSignal('');
  const [apiKey, setApiKey] = createSignal('');
  const [input, setInput] = createSignal('');
  const [output, setOutput] = createSignal('');
  const [cap, setCap] = createSignal('');
  const [enabled, setEnabled] = createSignal(true);
  const [errors, setErrors] = createSignal<Partial<Record<ProviderField, string>>>({});
  const [status, setStatus] = createSignal<{ text: string; failed?: boolean }>({ text: '' });
  const [busy, setBusy] = createSignal(false);

  // The fields follow what the server holds (on load, after a save or a removal).
  createEffect(
    on(
      () => [v().configured, v().baseUrl, v().model, v().inputPerMTokUsd, v().outputPerMTokUsd, v().dailyCapUsd, v().enabled],
      () => {
        setBaseUrl(v().baseUrl ?? '');
        setModel(v().model ?? '');
        setInput(textOf(v().inputPerMTokUsd, 0));
        setOutput(textOf(v().outputPerMTokUsd, 0));
        setCap(textOf(v().dailyCapUsd, 1));
        setEnabled(v().enabled ?? true);
      },
    ),
  );

  const id = (field: ProviderField) => `ai-${field}`;
  const { invalid, describedBy, FieldError } = fieldErrors(errors, id);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus({ text: '' });
    const key = apiKey().trim();
    const parsed = aiProviderBodySchema.safeParse({
      baseUrl: baseUrl().trim(),
      model: model(),
      ...(key ? { apiKey: key } : {}),
      inputPerMTokUsd: numberOf(input()),
      outputPerMTokUsd: numberOf(output()),
      dailyCapUsd: numberOf(cap()),
      enabled: enabled(),
    });
    const found: Partial<Record<ProviderField, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ProviderField;
        if (field in FIELD_ERRORS) found[field] = ts(FIELD_ERRORS[field]);
      }
    }
    // The first time, the server needs a key (afterwards an empty field keeps the stored one).
    if (!key && !v().hasKey) found.apiKey = ts('ai.keyNeeded');
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) return void document.getElementById(id(first))?.focus();
    if (!parsed.success) return void setStatus({ text: t('error.validation_failed'), failed: true });
    if (!navigator.onLine) return void setStatus({ text: ts('settings.offlineAction'), failed: true });
    setBusy(true);
    setStatus({ text: ts('settings.saving') });
    try {
      props.onChange(await saveAiProvider(parsed.data));
      setApiKey(''); // never kept on screen
      setStatus({ text: ts('ai.saved') });
    } catch (error) {
      setStatus({ text: settingsErrorText(error), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async () => {
    if (!navigator.onLine) return void setStatus({ text: ts('settings.offlineAction'), failed: true });
    try {
      props.onChange(await deleteAiProvider());
      setApiKey('');
      setErrors({});
      setStatus({ text: ts('ai.removed') });
      requestAnimationFrame(() => document.getElementById(id('baseUrl'))?.focus());
    } catch (error) {
      setStatus({ text: settingsErrorText(error), failed: true });
    }
  };

  return (
    <form class="card form" onSubmit={onSubmit} novalidate aria-labelledby="ai-provider-title" data-testid="ai-provider">
      <p class={`state ${v().configured ? (v().enabled ? 'state-active' : 'state-kb-off') : 'state-kb-off'}`} data-testid="ai-provider-state">
        <span class="dot" aria-hidden="true" />
        {v().configured ? (v().enabled ? ts('ai.stateOn', { model: v().model ?? '' }) : ts('ai.stateOff')) : ts('ai.stateNone')}
      </p>
      <Show when={v().configured}>
        <p class="detail" data-testid="ai-key-state">
          {v().hasKey ? ts('ai.keyStored') : ts('ai.keyMissing')}
        </p>
      </Show>
      <div class="field">
        <label for={id('baseUrl')}>{ts('ai.baseUrl')}</label>
        <input
          id={id('baseUrl')}
          type="url"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="https://api.openai.com/v1"
          value={baseUrl()}
          onInput={(e) => setBaseUrl(e.currentTarget.value)}
          aria-invalid={invalid('baseUrl')}
          aria-describedby={describedBy('baseUrl', 'ai-baseUrl-hint')}
        />
        <p id="ai-baseUrl-hint" class="field-hint">
          {ts('ai.baseUrlHint')}
        </p>
        <FieldError field="baseUrl" />
      </div>
      <div class="field">
        <label for={id('model')}>{ts('ai.model')}</label>
        <input
          id={id('model')}
          autocomplete="off"
          spellcheck={false}
          placeholder="gpt-4o-mini"
          value={model()}
          onInput={(e) => setModel(e.currentTarget.value)}
          aria-invalid={invalid('model')}
          aria-describedby={describedBy('model')}
        />
        <FieldError field="model" />
      </div>
      <div class="field">
        <label for={id('apiKey')}>{ts('ai.apiKey')}</label>
        <input
          id={id('apiKey')}
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={apiKey()}
          onInput={(e) => setApiKey(e.currentTarget.value)}
          aria-invalid={invalid('apiKey')}
          aria-describedby={describedBy('apiKey', 'ai-apiKey-hint')}
        />
        <p id="ai-apiKey-hint" class="field-hint">
          {v().hasKey ? ts('ai.apiKeyKeep') : ts('ai.apiKeyFirst')}
        </p>
        <FieldError field="apiKey" />
      </div>
      <div class="field-pair">
        <div class="field">
          <label for={id('inputPerMTokUsd')}>{ts('ai.inputPrice')}</label>
          <input
            id={id('inputPerMTokUsd')}
            type="number"
            inputMode="decimal"
            min="0"
            step="any"
            value={input()}
            onInput={(e) => setInput(e.currentTarget.value)}
            aria-invalid={invalid('inputPerMTokUsd')}
            aria-describedby={describedBy('inputPerMTokUsd', 'ai-price-hint')}
          />
          <FieldError field="inputPerMTokUsd" />
        </div>
        <div class="field">
          <label for={id('outputPerMTokUsd')}>{ts('ai.outputPrice')}</label>
          <input
            id={id('outputPerMTokUsd')}
            type="number"
            inputMode="decimal"
            min="0"
            step="any"
            value={output()}
            onInput={(e) => setOutput(e.currentTarget.value)}
            aria-invalid={invalid('outputPerMTokUsd')}
            aria-describedby={describedBy('outputPerMTokUsd', 'ai-price-hint')}
          />
          <FieldError field="outputPerMTokUsd" />
        </div>
      </div>
      <p id="ai-price-hint" class="field-hint">
        {ts('ai.priceHint')}
      </p>
      <div class="field">
        <label for={id('dailyCapUsd')}>{ts('ai.dailyCap')}</label>
        <input
          id={id('dailyCapUsd')}
          type="number"
          inputMode="decimal"
          min="0"
          step="any"
          value={cap()}
          onInput={(e) => setCap(e.currentTarget.value)}
          aria-invalid={invalid('dailyCapUsd')}
          aria-describedby={describedBy('dailyCapUsd', 'ai-cap-hint')}
        />
        <p id="ai-cap-hint" class="field-hint">
          {ts('ai.dailyCapHint')}
        </p>
        <FieldError field="dailyCapUsd" />
      </div>
      <label class="choice-row">
        <input type="checkbox" checked={enabled()} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        <span>
          <span class="choice-title">{ts('ai.enabled')}</span>
          <span class="detail">{ts('ai.enabledHint')}</span>
        </span>
      </label>
      <p class="save-state" classList={{ failed: !!status().failed }} role="status">
        {status().text}
      </p>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy() || !online()} aria-describedby={offline()}>
          {busy() ? ts('settings.saving') : ts('ai.save')}
        </button>
        <Show when={v().configured}>
          <ConfirmAction label={ts('ai.remove')} name={ts('ai.remove')} question={ts('ai.removeConfirm')} disabled={!online()} onConfirm={onRemove} />
        </Show>
      </div>
    </form>
  );
}

// ---------- the preview ----------

function PreviewBox(props: { shops: ShopView[] }) {
  const [text, setText] = createSignal('');
  const [shopId, setShopId] = createSignal<string | null>(null); // null: the first shop, once known
  const [result, setResult] = createSignal<AiPreview | null>(null);
  const [invalid, setInvalid] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const shop = () => shopId() ?? props.shops[0]?.id ?? '';
  let input!: HTMLTextAreaElement;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const message = text().trim();
    setInvalid(!message);
    if (!message) return void input.focus();
    if (!shop()) return;
    if (!navigator.onLine) return void setFailure(ts('settings.offlineAction'));
    setBusy(true);
    try {
      setResult(await previewReply(message.slice(0, 2000), shop()));
    } catch (error) {
      setResult(null);
      setFailure(settingsErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  const percent = (n: number) => new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(n);
  const escalation = (u: AiPreview['understanding']) => (u.escalate ? reasonText(`escalate:${u.escalateReason ?? 'unspecified'}`) : ts('ai.noEscalation'));

  return (
    <Section id="ai-preview-title" title={ts('ai.previewTitle')} hint={ts('ai.previewHint')}>
      <form class="card form" onSubmit={onSubmit} novalidate aria-labelledby="ai-preview-title">
        <div class="field">
          <label for="ai-preview-text">{ts('ai.previewText')}</label>
          <textarea
            ref={input}
            id="ai-preview-text"
            rows={3}
            maxLength={2000}
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-invalid={invalid() ? 'true' : undefined}
            aria-describedby={invalid() ? 'ai-preview-text-error' : undefined}
          />
          <Show when={invalid()}>
            <p id="ai-preview-text-error" class="field-error">
              {ts('ai.previewEmpty')}
            </p>
          </Show>
        </div>
        <div class="field">
          <label for="ai-preview-shop">{ts('ai.previewShop')}</label>
          <select id="ai-preview-shop" onChange={(e) => setShopId(e.currentTarget.value)}>
            <For each={props.shops}>
              {(s) => (
                <option value={s.id} selected={shop() === s.id}>
                  {s.name}
                </option>
              )}
            </For>
          </select>
        </div>
        <Show when={failure()}>
          {(message) => (
            <p class="form-error" role="alert">
              {message()}
            </p>
          )}
        </Show>
        <button type="submit" class="button primary" disabled={busy() || !online() || !shop()} aria-describedby={offline()}>
          {busy() ? ts('ai.previewBusy') : ts('ai.previewSubmit')}
        </button>
        <div role="status" data-testid="ai-preview-result">
          <Show when={result()}>
            {(r) => (
              <div class="preview-result">
                <dl class="facts">
                  <div>
                    <dt>{ts('ai.language')}</dt>
                    <dd>{displayName('language', r().understanding.language)}</dd>
                  </div>
                  <div>
                    <dt>{ts('ai.intent')}</dt>
                    <dd data-testid="ai-preview-intent">{t(`intent.${r().understanding.intent}`)}</dd>
                  </div>
                  <div>
                    <dt>{ts('ai.confidence')}</dt>
                    <dd>{percent(r().understanding.confidence)}</dd>
                  </div>
                  <div>
                    <dt>{ts('ai.escalation')}</dt>
                    <dd>{escalation(r().understanding)}</dd>
                  </div>
                  <div>
                    <dt>{ts('ai.decision')}</dt>
                    <dd data-testid="ai-preview-decision">
                      {r().decision.action === 'auto_reply' ? ts('ai.decisionAuto') : ts('ai.decisionHandOff')}
                      <span class="detail"> — {reasonText(r().decision.reason)}</span>
                    </dd>
                  </div>
                </dl>
                <p class="detail">{r().decision.action === 'auto_reply' ? ts('ai.replyAuto') : ts('ai.replyDraft')}</p>
                <p class="preview-reply" lang={r().reply.language} data-testid="ai-preview-reply">
                  {r().reply.text}
                </p>
              </div>
            )}
          </Show>
        </div>
      </form>
    </Section>
  );
}

/** A decision's reason (decideReply) or an escalation, as a sentence; one this version does not know reads "Other reason". */
function reasonText(reason: string): string {
  const key = `reason.${reason.replace(':', '.')}`;
  return ts(isSettingsKey(key) ? key : 'reason.other');
}
