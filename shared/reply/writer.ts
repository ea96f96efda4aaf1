// The small state one reply is written with: the language pack, the register, the formatter, and the list
// of facts the text has used so far (returned as `usedFacts`, so an agent can see what a reply rests on).
import type { OrderFacts, ReplyContext } from './facts';
import type { Formatter } from './format';
import { scrubText } from './safe-text';
import { pick, type ByRegister, type LanguagePack } from './pack';
import type { Register } from './tone';

export type Vars = Record<string, string | undefined>;

export interface Writer {
  pack: LanguagePack;
  register: Register;
  fmt: Formatter;
  ctx: ReplyContext;
  used: string[];
  use(...facts: string[]): void;
  /** Fill a template: {x} from vars (missing → empty), then tidy the spaces a missing value leaves. */
  t(text: ByRegister, vars?: Vars): string;
  days(n: number): string;
  /** "{id} ({first item})" for an order, recording the facts it shows. */
  ord(order: OrderFacts): string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function fill(template: string, vars: Vars): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:!?])/g, '$1')
    .trim();
}

export function createWriter(pack: LanguagePack, register: Register, fmt: Formatter, ctx: ReplyContext): Writer {
  const you = pick(pack.you ?? '', register);
  const we = pick(pack.we ?? '', register);
  const base: Vars = { you, You: cap(you), we, We: cap(we), shop: scrubText(ctx.shop.name) };
  const used: string[] = [];
  const w: Writer = {
    pack,
    register,
    fmt,
    ctx,
    used,
    use(...facts) {
      for (const f of facts) if (!used.includes(f)) used.push(f);
    },
    t: (text, vars) => fill(pick(text, register), { ...base, ...vars }),
    days: (n) => fill(pack.days[n === 1 ? 0 : 1], { n: String(n) }),
    ord(order) {
      w.use('order.id');
      const item = order.items[0] ? scrubText(order.items[0].name) : '';
      if (!item) return order.id;
      w.use('order.items');
      return fill(pack.ordItem, { id: order.id, item: item.length > 40 ? `${item.slice(0, 39).trim()}…` : item });
    },
  };
  return w;
}
