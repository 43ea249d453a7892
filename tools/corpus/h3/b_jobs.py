"""Mailbox B (Yusuf Demir, verpleegkundige, Zwolle -> Rotterdam): job-search mail,
recruiter outreach and job alerts."""
import datetime
from common import M, APP, NJ, OUT, ALERT, tiny_pdf, make_ics, TZ

ME = 'Yusuf Demir <yusuf.demir1991@outlook.com>'
ME_ADDR = 'yusuf.demir1991@outlook.com'
OLD = 'yusufdemir91@hotmail.com'

CV = ('CV Yusuf Demir 2024.pdf',
      tiny_pdf(['Yusuf Demir', 'Verpleegkundige (HBO-V), BIG-geregistreerd', 'Zwolle / Rotterdam',
                'Ziekenhuis De IJsselhof - verpleegkundige chirurgie 2017-heden', 'Werkbegeleider stagiairs sinds 2021']),
      'application/pdf')
CV_EN = ('Yusuf_Demir_CV_EN.pdf',
         tiny_pdf(['Yusuf Demir', 'Registered Nurse (BIG), BSc Nursing', 'Rotterdam, NL',
                   'Surgical ward nurse, IJsselhof Hospital, 2017-2024', 'Surgical nurse, Stadsziekenhuis Kralingen, 2025-']),
         'application/pdf')

SZK = dict(key='stadsziekenhuis-kralingen--verpleegkundige-chirurgie', company='Stadsziekenhuis Kralingen',
           aliases=['SZK', 'Stichting Stadsziekenhuis Kralingen', 'szkralingen.nl'], role='Verpleegkundige Chirurgie',
           source='company_site', url='https://werkenbij.szkralingen.nl/vacatures/2409-verpleegkundige-chirurgie-24-32-uur')
ZMC = dict(key='zuiderhaven-medisch-centrum--verpleegkundige-cardiologie', company='Zuiderhaven Medisch Centrum',
           aliases=['Zuiderhaven MC', 'ZMC', 'Zuiderhaven'], role='Verpleegkundige Cardiologie', source='workday',
           url='https://zuiderhavenmc.wd3.myworkdayjobs.com/nl-NL/ZMC_Careers/job/Rotterdam/Verpleegkundige-Cardiologie_JR-24117')
HOFPLEIN = dict(key='zorggroep-hofplein--wijkverpleegkundige-kralingen-crooswijk', company='Zorggroep Hofplein',
                aliases=['Hofplein Zorg', 'Stichting Zorggroep Hofplein'], role='Wijkverpleegkundige Kralingen-Crooswijk',
                source='other', url='https://werkenbij.zorggroephofplein.nl/jobs/4411820-wijkverpleegkundige-kralingen-crooswijk')
ZORGFLEX = dict(key='zorgflex-client--verpleegkundige-revalidatie', company=None, aliases=[],
                role='Verpleegkundige Revalidatie', source='agency', url=None)
BAKEN = dict(key='hospice-het-baken--open-sollicitatie', company='Hospice Het Baken',
             aliases=['Stichting Hospice Het Baken Rotterdam', 'Het Baken'], role=None, source='company_site', url=None)
HAP = dict(key='huisartsenpost-rijnmond-noord--triagist', company='Huisartsenpost Rijnmond Noord',
           aliases=['HAP Rijnmond Noord', 'Coöperatie Huisartsenposten Rijnmond'], role='Triagist', source='indeed',
           url='https://nl.indeed.com/viewjob?jk=b71d04e9c2a6f351')
SANAVITA = dict(key='sanavita-zorgverzekeringen--medisch-adviseur-verpleegkundige', company='Sanavita Zorgverzekeringen',
                aliases=['Sanavita', 'Sanavita Zorgverzekeringen N.V.'], role='Medisch Adviseur (Verpleegkundige)',
                source='smartrecruiters',
                url='https://jobs.smartrecruiters.com/SanavitaZorgverzekeringen/743999018822154-medisch-adviseur-verpleegkundige-')
ZNW = dict(key='zorgpartners-nieuwe-waterweg--verpleegkundige-geriatrie', company='Zorgpartners Nieuwe Waterweg',
           aliases=['Zorgpartners NWW', 'ZNW'], role='Verpleegkundige Geriatrie', source='other',
           url='https://www.werkzoeken.nl/vacatures/verpleegkundige-geriatrie-schiedam-9013377.html')
DIALYSE = dict(key='dialysecentrum-rijnmond--dialyseverpleegkundige-in-opleiding', company='Dialysecentrum Rijnmond',
               aliases=['DCR', 'Stichting Dialysecentrum Rijnmond'], role='Dialyseverpleegkundige (in opleiding)',
               source='company_site', url='https://www.dialysecentrumrijnmond.nl/werken-bij/dialyseverpleegkundige-in-opleiding')
SCHIE = dict(key='ziekenhuis-schieoevers--verpleegkundige-spoedeisende-hulp', company='Ziekenhuis Schieoevers',
             aliases=['Schieoevers', 'Stichting Ziekenhuis Schieoevers'], role='Verpleegkundige Spoedeisende Hulp',
             source='other', url='https://werkenbijschieoevers.recruitee.com/o/verpleegkundige-spoedeisende-hulp')
PLAS = dict(key='verpleeghuis-de-kralingse-plas--verpleegkundige-vvt', company='Verpleeghuis De Kralingse Plas',
            aliases=['De Kralingse Plas'], role='Verpleegkundige VVT', source='agency',
            url='https://www.zorgwerk.nl/vacatures/58120-verpleegkundige-vvt-rotterdam-kralingen')
CURAFLOW = dict(key='curaflow--clinical-success-specialist-registered-nurse', company='Curaflow',
                aliases=['Curaflow Health', 'Curaflow Health B.V.'], role='Clinical Success Specialist (Registered Nurse)',
                source='greenhouse', url='https://job-boards.greenhouse.io/curaflow/jobs/4417902008')
HARTWISE = dict(key='hartwise--nurse-advisor-dutch-speaking', company='Hartwise',
                aliases=['Hartwise Health', 'Hartwise B.V.'], role='Nurse Advisor (Dutch-speaking)', source='linkedin',
                url='https://www.linkedin.com/jobs/view/4089917213/')
HELIX = dict(key='helix-medical-systems--clinical-application-specialist-patient-monitoring',
             company='Helix Medical Systems', aliases=['Helix Medical', 'Helix Medical Systems Nederland B.V.', 'Helix'],
             role='Clinical Application Specialist – Patient Monitoring', source='workday',
             url='https://helixmedical.wd5.myworkdayjobs.com/en-US/Helix_External/job/Best-Netherlands/Clinical-Application-Specialist---Patient-Monitoring_R0049213')
KLINIQ = dict(key='kliniq--customer-success-nurse', company='Kliniq', aliases=['Kliniq Health', 'Kliniq B.V.'],
              role='Customer Success Nurse', source='other',
              url='https://careers.kliniq.health/jobs/5120339-customer-success-nurse')
SENSORI = dict(key='sensori-health--nurse-educator-benelux', company='Sensori Health',
               aliases=['Sensori', 'Sensori Health AB'], role='Nurse Educator, Benelux', source='ashby',
               url='https://jobs.ashbyhq.com/sensori/8c1e2b44-7d0f-4a8e-9b51-3f6a0c2d9e17')
OURO = dict(key='ouro-health--clinical-content-specialist', company='Ouro Health', aliases=['Ouro', 'Ouro Health B.V.'],
            role='Clinical Content Specialist', source='lever',
            url='https://jobs.lever.co/ourohealth/2f9c7b1e-55a0-4c3e-8d7e-0b6a1e9f4c22')

J = []
add = J.append

# ================================================================ B2 Zuiderhaven (Workday)
add(M('zmc-workday-ontvangen', '2024-09-04 18:22', 'Zuiderhaven MC <zuiderhavenmc@myworkday.com>', ME,
      'Sollicitatie ontvangen – Verpleegkundige Cardiologie (JR-24117)',
      """Beste Yusuf,

Dank je wel voor je sollicitatie op de vacature Verpleegkundige Cardiologie (JR-24117) bij Zuiderhaven Medisch Centrum.

Wij hebben je sollicitatie ontvangen. De recruiter en de leidinggevende van de afdeling bekijken alle sollicitaties na de sluitingsdatum van 22 september. Je ontvangt uiterlijk twee weken daarna bericht.

De status van je sollicitatie kun je volgen via je kandidaatprofiel:
https://zuiderhavenmc.wd3.myworkdayjobs.com/nl-NL/ZMC_Careers/userHome

Met vriendelijke groet,

Recruitment Zuiderhaven Medisch Centrum
Werken aan de zorg van morgen

Dit bericht is automatisch verzonden. Reageren op dit bericht is niet mogelijk.""",
      APP(ZMC, 'applied', 'ats-confirmation:workday'), tz='utc', html=True, color='#005a9c',
      footer='Zuiderhaven Medisch Centrum · Maashaven Zuidzijde 100 · Rotterdam', mid='myworkday.com'))

# ================================================================ B4 ZorgFlex (agency)
add(M('zorgflex-outreach', '2024-09-06 11:08', 'Kim Verhagen | ZorgFlex <kim.verhagen@zorgflex.nl>', ME,
      'Vaste baan in Rotterdam via ZorgFlex?',
      """Hoi Yusuf,

Via het cv dat je in onze database hebt gezet (je staat erin sinds 2021, zag ik) kwam ik bij jou uit. Ik las op je profiel dat je naar de regio Rotterdam gaat verhuizen, klopt dat nog?

Ik werk voor een revalidatiecentrum in Rotterdam-Zuid dat een Verpleegkundige Revalidatie zoekt, 28-32 uur, direct in vaste dienst bij de opdrachtgever (dus geen detachering). Met jouw chirurgie-achtergrond en ervaring als werkbegeleider zou je daar goed passen: veel orthopedische en neurologische patiënten, mooi multidisciplinair team.

- FWG 45, max € 4.637 bruto bij 36 uur
- onregelmatigheidstoeslag, geen nachtdiensten
- start in overleg (januari kan)

Zou je het leuk vinden om hier telefonisch wat meer over te horen? Als je me je actuele cv stuurt, kan ik je ook direct voorstellen.

Met vriendelijke groet,

Kim Verhagen
Intercedent Zorg – regio Rijnmond
ZorgFlex Detachering & Werving
T 010 - 307 22 84 | M 06 - 14 55 02 91""",
      OUT('agency-email-outreach', 'nl', company=None, role='Verpleegkundige Revalidatie'), mid='exch:AM5'))

add(M('zorgflex-reactie-cv', '2024-09-09 07:32', ME, 'Kim Verhagen | ZorgFlex <kim.verhagen@zorgflex.nl>',
      'RE: Vaste baan in Rotterdam via ZorgFlex?',
      """Hallo Kim,

Dank voor je mail. Klopt, we verhuizen rond december naar Rotterdam (mijn vriendin start daar in januari). De functie klinkt interessant, vooral omdat er geen nachten zijn met een kleine thuis.

In de bijlage mijn actuele cv. Je mag me voorstellen bij het revalidatiecentrum. Bellen kan deze week na 16:00, behalve donderdag want dan heb ik avonddienst.

Met vriendelijke groet,
Yusuf Demir
06 - 38 12 77 40""",
      APP(ZORGFLEX, 'applied', 'own-reply-to-agency-with-cv'), reply_to='zorgflex-outreach', quote='outlook-nl',
      attach=[CV]))

add(M('zorgflex-ingevuld', '2024-09-30 16:20', 'Kim Verhagen | ZorgFlex <kim.verhagen@zorgflex.nl>', ME,
      'RE: Vaste baan in Rotterdam via ZorgFlex?',
      """Hoi Yusuf,

Ik had je beloofd je op de hoogte te houden. Helaas heb ik geen goed nieuws: de opdrachtgever heeft de positie inmiddels ingevuld met iemand die al als invaller bij hen werkte. Ze hebben je cv daarom niet meer in behandeling genomen.

Ik vind het jammer, want ik had een goed gevoel bij jouw profiel. Ik houd je in beeld voor andere functies in Rotterdam. Laat je het me weten als je al iets gevonden hebt?

Groet,
Kim""",
      APP(ZORGFLEX, 'rejected', 'agency-rejection-position-filled'), reply_to='zorgflex-reactie-cv',
      quote='outlook-nl', mid='exch:AM5'))

# ================================================================ B1 Stadsziekenhuis Kralingen
add(M('szk-ontvangen', '2024-09-11 20:55', 'Werken bij SZK <werkenbij@szkralingen.nl>', ME,
      'Ontvangstbevestiging sollicitatie vacature 2409 Verpleegkundige Chirurgie (24-32 uur)',
      """Beste heer Demir,

Hartelijk dank voor uw sollicitatie op de vacature Verpleegkundige Chirurgie (24-32 uur), vacaturenummer 2409, bij Stadsziekenhuis Kralingen.

Uw sollicitatie is ontvangen en doorgestuurd naar de leidinggevende van de afdeling. Wij streven ernaar u binnen tien werkdagen te laten weten of u wordt uitgenodigd voor een gesprek.

Voor vragen over de vacature kunt u contact opnemen met Ingrid Poortvliet, teamleider Chirurgie, via 010 - 245 80 00.

Met vriendelijke groet,

Afdeling Recruitment
Stadsziekenhuis Kralingen

Dit is een automatisch gegenereerd bericht.""",
      APP(SZK, 'applied', 'ats-confirmation:company-site'), html=True, brand='Stadsziekenhuis Kralingen',
      color='#00758f', mid='szkralingen.nl'))

add(M('szk-uitnodiging', '2024-09-18 14:12', '"Poortvliet, Ingrid" <i.poortvliet@szkralingen.nl>', ME,
      'Uitnodiging sollicitatiegesprek verpleegkundige chirurgie',
      """Beste Yusuf,

Dank voor je sollicitatie op onze vacature voor verpleegkundige chirurgie. Je ervaring op een chirurgische afdeling en als werkbegeleider spreekt ons erg aan, en we zouden je graag willen leren kennen.

Omdat je nu nog in Zwolle woont, stel ik voor om het eerste gesprek via Teams te doen. Daarna nodigen we je graag uit voor een meeloopdienst op de afdeling, zodat je het team en de afdeling echt kunt zien.

Het gesprek voer je met mij en met Rob de Haan (senior verpleegkundige). Mogelijke momenten:
- donderdag 26 september, 13:30 - 14:30
- vrijdag 27 september, 10:00 - 11:00

Wil je laten weten welk moment je voorkeur heeft? Dan stuur ik je een Teams-uitnodiging.

Met vriendelijke groet,

Ingrid Poortvliet
Teamleider Chirurgie (afd. 4 Zuid)
Stadsziekenhuis Kralingen
T 010 - 245 84 12""",
      APP(SZK, 'interview', 'human-interview-invite'), mid='exch:AS2'))

add(M('szk-bevestiging', '2024-09-18 21:40', ME, '"Poortvliet, Ingrid" <i.poortvliet@szkralingen.nl>',
      'RE: Uitnodiging sollicitatiegesprek verpleegkundige chirurgie',
      """Beste Ingrid,

Dank u wel voor de uitnodiging. Donderdag 26 september om 13:30 komt mij goed uit, ik heb die dag vrij.

Een meeloopdienst lijkt me erg waardevol. Mag ik vragen of dat ook een avonddienst kan zijn? Dan kan ik een dagdienst in Zwolle makkelijker ruilen. En een vraag die voor ons thuis belangrijk is: hebben jullie een regeling voor kinderopvang of voorrang bij een kinderdagverblijf in de buurt?

Met vriendelijke groet,
Yusuf Demir""",
      APP(SZK, 'interview', 'own-reply-confirm-slot-with-question'), reply_to='szk-uitnodiging', quote='outlook-nl'))

add(M('szk-aanbod', '2024-10-29 11:30', '"Bakker, Marloes" <m.bakker@szkralingen.nl>', ME,
      'Aanbod functie Verpleegkundige Chirurgie',
      """Beste Yusuf,

Zoals Ingrid je gisteren telefonisch al liet weten, zijn we erg enthousiast na het gesprek en de meeloopdienst van 10 oktober. Graag bieden wij je de functie van Verpleegkundige Chirurgie aan. Hieronder de arbeidsvoorwaarden zoals besproken:

Functie: Verpleegkundige Chirurgie, afdeling 4 Zuid
Dienstverband: 32 uur per week, contract voor onbepaalde tijd (na een proeftijd van 2 maanden)
Inschaling: FWG 50, trede 9, € 4.301 bruto per maand bij 36 uur (naar rato 32 uur), volgens de Cao Ziekenhuizen
Toeslagen: onregelmatigheidstoeslag volgens cao, eindejaarsuitkering 8,33%, vakantiegeld 8%
Ingangsdatum: maandag 6 januari 2025
Overig: reiskostenvergoeding woon-werk, PFZW-pensioen, opleidingsbudget

Over je vraag naar kinderopvang: SZK heeft een samenwerking met Kinderopvang De Boterbloem in Kralingen, waar medewerkers met voorrang op de wachtlijst worden geplaatst. Ik stuur je de contactgegevens apart.

Wil je ons laten weten of je het aanbod aanneemt? Daarna sturen we je de arbeidsovereenkomst via DocuSign ter ondertekening.

Met vriendelijke groet,

Marloes Bakker
HR-adviseur Zorg
Stadsziekenhuis Kralingen""",
      APP(SZK, 'offer', 'human-offer'), cc='"Poortvliet, Ingrid" <i.poortvliet@szkralingen.nl>', mid='exch:AS2'))

add(M('szk-acceptatie', '2024-10-31 19:05', ME, '"Bakker, Marloes" <m.bakker@szkralingen.nl>',
      'RE: Aanbod functie Verpleegkundige Chirurgie',
      """Beste Marloes,

Hartelijk dank voor het aanbod. Na overleg thuis neem ik de functie van Verpleegkundige Chirurgie graag aan, onder de genoemde voorwaarden en met ingang van 6 januari 2025.

Ik zie de arbeidsovereenkomst via DocuSign graag tegemoet. Dank ook voor de informatie over De Boterbloem. We hadden Elif daar al aangemeld; mag ik de werkgeversverklaring voor de voorrangslijst bij u opvragen?

Ingrid, dank voor de fijne meeloopdienst. Ik heb er zin in!

Met vriendelijke groet,
Yusuf Demir""",
      APP(SZK, 'offer', 'own-offer-acceptance'), cc='"Poortvliet, Ingrid" <i.poortvliet@szkralingen.nl>',
      reply_to='szk-aanbod', quote='outlook-nl'))

add(M('szk-docusign', '2024-11-05 09:14', 'Stadsziekenhuis Kralingen via DocuSign <dse@eumail.docusign.net>', ME,
      'Onderteken a.u.b.: Arbeidsovereenkomst Y. Demir – Verpleegkundige Chirurgie',
      """Marloes Bakker heeft u een document gestuurd om te bekijken en te ondertekenen.

DOCUMENT BEKIJKEN
https://eu.docusign.net/Signing/EmailStart.aspx?a=9f3e2b71-0c8d-4d1b-a5e2-77c4f0e1b9a3&acct=4e1b0f22-7a3c-4f0b-9d51-2c8e6a1f0d44&er=5a7c0e13

Marloes Bakker
m.bakker@szkralingen.nl

Beste Yusuf,

Hierbij ontvang je je arbeidsovereenkomst en de bijbehorende documenten (functieomschrijving, gedragscode en het formulier loonheffingskorting). Wil je alles binnen 5 werkdagen ondertekenen? Vergeet niet een kopie van je BIG-registratie en je diploma te uploaden.

Welkom bij SZK!

Deze e-mail niet doorsturen
Deze e-mail bevat een beveiligde link naar DocuSign. Deel deze e-mail, link of toegangscode niet met anderen.

Over DocuSign
Onderteken documenten elektronisch in slechts enkele minuten. Het is veilig en beveiligd. U kunt via e-mail, kantoor, thuis, onderweg of zelfs wereldwijd uw handtekening plaatsen.""",
      APP(SZK, 'offer', 'esign-contract:docusign'), tz='utc', html=True, brand='DocuSign', color='#1e1e5a',
      mid='eumail.docusign.net'))

# ================================================================ B5 Hospice Het Baken (speculative)
add(M('baken-open-sollicitatie', '2024-09-13 21:10', ME, 'Hospice Het Baken <info@hospicehetbaken.nl>',
      'Open sollicitatie verpleegkundige',
      """Geachte heer/mevrouw,

Graag stel ik mij voor met deze open sollicitatie. Mijn naam is Yusuf Demir, 33 jaar, en ik werk sinds 2017 als verpleegkundige (HBO-V, BIG-geregistreerd) op de afdeling chirurgie van Ziekenhuis De IJsselhof in Zwolle. Eind dit jaar verhuis ik met mijn gezin naar Rotterdam.

In mijn werk zie ik regelmatig patiënten in hun laatste levensfase. Juist in die momenten voel ik hoe belangrijk rust, tijd en aandacht zijn, en dat lukt op een drukke chirurgische afdeling niet altijd. In 2023 heb ik de scholing Palliatieve Zorg (Consortium Palliatieve Zorg) gevolgd en daarna ben ik aandachtsvelder palliatieve zorg geworden op onze afdeling.

Ik zou graag onderzoeken of er bij Het Baken ruimte is voor een verpleegkundige, voor 16 tot 24 uur per week, eventueel in combinatie met een baan in het ziekenhuis. Mijn cv zit in de bijlage.

Ik hoor graag van u of een kennismaking mogelijk is.

Met vriendelijke groet,

Yusuf Demir
Zwolle
06 - 38 12 77 40""",
      APP(BAKEN, 'applied', 'own-speculative-application'), attach=[CV]))

add(M('baken-antwoord', '2024-09-20 10:02', 'Gerda Smulders <coordinator@hospicehetbaken.nl>', ME,
      'Antw: Open sollicitatie verpleegkundige',
      """Beste Yusuf,

Dank voor je mooie brief, die ik met aandacht heb gelezen.

Het Baken is een klein hospice met zes bedden. Onze verpleegkundige zorg wordt geleverd door een vast team van negen verpleegkundigen, en het verloop is gelukkig heel laag. Op dit moment hebben we daarom geen ruimte voor een nieuwe verpleegkundige, en ik verwacht dat ook komend jaar niet.

Wat we wel altijd zoeken zijn vrijwilligers voor de avond- en weekenddiensten. Mocht je daar na je verhuizing tijd en zin in hebben, dan ben je van harte welkom om kennis te maken.

Veel succes met de verhuizing en je zoektocht naar een nieuwe baan.

Hartelijke groet,
Gerda Smulders
Coördinator zorg, Hospice Het Baken""",
      APP(BAKEN, 'rejected', 'human-rejection-no-vacancy'), reply_to='baken-open-sollicitatie', quote='outlook-nl',
      mid='exch:VI1'))

# ================================================================ B3 Zorggroep Hofplein (Teamtailor)
add(M('hofplein-uitnodiging', '2024-09-17 10:40', 'Zorggroep Hofplein <no-reply@zorggroephofplein.teamtailor-mail.com>', ME,
      'Uitnodiging voor een gesprek – Wijkverpleegkundige Kralingen-Crooswijk',
      """Hoi Yusuf,

Bedankt voor je sollicitatie als wijkverpleegkundige in ons team Kralingen-Crooswijk! We willen je graag uitnodigen voor een kennismakingsgesprek met Nadia (recruiter) en Joyce (wijkverpleegkundige in het team).

Het gesprek duurt ongeveer 45 minuten en vindt online plaats via Google Meet.

Kies hier een moment dat jou het beste uitkomt:
https://zorggroephofplein.teamtailor.com/meetings/1c7e0d9a-3f42-4b8b-a2c7-5d90e61f7b28

Heb je vragen? Reageer dan gerust op deze e-mail.

Hartelijke groet,
Nadia El Idrissi
Recruiter Wijkverpleging | Zorggroep Hofplein""",
      APP(HOFPLEIN, 'interview', 'ats-interview-invite:teamtailor-meetings'), html=True, brand='Zorggroep Hofplein',
      color='#6b2c91', mid='zorggroephofplein.teamtailor-mail.com'))

add(M('hofplein-afwijzing', '2024-10-08 15:05', 'Nadia El Idrissi - Zorggroep Hofplein <no-reply@zorggroephofplein.teamtailor-mail.com>', ME,
      'Terugkoppeling gesprek wijkverpleegkundige',
      """Hoi Yusuf,

Nogmaals bedankt voor het fijne gesprek met Joyce en mij van vorige week vrijdag. Het was leuk om te horen hoe je met je patiënten omgaat, en Joyce vond je verhaal over de ontslagplanning vanuit de kliniek echt waardevol.

We hebben er goed over nagedacht. Uiteindelijk hebben we gekozen voor een kandidaat die al in de wijkverpleging werkt, bekend is met indiceren volgens de Omaha-systematiek en direct zelfstandig kan starten. We hebben gemerkt dat het team op dit moment echt iemand nodig heeft die meteen kan meedraaien.

Dat betekent dat we je sollicitatie hierbij afsluiten. Ik vind het oprecht jammer en wil je meegeven: als je ooit de overstap naar de wijk wilt maken met een inwerktraject, dan hebben we vanaf het voorjaar weer plekken in ons traineeship. Ik houd je graag op de hoogte.

Hartelijke groet,
Nadia El Idrissi
Recruiter Wijkverpleging | Zorggroep Hofplein""",
      APP(HOFPLEIN, 'rejected', 'human-rejection-after-interview:teamtailor'), html=True, color='#6b2c91',
      mid='zorggroephofplein.teamtailor-mail.com', cte='base64'))

# ================================================================ B6 HAP (Indeed)
add(M('indeed-hap', '2024-09-23 20:10', 'Indeed <indeedapply@indeed.com>', ME,
      'Indeed-sollicitatie: Triagist',
      """Je sollicitatie is verzonden

Triagist
Huisartsenpost Rijnmond Noord - Rotterdam

De werkgever heeft je sollicitatie ontvangen. Je kunt je sollicitaties volgen op https://myjobs.indeed.com/applied

Houd je e-mail en telefoon in de gaten. Werkgevers nemen vaak contact op via een telefoonnummer dat je niet kent.

Indeed""",
      APP(HAP, 'applied', 'jobboard-confirmation:indeed'), tz='utc',
      html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d;background:#f3f2f1">
<div style="max-width:560px;margin:16px auto;background:#fff;padding:24px;border-radius:8px">
<p style="font-size:13px;color:#767676">indeed</p>
<h2 style="margin:0 0 12px">Je sollicitatie is verzonden</h2>
<div style="border:1px solid #d4d2d0;border-radius:8px;padding:14px">
<b>Triagist</b><br><span>Huisartsenpost Rijnmond Noord</span> &ndash; Rotterdam<br>
<span style="color:#767676;font-size:13px">Parttime &middot; Avond- en weekenddiensten &middot; &euro;22 - &euro;27 per uur</span></div>
<p style="font-size:13px">De werkgever heeft je sollicitatie ontvangen. <a href="https://myjobs.indeed.com/applied">Mijn banen</a></p>
<p style="font-size:13px"><a href="https://nl.indeed.com/viewjob?jk=b71d04e9c2a6f351">Bekijk de vacature</a></p>
<p style="font-size:11px;color:#767676">Indeed Ireland Operations Ltd, 124 St. Stephen's Green, Dublin 2</p>
</div></body></html>""", mid='indeed.com'))

# ================================================================ B12 Sanavita (SmartRecruiters)
add(M('sanavita-afwijzing', '2024-09-27 09:14', 'Sanavita Zorgverzekeringen <notification@smartrecruiters.com>', ME,
      'Je sollicitatie voor Medisch Adviseur (Verpleegkundige)',
      """Beste Yusuf,

Bedankt voor je interesse in Sanavita Zorgverzekeringen en je sollicitatie voor de functie Medisch Adviseur (Verpleegkundige).

We hebben je cv en motivatie zorgvuldig bekeken. Helaas ben je niet geselecteerd voor de volgende ronde. Voor deze functie zoeken we iemand met minimaal twee jaar ervaring in de zorgverzekeringsbranche of bij een indicatieorgaan.

We wensen je veel succes bij het vinden van een nieuwe uitdaging.

Met vriendelijke groet,
Team Recruitment Sanavita Zorgverzekeringen

Powered by SmartRecruiters""",
      APP(SANAVITA, 'rejected', 'ats-rejection:smartrecruiters'), tz='utc', html=True, color='#0077b6',
      mid='smartrecruiters.com'))

# ================================================================ B15 Zorgpartners Nieuwe Waterweg (werkzoeken)
add(M('werkzoeken-znw', '2024-10-01 19:50', 'Werkzoeken.nl <noreply@werkzoeken.nl>', ME,
      'Je sollicitatie is verstuurd: Verpleegkundige Geriatrie',
      """Hallo Yusuf,

Je sollicitatie is verstuurd naar Zorgpartners Nieuwe Waterweg.

Vacature: Verpleegkundige Geriatrie
Plaats: Schiedam
Uren: 24 - 32 uur
Verstuurd met: CV Yusuf Demir 2024.pdf

De werkgever heeft je gegevens ontvangen en neemt contact met je op als je in aanmerking komt.

Bekijk vergelijkbare vacatures: https://www.werkzoeken.nl/vacatures/verpleegkundige/schiedam

Succes!
Team Werkzoeken.nl""",
      APP(ZNW, 'applied', 'jobboard-confirmation:werkzoeken'), html=True, brand='werkzoeken.nl', color='#f7941d'))

add(M('znw-followup', '2024-10-22 20:31', ME, 'Werving Zorgpartners <werving@zorgpartnersnw.nl>',
      'Stand van zaken sollicitatie Verpleegkundige Geriatrie',
      """Geachte heer/mevrouw,

Op 1 oktober heb ik via Werkzoeken.nl gesolliciteerd op de vacature Verpleegkundige Geriatrie (24-32 uur) in Schiedam. Ik heb tot nu toe nog geen bericht ontvangen en wilde graag informeren naar de stand van zaken.

Ik ben nog steeds erg geïnteresseerd in de functie. Mocht u aanvullende informatie nodig hebben, dan hoor ik dat graag.

Met vriendelijke groet,
Yusuf Demir
06 - 38 12 77 40""",
      APP(ZNW, 'update', 'own-follow-up:applied-via-werkzoeken')))

# ================================================================ B7 Dialysecentrum Rijnmond (own email)
add(M('dialyse-sollicitatie', '2024-10-03 21:22', ME, 'Sollicitaties DCR <sollicitaties@dialysecentrumrijnmond.nl>',
      'Sollicitatie Dialyseverpleegkundige (in opleiding)',
      """Geachte heer/mevrouw,

Via uw website las ik de vacature voor Dialyseverpleegkundige (in opleiding). Graag solliciteer ik naar deze functie.

Ik ben een BIG-geregistreerde verpleegkundige met ruim zeven jaar ervaring op een chirurgische afdeling. In die tijd heb ik veel patiënten met chronische nierschade verpleegd rondom operaties en heb ik gezien hoe groot de impact van dialyse is op het dagelijks leven. Het lijkt mij heel waardevol om patiënten langdurig te begeleiden en een vertrouwensband op te bouwen, iets wat in de kliniek met korte opnames vaak niet lukt.

De opleiding tot dialyseverpleegkundige zie ik als een mooie volgende stap. Ik ben gewend om te leren in de praktijk: sinds 2021 ben ik werkbegeleider van HBO-V- en MBO-stagiairs.

Vanaf december woon ik in Rotterdam. Mijn cv vindt u in de bijlage. Ik licht mijn motivatie graag toe in een gesprek.

Met vriendelijke groet,

Yusuf Demir
06 - 38 12 77 40""",
      APP(DIALYSE, 'applied', 'own-application-email'), attach=[CV]))

add(M('dialyse-intrekken', '2024-11-04 08:15', ME, 'Sollicitaties DCR <sollicitaties@dialysecentrumrijnmond.nl>',
      'Intrekken sollicitatie Dialyseverpleegkundige (in opleiding)',
      """Geachte heer/mevrouw,

Op 3 oktober heb ik gesolliciteerd naar de functie Dialyseverpleegkundige (in opleiding). Inmiddels heb ik een functie aangenomen bij een ziekenhuis in Rotterdam. Daarom trek ik mijn sollicitatie hierbij in.

Dank voor uw tijd, en veel succes met het vinden van een geschikte kandidaat.

Met vriendelijke groet,
Yusuf Demir""",
      APP(DIALYSE, 'withdrawn', 'own-withdrawal'), reply_to='dialyse-sollicitatie', quote='outlook-nl'))

# ================================================================ B13 Schieoevers (Recruitee)
add(M('schieoevers-ontvangen', '2024-10-09 17:05', 'Ziekenhuis Schieoevers <noreply@recruitee.com>', ME,
      'Bedankt voor je sollicitatie bij Ziekenhuis Schieoevers',
      """Beste Yusuf,

Bedankt voor je sollicitatie op de vacature Verpleegkundige Spoedeisende Hulp. We hebben je gegevens in goede orde ontvangen.

Onze selectiecommissie beoordeelt de sollicitaties wekelijks. Als je profiel aansluit, nemen we binnen twee weken contact met je op voor een eerste gesprek.

Wist je dat je bij ons ook de vervolgopleiding SEH-verpleegkundige kunt volgen? Meer informatie vind je op werkenbijschieoevers.nl/opleidingen.

Met vriendelijke groet,
Team Recruitment
Ziekenhuis Schieoevers""",
      APP(SCHIE, 'applied', 'ats-confirmation:recruitee'), html=True, brand='Ziekenhuis Schieoevers', color='#d62839',
      mid='recruitee.com'))

# ================================================================ B14 Zorgwerk / De Kralingse Plas (agency)
add(M('zorgwerk-ontvangen', '2024-10-14 12:33', 'Zorgwerk <vacatures@zorgwerk.nl>', ME,
      'We hebben je sollicitatie ontvangen!',
      """Hoi Yusuf,

Leuk dat je hebt gereageerd op de vacature Verpleegkundige VVT bij onze opdrachtgever Verpleeghuis De Kralingse Plas in Rotterdam!

Wat nu?
Een van onze consulenten belt je binnen twee werkdagen voor een korte kennismaking. We bespreken dan je wensen, je beschikbaarheid en je BIG-registratie. Daarna stellen we je voor bij De Kralingse Plas.

Vacaturenummer: 58120
Bekijk de vacature: https://www.zorgwerk.nl/vacatures/58120-verpleegkundige-vvt-rotterdam-kralingen

Hartelijke groet,
Team Zorgwerk Rotterdam
Zorgwerk Uitzendbureau B.V.""",
      APP(PLAS, 'applied', 'agency-confirmation'), html=True, brand='Zorgwerk', color='#009688'))

# ================================================================ outreach (hospital, travel nurse, Sensori)
add(M('drechtsteden-outreach', '2024-10-10 09:47', 'Petra Huisman <p.huisman@drechtstedenziekenhuis.nl>', ME,
      'IC-opleiding in het Drechtsteden Ziekenhuis?',
      """Beste Yusuf,

Mijn naam is Petra Huisman, recruiter bij het Drechtsteden Ziekenhuis in Dordrecht. Op LinkedIn zag ik dat je verpleegkundige chirurgie bent en binnenkort naar de regio Rotterdam verhuist.

Per maart 2025 starten wij met een nieuwe groep voor de opleiding IC-verpleegkundige. Tijdens de opleiding ben je volledig in dienst en volg je de opleiding met behoud van salaris (FWG 55 na afronding). Juist verpleegkundigen met chirurgische ervaring doen het bij ons vaak heel goed.

Zou je het leuk vinden om een keer vrijblijvend mee te lopen op onze IC, of eerst even te bellen?

Met vriendelijke groet,

Petra Huisman
Corporate Recruiter Zorg
Drechtsteden Ziekenhuis
06 - 52 77 10 36""",
      OUT('company-direct-outreach:hospital', 'nl', company='Drechtsteden Ziekenhuis',
          role='IC-verpleegkundige in opleiding'), mid='exch:DB8'))

add(M('nordcare-inmail', '2024-11-20 13:25', 'Ingrid Solberg via LinkedIn <inmail-hit-reply@linkedin.com>', ME,
      'Nurses wanted in Norway – relocation package included',
      """Ingrid Solberg
Senior Recruiter at NordCare Staffing

Hi Yusuf,

Your profile caught my eye. We're recruiting experienced surgical nurses for hospitals in Bergen and Stavanger. We offer a full Norwegian language course (paid, 6 months, in the Netherlands), relocation support for your family and salaries starting from NOK 580,000.

Would you be open to hearing more? I'm happy to set up a short video call.

Best regards,
Ingrid

Reply: https://www.linkedin.com/messaging/thread/2-OWE3ZGY1YjAtZjE1/
This is a LinkedIn InMail. Unsubscribe: https://www.linkedin.com/psettings/communications""",
      OUT('inmail-linkedin-agency', 'en', company=None, role='Surgical Nurse (Norway)'), tz='utc', html=True,
      color='#0a66c2', mid='linkedin.com'))

add(M('sensori-inmail', '2024-12-02 15:02', 'Lars Bergström via LinkedIn <inmail-hit-reply@linkedin.com>', ME,
      'Nurse Educator role at Sensori Health (Amsterdam, hybrid)',
      """Lars Bergström
Talent Acquisition Lead at Sensori Health

Hi Yusuf,

I'm Lars from Sensori Health. We make wearable sensors for post-operative monitoring at home, and we're launching with three hospitals in the Netherlands next spring.

We're looking for a Nurse Educator for the Benelux: someone who trains ward nurses in using our platform and is the clinical voice of the product. Your background on a surgical ward and as a clinical mentor looks like a really good fit.

The role is hybrid (Amsterdam office 2 days a week, plus hospital visits). If you're curious, here's the job description, and feel free to apply directly: https://jobs.ashbyhq.com/sensori/8c1e2b44-7d0f-4a8e-9b51-3f6a0c2d9e17

Best,
Lars

Reply: https://www.linkedin.com/messaging/thread/2-ZTQ1YmQ3ZWYtYTk5/""",
      OUT('inmail-linkedin-company', 'en', company='Sensori Health', role='Nurse Educator, Benelux',
          aliases=['Sensori']), tz='utc', html=True, color='#0a66c2', mid='linkedin.com'))

# ================================================================ B16 Sensori (Ashby)
add(M('sensori-ashby', '2024-12-04 19:12', 'Sensori Health Recruiting <no-reply@ashbyhq.com>', ME,
      'Thanks for applying to Sensori Health',
      """Hi Yusuf,

Thanks for applying for the Nurse Educator, Benelux role at Sensori! We've received your application and our team will review it shortly.

We aim to get back to every candidate within two weeks. In the meantime, you can read more about how we work at sensorihealth.com/careers.

Best,
The Sensori Health Team""",
      APP(SENSORI, 'applied', 'ats-confirmation:ashby', lang='en'), tz='utc', html=True, color='#14213d',
      replyto_hdr='Sensori Recruiting <recruiting@sensorihealth.com>', mid='ashbyhq.com'))

# ================================================================ B8 Curaflow (Greenhouse)
add(M('curaflow-greenhouse', '2024-12-05 20:45', 'Curaflow Talent <no-reply@greenhouse.io>', ME,
      'Thank you for applying to Curaflow',
      """Hi Yusuf,

Thanks for your interest in Curaflow! We have received your application for the Clinical Success Specialist (Registered Nurse) position.

Our team reviews every application carefully. If your background matches what we're looking for, a member of our talent team will reach out to schedule a first conversation.

A little about us: Curaflow helps hospitals in the Netherlands, Belgium and Germany move patient monitoring from the ward to the patient's home. We're 85 people from 19 countries, based in Amsterdam.

Best,
Curaflow Talent Team

Please do not reply to this email. To update your application, visit https://job-boards.greenhouse.io/curaflow/jobs/4417902008""",
      APP(CURAFLOW, 'applied', 'ats-confirmation:greenhouse', lang='en'), tz='utc', html=True,
      color='#0b7a75', mid='greenhouse.io'))

add(M('curaflow-goodtime', '2024-12-12 14:03', 'Curaflow Recruiting <scheduling@goodtime.io>', ME,
      'Curaflow: please select your availability for a recruiter call',
      """Hi Yusuf,

Thanks again for applying to Curaflow. We'd love to set up a 30-minute video call with Emma Vos, our Talent Partner, to get to know you and tell you more about the Clinical Success Specialist role.

Please select the times that work for you using the link below. Times are shown in your local time zone (Europe/Amsterdam).

Select your availability: https://app.goodtime.io/availability/curaflow/7e4f1a90c2bd

Once you submit, you'll receive a calendar invitation with a video link.

Best,
Emma Vos
Talent Partner, Curaflow""",
      APP(CURAFLOW, 'interview', 'platform-scheduling:goodtime', lang='en'), tz='utc', html=True,
      color='#0b7a75', replyto_hdr='Emma Vos <emma.vos@curaflow.com>', mid='goodtime.io'))

add(M('curaflow-alva', '2024-12-20 10:15', 'Alva Labs <no-reply@alvalabs.io>', ME,
      'Curaflow has invited you to complete a logic test and personality test',
      """Hi Yusuf,

Curaflow has invited you to take the Alva Labs logic test and personality test as part of your application for Clinical Success Specialist (Registered Nurse).

- Logic test: around 20 minutes, abstract patterns, no prior knowledge needed
- Personality test: around 15 minutes, no right or wrong answers

You can pause between the two tests, but not during the logic test. Please complete both before December 30, 2024.

Start here: https://app.alvalabs.io/candidate/invitation/c1f0a8b2-6d4e-4f9b-8e33-2a91d7c5e604

Good luck!
Alva Labs on behalf of Curaflow""",
      APP(CURAFLOW, 'assessment', 'platform-assessment:alva-labs', lang='en'), tz='utc', html=True,
      color='#4b2bd1', mid='alvalabs.io'))

_st = datetime.datetime(2025, 1, 21, 14, 0, tzinfo=TZ['ams'])
_en = _st + datetime.timedelta(minutes=90)
add(M('curaflow-final-invite', '2025-01-13 16:40', 'Sofie Lindqvist <sofie.lindqvist@curaflow.com>', ME,
      'Invitation: Final interview – Clinical Success Specialist (Yusuf Demir) @ Tue Jan 21, 2025 2pm - 3:30pm (CET) (yusuf.demir1991@outlook.com)',
      """Sofie Lindqvist has invited you to the following event.

Final interview – Clinical Success Specialist (Yusuf Demir)
When: Tuesday Jan 21, 2025 2pm – 3:30pm Central European Time - Amsterdam
Where: Curaflow HQ, Keizersgracht 520, Amsterdam (3rd floor)
Who:
- sofie.lindqvist@curaflow.com - organizer
- emma.vos@curaflow.com
- daan.kuiper@curaflow.com
- yusuf.demir1991@outlook.com

Hi Yusuf, looking forward to seeing you at our office! Agenda:
14:00 Case presentation: onboarding a surgical ward onto Curaflow (20 min + Q&A)
14:45 Conversation with Daan (Head of Clinical Operations) and me
15:15 Coffee with the team

Join with Google Meet (backup): https://meet.google.com/pqw-ztmr-hex

Invitation from Google Calendar: https://calendar.google.com/calendar/
You are receiving this email because you are an attendee on the event. Reply: Yes / Maybe / No""",
      APP(CURAFLOW, 'interview', 'calendar-invite:google-final-round', lang='en'), tz='ams', html=True,
      color='#1a73e8', mid='google.com', headers={'Sender': 'Google Calendar <calendar-notification@google.com>'},
      ics=make_ics('5kq2m7a1t0c9gq8v4r3nbd1h2e@google.com', _st, _en,
                   'Final interview – Clinical Success Specialist (Yusuf Demir)',
                   ('Sofie Lindqvist', 'sofie.lindqvist@curaflow.com'), ('Yusuf Demir', ME_ADDR),
                   'Curaflow HQ, Keizersgracht 520, Amsterdam',
                   'Case presentation, conversation with Daan Kuiper and Sofie Lindqvist, coffee with the team')))

add(M('curaflow-thankyou', '2025-01-21 19:30', ME, 'Sofie Lindqvist <sofie.lindqvist@curaflow.com>',
      'Thank you for today',
      """Hi Sofie,

Thank you, and Daan and Emma, for the time today. I really enjoyed the conversation, and it was good to hear how the pilot at the hospital in Utrecht went, including the things that didn't work at first.

One thing I forgot to mention during the case: in my experience, the night shift is where new tools either get accepted or quietly ignored. If I were to join, I'd want to spend time with the night teams in the first weeks of every new ward.

I'm looking forward to hearing from you.

Kind regards,
Yusuf Demir""",
      APP(CURAFLOW, 'update', 'own-thank-you-after-interview', lang='en'), cc='Emma Vos <emma.vos@curaflow.com>'))

# ================================================================ B9 Hartwise (LinkedIn)
add(M('linkedin-hartwise-sent', '2024-12-09 21:31', 'LinkedIn <jobs-noreply@linkedin.com>', ME,
      'Yusuf, your application was sent to Hartwise',
      """Your application was sent to Hartwise

Nurse Advisor (Dutch-speaking)
Hartwise · Rotterdam, South Holland, Netherlands (Hybrid)

Applied on December 9, 2024

View job: https://www.linkedin.com/comm/jobs/view/4089917213/?trackingId=Wz1%2Bq0kXQ5mC2cR3pLn8dA%3D%3D

This email was intended for Yusuf Demir (Verpleegkundige bij Ziekenhuis De IJsselhof)
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      APP(HARTWISE, 'applied', 'linkedin-easy-apply-confirmation', lang='en'), tz='utc', html=True,
      color='#0a66c2', mid='linkedin.com'))

add(M('linkedin-hartwise-rejected', '2024-12-23 10:12', 'LinkedIn <jobs-noreply@linkedin.com>', ME,
      'Your application to Nurse Advisor (Dutch-speaking) at Hartwise',
      """Your update from Hartwise

Thank you for your interest in the Nurse Advisor (Dutch-speaking) position at Hartwise in Rotterdam. Unfortunately, Hartwise will not be moving forward with your application, but we appreciate the time you invested in applying.

We encourage you to apply to future roles that match your skills.

Top jobs looking for your skills:
Clinical Nurse Specialist – Rotterdam
Verpleegkundig Adviseur – Den Haag

This email was intended for Yusuf Demir
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      APP(HARTWISE, 'rejected', 'linkedin-rejection', lang='en'), tz='utc', html=True, color='#0a66c2',
      mid='linkedin.com'))

# ================================================================ B11 Kliniq (Teamtailor)
add(M('kliniq-teamtailor', '2024-12-16 22:02', 'Kliniq <no-reply@kliniq.teamtailor-mail.com>', ME,
      'Thanks for applying to Kliniq!',
      """Hi Yusuf,

Thank you for applying for the Customer Success Nurse position at Kliniq! 💙

We've received your application and our team will go through it as soon as possible. Because of the holidays it might take a little longer than usual; you'll hear from us in January at the latest.

Warm regards,
The Kliniq team

Kliniq B.V. · Wilhelminakade 91 · Rotterdam""",
      APP(KLINIQ, 'applied', 'ats-confirmation:teamtailor', lang='en'), tz='ams', html=True, brand='kliniq',
      color='#2364aa', mid='kliniq.teamtailor-mail.com'))

# ================================================================ B10 Helix (HireVue + Workday)
add(M('helix-hirevue', '2024-12-17 09:00', 'Helix Medical Systems <interviews@hirevue.com>', ME,
      'Helix Medical Systems: your on-demand video interview for Clinical Application Specialist',
      """Dear Yusuf,

Thank you for your application for Clinical Application Specialist – Patient Monitoring (R0049213) at Helix Medical Systems.

As the next step, we invite you to complete an on-demand video interview via HireVue. You will be asked 5 questions and will have 3 minutes to answer each one. You can take the interview any time before December 27, 2024, 23:59 CET, on your computer or phone.

Start your interview:
https://app.hirevue.com/interviews/HV8Kz2Qw4Lp/start

Tips: find a quiet place with good lighting, check your camera and microphone, and use the practice question first.

Kind regards,
Talent Acquisition EMEA
Helix Medical Systems""",
      APP(HELIX, 'interview', 'platform-video-interview:hirevue', lang='en'), tz='utc', html=True,
      color='#00205b', mid='hirevue.com'))

add(M('helix-workday-rejection', '2025-01-09 07:15', 'Helix Careers <helixmedical@myworkday.com>', ME,
      'Regarding your application for Clinical Application Specialist – Patient Monitoring',
      """Dear Yusuf,

Thank you for your interest in Helix Medical Systems and for completing the video interview.

We have reviewed your application for the Clinical Application Specialist – Patient Monitoring (R0049213) position carefully. At this time, we have decided not to move forward with your candidacy.

Please note that this decision applies only to this position. We encourage you to continue to explore opportunities at Helix Medical Systems that match your experience.

Thank you again for considering a career with Helix.

Sincerely,
Helix Medical Systems Talent Acquisition""",
      APP(HELIX, 'rejected', 'ats-rejection:workday', lang='en'), tz='utc', html=True, color='#00205b',
      mid='myworkday.com'))

# ================================================================ B17 Ouro (Lever)
add(M('ouro-lever', '2025-01-08 16:20', 'Ouro Health <no-reply@hire.lever.co>', ME,
      'Your application to Ouro Health',
      """Hi Yusuf,

Thanks so much for applying to be our Clinical Content Specialist, and apologies for the slow response over the holidays.

We've now gone through all applications. We were really looking for someone who has written patient-facing medical content professionally before, so we won't be progressing your application to the next stage.

We're growing fast and hope our paths cross again.

All the best,
Mirte
Ouro Health""",
      APP(OURO, 'rejected', 'ats-rejection:lever', lang='en'), tz='utc', html=True, color='#f26b38',
      mid='hire.lever.co'))

# ================================================================ B2 late rejection
add(M('zmc-workday-afwijzing', '2025-01-14 08:03', 'Zuiderhaven MC <zuiderhavenmc@myworkday.com>', ME,
      'Je sollicitatie bij Zuiderhaven Medisch Centrum',
      """Beste Yusuf,

Enige tijd geleden heb je gesolliciteerd op de vacature Verpleegkundige Cardiologie (JR-24117). Excuses dat het zo lang heeft geduurd voordat je van ons hoort.

Door de grote hoeveelheid sollicitaties en een wisseling van leidinggevende op de afdeling heeft de selectie langer geduurd dan we hadden gepland. Inmiddels is de selectieprocedure afgerond. We hebben gekozen voor kandidaten met aantoonbare ervaring op een Cardiac Care Unit. Helaas betekent dit dat we je sollicitatie niet verder in behandeling nemen.

We bewaren je gegevens nog vier weken, daarna worden ze verwijderd, tenzij je in je kandidaatprofiel aangeeft dat we ze langer mogen bewaren.

Veel succes bij je verdere loopbaan.

Met vriendelijke groet,
Recruitment Zuiderhaven Medisch Centrum""",
      APP(ZMC, 'rejected', 'ats-rejection-late:workday'), tz='utc', html=True, color='#005a9c',
      footer='Zuiderhaven Medisch Centrum · Maashaven Zuidzijde 100 · Rotterdam', mid='myworkday.com'))

# ================================================================ job alerts
INDEED_ALERT = """<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<p style="font-size:18px"><b>12 nieuwe vacatures voor verpleegkundige in Rotterdam</b></p>
<table cellpadding="8">
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=4e0b1c9a7d2f66a3">Verpleegkundige Interne Geneeskunde</a><br>Zuiderhaven Medisch Centrum - Rotterdam<br><span style="color:#767676">Cao Ziekenhuizen, FWG 50</span></td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=b71d04e9c2a6f351">Triagist</a><br>Huisartsenpost Rijnmond Noord - Rotterdam<br><span style="color:#767676">&euro;22 - &euro;27 per uur &middot; Eenvoudig solliciteren</span></td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=0a93e7c1d5f24b88">Verpleegkundige Chirurgie 24-32 uur</a><br>Stadsziekenhuis Kralingen - Rotterdam</td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=8c2d4a1e0f7b3c95">Verpleegkundige thuiszorg (niveau 4/5)</a><br>Zorggroep Hofplein - Rotterdam</td></tr>
<tr><td><a href="https://nl.indeed.com/rc/clk?jk=2f7a0b9e1c3d4e56">Verpleegkundige Longziekten</a><br>Ziekenhuis Schieoevers - Schiedam<br><span style="color:#767676">Nieuw</span></td></tr>
</table>
<p><a href="https://nl.indeed.com/jobs?q=verpleegkundige&l=Rotterdam">Alle vacatures bekijken</a></p>
<p style="font-size:11px;color:#767676">Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld. <a href="https://nl.indeed.com/alerts">Meldingen beheren</a></p>
</body></html>
"""
add(M('indeed-alert-b', '2024-09-10 05:40', 'Indeed <alert@indeed.com>', ME,
      'Verpleegkundige: 12 nieuwe vacatures in Rotterdam', '', ALERT('jobboard-alert:indeed', 'nl'),
      tz='utc', html=INDEED_ALERT, html_only=True, mid='indeed.com'))
add(M('werkzoeken-alert-b', '2024-10-15 07:00', 'Werkzoeken.nl <vacaturemail@werkzoeken.nl>', ME,
      'Nieuwe vacatures: verpleegkundige in Rotterdam e.o.',
      """Hallo Yusuf,

We hebben 9 nieuwe vacatures gevonden voor "verpleegkundige" binnen 15 km van 3061 (Rotterdam).

Verpleegkundige Oncologie – Zuiderhaven Medisch Centrum – Rotterdam
Verpleegkundige Psychiatrie – GGZ Maasmond – Rotterdam
Verpleegkundige Nacht – Zorgpartners Nieuwe Waterweg – Vlaardingen
Verpleegkundige Dagbehandeling – Ziekenhuis Schieoevers – Schiedam
Praktijkverpleegkundige – Gezondheidscentrum Oosterflank – Rotterdam

Bekijk alle 9 vacatures: https://www.werkzoeken.nl/vacatures/verpleegkundige/rotterdam

Vacaturemail aanpassen of stoppen: https://www.werkzoeken.nl/account/vacaturemail""",
      ALERT('jobboard-alert:werkzoeken', 'nl'), html=True, brand='werkzoeken.nl', color='#f7941d'))
add(M('linkedin-alert-b1', '2024-12-11 06:20', 'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>', ME,
      '“clinical specialist nurse”: 7 new jobs in Netherlands',
      """Your job alert for clinical specialist nurse in Netherlands
7 new jobs match your preferences.

Clinical Specialist – Remote Monitoring
Vitalpath · Amsterdam (Hybrid)

Clinical Trainer (Dutch speaking)
Medivance · Utrecht (On-site)
Be an early applicant

Nurse Consultant Digital Health
Healthbridge Europe · Rotterdam (Hybrid)

Clinical Success Manager
Curaflow · Amsterdam (Hybrid)
You applied 6 days ago

See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=clinical%20specialist%20nurse&geoId=102890719

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts""",
      ALERT('linkedin-job-alert', 'en'), tz='utc', html=True, color='#0a66c2', mid='linkedin.com'))
add(M('linkedin-alert-b2', '2025-01-20 06:25', 'LinkedIn <jobs-listings@linkedin.com>', ME,
      'Yusuf, new jobs similar to Nurse Advisor (Dutch-speaking) at Hartwise',
      """Jobs similar to the one you applied for

Verpleegkundig Adviseur Telemonitoring
Hartcentrum Rijnmond · Rotterdam (Hybrid)

Nurse Advisor – Benelux
Careloop Health · Amsterdam (Remote)

Medical Support Specialist
Dokteronline Partners · Den Haag (On-site)

See more jobs: https://www.linkedin.com/comm/jobs/collections/similar-jobs/

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      ALERT('linkedin-similar-jobs', 'en'), tz='utc', html=True, color='#0a66c2', mid='linkedin.com'))
