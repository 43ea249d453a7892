"""Mailbox B: hand-written look-alikes (all not_job)."""
from common import M, NJ, tiny_pdf
from b_jobs import ME, ME_ADDR, OLD

L = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    L.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

SARAH = 'Sarah de Boer <sarahdeboer.zwolle@gmail.com>'

E('woonrijnmond-reactie', '2024-09-05 22:41', 'WoonRijnmond <noreply@woonrijnmond.nl>',
  'Je reactie op Goudsesingel 184-C is geregistreerd',
  """Beste Yusuf Demir,

Je reactie op de volgende woning is geregistreerd:

Goudsesingel 184-C, 3031 EJ Rotterdam
3-kamerappartement · 78 m² · € 1.415 kale huur
Verhuurder: Woonstad Maaskant

Je positie op dit moment: 37 van 412 reacties.
De woning wordt toegewezen op basis van inschrijfduur. De verhuurder nodigt de eerste 10 kandidaten uit voor een bezichtiging.

Je kunt je reactie intrekken tot de sluitingsdatum (12 september 2024).

Met vriendelijke groet,
WoonRijnmond""", 'lookalike:rental-reaction', html=True, brand='WoonRijnmond', color='#00843d')

E('makelaar-kralingen-bezichtiging', '2024-09-24 12:15', 'Verhuur Van Duijn Makelaars <verhuur@vanduijnmakelaars.nl>',
  'Uitnodiging bezichtiging Oudedijk 12-B, Rotterdam',
  """Beste heer Demir,

Bedankt voor uw reactie op de woning aan de Oudedijk 12-B te Rotterdam (€ 1.595 per maand, excl. servicekosten).

U bent geselecteerd voor een bezichtiging:
Zaterdag 28 september 2024, 10:20 - 10:35 uur

Wij vragen u om na de bezichtiging, indien u interesse heeft, binnen 24 uur het inschrijfformulier in te vullen en de volgende documenten aan te leveren: kopie ID, werkgeversverklaring, drie recente loonstroken en een uittreksel BKR.

Met vriendelijke groet,
Van Duijn Makelaars – afdeling Verhuur""", 'lookalike:rental-viewing-invite', mid='exch:AM9')

E('makelaar-kralingen-afwijzing', '2024-10-04 16:48', 'Verhuur Van Duijn Makelaars <verhuur@vanduijnmakelaars.nl>',
  'RE: Inschrijving Oudedijk 12-B',
  """Beste heer Demir,

Hartelijk dank voor uw inschrijving voor de woning aan de Oudedijk 12-B.

Wij hebben veel inschrijvingen ontvangen. Na beoordeling heeft de eigenaar gekozen voor een andere kandidaat. Wij kunnen u de woning daarom helaas niet aanbieden.

Wij houden uw gegevens zes maanden in ons bestand en nemen contact met u op bij een vergelijkbare woning.

Met vriendelijke groet,
Van Duijn Makelaars – afdeling Verhuur""", 'lookalike:rental-rejection', mid='exch:AM9')

E('woning-aanbieding', '2024-10-17 09:30', 'Verhuur Woonstad Maaskant <verhuur@woonstadmaaskant.nl>',
  'Aanbieding woning: Jonker Fransstraat 61-A, Rotterdam',
  """Beste heer Demir,

Goed nieuws! Wij bieden u de woning aan de Jonker Fransstraat 61-A in Rotterdam aan.

Huurprijs: € 1.372,50 kale huur + € 48,00 servicekosten
Ingangsdatum huurovereenkomst: 1 december 2024

Om de aanbieding te accepteren, vragen wij u uiterlijk maandag 21 oktober 12:00 uur te reageren via Mijn Woonstad Maaskant. Daarna maken we een afspraak voor de ondertekening van het huurcontract en de sleuteloverdracht.

Reageert u niet op tijd, dan vervalt de aanbieding en bieden wij de woning aan de volgende kandidaat aan.

Met vriendelijke groet,
Team Verhuur
Woonstad Maaskant""", 'lookalike:rental-offer', html=True, brand='Woonstad Maaskant', color='#00843d')

E('boterbloem-aanvraag', '2024-10-02 14:20', 'Kinderopvang De Boterbloem <plaatsing@kdvboterbloem.nl>',
  'Uw aanvraag voor een kindplaats is ontvangen',
  """Beste heer Demir,

Hartelijk dank voor uw aanvraag voor een kindplaats bij Kinderopvang De Boterbloem, locatie Kralingen.

Kind: Elif Demir, geboortedatum 14-06-2022
Gewenste opvang: maandag, dinsdag en donderdag (hele dag)
Gewenste ingangsdatum: 6 januari 2025

Treedt u of uw partner in dienst bij een van onze partnerorganisaties (zoals Stadsziekenhuis Kralingen)? Dan komt u op de voorrangslijst. Stuur ons in dat geval een kopie van de arbeidsovereenkomst of een werkgeversverklaring. U ontvangt daarna bericht over een mogelijk plaatsingsaanbod.

Met vriendelijke groet,
Afdeling Planning & Plaatsing
Kinderopvang De Boterbloem""", 'lookalike:childcare-application', html=True, brand='De Boterbloem', color='#f6b800')

E('boterbloem-aanbod', '2024-11-08 11:05', 'Kinderopvang De Boterbloem <plaatsing@kdvboterbloem.nl>',
  'Plaatsingsaanbod voor Elif',
  """Beste heer Demir,

Wij zijn blij u een plaats te kunnen aanbieden voor Elif bij Kinderopvang De Boterbloem, locatie Kralingen, groep De Rupsjes.

Dagen: maandag, dinsdag en donderdag, 7:30 - 18:30
Ingangsdatum: maandag 6 januari 2025
Uurtarief 2025: € 10,25

De plaatsingsovereenkomst ontvangt u via Yousign om digitaal te ondertekenen. Wij vragen u het aanbod binnen 10 dagen te accepteren.

Voor de start nodigen wij u uit voor een intakegesprek met de pedagogisch medewerker van de groep.

Met vriendelijke groet,
Afdeling Planning & Plaatsing
Kinderopvang De Boterbloem""", 'lookalike:childcare-offer', html=True, brand='De Boterbloem', color='#f6b800')

E('boterbloem-yousign', '2024-11-08 11:07', 'Yousign <noreply@yousign.com>',
  'Kinderopvang De Boterbloem heeft u uitgenodigd om een document te ondertekenen',
  """Hallo Yusuf Demir,

Kinderopvang De Boterbloem heeft u uitgenodigd om het volgende document te ondertekenen:
Plaatsingsovereenkomst Elif Demir – locatie Kralingen.pdf

Document bekijken en ondertekenen: https://yousign.app/signatures/3c1f7a90-2b6e-4d1a-8f5c-e0a9b7d41c22

Deze aanvraag verloopt op 18 november 2024.

Yousign – Elektronische handtekening""", 'lookalike:childcare-esign', tz='utc', html=True, color='#6e4de8', mid='yousign.com')

E('boterbloem-kennismaking', '2024-11-26 15:32', 'Joke van Dam <rupsjes@kdvboterbloem.nl>',
  'Uitnodiging kennismakingsgesprek groep De Rupsjes',
  """Beste Yusuf en Sarah,

Wat leuk dat Elif in januari bij ons op De Rupsjes komt! Graag nodig ik jullie uit voor een kennismakingsgesprek (intake), samen met Elif.

Voorstel: woensdag 18 december om 9:30 uur, op de groep. Het gesprek duurt ongeveer 45 minuten. We bespreken dan Elifs ritme, eten en slapen, en hoe we de wenperiode aanpakken.

Kunnen jullie laten weten of dat uitkomt?

Hartelijke groet,
Joke van Dam
Pedagogisch medewerker, De Rupsjes""", 'lookalike:childcare-intake-invite', cc=SARAH)

E('big-herregistratie', '2024-09-26 10:44', 'BIG-register <noreply@bigregister.nl>',
  'Uw aanvraag voor herregistratie is ontvangen',
  """Geachte heer Demir,

Wij hebben uw aanvraag voor herregistratie in het BIG-register als verpleegkundige ontvangen.

Registratienummer: 59063318930
Datum ontvangst: 26 september 2024

Wij beoordelen uw aanvraag binnen 8 weken. U hoeft in de tussentijd niets te doen. Uw huidige registratie blijft geldig tot wij een besluit hebben genomen.

Met vriendelijke groet,
CIBG – BIG-register
Ministerie van Volksgezondheid, Welzijn en Sport""", 'lookalike:professional-registration-application', html=True,
  brand='BIG-register', color='#154273')

E('big-besluit', '2024-11-12 08:15', 'BIG-register <noreply@bigregister.nl>',
  'Besluit op uw aanvraag herregistratie',
  """Geachte heer Demir,

Uw aanvraag voor herregistratie is goedgekeurd. U staat tot 1 januari 2030 ingeschreven als verpleegkundige in het BIG-register.

Het besluit kunt u downloaden in Mijn BIG-register (inloggen met DigiD).

Met vriendelijke groet,
CIBG – BIG-register""", 'lookalike:professional-registration-approved', html=True, brand='BIG-register', color='#154273')

E('duo-terugbetalen', '2024-11-20 09:00', 'DUO <noreply@duo.nl>', 'Je maandbedrag voor terugbetalen wijzigt',
  """Beste Yusuf Demir,

Vanaf 1 januari 2025 verandert je maandbedrag voor het terugbetalen van je studieschuld. Dit komt door de nieuwe rente voor 2025.

Oud maandbedrag: € 96,18
Nieuw maandbedrag: € 101,44

Wil je een lager maandbedrag? Dan kun je een draagkrachtmeting aanvragen in Mijn DUO.

Met vriendelijke groet,
Dienst Uitvoering Onderwijs""", 'lookalike:duo-repayment', html=True, brand='DUO', color='#154273')

E('zeynep-studiefinanciering', '2024-09-19 18:12', 'Zeynep Demir <zeynepdemir05@gmail.com>', 'Fwd: We hebben je aanvraag studiefinanciering ontvangen',
  """abi kun je hier even naar kijken?? ik snap niks van die aanvullende beurs en papa's inkomen. moet ik nog iets opsturen?

---------- Forwarded message ---------
From: DUO <noreply@duo.nl>
Date: do 19 sep 2024 om 14:02
Subject: We hebben je aanvraag studiefinanciering ontvangen
To: <zeynepdemir05@gmail.com>

Beste Zeynep Demir,

We hebben je aanvraag voor studiefinanciering ontvangen. Je hebt ook een aanvullende beurs aangevraagd. Daarvoor gebruiken we het inkomen van je ouders van 2022. Als een ouder geen BSN heeft of in het buitenland woont, moet je extra gegevens opsturen.

Binnen 4 weken ontvang je een beslissing in Mijn DUO.

Met vriendelijke groet,
Dienst Uitvoering Onderwijs""", 'lookalike:family-forward-student-finance')

E('uwv-verzekeringsbericht', '2024-10-11 07:30', 'UWV <noreply@uwv.nl>', 'Er staat een nieuw bericht voor u klaar in Mijn UWV',
  """Geachte heer Demir,

Er staat een nieuw bericht voor u klaar in Mijn UWV: Verzekeringsbericht.

In het verzekeringsbericht ziet u welke gegevens over uw werk en inkomen bij UWV bekend zijn. Wij gebruiken deze gegevens als u een uitkering aanvraagt, bijvoorbeeld bij werkloosheid of ziekte. Klopt er iets niet? Laat het ons weten.

Log in op uwv.nl/mijnuwv met DigiD.

Met vriendelijke groet,
UWV""", 'lookalike:benefits-office-notification', html=True, brand='UWV', color='#0a5bab')

E('anouk-haar-gesprek', '2024-10-16 22:03', 'Anouk Veldkamp <anoukveldkamp@hotmail.com>', 'gesprek IC-opleiding!!',
  """Hé Yusuf,

Ik moest het je even vertellen want jij wist als enige dat ik gesolliciteerd had: ik had vandaag mijn gesprek voor de IC-opleiding bij Isala-West! Het was best pittig, ze vroegen me een casus uit te werken over een patiënt met een sepsis en ik was even helemaal blanco.

Maar ik mag volgende week voor een meeloopdag komen. Kun jij donderdag mijn dienst overnemen? Dan neem ik jouw zondag.

En hoe gaat het bij jou met Rotterdam? Al iets gehoord van dat ziekenhuis in Kralingen?

Anouk""", 'lookalike:colleague-tells-own-interview', mid='outlook')

E('anouk-reactie', '2024-10-17 07:10', ME, 'RE: gesprek IC-opleiding!!',
  """Gefeliciteerd Anouk, dat gaat je lukken! Donderdag overnemen is goed, ik zet het in de ruil-app.

Bij mij gaat het goed, ik heb vorige week meegelopen in Kralingen en ik wacht nu op antwoord. Duimen jij ook?

Yusuf""", 'lookalike:own-mail-to-colleague-about-search', to='Anouk Veldkamp <anoukveldkamp@hotmail.com>',
  reply_to='anouk-haar-gesprek', quote='outlook-nl')

E('emre-aanbod', '2024-10-29 21:18', ME, 'nieuws!',
  """Abi,

Ik heb vandaag het aanbod gekregen van het ziekenhuis in Kralingen! Vast contract, 32 uur, start 6 januari. Ik bel je morgen, nu eerst met Sarah een wijntje (en jij mag ook een colaatje).

Zeg nog niks tegen anne, ik wil het haar zondag zelf vertellen.

Y""", 'lookalike:own-mail-to-family-about-search', to='Emre Demir <emre.demir@ziggo.nl>')

E('nursing-nieuwsbrief-interview', '2024-10-03 07:00', 'Nursing <nieuwsbrief@nursing.nl>',
  'Nursing Weekly: "Ik wilde nooit de wijk in" – interview met wijkverpleegkundige Fatma',
  """NURSING WEEKLY · 3 oktober 2024

Interview: "Ik wilde nooit de wijk in"
Fatma werkte twaalf jaar op de SEH en stapte vorig jaar over naar de wijkverpleging in Rotterdam-Zuid. Een interview over autonomie, eenzaamheid en waarom ze nooit meer terug wil.

Verder in deze nieuwsbrief
- Cao Ziekenhuizen: wat verandert er in 2025?
- Klinisch redeneren: casus postoperatieve delirium
- Sollicitatietips: zo bereid je je voor op een meeloopdienst
- Accreditatiepunten: nieuwe e-learnings wondzorg

Lees verder op nursing.nl

Je ontvangt deze nieuwsbrief als abonnee van Nursing. Afmelden: https://www.nursing.nl/afmelden""",
  'lookalike:newsletter-interview-and-tips', html=True, brand='NURSING', color='#c2185b')

E('zorgpodcast', '2024-11-14 17:00', 'De Dienst – zorgpodcast <hallo@dedienstpodcast.nl>',
  'Nieuwe aflevering: interview met een SEH-arts over 20 jaar nachtdiensten',
  """Hoi luisteraar,

In de nieuwe aflevering van De Dienst spreken we met Marieke Schouten, SEH-arts in Rotterdam. Een eerlijk interview over 20 jaar nachtdiensten, over de druk op de spoedeisende hulp en over wat haar nog steeds elke dag laat komen.

Luister via Spotify, Apple Podcasts of dedienstpodcast.nl

Tot de volgende dienst!
Hannah & Joost""", 'lookalike:podcast-interview', html=True, color='#263238')

E('plandag-research', '2024-11-07 13:00', 'Plandag <research@plandag.app>',
  'Help ons Plandag beter te maken: doe mee aan een interview (45 min)',
  """Hoi Yusuf,

Je gebruikt Plandag om je diensten te ruilen en je rooster te bekijken. We zijn benieuwd naar jouw ervaring!

Doe mee aan een online interview van 45 minuten met ons productteam. We stellen je vragen over hoe je diensten ruilt en wat je mist. Als dank krijg je een bol.com-cadeaubon van € 30.

Plan je interview in: https://plandag.app/research/interview?ref=yd2291

Groetjes,
Team Plandag""", 'lookalike:user-research-invite', html=True, brand='plandag', color='#3949ab')

E('topdesk-recruitee-stage', '2024-10-21 15:44', 'Servicedesk IJsselhof <servicedesk@ijsselhof.nl>',
  'Melding M2410 1873 is afgehandeld: stagiairs niet zichtbaar in Recruitee',
  """Beste Yusuf Demir,

Uw melding M2410 1873 is afgehandeld.

Korte omschrijving: Werkbegeleiders zien sollicitaties van stagiairs niet in Recruitee
Uw melding: "Als werkbegeleider moet ik de stagesollicitaties van HBO-V-studenten voor het voorjaar beoordelen, maar in Recruitee zie ik geen kandidaten bij de stageplaats Chirurgie 3 Noord."

Oplossing: Uw account had nog de rol 'Medewerker'. De rol is aangepast naar 'Beoordelaar stage'. U ziet nu de 14 sollicitaties voor de stageplaatsen voorjaar 2025.

Bent u niet tevreden over de afhandeling? Reageer dan binnen 5 werkdagen op deze e-mail.

Met vriendelijke groet,
Servicedesk ICT – Ziekenhuis De IJsselhof
TOPdesk""", 'lookalike:work-ticket-ats-internship', to='Yusuf Demir <y.demir@ijsselhof.nl>', cc=ME,
  html=True, color='#2e7d32')

E('marktplaats-bod-bank', '2024-11-16 10:02', 'Marktplaats <noreply@marktplaats.nl>',
  'Je hebt een bod ontvangen van € 250,00',
  """Hoi Yusuf,

Er is een bod gedaan op je advertentie 'Hoekbank grijs, 5-zits, incl. kussens (ophalen Zwolle)'.

Bod: € 250,00
Door: Jeroen_vd_Z
Je vraagprijs: € 375,00

Accepteer het bod, doe een tegenbod of negeer het bericht.
Bekijk het bod: https://www.marktplaats.nl/my-account/sell/ads/m2158830471

Groet,
Marktplaats""", 'lookalike:marketplace-offer', html=True, brand='Marktplaats', color='#eda566')

E('verhuizer-offerte', '2024-10-25 16:20', 'Maas Verhuizingen <offerte@maasverhuizingen.nl>',
  'Uw offerte aanvraag is ontvangen – verhuizing Zwolle naar Rotterdam',
  """Beste heer Demir,

Hartelijk dank voor uw offerte aanvraag. Wij hebben de volgende gegevens ontvangen:

Van: Assendorperstraat 88, Zwolle (2e etage, geen lift)
Naar: Jonker Fransstraat 61-A, Rotterdam (1e etage)
Gewenste datum: zaterdag 14 december 2024
Inboedel: 3-kamerwoning, ca. 32 m3

Een van onze adviseurs neemt binnen 2 werkdagen contact met u op om een afspraak te maken voor een (video)opname. Daarna ontvangt u een vrijblijvende offerte.

Met vriendelijke groet,
Maas Verhuizingen B.V.""", 'lookalike:moving-quote-request', html=True, color='#1565c0')

E('verhuizer-offerte-2', '2024-10-30 10:40', 'Robin de Jong | Maas Verhuizingen <robin@maasverhuizingen.nl>',
  'Offerte verhuizing 14 december – Demir',
  """Beste heer Demir,

Naar aanleiding van de video-opname van afgelopen maandag stuur ik u hierbij onze offerte.

Verhuizing Zwolle - Rotterdam, zaterdag 14 december 2024
- 2 verhuizers + verhuiswagen 40 m3
- Inclusief demontage/montage bedden en kast
- 40 verhuisdozen en 4 kledingdozen in bruikleen
Totaal: € 1.385,00 incl. btw

Deze offerte is 14 dagen geldig. U kunt de offerte accepteren door deze e-mail te beantwoorden.

Met vriendelijke groet,
Robin de Jong
Maas Verhuizingen B.V.""", 'lookalike:moving-quote-offer',
  attach=[('Offerte_2024-1188_Demir.pdf', tiny_pdf(['Offerte 2024-1188', 'Verhuizing Zwolle - Rotterdam', 'EUR 1.385,00']), 'application/pdf')])

E('gemeente-parkeervergunning', '2024-12-16 13:12', 'Gemeente Rotterdam <noreply@rotterdam.nl>',
  'Uw aanvraag parkeervergunning bewoners is ontvangen',
  """Geachte heer Demir,

Wij hebben uw aanvraag voor een parkeervergunning voor bewoners ontvangen.

Zaaknummer: PV-2024-0871223
Adres: Jonker Fransstraat 61-A
Kenteken: K-781-RT

In het gebied Kralingen-West geldt een wachtlijst. U staat op plaats 112. Wij verwachten dat u binnen 4 tot 6 maanden een vergunning krijgt. U ontvangt bericht zodra er een vergunning beschikbaar is.

Met vriendelijke groet,
Gemeente Rotterdam, Stadsbeheer""", 'lookalike:municipality-permit-application', html=True, brand='Gemeente Rotterdam',
  color='#00811f')

E('etos-aanbod', '2024-11-28 08:00', 'Etos <nieuwsbrief@etos.nl>', 'Black Friday: jouw persoonlijke aanbod staat klaar',
  """Hoi Yusuf,

Alleen voor jou: 25% korting op alle verzorging en 1+1 gratis op de hele babyafdeling. Jouw persoonlijke aanbod is geldig tot en met maandag.

Bekijk je aanbod in de Etos-app.""", 'lookalike:retail-offer', html=True, html_only=True, color='#e2001a')
