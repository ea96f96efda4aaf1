// The conversation screen's own strings (the reply composer, the outbox's notes, hand-off reasons), in
// English and Simplified Chinese. They load with the screen (a lazy route), so the first paint does not
// carry them, like i18n/settings/. Shared sentences (errors, senders, delivery) stay in ../../i18n.
// The zh-CN dictionary is typed from the English one, so a missing key is a type error; the `satisfies`
// clause makes every decision and escalation reason of shared/ need a sentence here.
import type { UiLocale } from '../../../shared/schemas/auth';
import type { DecisionReason } from '../../../shared/reply/decide';
import type { EscalateReason } from '../../../shared/understand/engine';
import { fill, locale, type Params } from '../../i18n';

type RequiredKeys =
  | `reason.${Exclude<DecisionReason, `escalate:${string}` | 'routine'>}`
  | `reason.escalate.${EscalateReason}`
  | `reason.${'send_failed' | 'processing_failed' | 'other'}`;

const en = {
  'composer.label': 'Reply to {name}',
  'composer.placeholder': 'Write a reply…',
  'composer.send': 'Send',
  'composer.draft': 'AskChat’s draft',
  'composer.useDraft': 'Use AskChat’s draft',
  'composer.translate': 'Translate to the buyer’s language ({language})',
  'composer.offline': 'You are offline. Replies are kept on this phone and sent when you are back online.',
  'composer.storageFull': 'This phone’s storage for AskChat is full, so the reply could not be kept. It is still in the box: free some space (or send it when online) and try again.',
  'composer.handoff': 'Handed to you: {reason}',
  'composer.note': 'Internal note (only colleagues see it)',
  'composer.notePlaceholder': 'Write a note for colleagues…',
  'composer.addNote': 'Add note',
  'note.label': 'Note',

  'actions.status': 'Status',
  'actions.assignee': 'Assigned to',
  'actions.nobody': 'Nobody (the group’s queue)',
  'actions.me': 'Me',
  'actions.someone': 'A colleague',
  'actions.takeIt': 'Take it',
  'actions.notApplied': 'Your change was not applied: {reason}',
  'actions.notAppliedGeneric': 'Your change was not applied; the conversation shows what the server holds.',
  'actions.dismiss': 'OK',

  'reply.waiting': 'Waiting for the network — will send when online',
  'reply.retrying': 'Not sent yet — will try again',
  'reply.retry': 'Retry',
  'reply.withoutTranslation': 'Send without translation',
  'reply.discard': 'Discard',

  'reason.prompt_injection': 'the message tries to steer the AI',
  'reason.intent_not_routine': 'this kind of message always needs a person',
  'reason.low_confidence': 'AskChat is not sure what the buyer wants',
  'reason.draft_only': 'the shop reviews every reply (draft only)',
  'reason.auto_send_off': 'the shop does not let AskChat answer this by itself',
  'reason.needs_knowledge': 'no knowledge-base article answers this',
  'reason.order_not_found': 'AskChat has no facts for the order named',
  'reason.order_lookup_failed': 'AskChat could not look up the order',
  'reason.escalate.prompt_injection': 'the message tries to steer the AI',
  'reason.escalate.safety': 'a safety concern',
  'reason.escalate.legal_threat': 'a legal threat',
  'reason.escalate.double_charge': 'a double charge',
  'reason.escalate.human_request': 'the buyer asked for a person',
  'reason.escalate.damaged_item': 'a damaged or wrong item',
  'reason.escalate.complaint': 'a complaint',
  'reason.escalate.angry': 'an upset buyer',
  'reason.send_failed': 'AskChat’s reply could not be sent',
  'reason.processing_failed': 'AskChat could not process the message',
  'reason.other': 'another reason',
} as const satisfies Record<RequiredKeys, string> & Record<string, string>;

export type ConversationKey = keyof typeof en;

const zhCN: { readonly [K in ConversationKey]: string } = {
  'composer.label': '回复 {name}',
  'composer.placeholder': '输入回复…',
  'composer.send': '发送',
  'composer.draft': 'AskChat 的草稿',
  'composer.useDraft': '使用 AskChat 的草稿',
  'composer.translate': '翻译成买家的语言（{language}）',
  'composer.offline': '当前离线。回复会保存在本机，联网后自动发送。',
  'composer.storageFull': '本机为 AskChat 保留的存储空间已满，回复未能保存。内容仍在输入框中：请释放空间（或联网后发送）再试。',
  'composer.handoff': '转给你的原因：{reason}',
  'composer.note': '内部备注（仅同事可见）',
  'composer.notePlaceholder': '给同事写一条备注…',
  'composer.addNote': '添加备注',
  'note.label': '备注',

  'actions.status': '状态',
  'actions.assignee': '负责人',
  'actions.nobody': '无人（小组队列）',
  'actions.me': '我',
  'actions.someone': '一位同事',
  'actions.takeIt': '由我处理',
  'actions.notApplied': '你的更改未生效：{reason}',
  'actions.notAppliedGeneric': '你的更改未生效；会话显示的是服务器上的内容。',
  'actions.dismiss': '知道了',

  'reply.waiting': '等待网络——联网后发送',
  'reply.retrying': '尚未发送——稍后重试',
  'reply.retry': '重试',
  'reply.withoutTranslation': '不翻译直接发送',
  'reply.discard': '舍弃',

  'reason.prompt_injection': '消息试图操纵 AI',
  'reason.intent_not_routine': '此类消息总是需要人工处理',
  'reason.low_confidence': 'AskChat 无法确定买家的需求',
  'reason.draft_only': '店铺要求每条回复都先审核（仅草稿）',
  'reason.auto_send_off': '店铺未允许 AskChat 自动回答此类问题',
  'reason.needs_knowledge': '没有能回答此问题的知识库文章',
  'reason.order_not_found': '找不到所提订单的信息',
  'reason.order_lookup_failed': '无法查询该订单',
  'reason.escalate.prompt_injection': '消息试图操纵 AI',
  'reason.escalate.safety': '涉及安全问题',
  'reason.escalate.legal_threat': '涉及法律威胁',
  'reason.escalate.double_charge': '重复扣款',
  'reason.escalate.human_request': '买家要求转人工',
  'reason.escalate.damaged_item': '商品损坏或发错',
  'reason.escalate.complaint': '投诉',
  'reason.escalate.angry': '买家情绪不满',
  'reason.send_failed': 'AskChat 的回复未能发送',
  'reason.processing_failed': 'AskChat 无法处理这条消息',
  'reason.other': '其他原因',
};

const DICTIONARIES: Record<UiLocale, { readonly [K in ConversationKey]: string }> = { en, 'zh-CN': zhCN };

/** `t()` for this screen's keys, in the current UI language. */
export function tc(key: ConversationKey, params?: Params): string {
  return fill(DICTIONARIES[locale()][key], params);
}

/** Why AskChat handed the conversation over (`escalate:damaged_item`, `draft_only`…), as a phrase. */
export function handoffReasonText(reason: string): string {
  const key = `reason.${reason.replace(':', '.')}`;
  return tc(Object.hasOwn(en, key) && key.startsWith('reason.') ? (key as ConversationKey) : 'reason.other');
}

/** The reader's language as a message language: the app speaks English and Chinese. */
export const readerLanguage = (): 'en' | 'zh' => (locale().startsWith('zh') ? 'zh' : 'en');
