import type { MixedTemplate } from './types';

// Code-switched messages: Singlish, Manglish, Taglish, Chinese + English, and English sprinkled into
// Vietnamese, Thai, Indonesian and Spanish. The first field is the dominant language.
export const MIXED: MixedTemplate[] = [
  // Singlish / Malaysian English (dominant en)
  ['en', 'order_status', '{boss|bro|hi}, {got any update|can see} {where|the status of} my {parcel|order} {anot|or not} {ah|leh}?'],
  ['en', 'order_status', 'why my order still {never|haven\'t} ship {ah|one}? {so long|wait until} {already|liao}'],
  ['en', 'order_status', '{wah|aiyo} {so long|one week} {still|also} never {receive|come}, {can check|pls check} {for me|} {or not|lah}'],
  ['en', 'cancel_order', 'can help me cancel {or not|pls}? {wrong colour|order wrong size} {lah|leh}'],
  ['en', 'cancel_order', '{dont want|don\'t want} {already|liao}, cancel {for me|can} {lah|}'],
  ['en', 'return_refund', 'can change to size $S or not? {too big|too small} for me {lah|leh}'],
  ['en', 'return_refund', '{the|this} $P {quite|very} {small|big} {leh|lah}, can {exchange|return} {anot|or not}?'],
  ['en', 'product_question', 'the $P got {other colour|size L|stock} or not {ah|leh}?'],
  ['en', 'product_question', '{this one|the $P} can use {for|with} {my phone|iphone|samsung} {anot|or not}?'],
  ['en', 'complaint', 'seller {damn|very|super} {slow|rude|lousy} {lah|one}, {ask|asked} {already|liao} {no one|nobody} reply'],
  ['en', 'damaged_wrong_item', 'the $P I {receive|got} {spoil|broken|crack} {already|liao} {lah|leh}, how?'],
  ['en', 'damaged_wrong_item', '{wah|aiyo} {send me|you send} wrong {colour|item} {leh|lah}, i {order|ordered} $C'],
  ['en', 'payment', 'i pay {already|liao} but {order|app} show {fail|failed} {leh|lah}, money {kena deduct|deducted} {already|}'],
  ['en', 'coupon_promo', 'voucher cannot use {lah|leh}, {dah|already} {cukup|hit} min spend {what|one}'],
  ['en', 'human_request', '{can|pls} {let me|i want} talk to {real person|your staff} {or not|lah}, bot {useless|cannot help} one'],
  ['en', 'order_status', '{hi|boss}, {order|parcel} {sampai|arrive} {bila|when} ah? {need it|nak guna} before friday'],
  ['en', 'address_change', 'can change address {or not|anot}? {i|} {shift|move} house {already|liao}'],
  // Malay-dominant with English
  ['ms', 'order_status', '{bro|sis}, {status|tracking} {barang|parcel} saya {still|masih} {same|tak gerak} {since|dari} {last week|Monday} {lah|ni}'],
  ['ms', 'return_refund', 'nak {refund|return} {boleh|tak}? size {too small|too big|tak muat}'],
  ['ms', 'payment', 'duit {dah|sudah} {deduct|potong} tapi {order|pesanan} {tak keluar|takde}, {pls|tolong} check {asap|cepat}'],
  ['ms', 'product_question', '{size|saiz} {L|XL} {masih available|ready stock} {tak|ke}? {want|nak} {checkout|order} {tonight|malam ni}'],
  ['ms', 'complaint', '{seller|admin} ni {slow|lambat} {gila|betul} {reply|balas}, {very|so} {disappointed|frust}'],
  ['ms', 'cancel_order', '{tolong|pls} cancel {pesanan|order} {tu|ni}, {i chose|saya pilih} {the wrong|salah} {colour|variation} {lah|}'],
  // Taglish (dominant tl)
  ['tl', 'return_refund', '{pwede|pede} po ba {ma-refund|i-return} {yung|ang} item? {hindi|di} {siya|sya} {fit|kasya} sa akin'],
  ['tl', 'product_question', '{in stock|may stock} pa {kaya|ba} {yung|ang} {size|variant} $S {ngayon|this week}?'],
  ['tl', 'product_question', '{okay|safe} {ba|kaya} {itong|yung} {product|serum} {for|sa} {sensitive skin|acne prone skin|kids} {na tulad ko|like me}?'],
  ['tl', 'order_status', '{grabe|ang tagal}, {5 days|one week} na wala pa {yung|ang} {parcel|order} ko'],
  ['tl', 'order_status', 'na-ship na po ba? {need ko na|kailangan ko na} po {by friday|this weekend}'],
  ['tl', 'cancel_order', '{pa-cancel|cancel} ko na lang po, {i changed my mind|nagbago isip ko}'],
  ['tl', 'damaged_wrong_item', '{wrong item|mali} po {yung|ang} {dumating|na-receive ko}, $C {inorder|order} ko pero iba {yung|ang} {color|kulay}'],
  ['tl', 'payment', '{my|yung} {GCash|card} {got charged|na-charge} {already|na} {pero|but} {the order|yung order} {is not showing|hindi lumalabas}'],
  ['tl', 'complaint', '{super|sobrang} {slow|bagal} ng {reply|response} niyo, {very disappointed|nakakainis} talaga'],
  ['tl', 'human_request', '{pwede|can} po ba {makausap|talk to} {yung|ang} {real person|agent}? {hindi|not} bot'],
  ['tl', 'coupon_promo', '{bakit|why} {ayaw|hindi} {gumana|mag-apply} {yung|ang} {voucher|discount code} ko po?'],
  // Indonesian-dominant with English
  ['id', 'order_status', '{kak|min} {please|pls} {update|info} {dong|ya} {paket|pesanan} {aku|saya} {udah|sudah} {sampai|nyampe} mana'],
  ['id', 'human_request', '{kak|min} {please|tolong} {connect|sambungin} {me|aku} {to|ke} {a staff|staff beneran}, {the bot|botnya} {gak ngerti|doesnt understand}'],
  ['id', 'return_refund', '{kak|min} mau {refund|return} {dong|aja}, {size|ukurannya} {kekecilan|too small}'],
  ['id', 'damaged_wrong_item', '{kak|min} {barangnya|itemnya} {broken|rusak} {pas|waktu} {sampai|unboxing}, {gimana|how} {nih|dong}?'],
  ['id', 'coupon_promo', '{voucher|vocer} {free shipping|gratis ongkir}{nya|} {gak|ga} bisa {apply|dipake} {kak|min}'],
  // Chinese-dominant with English
  ['zh', 'order_status', '{hi|哈喽}，{我的|}{parcel|order}{还在路上吗|走到哪里了}？{status|tracking}{一直|都}{没update|没有update}'],
  ['zh', 'coupon_promo', '{我的|}{voucher|promo code}{apply不了|无效}，{checkout|付款}{的时候|时}{error|报错}'],
  ['zh', 'product_question', '{XL|L}{码|size}{sold out|卖完}了吗？{会不会|几时}{再进货|restock}'],
  ['zh', 'return_refund', '{我要|想}{refund|退款}，{size|尺码}{不对|太小}'],
  ['zh', 'cancel_order', '{帮我|可以}cancel{这个|}order吗？{下错了|不要了}'],
  ['zh', 'payment', '{我的|}{card|卡}被charge了两次，{怎么回事|帮我check一下}'],
  ['zh', 'human_request', '{我要|想找}{real person|真人}，{不要|别用}bot'],
  // Vietnamese-dominant with English
  ['vi', 'order_status', 'shop ơi {giao|ship} {nhanh|gấp} {giúp|nha}, {i need it|need} {before|by} {friday|the weekend}'],
  ['vi', 'order_status', '{cho|xin} {mình|em} {tracking number|mã tracking} {nha|với}'],
  ['vi', 'return_refund', 'shop ơi {refund|hoàn tiền} {cho mình|giúp} {đi|nha}, {wrong size|không vừa}'],
  // Thai-dominant with English
  ['th', 'order_status', '{ส่ง|แจ้ง} {tracking|tracking no.} {มาให้|ให้}{ด้วย|หน่อย}{นะครับ|นะคะ}'],
  ['th', 'product_question', '{size|ไซส์} {M|L} {ยังมีไหม|มีไหม}{คะ|ครับ}'],
  ['th', 'return_refund', '{ขอ|อยาก} {refund|return} {ได้ไหม|ได้มั้ย}{คะ|ครับ}'],
  ['th', 'cancel_order', '{ขอ|อยาก} cancel {order|ออเดอร์}{ค่ะ|ครับ}'],
  // Spanish-dominant with English (Spanglish)
  ['es', 'order_status', '{oigan|buenas}, ¿mi {order|paquete} {ya va en camino|ya salió}? {is for my mom|es un regalo}, {lo necesito|I need it} {pronto|asap}'],
  ['es', 'return_refund', '{quiero|necesito} un refund {porque|pq} {me quedó chico|no me gustó}'],
  ['es', 'coupon_promo', 'el {coupon|código} no {funciona|aplica} en el checkout'],
];
