# -*- coding: utf-8 -*-
"""Shops, utilities, bank, travel, health, newsletters, promotions."""
from lib import m, auto_html, pdf, jpg, ME, ME_GMAIL, ME_ADDR

S = "service"

# ------------------------------------------------------------------ Telenet (monthly invoice, template)
TEL = [("2025-01-15 04:12", "januari", "89,95", "2501"), ("2025-02-14 04:09", "februari", "89,95", "2502"),
       ("2025-03-14 04:31", "maart", "94,45", "2503"), ("2025-04-15 04:05", "april", "94,45", "2504"),
       ("2025-05-15 04:18", "mei", "94,45", "2505"), ("2025-06-13 04:02", "juni", "94,45", "2506")]
for i, (when, maand, bedrag, nr) in enumerate(TEL):
    extra = ""
    if maand == "maart":
        extra = "\nLet op: vanaf deze factuur wordt je abonnement ONE up geïndexeerd (+4,50 euro per maand), zoals aangekondigd in onze brief van januari.\n"
    t = f"""Dag Griet,

Je factuur van {maand} 2025 staat klaar in Mijn Telenet.

Factuurnummer: 7004{nr}8812
Te betalen: € {bedrag}
Dit bedrag wordt via domiciliëring van je rekening gehaald rond de 28e.
{extra}
Bekijk je factuur: https://www2.telenet.be/nl/mijntelenet/facturen

Met vriendelijke groeten,
Telenet
"""
    m(f"telenet-{maand}", when, "Telenet <factuur@telenet.be>", ME, f"Je Telenet factuur van {maand} 2025", t,
      html=auto_html(t, "Telenet", "#1d1d1b"), kind="invoice:telecom", mid="mailer:mail.telenet.be")

m("telenet-storing", "2025-03-27 22:15", "Telenet Service <service@telenet.be>", ME, "Storing in jouw buurt opgelost",
  """Dag Griet,

De storing op het internet- en tv-netwerk in Gent (postcode 9000) is opgelost. Sorry voor het ongemak.

Werkt je internet nog niet? Herstart je modem door de stekker 30 seconden uit te trekken.

Telenet Service
""", kind="service-notice", mid="mailer:mail.telenet.be")

# ------------------------------------------------------------------ energy / water / waste
m("luminus-1", "2025-01-20 09:40", "Luminus <noreply@luminus.be>", ME, "Uw voorschotfactuur februari",
  """Beste klant,

Uw voorschotfactuur voor elektriciteit en gas voor februari 2025 is beschikbaar in Mijn Luminus.

Bedrag: € 148,00
Vervaldatum: 05/02/2025 (domiciliëring)
Klantnummer: 5018 223 904

Luminus
""", kind="invoice:energy", mid="plain:luminus.be")

m("luminus-jaar", "2025-04-08 10:02", "Luminus <noreply@luminus.be>", ME, "Uw jaarafrekening 2024-2025 is klaar",
  """Beste Griet Vandenbussche,

Goed nieuws: uw jaarafrekening voor de periode 08/04/2024 - 07/04/2025 is klaar. U krijgt € 212,37 terug. Dit bedrag storten we binnen 10 werkdagen op uw rekening BE** **** **** 4417.

Uw verbruik:
Elektriciteit: 2.184 kWh (-6% t.o.v. vorig jaar)
Gas: 8.930 kWh (-11%)

Uw nieuw voorschot bedraagt vanaf mei € 131,00 per maand.

Bekijk de details: https://www.luminus.be/nl/mijn-luminus/facturen

Met energieke groeten,
Luminus
""", html=auto_html("""Beste Griet Vandenbussche,

Goed nieuws: uw jaarafrekening voor de periode 08/04/2024 - 07/04/2025 is klaar. U krijgt € 212,37 terug.

Nieuw voorschot vanaf mei: € 131,00 per maand.

https://www.luminus.be/nl/mijn-luminus/facturen""", "Luminus", "#5c2d91"), kind="invoice:energy", mid="plain:luminus.be")

m("luminus-3", "2025-05-20 09:38", "Luminus <noreply@luminus.be>", ME, "Uw voorschotfactuur juni",
  """Beste klant,

Uw voorschotfactuur voor juni 2025 staat klaar: € 131,00, te betalen via domiciliëring op 05/06/2025.

Tip: wist u dat u met een dynamisch contract kan besparen als u uw verbruik verschuift naar de daluren? Meer info in Mijn Luminus.

Luminus
""", kind="invoice:energy", mid="plain:luminus.be")

m("farys", "2025-02-27 14:15", "FARYS <klantendienst@farys.be>", ME, "Je waterfactuur",
  """Beste klant

In bijlage vind je de tussentijdse factuur voor je drinkwaterverbruik.

Bedrag: € 96,12
Te betalen voor 20 maart 2025.

Met vriendelijke groeten
FARYS | TMVW
""", atts=[pdf("FARYS_factuur_250227.pdf", "waterfactuur")], kind="invoice:water", mid="plain:farys.be")

m("ivago", "2025-01-06 07:00", "IVAGO <info@ivago.be>", ME, "Je ophaalkalender 2025",
  """Dag inwoner van Gent,

Je persoonlijke ophaalkalender voor 2025 staat klaar. Vanaf dit jaar haalt IVAGO het GFT-afval in jouw straat op woensdag in plaats van donderdag.

Download de kalender of zet hem in je agenda: https://www.ivago.be/ophaalkalender

Laat de app je herinneren aan ophaaldagen: Recycle! (gratis).

IVAGO
""", kind="newsletter:municipal", mid="plain:ivago.be")

# ------------------------------------------------------------------ Mobile Vikings
m("mv-1", "2025-02-03 08:22", "Mobile Vikings <hello@mobilevikings.be>", ME, "Je factuur is er, Viking!",
  """Yo Griet,

Je factuur van januari is er: € 17,00 voor je Vikingdeal 20 GB.
Je hebt deze maand 11,4 GB verbruikt. Goed bezig!

Gaat automatisch van je rekening. Niks te doen dus.

Skål,
Mobile Vikings
""", kind="invoice:mobile", mid="mailer:mobilevikings.be")

m("mv-2", "2025-05-02 08:19", "Mobile Vikings <hello@mobilevikings.be>", ME, "Je factuur van april",
  """Hey Griet,

Factuur april: € 17,00. Je hebt 14,9 GB van je 20 GB verbruikt.

Nieuw: neem je partner mee naar Mobile Vikings en krijg allebei 3 maanden 10 euro korting. Link: https://mobilevikings.be/nl/refer

Mobile Vikings
""", kind="invoice:mobile", mid="mailer:mobilevikings.be")

m("mv-3", "2025-06-02 08:25", "Mobile Vikings <hello@mobilevikings.be>", ME, "Je factuur van mei",
  """Hey Griet,

Je factuur van mei staat klaar: € 17,00 (20 GB). Verbruik: 18,2 GB. Dat was kantje boord!

Wil je meer data? Upgraden kan altijd in de app.

Skål,
Mobile Vikings
""", kind="invoice:mobile", mid="mailer:mobilevikings.be")

# ------------------------------------------------------------------ KBC (bank)
m("kbc-1", "2025-01-31 18:00", "KBC <noreply@kbc.be>", ME, "Nieuw document in KBC Mobile",
  """Beste klant,

Er staat een nieuw document voor u klaar in KBC Mobile en KBC Touch: Rekeninguittreksel januari 2025 – zichtrekening BE12 7340 ...

Om veiligheidsredenen sturen we nooit links om in te loggen. Open zelf de app.

Met vriendelijke groet,
KBC Bank NV
""", kind="bank:notification", mid="plain:kbc.be")

m("kbc-2", "2025-02-28 18:00", "KBC <noreply@kbc.be>", ME, "Nieuw document in KBC Mobile",
  """Beste klant,

Er staat een nieuw document voor u klaar in KBC Mobile en KBC Touch: Afrekening KBC Mastercard februari 2025.

Om veiligheidsredenen sturen we nooit links om in te loggen. Open zelf de app.

Met vriendelijke groet,
KBC Bank NV
""", kind="bank:notification", mid="plain:kbc.be")

m("kbc-fraude", "2025-03-19 11:40", "KBC <noreply@kbc.be>", ME, "Let op: valse berichten in naam van KBC",
  """Beste klant,

We merken de laatste weken een golf van valse sms'en en e-mails waarin gevraagd wordt om uw kaartlezer 'opnieuw te activeren'. KBC vraagt dit nooit.

Twijfelt u? Bel KBC Live op 016 43 25 92.

Veilig bankieren begint bij uzelf.
KBC
""", kind="bank:security-notice", mid="plain:kbc.be")

m("kbc-4", "2025-04-30 18:00", "KBC <noreply@kbc.be>", ME, "Nieuw document in KBC Mobile",
  """Beste klant,

Er staat een nieuw document voor u klaar in KBC Mobile en KBC Touch: Fiscaal attest 2024 – langetermijnsparen (pensioensparen).

Met vriendelijke groet,
KBC Bank NV
""", kind="bank:notification", mid="plain:kbc.be")

m("kbc-5", "2025-06-12 09:15", "KBC <noreply@kbc.be>", ME, "Uw loon is gestort",
  """Beste klant,

Op uw rekening BE12 7340 **** **01 werd een bedrag ontvangen met mededeling 'LOON 05/2025'.

U ontvangt dit bericht omdat u meldingen voor inkomende lonen heeft aangezet in KBC Mobile.

KBC Bank NV
""", kind="bank:notification", mid="plain:kbc.be")

# ------------------------------------------------------------------ bol.com
def bol_order(key, when, items, total, nr):
    lines = "\n".join(f"  {q}x {n}  € {p}" for q, n, p in items)
    t = f"""Hoi Griet,

Bedankt voor je bestelling! We gaan meteen voor je aan de slag.

Bestelnummer: {nr}

{lines}

Totaal: € {total}

Je krijgt een mailtje zodra je bestelling onderweg is. Bekijk je bestelling in je account: https://www.bol.com/nl/rnwy/account/bestellingen/overzicht

Groetjes,
bol.com
"""
    m(key, when, "bol.com <klantenservice@bol.com>", ME, f"Bedankt voor je bestelling ({nr})", t,
      html=auto_html(t, "bol.", "#0000a4"), kind="shop:order", mid="ses")

def bol_ship(key, when, nr, carrier, extra=""):
    t = f"""Hoi Griet,

Goed nieuws! Je bestelling {nr} is onderweg.
{extra}
Bezorger: {carrier}
Volg je pakket: https://www.bol.com/nl/rnwy/account/bestellingen/{nr}/track

Groetjes,
bol.com
"""
    m(key, when, "bol.com <klantenservice@bol.com>", ME, "Je bestelling is onderweg", t,
      html=auto_html(t, "bol.", "#0000a4"), kind="shop:shipping", mid="ses")

bol_order("bol-1", "2025-01-18 21:33", [(1, "Lize Spit - Het smelt (paperback)", "22,99"), (1, "Philips Hue White E27 2-pack", "24,99")], "47,98", "A000184HFJK2")
bol_ship("bol-1s", "2025-01-19 15:02", "A000184HFJK2", "bpost", "\nVerwachte levering: maandag 20 januari.\n")
bol_order("bol-2", "2025-03-03 20:10", [(1, "Nijntje - Het grote voorleesboek", "19,99"), (2, "Djeco puzzel dieren 12 st.", "11,50")], "42,99", "A000199MKQ71")
bol_ship("bol-2s", "2025-03-04 11:26", "A000199MKQ71", "PostNL", "\nDe bezorger komt morgen tussen 14:10 en 16:40.\n")
bol_order("bol-3", "2025-04-24 22:47", [(1, "Samsonite laptoprugzak 15,6 inch", "89,00"), (1, "Moleskine notitieboek A5 gelinieerd", "21,95")], "110,95", "A000207ZTB8C")
bol_ship("bol-3s", "2025-04-25 09:12", "A000207ZTB8C", "DHL", "")
m("bol-review", "2025-05-05 10:00", "bol.com <review@bol.com>", ME, "Wat vind je van de Samsonite laptoprugzak?",
  """Hoi Griet,

Je hebt onlangs de Samsonite laptoprugzak 15,6 inch gekocht. Wil jij andere klanten helpen met een review? Het duurt maar 1 minuut.

★★★★★ Schrijf een review: https://www.bol.com/nl/review/9300000123456789

Bedankt!
bol.com
""", html=auto_html("Hoi Griet, wil jij andere klanten helpen met een review? https://www.bol.com/nl/review/9300000123456789", "bol.", "#0000a4"),
  kind="shop:review-request", mid="ses")

# ------------------------------------------------------------------ Coolblue
m("cb-1", "2025-02-06 13:55", "Coolblue <info@coolblue.be>", ME, "Bevestiging van je bestelling 84412930",
  """Hoi Griet,

Bedankt voor je bestelling bij Coolblue. Alles voor een glimlach.

Dyson V8 Absolute – € 349,00
Bezorging: vrijdag 7 februari, tussen 17u en 22u, met onze eigen bezorgdienst

Bestelnummer: 84412930

Tot morgen!
Coolblue
""", html=auto_html("Hoi Griet,\n\nBedankt voor je bestelling bij Coolblue.\n\nDyson V8 Absolute – € 349,00\nBezorging: vrijdag 7 februari, 17u-22u", "Coolblue", "#0090e3"),
  kind="shop:order", mid="mailer:coolblue.be")

m("cb-2", "2025-02-07 16:30", "Coolblue <info@coolblue.be>", ME, "Kevin is onderweg met je bestelling",
  """Hoi Griet,

Kevin brengt je bestelling vandaag tussen 18:42 en 19:42. Hij belt aan, dus je hoeft niet bij het raam te wachten.

Volg Kevin live: https://www.coolblue.be/nl/track/84412930

Coolblue
""", kind="shop:delivery", mid="mailer:coolblue.be")

m("cb-3", "2025-02-15 10:05", "Coolblue <info@coolblue.be>", ME, "Hoe was je bezorging?",
  """Hoi Griet,

Kevin heeft je Dyson V8 Absolute een week geleden bezorgd. Hoe tevreden ben je? Geef een score van 1 tot 10.

https://www.coolblue.be/nl/feedback/84412930

Coolblue
""", kind="shop:survey", mid="mailer:coolblue.be")

# ------------------------------------------------------------------ Zalando
m("zal-1", "2025-04-27 20:41", "Zalando <info@service-mail.zalando.be>", ME, "Bedankt voor je bestelling",
  """Hallo Griet,

We hebben je bestelling 10203948571 ontvangen.

- Esprit blazer, marineblauw, maat 38 – € 89,95
- Vero Moda pantalon, zwart, maat 38 – € 44,99
- Geox loafers, cognac, maat 39 – € 119,95

Totaal: € 254,89 (gratis verzending)
Verwachte levering: 29 april – 30 april

Je Zalando-team
""", html=auto_html("Hallo Griet, we hebben je bestelling 10203948571 ontvangen. Totaal € 254,89.", "ZALANDO", "#ff6900"),
  kind="shop:order", mid="mailer:service-mail.zalando.be")

m("zal-2", "2025-04-28 13:20", "Zalando <info@service-mail.zalando.be>", ME, "Je pakket is onderweg",
  """Hallo Griet,

Je bestelling 10203948571 is verzonden met bpost. Track & trace: 323299001284410098.

Niet helemaal goed? Je hebt 100 dagen om gratis te retourneren.

Zalando
""", kind="shop:shipping", mid="mailer:service-mail.zalando.be")

m("zal-3", "2025-05-06 09:11", "Zalando <info@service-mail.zalando.be>", ME, "We hebben je retour ontvangen",
  """Hallo Griet,

Je retourzending is bij ons aangekomen:
- Geox loafers, cognac, maat 39

We storten € 119,95 binnen 5 werkdagen terug via je oorspronkelijke betaalmethode (Bancontact).

Zalando
""", kind="shop:return", mid="mailer:service-mail.zalando.be")

# ------------------------------------------------------------------ Collect&Go
for key, when, day, slot, amount in [("cg-1", "2025-01-25 08:55", "zaterdag 25 januari", "10u00-10u30", "132,44"),
                                     ("cg-2", "2025-03-15 09:10", "zaterdag 15 maart", "10u30-11u00", "98,17"),
                                     ("cg-3", "2025-05-10 08:48", "zaterdag 10 mei", "9u30-10u00", "156,03")]:
    m(key, when, "Collect&Go <noreply@collectandgo.be>", ME, "Je bestelling staat klaar!",
      f"""Dag Griet,

Je boodschappen staan klaar in het afhaalpunt Colruyt Gent Sint-Pieters (Kortrijksesteenweg).

Afhaalmoment: {day}, {slot}
Bedrag: € {amount}
Ontbrekende producten: geen

Vergeet je boodschappentassen niet!

Collect&Go – Colruyt Group
""", kind="shop:pickup", mid="plain:collectandgo.be")

# ------------------------------------------------------------------ Decathlon
m("dec-1", "2025-01-10 19:22", "Decathlon <noreply@decathlon.be>", ME, "Bevestiging bestelling nr. BE-5512098",
  """Dag Griet,

Bedankt voor je aankoop!

KIPRUN KS900 Light, dames, maat 39 – € 99,99
Afhalen in winkel: Decathlon Gent-Sint-Denijs-Westrem

We laten je weten wanneer je bestelling klaarstaat.

Sportieve groeten,
Decathlon
""", kind="shop:order", mid="plain:decathlon.be")

m("dec-2", "2025-01-12 11:05", "Decathlon <noreply@decathlon.be>", ME, "Je bestelling staat klaar in de winkel",
  """Dag Griet,

Je bestelling BE-5512098 staat klaar in Decathlon Gent-Sint-Denijs-Westrem. Je kan ze afhalen tot 26 januari aan de klantendienst. Vergeet je bestelnummer niet.

Decathlon
""", kind="shop:pickup", mid="plain:decathlon.be")

# ------------------------------------------------------------------ parcels
m("bpost-1", "2025-02-11 07:45", "bpost <noreply@bpost.be>", ME, "Je pakje wordt vandaag geleverd",
  """Hallo,

Je pakje van BOL.COM B.V. wordt vandaag geleverd tussen 11:15 en 13:15.

Niet thuis? Kies een andere leveringsoptie: https://track.bpost.cloud/btr/web/#/search?itemCode=323299001277719834

bpost
""", kind="parcel:tracking", mid="plain:bpost.be")

m("bpost-phish", "2025-03-21 03:12", "bpost <info@bpost-levering-be.com>", ME, "Uw pakket kon niet worden geleverd",
  """Geachte klant,

Uw pakket met nummer BE-8821-XR kon niet worden geleverd omdat de verzendkosten (€ 1,99) niet volledig betaald zijn.

Betaal binnen 48 uur om terugzending te voorkomen:
http://bpost-levering-be.com/betaling?id=8821XR

bpost Belgium
""", kind="spam:phishing", mid="plain:bpost-levering-be.com")

m("dpd-1", "2025-04-29 08:02", "DPD <noreply@dpd.be>", ME, "Je DPD-pakket komt vandaag",
  """Goeiemorgen Griet,

Je pakket van Zalando komt vandaag tussen 13:24 en 14:24. Chauffeur: Yusuf.

Kan je niet thuis zijn? Wijzig de levering via https://www.dpd.com/be/nl/ontvangen

Fijne dag!
DPD Belgium
""", kind="parcel:tracking", mid="plain:dpd.be")

# ------------------------------------------------------------------ public transport
m("nmbs-1", "2025-02-22 17:40", "NMBS <noreply@b-rail.be>", ME, "Je e-ticket",
  """Bedankt voor je aankoop.

Gent-Sint-Pieters → Brussel-Centraal
Heen: zaterdag 22 februari 2025
Terug: zaterdag 22 februari 2025
2 x Standaardticket 2e klas (weekendbiljet) – € 17,40

Je ticket vind je in bijlage en in de NMBS-app.

NMBS
""", atts=[pdf("e-ticket_NMBS_220225.pdf", "NMBS e-ticket")], kind="travel:train", mid="plain:b-rail.be")

m("delijn-1", "2025-03-01 06:30", "De Lijn <noreply@delijn.be>", ME, "Je Buzzy Pazz/abonnement is verlengd",
  """Beste klant,

Je abonnement Omnipas 25-64 is verlengd tot 28 februari 2026. Het bedrag van € 429,00 werd betaald via je werkgever (derdebetaler).

Je MOBIB-kaart hoeft niet opnieuw geladen te worden.

Veel reisplezier,
De Lijn
""", kind="travel:transit", mid="plain:delijn.be")

# ------------------------------------------------------------------ Porto trip
m("ryan-1", "2025-02-18 21:02", "Ryanair <do_not_reply@ryanair.com>", ME, "Your booking confirmation - Flight reservation K7Q2PM",
  """Thank you for booking with Ryanair.

Reservation number: K7Q2PM

Outbound: Thu 15 May 2025  Charleroi (CRL) 06:40 → Porto (OPO) 08:10  FR 4451
Return: Sun 18 May 2025  Porto (OPO) 20:55 → Charleroi (CRL) 00:30  FR 4452

Passengers: Ms Griet Vandenbussche, Mr Jonas Maertens
Total paid: EUR 283.96

Online check-in opens 24 hours before departure (48 hours with a reserved seat).

Ryanair DAC
""", html=auto_html("Thank you for booking with Ryanair. Reservation number: K7Q2PM. Charleroi - Porto, 15-18 May 2025.", "RYANAIR", "#073590"),
  kind="travel:flight", lang="en", mid="plain:ryanair.com", tz="UTC")

m("booking-1", "2025-02-18 21:20", "Booking.com <noreply@booking.com>", ME, "Je boeking is bevestigd bij Casa da Ribeira",
  """Griet, je boeking is bevestigd!

Casa da Ribeira – Porto, Portugal
Inchecken: do 15 mei 2025 (vanaf 14:00)
Uitchecken: zo 18 mei 2025 (tot 11:00)
3 nachten, 1 appartement, 2 volwassenen, 1 kind (2 jaar) – babybedje aangevraagd

Totale prijs: € 396 (te betalen bij de accommodatie)
Bevestigingsnummer: 4182.559.013
Pincode: 7731

Gratis annuleren tot 12 mei 2025.

Booking.com
""", html=auto_html("Griet, je boeking is bevestigd! Casa da Ribeira – Porto. 15-18 mei 2025. € 396.", "Booking.com", "#003580"),
  kind="travel:accommodation", mid="plain:booking.com")

m("ryan-2", "2025-05-13 07:00", "Ryanair <do_not_reply@ryanair.com>", ME, "Check-in is now open for your trip to Porto",
  """Hi Griet,

Online check-in is now open for flight FR 4451 on 15 May from Charleroi to Porto.

Check in now and get your boarding pass: https://www.ryanair.com/be/en/check-in

Reminder: small bag only (40 x 20 x 25 cm). Priority & 2 cabin bags can still be added.

Ryanair
""", kind="travel:flight", lang="en", mid="plain:ryanair.com", tz="UTC")

m("booking-2", "2025-05-12 10:17", "Booking.com <noreply@booking.com>", ME, "Nog 3 dagen tot Porto!",
  """Hoi Griet,

Je reis naar Porto komt eraan! Casa da Ribeira verwacht je op donderdag 15 mei.

Bericht van de accommodatie: "Olá! Please let us know your arrival time. The key box code will be sent the day before. Obrigado, Rui"

Stuur de accommodatie een bericht via de app.

Booking.com
""", kind="travel:accommodation", mid="plain:booking.com")

# ------------------------------------------------------------------ Gîte in the Ardennes (fr)
GITE = "Martine Lambert <gite.levieuxmoulin@gmail.com>"
m("gite-1", "2025-03-15 15:20", ME, GITE, "Disponibilité week-end de l'Ascension",
  """Bonjour Madame,

Nous cherchons un gîte pour le week-end de l'Ascension, du jeudi 29 mai au dimanche 1er juin 2025, pour 2 adultes et un enfant de 2 ans. Votre gîte « Le Vieux Moulin » est-il encore libre à ces dates ? Avez-vous un lit bébé ?

Je vous remercie d'avance pour votre réponse.

Bien cordialement,
Griet Vandenbussche
""", kind="personal:holiday-booking", lang="fr", mid="tb")

m("gite-2", "2025-03-16 09:48", GITE, ME, "Re: Disponibilité week-end de l'Ascension",
  """Bonjour Madame Vandenbussche,

Oui, le gîte est encore libre du 29 mai au 1er juin. Le prix est de 390 € pour les 3 nuits, taxe de séjour et linge compris. Nous avons un lit parapluie et une chaise haute.

Pour confirmer, je vous demande un acompte de 120 € sur le compte BE05 0011 7766 5544.

Au plaisir de vous accueillir à Durbuy,
Martine Lambert
""", kind="personal:holiday-booking", lang="fr", mid="gmail", parent="gite-1", quote=True)

m("gite-3", "2025-03-16 20:12", ME, GITE, "Re: Disponibilité week-end de l'Ascension",
  """Bonsoir Madame Lambert,

Parfait, nous réservons ! Je viens de virer l'acompte de 120 €. Nous arriverons probablement vers 16h le jeudi.

Merci beaucoup et à bientôt,
Griet
""", kind="personal:holiday-booking", lang="fr", mid="tb", parent="gite-2")

m("gite-4", "2025-05-26 11:30", GITE, ME, "Votre séjour au Vieux Moulin",
  """Bonjour Griet,

Petit message pour votre arrivée jeudi : la clé sera dans la boîte à côté de la porte, code 1945. Il y a du bois pour le poêle dans la grange. Attention, la route du moulin est en travaux, passez par Barvaux.

Bon voyage et à jeudi !
Martine
""", kind="personal:holiday-booking", lang="fr", mid="gmail")

# ------------------------------------------------------------------ health
m("doctena-1", "2025-02-12 20:03", "Doctena <noreply@doctena.be>", ME, "Bevestiging van uw afspraak",
  """Beste Griet Vandenbussche,

Uw afspraak is bevestigd.

Dr. An Vermeersch – huisarts
Groepspraktijk De Sleep, Sleepstraat 118, 9000 Gent
Dinsdag 18 februari 2025 om 08:40

Kan u niet komen? Annuleer dan ten laatste 24 uur vooraf via de link in deze e-mail.

Doctena
""", kind="health:appointment", mid="plain:doctena.be")

m("doctena-2", "2025-02-17 18:00", "Doctena <noreply@doctena.be>", ME, "Herinnering: afspraak morgen om 08:40",
  """Herinnering: u heeft morgen, dinsdag 18 februari om 08:40, een afspraak bij Dr. An Vermeersch (Groepspraktijk De Sleep).

Vergeet uw identiteitskaart niet.
""", kind="health:reminder", mid="plain:doctena.be")

m("tandarts", "2025-04-03 12:00", "Tandartspraktijk Smile Gent <info@smilegent.be>", ME, "Herinnering halfjaarlijkse controle",
  """Beste Griet,

Het is alweer zes maanden geleden sinds uw laatste controle. Wij hebben voor u een afspraak vastgelegd op woensdag 16 april om 17u15 bij tandarts Van Overberghe.

Past dit niet? Bel ons op 09 225 78 10.

Tot binnenkort,
Tandartspraktijk Smile Gent
""", kind="health:reminder", mid="plain:smilegent.be")

m("cm-1", "2025-03-05 15:25", "CM <noreply@cm.be>", ME, "Terugbetaling van uw CM",
  """Beste Griet,

We hebben € 42,18 teruggestort voor uw raadplegingen bij de huisarts en het geneesmiddel voor uw dochter Mila.

Bekijk het detail in Mijn CM: https://www.cm.be/mijn-cm

Uw CM
""", kind="health:insurer", mid="plain:cm.be")

m("cm-2", "2025-05-15 10:00", "CM Nieuwsbrief <nieuwsbrief@cm.be>", ME, "Zomerkampen, hooikoorts en een gezonde rug",
  """Deze maand in de CM-nieuwsbrief:

- Hooikoorts: wat helpt echt?
- Nog plaatsen vrij in de CM-vakantiekampen voor kinderen vanaf 3 jaar
- Thuiswerken of terug naar kantoor: 5 oefeningen voor een gezonde rug
- Wist je dat CM tot 50 euro per jaar terugbetaalt voor je sportclub?

Lees meer: https://www.cm.be/nieuwsbrief

Uw CM
""", html=auto_html("Deze maand in de CM-nieuwsbrief: hooikoorts, vakantiekampen, een gezonde rug.", "CM", "#00a3a6"),
  kind="newsletter:health", mid="mc")

# ------------------------------------------------------------------ library / culture
m("bib-1", "2025-01-28 14:10", "Bibliotheek Gent <bibliotheek@stad.gent>", ME, "Je reservering ligt klaar",
  """Beste lezer,

Je gereserveerde materialen liggen klaar in Bibliotheek De Krook:

- Keegan, Claire – Kleine dingen zoals deze
- Dikkie Dik: Het grote voorleesboek

Je kan ze afhalen tot en met 7 februari 2025 aan de reservatiekasten op niveau 0.

Bibliotheek Gent
""", kind="library", mid="plain:stad.gent")

m("bib-2", "2025-03-25 06:15", "Bibliotheek Gent <bibliotheek@stad.gent>", ME, "Herinnering: uitleentermijn verloopt",
  """Beste lezer,

De uitleentermijn van onderstaande materialen verloopt over 3 dagen:

- Spit, Lize – Het smelt (terugbrengen vóór 28/03/2025)

Je kan online verlengen via Mijn Bibliotheek.

Bibliotheek Gent
""", kind="library", mid="plain:stad.gent")

m("bib-3", "2025-05-19 06:15", "Bibliotheek Gent <bibliotheek@stad.gent>", ME, "Je reservering ligt klaar",
  """Beste lezer,

Je gereserveerde materialen liggen klaar in Bibliotheek Brugse Poort:

- Lonely Planet Portugal (2024)

Afhalen kan tot en met 29 mei 2025.

Bibliotheek Gent
""", kind="library", mid="plain:stad.gent")

m("kinepolis", "2025-02-22 10:35", "Kinepolis <tickets@kinepolis.be>", ME, "Je tickets voor Paddington in Peru",
  """Bedankt voor je aankoop!

Film: Paddington in Peru (NL)
Kinepolis Gent – zaal 6
Zondag 23 februari 2025, 14:00
2 tickets + 1 kinderticket

Toon de QR-code aan de ingang. Veel kijkplezier!

Kinepolis
""", kind="tickets:cinema", mid="plain:kinepolis.be")

m("viernulvier", "2025-04-05 11:21", "VIERNULVIER <ticketing@viernulvier.gent>", ME, "Je bestelling bij VIERNULVIER",
  """Dag Griet,

Bedankt voor je bestelling!

Meskerem Mees – Theaterzaal
Vrijdag 16 mei 2025, 20:00
2 x Staanplaats – € 56,00

Je e-tickets zitten in bijlage. Tot dan!

VIERNULVIER
""", atts=[pdf("tickets_viernulvier.pdf", "e-tickets")], kind="tickets:concert", mid="plain:viernulvier.gent")

m("viernulvier-2", "2025-05-08 16:04", "VIERNULVIER <ticketing@viernulvier.gent>", ME, "Omruilen of terugbetaling: Meskerem Mees",
  """Dag Griet,

Je liet weten dat je op 16 mei in het buitenland bent. Geen probleem: we hebben je 2 tickets terugbetaald (€ 56,00) als tegoedbon, geldig tot 31/12/2025.

Code: VNV-7741-MEES

VIERNULVIER
""", kind="tickets:concert", mid="plain:viernulvier.gent")

# ------------------------------------------------------------------ newsletters
DS = "De Standaard <nieuwsbrief@standaard.be>"
m("ds-1", "2025-01-11 06:00", DS, ME, "Het weekend van De Standaard",
  """Goedemorgen,

In De Standaard Weekblad deze week:
- Waarom de Gentse haven zich opnieuw uitvindt (en wat dat betekent voor 3.000 jobs)
- Recensie: de nieuwe roman van Stefan Hertmans
- Koken met Sergio: stoofvlees met donker bier

Lees online: https://www.standaard.be/weekend

De Standaard
""", html=auto_html("In De Standaard Weekblad deze week: de Gentse haven, Stefan Hertmans, stoofvlees.", "De Standaard", "#000000"),
  kind="newsletter:news", mid="mailer:standaard.be")

m("ds-2", "2025-02-15 06:00", DS, ME, "Het weekend van De Standaard",
  """Goedemorgen,

Deze zaterdag:
- Het grote interview: Hilde Crevits over zorg, jobs en de eindeloze regeringsvorming
- Reportage: een nacht op de spoeddienst van het UZ Gent
- Wijn: 10 betaalbare Portugese rode wijnen

Lees online: https://www.standaard.be/weekend
""", html=auto_html("Het grote interview met Hilde Crevits. Een nacht op de spoeddienst. Portugese rode wijnen.", "De Standaard", "#000000"),
  kind="lookalike:newsletter-interview", mid="mailer:standaard.be")

m("ds-3", "2025-03-29 06:00", DS, ME, "Het weekend van De Standaard",
  """Goedemorgen,

Deze week:
- Vrijdagmiddag was de laatste: hoe Vlaamse bedrijven de vierdaagse werkweek testen
- Interview: 'Ik solliciteerde 200 keer, tot ik mijn cv omgooide'
- De beste fietsroutes langs de Leie

Lees online: https://www.standaard.be/weekend
""", html=auto_html("Vierdaagse werkweek. Interview: 'Ik solliciteerde 200 keer'. Fietsroutes langs de Leie.", "De Standaard", "#000000"),
  kind="lookalike:newsletter-job-search-story", mid="mailer:standaard.be")

m("ds-4", "2025-05-03 06:00", DS, ME, "Uw proefabonnement loopt af",
  """Beste lezer,

Uw digitaal proefabonnement op De Standaard loopt af op 10 mei. Blijf lezen voor € 1 per week in de eerste 3 maanden.

Abonnement verlengen: https://www.standaard.be/abonnement

De Standaard
""", kind="promo:subscription", mid="mailer:standaard.be")

m("scm-1", "2025-02-05 14:00", "Supply Chain Movement <newsletter@supplychainmovement.com>", ME, "S&OP maturity: where does Europe stand?",
  """SUPPLY CHAIN MOVEMENT – weekly update

• S&OP maturity survey 2025: only 14% of companies reach the 'integrated business planning' stage
• Case: how a Belgian dairy co-op cut forecast error by 22%
• Column: "Stop calling it demand sensing"
• Interview with the CSCO of a global chemicals group on nearshoring

Read more: https://www.supplychainmovement.com/newsletter/2025-06
""", html=auto_html("S&OP maturity survey 2025. Case: Belgian dairy co-op. Interview with a CSCO.", "Supply Chain Movement", "#e2001a"),
  kind="newsletter:professional", lang="en", mid="mc", tz="UTC")

m("scm-2", "2025-04-16 14:00", "Supply Chain Movement <newsletter@supplychainmovement.com>", ME, "Planners are the new data scientists?",
  """SUPPLY CHAIN MOVEMENT – weekly update

• Why planners need Python (or do they?)
• Top 25 supply chain software vendors of 2025
• Event: Supply Chain Planning Forum, Utrecht, 12 June – early bird ends Friday

Read more: https://www.supplychainmovement.com/newsletter/2025-16
""", html=auto_html("Why planners need Python. Top 25 software vendors. Planning Forum Utrecht.", "Supply Chain Movement", "#e2001a"),
  kind="newsletter:professional", lang="en", mid="mc", tz="UTC")

m("natuurpunt", "2025-03-12 19:00", "Natuurpunt <info@natuurpunt.be>", ME, "Lente in de Bourgoyen: wandel mee!",
  """Dag Griet,

De eerste grutto's zijn terug in de Bourgoyen-Ossemeersen! Op zondag 30 maart begeleiden onze gidsen een gezinswandeling (ook met buggy). Gratis voor leden.

Inschrijven: https://www.natuurpunt.be/agenda

Bedankt om lid te zijn van Natuurpunt.
""", kind="newsletter:nature", mid="mc")

m("stadgent-nieuws", "2025-04-04 12:00", "Stad Gent <nieuwsbrief@stad.gent>", ME, "Nieuws uit Gent – april",
  """In de nieuwsbrief van april:
- Nieuwe fietsstraat in de Brugse Poort vanaf 14 april
- Tweede Gentse Lentefeesten op de Kouter
- Premies voor groendaken: aanvragen tot 30 juni
- Werken aan de Zuid: omleiding voor bus 5, 55 en 70

Meer op stad.gent
""", html=auto_html("Nieuwe fietsstraat, Lentefeesten, groendaken, werken aan de Zuid.", "Stad Gent", "#009de0"),
  kind="newsletter:municipal", mid="mc")

m("standaardbh", "2025-03-08 09:30", "Standaard Boekhandel <nieuws@standaardboekhandel.be>", ME, "Boekenbon van € 5 voor jou 📚",
  """Dag Griet,

Als trouwe klant krijg je een boekenbon van € 5 bij aankoop vanaf € 25. Geldig tot 31 maart in al onze winkels en online.

Tip van onze boekhandelaars: 'James' van Percival Everett.

Standaard Boekhandel
""", kind="promo:books", mid="mc")

# ------------------------------------------------------------------ promotions
m("ikea", "2025-01-13 17:00", "IKEA <nieuws@news.email.ikea.be>", ME, "Nieuw jaar, nieuwe opbergruimte",
  """Hej Griet,

Maak plaats voor 2025! Tot 15% korting voor IKEA Family-leden op alle opbergmeubels, van PAX tot KALLAX.

Ontdek het aanbod: https://www.ikea.com/be/nl/offers/

IKEA Gent
""", html=auto_html("Tot 15% korting op opbergmeubels voor IKEA Family-leden.", "IKEA", "#0058a3"), kind="promo:retail", mid="mc")

m("lidl", "2025-02-24 07:30", "Lidl België <nieuwsbrief@lidl.be>", ME, "Deze week: topaanbiedingen vanaf donderdag",
  """Aanbiedingen geldig van 27/02 tot 05/03:

- Parkside accuboormachine 20 V – € 39,99
- Lupilu kinderregenjas – € 9,99
- Verse aardbeien 500 g – € 2,49

Bekijk de folder: https://www.lidl.be/nl/folders
""", html=auto_html("Parkside accuboormachine, Lupilu regenjas, aardbeien.", "Lidl", "#0050aa"), kind="promo:retail", mid="mc")

m("brico", "2025-03-20 08:00", "Brico <info@brico.be>", ME, "Exclusief aanbod: -20% op alle tuinmeubelen",
  """Dag Griet,

Het voorjaar is begonnen! Alleen dit weekend: 20% korting op alle tuinmeubelen en parasols met je Brico Club-kaart.

Onze offer loopt tot zondag. Shop nu: https://www.brico.be/nl/tuin
""", html=auto_html("Alleen dit weekend: 20% op tuinmeubelen met je Brico Club-kaart.", "Brico", "#e30613"),
  kind="lookalike:retail-offer", mid="mc")

m("hema", "2025-04-05 10:00", "HEMA <nieuwsbrief@hema.be>", ME, "Paasontbijt? Geregeld 🐣",
  """Van chocolade-eitjes tot paashaasjes in het bakje: bij HEMA vind je alles voor het paasontbijt.

+ nu 2e halve prijs op alle paasdecoratie.

https://www.hema.be/nl-be/pasen
""", kind="promo:retail", mid="mc")

m("jbc", "2025-04-26 09:00", "JBC <nieuws@jbc.be>", ME, "Jouw persoonlijke aanbieding: -25% op kids",
  """Dag Griet,

Speciaal voor jou: 25% korting op de volledige kidscollectie, online en in de winkel. Code: KIDS25. Geldig tot 4 mei.

JBC – wij zijn een familiebedrijf sinds 1975
""", kind="lookalike:personal-offer-promo", mid="mc")

m("torfs", "2025-05-08 18:00", "Schoenen Torfs <nieuwsbrief@torfs.be>", ME, "Nieuw in de winkel: zomersandalen",
  """Dag Griet,

De zomer komt eraan en wij zijn er klaar voor: de nieuwe sandalen van Birkenstock, Teva en Mephisto zijn binnen.

Gratis verzending en retour. Liefst 360 dagen om te ruilen.

Schoenen Torfs
""", kind="promo:retail", mid="mc")

m("asadv", "2025-06-04 12:00", "A.S.Adventure <info@asadventure.com>", ME, "Klaar voor je zomeravontuur?",
  """Hallo Griet,

Trek je er deze zomer op uit? Ontdek onze tentdeals en de nieuwe collectie rugzakken voor kinderen.

Adventure Card-leden: dubbele punten tot 15 juni.

A.S.Adventure
""", kind="promo:retail", mid="mc")

m("ryan-promo", "2025-04-09 12:00", "Ryanair <ryanair@mail.ryanair.com>", ME, "Summer seat sale: fares from €24.99",
  """Don't miss out!

Summer seat sale – fares from €24.99 one way for travel June to August. Book by midnight Thursday.

Charleroi → Malaga, Porto, Rome, Krakow & more.

https://www.ryanair.com/be/en/cheap-flights
""", kind="promo:travel", lang="en", mid="mc", tz="UTC")

m("delhaize", "2025-05-27 07:15", "Delhaize <nieuwsbrief@delhaize.be>", ME, "Je persoonlijke SuperPlus-voordelen",
  """Dag Griet,

Deze week in je SuperPlus-app: 10 gepersonaliseerde kortingen, o.a. -30% op verse pasta en 2+1 gratis op Delhaize bio-yoghurt.

Activeer ze vóór zondag.

Delhaize
""", kind="promo:retail", mid="mc")

# ------------------------------------------------------------------ creche
RUPSKE = "Kinderdagverblijf 't Rupske <info@rupske-gent.be>"
m("rupske-1", "2025-02-28 16:20", RUPSKE, ME, "Nieuwsbrief maart",
  """Beste ouders,

In maart werken we rond het thema 'lente'. We gaan naar de kinderboerderij in het Citadelpark (dinsdag 18/3, graag laarsjes mee).

Denk aan:
- reservekleding (het wordt weer natter)
- de vaccinatiekaart van Kind en Gezin, als jullie kindje recent een prik kreeg
- sluitingsdag: vrijdag 28 maart (pedagogische studiedag)

Warme groet,
Sarah, Fatima en Joke
""", kind="childcare:newsletter", mid="plain:rupske-gent.be")

m("rupske-2", "2025-04-25 13:50", RUPSKE, ME, "Mila: koorts",
  """Dag Griet,

Mila heeft 38,6 koorts en is wat hangerig. Ze heeft goed gedronken maar wil niet eten. Kunnen jullie haar vandaag ophalen? We hebben ook geprobeerd Jonas te bellen.

Groetjes,
Fatima
""", kind="childcare:message", mid="plain:rupske-gent.be")

m("rupske-2-re", "2025-04-25 14:02", ME, RUPSKE, "Re: Mila: koorts",
  """Dag Fatima, ik ben er binnen een halfuurtje. Dank je!
Griet
""", kind="childcare:message", mid="tb", parent="rupske-2")

m("rupske-3", "2025-06-06 10:00", RUPSKE, ME, "Zomerfeest 't Rupske – 21 juni",
  """Beste ouders, grootouders en kinderen,

Op zaterdag 21 juni houden we ons zomerfeest in de tuin van 't Rupske (10u – 13u). Er is een kinderdisco, pannenkoeken en een tombola ten voordele van nieuwe speeltuigen.

Wie een taart wil bakken, mag zich melden bij Joke.

Tot dan!
""", kind="childcare:newsletter", mid="plain:rupske-gent.be")

# ------------------------------------------------------------------ car / insurance / tax / admin
m("vab", "2025-01-29 10:00", "VAB <ledenservice@vab.be>", ME, "Uw VAB-lidmaatschap wordt verlengd",
  """Beste Griet Vandenbussche,

Uw VAB Pechhulp Gezin wordt op 1 maart 2025 automatisch verlengd voor € 139,00. Dit bedrag wordt via domiciliëring geïnd.

Wist u dat u ook pechhulp hebt met de fiets?

VAB
""", kind="membership:renewal", mid="plain:vab.be")

m("keuring-1", "2025-03-24 20:47", "Autoveiligheid <noreply@autoveiligheid.be>", ME, "Bevestiging afspraak periodieke keuring",
  """Beste klant,

U heeft een afspraak gemaakt voor de periodieke keuring:

Voertuig: Toyota Yaris – 1-HKL-672
Station: Autoveiligheid Gent-Wiedauwkaai
Datum: woensdag 2 april 2025 om 10:24

Breng mee: inschrijvingsbewijs, gelijkvormigheidsattest, vorig keuringsbewijs en verzekeringsbewijs.

Autoveiligheid
""", kind="car:inspection", mid="plain:autoveiligheid.be")

m("keuring-2", "2025-04-02 11:05", "Autoveiligheid <noreply@autoveiligheid.be>", ME, "Uw keuringsresultaat",
  """Beste klant,

Uw voertuig 1-HKL-672 werd goedgekeurd (groene kaart). Volgende keuring vóór 02/04/2026.

Opmerking: bandenprofiel vooraan nadert minimum.

Autoveiligheid
""", kind="car:inspection", mid="plain:autoveiligheid.be")

m("ag-brand", "2025-02-10 09:00", "AG <noreply@ag.be>", ME, "Uw brandverzekering huurder: nieuwe premievervaldag",
  """Beste klant,

Uw polis Brand Huurder (nr. 01.244.8812) wordt op 1 maart 2025 verlengd. De nieuwe premie bedraagt € 168,40 (indexering 3,2%).

Uw makelaar: Dewaele Verzekeringen, Gent.

AG
""", kind="insurance:renewal", mid="plain:ag.be")

m("minfin-1", "2025-05-14 08:00", "MyMinfin <noreply@minfin.fed.be>", ME, "Er staat een nieuw document voor u klaar in MyMinfin",
  """Beste,

Er staat een nieuw document voor u klaar in MyMinfin: Voorstel van vereenvoudigde aangifte – aanslagjaar 2025.

Log in met itsme of uw eID op https://myminfin.be

FOD Financiën
""", kind="government:tax", mid="plain:minfin.fed.be")

m("minfin-2", "2025-06-10 08:00", "MyMinfin <noreply@minfin.fed.be>", ME, "Herinnering: uw voorstel van vereenvoudigde aangifte",
  """Beste,

U heeft uw voorstel van vereenvoudigde aangifte nog niet geraadpleegd. Bent u akkoord, dan hoeft u niets te doen. Wilt u iets wijzigen, dan moet u vóór 15 juli 2025 reageren.

FOD Financiën
""", kind="government:tax", mid="plain:minfin.fed.be")

m("parkeren", "2025-03-06 09:30", "Mobiliteitsbedrijf Stad Gent <bewonerskaart@stad.gent>", ME, "Uw bewonerskaart vervalt binnenkort",
  """Beste bewoner,

Uw bewonerskaart voor zone Sint-Pietersaalst (nummerplaat 1-HKL-672) vervalt op 31 maart 2025. U kan ze online verlengen via het e-loket.

Mobiliteitsbedrijf Stad Gent
""", kind="government:parking", mid="plain:stad.gent")

m("eid-1", "2025-04-11 10:15", "Stad Gent - Burgerzaken <burgerzaken@stad.gent>", ME, "Uw identiteitskaart vervalt",
  """Beste mevrouw Vandenbussche,

Uw elektronische identiteitskaart vervalt op 3 juli 2025. U ontving per post een oproepingsbrief. Maak een afspraak om een nieuwe kaart aan te vragen via https://stad.gent/afspraak.

Dienst Burgerzaken
""", kind="government:eid", mid="plain:stad.gent")

m("eid-2", "2025-04-11 10:40", "Stad Gent - Afspraken <afspraken@stad.gent>", ME, "Bevestiging afspraak: aanvraag identiteitskaart",
  """Uw afspraak is bevestigd.

Dienst: aanvraag elektronische identiteitskaart
Locatie: Administratief Centrum, Woodrow Wilsonplein 1
Datum: vrijdag 25 april 2025, 11:30

Breng mee: uw huidige identiteitskaart. De kostprijs is € 24,20.

Stad Gent
""", kind="government:appointment", mid="plain:stad.gent")

# ------------------------------------------------------------------ misc digital
m("google-sec", "2025-03-02 23:41", "Google <no-reply@accounts.google.com>", ME_GMAIL, "Beveiligingsmelding",
  """Nieuwe aanmelding op Windows

griet.vdbussche@gmail.com
We hebben een nieuwe aanmelding bij je Google-account gedetecteerd op een Windows-apparaat. Als jij dit was, hoef je niets te doen. Zo niet, dan helpen we je je account te beveiligen.

Activiteit checken: https://myaccount.google.com/notifications
""", kind="security:account", mid="plain:accounts.google.com", tz="UTC")

m("netflix", "2025-03-31 16:00", "Netflix <info@account.netflix.com>", ME, "Wijziging van je abonnementsprijs",
  """Hallo Griet,

We laten je graag weten dat de prijs van je Standaard-abonnement verandert van € 13,49 naar € 14,99 per maand, vanaf je betaaldatum op of na 1 mei 2025.

Het Netflix-team
""", kind="subscription:price-change", mid="plain:account.netflix.com", tz="UTC")

m("spotify", "2025-06-01 09:00", "Spotify <no-reply@spotify.com>", ME, "Je ontvangstbewijs van Spotify",
  """Hoi Griet,

Bedankt voor je betaling voor Spotify Premium Duo.

Bedrag: € 16,99
Datum: 1 juni 2025
Betaalmethode: Visa •••• 4417

Spotify
""", kind="receipt:subscription", mid="plain:spotify.com", tz="UTC")

m("icloud", "2025-04-19 14:22", "iCloud <noreply@email.apple.com>", ME, "Je iCloud-opslag is bijna vol",
  """Hallo Griet,

Je iCloud-opslag van 50 GB is bijna vol (48,7 GB gebruikt). Foto's en back-ups worden niet meer bijgewerkt als je opslag vol is.

Upgrade naar iCloud+ met 200 GB voor € 2,99 per maand.

Apple
""", kind="subscription:storage", mid="apple", tz="UTC")
