"""Mailbox A (Lotte Verhoeven, marketing specialist, Utrecht): job-search mail,
recruiter outreach, job alerts and hand-written look-alikes."""
from common import M, APP, NJ, OUT, ALERT, tiny_pdf

ME = 'Lotte Verhoeven <lotte.verhoeven.utr@gmail.com>'
ME_ADDR = 'lotte.verhoeven.utr@gmail.com'
OLD = 'lottev93@live.nl'

CV = ('CV_Lotte_Verhoeven_2024.pdf',
      tiny_pdf(['Lotte Verhoeven', 'Marketing Specialist', 'Utrecht', 'lotte.verhoeven.utr@gmail.com',
                'Tuinhuys B.V. - Marketing Specialist 2020-heden', 'Kroonstad Media - Junior Marketeer 2017-2020',
                'HU Hogeschool Utrecht - Commerciele Economie']), 'application/pdf')
def brief(name):
    return ('Motivatiebrief_%s_LVerhoeven.pdf' % name,
            tiny_pdf(['Motivatiebrief', 'Lotte Verhoeven', name]), 'application/pdf')

# ------------------------------------------------------------------ apps
WATERLINIE = dict(key='brouwerij-de-waterlinie--marketing-specialist', company='Brouwerij De Waterlinie',
                  aliases=['Waterlinie', 'Brouwerij De Waterlinie B.V.', 'waterliniebier.nl'],
                  role='Marketing Specialist', source='other',
                  url='https://waterlinie.homerun.co/marketing-specialist/nl')
FIETSBAAS = dict(key='fietsbaas--online-marketeer-sea-seo', company='Fietsbaas',
                 aliases=['Fietsbaas B.V.', 'Team Fietsbaas'], role='Online Marketeer (SEA/SEO)',
                 source='other', url='https://fietsbaas.recruitee.com/o/online-marketeer-sea-seo')
ORANJEWOUD = dict(key='oranjewoud-verzekeringen--medior-campagnemarketeer', company='Oranjewoud Verzekeringen',
                  aliases=['Oranjewoud', 'Oranjewoud Verzekeringen N.V.'], role='Medior Campagnemarketeer',
                  source='workday',
                  url='https://oranjewoud.wd3.myworkdayjobs.com/nl-NL/Werkenbij/job/Utrecht/Medior-Campagnemarketeer_R-10482')
LINDEBOOM = dict(key='studio-lindeboom--content-marketer', company='Studio Lindeboom',
                 aliases=['Lindeboom'], role='Content Marketer', source='other',
                 url='https://studio-lindeboom.homerun.co/content-marketer/en')
VANDOORN = dict(key='van-doorn-bakkers--marketingmedewerker', company='Van Doorn Bakkers',
                aliases=['Bakkerij Van Doorn', 'Van Doorn Bakkers B.V.', 'Van Doorn'],
                role='Marketingmedewerker', source='other',
                url='https://www.nationalevacaturebank.nl/vacature/7c2e41d9-0b3a-4f57-9e1c-5d8a2f6b3c10/marketingmedewerker-32-40-uur')
KOELMAN = dict(key='koelman-installatietechniek--marketing-communicatie-specialist',
               company='Koelman Installatietechniek', aliases=['Koelman Groep', 'Koelman'],
               role='Marketing & Communicatie Specialist', source='indeed',
               url='https://nl.indeed.com/viewjob?jk=4f1a9c0e2b7d83a1')
PARCELLY = dict(key='parcelly--growth-marketing-manager', company='Parcelly',
                aliases=['Parcelly B.V.', 'parcelly.com'], role='Growth Marketing Manager',
                source='company_site', url='https://parcelly.com/careers/growth-marketing-manager')
TRIPFOLK = dict(key='tripfolk--performance-marketing-specialist', company='Tripfolk',
                aliases=['Tripfolk B.V.'], role='Performance Marketing Specialist', source='linkedin',
                url='https://www.linkedin.com/jobs/view/3842257719/')
PAYVINE = dict(key='payvine--brand-marketing-manager-benelux', company='Payvine',
               aliases=['Payvine B.V.', 'Payvine Payments'], role='Brand Marketing Manager, Benelux',
               source='greenhouse', url='https://boards.greenhouse.io/payvine/jobs/5738201004')
WOLKENVELD = dict(key='wolkenveld-koffiebranders--open-sollicitatie', company='Wolkenveld Koffiebranders',
                  aliases=['Wolkenveld', 'Wolkenveld Koffie'], role=None, source='company_site', url=None)
VERSVLOT = dict(key='vers-en-vlot--marketing-specialist-e-mail-crm', company='Vers & Vlot',
                aliases=['Vers & Vlot Supermarkten B.V.', 'Vers&Vlot'], role='Marketing Specialist E-mail & CRM',
                source='other',
                url='https://www.werkzoeken.nl/vacatures/marketing-specialist-e-mail-crm-utrecht-8824513.html')
VELDWERK = dict(key='veldwerk-festivals--marketing-coordinator', company='Veldwerk Festivals',
                aliases=['Veldwerk', 'Veldwerk Events B.V.'], role='Marketing Coördinator', source='other',
                url='https://veldwerk.recruitee.com/o/marketing-coordinator')
TALENTBRUG = dict(key='talentbrug-client--brand-marketeer', company=None, aliases=[],
                  role='Brand Marketeer', source='agency', url=None)
DOMSTAD = dict(key='hogeschool-domstad--marketingadviseur-studentenwerving', company='Hogeschool Domstad',
               aliases=['HS Domstad'], role='Marketingadviseur Studentenwerving', source='agency',
               url='https://www.werkhaven.nl/vacatures/20871-marketingadviseur-studentenwerving-utrecht')
LANDSCHAP = dict(key='utrechts-landschapsfonds--medewerker-marketing-communicatie', company='Utrechts Landschapsfonds',
                 aliases=['Stichting Utrechts Landschapsfonds', 'ULF'], role='Medewerker Marketing & Communicatie',
                 source='company_site',
                 url='https://www.utrechtslandschapsfonds.nl/werken-bij/medewerker-marketing-communicatie')
GREENFORK = dict(key='greenfork--social-media-community-manager', company='Greenfork',
                 aliases=['Greenfork Foods', 'Greenfork Foods B.V.'], role='Social Media & Community Manager',
                 source='other', url='https://careers.greenfork.eu/jobs/3920175-social-media-community-manager')
OOIEVAAR = dict(key='bureau-ooievaar--content-seo-specialist', company='Bureau Ooievaar',
                aliases=['Ooievaar', 'Ooievaar Content & Strategie'], role='Content & SEO Specialist',
                source='workable', url='https://apply.workable.com/bureau-ooievaar/j/6C1F9A2B7E/')

J = []
add = J.append

# ---------------------------------------------------------------- A5 Van Doorn (NVB)
add(M('nvb-vandoorn-verstuurd', '2024-01-22 19:41',
      'Nationale Vacaturebank <noreply@nationalevacaturebank.nl>', ME,
      'Je sollicitatie is verstuurd naar Van Doorn Bakkers',
      """Hoi Lotte,

Goed nieuws: je sollicitatie is verstuurd!

Vacature: Marketingmedewerker (32-40 uur)
Werkgever: Van Doorn Bakkers B.V.
Locatie: Houten
Verstuurd op: 22 januari 2024

Je cv (CV_Lotte_Verhoeven_2024.pdf) en je motivatie zijn doorgestuurd naar de werkgever. De werkgever neemt zelf contact met je op als je in aanmerking komt. Dat kan soms een paar weken duren.

Bekijk de vacature:
https://www.nationalevacaturebank.nl/vacature/7c2e41d9-0b3a-4f57-9e1c-5d8a2f6b3c10/marketingmedewerker-32-40-uur

Tip: houd je profiel up-to-date, dan vinden recruiters jou ook.

Succes!
Team Nationale Vacaturebank

Je ontvangt deze e-mail omdat je via Nationale Vacaturebank hebt gesolliciteerd. DPG Media B.V., Postbus 20050, 1000 HB Amsterdam.""",
      APP(VANDOORN, 'applied', 'jobboard-confirmation:nationalevacaturebank'),
      html=True, brand='Nationale Vacaturebank', color='#0f5ea8', cte='quoted-printable'))

# ---------------------------------------------------------------- A10 Wolkenveld (speculative)
add(M('wolkenveld-open-sollicitatie', '2024-01-24 21:38', ME, 'Wolkenveld Koffiebranders <hallo@wolkenveldkoffie.nl>',
      'Open sollicitatie – marketing & content',
      """Beste Ruud en team Wolkenveld,

Al een paar jaar haal ik elke zaterdag mijn bonen bij jullie op de Twijnstraat, en sinds jullie webshop en de abonnementen er zijn volg ik ook online wat jullie doen. Daarom deze open sollicitatie: ik zou heel graag meebouwen aan het merk Wolkenveld.

Ik ben Lotte, 30 jaar, en werk nu ruim drie jaar als marketing specialist bij Tuinhuys, een webshop in tuinmeubelen in Nieuwegein. Daar doe ik eigenlijk alles wat een klein team vraagt: de nieuwsbrief (ruim 80.000 ontvangers), social, campagnes rond het hoogseizoen, productteksten en de samenwerking met ons SEA-bureau. Vorig jaar heb ik het klantenprogramma opgezet, waarmee herhaalaankopen met 18% stegen.

Wat ik bij jullie zie: een sterk verhaal (de boeren, het branden in Utrecht zelf) dat online nog meer ruimte kan krijgen. Ik denk aan een vaste contentlijn over de herkomst van de bonen, een slimmere onboarding voor abonnees en samenwerkingen met Utrechtse lunchzaken.

Ik weet niet of er op dit moment ruimte is voor iemand in marketing, parttime of fulltime. Maar ik drink graag een (jullie) kop koffie om kennis te maken.

Mijn cv zit in de bijlage.

Hartelijke groet,
Lotte Verhoeven
06 41 27 88 53
linkedin.com/in/lotteverhoeven""",
      APP(WOLKENVELD, 'applied', 'own-speculative-application'), attach=[CV], cte='quoted-printable'))

add(M('wolkenveld-antwoord', '2024-01-29 11:26', 'Ruud Bakhuis <ruud@wolkenveldkoffie.nl>', ME,
      'Re: Open sollicitatie – marketing & content',
      """Hoi Lotte,

Wat een leuke mail, dank je wel. En fijn om te horen dat je al zo lang klant bent, ik denk dat ik je zelfs wel eens geholpen heb op zaterdag.

Eerlijk antwoord: we zijn met z'n zessen en marketing doen we nu met z'n allen een beetje erbij. Een vaste marketingplek zit er dit jaar financieel helaas niet in. Ik wil je dus geen valse hoop geven.

Je ideeën over de abonnees vind ik wel echt goed. Als het verandert (we kijken in het najaar opnieuw) dan bel ik je, je cv heb ik bewaard. Kom anders een keer langs voor die koffie, die is van het huis.

Groet,
Ruud

Wolkenveld Koffiebranders
Twijnstraat 40, Utrecht
Verstuurd vanaf mijn iPhone""",
      APP(WOLKENVELD, 'rejected', 'human-rejection-no-vacancy'),
      reply_to='wolkenveld-open-sollicitatie', quote='apple-nl', mid='apple', cte='8bit'))

# ---------------------------------------------------------------- A6 Koelman (Indeed)
KOELMAN_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f3f2f1;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;margin:20px 0;border-radius:8px"><tr><td style="padding:28px">
<img src="https://www.indeed.com/images/indeed-logo.png" alt="indeed" width="90">
<h2 style="font-size:20px;color:#2d2d2d">Je sollicitatie is verzonden</h2>
<p style="color:#595959">De volgende werkgever heeft je sollicitatie ontvangen:</p>
<table style="border:1px solid #e4e2e0;border-radius:8px;width:100%"><tr><td style="padding:16px">
<div style="font-weight:bold;font-size:16px">Marketing &amp; Communicatie Specialist</div>
<div style="color:#595959">Koelman Groep &middot; Utrecht</div>
<div style="color:#595959;font-size:13px">&euro; 3.600 - &euro; 4.400 per maand &middot; Fulltime</div>
</td></tr></table>
<p style="color:#595959;font-size:13px">Ingediend op 30 januari 2024 met cv: CV_Lotte_Verhoeven_2024.pdf</p>
<p><a href="https://nl.indeed.com/viewjob?jk=4f1a9c0e2b7d83a1" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Vacature bekijken</a></p>
<p style="color:#595959;font-size:13px">Volg je sollicitaties op <a href="https://myjobs.indeed.com/applied">Mijn banen</a>. Werkgevers nemen meestal binnen twee weken contact op als ze je willen uitnodigen.</p>
<hr style="border:none;border-top:1px solid #e4e2e0">
<p style="color:#767676;font-size:11px">Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Ierland.<br>
Je ontvangt deze e-mail omdat je via Indeed hebt gesolliciteerd. <a href="https://nl.indeed.com/settings">Instellingen</a></p>
</td></tr></table></td></tr></table></body></html>
"""
add(M('indeed-koelman', '2024-01-30 21:05', 'Indeed Apply <indeedapply@indeed.com>', ME,
      'Indeed-sollicitatie: Marketing & Communicatie Specialist', '',
      APP(KOELMAN, 'applied', 'jobboard-confirmation:indeed'),
      tz='utc', html=KOELMAN_HTML, html_only=True, cte='quoted-printable', mid='indeed.com'))

# ---------------------------------------------------------------- A3 Oranjewoud (Workday)
add(M('oranjewoud-workday-ontvangen', '2024-02-05 20:13',
      'Oranjewoud Verzekeringen <oranjewoud@myworkday.com>', ME,
      'Bedankt voor je sollicitatie: Medior Campagnemarketeer (R-10482)',
      """Beste Lotte,

Bedankt voor je interesse in Oranjewoud Verzekeringen en voor je sollicitatie op de functie Medior Campagnemarketeer (R-10482).

We hebben je sollicitatie in goede orde ontvangen. Onze recruiters bekijken alle sollicitaties zorgvuldig. Je hoort binnen twee weken van ons wat de vervolgstappen zijn.

Via je kandidatenaccount kun je de status van je sollicitatie altijd bekijken:
https://oranjewoud.wd3.myworkdayjobs.com/nl-NL/Werkenbij/userHome

Met vriendelijke groet,

Team Talent Acquisition
Oranjewoud Verzekeringen N.V.
Croeselaan 210, Utrecht

Dit is een automatisch gegenereerd bericht. Je kunt niet op deze e-mail reageren.""",
      APP(ORANJEWOUD, 'applied', 'ats-confirmation:workday'), tz='utc',
      html=True, color='#e8730c', footer='Oranjewoud Verzekeringen N.V. | Privacyverklaring kandidaten', mid='myworkday.com'))

add(M('oranjewoud-testgorilla', '2024-02-09 09:58',
      'Oranjewoud Verzekeringen via TestGorilla <no-reply@testgorilla.com>', ME,
      'Uitnodiging voor het assessment Medior Campagnemarketeer – Oranjewoud Verzekeringen',
      """Hallo Lotte,

Oranjewoud Verzekeringen nodigt je uit om een assessment te maken als onderdeel van je sollicitatie voor Medior Campagnemarketeer.

Het assessment bestaat uit:
- Cognitieve vaardigheden (numeriek redeneren) – 10 min
- Digitale marketing – 10 min
- Copywriting Nederlands – 10 min
- Een korte vragenlijst over je werkstijl – 10 min

Totale tijd: ongeveer 45 minuten. Zorg dat je het in één keer kunt afronden, in een rustige ruimte en op een laptop of desktop.

Start het assessment:
https://app.testgorilla.com/s/x8p2k4qd

Deze uitnodiging verloopt op 16 februari 2024 om 23:59 (CET).

Veel succes!
Het TestGorilla-team, namens Oranjewoud Verzekeringen

Vragen over de inhoud van de vacature? Neem contact op met werving@oranjewoud.nl.""",
      APP(ORANJEWOUD, 'assessment', 'platform-assessment:testgorilla'), tz='utc',
      html=True, brand='TestGorilla', color='#27c2a0'))

# ---------------------------------------------------------------- A9 Payvine (Greenhouse), rejection only
# A8 Tripfolk (LinkedIn)
# A4 Studio Lindeboom (Homerun), quick rejection
add(M('lindeboom-afwijzing', '2024-02-10 08:51', 'Studio Lindeboom <noreply@homerun.co>', ME,
      'Your application at Studio Lindeboom',
      """Hi Lotte,

Thanks for applying for the Content Marketer role at Studio Lindeboom.

We read every application ourselves and we got a lot of them this time. For this role we really need someone who writes in English at a native level and has worked in an architecture or design context before, so we won't be taking your application further.

Good luck with your search, and thanks again for thinking of us.

Femke & Jorrit
Studio Lindeboom

--
Sent with Homerun""",
      APP(LINDEBOOM, 'rejected', 'ats-rejection:homerun', lang='en'),
      html=True, color='#111111', replyto_hdr='Studio Lindeboom <jobs@studiolindeboom.com>'))

# ---------------------------------------------------------------- A13 Talentbrug (agency, unnamed client)
add(M('talentbrug-inmail', '2024-02-12 10:32', 'Ruben Smit via LinkedIn <inmail-hit-reply@linkedin.com>', ME,
      'Marketingrol bij een FMCG-merk in regio Veenendaal',
      """Ruben Smit
Senior Consultant Marketing & Sales bij Talentbrug Werving & Selectie

Hoi Lotte,

Ik zag je profiel voorbij komen en je ervaring met e-commerce en CRM bij Tuinhuys sprong eruit. Ik werk op dit moment aan een opdracht voor een bekend FMCG-merk (food) in de regio Veenendaal. Ze zoeken een Brand Marketeer die het merk online een stevigere plek geeft: campagnes, retail-activatie, social.

- 32-40 uur, hybride (2 dagen kantoor)
- €3.800 - €4.800 bruto per maand + 13e maand
- Klein team, korte lijnen met de marketing manager

De naam van de opdrachtgever kan ik helaas nog niet in een bericht delen, telefonisch vertel ik je graag meer. Zou je deze week 10 minuten hebben?

Groet,
Ruben

Reageren: https://www.linkedin.com/messaging/thread/2-ZjE3NmQ0YTQtN2U1/

Dit bericht is een InMail. Je ontvangt InMail-berichten van LinkedIn-leden. Meld je af: https://www.linkedin.com/psettings/communications""",
      OUT('inmail-linkedin-agency', 'nl', company=None, role='Brand Marketeer'),
      html=True, color='#0a66c2', mid='linkedin.com'))

add(M('talentbrug-voorgesteld', '2024-02-19 17:55', 'Ruben Smit <ruben.smit@talentbrug.nl>', ME,
      'Je voorstel bij mijn opdrachtgever – Brand Marketeer',
      """Hoi Lotte,

Dank voor het fijne telefoongesprek van vanmiddag! Zoals besproken heb ik je cv en een korte samenvatting van ons gesprek vandaag doorgestuurd naar mijn opdrachtgever voor de functie Brand Marketeer.

Even voor de duidelijkheid wat ik heb meegegeven:
- beschikbaar per 1 mei (opzegtermijn 1 maand)
- salarisindicatie rond €4.300 bruto
- voorkeur voor 36 uur

De marketing manager is tot en met woensdag op vakantie, dus ik verwacht eind volgende week een reactie. Ik laat het je meteen weten.

Mocht je in de tussentijd bij andere partijen in gesprek komen, laat het me dan gerust weten, dan kan ik daar rekening mee houden.

Hartelijke groet,

Ruben Smit
Senior Consultant Marketing & Sales
Talentbrug Werving & Selectie
T 030 - 760 42 18 | M 06 - 28 71 90 44
www.talentbrug.nl""",
      APP(TALENTBRUG, 'applied', 'agency-submitted-to-client'), mid='exch:DB9'))

# ---------------------------------------------------------------- A2 Fietsbaas (Recruitee)
add(M('fietsbaas-ontvangen', '2024-02-14 20:47', 'Fietsbaas <noreply@recruitee.com>', ME,
      'We hebben je sollicitatie ontvangen 🚲',
      """Hoi Lotte,

Top dat je wilt komen werken bij Fietsbaas! We hebben je sollicitatie voor Online Marketeer (SEA/SEO) goed ontvangen.

Wat gebeurt er nu?
1. Daphne van ons People-team bekijkt je cv en motivatie (meestal binnen 5 werkdagen).
2. Past het? Dan nodigen we je uit voor een kennismaking met Koen, onze Head of Marketing.
3. Daarna volgt een tweede gesprek met een kleine praktijkcase.

Benieuwd hoe het is om bij ons te werken? Kijk even op https://werkenbij.fietsbaas.nl

Trappende groet,
Team Fietsbaas

Fietsbaas B.V. · Atoomweg 70 · 3542 AB Utrecht""",
      APP(FIETSBAAS, 'applied', 'ats-confirmation:recruitee'),
      html=True, brand='Fietsbaas', color='#ff5a1f', mid='recruitee.com'))

add(M('fietsbaas-uitnodiging', '2024-02-21 09:34', 'Daphne Kok - Fietsbaas <noreply@recruitee.com>', ME,
      'Uitnodiging kennismakingsgesprek Online Marketeer',
      """Hoi Lotte,

Dank je wel voor je sollicitatie. We hebben je cv met veel plezier gelezen: vooral je ervaring met seizoenscampagnes bij Tuinhuys past goed bij hoe het bij ons gaat (voorjaar = gekkenhuis).

We nodigen je graag uit voor een kennismakingsgesprek van 45 minuten met Koen Verschuur (Head of Marketing) en mij. Het gesprek is bij ons op kantoor aan de Atoomweg.

Kies hieronder zelf een moment dat jou uitkomt:
https://app.recruitee.com/schedule/fietsbaas/7f3c9a2e41

Beschikbare dagen: dinsdag 27 februari en donderdag 29 februari.

Lukt geen van deze momenten? Antwoord dan gewoon op deze mail, dan zoeken we samen iets anders.

Tot snel!
Daphne Kok
Recruiter | Fietsbaas""",
      APP(FIETSBAAS, 'interview', 'ats-interview-invite:recruitee-scheduler'),
      html=True, color='#ff5a1f', replyto_hdr='Daphne Kok <daphne.kok@fietsbaas.nl>', mid='recruitee.com'))

add(M('fietsbaas-terugkoppeling', '2024-03-07 16:12', 'Daphne Kok - Fietsbaas <noreply@recruitee.com>', ME,
      'Terugkoppeling sollicitatie Online Marketeer',
      """Hoi Lotte,

Nogmaals bedankt dat je vorige week bij ons langs wilde komen, en ook voor de uitgebreide voorbereiding. Koen was onder de indruk van hoe je onze nieuwsbrief al had doorgelicht.

We hebben inmiddels met alle kandidaten gesproken en hebben een lastige keuze moeten maken. Uiteindelijk hebben we besloten om verder te gaan met een kandidaat die meer hands-on ervaring heeft met het zelf beheren van Google Ads-budgetten. Dat is voor deze rol het belangrijkste, omdat we het SEA-werk volgend jaar helemaal in-house halen.

Wat we je als feedback mee willen geven: je inhoudelijke verhaal over CRM en content was sterk, maar op de vragen over biedstrategieën bleef het antwoord wat algemeen. Als je die kant verder ontwikkelt, ben je een heel complete online marketeer.

We vinden het oprecht jammer en wensen je veel succes met je zoektocht. Mocht er een rol bij ons vrijkomen die meer op content/CRM zit, dan hoop ik dat je weer reageert!

Hartelijke groet,
Daphne Kok
Recruiter | Fietsbaas""",
      APP(FIETSBAAS, 'rejected', 'human-rejection-with-feedback:recruitee'),
      html=True, color='#ff5a1f', replyto_hdr='Daphne Kok <daphne.kok@fietsbaas.nl>', mid='recruitee.com',
      cte='base64'))

# ---------------------------------------------------------------- A15 Landschapsfonds (own email)
add(M('landschapsfonds-sollicitatie', '2024-02-19 20:31', ME,
      'Vacatures Utrechts Landschapsfonds <vacatures@utrechtslandschapsfonds.nl>',
      'Sollicitatie voor de functie van Medewerker Marketing & Communicatie (vacature 2024-03)',
      """Geachte mevrouw Rutgers,

Met veel enthousiasme reageer ik op uw vacature voor de functie van Medewerker Marketing & Communicatie, die ik vond op uw website.

Het Utrechts Landschapsfonds ken ik vooral van de wandelroutes langs de Kromme Rijn, en als vriendin van het fonds ontvang ik uw magazine. Juist daarom spreekt deze functie me aan: ik wil mijn marketingervaring inzetten voor een organisatie waarvan ik het doel belangrijk vind.

Op dit moment werk ik als marketing specialist bij Tuinhuys B.V. in Nieuwegein. Ik ben verantwoordelijk voor onze e-mailmarketing, de contentkalender en de campagnes rond het voorjaar. Ik heb ervaring met ledenwerving via online campagnes en met het meten en verbeteren van conversie. Het werven en behouden van donateurs heeft daarin veel overeenkomsten met het werven en behouden van klanten, al is de boodschap natuurlijk anders.

Graag licht ik in een gesprek toe wat ik voor het fonds kan betekenen. In de bijlage vindt u mijn cv en motivatiebrief.

Met vriendelijke groet,

Lotte Verhoeven
Kanaalstraat 112-bis
3531 CK Utrecht
06 41 27 88 53""",
      APP(LANDSCHAP, 'applied', 'own-application-email'), attach=[CV, brief('Utrechts_Landschapsfonds')],
      cte='quoted-printable'))

# ---------------------------------------------------------------- A9 Payvine (Greenhouse)
add(M('payvine-greenhouse-afwijzing', '2024-02-20 15:03', 'Payvine Recruiting <no-reply@us.greenhouse-mail.io>', ME,
      'Your application to Payvine',
      """Hi Lotte,

Thank you for your interest in Payvine and for taking the time to apply for our Brand Marketing Manager, Benelux position.

We received a large number of applications for this role. After careful review, we have decided to move forward with other candidates whose experience more closely matches what we need right now.

We will keep your details on file and may reach out if a suitable role opens up in the future. In the meantime, feel free to keep an eye on https://boards.greenhouse.io/payvine for new openings.

We wish you all the best in your search.

Kind regards,
The Payvine Talent Team""",
      APP(PAYVINE, 'rejected', 'ats-rejection:greenhouse', lang='en'),
      tz='utc', html=True, color='#3d2bd9', mid='us.greenhouse-mail.io'))

# ---------------------------------------------------------------- A7 Parcelly (email, en)
add(M('parcelly-application', '2024-02-26 08:37', ME, 'Parcelly Careers <jobs@parcelly.com>',
      'Application for the Growth Marketing Manager position',
      """Dear Parcelly team,

I'd like to apply for the Growth Marketing Manager position posted on your careers page.

I'm a marketing specialist with six years of experience in e-commerce, currently at Tuinhuys (an online garden furniture retailer in the Netherlands). My work sits between CRM, lifecycle email and paid social: I own our newsletter programme (80k subscribers), set up our loyalty flow last year and run our seasonal campaigns together with our SEA agency. Last spring our email channel grew from 11% to 17% of online revenue.

What draws me to Parcelly is the two-sided problem: you have to convince both the small webshops and their customers. At Tuinhuys I've been on the other side of that, as the webshop choosing a delivery partner, so I know which arguments actually land with an e-commerce manager.

My CV is attached. I'm based in Utrecht and happy to come to your Amsterdam office two or three days a week.

Best regards,
Lotte Verhoeven
+31 6 41 27 88 53
linkedin.com/in/lotteverhoeven""",
      APP(PARCELLY, 'applied', 'own-application-email', lang='en'), attach=[CV]))

add(M('parcelly-quick-call', '2024-02-28 13:02', 'Jasper Hoogland <jasper@parcelly.com>', ME,
      'Re: Application for the Growth Marketing Manager position',
      """Hi Lotte,

Thanks for your note, nice to see someone who's actually been on the merchant side. That's exactly the gap in our team right now.

Could we have a quick call Thursday? 20-30 min, just to get to know each other and tell you a bit more about where we're heading this year. You can grab a slot here: https://calendly.com/jasper-parcelly/intro-30

Cheers,
Jasper

--
Jasper Hoogland
Co-founder & CEO, Parcelly
parcelly.com""",
      APP(PARCELLY, 'interview', 'human-interview-invite:founder', lang='en'),
      reply_to='parcelly-application', quote='en', cc='Parcelly Careers <jobs@parcelly.com>'))

add(M('parcelly-calendly', '2024-02-28 13:19', 'Calendly <notifications@calendly.com>', ME,
      'Confirmed: Intro call (30 min) with Jasper Hoogland on Thursday, February 29, 2024',
      """Hi Lotte Verhoeven,

A new event has been scheduled.

Event Type:
Intro call (30 min)

Invitee:
Lotte Verhoeven
lotte.verhoeven.utr@gmail.com

Event Date/Time:
11:00am - 11:30am (Central European Time) on Thursday, February 29, 2024

Location:
This is a Google Meet web conference.
https://meet.google.com/xvu-hqkd-pwe

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4b0a1e9e-7f22-4c3b-a1c5-20dd8d6e3f11
Reschedule: https://calendly.com/reschedulings/4b0a1e9e-7f22-4c3b-a1c5-20dd8d6e3f11

Powered by Calendly.com""",
      APP(PARCELLY, 'interview', 'platform-scheduling:calendly', lang='en'),
      tz='utc', html=True, color='#006bff', mid='calendly.com'))

add(M('parcelly-update', '2024-03-12 18:44', 'Jasper Hoogland <jasper@parcelly.com>', ME,
      'Re: Application for the Growth Marketing Manager position',
      """Hi Lotte,

Sorry this took longer than I promised. Wanted to give you a proper answer instead of a standard one.

After our call we had a long discussion with our investors about the plan for this year and we've decided to hire one step more senior: a Head of Growth who can also build out the team later. So the Growth Marketing Manager role as we posted it won't be filled in this form, and I don't think it would be fair to keep you waiting for it.

I really enjoyed our conversation, your take on the merchant onboarding was spot on. If we open a more hands-on marketing role once the Head of Growth is in, I'd love to reach out again, if that's okay with you.

All the best,
Jasper""",
      APP(PARCELLY, 'rejected', 'human-rejection:founder', lang='en'),
      reply_to='parcelly-quick-call', quote='en'))

# ---------------------------------------------------------------- A8 Tripfolk (LinkedIn Easy Apply)
add(M('linkedin-tripfolk-sent', '2024-03-04 21:18', 'LinkedIn <jobs-noreply@linkedin.com>', ME,
      'Lotte, your application was sent to Tripfolk',
      """Your application was sent to Tripfolk

Performance Marketing Specialist
Tripfolk · Amsterdam, North Holland, Netherlands (Hybrid)

Applied on March 4, 2024

View job: https://www.linkedin.com/comm/jobs/view/3842257719/?trackingId=q3T9xk2nRkS8c1m4bJz0Ag%3D%3D

Now, take these next steps for more success with your job search
- Track your application in My Jobs
- Follow Tripfolk to stay up to date with company news

This email was intended for Lotte Verhoeven (Marketing Specialist at Tuinhuys)
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      APP(TRIPFOLK, 'applied', 'linkedin-easy-apply-confirmation', lang='en'),
      tz='utc', html=True, color='#0a66c2', mid='linkedin.com'))

add(M('linkedin-tripfolk-viewed', '2024-03-07 10:42', 'LinkedIn <jobs-noreply@linkedin.com>', ME,
      'Your application was viewed by Tripfolk',
      """Lotte, your application was viewed by Tripfolk

Performance Marketing Specialist
Tripfolk · Amsterdam, North Holland, Netherlands (Hybrid)

Applied 3 days ago · Viewed today

The hiring team at Tripfolk viewed your application. This is a good sign, but it doesn't guarantee you'll hear back.

View job: https://www.linkedin.com/comm/jobs/view/3842257719/?trackingId=7kLm0pQ2RbC9x1s4eWn3Ug%3D%3D

Keep your momentum going: see similar jobs at https://www.linkedin.com/comm/jobs/collections/recommended/

This email was intended for Lotte Verhoeven (Marketing Specialist at Tuinhuys)
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      APP(TRIPFOLK, 'update', 'linkedin-application-viewed', lang='en'),
      tz='utc', html=True, color='#0a66c2', mid='linkedin.com'))

# ---------------------------------------------------------------- A1 Brouwerij De Waterlinie (Homerun)
add(M('waterlinie-ontvangen', '2024-03-06 14:22', 'Brouwerij De Waterlinie <noreply@homerun.co>', ME,
      'Bedankt voor je sollicitatie, Lotte!',
      """Hoi Lotte,

Proost! 🍻 Je sollicitatie voor Marketing Specialist is binnen.

We lezen alles zelf en laten je uiterlijk binnen twee weken weten hoe het verder gaat. Tot die tijd: een goed glas is nooit verkeerd.

Groet van het hele team van De Waterlinie
Maartje, Bas, Hidde, Sanne, Jesse & de rest

Brouwerij De Waterlinie · Ravellijnweg 4 · 3565 AK Utrecht
waterliniebier.nl""",
      APP(WATERLINIE, 'applied', 'ats-confirmation:homerun'),
      html=True, brand='DE WATERLINIE', color='#1f3b2c', replyto_hdr='Maartje Schouten <maartje@waterliniebier.nl>',
      mid='homerun.co'))

add(M('waterlinie-uitnodiging', '2024-03-13 10:05', 'Maartje Schouten <maartje@waterliniebier.nl>', ME,
      'Uitnodiging voor een kennismakingsgesprek – Marketing Specialist',
      """Hoi Lotte,

Dank voor je sollicitatie, we werden er echt blij van. Vooral je idee om de proeverijen in de brouwerij te koppelen aan de nieuwsbrief, daar zijn we zelf nooit opgekomen.

We willen je graag uitnodigen voor een eerste kennismaking in de brouwerij. Je spreekt met mij (hoofd marketing & sales) en met Hidde, die nu de social media doet. Het duurt ongeveer een uur en we laten je na afloop graag even de ketels zien.

Zou een van deze momenten passen?
- dinsdag 19 maart om 16:00
- woensdag 20 maart om 10:30
- vrijdag 22 maart om 13:00

Laat maar weten wat je voorkeur heeft.

Groetjes,
Maartje Schouten
Hoofd Marketing & Sales
Brouwerij De Waterlinie
06 19 44 70 12""",
      APP(WATERLINIE, 'interview', 'human-interview-invite'), mid='waterliniebier.nl'))

add(M('waterlinie-bevestiging-slot', '2024-03-13 12:41', ME, 'Maartje Schouten <maartje@waterliniebier.nl>',
      'Re: Uitnodiging voor een kennismakingsgesprek – Marketing Specialist',
      """Hoi Maartje,

Wat leuk, dank je wel! Dinsdag 19 maart om 16:00 komt mij het beste uit.

Twee kleine vragen: is het handig als ik een paar voorbeelden van campagnes meeneem (laptop), en kan ik mijn fiets gewoon bij de brouwerij kwijt?

Tot dinsdag!

Groetjes,
Lotte""",
      APP(WATERLINIE, 'interview', 'own-reply-confirm-slot'), reply_to='waterlinie-uitnodiging', quote='nl'))

add(M('waterlinie-tweede-gesprek', '2024-03-25 17:30', 'Maartje Schouten <maartje@waterliniebier.nl>', ME,
      'Tweede gesprek + case',
      """Hoi Lotte,

Nogmaals dank voor vorige week, Hidde en ik hadden er allebei een heel goed gevoel bij. We willen je daarom graag uitnodigen voor een tweede (en laatste) gesprek, dit keer ook met Bas, onze oprichter.

Datum: woensdag 3 april, 15:00 - 16:30
Plek: de brouwerij, Ravellijnweg 4

We vragen je om een kleine case voor te bereiden. In mei lanceren we ons eerste alcoholvrije bier, 'Nul Komma Linie' (een IPA). Bedenk hoe jij de lancering zou aanpakken voor de eerste drie maanden, met een budget van €15.000. Denk aan doelgroep, kanalen, een paar concrete acties en hoe je meet of het werkt. Je krijgt 20 minuten om het te presenteren, vorm mag je zelf weten (slides, een A4'tje, een flipover...).

In de bijlage zit een korte factsheet over het bier. Niet doorsturen graag, het is nog geheim ;)

Als je vragen hebt over de case, bel of mail me gerust.

Groetjes,
Maartje""",
      APP(WATERLINIE, 'interview', 'human-final-round-invite-with-case'),
      attach=[('Factsheet_NulKommaLinie_VERTROUWELIJK.pdf',
               tiny_pdf(['Nul Komma Linie - alcoholvrije IPA', '0.3%', 'Lancering mei 2024', 'Vertrouwelijk']),
               'application/pdf')]))

add(M('waterlinie-aanbod', '2024-04-09 11:15', 'Maartje Schouten <maartje@waterliniebier.nl>', ME,
      'Aanbod: Marketing Specialist bij De Waterlinie 🎉',
      """Hoi Lotte,

Zoals ik je net aan de telefoon al vertelde: we willen je heel graag in ons team! Hierbij nog even op papier wat we hebben besproken.

Functie: Marketing Specialist
Uren: 36 uur per week (4x9 mag, graag in overleg)
Salaris: €4.050 bruto per maand op basis van 36 uur, plus 8% vakantiegeld
Contract: jaarcontract met de intentie tot vast, proeftijd 1 maand
Vakantiedagen: 25 bij fulltime
Pensioen: via ons collectief pensioen (werkgever betaalt 60%)
Extra: reiskostenvergoeding, een laptop en telefoon, en elke maand een krat naar keuze
Startdatum: maandag 1 juli 2024 (of eerder als dat lukt)

Bas en ik waren echt onder de indruk van je case. Het idee om Nul Komma Linie eerst te lanceren bij de sportclubs in de stad hebben we meteen in de planning gezet, dus je hebt al werk liggen.

Als je akkoord bent stuur ik je het contract via Signhost om digitaal te tekenen. Heb je nog vragen, of wil je ergens over praten, bel me dan gewoon.

We hopen heel erg dat je ja zegt!

Groetjes,
Maartje""",
      APP(WATERLINIE, 'offer', 'human-offer'), reply_to='waterlinie-tweede-gesprek', quote=None))

add(M('waterlinie-signhost', '2024-04-12 09:02', 'Signhost <noreply@signhost.com>', ME,
      'Brouwerij De Waterlinie B.V. heeft u een document gestuurd om te ondertekenen',
      """Beste Lotte Verhoeven,

Maartje Schouten van Brouwerij De Waterlinie B.V. vraagt u om het volgende document digitaal te ondertekenen:

- Arbeidsovereenkomst L. Verhoeven – Marketing Specialist.pdf

Bericht van de afzender:
"Hoi Lotte, hier is 'ie dan! Lees hem rustig door en teken wanneer je er klaar voor bent. Welkom bij de brouwerij!"

Klik op de onderstaande link om het document te bekijken en te ondertekenen:
https://view.signhost.com/sign/6f4c1b0a-93d2-4e8a-b7c1-2a5d9e0f3b77

Deze link is geldig tot 26 april 2024.

Met vriendelijke groet,
Signhost

Signhost is een dienst van Entrust. Heeft u vragen over de inhoud van het document? Neem dan contact op met de afzender.""",
      APP(WATERLINIE, 'offer', 'esign-contract:signhost'),
      html=True, brand='Signhost', color='#1c3f94', mid='signhost.com'))

# ---------------------------------------------------------------- A17 Bureau Ooievaar (Workable)
add(M('ooievaar-workable', '2024-03-20 11:09', 'Bureau Ooievaar <noreply@candidates.workablemail.com>', ME,
      'Bedankt voor je sollicitatie bij Bureau Ooievaar',
      """Hoi Lotte,

Bedankt voor je sollicitatie voor de functie Content & SEO Specialist bij Bureau Ooievaar. We hebben je gegevens goed ontvangen.

We bekijken alle sollicitaties na het sluiten van de vacature op 31 maart. Je hoort daarna zo snel mogelijk van ons.

Hartelijke groet,
Het team van Ooievaar Content & Strategie

Deze e-mail is verstuurd via Workable namens Bureau Ooievaar.""",
      APP(OOIEVAAR, 'applied', 'ats-confirmation:workable'),
      html=True, color='#0d6e6e', mid='candidates.workablemail.com'))

# ---------------------------------------------------------------- A14 Werkhaven / Hogeschool Domstad (agency)
add(M('werkhaven-ontvangen', '2024-03-21 15:02', 'Werkhaven <noreply@werkhaven.nl>', ME,
      'Bedankt voor je sollicitatie via Werkhaven',
      """Beste Lotte,

Bedankt voor je sollicitatie via Werkhaven!

Vacature: Marketingadviseur Studentenwerving
Opdrachtgever: Hogeschool Domstad
Locatie: Utrecht
Type: detachering, 6 maanden met uitzicht op vast
Vacaturenummer: 20871

Een van onze consultants bekijkt je gegevens en neemt binnen 3 werkdagen telefonisch contact met je op. Houd je telefoon dus bij de hand!

Je kunt je sollicitatie volgen in Mijn Werkhaven: https://mijn.werkhaven.nl

Met vriendelijke groet,
Team Werkhaven
Werkhaven B.V. – uitzenden, detacheren, werving & selectie""",
      APP(DOMSTAD, 'applied', 'agency-confirmation', ), html=True, brand='werkhaven', color='#c8102e'))

# ---------------------------------------------------------------- A13 rejection
add(M('talentbrug-afwijzing', '2024-03-08 12:30', 'Ruben Smit <ruben.smit@talentbrug.nl>', ME,
      'RE: Je voorstel bij mijn opdrachtgever – Brand Marketeer',
      """Hoi Lotte,

Vervelend nieuws helaas. Ik heb net de marketing manager van mijn opdrachtgever gesproken. Tijdens haar vakantie is er intern iemand naar voren geschoven die de rol graag wil doen, en ze hebben besloten de positie intern in te vullen. Er komen dus geen externe gesprekken meer.

Ik baal er zelf ook van, want ik dacht echt dat je er goed zou passen. Het ligt niet aan jouw profiel.

Vind je het goed als ik je meeneem in andere opdrachten? Ik heb regelmatig marketingrollen in de regio Utrecht/Amersfoort.

Groet,
Ruben""",
      APP(TALENTBRUG, 'rejected', 'agency-rejection-internal-candidate'),
      reply_to='talentbrug-voorgesteld', quote='outlook-nl', mid='exch:DB9'))

# ---------------------------------------------------------------- A15 rejection (late in text)
add(M('landschapsfonds-afwijzing', '2024-03-14 15:47', 'Annelies Rutgers <a.rutgers@utrechtslandschapsfonds.nl>', ME,
      'Antw: Sollicitatie voor de functie van Medewerker Marketing & Communicatie (vacature 2024-03)',
      """Beste Lotte,

Hartelijk dank voor je sollicitatie en voor je interesse in het Utrechts Landschapsfonds. Het is fijn om te lezen dat je onze wandelroutes kent en het magazine ontvangt.

Op onze vacature hebben we meer dan 140 reacties ontvangen, veel meer dan we hadden verwacht. De selectiecommissie heeft alle brieven met zorg gelezen en besproken. Daarbij hebben we vooral gekeken naar ervaring met fondsenwerving en met het werken met vrijwilligers, omdat die twee onderdelen de komende jaren zwaar wegen in deze functie.

Jouw brief en cv laten mooie resultaten in e-commerce zien. Toch heeft de commissie besloten je niet uit te nodigen voor een gesprek, omdat andere kandidaten meer ervaring hebben in de goededoelensector.

We wensen je veel succes bij het vinden van een passende baan, en hopen dat je het fonds als vriendin blijft steunen.

Met vriendelijke groet,

Annelies Rutgers
Manager Communicatie & Fondsenwerving
Stichting Utrechts Landschapsfonds
Postbus 1401 | 3600 BK Maarssen
Ma, di en do aanwezig""",
      APP(LANDSCHAP, 'rejected', 'human-rejection-late-in-text'),
      reply_to='landschapsfonds-sollicitatie', quote='outlook-nl', mid='exch:AS8'))

# ---------------------------------------------------------------- A12 Veldwerk withdrawal
add(M('veldwerk-intrekken', '2024-04-16 20:10', ME, 'Joost van Leeuwen <joost@veldwerkfestival.nl>',
      'Intrekken sollicitatie Marketing Coördinator',
      """Hoi Joost,

Half maart heb ik via jullie website gesolliciteerd op de functie Marketing Coördinator. Ik wil je laten weten dat ik mijn sollicitatie intrek: ik heb deze week een baan aangenomen bij een andere organisatie.

Dat voelde best dubbel, want Veldwerk staat al jaren op mijn lijstje (ik sta elk jaar in het weiland bij Ruigoord ;)). Ik wens jullie veel succes met het vinden van de juiste persoon en een mooie festivalzomer.

Hartelijke groet,
Lotte Verhoeven""",
      APP(VELDWERK, 'withdrawn', 'own-withdrawal:applied-via-recruitee')))

# ---------------------------------------------------------------- A11 Vers & Vlot (rejection only, old HR system)
add(M('versvlot-afwijzing', '2024-05-07 10:12', 'Recruitment Vers & Vlot <werkenbij@versenvlot.nl>', ME,
      'Uw sollicitatie: Marketing Specialist E-mail & CRM',
      """Geachte mevrouw Verhoeven,

Op 2 april jl. heeft u via werkzoeken.nl gesolliciteerd naar de functie van Marketing Specialist E-mail & CRM bij Vers & Vlot Supermarkten B.V. Hartelijk dank voor uw interesse in onze organisatie.

Graag informeren wij u dat de vacature inmiddels is ingevuld. Wij zullen uw sollicitatie daarom niet verder in behandeling nemen.

Uw gegevens worden conform de AVG maximaal vier weken na afronding van de procedure bewaard, tenzij u ons toestemming geeft om deze één jaar te bewaren.

Wij danken u voor de moeite die u heeft genomen en wensen u veel succes bij uw verdere loopbaan.

Met vriendelijke groet,

Afdeling Personeelszaken
Vers & Vlot Supermarkten B.V.
Ringweg 14, 3449 HJ Woerden""",
      APP(VERSVLOT, 'rejected', 'hr-rejection-position-filled:werkzoeken'),
      legacy=True, charset='iso-8859-1'))

# ---------------------------------------------------------------- A16 Greenfork (Teamtailor), late rejection
add(M('greenfork-teamtailor', '2024-05-21 14:30', 'Greenfork <no-reply@greenfork.teamtailor-mail.com>', ME,
      'Update on your application – Social Media & Community Manager',
      """Hi Lotte,

Thank you again for applying to Greenfork and for your patience. We know it's been a while since you sent your application in March, and we're sorry for the long silence. Our team went through a busy launch period.

We wanted to let you know that the Social Media & Community Manager position has now been filled. We're really grateful for the time you put into your application.

We'd love to stay in touch. If you'd like to hear about future roles, you can join our Talent Community here: https://careers.greenfork.eu/connect

Green regards,
Anouk
People & Culture, Greenfork Foods""",
      APP(GREENFORK, 'rejected', 'ats-rejection-late:teamtailor', lang='en'),
      html=True, brand='greenfork', color='#2f7d32', mid='greenfork.teamtailor-mail.com'))

# ---------------------------------------------------------------- A3 late rejection
add(M('oranjewoud-workday-afwijzing', '2024-06-04 07:41',
      'Oranjewoud Verzekeringen <oranjewoud@myworkday.com>', ME,
      'Update over je sollicitatie bij Oranjewoud',
      """Beste Lotte,

Allereerst willen we je bedanken voor je sollicitatie op de functie Medior Campagnemarketeer (R-10482) en voor de tijd die je hebt gestoken in het assessment.

We realiseren ons dat je lang op een reactie hebt moeten wachten. Door een interne reorganisatie van de afdeling Marketing & Klantbeleving is de procedure voor deze vacature een aantal maanden stil komen te liggen. Inmiddels is duidelijk hoe het nieuwe team eruit komt te zien.

Na een zorgvuldige afweging hebben we besloten om je sollicitatie niet verder in behandeling te nemen. De functie wordt in de nieuwe opzet ingevuld door een collega uit een andere afdeling.

We waarderen je interesse in Oranjewoud Verzekeringen en wensen je veel succes in je verdere loopbaan. Wil je op de hoogte blijven van nieuwe vacatures? Stel dan een vacature-alert in via je kandidatenaccount.

Met vriendelijke groet,

Team Talent Acquisition
Oranjewoud Verzekeringen N.V.""",
      APP(ORANJEWOUD, 'rejected', 'ats-rejection-late:workday'), tz='utc',
      html=True, color='#e8730c', footer='Oranjewoud Verzekeringen N.V. | Privacyverklaring kandidaten',
      mid='myworkday.com'))

# ================================================================ outreach
add(M('connectr-outreach', '2024-02-01 11:47', 'Marloes de Graaf <marloes@connectr-recruitment.nl>', ME,
      'Marketing Lead bij een snelgroeiende SaaS-partij in Utrecht?',
      """Hoi Lotte,

Via LinkedIn kwam ik bij jouw profiel uit. Ik ben recruiter bij Connectr en help een Utrechtse SaaS-scale-up (ca. 60 medewerkers, software voor de kinderopvangsector) aan een Marketing Lead. Je zou het marketingteam van 3 personen gaan aansturen en de demand-generation opzetten.

Ik ben eerlijk: het is een stap omhoog ten opzichte van je huidige rol, maar jouw combinatie van e-mail, CRM en content is precies wat ze zoeken. Salaris tot €5.500 bruto per maand, plus leaseauto of mobiliteitsbudget.

Lijkt het je wat om hier eens vrijblijvend over te bellen? Je kunt me bereiken op 06 53 11 20 98, of stuur me een moment dat jou schikt.

Hartelijke groet,
Marloes de Graaf
Connectr Recruitment | marketing & sales
connectr-recruitment.nl""",
      OUT('agency-email-outreach', 'nl', company=None, role='Marketing Lead')))

add(M('petalpost-inmail', '2024-04-22 16:05', 'Chloé Martin via LinkedIn <inmail-hit-reply@linkedin.com>', ME,
      'Senior CRM Marketer at Petalpost – open to a chat?',
      """Chloé Martin
Talent Partner at Petalpost

Hi Lotte,

I came across your profile and loved your work on the Tuinhuys loyalty flow (saw your post about it!). We're growing our Amsterdam team at Petalpost and are looking for a Senior CRM Marketer to own our lifecycle programme across the Netherlands, Belgium and Germany.

It's a hybrid role (3 days in our office on the Houthavens) with a budget of your own and a lot of freedom. Would you be open to a 15-minute call next week to hear more?

Best,
Chloé

Reply: https://www.linkedin.com/messaging/thread/2-YTg0MzkxZmQtNmY1/
This is a LinkedIn InMail. Unsubscribe: https://www.linkedin.com/psettings/communications""",
      OUT('inmail-linkedin-company', 'en', company='Petalpost', role='Senior CRM Marketer'),
      html=True, color='#0a66c2', mid='linkedin.com'))

add(M('bouwmarkt-outreach', '2024-05-14 09:20', 'Sandra Mulder <s.mulder@degrootbouwmarkten.nl>', ME,
      'Je profiel op Werkzoeken.nl – Marketingmedewerker Online',
      """Goedemorgen Lotte,

Ik kwam je cv tegen in de cv-database van Werkzoeken.nl. Wij zijn De Groot Bouwmarkten, een familiebedrijf met 14 vestigingen in Midden-Nederland, en we zoeken per direct een Marketingmedewerker Online voor ons hoofdkantoor in IJsselstein.

Je zou verantwoordelijk worden voor onze webshop-campagnes, de folder-online-koppeling en onze social kanalen. Jouw ervaring bij een tuinmeubelen-webshop sluit daar natuurlijk mooi op aan (tuin is bij ons ook een grote categorie!).

Zou je interesse hebben om eens kennis te maken? Je kunt me bellen op 030 - 688 14 00 of reageren op deze mail.

Met vriendelijke groet,
Sandra Mulder
HR-adviseur
De Groot Bouwmarkten B.V.""",
      OUT('company-direct-outreach:werkzoeken-cv-database', 'nl', company='De Groot Bouwmarkten',
          role='Marketingmedewerker Online', aliases=['De Groot Bouwmarkten B.V.']), mid='exch:VI1'))

add(M('talentbrug-later', '2024-05-30 14:14', 'Ruben Smit <ruben.smit@talentbrug.nl>', ME,
      'Nieuwe opdracht: Content Marketeer bij retailer in Amersfoort',
      """Hoi Lotte,

Lang niet gesproken! Ik heb sinds deze week een nieuwe opdracht waar ik meteen aan jou moest denken: een Content Marketeer voor een retailer in wonen & lifestyle in Amersfoort (32-36 uur, €3.600 - €4.400).

Ik weet niet hoe het er bij jou nu voor staat, maar als je openstaat voor een gesprek, laat het me weten. Dan stuur ik je de volledige functieomschrijving.

Groet,
Ruben

Ruben Smit | Talentbrug Werving & Selectie | 06 - 28 71 90 44""",
      OUT('agency-email-outreach-followup', 'nl', company=None, role='Content Marketeer'), mid='exch:DB9'))

# ================================================================ job alerts
add(M('linkedin-alert-1', '2024-01-17 06:12', 'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>', ME,
      '“marketing specialist”: 14 new jobs in Utrecht',
      """Your job alert for marketing specialist in Utrecht, Netherlands
14 new jobs match your preferences.

Marketing Specialist
Kroon Cosmetics · Utrecht (Hybrid)
Actively recruiting · Easy Apply

Online Marketing Specialist
Domstad Digital · Utrecht
3 connections work here

Marketing Specialist B2B
Veldhuis Techniek · Nieuwegein (On-site)
Be an early applicant

E-mail Marketing Specialist
Stadsfiets.nl · Utrecht (Remote)

Content & Social Specialist
Zuidas Legal Tech · Amsterdam (Hybrid)

See all jobs: https://www.linkedin.com/comm/jobs/search/?geoId=102890719&keywords=marketing%20specialist

Job alert settings: https://www.linkedin.com/comm/jobs/alerts
You are receiving Job Alert emails.
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      ALERT('linkedin-job-alert', 'en'), tz='utc', html=True, color='#0a66c2', mid='linkedin.com'))

add(M('nvb-alert', '2024-02-13 07:30', 'Nationale Vacaturebank <vacaturemail@nationalevacaturebank.nl>', ME,
      '8 nieuwe vacatures voor "marketing" in Utrecht',
      """Hoi Lotte,

Er zijn 8 nieuwe vacatures die passen bij je zoekopdracht "marketing" binnen 20 km van Utrecht.

Marketing Coördinator – Veldwerk Festivals – Utrecht – 32-40 uur
Marketeer Online – Hoveniersbedrijf Groenrijk – Zeist – 24-32 uur
Junior Marketingmedewerker – Autobedrijf Wijnberg – Nieuwegein – 40 uur
Medewerker Marketing & Events – Stadsschouwburg Amersfoort – Amersfoort – 28 uur
Marketing Assistent – Kwekerij Boslust – Bunnik – 20-24 uur
Campagnemanager – Stichting Dierenhulp Midden – Utrecht – 32 uur
(en nog 2 vacatures)

Bekijk alle vacatures: https://www.nationalevacaturebank.nl/vacatures/marketing/utrecht?zoekopdracht=84712

Je ontvangt deze mail omdat je een vacaturemail hebt ingesteld. Wijzig of stop je vacaturemail: https://www.nationalevacaturebank.nl/mijn/vacaturemail""",
      ALERT('jobboard-alert:nationalevacaturebank', 'nl'), html=True, brand='Nationale Vacaturebank', color='#0f5ea8'))

INDEED_ALERT_HTML = """<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<p style="font-size:18px"><b>Nieuwe vacatures voor online marketeer in Utrecht</b></p>
<table cellpadding="8">
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=9e21c7a4b0d33f12">Online Marketeer</a><br>Fietsvak Utrecht - Utrecht<br><span style="color:#767676">€ 3.200 - € 3.900 per maand</span></td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=1b7f0c3e5a9d2286">Online Marketing Specialist (SEA)</a><br>Hypotheekhuis Midden - Utrecht<br><span style="color:#767676">Eenvoudig solliciteren</span></td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=0c4d9e1f22ab7731">Marketeer webshop</a><br>Pet &amp; Co - Houten</td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=7aa21b9c4e0f1d58">Performance Marketeer</a><br>Reisbureau Horizon - Utrecht<br><span style="color:#767676">Nieuw</span></td></tr>
</table>
<p><a href="https://nl.indeed.com/jobs?q=online+marketeer&l=Utrecht">Alle vacatures bekijken</a></p>
<p style="font-size:11px;color:#767676">Je hebt deze vacaturemelding aangemaakt op Indeed. <a href="https://nl.indeed.com/alerts">Meldingen beheren</a> · <a href="https://nl.indeed.com/unsubscribe">Afmelden</a><br>Indeed, 124 St. Stephen's Green, Dublin 2, Ierland</p>
</body></html>
"""
add(M('indeed-alert', '2024-03-19 05:55', 'Indeed <alert@indeed.com>', ME,
      'Online marketeer: 4 nieuwe vacatures in Utrecht', '',
      ALERT('jobboard-alert:indeed', 'nl'), tz='utc', html=INDEED_ALERT_HTML, html_only=True, mid='indeed.com'))
