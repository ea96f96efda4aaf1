// Whether the browser believes it is online, as one signal for every screen ("waiting for the network",
// buttons disabled offline, reloads when the network comes back).
import { createSignal } from 'solid-js';

const [online, setOnline] = createSignal(navigator.onLine);
window.addEventListener('online', () => setOnline(true));
window.addEventListener('offline', () => setOnline(false));
export { online };
