import { describe, expect, it } from 'vitest';
import { normalizeInbound } from '../../../shared/email/normalize';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../../shared/schemas/email';

describe('normalizeInbound', () => {
  it('takes the JSON fields, keeps the full text and gives the AI only the new words', () => {
    const r = normalizeInbound({ from: 'Olivia <olivia@example.co.uk>', to: 'Support <support@shop.example>', subject: 'Re: order', messageId: '<m1@x>', inReplyTo: '<o1@shop.example>', references: ['<o0@shop.example>', '<o1@shop.example>'], text: 'Cancel it please\n\nOn Monday, Shop wrote:\n> old' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.val).toMatchObject({ from: { address: 'olivia@example.co.uk' }, to: ['support@shop.example'], messageId: 'm1@x', inReplyTo: ['o1@shop.example'], references: ['o0@shop.example', 'o1@shop.example'], newText: 'Cancel it please' });
    expect(r.val.content.fullText).toContain('> old');
  });

  it('fills what the JSON leaves out from the raw MIME, and reads HTML-only mail as text', () => {
    const r = normalizeInbound({ to: 'support@shop.example', raw: 'From: A <a@b.example>\nSubject: =?utf-8?Q?Caf=C3=A9?=\nMessage-ID: <r1@b.example>\nContent-Type: text/html\n\n<p>Hello&amp;bye</p>' });
    expect(r.ok && r.val).toMatchObject({ from: { address: 'a@b.example' }, subject: 'Café', messageId: 'r1@b.example', newText: 'Hello&bye', content: { html: true } });
  });

  it('refuses malformed MIME with a clear reason, unless the JSON carries the text itself', () => {
    expect(normalizeInbound({ to: 'support@shop.example', raw: 'garbage without headers\n\nbody' })).toEqual({ ok: false, err: 'malformed MIME: the message does not start with headers' });
    const kept = normalizeInbound({ from: 'a@b.example', to: 'support@shop.example', text: 'hello', raw: 'garbage\n\nbody' });
    expect(kept.ok && kept.val.newText).toBe('hello');
  });

  it('needs a sender and a recipient', () => {
    expect(normalizeInbound({ to: 'support@shop.example', text: 'x' })).toEqual({ ok: false, err: 'no sender address (from)' });
    expect(normalizeInbound({ from: 'a@b.example', text: 'x' })).toEqual({ ok: false, err: 'no recipient address (to)' });
  });

  it('bounds attachments: references only, the first 20 kept, the rest counted, huge ones flagged', () => {
    const attachments = Array.from({ length: MAX_ATTACHMENTS + 5 }, (_x, i) => ({ filename: `f${i}.jpg`, contentType: 'image/jpeg', size: i === 0 ? MAX_ATTACHMENT_BYTES + 1 : 1000, url: `https://files.example/${i}` }));
    const r = normalizeInbound({ from: 'a@b.example', to: 'support@shop.example', text: '', attachments });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.val.content.attachments).toHaveLength(MAX_ATTACHMENTS);
    expect(r.val.content.omittedAttachments).toBe(5);
    expect(r.val.content.attachments[0]).toEqual({ filename: 'f0.jpg', contentType: 'image/jpeg', size: MAX_ATTACHMENT_BYTES + 1, url: 'https://files.example/0', oversize: true });
    expect(r.val.newText).toContain('f0.jpg'); // an attachment-only mail still says something in the inbox
  });
});

describe('inboundEmailSchema', () => {
  it('takes attachment links over http(s) only', async () => {
    const { inboundEmailSchema } = await import('../../../shared/schemas/email');
    const at = (url: string) => inboundEmailSchema.safeParse({ attachments: [{ filename: 'a', contentType: 'x/y', size: 1, url }] }).success;
    expect(at('https://files.example/a')).toBe(true);
    expect(at('javascript:alert(1)')).toBe(false);
    expect(at('data:text/html,hi')).toBe(false);
  });
});
