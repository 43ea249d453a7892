"""Mailbox A: everyday automated mail (shops, bank, transport, subscriptions, newsletters, promos)."""
from common import M, NJ
from a_jobs import ME, ME_ADDR, OLD

S = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    kw.setdefault('html', True)
    S.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

# ---------------------------------------------------------------- bol.com
BOL = 'bol.com <automail@bol.com>'
for i, (when, items, total, kind) in enumerate([
    ('2024-01-20 14:03', ['Tomorrow, and Tomorrow, and Tomorrow – Gabrielle Zevin (paperback)'], '15,99', 'bestelling'),
    ('2024-02-03 11:40', ['Babyshower slinger "Oh baby" (naturel)', 'Fotolijst 10x15 eikenhout (3 stuks)'], '27,48', 'bestelling'),
    ('2024-03-17 21:55', ['Nijntje knuffel 25 cm', 'Muslin doeken 120x120 (3 stuks)'], '34,97', 'bestelling'),
    ('2024-04-14 10:12', ['Logitech MX Keys Mini toetsenbord'], '89,99', 'bestelling'),
    ('2024-06-02 16:30', ['Verhuisdozen extra sterk (20 stuks)', 'Tape-afroller + 6 rollen'], '41,45', 'bestelling'),
]):
    items_txt = '\n'.join('- 1x %s' % it for it in items)
    E('bol-order-%d' % i, when, BOL, 'Bedankt voor je bestelling (%s)' % ('1003%07d' % (4412 + i * 977)),
      """Hoi Lotte,

Bedankt voor je bestelling bij bol. We gaan meteen voor je aan de slag.

Bestelnummer: %s
%s

Totaalbedrag: € %s
Betaald met: iDEAL

Verwachte bezorging: morgen, tussen 14:00 en 22:00 door PostNL.

Je bestelling volgen of wijzigen? Ga naar Mijn bol: https://www.bol.com/nl/rnwy/account/bestellingen

Groeten,
bol""" % ('1003%07d' % (4412 + i * 977), items_txt, total), 'shopping:order-confirmation', color='#0000a4', brand='bol.')

# ---------------------------------------------------------------- PostNL
PNL = 'PostNL <noreply@notificatie.postnl.nl>'
for i, (when, sender, window) in enumerate([
    ('2024-01-21 08:04', 'bol.com', 'vandaag tussen 15:10 en 17:10'),
    ('2024-02-09 07:51', 'Zalando', 'vandaag tussen 11:45 en 13:45'),
    ('2024-03-18 08:30', 'bol.com', 'vandaag tussen 17:20 en 19:20'),
    ('2024-04-15 09:12', 'Coolblue', 'morgen tussen 09:00 en 12:00'),
    ('2024-05-23 07:40', 'Hardloopwinkel Runnersplaza', 'vandaag tussen 12:55 en 14:55'),
    ('2024-06-03 07:58', 'bol.com', 'vandaag tussen 18:30 en 20:30'),
]):
    E('postnl-%d' % i, when, PNL, 'Je pakket van %s komt %s' % (sender, window.split(' tussen')[0]),
      """Hallo,

Je pakket van %s komt %s.

Track & Trace: 3SBOL%08d
Bezorgadres: Kanaalstraat 112-bis, Utrecht

Niet thuis? Kies een andere dag of een PostNL-punt in de PostNL-app.
https://jouw.postnl.nl/track-and-trace/3SBOL%08d-NL-3531CK

Met vriendelijke groet,
PostNL""" % (sender, window, 71302211 + i * 3331, 71302211 + i * 3331), 'shipping:postnl', color='#ff6200')

# ---------------------------------------------------------------- Albert Heijn
AH = 'Albert Heijn <noreply@mail.ah.nl>'
for i, (when, slot, total, extra) in enumerate([
    ('2024-01-18 20:10', 'zaterdag 20 januari, 10:00 - 11:00', '87,34', 'Let op: 1 product is vervangen (Volkoren spaghetti -> AH Biologisch volkoren spaghetti).'),
    ('2024-02-14 19:02', 'vrijdag 16 februari, 18:00 - 19:00', '112,60', 'Je hebt € 6,45 voordeel met je bonuskaart.'),
    ('2024-03-20 21:44', 'donderdag 21 maart, 19:00 - 20:00', '64,18', 'Statiegeld: 4 flessen retour.'),
    ('2024-04-25 18:36', 'zaterdag 27 april, 09:00 - 10:00', '95,02', 'Je bezorgkosten zijn € 2,95 (Premium-voordeel).'),
    ('2024-05-30 20:20', 'vrijdag 31 mei, 17:00 - 18:00', '141,77', 'Er zitten 2 producten met een leeftijdsgrens in je bestelling. Houd je ID bij de hand.'),
]):
    E('ah-%d' % i, when, AH, 'Je bestelling voor %s is bevestigd' % slot.split(',')[0],
      """Hoi Lotte,

Je bestelling is bevestigd. We bezorgen %s.

Totaal (indicatie): € %s
%s

Je kunt je bestelling nog tot de avond ervoor 23:59 aanpassen in de app.

Tot %s!
Albert Heijn""" % (slot, total, extra, slot.split(' ')[0]), 'shopping:groceries', color='#00a0e2', brand='Albert Heijn')
E('ah-bonus', '2024-03-24 09:00', 'Albert Heijn <nieuwsbrief@mail.ah.nl>', 'Je persoonlijke bonus: deze week 6 aanbiedingen voor jou',
  """Hoi Lotte,

Speciaal voor jou deze week:
- AH Griekse yoghurt: 2e halve prijs
- Tony's Chocolonely: 2 voor € 6
- Verse pasta: 25% korting
- Alle Hak groenten: 1+1 gratis
- Lipton ice tea 1,5 L: € 1,49
- Persoonlijk: 15% korting op je favoriete koffiebonen

Activeer je bonus in de app en bespaar direct.

Fijne week!
Albert Heijn""", 'promo:supermarket', color='#00a0e2', brand='Albert Heijn')

# ---------------------------------------------------------------- Thuisbezorgd
TB = 'Thuisbezorgd.nl <info@thuisbezorgd.nl>'
for i, (when, rest, items, total) in enumerate([
    ('2024-01-26 19:12', 'Pizzeria Da Michele Lombok', '1x Pizza Margherita, 1x Pizza Diavola, 1x Tiramisu', '34,50'),
    ('2024-02-22 20:03', 'Thai Orchid Kanaalstraat', '1x Pad Thai kip, 1x Green curry tofu, 2x Jasmijnrijst', '38,20'),
    ('2024-03-29 18:47', 'Sushi Mori Utrecht', '1x Sushi box medium (24 stuks), 1x Edamame, 1x Gyoza', '41,90'),
    ('2024-04-30 19:30', 'Burgermeester Oudegracht', '2x Classic burger, 1x Zoete aardappelfriet, 1x Coleslaw', '36,75'),
    ('2024-06-07 20:15', 'Lokanta Anadolu', '1x Mixed grill voor 2, 1x Linzensoep, 1x Baklava', '44,10'),
]):
    E('tb-%d' % i, when, TB, 'Bedankt voor je bestelling bij %s' % rest,
      """Hoi Lotte,

Je bestelling is ontvangen door %s en wordt bereid.

%s
Bezorgkosten: € 2,49
Totaal: € %s (betaald met iDEAL)

Verwachte bezorgtijd: 35-50 minuten.
Volg je bestelling: https://www.thuisbezorgd.nl/order-tracker

Eet smakelijk!
Thuisbezorgd.nl""" % (rest, items, total), 'shopping:food-delivery', color='#ff8000', brand='Thuisbezorgd.nl')

# ---------------------------------------------------------------- NS
NS = 'NS <noreply@ns.nl>'
E('ns-reisoverzicht-jan', '2024-02-02 06:30', NS, 'Je reisoverzicht van januari 2024 staat klaar',
  """Beste Lotte Verhoeven,

Je reisoverzicht over januari 2024 staat klaar in Mijn NS.

Abonnement: Dal Vrij
Aantal reizen: 9
Reizen buiten het dal: € 18,42

Het bedrag wordt rond 28 februari van je rekening afgeschreven.

Met vriendelijke groet,
NS Klantenservice""", 'transport:ns-statement', color='#003082', brand='NS')
E('ns-geld-terug', '2024-02-27 19:14', NS, 'Je aanvraag Geld terug bij vertraging is goedgekeurd',
  """Beste Lotte Verhoeven,

Je aanvraag voor Geld terug bij vertraging is goedgekeurd.

Reis: Utrecht Centraal - Amsterdam Centraal, 26 februari 2024
Vertraging: 34 minuten
Compensatie: € 4,60

We storten het bedrag binnen 10 werkdagen op je rekening.

Met vriendelijke groet,
NS""", 'transport:ns-delay-refund', color='#003082', brand='NS')
E('ns-reisoverzicht-apr', '2024-05-02 06:30', NS, 'Je reisoverzicht van april 2024 staat klaar',
  """Beste Lotte Verhoeven,

Je reisoverzicht over april 2024 staat klaar in Mijn NS.

Abonnement: Dal Vrij
Aantal reizen: 6
Reizen buiten het dal: € 7,96

Met vriendelijke groet,
NS Klantenservice""", 'transport:ns-statement', color='#003082', brand='NS')
E('ns-werkzaamheden', '2024-05-15 12:00', 'NS Reisinformatie <reisinfo@ns.nl>', 'Werkzaamheden Pinksterweekend: Utrecht - Amsterdam',
  """Let op: in het Pinksterweekend (18 t/m 20 mei) rijden er geen treinen tussen Utrecht Centraal en Amsterdam Bijlmer ArenA door werkzaamheden. Er rijden snelbussen en stopbussen. Houd rekening met 45 minuten extra reistijd.

Plan je reis in de NS-app.""", 'transport:ns-service-notice', color='#003082', brand='NS')

# ---------------------------------------------------------------- ING
ING = 'ING <noreply@ing.nl>'
for i, (when, subj, body) in enumerate([
    ('2024-01-31 06:00', 'Je maandoverzicht januari staat klaar', 'Je maandoverzicht van januari voor rekening NL43 INGB 0006 •••• 12 staat klaar in de ING App en in Mijn ING.'),
    ('2024-02-29 06:00', 'Je maandoverzicht februari staat klaar', 'Je maandoverzicht van februari voor rekening NL43 INGB 0006 •••• 12 staat klaar in de ING App en in Mijn ING.'),
    ('2024-03-12 15:26', 'Nieuwe inlog op een ander apparaat', 'Je bent op 12 maart om 15:24 ingelogd in de ING App op een nieuw apparaat (iPhone 15). Was jij dit? Dan hoef je niets te doen. Was jij het niet? Bel dan direct 020 22 888 00.'),
    ('2024-04-30 06:00', 'Je maandoverzicht april staat klaar', 'Je maandoverzicht van april voor rekening NL43 INGB 0006 •••• 12 staat klaar in de ING App en in Mijn ING.'),
    ('2024-05-24 10:03', 'Je vakantiegeld is binnen ☀️', 'Er is zojuist een bijschrijving van Tuinhuys B.V. op je betaalrekening gedaan met omschrijving "Vakantiegeld 2024". Tip: zet een deel direct opzij op je spaarrekening.'),
]):
    E('ing-%d' % i, when, ING, subj, 'Beste mevrouw Verhoeven,\n\n%s\n\nMet vriendelijke groet,\nING\n\nDit is een automatisch bericht. Je kunt hier niet op reageren.' % body,
      'bank:ing', color='#ff6200', brand='ING')

# ---------------------------------------------------------------- Tikkie
TK = 'Tikkie <noreply@tikkie.me>'
for i, (when, who, amount, what) in enumerate([
    ('2024-01-27 11:20', 'Noor', '18,50', 'Sushi vrijdag 🍣'),
    ('2024-02-26 09:11', 'Sanne (schoonzus Jeroen)', '22,00', 'Babyshower brunch + cadeau'),
    ('2024-05-03 12:02', 'Marieke', '10,00', 'Cadeau Yvonne'),
    ('2024-05-26 10:40', 'Iris', '12,75', 'Bijdrage BBQ vlees & vega'),
]):
    E('tikkie-%d' % i, when, TK, '%s heeft je een Tikkie gestuurd' % who.split(' ')[0],
      """Hoi!

%s heeft je een Tikkie gestuurd voor '%s'.

Bedrag: € %s

Betaal via deze link: https://tikkie.me/pay/%s

Deze Tikkie is 14 dagen geldig.""" % (who, what, amount, ['q8Rk2m', 'Zt5Lp0', 'Mn3Xa9', 'Hw7Ce4'][i]),
      'payments:tikkie', color='#3c3c96', brand='Tikkie')

# ---------------------------------------------------------------- subscriptions
E('spotify-receipt', '2024-02-10 04:12', 'Spotify <no-reply@spotify.com>', 'Je Spotify Premium-ontvangstbewijs',
  """Hoi Lotte,

Bedankt voor je betaling voor Spotify Premium Duo.

Datum: 10 februari 2024
Periode: 10-02-2024 t/m 09-03-2024
Bedrag: € 14,99 (incl. btw)
Betaalmethode: Mastercard eindigend op 7731

Vragen? Ga naar spotify.com/account.""", 'subscription:spotify', tz='utc', color='#1db954', lang='nl')
E('spotify-price', '2024-04-17 15:00', 'Spotify <no-reply@spotify.com>', 'Een update over je Premium-abonnement',
  """Hoi Lotte,

We blijven investeren in nieuwe functies en meer content, zoals audioboeken. Daarom wordt de prijs van Premium Duo vanaf je betaling in juni € 16,99 per maand.

Je hoeft niets te doen. Wil je je abonnement wijzigen of opzeggen? Dat kan altijd via je accountpagina.

Spotify""", 'subscription:spotify', tz='utc', color='#1db954')
E('netflix-new', '2024-03-08 18:00', 'Netflix <info@mailer.netflix.com>', 'Nieuw op Netflix: dit weekend kijken',
  """Lotte, er staat iets nieuws voor je klaar.

3 Body Problem – nieuwe serie, vanaf 21 maart
Turks Fruit (1973) – nu te zien
Baby Reindeer – nieuwe miniserie

Kijk nu: https://www.netflix.com/browse""", 'subscription:netflix-newsletter', tz='utc', color='#e50914', brand='NETFLIX')
E('videoland-opzeggen', '2024-05-11 13:41', 'Videoland <noreply@videoland.com>', 'Je abonnement is opgezegd',
  """Hoi Lotte,

Jammer dat je gaat! Je Videoland Basis-abonnement is opgezegd. Je kunt nog kijken tot en met 6 juni 2024.

Bedenk je je? Je kunt je abonnement op elk moment opnieuw starten.

Team Videoland""", 'subscription:videoland-cancel', color='#e4002b')
E('nrc-digitaal', '2024-01-29 07:15', 'NRC <service@nrc.nl>', 'Uw abonnement wordt verlengd',
  """Beste mevrouw Verhoeven,

Uw digitale abonnement op NRC wordt op 12 februari 2024 automatisch met een jaar verlengd voor € 199,- (of € 16,58 per maand).

Wilt u uw abonnement wijzigen? Dat kan via Mijn NRC.

Met vriendelijke groet,
NRC Lezersservice""", 'subscription:newspaper', color='#d40000')

# ---------------------------------------------------------------- utilities, telecom, insurance
E('eneco-termijn', '2024-02-21 10:00', 'Eneco <klantenservice@eneco.nl>', 'Je nieuwe termijnbedrag',
  """Beste mevrouw Verhoeven,

Op basis van je jaarafrekening passen we je termijnbedrag aan.

Nieuw termijnbedrag: € 118,00 per maand (was € 142,00)
Ingang: maart 2024

Je jaarafrekening vind je in Mijn Eneco. Je krijgt € 96,40 terug; dat storten we binnen 10 dagen.

Met vriendelijke groet,
Eneco""", 'utility:energy', color='#00a88f', brand='Eneco')
E('eneco-verhuizing', '2024-06-11 16:25', 'Eneco <klantenservice@eneco.nl>', 'We hebben je verhuizing ontvangen',
  """Beste mevrouw Verhoeven,

Bedankt voor het doorgeven van je verhuizing. We hebben het volgende genoteerd:

Oud adres: Kanaalstraat 112-bis, Utrecht – tot 1 augustus 2024
Nieuw adres: Kanaalweg 41, Utrecht – vanaf 15 juli 2024

Geef op de dag van de sleuteloverdracht de meterstanden door in de app.

Met vriendelijke groet,
Eneco""", 'utility:energy-moving', color='#00a88f', brand='Eneco')
E('ziggo-storing', '2024-03-21 11:30', 'Ziggo <noreply@ziggo.nl>', 'Storing in jouw omgeving opgelost',
  """Hoi Lotte,

De storing aan internet en tv in jouw omgeving (postcode 3531) is opgelost. Werkt het bij jou nog niet? Zet je modem dan 30 seconden uit en weer aan.

Sorry voor het ongemak.

Ziggo""", 'utility:internet', color='#f48c00')
E('ziggo-factuur', '2024-04-22 06:14', 'Ziggo <noreply@ziggo.nl>', 'Je factuur van april staat klaar',
  """Hoi Lotte,

Je nieuwe factuur staat klaar in Mijn Ziggo.

Factuurnummer: 2024-041-8830177
Bedrag: € 58,25
We schrijven het bedrag rond 28 april af van je rekening.

Ziggo""", 'utility:internet-invoice', color='#f48c00')
E('zorg-declaratie', '2024-03-13 13:45', 'Zekerzorg <mijn@zekerzorg.nl>', 'Uw declaratie is verwerkt',
  """Beste mevrouw Verhoeven,

Uw declaratie is verwerkt.

Zorgverlener: Fysio Vaartsche Rijn
Behandeldatum: 20 februari 2024
Gedeclareerd: € 42,00
Vergoed uit aanvullende verzekering: € 42,00

Bekijk het overzicht in Mijn Zekerzorg.

Met vriendelijke groet,
Zekerzorg Zorgverzekeringen""", 'insurance:health-claim', color='#6a1b9a')
E('zorg-nieuwsbrief', '2024-05-17 08:00', 'Zekerzorg <nieuws@zekerzorg.nl>', 'Fit de zomer in: 5 tips van onze fysiotherapeut',
  """Beste Lotte,

De zomer komt eraan! Onze fysiotherapeut geeft 5 tips om blessurevrij te blijven tijdens het hardlopen, en we leggen uit wat je aanvullende verzekering vergoedt voor sportmedisch onderzoek.

Lees meer op zekerzorg.nl/zomer""", 'insurance:newsletter', color='#6a1b9a')
E('simyo-factuur', '2024-02-05 09:00', 'Simyo <factuur@simyo.nl>', 'Je Simyo-factuur februari',
  """Hoi Lotte,

Je factuur van februari staat klaar: € 12,50. We schrijven het bedrag binnenkort af.

Tip: je hebt vorige maand maar 4,2 GB van je 10 GB gebruikt. Kijk in de app of een kleinere bundel bij je past.

Simyo""", 'telecom:invoice', color='#ff6900')
E('simyo-factuur-mei', '2024-05-05 09:00', 'Simyo <factuur@simyo.nl>', 'Je Simyo-factuur mei',
  """Hoi Lotte,

Je factuur van mei staat klaar: € 12,50 (inclusief € 0,00 buitenbundel).

Simyo""", 'telecom:invoice', color='#ff6900')

# ---------------------------------------------------------------- gym
GYM = 'Bodyworks Utrecht <info@bodyworksutrecht.nl>'
E('gym-rooster', '2024-01-29 12:00', GYM, 'Nieuw lesrooster februari + yoga op zondag',
  """Hoi Lotte,

Vanaf 1 februari hebben we een nieuw lesrooster. Nieuw: Yin Yoga op zondag om 10:00 en een extra Bodypump-les op woensdagavond (20:15).

Bekijk het rooster en reserveer in de app.

Team Bodyworks""", 'gym:newsletter', color='#222222', brand='BODYWORKS')
E('gym-reservering', '2024-03-02 08:31', GYM, 'Je reservering: Yin Yoga zo 3 maart 10:00',
  """Je reservering is bevestigd!

Les: Yin Yoga
Datum: zondag 3 maart 2024, 10:00 - 11:15
Docent: Lieke
Zaal: Studio 2

Kun je niet? Annuleer uiterlijk 4 uur van tevoren, anders wordt er een strippenkaartrit afgeschreven.""", 'gym:booking', color='#222222', brand='BODYWORKS')
E('gym-pauzeren', '2024-06-13 15:10', GYM, 'Je abonnement is gepauzeerd',
  """Hoi Lotte,

Zoals gevraagd hebben we je abonnement gepauzeerd van 1 juli t/m 31 augustus 2024. In die periode betaal je niets.

Tot na de zomer!
Team Bodyworks""", 'gym:account', color='#222222', brand='BODYWORKS')

# ---------------------------------------------------------------- travel & events
E('ns-int-antwerpen', '2024-02-09 21:02', 'NS International <noreply@nsinternational.com>', 'Je tickets: Utrecht Centraal – Antwerpen-Centraal',
  """Beste Lotte Verhoeven,

Bedankt voor je boeking. Je e-tickets zitten in de bijlage en staan ook in de NS International-app.

Heenreis: vr 15 maart 2024, 18:19 Utrecht Centraal → 20:41 Antwerpen-Centraal (Eurocity Direct)
Terugreis: zo 17 maart 2024, 16:12 Antwerpen-Centraal → 18:35 Utrecht Centraal
Reizigers: 2 volwassenen
Totaal: € 94,00

Boekingsnummer: NSI-7QK4LZ

Goede reis!""", 'travel:train-tickets', color='#003082', brand='NS International')
E('booking-antwerpen', '2024-02-08 20:51', 'Booking.com <noreply@booking.com>', 'Je boeking bij Hotel Pilar Zuid is bevestigd',
  """Lotte, je boeking is bevestigd!

Hotel Pilar Zuid, Antwerpen
Inchecken: vrijdag 15 maart 2024 (vanaf 15:00)
Uitchecken: zondag 17 maart 2024 (tot 11:00)
2 nachten, 1 kamer, 2 volwassenen
Totaalprijs: € 189

Bevestigingsnummer: 4183.229.617
Gratis annuleren tot 13 maart 2024 23:59.

Beheer je boeking in de app.""", 'travel:hotel-booking', tz='utc', color='#003580', brand='Booking.com')
E('booking-review', '2024-03-18 10:04', 'Booking.com <noreply@booking.com>', 'Hoe was je verblijf bij Hotel Pilar Zuid?',
  """Hoi Lotte,

Vertel ons hoe je verblijf in Antwerpen was! Met jouw review help je andere reizigers.

Geef een beoordeling: https://www.booking.com/review?bn=4183229617

Booking.com""", 'travel:review-request', tz='utc', color='#003580', brand='Booking.com')
E('transavia-porto', '2024-05-22 22:14', 'Transavia <noreply@transavia.com>', 'Bevestiging van je boeking naar Porto',
  """Hoi Lotte,

Je bent geboekt! 

Boekingscode: HX7RQ2
Heen: vrijdag 23 augustus 2024, HV6711, Amsterdam 07:05 → Porto 08:55
Terug: zondag 1 september 2024, HV6712, Porto 21:50 → Amsterdam 01:35
Passagiers: Lotte Verhoeven, Thijs Brouwer
Extra's: 1x ruimbagage 20 kg, stoelen 14A/14B

Totaal betaald: € 624,00

Online inchecken kan vanaf 30 dagen voor vertrek.""", 'travel:flight-booking', color='#00d66c', brand='transavia')
E('tivoli-tickets', '2024-02-01 10:12', 'TivoliVredenburg <tickets@tivolivredenburg.nl>', 'Je e-tickets voor Froukje – 12 april 2024',
  """Hoi Lotte,

Bedankt voor je bestelling! Je e-tickets zitten in de bijlage.

Froukje – Grote Zaal
Vrijdag 12 april 2024, zaal open 19:30, aanvang 20:30
Aantal: 2
Totaal: € 64,50 (incl. servicekosten)

Tot in TivoliVredenburg!""", 'events:concert-tickets', color='#e6007e', brand='TivoliVredenburg',
  attach=[('Tickets_Froukje_12042024.pdf', __import__('common').tiny_pdf(['E-ticket', 'Froukje', '12-04-2024']), 'application/pdf')])
E('tivoli-praktisch', '2024-04-11 12:00', 'TivoliVredenburg <info@tivolivredenburg.nl>', 'Morgen: Froukje – praktische informatie',
  """Hoi Lotte,

Morgen sta je bij Froukje in de Grote Zaal! Goed om te weten:
- Zaal open 19:30, support act om 19:45
- Jassen kun je gratis kwijt in de garderobe op niveau 1
- Betalen kan alleen met pin of telefoon

Veel plezier!""", 'events:concert-info', color='#e6007e', brand='TivoliVredenburg')
E('eventbrite-meetup', '2024-03-07 16:02', 'Eventbrite <noreply@order.eventbrite.com>', 'Je ticket voor Marketing Café Utrecht #31: AI in content',
  """Hoi Lotte,

Je bent aangemeld voor Marketing Café Utrecht #31: "AI in content – hype of hulpmiddel?"

Datum: donderdag 21 maart 2024, 17:30 - 20:00
Locatie: Werkspoorkwartier, Hal 3, Utrecht
Ticket: gratis (1x)

Bestelnummer: #8823110447

Voeg toe aan je agenda of bekijk je ticket in de Eventbrite-app.""", 'events:meetup-ticket', tz='utc', color='#f05537', brand='eventbrite')
E('museumkaart', '2024-03-31 09:00', 'Museumkaart <info@museumkaart.nl>', 'Je Museumkaart verloopt over 30 dagen',
  """Hoi Lotte,

Je Museumkaart verloopt op 30 april 2024. Verleng nu en blijf een jaar lang gratis naar ruim 500 musea.

Verlengen: https://www.museumkaart.nl/verlengen

Tip: in het Centraal Museum is nu de tentoonstelling over Nijntje en Dick Bruna te zien.""", 'subscription:museumcard', color='#e3001b')

# ---------------------------------------------------------------- fashion / second hand
E('zalando-order', '2024-02-07 22:31', 'Zalando <info@service.zalando.nl>', 'Bedankt voor je bestelling',
  """Hoi Lotte,

Bedankt voor je bestelling! We gaan hem zo snel mogelijk voor je inpakken.

Bestelnummer: 10101887734412
- Levi's 501 '90s jeans, light indigo, maat 27/30 – € 119,95
- Arket wollen trui, oatmeal, maat S – € 89,00

Totaal: € 208,95
Betaald met: Klarna (betalen na 30 dagen)

Je kunt gratis retourneren binnen 100 dagen.""", 'shopping:fashion-order', color='#ff6900', brand='zalando')
E('zalando-retour', '2024-02-15 13:22', 'Zalando <info@service.zalando.nl>', 'We hebben je retour ontvangen',
  """Hoi Lotte,

We hebben je retour ontvangen:
- Levi's 501 '90s jeans, light indigo, maat 27/30

We passen het bedrag van € 119,95 aan in je Klarna-factuur.""", 'shopping:fashion-return', color='#ff6900', brand='zalando')
E('vinted-verkocht', '2024-03-03 14:05', 'Vinted <no-reply@vinted.nl>', 'Je item is verkocht! 🎉',
  """Goed nieuws, Lotte!

Je item "Jurk & Other Stories groen maat 36" is verkocht aan merel_k.

Verzend het item binnen 5 dagen. Je verzendlabel staat klaar in de app (PostNL, brievenbuspakje).

Je ontvangt € 24,00 zodra de koper de ontvangst bevestigt.""", 'shopping:secondhand', color='#09b1ba', brand='Vinted')
E('vinted-uitbetaald', '2024-03-09 11:40', 'Vinted <no-reply@vinted.nl>', 'Je tegoed is bijgewerkt',
  """Hoi Lotte,

merel_k heeft bevestigd dat alles in orde is. € 24,00 is toegevoegd aan je Vinted-portemonnee.""", 'shopping:secondhand', color='#09b1ba', brand='Vinted')
E('runnersplaza-order', '2024-05-22 20:12', 'Runnersplaza <webshop@runnersplaza.nl>', 'Orderbevestiging #RP-2024-118834',
  """Hoi Lotte,

Bedankt voor je bestelling!

1x ASICS Gel-Nimbus 26, maat 39,5 – € 169,95
1x Falke RU4 Cushion sokken (2 paar) – € 29,90
Verzendkosten: € 0,00

Totaal: € 199,85

Je bestelling wordt morgen geleverd door PostNL.""", 'shopping:sports-order', color='#e30613')
E('ikea-bank', '2024-06-09 10:20', 'IKEA <noreply@ikea.nl>', 'Je bent uitgenodigd: IKEA Family-avond Utrecht',
  """Hej Lotte,

Als IKEA Family-lid ben je van harte welkom op onze Family-avond op donderdag 20 juni in IKEA Utrecht. Extra korting op banken en kasten, gratis koffie en een inspiratiesessie 'kleine ruimtes slim inrichten'.

Aanmelden via de app.""", 'promo:furniture', color='#0058a3', brand='IKEA')

# ---------------------------------------------------------------- accounts & social
E('google-security', '2024-03-12 14:28', 'Google <no-reply@accounts.google.com>', 'Beveiligingsmelding',
  """Nieuwe inlog op iPhone

lotte.verhoeven.utr@gmail.com

We hebben een nieuwe inlog op je Google-account gedetecteerd op een iPhone-apparaat. Als jij dit was, hoef je niets te doen. Zo niet, dan helpen we je je account te beveiligen.

Activiteit controleren: https://myaccount.google.com/notifications

Je hebt deze e-mail ontvangen om je op de hoogte te brengen van belangrijke wijzigingen in je Google-account en -services.
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", 'account:security', tz='utc', color='#1a73e8', mid='accounts.google.com')
E('google-storage', '2024-05-09 16:00', 'Google One <google-noreply@google.com>', 'Je Google-opslag is bijna vol',
  """Hoi Lotte,

Je hebt 14,2 GB van je 15 GB aan opslagruimte gebruikt. Als je opslag vol is, kun je geen e-mails meer ontvangen in Gmail.

Ruim op of upgrade naar Google One 100 GB voor € 1,99 per maand.""", 'account:storage', tz='utc', color='#1a73e8', mid='google.com')
E('icloud', '2024-04-08 03:12', 'Apple <no_reply@email.apple.com>', 'Je ontvangstbewijs van Apple',
  """Ontvangstbewijs

Apple-account: lotte.verhoeven.utr@gmail.com
Datum: 8 apr. 2024
Bestelnummer: MQ8T2LZ4KX

iCloud+ met 50 GB opslag (maandelijks) – € 0,99

Facturatieadres: Lotte Verhoeven, Kanaalstraat 112-bis, 3531 CK Utrecht""", 'account:receipt', tz='utc', color='#000000')
LI = 'LinkedIn <notifications-noreply@linkedin.com>'
E('li-post-reacties', '2024-01-24 17:40', LI, 'Iris van den Berg en 27 anderen reageerden op je post',
  """Je post krijgt aandacht, Lotte!

"Vorig jaar hebben we bij Tuinhuys ons klantenprogramma opnieuw opgezet. Drie dingen die ik ervan leerde..."

28 reacties · 6 opmerkingen · 1.412 weergaven

Bekijk je post: https://www.linkedin.com/feed/update/urn:li:activity:7155823004711/""", 'social:linkedin-notification', tz='utc', color='#0a66c2', mid='linkedin.com')
E('li-zoekopdrachten', '2024-02-19 09:15', LI, 'Je bent deze week in 31 zoekopdrachten verschenen',
  """Lotte, je bent in 31 zoekopdrachten verschenen

Je werd gevonden door mensen die werken bij:
- Fietsbaas
- Randstad
- een bedrijf in de levensmiddelenindustrie

Zoekwoorden waarop je werd gevonden: marketing specialist, e-mailmarketing, CRM

Zie alle zoekopdrachten: https://www.linkedin.com/me/search-appearances/""", 'social:linkedin-search-appearances', tz='utc', color='#0a66c2', mid='linkedin.com')
E('li-verjaardag', '2024-03-22 07:00', LI, 'Feliciteer Marieke Dekker met haar werkjubileum',
  """Marieke Dekker viert vandaag 5 jaar bij Tuinhuys.

Stuur een felicitatie: https://www.linkedin.com/messaging/compose/""", 'social:linkedin-notification', tz='utc', color='#0a66c2', mid='linkedin.com')
E('li-nieuwe-baan', '2024-06-14 08:10', LI, 'Lotte, vertel je netwerk over je nieuwe functie',
  """Heb je een nieuwe baan? Werk je profiel bij en laat je netwerk het weten.

Je huidige functie: Marketing Specialist bij Tuinhuys

Profiel bijwerken: https://www.linkedin.com/in/lotteverhoeven/edit/position/new/""", 'social:linkedin-profile-nudge', tz='utc', color='#0a66c2', mid='linkedin.com')
E('li-messaging-digest', '2024-04-29 18:30', 'LinkedIn <messaging-digest-noreply@linkedin.com>', 'Je hebt 2 nieuwe berichten',
  """Hanneke Vos: "Hoi Lotte! Gefeliciteerd met je nieuwe stap, zag het bij Maartje voorbijkomen 🍺"
Bart Groenendijk: "Dank voor je reactie op mijn column! Zullen we een keer koffie..."

Bekijk berichten: https://www.linkedin.com/messaging/""", 'social:linkedin-messaging-digest', tz='utc', color='#0a66c2', mid='linkedin.com')

# ---------------------------------------------------------------- newsletters
E('merkwaardig-w4', '2024-01-23 07:00', 'Merkwaardig <nieuwsbrief@merkwaardig.nl>', 'Waarom iedereen ineens over "brand safety" praat',
  """MERKWAARDIG · Week 4

- Brand safety in 2024: waar staan je advertenties eigenlijk?
- De 5 beste Nederlandse radiocommercials van 2023
- Onderzoek: Nederlanders openen minder nieuwsbrieven, maar klikken vaker
- Column: de kracht van saai

Lees alles op merkwaardig.nl""", 'newsletter:marketing', color='#d6336c', brand='MERKWAARDIG')
E('merkwaardig-w16', '2024-04-16 07:00', 'Merkwaardig <nieuwsbrief@merkwaardig.nl>', 'Het einde van de third-party cookie (echt nu)',
  """MERKWAARDIG · Week 16

- Google zet de cookie-uitfasering weer op pauze: wat betekent dat voor jou?
- Drie merken die het goed doen op WhatsApp-kanalen
- De Gouden Loeki 2024: de genomineerden
- Column: waarom we minder moeten testen

Lees alles op merkwaardig.nl""", 'newsletter:marketing', color='#d6336c', brand='MERKWAARDIG')
E('merkwaardig-w22', '2024-05-28 07:00', 'Merkwaardig <nieuwsbrief@merkwaardig.nl>', 'EK-campagnes: wie scoort er (en wie niet)?',
  """MERKWAARDIG · Week 22

- Oranjekoorts: de EK-campagnes van 2024 op een rij
- Alcoholvrij bier is de snelst groeiende biercategorie. Hoe brouwers marketen zonder 'bier' te mogen zeggen
- Dataprivacy: de AP deelt boetes uit aan drie webshops
- Agenda: Marketing Café Utrecht #33

Lees alles op merkwaardig.nl""", 'newsletter:marketing', color='#d6336c', brand='MERKWAARDIG')
DUIC = 'DUIC <nieuwsbrief@duic.nl>'
for i, (when, subj, items) in enumerate([
    ('2024-01-19 17:00', 'Dit weekend in Utrecht: lichtjesroute, vintage markt en de eerste ijsbaan van Lombok',
     ['Trajectum Lumen: nieuwe kunstwerken langs de Oudegracht', 'Vintage markt in de Jaarbeurs (zo 21 jan)', 'Ijsbaan op het Moskeeplein blijft tot eind februari']),
    ('2024-02-23 17:00', 'De Kanaalstraat gaat op de schop: dit verandert er',
     ['Herinrichting Kanaalstraat start in september: minder parkeerplekken, bredere stoepen', 'Nieuwe bakkerij op de Amsterdamsestraatweg', 'Utrecht Science Park: bouw 1.200 studentenwoningen']),
    ('2024-03-29 17:00', 'Paasweekend in Utrecht: van paasbrunch tot Paasmarkt in het Griftpark',
     ['Paasmarkt Griftpark op tweede paasdag', 'Nieuwe huurregels: wat betekenen ze voor Utrechters?', 'De beste paasbrunches van de stad']),
    ('2024-04-26 17:00', 'Koningsdag in Utrecht: vrijmarkt, muziek en waar je je fiets kwijt kunt',
     ['Vrijmarkt in de Biltstraat start vanaf 18:00 op Koningsnacht', 'Podia en programma', 'Afsluitingen en omleidingen']),
    ('2024-05-31 17:00', 'Zomer in de stad: de terrassen van 2024 getest',
     ['Tien nieuwe terrassen aan het water', 'Rijkswaterstaat: Amsterdam-Rijnkanaal deels dicht voor scheepvaart', 'Filmnachten Utrecht zoekt nog vrijwilligers']),
]):
    E('duic-%d' % i, when, DUIC, subj, '\n'.join('- %s' % it for it in items) + '\n\nLees alles op duic.nl\n\nAfmelden voor deze nieuwsbrief: https://www.duic.nl/afmelden',
      'newsletter:city', color='#b71c1c', brand='DUIC')
MM = 'De Maandagmail <demaandagmail@substack.com>'
for i, (when, subj, body) in enumerate([
    ('2024-01-29 06:30', 'Over nieuwe dingen beginnen in januari (en waarom dat niet hoeft)', 'Iedereen wil in januari opnieuw beginnen. Ik wil vooral slapen. Deze week: een pleidooi voor het beginnen in maart, drie boeken die ik las in de kerstvakantie en een recept voor linzensoep die je een hele week kunt eten.'),
    ('2024-03-04 06:30', 'Werk is niet je familie', 'Een lezer schreef me na de reorganisatie bij haar bedrijf: "ik voel me verraden". Deze week gaat over loyaliteit aan een werkgever, en waarom het geen verraad is om verder te kijken.'),
    ('2024-04-22 06:30', 'Het gras bij de buren', 'Over vergelijken op Instagram, een wandeling langs de Vecht en de beste sandwich van Utrecht (volgens mij).'),
    ('2024-06-10 06:30', 'Zomerstop', 'Dit is de laatste Maandagmail voor de zomer. Ik ga schrijven, zwemmen en niet op mijn telefoon kijken. Tot september!'),
]):
    E('maandagmail-%d' % i, when, MM, subj, body + '\n\nLees het hele stuk: https://demaandagmail.substack.com\n\nJe ontvangt dit omdat je geabonneerd bent op De Maandagmail. Afmelden: https://demaandagmail.substack.com/unsubscribe',
      'newsletter:substack', tz='utc', color='#ff6719')
ALLER = 'Allerhande <allerhande@mail.ah.nl>'
for i, (when, subj) in enumerate([
    ('2024-02-04 10:00', '5x comfortfood voor koude dagen'),
    ('2024-04-07 10:00', 'Lenteweekmenu: 7 snelle doordeweekse gerechten'),
    ('2024-06-02 10:00', 'Het BBQ-seizoen is geopend: 12 recepten (ook vega)'),
]):
    E('allerhande-%d' % i, when, ALLER, subj, 'Hoi Lotte,\n\n%s. Bekijk de recepten op ah.nl/allerhande en zet de ingrediënten meteen op je lijstje.\n\nEet smakelijk!\nAllerhande' % subj,
      'newsletter:recipes', color='#00a0e2', brand='Allerhande')

# ---------------------------------------------------------------- promos
PROMOS = [
    ('2024-01-15 10:00', 'HEMA <nieuwsbrief@hema.nl>', 'Uitverkoop: tot 50% korting, nu extra afgeprijsd', 'De laatste kans in de winteruitverkoop. Op = op!', '#e30613'),
    ('2024-01-25 18:00', 'Hunkemöller <news@hunkemoller.com>', 'Valentijnsdag komt eraan 💕', 'Shop de nieuwe collectie en krijg een gratis cadeauverpakking bij je bestelling.', '#000000'),
    ('2024-02-12 09:00', 'Rituals <info@rituals.com>', 'Je verjaardagscadeau wacht op je', 'Als My Rituals-lid krijg je in je verjaardagsmaand een gratis cadeau bij een besteding vanaf € 25.', '#8b6e4e'),
    ('2024-02-28 12:00', 'de Bijenkorf <nieuwsbrief@debijenkorf.nl>', 'Nieuw binnen: de lentecollectie', 'De lente is in aantocht. Ontdek de nieuwste collecties van onze favoriete merken.', '#000000'),
    ('2024-03-11 08:00', 'Coolblue <nieuwsbrief@coolblue.nl>', 'Alles voor een fijne werkplek thuis', 'Nieuwe monitor, goede stoel of toch dat toetsenbord? Onze thuiswerkkeuzehulp helpt je. Vandaag besteld, morgen in huis.', '#0090e3'),
    ('2024-03-22 14:00', 'KLM <klm@info.klm.com>', 'Vlieg deze zomer naar Lissabon vanaf € 119', 'Boek voor 5 april en vlieg in juni of juli voordelig naar Lissabon, Porto of Faro.', '#00a1de'),
    ('2024-04-04 09:30', 'Coolblue <nieuwsbrief@coolblue.nl>', 'Je Logitech-toetsenbord: hoe bevalt het?', 'Laat een review achter en help andere klanten kiezen. Het kost je 2 minuten.', '#0090e3'),
    ('2024-04-19 11:00', 'Thuisbezorgd.nl <nieuws@thuisbezorgd.nl>', '€ 5 korting op je volgende bestelling', 'Omdat je al een tijdje niet hebt besteld: gebruik code TERUG5 bij een bestelling vanaf € 20. Geldig tot en met zondag.', '#ff8000'),
    ('2024-04-29 09:00', 'Zalando <info@service.zalando.nl>', 'Extra 20% op zomerjurken ☀️', 'Alleen dit weekend: extra 20% korting op een selectie zomerjurken met code ZOMER20.', '#ff6900'),
    ('2024-05-06 08:30', 'HEMA <nieuwsbrief@hema.nl>', 'Moederdag: zo maak je haar blij', 'Van ontbijt op bed tot een persoonlijke fotokaart: onze moederdagtips.', '#e30613'),
    ('2024-05-13 16:45', 'Booking.com <noreply@booking.com>', 'Lotte, Genius-korting in Porto', 'Als Genius-lid krijg je minimaal 10% korting op geselecteerde accommodaties in Porto. Bekijk de aanbiedingen voor je volgende reis.', '#003580'),
    ('2024-05-24 07:00', 'Bol <nieuwsbrief@bol.com>', 'Verhuizen? Dozen, tape en alles voor je nieuwe huis', 'Alles voor je verhuizing, morgen in huis.', '#0000a4'),
    ('2024-06-04 17:30', 'de Bijenkorf <nieuwsbrief@debijenkorf.nl>', 'Vaderdag: cadeau-inspiratie', 'Voor de vader die alles al heeft: onze vaderdaggids.', '#000000'),
    ('2024-02-20 19:00', 'Marley Spoon <hello@marleyspoon.nl>', '60% korting op je eerste box', 'Probeer onze maaltijdboxen: kies uit 30 recepten per week, op je gemak thuisbezorgd. Opzeggen kan altijd.', '#00a896'),
    ('2024-03-27 11:11', 'Hello Fresh <info@hellofresh.nl>', 'Lotte, we missen je! Jouw comeback-korting', 'Kom terug en krijg 50% korting op je volgende box.', '#91c11e'),
]
for i, (when, frm, subj, body, color) in enumerate(PROMOS):
    E('promo-%02d' % i, when, frm, subj, 'Hoi Lotte,\n\n%s\n\nBekijk het aanbod in de webshop of app.\n\nAfmelden voor deze e-mails kan onderaan elke nieuwsbrief of in je account.' % body,
      'promo:retail', color=color, html_only=(i % 3 == 0))
