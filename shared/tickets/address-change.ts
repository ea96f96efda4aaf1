// Address change: no TikTok after-sales status. 'requested' means the change was asked of TikTok, the
// carrier or the buyer (who edits it in the app); TikTok's RECIPIENT_ADDRESS_UPDATE webhook (type 3) is
// the 'address_updated' event.
import { defineKind } from './types';

export const ADDRESS_CHANGE_STATES = ['open', 'requested', 'updated', 'rejected', 'closed'] as const;
export type AddressChangeState = (typeof ADDRESS_CHANGE_STATES)[number];

export const ADDRESS_CHANGE = defineKind<AddressChangeState>('address_change', ADDRESS_CHANGE_STATES, ['updated', 'rejected', 'closed'], [
  // from         event              to           buyer notice
  ['open',        'request_sent',    'requested', 'address_change_requested'],
  ['open',        'address_updated', 'updated',   'address_updated'],
  ['open',        'rejected',        'rejected',  'address_change_rejected'], // already shipped
  ['requested',   'address_updated', 'updated',   'address_updated'],
  ['requested',   'rejected',        'rejected',  'address_change_rejected'],
]);
