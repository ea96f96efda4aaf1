// Escalation notices on this device: the browser's push subscription, registered with the server.
import type { PushSubscriptionBody } from '../../shared/schemas/push';
import { apiRequest } from './client';

export type DevicePushState = 'unsupported' | 'blocked' | 'off' | 'on';

const supported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

export async function devicePushState(): Promise<DevicePushState> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return (await currentSubscription()) ? 'on' : 'off';
}

/** Asks the person, subscribes the browser with the server's key and registers it. */
export async function turnOnPush(): Promise<DevicePushState> {
  if (!supported()) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'blocked';
  const { publicKey } = await apiRequest<{ publicKey: string }>('/api/push/key');
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }));
  await apiRequest('/api/push/subscriptions', { method: 'POST', body: subscription.toJSON() as PushSubscriptionBody });
  return 'on';
}

export async function turnOffPush(): Promise<DevicePushState> {
  const subscription = await currentSubscription();
  if (subscription) {
    await apiRequest('/api/push/subscriptions/delete', { method: 'POST', body: { endpoint: subscription.endpoint } });
    await subscription.unsubscribe();
  }
  return 'off';
}
