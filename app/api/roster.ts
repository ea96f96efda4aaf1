// A member's weekly roster: GET/PUT/DELETE /api/members/:userId/roster (their own, or anyone's for owners
// and admins). `null`: no roster, so routing counts the person as always available. Read live, not synced.
import type { RosterBody } from '../../shared/schemas/roster';
import { apiRequest } from './client';

const path = (userId: string) => `/api/members/${encodeURIComponent(userId)}/roster`;

export const getRoster = (userId: string) => apiRequest<{ roster: RosterBody | null }>(path(userId)).then((r) => r.roster);

export const saveRoster = (userId: string, body: RosterBody) => apiRequest<{ roster: RosterBody }>(path(userId), { method: 'PUT', body }).then((r) => r.roster);

export const deleteRoster = (userId: string) => apiRequest<{ roster: null }>(path(userId), { method: 'DELETE' }).then(() => null);
