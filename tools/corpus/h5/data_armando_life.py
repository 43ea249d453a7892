# -*- coding: utf-8 -*-
"""Armando: hand-written everyday mail – look-alikes, family, compadres, work, school."""
from eml_lib import M, clean

ME = "Armando Villaseñor <armando.villasenor.t@gmail.com>"
ME_OLD = "Armando Villaseñor <armando_vt86@hotmail.com>"
ME_WORK = "Armando Villaseñor Téllez <armando.villasenor@distribuidoramaya.com.mx>"


def L(kind, lang="es"):
    return dict(label="not_job", kind="lookalike:" + kind, lang=lang)


def N(kind, lang="es"):
    return dict(label="not_job", kind=kind, lang=lang)


SPECS = []
add = SPECS.append

CLAUDIA = "Claudia Ramírez <clau.ramirez.mtz@gmail.com>"
MAMA = "Rosa Téllez <rosita_tellez58@hotmail.com>"
WICHO = "Luis Villaseñor <wicho.villasenor@gmail.com>"
TONO = "Antonio Salgado <toño.salgado82@gmail.com>".replace("toño", "tono")
GABY = "Gabriela Ponce <gaby.ponce@distribuidoramaya.com.mx>"
PACHECO = "Ing. Ernesto Pacheco <ernesto.pacheco@distribuidoramaya.com.mx>"

# ================================================================ LOOK-ALIKES
add(M("lk-liga", "2025-01-18 13:10", "Liga Infantil de Futbol Iztacalco <ligainfantil.iztacalco@gmail.com>", ME,
      "Inscripción aceptada - Categoría 2019-2020 (Diego Villaseñor)", clean("""
Buenas tardes Sr. Armando

Le confirmamos que la solicitud de inscripción de su hijo Diego Villaseñor Ramírez a la categoría 2019-2020 fue ACEPTADA para el torneo de primavera 2025.

Equipo asignado: Pumitas Agrícola
Entrenador: Profe Julio
Entrenamientos: martes y jueves 5:00 pm, Deportivo Magdalena Mixhuca campo 4
Cuota de inscripción: $450 (incluye uniforme)

Favor de entregar copia del acta de nacimiento y certificado médico antes del primer partido.

Atte. Comité Organizador
"""), mid_style="gmail", label=L("kids-sports-league-application-accepted")))

add(M("lk-credito-pre", "2025-01-21 10:15", "Banco Solidez <notificaciones@bancosolidez.com.mx>", ME,
      "José Armando, tienes un Crédito Personal preaprobado 💰", clean("""
Hola José Armando,

Por ser cliente Solidez Nómina, tienes un Crédito Personal preaprobado de hasta $120,000.

- Tasa fija desde 24.9 % anual
- Plazos de 12 a 48 meses
- Sin aval y sin comisión por apertura

Solicítalo en la app en menos de 5 minutos y recibe el dinero hoy mismo.

CAT promedio 38.7 % sin IVA. Para fines informativos y de comparación. Fecha de cálculo: 15/01/2025. Vigencia: 28/02/2025. Sujeto a aprobación de crédito.
"""), fmt="html", brand="Banco Solidez", color="#005f73", label=L("loan-preapproved")))

add(M("lk-diplomado", "2025-01-24 18:02", "Educación Continua UTVA <educacion.continua@utva.edu.mx>", ME,
      "Recibimos tu solicitud de admisión – Diplomado en Supply Chain Management", clean("""
Estimado José Armando Villaseñor Téllez:

Hemos recibido tu solicitud de admisión al Diplomado en Supply Chain Management (generación 2025-1, modalidad sabatina).

Número de solicitud: DSCM-25-0187

Siguientes pasos:
1. Entrevista de admisión con la coordinación académica (15 min, en línea). Te enviaremos la liga por correo.
2. Pago de inscripción: $3,500 antes del 15 de febrero.
3. Inicio de clases: sábado 1 de marzo de 2025.

Si deseas aplicar a la Beca Talento Logístico (50 %), recuerda enviar tu carta de motivos antes del 7 de febrero.

Atentamente,
Coordinación de Educación Continua
Universidad Tecnológica del Valle de Anáhuac
"""), fmt="alt", brand="UTVA · Educación Continua", color="#7b2cbf", label=L("diploma-admission-application")))

add(M("lk-depa-sol", "2025-01-31 21:25", "Inmuebles24 <no-reply@inmuebles24.com>", ME,
      "Tu mensaje fue enviado: Departamento en renta en Narvarte Poniente", clean("""
Hola Armando,

Tu mensaje fue enviado al anunciante.

Departamento en renta en Narvarte Poniente, Benito Juárez
$14,500 / mes · 3 recámaras · 2 baños · 1 estacionamiento · 95 m²

Tu mensaje: "Buenas noches, me interesa el departamento para mi familia (2 adultos y 2 niños). ¿Sigue disponible? ¿Piden aval o póliza jurídica?"

El anunciante podrá contactarte por correo o teléfono.

Ver aviso: https://www.inmuebles24.com/propiedades/departamento-en-renta-narvarte-poniente-64328190.html
"""), fmt="html", brand="inmuebles24", color="#f26a21", label=L("apartment-rental-application")))

add(M("lk-escuela-entrevista", "2025-02-06 14:30", "Admisiones Colegio Tenochtitlan <admisiones@colegiotenochtitlan.edu.mx>", ME,
      "Proceso de admisión ciclo 2025-2026 – Entrevista con padres de familia", clean("""
Estimados Sr. José Armando Villaseñor y Sra. Claudia Ramírez:

Recibimos la solicitud de admisión de Diego Villaseñor Ramírez para 1º de primaria, ciclo escolar 2025-2026.

Como parte del proceso, les solicitamos presentarse a una entrevista con la Dirección de Primaria:

Fecha: martes 18 de febrero de 2025
Hora: 8:00 am
Lugar: Dirección de Primaria, edificio B

Ese mismo día Diego realizará su evaluación diagnóstica (duración aproximada 1 hora). Favor de traer su boleta de 3º de preescolar y cartilla de vacunación.

Atentamente
Coordinación de Admisiones
Colegio Tenochtitlan
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=L("school-admission-interview")))

add(M("lk-depa-rej", "2025-02-08 11:47", "Héctor Lozada <hlozada.inmuebles@gmail.com>", ME,
      "RE: Departamento Narvarte Poniente", clean("""
Buen dia Sr Armando

Gracias por su interes, pero le comento que el departamento ya se rentó, el propietario se decidió por otra familia que ya tenía la póliza lista.

Si gusta le aviso si me entra algo parecido por la zona.

Saludos
Héctor Lozada
Asesor inmobiliario
"""), mid_style="gmail", label=L("apartment-application-rejected")))

add(M("lk-visa", "2025-02-13 20:40", "U.S. Visa Appointment Service <noreply@usvisa-info.com>", ME,
      "Confirmación de cita – Entrevista consular", clean("""
Estimado(a) JOSE ARMANDO VILLASENOR TELLEZ:

Su cita ha sido programada exitosamente.

Tipo de visa: B1/B2 (Turismo/Negocios)
Centro de Atención a Solicitantes (CAS): Ciudad de México – 22 de abril de 2025, 07:15
Entrevista consular: Embajada de los Estados Unidos, Ciudad de México – 24 de abril de 2025, 08:30

Solicitantes incluidos en esta cita: 4 (VILLASENOR TELLEZ JOSE ARMANDO; RAMIREZ MARTINEZ CLAUDIA; VILLASENOR RAMIREZ SOFIA; VILLASENOR RAMIREZ DIEGO)

Por favor presente la hoja de confirmación DS-160, pasaporte vigente y esta confirmación. No se permiten dispositivos electrónicos en la Embajada.
"""), tz="America/New_York", label=L("visa-consular-interview")))

add(M("lk-credito-rej", "2025-02-17 09:30", "Banco Solidez <notificaciones@bancosolidez.com.mx>", ME,
      "Respuesta a tu solicitud de Crédito Automotriz", clean("""
Estimado José Armando:

Gracias por tu interés en el Crédito Automotriz Solidez.

Después de analizar la información proporcionada, lamentamos informarte que en esta ocasión tu solicitud no fue aprobada, de acuerdo con nuestras políticas de crédito vigentes.

Podrás presentar una nueva solicitud transcurridos 90 días. Si deseas conocer más detalles, acude a tu sucursal con una identificación oficial.

Atentamente,
Banco Solidez, S.A., Institución de Banca Múltiple
"""), fmt="alt", brand="Banco Solidez", color="#005f73", label=L("car-loan-application-rejected")))

add(M("lk-hr-internal", "2025-02-19 12:35", GABY, ME_WORK + ", " + ME,
      "Candidatos para vacante Montacarguista turno B", clean("""
Hola Armando

Te comparto los 3 candidatos que pasaron el filtro para la vacante de montacarguista del turno B. Te mando tambien a tu correo personal porque me dijiste que el Outlook del celular no te abre los PDF.

1. Jorge Luis Campos – 4 años, certificación de montacargas vigente
2. Rafael Ibarra – 2 años, vive en Iztapalapa
3. Miguel Ángel Sosa – 6 años, pide $14,000

¿Puedes entrevistarlos el viernes a partir de las 10? Necesito tu retroalimentación para el lunes porque el gerente quiere cubrir la vacante antes de fin de mes.

Saludos
Gaby Ponce
Recursos Humanos | Distribuidora Maya del Centro
"""), attach=[("Candidatos_montacarguista.pdf", "application/pdf")], mid_style="outlook",
      outlook_srv="CY4PR19MB1287.namprd19.prod.outlook.com", label=L("work-he-interviews-candidates")))

add(M("lk-occ-tips", "2025-02-21 09:00", "OCC Blog <blog@occ.com.mx>", ME,
      "5 preguntas difíciles en una entrevista de trabajo (y cómo responderlas)", clean("""
¿Tienes entrevista pronto? Estas son las preguntas que más ponen nerviosos a los candidatos:

1. "Háblame de ti". Prepara un resumen de 1 minuto de tu trayectoria.
2. "¿Por qué quieres dejar tu trabajo actual?". Habla de crecimiento, no de quejas.
3. "¿Cuál es tu mayor debilidad?". Sé honesto y menciona cómo la estás trabajando.
4. "¿Cuánto quieres ganar?". Investiga el rango del mercado antes.
5. "¿Tienes alguna pregunta?". Siempre di que sí.

Lee el artículo completo en nuestro blog: https://www.occ.com.mx/blog/preguntas-dificiles-entrevista/

También en este número: cómo armar un CV de una sola hoja y las carreras mejor pagadas en 2025.
"""), fmt="html", brand="OCC Blog", color="#0059d6", mid_style="ses", ses_region="us-west-2.amazonses.com",
      label=L("newsletter-interview-tips")))

add(M("lk-sat-cita", "2025-02-27 16:18", "SAT Citas <citas@sat.gob.mx>", ME,
      "Confirmación de cita SAT", clean("""
Estimado contribuyente:

Su cita ha sido registrada con los siguientes datos:

RFC: VITA860312XXX
Servicio: Renovación de e.firma (antes FIEL)
Oficina: ADSC Ciudad de México "4", Av. Hidalgo 77, Col. Guerrero
Fecha y hora: 06/03/2025 10:30 hrs
Folio: CDMX4-250306-0412

Deberá presentarse 10 minutos antes con identificación oficial vigente, memoria USB y correo electrónico personal.

Servicio de Administración Tributaria
"""), charset="iso-8859-1", cte="quoted-printable", label=L("tax-office-appointment")))

add(M("lk-beca", "2025-02-28 19:40", "Educación Continua UTVA <educacion.continua@utva.edu.mx>", ME,
      "Resultado de tu solicitud – Beca Talento Logístico 2025-1", clean("""
Estimado José Armando:

Agradecemos tu interés en la Beca Talento Logístico para el Diplomado en Supply Chain Management.

Este año recibimos 146 solicitudes para 12 becas. Lamentamos informarte que tu solicitud no fue seleccionada en esta convocatoria.

Tu lugar en el diplomado sigue reservado. Si deseas continuar sin beca, puedes cubrir la inscripción hasta el 28 de febrero y acceder al plan de pagos en 6 mensualidades sin intereses.

Atentamente,
Comité de Becas
Universidad Tecnológica del Valle de Anáhuac
"""), fmt="alt", brand="UTVA · Educación Continua", color="#7b2cbf", label=L("scholarship-rejected")))

add(M("lk-tono-entrevista", "2025-03-08 22:10", TONO, ME,
      "Compadre me hablaron de amazon!!", clean("""
Compadre que onda

Te cuento que me hablaron para entrevista en el centro de distribución de Amazon en Tepotzotlán para supervisor de turno nocturno. Es el miércoles. Ya sabes que en la planta ya no aguanto a mi jefe.

Tú que has ido a tantas entrevistas estos meses ¿qué me recomiendas? ¿Me pongo corbata o nomás camisa? Jaja

Y a ver cuándo nos vemos para la carnita, la comadre ya preguntó por Clau.

Abrazo
Toño
"""), mid_style="gmail", label=L("friend-own-interview")))

add(M("own-tono-reply", "2025-03-09 09:45", ME, TONO,
      "RE: Compadre me hablaron de amazon!!", clean("""
Que buena noticia compadre!! Ve con camisa de manga larga y zapato, sin corbata, en los CEDIS no se usa.

Lleva bien estudiados tus números: cuánta gente manejas, tus indicadores, cuántas unidades cargan por turno. En todas las entrevistas me preguntaron eso. Y pregunta tú también por el transporte porque Tepotzotlán queda lejísimos.

Yo sigo en lo mismo, me rebotaron de la cervecera y de los de Halcón, pero tengo proceso con una danesa que se ve bien, ya hice la entrevista en video. Ya te contaré.

El sábado 15 carnita en la casa?

Abrazo
Armando
"""), parent="lk-tono-entrevista", quote="gmail_es", label=N("own-mail-to-friend-about-search")))

add(M("lk-sf-training", "2025-03-04 17:55", ME_WORK, ME,
      "RV: Capacitación obligatoria: módulo de Reclutamiento en SuccessFactors para jefes de área", clean("""
Para verlo en la casa

________________________________
De: Comunicación Interna Distribuidora Maya <comunicacion.interna@distribuidoramaya.com.mx>
Enviado el: martes, 4 de marzo de 2025 04:12 p. m.
Para: Jefes y Coordinadores <jefes.coordinadores@distribuidoramaya.com.mx>
Asunto: Capacitación obligatoria: módulo de Reclutamiento en SuccessFactors para jefes de área

Estimados jefes y coordinadores:

A partir del 1 de abril, todas las requisiciones de personal se harán a través del nuevo módulo de Reclutamiento de SAP SuccessFactors. Ya no se recibirán requisiciones en papel ni por correo.

En el módulo podrán:
- Levantar la requisición de vacante y enviarla a autorización
- Revisar los candidatos que RH preseleccione
- Registrar la retroalimentación de sus entrevistas y la decisión final (contratar / descartar)

Capacitación en línea (obligatoria): jueves 13 de marzo, 16:00 h, por Teams. Duración: 1 hora.

Atentamente
Comunicación Interna
"""), mid_style="outlook", outlook_srv="CY4PR19MB1287.namprd19.prod.outlook.com",
      label=L("work-forward-recruiting-software-training")))

add(M("lk-escuela-acept", "2025-03-07 13:20", "Admisiones Colegio Tenochtitlan <admisiones@colegiotenochtitlan.edu.mx>", ME,
      "Resultado del proceso de admisión – Diego Villaseñor Ramírez", clean("""
Estimados padres de familia:

Nos da mucho gusto informarles que Diego Villaseñor Ramírez fue ACEPTADO en 1º de primaria para el ciclo escolar 2025-2026.

Para asegurar su lugar, deberán cubrir la cuota de inscripción antes del 28 de marzo. Después de esa fecha, el lugar se liberará a la lista de espera.

¡Bienvenidos a la familia Tenochtitlan!

Coordinación de Admisiones
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=L("school-admission-accepted")))

add(M("lk-newsletter-logistica", "2025-03-13 07:30", "Logística al Día <boletin@logisticaaldia.mx>", ME,
      "Entrevista: «El nearshoring nos obliga a profesionalizar el autotransporte»", clean("""
LOGÍSTICA AL DÍA · Boletín semanal

ENTREVISTA
Conversamos con Patricia Arellano, directora de operaciones de Grupo Transportista del Bajío, sobre la escasez de operadores, el robo en carreteras y cómo el nearshoring está cambiando la forma de contratar en el sector.

"Hoy un buen coordinador de tráfico vale oro. Las empresas se los están peleando", afirma.

Leer la entrevista completa: https://logisticaaldia.mx/entrevistas/patricia-arellano-nearshoring

TAMBIÉN EN ESTE NÚMERO
- Carta Porte 3.1: lo que cambia en abril
- Los corredores industriales con más demanda de naves en 2025
- Expo Logística Querétaro: abren registro
"""), fmt="alt", brand="LOGÍSTICA AL DÍA", color="#1d3557", mid_style="sendgrid", label=L("newsletter-interview-article")))

add(M("lk-infonavit", "2025-03-25 12:40", "Mi Cuenta Infonavit <notificaciones@infonavit.org.mx>", ME,
      "Tu solicitud de inscripción de crédito fue registrada", clean("""
Hola JOSE ARMANDO:

Te informamos que tu solicitud de inscripción de crédito Infonavit fue registrada correctamente.

Número de solicitud: 2503-0918-4471
Tipo de crédito: Crédito Infonavit (compra de vivienda)
Monto máximo de crédito precalificado: $1,184,230.00

Siguientes pasos: acude con la Entidad Financiera o notario que elegiste para continuar con el avalúo y la firma de escrituras. Tu solicitud tiene vigencia de 90 días.

Recuerda que todos los trámites en el Infonavit son gratuitos.
"""), fmt="alt", brand="Infonavit", color="#c8102e", label=L("housing-credit-application")))

add(M("lk-mercadolibre", "2025-04-05 19:22", "Mercado Libre <preguntas@mercadolibre.com.mx>", ME,
      "Te hicieron una pregunta en Juego de 4 llantas 205/55 R16 seminuevas", clean("""
Hola Armando,

Te hicieron una pregunta en tu publicación:

Juego de 4 llantas 205/55 R16 seminuevas
Precio: $3,200

Pregunta de COMPRADOR_JR88:
"Buenas tardes, ¿sigue disponible? Le ofrezco $2,500 y paso por ellas hoy mismo a Iztacalco."

Responder: https://www.mercadolibre.com.mx/preguntas/vendedor

Responde rápido: las publicaciones con respuestas en menos de 1 hora venden más.
"""), fmt="html", brand="mercado libre", color="#ffe600", mid_style="ses", ses_region="us-east-1.amazonses.com",
      label=L("marketplace-offer")))

add(M("lk-userresearch", "2025-04-10 11:00", "Equipo de Investigación Fondeo <research@fondeo.mx>", ME,
      "Te invitamos a una entrevista de 40 minutos (y te regalamos $400)", clean("""
Hola Armando,

Queremos entender cómo las familias en México organizan sus gastos y ahorros, para mejorar la app de Fondeo.

Te invitamos a una entrevista con nuestro equipo de diseño:
- Duración: 40 minutos por videollamada
- Fechas: del 22 al 30 de abril
- Recompensa: tarjeta de regalo de $400 MXN

No hay respuestas correctas ni incorrectas; solo queremos escuchar tu experiencia.

Agenda tu sesión: https://fondeo.mx/research/agenda?u=av-0412

Gracias,
Equipo de Investigación de Usuarios · Fondeo
"""), fmt="alt", brand="fondeo", color="#6c63ff", label=L("user-research-invitation")))

add(M("lk-sat-decla", "2025-04-21 22:35", "SAT <noreply_declaraciones@sat.gob.mx>", ME,
      "Acuse de recibo – Declaración Anual 2024 y solicitud de devolución", clean("""
Servicio de Administración Tributaria
Acuse de recibo de la declaración

RFC: VITA860312XXX
Nombre: JOSE ARMANDO VILLASENOR TELLEZ
Ejercicio: 2024 – Declaración anual de personas físicas – Normal
Número de operación: 250410583921
Fecha de presentación: 21/04/2025

Saldo a favor: $6,842.00
Solicitud de devolución automática: SÍ
CLABE: 0121 8000 **** **** 47

El resultado de tu solicitud de devolución será notificado a través de tu Buzón Tributario.
"""), charset="iso-8859-1", cte="quoted-printable", label=L("tax-refund-application")))

add(M("lk-sat-dev", "2025-05-06 10:12", "Buzón Tributario SAT <buzon_tributario@sat.gob.mx>", ME,
      "Tienes un nuevo mensaje en tu Buzón Tributario", clean("""
Estimado contribuyente:

Tienes un mensaje nuevo en tu Buzón Tributario:

Asunto: Resolución de devolución automática – AUTORIZADA
Número de control: DA2025-1187342
Importe autorizado: $6,842.00

El depósito se realizará en la cuenta CLABE registrada en un plazo máximo de 5 días hábiles.

Ingresa a tu Buzón Tributario para consultar el detalle: https://www.sat.gob.mx/portal/public/buzon-tributario
"""), charset="iso-8859-1", cte="quoted-printable", label=L("tax-refund-approved")))

add(M("lk-hot-sale", "2025-05-26 07:00", "Galerías del Valle <ofertas@galeriasdelvalle.com.mx>", ME,
      "🔥 Hot Sale: tus ofertas exclusivas te esperan, José Armando", clean("""
¡Llegó el Hot Sale!

José Armando, como cliente Galerías tienes ofertas exclusivas:

- Hasta 18 meses sin intereses con tu tarjeta Galerías
- 30 % en pantallas y línea blanca
- 2x1 en tenis deportivos seleccionados

Tu oferta personalizada: $500 de descuento en compras mayores a $4,000. Acéptala antes del domingo.

Ver mis ofertas: https://www.galeriasdelvalle.com.mx/hot-sale
"""), fmt="html", brand="GALERÍAS DEL VALLE", color="#d00070", label=L("retail-offer")))

# ================================================================ FAMILY
add(M("mama-reflexion", "2025-01-13 07:42", MAMA, ME_OLD + ", " + WICHO + ", Tía Chelo <chelo.tellez@yahoo.com.mx>",
      "RV: REFLEXION PARA EMPEZAR EL AÑO", clean("""
LEANLO HIJOS ESTA MUY BONITO


-----Mensaje original-----
De: Chelo Téllez
Enviado: domingo, 12 de enero de 2025 10:15 p. m.
Asunto: REFLEXION PARA EMPEZAR EL AÑO

Cada amanecer es una nueva oportunidad. No importa lo que pasó ayer, Dios te regala hoy un día nuevo para empezar de cero.

Comparte esta reflexión con 10 personas que quieras y verás que este año te llena de bendiciones.
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=N("family-chain-mail")))

add(M("mama-comida", "2025-02-20 20:30", MAMA, ME_OLD,
      "comida domingo", clean("""
Mijo el domingo es el cumpleaños de tu papá, vamos a hacer comida en la casa a las 3. Dile a Claudia que no traiga nada, nada mas las tortillas.

Y que paso con lo del trabajo? Tu hermano me dijo que fuiste a una entrevista en Vallejo.

Te quiero mucho
Tu mamá
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=N("family")))

add(M("own-mama-comida", "2025-02-21 07:15", ME, MAMA,
      "RE: comida domingo", clean("""
Si ma, ahí estaremos a las 3. Llevo las tortillas y un pastel de la Ideal que le gusta a mi papá.

Lo de Vallejo no se hizo, pero hay otras cosas, no te preocupes. El domingo te platico.

Bendición
Armando
"""), parent="mama-comida", quote="outlook_es_mx", label=N("own-mail-to-family-about-search")))

add(M("claudia-super", "2025-01-25 11:02", CLAUDIA, ME,
      "lista", clean("""
Lo que falta para la semana:

- leche (3)
- huevo
- jamón de pavo
- Zucaritas para Diego
- detergente
- papel de baño
- pañales NO, ya no jaja
- jitomate, cebolla, aguacates
- pollo para el mole del domingo

Si vas a Club Mayoreo compra el garrafón de aceite
"""), mid_style="gmail", label=N("family")))

add(M("claudia-pediatra", "2025-02-10 15:48", CLAUDIA, ME,
      "cita pediatra Diego", clean("""
Amor ya agendé con la Dra. Fuentes el jueves 13 a las 6 pm por lo de la tos de Diego. ¿Tú puedes llevarlo o pido permiso yo?

Recuerda que ese día tienes tu entrevista de la cervecera a las 11.
"""), mid_style="gmail", label=N("family")))

add(M("own-claudia-pediatra", "2025-02-10 16:20", ME, CLAUDIA,
      "Re: cita pediatra Diego", clean("""
Yo lo llevo, la entrevista es por Teams y salgo temprano. Besos
"""), parent="claudia-pediatra", quote="apple_es", label=N("family")))

add(M("claudia-fotos", "2025-05-09 20:05", CLAUDIA, ME,
      "fotos festival 10 de mayo", clean("""
Te mando las fotos del festival, la de Sofi bailando quedó preciosa. Diego se puso a llorar a media canción jajaja.

Mándaselas a tu mamá que no tiene WhatsApp en la tablet.
"""), attach=[("IMG-20250509-WA0012.jpg", "image/jpeg", b"\xff\xd8\xff\xe0festival-test\xff\xd9"),
              ("IMG-20250509-WA0015.jpg", "image/jpeg", b"\xff\xd8\xff\xe0festival-test-2\xff\xd9"),
              ("IMG-20250509-WA0021.jpg", "image/jpeg", b"\xff\xd8\xff\xe0festival-test-3\xff\xd9")],
      mid_style="gmail", label=N("family")))

add(M("own-fwd-mama-fotos", "2025-05-09 21:30", ME, MAMA,
      "RV: fotos festival 10 de mayo", clean("""
Ma te mando las fotos del festival de los niños. Feliz día de las madres!! Te queremos mucho

Armando
"""), parent="claudia-fotos", thread_refs_only=True,
      attach=[("IMG-20250509-WA0012.jpg", "image/jpeg", b"\xff\xd8\xff\xe0festival-test\xff\xd9"),
              ("IMG-20250509-WA0015.jpg", "image/jpeg", b"\xff\xd8\xff\xe0festival-test-2\xff\xd9")],
      label=N("family-forward")))

add(M("wicho-boletos", "2025-02-12 13:33", WICHO, ME,
      "boletos america cruz azul", clean("""
Carnal ya conseguí 4 boletos para el clásico joven del 15 de marzo en el Ciudad de los Deportes, $650 cada uno en cabecera. ¿Te apuntas con Sofi? Diego todavía está chiquito para eso.

Me depositas cuando puedas a la de siempre.
"""), mid_style="gmail", label=N("family")))

add(M("own-wicho-boletos", "2025-02-12 14:01", ME, WICHO,
      "Re: boletos america cruz azul", clean("""
Va, apúntame con Sofi, ya le dije y está brincando. Te deposito en la quincena.

Vamos a sufrir como siempre jaja
"""), parent="wicho-boletos", quote="gmail_es", label=N("family")))

add(M("wicho-carne", "2025-04-04 18:40", WICHO, ME + ", " + TONO,
      "carne asada sabado para festejar", clean("""
Señores el sábado 12 carne asada en mi casa para festejar que el Armando ya se va con los daneses jaja. Yo pongo la carne, ustedes las chelas y el carbón.

Toño trae tu bocina
"""), mid_style="gmail", label=N("family-friends")))

add(M("tono-bautizo", "2025-01-30 21:00", TONO, ME + ", " + CLAUDIA,
      "Invitación bautizo de Mateo", clean("""
Compadres

Con mucho cariño los invitamos al bautizo de Mateo el sábado 22 de febrero a las 12:00 en la Parroquia de San Antonio de Padua (Agrícola Oriental), y después a la comida en el salón Jardín Los Arcos.

Ustedes ya saben que son los padrinos de la vela jaja, no se les olvide.

Los esperamos
Toño y Lety
"""), attach=[("invitacion_bautizo_mateo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0invitation\xff\xd9")],
      mid_style="gmail", label=N("friends")))

# ================================================================ WORK (current job) / RESIGNATION
add(M("work-embarques", "2025-01-22 18:40", ME_WORK, ME,
      "RV: Reporte de embarques semana 3", clean("""
Para revisar en la casa

________________________________
De: Ing. Ernesto Pacheco <ernesto.pacheco@distribuidoramaya.com.mx>
Enviado el: miércoles, 22 de enero de 2025 05:55 p. m.
Para: Armando Villaseñor Téllez
Asunto: Reporte de embarques semana 3

Armando, necesito el reporte de embarques de la semana 3 con los rechazos de Chedraui y el costo por caja antes de la junta del viernes. Ojo con los 14 pedidos que salieron tarde por la unidad 27.

Saludos
"""), attach=[("Embarques_S03_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
      mid_style="outlook", outlook_srv="CY4PR19MB1287.namprd19.prod.outlook.com", label=N("work-forward-to-self")))

add(M("work-inventario", "2025-03-27 21:10", ME_WORK, ME,
      "RV: Inventario cíclico marzo - diferencias", clean("""
________________________________
De: Almacén CEDIS Iztapalapa <almacen.cedis@distribuidoramaya.com.mx>
Enviado el: jueves, 27 de marzo de 2025 07:48 p. m.
Para: Armando Villaseñor Téllez; Ing. Ernesto Pacheco
Asunto: Inventario cíclico marzo - diferencias

Buenas noches, se adjunta el resultado del conteo cíclico de marzo. Diferencias en pasillo 12 (abarrotes) por $18,420 y en pasillo 4 (bebidas) por $6,110. Favor de revisar para ajuste.
"""), attach=[("Ciclico_marzo_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
      mid_style="outlook", outlook_srv="CY4PR19MB1287.namprd19.prod.outlook.com", label=N("work-forward-to-self")))

add(M("own-renuncia", "2025-04-07 22:48", ME, ME,
      "carta renuncia borrador", clean("""
Ciudad de México, a 21 de abril de 2025

DISTRIBUIDORA MAYA DEL CENTRO, S.A. DE C.V.
Presente

Por medio de la presente, yo, José Armando Villaseñor Téllez, presento mi renuncia voluntaria e irrevocable al puesto de Coordinador de Logística que he desempeñado desde el 3 de junio de 2019, con efectos a partir del 2 de mayo de 2025.

Agradezco la oportunidad y el aprendizaje durante estos años.

Atentamente

José Armando Villaseñor Téllez
"""), label=N("own-note-resignation-draft")))

add(M("pacheco-despedida", "2025-04-28 13:05", PACHECO, ME_WORK + ", " + ME,
      "Comida despedida Armando viernes", clean("""
Equipo

Como saben, Armando nos deja este viernes después de casi 6 años. Lo vamos a despedir con una comida el viernes 2 de mayo a las 2:30 en Los Arcos de Churubusco. Cooperación $350 por persona con Gaby.

Armando, te mando también a tu correo personal para que no se te pierda con lo de la entrega de pendientes.

Saludos
Ernesto
"""), mid_style="outlook", outlook_srv="CY4PR19MB1287.namprd19.prod.outlook.com", label=N("colleagues-farewell")))

# ================================================================ SCHOOL / HOME / HEALTH / CAR
add(M("escuela-junta", "2025-01-27 08:10", "Colegio Tenochtitlan <avisos@colegiotenochtitlan.edu.mx>", ME,
      "Circular 14 – Junta de padres de familia 4º A", clean("""
Estimados padres de familia de 4º A:

Les recordamos que el viernes 31 de enero a las 7:30 am se llevará a cabo la junta bimestral para la entrega de boletas del segundo periodo.

Es indispensable la asistencia de al menos uno de los padres o tutores.

Atentamente
Mtra. Verónica Salas
Titular de 4º A
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=N("school")))

add(M("escuela-marzo", "2025-03-12 14:00", "Colegio Tenochtitlan <avisos@colegiotenochtitlan.edu.mx>", ME,
      "Circular 19 – Suspensión de clases 17 de marzo y material para feria de ciencias", clean("""
Estimados padres de familia:

Les informamos que el lunes 17 de marzo no habrá clases por ser día de descanso obligatorio (natalicio de Benito Juárez).

Asimismo, les recordamos que la Feria de Ciencias será el viernes 28 de marzo. Cada equipo deberá traer su proyecto montado a las 8:00 am.

Atentamente
Dirección de Primaria
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=N("school")))

add(M("kinder-material", "2025-02-24 13:30", "Jardín de Niños Pequeños Exploradores <pequenosexploradores.kinder@gmail.com>", ME + ", " + CLAUDIA,
      "Material proyecto primavera 3º B", clean("""
Buenas tardes papás de 3º B

Para el proyecto de primavera necesitamos que los niños traigan el jueves:
- 1 maceta pequeña de barro
- 1 bolsita de tierra
- semillas de frijol
- pinturas acrílicas

Gracias por su apoyo!!
Miss Paty
"""), mid_style="gmail", label=N("school")))

add(M("casero-renta", "2025-02-01 09:30", "Sr. Rogelio Godínez <rogelio.godinez51@hotmail.com>", ME,
      "renta febrero y renovación de contrato", clean("""
Buenos días Armando

Le recuerdo el depósito de la renta de febrero ($9,800) a la cuenta de siempre. También le comento que el contrato vence el 31 de marzo, si gustan renovar el incremento sería de 5 % ($10,290). Me avisa para preparar el nuevo contrato.

Saludos
Rogelio Godínez
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook", label=N("landlord")))

add(M("own-casero", "2025-02-01 12:04", ME, "Sr. Rogelio Godínez <rogelio.godinez51@hotmail.com>",
      "RE: renta febrero y renovación de contrato", clean("""
Buen día Don Rogelio

Ya le deposité la renta, le mando el comprobante. Sobre la renovación sí queremos renovar un año más, nada más le pido que revisemos lo de la fuga del boiler antes de firmar.

Saludos
Armando
"""), parent="casero-renta", quote="outlook_es_mx", attach=[("comprobante_spei_febrero.pdf", "application/pdf")],
      label=N("landlord")))

add(M("vecinos-agua", "2025-03-19 19:40", "Comité Vecinal Agrícola Oriental Secc. 3 <comitevecinal.ao3@gmail.com>", ME,
      "Aviso: tandeo de agua y pipa comunitaria", clean("""
Vecinos

SACMEX informa que a partir del lunes 24 el suministro de agua en la colonia será por tandeo: lunes, miércoles y viernes de 6 am a 2 pm.

El comité consiguió una pipa comunitaria para el sábado. Cooperación voluntaria de $100 por casa con Doña Mary (casa 14).

Cuiden el agua vecinos
Comité Vecinal
"""), mid_style="gmail", label=N("neighbours")))

add(M("taller-versa", "2025-03-08 12:15", "Servicio Automotriz Hnos. Cárdenas <taller.hnoscardenas@gmail.com>", ME,
      "Cotización servicio Versa 2017", clean("""
Buenas tardes Sr. Armando

Le mando la cotización del servicio que platicamos:

- Afinación mayor: $2,350
- Balatas delanteras: $1,100
- Cambio de amortiguadores traseros: $2,900
- Alineación y balanceo: $450

Total: $6,800 con mano de obra incluida. Lo tendríamos listo el mismo día si lo trae temprano.

Saludos
Taller Hnos. Cárdenas
"""), mid_style="gmail", label=N("car-mechanic")))

add(M("dentista-sofi", "2025-04-14 10:05", "Consultorio Dental Sonrisas Felices <citas.sonrisasfelices@gmail.com>", ME,
      "Recordatorio cita Sofía Villaseñor", clean("""
Buen día

Le recordamos la cita de Sofía Villaseñor con la Dra. Karen para revisión de ortodoncia el miércoles 16 de abril a las 5:30 pm.

Favor de confirmar respondiendo este correo.

Gracias
"""), mid_style="gmail", label=N("health-appointment")))

add(M("own-dentista", "2025-04-14 13:22", ME, "Consultorio Dental Sonrisas Felices <citas.sonrisasfelices@gmail.com>",
      "RE: Recordatorio cita Sofía Villaseñor", clean("""
Confirmado, gracias. La lleva su mamá.
"""), parent="dentista-sofi", quote="gmail_es", label=N("health-appointment")))

add(M("imss-cita", "2025-05-14 07:30", "IMSS Digital <imssdigital@imss.gob.mx>", ME,
      "Confirmación de cita en tu Unidad de Medicina Familiar", clean("""
Estimado(a) derechohabiente:

Tu cita ha sido agendada:

Unidad: UMF No. 31 Iztapalapa
Consultorio: 12, turno matutino
Fecha: 20/05/2025
Hora: 09:20

Preséntate 20 minutos antes con tu identificación y tu Cartilla Nacional de Salud.
"""), charset="iso-8859-1", cte="quoted-printable", label=N("health-appointment")))
