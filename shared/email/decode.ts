// Byte-level decoding for e-mail: Content-Transfer-Encoding (base64, quoted-printable) and charsets, and
// RFC 2047 encoded words in headers ("=?utf-8?B?...?="). Raw MIME reaches us as a JS string in which each
// octet of an 8-bit part is one char (latin1), so text is turned back into bytes before the charset is
// applied. Nothing here throws: an unknown charset falls back to UTF-8, broken base64 keeps what decodes.

/** One char per octet (latin1), as raw MIME text arrives. */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  try {
    return latin1Bytes(atob(clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0)) + '==='.slice((clean.length + 3) % 4)));
  } catch {
    return new Uint8Array(0);
  }
}

/** Quoted-printable (RFC 2045 §6.7); `header` also reads `_` as a space (RFC 2047 Q encoding). */
export function decodeQuotedPrintable(s: string, header = false): Uint8Array {
  if (header) s = s.replace(/_/g, ' ');
  s = s.replace(/=\r?\n/g, ''); // soft line breaks
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === '=' ? s.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

export function decodeCharset(bytes: Uint8Array, charset = 'utf-8'): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase() || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: better readable-ish than nothing
  }
  return decoder.decode(bytes);
}

/** Headers with RFC 2047 encoded words decoded; whitespace between two encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_m, charset: string, enc: string, text: string) =>
      decodeCharset(enc.toUpperCase() === 'B' ? decodeBase64(text) : decodeQuotedPrintable(text, true), charset.split('*')[0]),
    );
}
