import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyLine } from '../../../scripts/classify';
import { keywordBaseline } from '../../../shared/understand/keyword-baseline';
import { understand } from '../../../shared/understand/index';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  lines: Array<Record<string, unknown>>;
  stdout: string;
  stderr: string;
  status: number | null;
}

// Spawns `npx tsx scripts/classify.ts` the way `npm run -s classify` does, feeding `input` on stdin.
function classify(input: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/classify.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const lines = stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
      resolve({ lines, stdout, stderr, status });
    });
    child.stdin.end(input);
  });
}

const INPUT = [
  JSON.stringify({ id: 'a', text: 'Where is my parcel? Order 576123456789012345', market: 'US' }),
  'this is {not json, "id": "b"}',
  JSON.stringify({ id: 'c', text: 'Kak saya mau cancel pesanan ya', market: 'ID' }),
  JSON.stringify({ id: 'd' }),
  '["an", "array"]',
  '',
  JSON.stringify({ id: 'e', text: '包裹到哪里了？', market: 'XX' }),
  JSON.stringify({ id: 'f', text: 'Seller is rude and a scammer', market: 'SG' }),
].join('\n') + '\n';

const DEFAULTS = { language: 'en', intent: 'other', escalate: true, sentiment: 'neutral', order_id: null, confidence: 0 };

describe('npm run classify (scripts/classify.ts)', () => {
  let run: Run;
  let base: Run;
  // both runs start together; each takes about a second (tsx start-up)
  beforeAll(async () => {
    [run, base] = await Promise.all([
      classify(INPUT),
      classify(JSON.stringify({ id: 'x', text: 'Kak saya mau batalin pesanan', market: 'ID' }) + '\n', ['--baseline']),
    ]);
  }, 60_000);

  it('writes exactly one JSON line per input line, in input order, and exits cleanly', () => {
    expect(run.status).toBe(0);
    expect(run.lines.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd', null, null, 'e', 'f']);
    expect(run.stdout.endsWith('\n')).toBe(true);
  });

  it('classifies good lines with the contract fields', () => {
    expect(run.lines[0]).toMatchObject({ id: 'a', language: 'en', intent: 'order_status', escalate: false, sentiment: 'neutral', order_id: '576123456789012345' });
    expect(run.lines[2]).toMatchObject({ id: 'c', language: 'id', intent: 'cancel_order', escalate: false, order_id: null });
    expect(run.lines[7]).toMatchObject({ id: 'f', intent: 'complaint', escalate: true, sentiment: 'negative' });
    for (const l of [run.lines[0], run.lines[2], run.lines[7]]) {
      expect(Object.keys(l ?? {})).toEqual(expect.arrayContaining(['id', 'language', 'intent', 'escalate', 'sentiment', 'order_id', 'confidence']));
      expect(typeof l?.confidence).toBe('number');
    }
  });

  it('answers malformed lines with the id when readable and safe defaults', () => {
    expect(run.lines[1]).toMatchObject({ id: 'b', ...DEFAULTS });
    expect(run.lines[3]).toMatchObject({ id: 'd', ...DEFAULTS });
    expect(run.lines[4]).toMatchObject({ id: null, ...DEFAULTS });
    expect(run.lines[5]).toMatchObject({ id: null, ...DEFAULTS });
  });

  it('ignores an unknown market but still classifies the text', () => {
    expect(run.lines[6]).toMatchObject({ id: 'e', language: 'zh', intent: 'order_status' });
  });

  it('explains every problem on stderr, one message per bad line', () => {
    expect(run.stderr).toMatch(/line 2: not valid JSON/);
    expect(run.stderr).toMatch(/line 4: missing or invalid "text"/);
    expect(run.stderr).toMatch(/line 5: not a JSON object/);
    expect(run.stderr).toMatch(/line 6: empty line/);
    expect(run.stderr).toMatch(/line 7: unknown market "XX" ignored/);
  });

  it('uses the keyword baseline with --baseline', () => {
    expect(base.status).toBe(0);
    expect(base.lines).toHaveLength(1);
    expect(base.lines[0]).toMatchObject({ id: 'x', language: 'id', intent: 'other' });
  });

  it('classifies a single line in-process the same way (classifyLine)', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const line = JSON.stringify({ id: 'z', text: 'Where is my parcel? Order 576123456789012345', market: 'US' });
      expect(classifyLine(line, 1, understand)).toMatchObject({ id: 'z', intent: 'order_status', order_id: '576123456789012345' });
      expect(classifyLine(line, 1, keywordBaseline)).toMatchObject({ id: 'z', intent: 'order_status' });
      expect(classifyLine('{"id": 7, "text": 5}', 2, understand)).toMatchObject({ id: '7', ...DEFAULTS });
      expect(stderr).toHaveBeenCalledTimes(1);
    } finally {
      stderr.mockRestore();
    }
  });
});
