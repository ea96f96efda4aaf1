// Sending e-mail through a provider: an interface, and one implementation speaking plain JSON over HTTPS
// (the shape of Resend's POST /emails; most providers take it or something one adapter away). The test
// stand-in (test/support/email-standin.ts) speaks the same protocol. Failures are values: a reply that
// could not go out is kept on the message as failed, like a TikTok send failure.
import { err, ok, type Result } from '../../shared/result';
import { fetchText, type FetchLike } from '../fetch-text';

export interface OutgoingEmail {
  from: { name: string; address: string };
  /** The conversation's sub-address: the buyer's reply threads even without headers. */
  replyTo: string;
  to: string;
  subject: string;
  text: string;
  /** Our Message-ID for this mail, without brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
}

export interface EmailSendError {
  kind: 'rejected' | 'server' | 'network' | 'timeout';
  message: string;
  retryable: boolean;
}

export interface EmailSender {
  send(mail: OutgoingEmail): Promise<Result<{ providerId: string | null }, EmailSendError>>;
}

const bracket = (id: string) => `<${id}>`;

export function createHttpEmailSender(options: { url: string; apiKey?: string; fetch?: FetchLike; timeoutMs?: number }): EmailSender {
  return {
    async send(mail) {
      const headers: Record<string, string> = { 'Message-ID': bracket(mail.messageId) };
      if (mail.inReplyTo) headers['In-Reply-To'] = bracket(mail.inReplyTo);
      if (mail.references.length) headers['References'] = mail.references.map(bracket).join(' ');
      const body = JSON.stringify({
        from: `"${mail.from.name.replace(/["\\\r\n]/g, '')}" <${mail.from.address}>`,
        to: [mail.to],
        reply_to: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        headers,
      });
      const r = await fetchText(
        options.fetch ?? ((u, i) => fetch(u, i)),
        options.url,
        { method: 'POST', headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) }, body },
        options.timeoutMs ?? 10_000,
      );
      // A timeout may have sent it: not retryable, as with TikTok's Send Message.
      if (!r.ok) return err({ kind: r.err.kind, message: r.err.message, retryable: r.err.kind === 'network' });
      const { res, text } = r.val;
      if (!res.ok) return err({ kind: res.status >= 500 || res.status === 429 ? 'server' : 'rejected', message: `the e-mail provider answered ${res.status}: ${text.slice(0, 200)}`, retryable: res.status >= 500 || res.status === 429 });
      let id: unknown = null;
      try {
        id = (JSON.parse(text) as { id?: unknown }).id;
      } catch {
        // a 2xx without JSON still means accepted
      }
      return ok({ providerId: typeof id === 'string' ? id : null });
    },
  };
}
