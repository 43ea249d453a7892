# -*- coding: utf-8 -*-
"""Irene: hand-written everyday mail – look-alikes, family, friends, work, flat."""
from eml_lib import M, clean

ME = "Irene Castaño Ruiz <irene.castano.ruiz@gmail.com>"
ME_OLD = "Irene Castaño <irecasta93@hotmail.com>"


def L(kind, lang="es"):
    return dict(label="not_job", kind="lookalike:" + kind, lang=lang)


def N(kind, lang="es"):
    return dict(label="not_job", kind=kind, lang=lang)


SPECS = []
add = SPECS.append

MAMA = "Pilar Ruiz <pilar.ruiz.valle@hotmail.com>"
CARMEN = "Carmen Castaño <carmencastano.r@gmail.com>"
JAVI = "Javi Montes <javimontes.gz@gmail.com>"
NURIA = "Nuria Beltrán <nuriabeltran.dev@gmail.com>"
RUBEN = "Rubén Arroyo <ruben.arroyo.m@gmail.com>"
DANI = "Dani Quintana <dani@fichajelabs.com>"

# ================================================================ LOOK-ALIKES
add(M("lk-banco-alim", "2024-09-14 10:31", "Voluntariado Banco de Alimentos <voluntariado@bamadrid-voluntarios.org>", ME,
      "Hemos recibido tu solicitud de voluntariado", clean("""
¡Hola Irene!

Muchas gracias por querer sumarte como voluntaria. Hemos recibido tu solicitud para colaborar en la Gran Recogida de noviembre y en el almacén de Mercamadrid los sábados por la mañana.

Próximo paso: una pequeña entrevista de acogida (unos 20 minutos, por teléfono o en persona) para conocerte, contarte cómo funcionamos y ver qué turnos te vienen mejor. Te llamaremos en los próximos días desde el 91 7XX XX XX.

Si tienes cualquier duda, responde a este correo.

Un abrazo solidario,
Equipo de Voluntariado
"""), fmt="alt", brand="Banco de Alimentos · Voluntariado", color="#d35400",
      label=L("volunteering-application")))

add(M("lk-eoi", "2024-09-20 14:05", "EOI Madrid - Secretaría <secretaria.eoi.jesusmaestro@educa.madrid.org>", ME,
      "Resolución de admisión curso 2024-2025 – Alemán A2", clean("""
Estimada solicitante:

Le informamos de que se ha publicado la lista definitiva de admitidos para el curso 2024-2025.

Solicitud n.º: 2024/ADM/018734
Idioma: Alemán – Nivel A2 – Modalidad presencial
Resultado: ADMITIDA
Grupo asignado: A2-3 (lunes y miércoles, 19:00 - 21:15)

Deberá formalizar la matrícula y abonar las tasas (modelo 030) antes del 27 de septiembre. En caso contrario, su plaza pasará a la lista de espera.

Secretaría
Escuela Oficial de Idiomas
"""), charset="iso-8859-1", cte="quoted-printable", label=L("school-admission")))

add(M("lk-master", "2024-09-23 12:44", "Admisiones UIDI <admisiones@uidi-design.es>", ME,
      "Tu solicitud de admisión al Máster en Diseño de Interacción – entrevista", clean("""
Hola Irene:

Gracias por solicitar la admisión en el Máster en Diseño de Interacción (edición enero 2025, modalidad online).

Hemos revisado tu expediente y tu portfolio y nos gustaría invitarte a una entrevista de admisión con la dirección académica del máster. Es una conversación de unos 20 minutos para conocer tu motivación y resolver tus dudas sobre el programa.

Puedes reservar tu cita aquí: https://uidi-design.es/admisiones/entrevista?sol=MDI-25-0412

Recuerda que la reserva de plaza (600 €) se descuenta del importe total, y que tenemos becas de hasta el 30 % para profesionales en activo.

Un saludo,
Equipo de Admisiones
Universidad Internacional de Diseño e Innovación
"""), fmt="alt", brand="UIDI · Admisiones", color="#6a1b9a", label=L("university-admission-interview")))

add(M("lk-wallapop", "2024-09-28 21:17", "Wallapop <noreply@wallapop.com>", ME,
      "Tienes una nueva oferta por «Monitor Dell 27\" QHD»", clean("""
¡Hola Irene!

Mar_83 te ha hecho una oferta por tu producto:

Monitor Dell 27" QHD (con soporte original)
Precio publicado: 120 €
Oferta recibida: 85 €

Puedes aceptar la oferta, rechazarla o hacer una contraoferta desde el chat. La oferta caduca en 48 horas.

Ver oferta: https://es.wallapop.com/app/chat?offer=7f3a21

Recuerda: usa siempre Wallapop Envíos para que tu venta esté protegida.
"""), fmt="html", brand="wallapop", color="#13c1ac", label=L("marketplace-offer")))

add(M("lk-bono", "2024-09-30 11:22", "Comunidad de Madrid - Registro Electrónico <noreply.registro@madrid.org>", ME,
      "Justificante de registro de su solicitud - Bono Alquiler Joven", clean("""
Se ha registrado correctamente su solicitud con los siguientes datos:

Número de registro: 49/158273.9/24
Fecha y hora: 30/09/2024 11:21:47
Procedimiento: Ayudas Bono Alquiler Joven 2024 (Plan Estatal de Acceso a la Vivienda)
Interesada: CASTAÑO RUIZ, IRENE
Órgano destinatario: Dirección General de Vivienda y Rehabilitación

Puede consultar el estado de tramitación de su solicitud en "Mis expedientes" (https://gestiona.comunidad.madrid/mis_expedientes).

Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.
"""), charset="iso-8859-1", cte="quoted-printable", label=L("benefits-application")))

add(M("lk-newsletter-tips", "2024-10-03 07:02", "Frontendeando <hola@frontendeando.dev>", ME,
      "#142 · Cómo sobrevivir a una entrevista técnica de frontend", clean("""
¡Hola, frontendeador@!

Esta semana, monográfico: entrevistas técnicas. Me habéis escrito muchos contándome que estáis buscando curro, así que ahí va lo que he aprendido en los dos lados de la mesa.

1. El live coding no va de terminar. Va de pensar en voz alta. Di lo que vas a hacer antes de hacerlo.
2. Prepárate tres historias: un bug gordo, una decisión técnica que defendiste y algo que salió mal.
3. Aprende a decir "no lo sé, pero lo buscaría así".
4. Pregunta tú también: cómo hacen code review, quién decide el roadmap, cuánto tiempo dedican a deuda técnica.
5. Las pruebas para casa de más de 4 horas son una red flag. Puedes decirlo con educación.

🔗 Enlaces de la semana
- El nuevo View Transitions API, explicado con gatos.
- Por qué tu bundle pesa 2 MB (y cómo no llorar).
- Guía de :has() para gente con prisa.

Y si tienes una entrevista esta semana: mucho ánimo. Ya sabes más de lo que crees.

Jorge, desde Zaragoza

Te has suscrito a Frontendeando. Darte de baja: https://frontendeando.dev/baja
"""), fmt="alt", brand="Frontendeando", color="#f0a500", mid_style="sendgrid",
      label=L("newsletter-interview-tips")))

add(M("lk-flat-idealista", "2024-10-05 20:48", "idealista <noreply@idealista.com>", ME,
      "Tu solicitud ha sido enviada: Piso en calle de Oca, Vista Alegre", clean("""
Hola Irene,

Hemos enviado tu solicitud al anunciante:

Piso en calle de Oca, Vista Alegre (Carabanchel)
950 €/mes · 2 hab. · 68 m² · 3ª planta con ascensor
Anunciante: Inmobiliaria Puerta Bonita

Tu mensaje: "Hola, somos una pareja, los dos con contrato indefinido. Nos gustaría visitarlo esta semana. ¡Gracias!"

El anunciante podrá contactarte por email o por teléfono. Consejo: ten preparada tu documentación (nóminas, contrato, DNI) para ir más rápido.

Ver el anuncio: https://www.idealista.com/inmueble/105829374/
"""), fmt="html", brand="idealista", color="#e1f05b", label=L("flat-application")))

add(M("lk-flat-docs", "2024-10-09 12:10", "Inmobiliaria Puerta Bonita <alquileres@puertabonita-inmo.es>", ME,
      "Solicitud de alquiler - C/ Oca 41, 3ºB - documentación", clean("""
Buenos días Irene,

Gracias por la visita de ayer. Para poder presentar su solicitud al propietario necesitamos la siguiente documentación de ambos inquilinos:

- DNI
- Contrato de trabajo
- Tres últimas nóminas
- Vida laboral actualizada

El propietario valorará las solicitudes recibidas y les daremos una respuesta antes del martes. Le recordamos que, en caso de ser aceptados, se requieren dos mensualidades de fianza y un seguro de impago.

Un saludo,
Beatriz
Inmobiliaria Puerta Bonita
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook_eu",
      label=L("flat-application-documents")))

add(M("lk-friend-interview", "2024-10-10 22:36", NURIA, ME,
      "me han llamado para la segunda!!", clean("""
Ireeeene

Te escribo por aquí porque en el grupo no quiero decir nada hasta que sepa algo más, jajaja.

¡Me han llamado de Pradera Games para la segunda entrevista! Es el jueves que viene, con el lead de frontend y un tal Óscar que es el director de producto. Me han dicho que va a ser una prueba en vivo con Canvas, y yo con Canvas lo justo, así que este finde me toca estudiar.

¿Tú cómo preparaste lo de Movilo? Lo del HackerRank, digo. ¿Me dejas tus apuntes del live coding?

Besitos,
Nuria
"""), mid_style="gmail", label=L("friend-own-interview")))

add(M("own-friend-search", "2024-10-11 08:05", ME, NURIA,
      "Re: me han llamado para la segunda!!", clean("""
¡¡¡Nuria!!! Qué bien, me alegro un montón. Te van a coger, ya verás.

Te paso mis apuntes esta noche, que los tengo en Notion. Lo de Movilo al final fue un no, así que no sé si son muy buenos, jaja. Yo ahora estoy con lo de la fintech de la headhunter (la final es el jueves 24) y he mandado un par de candidaturas espontáneas a estudios pequeños, a ver si suena la flauta.

Para Canvas, mírate los ejemplos de MDN y lo de requestAnimationFrame, que es lo que suelen preguntar.

¡Ánimo! Y nos vemos el sábado en lo de Sergio.

Irene
"""), parent="lk-friend-interview", quote="gmail_es", label=N("own-mail-to-friend-about-search")))

add(M("lk-colleague-interviewer", "2024-10-11 13:50", RUBEN, ME,
      "¿Me echas un cable con una entrevista el martes?", clean("""
Hola Irene!

Te escribo al personal porque el Outlook del curro está caído otra vez (cómo no).

Desde RR. HH. me han pedido que hagamos la entrevista técnica a un candidato para el equipo del cliente de seguros, un chico con 3 años de Angular. Es el martes a las 12:00, una hora por Teams. ¿Me la haces conmigo? Tú sabes mucho más de accesibilidad y de testing que yo, y me vendría genial tu opinión.

Te reenvío el CV y el enunciado de la prueba en cuanto me funcione el correo.

Gracias!!
Rubén
"""), mid_style="gmail", label=L("colleague-asks-her-to-interview-a-candidate")))

add(M("lk-userresearch", "2024-10-14 17:30", "Banco Meridiano - Diseño <investigacion.usuarios@bancomeridiano.es>", ME,
      "¿Nos ayudas a mejorar la app? Te invitamos a una sesión con nuestro equipo", clean("""
Hola Irene,

En Banco Meridiano estamos rediseñando la forma de enviar dinero desde la app y queremos hacerlo contigo.

Te invitamos a una sesión de investigación con nuestro equipo de diseño:
- Duración: 45 minutos, por videollamada
- Fechas: del 21 al 25 de octubre
- Qué harás: probar un prototipo y contarnos qué piensas (no hay respuestas correctas)
- Como agradecimiento: una tarjeta regalo de 30 €

Si te apetece participar, elige tu hueco aquí: https://bancomeridiano.es/investigacion/sesiones?c=UX-2410

¡Gracias por ayudarnos!
Equipo de Diseño de Producto
"""), fmt="alt", brand="Banco Meridiano", color="#004b87", label=L("user-research-invitation")))

add(M("lk-flat-rejected", "2024-10-16 10:02", "Inmobiliaria Puerta Bonita <alquileres@puertabonita-inmo.es>", ME,
      "RE: Solicitud de alquiler - C/ Oca 41, 3ºB - documentación", clean("""
Buenos días Irene,

Le agradecemos el interés mostrado en la vivienda y la rapidez al enviarnos la documentación.

Lamentamos comunicarle que el propietario ha decidido continuar con otros candidatos para el alquiler del inmueble. Guardaremos sus datos por si tuviéramos otras viviendas en la zona que se ajusten a lo que buscan.

Un saludo,
Beatriz
Inmobiliaria Puerta Bonita
"""), parent="lk-flat-docs", quote="outlook_es", charset="windows-1252", cte="quoted-printable",
      mid_style="outlook_eu", label=L("flat-application-rejected")))

add(M("lk-jira", "2024-10-23 16:12", "Dani Quintana (Jira) <jira@fichajelabs.atlassian.net>", ME,
      "[JIRA] (FL-231) Integración Greenhouse: los candidatos rechazados no se sincronizan", clean("""
Dani Quintana created an issue

Fichaje Labs / FL-231
Integración Greenhouse: los candidatos rechazados no se sincronizan

Issue Type: Bug
Assignee: Irene Castaño
Priority: High
Components: integraciones-ats, frontend

Cuando un cliente rechaza a un candidato en Greenhouse, el webhook de "candidate_rejected" nos llega, pero en el panel de Fichaje el candidato sigue apareciendo como "En proceso". Parece que el estado no se refresca en la tabla hasta que se recarga la página.

Pasos:
1. Rechazar a un candidato en el sandbox de Greenhouse.
2. Abrir el panel de Onboarding en Fichaje.
3. El badge sigue en "En proceso".

Esperado: el badge cambia a "Descartado" y desaparece de la lista de incorporaciones.

¿Le echas un ojo esta semana, Irene? Creo que es la invalidación de la query en React Query.

View issue: https://fichajelabs.atlassian.net/browse/FL-231
"""), fmt="alt", brand="Jira", color="#0052cc", tz="UTC", mid_domain="fichajelabs.atlassian.net",
      headers={"X-JIRA-FingerPrint": "8e2f1c0a7b3d9e64"}, label=L("jira-ticket-ats-integration")))

add(M("lk-podcast", "2024-11-05 08:30", "Código Abierto FM <episodios@codigoabierto.fm>", ME,
      "🎙️ Nuevo episodio: entrevista a Ana Ibarra, CTO de Lince Movilidad", clean("""
Nuevo episodio de Código Abierto FM

#87 · "Contratar es el trabajo más difícil de un CTO" – Entrevista a Ana Ibarra

Esta semana entrevistamos a Ana Ibarra, CTO de Lince Movilidad, que ha pasado de 6 a 60 ingenieros en dos años. Hablamos de cómo diseñan sus procesos de selección, por qué eliminaron las pruebas técnicas para casa y qué preguntas hace ella en la entrevista final.

Escúchalo en tu plataforma favorita o en la web: https://codigoabierto.fm/87

Y si te gusta el podcast, déjanos cinco estrellitas, que nos ayuda mucho.

Código Abierto FM
"""), fmt="html", brand="Código Abierto FM", color="#222222", mid_style="sendgrid",
      label=L("podcast-interview-episode")))

add(M("lk-slack", "2024-11-13 18:45", "Slack <notification@slack.com>", ME,
      "[Fichaje Labs] Nuevos mensajes de Dani Quintana en #int-workday", clean("""
Tienes mensajes nuevos en Fichaje Labs

#int-workday

Dani Quintana 18:39
@Irene el cliente de Workday nos manda los candidatos contratados con el campo "Hire Date" en formato americano 🙃 ¿lo parseamos en front o lo arreglo en el back?

Dani Quintana 18:41
y otra cosa: el botón de "Importar desde ATS" se queda cargando si el tenant tiene más de 500 requisiciones abiertas

Ver en Slack: https://fichajelabs.slack.com/archives/C05K8ATS2/p1731519561

Recibes este correo porque tienes notificaciones por email activadas cuando no estás conectada. Cambiar preferencias.
"""), fmt="alt", brand="slack", color="#4a154b", tz="America/Los_Angeles", mid_domain="slack.com",
      label=L("slack-recruiting-software")))

add(M("lk-cfp", "2024-11-27 19:00", "FrontFest Madrid <speakers@frontfest.es>", ME,
      "FrontFest 2025: resultado de tu propuesta de charla", clean("""
Hola Irene,

Muchísimas gracias por enviar tu propuesta «Tokens, temas y tabletas: un design system que sobrevive a tres rebrandings» al Call for Papers de FrontFest Madrid 2025.

Este año hemos recibido 412 propuestas para 24 huecos, y la decisión ha sido durísima. Lamentablemente, no hemos podido seleccionar tu charla para el programa principal.

Nos ha gustado mucho el enfoque, y el comité te anima a presentarla en formato lightning talk (10 minutos) en la sesión de la tarde del segundo día. Si te interesa, responde a este correo antes del 10 de diciembre.

Además, como ponente propuesta, tienes un 30 % de descuento en tu entrada con el código CFP25-IC.

Gracias de corazón,
El equipo de FrontFest
"""), fmt="alt", brand="FrontFest Madrid 2025", color="#ff3366", label=L("conference-cfp-rejection")))

add(M("lk-esta", "2024-12-01 20:14", "ESTA Notifications <esta-notifications@cbp.dhs.gov>", ME,
      "ESTA Application Status: Authorization Approved", clean("""
Dear Applicant,

The status of your Electronic System for Travel Authorization (ESTA) application has been updated.

Application Number: 2X7K4M9P1Q0R8S3T
Applicant: CASTANO RUIZ, IRENE
Status: AUTHORIZATION APPROVED
Expiration: 12/01/2026

Your travel authorization is valid for multiple trips to the United States for two years or until your passport expires, whichever comes first. An approved ESTA does not guarantee admissibility at a U.S. port of entry.

To view your application, visit https://esta.cbp.dhs.gov

Please do not reply to this email.
U.S. Customs and Border Protection
"""), tz="America/New_York", label=L("visa-travel-authorization", "en")))

add(M("lk-tarjeta", "2024-12-02 09:41", "Banco Meridiano <avisos@bancomeridiano.es>", ME_OLD,
      "Tu solicitud de Tarjeta Meridiano Oro ha sido aprobada", clean("""
Hola, Irene:

¡Enhorabuena! Hemos aprobado tu solicitud de la Tarjeta de Crédito Meridiano Oro.

Límite concedido: 3.000 €
Modalidad de pago: fin de mes
Cuota anual: 0 € el primer año

Recibirás la tarjeta en tu domicilio en un plazo de 5 a 7 días hábiles. Mientras tanto, ya puedes usarla en tu móvil desde la app (Apple Pay / Google Pay).

Si no has realizado esta solicitud, llámanos al 900 10 20 30.

Banco Meridiano
"""), fmt="alt", brand="Banco Meridiano", color="#004b87", label=L("credit-card-application-approved")))

add(M("lk-flat-approved", "2024-12-10 13:25", "Alquileres Carabanchel Alto <gestion@alquilerescarabanchel.com>", ME,
      "Su solicitud de alquiler ha sido aceptada – C/ General Ricardos 152", clean("""
Estimada Irene:

Nos complace comunicarle que el propietario ha aceptado su solicitud de alquiler para la vivienda situada en C/ General Ricardos 152, 5º A.

Próximos pasos:
1. Firma del contrato: viernes 13 de diciembre a las 18:00 en nuestra oficina.
2. Importe a abonar en la firma: 2 meses de fianza (1.900 €) + primera mensualidad (950 €).
3. Entrega de llaves: 1 de enero de 2025.

Le adjuntamos el borrador del contrato para que pueda revisarlo con calma.

Reciba un cordial saludo,
Mercedes Lozano
Alquileres Carabanchel Alto
"""), attach=[("Borrador_contrato_GRicardos152.pdf", "application/pdf")], mid_style="outlook_eu",
      label=L("flat-application-accepted")))

add(M("lk-vozmovil-offer", "2024-12-12 10:10", "Vozmóvil <ofertas@vozmovil.es>", ME,
      "Irene, tienes una oferta pendiente de aceptar 🎁", clean("""
Hola Irene,

Tenemos una oferta preparada solo para ti: fibra 1 Gb + 2 líneas con 100 GB por 33 €/mes durante 12 meses (antes 45 €).

Acepta tu oferta antes del 20 de diciembre y te regalamos el router wifi 7.

👉 Aceptar oferta: https://vozmovil.es/mi-oferta?id=IC-88213

Sin permanencia. Precio con IVA.
"""), fmt="html", brand="vozmóvil", color="#e6007e", label=L("retail-offer")))

add(M("lk-salary-report", "2025-01-09 08:00", "Tecnófilo <newsletter@tecnofilo.es>", ME,
      "Informe salarial 2025: cuánto cobra de verdad un frontend en Madrid", clean("""
Buenos días,

Como cada enero, hemos cruzado 5.812 respuestas de nuestra encuesta anónima de salarios tech en España. Algunas conclusiones:

- Frontend en Madrid: mediana de 42.000 € (mid) y 55.000 € (senior). Barcelona, ligeramente por debajo.
- El 61 % trabaja en remoto al menos 3 días a la semana, pero la presencialidad sube por segundo año.
- Las ofertas con salario publicado reciben el doble de candidaturas.
- Cambiar de empresa sigue siendo la forma más rápida de subir sueldo: +14 % de media.

Descarga el informe completo (PDF): https://tecnofilo.es/informe-salarial-2025

Y en el próximo número: entrevistamos a tres personas que han negociado su sueldo con éxito.

Tecnófilo, la newsletter de la gente que hace tecnología en España
"""), fmt="alt", brand="Tecnófilo", color="#2b2d42", mid_style="sendgrid",
      label=L("newsletter-salary-report")))

# ================================================================ FAMILY
add(M("fam-mama-boda", "2024-09-09 21:02", MAMA, ME,
      "fotos boda de Elena", clean("""
Hola hija

te mando unas fotos de la boda de tu prima Elena que me las ha pasado tu tia Maribel. Que guapa ibas!! y Javi tambien muy elegante.

La de la tarta no se ve muy bien pero bueno.

Un beso muy grande, llamame cuando puedas que el domingo no te pille.

Mama
"""), attach=[("IMG_20240907_183412.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fake-jpeg-test-corpus\xff\xd9"),
              ("IMG_20240907_201155.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fake-jpeg-test-corpus-2\xff\xd9")],
      charset="iso-8859-1", cte="quoted-printable", mid_style="outlook", label=N("family")))

add(M("fam-mama-navidad", "2024-11-17 19:44", MAMA, ME,
      "navidad", clean("""
Hola cariño

Tu hermana dice que este año venis todos a Valladolid en Nochebuena, me lo confirmas? Es para encargar el cordero con tiempo que luego no queda.

Y que tal lo de los trabajos? Ya me contaras. No te agobies que seguro que sale algo bueno.

Besos
Mama
"""), charset="iso-8859-1", cte="quoted-printable", mid_style="outlook", label=N("family")))

add(M("fam-irene-navidad", "2024-11-17 21:10", ME, MAMA,
      "Re: navidad", clean("""
Hola mamá,

¡Sí! Vamos Javi y yo el 23 por la tarde en tren y nos volvemos el 26. Encarga cordero para un regimiento, que Javi come por tres.

Y lo del trabajo, ¡ya te llamo mañana que tengo noticias! Creo que buenas 🤞

Un beso enorme,
Irene
"""), parent="fam-mama-navidad", quote="gmail_es", label=N("family")))

add(M("fam-carmen-papa", "2024-10-19 11:25", CARMEN, ME + ", " + "Álvaro Castaño <alvarocastano.r@gmail.com>",
      "Regalo cumple papá (¡confidencial!)", clean("""
Hermanitos,

El 14 de noviembre papá cumple 65 y hay que hacer algo gordo. Propuestas:

1. Fin de semana en una casa rural en la Ribera del Duero con bodega incluida (~300 € entre los tres)
2. La bici eléctrica que lleva un año mirando (~900 €, muy caro)
3. Un álbum de fotos antiguas escaneadas + cena en el Refugio

Yo voto la 1 + álbum. Decidme algo antes del finde, que hay que reservar.

Besos,
Carmen
"""), mid_style="gmail", label=N("family")))

add(M("fam-irene-papa", "2024-10-19 13:02", ME, CARMEN + ", " + "Álvaro Castaño <alvarocastano.r@gmail.com>",
      "Re: Regalo cumple papá (¡confidencial!)", clean("""
La 1 + álbum, 100 %. Yo me encargo de escanear fotos si mamá me deja la caja de zapatos del altillo sin hacer preguntas, jaja.

Os hago Bizum esta noche.

Irene
"""), parent="fam-carmen-papa", quote="gmail_es", label=N("family")))

add(M("fam-alvaro-papa", "2024-10-19 18:40", "Álvaro Castaño <alvarocastano.r@gmail.com>", CARMEN + ", " + ME,
      "Re: Regalo cumple papá (¡confidencial!)", clean("""
Votado, la 1. Pero que la casa tenga chimenea que papá si no se aburre.

Mandad link de la casa y reservo yo, que tengo puntos en Escapada Rural.
"""), parent="fam-irene-papa", quote="apple_es", label=N("family")))

add(M("fam-carmen-renfe", "2024-12-04 09:12", CARMEN, ME,
      "Fwd: Billetes Valladolid", clean("""
Te reenvío los billetes que saqué para todos, que me dijiste que no te llegaron. Los vuestros son los asientos 7C y 7D del coche 4.

Besos
"""), mid_style="gmail", label=N("family")))

# ================================================================ PARTNER / FRIENDS
add(M("javi-pisos", "2024-09-25 14:33", JAVI, ME,
      "pisos que he visto", clean("""
Mira estos, que te los mando por aquí que en whatsapp se pierden:

- Oca, Vista Alegre: 950, 2 hab, ascensor. El mejor de momento
- Marcelino Castillo: 890 pero bajo interior, muy oscuro en las fotos
- General Ricardos: 950, 5º con terraza pequeña!!! pero piden seguro de impago

Si quieres llamo yo mañana a la de Oca para ver si se puede visitar el martes por la tarde.

Te quiero
J
"""), mid_style="gmail", label=N("partner-flat-hunting")))

add(M("irene-javi-pisos", "2024-09-25 15:01", ME, JAVI,
      "Re: pisos que he visto", clean("""
Llama a la de Oca, porfa. El martes puedo desde las 18:00.

La de General Ricardos me encanta, lo de la terraza... Si lo de Oca no sale, vamos a por esa.

Te quiero tb
"""), parent="javi-pisos", quote="gmail_es", label=N("partner-flat-hunting")))

add(M("javi-casarural", "2024-10-24 23:20", JAVI, ME,
      "Fwd: Confirmación de tu reserva - Casa El Lagar (Peñafiel)", clean("""
Reservada la casa para lo de tu padre!! 15-17 de noviembre. La señora es majísima.

---------- Forwarded message ---------
De: Escapada Rural <reservas@escapadarural-mail.com>
Subject: Confirmación de tu reserva - Casa El Lagar (Peñafiel)

Reserva n.º ER-4418273
Casa El Lagar · Peñafiel (Valladolid)
Entrada: 15/11/2024 · Salida: 17/11/2024
8 huéspedes · 2 noches
Importe total: 540 € (pagado: 162 € de señal)
"""), mid_style="gmail", label=N("partner-forward-booking")))

add(M("nuria-ofrecido", "2024-11-20 13:01", ME, NURIA,
      "ME HAN OFRECIDO EL PUESTO", clean("""
NURIAAAAA

Los de Kuadra!!! Me acaba de escribir el CTO con la oferta. 48K, híbrido dos días y con formación pagada. Estoy temblando.

¿Crees que debería negociar algo más o acepto ya? En la consultora me van a poner mala cara con el preaviso, pero me da igual.

Esta noche cañas, invito yo 🍻

I.
"""), label=N("own-mail-to-friend-about-search")))

add(M("nuria-re-ofrecido", "2024-11-20 13:40", NURIA, ME,
      "Re: ME HAN OFRECIDO EL PUESTO", clean("""
AAAAAAAAAAAAH ENHORABUENA!!!!!!!

Acepta, pero pregúntale si los 1.200 de formación incluyen conferencias, que eso luego se lía. Y pide que el periodo de prueba sea de 2 meses si puedes, aunque sea por probar jajaja.

Esta noche en el Melos a las 21. Llevo a Pau.

TE LO DIJE
"""), parent="nuria-ofrecido", quote="gmail_es", mid_style="gmail", label=N("friend-reply-about-search")))

add(M("sergio-cumple", "2024-10-01 19:20", "Sergio Vidal <sergiovidal.arq@gmail.com>",
      ME + ", " + NURIA + ", " + JAVI + ", Pau Ferrer <pauferrer@protonmail.com>",
      "Cumple sábado 12 🎉", clean("""
Holaaa,

Que el sábado 12 celebro los 32 en casa (Embajadores 77, 4º izda). A partir de las 20:00. Yo pongo la comida, vosotros lo líquido.

Si venís con alguien decídmelo para calcular tortillas.

Sergio
"""), mid_style="gmail", label=N("friends")))

add(M("london-kate", "2024-10-27 18:05", "Kate Morrison <kate.morrison.uk@gmail.com>", ME,
      "Madrid in November!!", clean("""
Hiya Irene!

Guess who's coming to Madrid? Tom and I have booked flights for the 22nd-25th of November. Any chance you're free for dinner on the Saturday? We'd love to see you and finally meet Javi properly.

Also please send restaurant recommendations, my Spanish is still terrible so somewhere with patient waiters, ha.

How's the job hunt going? Last time we spoke you were doing about a million take-home tests.

Lots of love,
Kate x
"""), tz="Europe/London", mid_style="gmail", label=N("friend", "en")))

add(M("irene-kate", "2024-10-28 22:47", ME, "Kate Morrison <kate.morrison.uk@gmail.com>",
      "Re: Madrid in November!!", clean("""
Kate!!! Yes, Saturday 23rd is perfect. I'll book somewhere in La Latina, proper tapas, patient waiters guaranteed.

Job hunt: still going, but I have a couple of promising things this week. Fingers crossed I'll have news when you're here!

Besos,
Irene
"""), parent="london-kate", quote="gmail_en", label=N("own-mail-to-friend-about-search", "en")))

# ================================================================ WORK / FREELANCE
add(M("ruben-despedida", "2024-09-19 12:15", RUBEN, ME + ", " + NURIA + ", Laura Sanz <laura.sanz.p@gmail.com>",
      "Cañas viernes por la jubilación de Tomás", clean("""
Gente,

El viernes 27 se jubila Tomás (el de sistemas, el que os arreglaba el portátil con cinta americana). Le hacemos unas cañas en La Fídula a partir de las 18:30. Estamos juntando 10 € cada uno para el regalo, Bizum a mi número.

Confirmad, que hay que reservar.

Rubén
"""), mid_style="gmail", label=N("colleagues")))

add(M("irene-factura-oct", "2024-11-02 10:30", ME, DANI,
      "Factura octubre - Fichaje Labs", clean("""
Hola Dani,

Te adjunto la factura de octubre (32 horas, según el Clockify que compartimos). Incluye el fix del badge de estados de FL-231 y la primera versión del importador.

Cualquier cosa me dices.

Un saludo,
Irene
"""), attach=[("Factura_2024-010_FichajeLabs.pdf", "application/pdf")], label=N("freelance-invoice")))

add(M("dani-factura-oct", "2024-11-04 09:55", DANI, ME,
      "Re: Factura octubre - Fichaje Labs", clean("""
Recibida, la pago esta semana. ¡Gracias!

Por cierto, ¿cuántas horas vas a poder dedicarnos a partir de enero con lo del trabajo nuevo? Sin presión, pero para planificar el Q1.

D.
"""), parent="irene-factura-oct", quote="gmail_es", mid_style="gmail", label=N("freelance-client")))

add(M("irene-dani-enero", "2024-11-04 12:20", ME, DANI,
      "Re: Factura octubre - Fichaje Labs", clean("""
Lo hablo con ellos cuando firme, pero calcula unas 15 horas al mes como mucho, sobre todo fines de semana. Si me ofrecen exclusividad en el contrato te aviso enseguida.

Irene
"""), parent="dani-factura-oct", quote="gmail_es", label=N("freelance-client")))

add(M("irene-despedida-nexa", "2024-12-18 17:40", "Laura Sanz <laura.sanz.p@gmail.com>",
      ME + ", " + RUBEN + ", " + NURIA,
      "Despedida de Irene 🥲 jueves 19", clean("""
Chicos,

Como ya sabéis, nuestra Irene nos abandona por una fintech 😭. Le hacemos despedida el jueves 19 en el Bendito (Mercado de San Fernando) a partir de las 19:00.

Irene, tú no pagas nada, que para eso es tu despedida. Los demás, 15 € a Rubén para el regalo (sorpresa).

Laura
"""), mid_style="gmail", label=N("colleagues-farewell")))

add(M("gestor-303", "2024-10-14 12:05", "Asesoría Lozano <asesoria@asesorialozano.es>", ME,
      "Modelo 303 y 130 – 3T 2024", clean("""
Buenos días Irene,

Le recordamos que el plazo para presentar los modelos 303 (IVA) y 130 (IRPF) del tercer trimestre finaliza el 21 de octubre.

Por favor, envíenos antes del jueves las facturas emitidas y los gastos deducibles de julio, agosto y septiembre (si tiene la cuota de autónomos domiciliada, no hace falta el justificante).

Un saludo,
Asesoría Lozano
"""), charset="windows-1252", cte="quoted-printable", mid_style="outlook_eu", label=N("accountant")))

# ================================================================ HOME / NEIGHBOURS / HEALTH
add(M("fincas-ipc", "2024-09-17 10:00", "Fincas Arganzuela <administracion@fincasarganzuela.com>", ME,
      "Actualización anual de la renta – C/ Ave María 14, 2º izq.", clean("""
Estimada inquilina:

Conforme a la cláusula cuarta de su contrato de arrendamiento, le comunicamos la actualización anual de la renta con efectos desde el 1 de octubre de 2024, aplicando el índice de referencia vigente (3 %).

Renta actual: 820,00 €
Renta actualizada: 844,60 €

El nuevo importe se cargará en el recibo de octubre.

Atentamente,
Fincas Arganzuela S.L.
"""), charset="iso-8859-1", cte="quoted-printable", label=N("landlord")))

add(M("irene-preaviso", "2024-12-11 09:30", ME, "Fincas Arganzuela <administracion@fincasarganzuela.com>",
      "Preaviso de salida – C/ Ave María 14, 2º izq.", clean("""
Buenos días,

Por la presente les comunico que dejaré la vivienda situada en C/ Ave María 14, 2º izquierda, con fecha 31 de diciembre de 2024, conforme al preaviso de 30 días previsto en el contrato.

Les ruego me indiquen cuándo podemos quedar para la revisión del piso y la entrega de llaves, así como el procedimiento para la devolución de la fianza.

Un saludo,
Irene Castaño Ruiz
DNI 5XXXXXXXX
"""), label=N("own-mail-to-landlord")))

add(M("fincas-preaviso-re", "2024-12-12 12:48", "Fincas Arganzuela <administracion@fincasarganzuela.com>", ME,
      "RE: Preaviso de salida – C/ Ave María 14, 2º izq.", clean("""
Buenos días, Irene:

Acusamos recibo de su preaviso. La revisión del inmueble y entrega de llaves será el lunes 30 de diciembre a las 11:00. La fianza se devolverá en un plazo máximo de 30 días tras comprobar el estado de la vivienda y los últimos suministros.

Atentamente,
Fincas Arganzuela S.L.
"""), parent="irene-preaviso", quote="outlook_es", charset="iso-8859-1", cte="quoted-printable",
      label=N("landlord")))

add(M("comunidad-derrama", "2024-10-22 20:12", "Presidencia Comunidad Ave María 14 <comunidadavemaria14@gmail.com>", ME,
      "Junta extraordinaria - ascensor", clean("""
Estimados vecinos y vecinas:

Se convoca junta extraordinaria el jueves 31 de octubre a las 19:30 en el portal (primera convocatoria) y a las 20:00 (segunda convocatoria).

Orden del día:
1. Aprobación, si procede, del presupuesto de sustitución del ascensor.
2. Derrama correspondiente.
3. Ruegos y preguntas.

Los inquilinos pueden asistir pero no votar. Se ruega que lo comuniquen a sus propietarios.

La presidenta, Maite (3º dcha.)
"""), mid_style="gmail", label=N("neighbours")))

add(M("dentista", "2024-10-07 18:00", "Clínica Dental Sonríe Retiro <citas@sonrieretiro.es>", ME,
      "Recordatorio de su cita: miércoles 9 de octubre, 17:30", clean("""
Hola Irene,

Le recordamos su cita en Clínica Dental Sonríe Retiro:

Fecha: miércoles 9 de octubre de 2024
Hora: 17:30
Tratamiento: Revisión e higiene
Doctora: Dra. Alicia Ramos

Si no puede acudir, por favor avísenos con 24 horas de antelación llamando al 91 433 21 09.

Un saludo
"""), fmt="html", brand="Sonríe Retiro", color="#27a3c4", label=N("health-appointment")))

add(M("centro-salud", "2024-11-28 08:15", "Cita Sanitaria Comunidad de Madrid <no-reply.citasanitaria@salud.madrid.org>", ME,
      "Confirmación de cita – Centro de Salud Embajadores", clean("""
Se ha confirmado su cita:

Paciente: I. C. R.
Centro: Centro de Salud Embajadores
Profesional: Medicina de familia
Fecha: 03/12/2024 a las 09:40
Modalidad: presencial

Para anular la cita acceda a Cita Sanitaria o a la aplicación Tarjeta Sanitaria Virtual.
"""), charset="iso-8859-1", cte="quoted-printable", label=N("health-appointment")))

add(M("bloque9-patones", "2024-10-02 12:00", "Bloque 9 Escalada <comunidad@bloque9.es>", ME,
      "Salida a roca: Patones, 19 de octubre 🧗", clean("""
¡Hola, escaladoras y escaladores!

Volvemos a la roca. El sábado 19 de octubre organizamos salida a Patones (vías de 5a a 6c+), con monitores y material incluido para quien lo necesite.

- Salida: 8:30 desde el gimnasio (furgoneta) o allí directamente a las 9:45
- Precio socios: 25 € / no socios: 40 €
- Trae comida, agua y ganas

Plazas limitadas a 16. Apúntate en recepción o aquí: https://bloque9.es/actividades/patones-oct

¡Nos vemos en la pared!
"""), fmt="alt", brand="BLOQUE 9", color="#111111", label=N("club")))

add(M("javi-cena", "2024-11-29 16:02", JAVI, ME,
      "viernes", clean("""
Reservado en el italiano de Tirso a las 21:30 para celebrar lo tuyo (aunque ya lo hayamos celebrado tres veces).

Ah, y he encontrado una empresa de mudanzas que hace 10 % si reservas antes del 15. Te paso el presupuesto luego.
"""), mid_style="gmail", label=N("partner")))

add(M("mudanzas", "2024-12-05 11:20", "Mudanzas Ribera <presupuestos@mudanzasribera.es>", ME + ", " + JAVI,
      "Presupuesto mudanza Lavapiés - Carabanchel (ref. 2412-087)", clean("""
Buenos días Irene y Javier,

Según lo hablado por teléfono, les enviamos presupuesto para la mudanza:

Origen: C/ Ave María 14, 2º izq. (sin ascensor)
Destino: C/ General Ricardos 152, 5º A (con ascensor)
Fecha: sábado 4 de enero de 2025
Servicio: 3 operarios + camión de 20 m³, embalaje de frágiles, desmontaje y montaje de 2 armarios y 1 cama

Importe: 640 € + IVA (descuento 10 % aplicado por reserva anticipada)

Para confirmar la fecha, necesitamos una señal del 20 %.

Saludos cordiales,
Mudanzas Ribera
"""), attach=[("Presupuesto_2412-087.pdf", "application/pdf")], charset="windows-1252",
      cte="quoted-printable", mid_style="outlook_eu", label=N("moving-company")))

add(M("kuadra-bienvenida-amiga", "2025-01-08 21:15", NURIA, ME,
      "¿qué tal el primer día?", clean("""
Cuéntame todo!!! Qué tal el equipo, el portátil, el café de la oficina?

Y te he dicho ya que a mí al final me cogieron en Pradera? Empiezo el 20 😎

N.
"""), mid_style="gmail", label=N("friend")))
