// The replay benchmark (issue 5): every dev-set message goes through the whole path of `npm start` —
// a sandbox buyer (a new one per message, with one recent order) writes, TikTok's signed webhook reaches
// AskChat, AskChat understands, decides, and answers through the customer-service API or hands off — and
// the outcome is scored against the hand labels:
//   replay.routine_auto_answered   share of routine, non-escalated messages AskChat answered by itself (goal ≥ 80%)
//   replay.escalate_auto_answered  share of messages labelled `escalate` it answered by itself (goal 0)
//   replay.reply_language          share of its messages in the buyer's language (goal ≥ 98%)
//   replay.webhook_to_reply_p95_ms from the buyer's message to AskChat's first message on TikTok (goal ≤ 2 s)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { ROUTINE_INTENTS } from '../../shared/reply/decide';
import { conversations, messages } from '../../worker/db/schema';
import { startNodeServer } from '../../worker/entry-node';
import { createLogger } from '../../worker/log';
import { DIST } from '../lib/build';
import { DEV_SET_PATH } from './understand';
import { percentile, round, type Figure } from './figures';

interface Row {
  id: string;
  text: string;
  market: string;
  language: string;
  intent: string;
  escalate: boolean;
  order_id: string | null;
}

export async function benchReplay(options: { limit?: number } = {}): Promise<Figure[]> {
  if (!fs.existsSync(DEV_SET_PATH)) return [{ name: 'replay', value: null, skipped: 'dataset not found' }];
  const rows: Row[] = fs.readFileSync(DEV_SET_PATH, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).slice(0, options.limit ?? Infinity);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-replay-'));
  const server = await startNodeServer({ env: { LOG_LEVEL: 'error' }, port: 0, dataDir, distDir: DIST, log: createLogger({ level: 'error', sink: () => {} }) });
  const post = async (p: string, body: unknown) => (await fetch(`${server.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>;
  const outcomes: { row: Row; answered: boolean; kinds: string[]; languages: string[]; reasons: string[]; ms: number | null }[] = [];
  try {
    for (const row of rows) {
      // The buyer's order carries the number they quote, as it would on TikTok.
      const buyer = await post('/sandbox/api/buyers', { market: row.market, order_id: row.order_id ?? undefined });
      const started = performance.now();
      const sent = await post('/sandbox/api/buyer-messages', { text: row.text, market: row.market, buyer_user_id: buyer.buyer_user_id });
      let ms: number | null = null;
      while (performance.now() - started < 5000) {
        const seen = (await (await fetch(`${server.url}/sandbox/api/conversations/${sent.conversation_id}/messages`)).json()) as { messages: { sender: string }[] };
        if (seen.messages.some((m) => m.sender === 'seller')) {
          ms = performance.now() - started;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      // Give a hand-off a moment to finish its bookkeeping, then read what AskChat recorded.
      await new Promise((r) => setTimeout(r, ms === null ? 0 : 30));
      const ours = await server.db
        .select({ meta: messages.replyMeta })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(and(eq(conversations.tiktokConversationId, sent.conversation_id), eq(messages.sender, 'ai')));
      const kinds = ours.map((m) => String(m.meta?.['kind'] ?? ''));
      outcomes.push({
        row,
        answered: kinds.some((k) => k === 'answer' || k === 'ask_order_id'),
        kinds,
        languages: ours.map((m) => String(m.meta?.['replyLanguage'] ?? '')),
        reasons: ours.map((m) => String(m.meta?.['decision'] ?? '')),
        ms,
      });
    }
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const routine = outcomes.filter((o) => (ROUTINE_INTENTS as readonly string[]).includes(o.row.intent) && !o.row.escalate);
  const escalated = outcomes.filter((o) => o.row.escalate);
  const replies = outcomes.flatMap((o) => o.languages.map((language) => ({ language, expected: o.row.language })));
  const times = outcomes.flatMap((o) => (o.ms === null ? [] : [o.ms])).sort((a, b) => a - b);
  const byIntent: Record<string, string> = {};
  for (const intent of ROUTINE_INTENTS) {
    const group = routine.filter((o) => o.row.intent === intent);
    if (group.length) byIntent[intent] = `${group.filter((o) => o.answered).length}/${group.length}`;
  }
  // REPLAY_MISSES=1 lists the routine messages AskChat handed off, to see what the knowledge base lacks.
  if (process.env['REPLAY_MISSES']) for (const o of routine.filter((x) => !x.answered)) console.error(`miss ${o.row.id} ${o.row.market} ${o.row.intent} [${o.reasons.join(',')}] ${o.row.text}`);
  const handedOff: Record<string, number> = {};
  for (const o of routine.filter((x) => !x.answered)) for (const r of o.reasons.length ? o.reasons : ['no_reply']) handedOff[r] = (handedOff[r] ?? 0) + 1;
  return [
    { name: 'replay.routine_auto_answered', value: round(routine.filter((o) => o.answered).length / routine.length, 3), goal: 0.8, messages: routine.length, byIntent, handedOffBecause: handedOff },
    { name: 'replay.escalate_auto_answered', value: round(escalated.filter((o) => o.answered).length / Math.max(1, escalated.length), 3), goal: 0, messages: escalated.length },
    { name: 'replay.reply_language', value: round(replies.filter((r) => r.language === r.expected).length / Math.max(1, replies.length), 3), goal: 0.98, replies: replies.length },
    { name: 'replay.webhook_to_reply_p95_ms', value: round(percentile(times, 95), 0), unit: 'ms', budget: 2000, p50: round(percentile(times, 50), 0), answeredWithin5s: times.length, messages: outcomes.length },
  ];
}

// Run on its own: npx tsx scripts/bench/replay.ts [limit]
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchReplay({ limit: process.argv[2] ? Number(process.argv[2]) : undefined })) console.log(JSON.stringify(f));
  process.exit(0);
}
