// Classifies buyer messages: JSON Lines in on stdin, JSON Lines out on stdout, one output line per input
// line, in input order, and nothing else on stdout.
//
//   npm run -s classify < in.jsonl > out.jsonl              the built-in engine
//   npm run -s classify -- --baseline < in.jsonl > out.jsonl  the keyword baseline
//
// Input lines: {"id": string, "text": string, "market"?: "US"|"GB"|"ID"|"TH"|"MY"|"VN"|"PH"|"SG"}
// Output lines: {"id","language","intent","escalate","sentiment","order_id","confidence","mixed"}
//
// A line that is not a JSON object with a string `text` (blank lines included) still gets an output line:
// the id if one can be read (else null) and safe defaults — language "en", intent "other", escalate true
// (a human should look), sentiment "neutral", order_id null, confidence 0 — plus a message on stderr.
// An unknown market is ignored with a warning. The process never stops on a bad line.
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isMarket, type Market } from '../shared/markets';
import { understand, type Understanding } from '../shared/understand/index';
import { keywordBaseline } from '../shared/understand/keyword-baseline';

interface OutputLine {
  id: string | null;
  language: string;
  intent: string;
  escalate: boolean;
  sentiment: string;
  order_id: string | null;
  confidence: number;
  mixed: boolean;
}

const DEFAULTS: Omit<OutputLine, 'id'> = {
  language: 'en',
  intent: 'other',
  escalate: true,
  sentiment: 'neutral',
  order_id: null,
  confidence: 0,
  mixed: false,
};

function warn(lineNo: number, message: string): void {
  process.stderr.write(`classify: line ${lineNo}: ${message}\n`);
}

// The id of a line that is not valid JSON, if one can be read from it.
function salvageId(line: string): string | null {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(line);
  if (!m?.[1]) return null;
  try {
    const v: unknown = JSON.parse(m[1]);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

function readId(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function classifyLine(line: string, lineNo: number, engine: typeof understand): OutputLine {
  if (line.trim() === '') {
    warn(lineNo, 'empty line');
    return { id: null, ...DEFAULTS };
  }
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    warn(lineNo, 'not valid JSON');
    return { id: salvageId(line), ...DEFAULTS };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    warn(lineNo, 'not a JSON object');
    return { id: null, ...DEFAULTS };
  }
  const rec = obj as Record<string, unknown>;
  const id = readId(rec.id);
  if (id === null) warn(lineNo, 'missing or invalid "id"');
  if (typeof rec.text !== 'string') {
    warn(lineNo, 'missing or invalid "text"');
    return { id, ...DEFAULTS };
  }
  let market: Market | undefined;
  if (typeof rec.market === 'string' && isMarket(rec.market)) market = rec.market;
  else if (rec.market !== undefined && rec.market !== null) warn(lineNo, `unknown market ${JSON.stringify(rec.market)} ignored`);
  let u: Understanding;
  try {
    u = engine(rec.text, market ? { market } : {});
  } catch (e) {
    warn(lineNo, `engine error: ${e instanceof Error ? e.message : String(e)}`);
    return { id, ...DEFAULTS };
  }
  return {
    id,
    language: u.language,
    intent: u.intent,
    escalate: u.escalate,
    sentiment: u.sentiment,
    order_id: u.orderId,
    confidence: u.confidence,
    mixed: u.mixed,
  };
}

async function main(): Promise<void> {
  const engine = process.argv.includes('--baseline') ? keywordBaseline : understand;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let buffer: string[] = [];
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  };
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    buffer.push(JSON.stringify(classifyLine(line, lineNo, engine)) + '\n');
    if (buffer.length >= 500) await flush();
  }
  await flush();
}

// Run only when executed (`tsx scripts/classify.ts`), not when imported by tests.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    process.stderr.write(`classify: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
