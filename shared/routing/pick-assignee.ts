// Who takes a conversation AskChat hands to a person: one of the agents of the group that owns the shop
// who is on shift now, by the group's rule — least loaded (fewest conversations waiting on them), or round
// robin (the one whose last assignment is oldest). Pure: the caller loads candidates and passes the instant.
//
// Presence comes from the roster and from the app being in use, not from an open socket: a phone in a pocket
// still counts during the shift, and someone answering chats past the end of theirs (the app used within
// PRESENCE_WINDOW_MS) counts too. A member without a roster is taken as always available: small teams that
// never write rosters still get routing.
// When nobody is on shift, nobody is picked and `nextHumanAt` says when the first of them comes on, for the
// buyer's holding message; the caller then gives the conversation to the owner and flags it.
import type { HolidayCalendar } from '../time/holidays';
import { isOnShift, nextShiftStart, type Roster } from '../time/roster';
import type { Instant } from '../time/zoned';

export type RoutingMode = 'round_robin' | 'least_loaded';

export interface Candidate {
  userId: string;
  roster: Roster | null;
  /** Conversations now waiting on this person (assigned, needing a human, not resolved). */
  openCount: number;
  /** When this person was last given a conversation; null if never. */
  lastAssignedAt: Instant | null;
  /** When this person last used the app; null if unknown. */
  activeAt?: Instant | null;
}

/** Using the app this recently counts as being at work, roster or not. */
export const PRESENCE_WINDOW_MS = 10 * 60_000;

/** On shift by the roster (or without one), or using the app right now. */
export function isAvailable(c: Candidate, now: Instant, holidays: HolidayCalendar): boolean {
  if (c.activeAt != null && now - c.activeAt >= 0 && now - c.activeAt <= PRESENCE_WINDOW_MS) return true;
  return !c.roster || isOnShift(c.roster, now, holidays);
}

export interface Pick {
  userId: string | null;
  /** Everyone on shift now, in candidate order. */
  onShift: string[];
  /** When nobody is on shift: the first instant someone is; null when someone is, or nobody ever is. */
  nextHumanAt: Instant | null;
}

const byLastAssigned = (a: Candidate, b: Candidate) => (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) || a.userId.localeCompare(b.userId);

export function pickAssignee(candidates: readonly Candidate[], mode: RoutingMode, now: Instant, holidays: HolidayCalendar): Pick {
  const available = candidates.filter((c) => isAvailable(c, now, holidays));
  if (available.length === 0) {
    const starts = candidates.flatMap((c) => (c.roster ? [nextShiftStart(c.roster, now, holidays)] : [])).filter((t): t is number => t !== null);
    return { userId: null, onShift: [], nextHumanAt: starts.length ? Math.min(...starts) : null };
  }
  const ordered = [...available].sort(mode === 'least_loaded' ? (a, b) => a.openCount - b.openCount || byLastAssigned(a, b) : byLastAssigned);
  return { userId: ordered[0]!.userId, onShift: available.map((c) => c.userId), nextHumanAt: null };
}
