// The app shell: router, document language and title, the sync lifecycle of the signed-in session, and
// the update prompt. Data flow, one way round:
//
//   API ──(sync/pull.ts)──▶ IndexedDB (local/db.ts) ──(local/live.ts)──▶ pages
//
// Pages never fetch data for display; they read IndexedDB and the sync keeps it current.
import { Router, type RouteSectionProps } from '@solidjs/router';
import { ErrorBoundary, Suspense, createEffect, createMemo, onCleanup } from 'solid-js';
import { refreshSession } from './api/auth';
import { UpdateBanner } from './components/update-banner';
import { locale, setUserLocale, t } from './i18n';
import { errorText } from './i18n/error-text';
import { setTimeZone } from './i18n/format';
import { session } from './local/session';
import { routes } from './routes';
import { startSync, syncState } from './sync/pull';

function Shell(props: RouteSectionProps) {
  createEffect(() => {
    document.documentElement.lang = locale();
    document.title = t('app.name');
  });

  createEffect(() => {
    const view = session();
    setUserLocale(view?.user.locale);
    setTimeZone(view?.user.timeZone);
  });

  // Sync runs exactly while someone is signed in; sign-out (or a 401) stops it.
  const signedIn = createMemo(() => !!session());
  createEffect(() => {
    if (!signedIn()) return;
    onCleanup(startSync());
    // The outbox (replies written here, sent when the network allows) loads after the first paint.
    let stopOutbox: (() => void) | undefined;
    let stopped = false;
    void import('./sync/outbox').then(
      (m) => !stopped && (stopOutbox = m.startOutbox()),
      () => undefined, // not loadable now (offline before the precache finished): the next start tries again
    );
    onCleanup(() => {
      stopped = true;
      stopOutbox?.();
    });
    // After the first successful pass, refresh the stored session view (name, role, time zone).
    let refreshed = false;
    createEffect(() => {
      if (syncState() === 'synced' && !refreshed) {
        refreshed = true;
        void refreshSession();
      }
    });
  });

  return (
    <>
      <ErrorBoundary
        fallback={(error, reset) => (
          <main class="auth-page">
            <div class="auth-card">
              <p class="form-error" role="alert">
                {errorText(error)}
              </p>
              <button type="button" class="button primary" onClick={reset}>
                {t('app.retry')}
              </button>
            </div>
          </main>
        )}
      >
        <Suspense fallback={<div class="boot-spinner"><span class="spinner" aria-label={t('app.loading')} /></div>}>{props.children}</Suspense>
      </ErrorBoundary>
      <UpdateBanner />
    </>
  );
}

export function App() {
  return <Router root={Shell}>{routes}</Router>;
}
