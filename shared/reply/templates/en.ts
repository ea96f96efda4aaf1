// English: US friendly-direct, UK and brand shops formal, Singapore/Malaysia/Philippines English warm.
// Bodies avoid contractions so the same sentence works in the formal register; the frame (greeting and
// closing) carries the register.
import type { LanguagePack } from '../pack';

export const en: LanguagePack = {
  hello: ['Dear {name},', 'Hi {name}!', 'Hi {name}!'],
  helloAnon: ['Dear customer,', 'Hi there!', 'Hi there!'],
  bye: ['Kind regards,', 'Thank you!', 'Thanks!'],

  ordItem: '{id} ({item})',
  carrier: 'Courier: {carrier}',
  tracking: 'Tracking number: {tn}',
  lastUpdate: 'Latest update ({date}): {event}',
  eta: 'Estimated delivery: {range}',
  shipped: 'Shipped: {date}',
  total: 'Total: {total}',
  reason: 'Reason: {reason}',
  days: ['{n} day', '{n} days'],
  daysRange: '{min}–{max} days',

  status: {
    UNPAID: 'Your order {ord} is waiting for payment.',
    ON_HOLD: 'Your order {ord} has been placed and is in a short confirmation period before we start preparing it.',
    AWAITING_SHIPMENT: 'Your order {ord} is being prepared for shipping.',
    AWAITING_COLLECTION: 'Your order {ord} is packed and waiting for the courier to collect it.',
    PARTIALLY_SHIPPING: 'Part of your order {ord} has shipped, and the rest is still being prepared.',
    IN_TRANSIT: 'Your order {ord} has shipped and is on its way.',
    DELIVERED: 'Your order {ord} has been delivered.',
    COMPLETED: 'Your order {ord} is complete.',
    CANCELLED: 'Your order {ord} has been cancelled.',
  },
  deliveredOn: 'Your order {ord} was delivered on {date}.',
  processing: 'Orders usually ship within {days}.',
  shippingTime: 'Once shipped, delivery usually takes {days}.',
  noTracking: 'The tracking number will appear in your order details as soon as the courier has the parcel.',
  deliveredHelp: 'If you cannot find it, please reply here and our team will check with the courier.',
  returnOnArrival: 'Once it arrives, you can request a return in the order details.',
  tellUs: 'If something is wrong with it, please reply here and our team will help.',
  askOrder: 'Could you send us your order number so we can check? You can copy it from the order details in the TikTok app.',
  orderNotFound: 'We could not find that order number in our shop. Could you check it and send it again?',
  askIfOrdered: 'If you have already placed an order, send us the order number and we will check it for you.',

  addrUnpaid:
    'Your order {ord} has not been paid yet, so the easiest way is to cancel it and place a new order with the correct address.',
  addrOpen:
    'Your order {ord} has not shipped yet, so the address can still be updated. Please look for the option to change the address in the order details. If you do not see it, you can request a cancellation and order again with the correct address.',
  addrPacked: 'Sorry, your order {ord} is already packed with its shipping label, so the address can no longer be changed. You can still try to request a cancellation in the order details and order again with the correct address.',
  addrShipped:
    'Sorry, your order {ord} is already on its way, so the delivery address can no longer be changed. We would be happy to help you contact the courier about the delivery: just reply here.',
  addrDelivered: 'Your order {ord} has already been delivered, so the address cannot be changed.',
  addrCancelled:
    'Your order {ord} was cancelled, so there is nothing to change. You are welcome to place a new order with the correct address.',

  cancelSelf: 'You can cancel your order {ord} yourself in the order details in the TikTok app.',
  cancelRequest:
    'Your order {ord} has not shipped yet, so you can request a cancellation in the order details. The request will then be reviewed.',
  cancelPacked:
    'Your order {ord} is already packed and waiting for the courier. You can still try to request a cancellation in the order details; if that is no longer possible, you can request a return once it arrives.',
  cancelShipped: 'Your order {ord} has already shipped, so it can no longer be cancelled.',
  cancelDelivered: 'Your order {ord} has already been delivered. Instead of cancelling, you can request a return in the order details.',
  cancelCompleted: 'Your order {ord} is already complete, so it can no longer be cancelled.',
  cancelDone: 'Your order {ord} is already cancelled, so nothing else is needed.',

  retHow: 'To request a return or refund, open the order in the TikTok app, choose return/refund and follow the steps. You can track the request in the order details.',
  retWindow: 'Returns can be requested within {days} of delivery.',
  retFree: 'Return shipping is free.',
  retNotYet: 'Your order {ord} has not been delivered yet.',
  retCancelInstead: 'If you no longer want it, you can request a cancellation instead while it has not shipped.',
  retClosed: 'The return period for your order {ord} has ended.',
  retCancelled:
    'Your order {ord} was cancelled. If you have a question about its refund, please reply here and our team will check.',

  cpIntro: 'Here are our current vouchers:',
  coupon: {
    plain: '• {desc}',
    code: '• {desc} (code {code})',
    until: '• {desc} (until {until})',
    both: '• {desc} (code {code}, until {until})',
  },
  cpApply: 'You can claim vouchers on the product page and apply them at checkout.',
  cpNone:
    'We do not have an active voucher at the moment, but follow our shop so you can catch the next promotion as soon as it starts.',
  cpGeneral: 'Available vouchers are shown on the product page and at checkout.',
  cpTip: 'If a code does not work, please check its minimum spend and validity period.',

  payCodYes: 'Cash on delivery (COD) is available at our shop: you can select it at checkout.',
  payCodNo:
    'Cash on delivery is not available at our shop, but you can pay with any of the other methods shown at checkout.',
  payInstYes: 'Installments are available at our shop; you will see the option at checkout when your order is eligible.',
  payInstNo: 'We do not offer installments at the moment, but you can pay with any other method shown at checkout.',
  payMethods: 'All payment methods available for your order are shown at checkout.',
  payFailed:
    'If a payment did not go through, please try again from the order details or choose another payment method. If money was taken but the order does not show as paid, reply here and our team will check.',

  greetHi: ['How may we help you today?', 'How can we help you today?'],
  greetThanks: [
    'You are welcome. Please let us know if there is anything else we can help with.',
    "You're welcome! Let us know if there's anything else we can help with.",
  ],

  holdThanks: 'Thank you for your message.',
  holdSorry: 'We are sorry to hear about this.',
  holdWhen: 'A member of our team will be available from {when} and will reply to you then.',
  holdAsap: 'A member of our team will reply to you as soon as possible.',
  today: '{time} today',
  tomorrow: '{time} tomorrow',
  later: '{time} on {day}',
  holdPhotos: 'If you can, please send photos of the item and its packaging here so we can check it faster.',
  holdOrder: 'If your message is about an order, please include the order number.',

  dComplaint:
    'We are sorry about your experience and we would like to put it right. Could you tell us a little more about what happened?',
  dDamaged:
    'We are very sorry that your order {ord} did not arrive as expected. Could you send photos of the item and its packaging here so we can check?',
  dHuman: 'Thank you for waiting, this is the {shop} team. How can we help you?',
  dOther: 'Thank you for reaching out to {shop}. Could you tell us a little more about what you have in mind?',
};
