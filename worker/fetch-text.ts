// One HTTP exchange within a deadline: the response and its whole body as text, or why not. The deadline is
// enforced by aborting the request and by racing it, so that even a fetch that ignores the signal cannot
// hang the caller. Never throws. Used by the TikTok transport and the AI provider client.
import { err, ok, type Result } from '../shared/result';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response> | Response;

export interface FetchFailure {
  kind: 'timeout' | 'network';
  status: number | null; // set when the headers arrived but the body did not
  message: string;
}

const TIMEOUT = Symbol('timeout');

export async function fetchText(doFetch: FetchLike, url: string, init: RequestInit, timeoutMs: number): Promise<Result<{ res: Response; text: string }, FetchFailure>> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMEOUT);
    }, timeoutMs);
  });
  const timeout = (status: number | null, what: string) => err<FetchFailure>({ kind: 'timeout', status, message: `${what} within ${timeoutMs} ms` });
  try {
    // called unbound: Workers reject fetch called as a method of another object
    const res = await Promise.race([Promise.resolve(doFetch(url, { ...init, signal: controller.signal })), deadline]);
    if (res === TIMEOUT) return timeout(null, 'no answer');
    const text = await Promise.race([res.text(), deadline]);
    if (text === TIMEOUT) return timeout(res.status, 'body not received');
    return ok({ res, text });
  } catch (e) {
    if (controller.signal.aborted) return timeout(null, 'no answer');
    return err({ kind: 'network', status: null, message: e instanceof Error ? e.message : String(e) });
  } finally {
    clearTimeout(timer);
  }
}
