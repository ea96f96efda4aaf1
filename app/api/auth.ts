// Signing in and out, and accepting an invite. Each ends by writing IndexedDB (saveSession / clearAll);
// the screens follow the session through their live query, so none of these navigates.
import type { LoginBody, SessionView } from '../../shared/schemas/auth';
import type { InviteAcceptBody } from '../../shared/schemas/invites';
import type { Role } from '../../shared/roles';
import { db } from '../local/db';
import { saveSession, updateSession } from '../local/session';
import { endSessionFromServer, stopSync } from '../sync/pull';
import { ApiError, apiRequest } from './client';

export interface InvitePreview {
  organizationName: string;
  email: string;
  role: Role;
  accountExists: boolean;
}

// Sign-out clears the device at once and tells the server in the background (it may be slow or offline).
// A sign-in right after waits for that request, so the old logout can never race the new session cookie.
let pendingLogout: Promise<unknown> = Promise.resolve();

export async function signIn(body: LoginBody): Promise<void> {
  await pendingLogout;
  await saveSession(await apiRequest<SessionView>('/api/auth/login', { method: 'POST', body }));
}

export async function signOut(): Promise<void> {
  stopSync();
  pendingLogout = apiRequest('/api/auth/logout', { method: 'POST', timeoutMs: 10_000 }).catch(() => undefined);
  await db.clearAll();
}

/** Refreshes the stored session view (name, locale, time zone, organisation) from the server. */
export async function refreshSession(): Promise<void> {
  if (!navigator.onLine) return; // nothing to learn offline; the stored view stays until the next start
  try {
    await updateSession(await apiRequest<SessionView>('/api/auth/me', { timeoutMs: 15_000 }));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthorized') await endSessionFromServer();
    // Anything else (offline, server busy): keep what the device has and try again next time.
  }
}

export function previewInvite(token: string): Promise<InvitePreview> {
  return apiRequest<InvitePreview>(`/api/invites/preview?token=${encodeURIComponent(token)}`);
}

export async function acceptInvite(body: InviteAcceptBody): Promise<void> {
  await pendingLogout;
  await saveSession(await apiRequest<SessionView>('/api/invites/accept', { method: 'POST', body }));
}
