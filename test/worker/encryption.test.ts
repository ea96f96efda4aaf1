// Buyers' personal data is encrypted at rest (docs/decisions/007): after buyers write through the real
// webhook path and agents answer, neither the database files (PGlite's data directory, WAL included) nor a
// text dump of every table holds a buyer's name or words; the API, sync and the privacy export still give
// them to the organisation's people; key rotation moves every value to the new key so the old one can go;
// a tampered or moved value is an error, never garbage; and no log line carries a name or a text.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDataCipher, DecryptError, namePieces } from '../../worker/crypto/data-cipher';
import { createSecretBox } from '../../worker/crypto/secret-box';
import { resultRows, type Db } from '../../worker/db/types';
import { auditLog, buyers, conversations, emailMessages, messages } from '../../worker/db/schema';
import { countStale, reencryptAll } from '../../worker/privacy/reencrypt';
import { databaseFiles, reopenWithKeys, TEST_DATA_KEYS } from '../support/database';
import { createHarness, signUp } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Sealed Goods');
await connectSeller(h, owner.client, sellerOf('GB'));

// A buyer with a name nobody else has writes through TikTok (signed push → AskChat → CS API).
const NAME = 'Wilhelmina Quartzfeather';
const created = await h.sandbox.app.request('/api/buyers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'GB', nickname: NAME }) });
const { buyer_user_id } = (await created.json()) as { buyer_user_id: string };
h.sandbox.state().buyers[buyer_user_id]!.nickname = NAME;
const WORDS = ['Please deliver to 42 Zanzibar Mews, my phone is 07700 900461', 'Xylophonic parcel still missing, need it before Tuesday'];
const first = await buyerWrites(h, 'GB', WORDS[0]!, { buyer_user_id });
await buyerWrites(h, 'GB', WORDS[1]!, { buyer_user_id });
const [conv] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, first.conversation_id)));
const conversationId = conv!.id;
const buyerId = conv!.buyerId;
const AGENT = 'Quixotic reply from the agent, courier booked for Harwich';
const reply = await owner.client.post(`/api/conversations/${conversationId}/replies`, { clientId: 'sealed-reply-1', text: AGENT });
if (reply.status !== 200 && reply.status !== 201) throw new Error(`reply failed: ${reply.status} ${reply.text}`);
const search = await owner.client.get(`/api/privacy/buyers?q=${encodeURIComponent('quartzfeath')}`);
await h.settle();
// The dashboard's rollups count buyers' questions by their normalised words (maintained before it answers).
const dashboard = await owner.client.get('/api/dashboard?from=2026-11-01&to=2026-11-30');

const SECRETS = [NAME, 'Quartzfeather', ...WORDS, 'Zanzibar Mews', '07700 900461', AGENT, 'Xylophonic', 'xylophonic parcel', 'zanzibar mews'];

/** Every row of every table as Postgres prints it: what a pg_dump of the data would hold. */
async function tableText(db: Db): Promise<string> {
  const tables = resultRows<{ name: string }>(await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`));
  const parts: string[] = [];
  for (const { name } of tables) {
    for (const row of resultRows<{ r: string }>(await db.execute(sql.raw(`select t::text as r from "${name}" t`)))) parts.push(row.r);
  }
  return parts.join('\n');
}

const found = (haystack: string, needles: string[]) => needles.filter((n) => haystack.toLowerCase().includes(n.toLowerCase()));

describe('encryption at rest', () => {
  it('finds the buyer by part of their name through the blind index', () => {
    expect(search.status, search.text).toBe(200);
    expect(search.body.buyers.map((b: { id: string; displayName: string }) => [b.id, b.displayName])).toEqual([[buyerId, NAME]]);
  });

  it('keeps no buyer name or message text in any table', async () => {
    const dump = await tableText(h.db);
    expect(dump).toContain('Sealed Goods'); // the scan sees plaintext where plaintext is stored
    expect(dump).toContain('enc:v1:test1:');
    expect(found(dump, SECRETS)).toEqual([]);
  });

  it('keeps none in the database files either, write-ahead log included (PGlite)', async () => {
    const files = await databaseFiles(h.db);
    if (!files) return; // a Postgres server's files are not ours to read: the table scan above covers it
    // Byte search (about 40 MB of files): Postgres stores text as the UTF-8 it was given.
    const bytes = Buffer.from(files.buffer, files.byteOffset, files.byteLength);
    const inFiles = (needles: string[]) => needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));
    expect(inFiles(['Sealed Goods'])).toEqual(['Sealed Goods']);
    expect(inFiles(SECRETS)).toEqual([]);
  }, 120_000);

  it('gives the plaintext to the organisation: conversation, sync and the privacy export', async () => {
    const opened = await owner.client.get(`/api/conversations/${conversationId}`);
    expect(opened.status, opened.text).toBe(200);
    const texts = opened.body.messages.map((m: { text: string }) => m.text);
    expect(texts).toEqual(expect.arrayContaining([...WORDS, AGENT]));
    expect(opened.body.conversation.buyerName).toBe(NAME);

    const pull = await owner.client.get('/api/sync/pull?cursor=0');
    expect(pull.status, pull.text).toBe(200);
    expect(pull.body.messages.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining([...WORDS, AGENT]));
    expect(JSON.stringify(pull.body.conversations)).toContain(NAME);

    const request = await owner.client.post('/api/privacy/requests', { buyerId, kind: 'export', law: 'gdpr', note: 'Asked by Wilhelmina herself' });
    expect(request.status, request.text).toBe(201);
    const exported = await owner.client.get(`/api/privacy/requests/${request.body.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.buyer.displayName).toBe(NAME);
    expect(found(exported.text, [...WORDS, AGENT])).toEqual([...WORDS, AGENT]);
    // The request's note and the audit entry of the search are sealed too, and read back whole.
    const listed = await owner.client.get('/api/privacy/requests');
    expect(listed.body.requests.map((r: { note: string }) => r.note)).toContain('Asked by Wilhelmina herself');
    const [searched] = await h.db.select().from(auditLog).where(and(eq(auditLog.orgId, owner.orgId), eq(auditLog.action, 'buyer.search')));
    expect(searched!.details).toEqual({ q: 'quartzfeath', results: 1 });
    expect(found(await tableText(h.db), ['Asked by Wilhelmina', 'quartzfeath'])).toEqual([]);
  });

  it("counts the buyer's questions on the dashboard from sealed keys", async () => {
    expect(dashboard.status, dashboard.text).toBe(200);
    const keys = JSON.stringify(dashboard.body);
    expect(keys).toContain('xylophonic parcel still missing need it before tuesday');
    const stored = resultRows<{ q: string }>(await h.db.execute(sql`select questions::text as q from metric_rollups where org_id = ${owner.orgId} and questions <> '{}'::jsonb`));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((r) => /^\{"enc:v1:test1:/.test(r.q))).toBe(true);
  });

  it('still compares a column sealed the fixed way in SQL (e-mail subjects, for threading)', async () => {
    const row = { shopId: conv!.shopId, orgId: owner.orgId, conversationId, direction: 'in' as const, subject: 're zanzibar mews parcel' };
    await h.db.insert(emailMessages).values([{ ...row, rfcId: '<a@mail.test>' }, { ...row, rfcId: '<b@mail.test>' }]);
    const same = await h.db.select({ rfcId: emailMessages.rfcId, subject: emailMessages.subject }).from(emailMessages).where(eq(emailMessages.subject, 're zanzibar mews parcel'));
    expect(same).toEqual([{ rfcId: '<a@mail.test>', subject: 're zanzibar mews parcel' }, { rfcId: '<b@mail.test>', subject: 're zanzibar mews parcel' }]);
    const stored = resultRows<{ s: string }>(await h.db.execute(sql`select distinct '#' || subject as s from email_messages where conversation_id = ${conversationId}`));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.s).toMatch(/^#enc:v1:test1:/);
  });

  it('fails closed: a handle opened without the keys cannot store a sealed column at all', async () => {
    const bare = await reopenWithKeys(h.db, null);
    await expect(bare.update(messages).set({ text: 'Stored in the clear?' }).where(eq(messages.conversationId, conversationId))).rejects.toThrow();
    expect(found(await tableText(h.db), ['Stored in the clear?'])).toEqual([]);
  });

  it('writes no buyer name or message text to the logs', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(found(h.logs.join('\n'), [...SECRETS, 'quartzfeath'])).toEqual([]);
  });

  it('refuses a tampered value and a value moved from another column, with an error that holds no plaintext', async () => {
    const [row] = resultRows<{ id: string }>(await h.db.execute(sql`select id from messages where conversation_id = ${conversationId} and sender = 'buyer' limit 1`));
    // The stored bytes, behind a '#' so the database handle does not open them.
    const raw = async (column: string, id: string) =>
      resultRows<{ v: string }>(await h.db.execute(sql.raw(`select '#' || ${column} as v from ${column === 'display_name' ? 'buyers' : 'messages'} where id = '${id}'`)))[0]!.v.slice(1);
    const original = await raw('text', row!.id);
    expect(original).toMatch(/^enc:v1:test1:/);
    // One character of the ciphertext changed (not the last: it may hold only padding bits).
    const at = original.length - 10;
    const altered = original.slice(0, at) + (original[at] === 'A' ? 'B' : 'A') + original.slice(at + 1);
    await h.db.execute(sql`update messages set text = ${altered} where id = ${row!.id}`);
    const tampered = await h.db.select({ text: messages.text }).from(messages).where(eq(messages.id, row!.id)).catch((e: unknown) => e);
    expect(tampered).toBeInstanceOf(Error);
    const cause = (tampered as Error & { cause?: unknown }).cause ?? tampered;
    expect(cause).toBeInstanceOf(DecryptError);
    expect(String((cause as Error).message)).toMatch(/column "text" \(key "test1"\) failed its integrity check/);
    // The API answers with an error (logged without the words), not with garbage.
    const logsBefore = h.logs.length;
    const res = await owner.client.get(`/api/conversations/${conversationId}`);
    expect(res.status).toBe(500);
    expect(found(h.logs.slice(logsBefore).join('\n'), SECRETS)).toEqual([]);
    expect(h.logs.slice(logsBefore).join('\n')).toMatch(/integrity check/);
    // The buyer's sealed name copied into a message's text: valid ciphertext, wrong column.
    const name = await raw('display_name', buyerId);
    await h.db.execute(sql`update messages set text = ${name} where id = ${row!.id}`);
    await expect(h.db.select({ text: messages.text }).from(messages).where(eq(messages.id, row!.id))).rejects.toThrow();
    await h.db.execute(sql`update messages set text = ${original} where id = ${row!.id}`);
    expect((await owner.client.get(`/api/conversations/${conversationId}`)).status).toBe(200);
  });

  it('rotates: a new key becomes current, every value moves to it, and the old key can be dropped', async () => {
    const NEW = 'k2027:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8';
    const both = await reopenWithKeys(h.db, `${NEW},${TEST_DATA_KEYS}`);
    const secrets = await createSecretBox(`${NEW},${TEST_DATA_KEYS}`);
    // A value stored before encryption existed (a plain parameter is not sealed): the same pass seals it.
    await h.db.execute(sql`update privacy_requests set note = 'Legacy plaintext note' where org_id = ${owner.orgId}`);
    expect(await countStale(both, secrets)).toBeGreaterThan(0);
    // Interrupted after one small batch: a second run finishes the job.
    let batches = 0;
    const cut = await reencryptAll(both, secrets, {
      batch: 2,
      onBatch: () => {
        batches++;
        throw new Error('cut off');
      },
    }).catch((e: Error) => e.message);
    expect([cut, batches]).toEqual(['cut off', 1]);
    const report = await reencryptAll(both, secrets, { batch: 50 });
    expect(report.remaining).toBe(0);
    expect(report.currentKeyId).toBe('k2027');
    // Nothing is left under the old key, in any table…
    const dump = await tableText(h.db);
    expect(dump).not.toContain('enc:v1:test1:');
    expect(dump).not.toContain('v1.test1.');
    expect(found(dump, SECRETS)).toEqual([]);
    // …so the new key alone opens everything, and the blind index was rebuilt under it.
    const newOnly = await reopenWithKeys(h.db, NEW);
    const texts = (await newOnly.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, conversationId))).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining([...WORDS, AGENT]));
    expect(dump).not.toContain('Legacy plaintext note');
    const [note] = resultRows<{ note: string }>(await newOnly.execute(sql`select note from privacy_requests where org_id = ${owner.orgId}`));
    expect(note!.note).toBe('Legacy plaintext note');
    const [b] = await newOnly.select({ name: buyers.displayName, index: buyers.nameIndex }).from(buyers).where(eq(buyers.id, buyerId));
    expect(b!.name).toBe(NAME);
    expect(b!.index).toMatch(/^k2027 /);
    const subjects = await newOnly.select({ subject: emailMessages.subject }).from(emailMessages).where(eq(emailMessages.subject, 're zanzibar mews parcel'));
    expect(subjects).toHaveLength(2);
    // The old key alone no longer opens anything: a clear error naming the missing key.
    await expect(h.db.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, conversationId))).rejects.toThrow();
    const error = await h.db.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, conversationId)).catch((e: { cause?: Error }) => e.cause ?? e);
    expect(String((error as Error).message)).toMatch(/sealed with key "k2027", which ENCRYPTION_KEYS does not list/);
  });

  it('erases a buyer: the name, its index and the words are gone, the rows stay', async () => {
    const NEW = 'k2027:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8';
    const db = await reopenWithKeys(h.db, NEW);
    const { eraseBuyer } = await import('../../worker/privacy/subject');
    const erased = await eraseBuyer(db, owner.orgId, buyerId, h.clock.now());
    expect(erased!.messages).toBeGreaterThanOrEqual(3);
    const [b] = await db.select().from(buyers).where(eq(buyers.id, buyerId));
    expect(b).toMatchObject({ displayName: '', nameIndex: '' });
    const left = await db.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, conversationId));
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(left.every((m) => m.text === '')).toBe(true);
  });
});

describe('the blind index', () => {
  it('folds case, accents and width, and finds any part of a word of two letters or more', async () => {
    const cipher = await createDataCipher(TEST_DATA_KEYS);
    const index = await cipher.index('José ÁLVAREZ-Núñez 王小明');
    const matches = async (q: string) => new RegExp(await cipher.indexQuery(q)).test(index); // the same syntax as Postgres' ~
    for (const q of ['jose', 'alvarez nunez', 'VAREZ', 'ñú', '小明', 'José Á.']) expect(await matches(q), q).toBe(true);
    for (const q of ['josefina', 'alvarez smith', 'z', '']) expect(await matches(q), q).toBe(false);
    expect(namePieces('ab', true)).toEqual(['ab']);
  });
});
