// The after-sales ticket screens' strings (the conversation's Tickets section, the ticket view, the tickets
// list), in English and Simplified Chinese. They load with those screens, never with the first paint. The
// `satisfies` clause makes every ticket kind, every state of every kind's machine and every event of
// shared/tickets need a sentence here; zh-CN is typed from the English one, so a missing key is a type error.
import type { UiLocale } from '../../../shared/schemas/auth';
import type { TicketState } from '../../../shared/tickets/machine';
import type { TicketEvent, TicketKind } from '../../../shared/tickets/types';
import { ApiError } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { fill, locale, type Params } from '../../i18n';

type RequiredKeys = `kind.${TicketKind}` | `state.${TicketState}` | `event.${TicketEvent}` | `action.${Exclude<TicketEvent, 'open'>}`;

const en = {
  'tickets.title': 'Tickets',
  'tickets.section': 'Tickets',
  'tickets.toggle': 'Tickets',
  'tickets.none': 'No tickets yet.',
  'tickets.loading': 'Loading tickets…',
  'tickets.offline': 'Tickets are not kept on this phone yet: connect to the internet to see and move them.',
  'tickets.open': 'Open',
  'tickets.closed': 'Closed',
  'tickets.tabs': 'Which tickets',
  'tickets.list': 'Tickets',
  'tickets.back': 'Back to inbox',
  'tickets.refresh': 'Refresh',
  'tickets.noOrder': 'No order',
  'tickets.order': 'Order {id}',
  'tickets.openTicket': 'Open a ticket',
  'tickets.kind': 'Kind',
  'tickets.orderId': 'Order number',
  'tickets.orderHint': 'The buyer’s TikTok Shop order (digits). Leave empty if there is none.',
  'tickets.create': 'Open ticket',
  'tickets.creating': 'Opening…',
  'tickets.cancel': 'Cancel',
  'tickets.badOrder': 'That order is not one of this buyer’s orders. Check the number.',

  'ticket.title': 'Ticket',
  'ticket.back': 'Back',
  'ticket.state': 'State',
  'ticket.order': 'Order',
  'ticket.tiktokStatus': 'TikTok status',
  'ticket.conversation': 'Open the conversation',
  'ticket.timeline': 'Timeline',
  'ticket.actions': 'Next steps',
  'ticket.noActions': 'Nothing can be done on this ticket now.',
  'ticket.note': 'Note (optional)',
  'ticket.rejectReason': 'TikTok’s reason for the rejection',
  'ticket.chooseReason': 'Choose a reason…',
  'ticket.reasonNeeded': 'TikTok needs a reason for the rejection: choose one, then press Reject again.',
  'ticket.working': 'Working…',
  'ticket.done': 'Done: {event}.',
  'ticket.notFound': 'We could not find that ticket.',
  'ticket.by.you': 'you',
  'ticket.by.team': 'a teammate',
  'ticket.by.system': 'TikTok / AskChat',
  'ticket.entry': '{when} · by {who}',
  'ticket.tiktok': 'TikTok: {status}',
  'ticket.noticeSent': 'Buyer notified',

  'error.conflict': 'That step is not possible now. The ticket was refreshed.',
  'error.delivery_failed': 'TikTok Shop refused this step. Nothing was changed.',

  'kind.refund': 'Refund',
  'kind.return_refund': 'Return and refund',
  'kind.resend': 'Resend',
  'kind.cancellation': 'Cancellation',
  'kind.address_change': 'Address change',

  'state.open': 'Open',
  'state.requested': 'Requested',
  'state.awaiting_buyer': 'Waiting for the buyer',
  'state.refund_approved': 'Refund approved',
  'state.in_arbitration': 'In TikTok arbitration',
  'state.refunded': 'Refunded',
  'state.rejected': 'Rejected',
  'state.withdrawn': 'Withdrawn',
  'state.closed': 'Closed',
  'state.awaiting_buyer_ship': 'Waiting for the buyer to ship',
  'state.buyer_shipped': 'Buyer shipped the item',
  'state.parcel_received': 'Parcel received',
  'state.package_rejected': 'Returned package rejected',
  'state.approved': 'Approved',
  'state.resend_shipped': 'Resent',
  'state.delivered': 'Delivered',
  'state.cancelled': 'Order cancelled',
  'state.updated': 'Address updated',

  'event.open': 'Opened',
  'event.request_sent': 'Request on TikTok',
  'event.proposal_sent': 'Offer sent',
  'event.proposal_declined': 'Offer declined',
  'event.approved': 'Approved',
  'event.rejected': 'Rejected',
  'event.withdrawn': 'Withdrawn',
  'event.buyer_shipped': 'Buyer shipped',
  'event.parcel_received': 'Parcel received',
  'event.refunded': 'Refunded',
  'event.resend_shipped': 'Resent',
  'event.delivered': 'Delivered',
  'event.cancelled': 'Order cancelled',
  'event.address_updated': 'Address updated',
  'event.escalated': 'Appealed to TikTok',
  'event.ruled_for_buyer': 'Ruled for the buyer',
  'event.ruled_for_seller': 'Ruled for the seller',
  'event.closed': 'Closed',
  'event.reopened': 'Reopened',

  'action.request_sent': 'Mark as requested',
  'action.proposal_sent': 'Send an offer',
  'action.proposal_declined': 'Offer declined',
  'action.approved': 'Approve',
  'action.rejected': 'Reject',
  'action.withdrawn': 'Mark withdrawn',
  'action.buyer_shipped': 'Buyer shipped',
  'action.parcel_received': 'Parcel received',
  'action.refunded': 'Mark refunded',
  'action.resend_shipped': 'Mark resent',
  'action.delivered': 'Mark delivered',
  'action.cancelled': 'Cancel the order',
  'action.address_updated': 'Address updated',
  'action.escalated': 'Appeal',
  'action.ruled_for_buyer': 'Ruled for the buyer',
  'action.ruled_for_seller': 'Ruled for the seller',
  'action.closed': 'Close ticket',
  'action.reopened': 'Reopen',

  'reason.seller_reject_apply_product_has_been_used': 'The product has been used',
  'reason.seller_reject_apply_insufficient_evidence': 'Insufficient evidence provided',
  'reason.seller_reject_apply_not_received_return': 'Returned package not received',
  'reason.seller_reject_apply_other': 'Other reason',
  'reason.seller_reject_cancel_package_shipped': 'The package has already been shipped',
  'reason.seller_reject_cancel_buyer_agreed': 'The buyer agreed to keep the order',
} as const satisfies Record<RequiredKeys, string> & Record<string, string>;

export type TicketsKey = keyof typeof en;

const zhCN: { readonly [K in TicketsKey]: string } = {
  'tickets.title': '工单',
  'tickets.section': '工单',
  'tickets.toggle': '工单',
  'tickets.none': '暂无工单。',
  'tickets.loading': '正在加载工单…',
  'tickets.offline': '工单暂未保存在本机：请联网后查看和处理。',
  'tickets.open': '处理中',
  'tickets.closed': '已关闭',
  'tickets.tabs': '工单范围',
  'tickets.list': '工单',
  'tickets.back': '返回收件箱',
  'tickets.refresh': '刷新',
  'tickets.noOrder': '无订单',
  'tickets.order': '订单 {id}',
  'tickets.openTicket': '新建工单',
  'tickets.kind': '类型',
  'tickets.orderId': '订单号',
  'tickets.orderHint': '买家的 TikTok Shop 订单号（数字）。没有可留空。',
  'tickets.create': '创建工单',
  'tickets.creating': '正在创建…',
  'tickets.cancel': '取消',
  'tickets.badOrder': '该订单不属于这位买家，请核对订单号。',

  'ticket.title': '工单',
  'ticket.back': '返回',
  'ticket.state': '状态',
  'ticket.order': '订单',
  'ticket.tiktokStatus': 'TikTok 状态',
  'ticket.conversation': '打开会话',
  'ticket.timeline': '处理记录',
  'ticket.actions': '下一步',
  'ticket.noActions': '该工单当前无可执行的操作。',
  'ticket.note': '备注（可选）',
  'ticket.rejectReason': '拒绝原因（TikTok）',
  'ticket.chooseReason': '选择原因…',
  'ticket.reasonNeeded': 'TikTok 要求填写拒绝原因：请选择后再次点击“拒绝”。',
  'ticket.working': '处理中…',
  'ticket.done': '已完成：{event}。',
  'ticket.notFound': '找不到该工单。',
  'ticket.by.you': '你',
  'ticket.by.team': '同事',
  'ticket.by.system': 'TikTok / AskChat',
  'ticket.entry': '{when} · {who}',
  'ticket.tiktok': 'TikTok：{status}',
  'ticket.noticeSent': '已通知买家',

  'error.conflict': '当前无法执行这一步。工单已刷新。',
  'error.delivery_failed': 'TikTok Shop 拒绝了这一步，未做任何更改。',

  'kind.refund': '仅退款',
  'kind.return_refund': '退货退款',
  'kind.resend': '补发',
  'kind.cancellation': '取消订单',
  'kind.address_change': '修改地址',

  'state.open': '新建',
  'state.requested': '已申请',
  'state.awaiting_buyer': '等待买家回应',
  'state.refund_approved': '已同意退款',
  'state.in_arbitration': 'TikTok 仲裁中',
  'state.refunded': '已退款',
  'state.rejected': '已拒绝',
  'state.withdrawn': '已撤销',
  'state.closed': '已关闭',
  'state.awaiting_buyer_ship': '等待买家寄回',
  'state.buyer_shipped': '买家已寄回',
  'state.parcel_received': '已收到退货',
  'state.package_rejected': '退货包裹被拒收',
  'state.approved': '已同意',
  'state.resend_shipped': '已补发',
  'state.delivered': '已送达',
  'state.cancelled': '订单已取消',
  'state.updated': '地址已更新',

  'event.open': '创建',
  'event.request_sent': 'TikTok 上已申请',
  'event.proposal_sent': '已发送方案',
  'event.proposal_declined': '买家拒绝方案',
  'event.approved': '已同意',
  'event.rejected': '已拒绝',
  'event.withdrawn': '已撤销',
  'event.buyer_shipped': '买家已寄回',
  'event.parcel_received': '已收到退货',
  'event.refunded': '已退款',
  'event.resend_shipped': '已补发',
  'event.delivered': '已送达',
  'event.cancelled': '订单已取消',
  'event.address_updated': '地址已更新',
  'event.escalated': '已申诉至 TikTok',
  'event.ruled_for_buyer': '裁决支持买家',
  'event.ruled_for_seller': '裁决支持卖家',
  'event.closed': '已关闭',
  'event.reopened': '已重新打开',

  'action.request_sent': '标记为已申请',
  'action.proposal_sent': '发送方案',
  'action.proposal_declined': '买家拒绝方案',
  'action.approved': '同意',
  'action.rejected': '拒绝',
  'action.withdrawn': '标记为已撤销',
  'action.buyer_shipped': '买家已寄回',
  'action.parcel_received': '已收到退货',
  'action.refunded': '标记为已退款',
  'action.resend_shipped': '标记为已补发',
  'action.delivered': '标记为已送达',
  'action.cancelled': '取消订单',
  'action.address_updated': '地址已更新',
  'action.escalated': '申诉',
  'action.ruled_for_buyer': '裁决支持买家',
  'action.ruled_for_seller': '裁决支持卖家',
  'action.closed': '关闭工单',
  'action.reopened': '重新打开',

  'reason.seller_reject_apply_product_has_been_used': '商品已被使用',
  'reason.seller_reject_apply_insufficient_evidence': '买家提供的证据不足',
  'reason.seller_reject_apply_not_received_return': '未收到退货包裹',
  'reason.seller_reject_apply_other': '其他原因',
  'reason.seller_reject_cancel_package_shipped': '包裹已发出',
  'reason.seller_reject_cancel_buyer_agreed': '买家同意保留订单',
};

const DICTIONARIES: Record<UiLocale, { readonly [K in TicketsKey]: string }> = { en, 'zh-CN': zhCN };

/** `t()` for the ticket screens' keys, in the current UI language. */
export function tt(key: TicketsKey, params?: Params): string {
  return fill(DICTIONARIES[locale()][key], params);
}

const has = (key: string): key is TicketsKey => Object.hasOwn(en, key);

/** A machine state as a phrase (any kind's state; an unknown one as it is). */
export const stateText = (state: string): string => (has(`state.${state}`) ? tt(`state.${state}` as TicketsKey) : state);
/** TikTok's reject reason name as a phrase (one AskChat does not know: its name). */
export const reasonText = (name: string): string => (has(`reason.${name}`) ? tt(`reason.${name}` as TicketsKey) : name.replace(/_/g, ' '));

/** An API failure on these screens as a sentence: 409 and 502 have their own. */
export function ticketErrorText(error: unknown, overrides: Partial<Record<ApiError['code'], TicketsKey>> = {}): string {
  if (error instanceof ApiError) {
    const key = overrides[error.code] ?? (error.code === 'conflict' || error.code === 'delivery_failed' ? (`error.${error.code}` as const) : undefined);
    if (key) return tt(key);
    if (error.code === 'network' && !navigator.onLine) return tt('tickets.offline');
  }
  return errorText(error);
}
