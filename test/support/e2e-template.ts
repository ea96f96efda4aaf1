// Global setup of the browser project: one data folder made by a real first start (PGlite created and
// migrated, keys generated, the demo seeded), copied by each test file's server instead of repeating that
// first start — creating a PGlite folder alone takes seconds, times fifteen files. The copy is taken with the
// server closed, so every file still starts from the same state a fresh `npm start` would have.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST } from '../../scripts/lib/build';
import { startNodeServer } from '../../worker/entry-node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A closed, seeded data folder for a test file's server to copy (see useBrowser). */
    e2eDataTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-e2e-template-'));
  const server = await startNodeServer({ env: { LOG_LEVEL: 'warn' }, port: 0, dataDir: dir, distDir: DIST });
  await server.close();
  project.provide('e2eDataTemplate', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
