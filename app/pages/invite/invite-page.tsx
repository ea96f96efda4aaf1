// Accepting an invite: /invite#<token>. The token travels in the fragment, so it never reaches a server
// log or a Referer. The page previews the invite (organisation, email, role), then asks for a name and a
// new password — or, when the email already has an account, for that account's password.
import { useNavigate } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { inviteAcceptBodySchema } from '../../../shared/schemas/invites';
import { acceptInvite, previewInvite } from '../../api/auth';
import { ApiError } from '../../api/client';
import { LanguageSwitch } from '../../components/language-switch';
import { t } from '../../i18n';
import { errorText } from '../../i18n/error-text';

type Field = 'name' | 'password';

export function InvitePage() {
  const navigate = useNavigate();
  const token = decodeURIComponent(window.location.hash.slice(1));
  const [preview] = createResource(() => token || false, previewInvite);
  const [name, setName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [invalid, setInvalid] = createSignal<Partial<Record<Field, true>>>({});
  const [failure, setFailure] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const invite = preview();
    if (!invite) return;
    setFailure(null);
    // An existing account keeps its name; the schema still wants one, so the email's local part stands in.
    const body = { token, name: invite.accountExists ? invite.email.split('@')[0]! : name(), password: password() };
    const parsed = inviteAcceptBodySchema.safeParse(body);
    if (!parsed.success) {
      const fields: Partial<Record<Field, true>> = {};
      for (const issue of parsed.error.issues) if (issue.path[0] === 'name' || issue.path[0] === 'password') fields[issue.path[0]] = true;
      setInvalid(fields);
      if (!fields.name && !fields.password) setFailure(new ApiError('not_found', 'malformed invite token'));
      return;
    }
    setInvalid({});
    setBusy(true);
    try {
      await acceptInvite(parsed.data);
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const problem = (error: unknown) => errorText(error, { not_found: 'invite.invalid', conflict: 'invite.alreadyMember' });

  return (
    <main class="auth-page">
      <div class="auth-top">
        <LanguageSwitch id="invite-language" compact />
      </div>
      <div class="auth-card">
        <img class="auth-logo" src="/icons/icon-192.png" width="56" height="56" alt="" />
        <Switch>
          <Match when={!token}>
            <h1>{t('app.name')}</h1>
            <p class="form-error" role="alert">{t('invite.missingToken')}</p>
          </Match>
          <Match when={preview.error}>
            <h1>{t('app.name')}</h1>
            <p class="form-error" role="alert">{problem(preview.error)}</p>
          </Match>
          <Match when={preview()}>
            {(invite) => (
              <>
                <h1>{t('invite.title', { organization: invite().organizationName })}</h1>
                <p class="auth-tagline">{t('invite.details', { role: t(`role.${invite().role}`), email: invite().email })}</p>
                <Show when={invite().accountExists}>
                  <p class="note">{t('invite.accountExists')}</p>
                </Show>
                <form class="form" onSubmit={onSubmit} novalidate>
                  <Show when={!invite().accountExists}>
                    <div class="field">
                      <label for="invite-name">{t('invite.name')}</label>
                      <input
                        id="invite-name"
                        autocomplete="name"
                        value={name()}
                        onInput={(e) => setName(e.currentTarget.value)}
                        aria-invalid={invalid().name ? 'true' : undefined}
                        aria-describedby={invalid().name ? 'invite-name-error' : undefined}
                      />
                      <Show when={invalid().name}>
                        <p id="invite-name-error" class="field-error">{t('invite.nameRequired')}</p>
                      </Show>
                    </div>
                  </Show>
                  <div class="field">
                    <label for="invite-password">{invite().accountExists ? t('invite.existingPassword') : t('invite.newPassword')}</label>
                    <input
                      id="invite-password"
                      type="password"
                      autocomplete={invite().accountExists ? 'current-password' : 'new-password'}
                      value={password()}
                      onInput={(e) => setPassword(e.currentTarget.value)}
                      aria-invalid={invalid().password ? 'true' : undefined}
                      aria-describedby="invite-password-hint"
                    />
                    <p id="invite-password-hint" class={invalid().password ? 'field-error' : 'field-hint'}>
                      {invalid().password ? t('invite.passwordTooShort') : invite().accountExists ? '' : t('invite.newPasswordHint')}
                    </p>
                  </div>
                  <Show when={failure()}>
                    {(error) => (
                      <p class="form-error" role="alert">
                        {problem(error())}
                      </p>
                    )}
                  </Show>
                  <button type="submit" class="button primary block" disabled={busy()}>
                    {busy() ? t('invite.submitting') : t('invite.submit')}
                  </button>
                </form>
              </>
            )}
          </Match>
          <Match when={true}>
            <span class="spinner" aria-hidden="true" />
            <p>{t('invite.checking')}</p>
          </Match>
        </Switch>
      </div>
    </main>
  );
}
