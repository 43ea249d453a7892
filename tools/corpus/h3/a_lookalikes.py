"""Mailbox A: hand-written look-alikes (all not_job)."""
from common import M, NJ, make_ics, TZ
import datetime
from a_jobs import ME, ME_ADDR, OLD

L = []
add = L.append

add(M('pararius-reactie', '2024-01-18 22:14', 'Pararius <noreply@pararius.nl>', ME,
      'Je reactie op Appartement Amsterdamsestraatweg in Utrecht is verstuurd',
      """Beste Lotte Verhoeven,

Je reactie op onderstaande woning is verstuurd naar de makelaar.

Appartement Amsterdamsestraatweg
3513 AB Utrecht (Pijlsweerd-Noord)
€ 1.695 per maand · 74 m² · 3 kamers

Aangeboden door: Stadsplein Verhuurmakelaars

Je bericht:
"Goedenavond, mijn partner en ik (beiden vast contract, samen ruim 4x de huur) zijn erg geïnteresseerd in dit appartement. We zouden graag komen kijken. Groet, Lotte Verhoeven en Thijs Brouwer"

De makelaar neemt contact met je op als je bent geselecteerd voor een bezichtiging. Door het grote aantal reacties lukt het de makelaar niet altijd om iedereen te antwoorden.

Succes met je zoektocht!
Team Pararius""",
      NJ('lookalike:rental-reaction'), html=True, brand='pararius', color='#2a6f97'))

add(M('makelaar-bezichtiging', '2024-01-23 16:02', 'Stadsplein Verhuurmakelaars <verhuur@stadspleinmakelaars.nl>', ME,
      'Uitnodiging bezichtiging Amsterdamsestraatweg 211-bis',
      """Beste mevrouw Verhoeven,

Naar aanleiding van uw reactie nodigen wij u graag uit voor een bezichtiging van de woning aan de Amsterdamsestraatweg 211-bis te Utrecht.

Datum: zaterdag 27 januari 2024
Tijd: 11:40 uur (groepsbezichtiging, 15 minuten)

Wij verzoeken u om de volgende documenten mee te nemen of uiterlijk na de bezichtiging te mailen:
- kopie geldig legitimatiebewijs (BSN doorgestreept)
- werkgeversverklaring
- laatste drie loonstroken
- verhuurdersverklaring van uw huidige verhuurder

Kunt u niet aanwezig zijn? Laat het ons dan uiterlijk vrijdag 12:00 uur weten, zodat wij de plek aan een andere kandidaat kunnen geven.

Met vriendelijke groet,
Team Verhuur
Stadsplein Verhuurmakelaars
Biltstraat 40, Utrecht""",
      NJ('lookalike:rental-viewing-invite'), mid='exch:AM6'))

add(M('makelaar-afwijzing', '2024-02-02 10:48', 'Stadsplein Verhuurmakelaars <verhuur@stadspleinmakelaars.nl>', ME,
      'Amsterdamsestraatweg 211-bis – uitslag',
      """Beste mevrouw Verhoeven,

Hartelijk dank voor uw interesse in de woning aan de Amsterdamsestraatweg 211-bis en voor uw komst naar de bezichtiging.

Wij hebben veel reacties ontvangen. De verhuurder heeft inmiddels een keuze gemaakt en helaas is de woning niet aan u toegewezen. Wij hebben gekozen voor een andere kandidaat.

Wij wensen u veel succes met het vinden van een passende woning. Nieuwe woningen van ons kantoor vindt u op pararius.nl en op onze website.

Met vriendelijke groet,
Team Verhuur
Stadsplein Verhuurmakelaars""",
      NJ('lookalike:rental-rejection'), mid='exch:AM6'))

add(M('marktplaats-bericht', '2024-01-26 19:33', 'Marktplaats <noreply@marktplaats.nl>', ME,
      "Nieuw bericht over 'Vintage Gazelle damesfiets 57cm'",
      """Hoi Lotte,

Je hebt een nieuw bericht van Pieter_B over je advertentie 'Vintage Gazelle damesfiets 57cm'.

"Hoi, is deze nog beschikbaar? Ik zou donderdagavond na 19 uur kunnen komen kijken in Lombok. Werken de versnellingen nog allemaal?"

Beantwoord het bericht: https://www.marktplaats.nl/messages/conv/4b2e91f0a7

Let op: Marktplaats vraagt je nooit om via een link te betalen of je bankgegevens in te vullen.

Groet,
Marktplaats""",
      NJ('lookalike:marketplace-message'), html=True, brand='Marktplaats', color='#eda566'))

add(M('marktplaats-bod', '2024-01-27 13:05', 'Marktplaats <noreply@marktplaats.nl>', ME,
      'Je hebt een bod ontvangen van € 140,00',
      """Hoi Lotte,

Er is een bod gedaan op je advertentie 'Vintage Gazelle damesfiets 57cm'.

Bod: € 140,00
Door: Sanne_utr
Je vraagprijs: € 175,00

Je kunt het bod accepteren, een tegenbod doen of het bericht negeren.
Bekijk het bod: https://www.marktplaats.nl/my-account/sell/ads/m2073361198

Groet,
Marktplaats""",
      NJ('lookalike:marketplace-offer'), html=True, brand='Marktplaats', color='#eda566'))

add(M('duo-llk-ontvangen', '2024-02-15 10:22', 'DUO <noreply@duo.nl>', ME,
      'We hebben je aanvraag ontvangen',
      """Beste Lotte Verhoeven,

We hebben je aanvraag voor levenlanglerenkrediet ontvangen.

Je hebt levenlanglerenkrediet aangevraagd voor:
Opleiding: Post-hbo Data-gedreven Marketing
Onderwijsinstelling: Hogeschool Utrecht
Ingangsdatum: 1 april 2024

Wat gebeurt er nu?
We controleren je aanvraag. Binnen 8 weken ontvang je van ons een beslissing. Deze beslissing staat in Mijn DUO. Je krijgt een e-mail zodra er een nieuw bericht voor je klaarstaat.

Heb je vragen? Kijk dan op duo.nl of bel ons op 050 599 77 55.

Met vriendelijke groet,
Dienst Uitvoering Onderwijs
Ministerie van Onderwijs, Cultuur en Wetenschap

Dit bericht kun je niet beantwoorden.""",
      NJ('lookalike:duo-application-received'), html=True, brand='DUO', color='#154273'))

add(M('duo-llk-toegekend', '2024-03-01 08:10', 'DUO <noreply@duo.nl>', ME,
      'Er staat een nieuw bericht voor je klaar in Mijn DUO',
      """Beste Lotte Verhoeven,

Er staat een nieuw bericht voor je klaar in Mijn DUO: Beslissing levenlanglerenkrediet.

Je aanvraag is goedgekeurd. Je ontvangt vanaf april je collegegeldkrediet. Bekijk de beslissing en de bedragen in Mijn DUO:
https://duo.nl/particulier/mijn-duo

Log in met DigiD.

Met vriendelijke groet,
Dienst Uitvoering Onderwijs""",
      NJ('lookalike:duo-approval'), html=True, brand='DUO', color='#154273'))

add(M('sophie-haar-gesprek', '2024-02-22 21:51', 'Sophie Jansen <sophiejansen88@gmail.com>', ME,
      'mijn gesprek bij die bank 🙈',
      """Lot!!

Ik moet je even bijpraten want je gelooft het niet. Vandaag dus dat eerste gesprek bij die bank op de Zuidas. Zat ik daar met twee managers en een psycholoog (!!) en de eerste vraag was: "als je een dier zou zijn, welk dier ben je dan". Ik zei een otter, geen idee waarom. Ze schreven het echt op.

Daarna ging het eigenlijk best goed hoor, ze waren enthousiast over mijn ervaring met compliance en ik mag volgende week terugkomen voor een assessment-dag. Ik ben alleen bang dat het een heel log bedrijf is. Jij zit toch ook midden in dat circus, hoe gaat het bij jou?

Zaterdag koffie? Dan vertel ik je het hele otter-verhaal met gebaren.

x Sophie""",
      NJ('lookalike:friend-tells-own-interview')))

add(M('sophie-reactie', '2024-02-23 08:02', ME, 'Sophie Jansen <sophiejansen88@gmail.com>',
      'Re: mijn gesprek bij die bank 🙈',
      """HAHA een otter. Ik had waarschijnlijk 'een luiaard' gezegd en was meteen naar huis gestuurd.

Gefeliciteerd met de tweede ronde! Zaterdag koffie is goed, 10:30 bij Bagels & Beans op de Twijnstraat? Bij mij gaat het wel: volgende week mijn eerste echte gesprek (bij een fietsenbedrijf!), verder vooral brieven sturen en wachten. Vertel ik je zaterdag.

xx""",
      NJ('lookalike:own-mail-to-friend-about-search'), reply_to='sophie-haar-gesprek', quote='nl'))

add(M('trello-recruitee-kaart', '2024-02-27 14:40', 'Trello <do-not-reply@trello.com>', ME,
      'Daan Bos heeft je toegevoegd aan de kaart Recruitee careers-widget op werkenbij-pagina',
      """Daan Bos heeft je toegevoegd aan de kaart "Recruitee careers-widget op werkenbij-pagina" op het bord Website Kroos 2024.

Beschrijving:
Vacatures komen nu dubbel in beeld omdat de oude Homerun-embed nog op /werken-bij staat. Recruitee-widget (careers site API) koppelen, styling gelijk trekken met de rest van de site en de oude embed weghalen. Lotte: kun jij de teksten boven de vacaturelijst herschrijven?

Checklist (1/4):
[x] API-key Recruitee aanvragen
[ ] Widget inbouwen op staging
[ ] Teksten werkenbij-pagina (Lotte)
[ ] Oude embed verwijderen

Vervaldatum: 8 maart

Bekijk de kaart: https://trello.com/c/Qx8rT2vL/41-recruitee-careers-widget-op-werkenbij-pagina

Je ontvangt deze e-mail omdat je lid bent van deze kaart. Meldingsvoorkeuren wijzigen: https://trello.com/my/settings""",
      NJ('lookalike:work-tool-ats-integration:trello', ), html=True, color='#0079bf'))

add(M('slack-homerun-koppeling', '2024-03-26 11:03', 'Slack <notification@slack.com>', ME,
      '[Slack] Nieuw bericht van Daan Bos in #website',
      """Je hebt een nieuwe vermelding in Kroos Kombucha.

#website
Daan Bos 10:58
@Lotte de sollicitaties via het formulier komen sinds de overstap niet meer in Recruitee binnen 😬 Gisteren heeft iemand gesolliciteerd op de vacature brouwer en die staat nergens. Kan jij even kijken of het aan de formulierinstellingen ligt? Ik denk dat de webhook nog naar Homerun wijst.

Bekijk in Slack: https://kroos-kombucha.slack.com/archives/C04R2K9M1UX/p1711446832

Je ontvangt deze e-mails omdat je meldingen per e-mail hebt ingeschakeld wanneer je niet actief bent. Voorkeuren wijzigen: https://kroos-kombucha.slack.com/account/notifications
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105""",
      NJ('lookalike:slack-ats-notification', ), html=True, color='#4a154b', mid='slack.com'))

add(M('merkwaardig-podcast', '2024-03-05 07:00', 'Merkwaardig <nieuwsbrief@merkwaardig.nl>', ME,
      'Podcast: een interview met de CMO die haar eigen merk om zeep hielp (en weer redde)',
      """MERKWAARDIG · Week 10

In de podcast
Een openhartig interview met Eva Sturkenboom, CMO van een bekend Nederlands snoepmerk. Ze vertelt hoe een rebranding in 2021 volledig mislukte, waarom ze de oude verpakking terugbracht en wat ze daarvan leerde over 'merkgeheugen'. Luister via Spotify of Apple Podcasts (42 min).

Verder deze week
- Retail media: hype of het nieuwe zoekadvertentiekanaal?
- 'Stop met personas.' Een column van Bart Groenendijk
- Case: hoe een Friese zuivelcoöperatie TikTok gebruikt om jonge boeren te werven
- Vacaturebank: 6 nieuwe marketingfuncties (bekijk op onze site)

Lees alles op merkwaardig.nl

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op merkwaardig.nl. Afmelden kan hier: https://merkwaardig.nl/afmelden""",
      NJ('lookalike:newsletter-interview'), html=True, brand='MERKWAARDIG', color='#d6336c'))

add(M('carrierewijzer-tips', '2024-03-15 12:00', 'Carrièrewijzer <nieuwsbrief@carrierewijzer.nl>', ME,
      '7 vragen die je kunt verwachten in een sollicitatiegesprek',
      """Carrièrewijzer · Vrijdag 15 maart

7 vragen die je kunt verwachten in een sollicitatiegesprek (en hoe je ze beantwoordt)
"Wat is je grootste zwakte?" Je weet dat hij komt. Toch slaan veel kandidaten dicht. Loopbaancoach Mireille Hagenaars legt uit wat een recruiter eigenlijk wil horen, van "vertel eens iets over jezelf" tot "waarom wil je hier weg?".

Ook in deze nieuwsbrief
- Salarisonderhandeling: zo vraag je om meer zonder dat het ongemakkelijk wordt
- Wat zet je wel en niet op LinkedIn als je stiekem zoekt?
- Column: de tweede ronde is geen herhaling van de eerste

Lees verder op carrierewijzer.nl

Je ontvangt deze e-mail omdat je je hebt ingeschreven voor de nieuwsbrief van Carrièrewijzer. Uitschrijven: https://carrierewijzer.nl/uitschrijven""",
      NJ('lookalike:newsletter-interview-tips'), html=True, brand='Carrièrewijzer', color='#00897b'))

add(M('iris-tweede-gesprek', '2024-03-26 22:17', ME, 'Iris van den Berg <iris.vdberg@outlook.com>',
      'tweede gesprek!!!',
      """Iris!!

Ik kon het niet meer voor me houden: ik mag op 3 april terugkomen bij de brouwerij voor een tweede gesprek. En ik moet een case maken over een lancering, precies mijn ding. Ik mag er niks over zeggen maar het is een bier 🤫

Kan ik je volgende week een keer mijn slides laten zien? Jij bent veel beter in presenteren dan ik. Ik trakteer op pizza.

Liefs,
Lot""",
      NJ('lookalike:own-mail-to-friend-about-search')))

add(M('trapp-research', '2024-04-03 13:15', 'Team Trapp <research@trapp.bike>', ME,
      'Doe mee aan een interview van 30 minuten (en krijg €25)',
      """Hoi Lotte,

Je gebruikt Trapp al een tijdje om door Utrecht te fietsen, en daar zijn we blij mee! We werken aan een nieuwe versie van de app en willen graag van jou horen wat beter kan.

Doe je mee aan een online interview van 30 minuten met een van onze designers? Als bedankje krijg je €25 ritkrediet.

Plan hier zelf een moment in: https://calendly.com/trapp-research/gebruikersinterview

Er zijn geen goede of foute antwoorden, we zijn gewoon benieuwd hoe jij de app gebruikt.

Groetjes,
Milou
UX Research, Trapp""",
      NJ('lookalike:user-research-invite'), html=True, brand='trapp', color='#00b386'))

add(M('trapp-calendly', '2024-04-04 19:48', 'Calendly <notifications@calendly.com>', ME,
      'Confirmed: Gebruikersinterview Trapp with Milou van Dam on Tuesday, April 9, 2024',
      """Hi Lotte Verhoeven,

Your event has been scheduled.

Event Type:
Gebruikersinterview Trapp (30 min)

Event Date/Time:
17:30 - 18:00 (Central European Time) on Tuesday, April 9, 2024

Location:
Google Meet – https://meet.google.com/nbe-ryqz-kfa

Questions:
Hoe vaak gebruik je Trapp per week?
2-3 keer, meestal naar Utrecht Centraal

Cancel: https://calendly.com/cancellations/a13c0e57-5fd0-4a0b-9d0e-1e7c3a9b66f2
Reschedule: https://calendly.com/reschedulings/a13c0e57-5fd0-4a0b-9d0e-1e7c3a9b66f2

Powered by Calendly.com""",
      NJ('lookalike:user-research-calendly', ), tz='utc', html=True, color='#006bff', mid='calendly.com'))

add(M('fonk-aanbod', '2024-04-18 18:00', 'Fonk Wonen <hallo@fonkwonen.nl>', ME,
      'Lotte, je persoonlijke aanbod verloopt vanavond ⏰',
      """Hoi Lotte,

Je hebt de Fonk Bank Lola (3-zits, oker) nog in je winkelmand staan. Goed nieuws: we hebben een aanbod speciaal voor jou.

✔ 15% korting op de Lola
✔ Gratis bezorging en montage
✔ 100 nachten proefzitten

Dit aanbod is geldig tot vanavond 23:59. Gebruik code LOLA15 bij het afrekenen.

Bekijk je aanbod: https://www.fonkwonen.nl/winkelmand

Liefs,
Team Fonk

Afmelden voor deze e-mails: https://www.fonkwonen.nl/uitschrijven""",
      NJ('lookalike:retail-offer'), html=True, brand='FONK', color='#b5651d'))

add(M('belastingdienst-aangifte', '2024-04-20 15:31', 'Belastingdienst <noreply@belastingdienst.nl>', ME,
      'Uw aangifte inkomstenbelasting 2023 is ontvangen',
      """Geachte mevrouw Verhoeven,

Wij hebben uw aangifte inkomstenbelasting 2023 ontvangen op 20 april 2024.

Wat gebeurt er nu?
Wij behandelen uw aangifte. U ontvangt binnen 3 maanden een (voorlopige) aanslag. Verwacht u geld terug? Dan ontvangt u dit meestal binnen 3 maanden na ontvangst van de aanslag.

U kunt de status van uw aangifte bekijken in Mijn Belastingdienst. Log in met DigiD via www.belastingdienst.nl.

Let op: de Belastingdienst vraagt u nooit per e-mail om betaalgegevens of inloggegevens.

Met vriendelijke groet,
Belastingdienst""",
      NJ('lookalike:tax-return-received'), html=True, brand='Belastingdienst', color='#154273'))

add(M('filmnachten-aanmelding', '2024-04-24 21:06', 'Filmnachten Utrecht <vrijwilligers@filmnachtenutrecht.nl>', ME,
      'Bedankt voor je aanmelding als vrijwilliger!',
      """Hoi Lotte,

Super dat je je hebt aangemeld als vrijwilliger voor Filmnachten Utrecht 2024 (5 t/m 15 september)!

Je voorkeuren:
1. Publiekszaken / kassa
2. Social media-team
3. Gastenbegeleiding

Alle aanmeldingen worden begin mei bekeken door de vrijwilligerscoördinatoren. Daarna nodigen we je uit voor een korte kennismaking, zodat we je op de juiste plek kunnen inzetten.

Tot snel!
Team Vrijwilligers Filmnachten Utrecht""",
      NJ('lookalike:volunteer-application'), html=True, brand='Filmnachten Utrecht', color='#7b1fa2'))

add(M('filmnachten-kennismaking', '2024-05-02 10:37', 'Rosa de Wit <rosa@filmnachtenutrecht.nl>', ME,
      'Uitnodiging voor een kennismakingsgesprek (vrijwilligers social media)',
      """Hoi Lotte,

Leuk dat je je hebt aangemeld! Ik coördineer dit jaar het social media-team en ik zag dat je in de marketing werkt, dat komt heel goed uit.

Ik zou graag even kennismaken, een kwartiertje via video of bij ons op kantoor in de Hoogt. Zou dinsdag 14 mei om 19:00 uur (online) je schikken? Dan vertel ik je hoe het team werkt en wat we van je verwachten tijdens het festival (twee of drie diensten).

Groetjes,
Rosa de Wit
Coördinator social media-vrijwilligers
Filmnachten Utrecht""",
      NJ('lookalike:volunteer-intake-invite')))

add(M('ing-creditcard', '2024-05-16 12:04', 'ING <noreply@ing.nl>', ME,
      'Je aanvraag voor een Creditcard is goedgekeurd',
      """Beste mevrouw Verhoeven,

Goed nieuws: je aanvraag voor een ING Creditcard is goedgekeurd.

Je creditcard wordt binnen 5 werkdagen naar je huisadres gestuurd. De pincode ontvang je in een aparte brief. Je bestedingslimiet is € 2.500.

Zodra je de creditcard hebt ontvangen, kun je deze activeren in de ING App onder 'Profiel' > 'Kaarten'.

Met vriendelijke groet,
ING

Dit is een automatisch verstuurd bericht. Je kunt hier niet op reageren.""",
      NJ('lookalike:credit-card-application-approved'), html=True, brand='ING', color='#ff6200'))

add(M('huurwoningen-reactie', '2024-05-28 20:55', 'Huurwoningen.nl <info@huurwoningen.nl>', ME,
      'Je reactie is ontvangen – Kanaalweg 41, Utrecht',
      """Hallo Lotte,

Bedankt voor je reactie op de huurwoning Kanaalweg 41 in Utrecht (€ 1.850 p/m, 82 m²).

Je staat op plaats 23 van de 61 reacties. De verhuurder selecteert zelf welke kandidaten worden uitgenodigd voor een bezichtiging. Als je wordt uitgenodigd, krijg je daar een e-mail over.

Tip: met een Premium-account reageer je als een van de eersten op nieuwe woningen.

Met vriendelijke groet,
Huurwoningen.nl""",
      NJ('lookalike:rental-reaction'), html=True, brand='Huurwoningen.nl', color='#e4572e'))
