// The service worker (vite-plugin-pwa, injectManifest): the build replaces `self.__WB_MANIFEST` with the
// list of hashed app-shell files, which are precached at install. It never caches API data — the app keeps
// that in IndexedDB — so only two kinds of request are answered here:
//
//   /assets/*.js, *.css, icons, manifest  → precache (cache-first; the hash in the name versions them)
//   page navigation (not /api, /sandbox)  → the precached index.html; the router takes over in the page
//   everything else (/api/*, /sandbox/*)  → untouched: straight to the network
//
// A new build installs beside the old one and waits; the page asks the user, then sends SKIP_WAITING
// (workbox-window's messageSkipWaiting) and reloads once the new worker controls it.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

// Only what this file uses of the worker scope: a `/// <reference lib="webworker" />` would leak the
// WebWorker globals into every file of the (single) TypeScript program.
interface WaitingEvent {
  waitUntil(work: Promise<unknown>): void;
}
interface PushEventLike extends WaitingEvent {
  data: { json(): unknown } | null;
}
interface NotificationEventLike extends WaitingEvent {
  notification: Notification;
}
interface WindowClientLike {
  url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
declare const self: ServiceWorkerGlobalScope & {
  skipWaiting(): Promise<void>;
  location: Location;
  registration: ServiceWorkerRegistration;
  clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'push', listener: (event: PushEventLike) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEventLike) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/, /^\/sandbox(\/|$)/] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Escalation notices (worker/pipeline/notify.ts): {title, body, url, tag}. A newer notice of the same
// conversation replaces the older one (same tag); tapping it opens the conversation in an open window of
// the app, or a new one.
self.addEventListener('push', (event) => {
  const notice = (event.data?.json() ?? {}) as { title?: string; body?: string; url?: string; tag?: string };
  event.waitUntil(
    self.registration.showNotification(notice.title ?? 'AskChat', {
      body: notice.body ?? '',
      tag: notice.tag,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url: notice.url ?? '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(String((event.notification.data as { url?: string } | null)?.url ?? '/'), self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        await open.navigate(url);
      } else await self.clients.openWindow(url);
    })(),
  );
});

// The first install takes the open page at once, so it works offline without a reload. Updates still
// wait for the user (above): skipWaiting is only called on request.
clientsClaim();
