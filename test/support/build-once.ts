// Global setup of the workerd and browser projects: both serve the built PWA, so build it once if stale.
import { ensureBuilt } from '../../scripts/lib/build';

export default async function setup() {
  await ensureBuilt();
}
