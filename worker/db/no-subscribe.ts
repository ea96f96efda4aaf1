// Stands in for postgres.js's logical-replication client in the Cloudflare bundle, through wrangler.toml's
// [alias]. postgres.js calls `Subscribe(Postgres, options)` when a client is made and keeps the result as
// `sql.subscribe`; AskChat never subscribes, and the real module costs about 1.3 KB gzip of the Worker's
// 150 KB budget (and builds a second client per connection). Subscribing anyway says so clearly.
export default function Subscribe(): () => never {
  return () => {
    throw new Error('sql.subscribe is not available in the AskChat Worker bundle (wrangler.toml [alias])');
  };
}
