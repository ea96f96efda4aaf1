// Follow `next_page_token` until it is empty (§4.3). A token seen twice or too many pages stops the walk, so
// a misbehaving server cannot loop us forever. The first failure ends the walk and is returned as is.
import type { Result } from '../../shared/result';
import type { TikTokError } from './errors';

type Paged = { next_page_token: string };

export async function* eachPage<P extends Paged>(
  fetchPage: (pageToken: string | undefined) => Promise<Result<P, TikTokError>>,
  { maxPages = 1000 }: { maxPages?: number } = {},
): AsyncGenerator<Result<P, TikTokError>> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(token);
    yield page;
    if (!page.ok) return;
    const next = page.val.next_page_token;
    if (!next || seen.has(next)) return;
    seen.add(next);
    token = next;
  }
}

export async function collectPages<P extends Paged, I>(
  fetchPage: (pageToken: string | undefined) => Promise<Result<P, TikTokError>>,
  pick: (page: P) => readonly I[],
  opts: { maxPages?: number } = {},
): Promise<Result<I[], TikTokError>> {
  const items: I[] = [];
  for await (const page of eachPage(fetchPage, opts)) {
    if (!page.ok) return page;
    items.push(...pick(page.val));
  }
  return { ok: true, val: items };
}
