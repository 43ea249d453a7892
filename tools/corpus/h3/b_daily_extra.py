"""Mailbox B: calendar noise, trips, marketplace, moving odds and ends."""
import datetime
from common import M, NJ, make_ics, TZ, tiny_pdf
from b_jobs import ME, ME_ADDR, OLD

X = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    X.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

SARAH = 'Sarah de Boer <sarahdeboer.zwolle@gmail.com>'

def invite(key, sent, org_name, org_addr, title, start, minutes, where, desc='', outlook=False):
    st = datetime.datetime.strptime(start, '%Y-%m-%d %H:%M').replace(tzinfo=TZ['ams'])
    en = st + datetime.timedelta(minutes=minutes)
    days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
    mons = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
    summer = bool(st.dst())
    tzname = 'CEST' if summer else 'CET'
    if outlook:
        subj = title
        body = '%s\n\nWanneer: %s %d %s %d %s-%s (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\nWaar: %s\n\n%s' % (
            title, days[st.weekday()], st.day, mons[st.month - 1], st.year, st.strftime('%H:%M'), en.strftime('%H:%M'), where, desc)
    else:
        subj = 'Uitnodiging: %s @ %s %d %s %d %s - %s (%s) (%s)' % (
            title, days[st.weekday()][:2], st.day, mons[st.month - 1], st.year, st.strftime('%H:%M'), en.strftime('%H:%M'), tzname, ME_ADDR)
        body = '%s heeft je uitgenodigd voor het volgende evenement.\n\n%s\nWanneer: %s %d %s %d %s - %s\nWaar: %s\nWie:\n- %s - organisator\n- %s\n\n%s\n\nUitnodiging van Google Agenda' % (
            org_name, title, days[st.weekday()], st.day, mons[st.month - 1], st.year, st.strftime('%H:%M'), en.strftime('%H:%M'), where, org_addr, ME_ADDR, desc)
    ics = make_ics('%s-%d@%s' % (key, st.day, 'google.com' if not outlook else 'outlook.com'), st, en, title,
                   (org_name, org_addr), ('Yusuf Demir', ME_ADDR), where, desc)
    E(key, sent, '%s <%s>' % (org_name, org_addr), subj, body, 'calendar:personal-invite', ics=ics,
      html=not outlook, color='#1a73e8', mid=None if not outlook else 'outlook')

invite('cal-bezichtiging', '2024-09-24 12:30', 'Sarah de Boer', 'sarahdeboer.zwolle@gmail.com',
       'Bezichtiging Oudedijk 12-B 🏠', '2024-09-28 10:20', 15, 'Oudedijk 12-B, Rotterdam', 'Papieren mee! Loonstroken + werkgeversverklaring')
invite('cal-sleutels', '2024-12-02 08:12', 'Sarah de Boer', 'sarahdeboer.zwolle@gmail.com',
       'Sleutels ophalen 🔑', '2024-12-06 10:00', 60, 'Jonker Fransstraat 61-A, Rotterdam')
invite('cal-intake-kdv', '2024-11-27 19:05', 'Sarah de Boer', 'sarahdeboer.zwolle@gmail.com',
       'Intake De Rupsjes (Elif)', '2024-12-18 09:30', 45, 'Kinderopvang De Boterbloem, Kralingen')
invite('cal-padel', '2024-09-11 22:10', 'Emre Demir', 'emre.demir@ziggo.nl',
       'Padel met Emre, Kaan en Mert', '2024-09-14 10:00', 90, 'Padel Zwolle, Hessenpoort', 'Baan 3. Ballen neem ik mee.', outlook=True)

E('lootjes-trekken', '2024-11-10 20:31', 'Lootjestrekken.nl <noreply@lootjestrekken.nl>', 'Je hebt een lootje getrokken voor Sinterklaas 2024 (familie De Boer)',
  """Hoi Yusuf,

Marian heeft je uitgenodigd voor de lootjestrekking "Sinterklaas 2024 – familie De Boer".

Je hebt getrokken: Wouter 🎁

Zijn verlanglijstje:
- boek over de Tweede Wereldoorlog (geen romans)
- nieuwe fietshandschoenen
- "iets lekkers"

Budget: € 25
Pakjesavond: donderdag 5 december

Sint & Piet""", 'family:secret-santa', html=True, color='#c62828')
E('marian-pakjesavond', '2024-11-28 18:20', 'Marian de Boer <mdeboer.kampen@kpnmail.nl>', 'Pakjesavond en hulp bij verhuizing',
  """Hallo Yusuf,

Nog even over pakjesavond: Sarah zei dat je tot 16:30 werkt, dus we wachten met eten tot jullie er zijn. Elif mag blijven slapen als jullie dat willen, dan kunnen jullie de volgende dag rustig dozen pakken.

Wouter en ik kunnen op 14 december helpen met sjouwen. Moeten we nog iets meenemen? We hebben een aanhanger.

Groetjes,
Marian""", 'personal:in-laws')
E('marian-pakjesavond-re', '2024-11-28 21:45', ME, 'RE: Pakjesavond en hulp bij verhuizing',
  """Hoi Marian,

Wat lief, dank je wel. Als Elif mag blijven slapen, graag! Dan halen we haar vrijdag rond de lunch op.

Op de 14e is de aanhanger heel handig voor de fietsen en de planten, die mogen niet mee in de verhuiswagen. Mijn vader komt ook helpen met een bus, dus we zijn met genoeg mensen. Mijn moeder maakt eten voor iedereen.

Groet,
Yusuf""", 'personal:in-laws', to='Marian de Boer <mdeboer.kampen@kpnmail.nl>', reply_to='marian-pakjesavond', quote='outlook-nl')

E('thy-boeking', '2024-09-15 20:44', 'Turkish Airlines <noreply@thy.com>', 'Reservation confirmation – PNR TK4QZ8',
  """Dear YUSUF DEMIR,

Thank you for choosing Turkish Airlines.

PNR: TK4QZ8
Outbound: TK1954, Amsterdam (AMS) 12:05 – Istanbul (IST) 16:35, Saturday 19 October 2024
Return: TK1957, Istanbul (IST) 08:25 – Amsterdam (AMS) 11:05, Sunday 27 October 2024
Passengers: YUSUF DEMIR, SARAH DE BOER, ELIF DEMIR (INF)

Total: EUR 1,012.40

Online check-in opens 24 hours before departure.""", 'travel:flight-booking', lang='en', tz='ist', html=True, color='#c70a0c',
  brand='TURKISH AIRLINES')
E('thy-checkin', '2024-10-18 12:10', 'Turkish Airlines <noreply@thy.com>', 'Online check-in is now open for your flight to Istanbul',
  'Dear YUSUF DEMIR,\n\nOnline check-in for flight TK1954 on 19 October 2024 is now open.\n\nCheck in: https://www.turkishairlines.com/en-nl/flights/manage-booking/\n\nPlease remember that infants need their own travel document.',
  'travel:check-in', lang='en', tz='ist', html=True, color='#c70a0c')
E('booking-izmir', '2024-09-16 21:30', 'Booking.com <noreply@booking.com>', 'Je boeking bij Alaçatı Taş Ev Otel is bevestigd',
  """Yusuf, je boeking is bevestigd!

Alaçatı Taş Ev Otel, Alaçatı (Çeşme)
Inchecken: dinsdag 22 oktober 2024
Uitchecken: vrijdag 25 oktober 2024
3 nachten, familiekamer met kinderbedje
Totaalprijs: TRY 11.400 (ongeveer € 315)

Bevestigingsnummer: 3290.114.572""", 'travel:hotel-booking', tz='utc', html=True, color='#003580', brand='Booking.com')

MP = 'Marktplaats <noreply@marktplaats.nl>'
E('mp-bank-bericht', '2024-11-16 10:40', MP, "Nieuw bericht over 'Hoekbank grijs, 5-zits, incl. kussens (ophalen Zwolle)'",
  'Hoi Yusuf,\n\nJe hebt een nieuw bericht van Jeroen_vd_Z:\n\n"Oké, 250 was misschien wat laag. 300 en ik haal hem zaterdag op met een bus?"\n\nBeantwoord: https://www.marktplaats.nl/messages/conv/8d12aa04f1', 'marketplace:message', html=True, color='#eda566')
E('mp-kinderwagen', '2024-11-19 19:22', MP, "Nieuw bericht over 'Joolz Day+ kinderwagen compleet'",
  'Hoi Yusuf,\n\nJe hebt een nieuw bericht van mamavan2:\n\n"Hoi! Is de reiswieg er ook nog bij? En zijn er vlekken op de stof? Ik woon in Kampen, kan dinsdag kijken."\n\nBeantwoord: https://www.marktplaats.nl/messages/conv/4b7d01c9e2', 'marketplace:message', html=True, color='#eda566')
E('mp-verkocht', '2024-11-23 14:02', MP, 'Je advertentie is gemarkeerd als verkocht',
  'Hoi Yusuf,\n\nJe advertentie "Hoekbank grijs, 5-zits, incl. kussens (ophalen Zwolle)" is gemarkeerd als verkocht. Fijn dat het gelukt is!\n\nPlaats een nieuwe advertentie: https://www.marktplaats.nl/plaats', 'marketplace:sold', html=True, color='#eda566')

E('verhuizer-akkoord', '2024-10-31 21:30', ME, 'RE: Offerte verhuizing 14 december – Demir',
  """Beste Robin,

Hierbij ga ik akkoord met de offerte van € 1.385,00 voor zaterdag 14 december. Kunnen de verhuisdozen vóór 25 november gebracht worden?

Met vriendelijke groet,
Yusuf Demir""", 'moving:quote-acceptance-own', to='Robin de Jong | Maas Verhuizingen <robin@maasverhuizingen.nl>',
  reply_to='verhuizer-offerte-2', quote='outlook-nl')
E('verhuizer-bevestiging', '2024-11-01 09:05', 'Robin de Jong | Maas Verhuizingen <robin@maasverhuizingen.nl>', 'RE: Offerte verhuizing 14 december – Demir',
  """Beste heer Demir,

Dank u wel, de verhuizing staat vast in onze planning. De dozen brengen we op vrijdag 22 november tussen 14:00 en 17:00.

Op 14 december staan we om 8:00 uur bij u voor de deur in Zwolle.

Met vriendelijke groet,
Robin de Jong""", 'moving:confirmation', reply_to='verhuizer-akkoord', quote='outlook-nl')

E('zwolle-afmelding', '2024-12-16 09:20', 'Gemeente Zwolle <noreply@zwolle.nl>', 'Afmelding afvalpas en parkeervergunning',
  'Geachte heer Demir,\n\nOmdat u bent verhuisd naar een andere gemeente, zijn uw afvalpas en uw bewonersparkeervergunning (zone Assendorp) per 14 december 2024 beëindigd. U kunt de afvalpas weggooien.\n\nMet vriendelijke groet,\nGemeente Zwolle', 'government:municipality', html=True, color='#0066b3')
E('rotterdam-afvalpas', '2024-12-19 10:30', 'Gemeente Rotterdam <noreply@rotterdam.nl>', 'Uw afvalpas is onderweg',
  'Geachte heer Demir,\n\nUw afvalpas voor de ondergrondse containers is verstuurd naar Jonker Fransstraat 61-A. U ontvangt hem binnen 5 werkdagen.\n\nGemeente Rotterdam', 'government:municipality', html=True, color='#00811f')

E('boterbloem-nieuwsbrief', '2025-01-10 15:00', 'Groep De Rupsjes <rupsjes@kdvboterbloem.nl>', 'Welkom Elif! + nieuwsbrief januari',
  """Lieve ouders,

Deze maand verwelkomen we twee nieuwe kinderen op de groep: Elif en Noah. Welkom!

Thema in januari: 'Winter'. We maken sneeuwpoppen van watten en lezen 'Kikker in de sneeuw'.

Vergeet niet: slofjes of antislipsokken mee, en graag alles voorzien van naam.

Groetjes,
Joke, Samira en Lisa""", 'childcare:newsletter', cc=SARAH, html=True, color='#f6b800')
E('boterbloem-wenschema', '2024-12-19 16:40', 'Joke van Dam <rupsjes@kdvboterbloem.nl>', 'Wenschema Elif',
  """Beste Yusuf en Sarah,

Dank voor het fijne gesprek van gisteren. Zoals afgesproken het wenschema:
- donderdag 2 januari: 9:30 - 11:00 (met papa of mama erbij)
- vrijdag 3 januari: 9:30 - 12:30 (alleen, met lunch)
- maandag 6 januari: eerste hele dag

Groetjes,
Joke""", 'childcare:schedule', cc=SARAH)
E('peuterzwemmen', '2025-01-14 19:10', 'Zwembad Kralingen <info@zwembadkralingen.nl>', 'Inschrijving Watergewenning Dreumesen',
  'Beste heer Demir,\n\nElif is ingeschreven voor Watergewenning Dreumesen (2-3 jaar), zaterdag 9:15 - 9:45, vanaf 1 februari 2025. Eén ouder gaat mee het water in.\n\nKosten: € 89,00 per 10 lessen.\n\nTot ziens in het zwembad!', 'leisure:swimming-lessons', html=True, color='#0288d1')

E('reunie-windesheim', '2024-10-01 12:00', 'Alumni Windesheim <alumni@windesheim.nl>', 'Reünie HBO-V 2013: 10+1 jaar!',
  'Beste alumnus,\n\nOp vrijdag 22 november organiseren we een reünie voor alle HBO-V-studenten die in 2013 zijn begonnen. Vanaf 17:00 in het Theehuis op de campus.\n\nAanmelden: https://www.windesheim.nl/alumni/reunie-hbov-2013', 'alumni:reunion', to=OLD, html=True, color='#ffd100')
E('roel-reunie', '2024-10-02 21:03', 'Roel Mulder <roelmulder90@gmail.com>', 'reünie??',
  """Ga jij? Ik ga alleen als jij gaat. Dan moeten we wel even die foto van het kamp in Ommen tevoorschijn halen 😂

En hoe is het met Rotterdam, is het al wat geworden met dat ziekenhuis?""", 'personal:friend')
E('roel-reunie-re', '2024-10-03 06:55', ME, 'RE: reünie??',
  """Ik ga als ik geen dienst heb, ik kijk het rooster even na. Over Rotterdam: volgende week loop ik mee, ik vertel het je daarna.""",
  'personal:friend', to='Roel Mulder <roelmulder90@gmail.com>', reply_to='roel-reunie', quote='outlook-nl')

E('playtomic-1', '2024-09-11 22:04', 'Playtomic <noreply@playtomic.io>', 'Je reservering is bevestigd',
  'Hoi Yusuf,\n\nJe baan is gereserveerd.\n\nPadel Zwolle – Baan 3\nZaterdag 14 september 2024, 10:00 - 11:30\nSpelers: 4\nJouw deel: € 9,00\n\nAnnuleren kan tot 24 uur van tevoren.', 'leisure:padel-booking', tz='utc', html=True, color='#2c2c54')
E('playtomic-2', '2025-01-19 12:30', 'Playtomic <noreply@playtomic.io>', 'Speel je mee? Nieuwe open wedstrijden bij jou in de buurt',
  'Hoi Yusuf,\n\nEr zijn 6 open padelwedstrijden op jouw niveau (2,5) bij Padel Rotterdam Kralingen deze week. Doe mee!', 'leisure:padel-promo', tz='utc', html=True, color='#2c2c54')

E('klarna-b', '2024-12-30 09:00', 'Klarna <noreply@klarna.com>', 'Herinnering: je betaling aan Zalando vervalt over 3 dagen',
  'Hoi Yusuf,\n\nJe aankoop bij Zalando van € 74,95 moet uiterlijk 2 januari 2025 betaald zijn.\n\nBetaal in de Klarna-app.', 'payments:bnpl', tz='utc', html=True, color='#ffb3c7')
E('picnic', '2025-01-03 18:20', 'Picnic <hallo@picnic.app>', 'Welkom bij Picnic, Yusuf!',
  'Welkom! Picnic bezorgt op jouw adres in Kralingen op maandag, woensdag en vrijdag. Je eerste bezorging is gratis.\n\nDownload de app en doe je eerste boodschappen.', 'shopping:groceries-welcome', html=True, color='#e1171e')
E('reanimatie', '2024-09-24 14:00', 'Leerplein IJsselhof <leerplein@ijsselhof.nl>', 'Inschrijving: herhalingstraining BLS/reanimatie',
  'Beste Yusuf Demir,\n\nJe bent ingeschreven voor de herhalingstraining BLS op dinsdag 15 oktober 2024, 13:00 - 15:30, Skillslab 2.\n\nLeerplein – Ziekenhuis De IJsselhof', 'work:training-booking', to='Yusuf Demir <y.demir@ijsselhof.nl>', cc=ME,
  html=True, color='#2e7d32')
E('garmin-1', '2024-10-07 07:00', 'Garmin Connect <noreply@garmin.com>', 'Je wekelijkse rapport', 'Afgelopen week: 52.340 stappen, 3 activiteiten, gemiddeld 6u 41m slaap. Je drukste dag: donderdag (14.102 stappen, avonddienst).', 'app:fitness', tz='utc', html=True, color='#007cc3')
E('garmin-2', '2025-01-13 07:00', 'Garmin Connect <noreply@garmin.com>', 'Je wekelijkse rapport', 'Afgelopen week: 71.905 stappen (nieuw record!), 1 activiteit, gemiddeld 6u 02m slaap.', 'app:fitness', tz='utc', html=True, color='#007cc3')
E('onedrive', '2024-11-03 08:00', 'Microsoft OneDrive <photos@onedrive.com>', 'Je herinneringen van deze dag', 'Vandaag 3 jaar geleden: 14 foto\'s uit Zwolle. Bekijk je herinneringen in OneDrive.', 'app:photos', tz='utc', html=True, color='#0078d4', mid='onedrive.com')
E('kwf-collecte', '2024-09-02 19:00', 'KWF <collecte@kwf.nl>', 'Collecteweek 1-7 september: loop jij ook mee?', 'Beste Yusuf,\n\nVorig jaar liep je mee met de collecte in Assendorp. Doe je dit jaar weer mee? Aanmelden kan nog tot woensdag.\n\nHartelijke groet,\nKWF', 'charity:collection', html=True, color='#0066a1')
E('fotograaf', '2024-10-25 20:15', 'Kinderfotografie Mooi Momentje <info@mooimomentje.nl>', 'De foto\'s van Kleine Beer staan online', 'Beste ouder,\n\nDe foto\'s van de fotodag bij Kleine Beer staan online. Met de inlogcode KB-4471-ED kun je de foto\'s van Elif bekijken en bestellen tot 15 november.', 'childcare:photographer', html=True, color='#8e24aa')
E('emre-padel-foto', '2024-09-15 09:12', 'Emre Demir <emre.demir@ziggo.nl>', 'foto\'s padel', 'Hier de foto\'s van zaterdag. Jij staat er op alsof je je racket voor het eerst vasthoudt 😂', 'personal:family',
  attach=[('IMG_20240914_1104.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF' + b'\x33' * 500 + b'\xff\xd9', 'image/jpeg')])

# ---------------------------------------------------------------- more everyday
E('sarah-paspoort-elif', '2024-09-30 12:02', ME, 'ID Elif verlopen?',
  """Hé, ik zag net dat Elifs ID-kaart in november verloopt. Die is dus niet meer geldig tijdens de reis volgens de regels (moet nog 3 maanden geldig zijn voor Turkije?). Ik heb een afspraak gemaakt bij de gemeente voor woensdag 2 oktober 8:30. Kun jij een pasfoto laten maken bij de HEMA morgen?""",
  'personal:partner', to=SARAH)
E('zwolle-id-afspraak', '2024-09-30 11:48', 'Gemeente Zwolle <noreply@zwolle.nl>', 'Bevestiging afspraak: identiteitskaart aanvragen (kind)',
  'Geachte heer Demir,\n\nU heeft een afspraak gemaakt.\n\nProduct: Identiteitskaart aanvragen – kind jonger dan 12 jaar\nDatum: woensdag 2 oktober 2024, 08:30\nLocatie: Stadskantoor Zwolle, Lübeckplein 2\n\nNeem mee: een recente pasfoto, het huidige ID-bewijs van het kind en uw eigen ID-bewijs. Het kind moet aanwezig zijn.\n\nGemeente Zwolle', 'government:municipality-appointment', html=True, color='#0066b3')
E('sarah-fotos-alacati', '2024-10-28 20:30', SARAH, "foto's Alaçatı 🌊",
  """Hier een paar van mijn favorieten. Die van jou en Elif op het strand bij Ilıca is echt de allermooiste, die wil ik laten afdrukken voor in de nieuwe woonkamer.

x""", 'personal:partner', attach=[('IMG_1023.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF' + b'\x44' * 520 + b'\xff\xd9', 'image/jpeg'),
                                  ('IMG_1031.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF' + b'\x55' * 530 + b'\xff\xd9', 'image/jpeg')])
E('anne-eerste-dag', '2025-01-06 18:40', 'Ayşe Demir <aysedemir64@hotmail.com>', 'eerste dag',
  """Yusuf,

Hoe was je eerste dag? Zijn de collega's aardig? Baba vraagt of het ziekenhuis groot is.

Bel je vanavond?

Anne""", 'personal:family')
E('anne-eerste-dag-re', '2025-01-06 20:02', ME, 'RE: eerste dag',
  """Anne, het was goed! Vooral veel introductie en inloggen op computers. De collega's zijn heel aardig, een van hen komt ook uit Zwolle. Het ziekenhuis is kleiner dan De IJsselhof, maar heel modern.

Ik bel je morgen, nu ben ik te moe. Elif heeft het ook goed gedaan op de opvang!

Öptüm""", 'personal:family', to='Ayşe Demir <aysedemir64@hotmail.com>', reply_to='anne-eerste-dag', quote='outlook-nl')
E('emre-pec-feyenoord', '2024-10-02 19:55', 'Emre Demir <emre.demir@ziggo.nl>', 'PEC - Feyenoord',
  """Ik heb 2 kaarten voor PEC - Feyenoord op 9 november, Oost-tribune. Ga je mee? Of ben je al overgelopen 😏""", 'personal:family')
E('ijsselhof-nieuwsbrief', '2024-11-15 14:00', 'Teamnieuws Chirurgie 3 Noord <chir3n-team@ijsselhof.nl>', 'Teamnieuws november',
  """Beste collega's,

- Welkom aan onze nieuwe collega's Daphne en Mo!
- Vanaf 1 december werken we met de nieuwe overdrachtslijst (SBAR) in HiX
- Yusuf gaat ons eind december verlaten: hij gaat naar Rotterdam. Afscheid volgt!
- Kerstdiner team: vrijdag 13 december, De Librije-personeelskantine? Nee, gewoon bij Bert thuis 😉

Groet,
Bert""", 'work:team-newsletter', to='Chirurgie 3 Noord <chir3n-team@ijsselhof.nl>', cc=ME, mid='exch:AM3')
E('bol-review', '2024-11-20 10:00', 'bol.com <review@bol.com>', 'Hoe bevallen je verhuisdozen?', 'Hoi Yusuf,\n\nJe hebt onlangs "Verhuisdozen extra stevig (30 stuks)" gekocht. Wat vind je ervan? Met jouw review help je andere klanten.\n\nSchrijf een review: https://www.bol.com/nl/review', 'shopping:review-request', html=True, color='#0000a4')
E('coolblue-review', '2024-12-28 11:00', 'Coolblue <review@coolblue.nl>', 'Hoe tevreden ben je over je wasmachine?', 'Hoi Yusuf,\n\nJe Bosch-wasmachine draait nu een paar weken. Wil je vertellen wat je ervan vindt? Het kost 2 minuten.', 'shopping:review-request', html=True, color='#0090e3')
E('ns-geld-terug-b', '2024-10-11 18:02', 'NS <noreply@ns.nl>', 'Je aanvraag Geld terug bij vertraging is goedgekeurd',
  'Beste Yusuf Demir,\n\nJe aanvraag is goedgekeurd.\n\nReis: Zwolle - Rotterdam Centraal, 10 oktober 2024\nVertraging: 41 minuten\nCompensatie: € 8,88\n\nWe storten het bedrag binnen 10 werkdagen.', 'transport:ns-delay-refund', html=True, color='#003082', brand='NS')
E('belasting-voorlopig', '2024-12-27 08:00', 'Belastingdienst <noreply@belastingdienst.nl>', 'Er staat een nieuw bericht in uw Berichtenbox',
  'Geachte heer Demir,\n\nEr staat een nieuw bericht voor u klaar in de Berichtenbox van MijnOverheid: Voorlopige aanslag inkomstenbelasting 2025.\n\nLog in met DigiD.', 'government:tax-notification', html=True, color='#154273', brand='Belastingdienst')
E('rabo-nieuwe-pas', '2025-01-02 10:30', 'Rabobank <noreply@rabobank.nl>', 'Je nieuwe betaalpas is onderweg', 'Beste heer Demir,\n\nJe huidige betaalpas verloopt eind januari. Je nieuwe pas is naar je nieuwe adres verstuurd. Activeer hem met je eerste pinbetaling.\n\nRabobank', 'bank:rabobank', html=True, color='#000099', brand='Rabobank')
E('kleinebeer-factuur-nov', '2024-10-25 07:00', 'Kinderopvang Kleine Beer <administratie@kleinebeerzwolle.nl>', 'Factuur november 2024',
  'Beste ouder/verzorger,\n\nIn de bijlage vindt u de factuur voor de opvang van Elif in november 2024. Het bedrag van € 1.071,72 wordt rond 1 november geïncasseerd.\n\nAdministratie Kinderopvang Kleine Beer', 'childcare:invoice',
  attach=[('Factuur_2024-11_Demir.pdf', tiny_pdf(['Factuur november 2024', 'Elif Demir']), 'application/pdf')])
E('woonstad-contract', '2024-10-28 13:15', 'Woonstad Maaskant <verhuur@woonstadmaaskant.nl>', 'Uw huurovereenkomst staat klaar om te ondertekenen',
  'Beste heer Demir,\n\nUw huurovereenkomst voor Jonker Fransstraat 61-A staat klaar in Mijn Woonstad. U kunt de overeenkomst digitaal ondertekenen met DigiD. Mevrouw De Boer ontvangt een eigen verzoek als medehuurder.\n\nNa ondertekening door beide partijen maken wij de afspraak voor de sleuteloverdracht.\n\nTeam Verhuur', 'lookalike:rental-contract-sign', html=True, brand='Woonstad Maaskant', color='#00843d')
E('woonstad-welkom', '2024-12-06 16:00', 'Woonstad Maaskant <info@woonstadmaaskant.nl>', 'Welkom in uw nieuwe woning!',
  'Beste heer Demir,\n\nWelkom als huurder van Woonstad Maaskant! In de bijlage vindt u de bewonersgids met informatie over reparaties, afval en het buurtcentrum.\n\nReparatieverzoeken meldt u via Mijn Woonstad of 010 - 440 88 00.', 'landlord:welcome', html=True, color='#00843d')
E('albelli', '2024-11-02 21:00', 'albelli <noreply@albelli.nl>', '40% korting op alle fotoboeken (alleen dit weekend)', 'Hoi Yusuf,\n\nMaak een fotoboek van je vakantie! Dit weekend 40% korting op alle fotoboeken met code HERFST40.', 'promo:photobooks', html=True, html_only=True, color='#ff5c00')
E('sarah-verjaardag-wouter', '2025-01-12 10:20', SARAH, 'verjaardag Wouter zaterdag',
  'Wouter viert zijn verjaardag zaterdag 25 jan in Kampen, 15:00. Ik heb al een cadeau (dat boek dat hij wilde). Jij hebt toch vrij? Anders ga ik met Elif alleen. x', 'personal:partner')
E('thuisbezorgd-promo-b', '2024-10-30 16:00', 'Thuisbezorgd.nl <nieuws@thuisbezorgd.nl>', '€ 4 korting op je volgende bestelling 🍕', 'Hoi Yusuf,\n\nGebruik code HERFST4 voor € 4 korting bij bestellingen vanaf € 20. Geldig tot en met zondag.', 'promo:food-delivery', html=True, color='#ff8000')
