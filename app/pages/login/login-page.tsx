// Sign-in. The form is checked with the same schema the API uses (shared loginBodySchema) before anything
// is sent; an API failure is shown by its error code, translated. On success the session lands in
// IndexedDB and the route shows the inbox by itself (no navigation here).
//
// The schema (and zod/mini with it, ~8 KB gzip) is not part of the first paint: it loads while the person
// types, started by the first focus on the form, and is awaited on submit if it is still on its way.
import { Show, createSignal } from 'solid-js';
import { signIn } from '../../api/auth';
import { ApiError } from '../../api/client';
import { LanguageSwitch } from '../../components/language-switch';
import { t, type MessageKey } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { sessionEnded } from '../../local/session';

type Field = 'email' | 'password';
let schemas: Promise<typeof import('../../../shared/schemas/auth')> | null = null;
const loadSchemas = () => (schemas ??= import('../../../shared/schemas/auth'));
const FIELD_ERRORS: Record<Field, MessageKey> = { email: 'login.emailInvalid', password: 'login.passwordRequired' };

export function LoginPage() {
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [invalid, setInvalid] = createSignal<Partial<Record<Field, true>>>({});
  const [failure, setFailure] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  let emailInput!: HTMLInputElement;
  let passwordInput!: HTMLInputElement;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    let loginBodySchema;
    try {
      ({ loginBodySchema } = await loadSchemas());
    } catch (error) {
      schemas = null; // the chunk did not arrive (offline?): try again on the next submit
      setFailure(navigator.onLine ? error : 'offline');
      return;
    }
    const parsed = loginBodySchema.safeParse({ email: email(), password: password() });
    if (!parsed.success) {
      const fields: Partial<Record<Field, true>> = {};
      for (const issue of parsed.error.issues) if (issue.path[0] === 'email' || issue.path[0] === 'password') fields[issue.path[0]] = true;
      setInvalid(fields);
      (fields.email ? emailInput : passwordInput).focus();
      return;
    }
    setInvalid({});
    if (!navigator.onLine) {
      setFailure('offline');
      return;
    }
    setBusy(true);
    try {
      await signIn(parsed.data);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError && error.code === 'invalid_credentials') passwordInput.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="auth-page">
      <div class="auth-top">
        <LanguageSwitch id="login-language" compact />
      </div>
      <div class="auth-card">
        <img class="auth-logo" src="/icons/icon-192.png" width="56" height="56" alt="" />
        <h1>{t('login.title')}</h1>
        <p class="auth-tagline">{t('login.tagline')}</p>
        <form class="form" onSubmit={onSubmit} onFocusIn={() => void loadSchemas().catch(() => (schemas = null))} novalidate>
          <div class="field">
            <label for="login-email">{t('login.email')}</label>
            <input
              ref={emailInput}
              id="login-email"
              name="email"
              type="email"
              inputmode="email"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              value={email()}
              onInput={(e) => setEmail(e.currentTarget.value)}
              aria-invalid={invalid().email ? 'true' : undefined}
              aria-describedby={invalid().email ? 'login-email-error' : undefined}
            />
            <Show when={invalid().email}>
              <p id="login-email-error" class="field-error">{t(FIELD_ERRORS.email)}</p>
            </Show>
          </div>
          <div class="field">
            <label for="login-password">{t('login.password')}</label>
            <input
              ref={passwordInput}
              id="login-password"
              name="password"
              type="password"
              autocomplete="current-password"
              value={password()}
              onInput={(e) => setPassword(e.currentTarget.value)}
              aria-invalid={invalid().password ? 'true' : undefined}
              aria-describedby={invalid().password ? 'login-password-error' : undefined}
            />
            <Show when={invalid().password}>
              <p id="login-password-error" class="field-error">{t(FIELD_ERRORS.password)}</p>
            </Show>
          </div>
          <Show when={sessionEnded() && !failure()}>
            <p class="note" role="status">
              {t('error.unauthorized')}
            </p>
          </Show>
          <Show when={failure()}>
            {(error) => (
              <p class="form-error" role="alert" data-testid="form-error">
                {error() === 'offline' ? t('login.offline') : errorText(error())}
              </p>
            )}
          </Show>
          <button type="submit" class="button primary block" disabled={busy()}>
            {busy() ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
