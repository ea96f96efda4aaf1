// Entry: styles, the app, then (after load) the service worker. The boot markup in index.html shows the
// brand colour while this file downloads; it is replaced by the first render.
import './styles/app.css';
import { render } from 'solid-js/web';
import { App } from './app';
import './pwa/install'; // listens for the install prompt from the first moment
import { registerServiceWorker } from './pwa/register-sw';

const root = document.getElementById('root')!;
root.textContent = '';
render(() => <App />, root);
registerServiceWorker();
