// English: the source of truth for every string the app shows. Keys are flat, grouped by screen. Other
// locales are typed `Messages`, so a key missing there (or misspelt) is a type error. Parameters are
// written `{name}` and filled in by `t()`.
//
// The `satisfies` clause below makes every error code in shared/errors.ts, every intent, role, sender and
// conversation status need a sentence here: add one there and the build tells you what to translate.
import type { ErrorCode } from '../../shared/errors';
import type { Intent } from '../../shared/intents';
import type { Role } from '../../shared/roles';
import type { ConversationStatus, MessageDelivery, MessageSender } from '../../shared/schemas/conversations';

type RequiredKeys =
  | `error.${ErrorCode | 'network' | 'unknown'}`
  | `intent.${Intent}`
  | `role.${Role}`
  | `sender.${MessageSender}`
  | `status.${ConversationStatus}`
  | `delivery.${Exclude<MessageDelivery, 'received'>}`;

export const en = {
  'app.name': 'AskChat',
  'app.loading': 'Loading…',
  'app.updateReady': 'A new version of AskChat is ready.',
  'app.updateAction': 'Update',
  'app.retry': 'Try again',
  'app.dismiss': 'Not now',

  'language.label': 'Language',

  'login.title': 'Sign in',
  'login.tagline': 'Answer your TikTok Shop buyers from anywhere, in their language.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.emailInvalid': 'Enter a valid email address.',
  'login.passwordRequired': 'Enter your password.',
  'login.offline': 'You are offline. Connect to the internet to sign in.',

  'inbox.title': 'Inbox',
  'inbox.tickets': 'Tickets',
  'inbox.filters': 'Filter conversations',
  'inbox.filter.all': 'All',
  'inbox.list': 'Conversations',
  'inbox.empty': 'No conversations yet',
  'inbox.emptyHint': 'New messages from your buyers will appear here.',
  'inbox.emptyFilter': 'Nothing in this view right now.',
  'inbox.firstSync': 'Loading your conversations…',
  'inbox.needsHuman': 'Needs a human',
  'inbox.unread': '{count} unread',
  'inbox.previewFrom': '{sender}: {text}',
  'inbox.market': 'Market: {name}',

  'sync.offline': 'Offline — showing saved conversations',
  'sync.syncing': 'Syncing…',
  'sync.synced': 'Up to date',
  'sync.error': 'Could not sync — will retry',

  'account.menu': 'Account',
  'account.signOut': 'Sign out',
  'account.signingOut': 'Signing out…',
  'account.settings': 'Settings',
  'account.dashboard': 'Dashboard',

  'conversation.back': 'Back to inbox',
  'conversation.messages': 'Messages',
  'conversation.loading': 'Loading the conversation…',
  'conversation.notFound': 'This conversation is not available.',
  'conversation.offlineMissing': 'This conversation is not saved on this device. Connect to the internet to load it.',
  'conversation.empty': 'No messages yet.',
  'conversation.translate': 'Translate',
  'conversation.translated': 'Translated:',
  'conversation.youWrote': 'You wrote:',
  'conversation.summary': 'AskChat’s summary for you',

  'invite.title': 'Join {organization}',
  'invite.details': 'You are invited as {role} with {email}.',
  'invite.checking': 'Checking your invite…',
  'invite.missingToken': 'This invite link is incomplete. Open the whole link from your invitation.',
  'invite.invalid': 'This invite link is not valid any more: it was used, withdrawn or has expired. Ask for a new one.',
  'invite.name': 'Your name',
  'invite.newPassword': 'Choose a password',
  'invite.newPasswordHint': 'At least 8 characters.',
  'invite.existingPassword': 'Your AskChat password',
  'invite.accountExists': 'You already have an AskChat account. Enter its password to join.',
  'invite.submit': 'Join',
  'invite.submitting': 'Joining…',
  'invite.nameRequired': 'Enter your name.',
  'invite.passwordTooShort': 'Use at least 8 characters.',
  'invite.alreadyMember': 'You are already a member of this organisation.',

  'notFound.title': 'Page not found',
  'notFound.back': 'Go to the inbox',

  'time.now': 'now',

  'error.bad_request': 'The request was not understood. Please try again.',
  'error.validation_failed': 'Some details are not valid. Check them and try again.',
  'error.unauthorized': 'Your session has ended. Please sign in again.',
  'error.invalid_credentials': 'The email or password is not right.',
  'error.bad_signature': 'The request signature was not valid.',
  'error.forbidden': 'You do not have permission to do that.',
  'error.csrf_failed': 'This request was blocked for your security. Reload the page and try again.',
  'error.not_found': 'We could not find that.',
  'error.conflict': 'That clashes with something that already exists.',
  'error.ai_unavailable': 'This needs the AI provider, which is not set up or not answering. Nothing was sent.',
  'error.delivery_failed': 'The channel did not accept the message. It is kept: send it again to retry.',
  'error.payload_too_large': 'That is too large to send.',
  'error.unsupported_media_type': 'That kind of content is not supported.',
  'error.rate_limited': 'Too many attempts. Wait a few minutes and try again.',
  'error.internal': 'Something went wrong on our side. Please try again.',
  'error.unavailable': 'AskChat is unavailable for a moment. Please try again shortly.',
  'error.network': 'Cannot reach AskChat. Check your connection and try again.',
  'error.unknown': 'Something went wrong. Please try again.',

  'intent.order_status': 'Order status',
  'intent.return_refund': 'Return or refund',
  'intent.cancel_order': 'Cancel order',
  'intent.address_change': 'Address change',
  'intent.damaged_wrong_item': 'Damaged or wrong item',
  'intent.product_question': 'Product question',
  'intent.coupon_promo': 'Coupon or promotion',
  'intent.payment': 'Payment',
  'intent.complaint': 'Complaint',
  'intent.human_request': 'Asked for a person',
  'intent.greeting': 'Greeting',
  'intent.other': 'Other',

  'role.owner': 'owner',
  'role.admin': 'admin',
  'role.agent': 'agent',

  'sender.buyer': 'Buyer',
  'sender.seller': 'Seller',
  'sender.agent': 'Agent',
  'sender.ai': 'AI assistant',
  'sender.system': 'System',

  'status.open': 'Open',
  'status.pending': 'Pending',
  'status.resolved': 'Resolved',

  'delivery.queued': 'Sending…',
  'delivery.sent': 'Sent',
  'delivery.failed': 'Not sent',

  'inbox.filter.mine': 'Assigned to me',
  'inbox.filter.human': 'Needs a person',
  'due.h': '{h} h',
  'due.hm': '{h} h {m} min',
  'due.m': '{m} min',
  'due.left': '{time} left',
  'due.over': 'Overdue by {time}',
  'due.label': 'Reply deadline',
  'inbox.nobodyOnShift': 'Nobody on shift',
  'channel.email': 'Email',
  'channel.tiktok': 'TikTok',
  'email.subject': 'Subject: {subject}',
  'email.attachments': 'Attachments',
  'email.attachmentTooLarge': 'too large to preview',
  'email.omitted': '{count} more attachments not listed',
  'email.relay': 'Forwarded by TikTok (unread chat)',
  'email.fullText': 'Show the whole email',
  'call.log': 'Log a call',
  'call.title': 'Phone call',
  'call.direction': 'Direction',
  'call.inbound': 'Buyer called',
  'call.outbound': 'We called',
  'call.minutes': 'Length (minutes, optional)',
  'call.note': 'What was said',
  'call.at': 'When',
  'call.save': 'Save call',
  'call.saving': 'Saving…',
  'call.cancel': 'Cancel',
  'call.offline': 'Calls are logged online: connect and save again.',
  'call.summaryIn': 'Buyer called · {minutes} min',
  'call.summaryOut': 'We called · {minutes} min',
  'call.summaryInNoLength': 'Buyer called',
  'call.summaryOutNoLength': 'We called',
} as const satisfies Record<RequiredKeys, string> & Record<string, string>;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
