// `npm run bench` (add `-- --quick` for a short run): prints one JSON object a line, one figure each.
// Benchmarks are measurements, not tests: they never fail the build, they report figures and budgets.
import { benchColdStart } from './bench/cold-start';
import { benchDashboard } from './bench/dashboard';
import { printFigure, type Figure } from './bench/figures';
import { benchHealth } from './bench/health';
import { benchPwa } from './bench/pwa';
import { benchPwaInbox } from './bench/pwa-inbox';
import { benchReplay } from './bench/replay';
import { benchUnderstand } from './bench/understand';
import { benchWebhooks } from './bench/webhooks';
import { benchWorkerBundle } from './bench/worker-bundle';
import { ensureBuilt } from './lib/build';

const quick = process.argv.includes('--quick');
await ensureBuilt(() => {});

const steps: [string, () => Promise<Figure[]> | Figure[]][] = [
  ['pwa', () => benchPwa()],
  ['pwa-inbox', () => benchPwaInbox()],
  ['worker-bundle', () => benchWorkerBundle()],
  ['cold-start', () => benchColdStart(quick ? 2 : 5)],
  ['health', () => benchHealth(quick ? 3_000 : 10_000)],
  ['understand', async () => (await benchUnderstand()) as Figure[]],
  ['replay', () => benchReplay({ limit: quick ? 80 : undefined })],
  ['webhooks', () => benchWebhooks({ quick })],
  ['dashboard', () => benchDashboard({ quick })],
];

for (const [name, run] of steps) {
  try {
    for (const figure of await run()) printFigure(figure);
  } catch (error) {
    printFigure({ name, value: null, error: error instanceof Error ? error.message.slice(0, 500) : String(error) });
  }
}
