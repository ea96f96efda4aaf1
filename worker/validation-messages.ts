// English sentences for zod's validation issues, for the Worker's 400 answers (worker/validate.ts). zod's
// own English locale covers every format and type name it knows (2.7 KB of the Worker's 150 KB budget);
// AskChat's schemas use few of them, so this says the same things for those in a fraction of the size.
// Schemas that need a better sentence give their own `message`, which wins over these.
import type * as z from 'zod/mini';

const FORMATS: Record<string, string> = { email: 'email address', url: 'URL', datetime: 'ISO datetime', date: 'ISO date', uuid: 'UUID', base64url: 'base64url-encoded string' };
const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', file: 'bytes' };

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && Number.isNaN(v) ? 'NaN' : typeof v);
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

export function validationMessage(issue: z.core.$ZodRawIssue): string {
  const i = issue as z.core.$ZodRawIssue & Record<string, any>;
  switch (i.code) {
    case 'invalid_type':
      return `Invalid input: expected ${i.expected}, received ${typeOf(i.input)}`;
    case 'invalid_value':
      return i.values.length === 1 ? `Invalid input: expected ${show(i.values[0])}` : `Invalid option: expected one of ${i.values.map(show).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = i.code === 'too_big';
      const adj = i.exact ? 'exactly ' : i.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const unit = UNITS[i.origin];
      return `Too ${big ? 'big' : 'small'}: expected ${i.origin ?? 'value'} to ${unit ? 'have' : 'be'} ${adj}${String(big ? i.maximum : i.minimum)}${unit ? ` ${unit}` : ''}`;
    }
    case 'invalid_format':
      return i.format === 'regex' ? `Invalid string: must match pattern ${i.pattern}` : `Invalid ${FORMATS[i.format] ?? i.format}`;
    case 'unrecognized_keys':
      return `Unrecognized key${i.keys.length > 1 ? 's' : ''}: ${i.keys.map(show).join(', ')}`;
    default:
      return 'Invalid input';
  }
}
