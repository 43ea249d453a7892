# -*- coding: utf-8 -*-
"""Armando: everyday bulk mail generated from hand-written snippets."""
import datetime as dt
from eml_lib import M, clean
from bulk_lib import weekly, monthly, random_dates, fmt_date, mxn

ME = "Armando Villaseñor <armando.villasenor.t@gmail.com>"
ME_OLD = "Armando Villaseñor <armando_vt86@hotmail.com>"
START = dt.date(2025, 1, 13)
END = dt.date(2025, 5, 30)
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def N(kind, lang="es"):
    return dict(label="not_job", kind=kind, lang=lang)


# ----------------------------------------------------------------------------- Banco Solidez
COMERCIOS = ["BODEGA AURRERA AGRICOLA OR", "OXXO CANELA", "GASOLINERA GASPUNTOS TEZONTLE", "FARMACIA BIENESTAR",
             "CLUB MAYOREO IZTAPALAPA", "GALERIAS DEL VALLE PTO ORIENTE", "MERCADO PAGO*MERCADOLIBRE", "TAQUERIA EL PASTORCITO",
             "CINEMUNDO PARQUE TEZONTLE", "HOME CENTER ERMITA", "PAPELERIA LA ESTRELLA"]


def bank(rng):
    specs = []
    pay = [(dt.date(2025, 1, 15), "DISTRIBUIDORA MAYA DEL CENTRO"), (dt.date(2025, 1, 31), "DISTRIBUIDORA MAYA DEL CENTRO"),
           (dt.date(2025, 2, 14), "DISTRIBUIDORA MAYA DEL CENTRO"), (dt.date(2025, 2, 28), "DISTRIBUIDORA MAYA DEL CENTRO"),
           (dt.date(2025, 3, 14), "DISTRIBUIDORA MAYA DEL CENTRO"), (dt.date(2025, 3, 31), "DISTRIBUIDORA MAYA DEL CENTRO"),
           (dt.date(2025, 4, 15), "DISTRIBUIDORA MAYA DEL CENTRO"), (dt.date(2025, 4, 30), "DISTRIBUIDORA MAYA DEL CENTRO"),
           (dt.date(2025, 5, 2), "DISTRIBUIDORA MAYA DEL CENTRO FINIQUITO"),
           (dt.date(2025, 5, 15), "NORDHAVEN LOGISTICS MEXICO"), (dt.date(2025, 5, 30), "NORDHAVEN LOGISTICS MEXICO")]
    for i, (d, emisor) in enumerate(pay):
        amt = {"DISTRIBUIDORA MAYA DEL CENTRO": 12384.55, "NORDHAVEN LOGISTICS MEXICO": 16108.20,
               "DISTRIBUIDORA MAYA DEL CENTRO FINIQUITO": 41270.00}[emisor]
        dd = dt.datetime(d.year, d.month, d.day, rng.choice([5, 6, 13, 14]), rng.randint(0, 59))
        specs.append(M("sol-nom%d" % i, dd, "Banco Solidez <alertas@bancosolidez.com.mx>", ME,
                       "Depósito recibido en tu cuenta Solidez Nómina", clean("""
Solidez Alertas

Recibiste un depósito en tu cuenta de nómina con terminación 3318.

Emisor: %s
Monto: %s
Fecha: %s

Consulta tu saldo en la app Solidez Móvil.

Este correo es informativo. Banco Solidez nunca te pedirá tus contraseñas o NIP por correo.
""") % (emisor, mxn(amt), dd.strftime("%d/%m/%Y %H:%M")), fmt="html", brand="Banco Solidez", color="#005f73",
            label=N("bank-alert")))
    for i, d in enumerate(random_dates(START, END, 7, rng, hours=(8, 22))):
        c = COMERCIOS[rng.randrange(len(COMERCIOS))]
        amt = round(rng.uniform(85, 2400), 2)
        specs.append(M("sol-c%d" % i, fmt_date(d), "Banco Solidez <alertas@bancosolidez.com.mx>",
                       ME_OLD if i % 3 == 0 else ME, "Compra con tu tarjeta de débito *3318", clean("""
Se realizó una compra con tu tarjeta de débito terminación 3318:

Comercio: %s
Importe: %s
Fecha y hora: %s

¿No reconoces esta compra? Apaga tu tarjeta desde la app o llama al 55 5140 2000.
""") % (c, mxn(amt), d.strftime("%d/%m/%Y %H:%M")), fmt="html", brand="Banco Solidez", color="#005f73",
            label=N("bank-alert")))
    for i, d in enumerate([dt.datetime(2025, 2, 1, 11, 58), dt.datetime(2025, 3, 1, 10, 12), dt.datetime(2025, 4, 1, 9, 3),
                           dt.datetime(2025, 5, 1, 12, 40)]):
        amt = 9800.0 if i == 0 else 10290.0
        specs.append(M("sol-spei%d" % i, d, "Banco Solidez <alertas@bancosolidez.com.mx>", ME,
                       "Comprobante de transferencia SPEI", clean("""
Transferencia SPEI enviada

Beneficiario: ROGELIO GODINEZ ARCE
Banco destino: BANORTE
Cuenta: ************2291
Concepto: RENTA %s
Monto: %s
Clave de rastreo: SOL2025%02d%02d%06d

Puedes validar tu transferencia en el portal de Banxico (CEP).
""") % (MESES[d.month - 1].upper(), mxn(amt), d.month, d.day, rng.randint(0, 999999)), label=N("bank-transfer")))
    for d in monthly(START, END, 8, 7, rng):
        specs.append(M("sol-edo%s" % d.strftime("%m"), fmt_date(d), "Banco Solidez <estadosdecuenta@bancosolidez.com.mx>", ME_OLD,
                       "Tu estado de cuenta de %s está disponible" % MESES[(d.month - 2) % 12], clean("""
Estimado cliente:

Tu estado de cuenta de la Cuenta Solidez Nómina correspondiente al periodo de %s ya está disponible en Solidez en Línea.

Por tu seguridad, el archivo adjunto está protegido con tu RFC con homoclave.
""") % MESES[(d.month - 2) % 12], attach=[("EdoCta_%s.pdf" % d.strftime("%Y%m"), "application/pdf")],
            charset="iso-8859-1", cte="quoted-printable", label=N("bank-statement")))
    return specs


# ----------------------------------------------------------------------------- utilities
def utilities(rng):
    specs = []
    for i, d in enumerate([dt.datetime(2025, 1, 20, 9, 0), dt.datetime(2025, 3, 20, 9, 0), dt.datetime(2025, 5, 20, 9, 0)]):
        amt = [412.0, 389.0, 637.0][i]
        specs.append(M("cfe-%d" % i, d.replace(minute=rng.randint(0, 59)), "CFE Recibo Digital <recibodigital@cfe.mx>", ME,
                       "Tu recibo de luz CFE está disponible", clean("""
Estimado usuario:

Tu recibo de luz del periodo bimestral ya está disponible.

Número de servicio: 4815 0927 3361
Total a pagar: %s
Fecha límite de pago: %s

Paga en línea en www.cfe.mx, en tiendas de conveniencia o en tu banca en línea.
""") % (mxn(amt), (d + dt.timedelta(days=12)).strftime("%d/%m/%Y")), charset="iso-8859-1", cte="quoted-printable",
            label=N("utility-bill")))
    for d in monthly(START, END, 9, 10, rng):
        specs.append(M("totalred-%s" % d.strftime("%m"), fmt_date(d), "Totalred <facturacion@totalred.com.mx>", ME,
                       "Tu estado de cuenta Totalred – %s" % MESES[d.month - 1].capitalize(), clean("""
Hola José Armando,

Tu estado de cuenta de %s ya está listo.

Paquete: Internet 150 Mbps + TV Básica
Total a pagar: $649.00
Fecha límite: %s

Evita la suspensión de tu servicio pagando a tiempo. Domicilia tu pago y recibe 1 mes de Netflix Básico.
""") % (MESES[d.month - 1], (d + dt.timedelta(days=10)).strftime("%d/%m/%Y")), fmt="html", brand="totalred",
            color="#00a19a", label=N("telecom-bill")))
    for d in monthly(START, END, 22, 11, rng):
        specs.append(M("conecta-%s" % d.strftime("%m"), fmt_date(d), "Conecta Móvil <mi.cuenta@conectamovil.mx>", ME,
                       "Tu factura de %s" % MESES[d.month - 1], clean("""
Hola Armando, tu factura de %s ya está disponible.

Plan Conecta 399 (2 líneas)
Total: $598.00
Cargo automático a tu tarjeta terminación 3318 el %s.

Descarga tu factura (PDF y XML) en Mi Conecta.
""") % (MESES[d.month - 1], (d + dt.timedelta(days=3)).strftime("%d/%m")), fmt="html", brand="Conecta Móvil",
            color="#ff6600", label=N("telecom-bill")))
    for i, d in enumerate(random_dates(START, END, 3, rng, hours=(9, 18))):
        specs.append(M("gas-%d" % i, fmt_date(d), "Gas Metropolitano <facturas@gasmetropolitano.com.mx>", ME,
                       "Comprobante de servicio – Gas LP", clean("""
Gracias por su preferencia.

Servicio: Estacionario
Litros surtidos: %d
Precio por litro: $11.48
Total: %s
Domicilio: Calle 7 núm. 214, Agrícola Oriental, Iztacalco

Factúrelo en gasmetropolitano.com.mx/facturacion con el folio %d.
""") % (l := rng.choice([120, 135, 140, 150]), mxn(l * 11.48), rng.randint(100000, 999999)),
            charset="iso-8859-1", cte="quoted-printable", label=N("receipt")))
    return specs


# ----------------------------------------------------------------------------- shopping
ML_ITEMS = [("Balatas delanteras Nissan Versa 2017", 689.0), ("Mochila escolar Spider-Man con ruedas", 549.0),
            ("Termo Stanley 1.4 L", 1249.0), ("Multicontacto con USB 6 entradas", 279.0),
            ("Zapatos de seguridad Berrendo casquillo talla 27", 1089.0), ("Funda para celular Moto G84", 189.0),
            ("Juego de sábanas matrimonial", 399.0)]
AMZ_ITEMS = [("Echo Dot (5ª generación)", 749.0), ("Cuaderno profesional cuadro chico (paquete de 5)", 215.0),
             ("Lámpara LED para escritorio", 329.0), ("Libro: La Meta, de Eliyahu M. Goldratt", 348.0),
             ("Balón de fútbol número 4", 299.0)]


def shopping(rng):
    specs = []
    for i, (d, (item, price)) in enumerate(zip(random_dates(START, END - dt.timedelta(days=5), len(ML_ITEMS), rng, hours=(9, 24)), ML_ITEMS)):
        specs.append(M("ml-%d" % i, fmt_date(d), "Mercado Libre <info@mercadolibre.com.mx>", ME,
                       "Compraste %s" % item, clean("""
¡Hola Armando!

Tu compra está confirmada.

%s
1 unidad · %s

Pagaste con Mercado Pago. Llega %s.

Ver compra: https://www.mercadolibre.com.mx/compras
""") % (item, mxn(price), ["mañana", "el jueves", "entre el lunes y el miércoles", "hoy"][i % 4]),
            fmt="html", brand="mercado libre", color="#ffe600", mid_style="ses", ses_region="us-east-1.amazonses.com",
            label=N("order-confirmation")))
        if i % 4 != 3:
            d2 = d + dt.timedelta(days=1 + i % 2, hours=rng.randint(-5, 5))
            specs.append(M("ml-s%d" % i, fmt_date(d2), "Mercado Libre <info@mercadolibre.com.mx>", ME,
                           ["Tu paquete está en camino", "¡Entregamos tu paquete!", "Tu paquete llega hoy"][i % 3],
                           clean("""
%s

%s

Sigue tu envío en la app de Mercado Libre.
""") % (["Tu compra ya va en camino con Mercado Envíos.", "Entregamos tu paquete en el domicilio. Lo recibió: Claudia.",
         "Tu paquete llega hoy entre las 9 y las 21 h."][i % 3], item),
                fmt="html", brand="mercado libre", color="#ffe600", mid_style="ses", ses_region="us-east-1.amazonses.com",
                label=N("shipping")))
    for i, (d, (item, price)) in enumerate(zip(random_dates(START, END - dt.timedelta(days=5), len(AMZ_ITEMS), rng, hours=(9, 24)), AMZ_ITEMS)):
        specs.append(M("amzmx-%d" % i, fmt_date(d), "Amazon.com.mx <confirmar-envio@amazon.com.mx>", ME,
                       "Tu pedido de Amazon.com.mx de %s" % item[:40], clean("""
Hola Armando:

Gracias por tu pedido. Te avisaremos cuando se envíe.

%s
Cantidad: 1 · %s

Total del pedido: %s
Envío a: Armando Villaseñor, Iztacalco, CDMX 08500
""") % (item, mxn(price), mxn(price)), fmt="html", brand="amazon.com.mx", color="#232f3e", mid_style="ses",
            ses_region="us-east-1.amazonses.com", label=N("order-confirmation")))
        if i % 2 == 0:
            specs.append(M("amzmx-s%d" % i, fmt_date(d + dt.timedelta(days=2, hours=3)), "Amazon.com.mx <confirmar-envio@amazon.com.mx>", ME,
                           "Entregado: %s" % item[:40], "Hola Armando:\n\nTu paquete fue entregado.\n\n%s\n\nGracias por comprar en Amazon.com.mx.\n" % item,
                           fmt="html", brand="amazon.com.mx", color="#232f3e", mid_style="ses",
                           ses_region="us-east-1.amazonses.com", label=N("shipping")))
    rappi = [("Tacos El Güero", 312.0), ("Pizzas La Nona", 389.0), ("Farmacia Bienestar", 246.5), ("Pollos Río", 275.0),
             ("Sushi Roll Tezonte", 418.0), ("Super Mercado Express", 532.8)]
    for i, (d, (shop, t)) in enumerate(zip(random_dates(START, END, len(rappi), rng, hours=(13, 23)), rappi)):
        specs.append(M("rappi-%d" % i, fmt_date(d), "Rappi <noreply@rappi.com>", ME, "Recibo de tu pedido en %s" % shop, clean("""
¡Gracias por pedir en Rappi, Armando!

Pedido en %s
Subtotal: %s
Envío: $19.00
Propina: $20.00
Total: %s

Califica tu pedido en la app.
""") % (shop, mxn(t), mxn(t + 39)), fmt="html", brand="Rappi", color="#ff441f", tz="America/Bogota",
            label=N("receipt")))
    for i, d in enumerate(random_dates(START, END, 5, rng, hours=(6, 23))):
        km = round(rng.uniform(4, 22), 1)
        specs.append(M("uber-%d" % i, fmt_date(d), "Uber Receipts <noreply@uber.com>", ME,
                       "Tu viaje del %s con Uber" % ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][d.weekday()] +
                       (" por la mañana" if d.hour < 12 else " por la tarde" if d.hour < 19 else " por la noche"), clean("""
Gracias por viajar, Armando

Total: %s
UberX · %.1f km · %d min

Pagado con Visa ••3318
""") % (mxn(round(km * 13.5 + 35, 2)), km, int(km * 3 + 5)), fmt="html", brand="Uber", color="#000000",
            tz="America/Los_Angeles", label=N("receipt")))
    return specs


# ----------------------------------------------------------------------------- newsletters
FUT = ["Jornada 1: el Clausura arranca con sorpresas", "¿Quién será el campeón de goleo?", "Análisis: el nuevo técnico y su 4-3-3",
       "Clásico Joven: todo lo que tienes que saber", "Los fichajes que no funcionaron", "La Liguilla se pone al rojo vivo",
       "Play-In: horarios y canales", "Selección: la lista para la Nations League", "Cuartos de final: pronósticos",
       "Semifinales: crónica de una noche de locura", "El portero que salvó la jornada", "Tabla general: así va la pelea por el liderato",
       "Las 5 mejores atajadas del mes", "Entrevista exclusiva: el capitán habla de la crisis", "Cuánto cuesta ir al estadio en 2025",
       "Fuerzas básicas: los juveniles que vienen pisando fuerte", "Arbitraje: las polémicas del fin de semana", "Previa de la Final: cara a cara",
       "¡Tenemos campeón!", "Mercado de verano: primeros rumores"]


def newsletters(rng):
    specs = []
    for i, (d, t) in enumerate(zip(weekly(START, END, 0, 8, 0, rng), FUT)):
        specs.append(M("fut-%d" % i, fmt_date(d), "Fútbol Total MX <boletin@futboltotal.mx>", ME, t, clean("""
FÚTBOL TOTAL · Tu boletín de los lunes

%s

Lo mejor de la jornada, los goles que no viste y la tabla actualizada.

Leer más: https://futboltotal.mx/boletin/%d

¿Ya tienes la app? Resultados en vivo y alertas de tu equipo.
""") % (t, 1200 + i), fmt="html", brand="FÚTBOL TOTAL", color="#0b6e4f", mid_style="sendgrid",
            label=N("newsletter")))
    LOG = ["Carta Porte 3.1: guía rápida para transportistas", "Robo al autotransporte: las rutas más peligrosas del trimestre",
           "WMS en la nube: ¿vale la pena para un CEDIS mediano?", "El costo del diésel y su impacto en las tarifas de flete",
           "Nearshoring: los corredores logísticos que más crecen", "Indicadores OTIF: cómo medirlos sin engañarse",
           "Última milla en CDMX: el reto de las bicicletas de carga", "Expo Logística Querétaro 2025: lo más destacado",
           "Hoy No Circula y la logística urbana: nuevas reglas"]
    dates = [d for d in weekly(START, END, 3, 7, 30, rng) if d.date() != dt.date(2025, 3, 13)][::2]
    for i, (d, t) in enumerate(zip(dates, LOG)):
        specs.append(M("log-%d" % i, fmt_date(d), "Logística al Día <boletin@logisticaaldia.mx>", ME, t, clean("""
LOGÍSTICA AL DÍA · Boletín semanal

%s

Además: indicadores de la semana (precio del diésel, tipo de cambio, ocupación de naves industriales) y agenda de eventos del sector.

Leer en la web: https://logisticaaldia.mx/boletin/%d
""") % (t, 310 + i), fmt="alt", brand="LOGÍSTICA AL DÍA", color="#1d3557", mid_style="sendgrid",
            label=N("newsletter")))
    return specs


# ----------------------------------------------------------------------------- promotions
PROMOS = [
    ("Club Mayoreo <ofertas@clubmayoreo.com.mx>", "Ofertas de la semana para socios", "Carne para asar, pañales, detergentes y más a precio de socio. Válido hasta el domingo."),
    ("Galerías del Valle <ofertas@galeriasdelvalle.com.mx>", "Regreso a clases... ¡de enero!", "Mochilas, loncheras y uniformes con hasta 25 % de descuento."),
    ("Muebles Econo <promociones@mueblesecono.mx>", "Salas y comedores con pagos chiquitos", "Llévate tu sala desde $149 semanales. Sin enganche, solo con tu INE."),
    ("Farmacias Bienestar <club@farmaciasbienestar.mx>", "Tu monedero tiene $85 para usar", "Usa tu saldo del Monedero Bienestar en tu próxima compra. Vence el 28 de febrero."),
    ("Club Mayoreo <ofertas@clubmayoreo.com.mx>", "Tu membresía vence pronto", "Renueva tu membresía Club Mayoreo antes del 30 de marzo y recibe $200 en cupones."),
    ("Galerías del Valle <ofertas@galeriasdelvalle.com.mx>", "Venta nocturna este viernes", "Hasta 40 % en moda, hogar y electrónica. Solo este viernes de 6 pm a 1 am."),
    ("CineMundo <club@cinemundo.mx>", "Martes 2x1 y estrenos de la semana", "Trae a quien quieras: todos los martes 2x1 en salas tradicionales. Además, los estrenos de la semana."),
    ("Muebles Econo <promociones@mueblesecono.mx>", "Aprovecha: colchones al 50 %", "Duerme mejor: colchones matrimoniales desde $2,499 o $79 semanales."),
    ("GasPuntos <puntos@gaspuntos.mx>", "Tienes 1,240 puntos GasPuntos", "Cámbialos por litros gratis, lavado de auto o productos en tienda."),
    ("Club Mayoreo <ofertas@clubmayoreo.com.mx>", "Especial Semana Santa", "Pescados, mariscos y todo para tus vacaciones a precio de mayoreo."),
    ("Farmacias Bienestar <club@farmaciasbienestar.mx>", "Vacuna de influenza y chequeo gratis", "Este sábado, jornada de salud en sucursales participantes."),
    ("CineMundo <club@cinemundo.mx>", "Tus boletos: Sala 7, función 18:40", "Gracias por tu compra. Presenta tu código QR en la entrada. Combo familiar incluido."),
    ("Galerías del Valle <ofertas@galeriasdelvalle.com.mx>", "Día de las Madres: el regalo perfecto", "Perfumes, bolsas y línea blanca con hasta 15 meses sin intereses."),
    ("GasPuntos <puntos@gaspuntos.mx>", "Doble puntos este fin de semana", "Carga 40 litros o más y recibe el doble de puntos."),
    ("Muebles Econo <promociones@mueblesecono.mx>", "Hot Sale: todo con 20 % adicional", "Solo en línea. Envío gratis en CDMX y área metropolitana."),
]


def promos(rng):
    specs = []
    dates = [dt.datetime(2025, 1, 16, 9), dt.datetime(2025, 1, 22, 10), dt.datetime(2025, 2, 5, 12), dt.datetime(2025, 2, 18, 9),
             dt.datetime(2025, 3, 10, 9), dt.datetime(2025, 3, 21, 11), dt.datetime(2025, 3, 25, 10),
             dt.datetime(2025, 4, 2, 12), dt.datetime(2025, 4, 8, 8), dt.datetime(2025, 4, 10, 9), dt.datetime(2025, 4, 24, 10),
             dt.datetime(2025, 4, 27, 17), dt.datetime(2025, 5, 3, 9), dt.datetime(2025, 5, 16, 18), dt.datetime(2025, 5, 27, 8)]
    for i, ((frm, s, b), d) in enumerate(zip(PROMOS, dates)):
        specs.append(M("promo-%d" % i, d.replace(minute=rng.randint(0, 59)), frm, ME, s,
                       b + "\n\nConsulta términos y condiciones en nuestra página. Si ya no deseas recibir estos correos, da clic aquí.\n",
                       fmt="html" if i % 4 else "alt", brand=frm.split("<")[0].strip(),
                       color=["#004e98", "#d00070", "#e85d04", "#2a9d8f", "#6a040f"][i % 5],
                       mid_style="sendgrid" if i % 2 else "ses", ses_region="us-east-1.amazonses.com",
                       label=N("promotion")))
    return specs


# ----------------------------------------------------------------------------- misc
def misc(rng):
    specs = []
    for d in monthly(START, END, 3, 9, rng):
        specs.append(M("coleg-%s" % d.strftime("%m"), fmt_date(d), "Administración Colegio Tenochtitlan <cobranza@colegiotenochtitlan.edu.mx>", ME,
                       "Recibo de colegiatura %s – Sofía Villaseñor Ramírez" % MESES[d.month - 1], clean("""
Estimado padre de familia:

Adjuntamos el recibo de pago de la colegiatura del mes de %s.

Alumna: Sofía Villaseñor Ramírez – 4º A
Importe: $3,150.00
Forma de pago: transferencia

Le recordamos que después del día 10 se aplica un recargo del 10 %%.

Administración
""") % MESES[d.month - 1], attach=[("Recibo_%s_SVR.pdf" % d.strftime("%Y%m"), "application/pdf")],
            charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=N("school-receipt")))
    for d in monthly(START, END, 17, 3, rng):
        specs.append(M("disney-%s" % d.strftime("%m"), fmt_date(d), "Disney+ <disneyplus@mail.disneyplus.com>", ME,
                       "Tu recibo de Disney+", "Hola,\n\nGracias por tu suscripción a Disney+ Estándar.\n\nFecha de facturación: %s\nTotal: $219.00 MXN\n\nAdministra tu suscripción en tu cuenta.\n" % d.strftime("%d/%m/%Y"),
                       fmt="html", brand="Disney+", color="#0b1f5c", tz="America/Los_Angeles", label=N("subscription-receipt")))
    fb = ["Lety Salgado y 12 personas más comentaron una publicación en la que se te etiquetó",
          "Tienes 3 notificaciones nuevas y 2 solicitudes de amistad",
          "Hoy es el cumpleaños de Wicho Villaseñor. ¡Deséale un feliz cumpleaños!",
          "Recuerdos de hace 6 años: mira tus publicaciones de este día",
          "Claudia Ramírez te etiquetó en una foto",
          "Nuevo en Marketplace cerca de ti: bicicletas, refrigeradores y más"]
    for i, (d, s) in enumerate(zip(random_dates(START, END, len(fb), rng, hours=(7, 24)), fb)):
        specs.append(M("fb-%d" % i, fmt_date(d), "Facebook <notification@facebookmail.com>", ME_OLD, s,
                       "%s\n\nVer en Facebook: https://www.facebook.com/notifications\n\nEste mensaje se envió a armando_vt86@hotmail.com.\n" % s,
                       fmt="alt", brand="facebook", color="#1877f2", tz="America/Los_Angeles", mid_domain="facebookmail.com",
                       label=N("social-notification")))
    gov = [(dt.datetime(2025, 2, 3, 10, 5), "SEMOVI <notificaciones@semovi.cdmx.gob.mx>", "Recordatorio: pago de tenencia/refrendo 2025",
            "Le recordamos que el plazo para el pago de la tenencia o refrendo 2025 del vehículo con placas ***-47-** vence el 31 de marzo. Aproveche el subsidio al 100 % si cumple los requisitos."),
           (dt.datetime(2025, 4, 28, 9, 0), "Verificación Vehicular CDMX <avisos@sedema.cdmx.gob.mx>", "Su vehículo debe verificar en mayo-junio",
            "De acuerdo con el calendario de verificación, su vehículo (engomado amarillo, terminación 5 y 6) debe realizar la verificación en mayo o junio. Agende su cita en línea."),
           (dt.datetime(2025, 3, 18, 13, 30), "Afore Horizonte <estadosdecuenta@aforehorizonte.mx>", "Tu estado de cuenta cuatrimestral está disponible",
            "Consulta tus aportaciones, rendimientos y tu saldo para el retiro en la app Afore Horizonte. Recuerda que puedes hacer aportaciones voluntarias desde $50.")]
    for i, (d, frm, s, b) in enumerate(gov):
        specs.append(M("gov-%d" % i, d, frm, ME, s, b + "\n", charset="iso-8859-1", cte="quoted-printable",
                       label=N("government-notice" if i < 2 else "pension-statement")))
    goog = [(dt.datetime(2025, 1, 29, 22, 40), "Alerta de seguridad", "Nuevo inicio de sesión en Android (Moto G84). Si no fuiste tú, revisa la actividad de tu cuenta."),
            (dt.datetime(2025, 4, 3, 9, 10), "Alerta de seguridad", "Se agregó un correo de recuperación nuevo a tu cuenta de Google."),
            (dt.datetime(2025, 1, 31, 6, 30), "Notificación: Junta boletas Sofi @ vie 31 ene", "Evento de tu calendario: Junta boletas Sofi. vie 31 ene 2025 7:30 – 8:30 (CST)."),
            (dt.datetime(2025, 3, 15, 13, 0), "Notificación: América vs Cruz Azul @ sáb 15 mar 2025 19:00", "Recordatorio: América vs Cruz Azul, Estadio Ciudad de los Deportes. sáb 15 mar 2025 19:00 – 21:00 (CST)."),
            (dt.datetime(2025, 5, 4, 20, 0), "Notificación: PRIMER DÍA NORDHAVEN 7am transporte Politécnico @ lun 5 may 2025", "Evento: PRIMER DÍA NORDHAVEN 7am transporte Politécnico. lun 5 may 2025 6:30 – 7:30 (CST).")]
    for i, (d, s, b) in enumerate(goog):
        specs.append(M("goog-%d" % i, d, "Google <no-reply@accounts.google.com>" if i < 2 else "Google Calendar <calendar-notification@google.com>",
                       ME, s, b + "\n", fmt="alt", brand="Google", color="#1a73e8",
                       label=N("account-security" if i < 2 else "calendar-reminder")))
    return specs


def extra(rng):
    specs = []
    liga = [("2025-02-06 20:10", 1, "Pumitas Agrícola vs Halconcitos", "sábado 8 de febrero, 9:00 am, campo 4"),
            ("2025-02-13 19:45", 2, "Tiburones Iztacalco vs Pumitas Agrícola", "sábado 15 de febrero, 10:15 am, campo 2"),
            ("2025-02-27 21:02", 4, "Pumitas Agrícola vs Real Mixhuca", "sábado 1 de marzo, 9:00 am, campo 4"),
            ("2025-03-13 20:30", 6, "Pumitas Agrícola vs Deportivo Granjas", "sábado 15 de marzo, 11:30 am, campo 1"),
            ("2025-04-03 19:55", 9, "Leoncitos Pantitlán vs Pumitas Agrícola", "sábado 5 de abril, 9:00 am, campo 3"),
            ("2025-05-08 20:20", 13, "SEMIFINAL: Pumitas Agrícola vs Tiburones Iztacalco", "sábado 10 de mayo, 10:00 am, campo 4 (cancha principal)")]
    for i, (d, j, partido, cuando) in enumerate(liga):
        specs.append(M("liga-%d" % i, d, "Liga Infantil de Futbol Iztacalco <ligainfantil.iztacalco@gmail.com>", ME,
                       "Rol de juegos jornada %d - categoría 2019-2020" % j,
                       "Buenas noches papás\n\nRol de juegos de la jornada %d:\n\n%s\n%s\n\nFavor de llegar 20 min antes con uniforme completo y espinilleras. No se permite jugar sin credencial.\n\nComité Organizador\n" % (j, partido, cuando),
                       mid_style="gmail", label=N("kids-sports-league")))
    didi = [("DiDi Food", "Recibo de tu pedido: Tortas Ahogadas Don Chava", "Total: $236.00 · Entregado en 28 min"),
            ("DiDi", "Tu viaje con DiDi", "Total: $142.50 · DiDi Express · 11.2 km · Pagado en efectivo"),
            ("DiDi Food", "Recibo de tu pedido: Hamburguesas Al Carbón", "Total: $318.00 · Cupón aplicado: -$50"),
            ("DiDi", "Tu viaje con DiDi", "Total: $98.00 · DiDi Express · 6.4 km · Tarjeta ••3318")]
    for i, (d, (n, s_, b)) in enumerate(zip(random_dates(START, END, 4, rng, hours=(12, 24)), didi)):
        specs.append(M("didi-%d" % i, fmt_date(d), "%s <no-reply@didiglobal.com>" % n, ME, s_,
                       "Hola Armando,\n\n%s\n\nGracias por usar %s.\n" % (b, n), fmt="html", brand=n, color="#fc4c02",
                       label=N("receipt")))
    cm = [("2025-01-26 13:40", 2312.40), ("2025-03-02 12:15", 1876.90), ("2025-04-13 11:05", 3140.25)]
    for i, (d, t) in enumerate(cm):
        specs.append(M("cmticket-%d" % i, d, "Club Mayoreo <tickets@clubmayoreo.com.mx>", ME,
                       "Tu ticket electrónico – Club Mayoreo Iztapalapa",
                       "Gracias por tu compra, socio 7741 0923.\n\nTotal: %s\nArtículos: %d\nForma de pago: Débito ••3318\n\nFactura en línea con el código de tu ticket dentro de los próximos 30 días.\n" % (mxn(t), rng.randint(18, 45)),
                       fmt="html", brand="Club Mayoreo", color="#004e98", label=N("receipt")))
    mp = [("2025-04-06 12:50", "Recibiste un pago de $2,800.00", "COMPRADOR_JR88 te pagó $2,800.00 por Juego de 4 llantas 205/55 R16 seminuevas. El dinero estará disponible en tu cuenta de Mercado Pago."),
          ("2025-04-06 12:51", "¡Vendiste! Juego de 4 llantas 205/55 R16 seminuevas", "Acuerda la entrega con el comprador. Recuerda entregar el producto solo cuando el pago esté acreditado."),
          ("2025-04-08 09:30", "Califica a tu comprador", "¿Cómo te fue con COMPRADOR_JR88? Tu calificación ayuda a la comunidad.")]
    for i, (d, s_, b) in enumerate(mp):
        specs.append(M("mp-%d" % i, d, "Mercado Libre <info@mercadolibre.com.mx>" if i else "Mercado Pago <info@mercadopago.com>", ME, s_, b + "\n",
                       fmt="html", brand="mercado pago" if i == 0 else "mercado libre", color="#009ee3", label=N("marketplace")))
    nf = [("2025-01-24 16:00", "Nuevo en Netflix: series y películas para el fin de semana"),
          ("2025-03-07 16:00", "Ya está disponible: la nueva temporada que estabas esperando"),
          ("2025-05-02 16:00", "Tu plan cambiará de precio el próximo mes")]
    for i, (d, s_) in enumerate(nf):
        specs.append(M("nf-%d" % i, d, "Netflix <info@mailer.netflix.com>", ME_OLD, s_,
                       "Hola, Armando:\n\n%s.\n\nVer ahora en Netflix.\n\nCentro de ayuda · Preferencias de comunicación\n" % s_,
                       fmt="html", brand="NETFLIX", color="#e50914", tz="America/Los_Angeles", label=N("subscription")))
    gp = [("2025-02-14 08:00", "Recuerdos: San Valentín hace 5 años"), ("2025-04-20 08:00", "Tus fotos de Semana Santa ya están en un álbum")]
    for i, (d, s_) in enumerate(gp):
        specs.append(M("gphotos-%d" % i, d, "Google Fotos <noreply-photos@google.com>", ME, s_,
                       "%s. Ábrelo en Google Fotos para verlo y compartirlo.\n" % s_, fmt="html", brand="Google Fotos",
                       color="#1a73e8", label=N("app-notification")))
    return specs


def build(rng):
    out = []
    for f in (bank, utilities, shopping, newsletters, promos, misc, extra):
        out.extend(f(rng))
    return out
