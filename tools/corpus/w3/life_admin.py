# -*- coding: utf-8 -*-
"""Dismissal admin, VDAB, outplacement, and look-alikes (flat, school, loan, grant, visa, course...)."""
from lib import m, auto_html, pdf, jpg, ME, ME_GMAIL, ME_ADDR

JONAS = "Jonas Maertens <jonas.maertens@gmail.com>"

# ------------------------------------------------------------------ VDAB (public employment service, not a job)
m("vdab-reg", "2025-01-06 10:22", "VDAB <noreply@vdab.be>", ME, "Je bent ingeschreven als werkzoekende",
  """Beste Griet,

Je bent vanaf 6 januari 2025 ingeschreven bij VDAB als werkzoekende tijdens je opzegtermijn.

Wat betekent dit?
- Je blijft gewoon werken bij je huidige werkgever tot het einde van je opzeg.
- Je kan gebruik maken van al onze diensten: vacatures, opleidingen, begeleiding.
- Binnen de 4 weken nemen we contact met je op voor een eerste gesprek.

Vul je profiel in Mijn Loopbaan zo volledig mogelijk aan. Zo krijg je vacatures die bij je passen.

Met vriendelijke groeten,
VDAB
""", html=auto_html("""Beste Griet,

Je bent vanaf 6 januari 2025 ingeschreven bij VDAB als werkzoekende tijdens je opzegtermijn.

Vul je profiel in Mijn Loopbaan zo volledig mogelijk aan.""", "VDAB", "#0b7a75"),
  kind="lookalike:benefits-agency-registration", mid="plain:vdab.be")

m("vdab-gesprek", "2025-01-29 14:05", "VDAB <noreply@vdab.be>", ME, "Uitnodiging: online gesprek met je VDAB-bemiddelaar",
  """Beste Griet,

Je bemiddelaar Youssef El Amrani nodigt je uit voor een online gesprek.

Datum: dinsdag 4 februari 2025
Uur: 10u30 – 11u15
Waar: videogesprek via Mijn Loopbaan (je krijgt de link 15 minuten vooraf)

Tijdens dit gesprek bekijken we samen je zoektocht naar werk, je cv en of een opleiding nuttig kan zijn.

Kan je niet? Verplaats je afspraak in Mijn Loopbaan of bel gratis 0800 30 700.

VDAB
""", kind="lookalike:benefits-agency-interview", mid="plain:vdab.be")

m("vdab-bericht", "2025-03-07 09:00", "VDAB <noreply@vdab.be>", ME, "Je hebt een nieuw bericht in Mijn Loopbaan",
  """Beste Griet,

Je hebt een nieuw bericht van je bemiddelaar in Mijn Loopbaan.

Onderwerp: Opleiding Power BI – inschrijving

Lees het bericht via https://www.vdab.be/mijnloopbaan/berichten

VDAB
""", kind="lookalike:benefits-agency-message", mid="plain:vdab.be")

m("vdab-werk", "2025-06-03 08:30", "VDAB <noreply@vdab.be>", ME, "Proficiat met je nieuwe job!",
  """Beste Griet,

We kregen het bericht dat je opnieuw aan het werk bent. Proficiat!

Je inschrijving als werkzoekende werd afgesloten op 2 juni 2025. Je profiel in Mijn Loopbaan blijft bewaard: je kan nog altijd vacatures bekijken of een opleiding volgen, ook als werkende.

Veel succes!
VDAB
""", kind="lookalike:benefits-agency-closure", mid="plain:vdab.be")

# ------------------------------------------------------------------ ACV (union / payment institution)
m("acv-info", "2025-01-09 16:30", "ACV Oost-Vlaanderen <gent@acv-csc.be>", ME, "Infosessie sociaal plan ScheldeCo Gent",
  """Beste ACV-lid,

Naar aanleiding van de aangekondigde sluiting van de site van ScheldeCo Distribution in Gent organiseren we een infosessie over het sociaal plan:

Woensdag 15 januari 2025 om 18u
ACV-gebouw, Poel 7, Gent

Onderwerpen: berekening van de opzegvergoeding, outplacement, het recht op werkloosheidsuitkering na de opzeg, en de aanvullende premie uit het sociaal akkoord.

Schrijf je in door te antwoorden op deze mail.

Met solidaire groeten,
Lieve Dhaenens, vakbondssecretaris ACV Puls
""", kind="union:info-session", mid="outlook")

m("acv-info-re", "2025-01-09 20:14", ME, "ACV Oost-Vlaanderen <gent@acv-csc.be>", "Re: Infosessie sociaal plan ScheldeCo Gent",
  """Dag Lieve,

Ik schrijf me in voor de infosessie van 15 januari.

Groeten,
Griet Vandenbussche (lidnr. 3314 920)
""", kind="union:info-session", mid="tb", parent="acv-info")

m("acv-premie", "2025-04-10 11:45", "ACV <noreply@acv-csc.be>", ME, "Je aanvraag premie sociaal akkoord is in behandeling",
  """Beste Griet,

We hebben je aanvraag voor de aanvullende premie uit het sociaal akkoord ScheldeCo Distribution goed ontvangen. Dossiernummer: 2025/GNT/01771.

Wij controleren je gegevens bij de werkgever. Je hoort van ons binnen de 30 dagen.

Je ACV-dienstverlener
""", kind="lookalike:union-premium-application", mid="plain:acv-csc.be")

# ------------------------------------------------------------------ ScheldeCo HR (current employer, to personal address)
SCHELDE = "HR ScheldeCo Gent <hr.gent@scheldeco.be>"
m("sc-opzeg", "2025-01-10 15:10", SCHELDE, ME, "Bevestiging opzegtermijn en outplacement",
  """Beste Griet,

Zoals besproken in het individuele gesprek van 8 januari, bevestigen wij hierbij de modaliteiten van de beëindiging van je arbeidsovereenkomst in het kader van het collectief ontslag:

- Opzegtermijn: van 13 januari 2025 tot en met 31 mei 2025, te presteren
- Sollicitatieverlof: 1 dag per week (te melden aan je leidinggevende)
- Outplacement: 60 uur bij Cadenza Loopbaanbegeleiding, start in januari
- Premie sociaal plan: uitbetaling samen met de laatste loonafrekening

De aangetekende brief met de opzegging werd gisteren verstuurd naar je thuisadres.

Voor vragen kan je steeds terecht bij ons.

Met vriendelijke groeten,
Els Vermeire
HR Manager – ScheldeCo Distribution NV
""", atts=[pdf("Bevestiging_opzeg_GVandenbussche.pdf", "bevestiging opzeg")], kind="employer-hr:dismissal-admin", mid="outlook")

m("sc-laatste", "2025-03-31 10:00", SCHELDE, ME, "Praktische info: laatste weken op de site",
  """Beste collega's,

Met de sluiting van de site op 31 mei in zicht, enkele praktische afspraken:

- De badges en laptops worden ingeleverd op je laatste werkdag bij IT (Mieke).
- Persoonlijke spullen mogen tot 28 mei worden opgehaald.
- Het sociaal secretariaat stuurt de C4 en de eindafrekening elektronisch, ten laatste half juni.
- Wie nog openstaand verlof heeft: gelieve het in te plannen vóór 23 mei.

Bedankt voor jullie inzet, ook in deze moeilijke periode.

HR ScheldeCo Gent
""", kind="employer-hr:closure-info", mid="outlook")

m("sc-exit", "2025-05-12 14:25", "Els Vermeire <els.vermeire@scheldeco.be>", ME, "Uitnodiging exitgesprek",
  """Dag Griet,

Zoals alle medewerkers van de site Gent nodigen we je uit voor een kort exitgesprek. We willen graag horen hoe je je jaren bij ScheldeCo hebt ervaren en wat we als groep beter kunnen doen bij toekomstige reorganisaties. Het gesprek is vrijwillig en vertrouwelijk.

Mogelijke momenten:
- maandag 19 mei om 14u
- woensdag 21 mei om 10u
- donderdag 22 mei om 15u30

Het gesprek duurt ongeveer 30 minuten en vindt plaats in vergaderzaal Schelde.

Groeten,
Els
""", kind="lookalike:exit-interview-invite", mid="outlook")

m("sc-exit-re", "2025-05-12 16:02", ME, "Els Vermeire <els.vermeire@scheldeco.be>", "Re: Uitnodiging exitgesprek",
  """Dag Els,

Woensdag 21 mei om 10u past voor mij. Tot dan.

Groeten,
Griet
""", kind="lookalike:exit-interview-slot-confirmation", mid="tb", parent="sc-exit", quote=True)

m("sc-c4", "2025-06-05 11:20", "Sociaal Secretariaat Acerta <noreply@acerta.be>", ME, "Documenten uit dienst: C4 en eindafrekening",
  """Beste mevrouw Vandenbussche,

In opdracht van uw werkgever ScheldeCo Distribution NV bezorgen wij u de volgende documenten:

- Werkloosheidsbewijs C4
- Eindafrekening mei 2025 (inclusief vertrekvakantiegeld)
- Fiche 281.10 volgt in 2026

U vindt de documenten in bijlage en in de Acerta-app.

Met vriendelijke groeten,
Acerta Sociaal Secretariaat
""", atts=[pdf("C4_Vandenbussche.pdf", "C4"), pdf("Eindafrekening_052025.pdf", "eindafrekening")],
  kind="employer-hr:exit-documents", mid="plain:acerta.be")

# ------------------------------------------------------------------ outplacement (career advice, not an application)
CAD = "Marleen Dhondt <marleen.dhondt@cadenza-loopbaan.be>"
m("cad-start", "2025-01-20 09:12", CAD, ME, "Welkom bij je outplacementtraject",
  """Dag Griet,

Ik ben Marleen, en ik zal de komende maanden je loopbaancoach zijn bij Cadenza. Fijn om kennis te maken!

Ons eerste gesprek plannen we graag volgende week, in ons kantoor aan de Coupure Links 590 of online. Ik stel voor:
- dinsdag 28 januari om 13u
- donderdag 30 januari om 9u

Ter voorbereiding: wil je alvast eens nadenken over drie momenten in je loopbaan waarop je echt trots was? Schrijf ze gewoon in een paar zinnen op.

Hartelijke groet,
Marleen Dhondt
Loopbaancoach – Cadenza Loopbaanbegeleiding
""", kind="lookalike:outplacement-coach", mid="outlook")

m("cad-start-re", "2025-01-20 12:40", ME, CAD, "Re: Welkom bij je outplacementtraject",
  """Dag Marleen,

Dank je voor je mail. Donderdag 30 januari om 9u in jullie kantoor lijkt me het beste, dan kan ik Mila nadien naar de crèche brengen.

Ik denk na over die drie momenten.

Tot donderdag,
Griet
""", kind="lookalike:outplacement-coach", mid="tb", parent="cad-start", quote=True)

m("cad-workshop", "2025-02-06 11:00", "Cadenza Loopbaanbegeleiding <events@cadenza-loopbaan.be>", ME,
  "Workshop: het sollicitatiegesprek – oefenen met camera",
  """Beste deelnemer,

In het kader van je outplacementtraject nodigen we je uit voor de groepsworkshop 'Het sollicitatiegesprek'.

Dinsdag 25 februari 2025, 9u – 12u30
Cadenza Gent, Coupure Links 590

Programma:
- de STAR-methode voor gedragsgerichte vragen
- omgaan met de vraag 'waarom ben je vertrokken?'
- oefengesprekken voor de camera, met feedback
- salarisonderhandeling: do's en don'ts

Bevestig je deelname via deze link: https://cadenza-loopbaan.be/workshops/bevestig?id=GNT-0225

Tot dan!
Team Cadenza
""", html=auto_html("""Beste deelnemer,

Workshop 'Het sollicitatiegesprek', dinsdag 25 februari 2025, 9u – 12u30, Cadenza Gent.

Bevestig je deelname: https://cadenza-loopbaan.be/workshops/bevestig?id=GNT-0225""", "Cadenza", "#6a1b9a"),
  kind="lookalike:outplacement-interview-workshop", mid="mc")

m("cad-verslag", "2025-03-13 17:20", CAD, ME, "Verslag sessie 4 + huiswerk",
  """Dag Griet,

Fijn gesprek vandaag. Kort samengevat:
- Je 'elevator pitch' staat. Gebruik hem ook in je LinkedIn-samenvatting.
- Je doelfuncties: supply chain planner / S&OP planner / teamlead planning, regio Gent-Waasland-Meetjesland.
- Je netwerk is je sterkste kanaal: spreek minstens 2 oud-collega's per week aan.

Huiswerk voor volgende keer: je lijst met 20 doelbedrijven afwerken en bij 5 ervan een contactpersoon zoeken.

Volgende sessie: donderdag 27 maart, 9u.

Groetjes,
Marleen
""", kind="lookalike:outplacement-coach", mid="outlook")

m("cad-einde", "2025-05-08 08:50", ME, CAD, "Traject afronden",
  """Dag Marleen,

Zoals ik je gisteren al telefonisch vertelde, heb ik intussen een contract ondertekend. Bedankt voor je begeleiding de voorbije maanden, ik heb er veel aan gehad, zeker aan de oefengesprekken.

Kunnen we nog één afrondende sessie plannen? Ik heb nog vragen over de eerste 90 dagen als nieuwe leidinggevende.

Hartelijke groeten,
Griet
""", kind="lookalike:outplacement-coach", mid="tb")

m("cad-einde-re", "2025-05-08 13:31", CAD, ME, "RE: Traject afronden",
  """Dag Griet,

Wat een fijn nieuws, nogmaals proficiat! Je hebt het helemaal zelf gedaan, ik heb alleen wat richting gegeven.

Een afrondende sessie over je eerste 90 dagen doe ik heel graag. Past dinsdag 27 mei om 10u? Online is prima.

Groetjes,
Marleen
""", kind="lookalike:outplacement-coach", mid="outlook", parent="cad-einde", quote=True)

# ------------------------------------------------------------------ career newsletters from job board / agency (look-alikes)
m("jobat-news-1", "2025-02-19 17:00", "Jobat <nieuwsbrief@jobat.be>", ME_GMAIL, "7 vragen die je zeker krijgt op een sollicitatiegesprek",
  """JOBAT – Carrière & Werk

7 vragen die je zeker krijgt op een sollicitatiegesprek (en hoe je ze beantwoordt)
'Wat is je grootste zwakte?' Recruiters vertellen wat ze écht willen horen.

Ook deze week:
- Opzegtermijn en sollicitatieverlof: waar heb je recht op?
- Zo onderhandel je over je loon (ook als je werkloos bent)
- Quiz: welk type collega ben jij?

Lees meer: https://www.jobat.be/nl/art/7-vragen-sollicitatiegesprek

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op Jobat.be.
""", html=auto_html("""7 vragen die je zeker krijgt op een sollicitatiegesprek (en hoe je ze beantwoordt).

Ook deze week: opzegtermijn en sollicitatieverlof, loononderhandeling, quiz.

https://www.jobat.be/nl/art/7-vragen-sollicitatiegesprek""", "jobat", "#e4002b"),
  kind="lookalike:career-newsletter-jobboard", mid="mailer:mail.jobat.be")

m("jobat-news-2", "2025-04-22 17:00", "Jobat <nieuwsbrief@jobat.be>", ME_GMAIL, "Loonbarometer 2025: verdien jij genoeg?",
  """JOBAT – Carrière & Werk

Loonbarometer 2025: wat verdient een planner, een boekhouder of een verpleegkundige?
Vergelijk je loon met 40.000 Belgische werknemers.

Ook:
- Bedrijfswagen of mobiliteitsbudget: wat levert meer op?
- 'Mijn eerste 100 dagen als leidinggevende': 4 nieuwe managers getuigen

Bereken je marktwaarde: https://www.jobat.be/nl/loonbarometer
""", html=auto_html("Loonbarometer 2025: verdien jij genoeg? Bedrijfswagen of mobiliteitsbudget? https://www.jobat.be/nl/loonbarometer", "jobat", "#e4002b"),
  kind="lookalike:career-newsletter-jobboard", mid="mailer:mail.jobat.be")

m("hays-guide", "2025-03-18 10:00", "Hays Belgium <marketing@hays.be>", ME, "Hays Salarisgids 2025 – download nu gratis",
  """Beste Griet,

De Hays Salarisgids 2025 is er! Ontdek de salarissen voor meer dan 200 functies in supply chain, finance, IT en engineering, en lees welke vaardigheden werkgevers in 2025 het meest zoeken.

Enkele bevindingen:
- 61% van de werkgevers in supply chain verwacht personeelstekort
- planners met data-vaardigheden verdienen gemiddeld 9% meer
- hybride werk blijft voor 3 op 4 kandidaten doorslaggevend

Download de gids: https://www.hays.be/nl/salarisgids

Met vriendelijke groet,
Hays Belgium
""", html=auto_html("De Hays Salarisgids 2025 is er! Download: https://www.hays.be/nl/salarisgids", "HAYS", "#0a3a6b"),
  kind="lookalike:agency-salary-guide", mid="mc")

# ------------------------------------------------------------------ LinkedIn non-job notifications
m("li-search", "2025-02-13 05:30", "LinkedIn <notifications-noreply@linkedin.com>", ME_GMAIL, "Je bent verschenen in 14 zoekopdrachten",
  """Griet, je bent deze week verschenen in 14 zoekopdrachten

Je werd gevonden door mensen die werken bij:
- een bedrijf in Logistiek en supply chain
- een bedrijf in Personeelsdiensten
- een bedrijf in Voedingsmiddelenproductie

Zoekwoorden: supply chain planner, S&OP

Meer inzichten met Premium: https://www.linkedin.com/comm/me/search-appearances/
""", kind="lookalike:linkedin-search-appearances", mid="linkedin", tz="UTC")

m("li-views", "2025-03-25 05:30", "LinkedIn <notifications-noreply@linkedin.com>", ME_GMAIL, "Een recruiter heeft je profiel bekeken",
  """Griet, je profiel krijgt aandacht

Een recruiter van een bedrijf in Personeelsdiensten en 6 anderen hebben je profiel de afgelopen week bekeken.

Ontdek wie je profiel heeft bekeken: https://www.linkedin.com/comm/me/profile-views/

Tip: met Open to Work laat je recruiters weten dat je openstaat voor nieuwe kansen.
""", kind="lookalike:linkedin-profile-view", mid="linkedin", tz="UTC")

m("li-congrats", "2025-04-07 05:30", "LinkedIn <notifications-noreply@linkedin.com>", ME_GMAIL, "Feliciteer Ann Pauwels met haar nieuwe functie",
  """Ann Pauwels is begonnen als Warehouse Manager bij Kuehne+Nagel

Feliciteer Ann: https://www.linkedin.com/comm/feed/update/urn:li:activity:7315566778899

Ook in je netwerk:
- Kenny De Vos viert 1 jaar als zelfstandige
- Sarah Bouazza deelde een bericht
""", kind="linkedin:network-update", mid="linkedin", tz="UTC")

m("li-msg", "2025-04-19 19:02", "LinkedIn <messaging-digest-noreply@linkedin.com>", ME_GMAIL, "Je hebt 1 nieuw bericht",
  """Geert Lambrecht
"Hey Griet, heb jij toevallig nog de Excel-macro voor de containerplanning? Wil hem gebruiken voor de overdracht naar Antwerpen. Groetjes, Geert"

Bekijk bericht: https://www.linkedin.com/comm/messaging/
""", kind="linkedin:message-digest-colleague", mid="linkedin", tz="UTC")

m("li-post", "2025-05-20 05:30", "LinkedIn <notifications-noreply@linkedin.com>", ME_GMAIL, "Je bericht heeft 1.842 weergaven",
  """Griet, je bericht doet het goed!

"Na 9 jaar sluit ScheldeCo Gent de deuren. Dank aan het fantastische team..."
1.842 weergaven · 96 reacties · 31 opmerkingen

Bekijk de statistieken: https://www.linkedin.com/comm/analytics/post/
""", kind="linkedin:post-stats", mid="linkedin", tz="UTC")

# ------------------------------------------------------------------ look-alike: flat applications
IMMO = "Immo Leiedal <verhuur@immoleiedal.be>"
m("immo-1", "2025-04-07 16:22", IMMO, ME, "Bevestiging bezichtiging – Kortrijksepoortstraat 88/2",
  """Beste mevrouw Vandenbussche,

Hierbij bevestigen wij uw bezichtiging:

Appartement Kortrijksepoortstraat 88 bus 2, 9000 Gent
2 slaapkamers, terras, huurprijs € 1.075/maand
Donderdag 10 april 2025 om 18u15

Gelieve stipt te zijn: er zijn meerdere bezichtigingen na elkaar.

Met vriendelijke groeten,
Immo Leiedal – verhuurdienst
""", kind="lookalike:flat-viewing", mid="outlook")

m("immo-2", "2025-04-11 09:30", IMMO, ME, "Uw kandidatuur – Kortrijksepoortstraat 88/2",
  """Beste mevrouw Vandenbussche,

Wij hebben uw kandidatuur als huurder voor het appartement Kortrijksepoortstraat 88 bus 2 goed ontvangen, samen met de gevraagde documenten (identiteitskaarten, loonfiches, attest van huidige verhuurder).

Wij leggen alle kandidaturen voor aan de eigenaar. U hoort van ons binnen de 10 werkdagen.

Met vriendelijke groeten,
Immo Leiedal – verhuurdienst
""", kind="lookalike:flat-application-received", mid="outlook")

m("immo-3", "2025-04-25 11:12", IMMO, ME, "Uw kandidatuur – Kortrijksepoortstraat 88/2",
  """Beste mevrouw Vandenbussche,

Nogmaals bedankt voor uw interesse in het appartement aan de Kortrijksepoortstraat.

Wij ontvingen voor dit pand 14 kandidaturen. De eigenaar heeft inmiddels een keuze gemaakt en het appartement is verhuurd aan een andere kandidaat. Wij kunnen uw kandidatuur dus helaas niet weerhouden.

Wij houden u graag op de hoogte van nieuwe panden in Gent die aan uw zoekcriteria voldoen.

Met vriendelijke groeten,
Immo Leiedal – verhuurdienst
""", kind="lookalike:flat-application-rejected", mid="outlook")

m("zimmo-1", "2025-05-09 20:40", "Zimmo <noreply@zimmo.be>", ME, "Je bericht werd verstuurd naar de verhuurder",
  """Dag Griet,

Je bericht over het pand 'Ruim duplexappartement met tuin – Groenestaakstraat, Gent' werd doorgestuurd naar de adverteerder (particulier).

Je bericht: "Goedemiddag, wij (koppel + dochtertje van 2) zijn erg geïnteresseerd. Kunnen we het appartement bezichtigen? Vriendelijke groeten, Griet"

De adverteerder neemt rechtstreeks contact met je op.

Zimmo
""", kind="lookalike:flat-enquiry", mid="plain:zimmo.be")

HUUR = "Bart & Inge De Meyer <inge.demeyer@gmail.com>"
m("huur-1", "2025-05-16 12:05", HUUR, ME, "Appartement Groenestaakstraat",
  """Dag Griet,

Bedankt voor jullie bezoek van dinsdag en voor de documenten. We hebben met alle kandidaten gepraat en we zouden het appartement graag aan jullie verhuren! Jullie waren de eersten die echt naar de tuin vroegen, dat voelde juist.

Zullen we het huurcontract samen tekenen? Wij stellen woensdag 21 mei om 19u voor, ter plaatse. Neem de huurwaarborg (2 maanden, via een geblokkeerde rekening bij jullie bank) mee of regel die op voorhand.

Huur vanaf 1 september: 1.040 euro, kosten 40 euro.

Groeten,
Inge De Meyer
""", kind="lookalike:flat-application-accepted", mid="gmail")

m("huur-1-re", "2025-05-16 14:50", ME, HUUR, "Re: Appartement Groenestaakstraat",
  """Dag Inge,

Wat een goed nieuws, dank u! Woensdag 21 mei om 19u past voor ons allebei. Ik vraag vandaag nog de huurwaarborgrekening aan bij KBC.

Tot woensdag,
Griet
""", cc=JONAS, kind="lookalike:flat-signing-slot-confirmation", mid="tb", parent="huur-1", quote=True)

m("kbc-waarborg", "2025-05-19 15:30", "KBC <noreply@kbc.be>", ME, "Uw huurwaarborgrekening is geopend",
  """Beste klant,

Uw aanvraag voor een huurwaarborgrekening werd goedgekeurd en de rekening is geopend.

Bedrag: € 2.080,00
Verhuurder: De Meyer – Van Hoecke
Pand: Groenestaakstraat 17, 9000 Gent

Het attest voor de verhuurder vindt u in KBC Mobile bij 'Documenten'.

KBC Bank NV
""", kind="lookalike:bank-application-approved", mid="plain:kbc.be")

# ------------------------------------------------------------------ look-alike: school registration (Meld je aan Gent)
m("school-1", "2025-03-03 13:40", "Meld je aan - Gent <noreply@meldjeaan.gent.be>", ME, "Je aanmelding is geregistreerd",
  """Beste ouder,

Je aanmelding voor Mila Maertens (geboren 02/06/2023) voor het schooljaar 2025-2026 is geregistreerd.

Je keuzes:
1. Basisschool De Wereldbrug – Sint-Pietersaalst
2. Freinetschool De Appelboom
3. Stedelijke basisschool Brugse Poort

Aanmeldingsnummer: GNT-2025-K-18839

Op 2 april krijg je het resultaat van de toewijzing. Een aanmelding is nog geen inschrijving.

Meld je aan – Lokaal Overlegplatform Gent
""", kind="lookalike:school-registration", mid="plain:meldjeaan.gent.be")

m("school-2", "2025-04-02 10:00", "Meld je aan - Gent <noreply@meldjeaan.gent.be>", ME, "Resultaat van je aanmelding",
  """Beste ouder,

Goed nieuws! Mila Maertens heeft een plaats gekregen in haar eerste keuze:

Basisschool De Wereldbrug – Sint-Pietersaalst (instapklas, instapdatum 1 september 2025)

Let op: je moet je kind nog inschrijven in de school, tussen 22 april en 16 mei 2025. Maak een afspraak met het secretariaat. Doe je dat niet, dan vervalt de plaats.

Meld je aan – Gent
""", kind="lookalike:school-place-offer", mid="plain:meldjeaan.gent.be")

m("school-3", "2025-04-02 12:15", JONAS, ME, "Fwd: Resultaat van je aanmelding",
  """Yesss!! Eerste keuze! Wil jij de school bellen voor de inschrijving? Jij bent flexibeler deze weken.

J
""", kind="personal:forward", mid="gmail", parent="school-2")

# ------------------------------------------------------------------ look-alike: loan
m("loan-1", "2025-05-22 17:05", "KBC <kredieten@kbc.be>", ME, "Uw kredietaanvraag: extra documenten nodig",
  """Beste mevrouw Vandenbussche,

Bedankt voor uw aanvraag voor een persoonlijke lening (verhuis en inrichting) van € 8.000 over 36 maanden.

Om uw aanvraag te kunnen beoordelen, hebben wij nog het volgende nodig:
- uw ondertekende arbeidsovereenkomst bij uw nieuwe werkgever
- uw laatste loonbrief

Laad de documenten op via KBC Mobile > Kredieten > Mijn aanvragen.

Met vriendelijke groeten,
Uw KBC-kredietadviseur
""", kind="lookalike:loan-application-documents", mid="plain:kbc.be")

m("loan-2", "2025-05-28 10:48", "KBC <kredieten@kbc.be>", ME, "Uw kredietaanvraag werd goedgekeurd",
  """Beste mevrouw Vandenbussche,

Goed nieuws: uw aanvraag voor een persoonlijke lening werd goedgekeurd.

Bedrag: € 8.000
Looptijd: 36 maanden
JKP: 5,49%
Maandelijkse aflossing: € 241,37

U kan het contract digitaal ondertekenen in KBC Mobile. Het geld staat binnen 2 werkdagen op uw rekening.

KBC Bank NV
""", kind="lookalike:loan-approved", mid="plain:kbc.be")

# ------------------------------------------------------------------ look-alike: grant (opleidingscheques)
m("cheques-1", "2025-02-26 11:30", "Departement Werk en Sociale Economie <opleidingscheques@vlaanderen.be>", ME,
  "Ontvangstbevestiging aanvraag opleidingscheques",
  """Geachte mevrouw Vandenbussche,

Wij ontvingen uw aanvraag voor opleidingscheques voor de opleiding 'Postgraduaat Supply Chain Management' (UGent Academie voor Levenslang Leren).

Dossiernummer: OC-2025-0044712

Uw aanvraag wordt binnen de 15 werkdagen behandeld. U wordt per e-mail op de hoogte gebracht van de beslissing.

Met vriendelijke groeten,
Afdeling Werkgelegenheidsbeleid – Vlaamse overheid
""", kind="lookalike:grant-application", mid="plain:vlaanderen.be")

m("cheques-2", "2025-03-14 09:05", "Departement Werk en Sociale Economie <opleidingscheques@vlaanderen.be>", ME,
  "Beslissing: uw aanvraag opleidingscheques is goedgekeurd",
  """Geachte mevrouw Vandenbussche,

Uw aanvraag voor opleidingscheques (dossier OC-2025-0044712) werd goedgekeurd.

Toegekend bedrag: € 250 (50% van € 500)
Geldig tot: 13/03/2026

De cheques zijn elektronisch beschikbaar via Sodexo/Pluxee. U betaalt er rechtstreeks de opleidingsverstrekker mee.

Met vriendelijke groeten,
Vlaamse overheid
""", kind="lookalike:grant-approved", mid="plain:vlaanderen.be")

# ------------------------------------------------------------------ look-alike: university course application
m("ugent-1", "2025-02-24 15:45", "UGent Academie voor Levenslang Leren <levenslangleren@ugent.be>", ME,
  "Je aanvraag tot inschrijving is ontvangen",
  """Beste Griet Vandenbussche,

Bedankt voor je aanvraag tot inschrijving voor het Postgraduaat Supply Chain Management (academiejaar 2025-2026, start september 2025).

De opleidingscommissie beoordeelt alle aanvragen op basis van je diploma, je werkervaring en je motivatie. Je ontvangt de beslissing uiterlijk begin april.

Aanvraagnummer: PGSCM-2025-118

Met vriendelijke groeten,
Secretariaat Postgraduaat Supply Chain Management
Universiteit Gent
""", kind="lookalike:university-course-application", mid="plain:ugent.be")

m("ugent-2", "2025-04-03 14:20", "UGent Academie voor Levenslang Leren <levenslangleren@ugent.be>", ME,
  "Toelating Postgraduaat Supply Chain Management",
  """Beste Griet,

Met genoegen laten wij je weten dat je bent toegelaten tot het Postgraduaat Supply Chain Management 2025-2026.

Om je plaats te bevestigen vragen we je om het inschrijvingsgeld (€ 3.400, waarvan je € 250 met opleidingscheques kan betalen) te voldoen vóór 15 juni 2025.

De lessen vinden plaats op vrijdagnamiddag en zaterdagvoormiddag in het UFO, Sint-Pietersnieuwstraat 33.

Welkom!
Prof. dr. Hendrik Vanmaele, academisch verantwoordelijke
""", kind="lookalike:university-admission", mid="plain:ugent.be")

m("ugent-3", "2025-05-10 10:12", ME, "UGent Academie voor Levenslang Leren <levenslangleren@ugent.be>",
  "Vraag over lessenrooster postgraduaat (PGSCM-2025-118)",
  """Beste,

Ik ben toegelaten tot het Postgraduaat Supply Chain Management. Omdat ik in juni start in een nieuwe voltijdse functie, had ik graag geweten of het mogelijk is om het programma over twee jaar te spreiden. En kan ik de betaling van het inschrijvingsgeld eventueel uitstellen tot na 1 juli?

Alvast bedankt.

Met vriendelijke groeten,
Griet Vandenbussche
""", kind="lookalike:university-course-question", mid="tb")

m("ugent-4", "2025-05-13 11:35", "UGent Academie voor Levenslang Leren <levenslangleren@ugent.be>", ME,
  "RE: Vraag over lessenrooster postgraduaat (PGSCM-2025-118)",
  """Beste Griet,

Spreiden over twee jaar is mogelijk: je volgt dan in jaar 1 de modules 1 t.e.m. 4 en in jaar 2 de overige modules en de eindproef. Het inschrijvingsgeld wordt dan ook over twee jaar verdeeld.

De betaling van het eerste deel mag tot 15 juli.

Met vriendelijke groeten,
Kathleen
Secretariaat PGSCM
""", kind="lookalike:university-course-answer", mid="plain:ugent.be", parent="ugent-3", quote=True)

# ------------------------------------------------------------------ look-alike: visa / travel authorisation (en)
m("eta-1", "2025-05-30 21:15", "Government of Canada <IRCC.DoNotReply-NePasRepondre.IRCC@cic.gc.ca>", ME,
  "Your Electronic Travel Authorization (eTA) application – V412233901",
  """Dear Applicant,

Thank you for submitting your application for an Electronic Travel Authorization (eTA).

Application number: V412233901
Applicant: VANDENBUSSCHE, GRIET

Most applicants receive their eTA within minutes. Some applications can take several days to process. If we need more information, we will contact you by email.

Do not reply to this email.

Immigration, Refugees and Citizenship Canada
""", kind="lookalike:visa-application", lang="en", mid="plain:cic.gc.ca", tz=-240)

m("eta-2", "2025-05-30 21:26", "Government of Canada <IRCC.DoNotReply-NePasRepondre.IRCC@cic.gc.ca>", ME,
  "Your Electronic Travel Authorization (eTA) has been approved",
  """Dear VANDENBUSSCHE, GRIET,

Your eTA application V412233901 has been approved. Your eTA is electronically linked to the passport you used to apply and is valid for five years or until your passport expires, whichever comes first.

Passport number ending: ...4471

You do not need to print this approval.

Immigration, Refugees and Citizenship Canada
""", kind="lookalike:visa-approved", lang="en", mid="plain:cic.gc.ca", tz=-240)

m("eta-jonas", "2025-05-30 22:01", ME, JONAS, "eTA's in orde",
  """Beide eTA's goedgekeurd, die van jou en die van mij. Mila heeft ook een eTA nodig, ook al is ze 2! Doe ik morgen.

Nu nog een cadeau voor de trouw van Lisa en Michael...
""", kind="personal", mid="tb")

# ------------------------------------------------------------------ look-alike: user research "interview"
m("cb-research", "2025-03-26 10:30", "Coolblue Research <onderzoek@coolblue.be>", ME,
  "Heb je 45 minuten voor een interview? (€ 40 cadeaubon)",
  """Hoi Griet,

Je kocht onlangs een stofzuiger bij Coolblue. We willen graag beter begrijpen hoe klanten kiezen tussen verschillende toestellen, en daarvoor zoeken we mensen voor een interview.

Wat: een online gesprek van 45 minuten met een van onze UX-onderzoekers
Wanneer: tussen 7 en 18 april, op een moment dat jou past
Bedankje: een Coolblue-cadeaubon van € 40

Interesse? Kies een moment via https://coolblue.research-scheduler.com/s/stofzuigers-q2

Er zijn geen goede of foute antwoorden. We zijn gewoon benieuwd naar jouw ervaring.

Groetjes,
Lien – UX Research, Coolblue
""", html=auto_html("""Hoi Griet,

Heb je 45 minuten voor een interview met onze UX-onderzoekers? Bedankje: € 40 cadeaubon.

Kies een moment: https://coolblue.research-scheduler.com/s/stofzuigers-q2""", "Coolblue", "#0090e3"),
  kind="lookalike:user-research-interview", mid="mailer:coolblue.be")

m("cb-research-2", "2025-04-08 09:00", "Coolblue Research <onderzoek@coolblue.be>", ME,
  "Je interview is ingepland – donderdag 10 april 14:00",
  """Hoi Griet,

Bedankt! Je interview over stofzuigers is ingepland op donderdag 10 april om 14:00 (online, via Google Meet).

Link: https://meet.google.com/xqa-mpkz-tfe

Tot dan!
Lien – UX Research, Coolblue
""", kind="lookalike:user-research-interview-scheduled", mid="mailer:coolblue.be")

# ------------------------------------------------------------------ look-alike: marketplace
m("2dh-1", "2025-03-19 21:04", "2dehands <noreply@2dehands.be>", ME, "Iemand is geïnteresseerd in je advertentie 'Maxi-Cosi Pearl 360 + FamilyFix'",
  """Hallo Griet,

Je hebt een nieuw bericht over 'Maxi-Cosi Pearl 360 + FamilyFix'.

Van: Yasmina
"Hallo, is deze nog beschikbaar? Ik kan morgen komen kijken in Gent. Is 150 euro ok?"

Beantwoord het bericht: https://www.2dehands.be/messages

2dehands
""", kind="lookalike:marketplace-interest", mid="plain:2dehands.be")

m("2dh-2", "2025-04-20 10:00", "2dehands <noreply@2dehands.be>", ME, "Je advertentie verloopt binnenkort",
  """Hallo Griet,

Je advertentie 'Kinderbedje Stokke Sleepi + matras' verloopt over 3 dagen. Wil je ze gratis verlengen?

Verlengen: https://www.2dehands.be/my-account/sell

2dehands
""", kind="marketplace:listing-expiry", mid="plain:2dehands.be")

m("vinted-1", "2025-04-14 20:33", "Vinted <no-reply@vinted.be>", ME, "Je hebt een bod ontvangen",
  """Hoi Griet,

lotjebotje_gent heeft een bod gedaan op 'Zara wollen mantel, maat 38': € 28,00 (vraagprijs € 35,00).

Aanvaard, weiger of doe een tegenbod in de app.

Vinted
""", kind="lookalike:marketplace-offer", mid="plain:vinted.be", tz="UTC")

m("vinted-2", "2025-04-16 12:10", "Vinted <no-reply@vinted.be>", ME, "Verkocht! Verstuur je item",
  """Gefeliciteerd, Griet!

'Zara wollen mantel, maat 38' is verkocht voor € 30,00. Verstuur het pakket binnen 5 werkdagen met het verzendlabel in de app (bpost – Pakketpunt).

Vinted
""", kind="marketplace:sold", mid="plain:vinted.be", tz="UTC")

m("bobex-1", "2025-05-21 22:40", "Bobex <info@bobex.be>", ME, "Je offerteaanvraag voor een verhuisfirma is verstuurd",
  """Beste Griet,

Je offerteaanvraag 'Verhuis appartement Gent → Gent, 2 slaapkamers, eind augustus' werd doorgestuurd naar maximaal 4 erkende verhuisfirma's in jouw regio.

Zij nemen binnen de 48 uur contact op met een vrijblijvende offerte.

Referentie: BX-7712908

Bobex – gratis offertes vergelijken
""", kind="lookalike:marketplace-quote-request", mid="plain:bobex.be")

m("bobex-2", "2025-05-24 09:15", "Verhuizingen De Coster <info@verhuizingendecoster.be>", ME, "Offerte verhuis eind augustus (Bobex BX-7712908)",
  """Beste mevrouw Vandenbussche,

Naar aanleiding van uw aanvraag via Bobex bezorgen wij u graag onze offerte voor uw verhuis van de Sint-Pietersaalststraat naar de Groenestaakstraat in Gent:

- 3 verhuizers + verhuiswagen 20 m³, ca. 6 uur
- demontage en montage van 2 bedden en 1 kast
- verhuislift aan het vertrekadres (2e verdieping)

Totaal: € 1.180 incl. btw

Deze offerte is 30 dagen geldig. Wij komen graag vrijblijvend langs voor een plaatsbezoek.

Met vriendelijke groeten,
Kris De Coster
Verhuizingen De Coster BV, Zelzate
""", atts=[pdf("Offerte_2025-118_Vandenbussche.pdf", "offerte verhuis")], kind="lookalike:marketplace-quote-offer", mid="outlook")

# ------------------------------------------------------------------ look-alike: volunteer application
m("vrijw-1", "2025-04-28 21:10", "Gentse Feesten Vrijwilligers <vrijwilligers@gentsefeesten.be>", ME,
  "Bedankt voor je kandidatuur als vrijwilliger",
  """Dag Griet,

Bedankt voor je kandidatuur als vrijwilliger voor de Gentse Feesten 2025 (18 – 27 juli)! Je gaf aan dat je graag helpt bij: infostand Sint-Baafsplein, kinderanimatie.

In juni verdelen we alle vrijwilligers over de shifts. Je krijgt dan een mail met je planning en een uitnodiging voor de infoavond.

Feestelijke groeten,
Team Vrijwilligers – Gentse Feesten
""", kind="lookalike:volunteer-application", mid="mc")

m("vrijw-2", "2025-06-18 18:00", "Gentse Feesten Vrijwilligers <vrijwilligers@gentsefeesten.be>", ME,
  "Je shifts zijn bekend! + uitnodiging infoavond",
  """Dag Griet,

Je bent ingedeeld! Jouw shifts:
- zondag 20 juli, 14u – 18u: infostand Sint-Baafsplein
- zaterdag 26 juli, 10u – 14u: kinderanimatie Baudelopark

Infoavond voor alle vrijwilligers: donderdag 3 juli om 19u30 in de Stadshal. Daar krijg je je T-shirt en je badge.

Tot dan!
Team Vrijwilligers
""", kind="lookalike:volunteer-acceptance", mid="mc")

# ------------------------------------------------------------------ look-alike: event registrations
m("vil-1", "2025-02-27 13:05", "VIL <events@vil.be>", ME, "Inschrijving bevestigd: VIL Netwerkevent 'Planning onder druk'",
  """Beste Griet,

Je inschrijving is bevestigd voor:

VIL Netwerkevent – 'Planning onder druk: van S&OP tot real-time'
Donderdag 20 maart 2025, 15u – 19u30
ICC Gent, Van Rysselberghedreef 2

Programma: keynote, panelgesprek met supply chain managers uit de voeding en de chemie, en netwerkreceptie.

Je QR-ticket vind je in bijlage. Deelname is gratis voor medewerkers van VIL-leden.

Tot dan!
Vlaams Instituut voor de Logistiek
""", atts=[pdf("Ticket_VIL_20032025.pdf", "ticket")], kind="lookalike:event-registration", mid="plain:vil.be")

m("vil-2", "2025-03-19 09:00", "VIL <events@vil.be>", ME, "Morgen: VIL Netwerkevent – praktische info",
  """Beste Griet,

Morgen is het zover! Parkeren kan in de parking van het ICC (gratis met je ticket). De keynote start stipt om 15u15.

Nieuw: via de event-app kan je vooraf afspraken maken met andere deelnemers.

Tot morgen!
VIL
""", kind="lookalike:event-reminder", mid="plain:vil.be")

m("webinar-1", "2025-04-15 16:00", "o9 Solutions Events <events@o9solutions.com>", ME, "Registration confirmed: Integrated Business Planning in 2025",
  """Hi Griet,

Thanks for registering! You're confirmed for:

Integrated Business Planning in 2025: Lessons from 50 Implementations
Tuesday 29 April 2025, 16:00 – 17:00 CEST (online)

Add to calendar: https://events.o9solutions.com/ibp2025/ics
Join link: you'll receive it one hour before the webinar.

See you there!
o9 Solutions
""", html=auto_html("You're confirmed for: Integrated Business Planning in 2025, Tuesday 29 April 2025, 16:00 CEST.", "o9", "#1a1a2e"),
  kind="lookalike:event-registration-webinar", lang="en", mid="mc", tz="UTC")

# ------------------------------------------------------------------ look-alike: membership application
m("zwem-1", "2025-03-28 14:00", "Zwemschool De Waterratjes <info@dewaterratjes.be>", ME, "Je aanvraag voor watergewenning: wachtlijst",
  """Dag Griet,

Bedankt voor je aanvraag voor de lessen watergewenning voor Mila (zaterdag 9u, zwembad Rooigem).

De groep voor het najaar is momenteel volzet. Mila staat op de wachtlijst op plaats 4. Komt er een plaats vrij, dan contacteren we je meteen.

Plonsgroeten,
De Waterratjes vzw
""", kind="lookalike:membership-application-waitlist", mid="plain:dewaterratjes.be")

m("zwem-2", "2025-06-11 19:20", "Zwemschool De Waterratjes <info@dewaterratjes.be>", ME, "Goed nieuws: er is een plaats vrij!",
  """Dag Griet,

Er is een plaats vrijgekomen in de groep watergewenning (zaterdag 9u, start 6 september). Wil je de plaats voor Mila bevestigen vóór 18 juni? Het lidgeld bedraagt € 95 voor 10 lessen.

Plonsgroeten,
De Waterratjes vzw
""", kind="lookalike:membership-place-offer", mid="plain:dewaterratjes.be")

m("zwem-2-re", "2025-06-11 21:05", ME, "Zwemschool De Waterratjes <info@dewaterratjes.be>", "Re: Goed nieuws: er is een plaats vrij!",
  """Dag,

Ja graag, we bevestigen de plaats voor Mila! Ik schrijf de 95 euro vandaag over.

Groetjes,
Griet
""", kind="lookalike:membership-place-acceptance", mid="tb", parent="zwem-2", quote=True)
