// The settings screens' requests: shops and their reply settings, TikTok Shop connections, members, invites
// and agent groups (the knowledge base's are in kb.ts, the AI provider's in ai.ts).
// Unlike conversations these are not synced: owners read them live and change them straight through the
// API, online only (the offline outbox is for conversation actions). The one exception is a shop: shops
// are synced into IndexedDB, so a changed shop is stored there at once (a stored row with a higher version
// wins, as in sync/conversation.ts) and every screen showing it follows.
//
// Loaded only by the settings pages (lazy routes), never by the first paint.
import type { Role } from '../../shared/roles';
import type { GroupBody, GroupView } from '../../shared/schemas/groups';
import type { InviteCreateBody, InviteView } from '../../shared/schemas/invites';
import type { MemberView } from '../../shared/schemas/members';
import type { EffectiveShopSettings, ShopSettings } from '../../shared/schemas/shop-settings';
import type { ShopUpdateBody, ShopView } from '../../shared/schemas/shops';
import { db } from '../local/db';
import { apiRequest } from './client';

/**
 * One TikTok Shop authorisation, as GET /api/tiktok/connections answers it (worker/routes/tiktok.ts).
 * shared/schemas has no schema for it yet; this mirrors the route's answer and nothing more.
 */
export type ConnectionStatus = 'active' | 'expired' | 'revoked';
export interface ConnectionView {
  id: string;
  sellerName: string;
  status: ConnectionStatus;
  lastError: string | null;
  accessExpiresAt: string;
  authorizationExpiresAt: string | null;
  shopCount: number;
}

const path = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

/** Where "Connect a shop" sends the browser (a full page navigation: the server redirects to TikTok). */
export const connectUrl = (region: 'us' | 'row') => `/api/tiktok/connect?region=${region}`;

export async function listConnections(): Promise<ConnectionView[]> {
  return (await apiRequest<{ connections: ConnectionView[] }>('/api/tiktok/connections')).connections;
}

export async function updateShop(shopId: string, body: ShopUpdateBody): Promise<ShopView> {
  const shop = await apiRequest<ShopView>(path('/api/shops', shopId), { method: 'PATCH', body });
  await db.transaction('rw', [db.shops, db.meta], async () => {
    if (!(await db.getMeta('session'))) return; // signed out while the answer was on its way
    const stored = await db.shops.get(shop.id);
    if (!stored || stored.version <= shop.version) await db.shops.put(shop);
  });
  return shop;
}

/** A shop's reply settings with the defaults filled in (its type's auto-send, its market's emoji). */
export function getShopSettings(shopId: string): Promise<EffectiveShopSettings> {
  return apiRequest<EffectiveShopSettings>(`${path('/api/shops', shopId)}/settings`);
}

/** Replaces the shop's stored settings (the whole object: a field left out goes back to its default). */
export function saveShopSettings(shopId: string, body: ShopSettings): Promise<EffectiveShopSettings> {
  return apiRequest<EffectiveShopSettings>(`${path('/api/shops', shopId)}/settings`, { method: 'PUT', body });
}

export async function listMembers(): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>('/api/members')).members;
}

export async function setMemberRole(userId: string, role: Role): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>(path('/api/members', userId), { method: 'PATCH', body: { role } })).members;
}

export async function removeMember(userId: string): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>(path('/api/members', userId), { method: 'DELETE' })).members;
}

export async function listInvites(): Promise<InviteView[]> {
  return (await apiRequest<{ invites: InviteView[] }>('/api/invites')).invites;
}

export function createInvite(body: InviteCreateBody): Promise<InviteView> {
  return apiRequest<InviteView>('/api/invites', { method: 'POST', body });
}

export async function deleteInvite(inviteId: string): Promise<void> {
  await apiRequest(path('/api/invites', inviteId), { method: 'DELETE' });
}

export async function listGroups(): Promise<GroupView[]> {
  return (await apiRequest<{ groups: GroupView[] }>('/api/groups')).groups;
}

export function saveGroup(groupId: string | null, body: GroupBody): Promise<GroupView> {
  return groupId
    ? apiRequest<GroupView>(path('/api/groups', groupId), { method: 'PUT', body })
    : apiRequest<GroupView>('/api/groups', { method: 'POST', body });
}

export async function deleteGroup(groupId: string): Promise<void> {
  await apiRequest(path('/api/groups', groupId), { method: 'DELETE' });
}
