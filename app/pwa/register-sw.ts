// Registers the service worker (app/sw.ts, built to /sw.js) through workbox-window, after the page has
// loaded so it never competes with the first paint, and exposes the update prompt:
//
//   new build deployed → browser installs it beside the running one → "waiting"
//     → updateReady() is true → the person taps Update → SKIP_WAITING → new worker controls → reload
//
// Nothing happens in development (`vite` dev server): no worker, no precache to go stale.
import { createSignal } from 'solid-js';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

const [updateReady, setUpdateReady] = createSignal(false);
let applyUpdate: () => void = () => {};

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = async () => {
    try {
      const { Workbox } = await import('workbox-window');
      const wb = new Workbox('/sw.js', { scope: '/' });
      wb.addEventListener('waiting', () => {
        applyUpdate = () => {
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        };
        setUpdateReady(true);
      });
      await wb.register();
      // A phone may keep the app open for days: look for a new build now and then.
      setInterval(() => document.visibilityState === 'visible' && void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
    } catch (error) {
      // No worker means no offline start, but the app itself still works: say so quietly.
      console.warn('service worker registration failed', error);
    }
  };
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}

/** The update prompt: show it while `updateReady()`; `update()` switches to the new version and reloads. */
export function useUpdatePrompt() {
  return {
    updateReady,
    update: () => applyUpdate(),
    dismiss: () => setUpdateReady(false),
  };
}
