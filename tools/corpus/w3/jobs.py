# -*- coding: utf-8 -*-
"""Recruiting mail of Griet Vandenbussche: applications, outreach, job alerts."""
from lib import m, app, auto_html, pdf, ME, ME_ADDR, ME_GMAIL, ME_GMAIL_ADDR

CV = lambda: pdf("CV_Griet_Vandenbussche_2025.pdf", "CV Griet Vandenbussche - supply chain planner")

# ---------------------------------------------------------------- applications
app("vanhaecke-scp", "Vanhaecke Fresh Foods", ["Vanhaecke Fresh Foods NV", "Vanhaecke"], "Supply Chain Planner", "other")
app("nordvik-demand", "Nordvik Pharma", ["Nordvik Pharma Belgium BV", "Nordvik"], "Demand Planner Benelux", "workday")
app("lumaflex-sop", "Lumaflex Packaging", ["Lumaflex Packaging NV", "Lumaflex"], "S&OP Planner", "other")
app("decoster-transport", "Transport Decoster", ["Decoster Transport", "Decoster"], "Transportplanner", "agency")
app("castelein-spontaan", "Castelein Coldstore", ["Castelein Coldstore NV", "Castelein"], "Logistiek planner", "company_site")
app("mercator-spontaneous", "Mercator Shipping Services", ["Mercator Shipping Services NV", "Mercator"], "Supply Chain / Operations Planner", "company_site")
app("brightline-inventory", "Brightline Retail Group", ["Brightline"], "Inventory Planner", "linkedin")
app("sobelco-planner", "Sobelco Industries", ["Sobelco Industries NV", "Sobelco"], "Planner productie & logistiek", "indeed")
app("kestrel-material", "Kestrel Automotive Components", ["Kestrel Automotive Components Belgium NV", "Kestrel Automotive", "Kestrel"], "Material Planner", "smartrecruiters")
app("vml-teamlead", "Van Moerkerke Logistics", ["Van Moerkerke Logistics NV", "Van Moerkerke", "VML"], "Supply Chain Planner Teamlead", "other")
app("delimar-dsp", "Delimar Foods", ["Delimar Foods NV", "Delimar"], "Demand & Supply Planner", "other")
app("flowcast-consultant", "Flowcast", ["Flowcast Technologies BV"], "Supply Chain Solutions Consultant", "greenhouse")
app("seaborne-ops", "Seaborne Freight Solutions", ["Seaborne Freight Solutions Ltd", "Seaborne Freight", "Seaborne"], "Operations Planner", "lever")
app("dufresne-planif", "Dufresne Logistique", ["Dufresne Logistique SA", "Groupe Dufresne"], "Planificateur Supply Chain", "other")
app("stadgent-logcoord", "Stad Gent", ["Stad en OCMW Gent"], "Logistiek coördinator", "company_site")
app("velotti-scp", "Velotti Bikes", ["Velotti Bikes NV", "Velotti"], "Supply Chain Planner", "other")

A = "application"

# ---------------------------------------------------------------- A1 Vanhaecke (Recruitee)
URL_VH = "https://vanhaecke.recruitee.com/o/supply-chain-planner-3"
t = f"""Beste Griet,

Bedankt voor je sollicitatie voor de functie Supply Chain Planner bij Vanhaecke Fresh Foods. We hebben je cv en motivatie goed ontvangen.

Ons selectieteam bekijkt alle kandidaturen zorgvuldig. Je mag binnen de drie weken een reactie van ons verwachten. Heb je intussen een vraag? Antwoord dan gewoon op deze e-mail.

De vacature kan je hier nog eens nalezen:
{URL_VH}

Met vriendelijke groeten,

Team HR
Vanhaecke Fresh Foods NV
Industrielaan 14, 8820 Torhout
"""
m("vh-confirm", "2025-01-09 20:14", "Vanhaecke Fresh Foods <vanhaecke@mail.recruitee.com>", ME,
  "Bedankt voor je sollicitatie: Supply Chain Planner", t,
  html=auto_html(t, "Vanhaecke Fresh Foods", "#2e7d32"), label=A, app="vanhaecke-scp", ev="applied",
  kind="ats-confirmation:recruitee", mid="mailer:mail.recruitee.com", url=URL_VH)

t = """Beste Griet,

Nogmaals bedankt voor je interesse in Vanhaecke Fresh Foods en voor de tijd die je in je sollicitatie voor Supply Chain Planner hebt gestoken.

We kregen voor deze vacature heel wat reacties, en de keuze was niet eenvoudig. We hebben je profiel naast de functievereisten gelegd, met bijzondere aandacht voor ervaring met planning van verse producten met korte houdbaarheid.

Na grondige afweging hebben we besloten om met andere kandidaten verder te gaan, van wie het profiel nauwer aansluit bij wat we zoeken. We laten je sollicitatie daarom niet verder lopen.

We bewaren je gegevens graag nog één jaar in onze databank, zodat we je kunnen contacteren als er een passende functie vrijkomt. Wil je dat liever niet, laat het ons dan weten.

Veel succes met je verdere zoektocht!

Hartelijke groeten,
Team HR – Vanhaecke
"""
m("vh-reject", "2025-01-30 11:02", "Vanhaecke Fresh Foods <vanhaecke@mail.recruitee.com>", ME,
  "Je sollicitatie bij Vanhaecke Fresh Foods", t,
  html=auto_html(t, "Vanhaecke Fresh Foods", "#2e7d32"), label=A, app="vanhaecke-scp", ev="rejected",
  kind="ats-rejection:recruitee", mid="mailer:mail.recruitee.com")

# ---------------------------------------------------------------- A2 Nordvik (Workday, en)
URL_NV = "https://nordvikpharma.wd3.myworkdayjobs.com/en-US/Nordvik_Careers/job/Ghent-Belgium/Demand-Planner-Benelux_R-014382"
t = f"""Dear Griet Vandenbussche,

Thank you for your interest in Nordvik Pharma. We confirm that we have received your application for the position:

Demand Planner Benelux (R-014382)
Location: Ghent, Belgium

What happens next?
Our Talent Acquisition team will review your profile against the requirements of the role. If your qualifications match our needs, a member of the team will contact you to discuss next steps. Due to the high volume of applications, this may take several weeks.

You can follow the status of your application at any time by signing in to your candidate home account:
https://nordvikpharma.wd3.myworkdayjobs.com/en-US/Nordvik_Careers/userHome

Job posting: {URL_NV}

Kind regards,
Talent Acquisition
Nordvik Pharma Belgium BV

This is an automatically generated message. Please do not reply to this email.
"""
m("nv-confirm", "2025-01-13 21:03", "Nordvik Pharma Careers <nordvikpharma@myworkday.com>", ME,
  "Thank you for applying – Demand Planner Benelux (R-014382)", t,
  html=auto_html(t, "NORDVIK PHARMA", "#00506e"), label=A, app="nordvik-demand", ev="applied",
  kind="ats-confirmation:workday", lang="en", mid="workday", tz="UTC", url=URL_NV)

t = """Dear Griet,

Thank you for applying for the Demand Planner Benelux (R-014382) position at Nordvik Pharma, and please accept our apologies for the time it has taken us to come back to you.

The role attracted a large number of strong applications and our review took longer than we anticipated. Following careful consideration, we regret to inform you that your application will not be taken forward to the next stage of the selection process.

This decision is not a reflection on your professional achievements. We encourage you to keep an eye on our careers site and to apply for future openings that match your experience.

We wish you every success in your career.

Best regards,
Talent Acquisition Team
Nordvik Pharma

Please do not reply to this message; this mailbox is not monitored.
"""
m("nv-reject", "2025-04-04 06:47", "Nordvik Pharma Careers <nordvikpharma@myworkday.com>", ME,
  "Update on your application – Demand Planner Benelux", t,
  html=auto_html(t, "NORDVIK PHARMA", "#00506e"), label=A, app="nordvik-demand", ev="rejected",
  kind="ats-rejection:workday-late", lang="en", mid="workday", tz="UTC")

# ---------------------------------------------------------------- A3 Lumaflex (via Jobat)
URL_LF = "https://www.jobat.be/nl/jobs/sop-planner/gent/100448712"
t = f"""Hallo Griet,

Goed nieuws: je sollicitatie is verstuurd!

Functie: S&OP Planner
Werkgever: Lumaflex Packaging NV
Regio: Gent (Evergem)

Lumaflex Packaging ontving je cv en je motivatie. De werkgever neemt rechtstreeks contact met je op als je profiel past. Dat kan enkele dagen tot enkele weken duren.

Bekijk de vacature: {URL_LF}
Al je sollicitaties vind je terug onder 'Mijn Jobat > Sollicitaties'.

Tip: zet een jobmail aan zodat je geen nieuwe vacatures mist.

Veel succes!
Het Jobat-team
"""
m("lf-confirm", "2025-02-05 13:26", "Jobat <noreply@jobat.be>", ME_GMAIL,
  "Je sollicitatie voor S&OP Planner werd verstuurd", t,
  html=auto_html(t, "jobat", "#e4002b", "Jobat is een merk van Mediafin. Je krijgt deze e-mail omdat je via Jobat.be solliciteerde."),
  label=A, app="lumaflex-sop", ev="applied", kind="jobboard-confirmation:jobat", mid="mailer:mail.jobat.be", url=URL_LF)

t = """Dag Griet,

Ik ben Katrien De Smet, HR Business Partner bij Lumaflex. Bedankt voor je kandidatuur voor de job van S&OP Planner, die we via Jobat ontvingen.

Je ervaring met het S&OP-proces bij ScheldeCo en je werk met SAP APO spreken ons wel aan. Daarom zouden we je graag uitnodigen voor een eerste gesprek op onze vestiging in Evergem, met mezelf en met Bart Van Hulle, onze Supply Chain Manager.

Zou een van deze momenten passen?
- donderdag 20 februari om 10u00
- donderdag 20 februari om 14u00
- vrijdag 21 februari om 9u30

Reken op een uur à anderhalf uur. Je kan parkeren op de bezoekersparking aan de Kennedylaan-kant.

Laat je iets weten?

Met vriendelijke groet,

Katrien De Smet
HR Business Partner
Lumaflex Packaging NV | Kennedylaan 220 | 9940 Evergem
T +32 9 218 44 70
"""
m("lf-invite", "2025-02-13 09:41", "Katrien De Smet <katrien.desmet@lumaflex-packaging.com>", ME,
  "Uitnodiging gesprek S&OP Planner", t, label=A, app="lumaflex-sop", ev="interview",
  kind="human-interview-invite", mid="outlook")

t = """Dag Katrien,

Dank u voor de uitnodiging, daar ben ik blij mee.

Donderdag 20 februari om 10u00 past mij perfect. Ik zal er zijn en neem een exemplaar van mijn cv mee.

Tot dan!

Met vriendelijke groeten,
Griet Vandenbussche
0476 58 21 93
"""
m("lf-confirm-slot", "2025-02-13 12:18", ME, "Katrien De Smet <katrien.desmet@lumaflex-packaging.com>",
  "Re: Uitnodiging gesprek S&OP Planner", t, label=A, app="lumaflex-sop", ev="interview",
  kind="own-slot-confirmation", mid="tb", parent="lf-invite", quote=True)

t = """Dag Griet,

Nogmaals bedankt om vorige week langs te komen in Evergem. Bart en ik vonden het een aangenaam en open gesprek, en we hebben veel geleerd over hoe jullie bij ScheldeCo de maandelijkse S&OP-cyclus hebben opgezet.

We hebben intussen met vier kandidaten gesproken. Het was een moeilijke afweging, maar uiteindelijk kiezen we voor een kandidaat die al ervaring heeft met de planning van productielijnen in de verpakkingssector, iets wat voor ons eerste jaar zwaar doorweegt. We gaan in deze procedure dus niet verder met jou.

Je vroeg tijdens het gesprek om feedback, dus graag nog dit: je analytische kant en je manier van communiceren met sales kwamen heel sterk over. Waar je voor ons minder scoorde, is de kennis van finite capacity scheduling op de productievloer.

Ik wens je veel succes, en wie weet kruisen onze wegen later nog.

Vriendelijke groeten,
Katrien

Katrien De Smet
HR Business Partner – Lumaflex Packaging
"""
m("lf-reject", "2025-02-28 16:05", "Katrien De Smet <katrien.desmet@lumaflex-packaging.com>", ME,
  "Feedback sollicitatie S&OP Planner", t, label=A, app="lumaflex-sop", ev="rejected",
  kind="human-rejection-after-interview", mid="outlook")

# ---------------------------------------------------------------- Outreach + A4 Decoster via Flexpoint
t = """Dag Griet,

Ik vond je profiel op LinkedIn en via de cv-databank van VDAB. Mag ik je even storen met een vacature?

Voor een klant, een familiaal transportbedrijf met een 80-tal trucks in de Gentse haven, zoek ik een Transportplanner (dagdienst, vast contract, na een korte interimperiode). Je plant de ritten voor nationaal en Benelux-vervoer, volgt de chauffeurs op en bent het aanspreekpunt voor een aantal grote verladers. Ze werken met TMS van Transics.

Je ervaring als supply chain planner bij ScheldeCo lijkt me een mooie basis. Het loon ligt rond 3.600 à 4.000 euro bruto, afhankelijk van ervaring, plus maaltijdcheques en hospitalisatieverzekering.

Heb je interesse? Dan bel ik je graag even op, of je mag me mailen wanneer het past.

Vriendelijke groet,

Ilse Verstraete
Consultant Logistiek & Transport
Flexpoint Interim – kantoor Gent Dampoort
Dendermondsesteenweg 96, 9000 Gent
T 09 233 17 40 | M 0494 12 76 05
"""
m("fp-outreach", "2025-02-03 10:12", "Ilse Verstraete <ilse.verstraete@flexpoint.be>", ME,
  "Vacature transportplanner - Gentse haven", t, label="recruiter_outreach", role="Transportplanner",
  kind="agency-outreach:client-unnamed", mid="outlook")

t = """Dag Ilse,

Bedankt voor je bericht. Transportplanning is niet helemaal mijn huidige job, maar de combinatie met de verladers spreekt me wel aan, en de haven ligt op tien minuten van thuis.

Je mag me dus zeker voorstellen bij je klant. Mijn cv zit in bijlage (de versie op VDAB is een beetje ouder).

Bellen kan morgen tussen 12u en 14u, of na 17u.

Groetjes,
Griet Vandenbussche
0476 58 21 93
"""
m("fp-yes", "2025-02-03 19:47", ME, "Ilse Verstraete <ilse.verstraete@flexpoint.be>",
  "Re: Vacature transportplanner - Gentse haven", t, label=A, app="decoster-transport", ev="applied",
  kind="own-reply-agree-to-submission", mid="tb", parent="fp-outreach", quote=True, atts=[CV()])

t = """Hoi Griet,

Ik heb een minder leuk bericht. Zoals besproken heb ik je vorige week voorgesteld bij Transport Decoster, en ze vonden je cv echt interessant.

Gisteren liet de zaakvoerder weten dat ze de vacature toch intern invullen: een van hun ervaren chauffeurs schuift door naar de planning. Voor deze functie is het dus helaas afgelopen.

Ik hou je cv bij en denk zeker aan jou als er iets in supply chain planning binnenkomt. Ik laat van me horen!

Groetjes,
Ilse

Ilse Verstraete | Flexpoint Interim Gent Dampoort
"""
m("fp-reject", "2025-02-24 15:30", "Ilse Verstraete <ilse.verstraete@flexpoint.be>", ME,
  "Transport Decoster", t, label=A, app="decoster-transport", ev="rejected",
  kind="agency-rejection:internal-candidate", mid="outlook")

# ---------------------------------------------------------------- A5 Castelein speculative
t = """Geachte mevrouw Roegiers,

Via een oud-collega vernam ik dat Castelein Coldstore de komende jaren fors uitbreidt in Gent-Zeehaven, met een nieuwe diepvrieshal aan het Kluizendok. Ik wil u graag laten weten dat ik interesse heb om mee te bouwen aan die groei.

Ik werk sinds 2016 als supply chain planner bij ScheldeCo Distribution in de Gentse haven. Ik ben er verantwoordelijk voor de voorraad- en transportplanning van een 40-tal FMCG-klanten, stuur de wekelijkse capaciteitsplanning van het magazijn aan en ben key user van SAP. Door de sluiting van onze site in Gent loopt mijn contract eind mei af.

Ik ben op zoek naar een functie als (logistiek) planner of supply chain planner, bij voorkeur in de regio Gent. Koude logistiek ken ik vanuit twee klanten in zuivel en diepvriesgroenten.

In bijlage vindt u mijn cv. Ik kom graag eens langs om kennis te maken, ook als er vandaag geen concrete vacature openstaat.

Met vriendelijke groeten,

Griet Vandenbussche
Sint-Pietersaalststraat 41, 9000 Gent
0476 58 21 93
"""
m("cc-spont", "2025-01-15 08:52", ME, "Veerle Roegiers <veerle.roegiers@castelein-coldstore.be>",
  "Spontane sollicitatie – logistiek planner", t, label=A, app="castelein-spontaan", ev="applied",
  kind="own-speculative-application", mid="tb", atts=[CV()])

t = """Beste mevrouw Vandenbussche,

Hartelijk dank voor uw spontane kandidatuur en uw interesse in Castelein Coldstore.

Uw profiel is zeker interessant. Op dit moment is er binnen onze planningsafdeling echter geen vacature, en de nieuwe site aan het Kluizendok zal pas in de loop van 2026 operationeel zijn. We kunnen u daarom nu geen functie aanbieden.

Met uw toestemming bewaren we uw cv in onze wervingsreserve. Wanneer er een passende functie vrijkomt, nemen we zelf contact met u op.

Met vriendelijke groeten,

Veerle Roegiers
HR & Payroll
Castelein Coldstore NV
"""
m("cc-no", "2025-01-21 14:20", "Veerle Roegiers <veerle.roegiers@castelein-coldstore.be>", ME,
  "RE: Spontane sollicitatie – logistiek planner", t, label=A, app="castelein-spontaan", ev="rejected",
  kind="human-reply:no-vacancy", mid="outlook", parent="cc-spont", quote=True)

# ---------------------------------------------------------------- A6 Mercator speculative (en)
t = """Dear Mercator recruitment team,

I am writing to enquire whether you have, or expect to have, an opening for a supply chain or operations planner at your Antwerp or Ghent office.

For the past nine years I have worked as a Supply Chain Planner at ScheldeCo Distribution NV in the port of Ghent, where I plan inbound containers, warehouse capacity and outbound transport for around forty FMCG customers. I work daily with SAP (MM/SD and APO), I built our Power BI reporting for container dwell time, and I am used to working in English with shipping lines and forwarders.

ScheldeCo is closing its Ghent site at the end of May, so I am looking for a new challenge. Mercator's growth in short-sea and feeder services caught my attention, and I believe my mix of planning and port experience could be useful to your operations team.

Please find my CV attached. I would be glad to discuss how I could contribute.

Kind regards,

Griet Vandenbussche
Ghent, Belgium
+32 476 58 21 93
linkedin.com/in/grietvandenbussche
"""
m("mc-spont", "2025-02-19 21:35", ME, "careers@mercatorshipping.com",
  "Unsolicited application – Supply Chain / Operations Planner", t, label=A, app="mercator-spontaneous",
  ev="applied", kind="own-speculative-application:careers-address", lang="en", mid="tb", atts=[CV()])

# ---------------------------------------------------------------- A7 Brightline via LinkedIn (nl UI)
URL_BL = "https://www.linkedin.com/jobs/view/4123987712"
t = f"""Je sollicitatie is verzonden naar Brightline Retail Group

Inventory Planner
Brightline Retail Group · Sint-Martens-Latem, Vlaanderen, België (hybride)
Verzonden op 27 januari 2025

Bekijk de vacature: https://www.linkedin.com/comm/jobs/view/4123987712/?trackingId=Zq8%2FdV1rT2KxE3bLwq9c0A%3D%3D&refId=8a7c1f

Wat gebeurt er nu?
Brightline Retail Group ontvangt je profiel en je cv. Als je sollicitatie wordt bekeken, laten we het je weten.

Zoek meer vacatures: https://www.linkedin.com/jobs/

Deze e-mail is bestemd voor Griet Vandenbussche (Supply Chain Planner bij ScheldeCo Distribution NV)
Je ontvangt e-mails over je sollicitaties. Afmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""
m("bl-sent", "2025-01-27 08:16", "LinkedIn <jobs-noreply@linkedin.com>", ME_GMAIL,
  "Griet, je sollicitatie is verzonden naar Brightline Retail Group", t,
  html=auto_html(t, "LinkedIn", "#0a66c2"), label=A, app="brightline-inventory", ev="applied",
  kind="linkedin-easy-apply-sent", mid="linkedin", tz="UTC", url=URL_BL)

t = f"""Je sollicitatie is bekeken door Brightline Retail Group

Inventory Planner
Brightline Retail Group · Sint-Martens-Latem (hybride)

De werkgever heeft je sollicitatie bekeken. Dit betekent niet altijd dat je wordt gecontacteerd, maar het is een goed teken dat je profiel aandacht krijgt.

Bekijk de vacature: https://www.linkedin.com/comm/jobs/view/4123987712/?trackingId=Pp3%2Bb7QkTeq0bqv1x9mZsw%3D%3D

Vergelijkbare vacatures:
- Demand Planner · Colruyt Group · Halle
- Supply Planner · Etex · Zaventem

Deze e-mail is bestemd voor Griet Vandenbussche.
© 2025 LinkedIn Ireland Unlimited Company
"""
m("bl-viewed", "2025-01-31 16:40", "LinkedIn <jobs-noreply@linkedin.com>", ME_GMAIL,
  "Je sollicitatie is bekeken door Brightline Retail Group", t,
  html=auto_html(t, "LinkedIn", "#0a66c2"), label=A, app="brightline-inventory", ev="update",
  kind="linkedin-application-viewed", mid="linkedin", tz="UTC", url=URL_BL)

# ---------------------------------------------------------------- A8 Sobelco via Indeed (company only in HTML)
URL_SB = "https://be.indeed.com/viewjob?jk=8c2f41d09e7ab513"
t = """Je sollicitatie is verzonden

Planner productie & logistiek
Zele, Oost-Vlaanderen

We hebben je sollicitatie doorgestuurd. De werkgever kan contact met je opnemen via e-mail of telefoon.

Je sollicitaties bekijken: https://myjobs.indeed.com/applied

Indeed – Ga aan de slag
"""
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Indeed</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#ffffff;color:#2d2d2d">
<div style="max-width:560px;margin:0 auto;padding:20px">
<img src="https://www.indeed.com/images/indeed-logo.png" alt="indeed" width="90">
<h2 style="font-size:20px">Je sollicitatie is verzonden</h2>
<table style="border:1px solid #e4e2e0;border-radius:8px;width:100%"><tr><td style="padding:16px">
<div style="font-weight:bold;font-size:16px">Planner productie &amp; logistiek</div>
<div>Sobelco Industries NV</div>
<div style="color:#6f6f6f">Zele, Oost-Vlaanderen</div>
<div style="margin-top:8px"><a href="{URL_SB}">Vacature bekijken</a></div>
</td></tr></table>
<p>We hebben je sollicitatie doorgestuurd naar Sobelco Industries NV. De werkgever kan contact met je opnemen via e-mail of telefoon.</p>
<p><a href="https://myjobs.indeed.com/applied" style="background:#2557a7;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Mijn sollicitaties</a></p>
<p style="font-size:11px;color:#767676">&copy; 2025 Indeed &middot; <a href="https://be.indeed.com/legal">Privacy</a></p>
</div></body></html>
"""
m("sb-indeed", "2025-03-10 19:58", "Indeed Apply <indeedapply@indeed.com>", ME_GMAIL,
  "Indeed-sollicitatie: Planner productie & logistiek", t, html=html, label=A, app="sobelco-planner",
  ev="applied", kind="indeed-apply-confirmation:company-in-html", mid="ses", tz="UTC", url=URL_SB)

# ---------------------------------------------------------------- A9 Kestrel (SmartRecruiters, en)
URL_KS = "https://jobs.smartrecruiters.com/KestrelAutomotiveComponents/743999876543210-material-planner"
t = f"""Hi Griet,

Thanks for applying for the Material Planner position at Kestrel Automotive Components in Ghent. Your application has been received and is now with our recruitment team.

We review every application individually. If your experience is a good match, we will reach out with the next steps — usually within two weeks.

In the meantime, you can learn more about life at Kestrel on our careers page, or review the job description again here:
{URL_KS}

Best regards,
Kestrel Talent Acquisition EMEA
"""
m("ks-confirm", "2025-02-11 07:55", "Kestrel Automotive Components <notification@smartrecruiters.com>", ME,
  "Thank you for your application", t, html=auto_html(t, "Kestrel Automotive", "#c8102e"), label=A,
  app="kestrel-material", ev="applied", kind="ats-confirmation:smartrecruiters", lang="en",
  mid="plain:smartrecruiters.com", tz="UTC", url=URL_KS)

t = """Dear Griet,

As part of the selection process for the role of Material Planner at Kestrel Automotive Components Belgium NV, you are invited to complete an online assessment.

The assessment consists of three parts:
  1. Numerical reasoning (approx. 18 minutes)
  2. Deductive reasoning (approx. 15 minutes)
  3. Work style questionnaire (untimed, approx. 20 minutes)

Please complete all parts before 19 February 2025, 23:59 CET.

Start your assessment: https://candidate.mindmetriq.com/a/KST-5521-93XQ

Tips:
- Use a laptop or desktop computer with a stable connection.
- Find a quiet place; the timed sections cannot be paused.
- A calculator and scrap paper are allowed for part 1.

If you need adjustments because of a disability, please contact us before starting.

Good luck!
Mindmetriq Candidate Support
on behalf of Kestrel Automotive Components
"""
m("ks-assess", "2025-02-14 10:30", "Mindmetriq Assessments <no-reply@mindmetriq.com>", ME,
  "Your online assessment invitation", t, html=auto_html(t, "mindmetriq", "#5b2a86"), label=A,
  app="kestrel-material", ev="assessment", kind="assessment-invite:vendor", lang="en",
  mid="sendgrid", tz="UTC")

t = """Hi Griet,

Thank you for your continued interest in Kestrel Automotive Components and for taking the time to complete our online assessment for the Material Planner role.

We have now reviewed the results together with your application. While your background in planning is relevant, we have decided to move forward with other candidates whose profiles more closely match the requirements of this position at this time.

We appreciate the effort you have put into the process and encourage you to apply for other roles at Kestrel that match your skills.

Kind regards,
Kestrel Talent Acquisition EMEA
"""
m("ks-reject", "2025-02-26 13:12", "Kestrel Automotive Components <notification@smartrecruiters.com>", ME,
  "Thank you for your application", t, html=auto_html(t, "Kestrel Automotive", "#c8102e"), label=A,
  app="kestrel-material", ev="rejected", kind="ats-rejection:smartrecruiters-same-subject", lang="en",
  mid="plain:smartrecruiters.com", tz="UTC")

# ---------------------------------------------------------------- Job alerts
t = """Nieuwe jobs voor jouw jobmail 'planner – Gent + 25 km'

Supply Planner
Etex Building Performance · Zwijnaarde
Vandaag nieuw

Logistiek Planner (m/v/x)
Tempo-Team voor klant · Lokeren
Interim met optie vast

Demand Planner FMCG
Ter Beke · Waarschoot
2 dagen geleden

Junior Transportplanner
H.Essers · Genk
3 dagen geleden

Planner Magazijnoperaties
Katoen Natie · Gent-Zeehaven

Bekijk alle 17 nieuwe jobs: https://www.jobat.be/nl/jobmail/8812231/resultaten

Je ontvangt deze jobmail omdat je hem aanmaakte op Jobat.be. Jobmail aanpassen of stopzetten: https://www.jobat.be/nl/mijn-jobat/jobmails
"""
m("alert-jobat-1", "2025-01-08 06:05", "Jobat Jobmail <jobmail@jobat.be>", ME_GMAIL,
  "17 nieuwe jobs voor 'planner – Gent + 25 km'", t, html=auto_html(t, "jobat", "#e4002b"),
  label="job_alert", kind="job-alert:jobat", mid="mailer:mail.jobat.be")

t = """Dag Griet,

Op basis van je profiel in Mijn Loopbaan vonden we deze vacatures voor jou:

• Planner logistiek – Alpro – Wevelgem – vast contract
• Supply chain coördinator – Stad Gent – Gent – contractueel, A-niveau
• Magazijnverantwoordelijke – Schoenen Torfs – Sint-Niklaas
• Aankoper / planner – Barco – Kortrijk

Bekijk de vacatures en solliciteer rechtstreeks via vdab.be:
https://www.vdab.be/vindeenjob/vacatures?profiel=match&id=4471-22

Wil je minder of andere vacatures ontvangen? Pas je zoekprofiel aan in Mijn Loopbaan.

Met vriendelijke groeten,
VDAB

Dit is een automatisch bericht. Antwoorden op deze e-mail is niet mogelijk.
"""
m("alert-vdab", "2025-02-10 07:30", "VDAB <noreply@vdab.be>", ME,
  "Vacatures die bij je passen", t, html=auto_html(t, "VDAB", "#0b7a75"),
  label="job_alert", kind="job-alert:vdab", mid="plain:vdab.be")

t = """Griet, nieuwe vacatures voor 'supply chain planner' in Gent en omgeving

Supply Chain Planner
Vandemoortele · Gent · 1 dag geleden
Eenvoudig solliciteren

Senior Demand Planner
Puratos · Groot-Bijgaarden (hybride) · 3 dagen geleden

S&OP Manager Benelux
Mondelēz International · Herentals

Supply Planner (Dutch/English)
Lotus Bakeries · Lembeke · 20 sollicitanten

Bekijk alle vacatures: https://www.linkedin.com/comm/jobs/search/?keywords=supply%20chain%20planner&geoId=90009643

Je ontvangt deze vacaturemelding omdat je een melding hebt ingesteld.
Melding beheren: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Ireland Unlimited Company
"""
m("alert-li", "2025-03-18 05:12", "LinkedIn Vacaturemeldingen <jobalerts-noreply@linkedin.com>", ME_GMAIL,
  "'supply chain planner': Vandemoortele en meer", t, html=auto_html(t, "LinkedIn", "#0a66c2"),
  label="job_alert", kind="job-alert:linkedin", mid="linkedin", tz="UTC")

# ---------------------------------------------------------------- Outreach via InMail + decline
t = """Griet Vandenbussche, you have a new message

Sam Whitfield
Principal Consultant, Supply Chain – Harbour Search Partners

"Hi Griet, I hope you are well. I'm working with a global FMCG business on a Supply Planning Lead role based in Brussels (hybrid, 3 days in office). It's a leadership position with a team of five planners and a strong link to the European S&OP process. Your background at ScheldeCo looks very relevant. Would you be open to a confidential chat this week? Happy to share more details about the client by phone. You can also reach me directly at sam.whitfield@harboursearch.com. Best, Sam"

Reply: https://www.linkedin.com/comm/messaging/thread/2-ZGQ5YzQ1MWQtNDgz/

This is an InMail message from a member of LinkedIn Recruiter.
© 2025 LinkedIn Ireland Unlimited Company
"""
m("hsp-inmail", "2025-03-03 09:18", "Sam Whitfield via LinkedIn <inmail-hit-reply@linkedin.com>", ME_GMAIL,
  "Supply Planning Lead – Brussels (confidential)", t, html=auto_html(t, "LinkedIn", "#0a66c2"),
  label="recruiter_outreach", role="Supply Planning Lead", kind="linkedin-inmail:agency-client-unnamed",
  lang="en", mid="linkedin", tz="UTC")

t = """Hi Sam,

Thanks for reaching out, and for thinking of me for this role.

I've given it some thought, but commuting to Brussels three days a week is not realistic for me at the moment (I live in Ghent and have a two-year-old). So I'll pass on this one.

If you come across planning roles in the Ghent – Antwerp – Kortrijk triangle, I'd be happy to hear from you.

Kind regards,
Griet
"""
m("hsp-decline", "2025-03-04 20:41", ME, "Sam Whitfield <sam.whitfield@harboursearch.com>",
  "Supply Planning Lead – Brussels", t, label="recruiter_outreach", role="Supply Planning Lead",
  kind="own-reply-declining-outreach", lang="en", mid="tb")

t = """Dag Griet,

Ik ben Jolien, talent acquisition specialist bij Vermeulen Frozen Foods in Staden. We groeien sterk in de export naar het VK en Scandinavië en breiden ons planningsteam uit.

Ik zag op LinkedIn dat je ruime ervaring hebt met supply planning in een FMCG-omgeving, en dat je openstaat voor nieuwe kansen. Ik denk dat je perfect zou passen in onze vacature voor Supply Planner (vast contract, 4 dagen op kantoor, 1 dag thuiswerk).

Heb je zin om vrijblijvend eens te bellen? Je kan ook rechtstreeks solliciteren via onze site: https://jobs.vermeulenfrozen.be/supply-planner

Groeten,
Jolien Maes
Talent Acquisition Specialist
Vermeulen Frozen Foods NV
"""
m("vff-outreach", "2025-04-23 11:26", "Jolien Maes <jolien.maes@vermeulenfrozen.be>", ME,
  "Supply Planner bij Vermeulen Frozen Foods?", t, label="recruiter_outreach",
  company="Vermeulen Frozen Foods", role="Supply Planner", kind="inhouse-recruiter-outreach", mid="outlook",
  url="https://jobs.vermeulenfrozen.be/supply-planner")

# ---------------------------------------------------------------- A16 Velotti (Personio)
URL_VB = "https://velotti.jobs.personio.de/job/1834211?language=nl"
t = f"""Hallo Griet Vandenbussche,

Hartelijk dank voor je sollicitatie als Supply Chain Planner bij Velotti Bikes NV.

We hebben je documenten goed ontvangen en bekijken deze zo snel mogelijk. We nemen zo spoedig mogelijk contact met je op.

Met vriendelijke groet
Jouw Velotti team

Vacature: {URL_VB}

--
Velotti Bikes NV · Eedstraat 12 · 9000 Gent
Deze e-mail werd automatisch gegenereerd.
"""
m("vb-confirm", "2025-03-05 22:10", "Velotti Bikes NV <noreply@mail.personio.de>", ME,
  "Je sollicitatie bij Velotti Bikes NV", t, html=auto_html(t, "", "#ff6a13"), label=A,
  app="velotti-scp", ev="applied", kind="ats-confirmation:personio", mid="uuid:mail.personio.de",
  tz="UTC", url=URL_VB)

t = """Beste,

Op 5 maart solliciteerde ik via jullie website voor de functie van Supply Chain Planner. Ik had graag even gepolst naar de stand van zaken: is de selectie al gestart, en kan ik nog iets aanleveren (referenties, een overzicht van mijn SAP-ervaring)?

Jullie groei in e-bikes volg ik al een tijdje, en het lijkt me heel boeiend om de planning van componenten uit Azië mee op te volgen.

Alvast bedankt voor jullie reactie.

Met vriendelijke groeten,
Griet Vandenbussche
"""
m("vb-followup", "2025-03-21 09:03", ME, "Velotti jobs <jobs@velotti.be>",
  "Stand van zaken sollicitatie Supply Chain Planner", t, label=A, app="velotti-scp", ev="update",
  kind="own-follow-up", mid="tb")

t = """Dag Griet,

Sorry voor het lange stilzwijgen, en dank voor je mail van eind maart. Het was hier een paar drukke weken met de lancering van de nieuwe cargo-modellen.

Intussen hebben we de functie van Supply Chain Planner kunnen invullen. We hebben je kandidatuur dus niet verder in overweging kunnen nemen, maar ik wou je dat toch persoonlijk laten weten.

Veel succes verder, en wie weet tot op een fietsbeurs!

Sportieve groet,
Nele Goossens
People & Culture – Velotti
"""
m("vb-filled", "2025-04-30 17:48", "Nele Goossens <nele@velotti.be>", ME,
  "Re: Stand van zaken sollicitatie Supply Chain Planner", t, label=A, app="velotti-scp", ev="rejected",
  kind="human-late-position-filled", mid="gmail", parent="vb-followup")

# ---------------------------------------------------------------- A12 Flowcast (Greenhouse, en)
URL_FC = "https://job-boards.greenhouse.io/flowcast/jobs/4567123008"
t = f"""Hi Griet,

Thanks for applying to Flowcast! We've received your application for Supply Chain Solutions Consultant and our team will review it shortly.

We're a small team, so we read every application ourselves. If there's a fit, someone will be in touch to set up a first conversation.

Here's the role, in case you want to revisit it: {URL_FC}

Cheers,
The Flowcast team
"""
m("fc-confirm", "2025-03-12 14:33", "Flowcast Hiring Team <no-reply@us.greenhouse-mail.io>", ME,
  "Thank you for applying to Flowcast", t, html=auto_html(t, "flowcast", "#111111"), label=A,
  app="flowcast-consultant", ev="applied", kind="ats-confirmation:greenhouse", lang="en",
  mid="sendgrid", tz="UTC", url=URL_FC)

t = """Hi Griet,

Tom here, one of the founders of Flowcast. Saw your application come in – the S&OP rollout you did at ScheldeCo is exactly the kind of mess our customers are in :)

Fancy a 30-min video call? Wed 19/3 any time after 2pm works for me. Just reply with a time and I'll send a Meet link.

Tom

--
Tom Vercauteren | Co-founder & CEO | Flowcast Technologies BV
Sent from my iPhone
"""
m("fc-founder", "2025-03-14 07:22", "Tom Vercauteren <tom@flowcast.io>", ME,
  "Your application", t, label=A, app="flowcast-consultant", ev="interview",
  kind="founder-short-note", lang="en", mid="apple")

t = """Hi Griet,

Thanks again for the chat on Wednesday, I really enjoyed it, and the way you explained forecast bias to a sales team was spot on.

I've been going back and forth on this, so I'll be straight with you. For this first consultant hire we need someone who can also configure the product hands-on (Python, a bit of SQL) from week one, because I can't free up a developer to support implementations right now. That's not where your strengths lie today, and it wouldn't be fair to you to bring you in and have you struggle. So we're not going to move ahead with your application.

I'd genuinely like to stay in touch though. When we hire a customer success lead later this year, that might be a much better fit.

All the best with the search,
Tom
"""
m("fc-reject", "2025-03-26 18:15", "Tom Vercauteren <tom@flowcast.io>", ME,
  "Re: Your application", t, label=A, app="flowcast-consultant", ev="rejected",
  kind="founder-rejection-after-call", lang="en", mid="gmail", parent="fc-founder")

# ---------------------------------------------------------------- A14 Dufresne (Stepstone -> fr)
URL_DF = "https://www.stepstone.be/nl/vacature--planificateur-supply-chain-h-f-x-mouscron-dufresne-logistique-sa--7731904-inline.html"
t = f"""Beste Griet Vandenbussche,

Je sollicitatie werd succesvol verzonden.

Functie: Planificateur Supply Chain (h/f/x)
Bedrijf: Dufresne Logistique SA
Locatie: Moeskroen

Wat nu?
De werkgever ontvangt je sollicitatie en je cv rechtstreeks. Je kan de status van je sollicitatie opvolgen in je StepStone-account onder 'Mijn sollicitaties'.

Vacature opnieuw bekijken: {URL_DF}

Veel succes!
Je StepStone-team

StepStone Belgium NV, Tour & Taxis, Havenlaan 86c, 1000 Brussel
"""
m("df-confirm", "2025-03-27 20:30", "StepStone <noreply@stepstone.be>", ME_GMAIL,
  "Je sollicitatie bij Dufresne Logistique SA", t, html=auto_html(t, "StepStone", "#0c2577"),
  label=A, app="dufresne-planif", ev="applied", kind="jobboard-confirmation:stepstone",
  mid="mailer:mailing.stepstone.be", url=URL_DF)

t = """Madame,

Nous vous remercions de l'intérêt que vous portez à Dufresne Logistique et de votre candidature au poste de Planificateur Supply Chain (h/f/x) sur notre site de Mouscron.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Le poste requiert en effet une maîtrise parfaite du français à l'oral comme à l'écrit, nos équipes et la majorité de nos clients étant francophones.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant davantage à votre profil se présentait, notamment sur notre site de Gand.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service Recrutement
Groupe Dufresne – Dufresne Logistique SA
Rue du Valemprez 12, 7711 Mouscron
"""
m("df-reject", "2025-04-15 10:44", "Recrutement Dufresne <recrutement@groupe-dufresne.be>", ME_GMAIL,
  "Votre candidature – Planificateur Supply Chain", t, label=A, app="dufresne-planif", ev="rejected",
  kind="human-rejection:french-formal", lang="fr", mid="outlook", charset="windows-1252")

# ---------------------------------------------------------------- A13 Seaborne (Lever, only rejection)
t = """Hi Griet,

Thank you for your interest in the Operations Planner opportunity at Seaborne Freight Solutions and for the time you put into your application.

We've now had the chance to review your experience. Unfortunately, we won't be progressing your application on this occasion – we're focusing on candidates with direct freight-forwarding experience for this particular role in our Antwerp office.

We'll hold on to your details and may reach out if something more suitable comes up.

All the best,
Seaborne Freight Talent Team
"""
m("sf-reject", "2025-04-16 15:02", "Seaborne Freight Solutions <no-reply@hire.lever.co>", ME,
  "Your application to Seaborne Freight Solutions", t, html=auto_html(t, "SEABORNE", "#003b5c"),
  label=A, app="seaborne-ops", ev="rejected", kind="ats-rejection:lever-no-confirmation-seen",
  lang="en", mid="plain:hire.lever.co", tz="UTC")

# ---------------------------------------------------------------- A11 Delimar (Jobtoolz + video)
URL_DM = "https://delimar.jobtoolz.com/nl/vacature/demand-supply-planner-2025"
t = f"""Beste Griet,

Bedankt voor je kandidatuur voor Demand & Supply Planner bij Delimar Foods. We zijn blij dat je interesse hebt in onze job.

Wat mag je nu verwachten?
1. Ons team bekijkt je kandidatuur binnen de 10 werkdagen.
2. Past je profiel? Dan krijg je een uitnodiging voor een korte video-introductie.
3. Daarna volgt een gesprek op onze site in Eeklo.

Vacature: {URL_DM}

Hartelijke groet,
Het HR-team van Delimar Foods NV

Verstuurd via Jobtoolz
"""
m("dm-confirm", "2025-04-03 18:20", "Delimar Foods <noreply@jobtoolz.com>", ME,
  "Bevestiging van je kandidatuur - Demand & Supply Planner", t, html=auto_html(t, "Delimar Foods", "#b3541e"),
  label=A, app="delimar-dsp", ev="applied", kind="ats-confirmation:jobtoolz", mid="mailer:jobtoolz.com", url=URL_DM)

t = """Hallo Griet,

Delimar Foods nodigt je uit voor een video-introductie voor de functie Demand & Supply Planner.

Hoe werkt het?
Je beantwoordt 4 vragen op video, op een moment dat jou past. Per vraag krijg je 30 seconden bedenktijd en maximaal 2 minuten om te antwoorden. Je kan eerst oefenen met een testvraag.

Deadline: woensdag 16 april 2025 om 23:59

Start je video-introductie: https://app.clipstage.io/i/dlm-7Q2KX9

Tips: zorg voor goed licht, een rustige plek en een stabiele internetverbinding. Je kan de opname starten op je laptop of smartphone.

Veel succes!
Clipstage namens Delimar Foods
"""
m("dm-video", "2025-04-09 09:15", "Clipstage <uitnodiging@clipstage.io>", ME,
  "Uitnodiging: video-introductie", t, html=auto_html(t, "clipstage", "#3a3aff"), label=A,
  app="delimar-dsp", ev="assessment", kind="one-way-video-invite:vendor", mid="sendgrid", tz="UTC")

t = """Beste Hilde,

Vorige week nam ik de video-introductie op voor de functie van Demand & Supply Planner. Bedankt voor de vlotte opvolging tot nu toe.

Intussen heb ik een aanbod van een andere werkgever aanvaard. Ik trek mijn kandidatuur daarom in, zodat jullie je tijd aan andere kandidaten kunnen besteden.

Ik wens jullie veel succes met de verdere selectie.

Met vriendelijke groeten,
Griet Vandenbussche
"""
m("dm-withdraw", "2025-05-06 08:40", ME, "Hilde Van Damme <hr@delimarfoods.be>",
  "Intrekking kandidatuur Demand & Supply Planner", t, label=A, app="delimar-dsp", ev="withdrawn",
  kind="own-withdrawal", mid="tb")

# ---------------------------------------------------------------- A15 Stad Gent
URL_SG = "https://stad.gent/nl/werken-bij-stad-gent/vacatures/logistiek-coordinator-facility-2025-0412"
t = f"""Beste Griet Vandenbussche

We ontvingen je kandidatuur voor de functie Logistiek coördinator (B1-B3, contractueel, voltijds) bij Stad en OCMW Gent.

Referentie: 2025/0412
Vacature: {URL_SG}

De kandidaturen worden na de uiterste inschrijvingsdatum (27 april 2025) gescreend op de deelnemingsvoorwaarden. Voldoe je aan de voorwaarden, dan ontvang je een uitnodiging voor de eerste selectieproef.

Wij selecteren op basis van competenties, ongeacht leeftijd, gender, afkomst of handicap. Heb je nood aan redelijke aanpassingen tijdens de proeven? Laat het ons tijdig weten.

Met vriendelijke groeten
Team Selectie
Dienst HRM – Stad Gent
"""
m("sg-confirm", "2025-04-22 12:05", "Stad Gent - Selectie <selecties@stad.gent>", ME,
  "Bevestiging kandidatuur Logistiek coördinator (2025/0412)", t, label=A, app="stadgent-logcoord",
  ev="applied", kind="public-employer-confirmation", mid="plain:stad.gent", url=URL_SG)

t = """Beste Griet Vandenbussche

Je voldoet aan de deelnemingsvoorwaarden voor de functie Logistiek coördinator (2025/0412). Proficiat!

Je bent uitgenodigd voor de schriftelijke proef (casus):

Datum: dinsdag 20 mei 2025
Uur: 9u00 (aanmelden vanaf 8u40)
Locatie: Administratief Centrum, Woodrow Wilsonplein 1, 9000 Gent – lokaal 0.14
Duur: 2,5 uur

Breng je identiteitskaart mee. Je laptop heb je niet nodig.

Om te slagen moet je minstens 60% behalen. Wie slaagt, wordt uitgenodigd voor het mondeling gedeelte (jurygesprek).

Kan je niet aanwezig zijn? Meld het ons dan zo snel mogelijk via selecties@stad.gent.

Met vriendelijke groeten
Team Selectie – Stad Gent
"""
m("sg-test", "2025-04-29 15:37", "Stad Gent - Selectie <selecties@stad.gent>", ME,
  "Uitnodiging schriftelijke proef – Logistiek coördinator", t, label=A, app="stadgent-logcoord",
  ev="assessment", kind="public-employer-written-exam-invite", mid="plain:stad.gent")

# ---------------------------------------------------------------- A10 Van Moerkerke Logistics (Teamtailor...)
URL_VM = "https://werken.vanmoerkerke.be/jobs/5123478-supply-chain-planner-teamlead"
t = f"""Dag Griet,

Bedankt voor je sollicitatie voor de functie Supply Chain Planner Teamlead! We zijn blij met je interesse in Van Moerkerke Logistics.

Een van onze recruiters bekijkt je kandidatuur deze week en laat je daarna zo snel mogelijk iets weten.

Wil je je al wat beter voorbereiden? Ontdek hoe het is om bij VML te werken: https://werken.vanmoerkerke.be/people

Groetjes,
Team Talent – Van Moerkerke Logistics

Bekijk de vacature: {URL_VM}
"""
m("vm-confirm", "2025-04-01 21:44", "Van Moerkerke Logistics <no-reply@vanmoerkerke.teamtailor-mail.com>", ME,
  "Bedankt voor je sollicitatie, Griet!", t, html=auto_html(t, "VAN MOERKERKE LOGISTICS", "#004c3f"),
  label=A, app="vml-teamlead", ev="applied", kind="ats-confirmation:teamtailor",
  mid="mailer:teamtailor-mail.com", url=URL_VM)

t = """Dag Griet,

Leuk nieuws: we willen graag kennismaken!

Voor de functie Supply Chain Planner Teamlead nodigen we je uit voor een eerste gesprek van ongeveer 45 minuten met Wim De Paepe (Operations Manager) en Annelies Coppens (HR). Het gesprek gaat door op ons hoofdkantoor in Lokeren (Industriepark E17, Zone Zuid).

Kies hieronder zelf een moment dat je past:
https://app.teamtailor.com/meetings/vml/book/8fa21c0e

Lukt geen enkel moment? Antwoord dan op deze e-mail, dan zoeken we samen iets.

Tot snel!
Annelies Coppens
HR Business Partner – Van Moerkerke Logistics
"""
m("vm-schedule", "2025-04-08 10:02", "Annelies Coppens via Teamtailor <no-reply@vanmoerkerke.teamtailor-mail.com>", ME,
  "Plan je gesprek in – Supply Chain Planner Teamlead", t, html=auto_html(t, "VAN MOERKERKE LOGISTICS", "#004c3f"),
  label=A, app="vml-teamlead", ev="interview", kind="ats-scheduling-link:teamtailor",
  mid="mailer:teamtailor-mail.com")

ICS_VM1 = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Annelies Coppens:mailto:annelies.coppens@vml.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Griet Vandenbussche:mailto:griet.vandenbussche@telenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wim De Paepe:mailto:wim.depaepe@vml.be
DESCRIPTION;LANGUAGE=nl-BE:Kennismakingsgesprek voor de functie Supply Chain Planner Teamlead.\\nAanmelden aan het onthaal\\, gebouw A.
UID:040000008200E00074C5B7101A82E0080000000070A1C3D28CA8DB01000000000000000010000000F2E6D1
SUMMARY;LANGUAGE=nl-BE:Gesprek Griet Vandenbussche – Supply Chain Planner Teamlead
DTSTART;TZID=Romance Standard Time:20250414T140000
DTEND;TZID=Romance Standard Time:20250414T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T084500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Van Moerkerke Logistics\\, Industriepark E17 Zone Zuid\\, 9160 Lokeren
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
t = """Kennismakingsgesprek voor de functie Supply Chain Planner Teamlead.
Aanmelden aan het onthaal, gebouw A.

Wanneer: maandag 14 april 2025 14:00-14:45 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs
Waar: Van Moerkerke Logistics, Industriepark E17 Zone Zuid, 9160 Lokeren
"""
m("vm-cal", "2025-04-08 10:45", "Annelies Coppens <annelies.coppens@vml.be>", ME,
  "Gesprek Griet Vandenbussche – Supply Chain Planner Teamlead", t,
  html=auto_html(t), ics=ICS_VM1, cc="Wim De Paepe <wim.depaepe@vml.be>", label=A, app="vml-teamlead",
  ev="interview", kind="calendar-invite:outlook-method-request", mid="outlook")

t = """Dag Annelies, dag Wim,

Bedankt voor het fijne gesprek van deze namiddag. Ik heb er een goed beeld aan overgehouden van hoe jullie de planning van de cross-dock in Lokeren en de klanten in Waasland organiseren, en van de uitdagingen met het team dat de komende maanden groeit.

Vooral het idee om de dagelijkse planning en de S&OP-cyclus dichter bij elkaar te brengen spreekt me aan. Dat is precies wat ik de voorbije twee jaar bij ScheldeCo heb opgebouwd.

Als jullie nog iets nodig hebben (referenties, een voorbeeld van onze capaciteitsrapportering), laat het gerust weten.

Vriendelijke groeten,
Griet
"""
m("vm-thanks", "2025-04-14 18:22", ME, "Annelies Coppens <annelies.coppens@vml.be>",
  "Bedankt voor het gesprek", t, cc="Wim De Paepe <wim.depaepe@vml.be>", label=A, app="vml-teamlead",
  ev="update", kind="own-thank-you-note", mid="tb")

t = """Dag Griet,

Ook bedankt van onze kant! Wim was erg enthousiast na jullie gesprek, en ik eerlijk gezegd ook.

We nodigen je graag uit voor een tweede gesprek met Wim en met Kristof Van Moerkerke (gedelegeerd bestuurder). We stellen donderdag 24 april om 9u00 voor, opnieuw in Lokeren. Reken op anderhalf uur.

Tijdens dat gesprek vragen we je om een korte case voor te stellen: we sturen je maandag een geanonimiseerde dataset van één van onze klanten, met de vraag hoe jij de weekplanning en de bezetting van het team zou aanpakken. Een tiental slides of een Excel is ruim voldoende, we verwachten geen perfect werk.

Daarnaast krijg je een link voor een korte persoonlijkheidsvragenlijst (ca. 25 minuten). Die gebruiken we enkel als basis voor het gesprek, er zijn geen goede of foute antwoorden.

Past donderdag 24/4 voor jou?

Groetjes,
Annelies

Annelies Coppens
HR Business Partner
Van Moerkerke Logistics NV
Industriepark E17 Zone Zuid 3 | 9160 Lokeren
+32 9 348 91 20
"""
m("vm-round2", "2025-04-17 11:37", "Annelies Coppens <annelies.coppens@vml.be>", ME,
  "RE: Bedankt voor het gesprek", t, label=A, app="vml-teamlead", ev="interview",
  kind="human-second-round-invite", mid="outlook", parent="vm-thanks", quote=True)

t = """Dag Griet,

Zoals ik je deze middag al telefonisch liet weten: we zijn heel blij dat we je een aanbod kunnen doen voor de functie van Supply Chain Planner Teamlead bij Van Moerkerke Logistics NV!

Hieronder zet ik de belangrijkste elementen nog eens op een rij:

• Functie: Supply Chain Planner Teamlead (leiding over 4 planners), rapporteert aan Wim De Paepe
• Contract: bediende, onbepaalde duur, voltijds (38u/week), PC 200
• Startdatum: maandag 2 juni 2025 (of vroeger in onderling overleg)
• Brutomaandloon: € 4.650
• Maaltijdcheques van € 8 per gewerkte dag, ecocheques
• Bedrijfswagen (of mobiliteitsbudget) met tankkaart
• Groepsverzekering en hospitalisatieverzekering (ook voor gezinsleden)
• 1 dag thuiswerk per week na de inwerkperiode, 32 verlofdagen (incl. ADV)

Mocht je vragen hebben over het pakket, bel me gerust. Als je akkoord gaat, sturen we je de arbeidsovereenkomst door om elektronisch te ondertekenen.

We kijken ernaar uit om met jou samen te werken!

Hartelijke groeten,
Annelies

Annelies Coppens | HR Business Partner | Van Moerkerke Logistics
"""
m("vm-offer", "2025-05-02 16:55", "Annelies Coppens <annelies.coppens@vml.be>", ME,
  "Ons aanbod – Supply Chain Planner Teamlead", t, cc="Wim De Paepe <wim.depaepe@vml.be>",
  label=A, app="vml-teamlead", ev="offer", kind="human-offer-letter", mid="outlook",
  atts=[pdf("Aanbod_Griet_Vandenbussche_VML.pdf", "Voorstel loonpakket")])

t = """Dag Annelies,

Hartelijk dank voor het aanbod en voor de duidelijke toelichting aan de telefoon. Ik heb het dit weekend nog eens rustig bekeken met mijn partner.

Ik aanvaard het aanbod graag! Starten op maandag 2 juni past perfect, mijn opzegtermijn bij ScheldeCo loopt af op 31 mei.

Eén kleine vraag nog: kan de keuze tussen bedrijfswagen en mobiliteitsbudget nog enkele weken wachten? Ik wil eerst bekijken of de combinatie trein + fiets naar Lokeren haalbaar is.

Ik kijk uit naar de contractdocumenten.

Vriendelijke groeten,
Griet
"""
m("vm-accept", "2025-05-05 09:14", ME, "Annelies Coppens <annelies.coppens@vml.be>",
  "Re: Ons aanbod – Supply Chain Planner Teamlead", t, cc="Wim De Paepe <wim.depaepe@vml.be>",
  label=A, app="vml-teamlead", ev="offer", kind="own-offer-acceptance", mid="tb", parent="vm-offer")

t = """Van Moerkerke Logistics NV heeft u een document gestuurd om te ondertekenen.

Document: Arbeidsovereenkomst voor bedienden – G. Vandenbussche – Supply Chain Planner Teamlead
Afzender: Annelies Coppens (annelies.coppens@vml.be)
Bericht: "Dag Griet, hierbij je contract en het arbeidsreglement. Onderteken je met itsme? Welkom aan boord! Annelies"

Te ondertekenen vóór: 14 mei 2025

DOCUMENT BEKIJKEN EN ONDERTEKENEN:
https://sign.quillsign.eu/p/7b3e9d21-6f0c-4b1a-9e55-1c8d2f4a6e90

U kunt ondertekenen met itsme®, uw eID of een eenmalige sms-code.

Deze e-mail werd verstuurd door Quillsign namens Van Moerkerke Logistics NV. Stuur deze e-mail niet door: de link is persoonlijk.
Quillsign BV · Kortrijksesteenweg 1144 · 9051 Sint-Denijs-Westrem
"""
m("vm-esign", "2025-05-07 14:30", "Annelies Coppens via Quillsign <noreply@quillsign.eu>", ME,
  "Ter ondertekening: Arbeidsovereenkomst voor bedienden – G. Vandenbussche", t,
  html=auto_html(t, "Quillsign", "#1e3a5f"), label=A, app="vml-teamlead", ev="offer",
  kind="esign-contract:vendor", mid="ses", tz="UTC")
