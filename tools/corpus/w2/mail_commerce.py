# -*- coding: utf-8 -*-
"""Shops, shipping, newsletters, promotions, travel, platforms (all not_job)."""
from common import M, ME, ME_CH, ME_AT, ME_FROM, RETO, pdf


def C(key, date, frm, subject, body, kind, to=ME_CH, html=True, **kw):
    return M(key, date, frm, to, subject, body, label="not_job", kind=kind, html=html, **kw)


# ================================================================ news & editorial newsletters
TAGI = "Tages-Anzeiger <newsletter@tages-anzeiger.ch>"
C("tagi-1", "2025-01-16 06:00 +0100", TAGI, "Der Morgen: Stadtrat will Tempo 30 auf der Rosengartenstrasse",
  """Guten Morgen

Das Wichtigste in Kürze:

Tempo 30 auf der Rosengartenstrasse: Der Stadtrat will die Westtangente beruhigen – der Kanton ist dagegen. Ein Streit mit Ansage.

Kita-Plätze: Die Stadt Zürich hat 2024 so viele Betreuungsplätze subventioniert wie nie. Trotzdem fehlen in einzelnen Quartieren Plätze.

Wetter: Hochnebel bis 900 Meter, darüber sonnig. Höchstwerte um 2 Grad.

Einen guten Tag wünscht
Ihre Tagi-Redaktion""", "newsletter:news", brand="Tages-Anzeiger", color="#000000", mid="mailchimp")

C("tagi-2", "2025-02-27 06:00 +0100", TAGI, "Der Morgen: Mieten steigen weiter – so viel zahlen Zürcher Familien",
  """Guten Morgen

Wohnungsnot: Die Angebotsmieten in der Stadt Zürich sind im letzten Jahr um 6,1 Prozent gestiegen. Für eine 4,5-Zimmer-Wohnung in Wipkingen bezahlen Neumieter im Schnitt 3300 Franken. Wir haben drei Familien bei der Suche begleitet.

Fasnacht: Wie die Guggenmusiken die Altstadt übernehmen – die Bilder.

Sport: Der ZSC gewinnt das Derby gegen Kloten 4:2.

Ihre Tagi-Redaktion""", "newsletter:news", brand="Tages-Anzeiger", color="#000000", mid="mailchimp")

C("tagi-3", "2025-04-24 06:00 +0200", TAGI, "Der Morgen: Sechseläuten – brennt der Böögg rechtzeitig?",
  """Guten Morgen

Am Montag ist Sechseläuten. Der Böögg steht bereit, Gastkanton ist dieses Jahr Appenzell Ausserrhoden. Unsere Übersicht zeigt, welche Strassen gesperrt sind und wo der Umzug durchführt.

Arbeitsmarkt: Die Arbeitslosenquote im Kanton Zürich steigt leicht auf 2,4 Prozent. Besonders betroffen sind kaufmännische Berufe.

Ihre Tagi-Redaktion""", "newsletter:news", brand="Tages-Anzeiger", color="#000000", mid="mailchimp")

C("tagi-4", "2025-06-12 06:00 +0200", TAGI, "Der Morgen: Hitzewelle – die besten Badis der Stadt",
  """Guten Morgen

Bis 32 Grad: Die erste Hitzewelle des Jahres ist da. Wir haben die 12 Badis der Stadt getestet – vom Oberen Letten bis zum Strandbad Mythenquai.

Velo: Der neue Velotunnel unter dem Hauptbahnhof ist seit einem Jahr offen. Eine Bilanz.

Ihre Tagi-Redaktion""", "newsletter:news", brand="Tages-Anzeiger", color="#000000", mid="mailchimp")

NZZ = "NZZ Der Abend <abend@newsletter.nzz.ch>"
C("nzz-1", "2025-02-06 18:00 +0100", NZZ, "Der Abend: Warum Schweizer Firmen ihre Buchhaltung nach Osteuropa verlagern",
  """Guten Abend

Shared Service Centers: Immer mehr Schweizer Mittelständler lagern Buchhaltung, Lohnverarbeitung und Kundendienst nach Polen, Portugal oder Rumänien aus. Was das für die Angestellten hierzulande bedeutet.

Ausserdem: Die SNB senkt den Leitzins nicht weiter. Und: Warum Zürcher Restaurants sonntags schliessen.

Eine anregende Lektüre wünscht
Ihre NZZ""", "newsletter:news", brand="NZZ", color="#1d1d1b", mid="default", mid_domain="newsletter.nzz.ch")

C("nzz-2", "2025-05-15 18:00 +0200", NZZ, "Der Abend: Der Fachkräftemangel ist zurück – zumindest im Gesundheitswesen",
  """Guten Abend

Spitäler und Heime suchen Personal – nicht nur in der Pflege, sondern auch in Administration, IT und Finanzen. Ein Überblick über die Lage im Kanton Zürich.

Ausserdem: Die Zürcher Stimmbevölkerung entscheidet über den neuen Richtplan. Und: Das beste Gelato der Stadt – eine nicht repräsentative Umfrage.

Ihre NZZ""", "newsletter:news", brand="NZZ", color="#1d1d1b", mid="default", mid_domain="newsletter.nzz.ch")

C("zueritipp-1", "2025-01-30 11:00 +0100", "Züritipp <newsletter@zueritipp.ch>", "Wochenende: Lichterfestival, Brunch & Kinderkonzert",
  """Das läuft am Wochenende

Lichterfestival am Landesmuseum – noch bis Sonntag
Familienbrunch im GZ Wipkingen, Sonntag 10–13 Uhr
Kinderkonzert «Peter und der Wolf» in der Tonhalle, Samstag 11 Uhr (ab 4 Jahren)
Neu im Kino: «Heidi – Die Legende vom Luchs»

Mehr Tipps: https://www.zueritipp.ch""", "newsletter:events", brand="Züritipp", color="#e6007e", mid="mailchimp")

C("zueritipp-2", "2025-03-27 11:00 +0100", "Züritipp <newsletter@zueritipp.ch>", "Frühlingsgefühle: Flohmärkte, Bärlauch und Open Air Kino",
  """Frühling in Zürich

Flohmarkt Kanzlei – jeden Samstag ab 8 Uhr
Bärlauch-Wanderung am Uetliberg mit Kindern
Vorverkauf Open Air Kino am Zürichhorn gestartet

Unser Tipp für Familien: Der Zoo Zürich öffnet die neue Pantanal-Anlage.""", "newsletter:events", brand="Züritipp",
  color="#e6007e", mid="mailchimp")

C("zueritipp-3", "2025-05-29 11:00 +0200", "Züritipp <newsletter@zueritipp.ch>", "Auffahrt & Pfingsten: Die besten Ausflüge",
  """Lange Wochenenden

Zum Rheinfall mit dem Schiff
Tessin ohne Stau: die schönsten Zugausflüge
Kinderfest auf der Landiwiese (Pfingstmontag)

Ausserdem: Die Badis öffnen – alle Öffnungszeiten.""", "newsletter:events", brand="Züritipp", color="#e6007e",
  mid="mailchimp")

C("republik-1", "2025-03-15 07:00 +0100", "Republik <kontakt@republik.ch>", "Briefing aus Bern: Die AHV-Reform und was sie für Sie heisst",
  """Guten Morgen, Verena Hofstätter

Die Räte streiten über die Finanzierung der 13. AHV-Rente. Lohnprozente oder Mehrwertsteuer? Wir erklären, was das für Arbeitnehmende und Arbeitgeber bedeutet – und für alle, die Lohnabrechnungen machen.

Ausserdem in dieser Woche: eine Reportage aus einem RAV, die Geschichte eines Pflegeheims in Schlieren, und unser Podcast.

Ihre Crew der Republik""", "newsletter:news", brand="REPUBLIK", color="#000000", mid="default",
  mid_domain="republik.ch")

# ================================================================ groceries & retail promos
MIGROS = "Migros Cumulus <cumulus@news.migros.ch>"
C("migros-1", "2025-01-27 09:12 +0100", MIGROS, "Ihre Cumulus-Bons sind da – bis 20x Punkte",
  "Hallo Verena\n\nIhre persönlichen Cumulus-Bons für diese Woche:\n- 10x Punkte auf alle Windeln\n- 20% auf Bio-Früchte\n- 5x Punkte bei melectronics\n\nGültig bis 2. Februar. Bons aktivieren in der Migros App.\n\nIhre Migros",
  "promo:retail", brand="Migros Cumulus", color="#ff6600", mid="default", mid_domain="news.migros.ch")
C("migros-2", "2025-03-31 09:15 +0200", MIGROS, "Frühlingsaktion: Osterhasen 3 für 2",
  "Hallo Verena\n\nOstern steht vor der Tür! Frey-Osterhasen jetzt 3 für 2, Eier und Zopf in allen Filialen, und für Ihre Cumulus-Punkte gibts diesmal doppelt.\n\nFrohe Ostern wünscht Ihre Migros",
  "promo:retail", brand="Migros", color="#ff6600", mid="default", mid_domain="news.migros.ch")
C("migros-3", "2025-06-16 09:10 +0200", MIGROS, "Grillsaison: Ihre persönlichen Angebote",
  "Hallo Verena\n\nDer Sommer ist da. Ihre Angebote: 30% auf Grillfleisch aus der Schweiz, 2 für 1 auf Glace, 10x Punkte auf Sonnencreme.\n\nIhre Migros",
  "promo:retail", brand="Migros", color="#ff6600", mid="default", mid_domain="news.migros.ch")

COOP = "Coop <newsletter@coop.ch>"
C("coop-1", "2025-02-20 08:00 +0100", COOP, "Superpunkte-Wochen: 10-fach punkten bei Coop Bau+Hobby",
  "Guten Tag\n\nNur bis Sonntag: 10-fache Superpunkte auf das ganze Sortiment bei Coop Bau+Hobby. Ideal für Ihre Frühlingsprojekte.\n\nIhre Coop",
  "promo:retail", brand="Coop", color="#e2001a", mid="default", mid_domain="coop.ch")
C("coop-2", "2025-05-22 08:00 +0200", COOP, "Unser Angebot für Sie: 25% auf Prix Garantie Grundnahrungsmittel",
  "Guten Tag\n\nDiese Woche: 25% auf Reis, Pasta und Konserven von Prix Garantie. Und am Samstag in der Filiale Wipkingen: Degustation Tessiner Merlot.\n\nIhre Coop",
  "promo:retail", brand="Coop", color="#e2001a", mid="default", mid_domain="coop.ch")

C("manor-1", "2025-03-08 10:00 +0100", "Manor <newsletter@manor.ch>", "Frühlingsmode: -20% auf Kinderkleider",
  "Frühling im Manor\n\nNeue Kollektion für die Kleinsten: -20% auf alle Kinderkleider bis Grösse 128 am Wochenende.\n\nIhr Manor-Team",
  "promo:retail", brand="MANOR", color="#c8102e", mid="mailchimp")

C("exlibris-promo", "2025-04-04 14:00 +0200", "Ex Libris <news@exlibris.ch>", "Ostergeschenke: Bücher für Kinder ab 2 Jahren",
  "Hallo Verena\n\nUnsere Tipps für kleine Leseratten: «Der Grüffelo» (Jubiläumsausgabe), «Pipi Maus» in Mundart, «Wimmelbuch Zürich».\n\nGratis-Lieferung ab CHF 20.\nIhr Ex Libris-Team",
  "promo:retail", brand="Ex Libris", color="#c20e1a", mid="mailchimp")

# ================================================================ Galaxus, Zalando, IKEA, etc.
GALAXUS = "Galaxus <info@galaxus.ch>"
C("galaxus-order-1", "2025-01-19 21:30 +0100", GALAXUS, "Bestellbestätigung 104288731",
  """Hallo Verena Hofstätter

Danke für deine Bestellung!

Bestellnummer: 104288731
1x Philips Sonicare Ersatzbürsten W2 Optimal White (4 Stück) – CHF 29.90
1x Lego Duplo 10986 Zuhause auf Rädern – CHF 44.95
Versand: CHF 0.00
Total: CHF 74.85

Lieferung voraussichtlich: Dienstag, 21.01.2025

Dein Galaxus-Team""", "shopping:order", brand="galaxus", color="#000000", mid="default", mid_domain="galaxus.ch")

C("galaxus-ship-1", "2025-01-20 17:02 +0100", GALAXUS, "Dein Paket ist unterwegs",
  "Hallo Verena Hofstätter\n\nDeine Bestellung 104288731 wurde verschickt.\nSendungsnummer: 99.60.123456.78901234\n\nSendung verfolgen: https://service.post.ch/ekp-web/ui/entry/shipment/99.60.123456.78901234\n\nDein Galaxus-Team",
  "shopping:shipping", brand="galaxus", color="#000000", mid="default", mid_domain="galaxus.ch")

C("galaxus-deal", "2025-03-19 08:00 +0100", "Galaxus Tagesangebot <deals@galaxus.ch>", "Heute: Unschlagbares Angebot auf den Dyson V12",
  "Tagesangebot – nur heute, solange Vorrat\n\nDyson V12 Detect Slim: CHF 449.– statt 599.–\nNoch 214 Stück.\n\nAusserdem: Nespresso Vertuo Pop – CHF 69.–\n\nZu allen Angeboten: https://www.galaxus.ch/de/daily-deal",
  "promo:retail-daily-offer", brand="galaxus", color="#000000", mid="default", mid_domain="galaxus.ch")

C("galaxus-order-2", "2025-06-08 20:11 +0200", GALAXUS, "Bestellbestätigung 109905142",
  """Hallo Verena Hofstätter

Danke für deine Bestellung!

Bestellnummer: 109905142
2x Umzugskarton Standard 60x40x40 (10er-Pack) – CHF 59.80
1x Tesa Packband 66m x 50mm (6 Rollen) – CHF 17.90
1x Bosch Akku-Bohrschrauber UniversalDrill 18V – CHF 119.00
Total: CHF 196.70

Abholung: Pick-up-Station Wipkingerplatz, ab Mittwoch""", "shopping:order", brand="galaxus", color="#000000",
  mid="default", mid_domain="galaxus.ch")

C("galaxus-review", "2025-06-20 10:00 +0200", GALAXUS, "Wie zufrieden bist du mit dem Bosch UniversalDrill 18V?",
  "Hallo Verena\n\nDu hast vor Kurzem den Bosch Akku-Bohrschrauber UniversalDrill 18V gekauft. Hilf anderen mit deiner Bewertung!\n\nJetzt bewerten: https://www.galaxus.ch/de/review/19022871",
  "shopping:review-request", brand="galaxus", color="#000000", mid="default", mid_domain="galaxus.ch")

ZALANDO = "Zalando <info@service-mail.zalando.ch>"
C("zalando-order", "2025-02-10 13:20 +0100", ZALANDO, "Danke für deine Bestellung",
  """Hallo Verena,

wir haben deine Bestellung 10201885514271 erhalten.

- Blazer, Farbe: navy, Grösse 38 – CHF 89.95
- Stoffhose, Farbe: beige, Grösse 38 – CHF 59.95
- Ankle Boots, schwarz, Grösse 39 – CHF 119.00

Gesamt: CHF 268.90
Lieferung: 12.–14.02.2025

Dein Zalando-Team""", "shopping:order", brand="ZALANDO", color="#ff6900", mid="default",
  mid_domain="service-mail.zalando.ch")

C("zalando-ship", "2025-02-11 08:44 +0100", ZALANDO, "Dein Paket ist auf dem Weg zu dir",
  "Hallo Verena,\n\ngute Nachrichten: Deine Bestellung ist unterwegs. Geliefert wird sie von der Post.\n\nSendung verfolgen: https://www.zalando.ch/myaccount/orders/10201885514271\n\nDein Zalando-Team",
  "shopping:shipping", brand="ZALANDO", color="#ff6900", mid="default", mid_domain="service-mail.zalando.ch")

C("zalando-return", "2025-02-19 16:05 +0100", ZALANDO, "Wir haben deine Rücksendung erhalten",
  "Hallo Verena,\n\nwir haben deine Rücksendung erhalten: Stoffhose, beige, Grösse 38.\n\nDie Erstattung von CHF 59.95 erfolgt in den nächsten Tagen auf dein ursprüngliches Zahlungsmittel.\n\nDein Zalando-Team",
  "shopping:return", brand="ZALANDO", color="#ff6900", mid="default", mid_domain="service-mail.zalando.ch")

C("zalando-promo-1", "2025-03-28 18:30 +0100", "Zalando <newsletter@mail.zalando.ch>", "Nur für kurze Zeit: Frühlingsangebote bis -40%",
  "Hallo Verena,\n\ndie neue Saison beginnt – und mit ihr unsere Frühlingsangebote. Trenchcoats, Sneaker und leichte Strickjacken bis -40%.\n\nJetzt shoppen: https://www.zalando.ch/damen-sale/",
  "promo:retail", brand="ZALANDO", color="#ff6900", mid="default", mid_domain="mail.zalando.ch")

C("zalando-promo-2", "2025-06-03 18:30 +0200", "Zalando <newsletter@mail.zalando.ch>", "Dein exklusives Angebot: 15% auf Sommerkleider",
  "Hallo Verena,\n\nwir haben ein Angebot nur für dich: 15% auf Sommerkleider mit dem Code SOMMER15. Gültig bis Sonntag.\n\nDein Zalando-Team",
  "promo:retail-offer", brand="ZALANDO", color="#ff6900", mid="default", mid_domain="mail.zalando.ch")

IKEA = "IKEA Schweiz <noreply@order.ikea.ch>"
C("ikea-order", "2025-06-09 21:48 +0200", IKEA, "Deine Bestellung 1387440291 bei IKEA",
  """Hej Verena

Danke für deine Bestellung!

Bestellnummer: 1387440291
1x PAX Kleiderschrank 150x58x236, weiss
1x SMÅSTAD Kinderbett mit Schublade
3x KALLAX Regal 77x147
1x Montageservice

Total: CHF 1'284.00
Lieferung: Mittwoch, 2. Juli 2025, 07:00–12:00 an Hönggerstrasse 118, 8037 Zürich

Dein IKEA Team""", "shopping:order", brand="IKEA", color="#0058a3", mid="default", mid_domain="order.ikea.ch")

C("ikea-family", "2025-04-12 09:00 +0200", "IKEA Family <family@news.ikea.ch>", "Deine IKEA Family Angebote im April",
  "Hej Verena\n\nDiesen Monat für IKEA Family Mitglieder: 20% auf Aufbewahrung, gratis Kaffee im Restaurant und ein Kinderbuch-Gutschein.\n\nBis bald im Einrichtungshaus Dietlikon!",
  "promo:retail", brand="IKEA Family", color="#0058a3", mid="default", mid_domain="news.ikea.ch")

C("interdiscount-order", "2025-03-02 15:10 +0100", "Interdiscount <service@interdiscount.ch>", "Bestellbestätigung Nr. 7004512839",
  "Grüezi Frau Hofstätter\n\nVielen Dank für Ihre Bestellung.\n\n1x Logitech MX Keys S Tastatur – CHF 109.95\n1x Logitech Lift Vertical Mouse – CHF 69.95\n\nTotal: CHF 179.90\nVersand per Post A-Post\n\nIhr Interdiscount-Team",
  "shopping:order", brand="Interdiscount", color="#e30613", mid="default", mid_domain="interdiscount.ch")

C("exlibris-order", "2025-02-22 19:45 +0100", "Ex Libris <bestellung@exlibris.ch>", "Ihre Bestellung 55218930",
  "Guten Tag Verena Hofstätter\n\nVielen Dank für Ihre Bestellung:\n- Kathrin Buchmann: «Lohn und Gehalt in der Schweiz 2025» (Praxishandbuch) – CHF 68.00\n- Dorothee Elmiger: «Die Holländerinnen» – CHF 29.90\n\nLieferung in 2–3 Werktagen.",
  "shopping:order", brand="Ex Libris", color="#c20e1a", mid="default", mid_domain="exlibris.ch")

C("jumbo-order", "2025-06-14 10:30 +0200", "JUMBO <online@jumbo.ch>", "Ihre Click & Collect Bestellung ist abholbereit",
  "Guten Tag Frau Hofstätter\n\nIhre Bestellung 8820193 ist im JUMBO Dietlikon abholbereit:\n- Spachtelmasse Moltofill 1 kg\n- Malerabdeckvlies 25 m²\n- Dispersionsfarbe weiss 10 l\n\nBitte holen Sie die Ware innert 5 Tagen ab.",
  "shopping:pickup", brand="JUMBO", color="#ffd400", mid="default", mid_domain="jumbo.ch")

C("windeln-order", "2025-04-28 07:55 +0200", "windeln.ch <service@windeln.ch>", "Deine Bestellung ist unterwegs",
  "Hallo Verena\n\nDeine Bestellung #WC-4419022 ist unterwegs:\n- Pampers Premium Protection Gr. 6, Monatsbox\n- Feuchttücher Sensitive 12er\n\nDie Lieferung erfolgt morgen durch die Post.",
  "shopping:shipping", brand="windeln.ch", color="#4bb3e6", mid="default", mid_domain="windeln.ch")

C("amazon-order", "2025-03-13 22:03 +0100", "Amazon.de <bestellbestaetigung@amazon.de>", "Deine Amazon.de Bestellung von „Tonie-Figur Die Maus...“",
  "Hallo Verena,\n\nvielen Dank für deine Bestellung.\n\nBestellnr. 302-4471823-1190734\nTonie-Figur Die Maus – Geschichten (2) – EUR 14,99\nVoraussichtliche Zustellung: Mittwoch, 19. März\n\nZölle und Gebühren: Einfuhrabgaben werden bei Lieferung in die Schweiz im Voraus berechnet.",
  "shopping:order", brand="amazon.de", color="#232f3e", mid="default", mid_domain="amazon.de")

C("amazon-ship", "2025-03-17 09:14 +0100", "Amazon.de <versandbestaetigung@amazon.de>", "Versandt: „Tonie-Figur Die Maus...“",
  "Hallo Verena,\n\ndein Paket ist auf dem Weg. Zustellung durch: Die Post (CH).\nSendung verfolgen: https://www.amazon.de/gp/your-account/order-details?orderID=302-4471823-1190734",
  "shopping:shipping", brand="amazon.de", color="#232f3e", mid="default", mid_domain="amazon.de")

POST = "Die Post <noreply@notification.post.ch>"
C("post-1", "2025-02-12 07:30 +0100", POST, "Ihre Sendung wird heute zugestellt",
  "Guten Tag\n\nIhre Sendung 99.00.500811.40921178 von Zalando SE wird heute zugestellt.\n\nNicht zuhause? Ändern Sie die Zustellung: https://service.post.ch/ekp-web/ui/entry/shipment/99.00.500811.40921178",
  "shipping:notification", brand="Die Post", color="#ffcc00", mid="default", mid_domain="notification.post.ch")
C("post-2", "2025-03-05 12:10 +0100", POST, "Paket kann abgeholt werden",
  "Guten Tag\n\nIhre Sendung 98.34.112094.66172003 (Absender: Trude Hofstätter, A-8010 Graz) liegt zur Abholung bereit.\n\nAbholstelle: Filiale 8037 Zürich Wipkingen, ab 05.03.2025 16:00\nVerzollung: CHF 0.00\n\nBitte Ausweis mitbringen.",
  "shipping:notification", brand="Die Post", color="#ffcc00", mid="default", mid_domain="notification.post.ch")
C("post-3", "2025-04-29 08:02 +0200", POST, "Ihre Sendung ist unterwegs",
  "Guten Tag\n\nIhre Sendung 99.00.211774.20014855 von windeln.ch wird voraussichtlich morgen zugestellt.",
  "shipping:notification", brand="Die Post", color="#ffcc00", mid="default", mid_domain="notification.post.ch")

C("dpd-1", "2025-06-30 07:05 +0200", "DPD Schweiz <noreply@dpd.ch>", "Ihr DPD Paket kommt heute zwischen 11:15 und 12:15",
  "Guten Tag\n\nIhr Paket 01905012344871 von IKEA AG wird heute zwischen 11:15 und 12:15 zugestellt.\n\nLieferadresse: Hönggerstrasse 118, 8037 Zürich\nSie sind nicht zuhause? Wählen Sie eine Alternative: https://www.dpd.ch/predict",
  "shipping:notification", brand="DPD", color="#dc0032", mid="default", mid_domain="dpd.ch")

# ================================================================ subscriptions & accounts
C("netflix", "2025-02-01 03:12 +0000", "Netflix <info@mailer.netflix.com>", "Wir aktualisieren unsere Preise",
  "Hallo Verena,\n\nwir aktualisieren den Preis deines Abos. Ab deiner nächsten Abrechnung am 24. März 2025 kostet dein Standard-Abo CHF 20.90 pro Monat.\n\nDu kannst dein Abo jederzeit ändern oder kündigen.\n\nDein Netflix-Team",
  "subscription:price-change", brand="NETFLIX", color="#e50914", mid="default", mid_domain="mailer.netflix.com")

C("spotify", "2025-04-19 15:00 +0000", "Spotify <no-reply@spotify.com>", "Deine Quittung von Spotify",
  "Hallo Verena,\n\nvielen Dank für dein Abo.\n\nSpotify Premium Duo – CHF 17.95\nZahlungsdatum: 19.04.2025\nZahlungsmethode: Mastercard •••• 2281\n\nDein Spotify-Team",
  "subscription:receipt", brand="Spotify", color="#1db954", mid="default", mid_domain="spotify.com")

C("apple-receipt", "2025-03-22 04:41 +0000", "Apple <no_reply@email.apple.com>", "Ihre Rechnung von Apple",
  "RECHNUNG\nApple-ID: verena.hofstaetter@gmx.ch\nDatum: 22.03.2025\nBestellnummer: MX7TQ4K2N1\n\niCloud+ mit 200 GB (monatlich) – CHF 3.00\n\nGESAMT: CHF 3.00",
  "subscription:receipt", brand="Apple", color="#000000", mid="default", mid_domain="email.apple.com")

C("google-security", "2025-03-29 20:14 +0000", "Google <no-reply@accounts.google.com>", "Sicherheitswarnung",
  "Neue Anmeldung bei Windows\n\nverena.hofstaetter.fotos@gmail.com\n\nWir haben eine neue Anmeldung in Ihrem Google-Konto auf einem Windows-Gerät festgestellt. Wenn Sie das waren, brauchen Sie nichts zu tun. Falls nicht, helfen wir Ihnen dabei, Ihr Konto zu schützen.\n\nAktivität prüfen: https://myaccount.google.com/notifications",
  "account:security", brand="Google", color="#4285f4", mid="default", mid_domain="accounts.google.com",
  to="verena.hofstaetter.fotos@gmail.com")

C("gmx-voll", "2025-05-01 09:00 +0200", "GMX Team <mailings@mail.gmx.ch>", "Ihr Postfach ist zu 90% voll",
  "Liebe GMX Nutzerin\n\nIhr E-Mail-Postfach ist zu 90% belegt. Damit Sie weiterhin E-Mails empfangen können, löschen Sie alte Nachrichten oder wechseln Sie zu GMX ProMail mit 50 GB Speicher – jetzt 3 Monate gratis testen.\n\nIhr GMX Team",
  "account:provider-notice", brand="GMX", color="#1c449b", mid="default", mid_domain="mail.gmx.ch")

C("duolingo", "2025-04-05 19:30 +0000", "Duo von Duolingo <hello@duolingo.com>", "Oh nein, deine 47-Tage-Serie ist in Gefahr!",
  "Hallo Verena!\n\nDu hast heute noch keine Französisch-Lektion gemacht. Mach schnell 5 Minuten, um deine 47-Tage-Serie zu retten!\n\nJetzt üben: https://www.duolingo.com/learn",
  "app:reminder", brand="duolingo", color="#58cc02", mid="default", mid_domain="duolingo.com")

C("tgtg", "2025-05-10 17:40 +0200", "Too Good To Go <no-reply@toogoodtogo.ch>", "Deine Bestellung bei Bäckerei Buchmann Wipkingen",
  "Danke, dass du Essen rettest!\n\nÜberraschungstüte Backwaren – CHF 5.90\nAbholung heute 18:00–18:30\nBäckerei Buchmann, Nordstrasse 150\n\nZeig die Bestätigung im Laden.",
  "app:order", brand="Too Good To Go", color="#00615f", mid="default", mid_domain="toogoodtogo.ch")

C("mobility", "2025-06-02 06:30 +0200", "Mobility <rechnung@mobility.ch>", "Ihre Mobility-Rechnung Mai 2025",
  "Guten Tag Frau Hofstätter\n\nIhre Rechnung für Mai 2025:\n1 Fahrt, 17.05.2025, Combi (VW Golf Variant), Standort Zürich Wipkingen Bahnhof, 5 h / 62 km – CHF 78.40\n\nTotal: CHF 78.40\nZahlbar bis 30.06.2025",
  "transport:invoice", brand="Mobility", color="#e3001b", mid="default", mid_domain="mobility.ch")

# ================================================================ travel
C("sbb-ticket-easter", "2025-03-20 20:44 +0100", "SBB CFF FFS <noreply@sbb.ch>", "Ihr Ticket: Zürich HB – Graz Hbf",
  """Guten Tag Verena Hofstätter

Vielen Dank für Ihren Einkauf.

Sparbillett international
Zürich HB → Graz Hbf (via Salzburg)
Do, 17.04.2025, ab 09:40, an 18:20
2 Erwachsene, 1 Kind (gratis), 2. Klasse
Reservation Railjet: Wagen 24, Plätze 61, 62, 63

Rückfahrt: Mo, 21.04.2025, Graz Hbf ab 09:38 → Zürich HB an 18:20

Total: CHF 238.00

Das Ticket ist in der SBB Mobile App und als PDF im Anhang.""", "travel:train-ticket", brand="SBB CFF FFS",
  color="#eb0000", mid="default", mid_domain="sbb.ch",
  attach=[("Ticket_Zuerich_Graz.pdf", "application/pdf", pdf("SBB Ticket Zurich - Graz"))])

C("swiss-booking", "2025-05-19 13:02 +0200", "SWISS <booking@notifications.swiss.com>", "Ihre Buchungsbestätigung – Zürich – London (6K9QTR)",
  """Buchungsbestätigung
Buchungsreferenz: 6K9QTR

LX 316 Fr, 13.06.2025 Zürich (ZRH) 07:40 → London Heathrow (LHR) 08:25
LX 339 So, 15.06.2025 London Heathrow (LHR) 19:50 → Zürich (ZRH) 22:35

Passagiere: Frau Verena Hofstätter, Herr Reto Ammann
Tarif: Economy Light (nur Handgepäck)

Bitte beachten Sie: Für Reisen ins Vereinigte Königreich benötigen Staatsangehörige der EU und der Schweiz ab dem 2. April 2025 eine elektronische Reisegenehmigung (ETA).""",
  "travel:flight-booking", brand="SWISS", color="#d52b1e", mid="default", mid_domain="notifications.swiss.com")

C("swiss-checkin", "2025-06-12 07:40 +0200", "SWISS <checkin@notifications.swiss.com>", "Jetzt einchecken für Ihren Flug nach London",
  "Guten Tag Frau Hofstätter\n\nDer Check-in für LX 316 nach London Heathrow am 13.06.2025 ist geöffnet.\n\nJetzt einchecken: https://www.swiss.com/checkin?pnr=6K9QTR\n\nWir wünschen Ihnen eine angenehme Reise.",
  "travel:check-in", brand="SWISS", color="#d52b1e", mid="default", mid_domain="notifications.swiss.com")

C("hotel-london", "2025-05-19 13:35 +0100", "The Camden Lock Hotel <reservations@camdenlockhotel.co.uk>", "Your reservation is confirmed – 13–15 June",
  "Dear Ms Hofstätter,\n\nThank you for choosing The Camden Lock Hotel. We are delighted to confirm your reservation:\n\nArrival: Friday, 13 June 2025 (check-in from 3pm)\nDeparture: Sunday, 15 June 2025\nRoom: Superior Double, breakfast included\nTotal: GBP 412.00 (paid)\n\nWe look forward to welcoming you to London.\n\nWarm regards,\nFront Office Team",
  "travel:hotel", lang="en", brand="The Camden Lock Hotel", color="#2b3a55", mid="default",
  mid_domain="camdenlockhotel.co.uk")

C("booking-ticino", "2025-04-30 21:20 +0200", "Booking.com <noreply@booking.com>", "Ihre Buchung in Brissago ist bestätigt",
  """Danke, Verena! Ihre Buchung in Brissago ist bestätigt.

Casa Lago Verde – Ferienwohnung
Anreise: Sa, 7. Juni 2025 (ab 15:00)
Abreise: Mo, 9. Juni 2025 (bis 10:00)
2 Erwachsene, 1 Kind
Gesamtpreis: CHF 398

Buchungsnummer: 4417.229.081 · PIN: 7712""", "travel:accommodation", brand="Booking.com", color="#003580",
  mid="default", mid_domain="booking.com")

C("booking-ticino-reminder", "2025-06-04 10:00 +0200", "Booking.com <noreply@booking.com>", "Nur noch 3 Tage bis zu Ihrer Reise nach Brissago!",
  "Hallo Verena\n\nIhr Aufenthalt in der Casa Lago Verde rückt näher. Die Unterkunft hat Ihnen eine Nachricht gesendet: «Schlüssel im Schlüsselsafe neben der Tür, Code folgt am Anreisetag. Parkplatz Nr. 4.»\n\nGute Reise!",
  "travel:accommodation", brand="Booking.com", color="#003580", mid="default", mid_domain="booking.com")

C("easyjet-promo", "2025-01-23 12:00 +0000", "easyJet <newsletter@email.easyjet.com>", "Sommer 2025: Flüge ab CHF 29.99",
  "Hallo Verena\n\nDer Sommerflugplan ist da! Ab Basel und Genf zu über 90 Zielen, z. B. Neapel, Porto und Split ab CHF 29.99.\n\nJetzt buchen: https://www.easyjet.com/de",
  "promo:travel", brand="easyJet", color="#ff6600", mid="default", mid_domain="email.easyjet.com")

C("flumserberg-tickets", "2025-02-20 19:10 +0100", "Bergbahnen Flumserberg <tickets@flumserberg.ch>", "Ihre Tageskarten für den 22.02.2025",
  "Grüezi\n\nVielen Dank für Ihren Einkauf im Webshop.\n\n2x Tageskarte Erwachsene, Sa 22.02.2025 – CHF 124.00\n1x Kind bis 5 Jahre – gratis\n\nDie Tickets wurden auf Ihre SwissPass-Karten geladen.\n\nWir wünschen viel Spass im Schnee!",
  "travel:ski-tickets", brand="Flumserberg", color="#005ca9", mid="default", mid_domain="flumserberg.ch")

C("ticketcorner", "2025-01-28 11:22 +0100", "Ticketcorner <noreply@ticketcorner.ch>", "Ihre Bestellung: Zirkus Knie – Zürich",
  "Guten Tag Verena Hofstätter\n\nVielen Dank für Ihre Bestellung.\n\nZirkus Knie – Zürich, Sechseläutenplatz\nSonntag, 6. April 2025, 14:00\nSektor B, Reihe 4, Plätze 11–13\n\nIhre Tickets finden Sie im Anhang und in der App.",
  "tickets:event", brand="ticketcorner", color="#00447c", mid="default", mid_domain="ticketcorner.ch",
  attach=[("Tickets_Knie_Zuerich.pdf", "application/pdf", pdf("Tickets Zirkus Knie"))])

C("kino", "2025-05-24 16:40 +0200", "Kitag Kino <tickets@kitag.com>", "Ihre Tickets für «Lilo & Stitch»",
  "Vielen Dank für Ihren Kauf!\n\n«Lilo & Stitch» (D)\nSo, 25.05.2025, 13:30, Kino Arena Sihlcity, Saal 5\nReihe 7, Plätze 9–11\n\nZeigen Sie den QR-Code am Eingang.",
  "tickets:cinema", brand="KITAG", color="#b5121b", mid="default", mid_domain="kitag.com")

# ================================================================ marketplaces (lookalikes)
TUTTI = "tutti.ch <noreply@tutti.ch>"
C("tutti-interest", "2025-02-15 09:41 +0100", TUTTI, "Jemand interessiert sich für dein Inserat «Kinderwagen Bugaboo Fox 2»",
  "Hallo Verena\n\nDu hast eine neue Nachricht zu deinem Inserat «Kinderwagen Bugaboo Fox 2, grau, inkl. Regenschutz» (CHF 380.–):\n\nMelanie: «Grüezi, ist der Kinderwagen noch zu haben? Ich könnte ihn am Montagabend in Wipkingen anschauen. Würden Sie 320 nehmen?»\n\nJetzt antworten: https://www.tutti.ch/de/messages/88127731",
  "lookalike:marketplace-interest", brand="tutti.ch", color="#f7ac00", mid="default", mid_domain="tutti.ch")

C("tutti-sold", "2025-02-18 20:02 +0100", TUTTI, "Dein Inserat wurde deaktiviert",
  "Hallo Verena\n\nDu hast dein Inserat «Kinderwagen Bugaboo Fox 2, grau, inkl. Regenschutz» als verkauft markiert. Gratuliere!\n\nHast du noch mehr, das du nicht mehr brauchst? Inserieren ist auf tutti.ch gratis.",
  "lookalike:marketplace", brand="tutti.ch", color="#f7ac00", mid="default", mid_domain="tutti.ch")

C("ricardo-offer", "2025-06-06 13:15 +0200", "Ricardo <noreply@ricardo.ch>", "Du hast ein neues Preisangebot erhalten",
  "Hallo Verena\n\nFür deinen Artikel «Esstisch Eiche massiv 180x90, 6 Personen» hast du ein Preisangebot erhalten:\n\nAngebot: CHF 250.00 (dein Sofort-kaufen-Preis: CHF 340.00)\nVon: moebelfan_zh (Bewertungen: 98% positiv)\n\nDas Angebot ist 48 Stunden gültig. Annehmen oder ablehnen: https://www.ricardo.ch/de/my-ricardo/selling/offers/",
  "lookalike:marketplace-offer", brand="ricardo", color="#ff4b00", mid="default", mid_domain="ricardo.ch")

C("ricardo-sold", "2025-06-07 09:30 +0200", "Ricardo <noreply@ricardo.ch>", "Verkauft: Esstisch Eiche massiv 180x90",
  "Hallo Verena\n\nGratulation! Dein Artikel «Esstisch Eiche massiv 180x90, 6 Personen» wurde für CHF 290.00 verkauft. Käufer: moebelfan_zh.\n\nBitte vereinbare mit dem Käufer die Abholung.",
  "marketplace:sold", brand="ricardo", color="#ff4b00", mid="default", mid_domain="ricardo.ch")

# ================================================================ social/professional network noise
C("linkedin-bday", "2025-02-28 08:00 +0100", "LinkedIn <notifications-noreply@linkedin.com>", "Gratulieren Sie Marco Lüscher zum Geburtstag",
  "Marco Lüscher hat heute Geburtstag.\n\nSenden Sie Marco Glückwünsche: https://www.linkedin.com/comm/feed/\n\n© 2025 LinkedIn Ireland Unlimited Company",
  "social:linkedin-notification", brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

C("linkedin-post", "2025-06-01 12:30 +0200", "LinkedIn <notifications-noreply@linkedin.com>",
  "Daniela Egli und 23 weitere Personen haben auf Ihren Beitrag reagiert",
  "Ihr Beitrag «Ich freue mich, ab August ein neues Kapitel zu beginnen …» erhält viel Aufmerksamkeit.\n\nDaniela Egli, Patrick Suter und 22 weitere haben reagiert. 9 Kommentare.\n\nBeitrag ansehen: https://www.linkedin.com/comm/feed/update/urn:li:activity:7334998120",
  "social:linkedin-notification", brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

C("linkedin-searches", "2025-04-21 10:05 +0200", "LinkedIn <notifications-noreply@linkedin.com>", "Sie wurden diese Woche in 14 Suchen gefunden",
  "Verena, Sie wurden diese Woche in 14 Suchen gefunden.\n\nSie wurden gefunden von Personen aus: Personalvermittlung, Gesundheitswesen, Finanzdienstleistungen.\nSuchbegriffe: Payroll, Lohnbuchhaltung, Quellensteuer\n\nMehr sehen mit Premium: https://www.linkedin.com/comm/premium/",
  "social:linkedin-search-appearances", brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

C("xing-visits", "2025-03-03 09:15 +0100", "XING <mailrobot@mail.xing.com>", "3 neue Besucher*innen auf Ihrem Profil",
  "Hallo Verena Hofstätter,\n\nIhr Profil wurde in den letzten 7 Tagen von 3 Personen besucht, darunter von einer Person aus der Branche «Personaldienstleistungen».\n\nMit XING Premium sehen Sie alle Besucher*innen.",
  "social:xing-notification", brand="XING", color="#006567", mid="default", mid_domain="mail.xing.com")

C("chor-twint-qr", "2025-05-13 19:12 +0200", "TWINT <noreply@twint.ch>", "Ihr TWINT QR-Code für «Gemischter Chor Wipkingen – Konzertkasse»",
  "Guten Tag\n\nIhr statischer QR-Code für Vereinszahlungen wurde erstellt. Bezeichnung: Gemischter Chor Wipkingen – Konzertkasse. Empfängerkonto: CH93 0070 0110 0042 1876 4.\n\nSie können den QR-Code ausdrucken und vor Ort aufhängen.",
  "club:payment-setup", brand="TWINT", color="#000000", mid="default", mid_domain="twint.ch")
