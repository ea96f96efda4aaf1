// An organisation's OpenAI-compatible provider settings: the key is sealed and never returned.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aiProviders } from '../../worker/db/schema';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';

const h = await createHarness();

describe('AI provider settings', () => {
  it('stores the key sealed, never returns it, and keeps it when it is not sent again', async () => {
    const owner = await signUp(h);
    expect((await owner.client.get('/api/ai/provider')).body).toEqual({ configured: false });
    const put = await owner.client.put('/api/ai/provider', { baseUrl: 'https://llm.example.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-secret-123', dailyCapUsd: 2 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ configured: true, model: 'gpt-4o-mini', hasKey: true, dailyCapUsd: 2 });
    expect(put.text).not.toContain('sk-secret-123');
    const [row] = await h.db.select().from(aiProviders).where(eq(aiProviders.orgId, owner.orgId));
    expect(row!.apiKey).not.toContain('sk-secret-123');
    expect(await h.deps.secrets.open(row!.apiKey)).toBe('sk-secret-123');
    await owner.client.put('/api/ai/provider', { baseUrl: 'https://llm.example.com/v1', model: 'other-model' });
    const [after] = await h.db.select().from(aiProviders).where(eq(aiProviders.orgId, owner.orgId));
    expect(await h.deps.secrets.open(after!.apiKey)).toBe('sk-secret-123');
    expect((await owner.client.delete('/api/ai/provider')).body).toEqual({ configured: false });
  });

  it('refuses plain http to another machine, a missing first key, and agents', async () => {
    const owner = await signUp(h);
    const http = await owner.client.put('/api/ai/provider', { baseUrl: 'http://llm.example.com/v1', model: 'm', apiKey: 'k' });
    expect(http.status).toBe(400);
    expect(http.body.error.message).toMatch(/https/);
    expect((await owner.client.put('/api/ai/provider', { baseUrl: 'http://localhost:11434/v1', model: 'm', apiKey: 'k' })).status).toBe(200);
    const other = await signUp(h);
    expect((await other.client.put('/api/ai/provider', { baseUrl: 'https://llm.example.com/v1', model: 'm' })).status).toBe(400);
    const invite = await owner.client.post('/api/invites', { email: uniqueEmail(), role: 'agent' });
    const agent = h.client();
    await agent.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name: 'A', password: PASSWORD });
    expect((await agent.get('/api/ai/provider')).status).toBe(403);
  });
});
