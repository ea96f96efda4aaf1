import { A } from '@solidjs/router';
import { t } from '../../i18n';

export function NotFoundPage() {
  return (
    <main class="auth-page">
      <div class="auth-card">
        <h1>{t('notFound.title')}</h1>
        <A href="/" class="button primary">
          {t('notFound.back')}
        </A>
      </div>
    </main>
  );
}
