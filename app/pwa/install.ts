// Installing AskChat on the device. Chromium browsers (Android, desktop) fire `beforeinstallprompt` once
// the app is installable; we keep the event and offer "Install" in Settings instead of the browser's
// mini-infobar. iOS Safari has no such event: the only way is Share → Add to Home Screen, so we say that.
import { createSignal } from 'solid-js';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallState = 'available' | 'ios' | 'installed' | 'unavailable';

const standalone = () => window.matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
const isIosSafari = () => /iphone|ipad|ipod/i.test(navigator.userAgent) && !/crios|fxios|edgios/i.test(navigator.userAgent);

const [deferred, setDeferred] = createSignal<InstallPromptEvent | null>(null);
const [installed, setInstalled] = createSignal(false);

window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault(); // no mini-infobar: the person installs from Settings when they choose
  setDeferred(event as InstallPromptEvent);
});
window.addEventListener('appinstalled', () => {
  setInstalled(true);
  setDeferred(null);
});

export function installState(): InstallState {
  if (installed() || standalone()) return 'installed';
  if (deferred()) return 'available';
  return isIosSafari() ? 'ios' : 'unavailable';
}

/** Shows the browser's install dialog (once per event, as browsers allow). */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred();
  if (!event) return 'unavailable';
  setDeferred(null);
  await event.prompt();
  const { outcome } = await event.userChoice;
  if (outcome === 'accepted') setInstalled(true);
  return outcome;
}
