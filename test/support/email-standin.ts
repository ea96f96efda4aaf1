// A local e-mail provider for tests, on node:http at 127.0.0.1 and a free port, speaking the JSON protocol
// of worker/email/sender.ts (Resend's POST /emails shape). Before accepting a mail it checks what a real
// provider checks: `Authorization: Bearer <key>` (401), a JSON body (400), a From with an address of a
// verified domain (403), one or more To addresses, a subject and a text (422), a Message-ID header in
// angle brackets (422). Accepted mails are kept in `sent`; `fail(status, times)` makes the next answers fail.
//
// It also signs inbound webhooks the way a provider's inbound routing does (`signInbound`), with its own
// HMAC from node:crypto, written apart from worker/email/crypto.ts.
//
//   const mail = await startEmailStandin({ apiKey: 'k', domains: ['shop.example'] });
//   … createHarness({ env: { EMAIL_SEND_URL: mail.url, … }, email: createHttpEmailSender({ url: mail.url, apiKey: 'k' }) })
//   mail.sent[0].headers['In-Reply-To'] …  await mail.close();
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMail {
  id: string;
  from: string;
  to: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface EmailStandin {
  url: string;
  sent: SentMail[];
  /** Every request: the status answered and why. */
  requests: { status: number; reason: string }[];
  fail(status: number, times?: number): void;
  close(): Promise<void>;
}

export async function startEmailStandin(options: { apiKey: string; domains: string[] }): Promise<EmailStandin> {
  const sent: SentMail[] = [];
  const requests: EmailStandin['requests'] = [];
  let failing: { status: number; times: number } | null = null;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const answer = (status: number, reason: string, body: unknown = { message: reason }) => {
        requests.push({ status, reason });
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      if (req.method !== 'POST') return answer(405, 'POST only');
      if (req.headers.authorization !== `Bearer ${options.apiKey}`) return answer(401, 'bad API key');
      if (failing && failing.times-- > 0) return answer(failing.status, 'failure injected');
      let m: Record<string, unknown>;
      try {
        m = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return answer(400, 'body is not JSON');
      }
      const from = String(m['from'] ?? '');
      const domain = /@([^>\s]+)>?$/.exec(from)?.[1]?.toLowerCase();
      if (!domain || !options.domains.includes(domain)) return answer(403, `from domain not verified: ${domain}`);
      const to = Array.isArray(m['to']) ? (m['to'] as unknown[]).map(String) : typeof m['to'] === 'string' ? [m['to']] : [];
      if (to.length === 0 || !to.every((t) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t))) return answer(422, 'to: expected addresses');
      if (typeof m['subject'] !== 'string' || !m['subject']) return answer(422, 'subject missing');
      if (typeof m['text'] !== 'string' || !m['text']) return answer(422, 'text missing');
      const headers = (m['headers'] ?? {}) as Record<string, string>;
      if (!/^<[^<>\s]+@[^<>\s]+>$/.test(headers['Message-ID'] ?? '')) return answer(422, 'headers.Message-ID: expected <id@domain>');
      const id = `standin-${sent.length + 1}`;
      sent.push({ id, from, to, replyTo: typeof m['reply_to'] === 'string' ? m['reply_to'] : null, subject: m['subject'], text: m['text'], headers });
      answer(200, 'sent', { id });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/emails`,
    sent,
    requests,
    fail(status, times = 1) {
      failing = { status, times };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The headers a provider's inbound routing sends with a JSON body, signed with `secret` at `timestamp` (Unix s). */
export function signInbound(secret: string, body: string, timestamp: number): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'content-type': 'application/json', 'x-askchat-timestamp': String(timestamp), 'x-askchat-signature': signature };
}
