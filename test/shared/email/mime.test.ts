import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../../shared/email/decode';
import { parseMime } from '../../../shared/email/mime';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const MULTIPART = crlf(`From: =?UTF-8?B?w5NsYWYgQnLDuG5k?= <Olaf@Example.co.uk>
To: "Shop, Support" <support@shop.example>, other@shop.example
Subject: =?utf-8?Q?Wo_ist_meine_Bestellung=3F?= =?utf-8?Q?_=E2=9C=93?=
Message-ID: <abc.123@mail.example.co.uk>
In-Reply-To: <out-1@shop.example>
References: <first@shop.example>
 <out-1@shop.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

preamble is ignored
--outer
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Gr=FC=DFe, where is my order? It is a very long line that is soft-=
wrapped.
--inner
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PHA+R3LDvMOfZTwvcD4=
--inner--
--outer
Content-Type: image/jpeg; name="photo.jpg"
Content-Disposition: attachment; filename*=utf-8''caf%C3%A9%20photo.jpg
Content-Transfer-Encoding: base64
Content-ID: <img1@x>

/9j/4AAQSkZJRgABAQ==
--outer--
`);

describe('parseMime', () => {
  it('reads headers, nested multiparts, quoted-printable in Latin-1, base64 HTML and an RFC 2231 attachment name', () => {
    const r = parseMime(MULTIPART);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.val.from).toEqual({ name: 'Ólaf Brønd', address: 'olaf@example.co.uk' });
    expect(r.val.to.map((t) => t.address)).toEqual(['support@shop.example', 'other@shop.example']);
    expect(r.val.subject).toBe('Wo ist meine Bestellung? ✓');
    expect(r.val.messageId).toBe('abc.123@mail.example.co.uk');
    expect(r.val.inReplyTo).toEqual(['out-1@shop.example']);
    expect(r.val.references).toEqual(['first@shop.example', 'out-1@shop.example']);
    expect(r.val.text).toBe('Grüße, where is my order? It is a very long line that is soft-wrapped.');
    expect(r.val.html).toBe('<p>Grüße</p>');
    expect(r.val.attachments).toEqual([{ filename: 'café photo.jpg', contentType: 'image/jpeg', size: 13, contentId: 'img1@x' }]);
  });

  it('reads a single-part message with LF line ends, and 8-bit text that arrived already decoded', () => {
    const r = parseMime('From: a@b.example\nTo: s@shop.example\nSubject: hi\n\nสวัสดีค่ะ 你好\n');
    expect(r.ok && r.val.text).toBe('สวัสดีค่ะ 你好\n');
  });

  it('falls back to UTF-8 for an unknown charset instead of failing', () => {
    const r = parseMime('From: a@b.example\nContent-Type: text/plain; charset=x-nonsense\n\nplain words');
    expect(r.ok && r.val.text).toBe('plain words');
  });

  it.each([
    ['an empty message', '', 'empty'],
    ['a body without headers', 'hello there\n\nmore', 'does not start with headers'],
    ['no From header', 'To: s@shop.example\n\nhi', 'no From'],
    ['a multipart without a boundary', 'From: a@b.example\nContent-Type: multipart/mixed\n\n--x\n\nhi', 'without a boundary'],
    ['a boundary that never appears', 'From: a@b.example\nContent-Type: multipart/mixed; boundary=zzz\n\njust text', 'never appears'],
    ['multiparts nested too deep', 'From: a@b.example\n' + Array.from({ length: 12 }, (_x, i) => `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n`).join(''), 'nested deeper'],
  ])('gives a clear error, never a throw, for %s', (_name, raw, why) => {
    const r = parseMime(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.err).toContain(why);
  });

  it('keeps what arrived of a cut message (no closing boundary) and survives broken base64', () => {
    const r = parseMime('From: a@b.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nfirst part\n--b\nContent-Type: application/pdf; name=x.pdf\nContent-Transfer-Encoding: base64\n\n%%%%not base64');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.val.text).toBe('first part');
      expect(r.val.attachments[0]).toMatchObject({ filename: 'x.pdf', contentType: 'application/pdf' });
    }
  });
});

describe('decodeEncodedWords', () => {
  it.each([
    ['=?ISO-8859-1?Q?Andr=E9?= Pirard', 'André Pirard'],
    ['=?utf-8?B?5L2g5aW9?= =?utf-8?B?5LiW55WM?=', '你好世界'],
    ['=?utf-8?q?a_b?= c', 'a b c'],
    ['no words here', 'no words here'],
  ])('%s → %s', (input, out) => expect(decodeEncodedWords(input)).toBe(out));
});
