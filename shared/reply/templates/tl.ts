// Filipino as Philippine shops write to buyers: Taglish with "po" in every sentence, English shop words
// (order, courier, checkout, voucher, return) where Filipinos use them. The formal register changes the
// frame ("Magandang araw po", "Maraming salamat po").
import type { LanguagePack } from '../pack';

export const tl: LanguagePack = {
  hello: ["Magandang araw po, {name}.", "Hi po, {name}!", "Hello po, {name}!"],
  helloAnon: ["Magandang araw po.", "Hi po!", "Hello po!"],
  bye: ["Maraming salamat po.", "Salamat po!", "Salamat po!"],

  ordItem: "{id} ({item})",
  carrier: "Courier: {carrier}",
  tracking: "Tracking number: {tn}",
  lastUpdate: "Huling update ({date}): {event}",
  eta: "Estimated delivery: {range}",
  shipped: "Na-ship noong: {date}",
  total: "Total: {total}",
  reason: "Dahilan: {reason}",
  days: ["{n} araw", "{n} araw"],
  daysRange: "{min}–{max} araw",

  status: {
    UNPAID: "Naghihintay pa po ng bayad ang order {ord}.",
    ON_HOLD: "Naipasok na po ang order {ord} at nasa maikling confirmation period pa bago namin ihanda.",
    AWAITING_SHIPMENT: "Inihahanda na po namin ang order {ord} para i-ship.",
    AWAITING_COLLECTION: "Naka-pack na po ang order {ord} at hinihintay na lang na kunin ng courier.",
    PARTIALLY_SHIPPING: "Na-ship na po ang ilang item sa order {ord}, at inihahanda pa po ang iba.",
    IN_TRANSIT: "Na-ship na po ang order {ord} at papunta na sa inyo.",
    DELIVERED: "Na-deliver na po ang order {ord}.",
    COMPLETED: "Completed na po ang order {ord}.",
    CANCELLED: "Na-cancel na po ang order {ord}.",
  },
  deliveredOn: "Na-deliver na po ang order {ord} noong {date}.",
  processing: "Karaniwan po naming naipapadala ang order sa loob ng {days}.",
  shippingTime: "Pagka-ship, karaniwang dumarating po ito sa loob ng {days}.",
  noTracking: "Lalabas po ang tracking number sa order details kapag nasa courier na ang parcel.",
  deliveredHelp: "Kung hindi n'yo po makita ang parcel, mag-reply lang po dito at iche-check ng team namin sa courier.",
  returnOnArrival: "Pagdating po ng item, pwede kayong mag-request ng return sa order details.",
  tellUs: "Kung may problema po sa item, mag-reply lang dito at tutulungan kayo ng team namin.",
  askOrder: "Pwede po bang makuha ang order number para ma-check namin? Makokopya n'yo po ito sa order details sa TikTok app.",
  orderNotFound: "Pasensya na po, hindi namin mahanap ang order number na iyan sa shop namin. Paki-check po ulit at ipadala dito.",
  askIfOrdered: "Kung naka-order na po kayo, ipadala lang po ang order number at iche-check namin.",

  addrUnpaid: "Hindi pa po bayad ang order {ord}, kaya ang pinakamadali ay i-cancel ito at mag-order ulit gamit ang tamang address.",
  addrOpen:
    "Hindi pa po na-ship ang order {ord}, kaya pwede pa pong palitan ang address. Paki-check po ang option na palitan ang address sa order details. Kung wala po ito, pwede po kayong mag-request ng cancellation at mag-order ulit gamit ang tamang address.",
  addrPacked: "Pasensya na po, naka-pack na at may shipping label na ang order {ord}, kaya hindi na po mapapalitan ang address. Pwede n'yo pa rin pong subukang mag-request ng cancellation sa order details at mag-order ulit gamit ang tamang address.",
  addrShipped:
    "Pasensya na po, papunta na ang order {ord} kaya hindi na po mapapalitan ang delivery address. Pero handa po kaming tumulong na makipag-ugnayan sa courier tungkol sa delivery, mag-reply lang po dito.",
  addrDelivered: "Na-deliver na po ang order {ord}, kaya hindi na po mapapalitan ang address.",
  addrCancelled: "Na-cancel na po ang order {ord}, kaya wala na pong kailangang palitan. Pwede po kayong mag-order ulit gamit ang tamang address.",

  cancelSelf: "Pwede n'yo pong i-cancel mismo ang order {ord} sa order details sa TikTok app.",
  cancelRequest:
    "Hindi pa po na-ship ang order {ord}, kaya pwede po kayong mag-request ng cancellation sa order details. Pagkatapos, ire-review po ang request.",
  cancelPacked:
    "Naka-pack na po ang order {ord} at hinihintay na lang ang courier. Pwede n'yo pa rin pong subukang mag-request ng cancellation sa order details; kung hindi na po pwede, makakapag-request po kayo ng return pagdating ng item.",
  cancelShipped: "Na-ship na po ang order {ord}, kaya hindi na po ito ma-cancel.",
  cancelDelivered: "Na-deliver na po ang order {ord}. Kung ayaw n'yo na po ito, pwede kayong mag-request ng return sa order details.",
  cancelCompleted: "Completed na po ang order {ord}, kaya hindi na po ito ma-cancel.",
  cancelDone: "Na-cancel na po ang order {ord}, wala na pong kailangang gawin.",

  retHow: "Para mag-request ng return o refund, buksan po ang order sa TikTok app, piliin ang return/refund at sundin ang steps. Makikita n'yo po ang status sa order details.",
  retWindow: "Pwede pong mag-request ng return sa loob ng {days} mula nang matanggap ang item.",
  retFree: "Libre po ang return shipping.",
  retNotYet: "Hindi pa po na-deliver ang order {ord}.",
  retCancelInstead: "Kung ayaw n'yo na po, pwede rin pong mag-request ng cancellation habang hindi pa ito na-ship.",
  retClosed: "Tapos na po ang return period ng order {ord}.",
  retCancelled:
    "Na-cancel na po ang order {ord}. Kung may tanong po kayo tungkol sa refund, mag-reply lang dito at iche-check ito ng team namin.",

  cpIntro: "Narito po ang mga voucher namin ngayon:",
  coupon: {
    plain: '• {desc}',
    code: '• {desc} (code: {code})',
    until: '• {desc} (hanggang {until})',
    both: '• {desc} (code: {code}, hanggang {until})',
  },
  cpApply: "Pwede pong i-claim ang voucher sa product page at gamitin sa checkout.",
  cpNone: "Wala pa po kaming active na voucher sa ngayon. I-follow n'yo po ang shop namin para hindi ma-miss ang susunod na promo.",
  cpGeneral: "Makikita po ang mga available na voucher sa product page at sa checkout.",
  cpTip: "Kung hindi gumagana ang code, paki-check po ang minimum spend at validity nito.",

  payCodYes: "Available po ang cash on delivery (COD) sa shop namin, piliin lang po ito sa checkout.",
  payCodNo: "Pasensya na po, wala pa kaming COD, pero pwede po kayong magbayad gamit ang ibang payment method na makikita sa checkout.",
  payInstYes: "May installment option po ang shop namin. Lalabas po ito sa checkout kung eligible ang order n'yo.",
  payInstNo:
    "Pasensya na po, wala pa kaming installment sa ngayon, pero pwede po kayong magbayad gamit ang ibang payment method na makikita sa checkout.",
  payMethods: "Makikita po sa checkout ang lahat ng payment method na available para sa order n'yo.",
  payFailed:
    "Kung hindi po pumasok ang bayad, subukan pong magbayad ulit sa order details o pumili ng ibang payment method. Kung nabawasan na po ang pera pero hindi pa paid ang order, mag-reply lang po dito at iche-check ito ng team namin.",

  greetHi: "Ano po ang maitutulong namin?",
  greetThanks: [
    "Walang anuman po. Kung may iba pa po kayong tanong, mag-message lang po kayo.",
    "Walang anuman po! Kung may tanong pa po kayo, chat lang po anytime.",
  ],

  holdThanks: "Salamat po sa message n'yo.",
  holdSorry: "Pasensya na po sa abala.",
  holdWhen: "Sasagutin po kayo ng team namin {when}.",
  holdAsap: "Sasagutin po kayo ng team namin sa lalong madaling panahon.",
  today: "ngayong araw simula {time}",
  tomorrow: "bukas simula {time}",
  later: "sa {day} simula {time}",
  holdPhotos: "Kung pwede po, magpadala ng litrato ng item at ng packaging dito para mas mabilis naming ma-check.",
  holdOrder: "Kung tungkol po ito sa order, pakisama po ang order number.",

  dComplaint: "Pasensya na po sa hindi magandang karanasan, gusto po naming maayos ito. Pwede n'yo po bang ikuwento kung ano ang nangyari?",
  dDamaged:
    "Pasensya na po at hindi dumating nang maayos ang order {ord}. Pwede po ba kayong magpadala ng litrato ng item at packaging dito para ma-check namin?",
  dHuman: "Salamat po sa paghihintay. Ito po ang team ng {shop}, ano po ang maitutulong namin?",
  dOther: "Salamat po sa pag-message sa {shop}! Pwede n'yo po bang ikuwento pa ang kailangan n'yo?",
};
