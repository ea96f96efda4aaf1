// Simplified Chinese, as shops in Malaysia and Singapore write to Chinese-speaking buyers: 您 throughout,
// 亲 in the warm and friendly greetings, soft particles (哦、呢、～) only in the frame and the casual lines.
import type { LanguagePack } from './types';

const cp = (d: string, code?: string, until?: string) =>
  `• ${d}${code ? `，优惠码：${code}` : ''}${until ? `，有效期至${until}` : ''}`;

export const zh: LanguagePack = {
  hello: ['尊敬的{name}，您好！', '亲爱的{name}，您好～', '{name}，您好呀！'],
  helloAnon: ['尊敬的顾客，您好！', '亲，您好～', '亲，您好呀！'],
  bye: ['祝您生活愉快！', '还有其他问题随时留言哦～', '还有问题随时问我们哈！'],

  ordItem: '{id}（{item}）',
  carrier: '快递公司：{carrier}',
  tracking: '快递单号：{tn}',
  lastUpdate: '最新物流（{date}）：{event}',
  eta: '预计送达：{range}',
  shipped: '发货日期：{date}',
  total: '订单金额：{total}',
  reason: '取消原因：{reason}',
  days: ['{n}天', '{n}天'],
  daysRange: '{min}至{max}天',

  status: {
    UNPAID: '您的订单{ord}目前待付款。',
    ON_HOLD: '您的订单{ord}已下单成功，目前处于短暂的确认期，确认期结束后我们会为您备货。',
    AWAITING_SHIPMENT: '您的订单{ord}正在备货中，准备发货。',
    AWAITING_COLLECTION: '您的订单{ord}已打包好，正在等待快递揽收。',
    PARTIALLY_SHIPPING: '您的订单{ord}已部分发货，其余商品仍在准备中。',
    IN_TRANSIT: '您的订单{ord}已发货，正在运输途中。',
    DELIVERED: '您的订单{ord}已送达。',
    COMPLETED: '您的订单{ord}已完成。',
    CANCELLED: '您的订单{ord}已取消。',
  },
  deliveredOn: '您的订单{ord}已于{date}送达。',
  processing: '订单一般在{days}内发货。',
  shippingTime: '发货后一般{days}左右送达。',
  noTracking: '快递揽收后，订单详情里就会显示快递单号。',
  deliveredHelp: '如果没有找到包裹，请在这里回复，我们的客服会帮您向快递核实。',
  returnOnArrival: '收到商品后，您可以在订单详情里申请退货。',
  tellUs: '如果商品有问题，请在这里回复，我们的客服会帮您处理。',
  askOrder: '麻烦您发一下订单号，我们帮您查询。订单号可以在TikTok的订单详情里复制。',
  orderNotFound: '我们店铺没有查到这个订单号，麻烦您核对后再发给我们。',
  askIfOrdered: '如果您已经下单，发一下订单号，我们帮您查询。',

  addrUnpaid: '您的订单{ord}还未付款，最方便的做法是取消后用正确的地址重新下单。',
  addrOpen:
    '您的订单{ord}还没有发货，地址还可以修改。请在订单详情里查看是否有修改地址的选项；如果没有，可以申请取消订单，再用正确的地址重新下单。',
  addrPacked: '很抱歉，您的订单{ord}已打包并贴好面单，地址无法再修改了。您仍可以在订单详情里尝试申请取消，再用正确的地址重新下单。',
  addrShipped: '很抱歉，您的订单{ord}已经在运输途中，收货地址无法再修改了。我们可以协助您联系快递处理派送问题，在这里回复我们就好。',
  addrDelivered: '您的订单{ord}已经送达，地址无法再修改。',
  addrCancelled: '您的订单{ord}已取消，不需要修改地址。欢迎用正确的地址重新下单。',

  cancelSelf: '您的订单{ord}可以自行取消：在TikTok的订单详情里选择取消订单即可。',
  cancelRequest: '您的订单{ord}还没有发货，可以在订单详情里申请取消，提交后会进入审核。',
  cancelPacked:
    '您的订单{ord}已打包好，正在等待快递揽收。您仍可以在订单详情里尝试申请取消；如果已无法取消，收到商品后可以申请退货。',
  cancelShipped: '您的订单{ord}已经发货，无法再取消了。',
  cancelDelivered: '您的订单{ord}已经送达。如果不想要了，可以在订单详情里申请退货。',
  cancelCompleted: '您的订单{ord}已完成，无法取消。',
  cancelDone: '您的订单{ord}已经取消了，无需其他操作。',

  retHow: '申请退货/退款：在TikTok打开订单，选择退货/退款，按提示操作即可。处理进度可以在订单详情里查看。',
  retWindow: '签收后{days}内可以申请退货。',
  retFree: '退货免运费。',
  retNotYet: '您的订单{ord}还没有送达。',
  retCancelInstead: '如果不想要了，在发货前也可以申请取消订单。',
  retClosed: '您的订单{ord}已超过退货期限。',
  retCancelled: '您的订单{ord}已取消。如果对退款有疑问，请在这里回复，我们的客服会帮您核实。',

  cpIntro: '目前店铺可用的优惠券：',
  coupon: cp,
  cpApply: '优惠券可以在商品页领取，结算时使用。',
  cpNone: '目前店铺暂时没有可用的优惠券。关注我们的店铺，新活动开始时就能第一时间看到。',
  cpGeneral: '可用的优惠券会显示在商品页和结算页。',
  cpTip: '如果优惠码用不了，请检查一下最低消费金额和有效期。',

  payCodYes: '我们店铺支持货到付款（COD），结算时选择即可。',
  payCodNo: '我们店铺暂不支持货到付款，您可以选择结算页上的其他付款方式。',
  payInstYes: '我们店铺支持分期付款，订单符合条件时会在结算页显示。',
  payInstNo: '我们店铺暂不支持分期付款，您可以选择结算页上的其他付款方式。',
  payMethods: '您的订单可用的付款方式都会显示在结算页上。',
  payFailed:
    '如果付款没有成功，请在订单详情里重新支付，或者换一种付款方式。如果已经扣款但订单没有显示已付款，请在这里回复，我们的客服会帮您核实。',

  greetHi: ['请问有什么可以帮您？', '请问有什么可以帮您的呢？'],
  greetThanks: ['不客气，如有其他问题欢迎随时咨询。', '不客气哦～还有其他问题随时找我们！'],

  holdThanks: '感谢您的留言。',
  holdSorry: '非常抱歉给您带来不便。',
  holdWhen: '我们的客服会在{when}上线，届时回复您。',
  holdAsap: '我们的客服会尽快回复您。',
  today: '今天{time}',
  tomorrow: '明天{time}',
  later: '{day}{time}',
  holdPhotos: '方便的话，请在这里发送商品和外包装的照片，以便我们更快核实。',
  holdOrder: '如果是关于订单的问题，请附上订单号。',

  dComplaint: '非常抱歉给您带来不好的体验，我们希望能为您妥善处理。能否告诉我们具体发生了什么？',
  dDamaged: '非常抱歉，您的订单{ord}收到的商品与预期不符。麻烦您在这里发送商品和外包装的照片，方便我们核实。',
  dHuman: '感谢您的耐心等待，这里是{shop}的客服。请问有什么可以帮您？',
  dOther: '感谢您联系{shop}！能否具体说说您的需求？',
};
