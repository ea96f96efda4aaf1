// Node entry cold start to healthy on a warm disk: the data folder already exists (a first run created,
// migrated and seeded it), so this is what every later `npm start` costs. The first run is reported too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, round, type Figure } from './figures';
import { startServerProcess } from './server-process';

export async function benchColdStart(runs: number): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-bench-cold-'));
  const first = await startServerProcess({ DATA_DIR: dataDir });
  await first.stop();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    times.push(server.readyMs);
    await server.stop();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return [
    { name: 'node.cold_start_ms', value: round(percentile(times, 50), 0), unit: 'ms', budget: 3000, runs, note: 'warm disk: existing data folder, median' },
    { name: 'node.first_start_ms', value: round(first.readyMs, 0), unit: 'ms', note: 'empty data folder: create, migrate, seed' },
  ];
}
