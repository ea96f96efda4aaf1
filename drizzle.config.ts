// drizzle-kit reads the schema and writes SQL migrations into worker/db/migrations (`npm run db:generate`).
// The migrations are committed and applied at start (PGlite, DATABASE_URL) or with `npm run db:migrate`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './worker/db/schema.ts',
  out: './worker/db/migrations',
});
