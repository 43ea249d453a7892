"""Mailbox B: everyday mail from people (partner, family, colleagues, landlord, childcare, clubs, care)."""
from common import M, NJ, tiny_pdf
from b_jobs import ME, ME_ADDR, OLD

D = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    D.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

SARAH = 'Sarah de Boer <sarahdeboer.zwolle@gmail.com>'
ANNE = 'Ayşe Demir <aysedemir64@hotmail.com>'
EMRE = 'Emre Demir <emre.demir@ziggo.nl>'
BERT = 'Bert Kampman <b.kampman@ijsselhof.nl>'
JPG = lambda n: (n, b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01' + bytes([len(n) % 250]) * 480 + b'\xff\xd9', 'image/jpeg')

# ---------------------------------------------------------------- Sarah
E('sarah-contract', '2024-09-02 12:40', SARAH, 'getekend!!',
  """Hoi lief,

Het is officieel: contract getekend, ik begin op 2 januari bij Havenbedrijf Maasvlakte Logistics (ik moet nog wennen aan die naam). Kantoor is bij het Wilhelminaplein, dus Kralingen of Noord zou echt ideaal zijn, ook voor jou als het ziekenhuis in Kralingen iets wordt.

Vanavond pizza om het te vieren? Elif mag ook een stukje.

Kus
S""", 'personal:partner')
E('sarah-contract-re', '2024-09-02 13:05', ME, 'RE: getekend!!',
  """Yes!! Zo trots op je. Pizza is goed, ik haal hem op na mijn dienst (kwart over 4 thuis). Ik kijk vanavond meteen naar woningen in Kralingen.

Y""", 'personal:partner', to=SARAH, reply_to='sarah-contract', quote='outlook-nl')
E('sarah-woningen', '2024-09-12 21:50', SARAH, 'woningen lijstje',
  """Ik heb ze even op een rij gezet, zodat we niet elke avond dezelfde discussie hebben 😅

1. Goudsesingel 184-C – 1415, WoonRijnmond, loting op inschrijfduur (wij staan pas 2 weken ingeschreven...)
2. Oudedijk 12-B – 1595 + service, makelaar, mooi maar duur
3. Jonker Fransstraat 61-A – 1372, Woonstad Maaskant, 3 kamers, dichtbij park
4. Crooswijksesingel – 1280, maar 3e etage zonder lift met een kinderwagen?? nee

Kun jij op 3 reageren? Jij moet inloggen, het account staat op jouw naam.""", 'personal:partner')
E('sarah-kinderopvang', '2024-10-01 20:12', SARAH, 'kinderopvang Rotterdam',
  """Ik heb vandaag gebeld met De Boterbloem in Kralingen. Als jij bij SZK gaat werken krijgen we voorrang!! Dan is de wachtlijst maar een paar maanden. Anders moeten we naar die van mijn werk in het centrum en dat is met de metro met Elif echt geen doen.

Wil jij het formulier invullen? Link: https://www.kdvboterbloem.nl/aanmelden

Ze hebben geen plek op vrijdag, maar dat kan mijn moeder misschien doen de eerste maanden (die wil toch elke week komen 🙄)""", 'personal:partner-childcare')
E('sarah-woning-ja', '2024-10-17 10:02', SARAH, 'FW: Aanbieding woning: Jonker Fransstraat 61-A, Rotterdam',
  """WE HEBBEN HEM!!!! Ik stuur het even door want jij zat in je dienst. Accepteren vóór maandag 12:00. Ik heb al 'ja' aangeklikt bij Mijn Woonstad, ik hoop dat dat mocht 😇

-----Original Message-----
From: Verhuur Woonstad Maaskant <verhuur@woonstadmaaskant.nl>
Sent: donderdag 17 oktober 2024 09:30
Subject: Aanbieding woning: Jonker Fransstraat 61-A, Rotterdam

Goed nieuws! Wij bieden u de woning aan de Jonker Fransstraat 61-A in Rotterdam aan.""", 'personal:partner-forward-rental')
E('sarah-verhuisplanning', '2024-11-03 19:30', SARAH, 'verhuisplanning (gedeeld document)',
  """Ik heb een gedeeld document gemaakt met alles wat we moeten regelen, per week. Vul jij jouw stukje in? (Werk, huisarts, BIG-adres wijzigen, auto, futsal opzeggen.)

https://docs.google.com/document/d/1kVx8Tq2Pz0mYd3fLrW4aS9bJcE7hQnU5o6iGtR1xZy/edit

Ik ben zo van plan om het weekend van 30 november al dozen te gaan inpakken.""", 'personal:partner')
E('sarah-sinterklaas', '2024-11-25 21:14', SARAH, 'pakjesavond bij mijn ouders',
  """Pakjesavond 5 december bij pa en ma in Kampen, 17:30. Jij hebt toch dagdienst? Dan kun je precies op tijd komen. Gedichten mogen kort dit jaar (met de verhuizing), ma zei het zelf!""", 'personal:partner')
E('sarah-sleutels', '2024-12-02 08:10', SARAH, 'sleutels + internet',
  """Sleuteloverdracht is vrijdag 6 dec om 10:00 bij de woning. Ik kan niet, dus jij? Meterstanden doorgeven aan Vattenfall en foto maken. Odido komt 11 dec tussen 8 en 13 voor de aansluiting, ik ben dan thuis met Elif.""", 'personal:partner')
E('sarah-sleutels-re', '2024-12-02 12:28', ME, 'RE: sleutels + internet',
  """Ik heb mijn dienst op vrijdag geruild met Anouk, dus ik ga. Ik rij om 7 uur weg, dan ben ik er ruim op tijd. Meterstanden doe ik, en ik neem het rolmaatje mee voor de gordijnen.""", 'personal:partner', to=SARAH,
  reply_to='sarah-sleutels', quote='outlook-nl')
E('sarah-eerste-dag', '2025-01-06 07:02', SARAH, 'succes vandaag ❤️',
  """Heel veel succes op je eerste dag! Elif en ik zwaaien je vanaf het balkon uit. Vanavond vertel je alles.

Kusjes""", 'personal:partner')

# ---------------------------------------------------------------- family
E('anne-bayram', '2024-09-08 17:45', ANNE, 'Zondag eten',
  """Yusuf oğlum,

Komen jullie zondag eten? Emre en Zeynep komen ook. Ik maak mantı. Neem Elif haar slaapzakje mee zij kan boven slapen.

Kusjes anne""", 'personal:family')
E('anne-bayram-re', '2024-09-08 19:02', ME, 'RE: Zondag eten',
  """Tamam anne, we komen rond 15:00. Sarah neemt een taart mee. Elifs slaapzak nemen we mee.

Öptüm""", 'personal:family', to=ANNE, reply_to='anne-bayram', quote='outlook-nl')
E('anne-verhuizing', '2024-11-18 11:30', ANNE, 'verhuizing',
  """Yusuf,

Baba zegt hij kan helpen met de verhuizing zaterdag 14 december. Hij neemt de bus van ome Kemal mee. Ik maak eten voor iedereen. Hoeveel mensen?

En vergeet niet jullie nieuwe adres door te geven aan de bank en aan de zorgverzekering.

Anne""", 'personal:family')
E('emre-futsal', '2024-09-25 22:31', EMRE, 'zaalvoetbal',
  """Broer, donderdag kan ik niet, Ilayda heeft ouderavond. Kun jij iemand anders vragen? En wanneer is je afscheidswedstrijd eigenlijk, we moeten wel iets regelen.""", 'personal:family')
E('emre-re-nieuws', '2024-10-30 07:48', EMRE, 'Re: nieuws!',
  """HAHAHA ik wist het!! Gefeliciteerd abi. Rotterdam ja, maar wel voor PEC blijven juichen hè.

Ik bel je vanavond.""", 'personal:family-congrats', reply_to='emre-aanbod', quote='nl')
E('zeynep-sf-re', '2024-09-19 21:04', ME, 'RE: Fwd: We hebben je aanvraag studiefinanciering ontvangen',
  """Hoi Zeyno,

Rustig, je hoeft bijna niks te doen. DUO haalt het inkomen van baba zelf op bij de Belastingdienst. Alleen omdat hij in 2022 een paar maanden in Turkije heeft gewerkt, moet je dat inkomen er zelf bij zetten: in Mijn DUO onder 'Wijzigen' > 'Inkomen ouders'. Vraag baba om de jaaropgave van dat werk.

Als je vastloopt bel je me maar na 20:00.

Abi""", 'personal:family', to='Zeynep Demir <zeynepdemir05@gmail.com>', reply_to='zeynep-studiefinanciering', quote='outlook-nl')
E('zeynep-bedankt', '2024-09-21 10:40', 'Zeynep Demir <zeynepdemir05@gmail.com>', 'Re: Fwd: We hebben je aanvraag studiefinanciering ontvangen',
  """oké dankjewel abi!! ik heb het formulier van papa's inkomen geüpload. je bent de beste ❤️""", 'personal:family',
  reply_to='zeynep-sf-re', quote='nl')

# ---------------------------------------------------------------- IJsselhof colleagues / manager (private address)
E('ijsselhof-rooster', '2024-09-16 16:02', 'Rooster Chirurgie 3 Noord <rooster.chir3n@ijsselhof.nl>', 'Rooster oktober definitief',
  """Beste collega's,

Het rooster voor oktober is definitief en staat in Plandag. Let op: door de scholingsdag op 15 oktober zijn er een paar diensten verschoven. Ruilen kan tot 48 uur van tevoren via de app.

Er staan nog 3 open avonddiensten (8, 19 en 27 oktober). Wie kan?

Groet,
Roostergroep""", 'work:roster', to='Chirurgie 3 Noord <chir3n-team@ijsselhof.nl>', cc=ME, mid='exch:AM3')
E('ijsselhof-opzegging', '2024-11-01 14:22', BERT, 'Je ontslagbrief',
  """Hoi Yusuf,

Ik heb je brief ontvangen, nogmaals dank dat je het eerst persoonlijk kwam vertellen. Ik bevestig hierbij dat je dienstverband eindigt per 31 december 2024. Je laatste dienst staat gepland op 20 december, daarna neem je je resterende verlofuren op.

Ik stuur het ook even naar je privé-mail, omdat je na december geen toegang meer hebt tot je IJsselhof-mail. HR stuurt je begin januari de eindafrekening.

We gaan je missen op 3 Noord. Vooral de stagiairs, volgens mij.

Groet,
Bert Kampman
Teamleider Chirurgie 3 Noord""", 'work:manager-resignation-confirmation', cc='Yusuf Demir <y.demir@ijsselhof.nl>', mid='exch:AM3')
E('ijsselhof-afscheid', '2024-12-09 13:15', 'Anouk Veldkamp <anoukveldkamp@hotmail.com>', 'afscheid 20 dec (geheim!)',
  """Hoi! Dit is alleen voor jou en Sarah: we regelen iets voor je laatste dienst op 20 december. Kom om 15:30 naar de teampost, ook al ben je al klaar. Sarah en Elif mogen mee. Neem geen taart mee, dat doen wij!

Anouk""", 'work:colleague-farewell', cc=SARAH, mid='outlook')
E('ijsselhof-elearning', '2024-09-30 06:45', 'Leerplein IJsselhof <leerplein@ijsselhof.nl>', 'Herinnering: e-learning Medicatieveiligheid verloopt over 14 dagen',
  """Beste Yusuf Demir,

De bekwaamheid 'Medicatieveiligheid 2024' verloopt op 14 oktober 2024. Rond de e-learning en de toets af via Leerplein. De accreditatiepunten worden automatisch bijgeschreven in het Kwaliteitsregister.

Leerplein – Ziekenhuis De IJsselhof""", 'work:e-learning-reminder', to='Yusuf Demir <y.demir@ijsselhof.nl>', cc=ME, html=True,
  color='#2e7d32')
E('ijsselhof-kerstpakket', '2024-12-04 09:00', 'P&O IJsselhof <peno@ijsselhof.nl>', 'Kies je eindejaarsgeschenk',
  """Beste collega,

Ook dit jaar mag je zelf je eindejaarsgeschenk kiezen. Kies uiterlijk 10 december via de link in de webshop, en het wordt thuisbezorgd. Medewerkers die uit dienst gaan krijgen het geschenk ook!

https://geschenk.ijsselhof.nl/?code=YD-7712

Fijne feestdagen,
P&O""", 'work:hr-gift', to='Yusuf Demir <y.demir@ijsselhof.nl>', cc=ME, html=True, color='#2e7d32')
E('rob-welkom', '2024-12-19 20:47', 'Rob de Haan <robdehaan77@gmail.com>', 'app-groep 4 Zuid',
  """Hoi Yusuf, Rob hier (van je gesprek en de meeloopdienst). Mag ik je nummer hebben voor de app-groep van 4 Zuid? Dan zit je er alvast in voor de roosterruil en de nieuwjaarsborrel op 10 januari. Geen zorgen, het is vooral foto's van taart.

Groet, Rob""", 'personal:future-colleague')

# ---------------------------------------------------------------- futsal
FUT = 'ZVV De Hanzeboys <secretaris@zvvhanzeboys.nl>'
E('futsal-seizoen', '2024-09-03 20:00', FUT, 'Start seizoen + contributie',
  """Beste leden,

Het zaalvoetbalseizoen start op donderdag 12 september in Sporthal De Marslanden. Heren 2 speelt om 21:15.

De contributie (€ 165) wordt in twee termijnen geïncasseerd, in oktober en februari.

Sportieve groet,
Bestuur ZVV De Hanzeboys""", 'club:futsal', html=True, color='#d32f2f')
E('futsal-opzeggen', '2024-11-05 21:12', ME, 'Opzeggen lidmaatschap per 1 januari',
  """Beste secretaris,

Hierbij zeg ik mijn lidmaatschap op per 1 januari 2025, omdat we naar Rotterdam verhuizen. Kan de tweede termijn van de contributie dan vervallen?

Het was een mooie tijd bij Heren 2!

Met sportieve groet,
Yusuf Demir (lidnr. 1187)""", 'club:futsal-own', to=FUT)
E('futsal-opzeggen-re', '2024-11-07 18:40', FUT, 'Antw: Opzeggen lidmaatschap per 1 januari',
  """Hoi Yusuf,

Jammer! Je opzegging is verwerkt per 1 januari. De tweede termijn vervalt. Veel succes in Rotterdam, en als je ooit terug bent, weet je ons te vinden.

Groet,
Henk (secretaris)""", 'club:futsal', reply_to='futsal-opzeggen', quote='outlook-nl')
E('futsal-rotterdam', '2025-01-15 21:30', 'ZVV Kralingen <info@zvvkralingen.nl>', 'RE: Proeftraining',
  """Hoi Yusuf,

Leuk dat je interesse hebt. Je kunt op woensdag 22 januari meetrainen met onze heren-recreanten, 20:30 in Sporthal Kralingen. Neem zaalschoenen mee!

Groet,
Patrick""", 'club:futsal-new')

# ---------------------------------------------------------------- landlord Zwolle
WS = 'Woonstichting IJsseldal <klantcontact@ijsseldal.nl>'
E('ijsseldal-opzegging', '2024-10-22 11:15', WS, 'Bevestiging huuropzegging Assendorperstraat 88',
  """Geachte heer Demir,

Wij hebben uw huuropzegging ontvangen. Uw huurovereenkomst voor de woning Assendorperstraat 88 te Zwolle eindigt op 31 december 2024.

Wij nodigen u uit voor een voorinspectie. Tijdens de voorinspectie bespreken wij wat u moet herstellen of verwijderen voordat u de woning oplevert. U kunt een afspraak maken via Mijn IJsseldal.

Met vriendelijke groet,
Woonstichting IJsseldal""", 'landlord:tenancy-end', html=True, color='#0277bd')
E('ijsseldal-voorinspectie', '2024-11-12 09:40', 'Sander Bos | Woonstichting IJsseldal <s.bos@ijsseldal.nl>', 'Verslag voorinspectie',
  """Geachte heer Demir,

Hierbij het verslag van de voorinspectie van 11 november. Samengevat:
- gaatjes in de muren dichten (woonkamer en slaapkamer 2)
- de laminaatvloer in slaapkamer 2 mag blijven als de nieuwe huurder hem overneemt; anders verwijderen
- de zelf geplaatste wandlamp in de hal verwijderen en afdoppen

De eindinspectie is op maandag 30 december om 10:00 uur.

Met vriendelijke groet,
Sander Bos, opzichter""", 'landlord:inspection-report', mid='exch:AM1')
E('ijsseldal-eindafrekening', '2025-01-17 14:00', WS, 'Eindafrekening huur Assendorperstraat 88',
  """Geachte heer Demir,

Bij de eindinspectie op 30 december zijn geen gebreken geconstateerd. U ontvangt de waarborgsom van € 850,00 binnen 30 dagen terug op rekening NL12 RABO •••• 4471.

Wij danken u voor het huren bij IJsseldal en wensen u veel woonplezier op uw nieuwe adres.

Met vriendelijke groet,
Woonstichting IJsseldal""", 'landlord:final-statement', html=True, color='#0277bd')

# ---------------------------------------------------------------- childcare Zwolle
KB = 'Kinderopvang Kleine Beer <administratie@kleinebeerzwolle.nl>'
E('kleinebeer-factuur-sep', '2024-09-25 07:00', KB, 'Factuur oktober 2024',
  """Beste ouder/verzorger,

In de bijlage vindt u de factuur voor de opvang van Elif in oktober 2024. Het bedrag van € 1.071,72 wordt rond 1 oktober automatisch geïncasseerd.

Met vriendelijke groet,
Administratie Kinderopvang Kleine Beer""", 'childcare:invoice',
  attach=[('Factuur_2024-10_Demir.pdf', tiny_pdf(['Factuur oktober 2024', 'Elif Demir', 'EUR 1.071,72']), 'application/pdf')])
E('kleinebeer-nieuwsbrief', '2024-10-10 16:30', 'Groep De Egeltjes <egeltjes@kleinebeerzwolle.nl>', 'Nieuwsbrief De Egeltjes – herfst 🍂',
  """Lieve ouders,

Wat een gezellige weken! De kinderen hebben kastanjes geraapt in het park, en we hebben pompoensoep gemaakt (Elif was onze beste roerder).

Let op:
- Vrijdag 25 oktober: foto's van de fotograaf
- Graag reservekleding mee, het is modderseizoen!
- Sint Maarten: lampionnen maken we op de groep

Groetjes,
Ilse, Marjan en Fenna""", 'childcare:newsletter', html=True, color='#ef6c00')
E('kleinebeer-opzegging', '2024-10-28 10:20', KB, 'Bevestiging opzegging kindplaats Elif Demir',
  """Beste heer Demir,

Wij bevestigen de opzegging van de kindplaats van Elif per 20 december 2024 (opzegtermijn van één maand in acht genomen).

Vergeet niet de wijziging ook door te geven aan de Belastingdienst/Toeslagen.

Met vriendelijke groet,
Administratie Kinderopvang Kleine Beer""", 'childcare:cancellation')
E('kleinebeer-afscheid', '2024-12-18 17:20', 'Groep De Egeltjes <egeltjes@kleinebeerzwolle.nl>', 'Dag lieve Elif!',
  """Beste Yusuf en Sarah,

Vrijdag is Elif alweer haar laatste dag bij ons. We gaan haar zo missen! We vieren het met een klein afscheidsfeestje op de groep rond 16:00, jullie zijn welkom.

Alle liefs en veel geluk in Rotterdam,
Ilse, Marjan en Fenna""", 'childcare:farewell', cc=SARAH)

# ---------------------------------------------------------------- health & municipality
E('consultatiebureau', '2024-09-18 09:05', 'JGZ IJsselland <noreply@jgzijsselland.nl>', 'Uitnodiging: contactmoment 2 jaar en 3 maanden',
  """Beste ouder(s) van Elif,

Elif is uitgenodigd voor het contactmoment van 2 jaar en 3 maanden bij het consultatiebureau.

Datum: dinsdag 8 oktober 2024, 14:20 uur
Locatie: Consultatiebureau Zwolle-Assendorp

Tijdens dit gesprek kijken we samen naar de groei, de taal en het spel van Elif.

Met vriendelijke groet,
Jeugdgezondheidszorg IJsselland""", 'health:child-wellbaby', html=True, color='#7cb342')
E('huisarts-rotterdam', '2024-12-10 11:14', 'Huisartsenpraktijk Kralingen-West <info@hapkralingenwest.nl>', 'Inschrijving nieuwe patiënten',
  """Beste heer Demir,

Dank voor uw inschrijvingsformulier voor uzelf, mevrouw De Boer en Elif. De inschrijving is verwerkt. Wij vragen uw medisch dossier op bij uw vorige huisarts in Zwolle.

Bent u nieuw in de praktijk? Dan nodigen wij u graag uit voor een kennismakingsgesprek met de praktijkondersteuner (niet verplicht).

Met vriendelijke groet,
Huisartsenpraktijk Kralingen-West""", 'health:gp-registration')
E('tandarts-zwolle', '2024-09-20 17:00', 'Tandartspraktijk De Wezenlanden <afspraken@tandartswezenlanden.nl>', 'Herinnering afspraak maandag 23 september',
  """Beste heer Demir,

Herinnering: u heeft maandag 23 september om 8:00 uur een afspraak voor controle. Elif is ook ingepland, om 8:15 uur.

Tot maandag!""", 'health:dentist-reminder')
E('gemeente-verhuizing', '2024-12-09 14:00', 'Gemeente Rotterdam <noreply@rotterdam.nl>', 'Uw verhuizing naar Rotterdam is verwerkt',
  """Geachte heer Demir,

U heeft uw verhuizing doorgegeven. Wij hebben de verhuizing verwerkt in de Basisregistratie Personen (BRP).

Nieuw adres: Jonker Fransstraat 61-A, 3031 AS Rotterdam
Ingangsdatum: 14 december 2024
Meeverhuizende personen: S. de Boer, E. Demir

Welkom in Rotterdam!

Met vriendelijke groet,
Gemeente Rotterdam""", 'government:municipality-moving', html=True, brand='Gemeente Rotterdam', color='#00811f')
E('buren-zwolle', '2024-12-12 19:31', '"Fam. Wolters" <hwolters@kpnmail.nl>', 'Afscheid',
  """Beste Yusuf, Sarah en Elif,

Wat jammer dat jullie weggaan. Het waren fijne buren! Wij hebben nog een klein cadeautje voor Elif, komen jullie vrijdagavond even langs?

Hartelijke groet,
Henny en Gerrit (nr. 86)""", 'personal:neighbours', legacy=True, charset='iso-8859-1')
