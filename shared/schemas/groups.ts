import * as z from 'zod/mini';
import { INTENTS } from '../intents';
import { LANGUAGES, MARKETS } from '../markets';
import { nameSchema } from './common';

export const ROUTING_MODES = ['round_robin', 'least_loaded'] as const;

const idList = z.array(z.string().check(z.maxLength(40))).check(z.maxLength(200));

export const groupBodySchema = z.object({
  name: nameSchema,
  languages: z._default(z.array(z.enum(LANGUAGES)), []),
  markets: z._default(z.array(z.enum(MARKETS)), []),
  /** The intent queues the group takes; empty: every queue. */
  intents: z._default(z.array(z.enum(INTENTS)), []),
  routing: z._default(z.enum(ROUTING_MODES), 'round_robin'),
  memberIds: z._default(idList, []),
  shopIds: z._default(idList, []),
});
export type GroupBody = z.infer<typeof groupBodySchema>;

export const groupViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  languages: z.array(z.enum(LANGUAGES)),
  markets: z.array(z.enum(MARKETS)),
  intents: z.array(z.enum(INTENTS)),
  routing: z.enum(ROUTING_MODES),
  memberIds: z.array(z.string()),
  shopIds: z.array(z.string()),
  version: z.number(),
});
export type GroupView = z.infer<typeof groupViewSchema>;
