// The knowledge base's requests (GET/POST /api/kb, PUT/DELETE /api/kb/:id, GET /api/kb/search), read live
// and written straight through the API like the other settings (online only, never synced).
//
// Loaded only by the settings pages (lazy routes), never by the first paint.
import type { KbArticleBody, KbArticleView } from '../../shared/schemas/kb';
import { apiRequest } from './client';

export interface KbHit {
  article: KbArticleView;
  score: number;
}

const articlePath = (id: string) => `/api/kb/${encodeURIComponent(id)}`;

/** The organisation's articles; with a shop, that shop's and those serving every shop. */
export async function listKb(shopId?: string | null): Promise<KbArticleView[]> {
  const query = shopId ? `?${new URLSearchParams({ shopId })}` : '';
  return (await apiRequest<{ articles: KbArticleView[] }>(`/api/kb${query}`)).articles;
}

export function saveKbArticle(articleId: string | null, body: KbArticleBody): Promise<KbArticleView> {
  return articleId ? apiRequest<KbArticleView>(articlePath(articleId), { method: 'PUT', body }) : apiRequest<KbArticleView>('/api/kb', { method: 'POST', body });
}

export async function deleteKbArticle(articleId: string): Promise<void> {
  await apiRequest(articlePath(articleId), { method: 'DELETE' });
}

/** The articles the reply pipeline would answer `q` from, best first (active and in their dates only). */
export async function searchKb(q: string, shopId: string | null): Promise<KbHit[]> {
  const query = new URLSearchParams({ q, ...(shopId ? { shopId } : {}) });
  return (await apiRequest<{ hits: KbHit[] }>(`/api/kb/search?${query}`)).hits;
}
