# -*- coding: utf-8 -*-
"""José Armando Villaseñor Téllez (CDMX, coordinador de logística): his job
applications, recruiter outreach and job alerts.  All texts hand-written."""
from eml_lib import M, clean

ME = "Armando Villaseñor <armando.villasenor.t@gmail.com>"
ME_OLD = "armando_vt86@hotmail.com"

APPS = {
    "grupo-vertice--coordinador-de-logistica-y-distribucion": dict(
        company="Grupo Vértice", aliases=["Grupo Comercial Vértice S.A. de C.V.", "Vértice", "grupovertice"],
        role="Coordinador de Logística y Distribución", source="workday",
        url="https://grupovertice.wd5.myworkdayjobs.com/es-MX/Vertice_Careers/job/Ciudad-de-Mexico/Coordinador-de-Logstica-y-Distribucin_R-0041872"),
    "cerveceria-del-altiplano--supervisor-de-trafico": dict(
        company="Cervecería del Altiplano", aliases=["Cervecería del Altiplano S.A. de C.V.", "Altiplano", "Grupo Altiplano"],
        role="Supervisor de Tráfico", source="other", via="successfactors",
        url="https://career5.successfactors.com/career?company=altiplanoP&career_job_req_id=48213"),
    "transportes-halcon--coordinador-de-trafico": dict(
        company="Transportes Halcón del Norte", aliases=["Transportes Halcón del Norte S.A. de C.V.", "Transportes Halcón", "Halcón"],
        role="Coordinador de Tráfico", source="other", via="occ", url=None),
    "farmaceutica-lomas--analista-de-logistica-sr": dict(
        company="Distribuidora Farmacéutica Lomas", aliases=["Farmacéutica Lomas", "Distribuidora Farmacéutica Lomas S.A. de C.V."],
        role="Analista de Logística Sr.", source="other", via="occ",
        url="https://www.occ.com.mx/empleo/oferta/18791143-analista-de-logistica-sr/"),
    "importadora-pacifico-sur--coordinador-de-importaciones-y-logistica": dict(
        company="Importadora Pacífico Sur", aliases=["Importadora Pacífico Sur S.A. de C.V.", "Pacífico Sur"],
        role="Coordinador de Importaciones y Logística", source="other", via="computrabajo",
        url="https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-coordinador-de-importaciones-y-logistica-en-cuauhtemoc-7A1F3C9B0D2E4F56"),
    "asl-tepeyac--supervisor-de-almacen": dict(
        company="Almacenes y Servicios Logísticos Tepeyac", aliases=["ASL Tepeyac", "ASL Tepeyac S.A. de C.V."],
        role="Supervisor de Almacén", source="other", via="computrabajo",
        url="https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-supervisor-de-almacen-en-gustavo-a-madero-2C88E01F4A7B3D19"),
    "casa-roble--coordinador-de-logistica": dict(
        company="Mueblería Casa Roble", aliases=["Casa Roble", "Muebles Casa Roble S.A. de C.V."],
        role="Coordinador de Logística", source="indeed",
        url="https://mx.indeed.com/viewjob?jk=4f2a9c81d3b7e605"),
    "frescampo--coordinador-de-distribucion": dict(
        company="Frescampo Alimentos", aliases=["Frescampo", "Frescampo Alimentos S.A.P.I. de C.V.", "frescampo.mx"],
        role="Coordinador de Distribución", source="indeed",
        url="https://mx.indeed.com/viewjob?jk=b71c0e3f9a4d2258"),
    "kairos-cliente-automotriz--coordinador-de-logistica": dict(
        company=None, aliases=[],
        role="Coordinador de Logística (sector automotriz)", source="agency", url=None),
    "nordhaven--logistics-coordinator-inbound": dict(
        company="Nordhaven Logistics", aliases=["Nordhaven Logistics México S.A. de C.V.", "Nordhaven", "nordhaven.com"],
        role="Logistics Coordinator – Inbound", source="workday",
        url="https://nordhaven.wd3.myworkdayjobs.com/en-US/External/job/Mexico-City/Logistics-Coordinator---Inbound_R2025-1187"),
    "grupo-espiga--coordinador-de-planeacion-de-transporte": dict(
        company="Grupo Industrial Espiga", aliases=["Espiga", "Grupo Industrial Espiga S.A.B. de C.V.", "espiga.com.mx"],
        role="Coordinador de Planeación de Transporte", source="other", via="successfactors",
        url="https://career2.successfactors.eu/career?company=grupoespiga&career_job_req_id=10734"),
    "veloz-express--coordinador-de-logistica": dict(
        company="Paquetería Veloz Express", aliases=["Veloz Express", "velozexpress.mx"],
        role="Coordinador de Logística", source="company_site", url=None),
    "azteca-plasticos--coordinador-de-embarques": dict(
        company="Comercializadora Azteca de Plásticos", aliases=["Azteca Plásticos", "Comercializadora Azteca de Plásticos S.A. de C.V."],
        role="Coordinador de Embarques", source="company_site", url=None),
    "tallis--logistics-coordinator-bilingual": dict(
        company="Tallis Supply Chain Solutions", aliases=["Tallis", "Tallis Supply Chain Solutions LLC"],
        role="Logistics Coordinator (Bilingual)", source="linkedin",
        url="https://www.linkedin.com/jobs/view/4187650293/"),
    "textil-santa-anita--jefe-de-almacen": dict(
        company="Grupo Textil Santa Anita", aliases=["Textil Santa Anita", "Santa Anita"],
        role="Jefe de Almacén", source="indeed",
        url="https://mx.indeed.com/viewjob?jk=e5d8317a0c64b9f2"),
    "servifletes--coordinador-de-flota": dict(
        company="ServiFletes Metropolitanos", aliases=["ServiFletes", "ServiFletes Metropolitanos S.A. de C.V."],
        role="Coordinador de Flota", source="other", via="occ",
        url="https://www.occ.com.mx/empleo/oferta/18734521-coordinador-de-flota/"),
}


def A(app, event, kind, lang="es"):
    return dict(label="application", app=app, event=event, kind=kind, lang=lang)


SPECS = []
add = SPECS.append

OCC_FOOT = "Recibes este correo porque tienes una cuenta en OCC. OCC Mundial · Ciudad de México."
CT_FOOT = "Computrabajo México · Has recibido este email porque estás registrado en Computrabajo."

# ---------------------------------------------------------------- ServiFletes (OCC)
SF = "servifletes--coordinador-de-flota"
add(M("sfl-conf", "2025-01-14 22:18", "OCC <notificaciones@occ.com.mx>", ME,
      "¡Te postulaste a Coordinador de Flota!", clean("""
Hola José Armando,

Tu postulación fue enviada con éxito.

Coordinador de Flota
ServiFletes Metropolitanos
Azcapotzalco, CDMX · $22,000 - $26,000 mensual

Ver vacante: https://www.occ.com.mx/empleo/oferta/18734521-coordinador-de-flota/

¿Qué sigue? La empresa revisará tu CV. Te avisaremos cuando lo vea o cuando cambie el estado de tu postulación. Mientras tanto, mantén tu CV actualizado para destacar.

Equipo OCC
"""), fmt="html", brand="OCC", color="#0059d6", footer=OCC_FOOT, mid_style="ses",
      ses_region="us-west-2.amazonses.com", label=A(SF, "applied", "jobboard-confirmation:occ")))

add(M("sfl-rej", "2025-02-03 12:07", "OCC <notificaciones@occ.com.mx>", ME,
      "Actualización de tu postulación: Coordinador de Flota", clean("""
Hola José Armando,

ServiFletes Metropolitanos revisó tu CV para la vacante Coordinador de Flota.

Gracias por postularte. En esta ocasión tu perfil no fue seleccionado para continuar en el proceso.

Te recomendamos seguir postulándote: tenemos vacantes similares en tu zona.
Ver vacantes similares: https://www.occ.com.mx/empleos/de-coordinador-de-flota/en-ciudad-de-mexico/

Equipo OCC
"""), fmt="html", brand="OCC", color="#0059d6", footer=OCC_FOOT, mid_style="ses",
      ses_region="us-west-2.amazonses.com", label=A(SF, "rejected", "jobboard-rejection:occ")))

# ---------------------------------------------------------------- Grupo Vértice (Workday)
VER = "grupo-vertice--coordinador-de-logistica-y-distribucion"
add(M("ver-conf", "2025-01-15 21:40", "Grupo Vértice <grupovertice@myworkday.com>", ME,
      "Gracias por postularte a Grupo Vértice", clean("""
Hola José Armando:

Gracias por tu interés en formar parte de Grupo Vértice. Hemos recibido tu postulación para la vacante:

Coordinador de Logística y Distribución (R-0041872)
Ubicación: CEDIS Tultitlán / Corporativo Ciudad de México

Nuestro equipo de Atracción de Talento revisará tu perfil. Si cumples con el perfil de la vacante, nos pondremos en contacto contigo para continuar con el proceso.

Puedes consultar el estatus de tu postulación en cualquier momento ingresando a tu cuenta de candidato:
https://grupovertice.wd5.myworkdayjobs.com/es-MX/Vertice_Careers/userHome

Atentamente,
Atracción de Talento
Grupo Comercial Vértice, S.A. de C.V.

Este es un correo automático, por favor no respondas a este mensaje.
"""), fmt="alt", brand="Grupo Vértice", color="#c8102e", mid_domain="myworkday.com",
      label=A(VER, "applied", "ats-confirmation:workday")))

add(M("ver-rej", "2025-04-22 10:31", "Grupo Vértice <grupovertice@myworkday.com>", ME,
      "Actualización de tu postulación – R-0041872", clean("""
Hola José Armando:

Te agradecemos el tiempo e interés que mostraste al postularte a la vacante Coordinador de Logística y Distribución (R-0041872) en Grupo Vértice.

Después de revisar cuidadosamente todas las postulaciones, hemos decidido avanzar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales de la posición.

Tu información permanecerá en nuestra base de datos y te invitamos a seguir visitando nuestro portal de empleo para futuras oportunidades.

Te deseamos mucho éxito.

Atracción de Talento
Grupo Vértice
"""), fmt="alt", brand="Grupo Vértice", color="#c8102e", mid_domain="myworkday.com",
      label=A(VER, "rejected", "ats-rejection:workday-late")))

# ---------------------------------------------------------------- Cervecería del Altiplano (SuccessFactors)
ALT = "cerveceria-del-altiplano--supervisor-de-trafico"
add(M("alt-conf", "2025-01-20 23:05", "Talento Altiplano <noreply@successfactors.com>", ME,
      "Confirmación de postulación – Supervisor de Tráfico (48213)", clean("""
Estimado(a) José Armando Villaseñor Téllez:

Gracias por postularte a la posición Supervisor de Tráfico (Req. 48213) en Cervecería del Altiplano, S.A. de C.V.

Tu solicitud ha sido registrada correctamente. Nuestro equipo de Talento revisará tu información y, en caso de que tu perfil cumpla con los requisitos del puesto, te contactaremos para las siguientes etapas del proceso.

Puedes dar seguimiento a tu solicitud en nuestro portal de carreras.

¡Salud por tu futuro!
Talento Altiplano

Cervecería del Altiplano es un empleador que promueve la igualdad de oportunidades.
"""), fmt="alt", brand="ALTIPLANO", color="#b8860b", mid_domain="successfactors.com",
      label=A(ALT, "applied", "ats-confirmation:successfactors")))

add(M("alt-eval", "2025-01-28 09:30", "Evaluatest <notificaciones@evaluatest.com>", ME,
      "Cervecería del Altiplano te invita a realizar tus evaluaciones", clean("""
Hola José Armando:

Cervecería del Altiplano te ha invitado a completar las siguientes evaluaciones como parte de tu proceso de selección para la vacante Supervisor de Tráfico:

- Prueba de personalidad laboral (25 min aprox.)
- Razonamiento numérico (20 min)
- Caso práctico: planeación de rutas de distribución (30 min)

Fecha límite: 2 de febrero de 2025, 23:59 h (hora del centro de México).

Ingresa con el siguiente enlace y tu correo electrónico:
https://app.evaluatest.com/candidato/acceso?token=7c4e09b1f2a84d31

Recomendaciones: busca un lugar tranquilo, usa una computadora (no celular) y verifica tu conexión a internet antes de iniciar. Una vez iniciada una prueba no podrás pausarla.

Mucho éxito,
Equipo Evaluatest
"""), fmt="alt", brand="evaluatest", color="#00a0df", mid_style="sendgrid",
      label=A(ALT, "assessment", "platform-assessment:evaluatest-psychometric")))

ICS_ALT = clean("""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Karla Mendoza:mailto:karla.mendoza@altiplano.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=armando.villasenor.t@gmail.com:mailto:armando.villasenor.t@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ing. Raúl Benavides:mailto:raul.benavides@altiplano.com.mx
DESCRIPTION;LANGUAGE=es-MX:Entrevista con RH y Gerencia de Distribución - Supervisor de Tráfico\\nReunión de Microsoft Teams\\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZTg1\\nId. de reunión: 254 118 903 7\\nCódigo de acceso: Hq7Ze2
UID:040000008200E00074C5B7101A82E0080000000080F1A2C4D77BDB01000000000000000010000000B4E3
SUMMARY;LANGUAGE=es-MX:Entrevista – Supervisor de Tráfico | José Armando Villaseñor
DTSTART;TZID=Central Standard Time (Mexico):20250213T110000
DTEND;TZID=Central Standard Time (Mexico):20250213T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T170412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""").replace("\n", "\r\n")

add(M("alt-int", "2025-02-10 11:04", "Karla Mendoza <karla.mendoza@altiplano.com.mx>", ME,
      "Entrevista – Supervisor de Tráfico | José Armando Villaseñor", clean("""
Buen día José Armando:

Gracias por completar tus evaluaciones. Te comparto la invitación para tu entrevista con Recursos Humanos y con el Ing. Raúl Benavides, Gerente de Distribución, el jueves 13 de febrero a las 11:00 h por Microsoft Teams.

Te pido tener a la mano una identificación oficial y, si es posible, conectarte 5 minutos antes.

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse en el equipo o en la web: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZTg1
Id. de reunión: 254 118 903 7
Código de acceso: Hq7Ze2
________________________________________________________________________________

Saludos cordiales,
Karla Mendoza
Atracción de Talento | Cervecería del Altiplano
"""), ics=ICS_ALT, mid_style="outlook", outlook_srv="BY5PR17MB3905.namprd17.prod.outlook.com",
      label=A(ALT, "interview", "calendar-invite:teams-interview")))

add(M("alt-rej", "2025-03-03 17:50", "Talento Altiplano <noreply@successfactors.com>", ME,
      "Seguimiento a tu postulación – Supervisor de Tráfico", clean("""
Estimado(a) José Armando:

Queremos agradecerte sinceramente por tu participación en el proceso de selección para la posición Supervisor de Tráfico y por el tiempo dedicado a las evaluaciones y entrevistas.

Te informamos que, tras una cuidadosa evaluación, no continuarás en las siguientes etapas del proceso. La decisión no fue sencilla, ya que contamos con candidatos muy calificados.

Te invitamos a seguir atento a nuestras vacantes y a postularte a otras posiciones que se ajusten a tu perfil.

Atentamente,
Talento Altiplano
"""), fmt="alt", brand="ALTIPLANO", color="#b8860b", mid_domain="successfactors.com",
      label=A(ALT, "rejected", "ats-rejection:successfactors")))

# ---------------------------------------------------------------- Farmacéutica Lomas (OCC)
FAR = "farmaceutica-lomas--analista-de-logistica-sr"
add(M("far-conf", "2025-01-22 07:48", "OCC <notificaciones@occ.com.mx>", ME,
      "¡Te postulaste a Analista de Logística Sr.!", clean("""
Hola José Armando,

Tu postulación fue enviada con éxito.

Analista de Logística Sr.
Distribuidora Farmacéutica Lomas
Naucalpan, Edo. de Méx. · Sueldo no mostrado

Ver vacante: https://www.occ.com.mx/empleo/oferta/18791143-analista-de-logistica-sr/

Tip: Las empresas suelen revisar las postulaciones durante los primeros 7 días.

Equipo OCC
"""), fmt="html", brand="OCC", color="#0059d6", footer=OCC_FOOT, mid_style="ses",
      ses_region="us-west-2.amazonses.com", label=A(FAR, "applied", "jobboard-confirmation:occ")))

# ---------------------------------------------------------------- Importadora Pacífico Sur (Computrabajo)
PAC = "importadora-pacifico-sur--coordinador-de-importaciones-y-logistica"
add(M("pac-conf", "2025-01-27 13:22", "Computrabajo <no-reply@computrabajo.com.mx>", ME,
      "Postulación realizada: Coordinador de Importaciones y Logística", clean("""
¡Hola José Armando!

Te has postulado correctamente a la oferta:

Coordinador de Importaciones y Logística
Importadora Pacífico Sur S.A. de C.V. - Cuauhtémoc, Ciudad de México
$25,000 - $30,000 (Mensual)

Ver oferta: https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-coordinador-de-importaciones-y-logistica-en-cuauhtemoc-7A1F3C9B0D2E4F56

Recuerda que puedes consultar el estado de tus postulaciones (CV visto, en proceso, finalista) desde "Mis postulaciones".

¡Mucha suerte!
"""), fmt="html", brand="computrabajo", color="#0d3878", footer=CT_FOOT, mid_style="sendgrid",
      label=A(PAC, "applied", "jobboard-confirmation:computrabajo")))

add(M("pac-rej", "2025-02-12 18:41", "Computrabajo <no-reply@computrabajo.com.mx>", ME,
      "Tu postulación a Coordinador de Importaciones y Logística ha cambiado de estado", clean("""
Hola José Armando,

La empresa Importadora Pacífico Sur S.A. de C.V. ha actualizado tu postulación:

Coordinador de Importaciones y Logística
Estado: Descartado

Esto significa que la empresa ha decidido no avanzar con tu candidatura en este proceso. ¡No te desanimes! Hay 342 ofertas nuevas de Logística en Ciudad de México esta semana.

Ver ofertas: https://mx.computrabajo.com/trabajo-de-logistica-en-distrito-federal
"""), fmt="html", brand="computrabajo", color="#0d3878", footer=CT_FOOT, mid_style="sendgrid",
      label=A(PAC, "rejected", "jobboard-rejection:computrabajo")))

# ---------------------------------------------------------------- Transportes Halcón (OCC, human)
HAL = "transportes-halcon--coordinador-de-trafico"
add(M("hal-int", "2025-02-04 09:12", "Mariana Ortega RH Transportes Halcon <rh.transporteshalcon@gmail.com>", ME,
      "Vacante Coordinador de Trafico", clean("""
Buen dia Armando

Le escribo de Transportes Halcón del Norte, vimos su CV en OCC para la vacante de Coordinador de Tráfico.

Lo queremos invitar a entrevista este jueves 6 a las 11:00 am en nuestras oficinas: Calz. Vallejo 1020, Col. Industrial Vallejo, Azcapotzalco. Preguntar por Lic. Mariana Ortega.

Traer solicitud elaborada, INE, comprobante de domicilio y CV impreso.

Favor de confirmar asistencia por este medio o al WhatsApp 55 3981 2204.

Saludos
Lic. Mariana Ortega
Recursos Humanos
"""), mid_style="gmail", label=A(HAL, "interview", "human-interview-invite:sme-hr-whatsapp-style")))

add(M("hal-ok", "2025-02-04 09:40", ME, "Mariana Ortega RH Transportes Halcon <rh.transporteshalcon@gmail.com>",
      "RE: Vacante Coordinador de Trafico", clean("""
Buen día Lic. Mariana

Confirmo mi asistencia el jueves 6 a las 11 am. Ahí estaré con mis documentos.

Gracias, saludos
Armando Villaseñor
"""), parent="hal-int", quote="gmail_es", label=A(HAL, "interview", "own-reply-confirm-slot")))

add(M("hal-rej", "2025-02-14 16:25", "Mariana Ortega RH Transportes Halcon <rh.transporteshalcon@gmail.com>", ME,
      "RE: Vacante Coordinador de Trafico", clean("""
Buenas tardes Armando

Gracias por venir a la entrevista y por su tiempo. Le comento que ya elegimos a otra persona para el puesto, alguien que ya conocía las rutas del norte del país.

Guardamos su CV por si se abre otra vacante.

Que tenga buen fin de semana
Lic. Mariana Ortega
"""), parent="hal-ok", quote="gmail_es", mid_style="gmail", label=A(HAL, "rejected", "human-rejection:sme-short")))

# ---------------------------------------------------------------- ASL Tepeyac (Computrabajo)
ASL = "asl-tepeyac--supervisor-de-almacen"
add(M("asl-conf", "2025-02-05 22:56", "Computrabajo <no-reply@computrabajo.com.mx>", ME,
      "Postulación realizada: Supervisor de Almacén", clean("""
¡Hola José Armando!

Te has postulado correctamente a la oferta:

Supervisor de Almacén
ASL Tepeyac - Gustavo A. Madero, Ciudad de México
$18,000 - $21,000 (Mensual) · Rol de turnos

Ver oferta: https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-supervisor-de-almacen-en-gustavo-a-madero-2C88E01F4A7B3D19

Esta empresa suele responder en menos de 5 días.
"""), fmt="html", brand="computrabajo", color="#0d3878", footer=CT_FOOT, mid_style="sendgrid",
      label=A(ASL, "applied", "jobboard-confirmation:computrabajo")))

# ---------------------------------------------------------------- Casa Roble (Indeed; company only in HTML)
ROB = "casa-roble--coordinador-de-logistica"
add(M("rob-conf", "2025-02-11 20:13", "Indeed <indeedapply@indeed.com>", ME,
      "Postulación de Indeed: Coordinador de Logística", clean("""
Se envió tu postulación

Coordinador de Logística

Tu postulación se envió al empleador. Te recomendamos revisar tu correo y tu teléfono por si te contactan.

Ver estado de la postulación: https://mx.indeed.com/myjobs

Indeed
"""), html=clean("""
<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f3f2f1;margin:0">
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:0 auto;background:#fff">
<tr><td style="padding:20px 24px;border-bottom:1px solid #e4e2e0"><span style="color:#2557a7;font-size:22px;font-weight:bold">indeed</span></td></tr>
<tr><td style="padding:24px">
<p style="font-size:20px;font-weight:bold;margin:0 0 16px">Se envió tu postulación</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e4e2e0;border-radius:8px;width:100%"><tr><td style="padding:16px">
<p style="margin:0;font-size:16px;font-weight:bold"><a href="https://mx.indeed.com/rc/clk?jk=4f2a9c81d3b7e605&amp;from=ias" style="color:#2d2d2d">Coordinador de Logística</a></p>
<p style="margin:4px 0 0;color:#595959">Mueblería Casa Roble - Iztapalapa, CDMX</p>
<p style="margin:4px 0 0;color:#595959">$20,000 - $24,000 al mes · Tiempo completo</p>
</td></tr></table>
<p>Tu postulación se envió al empleador. Te recomendamos revisar tu correo y tu teléfono por si te contactan.</p>
<p><a href="https://mx.indeed.com/myjobs" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Ver estado de la postulación</a></p>
</td></tr>
<tr><td style="padding:16px 24px;color:#767676;font-size:12px">© 2025 Indeed · Condiciones · Privacidad · No vendas mi información personal</td></tr>
</table></body></html>
"""), fmt="alt", tz="America/Chicago", mid_domain="indeed.com", mid_style="uuid",
      label=A(ROB, "applied", "jobboard-confirmation:indeed-company-only-in-html")))

# ---------------------------------------------------------------- Frescampo (Indeed + follow-up)
FRE = "frescampo--coordinador-de-distribucion"
add(M("fre-conf", "2025-02-18 08:02", "Indeed <indeedapply@indeed.com>", ME,
      "Postulación de Indeed: Coordinador de Distribución", clean("""
Se envió tu postulación

Coordinador de Distribución
Frescampo Alimentos - Iztapalapa, CDMX

Ver estado de la postulación: https://mx.indeed.com/myjobs

Los siguientes pasos: el empleador revisará tu postulación. Si le interesa tu perfil, te contactará directamente.

Indeed
"""), fmt="alt", brand="indeed", color="#2557a7", tz="America/Chicago", mid_domain="indeed.com", mid_style="uuid",
      label=A(FRE, "applied", "jobboard-confirmation:indeed")))

add(M("fre-fu", "2025-03-11 12:26", ME, "Reclutamiento Frescampo <reclutamiento@frescampo.mx>",
      "Seguimiento postulación Coordinador de Distribución", clean("""
Buenas tardes,

Me postulé el pasado 18 de febrero por Indeed a la vacante de Coordinador de Distribución y quería saber si hay alguna novedad sobre el proceso, o si todavía está abierta la vacante.

Tengo 9 años de experiencia en distribución y tráfico (rutas CDMX y área metropolitana, flota propia y terceros, SAP y TMS). Les adjunto de nuevo mi CV por si les sirve.

Quedo atento.

Saludos cordiales
José Armando Villaseñor Téllez
Cel. 55 4120 8837
"""), attach=[("CV Armando Villasenor 2025.pdf", "application/pdf")], label=A(FRE, "update", "own-follow-up")))

# ---------------------------------------------------------------- Kairos (agency)
KAI = "kairos-cliente-automotriz--coordinador-de-logistica"
add(M("kai-out", "2025-02-20 10:05", "Daniela Cruz | Kairos Reclutamiento <daniela.cruz@kairosreclutamiento.com.mx>", ME,
      "Vacante Coordinador de Logística – sector automotriz – Tlalnepantla", clean("""
Buen día José Armando,

Mi nombre es Daniela Cruz, consultora de Kairos Reclutamiento Estratégico. Encontré tu perfil en OCC y me parece muy interesante para una vacante que estoy cubriendo para un cliente del sector automotriz (fabricante de autopartes, planta en Tlalnepantla).

Puesto: Coordinador de Logística
- Coordinación de embarques nacionales y de exportación a EE. UU.
- Manejo de transportistas y control de costos de flete
- SAP (módulo MM/SD deseable)
- Inglés intermedio

Ofrecemos: $32,000 - $36,000 brutos mensuales, prestaciones superiores a las de ley, vales de despensa, fondo de ahorro y comedor.

¿Te interesa? Si es así, por favor envíame tu CV actualizado y tu pretensión económica para presentarte con el cliente.

Saludos cordiales,

Lic. Daniela Cruz Aguilar
Consultora Sr. de Reclutamiento
Kairos Reclutamiento Estratégico
Tel. 55 5280 4412 ext. 118 | WhatsApp 55 7712 0934
"""), fmt="alt", mid_style="outlook", outlook_srv="MW4PR13MB5517.namprd13.prod.outlook.com",
      label=dict(label="recruiter_outreach", kind="agency-outreach:email", lang="es", company=None,
                 role="Coordinador de Logística (sector automotriz)")))

add(M("kai-apply", "2025-02-20 13:30", ME, "Daniela Cruz | Kairos Reclutamiento <daniela.cruz@kairosreclutamiento.com.mx>",
      "RE: Vacante Coordinador de Logística – sector automotriz – Tlalnepantla", clean("""
Buenas tardes Lic. Daniela

Gracias por considerarme, si me interesa la vacante. Le adjunto mi CV.

Mi pretensión es de $34,000 brutos mensuales. Actualmente estoy laborando por lo que para entrevistas me acomoda más temprano o después de las 6 pm, aunque puedo pedir permiso.

El inglés lo manejo intermedio, leo y escribo correos con proveedores de EUA sin problema.

Quedo atento
Saludos
Armando Villaseñor
55 4120 8837
"""), parent="kai-out", quote="gmail_es", attach=[("CV Armando Villasenor 2025.pdf", "application/pdf")],
      label=A(KAI, "applied", "own-reply-to-agency-with-cv")))

add(M("kai-int", "2025-02-25 16:48", "Daniela Cruz | Kairos Reclutamiento <daniela.cruz@kairosreclutamiento.com.mx>", ME,
      "RE: Vacante Coordinador de Logística – sector automotriz – Tlalnepantla", clean("""
Hola Armando, buena tarde.

Te comento que ya presenté tu perfil y al cliente le interesó mucho. Te quieren conocer en entrevista presencial:

Fecha: jueves 27 de febrero
Hora: 8:30 am
Lugar: Av. Mario Colín 45, Parque Industrial, Tlalnepantla de Baz (caseta de vigilancia, preguntar por Ing. Sergio Lara, Gerente de Planta)

Lleva tu INE para el acceso y calzado cerrado porque probablemente te den un recorrido por el almacén.

¿Me confirmas por favor?

Saludos,
Daniela
"""), parent="kai-apply", quote="outlook_es_mx", mid_style="outlook", outlook_srv="MW4PR13MB5517.namprd13.prod.outlook.com",
      label=A(KAI, "interview", "agency-interview-invite")))

add(M("kai-closed", "2025-03-14 11:20", "Daniela Cruz | Kairos Reclutamiento <daniela.cruz@kairosreclutamiento.com.mx>", ME,
      "RE: Vacante Coordinador de Logística – sector automotriz – Tlalnepantla", clean("""
Hola Armando, buen día.

Te escribo para darte seguimiento. El cliente me informó esta semana que decidió cerrar la vacante: por un tema de presupuesto van a cubrir la posición con una promoción interna del mismo almacén, así que el proceso queda cancelado para todos los candidatos externos.

Lamento mucho la noticia porque tu entrevista fue muy bien evaluada (el Ing. Lara me comentó que le gustó mucho tu experiencia con transportistas). Me quedo con tu CV y te tendré en cuenta para las próximas vacantes de logística.

Saludos cordiales,
Daniela
"""), parent="kai-int", mid_style="outlook", outlook_srv="MW4PR13MB5517.namprd13.prod.outlook.com",
      label=A(KAI, "withdrawn", "agency-client-closed-vacancy")))

# ---------------------------------------------------------------- Veloz Express (speculative)
VEL = "veloz-express--coordinador-de-logistica"
add(M("vel-own", "2025-02-25 21:34", ME, "Contacto Veloz Express <contacto@velozexpress.mx>",
      "Solicitud de empleo – Coordinador de Logística (CV adjunto)", clean("""
Buenas noches

Por medio del presente me permito hacerles llegar mi CV para ser considerado en alguna vacante del área de logística u operaciones de su empresa, en caso de que tengan o llegaran a tener alguna posición disponible.

Soy Licenciado en Administración con 9 años de experiencia en logística y distribución: coordinación de rutas de última milla en CDMX y zona metropolitana, manejo de personal de almacén y choferes, control de indicadores (OTIF, costo por entrega) y uso de SAP y WMS.

Vivo en Iztacalco y tengo disponibilidad inmediata para entrevista.

Agradezco de antemano su atención.

Atentamente
José Armando Villaseñor Téllez
Cel. 55 4120 8837
"""), attach=[("CV Armando Villasenor 2025.pdf", "application/pdf")],
      label=A(VEL, "applied", "own-speculative-application")))

# ---------------------------------------------------------------- Nordhaven (Workday en) -> offer, accepted
NOR = "nordhaven--logistics-coordinator-inbound"
add(M("nor-conf", "2025-03-03 19:44", "Nordhaven Logistics <nordhaven@myworkday.com>", ME,
      "Thank you for your application", clean("""
Dear José Armando,

Thank you for applying for the position of Logistics Coordinator – Inbound (R2025-1187) at Nordhaven Logistics in Mexico City.

We have received your application and our Talent Acquisition team is now reviewing it. If your profile matches the requirements of the role, we will contact you regarding next steps.

You can track the status of your application in your candidate home:
https://nordhaven.wd3.myworkdayjobs.com/en-US/External/userHome

Kind regards,
Talent Acquisition – Nordhaven Logistics

Please do not reply to this email. This mailbox is not monitored.
"""), fmt="alt", brand="NORDHAVEN", color="#003b5c", mid_domain="myworkday.com",
      label=A(NOR, "applied", "ats-confirmation:workday", "en")))

add(M("nor-hv", "2025-03-07 10:15", "Nordhaven Logistics <interviews@hirevue.com>", ME,
      "Invitación a entrevista en video – Nordhaven Logistics", clean("""
Hola José Armando:

¡Gracias por tu interés en Nordhaven Logistics! Nos gustaría conocerte mejor. Como siguiente paso en tu proceso para la posición Logistics Coordinator – Inbound, te invitamos a completar una entrevista en video a través de HireVue.

La entrevista consta de 6 preguntas (4 en español y 2 en inglés). Tendrás 30 segundos para preparar cada respuesta y hasta 3 minutos para responder. Puedes completarla desde tu computadora o celular, cuando te quede mejor, antes del 12 de marzo de 2025.

Comenzar entrevista: https://app.hirevue.com/interviews/mx-nordhaven/7QJ2-Z4KD-83LM

Consejos:
- Busca un lugar iluminado y sin ruido.
- Haz la práctica antes de comenzar, no cuenta para tu evaluación.

¡Mucho éxito!
Talent Acquisition – Nordhaven Logistics
"""), fmt="alt", brand="HireVue", color="#0a2240", tz="America/Denver", mid_style="sendgrid",
      label=A(NOR, "interview", "platform-video-interview:hirevue")))

add(M("nor-offer", "2025-04-02 13:05", "Rocío Galindo <rocio.galindo@nordhaven.com>", ME,
      "Oferta laboral – Coordinador de Logística Inbound", clean("""
Hola Armando, buena tarde.

Fue un gusto platicar contigo en las entrevistas con Martín y con el equipo de operaciones del CEDIS Cuautitlán. Me da mucho gusto compartirte que nos gustaría que te unieras a Nordhaven Logistics como Coordinador de Logística Inbound.

Estos son los términos principales de la oferta:

- Puesto: Logistics Coordinator – Inbound (Coordinador de Logística Inbound)
- Sueldo: $38,500 MXN brutos mensuales
- Prestaciones: aguinaldo de 30 días, 15 días de vacaciones desde el primer año, prima vacacional del 50 %, vales de despensa de $2,800 mensuales, fondo de ahorro 13 %, seguro de gastos médicos mayores para ti y tu familia, bono anual por desempeño de hasta 1.5 sueldos
- Horario: lunes a viernes de 8:00 a 17:30 y un sábado al mes medio día
- Lugar de trabajo: CEDIS Cuautitlán Izcalli, con transporte de personal desde Metro Politécnico
- Fecha de ingreso propuesta: lunes 5 de mayo de 2025

Por favor revisa la información y confírmame por este medio si aceptas la oferta. Una vez que la aceptes, te enviaremos la carta oferta formal por DocuSign y la lista de documentos para tu alta (incluyendo examen médico).

Cualquier duda, con gusto la platicamos por teléfono.

Saludos cordiales,

Rocío Galindo
Talent Acquisition Partner | Mexico
Nordhaven Logistics México, S.A. de C.V.
M: +52 55 6120 3391
"""), mid_style="outlook", outlook_srv="DB8PR02MB5738.eurprd02.prod.outlook.com",
      label=A(NOR, "offer", "human-offer:talent-acquisition")))

add(M("nor-accept", "2025-04-03 08:52", ME, "Rocío Galindo <rocio.galindo@nordhaven.com>",
      "RE: Oferta laboral – Coordinador de Logística Inbound", clean("""
Buen día Rocío

Muchas gracias por la oferta, con mucho gusto la acepto. Estoy de acuerdo con los términos y con la fecha de ingreso del 5 de mayo, ya que tengo que dar mi aviso en mi trabajo actual con dos semanas de anticipación.

Quedo pendiente de la carta oferta y la lista de documentos.

Una duda: el examen médico ¿lo agendo yo o ustedes me dan la cita?

Saludos cordiales y gracias de nuevo
José Armando Villaseñor
"""), parent="nor-offer", quote="outlook_es_mx", label=A(NOR, "offer", "own-offer-acceptance")))

add(M("nor-docu", "2025-04-04 12:18", "Rocío Galindo via Docusign <dse_NA4@docusign.net>", ME,
      "Completar con Docusign: Carta Oferta - José Armando Villaseñor Téllez", clean("""
Rocío Galindo le envió un documento para revisar y firmar.

REVISAR DOCUMENTO: https://na4.docusign.net/Signing/EmailStart.aspx?a=e1c3f9a2-6b0d-4d17-8c44-2f9a61b7d035&etti=24&acct=3a77b0c1-1e92-4c6d-a0f5-7d2e8b9c4f16&er=9b2d7e61-44af-4c08-b1e3-6f0a2d58c977

Rocío Galindo
rocio.galindo@nordhaven.com

Hola Armando, te comparto tu carta oferta para firma. El examen médico te lo agendamos nosotros en la clínica de Polanco, te llegará la cita por correo. ¡Bienvenido a Nordhaven!

No comparta este correo electrónico
Este correo electrónico contiene un vínculo seguro a Docusign. No comparta este correo, el vínculo ni el código de acceso con otras personas.

Acerca de Docusign
Firme documentos electrónicamente en minutos. Es seguro. Ya sea que esté en una oficina, en casa o en camino, Docusign ofrece una solución confiable para la gestión de transacciones digitales.
"""), fmt="alt", brand="Docusign", color="#1e3a8a", tz="America/Los_Angeles", mid_domain="docusign.net",
      label=A(NOR, "offer", "platform-esign:docusign-offer-letter")))

# ---------------------------------------------------------------- Azteca Plásticos (email to posting)
AZT = "azteca-plasticos--coordinador-de-embarques"
add(M("azt-own", "2025-03-05 20:11", ME, "Recursos Humanos Azteca Plásticos <rh@aztecaplasticos.com.mx>",
      "Solicitud para vacante de Coordinador de Embarques", clean("""
Buenas noches

Vi en su página de Facebook la publicación de la vacante de Coordinador de Embarques y les envío mi CV como se indica en el anuncio.

Cuento con 9 años de experiencia en logística, de los cuales 5 han sido coordinando embarques y programación de unidades (caja seca, thorton y rabón), documentación de carta porte y atención a clientes de autoservicio.

Quedo a sus órdenes para cualquier información o para presentarme a entrevista.

Saludos
José Armando Villaseñor Téllez
Tel. 55 4120 8837
"""), attach=[("CV Armando Villasenor 2025.pdf", "application/pdf")],
      label=A(AZT, "applied", "own-application-to-posted-job")))

add(M("azt-rej", "2025-03-19 10:02", "Recursos Humanos Azteca Plásticos <rh@aztecaplasticos.com.mx>", ME,
      "RE: Solicitud para vacante de Coordinador de Embarques", clean("""
Buenos días Sr. José Armando:

Gracias por su interés en Comercializadora Azteca de Plásticos y por enviarnos su CV.

Le informamos que por el momento la vacante de Coordinador de Embarques ya fue cubierta. Conservaremos su información en nuestra cartera para futuras oportunidades.

Atentamente
Recursos Humanos
Comercializadora Azteca de Plásticos, S.A. de C.V.
Tel. 55 5694 2210 ext. 104
"""), parent="azt-own", quote="outlook_es_mx", charset="windows-1252", cte="quoted-printable",
      mid_style="outlook", label=A(AZT, "rejected", "human-rejection:position-filled")))

# ---------------------------------------------------------------- Espiga (SuccessFactors) -> withdrawal
ESP = "grupo-espiga--coordinador-de-planeacion-de-transporte"
add(M("esp-conf", "2025-03-10 07:35", "Grupo Espiga – Talento <noreply@successfactors.eu>", ME,
      "Hemos recibido tu solicitud", clean("""
Hola José Armando,

¡Gracias por tu interés en Grupo Industrial Espiga!

Recibimos tu solicitud para la vacante Coordinador de Planeación de Transporte (Req. 10734) en Azcapotzalco, CDMX.

Revisaremos tu perfil y, si avanzas a la siguiente etapa, nos comunicaremos contigo por correo o teléfono. Te recomendamos revisar también tu bandeja de correo no deseado.

Saludos,
Equipo de Talento Grupo Espiga
"""), fmt="alt", brand="ESPIGA", color="#e07a1f", mid_domain="successfactors.eu",
      label=A(ESP, "applied", "ats-confirmation:successfactors")))

add(M("esp-wd", "2025-04-07 09:14", ME, "Reclutamiento Grupo Espiga <reclutamiento@espiga.com.mx>",
      "Retiro de postulación – Coordinador de Planeación de Transporte (Req. 10734)", clean("""
Buen día

Les escribo para solicitar que retiren mi postulación a la vacante Coordinador de Planeación de Transporte (Req. 10734), ya que acepté una propuesta en otra empresa.

Agradezco la oportunidad y su atención.

Saludos cordiales
José Armando Villaseñor Téllez
"""), label=A(ESP, "withdrawn", "own-withdrawal")))

# ---------------------------------------------------------------- Tallis (LinkedIn, English)
TAL = "tallis--logistics-coordinator-bilingual"
add(M("tal-conf", "2025-03-12 22:47", "LinkedIn <jobs-noreply@linkedin.com>", ME,
      "José Armando, your application was sent to Tallis Supply Chain Solutions", clean("""
Your application was sent to Tallis Supply Chain Solutions

Logistics Coordinator (Bilingual)
Tallis Supply Chain Solutions · Mexico City, Mexico (Hybrid)
Applied on March 12, 2025

View job: https://www.linkedin.com/comm/jobs/view/4187650293/?trackingId=Jp0x2s7kTz6rM1bE9nQh%2Fw%3D%3D

Now that you've applied, the hiring team may review your profile and resume. We'll let you know if there are updates.

This email was intended for José Armando Villaseñor (Coordinador de Logística at Distribuidora Maya del Centro)
Unsubscribe · Help
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", tz="America/Los_Angeles", mid_domain="linkedin.com",
      label=A(TAL, "applied", "jobboard-confirmation:linkedin-easy-apply", "en")))

add(M("tal-rej", "2025-03-26 15:02", "LinkedIn <jobs-noreply@linkedin.com>", ME,
      "Your application to Logistics Coordinator (Bilingual) at Tallis Supply Chain Solutions", clean("""
Your update from Tallis Supply Chain Solutions

Thank you for your interest in the Logistics Coordinator (Bilingual) position at Tallis Supply Chain Solutions in Mexico City. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Tallis.

Regards,
Tallis Supply Chain Solutions

Logistics Coordinator (Bilingual)
Tallis Supply Chain Solutions · Mexico City (Hybrid)

Find more jobs: https://www.linkedin.com/comm/jobs/collections/recommended/

© 2025 LinkedIn Corporation
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", tz="America/Los_Angeles", mid_domain="linkedin.com",
      label=A(TAL, "rejected", "jobboard-rejection:linkedin", "en")))

# ---------------------------------------------------------------- Textil Santa Anita (Indeed + same-day rejection)
STA = "textil-santa-anita--jefe-de-almacen"
add(M("sta-conf", "2025-03-17 10:02", "Indeed <indeedapply@indeed.com>", ME,
      "Postulación de Indeed: Jefe de Almacén", clean("""
Se envió tu postulación

Jefe de Almacén
Grupo Textil Santa Anita - Iztacalco, CDMX

Ver estado de la postulación: https://mx.indeed.com/myjobs

Indeed
"""), fmt="alt", brand="indeed", color="#2557a7", tz="America/Chicago", mid_domain="indeed.com", mid_style="uuid",
      label=A(STA, "applied", "jobboard-confirmation:indeed")))

add(M("sta-rej", "2025-03-17 16:40", "Grupo Textil Santa Anita a través de Indeed <reply-7f2c9a1e4b@indeedemail.com>", ME,
      "Re: Jefe de Almacén", clean("""
Hola José Armando,

Agradecemos mucho tu interés en la vacante de Jefe de Almacén.

Revisamos tu CV y, aunque tienes buena experiencia en logística, para esta posición buscamos a alguien con experiencia específica en almacén de producto textil y manejo de inventarios por talla y color, así que no vamos a continuar con tu postulación.

Te deseamos éxito en tu búsqueda.

Atte. Reclutamiento Grupo Textil Santa Anita

--
Responde directamente a este correo para contestar al empleador. Indeed no revisa estos mensajes.
"""), tz="America/Chicago", mid_domain="indeedemail.com", mid_style="uuid",
      label=A(STA, "rejected", "employer-rejection-via-indeed-relay:same-day")))

# ================================================================ recruiter outreach
add(M("out-staffing", "2025-01-29 12:33", "Lupita Hernández <lupita.hernandez@staffingplus.com.mx>", ME,
      "Vacante Jefe de Almacén Cuautitlán", clean("""
Hola Armando buenas tardes

Soy Lupita de Staffing Plus, tengo una vacante de Jefe de Almacén para empresa de consumo en Cuautitlán, sueldo $30,000 + prestaciones de ley, horario de lunes a sábado.

Vi tu CV en Computrabajo y creo que das el perfil. ¿Te interesa? Si sí mándame tu CV actualizado o márcame al 55 2890 1147.

Saludos!
Lupita
"""), mid_style="gmail", mid_domain="staffingplus.com.mx",
      label=dict(label="recruiter_outreach", kind="agency-outreach:whatsapp-style", lang="es", company=None,
                 role="Jefe de Almacén")))

add(M("out-bluewater", "2025-03-18 14:20", "Ethan Cole via LinkedIn <inmail-hit-reply@linkedin.com>", ME,
      "Ethan sent you a message: Transportation Planner – Bluewater Freight (Mexico City)", clean("""
Ethan Cole
Senior Talent Partner at Bluewater Freight

Hi José Armando,

I'm hiring a Transportation Planner for our cross-border team in Mexico City (hybrid). You'd be managing carrier capacity for lanes between CDMX, Monterrey and Laredo, working closely with our US dispatch team.

Your background in distribution and carrier management looks like a strong match. Spanish and conversational English required.

Would you be open to a 15-minute call next week?

Best,
Ethan

Reply: https://www.linkedin.com/comm/messaging/thread/2-MTA4ZjIxNGUtYjc3My00/

This is an InMail. José Armando, you're receiving InMails based on your settings.
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", tz="America/Chicago", mid_domain="linkedin.com",
      label=dict(label="recruiter_outreach", kind="inmail:in-house-recruiter", lang="en",
                 company="Bluewater Freight", aliases=[], role="Transportation Planner")))

add(M("out-occ-sierra", "2025-04-15 11:10", "OCC <notificaciones@occ.com.mx>", ME,
      "Grupo Logístico Sierra Madre quiere contactarte", clean("""
Hola José Armando,

¡Buenas noticias! Un reclutador de Grupo Logístico Sierra Madre vio tu CV en OCC y le interesa tu perfil para la vacante:

Gerente de Tráfico
Tlalnepantla, Edo. de Méx. · $40,000 - $45,000 mensual

Mensaje del reclutador:
"Hola José Armando, tu experiencia en coordinación de transportistas es justo lo que buscamos. ¿Podemos agendar una llamada esta semana?"

Ver mensaje y responder: https://www.occ.com.mx/mi-cuenta/mensajes

Equipo OCC
"""), fmt="html", brand="OCC", color="#0059d6", footer=OCC_FOOT, mid_style="ses",
      ses_region="us-west-2.amazonses.com",
      label=dict(label="recruiter_outreach", kind="jobboard-recruiter-message:occ", lang="es",
                 company="Grupo Logístico Sierra Madre", aliases=[], role="Gerente de Tráfico")))

# ================================================================ job alerts
add(M("alert-occ", "2025-01-16 07:10", "OCC <alertas@occ.com.mx>", ME,
      "8 vacantes nuevas de Coordinador de logística para ti", clean("""
Hola José Armando, estas son las vacantes nuevas de tu alerta "Coordinador de logística" en Ciudad de México:

Coordinador de Logística – Grupo Dulcero Sanmartín – Iztapalapa – $24,000 - $28,000
Coordinador de Tráfico Nacional – Autotransportes Lince – Tlalnepantla – $26,000
Supervisor de Distribución – Refrescos del Valle – Cuautitlán – Sueldo no mostrado
Coordinador de Logística Inbound – Electrohogar México – Tepotzotlán – $30,000 - $34,000
Analista de Tráfico – Operadora Logística Anáhuac – Azcapotzalco – $18,000

Ver las 8 vacantes: https://www.occ.com.mx/empleos/de-coordinador-de-logistica/en-ciudad-de-mexico/?alerta=55120

Administrar alertas
"""), fmt="html", brand="OCC", color="#0059d6", footer=OCC_FOOT, mid_style="ses",
      ses_region="us-west-2.amazonses.com", label=dict(label="job_alert", kind="job-alert:occ", lang="es")))

add(M("alert-ct", "2025-02-07 08:30", "Computrabajo <ofertas@computrabajo.com.mx>", ME,
      "José Armando, estas ofertas te pueden interesar", clean("""
Ofertas recomendadas según tu perfil:

Jefe de Tráfico - Transportes Cóndor del Bajío - Tultitlán - $28,000 (Mensual)
Coordinador de Almacén y Distribución - Abarrotera La Merced - Venustiano Carranza - $22,000 (Mensual)
Coordinador Logístico (Importaciones) - Agencia Aduanal Reyna - Cuauhtémoc - A convenir
Supervisor de Última Milla - Paquetexpress Metro - Iztapalapa - $19,500 (Mensual)

Ver más ofertas: https://mx.computrabajo.com/ofertas-recomendadas
"""), fmt="html", brand="computrabajo", color="#0d3878", footer=CT_FOOT, mid_style="sendgrid",
      label=dict(label="job_alert", kind="job-alert:computrabajo", lang="es")))

add(M("alert-indeed", "2025-03-04 18:55", "Indeed <donotreply@match.indeed.com>", ME,
      "Coordinador de logística: 15 empleos nuevos en Ciudad de México", clean("""
15 empleos nuevos de "coordinador de logística" en Ciudad de México, CDMX

Coordinador de Logística – Alimentos La Huerta Dorada – Iztapalapa – $25,000 al mes – Postulación fácil
Coordinador de Operaciones Logísticas – Grupo Farmacéutico Insurgentes – Miguel Hidalgo
Logistics Coordinator – Meridian Parts de México – Tlalnepantla – Se habla inglés
Coordinador de Distribución – Panificadora del Centro – Azcapotzalco – Contratación urgente

Ver todos los empleos: https://mx.indeed.com/jobs?q=coordinador+de+log%C3%ADstica&l=Ciudad+de+M%C3%A9xico&from=ja
"""), fmt="html", brand="indeed", color="#2557a7", tz="America/Chicago", mid_domain="indeed.com",
      label=dict(label="job_alert", kind="job-alert:indeed", lang="es")))

add(M("alert-li", "2025-03-20 06:05", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", ME,
      "“coordinador de logística”: 20+ empleos nuevos en Ciudad de México", clean("""
Tu alerta de empleo para coordinador de logística en Ciudad de México, México

Coordinador de Logística Internacional – Pinturas Atlas · Ciudad de México (Presencial)
Supply Chain Coordinator – Helix Medical Devices · Ciudad de México (Híbrido) · Solicitud sencilla
Coordinador de Transporte – Cementos del Golfo · Tlalnepantla
Planeador de Demanda – Lácteos San Fermín · Ciudad de México

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=coordinador%20de%20log%C3%ADstica&location=Ciudad%20de%20M%C3%A9xico

Estás recibiendo alertas de empleo de LinkedIn.
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", tz="America/Los_Angeles", mid_domain="linkedin.com",
      label=dict(label="job_alert", kind="job-alert:linkedin", lang="es")))
