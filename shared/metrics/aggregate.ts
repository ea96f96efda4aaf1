// Breakdowns both paths fill the same way: volume by market, language, intent, shop and agent, and the
// top questions. A breakdown lists only keys with something counted.
import { INTENTS, type Intent } from '../intents';
import { UNKNOWN } from './definitions';
import type { Dims, DashboardMetrics, TopQuestion, Volume } from './types';

export type VolumeField = keyof Volume;
export const VOLUME_FIELDS: readonly VolumeField[] = ['conversations', 'reopened', 'buyerMessages', 'aiReplies', 'humanReplies', 'handled'];

const emptyVolume = (): Volume => ({ conversations: 0, reopened: 0, buyerMessages: 0, aiReplies: 0, humanReplies: 0, handled: 0 });

export interface VolumeTally {
  /** Adds `n` to a field under the dimensions and day (and the agent, when there is one). Zero adds nothing. */
  add(dims: Dims, day: string, agentId: string | null, field: VolumeField, n?: number): void;
  result(): DashboardMetrics['volume'];
}

export function createVolumeTally(): VolumeTally {
  const v: DashboardMetrics['volume'] = { total: emptyVolume(), byMarket: {}, byLanguage: {}, byIntent: {}, byShop: {}, byAgent: {}, byDay: {} };
  const bump = (map: Record<string, Volume>, key: string, field: VolumeField, n: number) => {
    (map[key] ??= emptyVolume())[field] += n;
  };
  return {
    add(dims, day, agentId, field, n = 1) {
      if (n === 0) return;
      v.total[field] += n;
      bump(v.byMarket, dims.market, field, n);
      bump(v.byLanguage, dims.language ?? UNKNOWN, field, n);
      bump(v.byIntent, dims.intent ?? UNKNOWN, field, n);
      bump(v.byShop, dims.shopId, field, n);
      bump(v.byDay, day, field, n);
      if (agentId !== null) bump(v.byAgent, agentId, field, n);
    },
    result: () => v,
  };
}

export interface QuestionTally {
  add(intent: Intent | null, key: string, n?: number): void;
  /** Most frequent first; ties by intent in queue order (unknown last), then by key. */
  top(limit: number): TopQuestion[];
}

export function createQuestionTally(): QuestionTally {
  const counts = new Map<string, TopQuestion>();
  const rank = (i: Intent | null) => (i === null ? INTENTS.length : INTENTS.indexOf(i));
  return {
    add(intent, key, n = 1) {
      const id = `${intent ?? ''}\n${key}`;
      const q = counts.get(id) ?? { intent, key, count: 0 };
      q.count += n;
      counts.set(id, q);
    },
    top: (limit) =>
      [...counts.values()]
        .filter((q) => q.count > 0)
        .sort((a, b) => b.count - a.count || rank(a.intent) - rank(b.intent) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .slice(0, limit),
  };
}

export const DEFAULT_TOP_QUESTIONS = 10;
