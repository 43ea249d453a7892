"""Mailbox A: calendar noise, course admin, side project and other small things."""
import datetime
from common import M, NJ, make_ics, TZ, tiny_pdf
from a_jobs import ME, ME_ADDR, OLD

X = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    X.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

def gcal(key, sent, org_name, org_addr, title, start, minutes, where, desc=''):
    st = datetime.datetime.strptime(start, '%Y-%m-%d %H:%M').replace(tzinfo=TZ['ams'])
    en = st + datetime.timedelta(minutes=minutes)
    days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
    mons = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
    summer = bool(st.dst())
    when_txt = '%s %d %s %d %s - %s (%s - Amsterdam)' % (
        days[st.weekday()], st.day, mons[st.month - 1], st.year, st.strftime('%H:%M'), en.strftime('%H:%M'),
        'Midden-Europese zomertijd' if summer else 'Midden-Europese standaardtijd')
    subj_when = '%s %d %s %d %s - %s (%s)' % (days[st.weekday()][:2], st.day, mons[st.month - 1], st.year,
        st.strftime('%H:%M'), en.strftime('%H:%M'), 'CEST' if summer else 'CET')
    body = """%s heeft je uitgenodigd voor het volgende evenement.

%s
Wanneer: %s
Waar: %s
Agenda: %s
Wie:
- %s - organisator
- Lotte Verhoeven

%s
Uitnodiging van Google Agenda: https://calendar.google.com/calendar/

Je ontvangt deze e-mail omdat je bent uitgenodigd als gast voor dit evenement. Antwoorden: Ja / Misschien / Nee""" % (
        org_name, title, when_txt, where, ME_ADDR, org_addr, desc)
    ics = make_ics('%s@google.com' % key.replace('-', '')[:20] + '7x9', st, en, title, (org_name, org_addr),
                   ('Lotte Verhoeven', ME_ADDR), where, desc)
    E(key, sent, '%s <%s>' % (org_name, org_addr), 'Uitnodiging: %s @ %s (%s)' % (title, subj_when, ME_ADDR),
      body, 'calendar:personal-invite', ics=ics, html=True, color='#1a73e8',
      replyto_hdr='%s <%s>' % (org_name, org_addr))

gcal('gcal-lunch-marieke', '2024-01-26 08:02', 'Marieke Dekker', 'mariekedekker@gmail.com',
     'Lunch buiten de deur 🥪', '2024-01-26 12:30', 60, 'Lunchroom Het Zonnetje, Nieuwegein')
gcal('gcal-ouders-thijs', '2024-02-17 10:15', 'Thijs Brouwer', 'thijsbrouwer@gmail.com',
     'Eten bij pa en ma Brouwer', '2024-02-24 18:00', 180, 'Zeist', 'Bloemen meenemen!')
gcal('gcal-kraamvisite', '2024-03-18 09:30', 'Femke Verhoeven', 'femke.verhoeven@gmail.com',
     'Kraamvisite Lotte', '2024-03-20 18:30', 90, 'Amersfoort', 'Niet te laat, Mila moet om 20:00 drinken x')
gcal('gcal-pizza-iris', '2024-03-27 09:02', 'Iris van den Berg', 'iris.vdberg@gmail.com',
     'Pizza + slides Lot', '2024-04-01 18:30', 150, 'Vlampijpstraat 77, Utrecht')
gcal('gcal-leesclub', '2024-03-29 20:10', 'Noor Haddou', 'noorhaddou@gmail.com',
     'Leesclub bij Lotte – De vegetariër', '2024-04-16 20:00', 150, 'Kanaalstraat 112-bis, Utrecht')
E('gcal-herinnering', '2024-05-25 14:00', 'Google Agenda <calendar-notification@google.com>',
  'Melding: Verjaardag Iris – BBQ @ za 25 mei 2024 16:00 - 22:00 (CEST) (lotte.verhoeven.utr@gmail.com)',
  """Dit is een herinnering voor het volgende evenement.

Verjaardag Iris – BBQ
Wanneer: zaterdag 25 mei 2024 16:00 - 22:00 (Midden-Europese zomertijd - Amsterdam)
Waar: Vlampijpstraat 77, Utrecht

Uitnodiging van Google Agenda
Je ontvangt deze e-mail omdat je meldingen hebt ingesteld voor deze agenda.""", 'calendar:reminder',
  html=True, color='#1a73e8', mid='google.com')

HU = 'Hogeschool Utrecht – HU Academy <academy@hu.nl>'
E('hu-inschrijving', '2024-02-14 11:20', HU, 'Bevestiging inschrijving: Post-hbo Data-gedreven Marketing (voorjaar 2024)',
  """Beste Lotte Verhoeven,

Hartelijk dank voor je inschrijving voor de post-hbo opleiding Data-gedreven Marketing. Je inschrijving is definitief.

Startdatum: dinsdag 2 april 2024
Lesavonden: dinsdag, 18:00 - 21:00 (10 bijeenkomsten)
Locatie: Heidelberglaan 15, Utrecht (en 3 online sessies)
Kosten: € 2.450,- (vrijgesteld van btw)

Let op: de factuur ontvang je binnen twee weken. Heb je levenlanglerenkrediet aangevraagd? Stuur ons dan de beschikking van DUO.

Met vriendelijke groet,
Team HU Academy""", 'education:course-enrolment', html=True, brand='HU Academy', color='#e4002b')
E('hu-rooster', '2024-03-25 15:40', HU, 'Welkom! Rooster en toegang tot Canvas',
  """Beste Lotte,

Volgende week begint de opleiding Data-gedreven Marketing. Je kunt vanaf nu inloggen op Canvas met je HU-account (lotte.verhoeven@student.hu.nl). Daar vind je het rooster, de literatuur en de eerste opdracht.

Voorbereiding voor de eerste avond: lees hoofdstuk 1 en 2 van 'Marketing Analytics' (Wiley) en neem je laptop mee.

Tot dinsdag!
Dr. Karin Smeets, docent""", 'education:course-admin', html=True, brand='HU Academy', color='#e4002b')
E('hu-beoordeling', '2024-05-15 21:03', 'Canvas – Hogeschool Utrecht <notifications@instructure.com>',
  'Opdracht beoordeeld: Opdracht 2 – Attributiemodel (Data-gedreven Marketing)',
  """Je opdracht "Opdracht 2 – Attributiemodel" is beoordeeld.

Cijfer: 8,1

Opmerking van de docent: "Heldere analyse, goed dat je de beperkingen van last-click zo concreet maakt met je eigen Tuinhuys-data. Let op de bronvermelding."

Bekijk de beoordeling: https://hu.instructure.com/courses/18832/assignments/141207""", 'education:grade', tz='utc', html=True, color='#e4002b', mid='instructure.com')
E('hu-terugkomdag', '2024-06-05 10:00', HU, 'Afsluitende bijeenkomst en certificaat',
  """Beste deelnemer,

Op dinsdag 18 juni sluiten we de opleiding af met de presentaties van de eindopdracht. Na afloop is er een borrel. Je certificaat ontvang je binnen vier weken na de beoordeling van je eindopdracht.

Met vriendelijke groet,
Team HU Academy""", 'education:course-admin', html=True, brand='HU Academy', color='#e4002b')

E('kroos-factuur', '2024-03-31 20:44', ME, 'Factuur teksten werkenbij-pagina + nieuwsbrief maart',
  """Hoi Daan,

Hierbij mijn factuur voor de teksten van de werkenbij-pagina en de nieuwsbrief van maart (8 uur à € 55). Betalen binnen 30 dagen is prima.

Zullen we in april even bellen over de zomercampagne?

Groetjes,
Lotte""", 'side-project:invoice-own', to='Daan Bos <daan@kroos-kombucha.nl>',
  attach=[('Factuur_2024-003_Kroos.pdf', tiny_pdf(['Factuur 2024-003', 'Kroos Kombucha', '8 uur x 55 euro']), 'application/pdf')])
E('kroos-factuur-re', '2024-04-02 09:12', 'Daan Bos <daan@kroos-kombucha.nl>', 'Re: Factuur teksten werkenbij-pagina + nieuwsbrief maart',
  """Thanks Lot! Staat ingepland voor vrijdag. De nieuwe teksten zijn echt top, we hebben al twee reacties op de vacature brouwer (en die komen nu ook echt in Recruitee binnen haha).

Bellen over de zomer: 15 april?

Daan""", 'side-project:client', reply_to='kroos-factuur', quote='nl')

E('wetransfer-femke', '2024-03-21 22:10', 'WeTransfer <noreply@wetransfer.com>', 'Femke Verhoeven heeft je bestanden gestuurd via WeTransfer',
  """Femke Verhoeven heeft je 38 bestanden gestuurd (214 MB)

"De eerste week van Mila! Voor jou en mam 💛"

Download: https://we.tl/t-Kz8Pq2rL0v

Verloopt op 28 maart 2024""", 'file-share:wetransfer', tz='utc', html=True, color='#409fff', mid='wetransfer.com')
E('strava-week-1', '2024-02-05 08:00', 'Strava <no-reply@strava.com>', 'Je week in cijfers: 3 activiteiten, 24,6 km',
  """Hoi Lotte,

Vorige week liep je 3 keer, in totaal 24,6 km in 2u 31m. Je langste loop: 11,2 km (zaterdag, Rhijnauwen).

Blijf in beweging!
Strava""", 'app:strava', tz='utc', html=True, color='#fc4c02', mid='strava.com')
E('strava-pr', '2024-05-19 13:31', 'Strava <no-reply@strava.com>', 'Nieuw persoonlijk record! 🏅',
  """Gefeliciteerd Lotte! Je hebt vandaag een nieuw record gelopen op de halve marathon: 1:58:42.

Deel je activiteit met je volgers.""", 'app:strava', tz='utc', html=True, color='#fc4c02', mid='strava.com')
E('marktplaats-verlopen', '2024-02-25 10:00', 'Marktplaats <noreply@marktplaats.nl>', 'Je advertentie is bijna verlopen',
  """Hoi Lotte,

Je advertentie 'Ikea Kallax kast wit 4x2' verloopt over 3 dagen. Wil je hem verlengen? Dat is gratis.

Verlengen: https://www.marktplaats.nl/my-account/sell/ads

Groet, Marktplaats""", 'marketplace:listing-expiring', html=True, color='#eda566')
E('buurt-opschoon', '2024-03-09 09:30', 'Bewonersvereniging Lombok-Oost <bewoners.lombokoost@gmail.com>', 'Opschoondag zaterdag 23 maart + bewonersavond',
  """Beste buren,

Op zaterdag 23 maart is de jaarlijkse opschoondag in onze buurt. We verzamelen om 10:00 bij de Moskee-pleintje; grijpers, handschoenen en koffie zijn er. Om 12:30 soep bij Café Lombok.

Ook: bewonersavond over de herinrichting van de Kanaalstraat op dinsdag 2 april, 19:30 in het buurthuis.

Groet,
Het bestuur""", 'neighbourhood:association')
E('vluchtelingenwerk', '2024-01-30 11:00', 'VluchtelingenWerk Nederland <donateurs@vluchtelingenwerk.nl>', 'Bedankt voor je steun in 2023',
  """Beste Lotte,

Dank je wel voor je maandelijkse donatie in 2023. Je jaaroverzicht voor de belastingaangifte staat klaar op Mijn VluchtelingenWerk.

Totaal gedoneerd in 2023: € 120,00

Met hartelijke groet,
VluchtelingenWerk Nederland""", 'charity:annual-statement', html=True, color='#e2001a')
E('swapfiets', '2024-04-24 16:45', 'Swapfiets <hello@swapfiets.nl>', 'Je fiets is weer als nieuw 🔧',
  """Hoi Lotte,

Je Swapfiets is vandaag gerepareerd in onze store aan de Vredenburg: nieuwe achterband en remblokken. Geen kosten, dat zit in je abonnement.

Fijne rit!
Team Swapfiets""", 'app:bike-subscription', html=True, color='#2a6ebb')
E('mam-verjaardag-pap', '2024-05-29 09:00', MAM := 'Ineke Verhoeven <ineke.verhoeven@ziggo.nl>', 'Papa 65!',
  """Hallo kinderen,

Papa wordt 65 op 22 juni. We willen het vieren met een etentje in Restaurant De Hoefslag in Bosch en Duin, zondag 23 juni om 17.00 uur. Jullie partners zijn natuurlijk ook welkom. En Mila!

Niets tegen papa zeggen, het is een verrassing.

Liefs,
Mam""", 'personal:family', to='Lotte Verhoeven <lotte.verhoeven.utr@gmail.com>, Femke Verhoeven <femke.verhoeven@kpnmail.nl>',
  legacy=True, charset='windows-1252')
E('mam-verjaardag-pap-re', '2024-05-29 12:48', ME, 'Re: Papa 65!',
  """Wat leuk mam! Wij zijn er. Ik denk dat ik dan net mijn laatste week bij Tuinhuys heb, dus het is meteen een mooi feestje.

Zullen Femke en ik samen een cadeau regelen?

Liefs""", 'personal:family', to='Ineke Verhoeven <ineke.verhoeven@ziggo.nl>', cc='Femke Verhoeven <femke.verhoeven@kpnmail.nl>',
  reply_to='mam-verjaardag-pap', quote='nl')
