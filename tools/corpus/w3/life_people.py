# -*- coding: utf-8 -*-
"""Family, friends, landlord, neighbours, clubs: personal threads."""
from lib import m, auto_html, pdf, jpg, ME, ME_GMAIL

MAMA = "Rita Dewulf <rita.dewulf@skynet.be>"
SOFIE = "Sofie Vandenbussche <sofie.vandenbussche@hotmail.com>"
JONAS = "Jonas Maertens <jonas.maertens@gmail.com>"
LOTTE = "Lotte Claeys <lotte.claeys@gmail.com>"
HANNE = "Hanne Desmet <hanne.desmet@telenet.be>"
PIETER = "Pieter Van de Velde <pieter.vdv@outlook.be>"
EMMA = "Emma Taylor <emma.k.taylor@gmail.com>"
LUC = "Luc Verhelst <luc.verhelst@telenet.be>"
P = "personal"

# ------------------------------------------------------------------ mama
m("mama-foto", "2025-01-12 18:31", MAMA, ME, "fotos nieuwjaar",
  """Dag Griet

Hier zijn de fotos van zondag. Die van Mila met de pakjes is de schoonste vind ik. Papa heeft er een paar laten afdrukken voor in de gang.

Was dat gezellig he, allemaal bijeen. Volgend jaar bij Sofie zei ze.

Dikke zoen
mama
""", atts=[jpg("IMG_20250105_1432.jpg"), jpg("IMG_20250105_1440.jpg")], kind=P, mid="plain:skynet.be", cte="8bit")

m("mama-foto-re", "2025-01-12 20:05", ME, MAMA, "Re: fotos nieuwjaar",
  """Merci mama! Die met de pakjes is inderdaad de max, ze kijkt zo verbaasd :-)
Ik stuur hem door naar Jonas zijn ouders.

Dikke kus,
Griet
""", kind=P, mid="tb", parent="mama-foto", quote=True)

m("mama-zondag", "2025-02-01 10:12", MAMA, ME, "zondag",
  """Griet

Komen jullie zondag eten? Ik maak stoofvlees met frietjes, papa wil dat al weken. Sofie kan niet, ze heeft een feest bij Thomas zijn familie.

Laat maar iets weten vandaag of morgen

mama
""", kind=P, mid="plain:skynet.be", cte="8bit")

m("mama-zondag-re", "2025-02-01 11:40", ME, MAMA, "Re: zondag",
  """Ja graag! We zijn er rond half 12. Mila moet om 14u wel even slapen, kan dat in het kleine kamertje zoals vorige keer?

Ik breng een dessert mee.

Griet
""", kind=P, mid="tb", parent="mama-zondag")

m("mama-vraag", "2025-03-09 21:02", MAMA, ME, "hoe gaat het",
  """Dag schat

Ik wou je nog bellen maar ge waart zeker al in bed met de kleine. Hoe gaat het met u? Ge zaagt er moe uit zaterdag op het feest. Het moet niet makkelijk zijn met alles wat op u afkomt, met die sluiting en het zoeken.

Ge moet u niet opjagen he. Ge vindt wel iets, gij zijt slim genoeg. En als ge iets nodig hebt, papa en ik zijn er.

En nog eens merci voor zaterdag, ik had echt niks door!! Dat was de schoonste verjaardag van mijn leven.

mama
""", kind=P, mid="plain:skynet.be", cte="8bit")

m("mama-vraag-re", "2025-03-10 07:48", ME, MAMA, "Re: hoe gaat het",
  """Dag mama,

Bedankt voor je lieve mail. Het gaat echt wel, ik was zaterdag gewoon moe van al dat geregel (en Mila sliep slecht). Het zoeken gaat z'n gangetje, er lopen een paar dingen, ik hou jullie op de hoogte als er nieuws is.

En graag gedaan voor het feest, we hebben er zelf ook van genoten. Sofie heeft nog foto's, die stuurt ze deze week.

Dikke knuffel voor jou en papa,
Griet
""", kind=P, mid="tb", parent="mama-vraag", quote=True)

m("mama-pasen", "2025-04-15 14:22", MAMA, ME, "Paasmaandag",
  """Dag Griet en Jonas

Wij doen paasmaandag een eierenraap in de hof voor de kleinkinderen, om 11u. Daarna eten we iets simpels, soep en broodjes. Sofie komt ook met de jongens.

Kunnen jullie een stoel of twee meebrengen? Ons klapstoelen zijn kapot.

mama
""", cc=JONAS, kind=P, mid="plain:skynet.be", cte="8bit")

m("mama-pasen-re", "2025-04-15 19:30", JONAS, MAMA, "Re: Paasmaandag",
  """Dag Rita,

Top, we zijn er! Ik steek de twee tuinstoelen in de koffer. Mila heeft al een mandje klaar :)

Groetjes,
Jonas
""", cc=ME, kind=P, mid="gmail", parent="mama-pasen", quote=True)

m("mama-juni", "2025-06-09 17:55", MAMA, ME, "fotos verjaardag Mila",
  """Dag Griet

Hier nog de fotos van het feestje. Ik heb er een paar te veel gestuurd denk ik, de mail wou eerst niet vertrekken.

Papa zegt dat ge de eerste week goed moet uitrusten in de avond, ne nieuwe job is vermoeiend.

Kusjes
mama
""", atts=[jpg("P1000871.JPG"), jpg("P1000874.JPG"), jpg("P1000880.JPG")], kind=P, mid="plain:skynet.be", cte="8bit")

# ------------------------------------------------------------------ Sofie: surprise party mama 65
m("sof-feest1", "2025-01-19 20:44", SOFIE, ME, "Mama 65!! 🎉",
  """Hey zus,

Mama wordt 65 op 22 maart. Zullen we iets doen als verrassing? Ik dacht aan een etentje met de hele familie + tante Christiane en nonkel Walter, en misschien de buren van de Kouter.

Papa wil meedoen maar kan niks geheim houden, dus die vertellen we pas de week ervoor 😅

Wat denk jij? Zaal of restaurant?

Sofie
""", kind=P, mid="plain:hotmail.com", cte="base64")

m("sof-feest1-re", "2025-01-19 22:10", ME, SOFIE, "Re: Mama 65!! 🎉",
  """Super idee! Restaurant lijkt me makkelijker, dan moeten wij niet afwassen :)

Ik dacht aan Het Leiehof in Deinze, daar zijn ze vorig jaar met de turnclub geweest en mama vond het heel lekker. Ze hebben een apart zaaltje voor 30 man.

Zal ik eens bellen voor de zaterdag 22/3 's middags?

x G
""", kind=P, mid="tb", parent="sof-feest1", quote=True)

m("sof-feest2", "2025-01-26 13:05", SOFIE, ME, "RE: Mama 65!! 🎉",
  """Ja doe maar! Ik heb de lijst gemaakt, we zitten aan 24 volwassenen en 6 kinderen. Thomas maakt een fotoboek met oude foto's, als jij nog foto's hebt van de reis naar Lourdes (haha) of van jullie communie, scan ze maar in.

Cadeau: wat denk je van een weekendje naar de Ardennen voor mama en papa? Of een fiets, ze zaagt al een jaar over een elektrische…

S
""", kind=P, mid="plain:hotmail.com", cte="base64", parent="sof-feest1-re")

m("sof-feest2-re", "2025-02-01 21:16", ME, SOFIE, "Re: Mama 65!! 🎉",
  """Ik heb gebeld met het Leiehof, zaterdag 22/3 om 12u is vastgelegd voor 30 personen, aperitief + 3-gangenmenu aan 65 euro pp (kinderen 22 euro). Bevestiging volgt per mail.

Elektrische fiets vind ik een topidee, dat gebruikt ze tenminste echt. Ik vraag eens in de fietsenwinkel in Deinze wat een goede kost. Delen door twee + de tantes die willen meedoen?

G
""", kind=P, mid="tb", parent="sof-feest2")

m("sof-feest3", "2025-03-02 09:37", SOFIE, ME, "fiets + speech",
  """Fiets is besteld bij Cycles Van Hecke in Deinze, ze leveren hem de vrijdag ervoor bij ons thuis en wij brengen hem mee in de camionette van Thomas. 2.480 euro, dus 620 per "familie" (wij, jullie, tante Christiane, nonkel Walter). Overschrijven mag op BE46 0637 1234 5678.

En... wie doet de speech? Ik ween altijd. Gij moet het doen 😬

Sofie
""", kind=P, mid="plain:hotmail.com", cte="base64")

m("sof-feest3-re", "2025-03-02 10:20", ME, SOFIE, "RE: fiets + speech",
  """Overgeschreven! Oké, ik doe de speech, maar dan zeg jij het gedicht van Mila en de jongens op :)

G
""", kind=P, mid="tb", parent="sof-feest3")

m("sof-fotos", "2025-03-24 21:55", SOFIE, ME, "fotos feest",
  """Hier zijn ze! Thomas heeft er meer dan 300 getrokken, ik heb de beste eruit gehaald. Rest staat op de Google Drive: https://drive.google.com/drive/folders/1xQ7mmFeest65Rita

Zalige dag was dat. Mama belt me elke dag om te zeggen hoe goed die fiets rijdt 😂

xxx
""", atts=[jpg("feest_mama_01.jpg"), jpg("feest_mama_02.jpg")], kind=P, mid="plain:hotmail.com", cte="base64")

m("sof-juni", "2025-06-16 19:02", SOFIE, ME, "Succes!!",
  """Zus! Hoe was je eerste week? Ik wil ALLES weten. Bel je deze week eens als de kleine slaapt?

En nog iets: wij gaan in augustus 10 dagen naar Kroatië, kunnen jullie de kat eten geven? Thomas zijn moeder is dan in het ziekenhuis voor haar heup.

S
""", kind=P, mid="plain:hotmail.com", cte="base64")

m("sof-juni-re", "2025-06-16 21:40", ME, SOFIE, "Re: Succes!!",
  """Druk maar heel leuk! Ik bel je donderdag.
Kat eten geven: natuurlijk, geef me de data maar door. Mila zal zot zijn van Minou.

x
""", kind=P, mid="tb", parent="sof-juni", quote=True)

# ------------------------------------------------------------------ Jonas
m("jonas-creche", "2025-01-22 13:11", JONAS, ME, "Fwd: Factuur januari 2025 - Mila Maertens",
  """Voor de administratie :) Wil jij het overschrijven vanop de gezamenlijke? Ik zit vandaag vol patiënten.

---------- Doorgestuurd bericht ---------
Van: Kinderdagverblijf 't Rupske <administratie@rupske-gent.be>
Datum: wo 22 jan 2025 om 11:02
Onderwerp: Factuur januari 2025 - Mila Maertens
Aan: <jonas.maertens@gmail.com>

Beste ouders,

In bijlage vindt u de factuur voor de maand januari. Het bedrag wordt berekend op basis van het inkomenstarief.
Te betalen vóór 5 februari op BE71 0018 2233 4455 met gestructureerde mededeling +++090/1234/56789+++.

Met vriendelijke groeten,
Administratie 't Rupske
""", atts=[pdf("Factuur_2025-01_Maertens.pdf", "factuur kinderopvang")], kind="personal:forward-invoice", mid="gmail")

m("jonas-porto", "2025-02-17 12:40", ME, JONAS, "Porto?",
  """Hey,

Wat denk je van een paar dagen Porto, ergens in mei als ik klaar ben met ScheldeCo en vóór een eventuele nieuwe job? Je mama wou Mila wel een paar dagen.

Vluchten vanuit Charleroi: 15-18 mei ongeveer 140 euro pp met Ryanair. Of Brussels Airlines vanuit Zaventem, duurder maar andere uren.
Appartement in Ribeira gezien op Booking: https://www.booking.com/hotel/pt/casa-da-ribeira-porto.nl.html

G
""", kind=P, mid="tb")

m("jonas-porto-re", "2025-02-17 18:25", JONAS, ME, "Re: Porto?",
  """Ja!! Heb ik echt nodig. 15-18 mei kan ik mijn patiënten verschuiven. Charleroi is wel ver, maar voor dat verschil in prijs ok.

Boek jij? Ik betaal het appartement.

x J
""", kind=P, mid="gmail", parent="jonas-porto", quote=True)

m("jonas-auto", "2025-04-02 09:05", JONAS, ME, "autoverzekering",
  """Onze verzekering voor de Toyota gaat 14% omhoog (zie brief die gisteren kwam). Ik heb eens vergeleken:

- huidige (AG via Dewaele verzekeringen): 712 euro/jaar
- Yuzzu online: 598
- Baloise via makelaar Vyncke: 641, maar met rechtsbijstand erbij

Wat denk jij? Of wachten tot je weet of je een bedrijfswagen krijgt? Dan verkopen we de Toyota misschien.

J
""", kind=P, mid="gmail")

m("jonas-auto-re", "2025-04-02 12:51", ME, JONAS, "Re: autoverzekering",
  """Laten we nog een maand wachten, als er een bedrijfswagen bij komt hebben we geen twee auto's nodig. Opzeggen kan toch tot 3 maanden voor de vervaldag? Dat is 1 september, dus tijd genoeg.

G
""", kind=P, mid="tb", parent="jonas-auto", quote=True)

m("jonas-eten", "2025-05-22 16:44", JONAS, ME, "vanavond",
  """Ik ben pas om 20u thuis, laatste patiënt is verzet. Kan jij Mila halen? Er ligt nog lasagne in de diepvries.
""", kind=P, mid="gmail")

# ------------------------------------------------------------------ Lotte (friend's own interview = look-alike)
m("lotte-gesprek", "2025-03-06 17:48", LOTTE, ME, "sollicitatiegesprek!!",
  """Griet!!

Ik had vandaag mijn sollicitatiegesprek bij AZ Sint-Lucas voor hoofdverpleegkundige op de dienst geriatrie. Ik was zó zenuwachtig, maar ik denk dat het goed ging? Ze vroegen heel veel over conflicthantering en over hoe ik met een krap budget omga. Jij bent daar toch ook mee bezig nu, hoe bereid jij je voor?

De directeur zorg was wel een beetje koel. Volgende week hoor ik of ik door ben naar de tweede ronde (assessment!!).

Duim je voor mij?
Lotte
""", kind="lookalike:friend-own-interview", mid="gmail")

m("lotte-gesprek-re", "2025-03-06 21:30", ME, LOTTE, "Re: sollicitatiegesprek!!",
  """Natuurlijk duim ik! Klinkt echt goed, als ze zo lang doorvragen is dat meestal omdat ze geïnteresseerd zijn.

Voor een assessment: slaap goed, lees niks op het laatste moment, en bij de rollenspellen gewoon jezelf zijn. Jij kan dat perfect, jij managet al jaren die dienst in de praktijk.

Koffie volgende week?
x Griet
""", kind="lookalike:friend-own-interview", mid="tb", parent="lotte-gesprek", quote=True)

m("lotte-job", "2025-03-20 12:14", LOTTE, ME, "IK HEB DE JOB",
  """Ze hebben net gebeld: ik ben de nieuwe hoofdverpleegkundige geriatrie!!! 🥳

Start 1 mei. Vrijdag cava bij mij? Hanne en Eline komen ook.

L
""", kind="lookalike:friend-job-offer", mid="gmail")

# ------------------------------------------------------------------ Hanne: leesclub
LEESCLUB = [HANNE, "Eline Baert <eline.baert@gmail.com>", "Katrijn Moens <katrijnmoens@hotmail.com>", ME]
m("lees1", "2025-01-16 20:20", HANNE, ", ".join(LEESCLUB[1:]), "Leesclub februari",
  """Hallo boekenwurmen,

Volgende leesclub is op dinsdag 11 februari bij mij (Phoenixstraat). We lezen 'Het smelt' van Lize Spit, zoals afgesproken. Ik weet dat Katrijn het al gelezen heeft, dus jij mag de vragen voorbereiden ;-)

Ik zorg voor wijn en soep, breng iets zoets mee als je wil.

Hanne
""", kind=P, mid="plain:telenet.be")

m("lees1-re", "2025-01-17 08:02", ME, ", ".join([HANNE] + LEESCLUB[1:3]), "Re: Leesclub februari",
  """Ik ben er! Ik breng brownies mee. Het boek is wel zwaar, ik ben aan hoofdstuk 4 en moet af en toe echt stoppen.

Griet
""", kind=P, mid="tb", parent="lees1")

m("lees2", "2025-04-10 21:12", HANNE, ", ".join(LEESCLUB[1:]), "Leesclub mei: stemming",
  """Dag allemaal,

Voor mei kiezen we tussen:
1. 'Sapiens' – nee grapje, te dik
2. 'Kleine dingen zoals deze' – Claire Keegan (kort!)
3. 'De Amerikaanse prinses' – Annejet van der Zijl
4. 'Tomorrow, and Tomorrow, and Tomorrow' – in het Engels voor wie durft

Antwoord met je nummer. Meeste stemmen wint, bij gelijkspel beslist Eline want die is jarig.

Hanne
""", kind=P, mid="plain:telenet.be")

m("lees2-re", "2025-04-11 07:15", ME, HANNE, "Re: Leesclub mei: stemming",
  """2! Ik heb momenteel de concentratie van een goudvis, kort is goed :)
""", kind=P, mid="tb", parent="lees2", quote=True)

m("lees3", "2025-05-26 19:40", HANNE, ", ".join(LEESCLUB[1:]), "Leesclub 3 juni bij Griet",
  """Reminder: dinsdag 3 juni bij Griet, Sint-Pietersaalststraat 41, 20u. Keegan wint met 3 stemmen.

Griet, moeten we iets meebrengen?

H
""", kind=P, mid="plain:telenet.be")

# ------------------------------------------------------------------ Pieter: farewell ScheldeCo (personal addresses)
m("pieter-drink", "2025-05-14 12:33", PIETER, "Griet Vandenbussche <griet.vandenbussche@telenet.be>, Ann Pauwels <ann.pauwels78@gmail.com>, Kenny De Vos <kennydevos@hotmail.com>, Sarah Bouazza <sarah.bouazza@gmail.com>, Geert Lambrecht <geert.lambrecht@skynet.be>",
  "Afscheidsdrink team Gent 🍻",
  """Beste collega's (straks ex-collega's...),

Na al die jaren in het magazijn aan de Farmanstraat kunnen we niet zomaar uit elkaar gaan zonder een stevige pint. Ik stel voor:

Woensdag 28 mei vanaf 17u30
Café De Loge, Zeehaven
Eerste rondje op kosten van de ondernemingsraad (dat heb ik al geregeld 😉)

Laat even weten of je komt. Partners welkom.

Pieter
""", kind=P, mid="outlook")

m("pieter-drink-re", "2025-05-14 13:50", ME, PIETER, "Re: Afscheidsdrink team Gent 🍻",
  """Ik kom zeker! Jonas komt misschien later. Dank je om dit te regelen, Pieter.

Griet
""", kind=P, mid="tb", parent="pieter-drink")

m("pieter-fotos", "2025-05-30 10:05", PIETER, "Griet Vandenbussche <griet.vandenbussche@telenet.be>, Ann Pauwels <ann.pauwels78@gmail.com>, Kenny De Vos <kennydevos@hotmail.com>, Sarah Bouazza <sarah.bouazza@gmail.com>, Geert Lambrecht <geert.lambrecht@skynet.be>",
  "Foto's woensdag",
  """Hier enkele foto's van woensdag. Mooi afscheid, al was het met een krop in de keel. Die van Geert op de heftruck houden we best binnen de groep 😂

Laten we elkaar niet uit het oog verliezen. Ik stel voor: elk jaar de laatste woensdag van mei, zelfde plaats.

Pieter
""", atts=[jpg("afscheid1.jpg"), jpg("afscheid2.jpg")], kind=P, mid="outlook")

# ------------------------------------------------------------------ Emma (en)
m("emma1", "2025-02-09 22:14", EMMA, ME, "Ghent in June?",
  """Hiya Griet!

Long time no speak – I hope you, Jonas and little Mila are all well. Sorry I never replied to your Christmas card, December was a blur with the house move.

Big news: Dan and I are thinking of coming over to Belgium in June for a long weekend (and some beer, obviously). Would you be around, maybe the weekend of 20-22 June? We'd stay in a hotel of course, but would love to have dinner and meet Mila properly.

Also, how's everything with work? Last time you mentioned rumours about the site closing.

Lots of love,
Emma x
""", kind=P, lang="en", mid="gmail")

m("emma1-re", "2025-02-11 20:31", ME, EMMA, "Re: Ghent in June?",
  """Emma! So lovely to hear from you.

Yes, come, come, come! 20-22 June should be fine, and you are staying with us for dinner at least one night – Jonas will cook his famous stoofvlees.

As for work: the rumours were true, our Ghent site closes at the end of May. I'm looking for something new, and trying not to panic about it. It's actually quite exciting, some days.

Tell Dan to bring an empty suitcase for the beer.

Griet x
""", kind=P, lang="en", mid="tb", parent="emma1", quote=True)

m("emma2", "2025-05-25 09:40", EMMA, ME, "Flights booked!!",
  """Booked! We land in Brussels on Friday 20/6 at 11:05 and we've got a room at the Ghent River Hotel. Any tips for Saturday? Dan wants to go to the Gravensteen, I want to eat waffles and not move.

And congratulations again on the new job, so happy for you!!

E x
""", kind=P, lang="en", mid="gmail")

m("emma2-re", "2025-05-25 21:08", ME, EMMA, "Re: Flights booked!!",
  """Perfect! Saturday: Gravensteen in the morning, then a boat tour on the Leie, then waffles at Max – everyone wins. Dinner at ours at 7.

Thank you! Can't wait to see you both.

G x
""", kind=P, lang="en", mid="tb", parent="emma2", quote=True)

# ------------------------------------------------------------------ Landlord
m("luc-index", "2025-01-07 11:20", LUC, ME, "Indexatie huur 2025",
  """Beste Griet, beste Jonas,

Zoals elk jaar pas ik de huurprijs aan volgens de gezondheidsindex, op de verjaardag van het huurcontract (1 februari). De berekening:

basishuur 850 euro x nieuwe index 134,05 / aanvangsindex 118,24 = 963,66 euro

Vanaf 1 februari wordt de huur dus 963,66 euro per maand (zonder kosten). Wilt u uw doorlopende opdracht aanpassen?

Met vriendelijke groeten,
Luc Verhelst
""", cc=JONAS, kind="personal:landlord", mid="plain:telenet.be")

m("luc-index-re", "2025-01-07 19:44", ME, LUC, "Re: Indexatie huur 2025",
  """Beste meneer Verhelst,

Goed ontvangen, ik pas de doorlopende opdracht aan vanaf februari.

Mag ik meteen nog melden dat het raam in de badkamer niet meer goed sluit? Het scharnier lijkt los te zitten.

Met vriendelijke groeten,
Griet Vandenbussche
""", kind="personal:landlord", mid="tb", parent="luc-index", quote=True)

m("luc-ketel", "2025-03-11 08:30", LUC, ME, "onderhoud ketel + raam",
  """Beste Griet,

De firma Verwarming Van Laere komt het jaarlijks onderhoud van de gasketel doen op dinsdag 18 maart tussen 8u en 12u. Dan kijkt de man ook naar het raam in de badkamer.

Kan er iemand thuis zijn?

Groeten,
Luc Verhelst
""", kind="personal:landlord", mid="plain:telenet.be")

m("luc-ketel-re", "2025-03-11 09:12", ME, LUC, "Re: onderhoud ketel + raam",
  """Ja, ik ben thuis op 18/3. Dank u!
Griet
""", kind="personal:landlord", mid="tb", parent="luc-ketel")

m("luc-verkoop", "2025-02-20 18:05", LUC, ME, "belangrijk: verkoop appartement",
  """Beste Griet, beste Jonas,

Ik wil u graag persoonlijk en tijdig op de hoogte brengen: na lang twijfelen heb ik besloten het appartement te verkopen. Mijn gezondheid laat het beheer niet meer toe en mijn kinderen hebben geen interesse.

Ik besef dat dit geen goed nieuws is. U hoeft niet meteen te vertrekken: het contract loopt en een koper moet dat respecteren, tenzij hij er zelf wil gaan wonen. In dat geval geldt een opzegtermijn van zes maanden. Ik houd u op de hoogte.

Als u zelf interesse hebt om te kopen, laat het me weten vóór ik naar een makelaar stap.

Met vriendelijke groeten,
Luc Verhelst
""", cc=JONAS, kind="personal:landlord", mid="plain:telenet.be")

m("luc-verkoop-re", "2025-02-22 10:30", JONAS, LUC, "Re: belangrijk: verkoop appartement",
  """Beste meneer Verhelst,

Dank u om ons dit persoonlijk te laten weten. Kopen is voor ons op dit moment helaas niet haalbaar. We beginnen dus alvast rond te kijken, zodat we niet onder druk staan.

We wensen u veel beterschap.

Vriendelijke groeten,
Jonas en Griet
""", cc=ME, kind="personal:landlord", mid="gmail", parent="luc-verkoop", quote=True)

# ------------------------------------------------------------------ neighbours
m("buren-feest", "2025-05-06 20:50", "Buurtcomité Sint-Pietersaalst <buurtfeest.spaalst@gmail.com>", "undisclosed-recipients:;",
  "Straatfeest zaterdag 14 juni!",
  """Beste buren,

Het is weer zover: ons jaarlijks straatfeest gaat door op zaterdag 14 juni vanaf 15u. De straat wordt afgesloten tussen nr. 20 en nr. 60 (vergunning van de Stad is in orde).

Programma:
- 15u springkasteel en schminken voor de kinderen
- 17u petanquetornooi
- 19u BBQ (inschrijven vóór 1 juni: 15 euro volwassene, 8 euro kind)
- 21u DJ Marnix (ja, die van nr. 33)

Wie wil helpen met opbouwen of afbreken: stuur een mailtje!

Tot dan,
Het buurtcomité
""", kind="personal:neighbourhood", mid="gmail")

m("buren-feest-re", "2025-05-07 07:58", ME, "Buurtcomité Sint-Pietersaalst <buurtfeest.spaalst@gmail.com>", "Re: Straatfeest zaterdag 14 juni!",
  """Hallo,

Graag inschrijven voor de BBQ: 2 volwassenen en 1 kind (Mila, 2 jaar, eet niet veel :-)). Ik schrijf 38 euro over. Jonas helpt graag bij het afbreken.

Groetjes,
Griet (nr. 41)
""", kind="personal:neighbourhood", mid="tb", parent="buren-feest")

# ------------------------------------------------------------------ running group
m("loop1", "2025-01-24 21:30", "Dries Van Canneyt <dries@loopgroepblaarmeersen.be>", "leden@loopgroepblaarmeersen.be",
  "Schema voorjaar: op weg naar Dwars door Gent",
  """Dag lopers,

Het voorjaarsschema staat online. We trainen vanaf februari op dinsdag (19u, Watersportbaan) en zaterdag (9u, Blaarmeersen). Doel: de 15 km van Dwars door Gent op 25 mei.

Niveaugroepen:
- groep A: 5'00/km en sneller
- groep B: 5'30 – 6'00/km
- groep C: 6'15/km en trager (en dat is helemaal ok!)

Schema: https://loopgroepblaarmeersen.be/schema-voorjaar-2025.pdf

Sportieve groet,
Dries
""", kind="personal:club", mid="plain:loopgroepblaarmeersen.be")

m("loop2", "2025-05-27 08:12", "Dries Van Canneyt <dries@loopgroepblaarmeersen.be>", "leden@loopgroepblaarmeersen.be",
  "Proficiat iedereen!",
  """Wat een dag zondag! 23 leden aan de start van Dwars door Gent, 23 aan de finish. Speciale vermelding voor Griet en Koen, die voor het eerst onder de 1u20 liepen. 👏

Volgende week gaan we terug naar rustige duurlopen. Dinsdag is er na de training een drink in de kantine.

Dries
""", kind="personal:club", mid="plain:loopgroepblaarmeersen.be")
