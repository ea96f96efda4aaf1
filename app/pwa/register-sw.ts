// Registers the service worker (app/sw.ts, built to /sw.js) with the bare API, after the page has
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
  // The bare API rather than workbox-window: the same flow for 2 KB less on the first load.
  const start = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const offer = (worker: ServiceWorker) => {
        applyUpdate = () => {
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
          worker.postMessage({ type: 'SKIP_WAITING' });
        };
        setUpdateReady(true);
      };
      // Only an update is offered: the very first install (no controller yet) has nothing to replace. A worker
      // may already wait from an earlier visit, or finish installing while this page runs.
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => worker.state === 'installed' && navigator.serviceWorker.controller && offer(worker));
      });
      // A phone may keep the app open for days: look for a new build now and then.
      setInterval(() => document.visibilityState === 'visible' && void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
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
