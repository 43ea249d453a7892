"""Mailbox A: everyday mail from people (family, friends, colleagues, landlord, clubs, care)."""
from common import M, NJ, make_ics, TZ
import datetime
from a_jobs import ME, ME_ADDR, OLD

D = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    D.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

THIJS = 'Thijs Brouwer <thijsbrouwer@gmail.com>'
FEMKE = 'Femke Verhoeven <femke.verhoeven@kpnmail.nl>'
MAM = 'Ineke Verhoeven <ineke.verhoeven@ziggo.nl>'
IRIS = 'Iris van den Berg <iris.vdberg@outlook.com>'
NOOR = 'Noor Haddou <noorhaddou@gmail.com>'
SOPHIE = 'Sophie Jansen <sophiejansen88@gmail.com>'

# ---------------------------------------------------------------- Thijs
E('thijs-funda-lombok', '2024-01-16 12:48', THIJS, 'deze?',
  """https://www.funda.nl/huur/utrecht/appartement-43519877-damstraat-18-a/

3 kamers, balkon op het zuiden, 1650 incl. Te snel? Ik vind 'm eigenlijk wel heel leuk. Bel je me in je lunch?

T""", 'personal:partner')
E('thijs-funda-reply', '2024-01-16 13:02', ME, 'Re: deze?',
  """Oh die heb ik gisteren ook gezien! Wel 'op aanvraag' voor de bezichtigingen, dus we moeten snel zijn. Ik bel je om half 2, zit nu nog in een overleg over de voorjaarscampagne (gaap).

x""", 'personal:partner', to=THIJS, reply_to='thijs-funda-lombok', quote='nl')
E('thijs-antwerpen', '2024-02-08 20:11', THIJS, 'weekendje Antwerpen 🇧🇪',
  """Gevonden: hotelletje bij het Zuid, 2 nachten van 15 t/m 17 maart, €189 totaal. Trein heen vrijdag na je werk? Zeg ja dan boek ik 'm vanavond.

https://www.booking.com/hotel/be/pilar-zuid.nl.html""", 'personal:partner')
E('thijs-antwerpen-re', '2024-02-08 20:40', ME, 'Re: weekendje Antwerpen 🇧🇪',
  """JA. Boeken! En dan gaan we naar dat koffiezaakje van vorige keer waar je die enorme croissant had.""",
  'personal:partner', to=THIJS, reply_to='thijs-antwerpen', quote='nl')
E('thijs-trots', '2024-04-09 13:20', THIJS, 'gefeliciteerd!!!',
  """Net je appje gezien tussen twee meetings door. IK BEN ZO TROTS OP JE. Vanavond uit eten, ik heb al bij Gys gereserveerd (19:30). En bier bestellen we niet, dat neem je voortaan zelf mee 😉

Liefs
T""", 'personal:partner-congrats')
E('thijs-portugal', '2024-05-20 21:37', THIJS, 'vluchten Porto',
  """Ik heb even gekeken voor eind augustus (jij hebt dan toch nog geen vakantiedagen opgebouwd, maar je zei dat je een week vrij mocht nemen?):

Transavia vr 23 aug 07:05 AMS-OPO, terug zo 1 sep 21:50: €312 pp met koffer
KLM zelfde data: €389 pp

Ik heb nog niks geboekt. Overleg jij even met Maartje of die week kan?""", 'personal:partner')
E('thijs-kanaalweg', '2024-06-10 17:02', THIJS, 'Fwd: Toewijzing Kanaalweg 41',
  """!!!!!!!!!!

---------- Doorgestuurd bericht ---------
Van: Verhuur Kanaalweg <verhuur@keizerskroonvastgoed.nl>
Datum: ma 10 jun 2024 om 16:41
Onderwerp: Toewijzing Kanaalweg 41
Aan: Thijs Brouwer <thijsbrouwer@gmail.com>

Beste heer Brouwer,

Met genoegen laten wij u weten dat de verhuurder heeft besloten de woning aan de Kanaalweg 41 aan u en mevrouw Verhoeven toe te wijzen, onder voorbehoud van een positieve screening. U ontvangt deze week het concept-huurcontract ter inzage.

Met vriendelijke groet,
Keizerskroon Vastgoed""", 'personal:partner-forward-rental')

# ---------------------------------------------------------------- Femke (sister)
E('femke-babyshower', '2024-01-19 09:14', FEMKE, 'babyshower?? (niet tegen mam zeggen)',
  """Hoi zus,

Ok ik weet dat ik had gezegd 'geen gedoe', maar Jeroen zegt dat zijn zussen toch iets willen organiseren. Zou jij het samen met hen willen regelen? Dan heb ik tenminste iemand die zorgt dat er geen roze ballonnen komen.

Idee: zondag 25 februari, bij ons thuis in Amersfoort. Max 15 mensen.

Liefs, F
(30 weken en ik kan mijn eigen voeten niet meer zien)""", 'personal:family')
E('femke-babyshower-re', '2024-01-19 12:30', ME, 'Re: babyshower?? (niet tegen mam zeggen)',
  """Natuurlijk! Geen roze ballonnen, beloofd. Ik maak een appgroep met Jeroen z'n zussen. Heb je nog wensen qua eten? Ik dacht aan een brunch, met die taartjes van de bakker bij jou om de hoek.

Liefs en een aai over je buik""", 'personal:family', to=FEMKE, reply_to='femke-babyshower', quote='nl')
E('femke-foto', '2024-03-18 07:55', FEMKE, 'Ze is er! 💛',
  """Lieve Lotte,

Vannacht om 03:12 is ze geboren: Mila, 3420 gram, 51 cm. Alles is goed met ons allebei, ik ben kapot maar superblij.

Foto's in de bijlage. Kom je snel kijken? Misschien woensdag na je werk, dan zijn de kraamvisites van Jeroen's kant geweest.

Veel liefs,
Femke, Jeroen en Mila""", 'personal:family-birth',
  attach=[('IMG_4471.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + b'\x00' * 600 + b'\xff\xd9', 'image/jpeg')])
E('femke-kraamvisite-re', '2024-03-18 08:20', ME, 'Re: Ze is er! 💛',
  """AAAH ik moet huilen in de trein. Ze is PERFECT. Woensdag kom ik zeker, ik neem soep mee (en beschuit met muisjes natuurlijk).

Dikke knuffel voor jullie drie""", 'personal:family', to=FEMKE, reply_to='femke-foto', quote='nl')
E('femke-oppas', '2024-05-27 20:42', FEMKE, 'oppassen 8 juni?',
  """Hé Lot, zou jij op zaterdag 8 juni kunnen oppassen van 18:00 tot een uur of 23:00? Jeroen en ik willen voor het eerst weer een keer samen uit eten. Mila slaapt meestal vanaf 19:30 en dan moet er om 23:00 nog een fles. Thijs mag ook komen natuurlijk.""", 'personal:family')

# ---------------------------------------------------------------- Mam (old-fashioned client, windows-1252)
E('mam-oma-verjaardag', '2024-01-28 10:03', MAM, 'Verjaardag oma 3 februari',
  """Hallo Lotte,

Even ter herinnering: zaterdag 3 februari viert oma haar 88e verjaardag in De Zonnehoek. Vanaf 14.00 uur. Wil jij een taart meenemen? Geen slagroom, daar kan ze niet meer tegen.

Papa vraagt of Thijs zijn boormachine terug kan brengen.

Groetjes,
Mam""", 'personal:family', legacy=True, charset='windows-1252')
E('mam-sollicitatie', '2024-03-10 19:45', MAM, 'Hoe gaat het?',
  """Hallo lieverd,

Papa en ik vroegen ons af hoe het nu gaat met solliciteren. Je zei aan de telefoon dat je bij dat fietsenbedrijf op gesprek was geweest? Papa vond dat wel grappig, hij zegt dat je dan vast een fiets met korting krijgt.

Als je het even niet ziet zitten mag je altijd bellen hoor. Je vindt vast iets leuks, je bent zo goed in je werk.

Komen jullie Pasen eten? 1e of 2e Paasdag, zeg het maar.

Dikke knuf,
Mam""", 'personal:family-asks-about-search', legacy=True, charset='windows-1252')
E('mam-sollicitatie-re', '2024-03-10 21:02', ME, 'Re: Hoe gaat het?',
  """Hoi mam,

Lief dat jullie aan me denken! Het gaat wel goed hoor. Dat fietsenbedrijf is het helaas niet geworden, ze kozen iemand met meer ervaring in Google Ads. Een paar andere afwijzingen ook, maar ik heb vorige week gesolliciteerd bij een brouwerij hier in Utrecht en daar heb ik echt zin in. Zeg maar tegen papa dat gratis bier nog beter is dan een fiets.

Pasen: 2e Paasdag komt ons het beste uit, Thijs' ouders hebben 1e Paasdag al geclaimd. Ik neem een toetje mee.

Kus, ook voor papa""", 'personal:family-own-mail-about-search', to=MAM, reply_to='mam-sollicitatie', quote='nl')
E('mam-pasen', '2024-04-02 09:31', MAM, 'Foto\'s Pasen',
  """Hoi allemaal,

Hierbij de foto's van gisteren. Wat was het gezellig, en wat is Mila al gegroeid! Lotte, het tiramisu-recept wil ik graag hebben.

Liefs,
Mam en pap""", 'personal:family', legacy=True, charset='windows-1252',
  attach=[('Pasen2024_1.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01' + b'\x11' * 500 + b'\xff\xd9', 'image/jpeg')])

# ---------------------------------------------------------------- Iris
E('iris-sushi', '2024-01-31 18:22', IRIS, 'sushi vrijdag?',
  """Hoi hoi, vrijdag sushi bij Ichi in de Voorstraat? Noor komt ook. Of wil je liever bij mij thuis en dan bestellen, ik heb die nieuwe serie van Apple nog niet gezien 🙈""", 'personal:friend')
E('iris-slides', '2024-03-27 08:41', IRIS, 'Re: tweede gesprek!!!',
  """WAT LEUK!!! Natuurlijk, maandag kan ik. Neem je laptop mee, dan gaan we er even goed voor zitten. Mag ik iets zeggen: GEEN 40 slides zoals bij die presentatie voor Tuinhuys, max 8 😘

Pizza is prima. Margherita voor mij.""", 'personal:friend-about-search', reply_to='iris-tweede-gesprek', quote='nl')
E('iris-verjaardag', '2024-05-08 16:16', IRIS, 'Uitnodiging: mijn 31e 🎉',
  """Lieve vrienden,

Op zaterdag 25 mei word ik 31 en dat vier ik in de tuin van ons nieuwe huis (eindelijk!!). Vanaf 16:00, BBQ, neem je eigen drinken mee als je iets speciaals wilt.

Adres: Vlampijpstraat 77, Utrecht. Laat even weten of je komt voor de boodschappen.

Liefs,
Iris""", 'personal:friend-invite', mid='outlook')

# ---------------------------------------------------------------- Leesclub (Noor)
E('leesclub-feb', '2024-01-22 20:05', NOOR, 'Leesclub februari: welk boek?',
  """Lieve leesclub,

Volgende keer is bij Sophie (do 15 feb). We moeten nog een boek kiezen. Opties tot nu toe:
1. Lessons in Chemistry (Bonnie Garmus), Nederlands of Engels
2. Het smelt (Lize Spit), al kan ik dat niet nog een keer aan
3. De avond is ongemak, toch maar eens?
4. Iets luchtigs: Tomorrow, and Tomorrow, and Tomorrow?

Stem even via reply-all, meeste stemmen wint.

x Noor""", 'club:bookclub', cc='Sophie Jansen <sophiejansen88@gmail.com>, Iris van den Berg <iris.vdberg@outlook.com>, Merel Kuipers <merelkuipers@hotmail.com>')
E('leesclub-feb-stem', '2024-01-22 21:12', ME, 'Re: Leesclub februari: welk boek?',
  """Ik stem voor 4! Heb 'm al maanden op mijn nachtkastje liggen.""", 'club:bookclub', to=NOOR,
  cc='Sophie Jansen <sophiejansen88@gmail.com>, Iris van den Berg <iris.vdberg@outlook.com>, Merel Kuipers <merelkuipers@hotmail.com>',
  reply_to='leesclub-feb', quote='nl')
E('leesclub-april', '2024-03-28 19:40', NOOR, 'Leesclub april bij Lotte?',
  """Hoi allemaal, de volgende is bij Lotte toch? Dinsdag 16 april, 20:00? Boek: De vegetariër van Han Kang (kort, dus geen excuses 😉)""", 'club:bookclub')
E('leesclub-mei', '2024-05-21 10:58', 'Merel Kuipers <merelkuipers@hotmail.com>', 'Leesclub juni + verhuisnieuws',
  """Hallo leesclub!

Kleine mededeling: ik verhuis per 1 juli naar Den Bosch (werk van Bram), dus de leesclub van juni wordt mijn laatste 😭. Daarom bij mij, met taart. Donderdag 20 juni, 20:00.

Boek mag iemand anders kiezen, ik ben te emotioneel.

Merel""", 'club:bookclub', mid='outlook')

# ---------------------------------------------------------------- Loopgroep
LOOP = 'Loopgroep Maliebaan <info@loopgroepmaliebaan.nl>'
E('loop-januari', '2024-01-15 18:00', LOOP, 'Trainingsschema voorjaar + Singelloop',
  """Beste lopers,

Het voorjaarsschema staat online! Vanaf 22 januari trainen we weer op maandag (19:30, Maliebaan) en donderdag (19:30, Wilhelminapark). Zaterdagochtend is er de lange duurloop om 9:00 vanaf Rhijnauwen.

Doel dit seizoen: de Singelloop Utrecht op 6 oktober en voor de diehards de halve marathon van Utrecht op 19 mei.

De contributie voor 2024 wordt eind januari geïncasseerd (€ 95).

Sportieve groet,
Hans Vermeulen, hoofdtrainer""", 'club:running', html=True, color='#1565c0')
E('loop-ziek', '2024-02-26 07:12', ME, 'Afmelden donderdag',
  """Hoi Hans,

Ik meld me af voor donderdag, ik heb een sollicitatie-avond (lang verhaal) en verder nog wat last van mijn kuit. Zaterdag ben ik er weer.

Groet,
Lotte""", 'club:running-own', to='Hans Vermeulen <hans@loopgroepmaliebaan.nl>')
E('loop-halve', '2024-05-13 20:30', LOOP, 'Laatste info halve marathon zondag!',
  """Beste lopers,

Zondag is het zover: de halve marathon van Utrecht! We verzamelen om 9:15 bij de tent van de loopgroep op het Jaarbeursplein. Startnummers zijn opgehaald door Ellen, die deelt ze uit.

Tips: niets nieuws op de wedstrijddag, rustig beginnen, en drink bij elke post een paar slokken.

Na afloop: borrel bij Café Ledig Erf vanaf 14:00.

Succes allemaal!
Hans""", 'club:running', html=True, color='#1565c0')
E('loop-uitslag', '2024-05-20 09:02', LOOP, 'Uitslagen en foto\'s halve marathon',
  """Wat een dag! Iedereen heeft de finish gehaald, met vijf PR's binnen de groep. Gefeliciteerd!

Uitslagen: https://www.uitslagen.nl/uitslag?id=2024051912345
Foto's van Ellen: https://photos.app.goo.gl/kUy7r2Qm1bX9pLsZ8

Komende weken rustig aan, daarna starten we met het zomerschema.

Hans""", 'club:running', html=True, color='#1565c0')

# ---------------------------------------------------------------- Tuinhuys colleagues (private mail)
E('tuinhuys-reorg', '2024-01-25 21:30', 'Marieke Dekker <mariekedekker@gmail.com>', 'ff privé over vandaag',
  """Hé Lot,

Ik stuur het even via gmail, je snapt wel waarom. Wat een bizarre sessie vandaag. "Herinrichting van de commerciële afdeling" = gewoon dat marketing en webshop samengaan en er minstens twee functies verdwijnen. Ik heb het gevoel dat het content-stuk straks naar een bureau gaat.

Jij zei laatst al dat je om je heen aan het kijken was. Ik denk dat ik dat ook maar ga doen. Zullen we morgen samen lunchen, buiten de deur?

Marieke""", 'work:colleague-private')
E('tuinhuys-borrel', '2024-02-29 15:33', 'Gijs van Wijk <gijs.vanwijk@tuinhuys.nl>', 'Borrel vrijdag – 10 jaar Tuinhuys!',
  """Hoi allemaal,

Morgen bestaat Tuinhuys 10 jaar! Dat vieren we vanaf 16:00 in de showroom met een borrel en bitterballen. Partners zijn welkom.

Jullie privé-adressen heb ik erbij gezet omdat niet iedereen op kantoor is deze week.

Gijs""", 'work:company-event', to='Marketing & Webshop <team-commercie@tuinhuys.nl>',
  cc='Marieke Dekker <mariekedekker@gmail.com>, Lotte Verhoeven <lotte.verhoeven.utr@gmail.com>, yvonne.tak@hotmail.com', mid='exch:AS4')
E('tuinhuys-afscheid-marieke', '2024-05-03 11:46', 'Marieke Dekker <mariekedekker@gmail.com>', 'cadeau voor Yvonne',
  """Hoi! Yvonne gaat dus echt per 1 juni weg (jij natuurlijk per 1 juli, daar hebben we het nog wel over 😢). Ik zamel in voor een cadeau voor haar, €10 pp? Tikkie komt eraan. Ideeën welkom, ik dacht aan een workshop keramiek.""", 'work:colleague-private')
E('tuinhuys-afscheid-re', '2024-05-03 12:10', ME, 'Re: cadeau voor Yvonne',
  """Prima! Keramiek is leuk, ze had het er laatst nog over. En ja... ik ga jullie echt missen. Op mijn afscheid wil ik geen speech, dat je het weet 😅""", 'work:colleague-private',
  to='Marieke Dekker <mariekedekker@gmail.com>', reply_to='tuinhuys-afscheid-marieke', quote='nl')
E('tuinhuys-getuigschrift', '2024-06-12 17:05', 'Wouter Kramer <wouter.kramer@tuinhuys.nl>', 'Referentie + afscheid 28 juni',
  """Hoi Lotte,

Zoals beloofd: in de bijlage je getuigschrift, nog even naar je privé-mail zodat je het zeker hebt. Laat maar weten als je iets aangepast wilt zien.

Je afscheid is op vrijdag 28 juni vanaf 16:00 op kantoor. Geen speech, beloofd. (Van jou dan.)

Groet,
Wouter""", 'work:manager-private', mid='exch:AS4',
  attach=[('Getuigschrift_LVerhoeven.pdf', __import__('common').tiny_pdf(['Getuigschrift', 'Lotte Verhoeven', 'Tuinhuys B.V.']), 'application/pdf')])

# ---------------------------------------------------------------- landlord
VGB = 'Vastgoedbeheer Domstad <service@vgbdomstad.nl>'
E('vgb-cv-onderhoud', '2024-02-06 09:15', VGB, 'Onderhoud cv-ketel Kanaalstraat 112-bis',
  """Geachte bewoner,

In opdracht van de eigenaar wordt de cv-ketel in uw woning jaarlijks onderhouden door Installatiebedrijf Peters.

Uw afspraak: donderdag 15 februari 2024 tussen 08:00 en 12:00 uur.

Bent u niet thuis? Dan kunt u de sleutel afgeven bij de buren of een nieuwe afspraak maken via 030 - 231 77 40.

Met vriendelijke groet,
Vastgoedbeheer Domstad""", 'landlord', to=OLD)
E('vgb-lekkage', '2024-03-04 07:48', ME, 'Lekkage badkamerplafond Kanaalstraat 112-bis',
  """Goedemorgen,

Sinds het weekend hebben we een vochtplek op het plafond van de badkamer, die langzaam groter wordt. Ik vermoed dat het van de bovenburen komt (nummer 112-2). Foto's in de bijlage.

Kunnen jullie iemand sturen om ernaar te kijken? Ik ben dinsdag en donderdag thuis.

Met vriendelijke groet,
Lotte Verhoeven
Kanaalstraat 112-bis""", 'landlord-own', to=VGB,
  attach=[('vochtplek.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF' + b'\x22' * 400 + b'\xff\xd9', 'image/jpeg')])
E('vgb-lekkage-re', '2024-03-04 14:22', 'Eline Prins | Vastgoedbeheer Domstad <e.prins@vgbdomstad.nl>', 'RE: Lekkage badkamerplafond Kanaalstraat 112-bis',
  """Beste mevrouw Verhoeven,

Dank voor uw melding en de foto's. Wij hebben een loodgieter ingeschakeld (Loodgietersbedrijf Van Dam). Hij komt donderdag 7 maart tussen 13:00 en 17:00 uur langs, eerst bij de bovenburen en daarna bij u.

Meldingsnummer: 24-0311.

Met vriendelijke groet,
Eline Prins
Vastgoedbeheer Domstad""", 'landlord', reply_to='vgb-lekkage', quote='outlook-nl', mid='exch:AM7')
E('vgb-huurverhoging', '2024-04-26 10:00', VGB, 'Voorstel huurverhoging per 1 juli 2024',
  """Geachte mevrouw Verhoeven,

Hierbij ontvangt u het voorstel tot huurverhoging per 1 juli 2024 voor de woning Kanaalstraat 112-bis te Utrecht. Het voorstel vindt u als pdf in de bijlage.

Huidige kale huur: € 1.128,00
Nieuwe kale huur per 1 juli 2024: € 1.190,04 (verhoging 5,5%)

Bent u het niet eens met dit voorstel? Dan kunt u tot 1 juli bezwaar maken. In de bijlage leest u hoe.

Met vriendelijke groet,
Vastgoedbeheer Domstad""", 'landlord', attach=[('Huurverhoging_2024_Kanaalstraat112bis.pdf', __import__('common').tiny_pdf(['Voorstel huurverhoging', '1 juli 2024']), 'application/pdf')])

# ---------------------------------------------------------------- care
E('huisarts-afspraak', '2024-02-12 08:31', 'Huisartsenpraktijk Lombok <noreply@mijngezondheid.net>', 'Bevestiging afspraak',
  """Beste mevrouw Verhoeven,

Uw afspraak is bevestigd.

Datum: woensdag 14 februari 2024
Tijd: 10:40
Bij: dokter A. Koç
Locatie: Huisartsenpraktijk Lombok, Damstraat 2, Utrecht

Kunt u niet komen? Zeg uw afspraak dan uiterlijk 24 uur van tevoren af via MijnGezondheid.net of bel 030 - 293 18 20.

Met vriendelijke groet,
Huisartsenpraktijk Lombok""", 'health:gp-appointment', html=True, color='#2e7d32')
E('tandarts-herinnering', '2024-04-15 17:00', 'Tandartspraktijk Oudwijk <info@tandartsoudwijk.nl>', 'Herinnering: periodieke controle',
  """Beste Lotte,

Het is weer tijd voor uw halfjaarlijkse controle. U heeft een afspraak op:

Maandag 22 april 2024 om 08:15 uur (controle + gebitsreiniging bij de mondhygiënist)

Tot dan!
Tandartspraktijk Oudwijk""", 'health:dentist-reminder')
E('fysio-oefeningen', '2024-02-20 16:40', 'Mark Hendriks | Fysio Vaartsche Rijn <mark@fysiovaartscherijn.nl>', 'Oefeningen kuit',
  """Hoi Lotte,

Zoals beloofd de oefeningen voor je kuit:
1. Excentrische kuitheffingen op de trap, 3x15, twee keer per dag
2. Rekken tegen de muur, 3x30 seconden
3. Foamrollen, rustig aan

Voorlopig niet sneller dan 6 min/km en geen heuvels. Over twee weken kijken we verder.

Groet,
Mark""", 'health:physio')
E('apotheek', '2024-05-06 11:02', 'Apotheek Lombok <noreply@apotheeklombok.nl>', 'Uw herhaalrecept ligt klaar',
  """Beste mevrouw Verhoeven,

Uw herhaalrecept ligt voor u klaar. U kunt het ophalen tijdens openingstijden (ma t/m vr 8:00-17:30) of uit de afhaalautomaat met code 4481.

Apotheek Lombok""", 'health:pharmacy')

# ---------------------------------------------------------------- gemeente
E('gemeente-paspoort', '2024-02-19 13:05', 'Gemeente Utrecht <noreply@utrecht.nl>', 'Bevestiging afspraak: paspoort aanvragen',
  """Beste mevrouw Verhoeven,

U heeft een afspraak gemaakt bij de gemeente Utrecht.

Product: Paspoort aanvragen (1 persoon)
Datum: donderdag 29 februari 2024
Tijd: 09:10 uur
Locatie: Stadskantoor, Stadsplateau 1

Neem mee: uw huidige paspoort of ID-kaart en een pasfoto die niet ouder is dan 6 maanden. Kosten: € 82,30 (pinnen).

Afspraak wijzigen of annuleren: https://www.utrecht.nl/afspraak/wijzigen?code=UT7KX29

Met vriendelijke groet,
Gemeente Utrecht""", 'government:municipality-appointment', html=True, brand='Gemeente Utrecht', color='#cc0000')
E('gemeente-paspoort-klaar', '2024-03-06 10:12', 'Gemeente Utrecht <noreply@utrecht.nl>', 'Uw paspoort ligt klaar',
  """Beste mevrouw Verhoeven,

Uw paspoort ligt klaar. U kunt het ophalen zonder afspraak bij het Stadskantoor, balie 'Afhalen reisdocumenten', binnen 3 maanden.

Gemeente Utrecht""", 'government:municipality', html=True, brand='Gemeente Utrecht', color='#cc0000')
E('gemeente-afval', '2024-04-03 07:05', 'Gemeente Utrecht <nieuwsbrief@utrecht.nl>', 'Grofvuil en snoeiafval: nieuwe regels vanaf 1 mei',
  """Beste bewoner van Lombok,

Vanaf 1 mei verandert het ophalen van grofvuil in uw wijk. U maakt voortaan online een afspraak, en het is 4 keer per jaar gratis.

Ook nieuw: de gft-container wordt in de zomer (juni t/m augustus) elke week geleegd.

Meer informatie: https://www.utrecht.nl/afval

Met vriendelijke groet,
Afvalservice Gemeente Utrecht""", 'government:municipality-newsletter', html=True, brand='Gemeente Utrecht', color='#cc0000')

# ---------------------------------------------------------------- misc personal
E('sophie-koffie', '2024-04-11 12:14', SOPHIE, 'brouwerij!!!',
  """Iris zei het net in de app, GEFELICITEERD!!!! Dat je die baan hebt, ik wist het. Nu moet je dus altijd bier meenemen naar de leesclub, dat zijn de regels.

(En ik heb nieuws: ik heb die bank afgezegd. Te log. Otter blijft vrij.)""", 'personal:friend-congrats')
E('merel-verhuisdozen', '2024-06-05 09:44', 'Merel Kuipers <merelkuipers@hotmail.com>', 'verhuisdozen',
  """Hoi Lotte, jullie gaan toch ook verhuizen? Ik heb straks 40 verhuisdozen over, wil je ze hebben? Anders gaan ze op Marktplaats. 

Merel""", 'personal:friend', mid='outlook')
E('ouders-thijs', '2024-02-16 19:20', 'Anja Brouwer <anja.brouwer@planet.nl>', 'Etentje 24 februari',
  """Hallo Lotte en Thijs,

Wat leuk dat jullie op zaterdag 24 februari komen eten. Is 18.00 uur goed? Lotte, eet je nog steeds geen vis? Dan maak ik die lasagne met spinazie.

Hartelijke groet,
Anja (en Kees)""", 'personal:in-laws', to='Lotte Verhoeven <lotte.verhoeven.utr@gmail.com>, Thijs Brouwer <thijsbrouwer@gmail.com>')
