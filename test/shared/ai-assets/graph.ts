// The static import graph of a TypeScript file inside the repository, type-only imports included (the
// strictest reading of "imports nothing from"): every relative import, resolved like the bundler does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // packages and node: builtins
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${specifier} from ${path.relative(ROOT, from)}`);
}

/** Repository-relative paths of every file `entry` reaches, itself included. */
export function reachableFiles(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [path.resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const m of code.matchAll(IMPORT)) {
      const target = resolve(file, (m[1] ?? m[2] ?? m[3]) as string);
      if (target) stack.push(target);
    }
  }
  return [...seen].map((f) => path.relative(ROOT, f).split(path.sep).join('/')).sort();
}

/** The modules that hold the AI data (the ticket notice texts included): the Worker bundle must reach none
 * of them. */
export const DATA_MODULE = /^shared\/understand\/(?:cues|model|language-words|data)\.ts$|^shared\/understand\/training\/|^shared\/reply\/templates\/|^shared\/tickets\/notices\.ts$|^shared\/time\/holiday-table\.ts$|^shared\/reply\/prompt-injection-patterns\.ts$/;
