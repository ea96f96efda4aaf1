// Starter knowledge bases for AskChat shops: the articles of each category, in the languages of the markets
// the category's demo shops serve, and how one becomes a POST /api/kb body. Pure data and pure functions,
// shared by the Worker's demo seed (worker/seed/starter-kb.ts re-exports everything here) and the PWA's
// "Start from a template" (which loads this module with import() only when the seller opens it: it is large).
//
// A personal shop picks a category and starts from that category's articles; a brand writes its own (see
// worker/seed/starter-kb.ts for the demo brand's). Each category is written as a shop admin of its markets
// writes: titles carry the words buyers type (search matches title and body, see shared/kb/query-terms.ts),
// bodies are short and promise nothing the shop's policy settings do not hold. Time limits, return windows and
// shipping days live in the shop's settings, never in an article, so replies take every number from the facts.
//
// Rules every article follows (test/worker/starter-kb.test.ts checks them): no links, e-mail addresses, phone
// numbers or other apps; no digits except product facts (20W, USB-C, SPF 50, 18x18, iPhone 15); no time
// promises. Facts only the seller can vouch for — registration and certificate numbers, halal and
// nickel-free claims — are "[placeholders]": such articles carry the `needs_seller_review` tag and are stored
// inactive (toKbArticleBody) until the seller fills them in, so AskChat never quotes a placeholder or an
// unverified claim to a buyer.
//
// No imports from sandbox/ or worker/ (and types only from elsewhere): this module runs in the browser too.
import type { Language } from '../markets';
import type { KbArticleBody } from '../schemas/kb';

export const STARTER_CATEGORIES = ['home_goods', 'fashion_accessories', 'beauty', 'electronics'] as const;
export type StarterCategory = (typeof STARTER_CATEGORIES)[number];

export type StarterArticleKind = 'faq' | 'policy' | 'article' | 'campaign';

export interface StarterArticle {
  kind: StarterArticleKind;
  language: Language;
  title: string;
  body: string;
  /** The first tag names the topic (the same in every language of a category); see also NEEDS_SELLER_REVIEW. */
  tags: string[];
  /** Campaigns only: ISO dates of the campaign window. */
  startsAt?: string;
  endsAt?: string;
}

/** Tag of an article with [placeholders] or claims the seller must confirm; stored inactive until then. */
export const NEEDS_SELLER_REVIEW = 'needs_seller_review';

/** The languages each category is written in: those of the markets its demo shops serve. */
export const STARTER_KB_LANGUAGES: Record<StarterCategory, readonly Language[]> = {
  home_goods: ['en', 'es'],
  fashion_accessories: ['en'],
  beauty: ['id', 'th', 'en'],
  electronics: ['ms', 'vi', 'tl', 'en', 'zh'],
};

type Texts = Partial<Record<Language, readonly [title: string, body: string]>>;

/** One topic's articles, one per language, tagged with the topic's key (and `extraTags`). */
export function starterTopic(key: string, kind: StarterArticleKind, texts: Texts, extraTags: readonly string[] = []): StarterArticle[] {
  return (Object.entries(texts) as [Language, readonly [string, string]][]).map(([language, [title, body]]) => ({
    kind,
    language,
    title,
    body,
    tags: [key, ...extraTags],
  }));
}
const topic = starterTopic;

const review = [NEEDS_SELLER_REVIEW] as const;

// ---------------------------------------------------------------------------------------------------------
// Home goods (US: English and Spanish, "usted")

const HOME_GOODS: StarterArticle[] = [
  ...topic('cutting_board', 'article', {
    en: [
      'How do I care for the bamboo cutting board? Is it dishwasher safe?',
      'Please wash the bamboo cutting board by hand with warm, soapy water and dry it standing up right away. It is not dishwasher safe: the heat and long soak can make bamboo crack or warp.\n\nEvery now and then, rub in a little food-safe mineral oil to keep the board smooth and stop it from drying out. Light knife marks are normal and do not affect use.',
    ],
    es: [
      '¿Cómo cuido la tabla de bambú para cortar? ¿Se puede lavar en el lavaplatos?',
      'Le recomendamos lavar la tabla de bambú a mano con agua tibia y jabón, y secarla de inmediato dejándola de pie. No se debe meter al lavaplatos (lavavajillas): el calor y la humedad pueden agrietarla o deformarla.\n\nDe vez en cuando, aplíquele un poco de aceite mineral apto para alimentos para que se mantenga lisa y no se reseque. Las marcas ligeras del cuchillo son normales y no afectan su uso.',
    ],
  }),
  ...topic('coffee_dripper', 'faq', {
    en: [
      'What filters fit the ceramic pour-over coffee dripper? How do I clean it?',
      'The ceramic pour-over dripper uses cone-shaped paper filters; the filter size is listed in the product description. It sits steadily on most mugs and carafes.\n\nFor the best brew, rinse the paper filter and preheat the dripper with hot water before adding coffee. To keep the matte glaze looking new, wash it by hand with a soft sponge and avoid knocking it against the sink, as ceramic can chip.',
    ],
    es: [
      '¿Qué filtros usa el gotero de café de cerámica (pour-over)? ¿Cómo se limpia?',
      'El gotero de cerámica para café pour-over usa filtros de papel en forma de cono; el tamaño del filtro aparece en la descripción del producto. Se apoya firme sobre la mayoría de las tazas y jarras.\n\nPara un mejor café, enjuague el filtro y caliente el gotero con agua caliente antes de poner el café. Para que el acabado mate se conserve como nuevo, lávelo a mano con una esponja suave y evite golpearlo contra el fregadero, ya que la cerámica se puede despostillar.',
    ],
  }),
  ...topic('pillow_cover', 'faq', {
    en: [
      'What size is the throw pillow cover? Is the pillow insert included?',
      'Our throw pillow covers come in the sizes shown in the size option, for example 18x18 and 20x20 inches. It is a cover only: the pillow insert is not included unless the listing says so.\n\nFor a full, plump look, choose an insert a little larger than the cover, for example a 20x20 insert for an 18x18 cover. The hidden zipper makes it easy to take the cover off for washing.',
    ],
    es: [
      '¿De qué tamaño es la funda de cojín? ¿Incluye el relleno?',
      'Nuestras fundas de cojín vienen en los tamaños que aparecen en las opciones, por ejemplo de 18x18 y 20x20 pulgadas. Es solo la funda: el relleno no viene incluido, salvo que la publicación diga lo contrario.\n\nPara que el cojín se vea más lleno, elija un relleno un poco más grande que la funda, por ejemplo uno de 20x20 para una funda de 18x18. Tiene cierre oculto, así que es fácil quitarla para lavarla.',
    ],
  }),
  ...topic('linen_care', 'article', {
    en: [
      'How do I wash linen pillow covers and throws? Will linen shrink?',
      'Linen blend fabric does best in a gentle machine wash in cold water, turned inside out, with a mild detergent. Please skip bleach and fabric softener.\n\nTumble dry on low or hang to dry, and iron while still slightly damp if you like a crisp look. A relaxed, slightly wrinkled texture is natural for linen, and the fabric may shrink a little in a hot wash, so cold water is best.',
    ],
    es: [
      '¿Cómo se lavan las fundas de lino? ¿El lino se encoge?',
      'La tela de mezcla de lino se lava mejor a máquina en ciclo delicado con agua fría, al revés y con un detergente suave. Por favor no use cloro ni suavizante.\n\nSéquela en secadora a temperatura baja o al aire, y si le gusta un acabado liso, plánchela cuando todavía esté un poco húmeda. Es normal que el lino tenga una textura un poco arrugada, y puede encogerse un poco con agua caliente, por eso recomendamos agua fría.',
    ],
  }),
  ...topic('soap_dispenser', 'faq', {
    en: [
      'Will the stainless steel soap dispenser rust? What soap can I put in it?',
      'The soap dispenser is made of stainless steel, which resists rust in everyday kitchen and bathroom use. If you have hard water, wipe it dry now and then to avoid water spots.\n\nIt works with liquid hand soap, dish soap and thin lotion. It is not a foaming pump, so foaming soap and very thick lotion may not pump well.',
    ],
    es: [
      '¿El dispensador de jabón de acero inoxidable se oxida? ¿Qué jabón le puedo poner?',
      'El dispensador de jabón es de acero inoxidable, que resiste el óxido con el uso diario en la cocina y el baño. Si el agua de su casa es dura, séquelo de vez en cuando para evitar manchas de agua.\n\nFunciona con jabón líquido para manos, jabón para trastes y crema ligera. No es una bomba espumadora, así que el jabón de espuma y las cremas muy espesas pueden no salir bien.',
    ],
  }),
  ...topic('measurements', 'faq', {
    en: [
      'What are the dimensions of the item? How big is it?',
      'The exact dimensions and weight of each item are in the product description, below the photos.\n\nIf you need a measurement that is not listed, for example the height of a bottle with its pump, send us the product name here in the chat and we will measure it for you.',
    ],
    es: [
      '¿Cuáles son las medidas del producto? ¿Qué tan grande es?',
      'Las medidas exactas y el peso de cada producto están en la descripción, debajo de las fotos.\n\nSi necesita una medida que no aparece, por ejemplo la altura de un frasco con su bomba, envíenos el nombre del producto aquí en el chat y con gusto lo medimos.',
    ],
  }),
  ...topic('photos', 'faq', {
    en: [
      'Are the product photos real? Will the color look the same as in the pictures?',
      'All photos in our listings show the actual items we ship, taken in natural light. Colors can look slightly different depending on your screen settings.\n\nNatural materials like bamboo, linen and glazed ceramic vary a little from piece to piece, so the grain or glaze on your item may differ slightly from the photo. That is what makes each piece unique.',
    ],
    es: [
      '¿Las fotos del producto son reales? ¿El color se ve igual que en las fotos?',
      'Todas las fotos de nuestras publicaciones muestran los productos reales que enviamos, tomadas con luz natural. Los colores pueden verse un poco diferentes según la configuración de su pantalla.\n\nLos materiales naturales como el bambú, el lino y la cerámica esmaltada varían un poco de una pieza a otra, así que la veta o el esmalte de su producto puede ser ligeramente distinto al de la foto. Eso hace que cada pieza sea única.',
    ],
  }),
  ...topic('food_safe', 'faq', {
    en: [
      'Is the cutting board food safe? Is the coffee dripper lead free?',
      'Our bamboo cutting boards are finished with [finish or oil used], and our coffee drippers are made of [ceramic and glaze details]. [Food-contact statement, for example a lead-free or FDA food-contact test result, only if your supplier has given you the test report; otherwise delete this sentence.]',
    ],
    es: [
      '¿La tabla para cortar es segura para alimentos? ¿El gotero de café es libre de plomo?',
      'Nuestras tablas de bambú tienen un acabado de [acabado o aceite utilizado], y nuestros goteros de café son de [detalles de la cerámica y el esmalte]. [Declaración de contacto con alimentos, por ejemplo libre de plomo o prueba de contacto con alimentos de la FDA, solo si su proveedor le entregó el reporte; si no, borre esta oración.]',
    ],
  }, review),
  ...topic('warranty', 'policy', {
    en: [
      'Do your products have a warranty? What if the item is damaged or breaks?',
      'We stand behind everything we sell. If an item arrives damaged, or a defect shows up with normal use, send us a message here with your order number and a photo or short video of the problem.\n\nWe will make it right with a replacement or a refund, following our return policy.',
    ],
    es: [
      '¿Sus productos tienen garantía? ¿Qué pasa si el producto llega dañado o se rompe?',
      'Respaldamos todo lo que vendemos. Si un producto llega dañado, o aparece un defecto con el uso normal, envíenos un mensaje aquí con su número de pedido y una foto o un video corto del problema.\n\nLe ofreceremos un reemplazo o un reembolso, según nuestra política de devoluciones.',
    ],
  }),
  ...topic('stock', 'faq', {
    en: [
      'Is this item in stock? When will you restock the sold out color?',
      'If you can select the color or size and add it to your cart, it is in stock and ready to ship. Sold out options show as unavailable.\n\nWe restock our best sellers regularly, but we cannot always promise a date. Follow our shop to see restocks and new arrivals first.',
    ],
    es: [
      '¿Tienen este producto en existencia? ¿Cuándo vuelve a haber del color agotado?',
      'Si puede elegir el color o el tamaño y agregarlo al carrito, está disponible y listo para enviarse. Las opciones agotadas aparecen como no disponibles.\n\nReabastecemos nuestros productos más vendidos con frecuencia, pero no siempre podemos prometer una fecha. Siga nuestra tienda para ver primero lo que vuelve a estar disponible y las novedades.',
    ],
  }),
  ...topic('voucher', 'faq', {
    en: [
      'How do I use a coupon or voucher at checkout? Why is my discount code not working?',
      'First claim the coupon: tap Claim on the product page, in our shop, or on the coupon we send in the chat. At checkout, open the coupons or vouchers section, select it, and check that the total goes down before you pay.\n\nIf a coupon does not apply, the usual reasons are a minimum spend that is not reached yet, a coupon that has ended, or items in your cart that are not included. A shop coupon can often be combined with a shipping discount from TikTok Shop.',
    ],
    es: [
      '¿Cómo uso un cupón de descuento al pagar? ¿Por qué no me funciona el cupón?',
      'Primero reclame el cupón: toque Reclamar en la página del producto, en nuestra tienda o en el cupón que le enviamos por el chat. Al pagar, abra la sección de cupones, selecciónelo y revise que el total baje antes de pagar.\n\nSi el cupón no se aplica, normalmente es porque todavía no se alcanza la compra mínima, el cupón ya venció o algunos productos del carrito no participan. Muchas veces el cupón de la tienda se puede combinar con un descuento de envío de TikTok Shop.',
    ],
  }),
  ...topic('payment', 'policy', {
    en: [
      'What payment methods do you accept? Can I pay later or in installments?',
      'You can pay with any method shown at checkout, such as credit or debit cards and digital wallets like Apple Pay or Google Pay, depending on your device. Pay-later and installment options appear at checkout when they are available for your order. Cash on delivery is not available.\n\nIf a payment fails, check your card details and limit and try again, or choose another method.',
    ],
    es: [
      '¿Qué formas de pago aceptan? ¿Puedo pagar a plazos o en cuotas?',
      'Puede pagar con cualquier método que aparezca al pagar, como tarjeta de crédito o débito y billeteras digitales como Apple Pay o Google Pay, según su dispositivo. Las opciones de pago a plazos aparecen al pagar cuando están disponibles para su pedido. No aceptamos pago contra entrega.\n\nSi el pago no pasa, revise los datos y el límite de su tarjeta e intente de nuevo, o elija otro método.',
    ],
  }),
  ...topic('shipping', 'policy', {
    en: [
      'How long does shipping take? When will my order ship?',
      'We pack orders on business days and hand them to the carrier as soon as they are ready. Delivery time depends on your address and the carrier, and the estimated delivery date is shown at checkout and in your order details.\n\nOnce your order ships, you will find the carrier and tracking number in your order in the TikTok app.',
    ],
    es: [
      '¿Cuánto tarda el envío? ¿Cuándo mandan mi pedido?',
      'Empacamos los pedidos en días hábiles y los entregamos a la paquetería en cuanto están listos. El tiempo de entrega depende de su dirección y de la paquetería; la fecha estimada aparece al pagar y en los detalles de su pedido.\n\nCuando su pedido salga, verá la paquetería y el número de rastreo en su pedido dentro de la app de TikTok.',
    ],
  }),
  ...topic('gift', 'faq', {
    en: [
      'Can you gift wrap my order or include a gift note?',
      'Gift wrapping is not available yet, but your order can go straight to the person you are gifting: just enter their name and address at checkout.\n\nIf it is a gift, send us a message here with your order number and the note you would like, and we will add a handwritten card and leave the price off the package.',
    ],
    es: [
      '¿Pueden envolver mi pedido para regalo o incluir una tarjeta?',
      'Por ahora no tenemos envoltura de regalo, pero su pedido puede llegar directamente a la persona que lo recibirá: solo ponga su nombre y dirección al pagar.\n\nSi es un regalo, envíenos un mensaje aquí con su número de pedido y el mensaje que desea, y con gusto agregamos una tarjeta escrita a mano y no incluimos el precio en el paquete.',
    ],
  }),
  ...topic('returns', 'policy', {
    en: [
      'How do I return an item? What is your return policy?',
      'To start a return, open the order in the TikTok app, tap Return or Refund, choose the reason and add photos if the item is damaged. Please keep the item unused and in its original packaging.\n\nOnce the return is approved, the return shipping instructions appear in your order details. The refund goes back to your original payment method after we receive the item.',
    ],
    es: [
      '¿Cómo hago una devolución? ¿Cuál es su política de devoluciones?',
      'Para iniciar una devolución, abra el pedido en la app de TikTok, toque Devolución o Reembolso, elija el motivo y agregue fotos si el producto llegó dañado. Por favor conserve el producto sin usar y en su empaque original.\n\nCuando se apruebe la devolución, verá las instrucciones de envío en los detalles de su pedido. El reembolso se hace al mismo método de pago después de que recibamos el producto.',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Fashion accessories (English, written for the UK: jewellery, scarves, leather goods)

const FASHION_ACCESSORIES: StarterArticle[] = [
  ...topic('ring_size', 'faq', {
    en: [
      'How do I find my ring size? What size ring should I order?',
      'Our ring sizes are UK letter sizes, such as L or N, shown as options on the listing. To find yours, wrap a thin strip of paper around the base of your finger, mark where it overlaps and compare the length with a ring size chart.\n\nMeasure at the end of the day, when fingers are slightly larger. If you are between two sizes, choose the larger one, especially for wide bands and signet rings.',
    ],
  }),
  ...topic('plating_care', 'article', {
    en: [
      'Will gold plated or vermeil jewellery tarnish? How do I care for my rings, earrings and necklaces?',
      'Gold plating and vermeil stay bright for a long time with a little care, but the gold layer can wear with daily friction. Take your jewellery off before showering, swimming, the gym and sleep, and put on perfume, lotion and hairspray before your jewellery, not after.\n\nWipe each piece with a soft dry cloth after wearing and store it on its own in the pouch or box, so pieces do not scratch each other. Avoid polishing cloths with chemicals on plated pieces.',
    ],
  }),
  ...topic('metal_allergy', 'faq', {
    en: [
      'Is the jewellery hypoallergenic and nickel free? I have sensitive ears.',
      'Our pieces are made of [base metal, for example sterling silver or brass] with [plating, for example 18k gold vermeil]. [Nickel-free or hypoallergenic statement, only if your supplier\u2019s test report confirms it; otherwise delete this sentence.]\n\nIf you have a known metal allergy, please check the materials listed on each product page before ordering.',
    ],
  }, review),
  ...topic('scarf_care', 'article', {
    en: [
      'How do I wash a cashmere or wool scarf? Will it pill?',
      'Hand wash your scarf in cool water with a gentle wool wash, squeeze the water out softly without wringing, and dry it flat on a towel, away from direct heat. Dry cleaning is fine too.\n\nA little pilling is natural for cashmere and wool, especially where the scarf rubs against a coat. Remove the bobbles gently with a cashmere comb; the scarf will get softer with every wear. Store it folded, not hung, with a cedar block to keep moths away.',
    ],
  }),
  ...topic('leather_care', 'article', {
    en: [
      'How do I care for leather bags, wallets and belts?',
      'Keep leather away from rain and direct heat. If it gets wet, pat it dry with a soft cloth and let it dry naturally at room temperature, never on a radiator.\n\nWipe it with a dry cloth regularly and use a leather conditioner now and then to keep it supple. Store bags stuffed with tissue paper in their dust bag, and keep them away from light denim, which can transfer colour. Natural marks and creases are part of the character of real leather.',
    ],
  }),
  ...topic('materials', 'faq', {
    en: [
      'Is it real gold or real leather? What is the difference between gold vermeil and gold plated?',
      'Each product page lists the materials in full. Solid gold is gold all the way through. Gold vermeil is a thick layer of gold over sterling silver, so it lasts longer than standard plating. Gold plated means a thinner layer of gold over brass or another base metal.\n\nFor bags and small leather goods, genuine leather is real leather, and full grain leather is the highest quality, with the natural grain left intact.',
    ],
  }),
  ...topic('measurements', 'faq', {
    en: [
      'What are the measurements? How long is the necklace chain and how big is the bag?',
      'Measurements for every item are in the product description: chain length for necklaces, drop length for earrings, and width, height and depth for bags.\n\nIf you would like to know whether your phone fits in a bag, tell us your phone model here in the chat and we will check for you.',
    ],
  }),
  ...topic('engraving', 'faq', {
    en: [
      'Can I personalise or engrave a piece? How do I send the engraving text?',
      'Pieces marked as engravable can be personalised with initials, a name or a date. After placing your order, send us the text in this chat together with your order number, and tell us the font if the listing offers a choice.\n\nPlease check the spelling carefully, as we engrave exactly what you send. As personalised pieces are made just for you, they cannot be returned unless they are faulty.',
    ],
  }),
  ...topic('stock', 'faq', {
    en: [
      'Is this in stock? When will the sold out item be restocked?',
      'If you can select the size or colour and add it to your basket, it is in stock and ready to dispatch. Sold out options show as unavailable.\n\nWe restock popular pieces regularly, but we cannot always promise a date. Follow our shop to be the first to see restocks and new arrivals.',
    ],
  }),
  ...topic('authenticity', 'faq', {
    en: [
      'Are your products authentic? Is this the genuine item or a copy?',
      'Everything in our shop is genuine and brand new. We source our pieces directly from the makers and brands we work with, and we never sell copies, seconds or pre-owned items.\n\nEach order is checked before dispatch. If anything about your item does not look right when it arrives, send us a photo here in the chat and we will look into it straight away.',
    ],
  }),
  ...topic('voucher', 'faq', {
    en: [
      'How do I use a voucher or discount code at checkout? Why is my voucher not working?',
      'First claim the voucher: tap Claim on the product page, in our shop, or on the voucher we send in this chat. At checkout, open the vouchers section, select it and check that the total goes down before you pay.\n\nIf a voucher does not apply, the usual reasons are a minimum spend that has not been reached, a voucher that has ended, or items in your basket that are not included. A shop voucher can often be combined with a delivery discount from TikTok Shop.',
    ],
  }),
  ...topic('payment', 'policy', {
    en: [
      'What payment methods do you accept? Can I pay with PayPal or pay later?',
      'You can pay with any method shown at checkout, such as debit or credit cards, PayPal, Apple Pay or Google Pay, depending on your device. Pay-later options appear at checkout when they are available for your order. Cash on delivery is not available.\n\nIf a payment fails, check your card details and try again, or choose another method.',
    ],
  }),
  ...topic('shipping', 'policy', {
    en: [
      'How long does delivery take? When will my order be dispatched?',
      'We pack orders on working days and hand them to the courier as soon as they are ready. Delivery time depends on your address and the courier, and the estimated delivery date is shown at checkout and in your order details.\n\nOnce your order has been dispatched, you will find the courier and tracking number in your order in the TikTok app.',
    ],
  }),
  ...topic('gift', 'faq', {
    en: [
      'Do you offer gift wrapping or a gift box? Can I add a gift message?',
      'Every piece arrives in a gift box, ready to give. If your order is a gift, send us your order number and your message here in the chat, and we will add a handwritten card.\n\nWe never include prices in the parcel, so you can send it straight to the recipient by entering their name and address at checkout.',
    ],
  }),
  ...topic('returns', 'policy', {
    en: [
      'How do I return an item? Can I return earrings?',
      'To start a return, open the order in the TikTok app, select Return or Refund, choose the reason and add photos if the item is faulty. Items must be unworn, with their tags and original packaging.\n\nFor hygiene reasons, earrings can only be returned unworn and with the hygiene seal intact, and personalised pieces only if faulty. Once the return is approved, the return instructions appear in your order, and the refund goes back to your original payment method after we receive the item.',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Beauty (Indonesian, Thai, English). Indonesian addresses the buyer as "Kak"; Thai writes the female polite
// particles (ค่ะ, นะคะ), the shop being ทางร้าน and the buyer คุณลูกค้า, like the reply packs.

const BEAUTY: StarterArticle[] = [
  ...topic('sensitive_skin', 'faq', {
    id: [
      'Apakah serum aman untuk kulit sensitif?',
      'Skincare kami diformulasikan agar lembut di kulit, tapi setiap kulit bisa bereaksi berbeda, Kak. Untuk kulit sensitif, lakukan patch test dulu: oleskan sedikit serum di belakang telinga atau lengan bagian dalam, lalu tunggu sehari semalam. Kalau tidak muncul kemerahan, gatal, atau perih, serum aman dipakai di wajah.\n\nAwalnya pakai selang-seling hari dulu, lalu tingkatkan pelan-pelan. Serum vitamin C kadang terasa sedikit cekit-cekit di awal pemakaian, itu wajar selama tidak berlanjut jadi kemerahan. Kalau terjadi iritasi, hentikan pemakaian dan konsultasikan ke dokter kulit.',
    ],
    th: [
      'เซรั่มใช้กับผิวแพ้ง่ายได้ไหมคะ ผิวบอบบางใช้แล้วจะแพ้ไหม',
      'สกินแคร์ของทางร้านตั้งใจให้อ่อนโยนต่อผิวค่ะ แต่ผิวของแต่ละคนตอบสนองไม่เหมือนกัน สำหรับผิวแพ้ง่าย แนะนำให้ทดสอบก่อนนะคะ โดยทาเซรั่มเล็กน้อยที่หลังหูหรือท้องแขนด้านใน ทิ้งไว้หนึ่งวัน หากไม่มีอาการแดง คัน หรือแสบ ก็ใช้กับผิวหน้าได้ค่ะ\n\nช่วงแรกแนะนำให้ใช้วันเว้นวันก่อน แล้วค่อย ๆ เพิ่มความถี่นะคะ ส่วนผสมทั้งหมดระบุไว้ในรายละเอียดสินค้าและบนกล่อง หากมีอาการระคายเคือง ให้หยุดใช้และปรึกษาแพทย์ผิวหนังค่ะ',
    ],
    en: [
      'Is the serum safe for sensitive skin? Will it cause irritation?',
      'Our skincare is formulated to be gentle, but every skin reacts differently. If your skin is sensitive, do a patch test first: apply a little serum behind your ear or on your inner arm and wait a full day. If there is no redness, itching or stinging, it is fine to use on your face.\n\nStart every other day and build up slowly. A vitamin C serum can tingle slightly at first, which is normal as long as it does not turn into redness. If irritation appears, stop using it and see a dermatologist.',
    ],
  }),
  ...topic('skin_type', 'faq', {
    id: [
      'Sunscreen ini cocok untuk kulit berminyak, berjerawat, atau kulit kering?',
      'Jenis kulit yang cocok tercantum di deskripsi setiap produk, Kak. Sunscreen SPF 50 PA++++ kami bertekstur ringan dan cepat meresap, jadi nyaman dipakai di kulit berminyak dan berjerawat, dan tidak terasa berat di bawah makeup. Untuk kulit kering, pakai pelembap dulu sebelum sunscreen.\n\nPakai sunscreen setiap pagi sebagai langkah terakhir skincare, dan ulangi setiap dua jam kalau banyak beraktivitas di luar ruangan.',
    ],
    th: [
      'กันแดดเหมาะกับผิวมัน ผิวเป็นสิวง่าย หรือผิวแห้งไหมคะ',
      'สภาพผิวที่เหมาะกับสินค้าแต่ละตัวระบุไว้ในรายละเอียดสินค้าค่ะ ครีมกันแดด SPF50 PA++++ ของทางร้านเนื้อบางเบา ซึมไว ไม่เหนอะหนะ จึงใช้ได้สบายกับผิวมันและผิวเป็นสิวง่าย และลงเมคอัพทับได้ค่ะ สำหรับผิวแห้ง แนะนำให้ทามอยส์เจอไรเซอร์ก่อนทากันแดดนะคะ\n\nทากันแดดทุกเช้าเป็นขั้นตอนสุดท้ายของสกินแคร์ และทาซ้ำทุกสองชั่วโมงหากอยู่กลางแจ้งนาน ๆ ค่ะ',
    ],
    en: [
      'Which skin type is the sunscreen for? Is it good for oily, acne-prone or dry skin?',
      'The skin types each product suits are listed in its description. Our SPF 50 PA++++ sunscreen has a light texture that absorbs quickly, so it feels comfortable on oily and acne-prone skin and sits well under makeup. If your skin is dry, apply a moisturiser before the sunscreen.\n\nUse sunscreen every morning as the last step of your routine, and reapply every two hours when you spend a long time outdoors.',
    ],
  }),
  ...topic('shade', 'faq', {
    id: [
      'Bagaimana memilih shade lip cream atau warna yang cocok dengan warna kulit?',
      'Kakak bisa lihat foto swatch di halaman produk, yang kami ambil di bawah cahaya alami. Sebagai panduan: kulit kuning langsat cocok dengan shade nude peach dan pink; kulit sawo matang cocok dengan rosewood, mauve, dan nude kecokelatan; kulit gelap cocok dengan warna yang lebih pekat seperti brick atau berry.\n\nWarna di layar HP bisa sedikit berbeda dengan aslinya. Kalau masih bingung, kirim foto wajah atau punggung tangan Kakak di chat ini dengan cahaya alami, nanti kami bantu pilihkan shade-nya.',
    ],
    th: [
      'เลือกสีลิปยังไงให้เข้ากับสีผิวคะ ผิวสองสีใช้สีไหนดี',
      'คุณลูกค้าดูรูปสวอตช์สีในหน้าสินค้าได้เลยค่ะ ทางร้านถ่ายด้วยแสงธรรมชาติ แนวทางคร่าว ๆ คือ ผิวขาวเหลืองเหมาะกับโทนนู้ดพีชและชมพู ผิวสองสีเหมาะกับโทนโรสวูด มาวฟ์ และนู้ดอมน้ำตาล ส่วนผิวแทนหรือผิวคล้ำเหมาะกับสีเข้มอย่างโทนอิฐหรือเบอร์รี่ค่ะ\n\nสีบนหน้าจอมือถืออาจต่างจากสีจริงเล็กน้อยนะคะ หากยังเลือกไม่ได้ ส่งรูปหน้าหรือหลังมือที่ถ่ายในแสงธรรมชาติมาในแชทได้เลย แอดมินช่วยเลือกสีให้ค่ะ',
    ],
    en: [
      'How do I choose the right lip shade or colour for my skin tone?',
      'The swatch photos on each product page are taken in natural light. As a guide: fair and light skin suits nude peach and pink shades; medium and olive skin suits rosewood, mauve and warm nudes; deep skin suits richer colours such as brick and berry.\n\nColours on your phone screen can differ slightly from real life. If you are unsure, send us a photo of your face or the back of your hand in natural light here in the chat, and we will help you choose a shade.',
    ],
  }),
  ...topic('how_to_use', 'article', {
    id: [
      'Cara pakai serum dan sunscreen: urutan skincare pagi dan malam',
      'Urutan yang kami sarankan: cuci muka, toner, serum, pelembap, lalu sunscreen di pagi hari. Teteskan serum secukupnya ke telapak tangan, tepuk-tepuk lembut ke wajah, dan tunggu sampai meresap sebelum lanjut ke pelembap.\n\nSerum vitamin C paling bagus dipakai pagi hari sebelum sunscreen. Masker clay cukup dipakai sesekali dalam seminggu di wajah yang bersih, lalu bilas sebelum benar-benar kering. Kalau memakai retinol atau eksfoliasi (AHA atau BHA), pakai di malam hari saja.',
    ],
    th: [
      'ใช้เซรั่มกับกันแดดยังไงคะ ทาอะไรก่อนหลัง ลำดับสกินแคร์เช้าเย็น',
      'ลำดับที่ทางร้านแนะนำคือ ล้างหน้า โทนเนอร์ เซรั่ม มอยส์เจอไรเซอร์ และปิดท้ายด้วยกันแดดในตอนเช้าค่ะ หยดเซรั่มลงฝ่ามือพอประมาณ แล้วตบเบา ๆ ให้ทั่วหน้า รอให้ซึมก่อนทามอยส์เจอไรเซอร์นะคะ\n\nโทนเนอร์ใช้สำลีเช็ดหรือตบลงผิวหลังล้างหน้าได้ทั้งเช้าและเย็นค่ะ ส่วนสบู่สมุนไพรใช้ล้างหน้าหรือถูตัวได้ ฟอกให้เกิดฟองแล้วล้างออกให้สะอาด หากใช้เรตินอลหรือผลัดเซลล์ผิว แนะนำให้ใช้ตอนกลางคืนเท่านั้นนะคะ',
    ],
    en: [
      'How do I use the serum and sunscreen? What order should I apply my skincare in?',
      'We suggest this order: cleanser, toner, serum, moisturiser and, in the morning, sunscreen last. Put a few drops of serum in your palm, press it gently into your skin and let it absorb before your moisturiser.\n\nA vitamin C serum works best in the morning, under your sunscreen. Use a clay mask once or twice a week on clean skin and rinse it off before it dries completely. If you use retinol or exfoliating acids (AHA or BHA), keep them for the evening.',
    ],
  }),
  ...topic('registration', 'faq', {
    id: [
      'Apakah produk sudah terdaftar BPOM dan bersertifikat halal? Berapa nomor BPOM-nya?',
      'Semua produk di toko kami sudah terdaftar di BPOM, Kak. Nomor notifikasi BPOM: [nomor notifikasi BPOM untuk setiap produk]. Nomor ini juga tercetak di kemasan dan bisa dicek di situs resmi BPOM.\n\n[Nomor sertifikat halal, jika produk sudah bersertifikat halal; kalau belum, hapus kalimat ini.]',
    ],
    th: [
      'สินค้ามีเลข อย. ไหมคะ จดแจ้ง อย. แล้วหรือยัง',
      'สินค้าทุกชิ้นของทางร้านจดแจ้งกับ อย. เรียบร้อยแล้วค่ะ เลขที่ใบรับจดแจ้ง: [เลขจดแจ้ง อย. ของสินค้าแต่ละตัว] ซึ่งพิมพ์อยู่บนกล่องและฉลากสินค้าด้วยนะคะ คุณลูกค้าสามารถนำเลขนี้ไปตรวจสอบกับ อย. ได้ค่ะ',
    ],
    en: [
      'Is the product registered with BPOM or the Thai FDA? Is it halal certified?',
      'Our products are registered with [authority, for example BPOM or the Thai FDA] under notification number [registration number], which is also printed on the box and label.\n\n[Halal certificate number, only if the product is halal certified; otherwise delete this sentence.]',
    ],
  }, review),
  ...topic('pregnancy', 'faq', {
    id: [
      'Apakah aman untuk ibu hamil dan menyusui (bumil dan busui)?',
      'Kami tidak bisa memberi saran medis, Kak. Demi keamanan Kakak dan si kecil, tunjukkan daftar kandungan produk, yang ada di deskripsi dan kemasan, ke dokter atau bidan sebelum memakainya saat hamil atau menyusui.\n\nBahan yang biasanya perlu dikonsultasikan dulu antara lain retinol dan turunannya serta salicylic acid dalam kadar tinggi.',
    ],
    th: [
      'คนท้องหรือคุณแม่ให้นมบุตรใช้ได้ไหมคะ',
      'ทางร้านไม่สามารถให้คำแนะนำทางการแพทย์ได้ค่ะ เพื่อความปลอดภัยของคุณแม่และลูกน้อย แนะนำให้นำรายการส่วนผสม ซึ่งระบุไว้ในรายละเอียดสินค้าและบนกล่อง ไปปรึกษาแพทย์ก่อนใช้ในช่วงตั้งครรภ์หรือให้นมบุตรนะคะ\n\nส่วนผสมที่ควรปรึกษาแพทย์ก่อน เช่น เรตินอลและอนุพันธ์ของเรตินอล และกรดซาลิไซลิกความเข้มข้นสูงค่ะ',
    ],
    en: [
      'Is it safe to use during pregnancy or while breastfeeding?',
      'We cannot give medical advice. For your safety and your baby\u2019s, please show the full ingredient list, which is in the product description and on the box, to your doctor or midwife before using it while pregnant or breastfeeding.\n\nIngredients that usually need a doctor\u2019s advice first include retinol and its derivatives and high-strength salicylic acid.',
    ],
  }),
  ...topic('expiry', 'faq', {
    id: [
      'Kapan tanggal expired (ED) produknya? Bagaimana cara menyimpan skincare?',
      'Tanggal kedaluwarsa (expired date atau ED) tercetak di kemasan setiap produk, dan kami mengirim produk dengan masa kedaluwarsa yang masih panjang. Setelah dibuka, pakai dalam periode yang tertera pada simbol toples terbuka di kemasan.\n\nSimpan skincare di tempat sejuk dan kering, jauh dari sinar matahari langsung, dan tutup rapat setelah dipakai. Serum vitamin C bisa sedikit menguning seiring waktu karena oksidasi, jadi sebaiknya tidak disimpan di kamar mandi yang lembap.',
    ],
    th: [
      'สินค้าหมดอายุเมื่อไหร่คะ วันหมดอายุดูตรงไหน เก็บรักษายังไง',
      'วันผลิตและวันหมดอายุพิมพ์อยู่บนกล่องและขวดของสินค้าทุกชิ้นค่ะ ทางร้านส่งสินค้าล็อตใหม่ที่มีอายุการใช้งานอีกนานนะคะ หลังเปิดใช้แล้ว ให้ใช้ให้หมดภายในระยะเวลาที่ระบุในสัญลักษณ์รูปกระปุกเปิดฝาบนบรรจุภัณฑ์ค่ะ\n\nควรเก็บในที่แห้งและเย็น ไม่โดนแดดโดยตรง และปิดฝาให้สนิทหลังใช้ทุกครั้งนะคะ',
    ],
    en: [
      'When does the product expire? Where is the expiry date and how should I store it?',
      'The expiry date is printed on the box and bottle of every product, and we send stock with plenty of shelf life left. Once opened, use it within the period shown by the open jar symbol on the packaging.\n\nStore your skincare somewhere cool and dry, out of direct sunlight, and close the cap tightly after use. A vitamin C serum can turn slightly yellow over time as it oxidises, so avoid keeping it in a steamy bathroom.',
    ],
  }),
  ...topic('authenticity', 'faq', {
    id: [
      'Apakah produknya original? Bukan barang palsu kan?',
      'Semua produk di toko kami dijamin original, Kak, dikirim langsung dari gudang resmi kami dalam kondisi masih tersegel. Kami tidak menjual produk tiruan, tester, atau produk yang sudah dibuka.\n\nSetiap kemasan memiliki kode produksi (batch) dan tanggal kedaluwarsa. Kalau ada yang meragukan saat paket diterima, kirim foto kemasannya di chat ini, nanti kami bantu cek.',
    ],
    th: [
      'ของแท้ไหมคะ เป็นสินค้าแท้หรือเปล่า',
      'สินค้าทุกชิ้นในร้านเป็นของแท้ค่ะ ส่งตรงจากคลังสินค้าของทางร้าน ซีลเรียบร้อย ทางร้านไม่จำหน่ายสินค้าลอกเลียนแบบ เทสเตอร์ หรือสินค้าที่ถูกเปิดแล้วนะคะ\n\nบนกล่องทุกชิ้นมีเลขล็อตการผลิตและวันหมดอายุค่ะ หากได้รับสินค้าแล้วมีข้อสงสัย ถ่ายรูปกล่องส่งมาในแชทนี้ได้เลย แอดมินช่วยตรวจสอบให้ค่ะ',
    ],
    en: [
      'Is it original? Are your products authentic?',
      'Every product in our shop is guaranteed original and ships sealed, straight from our own warehouse. We never sell copies, testers or opened products.\n\nEach box carries a batch code and an expiry date. If anything looks wrong when your parcel arrives, send us a photo of the packaging here in the chat and we will check it for you.',
    ],
  }),
  ...topic('stock', 'faq', {
    id: [
      'Stok ready kak? Kapan restock varian yang habis?',
      'Kalau varian atau shade bisa dipilih dan dimasukkan ke keranjang, berarti stoknya ready dan siap dikirim, Kak. Varian yang habis akan tampil tidak tersedia.\n\nProduk favorit biasanya kami restock secara berkala, tapi tanggal pastinya belum bisa kami janjikan. Follow toko kami supaya Kakak tidak ketinggalan info restock dan produk baru.',
    ],
    th: [
      'มีของไหมคะ สินค้าหมดแล้วจะเข้าอีกเมื่อไหร่ มีสต็อกไหม',
      'หากคุณลูกค้าเลือกตัวเลือกสินค้าและกดใส่ตะกร้าได้ แปลว่ามีสินค้าพร้อมส่งค่ะ ตัวเลือกที่สินค้าหมดจะขึ้นว่าไม่พร้อมจำหน่ายนะคะ\n\nสินค้าขายดีทางร้านจะเติมสต็อกอยู่เรื่อย ๆ ค่ะ แต่ยังไม่สามารถยืนยันวันที่แน่นอนได้ กดติดตามร้านไว้ จะได้ไม่พลาดตอนสินค้าเข้าและสินค้าใหม่นะคะ',
    ],
    en: [
      'Is it in stock? When will the sold out shade be restocked?',
      'If you can select the shade or size and add it to your cart, it is in stock and ready to ship. Sold out options show as unavailable.\n\nWe restock our best sellers regularly, but we cannot always promise a date. Follow our shop to be the first to know about restocks and new arrivals.',
    ],
  }),
  ...topic('voucher', 'faq', {
    id: [
      'Cara pakai voucher diskon saat checkout, kenapa voucher tidak bisa dipakai?',
      'Klaim dulu vouchernya di halaman produk, di halaman toko, atau dari voucher yang kami kirim di chat, Kak. Saat checkout, ketuk bagian voucher, pilih voucher yang sudah diklaim, lalu pastikan total pembayaran sudah berkurang sebelum bayar.\n\nKalau voucher tidak bisa dipakai, biasanya karena minimal belanja belum tercapai, masa berlaku voucher sudah habis, atau produk di keranjang tidak termasuk promo. Voucher toko biasanya bisa digabung dengan voucher gratis ongkir dari TikTok Shop.',
    ],
    th: [
      'ใช้โค้ดส่วนลดหรือคูปองยังไงคะ ทำไมใช้คูปองไม่ได้',
      'กดเก็บคูปองก่อนนะคะ เก็บได้ที่หน้าสินค้า หน้าร้าน หรือคูปองที่ทางร้านส่งให้ในแชทค่ะ ตอนชำระเงิน กดที่ช่องคูปองหรือโค้ดส่วนลด เลือกคูปองที่เก็บไว้ แล้วเช็กว่ายอดรวมลดลงก่อนกดสั่งซื้อนะคะ\n\nหากใช้คูปองไม่ได้ ส่วนใหญ่เป็นเพราะยอดซื้อยังไม่ถึงขั้นต่ำ คูปองหมดอายุแล้ว หรือสินค้าในตะกร้าไม่ร่วมรายการค่ะ คูปองร้านค้ามักใช้ร่วมกับคูปองส่งฟรีของ TikTok Shop ได้ด้วยนะคะ',
    ],
    en: [
      'How do I use a voucher or discount code at checkout? Why is my voucher not working?',
      'First claim the voucher: tap Claim on the product page, in our shop, or on the voucher we send in the chat. At checkout, open the vouchers section, select it and check that the total goes down before you pay.\n\nIf a voucher does not apply, the usual reasons are a minimum spend that has not been reached, a voucher that has ended, or items in your cart that are not included. A shop voucher can often be combined with a free shipping voucher from TikTok Shop.',
    ],
  }),
  ...topic('payment', 'policy', {
    id: [
      'Bisa bayar COD, e-wallet, transfer, atau paylater?',
      'Metode pembayaran yang tersedia muncul di halaman checkout, Kak. Biasanya ada COD (bayar di tempat), e-wallet, transfer bank atau virtual account, dan paylater, tergantung alamat dan total belanja.\n\nUntuk COD, siapkan uang pas saat kurir datang ya. Kalau pembayaran gagal, cek saldo atau limit lalu coba lagi, atau pilih metode pembayaran lain.',
    ],
    th: [
      'เก็บเงินปลายทางได้ไหมคะ จ่ายผ่าน e-wallet หรือโอนได้ไหม',
      'วิธีชำระเงินที่ใช้ได้จะแสดงในหน้าชำระเงินค่ะ โดยทั่วไปมีทั้งเก็บเงินปลายทาง (COD) โอนผ่านแอปธนาคาร e-wallet และบัตรเครดิตหรือเดบิต ขึ้นอยู่กับที่อยู่และยอดสั่งซื้อนะคะ ตัวเลือกผ่อนชำระจะแสดงในหน้าชำระเงินหากคำสั่งซื้อนั้นใช้ได้ค่ะ\n\nหากชำระเงินไม่สำเร็จ ลองเช็กยอดเงินหรือวงเงินแล้วทำรายการใหม่ หรือเลือกวิธีชำระเงินอื่นได้เลยค่ะ',
    ],
    en: [
      'Can I pay cash on delivery (COD) or with an e-wallet? What payment methods are there?',
      'The payment methods available for your order are shown at checkout. Depending on your address and order total, they usually include cash on delivery (COD), e-wallets, bank transfer and cards. Pay-later and instalment options appear at checkout when available.\n\nIf a payment fails, check your balance or limit and try again, or choose another payment method.',
    ],
  }),
  ...topic('shipping', 'policy', {
    id: [
      'Berapa lama pengiriman sampai? Kapan pesanan dikirim?',
      'Pesanan kami kemas dan serahkan ke kurir secepatnya di hari kerja, Kak. Estimasi tanggal sampai tampil di halaman checkout dan di detail pesanan, tergantung alamat dan jasa kirim.\n\nSetelah dikirim, nomor resi bisa dilihat di detail pesanan untuk melacak paket. Semua skincare kami kemas dengan bubble wrap supaya aman sampai tujuan.',
    ],
    th: [
      'ส่งกี่วันถึงคะ สั่งวันนี้จะได้ของเมื่อไหร่',
      'ทางร้านแพ็กและส่งให้ขนส่งโดยเร็วที่สุดในวันทำการค่ะ ระยะเวลาจัดส่งโดยประมาณจะแสดงในหน้าชำระเงินและในรายละเอียดคำสั่งซื้อ ขึ้นอยู่กับที่อยู่และบริษัทขนส่งนะคะ\n\nเมื่อจัดส่งแล้ว สามารถดูเลขพัสดุเพื่อติดตามสถานะได้ในรายละเอียดคำสั่งซื้อค่ะ สินค้าทุกชิ้นแพ็กด้วยบับเบิ้ลกันกระแทกอย่างดีนะคะ',
    ],
    en: [
      'How long does shipping take? When will my order be shipped?',
      'We pack orders and hand them to the courier as soon as possible on working days. The estimated delivery date is shown at checkout and in your order details, and depends on your address and the courier.\n\nOnce shipped, you can follow the parcel with the tracking number in your order details. Every skincare order is packed with bubble wrap so it arrives safely.',
    ],
  }),
  ...topic('gift', 'faq', {
    id: [
      'Bisa bungkus kado dan tambah kartu ucapan?',
      'Saat ini kami belum menyediakan bungkus kado, Kak, tapi semua pesanan dikemas rapi dan aman. Kalau pesanannya untuk hadiah, kirim nomor pesanan dan ucapan yang ingin ditulis di chat ini, nanti kami selipkan kartu ucapan.\n\nPesanan juga bisa langsung dikirim ke penerima: cukup isi nama dan alamat penerima saat checkout.',
    ],
    th: [
      'ห่อของขวัญได้ไหมคะ เขียนการ์ดอวยพรให้ได้ไหม',
      'ตอนนี้ทางร้านยังไม่มีบริการห่อของขวัญค่ะ แต่ทุกออเดอร์แพ็กอย่างเรียบร้อยและแข็งแรงนะคะ หากเป็นของขวัญ ส่งหมายเลขคำสั่งซื้อและข้อความที่ต้องการมาในแชทนี้ได้เลย ทางร้านจะเขียนการ์ดอวยพรใส่ไปให้ค่ะ\n\nส่งตรงถึงผู้รับได้เลยนะคะ เพียงใส่ชื่อและที่อยู่ของผู้รับตอนสั่งซื้อค่ะ',
    ],
    en: [
      'Can you gift wrap my order and add a greeting card?',
      'We do not offer gift wrapping at the moment, but every order is packed neatly and securely. If it is a gift, send us your order number and your message here in the chat, and we will tuck in a greeting card.\n\nYour order can also go straight to the recipient: just enter their name and address at checkout.',
    ],
  }),
  ...topic('returns', 'policy', {
    id: [
      'Bagaimana cara retur atau tukar produk?',
      'Retur diajukan lewat detail pesanan di aplikasi TikTok, Kak: pilih ajukan pengembalian, pilih alasannya, lalu lampirkan foto atau video. Untuk produk rusak, bocor, atau salah kirim, mohon sertakan video unboxing sejak paket belum dibuka.\n\nDemi kebersihan, produk yang segelnya sudah dibuka tidak bisa diretur, kecuali rusak atau salah kirim. Setelah retur disetujui, ikuti petunjuk pengiriman balik di detail pesanan.',
    ],
    th: [
      'คืนสินค้าหรือเปลี่ยนสินค้าได้ไหมคะ ต้องทำยังไง',
      'คุณลูกค้าขอคืนสินค้าได้ที่รายละเอียดคำสั่งซื้อในแอป TikTok ค่ะ เลือกขอคืนเงินหรือคืนสินค้า เลือกเหตุผล แล้วแนบรูปหรือวิดีโอนะคะ หากสินค้าเสียหาย รั่วซึม หรือส่งผิด รบกวนแนบวิดีโอตอนแกะพัสดุตั้งแต่ยังไม่เปิดกล่องด้วยนะคะ\n\nเพื่อสุขอนามัย สินค้าที่แกะซีลแล้วไม่สามารถคืนได้ ยกเว้นกรณีสินค้าเสียหายหรือส่งผิดค่ะ เมื่อคำขออนุมัติแล้ว ทำตามขั้นตอนการส่งคืนในรายละเอียดคำสั่งซื้อได้เลยค่ะ',
    ],
    en: [
      'How do I return or exchange a product?',
      'Returns are requested from your order details in the TikTok app: choose Return or Refund, select the reason and attach photos or a video. If a product arrives damaged, leaking or wrong, please include an unboxing video that starts before the parcel is opened.\n\nFor hygiene reasons, products with a broken seal cannot be returned unless they are damaged or wrong. Once the return is approved, follow the return instructions in your order details.',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Electronics (Malay, Vietnamese, Filipino, English, Chinese): phone chargers, earbuds, cables, car holders,
// sold cross-border. Malay uses "anda" sparingly; Vietnamese "bạn" and "shop"; Filipino is Taglish with "po"
// in every sentence; Chinese is Simplified with 您.

const ELECTRONICS: StarterArticle[] = [
  ...topic('charger_compat', 'faq', {
    ms: [
      'Pengecas (charger) 20W PD ini serasi dengan telefon apa? Boleh guna untuk iPhone dan Samsung?',
      'Pengecas pantas 20W PD ini boleh digunakan untuk semua telefon yang dicas melalui port USB-C, dan juga iPhone dengan port Lightning jika guna kabel USB-C ke Lightning.\n\niPhone 8 dan model lebih baharu boleh dicas pada kelajuan cas pantas penuh. Telefon Samsung, Google Pixel, Xiaomi, Oppo, vivo, realme dan Android lain juga selamat dicas; cuma telefon yang ada teknologi cas pantas jenama sendiri, seperti Samsung Super Fast Charging atau Oppo SUPERVOOC, akan dicas pada kelajuan PD biasa. Beritahu kami model telefon anda di chat ini, kami akan sahkan.',
    ],
    vi: [
      'Củ sạc nhanh 20W PD dùng được cho điện thoại nào? Có sạc được iPhone, Samsung không?',
      'Củ sạc nhanh 20W PD dùng được cho mọi điện thoại sạc bằng cổng USB-C, và cả iPhone cổng Lightning khi dùng kèm cáp USB-C sang Lightning.\n\nTừ iPhone 8 trở lên sẽ sạc nhanh với tốc độ tối đa. Điện thoại Samsung, Google Pixel, Xiaomi, Oppo, vivo, realme và các dòng Android khác đều sạc an toàn; riêng máy có công nghệ sạc nhanh riêng của hãng, như Samsung Super Fast Charging hay Oppo SUPERVOOC, sẽ sạc ở tốc độ PD thông thường. Bạn nhắn dòng máy của mình trong khung chat, shop kiểm tra giúp nhé.',
    ],
    tl: [
      'Anong phone po ang compatible sa 20W PD charger? Pwede po ba sa iPhone at Samsung?',
      'Compatible po ang 20W PD fast charger sa lahat ng phone na may USB-C port, pati sa iPhone na may Lightning port basta gumamit po ng USB-C to Lightning cable.\n\nAng iPhone 8 pataas po ay magfa-fast charge sa full speed. Safe din po itong gamitin sa Samsung, Google Pixel, Xiaomi, Oppo, vivo, realme at iba pang Android phone, pero normal PD speed po ang makukuha ng mga phone na may sariling fast charging ng brand, gaya ng Samsung Super Fast Charging o Oppo SUPERVOOC. I-message lang po sa amin ang model ng phone ninyo para ma-check po namin.',
    ],
    en: [
      'Which phones does the 20W PD charger work with? Is it compatible with iPhone and Samsung?',
      'The 20W PD fast charger works with every phone that charges through a USB-C port, and with Lightning iPhones when you use a USB-C to Lightning cable.\n\niPhone 8 and newer charge at full fast-charging speed. Samsung, Google Pixel, Xiaomi, Oppo, vivo, realme and other Android phones charge safely too; phones with their own brand fast charging, such as Samsung Super Fast Charging or Oppo SUPERVOOC, charge at normal PD speed. Tell us your phone model here in the chat and we will confirm.',
    ],
    zh: [
      '这个20W PD快充充电器可以用在哪些手机上？苹果iPhone、三星手机可以用吗？',
      '这款20W PD快充充电器适用于所有USB-C接口的手机；搭配USB-C转Lightning数据线，也可以给Lightning接口的iPhone充电。\n\niPhone 8及以后的机型可以达到完整快充速度。三星手机、谷歌Pixel、小米、OPPO、vivo、realme等安卓手机也都可以安全充电；不过带有品牌专属快充的手机（例如三星超级快充、OPPO SUPERVOOC）会以普通PD速度充电。欢迎在聊天中告诉我们您的手机型号，我们帮您确认。',
    ],
  }),
  ...topic('charger_power', 'faq', {
    ms: [
      'Apa maksud 20W PD? Boleh cas iPad atau laptop? Selamat ke cas semalaman?',
      'PD (USB Power Delivery) ialah standard cas pantas yang digunakan oleh iPhone, iPad dan kebanyakan telefon Android. 20W ialah kuasa keluaran maksimum pengecas: telefon dan pengecas akan memilih kelajuan yang paling selamat secara automatik, jadi pengecas tidak membekalkan kuasa melebihi keperluan peranti.\n\nPengecas ini sesuai untuk cas iPad dan tablet, cuma tablet besar akan dicas lebih perlahan. Kebanyakan laptop memerlukan kuasa yang lebih tinggi, jadi kami tidak mencadangkannya untuk laptop. Cas semalaman tidak menjadi masalah kerana telefon berhenti menerima kuasa apabila bateri penuh.',
    ],
    vi: [
      '20W PD là gì? Củ sạc có sạc được iPad, laptop không? Sạc qua đêm có sao không?',
      'PD (USB Power Delivery) là chuẩn sạc nhanh mà iPhone, iPad và hầu hết điện thoại Android đang dùng. 20W là công suất tối đa của củ sạc: điện thoại và củ sạc sẽ tự chọn mức sạc an toàn nhất, nên củ sạc không bao giờ cấp điện vượt quá mức máy cần.\n\nCủ sạc sạc tốt cho iPad và máy tính bảng, chỉ là máy màn hình lớn sẽ sạc chậm hơn. Đa số laptop cần công suất cao hơn nên shop không khuyên dùng để sạc laptop. Bạn cứ yên tâm sạc qua đêm, vì điện thoại sẽ tự ngừng nhận điện khi pin đầy.',
    ],
    tl: [
      'Ano po ang ibig sabihin ng 20W PD? Pwede po bang i-charge ang iPad o laptop? Safe po ba mag-charge overnight?',
      'Ang PD (USB Power Delivery) po ay ang fast charging standard na gamit ng iPhone, iPad at karamihan ng Android phone. Ang 20W po ang maximum output ng charger, at kusa pong pinipili ng phone at charger ang pinakaligtas na bilis kaya hindi po ito magbibigay ng sobrang power sa device ninyo.\n\nPwede po itong gamitin sa iPad at tablet, pero mas mabagal po ang charging ng malalaking tablet. Hindi po namin ito nire-recommend sa laptop dahil mas malakas na power po ang kailangan nito. Safe po mag-charge overnight kasi kusa pong humihinto ang phone sa pagkuha ng power kapag full na ang battery.',
    ],
    en: [
      'What does 20W PD mean? Can the charger charge an iPad or a laptop? Is it safe to charge overnight?',
      'PD (USB Power Delivery) is the fast-charging standard used by iPhone, iPad and most Android phones. 20W is the charger\u2019s maximum output: your phone and the charger agree on the safest speed automatically, so the charger never supplies more power than your device asks for.\n\nIt charges iPads and tablets well, though large tablets charge more slowly. Most laptops need more power, so we do not recommend it for laptops. Charging overnight is fine, as your phone stops drawing power when the battery is full.',
    ],
    zh: [
      '20W PD是什么意思？可以给iPad、笔记本电脑充电吗？整晚充电安全吗？',
      'PD（USB Power Delivery）是iPhone、iPad和大多数安卓手机使用的快充标准。20W是充电器的最大输出功率：手机和充电器会自动选择最安全的充电速度，充电器不会输出超过设备需要的功率。\n\n它可以给iPad和平板电脑充电，只是大尺寸平板会充得慢一些。大多数笔记本电脑需要更高的功率，所以不建议用来给笔记本电脑充电。整晚充电也没问题，电池充满后手机会自动停止充电。',
    ],
  }),
  ...topic('charger_plug', 'faq', {
    ms: [
      'Pengecas ini guna plag apa? Ada plag 3 pin UK?',
      'Jenis plag tertera pada nama variasi, jadi sila semak sebelum checkout. Pengecas untuk Malaysia dan Singapura menggunakan plag 3 pin jenis UK (Type G) yang sesuai dengan soket di rumah.\n\nPengecas ini menyokong voltan 100–240V, jadi jika anda melancong ke luar negara, cukup guna adaptor plag biasa tanpa penukar voltan.',
    ],
    vi: [
      'Củ sạc dùng chân cắm loại nào? Cắm được ổ điện ở Việt Nam không?',
      'Loại chân cắm được ghi trong tên phân loại, bạn kiểm tra giúp shop trước khi đặt hàng nhé. Củ sạc bán tại Việt Nam dùng chân cắm hợp với ổ điện gia đình phổ biến.\n\nCủ sạc hỗ trợ điện áp 100–240V, nên cắm thẳng vào ổ điện nhà mình là dùng được; khi đi nước ngoài chỉ cần thêm đầu chuyển phích cắm, không cần bộ đổi điện.',
    ],
    tl: [
      'Anong klaseng plug po ang charger? Pwede po ba sa saksakan dito sa Pilipinas?',
      'Nakalagay po ang plug type sa variation name, kaya pakicheck po bago mag-checkout. Ang charger po na para sa Pilipinas ay may plug na swak sa karaniwang saksakan sa bahay.\n\nKaya po nito ang 100–240V, kaya diretso na po itong maisasaksak sa outlet. Kung magta-travel po kayo abroad, plug adapter lang po ang kailangan at hindi na po kailangan ng voltage converter.',
    ],
    en: [
      'What plug does the charger have? Does it come with a UK 3-pin plug?',
      'The plug type is part of the variation name, so please check it before you check out. Chargers for Malaysia and Singapore come with the UK-style 3-pin plug (Type G) that fits local wall sockets.\n\nThe charger works on 100–240V mains power, so when you travel abroad a simple plug adapter is enough; no voltage converter is needed.',
    ],
    zh: [
      '充电器是什么插头？是英式三脚插头吗？',
      '插头类型写在规格名称里，下单前请确认一下。马来西亚和新加坡的充电器使用当地通用的英式三脚插头（G型）。\n\n充电器支持100–240V电压，出国旅行时只需要一个转换插头，不需要变压器。',
    ],
  }),
  ...topic('safety_cert', 'faq', {
    ms: [
      'Adakah pengecas (charger) ini ada kelulusan SIRIM atau Safety Mark?',
      'Pengecas 20W PD kami mempunyai kelulusan [SIRIM untuk Malaysia atau Safety Mark untuk Singapura] dengan nombor sijil [nombor sijil]. Label kelulusan boleh dilihat pada badan pengecas.\n\nPengecas ini juga dilengkapi [ciri perlindungan daripada spesifikasi produk, contohnya perlindungan daripada terlalu panas dan litar pintas].',
    ],
    vi: [
      'Củ sạc có chứng nhận hợp quy không? Có an toàn không?',
      'Củ sạc 20W PD của shop đã được chứng nhận hợp quy theo [tên quy chuẩn kỹ thuật], số giấy chứng nhận [số giấy chứng nhận]. Dấu hợp quy được in trên thân củ sạc.\n\nCủ sạc còn có [các tính năng bảo vệ theo thông số sản phẩm, ví dụ chống quá nhiệt, chống đoản mạch].',
    ],
    tl: [
      'May ICC sticker po ba ang charger? Certified po ba ito?',
      'Ang aming 20W PD charger po ay may ICC sticker na may number na [ICC number], ayon sa [detalye ng PS o ICC certification]. Makikita po ang sticker sa packaging at sa charger mismo.\n\nMay [protection features mula sa product specification, halimbawa overheat at short-circuit protection] din po ito.',
    ],
    en: [
      'Is the charger certified? Does it have a safety mark for my country?',
      'Our 20W PD charger is certified under [certification scheme, for example SIRIM, Safety Mark or ICC] with certificate number [certificate number]. The mark is printed on the charger.\n\nIt also has [protection features from the product specification, for example over-heat and short-circuit protection].',
    ],
    zh: [
      '充电器有安全认证吗？有SIRIM或Safety Mark认证吗？',
      '我们的20W PD充电器已通过[认证名称，例如SIRIM或Safety Mark]认证，证书编号为[证书编号]，认证标志印在充电器机身上。\n\n充电器还具有[产品规格中的保护功能，例如过热保护、短路保护]。',
    ],
  }, review),
  ...topic('cable', 'faq', {
    ms: [
      'Kabel USB-C ini boleh cas laju dan pindah data? Boleh guna untuk iPhone?',
      'Kabel USB-C berjalin (braided) ini menyokong cas pantas dengan pengecas PD dan juga pemindahan data. Kabel ini sesuai untuk semua telefon, tablet dan earbuds yang ada port USB-C, termasuk iPhone 15 dan model lebih baharu.\n\niPhone 14 dan model lebih lama menggunakan port Lightning, jadi perlu guna kabel USB-C ke Lightning. Jalinan nilon menjadikan kabel lebih tahan lasak dan tidak mudah berselirat.',
    ],
    vi: [
      'Cáp USB-C bện dù có sạc nhanh, truyền dữ liệu được không? Dùng cho iPhone được không?',
      'Cáp USB-C bện dù hỗ trợ sạc nhanh với củ sạc PD và truyền dữ liệu. Cáp dùng được cho mọi điện thoại, máy tính bảng và tai nghe có cổng USB-C, kể cả iPhone 15 trở lên.\n\niPhone 14 trở về trước dùng cổng Lightning nên cần cáp USB-C sang Lightning. Lớp bện dù giúp cáp bền hơn, ít bị gãy gập và không bị rối như cáp nhựa thường.',
    ],
    tl: [
      'Pwede po ba sa fast charging at data transfer ang USB-C braided cable? Compatible po ba sa iPhone?',
      'Supported po ng braided USB-C cable ang fast charging gamit ang PD charger, pati na rin ang data transfer. Pwede po ito sa lahat ng phone, tablet at earbuds na may USB-C port, kasama po ang iPhone 15 pataas.\n\nAng iPhone 14 pababa po ay Lightning port, kaya USB-C to Lightning cable po ang kailangan. Dahil po naka-nylon braid, mas matibay ito at hindi madaling magkabuhol-buhol.',
    ],
    en: [
      'Does the USB-C braided cable support fast charging and data transfer? Does it work with iPhone?',
      'The braided USB-C cable supports fast charging with a PD charger as well as data transfer. It fits every phone, tablet and pair of earbuds with a USB-C port, including iPhone 15 and newer.\n\niPhone 14 and older models use a Lightning port, so they need a USB-C to Lightning cable instead. The nylon braiding makes the cable tougher and less likely to tangle than a plain rubber cable.',
    ],
    zh: [
      'USB-C编织数据线支持快充和传输数据吗？iPhone可以用吗？',
      '这款USB-C编织数据线搭配PD充电器可以快充，也支持数据传输。适用于所有USB-C接口的手机、平板和耳机，包括iPhone 15及以后的机型。\n\niPhone 14及更早的机型是Lightning接口，需要使用USB-C转Lightning数据线。尼龙编织外皮更耐用，不容易打结。',
    ],
  }),
  ...topic('earbuds_compat', 'faq', {
    ms: [
      'Earbuds ini boleh guna dengan iPhone dan Android? Macam mana nak pair Bluetooth?',
      'Boleh, earbuds ini bersambung melalui Bluetooth dengan semua iPhone, telefon Android, tablet dan laptop yang ada Bluetooth.\n\nCara pair: buka bekas pengecas dan keluarkan kedua-dua earbuds, ia akan bersambung antara satu sama lain secara automatik. Kemudian buka tetapan Bluetooth di telefon dan pilih nama earbuds dalam senarai. Selepas kali pertama, earbuds akan bersambung sendiri setiap kali bekas dibuka. Panduan ringkas dalam kotak menunjukkan langkah tepat untuk model anda.',
    ],
    vi: [
      'Tai nghe có kết nối được với iPhone và Android không? Cách kết nối Bluetooth thế nào?',
      'Được bạn nhé, tai nghe kết nối Bluetooth với mọi iPhone, điện thoại Android, máy tính bảng và laptop có Bluetooth.\n\nCách kết nối: mở hộp sạc và lấy cả hai bên tai nghe ra, hai bên sẽ tự kết nối với nhau. Sau đó mở cài đặt Bluetooth trên điện thoại và chọn tên tai nghe trong danh sách. Từ lần sau, chỉ cần mở hộp là tai nghe tự kết nối lại. Hướng dẫn nhanh trong hộp có các bước chi tiết cho từng mẫu.',
    ],
    tl: [
      'Compatible po ba ang earbuds sa iPhone at Android? Paano po i-pair sa Bluetooth?',
      'Opo, kumokonekta po ang earbuds via Bluetooth sa lahat ng iPhone, Android phone, tablet at laptop na may Bluetooth.\n\nPara i-pair po: buksan ang charging case at kunin ang dalawang earbuds, at kusa po silang magkakakonekta sa isa\u2019t isa. Tapos po buksan ang Bluetooth settings ng phone at piliin ang pangalan ng earbuds sa listahan. Pagkatapos po ng unang beses, kusa na po silang kokonekta tuwing bubuksan ang case, at nasa quick guide po sa loob ng box ang eksaktong steps.',
    ],
    en: [
      'Do the earbuds work with iPhone and Android? How do I pair them with Bluetooth?',
      'Yes, the earbuds connect over Bluetooth to any iPhone, Android phone, tablet or laptop with Bluetooth.\n\nTo pair them, open the charging case and take out both earbuds; they connect to each other automatically. Then open Bluetooth settings on your phone and select the earbuds from the list. After the first time, they reconnect by themselves whenever you open the case. The quick guide in the box shows the exact steps for your model.',
    ],
    zh: [
      '这款蓝牙耳机可以连接iPhone和安卓手机吗？怎么配对？',
      '可以的，这款耳机通过蓝牙连接，适用于所有带蓝牙的iPhone、安卓手机、平板和笔记本电脑。\n\n配对方法：打开充电盒，取出两只耳机，它们会自动互相连接。然后打开手机的蓝牙设置，在列表中选择耳机名称即可。第一次配对成功后，以后打开充电盒就会自动回连。包装盒里的快速指南有对应型号的详细步骤。',
    ],
  }),
  ...topic('earbuds_one_side', 'faq', {
    ms: [
      'Earbuds sebelah sahaja berbunyi atau bersambung. Apa perlu buat?',
      'Biasanya ini berlaku apabila kedua-dua earbuds terputus sambungan antara satu sama lain, dan reset akan membetulkannya. Padam dahulu earbuds daripada senarai Bluetooth telefon, masukkan kedua-duanya semula ke dalam bekas dan pastikan kedua-duanya sedang dicas. Kemudian reset mengikut panduan ringkas dalam kotak, keluarkan kedua-duanya serentak dan pair semula.\n\nPastikan juga titik pengecasan pada bekas dan earbuds bersih. Jika sebelah masih tidak berfungsi, hantar nombor pesanan dan video pendek di chat ini, kami akan bantu di bawah waranti.',
    ],
    vi: [
      'Tai nghe chỉ nghe được một bên, một bên không kết nối thì làm sao?',
      'Thường là do hai bên tai nghe bị mất kết nối với nhau, bạn chỉ cần reset là được. Trước tiên, xóa tai nghe khỏi danh sách Bluetooth trên điện thoại, cho cả hai bên vào lại hộp sạc và kiểm tra cả hai đều đang sạc. Sau đó reset theo hướng dẫn nhanh trong hộp, lấy cả hai bên ra cùng lúc và kết nối lại.\n\nBạn cũng kiểm tra giúp các chân sạc trong hộp và trên tai nghe có sạch không nhé. Nếu vẫn chỉ nghe được một bên, bạn gửi mã đơn hàng và video ngắn trong khung chat, shop sẽ hỗ trợ bảo hành.',
    ],
    tl: [
      'Isang side lang po ng earbuds ang gumagana o may tunog. Ano po ang gagawin?',
      'Kadalasan po ay nawawala ang connection ng dalawang earbuds sa isa\u2019t isa, at naaayos po ito ng reset. Una po, i-forget ang earbuds sa Bluetooth list ng phone, ibalik ang dalawa sa case at siguraduhing parehong nagcha-charge po sila. Tapos po i-reset ayon sa quick guide sa box, sabay na kunin ang dalawa at i-pair ulit.\n\nPaki-check din po kung malinis ang charging contacts sa case at sa earbuds. Kung isang side pa rin po ang gumagana, i-send lang po ang order number at maikling video dito sa chat at tutulungan po namin kayo sa warranty.',
    ],
    en: [
      'Only one earbud is working or connecting. What should I do?',
      'This usually happens when the two earbuds lose their connection to each other, and a reset fixes it. First remove the earbuds from your phone\u2019s Bluetooth list, put both back in the case and make sure both are charging. Then reset them as shown in the quick guide in the box, take them out together and pair them again.\n\nAlso check that the charging contacts in the case and on the earbuds are clean. If one side still does not work, send us your order number and a short video here in the chat, and we will help under the warranty.',
    ],
    zh: [
      '耳机只有一边有声音、一边连不上怎么办？',
      '这通常是两只耳机之间断开了连接，重置一下就可以解决。先在手机蓝牙列表中删除这副耳机，把两只耳机放回充电盒，确认两边都在充电。然后按照包装盒里快速指南的步骤重置，同时取出两只耳机，再重新配对。\n\n也请检查充电盒和耳机上的充电触点是否干净。如果还是只有一边能用，请在聊天中发送订单号和一段短视频，我们会按保修为您处理。',
    ],
  }),
  ...topic('earbuds_water', 'faq', {
    ms: [
      'Earbuds ini kalis air? Boleh pakai ke gym dan untuk bersukan?',
      'Tahap ketahanan air earbuds dinyatakan di halaman produk. Earbuds ini sesuai untuk kegunaan harian, bersukan dan berlari, jadi peluh dan hujan renyai tidak menjadi masalah, tetapi jangan gunakan semasa berenang atau mandi.\n\nSelepas bersenam, lap earbuds sehingga kering sebelum dimasukkan semula ke dalam bekas, kerana bekas pengecas tidak kalis air.',
    ],
    vi: [
      'Tai nghe có chống nước không? Đeo tập gym, chạy bộ được không?',
      'Mức chống nước của tai nghe được ghi trong trang sản phẩm. Tai nghe phù hợp để dùng hằng ngày, tập gym và chạy bộ, nên mồ hôi hay mưa nhỏ không sao cả, nhưng không dùng khi bơi hoặc tắm nhé.\n\nSau khi tập, bạn lau khô tai nghe rồi mới cho vào hộp sạc, vì hộp sạc không chống nước.',
    ],
    tl: [
      'Waterproof po ba ang earbuds? Pwede po ba sa gym at pagtakbo?',
      'Nakalagay po sa product page ang water resistance rating ng earbuds. Pang-araw-araw, pang-workout at pang-running po ito, kaya okay lang po ang pawis at mahinang ulan, pero hindi po ito pwede sa paglangoy o sa shower.\n\nPagkatapos po mag-workout, punasan muna hanggang matuyo ang earbuds bago ibalik sa case, kasi hindi po water resistant ang charging case.',
    ],
    en: [
      'Are the earbuds waterproof? Can I use them at the gym or for running?',
      'The earbuds\u2019 water-resistance rating is listed on the product page. They are made for everyday use, workouts and running, so sweat and light rain are fine, but please do not use them for swimming or in the shower.\n\nAfter a workout, wipe them dry before putting them back in the charging case, as the case itself is not water resistant.',
    ],
    zh: [
      '耳机防水吗？可以戴着去健身房、跑步吗？',
      '耳机的防水等级写在商品页面上。这款耳机适合日常、健身和跑步使用，汗水和小雨都没问题，但请不要在游泳或洗澡时使用。\n\n运动后请先把耳机擦干再放回充电盒，因为充电盒本身不防水。',
    ],
  }),
  ...topic('car_holder', 'faq', {
    ms: [
      'Pemegang telefon kereta magnetik ini muat telefon dan casing saya? Serasi dengan MagSafe?',
      'Pemegang telefon magnetik ini boleh memegang kebanyakan telefon. iPhone 12 dan model lebih baharu dengan MagSafe, atau yang guna casing MagSafe, boleh terus dilekatkan. Untuk telefon lain, lekatkan plat logam nipis yang disertakan di belakang telefon atau di dalam casing yang nipis.\n\nCasing nipis tidak menjadi masalah, tetapi casing yang sangat tebal, casing logam atau casing dompet akan melemahkan magnet. Magnet tidak merosakkan telefon, cuma tanggalkan plat logam jika anda guna pengecas tanpa wayar.',
    ],
    vi: [
      'Giá đỡ điện thoại nam châm trên ô tô có hợp với máy và ốp lưng của mình không? Có dùng được MagSafe không?',
      'Giá đỡ điện thoại nam châm giữ được hầu hết các dòng máy. iPhone 12 trở lên có MagSafe, hoặc dùng ốp lưng MagSafe, thì gắn trực tiếp được luôn. Với các máy khác, bạn dán miếng kim loại mỏng đi kèm lên lưng máy hoặc bên trong ốp mỏng.\n\nỐp mỏng thì không sao, còn ốp quá dày, ốp kim loại hoặc ốp dạng ví sẽ làm lực hút nam châm yếu đi. Nam châm không làm hỏng điện thoại, chỉ cần gỡ miếng kim loại ra nếu bạn dùng sạc không dây.',
    ],
    tl: [
      'Kasya po ba ang phone at case ko sa magnetic car phone holder? Compatible po ba sa MagSafe?',
      'Kaya po ng magnetic car holder ang karamihan ng phone. Ang iPhone 12 pataas na may MagSafe, o may MagSafe case, ay diretso na pong didikit. Para po sa ibang phone, idikit ang kasamang manipis na metal plate sa likod ng phone o sa loob ng manipis na case.\n\nOkay lang po ang manipis na case, pero humihina po ang magnet kapag sobrang kapal, metal o wallet type ang case. Hindi po nakakasira ng phone ang magnet, pero tanggalin po ang metal plate kung gagamit kayo ng wireless charger.',
    ],
    en: [
      'Will the magnetic car phone holder fit my phone and case? Does it work with MagSafe?',
      'The magnetic car holder holds most phones. iPhone 12 and newer with MagSafe, or with a MagSafe case, attach directly. For other phones, stick the thin metal plate from the box on the back of the phone or inside a thin case.\n\nThin cases are fine, but very thick, metal or wallet cases weaken the magnet. The magnet does not harm your phone; just remove the metal plate if you use wireless charging.',
    ],
    zh: [
      '磁吸车载手机支架适合我的手机和手机壳吗？支持MagSafe吗？',
      '磁吸车载支架适用于大多数手机。带MagSafe的iPhone 12及以后机型，或装了MagSafe手机壳的手机，可以直接吸附。其他手机请把包装里附带的薄金属片贴在手机背面或薄手机壳内侧。\n\n薄手机壳没问题，但太厚的壳、金属壳或钱包式手机壳会减弱磁力。磁铁不会损坏手机，只是使用无线充电时请先取下金属片。',
    ],
  }),
  ...topic('warranty', 'policy', {
    ms: [
      'Ada waranti tak? Macam mana kalau pengecas atau earbuds rosak?',
      'Semua produk kami dilindungi waranti penjual untuk kerosakan pembuatan, dan tempoh waranti dinyatakan di halaman produk. Jika barang tidak berfungsi dengan penggunaan biasa, hantar nombor pesanan dan video pendek tentang masalahnya di chat ini, kami akan uruskan penggantian atau bayaran balik mengikut waranti.\n\nWaranti tidak meliputi kerosakan akibat terjatuh, terkena air atau dibuka sendiri.',
    ],
    vi: [
      'Sản phẩm có bảo hành không, bảo hành bao lâu? Củ sạc hay tai nghe bị hỏng thì sao?',
      'Tất cả sản phẩm của shop đều được bảo hành lỗi từ nhà sản xuất, thời gian bảo hành ghi trong trang sản phẩm. Nếu sản phẩm không hoạt động khi sử dụng bình thường, bạn gửi mã đơn hàng và video ngắn quay lỗi trong khung chat, shop sẽ đổi mới hoặc hoàn tiền theo chính sách bảo hành.\n\nBảo hành không áp dụng cho trường hợp rơi vỡ, vào nước hoặc tự ý tháo máy.',
    ],
    tl: [
      'May warranty po ba at gaano po katagal? Paano po kung nasira ang charger o earbuds?',
      'May seller warranty po ang lahat ng aming products laban sa factory defect, at nakalagay po sa product page ang warranty period. Kung hindi po gumana ang item kahit normal ang paggamit, i-send lang po dito sa chat ang order number at maikling video ng problema, at aayusin po namin ang replacement o refund ayon sa warranty.\n\nHindi po sakop ng warranty ang sira dahil sa pagkahulog, pagkabasa o pagbukas ng device.',
    ],
    en: [
      'Is there a warranty? What if the charger or earbuds stop working?',
      'All our products come with a seller warranty against manufacturing defects, and the warranty period is shown on the product page. If your item stops working with normal use, send us your order number and a short video of the problem here in the chat, and we will arrange a replacement or refund under the warranty.\n\nThe warranty does not cover damage from drops, water or opening the device.',
    ],
    zh: [
      '有保修吗？保修多久？充电器或耳机坏了怎么办？',
      '我们所有产品都享有卖家保修，保修范围为产品本身的质量问题，保修期限请看商品页面。如果在正常使用下出现故障，请在聊天中发送订单号和一段拍下问题的短视频，我们会按保修为您安排换新或退款。\n\n摔落、进水或自行拆机造成的损坏不在保修范围内。',
    ],
  }),
  ...topic('stock', 'faq', {
    ms: [
      'Ada stok tak? Bila restock warna atau variasi yang habis?',
      'Jika variasi atau warna boleh dipilih dan dimasukkan ke troli, maksudnya stok ada dan sedia untuk dihantar. Variasi yang habis akan dipaparkan sebagai tidak tersedia.\n\nKami restock produk popular secara berkala, tetapi tarikh tepat belum dapat dipastikan. Follow kedai kami supaya tidak terlepas restock dan produk baharu.',
    ],
    vi: [
      'Sản phẩm còn hàng không shop? Khi nào có hàng lại màu đã hết?',
      'Nếu bạn chọn được phân loại, màu sắc và thêm vào giỏ hàng thì sản phẩm vẫn còn hàng và sẵn sàng giao. Phân loại đã hết hàng sẽ hiển thị là không có sẵn.\n\nShop nhập thêm hàng thường xuyên cho các mẫu bán chạy, nhưng chưa thể hẹn ngày chính xác. Bạn theo dõi shop để không bỏ lỡ khi có hàng lại và sản phẩm mới nhé.',
    ],
    tl: [
      'May stock pa po ba? Kailan po magre-restock ang sold out na kulay?',
      'Kung napipili po ang variation o kulay at naidadagdag sa cart, ibig sabihin po ay may stock pa at ready to ship. Ang sold out na variation po ay nakalagay na unavailable.\n\nRegular po kaming nagre-restock ng best sellers, pero hindi pa po namin masabi ang eksaktong petsa. I-follow lang po ang aming shop para updated po kayo sa restock at bagong items.',
    ],
    en: [
      'Is it in stock? When will the sold out colour or variation be restocked?',
      'If you can select the variation or colour and add it to your cart, it is in stock and ready to ship. Sold out variations show as unavailable.\n\nWe restock our best sellers regularly, but we cannot always promise a date. Follow our shop to be the first to see restocks and new arrivals.',
    ],
    zh: [
      '请问还有货吗？卖完的颜色什么时候补货？',
      '如果您能选择规格或颜色并加入购物车，就表示有现货，可以发货。已售罄的规格会显示为无货。\n\n热销款我们会定期补货，但暂时无法确定具体日期。关注我们的店铺，补货和上新时就能第一时间看到。',
    ],
  }),
  ...topic('authenticity', 'faq', {
    ms: [
      'Barang ni original (ori) ke? Produk tulen?',
      'Ya, semua produk di kedai kami original dan baharu, dihantar dalam kotak runcit yang masih bersegel. Kami tidak menjual barang tiruan, terpakai atau refurbished.\n\nJika ada apa-apa yang meragukan semasa barang diterima, hantar gambar produk dan kotaknya di chat ini, kami akan semak dengan segera.',
    ],
    vi: [
      'Sản phẩm có phải hàng chính hãng không shop? Hàng auth hay hàng nhái?',
      'Tất cả sản phẩm của shop đều là hàng chính hãng, mới nguyên hộp còn niêm phong. Shop không bán hàng nhái, hàng đã qua sử dụng hay hàng tân trang.\n\nNếu khi nhận hàng có điểm nào bạn thấy chưa yên tâm, bạn chụp ảnh sản phẩm và hộp gửi vào khung chat, shop kiểm tra ngay nhé.',
    ],
    tl: [
      'Original po ba ito? Authentic po ba ang products ninyo?',
      'Opo, original at brand new po ang lahat ng products sa aming shop, at naka-seal po sa retail box pagdating. Hindi po kami nagbebenta ng class A, second hand o refurbished na items.\n\nKung may duda po kayo pagdating ng item, i-send lang po dito sa chat ang picture ng product at box, at iche-check po namin agad.',
    ],
    en: [
      'Is this original? Are your products authentic?',
      'Yes, everything in our shop is original and brand new, and arrives sealed in its retail box. We never sell copies, used or refurbished items.\n\nIf anything looks wrong when your item arrives, send us photos of the product and the box here in the chat and we will check it straight away.',
    ],
    zh: [
      '请问是正品吗？是原装正品还是仿冒品？',
      '是的，本店所有商品都是原装正品、全新未拆封，装在原厂包装盒里发货。我们不卖仿冒品、二手或翻新商品。\n\n收到商品后如有任何疑问，请在聊天中发送商品和包装盒的照片，我们会马上为您核实。',
    ],
  }),
  ...topic('voucher', 'faq', {
    ms: [
      'Macam mana nak guna baucar (voucher) masa checkout? Kenapa baucar tak boleh guna?',
      'Tuntut baucar dahulu di halaman produk, di kedai kami, atau pada baucar yang kami hantar di chat. Semasa checkout, tekan bahagian baucar, pilih baucar tersebut dan pastikan jumlah bayaran berkurang sebelum membayar.\n\nJika baucar tak boleh digunakan, biasanya kerana belum cukup perbelanjaan minimum, baucar sudah tamat tempoh, atau ada produk dalam troli yang tidak termasuk. Baucar kedai biasanya boleh digabungkan dengan baucar penghantaran percuma TikTok Shop.',
    ],
    vi: [
      'Cách dùng voucher, mã giảm giá khi thanh toán? Sao mã giảm giá không áp dụng được?',
      'Bạn lưu voucher trước ở trang sản phẩm, trang shop hoặc voucher shop gửi trong khung chat nhé. Khi thanh toán, bấm vào mục voucher, chọn mã đã lưu và kiểm tra tổng tiền đã giảm rồi mới đặt hàng.\n\nNếu mã giảm giá không áp dụng được, thường là do đơn chưa đạt giá trị tối thiểu, mã đã hết hạn hoặc có sản phẩm trong giỏ không thuộc chương trình. Voucher của shop thường dùng chung được với voucher freeship của TikTok Shop.',
    ],
    tl: [
      'Paano po gamitin ang voucher sa checkout? Bakit po hindi gumagana ang voucher?',
      'I-claim po muna ang voucher sa product page, sa aming shop, o sa voucher na sinend namin dito sa chat. Sa checkout po, i-tap ang voucher section, piliin ang na-claim na voucher at i-check po kung bumaba ang total bago magbayad.\n\nKadalasan po, hindi gumagana ang voucher kapag hindi pa naaabot ang minimum spend, expired na ito, o may items po sa cart na hindi kasama sa promo. Madalas po ay pwedeng isabay ang shop voucher sa free shipping voucher ng TikTok Shop.',
    ],
    en: [
      'How do I use a voucher at checkout? Why is my voucher not working?',
      'First claim the voucher on the product page, in our shop, or from the voucher we send in the chat. At checkout, tap the vouchers section, pick the voucher and check that the total goes down before you pay.\n\nIf a voucher does not apply, the usual reasons are a minimum spend that has not been reached, a voucher that has expired, or items in your cart that are not included. A shop voucher can often be combined with a free shipping voucher from TikTok Shop.',
    ],
    zh: [
      '结账时怎么使用优惠券？优惠券为什么用不了？',
      '请先领取优惠券，可以在商品页面、店铺首页或我们在聊天中发送的优惠券领取。结账时点击优惠券栏，选择已领取的优惠券，确认总金额减少后再付款。\n\n如果优惠券用不了，通常是因为还没达到最低消费、优惠券已过期，或购物车里有不参加活动的商品。店铺优惠券一般可以和TikTok Shop的免运费券一起使用。',
    ],
  }),
  ...topic('payment', 'policy', {
    ms: [
      'Boleh bayar COD atau guna e-wallet? Apa kaedah pembayaran yang ada?',
      'Kaedah pembayaran yang tersedia untuk pesanan anda dipaparkan semasa checkout. Bergantung pada alamat dan jumlah pesanan, biasanya ada COD (bayar semasa terima), e-wallet, perbankan dalam talian dan kad kredit atau debit. Pilihan bayar kemudian atau ansuran akan dipaparkan semasa checkout jika tersedia.\n\nJika pembayaran gagal, semak baki atau had kad dan cuba lagi, atau pilih kaedah pembayaran lain.',
    ],
    vi: [
      'Có thanh toán khi nhận hàng (COD) hay ví điện tử được không? Có những cách thanh toán nào?',
      'Các phương thức thanh toán áp dụng cho đơn hàng sẽ hiển thị ở bước thanh toán. Tùy địa chỉ và giá trị đơn, thường có thanh toán khi nhận hàng (COD), ví điện tử, chuyển khoản ngân hàng và thẻ. Trả sau hoặc trả góp sẽ hiện ở bước thanh toán nếu đơn hàng áp dụng được.\n\nNếu thanh toán không thành công, bạn kiểm tra số dư hoặc hạn mức rồi thử lại, hoặc chọn phương thức khác nhé.',
    ],
    tl: [
      'Pwede po ba ang COD o e-wallet? Ano-ano po ang payment options?',
      'Makikita po sa checkout ang lahat ng payment method na available sa order ninyo. Depende po sa address at total ng order, kadalasan ay may COD (cash on delivery), e-wallet gaya ng GCash o Maya, online banking at card. Lalabas din po sa checkout ang pay later o installment kung available.\n\nKung failed po ang payment, i-check po ang balance o limit at subukan ulit, o pumili po ng ibang payment method.',
    ],
    en: [
      'Can I pay cash on delivery (COD) or with an e-wallet? What payment methods are there?',
      'The payment methods available for your order are shown at checkout. Depending on your address and order total, they usually include cash on delivery (COD), e-wallets, online banking and cards. Pay-later and instalment options appear at checkout when available.\n\nIf a payment fails, check your balance or card limit and try again, or choose another payment method.',
    ],
    zh: [
      '可以货到付款（COD）或用电子钱包付款吗？有哪些付款方式？',
      '您的订单可用的付款方式会在结账页面显示。根据收货地址和订单金额，一般有货到付款（COD）、电子钱包、网上银行和信用卡或借记卡。如果订单支持先买后付或分期付款，也会在结账时显示。\n\n如果付款失败，请检查余额或额度后再试一次，或选择其他付款方式。',
    ],
  }),
  ...topic('shipping', 'policy', {
    ms: [
      'Berapa hari barang sampai? Barang dihantar dari mana?',
      'Kami bungkus dan serahkan pesanan kepada kurier secepat mungkin. Anggaran tarikh tiba dipaparkan semasa checkout dan dalam butiran pesanan, bergantung pada alamat dan kurier.\n\nJika halaman produk menyatakan barang dihantar dari luar negara, penghantaran mengambil masa sedikit lebih lama, dan status penjejakan mungkin lambat dikemas kini semasa bungkusan melalui kastam. Itu perkara biasa.',
    ],
    vi: [
      'Giao hàng mất bao lâu? Hàng gửi từ đâu vậy shop?',
      'Shop đóng gói và giao cho đơn vị vận chuyển sớm nhất có thể. Ngày giao dự kiến hiển thị ở bước thanh toán và trong chi tiết đơn hàng, tùy theo địa chỉ và đơn vị vận chuyển.\n\nNếu trang sản phẩm ghi hàng gửi từ nước ngoài, thời gian giao sẽ lâu hơn một chút, và trạng thái vận chuyển có thể chưa cập nhật trong lúc kiện hàng làm thủ tục hải quan. Điều này là bình thường bạn nhé.',
    ],
    tl: [
      'Gaano po katagal ang shipping? Saan po manggagaling ang order?',
      'Ipinapack at ibinibigay po namin agad sa courier ang mga order. Makikita po ang estimated delivery date sa checkout at sa order details, depende po sa address at courier.\n\nKung nakalagay po sa product page na overseas ang shipping, medyo mas matagal po ang delivery, at pwedeng hindi po agad mag-update ang tracking habang dumadaan sa customs ang parcel. Normal lang po iyon.',
    ],
    en: [
      'How long does delivery take? Where does my order ship from?',
      'We pack orders and hand them to the courier as soon as possible. The estimated delivery date is shown at checkout and in your order details, and depends on your address and the courier.\n\nIf the product page says the item ships from overseas, delivery takes a little longer, and tracking may not update while the parcel clears customs. That is normal.',
    ],
    zh: [
      '发货后多久能到？从哪里发货？',
      '我们会尽快打包并交给快递。预计送达日期会在结账页面和订单详情中显示，具体取决于收货地址和快递公司。\n\n如果商品页面注明从海外发货，送达时间会稍长一些，包裹清关期间物流信息可能暂时不更新，这是正常的。',
    ],
  }),
  ...topic('gift', 'faq', {
    ms: [
      'Boleh balut hadiah? Sesuai dijadikan hadiah?',
      'Kami tidak menyediakan balutan hadiah, tetapi setiap produk datang dalam kotak runcit yang kemas, jadi sesuai terus dijadikan hadiah.\n\nPesanan juga boleh dihantar terus kepada penerima: masukkan nama dan alamat penerima semasa checkout.',
    ],
    vi: [
      'Shop có gói quà không? Mua làm quà tặng được không?',
      'Shop chưa có dịch vụ gói quà, nhưng mỗi sản phẩm đều có hộp đựng chỉnh chu, rất hợp để làm quà tặng.\n\nBạn cũng có thể gửi thẳng đến người nhận: chỉ cần nhập tên và địa chỉ người nhận khi đặt hàng nhé.',
    ],
    tl: [
      'May gift wrapping po ba? Pwede po bang pang-regalo?',
      'Wala po kaming gift wrapping, pero naka-retail box po ang bawat item kaya ready na po itong iregalo.\n\nPwede rin pong diretsong ipadala sa recipient: ilagay lang po ang pangalan at address niya sa checkout.',
    ],
    en: [
      'Do you offer gift wrapping? Can I send it as a gift?',
      'We do not offer gift wrapping, but every item comes in its own neat retail box, ready to give as a gift.\n\nYou can also send the order straight to the recipient by entering their name and address at checkout.',
    ],
    zh: [
      '可以帮忙包装礼物吗？适合当礼物送人吗？',
      '我们暂时没有礼品包装服务，不过每件商品都有精美的原装盒，直接送人也很合适。\n\n您也可以直接寄给收礼人，结账时填写对方的姓名和地址就可以了。',
    ],
  }),
];

export const STARTER_KB: Record<StarterCategory, StarterArticle[]> = {
  home_goods: HOME_GOODS,
  fashion_accessories: FASHION_ACCESSORIES,
  beauty: BEAUTY,
  electronics: ELECTRONICS,
};

// ---------------------------------------------------------------------------------------------------------
// Which articles a shop starts with, and in what form the API stores them.

/** A category's articles, only in the given languages (all of them by default). */
export function starterArticles(category: StarterCategory, languages?: readonly Language[]): StarterArticle[] {
  const all = STARTER_KB[category];
  return languages ? all.filter((a) => languages.includes(a.language)) : all;
}

/** The POST /api/kb body for an article; articles waiting for the seller's facts are stored inactive. */
export function toKbArticleBody(article: StarterArticle, shopId: string | null): KbArticleBody {
  return {
    shopId,
    kind: article.kind,
    title: article.title,
    body: article.body,
    language: article.language,
    tags: [...article.tags],
    active: !article.tags.includes(NEEDS_SELLER_REVIEW),
    ...(article.startsAt ? { startsAt: article.startsAt } : {}),
    ...(article.endsAt ? { endsAt: article.endsAt } : {}),
  };
}
