// Vietnamese: the buyer is "Quý khách" and the shop "chúng tôi" in the formal register; "anh/chị" and
// "shop" in the warm one; "bạn" and "shop" in the friendly one ({you}/{we}). Sentences end in "ạ" or
// "nhé" as Vietnamese shop chat does.
import type { LanguagePack } from '../pack';

export const vi: LanguagePack = {
  you: ['Quý khách', 'anh/chị', 'bạn'],
  we: ['chúng tôi', 'shop'],
  hello: ['Kính chào Quý khách {name},', 'Dạ shop chào anh/chị {name} ạ!', 'Chào bạn {name}!'],
  helloAnon: ['Kính chào Quý khách,', 'Dạ shop chào anh/chị ạ!', 'Chào bạn!'],
  bye: ['Trân trọng,', 'Shop cảm ơn anh/chị nhiều ạ!', 'Cảm ơn bạn nhé!'],

  ordItem: '{id} ({item})',
  carrier: 'Đơn vị vận chuyển: {carrier}',
  tracking: 'Mã vận đơn: {tn}',
  lastUpdate: 'Cập nhật mới nhất ({date}): {event}',
  eta: 'Dự kiến giao: {range}',
  shipped: 'Ngày gửi hàng: {date}',
  total: 'Tổng tiền: {total}',
  reason: 'Lý do: {reason}',
  days: ['{n} ngày', '{n} ngày'],
  daysRange: '{min}–{max} ngày',

  status: {
    UNPAID: 'Đơn hàng {ord} của {you} đang chờ thanh toán ạ.',
    ON_HOLD: 'Đơn hàng {ord} của {you} đã đặt thành công và đang trong thời gian xác nhận ngắn trước khi {we} chuẩn bị hàng ạ.',
    AWAITING_SHIPMENT: 'Đơn hàng {ord} của {you} đang được chuẩn bị để gửi đi ạ.',
    AWAITING_COLLECTION: 'Đơn hàng {ord} của {you} đã được đóng gói và đang chờ đơn vị vận chuyển đến lấy ạ.',
    PARTIALLY_SHIPPING: 'Một phần đơn hàng {ord} của {you} đã được gửi đi, phần còn lại đang được chuẩn bị ạ.',
    IN_TRANSIT: 'Đơn hàng {ord} của {you} đã được gửi đi và đang trên đường giao ạ.',
    DELIVERED: 'Đơn hàng {ord} của {you} đã được giao thành công ạ.',
    COMPLETED: 'Đơn hàng {ord} của {you} đã hoàn tất ạ.',
    CANCELLED: 'Đơn hàng {ord} của {you} đã bị hủy ạ.',
  },
  deliveredOn: 'Đơn hàng {ord} của {you} đã được giao thành công vào ngày {date} ạ.',
  processing: 'Thông thường {we} gửi hàng trong vòng {days} ạ.',
  shippingTime: 'Sau khi gửi đi, hàng thường đến trong khoảng {days} ạ.',
  noTracking: 'Mã vận đơn sẽ hiện trong chi tiết đơn hàng ngay khi đơn vị vận chuyển nhận hàng ạ.',
  deliveredHelp: 'Nếu {you} chưa thấy hàng, {you} nhắn lại tại đây để {we} liên hệ đơn vị vận chuyển kiểm tra nhé.',
  returnOnArrival: 'Khi nhận được hàng, {you} có thể yêu cầu trả hàng trong chi tiết đơn hàng nhé.',
  tellUs: 'Nếu sản phẩm có vấn đề, {you} nhắn lại tại đây để {we} hỗ trợ nhé.',
  askOrder:
    '{You} vui lòng gửi giúp {we} mã đơn hàng để {we} kiểm tra nhé. Mã đơn hàng có thể sao chép trong chi tiết đơn hàng trên ứng dụng TikTok ạ.',
  orderNotFound: '{We} chưa tìm thấy mã đơn hàng này trong cửa hàng ạ. {You} kiểm tra lại và gửi giúp {we} nhé.',
  askIfOrdered: 'Nếu {you} đã đặt hàng, {you} gửi mã đơn hàng để {we} kiểm tra giúp nhé.',

  addrUnpaid: 'Đơn hàng {ord} chưa được thanh toán, nên cách nhanh nhất là {you} hủy đơn và đặt lại với địa chỉ đúng ạ.',
  addrOpen:
    'Đơn hàng {ord} chưa được gửi đi nên vẫn có thể đổi địa chỉ ạ. {You} xem tùy chọn thay đổi địa chỉ trong chi tiết đơn hàng nhé. Nếu không thấy tùy chọn này, {you} có thể yêu cầu hủy đơn rồi đặt lại với địa chỉ đúng ạ.',
  addrPacked: 'Rất tiếc, đơn hàng {ord} đã được đóng gói và in phiếu gửi hàng nên không thể đổi địa chỉ nữa ạ. {You} vẫn có thể thử yêu cầu hủy đơn trong chi tiết đơn hàng rồi đặt lại với địa chỉ đúng nhé.',
  addrShipped:
    'Rất tiếc, đơn hàng {ord} đang trên đường giao nên không thể đổi địa chỉ nhận hàng nữa ạ. {We} sẵn sàng hỗ trợ {you} liên hệ đơn vị vận chuyển về việc giao hàng, {you} chỉ cần nhắn lại tại đây nhé.',
  addrDelivered: 'Đơn hàng {ord} đã được giao nên không thể đổi địa chỉ nữa ạ.',
  addrCancelled: 'Đơn hàng {ord} đã bị hủy nên không cần đổi địa chỉ ạ. {You} có thể đặt đơn mới với địa chỉ đúng nhé.',

  cancelSelf: '{You} có thể tự hủy đơn hàng {ord} trong chi tiết đơn hàng trên ứng dụng TikTok ạ.',
  cancelRequest:
    'Đơn hàng {ord} chưa được gửi đi nên {you} có thể gửi yêu cầu hủy trong chi tiết đơn hàng ạ. Sau đó yêu cầu sẽ được xem xét.',
  cancelPacked:
    'Đơn hàng {ord} đã được đóng gói và đang chờ đơn vị vận chuyển đến lấy ạ. {You} vẫn có thể thử gửi yêu cầu hủy trong chi tiết đơn hàng; nếu không hủy được nữa, khi nhận hàng {you} có thể yêu cầu trả hàng ạ.',
  cancelShipped: 'Đơn hàng {ord} đã được gửi đi nên không thể hủy nữa ạ.',
  cancelDelivered:
    'Đơn hàng {ord} đã được giao ạ. Nếu không muốn giữ sản phẩm, {you} có thể yêu cầu trả hàng trong chi tiết đơn hàng nhé.',
  cancelCompleted: 'Đơn hàng {ord} đã hoàn tất nên không thể hủy được ạ.',
  cancelDone: 'Đơn hàng {ord} đã được hủy rồi ạ, {you} không cần làm gì thêm.',

  retHow: 'Để yêu cầu trả hàng/hoàn tiền, {you} mở đơn hàng trên ứng dụng TikTok, chọn trả hàng/hoàn tiền và làm theo hướng dẫn. {You} có thể theo dõi tiến độ trong chi tiết đơn hàng ạ.',
  retWindow: '{You} có thể yêu cầu trả hàng trong vòng {days} kể từ khi nhận hàng ạ.',
  retFree: 'Trả hàng được miễn phí vận chuyển ạ.',
  retNotYet: 'Đơn hàng {ord} chưa được giao ạ.',
  retCancelInstead: 'Nếu không muốn mua nữa, trong lúc đơn chưa được gửi đi {you} cũng có thể yêu cầu hủy đơn ạ.',
  retClosed: 'Đơn hàng {ord} đã hết thời hạn trả hàng ạ.',
  retCancelled:
    'Đơn hàng {ord} đã bị hủy ạ. Nếu {you} có thắc mắc về việc hoàn tiền, {you} nhắn lại tại đây để {we} kiểm tra giúp nhé.',

  cpIntro: 'Các mã giảm giá hiện có:',
  coupon: {
    plain: '• {desc}',
    code: '• {desc} (mã: {code})',
    until: '• {desc} (hạn đến {until})',
    both: '• {desc} (mã: {code}, hạn đến {until})',
  },
  cpApply: '{You} có thể lưu mã ở trang sản phẩm và áp dụng khi thanh toán ạ.',
  cpNone: 'Hiện tại {we} chưa có mã giảm giá nào ạ. {You} nhấn theo dõi {we} để không bỏ lỡ chương trình khuyến mãi tiếp theo nhé.',
  cpGeneral: 'Các mã giảm giá hiện có sẽ hiển thị ở trang sản phẩm và trang thanh toán ạ.',
  cpTip: 'Nếu mã không dùng được, {you} kiểm tra giúp điều kiện đơn tối thiểu và thời hạn của mã nhé.',

  payCodYes: '{We} có hỗ trợ thanh toán khi nhận hàng (COD) ạ, {you} chọn khi thanh toán là được nhé.',
  payCodNo: 'Rất tiếc hiện {we} chưa hỗ trợ thanh toán khi nhận hàng ạ, {you} có thể chọn các phương thức khác hiển thị khi thanh toán nhé.',
  payInstYes: '{We} có hỗ trợ trả góp ạ. Nếu đơn hàng đủ điều kiện, tùy chọn trả góp sẽ hiển thị khi thanh toán.',
  payInstNo: 'Rất tiếc hiện {we} chưa hỗ trợ trả góp ạ, {you} có thể chọn các phương thức khác hiển thị khi thanh toán nhé.',
  payMethods: 'Các phương thức thanh toán áp dụng cho đơn hàng sẽ hiển thị ở bước thanh toán ạ.',
  payFailed:
    'Nếu thanh toán không thành công, {you} thử thanh toán lại trong chi tiết đơn hàng hoặc chọn phương thức khác nhé. Nếu tiền đã bị trừ nhưng đơn chưa hiện đã thanh toán, {you} nhắn lại tại đây để {we} kiểm tra giúp ạ.',

  greetHi: '{We} có thể hỗ trợ gì cho {you} ạ?',
  greetThanks: [
    'Không có gì ạ. Nếu cần hỗ trợ thêm, Quý khách cứ nhắn cho chúng tôi.',
    'Dạ không có gì ạ! {You} cần gì thêm cứ nhắn shop nhé.',
  ],

  holdThanks: 'Cảm ơn {you} đã nhắn tin cho {we} ạ.',
  holdSorry: '{We} rất tiếc vì sự bất tiện này ạ.',
  holdWhen: 'Nhân viên của {we} sẽ trả lời {you} {when} ạ.',
  holdAsap: 'Nhân viên của {we} sẽ trả lời {you} sớm nhất có thể ạ.',
  today: 'từ {time} hôm nay',
  tomorrow: 'từ {time} ngày mai',
  later: 'từ {time} {day}',
  holdPhotos: 'Nếu được, {you} gửi giúp ảnh sản phẩm và bao bì tại đây để {we} kiểm tra nhanh hơn nhé.',
  holdOrder: 'Nếu liên quan đến đơn hàng, {you} gửi kèm mã đơn hàng giúp {we} nhé.',

  dComplaint:
    '{We} thành thật xin lỗi vì trải nghiệm chưa tốt của {you} và mong được khắc phục. {You} có thể chia sẻ thêm chi tiết về sự việc được không ạ?',
  dDamaged:
    '{We} thành thật xin lỗi vì đơn hàng {ord} đến tay {you} không như mong đợi. {You} gửi giúp ảnh sản phẩm và bao bì tại đây để {we} kiểm tra nhé.',
  dHuman: 'Cảm ơn {you} đã chờ ạ. Đây là {shop}, {we} có thể hỗ trợ gì cho {you} ạ?',
  dOther: 'Cảm ơn {you} đã liên hệ {shop}! {You} có thể chia sẻ thêm về nhu cầu của mình được không ạ?',
};
