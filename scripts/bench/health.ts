// GET /api/health throughput and tail latency against `npm start`'s server on loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './figures';
import { runLoad } from './http-load';
import { startServerProcess } from './server-process';

export async function benchHealth(durationMs: number): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-bench-health-'));
  const server = await startServerProcess({ DATA_DIR: dataDir });
  try {
    await runLoad({ url: `${server.url}/api/health`, durationMs: 500, concurrency: 8 }); // warm-up
    const result = await runLoad({ url: `${server.url}/api/health`, durationMs, concurrency: 16 });
    const ok = result.statuses[200] ?? 0;
    return [
      { name: 'api.health_rps', value: result.rps, unit: 'req/s', concurrency: 16, requests: result.requests, non200: result.requests - ok, errors: result.errors },
      { name: 'api.health_p99_ms', value: result.p99, unit: 'ms', p50: result.p50 },
    ];
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
