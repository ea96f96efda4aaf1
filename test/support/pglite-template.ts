// Global setup of the API projects: migrate one PGlite database once and save it as a tarball. Each test
// file then starts its own database from that tarball (about twice as fast as initialising one), so files
// never share state and run in parallel.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../worker/node/databases';

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'askchat-pglite-template-'));
  const file = path.join(dir, 'template.tar');
  const opened = await openPglite();
  const dump = await opened.client.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await opened.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
