// Runs before every test file: an unexpected console.error fails the test that caused it, so errors
// the code swallows and only logs cannot hide. A test that expects one calls `expectConsoleError()`.
import { afterEach, beforeEach, vi } from 'vitest';

let expected = 0;
let seen: unknown[][] = [];

export function expectConsoleError(count = 1): void {
  expected += count;
}

beforeEach(() => {
  expected = 0;
  seen = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    seen.push(args);
  });
});

afterEach(() => {
  const unexpected = seen.length - expected;
  vi.mocked(console.error).mockRestore();
  if (unexpected > 0) {
    throw new Error(`console.error was called unexpectedly:\n${seen.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});
