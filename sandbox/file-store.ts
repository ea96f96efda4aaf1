// A SandboxStore on one JSON file, for the Node entry (e.g. `${DATA_DIR}/tiktok-sandbox.json`). Writes go
// to a temporary file renamed over the old one, so a crash mid-write never leaves half a state behind.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SandboxStore } from './context';

export function createJsonFileStore(path: string): SandboxStore {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        console.warn(`sandbox: ${path} is not valid JSON; starting from the fixtures`);
        return null;
      }
    },
    async save(snapshot) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(snapshot));
      await rename(tmp, path);
    },
  };
}
