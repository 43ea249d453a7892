# -*- coding: utf-8 -*-
"""More everyday mail."""
from lib import m, auto_html, pdf, jpg, ME, ME_GMAIL

JONAS = "Jonas Maertens <jonas.maertens@gmail.com>"
HANNE = "Hanne Desmet <hanne.desmet@telenet.be>"
LOTTE = "Lotte Claeys <lotte.claeys@gmail.com>"
PAPA = "Marc Vandenbussche <marc.vandenbussche@skynet.be>"
SOFIE = "Sofie Vandenbussche <sofie.vandenbussche@hotmail.com>"
EMMA = "Emma Taylor <emma.k.taylor@gmail.com>"

m("hanne-koffie", "2025-01-27 12:30", HANNE, ME, "koffie deze week?",
  """Hey,

Lang niet gezien buiten de leesclub. Zin in koffie deze week? Ik heb donderdagvoormiddag vrij. Bij Labath of in de Krook?

H
""", kind="personal", mid="plain:telenet.be")

m("hanne-koffie-re", "2025-01-27 13:05", ME, HANNE, "Re: koffie deze week?",
  """Donderdag kan ik niet (eerste afspraak met de outplacementcoach), vrijdag om 10u? Labath is goed, daar hebben ze die bananenbrood.

G
""", kind="personal", mid="tb", parent="hanne-koffie", quote=True)

m("lotte-job-re", "2025-03-20 12:40", ME, LOTTE, "Re: IK HEB DE JOB",
  """WAAAW proficiat!!! Zo verdiend. Vrijdag ben ik er, ik breng de bubbels mee 🍾

x
""", kind="personal", mid="tb", parent="lotte-job", quote=True)

m("papa-fiets", "2025-03-29 15:44", PAPA, ME, "fiets van mama",
  """Dag Griet,

Mama haar fiets heeft een display dat in het Engels staat. Weet gij hoe ge dat in het Nederlands zet? De man van de winkel is op verlof. Ik heb al op alle knoppen gedrukt maar nu staat hij op kilometers per uur in mijlen geloof ik.

Papa
""", kind="personal", mid="plain:skynet.be", cte="quoted-printable", charset="iso-8859-1")

m("papa-fiets-re", "2025-03-29 19:12", ME, PAPA, "Re: fiets van mama",
  """Dag papa,

Houd de knop met het 'i'-tje en de min-knop samen 5 seconden ingedrukt, dan kom je in het menu. Daar kan je bij 'Language' Nederlands kiezen en bij 'Units' km. Als het niet lukt, kom ik zondag even langs.

Griet
""", kind="personal", mid="tb", parent="papa-fiets", quote=True)

m("jonas-contract", "2025-05-21 22:15", JONAS, ME, "huurcontract + plaatsbeschrijving",
  """Ik heb het getekende huurcontract ingescand (zie bijlage), voor ons archief. De plaatsbeschrijving doen ze op 29 augustus met een expert, kosten delen we 50/50.

Moeten we het contract zelf registreren of doen zij dat?

J
""", atts=[pdf("Huurcontract_Groenestaakstraat17.pdf", "huurcontract")], kind="personal", mid="gmail")

m("jonas-contract-re", "2025-05-22 07:30", ME, JONAS, "Re: huurcontract + plaatsbeschrijving",
  """De verhuurder moet het registreren binnen de 2 maanden, Inge zei dat ze het via MyRent doet. Top dat je het al ingescand hebt!
""", kind="personal", mid="tb", parent="jonas-contract", quote=True)

m("jonas-cadeau", "2025-06-04 20:50", JONAS, ME, "cadeau Lisa & Michael",
  """Lisa heeft een huwelijkslijst bij Serax/Dille & Kamille, maar ook een 'honeymoon fund'. Ik stel voor dat we 250 euro in het fund steken, dat is makkelijker dan iets mee te zeulen naar Toronto.

Akkoord?
""", kind="personal", mid="gmail")

m("opgroeien", "2025-02-19 10:00", "Opgroeien <noreply@opgroeien.be>", ME, "Herinnering: consult voor Mila",
  """Beste ouder,

Mila heeft binnenkort een consult bij het consultatiebureau (leeftijd 21 maanden):

Consultatiebureau Gent-Sint-Pieters, Kortrijksesteenweg 215
Woensdag 5 maart 2025 om 15u20

Breng het groeiboekje en de kids-ID of ISI+-kaart mee.

Opgroeien – Kind en Gezin
""", kind="health:childcare-consult", mid="plain:opgroeien.be")

m("sofie-kat", "2025-06-19 21:30", SOFIE, ME, "data kat",
  """We vertrekken vrijdag 8 augustus en zijn terug zondag 17. Minou krijgt 's ochtends en 's avonds een zakje, en de kattenbak om de 2 dagen. Sleutel ligt bij de buren (nr. 12) als jullie die van mij niet meer vinden 😅

Merci!!!
S
""", kind="personal", mid="plain:hotmail.com", cte="base64")

m("emma-landed", "2025-06-20 12:02", EMMA, ME, "Landed!",
  """We're here!! Train to Ghent at 12:40, then hotel. See you tonight at 7 – Dan has bought flowers and is practising "dank u wel".

E x
""", kind="personal", lang="en", mid="gmail")

m("kbc-kaart", "2025-02-04 11:00", "KBC <noreply@kbc.be>", ME, "Uw nieuwe debetkaart is onderweg",
  """Beste klant,

Uw huidige debetkaart vervalt eind februari. Uw nieuwe kaart is onderweg naar uw adres en komt binnen 5 werkdagen aan. Uw pincode blijft dezelfde.

Activeer de kaart door een eerste betaling met pincode te doen.

KBC Bank NV
""", kind="bank:card", mid="plain:kbc.be")

m("knack", "2025-04-30 07:00", "Knack Focus <nieuwsbrief@knack.be>", ME, "Deze week in Knack Focus",
  """Deze week in Knack Focus:
- Interview met Meskerem Mees: 'Op een podium voel ik me eindelijk thuis'
- De 20 beste Vlaamse series ooit: de lezers kozen
- Uitgelicht: 'The Brutalist' nu op streaming

Lees de nieuwe Knack Focus in de app.
""", html=auto_html("Interview met Meskerem Mees. De 20 beste Vlaamse series ooit.", "Knack Focus", "#d40000"),
  kind="newsletter:magazine", mid="mc")

m("parkeren-2", "2025-03-20 13:10", "Mobiliteitsbedrijf Stad Gent <bewonerskaart@stad.gent>", ME, "Betaling ontvangen – bewonerskaart",
  """Beste bewoner,

We ontvingen uw betaling van € 40 voor de verlenging van uw bewonerskaart (1-HKL-672). De kaart is digitaal gekoppeld aan uw nummerplaat en geldig tot 31 maart 2026.

Mobiliteitsbedrijf Stad Gent
""", kind="government:parking", mid="plain:stad.gent")

m("pairi", "2025-05-31 19:45", "Pairi Daiza <tickets@pairidaiza.eu>", ME, "Vos billets / Je tickets – Pairi Daiza",
  """Bedankt voor je aankoop! / Merci pour votre achat !

Bezoekdatum / Date de visite : zaterdag 7 juni 2025
2 x Volwassene / Adulte – € 49,00
1 x Kind <3 jaar / Enfant <3 ans – gratis

Toon je e-tickets aan de ingang. / Présentez vos e-billets à l'entrée.

Pairi Daiza
""", atts=[pdf("PairiDaiza_tickets_0706.pdf", "e-tickets")], kind="tickets:zoo", mid="plain:pairidaiza.eu")

m("fluvius", "2025-02-25 09:00", "Fluvius <noreply@fluvius.be>", ME, "Uw digitale meter wordt binnenkort geplaatst",
  """Beste klant,

Fluvius plaatst een digitale meter in uw woning op Sint-Pietersaalststraat 41 bus 3, 9000 Gent.

Gepland: donderdag 13 maart 2025 tussen 12u en 16u
Duur: ongeveer 1 uur. Er is dan even geen stroom.

Past dit niet? Wijzig uw afspraak via fluvius.be/afspraak.

Fluvius System Operator
""", kind="utility:meter-appointment", mid="plain:fluvius.be")

m("labo", "2025-02-21 16:40", "Mediris <noreply@mediris.be>", ME, "Uw resultaten staan klaar",
  """Beste patiënt,

Er zijn nieuwe resultaten beschikbaar van uw bloedafname van 18/02/2025, aangevraagd door Dr. An Vermeersch.

Bekijk ze veilig via https://www.mediris.be/patient (aanmelden met itsme of eID).

Bespreek uw resultaten altijd met uw arts.

Mediris
""", kind="health:lab-results", mid="plain:mediris.be")

m("bpost-2", "2025-04-17 14:12", "bpost <noreply@bpost.be>", ME, "Je pakje ligt klaar in het pakjespunt",
  """Hallo,

We konden je pakje niet leveren omdat er niemand thuis was. Je kan het vanaf morgen 12u afhalen in:

Pakjespunt Carrefour Express Kortrijksepoortstraat
Tot en met 2 mei 2025

Neem je identiteitskaart mee.

bpost
""", kind="parcel:tracking", mid="plain:bpost.be")

m("dwars-reg", "2025-01-31 20:30", "Dwars door Gent <inschrijvingen@dwarsdoorgent.be>", ME, "Inschrijving bevestigd – Dwars door Gent 2025",
  """Beste Griet,

Je inschrijving voor de 15 km van Dwars door Gent op zondag 25 mei 2025 is bevestigd!

Startgroep: D (verwachte tijd 1u15 – 1u30)
Borstnummer: wordt in mei opgestuurd
Inschrijvingsgeld: € 27,00 (betaald)

Tot op de start aan de Watersportbaan!
Organisatie Dwars door Gent
""", kind="lookalike:event-registration-race", mid="plain:dwarsdoorgent.be")

m("wedding-save", "2025-01-23 02:15", "Lisa & Michael <lisaandmichael2025@gmail.com>", ME, "Save the date: Lisa & Michael – 16 August 2025, Toronto",
  """Dear Griet, Jonas & Mila,

We're getting married! Please save the date:

Saturday 16 August 2025
The Arlington Estate, Vaughan (Toronto), Canada

Formal invitation to follow. We know it's a long way – we'd love to have you there.

Love,
Lisa & Michael
""", kind="personal:invitation", lang="en", mid="gmail", tz=-300)

m("oxfam", "2025-03-04 10:00", "Oxfam België <donateurs@oxfam.be>", ME, "Je fiscaal attest 2024",
  """Beste Griet,

Bedankt voor je steun in 2024! Je giften (in totaal € 120) geven recht op een belastingvermindering van 45%. We hebben je fiscaal attest rechtstreeks aan de FOD Financiën bezorgd, dus je hoeft niets te doen.

Met dank,
Oxfam België
""", kind="charity:tax-certificate", mid="mc")
