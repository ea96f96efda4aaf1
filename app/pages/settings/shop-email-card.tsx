// The shop's inbound e-mail address (docs/email.md, "Setting it up"), a small card on the shop's reply
// settings: GET/PUT /api/email/shops/:shopId. Its own form and save, apart from the reply settings, since it
// is its own setting; an empty field turns e-mail off for the shop. Checked with the shared emailSchema
// first; the server's refusals (a +tag, an address another shop has) are shown at the field.
import { Show, createSignal } from 'solid-js';
import { emailSchema } from '../../../shared/schemas/common';
import { apiRequest } from '../../api/client';
import { settingsErrorText, ts } from '../../i18n/settings';
import { Section, createRemote, online } from './frame';

export function ShopEmailCard(props: { shopId: string }) {
  const url = () => `/api/email/shops/${encodeURIComponent(props.shopId)}`;
  const remote = createRemote(() => apiRequest<{ address: string | null }>(url()));
  const [draft, setDraft] = createSignal<string | null>(null); // null: not edited, show the stored one
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const value = () => draft() ?? remote.value()?.address ?? '';

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus('');
    const typed = value().trim();
    const parsed = typed === '' ? { success: true as const, data: null } : emailSchema.safeParse(typed);
    if (!parsed.success) return void setError(ts('shopEmail.invalid'));
    setError('');
    setBusy(true);
    try {
      const saved = await apiRequest<{ address: string | null }>(url(), { method: 'PUT', body: { address: parsed.data } });
      remote.set(saved);
      setDraft(null);
      setStatus(ts(saved.address ? 'shopEmail.saved' : 'shopEmail.off'));
    } catch (failure) {
      setError(settingsErrorText(failure, { conflict: 'shopEmail.taken', validation_failed: 'shopEmail.invalid' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="shop-email-title" title={ts('shopEmail.title')} hint={ts('shopEmail.hint')}>
      <form class="card form" onSubmit={onSubmit} novalidate data-testid="shop-email-form">
        <div class="field">
          <label for="shop-email-address">{ts('shopEmail.address')}</label>
          <input
            id="shop-email-address"
            type="email"
            autocomplete="off"
            maxLength={254}
            placeholder="support@example.co.uk"
            value={value()}
            disabled={remote.value() === undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
            aria-invalid={error() ? 'true' : undefined}
            aria-describedby={error() ? 'shop-email-address-error' : undefined}
          />
          <Show when={error()}>
            <p id="shop-email-address-error" class="field-error">
              {error()}
            </p>
          </Show>
          <Show when={remote.error()}>{(failure) => <p class="form-error" role="alert">{settingsErrorText(failure())}</p>}</Show>
        </div>
        <p class="save-state" role="status" data-testid="shop-email-status">
          {status()}
        </p>
        <button type="submit" class="button secondary block" disabled={busy() || !online() || remote.value() === undefined}>
          {busy() ? ts('settings.saving') : ts('shopEmail.save')}
        </button>
      </form>
    </Section>
  );
}
