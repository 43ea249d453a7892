# -*- coding: utf-8 -*-
"""Irene Castaño Ruiz (Madrid, frontend developer): her job applications.
All texts hand-written.  Everything here is labelled "application" except the
recruiter outreach and job alerts at the end of the file."""
from eml_lib import M, clean

ME = "Irene Castaño Ruiz <irene.castano.ruiz@gmail.com>"
ME_OLD = "irecasta93@hotmail.com"

APPS = {
    "movilo--senior-frontend-engineer-react": dict(
        company="Movilo", aliases=["Movilo Technologies S.L.", "Movilo Technologies", "movilo.com"],
        role="Senior Frontend Engineer (React)", source="greenhouse",
        url="https://job-boards.greenhouse.io/movilo/jobs/5874123004"),
    "kuadra--frontend-developer-vuejs": dict(
        company="Kuadra", aliases=["Kuadra Fintech S.L.", "Kuadra Fintech", "kuadra.es"],
        role="Frontend Developer (Vue.js)", source="other", via="personio",
        url="https://kuadra-fintech.jobs.personio.de/job/1489023?language=es"),
    "lumen-health--frontend-engineer-design-systems": dict(
        company="Lumen Health", aliases=["Lumen Health GmbH", "Lumen", "lumenhealth.io"],
        role="Frontend Engineer, Design Systems", source="lever",
        url="https://jobs.lever.co/lumenhealth/3f9c2a1e-7b44-4d0e-9a51-c2e8f0d1b6a7"),
    "grupo-tressa--desarrollador-frontend-angular": dict(
        company="Grupo Tressa", aliases=["Grupo Tressa Consultoría Tecnológica S.L.", "Tressa"],
        role="Desarrollador/a Frontend Angular", source="other", via="infojobs",
        url="https://www.infojobs.net/madrid/desarrollador-frontend-angular/of-i3f7c0a2b9d4e4b1a8c6e2d5f9a0b13"),
    "soluciones-ibericas--programador-frontend-react-typescript": dict(
        company="Soluciones Ibéricas de Software", aliases=["Soluciones Ibéricas de Software S.L.", "SIS", "Soluciones Ibéricas"],
        role="Programador/a Frontend React + TypeScript", source="other", via="tecnoempleo",
        url="https://www.tecnoempleo.com/programador-frontend-react-typescript-madrid/react-typescript/rf-8a2c41d07b3e9f15a6d0"),
    "nubbo-cloud--front-end-engineer-angular": dict(
        company="Nubbo Cloud", aliases=["Nubbo Cloud S.L.", "Nubbo"],
        role="Front-End Engineer (Angular)", source="linkedin",
        url="https://www.linkedin.com/jobs/view/4012345678/"),
    "estudio-alcachofa--desarrolladora-frontend": dict(
        company="Estudio Alcachofa", aliases=["Alcachofa", "Alcachofa Estudio Digital S.L.", "estudioalcachofa.com"],
        role="Desarrolladora Frontend", source="company_site", url=None),
    "bitacora-digital--desarrolladora-frontend": dict(
        company="Bitácora Digital", aliases=["Bitácora", "Bitácora Medios Digitales S.L."],
        role="Desarrolladora Frontend", source="company_site", url=None),
    "almirante-hoteles--desarrollador-front-end-web-booking": dict(
        company="Almirante Hoteles", aliases=["Grupo Almirante Hoteles", "Almirante Hoteles & Resorts S.A.", "almirantehoteles.com"],
        role="Desarrollador/a Front-End (Web & Booking Engine)", source="company_site",
        url="https://www.almirantehoteles.com/trabaja-con-nosotros/desarrollador-front-end"),
    "talentum-cliente-fintech--frontend-developer-react": dict(
        company=None, aliases=[],
        role="Frontend Developer (React)", source="agency", url=None),
    "plinth-analytics--senior-frontend-developer": dict(
        company="Plinth Analytics", aliases=["Plinth Analytics Ltd", "Plinth"],
        role="Senior Frontend Developer", source="workable",
        url="https://apply.workable.com/plinth-analytics/j/7E21C0B4F9/"),
    "tandem-travel--frontend-engineer-growth": dict(
        company="Tandem Travel", aliases=["Tandem", "Tandem Travel Technologies S.L.", "tandem.travel"],
        role="Frontend Engineer, Growth", source="greenhouse",
        url="https://job-boards.eu.greenhouse.io/tandemtravel/jobs/4410987101"),
    "hortaliza--desarrollador-frontend-react-native-web": dict(
        company="Hortaliza", aliases=["Hortaliza Delivery S.L.", "Hortaliza Delivery"],
        role="Desarrollador/a Frontend (React Native / Web)", source="other", via="factorial",
        url="https://hortaliza.factorialhr.es/job_posting/desarrolladora-frontend-react-native-web-184532"),
    "koala-seguros--frontend-developer": dict(
        company="Koala Seguros", aliases=["Koala Seguros Digital S.L.", "Koala"],
        role="Frontend Developer", source="other", via="teamtailor",
        url="https://careers.koalaseguros.es/jobs/4829311-frontend-developer"),
    "parallel-labs--frontend-engineer-eu-remote": dict(
        company="Parallel Labs", aliases=["Parallel Labs Inc.", "Parallel"],
        role="Frontend Engineer (EU Remote)", source="ashby",
        url="https://jobs.ashbyhq.com/parallel-labs/8d0c6b2e-51a4-4f3a-b7d9-0e6c2f1a9b53"),
}


def A(app, event, kind, lang="es"):
    return dict(label="application", app=app, event=event, kind=kind, lang=lang)


SPECS = []
add = SPECS.append

# ---------------------------------------------------------------- Movilo (Greenhouse)
MOV = "movilo--senior-frontend-engineer-react"
add(M("mov-conf", "2024-09-16 18:42", "Movilo Recruiting <no-reply@us.greenhouse-mail.io>", ME,
      "Thank you for applying to Movilo!", clean("""
Hi Irene,

Thanks for your interest in Movilo! We've received your application for the Senior Frontend Engineer (React) position in Madrid and our team will review it shortly.

We read every application ourselves (no robots, promise). If your experience looks like a good match for what the team needs, someone from Talent will reach out to tell you about the next steps. If you don't hear from us within three weeks, it most likely means we've decided to move ahead with other profiles this time.

In the meantime, you can read more about how we build the Movilo rider and driver apps on our engineering blog: https://engineering.movilo.com

Best,
Movilo Talent Team

Movilo Technologies S.L. · Paseo de la Castellana 93, 28046 Madrid
"""), fmt="alt", brand="movilo", color="#00a37a", tz="UTC", mid_domain="us.greenhouse-mail.io",
      label=A(MOV, "applied", "ats-confirmation:greenhouse", "en")))

add(M("mov-hr", "2024-09-19 11:05", "Movilo Hiring Team <support@hackerrankforwork.com>", ME,
      "Invitation: Movilo - Frontend Coding Challenge", clean("""
Hi Irene Castaño,

Movilo has invited you to take the following assessment as the next step of your application for Senior Frontend Engineer (React):

  Test: Movilo - Frontend Coding Challenge (React + TypeScript)
  Duration: 90 minutes
  Questions: 3 (1 multiple choice section, 2 coding)
  Expires on: Sep 26, 2024 23:59 CEST

Start the test: https://www.hackerrank.com/test/8ofm2kc1f7q/login?b=eyJ1c2VybmFtZSI6ImlyZW5lLmNhc3Rhbm8

Before you begin:
- Use a laptop or desktop with the latest version of Chrome or Firefox.
- You can use the official React and MDN documentation. Please don't use AI assistants; the test is proctored and your webcam may be used.
- Once you start, the timer cannot be paused.

You can try a sample test first to get familiar with the environment: https://www.hackerrank.com/tests/sample

Good luck!
The Movilo Hiring Team

Powered by HackerRank. If you have technical issues, contact support@hackerrankforwork.com
"""), fmt="alt", brand="HackerRank", color="#1ba94c", tz="America/Los_Angeles", mid_style="sendgrid",
      label=A(MOV, "assessment", "platform-assessment:hackerrank", "en")))

add(M("mov-rej", "2024-10-08 16:20", "Movilo Recruiting <no-reply@us.greenhouse-mail.io>", ME,
      "Your application to Movilo", clean("""
Hi Irene,

Thank you so much for applying to the Senior Frontend Engineer (React) role and for the time you put into our coding challenge. We know a take-home test is a real ask on top of everything else going on in your life, and we appreciate it.

The team reviewed your submission carefully. We liked the structure of your components and your tests, but for this particular role we are looking for someone with more hands-on experience with React Native and large-scale performance work on mobile web.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches what we need right now.

We'd love to keep your details on file, and we encourage you to apply again in the future — we open new frontend roles several times a year.

All the best with your search,
Carlota Vidal
Talent Acquisition Partner · Movilo
"""), fmt="alt", brand="movilo", color="#00a37a", tz="UTC", mid_domain="us.greenhouse-mail.io",
      label=A(MOV, "rejected", "ats-rejection:greenhouse", "en")))

# ---------------------------------------------------------------- Kuadra (Personio) -> offer
KUA = "kuadra--frontend-developer-vuejs"
add(M("kua-conf", "2024-10-21 22:31", "Kuadra | Talento <kuadra-fintech@mail.personio.de>", ME,
      "Hemos recibido tu candidatura – Frontend Developer (Vue.js)", clean("""
Hola Irene:

¡Gracias por tu interés en Kuadra! Te confirmamos que hemos recibido correctamente tu candidatura para la posición de Frontend Developer (Vue.js).

Nuestro equipo revisará tu perfil con detenimiento en los próximos días. Si encaja con lo que buscamos, te escribiremos para contarte los siguientes pasos del proceso, que normalmente son:

1. Una llamada de 30 minutos con alguien del equipo.
2. Una entrevista técnica (pair programming, nada de pizarras).
3. Una charla final con el equipo de producto.

Mientras tanto, puedes consultar la oferta aquí: https://kuadra-fintech.jobs.personio.de/job/1489023?language=es

Un saludo,
El equipo de Kuadra

Kuadra Fintech S.L. – C/ de Alcalá 118, 28009 Madrid
Tus datos serán tratados conforme a nuestra política de privacidad para candidatos.
"""), fmt="alt", brand="Kuadra", color="#4b3fd1", mid_domain="mail.personio.de", mid_style="uuid",
      label=A(KUA, "applied", "ats-confirmation:personio")))

add(M("kua-cto", "2024-10-28 09:47", "Pablo Ríos <pablo@kuadra.es>", ME,
      "¿Hablamos el jueves?", clean("""
Hola Irene,

Soy Pablo, CTO de Kuadra. He estado leyendo tu candidatura y me ha gustado mucho lo que contáis del design system que montasteis en tu proyecto actual (y el repo de componentes accesibles que tienes en GitHub, que me lo he mirado con calma).

¿Podríamos tener una llamada rápida el jueves? Serían unos 30 minutos, sin nada técnico todavía: te cuento qué estamos construyendo, cómo trabajamos y tú me cuentas qué buscas. Me vendría bien a las 10:00 o a las 16:30, pero dime si te encaja mejor otro momento.

Un abrazo,
Pablo

--
Pablo Ríos Lezcano
CTO · Kuadra
kuadra.es
"""), mid_style="gmail", label=A(KUA, "interview", "human-interview-invite:hiring-manager")))

add(M("kua-ok", "2024-10-28 13:12", ME, "Pablo Ríos <pablo@kuadra.es>",
      "Re: ¿Hablamos el jueves?", clean("""
Hola Pablo,

¡Muchas gracias por escribirme! Me viene genial el jueves a las 16:30, que por la mañana tengo daily con el cliente y es difícil escaparse.

¿Lo hacemos por Google Meet o preferís otra herramienta? Y una pregunta rápida para ir preparándome: ¿el equipo de frontend trabaja ya con Vue 3 y la Composition API o todavía hay parte en Vue 2?

Un saludo,
Irene
"""), parent="kua-cto", quote="gmail_es", label=A(KUA, "interview", "own-reply-confirm-slot")))

add(M("kua-thx", "2024-11-15 19:08", ME, "Pablo Ríos <pablo@kuadra.es>",
      "Gracias por la entrevista de hoy", clean("""
Hola Pablo,

Solo quería darte las gracias a ti, a Lucía y a Andrés por el rato de hoy. La sesión de pair programming me ha parecido muy divertida (aunque me quedé con la espinita del test del formulario de transferencias, ya lo he arreglado en mi casa, jaja).

Me ha gustado mucho lo que contasteis sobre cómo queréis migrar el panel de empresas y la idea de que frontend participe desde el discovery. Sigo muy interesada en el puesto.

Quedo pendiente de vuestras noticias. ¡Buen fin de semana!

Irene Castaño
"""), cc="Lucía Mora <lucia.mora@kuadra.es>", label=A(KUA, "update", "own-thank-you-after-interview")))

add(M("kua-offer", "2024-11-20 12:34", "Pablo Ríos <pablo@kuadra.es>", ME,
      "Re: Gracias por la entrevista de hoy", clean("""
Hola Irene,

Gracias a ti. Te escribo con buenas noticias: lo hemos hablado en el equipo y nos encantaría que te unieras a Kuadra como Frontend Developer.

Te resumo la propuesta:

- Salario: 48.000 € brutos anuales, en 12 pagas.
- Contrato indefinido, con periodo de prueba de 6 meses (el de convenio).
- Modelo híbrido: martes y jueves en la oficina de Alcalá, el resto en remoto.
- Presupuesto de formación de 1.200 € al año y seguro médico para ti.
- Incorporación: la fecha que te venga bien a partir del 7 de enero, para que puedas dar el preaviso con calma.

Si te parece bien, Lucía te enviará el contrato por DocuSign en los próximos días. Y si tienes cualquier duda, o quieres que hablemos de algo de la oferta, llámame cuando quieras: 611 48 20 93.

Ojalá sea un sí :)

Pablo
"""), parent="kua-thx", quote="gmail_es", mid_style="gmail",
      label=A(KUA, "offer", "human-offer:hiring-manager")))

add(M("kua-docu", "2024-11-25 10:02", "Lucía Mora a través de DocuSign <dse_NA3@docusign.net>", ME,
      "Completar con DocuSign: Contrato_laboral_Irene_Castano_Kuadra.pdf", clean("""
Lucía Mora le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO: https://eu.docusign.net/Signing/EmailStart.aspx?a=5b1e2c7a-93f0-4d8b-a1a6-0e9d4c2b7f31&etti=24&acct=8c2d4e1a-77b3-4f2e-9c50-b6a1d3e8f902&er=4e6b1c92-0d3a-4f7b-8e25-c9a07d1f3b64

Lucía Mora
lucia.mora@kuadra.es

Hola Irene, ¡bienvenida (casi) a Kuadra! Te adjunto el contrato y el anexo de teletrabajo. Si ves algo raro dímelo antes de firmar. Un abrazo.

No comparta este correo electrónico
Este correo electrónico contiene un enlace seguro a DocuSign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.

Acerca de DocuSign
Firme documentos electrónicamente en solo unos minutos. Es seguro. Tanto si se encuentra en una oficina, en casa o de viaje, DocuSign le ofrece una solución de confianza para la gestión de transacciones digitales.
"""), fmt="alt", brand="DocuSign", color="#1e3a8a", mid_domain="docusign.net",
      label=A(KUA, "offer", "platform-esign:docusign-contract")))

# ---------------------------------------------------------------- Lumen Health (Lever)
LUM = "lumen-health--frontend-engineer-design-systems"
add(M("lum-conf", "2024-09-12 08:51", "Lumen Health <no-reply@hire.lever.co>", ME,
      "Thanks for applying to Lumen Health", clean("""
Hi Irene,

Thank you for your interest in Lumen Health and for applying to the Frontend Engineer, Design Systems position (Berlin or Remote – Spain/Portugal).

Our recruiting team will carefully review your application and get back to you as soon as we can. Due to the number of applications we receive, this may take a few weeks.

Want to know more about us in the meantime? Take a look at how we think about accessibility in healthcare software: https://lumenhealth.io/blog/accessible-by-default

Warm regards,
The Lumen Health Talent Team
"""), fmt="alt", brand="Lumen Health", color="#e4572e", tz="Europe/Berlin", mid_domain="hire.lever.co",
      label=A(LUM, "applied", "ats-confirmation:lever", "en")))

add(M("lum-rej", "2025-01-14 15:26", "Sophie from Lumen Health <no-reply@hire.lever.co>", ME,
      "Lumen Health - Frontend Engineer, Design Systems", clean("""
Hi Irene,

I hope you had a good start to the new year.

I'm reaching out about your application for the Frontend Engineer, Design Systems role from back in September. First of all, I'm sorry it took us so long to get back to you – our hiring plans changed a few times during the autumn and we kept the process open longer than we should have.

I wanted to let you know that the position has now been filled, so we won't be continuing with your application.

Thank you again for your interest in Lumen Health. We'd be happy to see your name again in future openings.

Kind regards,
Sophie Brandt
Talent Acquisition, Lumen Health GmbH
"""), tz="Europe/Berlin", mid_domain="hire.lever.co",
      label=A(LUM, "rejected", "ats-rejection:lever-late-position-filled", "en")))

# ---------------------------------------------------------------- Grupo Tressa (InfoJobs)
TRE = "grupo-tressa--desarrollador-frontend-angular"
add(M("tre-conf", "2024-09-10 20:14", "InfoJobs <noreply@comunicaciones.infojobs.net>", ME,
      "Te has inscrito en la oferta Desarrollador/a Frontend Angular", clean("""
Hola Irene,

Tu inscripción se ha realizado correctamente.

  Desarrollador/a Frontend Angular
  Grupo Tressa Consultoría Tecnológica S.L.
  Madrid · Híbrido · 32.000 € - 38.000 € bruto/año

Ver la oferta: https://www.infojobs.net/madrid/desarrollador-frontend-angular/of-i3f7c0a2b9d4e4b1a8c6e2d5f9a0b13

¿Qué pasa ahora?
La empresa revisará tu CV. Te avisaremos cada vez que cambie el estado de tu candidatura (CV leído, en proceso, finalista...). También puedes seguirlo desde "Mis candidaturas" en la app.

Consejo: las candidaturas con carta de presentación personalizada tienen más posibilidades de ser leídas.

El equipo de InfoJobs
"""), fmt="html", brand="InfoJobs", color="#167db7", mid_style="ses",
      footer="Recibes este email porque tienes una cuenta en InfoJobs. Darte de baja de estas notificaciones.",
      label=A(TRE, "applied", "jobboard-confirmation:infojobs")))

add(M("tre-rej", "2024-09-30 09:03", "InfoJobs <noreply@comunicaciones.infojobs.net>", ME,
      "Tu candidatura para el puesto de Desarrollador/a Frontend Angular ha cambiado de estado", clean("""
Hola Irene,

La empresa ha actualizado el estado de tu candidatura:

  Desarrollador/a Frontend Angular – Grupo Tressa
  Estado: Descartado/a

Mensaje de la empresa:
"Gracias por tu interés en formar parte de Tressa. Tras revisar todos los perfiles, el proceso de selección ha continuado con otros candidatos que se ajustan más a los requisitos del cliente. Te deseamos mucha suerte."

No te desanimes: hay 1.284 ofertas de Frontend en Madrid publicadas esta semana.
Ver ofertas parecidas: https://www.infojobs.net/ofertas-trabajo/madrid/frontend

El equipo de InfoJobs
"""), fmt="html", brand="InfoJobs", color="#167db7", mid_style="ses",
      label=A(TRE, "rejected", "jobboard-rejection:infojobs")))

# ---------------------------------------------------------------- Soluciones Ibéricas (Tecnoempleo)
SIS = "soluciones-ibericas--programador-frontend-react-typescript"
add(M("sis-conf", "2024-09-24 13:37", "Tecnoempleo.com <noreply@tecnoempleo.com>", ME,
      "Inscripción realizada: Programador/a Frontend React + TypeScript", clean("""
Hola Irene Castaño Ruiz,

Te confirmamos que te has inscrito correctamente en la siguiente oferta:

Oferta: Programador/a Frontend React + TypeScript
Empresa: Soluciones Ibéricas de Software S.L.
Ubicación: Madrid (100% remoto posible)
Salario: 35.000 - 42.000 €
Referencia: rf-8a2c41d07b3e9f15a6d0

https://www.tecnoempleo.com/programador-frontend-react-typescript-madrid/react-typescript/rf-8a2c41d07b3e9f15a6d0

Recuerda mantener tu perfil y tus tecnologías actualizados para aparecer en las búsquedas de las empresas.

Atentamente,
Tecnoempleo.com - Empleo en Informática y Telecomunicaciones
"""), charset="iso-8859-1", cte="quoted-printable",
      label=A(SIS, "applied", "jobboard-confirmation:tecnoempleo")))

# ---------------------------------------------------------------- Nubbo (LinkedIn)
NUB = "nubbo-cloud--front-end-engineer-angular"
add(M("nub-conf", "2024-10-01 23:02", "LinkedIn <jobs-noreply@linkedin.com>", ME,
      "Irene, tu solicitud se ha enviado a Nubbo Cloud", clean("""
Tu solicitud se ha enviado a Nubbo Cloud

Front-End Engineer (Angular)
Nubbo Cloud · Madrid, Comunidad de Madrid, España (Híbrido)
Solicitado el 1 de octubre de 2024

Ver empleo: https://www.linkedin.com/comm/jobs/view/4012345678/?trackingId=9q2wB1x%2FT0y7Gm3kz4lQ%3D%3D&refId=ByteString

Ahora que has solicitado el empleo, es posible que la empresa revise tu perfil y tu CV. Te avisaremos si hay novedades.

Consejo: los solicitantes que siguen a la empresa en LinkedIn tienen más probabilidades de recibir una respuesta.

Este email está destinado a Irene Castaño Ruiz (Frontend Developer en Nexadata Consulting)
Darse de baja · Ayuda
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", mid_domain="linkedin.com",
      label=A(NUB, "applied", "jobboard-confirmation:linkedin-easy-apply")))

add(M("nub-rej", "2024-10-02 10:48", "LinkedIn <jobs-noreply@linkedin.com>", ME,
      "Tu solicitud para Front-End Engineer (Angular) en Nubbo Cloud", clean("""
Tu solicitud para Front-End Engineer (Angular) en Nubbo Cloud

Gracias por tu interés en Nubbo Cloud. Lamentablemente, Nubbo Cloud ha decidido no seguir adelante con tu solicitud en este momento.

No te desanimes: sigue buscando. Hay más empleos que encajan contigo.

Front-End Engineer (Angular)
Nubbo Cloud · Madrid (Híbrido)

Ver empleos similares: https://www.linkedin.com/comm/jobs/search/?keywords=front-end%20angular&location=Madrid

Este email está destinado a Irene Castaño Ruiz
© 2024 LinkedIn Ireland Unlimited Company
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", mid_domain="linkedin.com",
      label=A(NUB, "rejected", "jobboard-rejection:linkedin-next-day")))

# ---------------------------------------------------------------- Estudio Alcachofa (speculative)
ALC = "estudio-alcachofa--desarrolladora-frontend"
add(M("alc-own", "2024-09-26 08:12", ME, "Estudio Alcachofa <hola@estudioalcachofa.com>",
      "Candidatura espontánea – Desarrolladora Frontend", clean("""
¡Hola, equipo de Alcachofa!

Me llamo Irene Castaño y soy desarrolladora frontend en Madrid. Llevo unos seis años trabajando con React, TypeScript y CSS del que da gusto mantener, y los dos últimos he estado montando un design system para un cliente del sector asegurador desde la consultora en la que trabajo.

Os sigo desde hace tiempo (la web que hicisteis para el Festival de Cine de Lavapiés me parece de lo mejor que he visto en accesibilidad y animación a la vez) y me encantaría trabajar en un estudio pequeño donde el frontend se cuide tanto como el diseño.

Sé que no tenéis ninguna oferta publicada ahora mismo, pero os dejo mi candidatura por si en algún momento buscáis a alguien. Os adjunto mi CV y aquí tenéis mi portfolio: https://irenecastano.dev

Si os apetece, me encantaría tomar un café y conoceros.

Un saludo,
Irene Castaño Ruiz
650 21 77 38
"""), attach=[("CV_Irene_Castano_Frontend.pdf", "application/pdf")],
      label=A(ALC, "applied", "own-speculative-application")))

add(M("alc-int", "2024-10-03 17:55", "Marcos Peñalver <marcos@estudioalcachofa.com>", ME,
      "Re: Candidatura espontánea – Desarrolladora Frontend", clean("""
Hola Irene!

Perdona la tardanza, estas semanas vamos a tope con dos lanzamientos. Gracias por escribirnos y por lo del festival, que nos hizo mucha ilusión.

Justo estamos pensando en reforzar el equipo a principios de año, así que nos encantaría conocerte. ¿Te apetece que hablemos un rato? Coge el hueco que mejor te venga aquí:

https://calendly.com/marcos-alcachofa/cafe-30min

Si prefieres en persona, estamos en la calle Argumosa, así que podemos bajar a tomar algo.

Un abrazo,
Marcos
Cofundador · Estudio Alcachofa
"""), parent="alc-own", quote="gmail_es", mid_style="gmail",
      label=A(ALC, "interview", "human-interview-invite:founder-calendly")))

add(M("alc-cal", "2024-10-03 21:06", "Calendly <notifications@calendly.com>", ME,
      "Confirmado: Café 30 min con Marcos Peñalver el martes, 8 de octubre de 2024", clean("""
Hola, Irene Castaño Ruiz:

Se ha programado un nuevo evento.

Tipo de evento:
Café 30 min (Estudio Alcachofa)

Invitado:
Marcos Peñalver

Fecha/hora del evento:
18:00 - martes, 8 de octubre de 2024 (hora de Europa central)

Ubicación:
Estudio Alcachofa – C/ de Argumosa 21, bajo, 28012 Madrid

Respuestas a las preguntas:
¿Hay algo que quieras contarnos antes? — Vengo por la candidatura espontánea de frontend :)

Ver evento en Calendly: https://calendly.com/events/7f1d2e30-0c5a-4b7e-a9d8-3e61f4b2c915

¿Necesitas hacer cambios en este evento?
Reprogramar: https://calendly.com/reschedulings/7f1d2e30-0c5a-4b7e-a9d8-3e61f4b2c915
Cancelar: https://calendly.com/cancellations/7f1d2e30-0c5a-4b7e-a9d8-3e61f4b2c915

Con la tecnología de Calendly.com
"""), fmt="alt", brand="Calendly", color="#006bff", tz="America/New_York", mid_style="sendgrid",
      label=A(ALC, "interview", "platform-scheduling:calendly-confirmation")))

add(M("alc-rej", "2024-10-21 12:19", "Marcos Peñalver <marcos@estudioalcachofa.com>", ME,
      "Re: Candidatura espontánea – Desarrolladora Frontend", clean("""
Hola Irene,

Primero, gracias otra vez por venir el otro día al estudio y por la paciencia con Lola (la perra) y con nuestras preguntas.

Te quería escribir con calma antes de que pasara más tiempo. Al final hemos decidido no abrir el puesto de frontend como tal: vamos a incorporar a alguien más orientado a WebGL y creative coding, porque la mayoría de proyectos que entran ahora van por ahí, y eso no es lo tuyo (ni nos lo vendiste como tal, que lo agradecemos).

Así que, por ahora, no vamos a seguir adelante con tu candidatura. No es un tema de nivel: la prueba que nos enseñaste del design system estaba muy bien razonada, y Sara se quedó con ganas de copiarte la forma de documentar los tokens. Si te sirve algo de feedback: en la charla te costó un poco bajar a ejemplos concretos cuando te preguntamos por decisiones de producto; creo que tienes mucho que contar ahí y te vendería mejor.

Nos guardamos tu CV y, si la cosa cambia, serás la primera a la que llamemos.

Un abrazo y mucha suerte,
Marcos
"""), parent="alc-int", mid_style="gmail",
      label=A(ALC, "rejected", "human-rejection:founder-with-feedback")))

# ---------------------------------------------------------------- Bitácora (speculative + follow-up)
BIT = "bitacora-digital--desarrolladora-frontend"
add(M("bit-own", "2024-10-09 21:40", ME, "Equipo de Producto - Bitácora <producto@bitacoradigital.es>",
      "Candidatura espontánea para el equipo de producto digital", clean("""
Buenas noches,

Os escribo para presentaros mi candidatura espontánea como desarrolladora frontend para el equipo de producto de Bitácora.

Soy lectora vuestra desde hace años y he visto que estáis rehaciendo la web y las newsletters. Trabajo desde 2018 con React y TypeScript, y tengo bastante experiencia en rendimiento web (Core Web Vitals, lazy loading de imágenes, SSR con Next.js), que imagino que en un medio es clave. También he trabajado con equipos editoriales en un CMS headless.

Os adjunto mi CV. Estaría encantada de contaros más en una llamada.

Gracias por vuestro tiempo,
Irene Castaño Ruiz
https://irenecastano.dev · 650 21 77 38
"""), attach=[("CV_Irene_Castano_Frontend.pdf", "application/pdf")],
      label=A(BIT, "applied", "own-speculative-application")))

# ---------------------------------------------------------------- Almirante Hoteles (email to posting)
ALM = "almirante-hoteles--desarrollador-front-end-web-booking"
add(M("alm-own", "2024-10-15 19:26", ME, "Selección Almirante Hoteles <seleccion@almirantehoteles.com>",
      "Candidatura para el puesto de Desarrollador/a Front-End (Web & Booking Engine)", clean("""
Estimado equipo de Selección:

Les escribo en relación con la oferta de Desarrollador/a Front-End (Web & Booking Engine) publicada en su página de empleo (https://www.almirantehoteles.com/trabaja-con-nosotros/desarrollador-front-end).

Cuento con seis años de experiencia como desarrolladora frontend, principalmente con React y TypeScript, y he trabajado en flujos de compra y reserva con pasarelas de pago (Redsys y Stripe) y en la internacionalización de aplicaciones en cinco idiomas. Creo que encajo bien con lo que describen en la oferta, en especial en la parte de optimización de conversión del motor de reservas.

Adjunto mi currículum. Quedo a su disposición para ampliar cualquier información.

Atentamente,
Irene Castaño Ruiz
Tel. 650 21 77 38
"""), attach=[("Irene_Castaño_CV_2024.pdf", "application/pdf")],
      label=A(ALM, "applied", "own-application-to-posted-job")))

add(M("alm-rej", "2024-10-29 11:44", "Selección Almirante Hoteles <seleccion@almirantehoteles.com>", ME,
      "RE: Candidatura para el puesto de Desarrollador/a Front-End (Web & Booking Engine)", clean("""
Estimada Irene:

Agradecemos el interés mostrado en formar parte de Grupo Almirante Hoteles.

Lamentamos comunicarle que, en esta ocasión, su perfil no ha sido seleccionado para continuar en el proceso. Conservaremos su candidatura en nuestra base de datos para futuras vacantes.

Reciba un cordial saludo,

Departamento de Personas
Almirante Hoteles & Resorts S.A.
"""), parent="alm-own", quote="outlook_es", charset="windows-1252", cte="quoted-printable",
      mid_style="outlook_eu", label=A(ALM, "rejected", "human-rejection:short-hr")))

# ---------------------------------------------------------------- Talentum (agency, client unnamed)
TAL = "talentum-cliente-fintech--frontend-developer-react"
add(M("tal-out", "2024-10-07 10:22", "Marta Gallego <marta.gallego@talentumpartners.es>", ME,
      "Oportunidad Frontend (React) – fintech en Madrid, híbrido", clean("""
Hola Irene,

¿Qué tal? Soy Marta Gallego, consultora senior en Talentum Partners, especializada en perfiles tecnológicos.

He visto tu perfil en LinkedIn y creo que podría encajarte un proceso que estoy llevando para un cliente, una fintech de pagos con sede en Madrid (unas 120 personas, producto propio, nada de consultoría).

- Puesto: Frontend Developer (React)
- Stack: React 18, TypeScript, React Query, Storybook, Playwright
- Modalidad: híbrido, 2 días en oficina (zona Castellana)
- Banda salarial: 45.000 - 52.000 € + bonus

¿Te apetecería que lo habláramos? Si te encaja, envíame tu CV actualizado y buscamos un hueco para una llamada de 15 minutos.

Un saludo,

Marta Gallego
Senior Consultant – Tech & Digital
Talentum Partners · www.talentumpartners.es
M. +34 622 10 45 87
"""), fmt="alt", mid_style="outlook_eu",
      label=dict(label="recruiter_outreach", kind="agency-outreach:email", lang="es",
                 company=None, role="Frontend Developer (React)")))

add(M("tal-apply", "2024-10-07 14:03", ME, "Marta Gallego <marta.gallego@talentumpartners.es>",
      "Re: Oportunidad Frontend (React) – fintech en Madrid, híbrido", clean("""
Hola Marta,

¡Gracias por pensar en mí! Sí, me interesa. Te adjunto mi CV actualizado.

Para que lo tengas en cuenta: ahora mismo estoy en 40K en la consultora, así que la banda me encaja. Lo que sí necesitaría es que los días de oficina fueran flexibles.

Puedo hablar mañana de 13:30 a 15:00 o el miércoles a partir de las 18:00.

Un saludo,
Irene
"""), parent="tal-out", quote="gmail_es", attach=[("CV_Irene_Castano_Frontend.pdf", "application/pdf")],
      label=A(TAL, "applied", "own-reply-to-agency-with-cv")))

add(M("tal-int", "2024-10-22 18:10", "Marta Gallego <marta.gallego@talentumpartners.es>", ME,
      "RE: Oportunidad Frontend (React) – fintech en Madrid, híbrido", clean("""
Hola Irene,

¡Buenas noticias! El cliente ha revisado la prueba técnica y la entrevista con el Tech Lead y quiere verte en la entrevista final.

Sería con el Head of Engineering y alguien de producto, presencial en sus oficinas (Paseo de la Castellana 141, planta 9), el jueves 24 a las 17:00. Duración aproximada: una hora. Será más de cultura y de cómo trabajas con producto y diseño que técnica.

¿Me confirmas que te encaja? En cuanto me digas, se lo confirmo y te paso el nombre de las personas que te van a entrevistar.

¡Mucha suerte!

Marta
"""), parent="tal-apply", quote="outlook_es", mid_style="outlook_eu",
      label=A(TAL, "interview", "agency-final-round-invite")))

add(M("tal-rej", "2024-11-06 13:48", "Marta Gallego <marta.gallego@talentumpartners.es>", ME,
      "RE: Oportunidad Frontend (React) – fintech en Madrid, híbrido", clean("""
Hola Irene,

Te llamé antes, pero no te pillé, así que te lo cuento por aquí.

El cliente me ha dado feedback hoy: les gustaste mucho en la final, en especial la parte de accesibilidad y cómo explicaste la relación con diseño. Aun así, han decidido continuar con otro candidato que ya había trabajado en un producto de pagos regulado, y al final eso les ha pesado.

Siento mucho que no haya salido esta vez. Me quedo con tu perfil muy presente: tengo un par de procesos que se abren en enero y te escribiré.

Un abrazo,
Marta
"""), parent="tal-int", mid_style="outlook_eu",
      label=A(TAL, "rejected", "agency-rejection-with-feedback")))

# ---------------------------------------------------------------- Plinth (Workable) + TestGorilla
PLI = "plinth-analytics--senior-frontend-developer"
add(M("pli-conf", "2024-10-18 16:40", "Plinth Analytics <noreply@candidates.workablemail.com>", ME,
      "Thanks for applying to Plinth Analytics", clean("""
Hi Irene,

Thanks for applying for the Senior Frontend Developer (Remote, Europe) role at Plinth Analytics. We've received your application and the hiring team will take a look.

What happens next? We review every application within about 10 working days. If your profile matches what we're looking for, we'll invite you to the next stage, which is a short online assessment.

You can check the job description again here: https://apply.workable.com/plinth-analytics/j/7E21C0B4F9/

Cheers,
Plinth Analytics Hiring Team
Plinth Analytics Ltd, 20 Farringdon Road, London EC1M 3HE
"""), fmt="alt", brand="Plinth", color="#2f4858", tz="Europe/London", mid_domain="workablemail.com",
      label=A(PLI, "applied", "ats-confirmation:workable", "en")))

add(M("pli-tg", "2024-10-22 10:15", "Plinth Analytics via TestGorilla <no-reply@testgorilla.com>", ME,
      "Plinth Analytics has invited you to complete an assessment", clean("""
Hi Irene,

Plinth Analytics has invited you to take the assessment "Senior Frontend Developer – Stage 2" as part of your application.

The assessment consists of 4 tests and 2 custom questions:
- JavaScript (coding): intermediate-level algorithms
- React
- TypeScript
- Problem solving
- Video question: "Tell us about a UI you're proud of"
- Written question

It takes about 60 minutes. You can pause between tests, but not during one.

Please complete it before 29 October 2024.

Start assessment: https://app.testgorilla.com/assessment/invite/c2a9f7e1-0b4d-4e83-a6f5-19d3b7c08e42

Good luck!
The TestGorilla team, on behalf of Plinth Analytics
"""), fmt="alt", brand="TestGorilla", color="#46a997", tz="Europe/Amsterdam", mid_style="sendgrid",
      label=A(PLI, "assessment", "platform-assessment:testgorilla", "en")))

# ---------------------------------------------------------------- Tandem (Greenhouse es) + GoodTime + withdrawal
TAN = "tandem-travel--frontend-engineer-growth"
add(M("tan-conf", "2024-11-04 12:02", "Tandem Travel <no-reply@greenhouse.io>", ME,
      "¡Gracias por tu candidatura a Tandem!", clean("""
Hola Irene,

¡Gracias por querer formar parte de Tandem! Hemos recibido tu candidatura para Frontend Engineer, Growth.

Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, te contactaremos para los próximos pasos. Sabemos que esperar es un rollo, así que intentaremos responder a todo el mundo en un máximo de dos semanas.

¡Buen viaje (y buena suerte)!
El equipo de Talento de Tandem

https://job-boards.eu.greenhouse.io/tandemtravel/jobs/4410987101
"""), fmt="alt", brand="tandem", color="#ff6b4a", mid_domain="greenhouse.io",
      label=A(TAN, "applied", "ats-confirmation:greenhouse")))

add(M("tan-gt", "2024-11-12 15:31", "Tandem Travel Recruiting <scheduling@goodtime.io>", ME,
      "Please select your interview times with Tandem Travel", clean("""
Hi Irene,

Thanks for your interest in the Frontend Engineer, Growth role at Tandem Travel! The team would like to invite you to a 60-minute technical interview with two engineers from the Growth squad.

Please let us know when you're available by selecting all the times that work for you over the next week:

Select your availability: https://app.goodtime.io/availability/5a3e8f21c7d94b60?c=tandemtravel

Once you submit, we'll confirm a time and send you a calendar invitation with the video link.

If you have any questions, just reply to this email and Lucía from our Talent team will help.

Thanks,
Tandem Travel Recruiting
"""), fmt="alt", brand="Tandem Travel", color="#ff6b4a", tz="America/New_York",
      reply_to="Lucía Benítez <lucia.benitez@tandem.travel>", mid_domain="goodtime.io", mid_style="uuid",
      label=A(TAN, "interview", "platform-scheduling:goodtime", "en")))

add(M("tan-wd", "2024-11-26 09:20", ME, "Lucía Benítez <lucia.benitez@tandem.travel>",
      "Re: Please select your interview times with Tandem Travel", clean("""
Hola Lucía,

Te escribo para retirar mi candidatura al puesto de Frontend Engineer, Growth. Finalmente he aceptado otra oferta y no me parece justo ocupar un hueco en la entrevista técnica del día 28.

Muchas gracias por vuestro tiempo y por lo rápido y claro que ha sido todo. Ojalá coincidamos más adelante.

Un saludo,
Irene Castaño
"""), parent="tan-gt", quote="gmail_es", label=A(TAN, "withdrawn", "own-withdrawal")))

# ---------------------------------------------------------------- Hortaliza (Factorial)
HOR = "hortaliza--desarrollador-frontend-react-native-web"
add(M("hor-conf", "2024-11-06 20:55", "Hortaliza <no-reply@factorialhr.com>", ME,
      "Hemos recibido tu candidatura para Desarrollador/a Frontend (React Native / Web)", clean("""
¡Hola Irene!

Gracias por presentar tu candidatura a Desarrollador/a Frontend (React Native / Web) en Hortaliza.

El equipo de selección la revisará en breve. Te informaremos por correo electrónico de cualquier cambio en el estado de tu candidatura.

Ver oferta: https://hortaliza.factorialhr.es/job_posting/desarrolladora-frontend-react-native-web-184532

Hortaliza Delivery S.L.
"""), fmt="html", brand="Hortaliza", color="#5cb85c", mid_domain="factorialhr.com",
      label=A(HOR, "applied", "ats-confirmation:factorial")))

add(M("hor-rej", "2024-11-18 17:12", "Hortaliza <no-reply@factorialhr.com>", ME,
      "Actualización sobre tu candidatura en Hortaliza", clean("""
Hola Irene,

Queríamos darte las gracias por tu interés en Hortaliza y por el tiempo que has dedicado a tu candidatura para el puesto de Desarrollador/a Frontend (React Native / Web).

Durante estas semanas hemos recibido más de 300 candidaturas para esta posición, y hemos revisado cada una con detalle. Tu experiencia en web es muy sólida y nos ha costado tomar la decisión. Sin embargo, como el puesto tiene un peso muy grande en la app móvil, hemos decidido continuar con otros candidatos con más experiencia en React Native.

Guardaremos tus datos (si nos das permiso) para futuras ofertas que encajen mejor con tu perfil.

¡Mucho ánimo y gracias de nuevo!
El equipo de Personas de Hortaliza
"""), fmt="html", brand="Hortaliza", color="#5cb85c", mid_domain="factorialhr.com",
      label=A(HOR, "rejected", "ats-rejection:factorial")))

# ---------------------------------------------------------------- Koala Seguros (Teamtailor)
KOA = "koala-seguros--frontend-developer"
add(M("koa-conf", "2024-11-08 11:27", "Koala Seguros <no-reply@koalaseguros.teamtailor-mail.com>", ME,
      "¡Gracias por tu candidatura, Irene!", clean("""
Hola Irene,

¡Qué ilusión que quieras trabajar con nosotros! Hemos recibido tu candidatura para Frontend Developer.

Somos un equipo pequeño, así que cada candidatura la lee una persona de verdad. Te contestaremos pase lo que pase, aunque a veces tardemos un poquito.

Mientras tanto, puedes conocer mejor al equipo en nuestra página de empleo: https://careers.koalaseguros.es

Un abrazo koala 🐨
Equipo de Koala Seguros
"""), fmt="alt", brand="Koala Seguros", color="#7a8b99", mid_domain="teamtailor-mail.com",
      label=A(KOA, "applied", "ats-confirmation:teamtailor")))

# ---------------------------------------------------------------- Parallel Labs (Ashby)
PAR = "parallel-labs--frontend-engineer-eu-remote"
add(M("par-conf", "2024-11-11 03:18", "Parallel Labs Recruiting <no-reply@ashbyhq.com>", ME,
      "Thanks for applying to Parallel Labs", clean("""
Hi Irene,

Thank you for applying to the Frontend Engineer (EU Remote) role at Parallel Labs! We're excited that you're interested in helping us build real-time collaboration tools for hardware teams.

We review every application and will be in touch if there's a fit. Please note that because of the volume we receive, we may not be able to respond to every candidate individually.

Best,
The Parallel Labs team
"""), fmt="alt", brand="Parallel Labs", color="#111111", tz="America/Los_Angeles", mid_domain="ashbyhq.com",
      mid_style="uuid", label=A(PAR, "applied", "ats-confirmation:ashby", "en")))

# ================================================================ recruiter outreach
add(M("out-trastea", "2024-09-18 12:40", "Elena Sastre a través de LinkedIn <inmail-hit-reply@linkedin.com>", ME,
      "Elena te ha enviado un mensaje: Frontend en Trastea", clean("""
Elena Sastre
Talent Acquisition en Trastea

Hola Irene, ¿qué tal?

Estoy buscando una persona para nuestro equipo de Web (Marketplace) y tu experiencia con design systems me ha llamado la atención. Somos unas 300 personas, producto propio de compraventa de segunda mano, y el equipo de frontend trabaja con React, Next.js y un design system interno que necesita algo de cariño.

¿Te apetecería una llamada de 20 minutos esta semana o la que viene para contarte más?

¡Gracias!
Elena

Responder: https://www.linkedin.com/comm/messaging/thread/2-ZGU3NWYxYjItZTk0Ni00YjU2/

Este mensaje es un InMail. Irene, recibes InMails porque tu configuración lo permite.
© 2024 LinkedIn Ireland Unlimited Company
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", mid_domain="linkedin.com",
      label=dict(label="recruiter_outreach", kind="inmail:in-house-recruiter", lang="es",
                 company="Trastea", aliases=[], role="Frontend Developer (Web Marketplace)")))

add(M("out-ibersys", "2024-10-16 09:02", "Raúl Montero | Ibersys Consulting <rmontero@ibersys-consulting.com>", ME,
      "Proyecto estable Angular/React para cliente sector banca – Madrid", clean("""
Buenos días Irene,

Desde Ibersys Consulting estamos buscando un/a desarrollador/a frontend con experiencia en Angular (v14+) y React para incorporarse a un proyecto estable en un importante cliente del sector bancario.

Condiciones:
 - Contrato indefinido con Ibersys
 - Ubicación: Las Tablas (Madrid), 3 días presencial
 - Salario: 36.000 - 40.000 € brutos anuales según valía
 - Jornada intensiva en verano

Si está interesada, le ruego que me envíe su CV actualizado y su disponibilidad para una breve entrevista telefónica.

Atentamente,

Raúl Montero
Technical Recruiter
IBERSYS CONSULTING S.L.
Tel. 91 555 83 20
"""), charset="iso-8859-1", cte="quoted-printable", mid_style="outlook_eu",
      label=dict(label="recruiter_outreach", kind="consultancy-outreach:body-shop", lang="es",
                 company="Ibersys Consulting", aliases=["IBERSYS CONSULTING S.L."], role="Desarrollador/a frontend Angular/React")))

add(M("out-harbor", "2024-12-03 11:48", "Niamh Doyle <niamh@harbortechtalent.ie>", ME,
      "Contract Frontend role – 6 months, remote from Spain", clean("""
Hi Irene,

Hope you don't mind the direct email – I came across your profile and your open-source work on accessible components.

I'm working on a 6-month contract (likely to extend) for a Dublin-based e-commerce client. They need a senior React/TypeScript engineer to help rebuild their checkout. Fully remote within EU timezones, day rate €450-€520, outside IR35-style setup via your own company or an umbrella.

Would you be open to a quick chat this week? Happy to share the full spec.

Thanks,
Niamh

Niamh Doyle | Senior Recruiter, Tech
Harbor Tech Talent | Dublin
"""), tz="Europe/Dublin", mid_style="outlook_eu",
      label=dict(label="recruiter_outreach", kind="agency-outreach:contract", lang="en",
                 company=None, role="Senior React/TypeScript Engineer (contract)")))

# ================================================================ job alerts
add(M("alert-infojobs", "2024-09-11 07:30", "InfoJobs Alertas <alertas@comunicaciones.infojobs.net>", ME,
      "12 nuevas ofertas para \"frontend react\" en Madrid", clean("""
Hola Irene, estas son las nuevas ofertas de tu alerta "frontend react" en Madrid:

Desarrollador/a Frontend React Senior – Nettia Sistemas · Madrid · 40.000 € - 46.000 €
Frontend Developer (React + Next.js) – Grupo Ledesma Digital · Teletrabajo · Salario no disponible
Programador/a React – Consultoría Ébano · Alcobendas · 30.000 € - 34.000 €
Front-End Engineer – Quinta Fase Estudio · Madrid · 38.000 € - 42.000 €
Desarrollador/a web React/TypeScript – Aseguradora Norte Digital · Madrid · 36.000 € - 41.000 €
... y 7 ofertas más

Ver todas: https://www.infojobs.net/ofertas-trabajo/madrid/frontend-react?alerta=8312

Gestionar mis alertas · Darme de baja
"""), fmt="html", brand="InfoJobs", color="#167db7", mid_style="ses",
      label=dict(label="job_alert", kind="job-alert:infojobs", lang="es")))

add(M("alert-linkedin", "2024-09-20 06:14", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", ME,
      "30+ nuevos empleos de «Desarrollador front-end» en Madrid", clean("""
Tu alerta de empleo para Desarrollador front-end en Madrid, Comunidad de Madrid, España

Frontend Engineer – Sistemas Aurora · Madrid (Híbrido) · Solicitud sencilla
Senior Frontend Developer (Vue) – Cuadrante Apps · En remoto
Desarrollador/a Front-End – Ayuntamiento Digital Lab · Madrid
Front End Developer – Pradera Games · Madrid (Presencial) · Hace 2 días
UI Engineer – Lumbre Energía · Madrid (Híbrido) · 25 solicitudes

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=desarrollador%20front-end&location=Madrid&alertAction=viewjobs

Estás recibiendo alertas de empleo de LinkedIn. Cancelar suscripción.
"""), fmt="alt", brand="LinkedIn", color="#0a66c2", mid_domain="linkedin.com",
      label=dict(label="job_alert", kind="job-alert:linkedin", lang="es")))

add(M("alert-tecnoempleo", "2024-10-10 08:00", "Tecnoempleo.com <alertas@tecnoempleo.com>", ME,
      "Ofertas de empleo para ti: React, TypeScript, Vue", clean("""
Hola Irene,

Estas son las ofertas publicadas ayer que coinciden con tu perfil (React, TypeScript, Vue.js):

- Desarrollador/a Frontend Vue.js – Madrid – 34.000 € / 40.000 € – Teletrabajo parcial
- Frontend Developer React Native – Barcelona / Remoto – 40.000 € / 48.000 €
- Analista programador/a Front (Angular) – Madrid – 30.000 € / 35.000 €
- Tech Lead Frontend – Valencia / Remoto – 55.000 € / 62.000 €

Ver ofertas: https://www.tecnoempleo.com/busqueda-empleo.php?te=react+typescript&pr=,28,

Tecnoempleo.com
"""), charset="iso-8859-1", cte="quoted-printable",
      label=dict(label="job_alert", kind="job-alert:tecnoempleo", lang="es")))

add(M("alert-indeed", "2024-10-25 19:31", "Indeed <alert@indeed.com>", ME,
      "Desarrollador frontend: nuevos empleos en Madrid", clean("""
Nuevos empleos para "desarrollador frontend" en Madrid, Madrid provincia

Frontend Developer – Lince Movilidad – Madrid – 38.000 € - 45.000 € al año – Solicitud fácil
Desarrollador Frontend Junior/Mid – Digitalia Soluciones – Getafe
Frontend Engineer (Angular) – Portal Seguros Online – Madrid
Senior UI Developer – Tramontana Labs – Madrid – Contratación urgente

Ver todos los empleos: https://es.indeed.com/jobs?q=desarrollador+frontend&l=Madrid&from=ja

Estás recibiendo este email porque has creado una alerta de empleo en Indeed.
"""), fmt="html", brand="indeed", color="#2557a7", mid_domain="indeed.com",
      label=dict(label="job_alert", kind="job-alert:indeed", lang="es")))
