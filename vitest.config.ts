// Test projects. Each runs in Node; the workerd and browser projects start real workerd and Chromium
// processes themselves. The API suite runs twice when TEST_DATABASE_URL is set: once on PGlite and once
// on that Postgres server through the Worker's own driver (postgres.js over TCP, decision 006).
import { defineConfig } from 'vitest/config';

const withPostgres = !!process.env.TEST_DATABASE_URL;
const setupFiles = ['test/support/setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true as const, test: { name: 'unit', include: ['test/shared/**/*.test.ts', 'test/tiktok/**/*.test.ts', 'test/sandbox/**/*.test.ts'], setupFiles } },
      { extends: true as const, test: { name: 'api', include: ['test/worker/**/*.test.ts'], setupFiles, globalSetup: ['test/support/pglite-template.ts'], env: { TEST_DB: 'pglite' } } },
      ...(withPostgres
        ? [{ extends: true as const, test: { name: 'api-postgres', include: ['test/worker/**/*.test.ts'], setupFiles, env: { TEST_DB: 'postgres' } } }]
        : []),
      { extends: true as const, test: { name: 'workerd', include: ['test/workerd/**/*.test.ts'], setupFiles, globalSetup: ['test/support/build-once.ts'], testTimeout: 60_000 } },
      { extends: true as const, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], setupFiles, globalSetup: ['test/support/build-once.ts'], testTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
