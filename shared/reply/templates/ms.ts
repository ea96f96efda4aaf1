// Malay (Malaysia): the buyer is "tuan/puan" in the formal register, "cik" in the warm one and "anda" in
// the friendly one ({you}); the shop is "kami". Everyday shop words buyers use ("checkout", "chat") stay.
import type { LanguagePack } from '../pack';

export const ms: LanguagePack = {
  you: ['tuan/puan', 'cik', 'anda'],
  hello: ['Salam sejahtera {name},', 'Hai {name}!', 'Hai {name}!'],
  helloAnon: ['Salam sejahtera tuan/puan,', 'Hai cik!', 'Hai!'],
  bye: ['Sekian, terima kasih.', 'Terima kasih cik!', 'Terima kasih!'],
  salam: ['Waalaikumsalam {name}.', 'Waalaikumsalam.'],

  ordItem: '{id} ({item})',
  carrier: 'Kurier: {carrier}',
  tracking: 'No. penjejakan: {tn}',
  lastUpdate: 'Status terkini ({date}): {event}',
  eta: 'Anggaran tiba: {range}',
  shipped: 'Dihantar: {date}',
  total: 'Jumlah: {total}',
  reason: 'Sebab: {reason}',
  days: ['{n} hari', '{n} hari'],
  daysRange: '{min}–{max} hari',

  status: {
    UNPAID: 'Pesanan {ord} masih menunggu pembayaran.',
    ON_HOLD: 'Pesanan {ord} telah berjaya dibuat dan kini dalam tempoh pengesahan yang singkat sebelum kami mula menyediakannya.',
    AWAITING_SHIPMENT: 'Pesanan {ord} sedang kami sediakan untuk penghantaran.',
    AWAITING_COLLECTION: 'Pesanan {ord} telah dibungkus dan sedang menunggu kurier untuk mengambilnya.',
    PARTIALLY_SHIPPING: 'Sebahagian pesanan {ord} telah dihantar, dan selebihnya masih sedang disediakan.',
    IN_TRANSIT: 'Pesanan {ord} telah dihantar dan sedang dalam perjalanan.',
    DELIVERED: 'Pesanan {ord} telah sampai.',
    COMPLETED: 'Pesanan {ord} telah selesai.',
    CANCELLED: 'Pesanan {ord} telah dibatalkan.',
  },
  deliveredOn: 'Pesanan {ord} telah sampai pada {date}.',
  processing: 'Biasanya pesanan dihantar dalam masa {days}.',
  shippingTime: 'Selepas dihantar, biasanya pesanan sampai dalam masa {days}.',
  noTracking: 'Nombor penjejakan akan dipaparkan dalam butiran pesanan sebaik sahaja bungkusan diserahkan kepada kurier.',
  deliveredHelp: 'Jika {you} belum jumpa bungkusan, balas di chat ini dan pasukan kami akan bantu semak dengan kurier.',
  returnOnArrival: 'Selepas barang sampai, {you} boleh memohon pemulangan dalam butiran pesanan.',
  tellUs: 'Jika ada masalah dengan barang, balas di chat ini dan pasukan kami akan membantu.',
  askOrder:
    'Boleh {you} kongsikan nombor pesanan supaya kami boleh semak? Nombor pesanan boleh disalin daripada butiran pesanan dalam aplikasi TikTok.',
  orderNotFound: 'Maaf, kami tidak menjumpai nombor pesanan itu di kedai kami. Boleh {you} semak semula dan hantar sekali lagi?',
  askIfOrdered: 'Jika {you} sudah membuat pesanan, kongsikan nombor pesanan dan kami akan semakkan.',

  addrUnpaid:
    'Pesanan {ord} belum dibayar, jadi cara paling mudah ialah membatalkannya dan membuat pesanan baharu dengan alamat yang betul.',
  addrOpen:
    'Pesanan {ord} belum dihantar, jadi alamat masih boleh dikemas kini. Sila semak pilihan tukar alamat dalam butiran pesanan. Jika tiada, {you} boleh memohon pembatalan dan membuat pesanan semula dengan alamat yang betul.',
  addrPacked: 'Maaf, pesanan {ord} sudah dibungkus dan label penghantaran telah dicetak, jadi alamat tidak boleh ditukar lagi. {You} masih boleh cuba memohon pembatalan dalam butiran pesanan dan membuat pesanan semula dengan alamat yang betul.',
  addrShipped:
    'Maaf, pesanan {ord} sudah dalam perjalanan, jadi alamat penghantaran tidak boleh ditukar lagi. Namun kami sedia membantu {you} menghubungi kurier tentang penghantaran ini, balas sahaja di chat ini.',
  addrDelivered: 'Pesanan {ord} telah sampai, jadi alamat tidak boleh ditukar lagi.',
  addrCancelled:
    'Pesanan {ord} telah dibatalkan, jadi tiada apa yang perlu ditukar. {You} boleh membuat pesanan baharu dengan alamat yang betul.',

  cancelSelf: '{You} boleh membatalkan pesanan {ord} sendiri melalui butiran pesanan dalam aplikasi TikTok.',
  cancelRequest:
    'Pesanan {ord} belum dihantar, jadi {you} boleh memohon pembatalan dalam butiran pesanan. Permohonan itu kemudiannya akan disemak.',
  cancelPacked:
    'Pesanan {ord} sudah dibungkus dan sedang menunggu kurier. {You} masih boleh cuba memohon pembatalan dalam butiran pesanan; jika sudah tidak boleh, {you} boleh memohon pemulangan selepas barang sampai.',
  cancelShipped: 'Pesanan {ord} telah dihantar, jadi ia tidak boleh dibatalkan lagi.',
  cancelDelivered: 'Pesanan {ord} telah sampai. Jika {you} tidak mahu lagi, {you} boleh memohon pemulangan dalam butiran pesanan.',
  cancelCompleted: 'Pesanan {ord} telah selesai, jadi ia tidak boleh dibatalkan.',
  cancelDone: 'Pesanan {ord} telah pun dibatalkan, tiada tindakan lain diperlukan.',

  retHow: 'Untuk memohon pemulangan atau bayaran balik, buka pesanan dalam aplikasi TikTok, pilih pemulangan/bayaran balik dan ikut langkahnya. Status permohonan boleh dipantau dalam butiran pesanan.',
  retWindow: 'Pemulangan boleh dimohon dalam tempoh {days} selepas barang diterima.',
  retFree: 'Penghantaran pemulangan adalah percuma.',
  retNotYet: 'Pesanan {ord} belum sampai.',
  retCancelInstead: 'Jika {you} tidak mahu lagi, {you} juga boleh memohon pembatalan selagi pesanan belum dihantar.',
  retClosed: 'Tempoh pemulangan untuk pesanan {ord} telah tamat.',
  retCancelled:
    'Pesanan {ord} telah dibatalkan. Jika {you} ada soalan tentang bayaran baliknya, balas di chat ini dan pasukan kami akan bantu semak.',

  cpIntro: 'Baucar yang aktif di kedai kami sekarang:',
  coupon: {
    plain: '• {desc}',
    code: '• {desc} (kod: {code})',
    until: '• {desc} (sehingga {until})',
    both: '• {desc} (kod: {code}, sehingga {until})',
  },
  cpApply: 'Baucar boleh dituntut di halaman produk dan digunakan semasa checkout.',
  cpNone: 'Buat masa ini tiada baucar aktif. Ikuti kedai kami supaya {you} tidak terlepas promosi yang seterusnya.',
  cpGeneral: 'Baucar yang tersedia dipaparkan di halaman produk dan semasa checkout.',
  cpTip: 'Jika kod tidak boleh digunakan, sila semak perbelanjaan minimum dan tempoh sah kod tersebut.',

  payCodYes: 'Kedai kami menerima bayaran tunai semasa penghantaran (COD). {You} boleh memilihnya semasa checkout.',
  payCodNo: 'Maaf, kedai kami belum menerima COD, tetapi {you} boleh membayar dengan kaedah lain yang dipaparkan semasa checkout.',
  payInstYes: 'Kedai kami menawarkan bayaran ansuran. Pilihan ini akan dipaparkan semasa checkout jika pesanan {you} layak.',
  payInstNo:
    'Maaf, buat masa ini kami tidak menawarkan bayaran ansuran, tetapi {you} boleh membayar dengan kaedah lain yang dipaparkan semasa checkout.',
  payMethods: 'Semua kaedah pembayaran untuk pesanan {you} dipaparkan semasa checkout.',
  payFailed:
    'Jika pembayaran tidak berjaya, sila cuba bayar semula melalui butiran pesanan atau pilih kaedah pembayaran lain. Jika wang telah ditolak tetapi pesanan belum menunjukkan sudah dibayar, balas di chat ini dan pasukan kami akan bantu semak.',

  greetHi: 'Ada apa-apa yang boleh kami bantu?',
  greetThanks: [
    'Sama-sama. Jika ada sebarang pertanyaan lain, jangan segan untuk bertanya kepada kami.',
    'Sama-sama! Kalau ada apa-apa lagi, tanya je ya.',
  ],

  holdThanks: 'Terima kasih kerana menghubungi kami.',
  holdSorry: 'Kami mohon maaf atas kesulitan ini.',
  holdWhen: 'Pasukan kami akan membalas {when}.',
  holdAsap: 'Pasukan kami akan membalas secepat mungkin.',
  today: 'hari ini mulai pukul {time}',
  tomorrow: 'esok mulai pukul {time}',
  later: 'pada {day} mulai pukul {time}',
  holdPhotos: 'Jika boleh, sila hantar gambar barang dan bungkusannya di chat ini supaya kami dapat menyemak dengan lebih cepat.',
  holdOrder: 'Jika ini berkaitan pesanan, sila sertakan nombor pesanan.',

  dComplaint:
    'Kami mohon maaf atas pengalaman yang kurang menyenangkan ini dan ingin membantu menyelesaikannya. Boleh {you} ceritakan dengan lebih lanjut apa yang berlaku?',
  dDamaged:
    'Kami mohon maaf kerana pesanan {ord} tidak sampai seperti yang sepatutnya. Boleh {you} hantar gambar barang dan bungkusannya di chat ini supaya kami dapat menyemaknya?',
  dHuman: 'Terima kasih kerana menunggu. Ini pasukan {shop}, ada apa-apa yang boleh kami bantu?',
  dOther: 'Terima kasih kerana menghubungi {shop}! Boleh {you} kongsikan dengan lebih lanjut apa yang {you} perlukan?',
};
