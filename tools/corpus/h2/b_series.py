# Mailbox B: recurring senders and further everyday mail (hand-written snippets).
from b_jobs import TW, TW_OLD, TW_SIG
from b_life import KAT, MUTTER, FLO, MARKUS, ANDI, MICHA

M = []


def S(key, date, frm, subject, body, kind, lang="de", to=TW, **kw):
    kw.update(key=key, date=date, frm=frm, to=to, subject=subject, body=body, kind=kind, lang=lang, label="not_job")
    kw.setdefault("fmt", "alt")
    kw.setdefault("cte", "qp")
    M.append(kw)


# ---- Isar-Kurier (Munich newsletter)
IK = ("Isar-Kurier", "newsletter@isar-kurier.de")
ik = [
    ("2024-09-05", "Oktoberfest-Countdown, Stammstrecke, Mieten", ["Wiesn 2024: Was sich auf der Theresienwiese ändert", "Zweite Stammstrecke: Neue Verzögerung bis 2037?", "Mietspiegel: Pasing und Laim holen auf"]),
    ("2024-09-19", "Wiesn-Auftakt, Verkehrschaos, Herbstferien", ["O'zapft is: Die Bilanz des ersten Wochenendes", "Sperrungen rund um die Theresienwiese", "Ausflugstipps für die Herbstferien"]),
    ("2024-10-03", "Wiesn-Bilanz, Tram Westtangente", ["6,7 Millionen Besucher: Die Wiesn-Bilanz", "Tram-Westtangente: Baustart in Laim", "Herbstdult in der Au"]),
    ("2024-10-17", "Fahrpreise, Kita-Gebühren, Föhn", ["MVV-Preise steigen im Dezember", "Stadtrat diskutiert Kita-Gebühren", "Föhnwetter: Die besten Aussichtspunkte"]),
    ("2024-11-07", "Christkindlmarkt, Wohnungsbau", ["Christkindlmärkte öffnen am 25. November", "Neubaugebiet Freiham: Die nächsten 2.000 Wohnungen", "Interview mit der Leiterin des Tierparks"]),
    ("2024-11-21", "Erster Schnee, Streikwarnung", ["Erster Schnee in München – Chaos auf der A96", "Verdi kündigt Warnstreiks bei der MVG an", "Die schönsten Adventskonzerte"]),
    ("2024-12-05", "Tollwood, Nikolaus, Bauarbeiten", ["Tollwood-Winterfestival startet", "Bauarbeiten am Pasinger Bahnhof über Weihnachten", "Rezept: Bayerische Vanillekipferl"]),
    ("2024-12-19", "Weihnachtsverkehr, Silvester", ["Reisewelle: Wann die Autobahnen voll werden", "Silvester: Böllerverbot in der Altstadt", "Unsere Jahresrückblick-Ausgabe"]),
    ("2025-01-09", "Neujahrsbilanz, Glatteis", ["Silvester-Bilanz der Feuerwehr", "Glatteis: Unfallserie im Münchner Westen", "Neu 2025: Was sich für Münchner ändert"]),
]
for i, (d, t, items) in enumerate(ik):
    S(f"ik{i}", d + " 06:00", IK, f"Isar-Kurier am Morgen: {t}",
      "Grüß Gott!\n\n" + "\n".join("• " + x for x in items) + "\n\nAlle Meldungen: https://isar-kurier.de/morgen\n\nNewsletter abbestellen: https://isar-kurier.de/abo",
      "newsletter-news", mid="ses", fmt="html", color="#1b4f72")

# ---- Ingenieur-Nachrichten weekly
INN = ("Ingenieur-Nachrichten", "newsletter@ingenieur-nachrichten.de")
inn = [
    ("2024-09-12", "Wasserstoff-Züge, Normen-Update ISO 21940", ["Wasserstoffzüge: Bilanz nach zwei Jahren im Regelbetrieb", "ISO 21940: Was sich beim Auswuchten ändert", "Messebericht: AMB Stuttgart 2024"]),
    ("2024-09-26", "AMB-Nachlese, Fachkräftemangel", ["AMB 2024: Die Highlights aus Halle 10", "Fachkräftemangel im Maschinenbau: Zahlen des VDMA", "Additive Fertigung von Zahnrädern – schon serienreif?"]),
    ("2024-10-31", "E-Achsen, Gehaltsstudie", ["E-Achsen der dritten Generation im Vergleich", "Gehaltsstudie: Ingenieure in Baden-Württemberg verdienen am meisten", "Schmierstoffe für Hochdrehzahl-Getriebe"]),
    ("2024-11-14", "Robotik, Reibwerte, Normung", ["Robotik: Warum Wellgetriebe knapp werden", "Reibwertmessung an Schraubenverbindungen", "Neue VDI 2230 Blatt 1: Was Konstrukteure wissen müssen"]),
    ("2024-11-28", "Insolvenzen bei Zulieferern, Leichtbau", ["Insolvenzwelle bei Zulieferern – und was dahinter steckt", "Leichtbau mit Magnesium: Comeback?", "Weiterbildung: Neue berufsbegleitende Master"]),
    ("2024-12-12", "Jahresrückblick Maschinenbau", ["Das Jahr 2024 im Maschinenbau: Auftragseingänge, Stellen, Trends", "Die meistgelesenen Artikel", "Buchtipps für die Feiertage"]),
    ("2025-01-16", "Ausblick 2025, CO2-Grenzausgleich", ["Ausblick 2025: Was die Branche erwartet", "CO2-Grenzausgleich: Was auf Zulieferer zukommt", "Tribologie-Tagung Göttingen"]),
    ("2025-02-06", "Hannover Messe Vorschau", ["Hannover Messe 2025: Was Aussteller zeigen", "Schadensanalyse an Wälzlagern: Fallbeispiele", "Normen-Update Februar"]),
]
for i, (d, t, items) in enumerate(inn):
    S(f"inn{i}", d + " 06:30", INN, f"Wochenüberblick: {t}",
      "Ingenieur-Nachrichten – Der Wochenüberblick\n\n" + "\n\n".join("▸ " + x for x in items) + "\n\nZum Portal: https://ingenieur-nachrichten.de\n\nAbbestellen: https://ingenieur-nachrichten.de/abo",
      "newsletter-trade", mid="ses", color="#004a7f")

# ---- CAD tool newsletter (English)
cad = [
    ("2024-09-17", "NX 2406 is here: what's new for sheet metal", "Improved flange tools, faster drawing updates and new PMI options."),
    ("2024-10-22", "Webinar: Gear design with KISSsoft and NX", "Join our live session on October 30 – from calculation to 3D model in one workflow."),
    ("2024-12-03", "Tips & Tricks: Assembly constraints that don't break", "Five techniques from our support team to keep large assemblies stable."),
    ("2025-01-28", "CAD User Days 2025 – registration open", "Two days, 40 sessions, Munich and Stuttgart. Early bird until February 28."),
]
for i, (d, sub, txt) in enumerate(cad):
    S(f"cad{i}", d + " 15:00", ("CADworks Community", "community@cadworks-community.com"), sub,
      txt + "\n\nRead more: https://cadworks-community.com/news\n\nYou are receiving this email as a registered community member. Unsubscribe: https://cadworks-community.com/unsubscribe",
      "newsletter-tool", lang="en", tz="America/New_York", mid="sendgrid", color="#0b3954")

# ---- Sparkasse
SPK = ("Sparkasse Isartal", "service@sparkasse-isartal.de")
for i, (d, mon) in enumerate([("2024-09-02 06:00", "August"), ("2024-10-01 06:00", "September"), ("2024-11-04 06:00", "Oktober"),
                              ("2024-12-02 06:00", "November"), ("2025-01-02 06:00", "Dezember"), ("2025-02-03 06:00", "Januar")]):
    S(f"spk{i}", d, SPK, "Neues Dokument in Ihrem elektronischen Postfach",
      f"Sehr geehrter Herr Wendlinger,\n\nin Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:\n\nKontoauszug {mon} – Girokonto DE12 7005 4306 ****\n\nBitte melden Sie sich im Online-Banking an, um das Dokument abzurufen.\n\nIhre Sparkasse Isartal",
      "bank-statement", fmt="html", cte="b64", color="#ff0000")
S("spk_push", "2024-12-20 19:33", SPK, "Sicherheitshinweis: Neue Freigabe mit pushTAN",
  "Sehr geehrter Herr Wendlinger,\n\nSie haben soeben ein neues Gerät für das pushTAN-Verfahren registriert. Wenn Sie das nicht waren, rufen Sie bitte sofort den Sperrnotruf 116 116 an.\n\nIhre Sparkasse Isartal", "bank-security", fmt="html", cte="b64", color="#ff0000")

# ---- Subscriptions
for i, d in enumerate(["2024-09-15 04:10", "2024-10-15 04:12", "2024-11-15 04:09", "2024-12-15 04:11", "2025-01-15 04:10"]):
    S(f"film{i}", d, ("Filmflat", "rechnung@filmflat.de"), "Ihre Filmflat-Zahlung war erfolgreich",
      "Hallo Tobias,\n\nwir haben Ihre Zahlung über 13,99 € für Filmflat Familie erhalten.\n\nNeu diese Woche: „Die Bergretter“ Staffel 16, „Paw Patrol – Der Kinofilm“.\n\nIhr Filmflat-Team", "subscription-receipt", fmt="html", cte="qp", color="#e50914")
for i, (d, mon, amt) in enumerate([("2024-09-06 10:00", "August", "29,99"), ("2024-10-07 10:00", "September", "29,99"),
                                   ("2024-11-06 10:00", "Oktober", "31,49"), ("2024-12-06 10:00", "November", "29,99"),
                                   ("2025-01-07 10:00", "Dezember", "29,99"), ("2025-02-06 10:00", "Januar", "29,99")]):
    S(f"tel{i}", d, ("Alpentel Kundenservice", "rechnung@alpentel.de"), f"Ihre Rechnung für {mon} ist online",
      f"Guten Tag Herr Wendlinger,\n\nIhre aktuelle Rechnung ist da.\n\nRechnungsmonat: {mon}\nBetrag: {amt} €\nKundennummer: 4408172291\n\nDie Rechnung finden Sie in Ihrem Kundencenter: https://kundencenter.alpentel.de\n\nFreundliche Grüße\nIhr Alpentel-Team",
      "telco-bill", fmt="html", cte="qp", charset="windows-1252", color="#009fe3")

# ---- Shipping
ship = [
    ("2024-09-10 08:30", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Kaufwelt24 kommt heute", "Ihre Sendung 00340434292 von Kaufwelt24 wird heute zwischen 10:00 und 13:00 Uhr zugestellt."),
    ("2024-10-11 12:40", ("Hermes", "noreply@myhermes.de"), "Ihre Sendung ist im Paketshop abholbereit", "Ihre Sendung H1004471288 von Versandhaus Rieger liegt im Hermes PaketShop Kiosk Pasing (Landsberger Str. 512) für Sie bereit."),
    ("2024-11-19 09:15", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Hornberger Baumarkt ist unterwegs", "Ihre Sendung (3 Packstücke) wird voraussichtlich am Donnerstag, 21.11., zugestellt."),
    ("2024-12-04 07:50", ("DPD", "noreply@dpd.de"), "Ihr Paket kommt heute zwischen 14:30 und 15:30 Uhr", "Ihr Paket von Spielwaren Kaiser kommt heute. Sie sind nicht zu Hause? Leiten Sie es an einen Nachbarn um."),
    ("2024-12-12 11:05", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung wurde bei einem Nachbarn abgegeben", "Ihre Sendung von Kaufwelt24 wurde bei Ihrem Nachbarn (Familie Öztürk, EG) abgegeben."),
    ("2024-12-17 16:20", ("UPS", "mcinfo@ups.com"), "UPS Update: Paket wird morgen zugestellt", "Ihre Sendung 1Z 4E7 9R2 68 1184 2219 von Optik Sehwerk wird voraussichtlich morgen zugestellt."),
    ("2025-01-22 10:10", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Kaufwelt24 kommt heute", "Ihre Sendung 00340434377 (Umzugskartons, 2 Packstücke) wird heute zugestellt."),
    ("2025-02-10 13:30", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung liegt in der Packstation 118 bereit", "Ihre Sendung von Versandhaus Rieger liegt in der Packstation 118 (Esslingen, Berkheimer Straße) bereit. Abholcode: 552 901"),
]
for i, (d, frm, sub, txt) in enumerate(ship):
    S(f"ship{i}", d, frm, sub, "Hallo Tobias Wendlinger,\n\n" + txt + "\n\nSendungsverfolgung: https://" + frm[1].split("@")[1] + "/tracking",
      "shipping-notification", fmt="html" if i % 2 else "alt", color="#ffcc00", lang="de")

# ---- Orders
orders = [
    ("2024-09-09 21:30", ("Kaufwelt24", "bestellung@kaufwelt24.de"), "Bestellbestätigung 302-4418820-1177", "1 × Schulranzen-Set „Dino“ – 149,00 €\n1 × Federmäppchen gefüllt – 24,99 €\nGesamt: 173,99 €"),
    ("2024-10-10 20:12", ("Versandhaus Rieger", "service@rieger-versand.de"), "Ihre Bestellung 88124410", "1 × Winterjacke Kinder Gr. 122 – 59,99 €\n1 × Matschhose Gr. 92 – 24,99 €\n1 × Gummistiefel Gr. 24 – 19,99 €\nGesamt: 104,97 €"),
    ("2024-11-18 22:05", ("Hornberger Baumarkt", "onlineshop@hornberger-baumarkt.de"), "Auftragsbestätigung Online-Bestellung 7712044", "2 × Umzugskarton Profi (10er-Pack) – 29,98 €\n1 × Sackkarre klappbar – 39,99 €\n1 × Packband (6 Rollen) – 9,99 €\nGesamt: 79,96 €"),
    ("2024-12-01 20:40", ("Spielwaren Kaiser", "shop@spielwaren-kaiser.de"), "Danke für Ihre Bestellung!", "1 × Holzeisenbahn Starterset – 79,90 €\n1 × Lego City Feuerwehrstation – 89,99 €\nGeschenkverpackung – 3,00 €\nGesamt: 172,89 €"),
    ("2024-12-10 21:15", ("Kaufwelt24", "bestellung@kaufwelt24.de"), "Bestellbestätigung 302-8841972-5530", "1 × Thermoskanne 1 l – 24,99 €\n1 × Buch „Das große Wimmelbuch“ – 14,95 €\nGesamt: 39,94 €"),
    ("2024-12-15 19:00", ("Optik Sehwerk", "online@sehwerk.de"), "Bestellung Kontaktlinsen – Bestätigung", "Monatslinsen (6er-Box, 2 ×) – 69,80 €\nPflegemittel 360 ml – 12,90 €\nGesamt: 82,70 €"),
    ("2025-01-19 18:30", ("Kaufwelt24", "bestellung@kaufwelt24.de"), "Bestellbestätigung 302-1194473-0082", "2 × Umzugskarton Bücher (10er) – 27,98 €\n1 × Luftpolsterfolie 50 m – 16,99 €\nGesamt: 44,97 €"),
    ("2025-02-08 20:55", ("Versandhaus Rieger", "service@rieger-versand.de"), "Ihre Bestellung 88210773", "1 × Gardinenstange 200 cm – 34,99 €\n2 × Vorhang Leinenoptik – 59,98 €\nGesamt: 94,97 €"),
]
for i, (d, frm, sub, txt) in enumerate(orders):
    S(f"order{i}", d, frm, sub, "Guten Tag Herr Wendlinger,\n\nvielen Dank für Ihre Bestellung:\n\n" + txt + "\n\nWir informieren Sie, sobald die Ware versandt wurde.",
      "order-receipt", fmt="alt" if i % 3 else "html", cte="b64" if i % 2 else "qp", color="#444444")

# ---- Promotions
promos = [
    ("2024-09-21 10:00", ("Kaufwelt24", "angebote@kaufwelt24.de"), "Herbst-Deals: Bis zu 40 % auf Werkzeug"),
    ("2024-10-05 09:00", ("Autohaus Brandl", "service@autohaus-brandl.de"), "Reifenwechsel-Aktion: Jetzt Termin sichern"),
    ("2024-10-18 18:00", ("Spielwaren Kaiser", "news@spielwaren-kaiser.de"), "Der Weihnachtskatalog 2024 ist da!"),
    ("2024-11-08 08:00", ("Versandhaus Rieger", "news@rieger-versand.de"), "Singles Day: 11 % auf alles"),
    ("2024-11-29 06:30", ("Kaufwelt24", "angebote@kaufwelt24.de"), "Black Friday startet JETZT"),
    ("2024-12-09 12:00", ("Lauffieber Sportshop", "news@lauffieber.de"), "Geschenkideen für Läufer"),
    ("2024-12-27 10:00", ("Filmflat", "news@filmflat.de"), "Zwischen den Jahren: Die besten Familienfilme"),
    ("2025-01-10 09:00", ("Hornberger Baumarkt", "angebote@hornberger-baumarkt.de"), "Frühjahrsputz? Alles für Haus & Garten"),
    ("2025-02-01 11:00", ("Möbelhaus Neckartal", "news@moebel-neckartal.de"), "Willkommen in Esslingen? 15 % Umzugsrabatt"),
    ("2025-02-12 08:30", ("Lauffieber Sportshop", "news@lauffieber.de"), "Frühjahrskollektion: Neue Laufschuhe eingetroffen"),
]
for i, (d, frm, sub) in enumerate(promos):
    S(f"promo{i}", d, frm, sub, sub + "\n\nEntdecken Sie unsere Angebote auf https://" + frm[1].split("@")[1] +
      "\n\nSie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://" + frm[1].split("@")[1] + "/newsletter",
      "promotion", fmt="html", cte="b64" if i % 2 else "qp", color="#c0392b")

# ---- Kita Regenbogen (Munich) parent letters
KR = ("Kita Regenbogen Pasing", "kita.regenbogen@kitas-pasing.de")
kr = [
    ("2024-09-16 14:00", "Elternabend am 26.09.", "Liebe Eltern der Schmetterlingsgruppe,\n\nunser Elternabend findet am Donnerstag, 26.09., um 19:30 Uhr im Turnraum statt. Themen: Eingewöhnung der neuen Kinder, Elternbeiratswahl, Termine bis Weihnachten.\n\nWir freuen uns auf Sie!\nIhr Kita-Team"),
    ("2024-10-28 13:30", "Laternenfest am 11. November", "Liebe Eltern,\n\nam Montag, 11.11., feiern wir ab 17 Uhr unser Laternenfest. Die Laternen basteln wir in der Gruppe; bitte geben Sie Ihrem Kind einen Laternenstab mit. Für Punsch und Brezen ist gesorgt.\n\nIhr Kita-Team"),
    ("2024-11-29 12:00", "Schließtage 2025", "Liebe Eltern,\n\nanbei unsere Schließtage für 2025. Bitte beachten Sie insbesondere die Schließzeit vom 04.08. bis 22.08.2025.\n\nIhr Kita-Team"),
    ("2024-12-03 15:15", "Nikolaus kommt!", "Liebe Eltern,\n\nam Freitag, 06.12., besucht uns der Nikolaus. Bitte geben Sie Ihrem Kind einen Stiefel mit Namen mit. Wir freuen uns!\n\nIhr Kita-Team"),
    ("2025-01-24 11:45", "Abschied von Lina", "Liebe Familie Wendlinger,\n\nam Donnerstag, 30.01., feiern wir Linas Abschied in der Gruppe. Wenn Sie mögen, kann Lina einen Kuchen mitbringen. Wir werden sie sehr vermissen!\n\nHerzliche Grüße\nMelanie und das Schmetterlings-Team"),
]
for i, (d, sub, txt) in enumerate(kr):
    S(f"kr{i}", d, KR, sub, txt, "childcare-newsletter", fmt="plain", to=[TW, KAT], charset="windows-1252")

# ---- Grundschule München (Jonas, 1st grade since Sept)
GS = ("Grundschule am Knie – Klasse 1c", "klasse1c.gs-amknie@gmail.com")
gs = [
    ("2024-09-13 16:00", "Willkommen in der 1c!", "Liebe Eltern der 1c,\n\nherzlich willkommen! Die ersten Tage waren wunderbar. Bitte denken Sie an: Turnbeutel montags, Hausschuhe mit Namen, die Postmappe jeden Tag im Ranzen.\n\nHerzliche Grüße\nKerstin Sedlmayr"),
    ("2024-10-11 14:20", "Wandertag am 18.10.", "Liebe Eltern,\n\nam Freitag, 18.10., wandern wir zum Nymphenburger Schlosspark. Bitte wetterfeste Kleidung und eine Brotzeit mitgeben. Rückkehr ca. 12:30 Uhr.\n\nK. Sedlmayr"),
    ("2024-12-02 17:10", "Weihnachtsbasteln – Helfer gesucht", "Liebe Eltern,\n\nfür unser Weihnachtsbasteln am 13.12. suche ich noch drei Eltern, die von 8 bis 11 Uhr helfen können. Bitte kurz per Mail melden.\n\nK. Sedlmayr"),
    ("2025-01-17 15:40", "Abschied von Jonas", "Lieber Herr Wendlinger,\n\nvielen Dank für die Info zum Umzug. Die Abmeldebestätigung liegt im Sekretariat für Sie bereit. Die Klasse macht Jonas am letzten Tag ein kleines Abschiedsbuch – er wird uns fehlen!\n\nHerzliche Grüße\nKerstin Sedlmayr"),
]
for i, (d, sub, txt) in enumerate(gs):
    S(f"gs{i}", d, GS, sub, txt, "school-newsletter", fmt="plain", mid="gmail", to=[TW, KAT])
S("tw_gs_help", "2024-12-02 20:45", TW, "AW: Weihnachtsbasteln – Helfer gesucht",
  "Liebe Frau Sedlmayr,\n\nich kann am 13.12. gern beim Basteln helfen – ich nehme mir den Vormittag frei.\n\nViele Grüße\nTobias Wendlinger (Papa von Jonas)", "school-reply",
  to=GS, fmt="plain", mid="outlook_desktop", parent="gs2", quote="outlook_de")

# ---- Fußball F-Jugend
FC = ("Thomas Rieder (FC Pasing F-Jugend)", "f-jugend@fc-pasing.de")
fc = [
    ("2024-09-04 21:00", "Training ab nächster Woche + Trikots", "Hallo zusammen,\n\nab nächster Woche trainieren wir wieder dienstags und donnerstags 17:00–18:15 Uhr. Die neuen Trikots sind da, bitte 35 € bis Ende September in bar mitbringen.\n\nSportliche Grüße\nThomas"),
    ("2024-10-14 20:30", "Turnier am Samstag in Gräfelfing", "Hallo Eltern,\n\nSamstag ist Turnier in Gräfelfing, Treffpunkt 8:45 Uhr am Vereinsheim. Wir brauchen noch zwei Fahrer.\n\nThomas"),
    ("2024-12-08 19:10", "Weihnachtsfeier F-Jugend", "Hallo zusammen,\n\nunsere Weihnachtsfeier ist am 18.12. um 17 Uhr im Vereinsheim. Jede Familie bringt bitte etwas fürs Buffet mit.\n\nThomas"),
]
for i, (d, sub, txt) in enumerate(fc):
    S(f"fc{i}", d, FC, sub, txt, "club", fmt="plain", mid="webde")
S("tw_fc_fahrer", "2024-10-14 21:10", TW, "AW: Turnier am Samstag in Gräfelfing", "Hallo Thomas,\n\nich kann fahren, habe drei Plätze frei.\n\nGruß Tobias", "club-reply", to=FC, fmt="plain", mid="outlook_desktop", parent="fc1", quote="outlook_de")

# ---- Katrin
kat = [
    ("2024-09-03 12:15", "Vertrag unterschrieben!", "Schatz, ich hab's gerade unterschrieben – 01.02. Start in Stuttgart! Jetzt wird's ernst mit dem Umzug. Heute Abend feiern? Ich hol Pizza. K."),
    ("2024-09-11 20:30", "Kita-Portal", "Hab Lina im Esslinger Kita-Portal vorgemerkt, läuft über deine Mail, weil ich mein Passwort vergessen hab 🙈 Drei Kitas ausgewählt, Sonnenblume auf Platz 1."),
    ("2024-10-25 18:05", "Sonnenblume ♥", "Die Kita war soooo schön, oder? Lina wollte gar nicht mehr gehen. Ich glaub, das klappt!"),
    ("2024-11-12 19:20", "Re: Angebot", "Ich hab's gerade gelesen – 84.500 und Umzugskosten! Das ist super. Lass uns heute Abend in Ruhe drüber reden, aber ich finde: Annehmen!! 🥂"),
    ("2024-12-06 20:10", "Mietvertrag", "Hab unterschrieben, jetzt bist du dran (DocuSign-Mail müsste bei dir auch sein). Ich kann's nicht glauben, dass wir eine Wohnung haben!"),
    ("2025-01-13 07:45", "Nachsendeauftrag", "Denkst du an den Nachsendeauftrag bei der Post? Und Ummeldung Auto. Liste hängt am Kühlschrank 😉"),
    ("2025-02-03 12:30", "Erster Tag?", "Und, wie ist's bei K&V? Hab ein Foto von Jonas vor der neuen Schule geschickt, er war total stolz."),
]
for i, (d, sub, txt) in enumerate(kat):
    S(f"kat{i}", d, KAT, sub, txt, "partner", fmt="plain", mid="gmail")
S("tw_kat_re", "2025-02-03 17:40", TW, "AW: Erster Tag?", "Erster Tag war gut! Arbeitsplatz ist eingerichtet, Herr Schaible hat mich durch die Hallen geführt, Kantine ist ordentlich. Und der Weg mit dem Rad: 12 Minuten! Bis heute Abend.", "partner", to=KAT, fmt="plain", mid="outlook_desktop", parent="kat6", quote="outlook_de")

# ---- Mother / brother / friends
S("mutter1", "2024-09-08 17:30", MUTTER, "Umzug nach Esslingen",
  "Lieber Tobias,\n\nKatrin hat mir am Telefon erzählt, dass ihr wirklich nach Esslingen zieht. Ich freue mich für sie, aber es ist halt schon weit weg von Augsburg. Dann musst du mir halt öfter schreiben!\n\nWie geht es mit deinen Bewerbungen? Papa hätte gesagt: Ein Ingenieur findet immer was.\n\nDeine Mama", "family", fmt="plain", charset="iso-8859-1", cte="8bit")
S("tw_mutter1", "2024-09-08 21:00", TW, "AW: Umzug nach Esslingen",
  "Liebe Mama,\n\nja, es wird ernst. Esslingen ist mit dem Zug nur gut zwei Stunden von Augsburg, wir kommen oft vorbei, versprochen. Die Bewerbungen laufen, ich habe schon ein paar rausgeschickt. Ich halte dich auf dem Laufenden.\n\nDein Tobias", "family", to=MUTTER, fmt="plain", mid="outlook_desktop", parent="mutter1", quote="outlook_de")
S("mutter2", "2024-11-17 18:00", MUTTER, "Gratuliere!", "Lieber Tobias,\n\nKatrin hat es mir schon verraten! Ich bin so stolz auf dich. Weihnachten feiern wir dann ein letztes Mal in Pasing, oder kommt ihr zu mir?\n\nDeine Mama", "family", fmt="plain", charset="iso-8859-1", cte="8bit")
S("mutter3", "2024-12-27 11:00", MUTTER, "Danke für Weihnachten", "Lieber Tobias, liebe Katrin,\n\ndanke für die schönen Tage. Jonas hat mir am Telefon gerade erzählt, dass er schon seine Kiste für den Umzug gepackt hat – mit allen Legos.\n\nGuten Rutsch!\nMama", "family", fmt="plain", charset="iso-8859-1", cte="8bit")
S("flo1", "2024-10-21 22:10", FLO, "AW: Stand der Dinge", "Servus Tobi,\n\nklingt doch gut! Esslingen ist eh schön, und Kessler & Voigt kenn ich sogar vom Namen, die haben mal eine Anlage für uns gebaut. Daumen sind gedrückt.\n\nHausbau: Bodenplatte ist drauf, jetzt warten wir auf den Zimmerer. Ich sag nur: Handwerker…\n\nFlo", "family", fmt="plain", mid="gmx", parent="tw_flo", quote="webde")
S("flo2", "2025-01-25 09:30", FLO, "Umzugshelfer", "Ich komm am 30. mit dem Sprinter von der Firma und helf beim Einladen. Bin um 7 da. Kaffee bitte bereithalten!", "family", fmt="plain", mid="gmx")
S("andi1", "2024-09-27 18:20", ANDI, "Skat Freitag?", "Servus, nächsten Freitag Skat bei mir? Sepp hat zugesagt. 19:30. Andi", "friend", fmt="plain")
S("andi2", "2024-11-22 17:00", ANDI, "Skat + Abschied", "Servus Tobi, da du uns ja Richtung Schwaben verlässt, machen wir am 13.12. eine Abschiedsrunde mit Schweinsbraten beim Wirt. Keine Widerrede. Andi", "friend", fmt="plain")
S("tw_andi2", "2024-11-22 18:30", TW, "AW: Skat + Abschied", "Servus Andi, da komm ich gern. Aber die Runde zahl ich! Tobi", "friend", to=ANDI, fmt="plain", mid="outlook_desktop", parent="andi2", quote="outlook_de")
S("andi3", "2025-01-26 20:00", ANDI, "Online-Skat", "Falls dir in Esslingen langweilig wird: Sepp hat einen Online-Skat-Tisch eingerichtet. Donnerstags 20 Uhr. Link kommt per WhatsApp.", "friend", fmt="plain")
S("micha1", "2024-11-15 12:20", MICHA, "Glückwunsch!", "Hab's gerade von Sabine gehört – Esslingen, Sondermaschinenbau. Super, gönn ich dir! Wir müssen vor deinem letzten Tag noch ein Bier trinken. Micha", "former-colleague", fmt="plain", mid="gmail")
S("micha2", "2024-12-10 09:15", MICHA, "Weihnachtsfeier Abteilung", "Servus Tobi, unsere Abteilungs-Weihnachtsfeier ist am 19.12. im Augustiner am Dom, 18 Uhr. Du bist natürlich dabei, auch wenn du bald weg bist. Micha", "former-colleague", fmt="plain", mid="gmail")
S("markus2", "2024-10-18 19:40", MARKUS, "Absage von Reuter", "Tja, Reuter hat abgesagt – „ein anderer Kandidat passt besser zum Team“. Naja, dann halt nicht. Bin noch bei zwei anderen im Rennen. Sonntag Grillen bei uns?", "lookalike:friend-own-rejection", fmt="plain", mid="outlook")

# ---- Moving logistics, authorities, utilities
S("netz_umzug", "2024-12-09 14:00", ("Netzwerk24 Kundenservice", "service@netzwerk24.de"), "Ihr Umzugsauftrag ist bei uns eingegangen",
  "Sehr geehrter Herr Wendlinger,\n\nwir haben Ihren Umzugsauftrag erhalten. Ihr Internetanschluss wird am 31.01.2025 in München deaktiviert und am 03.02.2025 in Esslingen (Berkheimer Straße 48) aktiviert. Der Techniker-Termin: 03.02.2025, 8–12 Uhr.\n\nIhr Netzwerk24-Team", "utility-move", fmt="alt", color="#5c2d91")
S("swm", "2025-02-11 09:00", ("Stadtwerke München", "kundenservice@swm.de"), "Ihre Schlussrechnung Strom",
  "Sehr geehrter Herr Wendlinger,\n\nanbei Ihre Schlussrechnung für die Lieferstelle Am Knie 14, 81241 München. Guthaben: 87,40 €. Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen.\n\nIhre SWM", "utility-bill", fmt="html", cte="qp", color="#00a0e1")
S("neckarwerke", "2024-12-18 11:30", ("Neckarwerke Esslingen", "vertrieb@neckarwerke-es.de"), "Willkommen bei den Neckarwerken – Vertragsbestätigung",
  "Sehr geehrter Herr Wendlinger,\n\nherzlich willkommen! Wir bestätigen Ihren Stromliefervertrag (Neckar Öko Strom) ab 01.02.2025 für die Lieferstelle Berkheimer Straße 48. Abschlag: 98,00 €/Monat.\n\nIhre Neckarwerke Esslingen", "utility-contract", fmt="alt", charset="windows-1252")
S("buergerbuero", "2025-01-08 08:30", ("Stadt Esslingen – Terminvereinbarung", "termine@esslingen.de"), "Terminbestätigung Bürgerbüro: Anmeldung Wohnsitz",
  "Sehr geehrter Herr Wendlinger,\n\nIhr Termin: Dienstag, 04.02.2025, 09:20 Uhr, Bürgerbüro Esslingen, Rathausplatz 2.\nAnliegen: Anmeldung eines Wohnsitzes (4 Personen)\n\nBitte bringen Sie Personalausweise, Reisepässe der Kinder und die Wohnungsgeberbestätigung mit.", "government-appointment", fmt="plain", charset="iso-8859-1")
S("zulassung", "2025-02-05 10:15", ("Landratsamt Esslingen – Zulassung", "noreply-zulassung@lra-es.de"), "Ihre Online-Ummeldung (i-Kfz) wurde bearbeitet",
  "Sehr geehrter Herr Wendlinger,\n\nIhre Ummeldung für das Fahrzeug mit dem bisherigen Kennzeichen M-TW 4417 wurde bearbeitet. Sie dürfen das Kennzeichen behalten. Die Zulassungsbescheinigung Teil I erhalten Sie per Post.", "government-notice", fmt="plain")
S("post_nachsende", "2025-01-14 19:40", ("Deutsche Post", "noreply@nachsendeservice.deutschepost.de"), "Auftragsbestätigung Nachsendeservice",
  "Sehr geehrter Herr Wendlinger,\n\nIhr Nachsendeauftrag (Privat, 12 Monate) ab 01.02.2025 wurde erfolgreich angelegt. Auftragsnummer: NS-2025-4418821. Betrag: 32,90 €.", "service-order", fmt="html", cte="qp", color="#ffcc00")
S("hv_muc", "2024-10-28 10:20", ("Hausverwaltung Obermaier", "info@hv-obermaier.de"), "Bestätigung Ihrer Kündigung – Am Knie 14, 2. OG rechts",
  "Sehr geehrte Familie Wendlinger,\n\nwir bestätigen den Eingang Ihrer Kündigung des Mietverhältnisses zum 31.01.2025. Den Termin für die Wohnungsübergabe stimmen wir im Januar mit Ihnen ab. Bitte beachten Sie die Regelungen zu Schönheitsreparaturen in § 8 Ihres Mietvertrags.\n\nMit freundlichen Grüßen\nHausverwaltung Obermaier", "landlord-notice", fmt="plain", charset="windows-1252", to=[TW, KAT])
S("hv_muc2", "2025-01-15 11:00", ("Hausverwaltung Obermaier", "info@hv-obermaier.de"), "Wohnungsübergabe 31.01.2025, 14:00 Uhr",
  "Sehr geehrter Herr Wendlinger,\n\nwie telefonisch besprochen findet die Wohnungsübergabe am Freitag, 31.01.2025, um 14:00 Uhr statt. Bitte halten Sie alle Schlüssel (3 Wohnung, 2 Haustür, 1 Briefkasten, 1 Keller) bereit.\n\nMit freundlichen Grüßen\nHausverwaltung Obermaier", "landlord-notice", fmt="plain", charset="windows-1252")
S("halteverbot", "2025-01-10 13:00", ("Halteverbot Express", "auftrag@halteverbot-express.de"), "Auftragsbestätigung Halteverbotszone 30.01.2025",
  "Guten Tag,\n\nwir bestätigen Ihren Auftrag für eine Halteverbotszone (15 m) vor Am Knie 14, München, am 30.01.2025 von 7 bis 18 Uhr. Die Schilder werden 4 Tage vorher aufgestellt. Preis: 129,00 €.", "service-order", fmt="plain")
S("hausrat", "2025-01-21 09:40", ("Bayerische Hausrat Versicherung", "kundenservice@bay-hausrat.de"), "Ihre Adressänderung – Nachtrag zum Vertrag",
  "Sehr geehrter Herr Wendlinger,\n\nwir haben Ihre neue Anschrift ab 01.02.2025 erfasst. Durch die Wohnfläche von 102 m² ändert sich Ihr Jahresbeitrag auf 148,20 €. Den Nachtrag finden Sie im Anhang.", "insurance-notice", fmt="alt", attach=[("Nachtrag_Hausrat.pdf", "pdf")])
S("kfz_vers", "2024-11-29 10:00", ("Südwest Kfz-Versicherung", "service@suedwest-kfz.de"), "Ihre Beitragsrechnung 2025",
  "Sehr geehrter Herr Wendlinger,\n\nanbei Ihre Beitragsrechnung für 2025. Beitrag: 612,40 € (SF 14). Abbuchung zum 01.01.2025.\n\nTipp: Wechselfrist endet am 30.11.", "insurance-bill", fmt="html", cte="b64", color="#2c3e50")

# ---- health / calendar / misc
S("kinderarzt", "2024-10-21 18:00", ("Doctolib", "no-reply@doctolib.de"), "Erinnerung: Termin für Lina Wendlinger morgen um 09:40 Uhr",
  "Erinnerung\n\nKinderarztpraxis Dr. Seidl & Partner – U7a\nDienstag, 22. Oktober 2024, 09:40 Uhr\nBodenseestraße 218, 81243 München\n\nBitte das gelbe Heft und den Impfpass mitbringen.", "doctor-reminder", fmt="alt", color="#107aca")
S("zahnarzt_b", "2024-09-23 08:00", ("Zahnarztpraxis Pasing Mitte", "praxis@zahn-pasing.de"), "Terminerinnerung 25.09.2024 – 07:45 Uhr",
  "Sehr geehrter Herr Wendlinger,\n\nwir erinnern an Ihren Kontrolltermin am Mittwoch, 25.09.2024, 07:45 Uhr.\n\nIhr Praxisteam", "doctor-reminder", fmt="plain")
S("gcal_b1", "2024-11-04 20:00", ("Google Kalender", "calendar-notification@google.com"), "Erinnerung: Kessler & Voigt vor Ort (Esslingen) @ Di. 5. Nov. 2024 13:00 - 16:00 (MEZ)",
  "Kessler & Voigt vor Ort (Esslingen)\nWann: Dienstag, 5. November 2024 13:00 – 16:00 Mitteleuropäische Zeit - Berlin\nWo: Zeppelinstraße 88, Esslingen\n\nZug 08:47 ab München Hbf!\n\nEinladung von Google Kalender", "calendar-reminder-own")
S("gcal_b2", "2025-01-29 19:00", ("Google Kalender", "calendar-notification@google.com"), "Erinnerung: Umzug LKW kommt @ Do. 30. Jan. 2025 07:00 - 18:00 (MEZ)",
  "Umzug LKW kommt\nWann: Donnerstag, 30. Januar 2025 07:00 – 18:00 Mitteleuropäische Zeit - Berlin\nWo: Am Knie 14\n\nEinladung von Google Kalender", "calendar-reminder")
S("ski", "2024-11-10 21:20", ("Ferienhof Alpenblick", "info@ferienhof-alpenblick.de"), "Buchungsbestätigung 02.–05.01.2025",
  "Liebe Familie Wendlinger,\n\nvielen Dank für Ihre Buchung! Wir bestätigen die Ferienwohnung „Grünten“ vom 02.01. bis 05.01.2025 für 2 Erwachsene und 2 Kinder. Preis: 396 € inkl. Endreinigung. Anzahlung 100 € bitte bis 30.11.\n\nHerzliche Grüße aus dem Allgäu\nFamilie Berchtold", "travel-booking", fmt="plain", charset="windows-1252", cte="8bit")
S("webde1", "2024-10-02 09:00", ("WEB.DE", "neu@web.de"), "Ihr Postfach ist zu 90 % voll",
  "Hallo Herr Wendlinger,\n\nIhr Postfach ist fast voll. Löschen Sie nicht mehr benötigte E-Mails oder erweitern Sie Ihren Speicher mit WEB.DE Club.\n\nIhr WEB.DE Team", "provider-notice", fmt="html", cte="qp", color="#ffd800")
S("webde2", "2025-01-06 08:00", ("WEB.DE Magazin", "newsletter@web.de"), "Ihre Themen der Woche",
  "• Neu 2025: Was sich bei Steuern und Rente ändert\n• Glätte: So fahren Sie sicher\n• Umzug mit Kindern: 10 Tipps", "newsletter-provider", fmt="html", cte="qp", color="#ffd800")
S("gmx_b", "2024-11-02 07:00", ("GMX", "newsletter@gmx.net"), "Sicherheitstipp: So erkennen Sie Phishing-Mails",
  "Aktuell kursieren gefälschte Paket-Benachrichtigungen. Klicken Sie nie auf Links in Mails von unbekannten Absendern.\n\nIhr GMX Team", "provider-notice", to=TW_OLD, fmt="html", cte="qp", color="#1c449b")
S("paypal_b", "2025-01-11 14:02", ("PayPal", "service@paypal.de"), "Sie haben eine Zahlung von Svetlana K. erhalten",
  "Hallo Tobias Wendlinger,\n\nSvetlana K. hat Ihnen 140,00 EUR gesendet.\n\nMitteilung: Kinderwagen, danke!\n\nIhr PayPal-Team", "payment-notification", fmt="html", cte="qp", color="#003087")
S("autoclub", "2024-12-14 09:00", ("Autoclub Süd", "mitglieder@autoclub-sued.de"), "Ihr Mitgliedsbeitrag 2025",
  "Sehr geehrter Herr Wendlinger,\n\nIhr Jahresbeitrag für die Familienmitgliedschaft Plus (139,00 €) wird am 02.01.2025 eingezogen. Neu: Pannenhilfe auch für E-Bikes.\n\nIhr Autoclub Süd", "membership", fmt="alt", color="#f7d117")
S("autohaus", "2024-10-08 16:30", ("Autohaus Brandl", "service@autohaus-brandl.de"), "Ihr Fahrzeug ist abholbereit",
  "Sehr geehrter Herr Wendlinger,\n\nIhr Fahrzeug (M-TW 4417) ist fertig: Inspektion, Reifenwechsel auf Winterreifen, Scheibenwischer ersetzt. Rechnungsbetrag: 486,30 €. Sie können es ab 17 Uhr abholen.", "service-notice", fmt="plain")
S("lauf", "2024-09-18 12:00", ("Isarlauf Orga", "info@isarlauf-muenchen.de"), "Deine Startunterlagen – Isarlauf 10 km",
  "Hallo Tobias,\n\ndein Startplatz für den Isarlauf am 06.10.2024 ist bestätigt. Startnummer: 2291, Startblock C, 10:15 Uhr.\n\nAbholung der Startunterlagen: Samstag, 05.10., 10–18 Uhr im Sportcenter Thalkirchen.", "event-registration", fmt="alt", color="#16a085")
S("lauf2", "2024-10-07 09:00", ("Isarlauf Orga", "info@isarlauf-muenchen.de"), "Deine Ergebnisse – Isarlauf 2024",
  "Hallo Tobias,\n\nglückwunsch zum Finish! Deine Zeit: 49:12 min (Platz 612 von 2.140, M35: Platz 98). Fotos findest du ab morgen auf isarlauf-muenchen.de/fotos.", "event-result", fmt="alt", color="#16a085")
S("ez_probe", "2025-02-04 07:00", ("Esslinger Zeitung", "abo@esslinger-zeitung.de"), "Willkommen! Ihr 4-Wochen-Probeabo startet",
  "Sehr geehrter Herr Wendlinger,\n\nab morgen erhalten Sie die Esslinger Zeitung vier Wochen lang kostenlos – digital und gedruckt. Willkommen in Esslingen!", "newspaper-subscription", fmt="html", cte="qp", color="#003d7c")
S("kv_welcome_private", "2025-01-30 17:45", ("Stefan Schaible", "stefan.schaible@gmx.de"), "Servus aus Esslingen",
  "Hallo Herr Wendlinger,\n\nich schreibe Ihnen privat, weil ich weiß, dass Sie gerade mitten im Umzug stecken. Falls Sie beim Ausladen am Samstag noch zwei Hände brauchen: Ich wohne nur drei Straßen weiter. Einfach anrufen (0160 9912448).\n\nBis Montag!\nStefan Schaible", "future-colleague-private", fmt="plain")
S("tw_schaible", "2025-01-30 21:10", TW, "AW: Servus aus Esslingen",
  "Hallo Herr Schaible,\n\ndas ist wirklich sehr nett, vielen Dank! Mein Bruder hilft mit, aber ich komme gegebenenfalls gern darauf zurück. Bis Montag!\n\nViele Grüße\nTobias Wendlinger", "future-colleague-reply",
  to=("Stefan Schaible", "stefan.schaible@gmx.de"), fmt="plain", mid="outlook_desktop", parent="kv_welcome_private", quote="outlook_de")
S("elternbeirat", "2024-10-01 20:00", ("Elternbeirat GS am Knie", "elternbeirat.gsamknie@web.de"), "Herbstbasar am 19.10.",
  "Liebe Eltern,\n\nam Samstag, 19.10., findet von 10 bis 13 Uhr unser Kinderkleider- und Spielzeugbasar in der Aula statt. Kuchenspenden sind herzlich willkommen!\n\nEuer Elternbeirat", "school-newsletter", fmt="plain", mid="webde")



# ================= more everyday mail =================
S("ik9", "2024-10-24 06:00", IK, "Isar-Kurier am Morgen: Zeitumstellung, Laubsammlung",
  "Grüß Gott!\n\n• Sonntag wird die Uhr zurückgestellt – was das für den MVG-Nachtverkehr bedeutet\n• Laubsammlung: Wann die AWM in Ihrem Viertel kommt\n• Neues Hallenbad in Pasing: Eröffnung verschoben\n\nAlle Meldungen: https://isar-kurier.de/morgen", "newsletter-news", mid="ses", fmt="html", color="#1b4f72")
S("ik10", "2025-01-23 06:00", IK, "Isar-Kurier am Morgen: Fasching, Mietpreise, Eisbach",
  "Grüß Gott!\n\n• Faschingszug am Viktualienmarkt: Die Termine\n• Mietpreise in München steigen weiter – Pasing besonders betroffen\n• Surfer am Eisbach: Neue Regeln ab März\n\nAlle Meldungen: https://isar-kurier.de/morgen", "newsletter-news", mid="ses", fmt="html", color="#1b4f72")
S("inn_x1", "2024-10-10 06:30", INN, "Wochenüberblick: Kurzarbeit, Messtechnik, Bahntechnik",
  "Ingenieur-Nachrichten – Der Wochenüberblick\n\n▸ Kurzarbeit bei Zulieferern nimmt zu\n\n▸ Optische Messtechnik im Getriebebau\n\n▸ Bahntechnik: Neue Drehgestelle aus Baden-Württemberg\n\nZum Portal: https://ingenieur-nachrichten.de", "newsletter-trade", mid="ses", color="#004a7f")
S("inn_x2", "2024-12-27 06:30", INN, "Wochenüberblick: Die besten Reportagen des Jahres",
  "Ingenieur-Nachrichten – Der Wochenüberblick\n\n▸ Reportage: Ein Tag im Windkanal\n\n▸ Porträt: Die Konstrukteurin, die ein Getriebe für den Mars entwarf\n\n▸ Rätsel: Das große Technik-Quiz 2024\n\nZum Portal: https://ingenieur-nachrichten.de", "newsletter-trade", mid="ses", color="#004a7f")

S("kat7", "2024-09-26 17:50", KAT, "Besichtigung Samstag", "Hab Zugtickets für Samstag gebucht, 7:52 ab Pasing. Die Kinder nehmen wir mit, Oma hat keine Zeit. Snacks pack ich ein.", "partner", fmt="plain", mid="gmail")
S("db_b", "2024-09-26 17:40", ("DB Fernverkehr", "buchungsbestaetigung@bahn.de"), "Ihre Buchungsbestätigung (Auftrag 722 110 845)",
  "Vielen Dank für Ihre Buchung!\n\nHinfahrt: Sa, 28.09.2024 · München-Pasing 07:52 → Esslingen (Neckar) 10:21 · IC 2264 / RE 19\nRückfahrt: Sa, 28.09.2024 · Esslingen (Neckar) 16:38 → München-Pasing 19:02\n\nReisende: 2 Erwachsene, 2 Kinder (kostenlos)\nPreis: 118,40 €\n\nIhre Deutsche Bahn", "travel-booking", fmt="alt", color="#ec0016", to=TW)
S("kat8", "2024-10-04 19:10", KAT, "Re: Wohnung Im Grund 21", "So ein Mist. Der Garten war perfekt. Ich schau heute Abend nochmal, es gibt zwei neue Angebote in Berkheim und eins in Zell.", "partner", fmt="plain", mid="gmail", parent="immo_absage", quote="gmail_de")
S("kat9", "2024-11-30 10:30", KAT, "Weihnachtsgeschenke Kinder", "Liste:\nJonas: Lego Feuerwehr (hab ich bestellt), Buch\nLina: Holzeisenbahn, Wimmelbuch\nOma: Fotokalender – kannst du das machen?\n\nK.", "partner", fmt="plain", mid="gmail")
S("fotokalender", "2024-12-05 21:45", ("Fotowerk Druckservice", "auftrag@fotowerk-druck.de"), "Auftragsbestätigung Fotokalender A3",
  "Vielen Dank für Ihren Auftrag!\n\nFotokalender A3 quer, 14 Seiten, Wandkalender 2025 – 1 × 29,99 €\nVersand: 4,95 €\nGesamt: 34,94 €\n\nVoraussichtliche Lieferung: 12.–14.12.", "order-receipt", fmt="alt", cte="b64", color="#444444")
S("kat10", "2025-01-31 20:40", KAT, "Letzte Nacht in Pasing", "Schlafsäcke liegen im Auto. Jonas hat gefragt, ob die Wohnung traurig ist, wenn wir gehen 🥲", "partner", fmt="plain", mid="gmail")

S("kita_es_eingew", "2025-01-28 13:20", ("Kita Sonnenblume", "kita.sonnenblume@esslingen.de"), "Eingewöhnung Lina ab 03.03.",
  "Liebe Familie Wendlinger,\n\nwir freuen uns auf Lina! Die Eingewöhnung beginnt am Montag, 03.03., um 9:00 Uhr. In der ersten Woche bleibt ein Elternteil ca. eine Stunde mit in der Gruppe. Bitte bringen Sie Wechselkleidung, Hausschuhe und ein Kuscheltier mit.\n\nHerzliche Grüße\nAnja Wörner", "childcare-notice", fmt="plain", mid="outlook", charset="windows-1252")
S("kita_es_betreuung", "2025-02-04 15:10", KAT, "Betreuung Februar?", "Wie machen wir das mit Lina bis März? Meine Mama kann die ersten zwei Wochen, danach nimmst du ein paar Tage? Oder fragen wir bei der Tagesmutter in der Nachbarschaft?", "partner", fmt="plain", mid="gmail")
S("gs_es_info", "2025-01-31 10:00", ("Grundschule Berkheim", "poststelle@gs-berkheim.es.schule-bw.de"), "Informationen für neue Familien",
  "Liebe Eltern,\n\nherzlich willkommen an der Grundschule Berkheim! Anbei finden Sie unsere Schulordnung, den Ferienplan und das Anmeldeformular für die Ganztagsbetreuung.\n\nMit freundlichen Grüßen\nSchulleitung", "school-newsletter", fmt="plain", charset="windows-1252", attach=[("Infomappe_Neue_Familien.pdf", "pdf")])

S("nachbar_es", "2025-02-09 18:20", ("Renate Öhler", "r.oehler@online.de"), "Willkommen im Haus!",
  "Liebe Familie Wendlinger,\n\nherzlich willkommen in der Berkheimer Straße! Ich wohne im EG links. Die Mülltonnen werden dienstags (Restmüll) und jeden zweiten Freitag (Papier) geleert. Und falls Sie Fragen zum Garten haben – ich kümmere mich um die Rosen.\n\nHerzliche Grüße\nRenate Öhler", "neighbour", fmt="plain", charset="iso-8859-1", cte="8bit")
S("tw_oehler", "2025-02-09 20:00", TW, "AW: Willkommen im Haus!", "Liebe Frau Öhler,\n\nvielen Dank für die freundliche Begrüßung und die Tipps! Wir klingeln am Wochenende mal mit einem Stück Kuchen bei Ihnen.\n\nHerzliche Grüße\nTobias Wendlinger", "neighbour", to=("Renate Öhler", "r.oehler@online.de"), fmt="plain", mid="outlook_desktop", parent="nachbar_es", quote="outlook_de")

S("lohnsteuer", "2025-01-13 10:00", ("Lohnsteuerhilfe Isar e.V.", "beratung@lsh-isar.de"), "Ihre Unterlagen für die Steuererklärung 2024",
  "Sehr geehrter Herr Wendlinger,\n\nbitte denken Sie daran, uns für die Steuererklärung 2024 folgende Unterlagen zu schicken: Lohnsteuerbescheinigung, Nachweise zur Abfindung (Fünftelregelung!), Umzugskosten, Bewerbungskosten (Fahrten, Porto, Mappen), Kinderbetreuungskosten.\n\nMit freundlichen Grüßen\nIhre Lohnsteuerhilfe Isar", "tax-advice", fmt="plain", charset="windows-1252")
S("halder_abschied", "2025-01-28 15:00", MICHA, "Abschied Freitag", "Servus Tobi, Freitag um 14 Uhr gibt's in der Kantine Leberkäs und Bier zu deinem Abschied. Die Kollegen haben zusammengelegt, sag nix! Micha", "former-colleague", fmt="plain", mid="gmail")
S("tw_halder_abschied", "2025-01-28 19:30", TW, "Danke und Servus",
  "Liebe Kolleginnen und Kollegen,\n\nnach elf Jahren bei Halder ist am Freitag mein letzter Tag. Ich möchte mich bei euch allen für die tolle Zusammenarbeit, die vielen Prüfstandsnächte und die Weißwurstfrühstücke bedanken.\n\nIhr erreicht mich weiterhin unter dieser Adresse. Wer mal in Esslingen ist: Meldet euch!\n\nServus\nTobi", "farewell-mail",
  to=[MICHA, ("Georg Pletzer", "georg.pletzer@gmail.com"), ("Ayşe Demirel", "ayse.demirel@web.de"), ("Konrad Maier", "k.maier64@t-online.de")], fmt="plain", mid="outlook_desktop")
S("georg_re", "2025-01-29 07:40", ("Georg Pletzer", "georg.pletzer@gmail.com"), "Re: Danke und Servus", "Servus Tobi, alles Gute in Schwaben! Und lass dir von denen nicht einreden, dass Spätzle besser sind als Knödel. Georg", "former-colleague", fmt="plain", mid="gmail", parent="tw_halder_abschied", quote="gmail_de")

S("spielwaren_rcpt2", "2024-12-19 14:00", ("Spielwaren Kaiser", "shop@spielwaren-kaiser.de"), "Ihre Rechnung zur Bestellung 55120",
  "Sehr geehrter Herr Wendlinger,\n\nanbei Ihre Rechnung zur Bestellung 55120 (Holzeisenbahn Starterset, Lego City Feuerwehrstation). Vielen Dank für Ihren Einkauf und frohe Weihnachten!", "invoice", fmt="alt", attach=[("Rechnung_55120.pdf", "pdf")])
S("ship_x1", "2024-12-13 09:20", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Fotowerk Druckservice kommt heute",
  "Hallo Tobias Wendlinger,\n\nIhre Sendung 00340434401 von Fotowerk Druckservice wird heute zugestellt, voraussichtlich 12:00–15:00 Uhr.", "shipping-notification", fmt="html", color="#ffcc00")
S("ship_x2", "2024-09-12 15:10", ("Hermes", "noreply@myhermes.de"), "Ihre Sendung wurde zugestellt",
  "Hallo,\n\nIhre Sendung von Kaufwelt24 (Schulranzen-Set) wurde am 12.09.2024 um 15:02 Uhr zugestellt.", "shipping-notification", fmt="alt", color="#0091cd")
S("promo_x1", "2024-09-28 10:00", ("Lauffieber Sportshop", "news@lauffieber.de"), "Isarlauf-Special: 20 % auf Laufbekleidung",
  "Für alle Isarlauf-Starter: 20 % auf Laufbekleidung mit dem Code ISAR20. Nur bis 06.10.", "promotion", fmt="html", color="#c0392b")
S("promo_x2", "2024-11-16 09:00", ("Möbelhaus Neckartal", "news@moebel-neckartal.de"), "Küchenwochen: Jetzt planen, 2025 einziehen",
  "Planen Sie jetzt Ihre neue Küche – mit kostenloser Aufmaß-Beratung und bis zu 25 % Rabatt.", "promotion", fmt="html", cte="b64", color="#c0392b")
S("promo_x3", "2025-01-03 11:00", ("Autohaus Brandl", "service@autohaus-brandl.de"), "Neujahrs-Check für Ihr Fahrzeug",
  "Starten Sie sicher ins neue Jahr: Batterie- und Lichttest für nur 19,90 €.", "promotion", fmt="html", color="#c0392b")
S("promo_x4", "2024-10-30 08:00", ("Kaufwelt24", "angebote@kaufwelt24.de"), "Halloween-Angebote für Kinder 🎃",
  "Kostüme, Kürbis-Schnitzsets und Süßes – alles bis zu 30 % reduziert.", "promotion", fmt="html", color="#c0392b")

S("gcal_b3", "2024-12-12 20:00", ("Google Kalender", "calendar-notification@google.com"), "Erinnerung: Weihnachtsbasteln 1c (helfen) @ Fr. 13. Dez. 2024 08:00 - 11:00 (MEZ)",
  "Weihnachtsbasteln 1c (helfen)\nWann: Freitag, 13. Dezember 2024 08:00 – 11:00 Mitteleuropäische Zeit - Berlin\nWo: Grundschule am Knie\n\nEinladung von Google Kalender", "calendar-reminder")
S("gcal_b4", "2024-10-24 20:00", ("Google Kalender", "calendar-notification@google.com"), "Erinnerung: Aufnahmegespräch Kita Sonnenblume @ Fr. 25. Okt. 2024 15:30 - 16:30 (MESZ)",
  "Aufnahmegespräch Kita Sonnenblume\nWann: Freitag, 25. Oktober 2024 15:30 – 16:30 Mitteleuropäische Sommerzeit - Berlin\nWo: Im Grund 7, Esslingen-Berkheim\n\nGelbes Heft + Impfpass!\n\nEinladung von Google Kalender", "lookalike:calendar-reminder-kita-interview")

S("flo3", "2024-12-22 16:00", FLO, "Weihnachten bei Mama", "Servus, wir kommen am 25. gegen Mittag zu Mama. Bringt ihr den Kartoffelsalat? Die Kinder freuen sich schon auf Jonas und Lina. Flo", "family", fmt="plain", mid="gmx")
S("markus3", "2024-11-13 19:00", MARKUS, "Glückwunsch!!", "Katrin hat's erzählt – Kessler & Voigt! Dann sind wir ja bald fast Nachbarn. Das feiern wir, sobald ihr da seid. Und ich hab übrigens auch eine Zusage, bei einem Ingenieurdienstleister in Sindelfingen. Es geht also doch! Markus", "lookalike:friend-own-job-offer", fmt="plain", mid="outlook")
S("andi4", "2024-12-14 11:00", ANDI, "Danke für gestern", "War ein schöner Abend! Der Sepp hat heute noch Kopfweh. Lass dich bald mal wieder blicken. Andi", "friend", fmt="plain")
S("paypal_b2", "2024-10-19 13:10", ("PayPal", "service@paypal.de"), "Sie haben eine Zahlung an Elternbeirat GS am Knie gesendet",
  "Hallo Tobias Wendlinger,\n\nSie haben 15,00 EUR an Elternbeirat GS am Knie gesendet.\n\nMitteilung: Basar Standgebühr\n\nIhr PayPal-Team", "payment-notification", fmt="html", cte="qp", color="#003087")
S("tw_kita_re", "2024-10-09 20:15", TW, "AW: Einladung zum Aufnahmegespräch – Lina Wendlinger",
  "Sehr geehrte Frau Wörner,\n\nvielen Dank für die Einladung! Den Termin am Freitag, 25.10., um 15:30 Uhr nehmen wir gern wahr. Wir kommen zu dritt mit Lina.\n\nMit freundlichen Grüßen\nTobias und Katrin Wendlinger", "lookalike:own-kita-interview-confirmation",
  to=("Kita Sonnenblume", "kita.sonnenblume@esslingen.de"), fmt="plain", mid="outlook_desktop", parent="kita_invite", quote="outlook_de")
S("spk_kredit2", "2024-11-28 16:00", SPK, "Ihre Anfrage zum Autokredit",
  "Sehr geehrter Herr Wendlinger,\n\nvielen Dank für Ihre Kreditanfrage über 18.000 €. Um Ihren Antrag prüfen zu können, benötigen wir noch: die letzten drei Gehaltsabrechnungen sowie Ihren neuen Arbeitsvertrag.\n\nBitte laden Sie die Unterlagen im Online-Banking hoch.\n\nIhre Sparkasse Isartal", "lookalike:loan-application-documents", fmt="html", cte="b64", color="#ff0000")
S("autokauf", "2024-12-11 17:30", ("Autohaus Neckarblick", "verkauf@autohaus-neckarblick.de"), "Ihr Fahrzeug: Kaufvertrag und Übergabetermin",
  "Sehr geehrter Herr Wendlinger,\n\nanbei der Kaufvertrag für den Skoda Octavia Combi (EZ 03/2021, 48.200 km). Übergabe am 08.02.2025 in Esslingen. Wir melden das Fahrzeug auf Wunsch gleich für Sie an.\n\nMit freundlichen Grüßen\nDavid Kazmierczak, Verkauf", "purchase-contract", fmt="plain", mid="outlook", attach=[("Kaufvertrag_Octavia.pdf", "pdf")])
S("twitch_nl", "2024-11-05 18:00", ("Feuerwehr Pasing Förderverein", "foerderverein@ff-pasing.de"), "Einladung Jahreshauptversammlung",
  "Liebe Mitglieder,\n\nzur Jahreshauptversammlung am 22.11.2024 um 19:30 Uhr im Gerätehaus laden wir herzlich ein. Tagesordnung: Berichte, Kassenprüfung, Neuwahl des Vorstands.\n\nDer Vorstand", "club", fmt="plain", charset="iso-8859-1", cte="8bit")
S("tw_ff_austritt", "2025-01-12 11:20", TW, "Kündigung Mitgliedschaft Förderverein",
  "Sehr geehrter Vorstand,\n\naufgrund unseres Umzugs nach Esslingen kündige ich meine Mitgliedschaft im Förderverein zum 31.12.2025. Es war mir eine Freude, die Feuerwehr Pasing zu unterstützen.\n\nMit freundlichen Grüßen\nTobias Wendlinger", "club-own", to=("Feuerwehr Pasing Förderverein", "foerderverein@ff-pasing.de"), fmt="plain", mid="outlook_desktop")
S("cad_x", "2024-11-19 15:00", ("CADworks Community", "community@cadworks-community.com"), "Your forum post has a new answer",
  "Hi Tobias,\n\nThere is a new reply to your post \"Gear mesh animation in NX – kinematic joints?\":\n\n\"You need to use a gear joint between the two revolute joints, not a coupler. Ratio = z2/z1.\" — m.okafor\n\nView thread: https://cadworks-community.com/forum/t/88172", "forum-notification", lang="en", tz="America/New_York", mid="sendgrid", color="#0b3954")
S("tw_mutter4", "2025-02-02 20:00", TW, "Wir sind angekommen!", "Liebe Mama,\n\nwir sind angekommen! Die Wohnung ist voller Kartons, aber die Betten stehen und die Küche funktioniert. Jonas war heute schon auf dem Spielplatz und hat einen Freund gefunden. Morgen geht's für mich los bei Kessler & Voigt.\n\nFotos schicke ich dir am Wochenende.\n\nDein Tobias", "family", to=MUTTER, fmt="plain", mid="outlook_desktop")
S("mutter5", "2025-02-03 09:15", MUTTER, "AW: Wir sind angekommen!", "Lieber Tobias,\n\nwie schön! Ich wünsche dir einen guten ersten Tag. Ruf mich heute Abend an und erzähl!\n\nDeine Mama", "family", fmt="plain", charset="iso-8859-1", cte="8bit", parent="tw_mutter4", quote="webde")
S("webde3", "2024-12-01 08:00", ("WEB.DE", "neu@web.de"), "Neue Anmeldung in Ihrem WEB.DE Postfach",
  "Hallo Herr Wendlinger,\n\nwir haben eine neue Anmeldung in Ihrem Postfach festgestellt: Outlook (IMAP), München, 01.12.2024 07:55 Uhr. Wenn Sie das waren, ist alles in Ordnung.\n\nIhr WEB.DE Team", "provider-security", fmt="html", cte="qp", color="#ffd800")



# ---- a few more
S("inn_x3", "2024-11-21 06:30", INN, "Wochenüberblick: Wärmepumpen-Boom, Zahnradpumpen",
  "Ingenieur-Nachrichten – Der Wochenüberblick\n\n▸ Wärmepumpen: Hersteller bauen Kapazitäten wieder ab\n\n▸ Geräuscharme Zahnradpumpen: Neue Verzahnungsgeometrien\n\n▸ Hochschulen: Weniger Erstsemester im Maschinenbau\n\nZum Portal: https://ingenieur-nachrichten.de", "newsletter-trade", mid="ses", color="#004a7f")
S("kat11", "2024-10-16 12:40", KAT, "Kurz: Jonas Zahnarzt", "Jonas hat morgen um 15 Uhr Zahnarzt, kannst du ihn abholen? Ich schaff's nicht aus Stuttgart zurück (Einarbeitungstag).", "partner", fmt="plain", mid="gmail")
S("tw_kat11", "2024-10-16 13:05", TW, "AW: Kurz: Jonas Zahnarzt", "Klar, ich nehm mir früher frei. Überstunden hab ich ja genug.", "partner", to=KAT, fmt="plain", mid="outlook_desktop", parent="kat11", quote="outlook_de")
S("ship_x3", "2024-11-21 10:45", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Hornberger Baumarkt kommt heute",
  "Hallo Tobias Wendlinger,\n\nIhre Sendung (3 Packstücke) wird heute zwischen 9:30 und 12:30 Uhr zugestellt.", "shipping-notification", fmt="html", color="#ffcc00")
S("fc3", "2025-01-15 20:00", FC, "Abschied Jonas", "Hallo Tobias,\n\nschade, dass Jonas uns verlässt! Beim letzten Training am Dienstag bekommt er von der Mannschaft ein Trikot mit allen Unterschriften. Alles Gute in Esslingen!\n\nThomas", "club", fmt="plain", mid="webde")
S("tsv_trainer", "2025-01-27 19:30", ("Jürgen Scholz", "j.scholz.tsv@gmx.de"), "Training F2 TSV Berkheim", "Hallo Herr Wendlinger,\n\nich bin der Trainer der F2. Jonas kann gern ab 04.02. mittrainieren, immer dienstags und freitags 16:30 Uhr auf dem Kunstrasen. Schienbeinschoner nicht vergessen!\n\nSportliche Grüße\nJürgen Scholz", "club", fmt="plain", mid="gmx")
S("spk_umzug", "2025-01-17 09:00", SPK, "Ihre Adressänderung wurde gespeichert",
  "Sehr geehrter Herr Wendlinger,\n\nwir haben Ihre neue Anschrift (Berkheimer Straße 48, 73734 Esslingen) zum 01.02.2025 gespeichert. Ihre Karten und Konten bleiben unverändert gültig.\n\nIhre Sparkasse Isartal", "bank-notice", fmt="html", cte="b64", color="#ff0000")

MESSAGES = M
