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
declare const self: ServiceWorkerGlobalScope & {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/, /^\/sandbox(\/|$)/] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes the open page at once, so it works offline without a reload. Updates still
// wait for the user (above): skipWaiting is only called on request.
clientsClaim();
