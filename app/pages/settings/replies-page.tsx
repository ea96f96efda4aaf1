// /settings/shops/:shopId/replies (owners and admins): how AskChat replies for one shop. Which routine
// questions it answers by itself, draft-only mode, tone, emoji, signature, how the shop words its hours, and
// the policy facts replies may state (returns, delivery and processing days, cash on delivery, instalments,
// coupons). Read live from GET /api/shops/:id/settings (the defaults filled in) and saved whole with PUT.
//
// The form is checked with the shared shopSettingsSchema before anything is sent; each refusal is shown at
// its field. An empty policy field is "not stated": replies then do not mention it.
import { useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Intent } from '../../../shared/intents';
import { LANGUAGES, MARKET_INFO, type Language } from '../../../shared/markets';
import type { RoutineIntent } from '../../../shared/reply/decide';
import { SHOP_TONES, shopSettingsSchema, type EffectiveShopSettings } from '../../../shared/schemas/shop-settings';
import type { ShopView } from '../../../shared/schemas/shops';
import { getShopSettings, saveShopSettings, updateShop } from '../../api/settings';
import { t } from '../../i18n';
import { displayName } from '../../i18n/format';
import { settingsErrorText, ts, type SettingsMessageKey } from '../../i18n/settings';
import { db } from '../../local/db';
import { createLiveQuery } from '../../local/live';
import { ShopEmailCard } from './shop-email-card';
import { Placeholder, Section, SettingsFrame, allowed, createRemote, fieldErrors, fromDateInput, online, toDateInput } from './frame';

type Tone = (typeof SHOP_TONES)[number];
type YesNo = '' | 'yes' | 'no';

// The intents AskChat may answer by itself (shared/reply/decide.ts ROUTINE_INTENTS), in the inbox's order.
// Typed against the shared list rather than importing it, to keep that module out of this chunk; a new
// routine intent is a type error here until it has a place.
const ROUTINE_ORDER: Record<RoutineIntent, number> = {
  order_status: 0,
  return_refund: 1,
  cancel_order: 2,
  address_change: 3,
  product_question: 4,
  coupon_promo: 5,
  payment: 6,
  greeting: 7,
};
const ROUTINE = (Object.keys(ROUTINE_ORDER) as RoutineIntent[]).sort((a, b) => ROUTINE_ORDER[a] - ROUTINE_ORDER[b]);
const MAX_COUPONS = 20;

interface CouponRow {
  code: string;
  description: string;
  endsAt: string; // a date input's value
  original: string | null; // the stored end, kept when the day is not changed
}

interface FormState {
  autoSend: Record<Intent, boolean>;
  draftOnly: boolean;
  tone: Tone;
  emoji: boolean;
  signature: string;
  businessHoursText: string;
  responseWindow: '' | '12' | '24';
  returnWindowDays: string;
  freeReturns: YesNo;
  shipMin: string;
  shipMax: string;
  processingDays: string;
  cod: YesNo;
  installments: YesNo;
  coupons: CouponRow[];
}

const yesNo = (b: boolean | undefined): YesNo => (b === undefined ? '' : b ? 'yes' : 'no');
const fromYesNo = (v: YesNo) => (v === '' ? undefined : v === 'yes');
const numText = (n: number | undefined) => (n === undefined ? '' : String(n));
const numOf = (text: string) => (text.trim() === '' ? undefined : Number(text));

function toForm(s: EffectiveShopSettings): FormState {
  const p = s.policies;
  return {
    autoSend: { ...s.autoSend },
    draftOnly: s.draftOnly,
    tone: s.tone,
    emoji: s.emoji,
    signature: s.signature ?? '',
    businessHoursText: s.businessHoursText ?? '',
    responseWindow: s.responseWindowHours ? (String(s.responseWindowHours) as '12' | '24') : '',
    returnWindowDays: numText(p.returnWindowDays),
    freeReturns: yesNo(p.freeReturns),
    shipMin: numText(p.shippingDays?.min),
    shipMax: numText(p.shippingDays?.max),
    processingDays: numText(p.processingDays),
    cod: yesNo(p.cod),
    installments: yesNo(p.installments),
    coupons: (p.activeCoupons ?? []).map((c) => ({ code: c.code ?? '', description: c.description, endsAt: toDateInput(c.endsAt, true), original: c.endsAt ?? null })),
  };
}

/** The PUT body for the form (unchecked: the shared schema checks it). */
function toBody(f: FormState): unknown {
  const text = (v: string) => (v.trim() === '' ? undefined : v);
  return {
    autoSend: { ...f.autoSend },
    draftOnly: f.draftOnly,
    tone: f.tone,
    emoji: f.emoji,
    signature: text(f.signature),
    businessHoursText: text(f.businessHoursText),
    responseWindowHours: f.responseWindow ? Number(f.responseWindow) : undefined,
    policies: {
      returnWindowDays: numOf(f.returnWindowDays),
      freeReturns: fromYesNo(f.freeReturns),
      shippingDays: f.shipMin.trim() || f.shipMax.trim() ? { min: numOf(f.shipMin), max: numOf(f.shipMax) } : undefined,
      processingDays: numOf(f.processingDays),
      cod: fromYesNo(f.cod),
      installments: fromYesNo(f.installments),
      activeCoupons: f.coupons.length
        ? f.coupons.map((c) => ({ code: text(c.code), description: c.description, endsAt: fromDateInput(c.endsAt, true, c.original) ?? undefined }))
        : undefined,
    },
  };
}

// Where each refusal of the schema is shown: the field's id and the sentence.
type FieldKey = 'signature' | 'businessHoursText' | 'returnWindowDays' | 'shipping' | 'processingDays' | `coupon-${number}`;
const FIELD_ORDER: FieldKey[] = ['signature', 'businessHoursText', 'returnWindowDays', 'shipping', 'processingDays'];

function fieldOf(path: readonly PropertyKey[]): { field: FieldKey; message: SettingsMessageKey } | null {
  const [top, second, third] = path;
  if (top === 'signature') return { field: 'signature', message: 'replies.signatureInvalid' };
  if (top === 'businessHoursText') return { field: 'businessHoursText', message: 'replies.hoursInvalid' };
  if (top !== 'policies') return null;
  if (second === 'returnWindowDays' || second === 'processingDays') return { field: second, message: 'replies.daysInvalid' };
  // The refinement on the pair has the pair's own path; a bad or missing number has the number's.
  if (second === 'shippingDays') return { field: 'shipping', message: third === undefined ? 'replies.shippingOrder' : 'replies.shippingInvalid' };
  if (second === 'activeCoupons' && typeof third === 'number') return { field: `coupon-${third}`, message: 'replies.couponInvalid' };
  return null;
}

const offline = () => (online() ? undefined : 'settings-offline');

export function RepliesPage() {
  const params = useParams<{ shopId: string }>();
  const back = () => ({ href: '/settings/shops', label: ts('replies.back') });
  if (!allowed('manage_settings')) {
    return (
      <SettingsFrame title={ts('replies.title')} back={back()}>
        <Placeholder text={ts('settings.ownersOnly')} />
      </SettingsFrame>
    );
  }
  const shop = createLiveQuery(
    () => params.shopId,
    async (id) => (await db.shops.get(id)) ?? null,
  );
  const settings = createRemote(() => getShopSettings(params.shopId));

  return (
    <SettingsFrame title={ts('replies.title')} back={back()}>
      <Show when={shop()}>
        {(s) => (
          <div class="card-head">
            <p class="card-title" data-testid="replies-shop">
              {s().name}
            </p>
            <span class="tag market" aria-hidden="true">
              {s().market}
            </span>
          </div>
        )}
      </Show>
      <Switch fallback={<Placeholder text={online() ? ts('settings.loading') : ts('settings.offlineList')} />}>
        <Match when={settings.value() && shop()}>
          <RepliesForm shop={shop()!} settings={settings.value()!} onSaved={(next) => settings.set(next)} />
        </Match>
        <Match when={settings.error()}>{(error) => <Placeholder alert text={settingsErrorText(error())} />}</Match>
      </Switch>
      <Show when={shop()}>
        <ShopEmailCard shopId={params.shopId} />
      </Show>
    </SettingsFrame>
  );
}

function RepliesForm(props: { shop: ShopView; settings: EffectiveShopSettings; onSaved: (next: EffectiveShopSettings) => void }) {
  const [form, setForm] = createStore<FormState>(toForm(props.settings));
  const [errors, setErrors] = createSignal<Partial<Record<FieldKey, string>>>({});
  const [status, setStatus] = createSignal<{ text: string; failed?: boolean }>({ text: '' });
  const [busy, setBusy] = createSignal(false);
  // The languages AskChat answers this shop's buyers in (others get the first one); saved on the shop.
  const [languages, setLanguages] = createSignal<Language[]>([...props.shop.languages]);
  const toggleLanguage = (code: Language, on: boolean) => setLanguages((list) => (on ? LANGUAGES.filter((l) => l === code || list.includes(l)) : list.filter((l) => l !== code)));
  const marketWindow = () => MARKET_INFO[props.shop.market].responseWindowHours;

  const id = (field: FieldKey) => `replies-${field}`;
  const { invalid, describedBy, FieldError } = fieldErrors(errors, id);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus({ text: '' });
    const parsed = shopSettingsSchema.safeParse(toBody(form));
    if (!parsed.success) {
      const found: Partial<Record<FieldKey, string>> = {};
      for (const issue of parsed.error.issues) {
        const at = fieldOf(issue.path);
        if (at && !found[at.field]) found[at.field] = ts(at.message);
      }
      setErrors(found);
      setStatus({ text: t('error.validation_failed'), failed: true });
      const order: FieldKey[] = [...FIELD_ORDER, ...form.coupons.map((_, i) => `coupon-${i}` as const)];
      const first = order.find((f) => found[f]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    if (languages().length === 0) {
      setErrors({});
      setStatus({ text: ts('replies.languagesNone'), failed: true });
      return void document.getElementById('replies-language-' + props.shop.languages[0])?.focus();
    }
    setErrors({});
    if (!navigator.onLine) return void setStatus({ text: ts('settings.offlineAction'), failed: true });
    setBusy(true);
    setStatus({ text: ts('settings.saving') });
    try {
      if (languages().join() !== props.shop.languages.join()) await updateShop(props.shop.id, { languages: languages() });
      const saved = await saveShopSettings(props.shop.id, parsed.data);
      props.onSaved(saved);
      setForm(toForm(saved));
      setStatus({ text: ts('replies.saved') });
    } catch (error) {
      setStatus({ text: settingsErrorText(error), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const addCoupon = () => {
    setForm('coupons', (list) => [...list, { code: '', description: '', endsAt: '', original: null }]);
    const index = form.coupons.length - 1;
    requestAnimationFrame(() => document.getElementById(`replies-coupon-${index}-description`)?.focus());
  };
  const removeCoupon = (index: number) => {
    setForm('coupons', (list) => list.filter((_, i) => i !== index));
    setErrors({});
    requestAnimationFrame(() => document.getElementById('replies-add-coupon')?.focus());
  };

  const yesNoSelect = (field: 'freeReturns' | 'cod' | 'installments', label: SettingsMessageKey) => (
    <div class="field">
      <label for={`replies-${field}`}>{ts(label)}</label>
      <select id={`replies-${field}`} onChange={(e) => setForm(field, e.currentTarget.value as YesNo)}>
        <option value="" selected={form[field] === ''}>
          {ts('replies.notStated')}
        </option>
        <option value="yes" selected={form[field] === 'yes'}>
          {ts('replies.yes')}
        </option>
        <option value="no" selected={form[field] === 'no'}>
          {ts('replies.no')}
        </option>
      </select>
    </div>
  );

  const dayField = (field: 'returnWindowDays' | 'processingDays', label: SettingsMessageKey) => (
    <div class="field">
      <label for={id(field)}>{ts(label)}</label>
      <input
        id={id(field)}
        type="number"
        inputMode="numeric"
        min="0"
        max="365"
        step="1"
        value={form[field]}
        onInput={(e) => setForm(field, e.currentTarget.value)}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field)}
      />
      <FieldError field={field} />
    </div>
  );

  return (
    <form class="replies-form" onSubmit={onSubmit} novalidate data-testid="replies-form">
      <Section id="replies-auto-title" title={ts('replies.autoTitle')} hint={ts('replies.autoHint')}>
        <div class="card form">
          <fieldset class="choices">
            <legend>{ts('replies.autoLegend')}</legend>
            <div class="chips">
              <For each={ROUTINE}>
                {(intent) => (
                  <label class="choice-chip">
                    <input type="checkbox" checked={form.autoSend[intent]} onChange={(e) => setForm('autoSend', intent, e.currentTarget.checked)} />
                    <span>{t(`intent.${intent}`)}</span>
                  </label>
                )}
              </For>
            </div>
          </fieldset>
          <p class="field-hint">{ts('replies.neverAuto')}</p>
          <label class="choice-row">
            <input type="checkbox" checked={form.draftOnly} onChange={(e) => setForm('draftOnly', e.currentTarget.checked)} />
            <span>
              <span class="choice-title">{ts('replies.draftOnly')}</span>
              <span class="detail">{ts('replies.draftOnlyHint')}</span>
            </span>
          </label>
        </div>
      </Section>

      <Section id="replies-voice-title" title={ts('replies.voiceTitle')}>
        <div class="card form">
          <fieldset class="choices">
            <legend>{ts('replies.tone')}</legend>
            <For each={SHOP_TONES}>
              {(tone) => (
                <label class="choice-row">
                  <input type="radio" name="replies-tone" value={tone} checked={form.tone === tone} onChange={() => setForm('tone', tone)} />
                  <span>
                    <span class="choice-title">{ts(`tone.${tone}`)}</span>
                    <span class="detail">{ts(`toneHint.${tone}`)}</span>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
          <fieldset class="choices">
            <legend>{ts('replies.languages')}</legend>
            <p class="field-hint">{ts('replies.languagesHint')}</p>
            <div class="chips">
              <For each={LANGUAGES}>
                {(code) => (
                  <label class="choice-chip">
                    <input
                      id={`replies-language-${code}`}
                      type="checkbox"
                      checked={languages().includes(code)}
                      onChange={(e) => toggleLanguage(code, e.currentTarget.checked)}
                    />
                    <span>{displayName('language', code)}</span>
                  </label>
                )}
              </For>
            </div>
          </fieldset>
          <label class="choice-row">
            <input type="checkbox" checked={form.emoji} onChange={(e) => setForm('emoji', e.currentTarget.checked)} />
            <span>
              <span class="choice-title">{ts('replies.emoji')}</span>
              <span class="detail">{ts('replies.emojiHint')}</span>
            </span>
          </label>
          <div class="field">
            <label for={id('signature')}>{ts('replies.signature')}</label>
            <input
              id={id('signature')}
              autocomplete="off"
              maxLength={60}
              value={form.signature}
              onInput={(e) => setForm('signature', e.currentTarget.value)}
              aria-invalid={invalid('signature')}
              aria-describedby={describedBy('signature', 'replies-signature-hint')}
            />
            <p id="replies-signature-hint" class="field-hint">
              {ts('replies.signatureHint')}
            </p>
            <FieldError field="signature" />
          </div>
          <div class="field">
            <label for={id('businessHoursText')}>{ts('replies.hours')}</label>
            <input
              id={id('businessHoursText')}
              autocomplete="off"
              maxLength={120}
              value={form.businessHoursText}
              onInput={(e) => setForm('businessHoursText', e.currentTarget.value)}
              aria-invalid={invalid('businessHoursText')}
              aria-describedby={describedBy('businessHoursText', 'replies-hours-hint')}
            />
            <p id="replies-hours-hint" class="field-hint">
              {ts('replies.hoursHint')}
            </p>
            <FieldError field="businessHoursText" />
          </div>
          <div class="field">
            <label for="replies-window">{ts('replies.window')}</label>
            <select id="replies-window" aria-describedby="replies-window-hint" onChange={(e) => setForm('responseWindow', e.currentTarget.value as FormState['responseWindow'])}>
              <option value="" selected={form.responseWindow === ''}>
                {ts('replies.windowMarket', { hours: marketWindow(), market: displayName('region', props.shop.market) })}
              </option>
              <option value="12" selected={form.responseWindow === '12'}>
                {ts('replies.windowHours', { hours: 12 })}
              </option>
              <option value="24" selected={form.responseWindow === '24'}>
                {ts('replies.windowHours', { hours: 24 })}
              </option>
            </select>
            <p id="replies-window-hint" class="field-hint">
              {ts('replies.windowHint')}
            </p>
          </div>
        </div>
      </Section>

      <Section id="replies-facts-title" title={ts('replies.factsTitle')} hint={ts('replies.factsHint')}>
        <div class="card form">
          {dayField('returnWindowDays', 'replies.returnWindow')}
          {yesNoSelect('freeReturns', 'replies.freeReturns')}
          <fieldset class="choices">
            <legend>{ts('replies.shipping')}</legend>
            <div class="field-pair">
              <div class="field">
                <label for={id('shipping')}>{ts('replies.shipMin')}</label>
                <input
                  id={id('shipping')}
                  type="number"
                  inputMode="numeric"
                  min="0"
                  max="365"
                  step="1"
                  value={form.shipMin}
                  onInput={(e) => setForm('shipMin', e.currentTarget.value)}
                  aria-invalid={invalid('shipping')}
                  aria-describedby={describedBy('shipping')}
                />
              </div>
              <div class="field">
                <label for="replies-shipping-max">{ts('replies.shipMax')}</label>
                <input
                  id="replies-shipping-max"
                  type="number"
                  inputMode="numeric"
                  min="0"
                  max="365"
                  step="1"
                  value={form.shipMax}
                  onInput={(e) => setForm('shipMax', e.currentTarget.value)}
                  aria-invalid={invalid('shipping')}
                  aria-describedby={describedBy('shipping')}
                />
              </div>
            </div>
            <FieldError field="shipping" />
          </fieldset>
          {dayField('processingDays', 'replies.processing')}
          {yesNoSelect('cod', 'replies.cod')}
          {yesNoSelect('installments', 'replies.installments')}
        </div>
      </Section>

      <Section id="replies-coupons-title" title={ts('replies.couponsTitle')} count={form.coupons.length} hint={ts('replies.couponsHint')}>
        <Show when={form.coupons.length > 0} fallback={<Placeholder text={ts('replies.couponsEmpty')} />}>
          <ul class="card-list">
            <For each={form.coupons}>
              {(coupon, index) => (
                <li class="card form" data-testid="coupon">
                  <p class="card-title">{ts('replies.couponN', { n: index() + 1 })}</p>
                  <div class="field">
                    <label for={`replies-coupon-${index()}-description`}>{ts('replies.couponDescription')}</label>
                    <input
                      id={`replies-coupon-${index()}-description`}
                      autocomplete="off"
                      maxLength={200}
                      value={coupon.description}
                      onInput={(e) => setForm('coupons', index(), 'description', e.currentTarget.value)}
                      aria-invalid={invalid(`coupon-${index()}`)}
                      aria-describedby={describedBy(`coupon-${index()}`)}
                    />
                  </div>
                  <div class="field-pair">
                    <div class="field">
                      <label for={`replies-coupon-${index()}-code`}>{ts('replies.couponCode')}</label>
                      <input
                        id={`replies-coupon-${index()}-code`}
                        autocomplete="off"
                        maxLength={40}
                        value={coupon.code}
                        onInput={(e) => setForm('coupons', index(), 'code', e.currentTarget.value)}
                      />
                    </div>
                    <div class="field">
                      <label for={`replies-coupon-${index()}-ends`}>{ts('replies.couponEnds')}</label>
                      <input id={`replies-coupon-${index()}-ends`} type="date" value={coupon.endsAt} onInput={(e) => setForm('coupons', index(), 'endsAt', e.currentTarget.value)} />
                    </div>
                  </div>
                  <FieldError field={`coupon-${index()}`} />
                  <div class="card-actions">
                    <button type="button" class="button small secondary danger-text" aria-label={ts('replies.couponRemoveOf', { n: index() + 1 })} onClick={() => removeCoupon(index())}>
                      {ts('replies.couponRemove')}
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <button id="replies-add-coupon" type="button" class="button secondary block" disabled={form.coupons.length >= MAX_COUPONS} onClick={addCoupon}>
          {ts('replies.couponAdd')}
        </button>
      </Section>

      <div class="sticky-save">
        <p class="save-state" classList={{ failed: !!status().failed }} role="status" data-testid="replies-status">
          {status().text}
        </p>
        <button type="submit" class="button primary block" disabled={busy() || !online()} aria-describedby={offline()}>
          {busy() ? ts('settings.saving') : ts('replies.save')}
        </button>
      </div>
    </form>
  );
}
