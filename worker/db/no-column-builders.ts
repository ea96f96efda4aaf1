// Stands in for drizzle's `getPgColumnBuilders` (pg-core/columns/all.js) in the Cloudflare bundle, through
// wrangler.toml's [alias]. pgTable imports it for the callback form `pgTable(name, (t) => ({ … }))`, and with it
// every column type Postgres has (geometry, vectors, network addresses…): about 3.5 KB gzip of the Worker's
// 150 KB budget. worker/db/schema.ts declares its columns as objects, never through the callback, so the
// builders are never asked for; if one day they are, this says why instead of failing obscurely.
export function getPgColumnBuilders(): never {
  throw new Error('pgTable(name, (t) => …) is not available in the Worker bundle: declare columns as an object (wrangler.toml [alias])');
}
