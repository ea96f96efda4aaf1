// Entry: styles, IndexedDB opened (or rebuilt), the app, then (after load) the service worker. The boot
// markup in index.html shows the brand colour while this file downloads; it is replaced by the first render.
import './styles/app.css';
import { render } from 'solid-js/web';
import { App } from './app';
import { db } from './local/db';
import { setDatabaseOpen } from './local/open-state';
import './pwa/install'; // listens for the install prompt from the first moment
import { registerServiceWorker } from './pwa/register-sw';

// IndexedDB first: a database that cannot be opened is rebuilt from the server before anything reads it
// (local/rebuild.ts, loaded only then). The first render's queries wait for this same open: no time lost.
// (A callback, not a top-level await: the rebuild chunk imports this entry, which must have finished.)
void db
  .open()
  .catch((error: unknown) => import('./local/rebuild').then((m) => m.rebuild(error)))
  .catch(() => undefined) // not even that: the screens show the error of their first query
  .finally(() => {
    setDatabaseOpen();
    const root = document.getElementById('root')!;
    root.textContent = '';
    render(() => <App />, root);
  });
registerServiceWorker();
