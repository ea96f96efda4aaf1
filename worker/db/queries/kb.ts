// The knowledge base: CRUD scoped by organisation and visible shops, and search (see kbArticles in schema).
import { and, desc, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { QueryTerms } from '../../../shared/kb/query-terms';
import { requiredMatches } from '../../../shared/kb/query-terms';
import type { KbArticleBody, KbArticleView } from '../../../shared/schemas/kb';
import { kbArticles } from '../schema';
import type { Queryable } from '../types';
import { inScope, type ShopScope } from './visibility';

export type KbRow = typeof kbArticles.$inferSelect;

export function toKbView(row: KbRow): KbArticleView {
  return {
    id: row.id,
    shopId: row.shopId,
    kind: row.kind,
    title: row.title,
    body: row.body,
    language: row.language as KbArticleView['language'],
    tags: row.tags,
    active: row.active,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Articles a member may see: the organisation-wide ones and those of shops in their scope. */
function visible(orgId: string, scope: ShopScope): SQL | undefined {
  return and(eq(kbArticles.orgId, orgId), or(isNull(kbArticles.shopId), inScope(kbArticles.shopId, scope) ?? sql`true`));
}

export async function listKb(db: Queryable, orgId: string, scope: ShopScope, shopId?: string): Promise<KbRow[]> {
  return db
    .select()
    .from(kbArticles)
    .where(and(visible(orgId, scope), shopId ? or(eq(kbArticles.shopId, shopId), isNull(kbArticles.shopId)) : undefined))
    .orderBy(desc(kbArticles.updatedAt))
    .limit(500);
}

export async function getKb(db: Queryable, orgId: string, scope: ShopScope, id: string): Promise<KbRow | undefined> {
  const [row] = await db.select().from(kbArticles).where(and(visible(orgId, scope), eq(kbArticles.id, id))).limit(1);
  return row;
}

function values(body: KbArticleBody) {
  return {
    shopId: body.shopId ?? null,
    kind: body.kind,
    title: body.title,
    body: body.body,
    language: body.language ?? null,
    tags: body.tags,
    active: body.active,
    startsAt: body.startsAt ? new Date(body.startsAt) : null,
    endsAt: body.endsAt ? new Date(body.endsAt) : null,
  };
}

export async function insertKb(db: Queryable, orgId: string, body: KbArticleBody, version: number, now: Date): Promise<KbRow> {
  const [row] = await db.insert(kbArticles).values({ id: newId('article'), orgId, ...values(body), updatedAt: now, version }).returning();
  return row!;
}

export async function updateKb(db: Queryable, orgId: string, id: string, body: KbArticleBody, version: number, now: Date): Promise<KbRow | undefined> {
  const [row] = await db
    .update(kbArticles)
    .set({ ...values(body), updatedAt: now, version })
    .where(and(eq(kbArticles.orgId, orgId), eq(kbArticles.id, id)))
    .returning();
  return row;
}

export async function deleteKb(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await db.delete(kbArticles).where(and(eq(kbArticles.orgId, orgId), eq(kbArticles.id, id))).returning({ id: kbArticles.id });
  return rows.length > 0;
}

export interface KbHit {
  row: KbRow;
  score: number;
}

/**
 * The best articles for a message in one shop: active, in their campaign window, matching enough of the
 * message's terms (shared/kb/query-terms.ts). Articles in the buyer's language rank first among equals.
 */
export async function searchKb(
  db: Queryable,
  input: { orgId: string; shopId: string | null; terms: QueryTerms; language?: string | null; now: Date; limit?: number },
): Promise<KbHit[]> {
  const { terms } = input;
  if (terms.words.length === 0 && terms.pairs.length === 0) return [];
  const need = requiredMatches(terms);
  const text = sql`lower(${kbArticles.title} || ' ' || ${kbArticles.body})`;
  const wordHits = terms.words.length
    ? sql.join(terms.words.map((w) => sql`(${kbArticles.search} @@ to_tsquery('simple', ${quoteTerm(w)}))::int`), sql` + `)
    : sql`0`;
  const pairHits = terms.pairs.length ? sql.join(terms.pairs.map((p) => sql`(strpos(${text}, ${p}) > 0)::int`), sql` + `) : sql`0`;
  const rows = await db
    .select({ row: kbArticles, words: sql<number>`${wordHits}`.mapWith(Number), pairs: sql<number>`${pairHits}`.mapWith(Number) })
    .from(kbArticles)
    .where(
      and(
        eq(kbArticles.orgId, input.orgId),
        input.shopId ? or(isNull(kbArticles.shopId), eq(kbArticles.shopId, input.shopId)) : isNull(kbArticles.shopId),
        eq(kbArticles.active, true),
        or(isNull(kbArticles.startsAt), lte(kbArticles.startsAt, input.now)),
        or(isNull(kbArticles.endsAt), gt(kbArticles.endsAt, input.now)),
      ),
    );
  return rows
    .filter((r) => (need.words > 0 && r.words >= need.words) || (terms.pairs.length > 0 && r.pairs >= need.pairs))
    .map((r) => ({
      row: r.row,
      score: r.words / Math.max(1, terms.words.length) + r.pairs / Math.max(1, terms.pairs.length) + (input.language && r.row.language === input.language ? 0.25 : 0),
    }))
    .sort((a, b) => b.score - a.score || b.row.updatedAt.getTime() - a.row.updatedAt.getTime())
    .slice(0, input.limit ?? 3);
}

/** A single word as a tsquery operand: quoted, so punctuation in it cannot change the query. */
function quoteTerm(word: string): string {
  return `'${word.replace(/['\\\\]/g, '')}'`;
}
