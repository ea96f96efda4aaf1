// A small closed-loop HTTP load generator over keep-alive connections to 127.0.0.1 only, bounded in
// requests and time. Reports throughput and latency percentiles.
import http from 'node:http';
import { percentile, round } from './figures';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  statuses: Record<number, number>;
}

export async function runLoad(options: {
  url: string;
  durationMs: number;
  concurrency: number;
  maxRequests?: number;
  request?: (i: number) => { method?: string; path: string; headers?: Record<string, string>; body?: string };
}): Promise<LoadResult> {
  const target = new URL(options.url);
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('load only against loopback');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let issued = 0;
  const deadline = performance.now() + options.durationMs;
  const maxRequests = options.maxRequests ?? Number.POSITIVE_INFINITY;
  type Spec = { method?: string; path: string; headers?: Record<string, string>; body?: string };
  const make: (i: number) => Spec = options.request ?? (() => ({ path: target.pathname }));

  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const spec = make(i);
      const started = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, method: spec.method ?? 'GET', path: spec.path, agent, headers: spec.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - started);
            statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      if (spec.body) req.write(spec.body);
      req.end();
    });

  const began = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline && issued < maxRequests) await one(issued++);
    }),
  );
  const elapsed = performance.now() - began;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: round((latencies.length / elapsed) * 1000, 0),
    p50: round(percentile(latencies, 50), 2),
    p99: round(percentile(latencies, 99), 2),
    errors,
    statuses,
  };
}
