"""Mailbox B: everyday automated mail (bank, shops, moving, utilities, subscriptions, newsletters, promos)."""
from common import M, NJ, tiny_pdf
from b_jobs import ME, ME_ADDR, OLD

S = []
def E(key, when, frm, subj, body, kind, to=ME, lang='nl', **kw):
    kw.setdefault('html', True)
    S.append(M(key, when, frm, to, subj, body, NJ(kind, lang), **kw))

# ---------------------------------------------------------------- Rabobank
RABO = 'Rabobank <noreply@rabobank.nl>'
for i, (when, subj, body) in enumerate([
    ('2024-09-06 07:00', 'Je salaris is bijgeschreven', 'Op je betaalrekening NL12 RABO •••• 4471 is een bedrag bijgeschreven van Stichting Ziekenhuis De IJsselhof. Bekijk de details in de Rabo App.'),
    ('2024-10-01 06:10', 'Nieuw: je jaaroverzicht hypotheek? Nee, je rente-overzicht spaarrekening', 'Je rente-overzicht over het 3e kwartaal staat klaar in Rabo Online Bankieren. Rente ontvangen: € 21,38.'),
    ('2024-11-14 12:31', 'Betaalverzoek betaald', 'Je betaalverzoek "Verhuisdozen Marktplaats" van € 30,00 is betaald door J. van der Zee.'),
    ('2024-12-09 15:02', 'Adreswijziging verwerkt', 'Je nieuwe adres is verwerkt: Jonker Fransstraat 61-A, 3031 AS Rotterdam. Je nieuwe pas wordt niet automatisch verstuurd; je huidige pas blijft geldig.'),
    ('2025-01-24 07:00', 'Je salaris is bijgeschreven', 'Op je betaalrekening NL12 RABO •••• 4471 is een bedrag bijgeschreven van Stichting Stadsziekenhuis Kralingen. Bekijk de details in de Rabo App.'),
    ('2025-01-31 06:00', 'Je maandoverzicht januari staat klaar', 'Je maandoverzicht voor januari 2025 staat klaar in Rabo Online Bankieren en in de app onder "Documenten".'),
]):
    if i == 1:
        subj = 'Je rente-overzicht staat klaar'
    E('rabo-%d' % i, when, RABO, subj, 'Beste heer Demir,\n\n%s\n\nMet vriendelijke groet,\nRabobank\n\nLet op: de Rabobank vraagt je nooit om via een link in te loggen of je pas op te sturen.' % body,
      'bank:rabobank', color='#000099', brand='Rabobank')
TK = 'Tikkie <noreply@tikkie.me>'
for i, (when, who, amount, what) in enumerate([
    ('2024-09-14 23:05', 'Emre', '16,00', 'padel zaterdag'),
    ('2024-10-20 18:40', 'Anouk', '8,50', 'cadeau Henk 25 jaar in dienst'),
    ('2024-12-21 10:02', 'Roel', '25,00', 'afscheid Yusuf - taart & ballonnen (jij betaalt niet mee!! alleen Sarah grapje)'),
]):
    E('tikkie-b-%d' % i, when, TK, '%s heeft je een Tikkie gestuurd' % who,
      "Hoi!\n\n%s heeft je een Tikkie gestuurd voor '%s'.\n\nBedrag: € %s\n\nBetaal via: https://tikkie.me/pay/%s\n\nDeze Tikkie is 14 dagen geldig." % (who, what, amount, ['Pq2Lm8', 'Xr7Tz1', 'Kd4Wn6'][i]),
      'payments:tikkie', color='#3c3c96', brand='Tikkie')

# ---------------------------------------------------------------- shops
for i, (when, frm, subj, body, kind, color) in enumerate([
    ('2024-09-10 20:14', 'bol.com <automail@bol.com>', 'Bedankt voor je bestelling (1004119882)',
     'Bestelnummer: 1004119882\n- 1x Littmann Classic III stethoscoop, burgundy – € 99,00\n- 1x Nijntje puzzelboek – € 9,99\n\nTotaal: € 108,99\nVerwachte bezorging: morgen', 'shopping:order-confirmation', '#0000a4'),
    ('2024-11-09 11:30', 'bol.com <automail@bol.com>', 'Bedankt voor je bestelling (1004503271)',
     'Bestelnummer: 1004503271\n- 1x Verhuisdozen extra stevig (30 stuks) – € 54,99\n- 1x Kabelbinders + markers set – € 12,49\n\nTotaal: € 67,48\nVerwachte bezorging: maandag', 'shopping:order-confirmation', '#0000a4'),
    ('2024-12-14 21:40', 'bol.com <automail@bol.com>', 'Bedankt voor je bestelling (1004881903)',
     'Bestelnummer: 1004881903\n- 1x Philips boormachine + bitset – € 89,99\n- 1x Gordijnroede 200 cm zwart – € 29,95\n\nTotaal: € 119,94\nBezorgadres: Jonker Fransstraat 61-A, Rotterdam', 'shopping:order-confirmation', '#0000a4'),
    ('2024-11-21 19:10', 'Coolblue <bestelling@coolblue.nl>', 'Je bestelling 94412273 is bevestigd',
     'Bedankt voor je bestelling!\n\n1x Bosch Serie 4 wasmachine WGG14407NL – € 549,00\nBezorgen en aansluiten op je nieuwe adres: dinsdag 17 december\nMeenemen oude wasmachine: ja\n\nTotaal: € 569,00', 'shopping:order-confirmation', '#0090e3'),
    ('2024-12-16 18:00', 'Coolblue <bezorging@coolblue.nl>', 'Morgen bezorgen we je wasmachine',
     'Hoi Yusuf,\n\nMorgen tussen 13:10 en 15:40 komen Bas en Mo je Bosch-wasmachine bezorgen en aansluiten. Zorg dat de kraan en de afvoer bereikbaar zijn.', 'shipping:delivery-notice', '#0090e3'),
    ('2024-11-30 12:44', 'IKEA <noreply@ikea.nl>', 'Orderbevestiging 1187392201',
     'Hej Yusuf,\n\nBedankt voor je bestelling.\n\n1x KURA omkeerbaar bed – € 199,00\n1x PAX kledingkast 150x58x236 – € 431,00\n1x TROFAST opbergcombinatie – € 64,00\n\nBezorging: vrijdag 13 december (ophalen in Barendrecht niet gekozen)\nTotaal incl. bezorging: € 743,00', 'shopping:order-confirmation', '#0058a3'),
    ('2024-12-12 17:30', 'IKEA <noreply@ikea.nl>', 'Je bestelling wordt morgen bezorgd',
     'Je bestelling 1187392201 wordt morgen bezorgd tussen 07:00 en 11:00. Je ontvangt een sms met een nauwkeuriger tijdvak.', 'shipping:delivery-notice', '#0058a3'),
    ('2024-10-12 10:20', 'Wehkamp <service@wehkamp.nl>', 'Je bestelling is onderweg',
     'Hoi Yusuf,\n\nJe bestelling is onderweg!\n- Tommy Hilfiger winterjas heren, navy, maat L\n- Nike Air Max kinderschoen, maat 24\n\nBezorging: morgen door PostNL.', 'shopping:shipping', '#ff3366'),
    ('2024-12-20 08:10', 'HEMA <webshop@hema.nl>', 'Je fotoboek is verzonden',
     'Hoi Yusuf,\n\nJe fotoboek "Zwolle 2019-2024" (A4 liggend, 60 pagina\'s) is verzonden. Je ontvangt het binnen 2 werkdagen.', 'shopping:shipping', '#e30613'),
]):
    E('shop-b-%02d' % i, when, frm, subj, body + '\n\nGroeten,\nDe klantenservice', kind, color=color)

PNL = 'PostNL <noreply@notificatie.postnl.nl>'
for i, (when, sender, window, adres) in enumerate([
    ('2024-09-11 07:55', 'bol.com', 'vandaag tussen 13:40 en 15:40', 'Assendorperstraat 88, Zwolle'),
    ('2024-10-13 08:20', 'Wehkamp', 'vandaag tussen 16:05 en 18:05', 'Assendorperstraat 88, Zwolle'),
    ('2024-11-11 07:47', 'bol.com', 'vandaag tussen 10:15 en 12:15', 'Assendorperstraat 88, Zwolle'),
    ('2024-12-21 08:33', 'HEMA', 'vandaag tussen 14:20 en 16:20', 'Jonker Fransstraat 61-A, Rotterdam'),
]):
    E('postnl-b-%d' % i, when, PNL, 'Je pakket van %s komt %s' % (sender, window.split(' tussen')[0]),
      'Hallo,\n\nJe pakket van %s komt %s.\n\nBezorgadres: %s\nTrack & Trace: 3SKAB%08d\n\nNiet thuis? Kies in de PostNL-app een andere dag of een PostNL-punt.\n\nMet vriendelijke groet,\nPostNL' % (sender, window, adres, 40019227 + i * 7919),
      'shipping:postnl', color='#ff6200')
E('postnl-verhuisservice', '2024-11-27 10:00', 'PostNL <noreply@postnl.nl>', 'Je Verhuisservice is geactiveerd',
  """Beste heer Demir,

Je PostNL Verhuisservice is geactiveerd. Vanaf 14 december 2024 sturen wij de post voor Y. Demir, S. de Boer en E. Demir van Assendorperstraat 88, Zwolle door naar Jonker Fransstraat 61-A, Rotterdam.

Looptijd: 1 jaar.

Met vriendelijke groet,
PostNL""", 'moving:mail-forwarding', color='#ff6200')
E('dhl-pakket', '2024-10-08 09:12', 'DHL eCommerce <noreply@dhl.com>', 'Je zending van Zalando komt vandaag',
  'Je zending JVGL0601938201 van Zalando wordt vandaag bezorgd tussen 17:30 en 20:30.\n\nVolg je zending: https://my.dhlecommerce.nl/',
  'shipping:dhl', color='#ffcc00')

# ---------------------------------------------------------------- groceries & food
JUMBO = 'Jumbo <bezorging@jumbo.com>'
for i, (when, slot, total) in enumerate([
    ('2024-09-19 21:10', 'zaterdag 21 september, 09:00 - 10:00', '94,37'),
    ('2024-10-24 20:55', 'vrijdag 25 oktober, 18:00 - 19:00', '78,10'),
    ('2024-12-15 19:20', 'maandag 16 december, 19:00 - 20:00', '131,88'),
    ('2025-01-10 21:02', 'zaterdag 11 januari, 10:00 - 11:00', '102,45'),
]):
    E('jumbo-%d' % i, when, JUMBO, 'Bevestiging van je bestelling voor %s' % slot.split(',')[0],
      'Hoi Yusuf,\n\nBedankt voor je bestelling! We bezorgen op %s.\n\nTotaalbedrag (indicatie): € %s\n\nJe kunt tot 22:00 uur de avond ervoor nog producten toevoegen.\n\nTot dan!\nJumbo' % (slot, total),
      'shopping:groceries', color='#fdc513', brand='Jumbo')
TB = 'Thuisbezorgd.nl <info@thuisbezorgd.nl>'
for i, (when, rest, items, total) in enumerate([
    ('2024-09-27 19:40', 'Lahmacun Paradise Zwolle', '2x Lahmacun, 1x Adana dürüm, 1x Ayran', '24,50'),
    ('2024-12-14 20:12', 'New York Pizza Kralingen', '2x Medium Margherita, 1x Garlic bread', '29,98'),
    ('2025-01-18 18:55', 'Surinaams Eethuis Mi Gudu', '1x Roti kip, 1x Bara, 1x Moksi meti', '27,80'),
]):
    E('tb-b-%d' % i, when, TB, 'Bedankt voor je bestelling bij %s' % rest,
      'Hoi Yusuf,\n\nJe bestelling is ontvangen door %s.\n\n%s\nTotaal: € %s\n\nVerwachte bezorgtijd: 30-45 minuten.\n\nEet smakelijk!' % (rest, items, total),
      'shopping:food-delivery', color='#ff8000', brand='Thuisbezorgd.nl')

# ---------------------------------------------------------------- transport & car
E('ns-b-1', '2024-09-26 21:40', 'NS <noreply@ns.nl>', 'Je e-ticket: Zwolle – Rotterdam Centraal',
  'Beste Yusuf Demir,\n\nJe e-ticket:\nZwolle → Rotterdam Centraal, donderdag 10 oktober 2024\nEnkele reis, 2e klas, 40% korting\nPrijs: € 17,76\n\nLaat je ticket zien in de NS-app of print deze e-mail.', 'transport:train-ticket', color='#003082', brand='NS')
E('ns-b-2', '2024-12-23 15:10', 'NS <noreply@ns.nl>', 'Je abonnement Dal Voordeel is opgezegd', 'Beste Yusuf Demir,\n\nJe abonnement Dal Voordeel stopt op 31 december 2024. Je OV-chipkaart blijft geldig om mee te reizen op saldo.', 'transport:subscription', color='#003082', brand='NS')
E('ret-ovpas', '2025-01-03 13:22', 'RET <klantenservice@ret.nl>', 'Welkom bij RET: je Maandabonnement Rotterdam',
  'Beste Yusuf,\n\nJe RET Maandabonnement (zone Rotterdam) is geactiveerd op je OV-chipkaart vanaf 6 januari 2025. Je betaalt € 96,00 per maand via automatische incasso.\n\nGoede reis!\nRET', 'transport:public-transport', color='#e3001b', brand='RET')
E('anwb-apk', '2024-10-03 09:00', 'ANWB <noreply@anwb.nl>', 'Je APK verloopt binnenkort',
  'Beste heer Demir,\n\nDe APK van je auto met kenteken K-781-RT verloopt op 2 november 2024. Maak op tijd een afspraak bij een ANWB Autokeuring of je eigen garage.\n\nMet vriendelijke groet,\nANWB', 'car:apk-reminder', color='#ffcc00', brand='ANWB')
E('garage-apk', '2024-10-15 16:44', 'Autobedrijf Van der Meulen <werkplaats@vdmeulenzwolle.nl>', 'Uw auto is klaar',
  'Beste heer Demir,\n\nUw Toyota Corolla (K-781-RT) is goedgekeurd voor de APK. Wij hebben ook de remblokken voor vervangen, zoals telefonisch besproken. Totaal: € 268,40.\n\nU kunt de auto tot 18:00 ophalen.\n\nAutobedrijf Van der Meulen', 'car:garage', html=False)
E('anwb-verzekering', '2024-12-10 10:05', 'ANWB <noreply@anwb.nl>', 'Adreswijziging autoverzekering verwerkt',
  'Beste heer Demir,\n\nWe hebben je nieuwe adres verwerkt. Door je verhuizing naar Rotterdam wijzigt je premie per 14 december 2024 van € 54,12 naar € 61,87 per maand.\n\nMet vriendelijke groet,\nANWB Verzekeren', 'insurance:car', color='#ffcc00', brand='ANWB')
E('yellowbrick', '2025-01-12 11:00', 'Yellowbrick <noreply@yellowbrick.nl>', 'Je parkeeractie is gestopt',
  'Je parkeeractie in Rotterdam (zone 1402 Kralingen-West) is gestopt.\nStart: 09:12 – Stop: 10:58\nKosten: € 7,29 + € 0,35 transactiekosten', 'car:parking', color='#fcc100')

# ---------------------------------------------------------------- utilities & telecom
E('odido-verhuizing', '2024-11-13 16:20', 'Odido <noreply@odido.nl>', 'Je verhuizing is ingepland',
  'Hoi Yusuf,\n\nWe verhuizen je internet en tv mee naar Jonker Fransstraat 61-A, Rotterdam.\nMonteur: woensdag 11 december 2024 tussen 08:00 en 13:00\nJe huidige aansluiting in Zwolle stopt op 14 december 2024.\n\nOdido', 'utility:internet-moving', color='#3a1a5c', brand='Odido')
E('odido-monteur', '2024-12-11 12:40', 'Odido <noreply@odido.nl>', 'Je internet is aangesloten 🎉', 'Hoi Yusuf,\n\nDe monteur heeft je internet en tv aangesloten. Je wifinaam en wachtwoord staan op de achterkant van je modem.\n\nOdido', 'utility:internet', color='#3a1a5c')
E('odido-factuur', '2025-01-06 06:30', 'Odido <factuur@odido.nl>', 'Je factuur van januari', 'Hoi Yusuf,\n\nJe factuur van januari staat klaar in Mijn Odido: € 64,50. We schrijven het rond 14 januari af.', 'utility:internet-invoice', color='#3a1a5c')
E('vattenfall-verhuizing', '2024-11-14 10:12', 'Vattenfall <klantenservice@vattenfall.nl>', 'We hebben je verhuizing ontvangen',
  'Beste heer Demir,\n\nWe leveren vanaf 6 december 2024 stroom en gas op je nieuwe adres Jonker Fransstraat 61-A in Rotterdam. Geef op de dag van de sleuteloverdracht je meterstanden door in de app.\n\nJe eindafrekening voor Assendorperstraat 88 ontvang je binnen 6 weken na 31 december.', 'utility:energy-moving', color='#ffda00', brand='Vattenfall')
E('vattenfall-meterstand', '2024-12-06 18:00', 'Vattenfall <klantenservice@vattenfall.nl>', 'Bedankt voor het doorgeven van je meterstanden',
  'Beste heer Demir,\n\nWe hebben je meterstanden voor Jonker Fransstraat 61-A ontvangen:\nStroom: 18422 kWh (normaal), 15610 kWh (dal)\nGas: 7731 m3', 'utility:energy', color='#ffda00')
E('vattenfall-eind', '2025-01-28 09:30', 'Vattenfall <klantenservice@vattenfall.nl>', 'Je eindafrekening Assendorperstraat 88',
  'Beste heer Demir,\n\nJe eindafrekening voor Assendorperstraat 88, Zwolle staat klaar. Je krijgt € 142,16 terug. We storten dit binnen 10 werkdagen.', 'utility:energy-final-bill', color='#ffda00')
E('zorgverzekeraar-b', '2024-11-12 09:00', 'Zorgverzekeraar VGZ <noreply@vgz.nl>', 'Je polis voor 2025 staat klaar',
  'Beste Yusuf Demir,\n\nJe nieuwe polis voor 2025 staat in Mijn VGZ. Je premie wordt € 152,95 per maand (basis + aanvullend Goed). Wil je overstappen naar een andere verzekering? Dat kan tot 31 december.\n\nMet vriendelijke groet,\nVGZ', 'insurance:health-policy', color='#59358c')
E('zorgverzekeraar-b2', '2024-12-04 09:00', 'Zorgverzekeraar VGZ <noreply@vgz.nl>', 'Adreswijziging verwerkt', 'Beste Yusuf Demir,\n\nWe hebben je nieuwe adres verwerkt voor jou, Sarah en Elif. Je polisblad wordt bijgewerkt.', 'insurance:health', color='#59358c')

# ---------------------------------------------------------------- government (non look-alike)
E('toeslagen-wijziging', '2024-12-18 08:20', 'Belastingdienst/Toeslagen <noreply@toeslagen.nl>', 'Wij hebben uw wijziging ontvangen',
  'Geachte heer Demir,\n\nWij hebben uw wijziging voor kinderopvangtoeslag ontvangen. U heeft een nieuwe kinderopvang doorgegeven (Kinderopvang De Boterbloem, LRK-nummer 218830471) per 6 januari 2025.\n\nU ontvangt binnen 8 weken een nieuwe beschikking.\n\nMet vriendelijke groet,\nBelastingdienst/Toeslagen', 'government:benefits-change', color='#154273', brand='Toeslagen')
E('mijnoverheid', '2024-10-28 07:45', 'MijnOverheid <noreply@mijnoverheid.nl>', 'U heeft nieuwe post in uw Berichtenbox',
  'Geachte heer Demir,\n\nEr staat nieuwe post voor u klaar in de Berichtenbox van MijnOverheid.\n\nAfzender: Gemeente Zwolle\nOnderwerp: Aanslag gemeentelijke belastingen – herinnering\n\nLog in met DigiD op mijn.overheid.nl', 'government:inbox-notification', color='#154273', brand='MijnOverheid')

# ---------------------------------------------------------------- subscriptions & accounts
E('netflix-b', '2024-09-14 18:00', 'Netflix <info@mailer.netflix.com>', 'Nieuw op Netflix: Monsters, en meer', 'Yusuf, er staat iets nieuws voor je klaar.\n\nMonsters: The Lyle and Erik Menendez Story\nNobody Wants This\nMaurice (nl)\n\nKijk nu: https://www.netflix.com/browse', 'subscription:netflix-newsletter', tz='utc', color='#e50914', brand='NETFLIX')
E('disney-b', '2024-10-05 05:00', 'Disney+ <disneyplus@mail.disneyplus.com>', 'Je betaling is ontvangen', 'Hoi Yusuf,\n\nBedankt! We hebben je betaling van € 10,99 voor Disney+ Standaard ontvangen.\n\nVolgende betaaldatum: 5 november 2024.', 'subscription:disney', tz='utc', color='#113ccf')
E('disney-b2', '2024-12-27 16:00', 'Disney+ <disneyplus@mail.disneyplus.com>', 'Nieuw: Vaiana 2 binnenkort op Disney+', 'Vanaf maart: Vaiana 2. Zet hem alvast op je lijst!', 'subscription:disney-newsletter', tz='utc', color='#113ccf', lang='nl')
E('spotify-wrapped', '2024-12-04 14:00', 'Spotify <no-reply@spotify.com>', 'Je Spotify Wrapped 2024 is er 🎁', 'Yusuf, je jaar in muziek staat klaar. Je luisterde 31.211 minuten, je topartiest was Tarkan en je topnummer "Kuzu Kuzu". En: je luisterde 44 uur naar "Kinderliedjes voor in de auto".\n\nBekijk je Wrapped in de app.', 'subscription:spotify', tz='utc', color='#1db954')
E('ms-security', '2024-10-19 02:12', 'Microsoft account-team <account-security-noreply@accountprotection.microsoft.com>', 'Ongebruikelijke aanmeldingsactiviteit', 'Microsoft-account\nOngebruikelijke aanmeldingsactiviteit\n\nWe hebben een ongebruikelijke aanmelding bij het Microsoft-account yu*****@outlook.com gedetecteerd.\n\nLand/regio: Nederland\nIP-adres: 84.105.22.**\nPlatform: iOS\nBrowser: Outlook voor iOS\n\nAls u dit was, kunt u dit bericht negeren.', 'account:security', tz='utc', color='#0067b8', mid='accountprotection.microsoft.com')
E('ms-storage', '2025-01-09 18:20', 'Microsoft Outlook <no-reply@microsoft.com>', 'Uw mailbox is bijna vol', 'Uw Outlook.com-mailbox gebruikt 13,6 GB van de 15 GB. Verwijder oude e-mails of bijlagen, of upgrade naar Microsoft 365 Basic voor 100 GB opslag.', 'account:storage', tz='utc', color='#0067b8', mid='microsoft.com')
E('basicfit-b', '2024-11-26 11:00', 'Basic-Fit <noreply@basic-fit.com>', 'Je lidmaatschap: wijziging thuisclub', 'Hoi Yusuf,\n\nJe thuisclub is gewijzigd van Zwolle Stadshagen naar Rotterdam Kralingen (Oostzeedijk) per 15 december 2024. Je lidmaatschap en prijs blijven hetzelfde.', 'gym:account', color='#ff7900')
E('blijdorp', '2024-12-28 12:30', 'Diergaarde Blijdorp <tickets@diergaardeblijdorp.nl>', 'Je jaarkaarten voor Diergaarde Blijdorp', 'Beste Yusuf,\n\nBedankt voor je aankoop. In de bijlage vind je de digitale jaarkaarten voor 2 volwassenen en 1 kind (0-3 jaar gratis).\n\nWelkom in Blijdorp!', 'leisure:zoo-membership', color='#6b8e23',
  attach=[('Jaarkaarten_Blijdorp.pdf', tiny_pdf(['Jaarkaart Blijdorp', 'Y. Demir', 'S. de Boer']), 'application/pdf')])
E('pathe', '2025-01-25 15:02', 'Pathé <noreply@pathe.nl>', 'Je tickets voor Pathé De Kuip', 'Bedankt voor je bestelling!\n\nFilm: A Complete Unknown\nPathé De Kuip, zaal 6\nZaterdag 25 januari 2025, 20:30\n2 tickets, rij 9 stoel 11-12\n\nToon de QR-code bij de ingang.', 'events:cinema-tickets', color='#ffc426')

# ---------------------------------------------------------------- professional (non look-alike)
E('kwaliteitsregister', '2024-10-16 10:00', 'Kwaliteitsregister V&VN <noreply@venvn.nl>', 'Je accreditatiepunten zijn bijgeschreven', 'Beste Yusuf,\n\nEr zijn 4 accreditatiepunten bijgeschreven in je dossier voor "Medicatieveiligheid 2024" (Leerplein IJsselhof).\n\nJe hebt nu 172 van de 184 punten voor je herregistratieperiode.\n\nV&VN Kwaliteitsregister', 'professional:accreditation', color='#c2185b')
E('venvn-congres', '2024-11-05 12:00', 'V&VN <events@venvn.nl>', 'Nog 2 weken: V&VN Verpleegkundig Congres 2024', 'Beste Yusuf,\n\nHet V&VN Verpleegkundig Congres op 21 november in de Jaarbeurs komt eraan. Met sessies over werkdruk, AI aan het bed en klinisch leiderschap. Leden krijgen 30% korting.\n\nBekijk het programma: https://www.venvn.nl/congres', 'professional:event', color='#c2185b')
E('nursing-week-b1', '2024-09-12 07:00', 'Nursing <nieuwsbrief@nursing.nl>', 'Nursing Weekly: nieuwe richtlijn decubitus', 'NURSING WEEKLY · 12 september 2024\n\n- Nieuwe richtlijn decubitus: de 5 belangrijkste wijzigingen\n- Zo herken je een delier bij ouderen\n- Column: "Ik ben geen held, ik doe mijn werk"\n\nLees verder op nursing.nl', 'newsletter:professional', color='#c2185b', brand='NURSING')
E('nursing-week-b2', '2024-12-12 07:00', 'Nursing <nieuwsbrief@nursing.nl>', 'Nursing Weekly: griepgolf op komst?', 'NURSING WEEKLY · 12 december 2024\n\n- RIVM: griepepidemie verwacht rond de feestdagen\n- Zelfroosteren: hoe drie ziekenhuizen het aanpakken\n- Quiz: test je kennis over wondzorg\n\nLees verder op nursing.nl', 'newsletter:professional', color='#c2185b', brand='NURSING')
E('nursing-week-b3', '2025-01-16 07:00', 'Nursing <nieuwsbrief@nursing.nl>', 'Nursing Weekly: wat verandert er in 2025?', 'NURSING WEEKLY · 16 januari 2025\n\n- Dit verandert er in 2025 voor verpleegkundigen\n- Telemonitoring thuis: de eerste ervaringen\n- Column: de eerste dienst op een nieuwe afdeling\n\nLees verder op nursing.nl', 'newsletter:professional', color='#c2185b', brand='NURSING')

# ---------------------------------------------------------------- city & sports newsletters
for i, (when, subj, items) in enumerate([
    ('2024-09-20 16:00', 'Weekend in Rotterdam: Wereldhavendagen en de eerste herfstmarkt', ['Wereldhavendagen: schepen kijken op de Maas', 'Nieuw: speeltuin in het Kralingse Bos vernieuwd', 'Koopzondag centrum']),
    ('2024-11-22 16:00', 'Intocht Sinterklaas in Rotterdam: alles wat je moet weten', ['Route van de intocht', 'Afsluitingen in het centrum', 'Gratis activiteiten voor kinderen in de bibliotheek']),
    ('2025-01-17 16:00', 'Nieuw in de stad: 10 tips voor nieuwe Rotterdammers', ['Waar haal je je afvalpas?', 'De beste bakkers van Kralingen', 'Het nieuwe zwembad in Crooswijk opent in maart']),
]):
    E('rotterdamnu-%d' % i, when, 'Rotterdam Nu <nieuwsbrief@rotterdamnu.nl>', subj,
      '\n'.join('- %s' % it for it in items) + '\n\nLees alles op rotterdamnu.nl\n\nAfmelden: https://rotterdamnu.nl/afmelden',
      'newsletter:city', color='#00811f', brand='Rotterdam Nu')
for i, (when, subj) in enumerate([
    ('2024-09-27 12:00', 'Voorverkoop PEC Zwolle – Feyenoord gestart'),
    ('2024-12-19 12:00', 'Kerstwens van PEC Zwolle + seizoenskaart tweede seizoenshelft'),
]):
    E('pec-%d' % i, when, 'PEC Zwolle <nieuwsbrief@peczwolle.nl>', subj,
      'Beste Yusuf,\n\n%s. Bekijk alle informatie op peczwolle.nl.\n\nBlauwwitte groet,\nPEC Zwolle' % subj, 'newsletter:football', color='#003e7e', brand='PEC ZWOLLE')

# ---------------------------------------------------------------- LinkedIn social (non-job)
LI = 'LinkedIn <notifications-noreply@linkedin.com>'
E('li-b-1', '2024-09-29 17:00', LI, 'Anouk Veldkamp heeft je uitgenodigd om te connecten', 'Anouk Veldkamp\nVerpleegkundige Chirurgie bij Ziekenhuis De IJsselhof\n\nAccepteren: https://www.linkedin.com/mynetwork/invitation-manager/', 'social:linkedin-notification', tz='utc', color='#0a66c2', mid='linkedin.com')
E('li-b-2', '2024-11-10 09:00', LI, 'Je profiel is deze week 23 keer bekeken', 'Yusuf, je profiel is deze week 23 keer bekeken.\n\nKijkers werken onder andere bij: Stadsziekenhuis Kralingen, een ziekenhuis in de regio Dordrecht, ZorgFlex.\n\nBekijk wie: https://www.linkedin.com/me/profile-views/', 'social:linkedin-profile-views', tz='utc', color='#0a66c2', mid='linkedin.com')
E('li-b-3', '2025-01-07 08:00', LI, '18 mensen reageerden op je update', '18 mensen hebben gereageerd op je update "Begonnen als Verpleegkundige Chirurgie bij Stadsziekenhuis Kralingen".\n\nBekijk: https://www.linkedin.com/notifications/', 'social:linkedin-notification', tz='utc', color='#0a66c2', mid='linkedin.com')

# ---------------------------------------------------------------- promos
PROMOS = [
    ('2024-09-09 09:00', 'Kruidvat <nieuwsbrief@kruidvat.nl>', '1+1 gratis op alle luiers deze week', 'Voorraad inslaan? Alle luiers en billendoekjes 1+1 gratis, ook combineren.', '#e2001a'),
    ('2024-09-23 18:00', 'Decathlon <nieuwsbrief@decathlon.nl>', 'Klaar voor het zaalseizoen?', 'Zaalvoetbalschoenen vanaf € 24,99. Bestel online, haal op in de winkel.', '#0082c3'),
    ('2024-10-07 10:00', 'Praxis <nieuwsbrief@praxis.nl>', 'Verhuizen? 20% op alle verf en kwasten', 'Geef je nieuwe huis een frisse kleur. Alleen deze week: 20% korting op verf.', '#e30613'),
    ('2024-10-18 08:00', 'Lidl <nieuwsbrief@lidl.nl>', 'Vanaf maandag: kinderwinterjassen € 12,99', 'Zolang de voorraad strekt.', '#0050aa'),
    ('2024-10-29 17:30', 'Turkish Airlines <info@thy.com>', 'Fly to Istanbul from € 189 return', 'Book by November 10 for travel until March 2025. Miles&Smiles members earn double miles.', '#c70a0c'),
    ('2024-11-04 09:00', 'Intertoys <nieuwsbrief@intertoys.nl>', 'De Sinterklaasfolder is er!', 'Bekijk de mooiste cadeaus voor Sint en Piet.', '#e30613'),
    ('2024-11-22 06:00', 'Coolblue <nieuwsbrief@coolblue.nl>', 'Black Friday: alles voor je nieuwe huis', 'Wasmachines, koelkasten en stofzuigers in de aanbieding. Vandaag besteld, morgen geïnstalleerd.', '#0090e3'),
    ('2024-11-29 07:00', 'Zalando <info@service.zalando.nl>', 'Black Friday: tot -70%', 'Nu tot 70% korting op duizenden items.', '#ff6900'),
    ('2024-12-02 10:00', 'Gamma <nieuwsbrief@gamma.nl>', 'Cyber Monday: 25% op gereedschap', 'Alleen vandaag.', '#005ca9'),
    ('2024-12-08 09:00', 'Jumbo <nieuwsbrief@jumbo.com>', 'Kerstmenu samenstellen? Zo doe je dat', 'Bekijk onze kerstrecepten en bestel je kerstboodschappen op tijd.', '#fdc513'),
    ('2024-12-26 09:00', 'IKEA <nieuwsbrief@ikea.nl>', 'Uitverkoop: tot 50% op opbergers', 'Nieuw jaar, opgeruimd huis. Profiteer van de IKEA-uitverkoop.', '#0058a3'),
    ('2025-01-05 10:00', 'Bol <nieuwsbrief@bol.com>', 'Goede voornemens? Alles voor sport en gezondheid', 'Van hardloopschoenen tot smartwatch.', '#0000a4'),
    ('2025-01-22 17:00', 'Albert Heijn <nieuwsbrief@mail.ah.nl>', 'Welkom in Rotterdam: 10% op je eerste bezorging', 'Nieuw op je adres? Probeer AH Bezorgservice met 10% korting.', '#00a0e2'),
]
for i, (when, frm, subj, body, color) in enumerate(PROMOS):
    lang = 'en' if 'Turkish' in frm else 'nl'
    greet = 'Dear Yusuf,' if lang == 'en' else 'Hoi Yusuf,'
    E('promo-b-%02d' % i, when, frm, subj, '%s\n\n%s\n\n%s' % (greet, body, 'Unsubscribe at any time.' if lang == 'en' else 'Afmelden kan altijd onderaan deze e-mail.'),
      'promo:retail', lang=lang, color=color, html_only=(i % 3 == 1))
