// Indonesian: the buyer is "Kak" in every register, as official stores on TikTok Shop also write; the
// formal register changes the frame ("Salam," and the shop's name) and the casual lines ("chat aja ya").
import type { LanguagePack } from '../pack';

export const id: LanguagePack = {
  hello: ['Halo Kak {name},', 'Halo Kak {name}!', 'Hai Kak {name}!'],
  helloAnon: ['Halo Kak,', 'Halo Kak!', 'Hai Kak!'],
  bye: ['Salam,', 'Terima kasih, Kak!', 'Makasih, Kak!'],
  salam: ['Waalaikumsalam, Kak {name}.', 'Waalaikumsalam, Kak.'],

  ordItem: '{id} ({item})',
  carrier: 'Kurir: {carrier}',
  tracking: 'No. resi: {tn}',
  lastUpdate: 'Update terakhir ({date}): {event}',
  eta: 'Estimasi tiba: {range}',
  shipped: 'Dikirim: {date}',
  total: 'Total: {total}',
  reason: 'Alasan: {reason}',
  days: ['{n} hari', '{n} hari'],
  daysRange: '{min}–{max} hari',

  status: {
    UNPAID: 'Pesanan {ord} masih menunggu pembayaran, Kak.',
    ON_HOLD: 'Pesanan {ord} sudah berhasil dibuat dan sedang dalam masa konfirmasi singkat sebelum kami siapkan, Kak.',
    AWAITING_SHIPMENT: 'Pesanan {ord} sedang kami siapkan untuk dikirim, Kak.',
    AWAITING_COLLECTION: 'Pesanan {ord} sudah dikemas dan sedang menunggu dijemput kurir, Kak.',
    PARTIALLY_SHIPPING: 'Sebagian pesanan {ord} sudah dikirim, sisanya masih kami siapkan, Kak.',
    IN_TRANSIT: 'Pesanan {ord} sudah dikirim dan sedang dalam perjalanan, Kak.',
    DELIVERED: 'Pesanan {ord} sudah sampai di tujuan, Kak.',
    COMPLETED: 'Pesanan {ord} sudah selesai, Kak.',
    CANCELLED: 'Pesanan {ord} sudah dibatalkan, Kak.',
  },
  deliveredOn: 'Pesanan {ord} sudah sampai pada {date}, Kak.',
  processing: 'Biasanya pesanan kami kirim dalam {days}.',
  shippingTime: 'Setelah dikirim, biasanya pesanan sampai dalam {days}.',
  noTracking: 'Nomor resi akan muncul di detail pesanan setelah paket diserahkan ke kurir.',
  deliveredHelp: 'Kalau paketnya belum ketemu, balas di chat ini ya, Kak, tim kami akan bantu cek ke kurir.',
  returnOnArrival: 'Setelah barang sampai, Kakak bisa ajukan pengembalian di detail pesanan.',
  tellUs: 'Kalau ada masalah dengan barangnya, balas di chat ini dan tim kami akan bantu.',
  askOrder: 'Boleh minta nomor pesanannya, Kak? Biar kami bantu cek. Nomor pesanan bisa disalin dari detail pesanan di aplikasi TikTok.',
  orderNotFound: 'Mohon maaf Kak, nomor pesanan tersebut tidak kami temukan di toko kami. Boleh dicek lagi lalu dikirim ulang?',
  askIfOrdered: 'Kalau Kakak sudah pesan, kirim nomor pesanannya, nanti kami bantu cek.',

  addrUnpaid: 'Pesanan {ord} belum dibayar, Kak, jadi cara paling mudah adalah membatalkannya lalu pesan ulang dengan alamat yang benar.',
  addrOpen:
    'Pesanan {ord} belum dikirim, jadi alamatnya masih bisa diubah, Kak. Silakan cek opsi ubah alamat di detail pesanan. Kalau opsinya tidak ada, Kakak bisa ajukan pembatalan lalu pesan ulang dengan alamat yang benar.',
  addrPacked: 'Mohon maaf Kak, pesanan {ord} sudah dikemas dan label pengirimannya sudah dicetak, jadi alamatnya tidak bisa diubah lagi. Kakak masih bisa coba ajukan pembatalan di detail pesanan lalu pesan ulang dengan alamat yang benar.',
  addrShipped:
    'Mohon maaf Kak, pesanan {ord} sudah dalam perjalanan, jadi alamat pengiriman tidak bisa diubah lagi. Tapi kami siap bantu hubungi kurir soal pengirimannya, cukup balas di chat ini.',
  addrDelivered: 'Pesanan {ord} sudah sampai, jadi alamatnya tidak bisa diubah lagi, Kak.',
  addrCancelled: 'Pesanan {ord} sudah dibatalkan, jadi tidak ada yang perlu diubah, Kak. Silakan pesan ulang dengan alamat yang benar.',

  cancelSelf: 'Pesanan {ord} bisa Kakak batalkan sendiri lewat detail pesanan di aplikasi TikTok.',
  cancelRequest:
    'Pesanan {ord} belum dikirim, jadi Kakak bisa ajukan pembatalan di detail pesanan. Setelah itu pengajuannya akan kami tinjau.',
  cancelPacked:
    'Pesanan {ord} sudah dikemas dan menunggu dijemput kurir, Kak. Kakak masih bisa coba ajukan pembatalan di detail pesanan; kalau sudah tidak bisa, setelah barang sampai Kakak bisa ajukan pengembalian.',
  cancelShipped: 'Pesanan {ord} sudah dikirim, jadi tidak bisa dibatalkan lagi, Kak.',
  cancelDelivered: 'Pesanan {ord} sudah sampai, Kak. Kalau tidak jadi, Kakak bisa ajukan pengembalian di detail pesanan.',
  cancelCompleted: 'Pesanan {ord} sudah selesai, jadi tidak bisa dibatalkan lagi, Kak.',
  cancelDone: 'Pesanan {ord} sudah dibatalkan, jadi tidak perlu tindakan lain, Kak.',

  retHow: 'Untuk mengajukan pengembalian atau refund, buka pesanan di aplikasi TikTok, pilih pengembalian/refund, lalu ikuti langkahnya. Progresnya bisa dipantau di detail pesanan.',
  retWindow: 'Pengembalian bisa diajukan maksimal {days} setelah barang diterima.',
  retFree: 'Ongkir pengembalian gratis.',
  retNotYet: 'Pesanan {ord} belum sampai, Kak.',
  retCancelInstead: 'Kalau tidak jadi, selama belum dikirim Kakak juga bisa ajukan pembatalan.',
  retClosed: 'Masa pengembalian untuk pesanan {ord} sudah berakhir, Kak.',
  retCancelled:
    'Pesanan {ord} sudah dibatalkan, Kak. Kalau ada pertanyaan soal refund-nya, balas di chat ini dan tim kami akan bantu cek.',

  cpIntro: 'Voucher yang sedang aktif di toko kami:',
  coupon: {
    plain: '• {desc}',
    code: '• {desc} (kode: {code})',
    until: '• {desc} (berlaku sampai {until})',
    both: '• {desc} (kode: {code}, berlaku sampai {until})',
  },
  cpApply: 'Voucher bisa diklaim di halaman produk lalu dipakai saat checkout.',
  cpNone: 'Saat ini belum ada voucher aktif, Kak. Follow toko kami supaya tidak ketinggalan promo berikutnya.',
  cpGeneral: 'Voucher yang tersedia ditampilkan di halaman produk dan saat checkout.',
  cpTip: 'Kalau kodenya tidak bisa dipakai, coba cek minimal belanja dan masa berlakunya, Kak.',

  payCodYes: 'Toko kami melayani COD (bayar di tempat), Kak. Tinggal pilih saat checkout.',
  payCodNo: 'Mohon maaf, toko kami belum melayani COD, Kak. Kakak bisa bayar dengan metode lain yang tersedia saat checkout.',
  payInstYes: 'Toko kami menyediakan cicilan, Kak. Pilihannya akan muncul saat checkout kalau pesanan memenuhi syarat.',
  payInstNo: 'Mohon maaf, saat ini belum ada cicilan, Kak. Kakak bisa bayar dengan metode lain yang tersedia saat checkout.',
  payMethods: 'Semua metode pembayaran yang tersedia untuk pesanan Kakak ditampilkan saat checkout.',
  payFailed:
    'Kalau pembayaran gagal, coba bayar ulang dari detail pesanan atau pilih metode pembayaran lain, Kak. Kalau saldo sudah terpotong tapi pesanan belum tercatat lunas, balas di chat ini dan tim kami akan bantu cek.',

  greetHi: ['Ada yang bisa kami bantu?', 'Ada yang bisa kami bantu, Kak?'],
  greetThanks: [
    'Sama-sama, Kak. Jika ada pertanyaan lain, silakan hubungi kami kembali.',
    'Sama-sama, Kak! Kalau ada yang mau ditanyakan lagi, chat aja ya.',
  ],

  holdThanks: 'Terima kasih sudah menghubungi kami, Kak.',
  holdSorry: 'Mohon maaf atas ketidaknyamanannya, Kak.',
  holdWhen: 'Tim kami akan membalas {when}.',
  holdAsap: 'Tim kami akan membalas secepat mungkin, Kak.',
  today: 'hari ini mulai pukul {time}',
  tomorrow: 'besok mulai pukul {time}',
  later: 'pada {day} mulai pukul {time}',
  holdPhotos: 'Kalau bisa, kirim foto barang dan kemasannya di chat ini ya, Kak, supaya bisa kami cek lebih cepat.',
  holdOrder: 'Kalau terkait pesanan, mohon sertakan nomor pesanannya, Kak.',

  dComplaint:
    'Mohon maaf atas pengalaman yang kurang menyenangkan, Kak. Kami ingin membantu menyelesaikannya. Boleh diceritakan lebih detail apa yang terjadi?',
  dDamaged:
    'Mohon maaf sekali Kak, pesanan {ord} tidak sampai dalam kondisi yang seharusnya. Boleh kirim foto barang dan kemasannya di chat ini supaya bisa kami cek?',
  dHuman: 'Terima kasih sudah menunggu, Kak. Di sini tim {shop}, ada yang bisa kami bantu?',
  dOther: 'Terima kasih sudah menghubungi {shop}, Kak! Boleh diceritakan lebih detail apa yang Kakak butuhkan?',
};
