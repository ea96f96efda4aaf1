// The knowledge base: what sellers write, what agents may see, and search in every language AskChat
// serves (full-text for space-separated scripts, character pairs for Thai and Chinese).
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../shared/kb/query-terms';
import { addShop } from '../support/fixtures';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';

const h = await createHarness();
const owner = await signUp(h, 'KB Shop');
const shopId = await addShop(h.db, owner.orgId, { market: 'ID', name: 'Glow ID' });
const otherShop = await addShop(h.db, owner.orgId, { market: 'TH', name: 'Glow TH' });

const articles = [
  { shopId, title: 'Serum Vitamin C untuk kulit sensitif', body: 'Serum Vitamin C kami aman untuk kulit sensitif, sudah terdaftar BPOM, tanpa alkohol dan pewangi.', language: 'id', kind: 'faq' },
  { shopId, title: 'Vitamin C serum and sensitive skin', body: 'Our vitamin C serum is fragrance-free and suitable for sensitive skin. Patch test first.', language: 'en', kind: 'faq' },
  { shopId: otherShop, title: 'กันแดดสำหรับผิวมัน', body: 'กันแดดสูตรบางเบา ไม่เหนอะหนะ เหมาะกับผิวมันและผิวเป็นสิวง่าย', language: 'th', kind: 'faq' },
  { title: '退货政策', body: '收到商品后七天内可以申请退货退款，商品需保持完好。', language: 'zh', kind: 'policy' },
  { title: 'Return policy', body: 'You can return any item within 7 days of delivery if it is unused and in its original packaging.', language: 'en', kind: 'policy' },
];
const created: string[] = [];
for (const a of articles) {
  const res = await owner.client.post('/api/kb', a);
  expect(res.status, res.text).toBe(201);
  created.push(res.body.id);
}

const search = async (q: string, extra = '') => (await owner.client.get(`/api/kb/search?q=${encodeURIComponent(q)}${extra}`)).body.hits.map((h: any) => h.article.title);

describe('knowledge base search', () => {
  it('finds the Indonesian answer to an Indonesian question, preferring the buyer’s language', async () => {
    const hits = await search('kak serum vit c nya aman buat kulit sensitif gak?', `&shopId=${shopId}&language=id`);
    expect(hits[0]).toBe('Serum Vitamin C untuk kulit sensitif');
  });

  it('finds an English answer to an English question', async () => {
    expect((await search('Is the vitamin C serum ok for sensitive skin?', `&shopId=${shopId}&language=en`))[0]).toBe('Vitamin C serum and sensitive skin');
  });

  it('finds Thai articles by character pairs, though Thai has no spaces', async () => {
    expect((await search('กันแดดตัวนี้ใช้กับผิวมันได้ไหมคะ', `&shopId=${otherShop}`))[0]).toBe('กันแดดสำหรับผิวมัน');
  });

  it('finds Chinese articles the same way, and organisation-wide articles from any shop', async () => {
    expect(await search('请问怎么退货退款？', `&shopId=${shopId}`)).toContain('退货政策');
  });

  it('keeps other shops’ articles out of a shop’s results', async () => {
    expect(await search('กันแดดตัวนี้ใช้กับผิวมันได้ไหมคะ', `&shopId=${shopId}`)).not.toContain('กันแดดสำหรับผิวมัน');
  });

  it('returns nothing for a message that only shares filler words with the articles', async () => {
    expect(await search('hi kak, thank you ya', `&shopId=${shopId}`)).toEqual([]);
  });

  it('leaves out inactive articles and campaigns outside their dates', async () => {
    const campaign = await owner.client.post('/api/kb', {
      shopId,
      kind: 'campaign',
      title: 'Flash sale 12.12 voucher',
      body: 'Voucher diskon flash sale berlaku tanggal dua belas',
      startsAt: '2026-12-12T00:00:00Z',
      endsAt: '2026-12-13T00:00:00Z',
    });
    expect(campaign.status).toBe(201);
    expect(await search('ada voucher flash sale?', `&shopId=${shopId}`)).not.toContain('Flash sale 12.12 voucher');
    h.clock.set('2026-12-12T10:00:00Z');
    expect(await search('ada voucher flash sale?', `&shopId=${shopId}`)).toContain('Flash sale 12.12 voucher');
    h.clock.set('2026-11-20T09:00:00Z');
    const put = await owner.client.put(`/api/kb/${created[1]}`, { ...articles[1], active: false });
    expect(put.status).toBe(200);
    expect(await search('Is the vitamin C serum ok for sensitive skin?', `&shopId=${shopId}`)).not.toContain('Vitamin C serum and sensitive skin');
  });
});

describe('knowledge base access', () => {
  it('shows an agent only the articles of their shops and the organisation-wide ones, read-only', async () => {
    const invite = await owner.client.post('/api/invites', { email: uniqueEmail('kb-agent'), role: 'agent' });
    const agent = h.client();
    const joined = await agent.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name: 'Agent', password: PASSWORD });
    await owner.client.post('/api/groups', { name: 'TH team', memberIds: [joined.body.user.id], shopIds: [otherShop] });
    const titles = (await agent.get('/api/kb')).body.articles.map((a: any) => a.title).sort();
    expect(titles).toEqual(['Return policy', 'กันแดดสำหรับผิวมัน', '退货政策'].sort());
    expect((await agent.get(`/api/kb/${created[0]}`)).status).toBe(404);
    expect((await agent.post('/api/kb', { title: 'x', body: 'y' })).status).toBe(403);
    expect((await agent.get(`/api/kb/search?q=serum&shopId=${shopId}`)).status).toBe(404);
  });

  it('refuses an article for a shop of another organisation', async () => {
    const other = await signUp(h, 'Other KB Org');
    const res = await other.client.post('/api/kb', { shopId, title: 'Sneaky', body: 'text' });
    expect(res.status).toBe(404);
  });

  it('validates articles with clear errors', async () => {
    const res = await owner.client.post('/api/kb', { title: '', body: 'x', language: 'fr' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/title/);
    expect(res.body.error.message).toMatch(/language/);
  });
});

describe('query terms', () => {
  it('drops filler words in several languages and keeps the topic', () => {
    expect(queryTerms('Hi kak, apakah serum ini bisa untuk kulit sensitif?').words).toEqual(['serum', 'kulit', 'sensitif']);
    expect(queryTerms('pwede po ba i-return yung damit?').words).toEqual(['return', 'damit']);
    expect(queryTerms('退货').pairs).toEqual(['退货']);
  });
});

describe('shop reply settings', () => {
  it('starts from the shop type’s defaults and the market’s emoji habit, and stores what the seller sets', async () => {
    const before = await owner.client.get(`/api/shops/${shopId}/settings`);
    expect(before.body).toMatchObject({ draftOnly: false, tone: 'auto', emoji: true, autoSend: { order_status: true, complaint: false } });
    const put = await owner.client.put(`/api/shops/${shopId}/settings`, { draftOnly: true, autoSend: { coupon_promo: false }, policies: { returnWindowDays: 7, shippingDays: { min: 2, max: 5 } } });
    expect(put.status).toBe(200);
    const after = await owner.client.get(`/api/shops/${shopId}/settings`);
    expect(after.body).toMatchObject({ draftOnly: true, autoSend: { coupon_promo: false, order_status: true }, policies: { returnWindowDays: 7, shippingDays: { min: 2, max: 5 } } });
  });

  it('refuses settings that make no sense, naming the field', async () => {
    const res = await owner.client.put(`/api/shops/${shopId}/settings`, { policies: { shippingDays: { min: 5, max: 2 } }, tone: 'rude' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/tone/);
    expect(res.body.error.message).toMatch(/min must not be above max/);
  });
});

describe('round trips and dates', () => {
  it('takes the settings back exactly as GET gave them (nulls for what is not set)', async () => {
    const got = await owner.client.get(`/api/shops/${shopId}/settings`);
    expect(got.body.signature).toBeNull();
    const put = await owner.client.put(`/api/shops/${shopId}/settings`, got.body);
    expect(put.status, put.text).toBe(200);
    expect(put.body).toEqual(got.body);
  });

  it('refuses an article that ends before it starts, naming the field', async () => {
    const res = await owner.client.post('/api/kb', { shopId, kind: 'campaign', title: 'Flash sale', body: 'Ten percent off.', startsAt: '2026-12-10T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/endsAt: the end must be after the start/);
  });
});
