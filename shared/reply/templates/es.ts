// Spanish for US buyers (mostly Mexican and Central American): "usted" in every register, as US
// Spanish-language customer service writes; "paquetería" for the carrier. The register changes the frame
// ("Estimado/a …" and "Atentamente" versus "¡Hola!" and "Quedamos a sus órdenes").
import type { LanguagePack } from '../pack';

export const es: LanguagePack = {
  hello: ['Estimado/a {name}:', '¡Hola, {name}!', '¡Hola, {name}!'],
  helloAnon: ['Estimado/a cliente:', '¡Hola!', '¡Hola!'],
  bye: ['Atentamente,', 'Quedamos a sus órdenes.', '¡Saludos!'],

  ordItem: '{id} ({item})',
  carrier: 'Paquetería: {carrier}',
  tracking: 'Número de rastreo: {tn}',
  lastUpdate: 'Última actualización ({date}): {event}',
  eta: 'Entrega estimada: {range}',
  shipped: 'Fecha de envío: {date}',
  total: 'Total: {total}',
  reason: 'Motivo: {reason}',
  days: ['{n} día', '{n} días'],
  daysRange: '{min} a {max} días',

  status: {
    UNPAID: 'Su pedido {ord} está pendiente de pago.',
    ON_HOLD: 'Su pedido {ord} se realizó correctamente y está en un breve periodo de confirmación antes de que lo preparemos.',
    AWAITING_SHIPMENT: 'Estamos preparando su pedido {ord} para enviarlo.',
    AWAITING_COLLECTION: 'Su pedido {ord} ya está empacado y esperando a que la paquetería lo recoja.',
    PARTIALLY_SHIPPING: 'Una parte de su pedido {ord} ya se envió y el resto aún se está preparando.',
    IN_TRANSIT: 'Su pedido {ord} ya se envió y va en camino.',
    DELIVERED: 'Su pedido {ord} ya fue entregado.',
    COMPLETED: 'Su pedido {ord} está completado.',
    CANCELLED: 'Su pedido {ord} fue cancelado.',
  },
  deliveredOn: 'Su pedido {ord} fue entregado el {date}.',
  processing: 'Normalmente enviamos los pedidos en un plazo de {days}.',
  shippingTime: 'Una vez enviado, el pedido suele llegar en {days}.',
  noTracking: 'El número de rastreo aparecerá en los detalles del pedido en cuanto la paquetería reciba el paquete.',
  deliveredHelp: 'Si no encuentra el paquete, responda aquí y nuestro equipo lo revisará con la paquetería.',
  returnOnArrival: 'Cuando lo reciba, puede solicitar una devolución en los detalles del pedido.',
  tellUs: 'Si hay algún problema con el producto, responda aquí y nuestro equipo le ayudará.',
  askOrder: '¿Nos podría compartir su número de pedido para revisarlo? Puede copiarlo desde los detalles del pedido en la app de TikTok.',
  orderNotFound: 'No encontramos ese número de pedido en nuestra tienda. ¿Podría verificarlo y enviarlo de nuevo?',
  askIfOrdered: 'Si ya realizó un pedido, envíenos el número de pedido y con gusto lo revisamos.',

  addrUnpaid:
    'Su pedido {ord} aún no está pagado, así que lo más sencillo es cancelarlo y hacer un nuevo pedido con la dirección correcta.',
  addrOpen:
    'Su pedido {ord} aún no se ha enviado, así que todavía se puede cambiar la dirección. Busque la opción para cambiar la dirección en los detalles del pedido. Si no aparece, puede solicitar la cancelación y volver a hacer el pedido con la dirección correcta.',
  addrPacked: 'Lo sentimos, su pedido {ord} ya está empacado y con su etiqueta de envío, por lo que ya no es posible cambiar la dirección. Aún puede intentar solicitar la cancelación en los detalles del pedido y volver a pedirlo con la dirección correcta.',
  addrShipped:
    'Lo sentimos, su pedido {ord} ya va en camino, por lo que ya no es posible cambiar la dirección de entrega. Con gusto le ayudamos a contactar a la paquetería sobre la entrega; solo responda aquí.',
  addrDelivered: 'Su pedido {ord} ya fue entregado, por lo que no es posible cambiar la dirección.',
  addrCancelled: 'Su pedido {ord} fue cancelado, así que no hay nada que cambiar. Puede hacer un nuevo pedido con la dirección correcta.',

  cancelSelf: 'Puede cancelar su pedido {ord} usted mismo desde los detalles del pedido en la app de TikTok.',
  cancelRequest:
    'Su pedido {ord} aún no se ha enviado, así que puede solicitar la cancelación en los detalles del pedido. Después, la solicitud será revisada.',
  cancelPacked:
    'Su pedido {ord} ya está empacado y esperando a la paquetería. Aún puede intentar solicitar la cancelación en los detalles del pedido; si ya no es posible, podrá solicitar una devolución cuando lo reciba.',
  cancelShipped: 'Su pedido {ord} ya se envió, por lo que ya no se puede cancelar.',
  cancelDelivered: 'Su pedido {ord} ya fue entregado. En lugar de cancelarlo, puede solicitar una devolución en los detalles del pedido.',
  cancelCompleted: 'Su pedido {ord} ya está completado, por lo que no se puede cancelar.',
  cancelDone: 'Su pedido {ord} ya está cancelado; no necesita hacer nada más.',

  retHow: 'Para solicitar una devolución o reembolso, abra el pedido en la app de TikTok, elija devolución/reembolso y siga los pasos. Puede seguir el estado en los detalles del pedido.',
  retWindow: 'Puede solicitar la devolución dentro de un plazo de {days} desde la entrega.',
  retFree: 'El envío de la devolución es gratis.',
  retNotYet: 'Su pedido {ord} aún no ha sido entregado.',
  retCancelInstead: 'Si ya no lo quiere, mientras no se haya enviado también puede solicitar la cancelación.',
  retClosed: 'El plazo de devolución de su pedido {ord} ya terminó.',
  retCancelled: 'Su pedido {ord} fue cancelado. Si tiene alguna duda sobre el reembolso, responda aquí y nuestro equipo lo revisará.',

  cpIntro: 'Estos son nuestros cupones vigentes:',
  coupon: {
    plain: '• {desc}',
    code: '• {desc} (código: {code})',
    until: '• {desc} (válido hasta el {until})',
    both: '• {desc} (código: {code}, válido hasta el {until})',
  },
  cpApply: 'Puede obtener los cupones en la página del producto y aplicarlos al pagar.',
  cpNone: 'Por el momento no tenemos cupones activos. Siga nuestra tienda para enterarse de la próxima promoción en cuanto empiece.',
  cpGeneral: 'Los cupones disponibles se muestran en la página del producto y al pagar.',
  cpTip: 'Si un código no funciona, revise la compra mínima y la vigencia del cupón.',

  payCodYes: 'Nuestra tienda acepta pago contra entrega (COD); puede elegirlo al pagar.',
  payCodNo: 'Por ahora nuestra tienda no ofrece pago contra entrega, pero puede pagar con cualquiera de los otros métodos que aparecen al pagar.',
  payInstYes: 'Nuestra tienda ofrece pagos a plazos; la opción aparecerá al pagar si su pedido cumple los requisitos.',
  payInstNo: 'Por ahora no ofrecemos pagos a plazos, pero puede pagar con cualquiera de los otros métodos que aparecen al pagar.',
  payMethods: 'Todos los métodos de pago disponibles para su pedido aparecen al pagar.',
  payFailed:
    'Si un pago no se completó, intente pagar de nuevo desde los detalles del pedido o elija otro método de pago. Si se le hizo el cargo pero el pedido no aparece como pagado, responda aquí y nuestro equipo lo revisará.',

  greetHi: '¿En qué le podemos ayudar?',
  greetThanks: ['Con mucho gusto. Si tiene alguna otra pregunta, estamos para servirle.', '¡Con gusto! Si necesita algo más, aquí estamos.'],

  holdThanks: 'Gracias por su mensaje.',
  holdSorry: 'Lamentamos mucho los inconvenientes.',
  holdWhen: 'Una persona de nuestro equipo le responderá {when}.',
  holdAsap: 'Una persona de nuestro equipo le responderá lo antes posible.',
  today: 'hoy a partir de las {time}',
  tomorrow: 'mañana a partir de las {time}',
  later: 'el {day} a partir de las {time}',
  holdPhotos: 'Si puede, envíe aquí fotos del producto y del empaque para que podamos revisarlo más rápido.',
  holdOrder: 'Si su mensaje es sobre un pedido, por favor incluya el número de pedido.',

  dComplaint: 'Lamentamos mucho su experiencia y queremos solucionarlo. ¿Podría contarnos un poco más sobre lo que pasó?',
  dDamaged:
    'Lamentamos mucho que su pedido {ord} no haya llegado como esperaba. ¿Podría enviarnos aquí fotos del producto y del empaque para revisarlo?',
  dHuman: 'Gracias por esperar. Le atiende el equipo de {shop}, ¿en qué le podemos ayudar?',
  dOther: 'Gracias por escribir a {shop}. ¿Podría contarnos un poco más sobre lo que necesita?',
};
