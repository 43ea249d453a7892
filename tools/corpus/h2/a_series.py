# Mailbox A: recurring everyday senders, generated from hand-written snippets.
from a_jobs import LEA, LEA_OLD

M = []


def S(key, date, frm, subject, body, kind, lang="de", to=LEA, **kw):
    kw.update(key=key, date=date, frm=frm, to=to, subject=subject, body=body, kind=kind, lang=lang, label="not_job")
    kw.setdefault("fmt", "alt")
    kw.setdefault("cte", "qp")
    M.append(kw)


# ---- Der Spreebote Morgenlage (Berlin newsletter), varied issues
SPREE = ("Der Spreebote", "morgenlage@spreebote.de")
spree_issues = [
    ("2024-02-06", "BER-Chaos, Mietspiegel, Eisbaden", ["Der neue Mietspiegel kommt später als geplant – Mieterverein warnt vor Lücken.", "Am BER fallen erneut Flüge wegen Warnstreiks aus.", "Eisbaden im Plötzensee: Warum es immer mehr Berliner:innen ins kalte Wasser zieht."]),
    ("2024-02-14", "Valentinstag im Kiez, Berlinale-Start", ["Berlinale: Das sind die Filme, über die alle reden werden.", "Neukölln: Der Weichselplatz bekommt neue Bänke – nach drei Jahren Planung.", "Rezept der Woche: Linsensuppe wie bei Oma."]),
    ("2024-02-23", "Radwege, Wahlwiederholung, Kiezkino", ["Bezirke stoppen mehrere Radwegprojekte – was das für Pendler:innen bedeutet.", "Wahlwiederholung: Wo Sie am Sonntag wählen.", "Das Rollberg-Kino zeigt im März nur Stummfilme mit Live-Musik."]),
    ("2024-03-05", "Streik bei der BVG, Frühlingsmärkte", ["BVG-Warnstreik am Donnerstag: U-Bahn, Tram und Bus stehen still.", "Die schönsten Frühlingsmärkte im März.", "Kolumne: Warum ich meinen Balkon wieder liebe."]),
    ("2024-03-19", "Tempelhofer Feld, Schulplätze, Clubsterben", ["Debatte um Randbebauung des Tempelhofer Felds flammt wieder auf.", "Zu wenige Schulplätze in Neukölln: Eltern protestieren.", "Noch ein Club schließt: Das Ende einer Ära in Friedrichshain."]),
    ("2024-04-03", "Ostern vorbei, Mietpreisbremse, Baustellen", ["Mietpreisbremse verlängert – aber wie wirksam ist sie?", "Sonnenallee: Großbaustelle bis Oktober.", "Tipp: Kirschblütenfest in Lichterfelde."]),
    ("2024-04-17", "Hitzeplan, Kiezblocks, Späti-Streit", ["Der Senat stellt einen Hitzeschutzplan vor.", "Kiezblocks: Was aus den Modellprojekten geworden ist.", "Späti-Öffnungszeiten am Sonntag: Gericht entscheidet."]),
    ("2024-05-02", "Maifeiertag-Bilanz, Freibäder öffnen", ["Der 1. Mai in Kreuzberg blieb weitgehend friedlich.", "Die Freibäder öffnen – mit neuen Ticketpreisen.", "Interview: Ein Kiezbäcker über steigende Mehlpreise."]),
    ("2024-05-16", "Karneval der Kulturen, Tram-Verlängerung", ["Karneval der Kulturen: Die Route und alle Sperrungen.", "Tram M10 soll bis Hermannplatz verlängert werden.", "Berlins beste Eisdielen – unser großer Test."]),
    ("2024-06-04", "Fußball-EM, Fanmeile, Hitzewelle", ["Fanmeile am Brandenburger Tor: Alle Infos zur EM.", "Erste Hitzewelle: Wo es kühle Orte gibt.", "Nachtbaustellen auf der A100."]),
    ("2024-06-19", "Fête de la Musique, Wohnungsbau", ["Fête de la Musique: 100 Bühnen in der ganzen Stadt.", "Neue Zahlen: So wenige Wohnungen wurden 2023 fertig wie lange nicht.", "Reportage: Eine Nacht mit der Berliner Stadtreinigung."]),
    ("2024-07-02", "Ferienbeginn, Stau, Badeseen", ["Ferienbeginn: Staus rund um Berlin erwartet.", "Wasserqualität der Badeseen: Fast alle ausgezeichnet.", "Sommerkino im Volkspark Hasenheide startet."]),
]
for i, (d, teaser, items) in enumerate(spree_issues):
    body = "Guten Morgen aus der Redaktion!\n\n" + "\n\n".join("▸ " + it for it in items) + \
        "\n\nAlle Texte lesen: https://spreebote.de/morgenlage\n\nWetter: " + \
        ["3°, grau", "6°, Nieselregen", "9°, wolkig", "12°, sonnig", "15°, windig", "19°, heiter", "24°, sonnig", "27°, schwül", "22°, Gewitter", "29°, heiß", "21°, bewölkt", "26°, sonnig"][i] + \
        "\n\nSie erhalten die Morgenlage, weil Sie sie abonniert haben. Abbestellen: https://spreebote.de/abo/newsletter"
    S(f"spree{i}", d + " 06:15", SPREE, f"Morgenlage: {teaser}", body, "newsletter-news", mid="ses", color="#0f3057")

# ---- Spreebank Direkt
BANK = ("Spreebank Direkt", "service@spreebank-direkt.de")
for i, (d, mon) in enumerate([("2024-02-02 05:10", "Januar"), ("2024-03-02 05:12", "Februar"), ("2024-04-02 05:09", "März"),
                              ("2024-05-02 05:11", "April"), ("2024-06-03 05:10", "Mai"), ("2024-07-02 05:14", "Juni")]):
    S(f"bank_ka{i}", d, BANK, f"Ihr Kontoauszug für {mon} steht bereit",
      f"Guten Tag Frau Marquardt,\n\nIhr Kontoauszug für den Monat {mon} steht ab sofort in Ihrem Online-Banking-Postfach zur Verfügung.\n\nAus Sicherheitsgründen versenden wir keine Kontoauszüge per E-Mail.\n\nFreundliche Grüße\nIhre Spreebank Direkt",
      "bank-statement", fmt="html", cte="b64", color="#003366")
S("bank_login", "2024-03-14 22:41", BANK, "Neue Anmeldung an einem unbekannten Gerät",
  "Guten Tag Frau Marquardt,\n\nwir haben eine Anmeldung in Ihrem Online-Banking von einem neuen Gerät festgestellt:\n\nGerät: iPhone (iOS 17.3)\nOrt: Berlin, Deutschland\nZeit: 14.03.2024, 22:39 Uhr\n\nWaren Sie das? Dann müssen Sie nichts weiter tun. Andernfalls sperren Sie bitte umgehend Ihren Zugang unter 030 555 0199.\n\nIhre Spreebank Direkt",
  "bank-security", fmt="html", cte="b64", color="#003366")
S("bank_limit", "2024-05-29 09:02", BANK, "Ihre Spreebank Visa Card: Monatsabrechnung Mai",
  "Guten Tag Frau Marquardt,\n\nIhre Kreditkartenabrechnung für Mai liegt im Postfach bereit. Der Saldo von 312,77 € wird am 05.06.2024 von Ihrem Girokonto eingezogen.\n\nIhre Spreebank Direkt",
  "bank-credit-card-statement", fmt="html", cte="b64", color="#003366")

# ---- Shipping (DHL / Hermes / DPD), varied
ship = [
    ("2024-02-08 09:44", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Bücherwurm Online kommt heute",
     "Hallo Lea Marquardt,\n\nheute ist es so weit: Ihre Sendung 00340434161094027318 von Bücherwurm Online wird voraussichtlich zwischen 11:30 und 14:30 Uhr zugestellt.\n\nNicht zu Hause? Ändern Sie die Zustellung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html\n\nIhr DHL Team"),
    ("2024-02-24 13:05", ("Hermes", "noreply@myhermes.de"), "Ihre Sendung wurde beim Nachbarn abgegeben",
     "Hallo,\n\nIhre Sendung H1002340078816 von Grünzeug Pflanzenversand konnte nicht persönlich zugestellt werden und wurde bei Ihrem Nachbarn (Wagner, 2. OG) abgegeben.\n\nIhr Hermes Team"),
    ("2024-03-13 08:20", ("DHL Paket", "noreply@dhl.de"), "Ihre DHL Sendung ist unterwegs",
     "Hallo Lea Marquardt,\n\nIhre Sendung 00340434161094112876 von Velostore wurde an DHL übergeben und wird voraussichtlich am Freitag, 15.03., zugestellt.\n\nIhr DHL Team"),
    ("2024-04-09 15:50", ("DPD", "noreply@dpd.de"), "Ihr DPD Paket kommt morgen zwischen 10:15 und 11:15 Uhr",
     "Guten Tag,\n\nIhr Paket 01905022 7733 11 von Modehaus Nova wird morgen, 10.04.2024, im Zeitfenster 10:15 – 11:15 Uhr zugestellt.\n\nSie sind nicht zu Hause? Wählen Sie einen anderen Tag oder einen Pickup Paketshop: https://www.dpd.com/de/de/empfangen/\n\nIhr DPD Team"),
    ("2024-05-24 07:55", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung von Nordform Möbel kommt heute",
     "Hallo Lea Marquardt,\n\nIhre Sendung (2 Packstücke) von Nordform Möbel wird heute zugestellt. Voraussichtliches Zeitfenster: 13:00 – 16:00 Uhr.\n\nIhr DHL Team"),
    ("2024-06-12 10:30", ("DHL Paket", "noreply@dhl.de"), "Ihre Sendung liegt in der Packstation 134 bereit",
     "Hallo Lea Marquardt,\n\nIhre Sendung von Teehaus Kranich liegt ab sofort in der Packstation 134 (Hermannstraße 214) für Sie bereit. Abholung innerhalb von 7 Tagen.\n\nAbholcode: 418 227\n\nIhr DHL Team"),
    ("2024-04-24 12:12", ("GLS", "noreply@gls-group.eu"), "Paketankündigung: Ihr Paket ist auf dem Weg",
     "Hallo,\n\nIhr Paket 8F2K1Z9Q von Drogerie Sonnenschein ist auf dem Weg zu Ihnen und wird voraussichtlich am 25.04.2024 zugestellt.\n\nIhr GLS Team"),
]
for i, (d, frm, sub, body) in enumerate(ship):
    S(f"ship{i}", d, frm, sub, body, "shipping-notification", fmt="html" if i % 2 else "alt", color="#ffcc00")

# ---- Order receipts
orders = [
    ("2024-02-06 20:31", ("Bücherwurm Online", "bestellung@buecherwurm-online.de"), "Ihre Bestellung Nr. 2024-118402",
     "Vielen Dank für Ihre Bestellung!\n\n1 × Kairos – Jenny Erpenbeck (Taschenbuch) 14,00 €\n1 × Just Enough Research – Erika Hall (Paperback) 27,90 €\n\nVersand: kostenlos\nGesamt: 41,90 €\n\nZahlungsart: PayPal"),
    ("2024-02-22 22:10", ("Grünzeug Pflanzenversand", "shop@gruenzeug-pflanzen.de"), "Bestellbestätigung #GZ-55810",
     "Hallo Lea,\n\ndanke für deine Bestellung!\n\nMonstera Deliciosa, 60 cm – 34,90 €\nKeramiktopf Terrakotta Ø 24 cm – 19,90 €\nPflanzenerde Bio 10 l – 6,90 €\n\nVersand: 5,90 €\nSumme: 67,60 €\n\nDeine Pflanze wird gut verpackt und ist in 2–3 Tagen bei dir."),
    ("2024-03-12 18:45", ("Velostore", "service@velostore.de"), "Auftragsbestätigung 7730219",
     "Sehr geehrte Frau Marquardt,\n\nwir bestätigen Ihre Bestellung:\n\nSchwalbe Marathon 28 Zoll (2 ×) – 59,80 €\nFahrradschloss Abus Bordo 6000 – 84,99 €\n\nGesamtbetrag: 144,79 € inkl. MwSt."),
    ("2024-04-08 11:20", ("Modehaus Nova", "bestellung@modehaus-nova.de"), "Danke für deine Bestellung bei Modehaus Nova!",
     "Hi Lea,\n\nwir packen schon!\n\nLeinenhemd Oversize, Salbei, Gr. M – 49,95 €\nSneaker Canvas, Creme, Gr. 39 – 69,95 €\nRabatt FRUEHLING25: −29,98 €\n\nGesamt: 89,92 €"),
    ("2024-04-23 09:05", ("Drogerie Sonnenschein", "onlineshop@drogerie-sonnenschein.de"), "Ihre Bestellung ist eingegangen",
     "Guten Tag,\n\nvielen Dank für Ihren Einkauf:\n\nSonnencreme LSF 50, 200 ml – 8,95 €\nZahnpasta Sensitiv (3 ×) – 5,85 €\nShampoo fest, Lavendel – 6,45 €\n\nSumme: 21,25 €"),
    ("2024-05-21 21:40", ("Nordform Möbel", "order@nordform-moebel.de"), "Deine Bestellung 100482273 ist bestätigt",
     "Hej Lea,\n\nvielen Dank für deine Bestellung!\n\nSchreibtisch HØJ, höhenverstellbar, 160 × 80, Eiche – 549,00 €\nBürostuhl FLEX, Grau – 229,00 €\n\nLieferung: 2 Packstücke, Standardversand\nGesamt: 778,00 €\n\nVoraussichtliche Lieferung: 24.–27.05."),
    ("2024-06-10 14:15", ("Teehaus Kranich", "hallo@teehaus-kranich.de"), "Bestellung #TK4417 – Danke!",
     "Liebe Lea,\n\nschön, dass du wieder bei uns bestellt hast.\n\nSencha Fukamushi 100 g – 12,50 €\nGenmaicha 100 g – 8,90 €\nKyusu Teekanne, 300 ml – 38,00 €\n\nGesamt inkl. Versand: 63,30 €\n\nEine kleine Probe Hojicha haben wir dir dazugelegt 🍵"),
    ("2024-03-21 21:12", ("DB Fernverkehr", "buchungsbestaetigung@bahn.de"), "Ihre Buchungsbestätigung (Auftrag 419 887 201)",
     "Vielen Dank für Ihre Buchung!\n\nHinfahrt: Sa, 30.03.2024 · Berlin Südkreuz 10:34 → Leipzig Hbf 11:46 · ICE 1609\nRückfahrt: Mo, 01.04.2024 · Leipzig Hbf 17:13 → Berlin Südkreuz 18:25 · ICE 1008\n\nReisende: 2 Erwachsene (BahnCard 25)\nSitzplätze: Wg. 7, Pl. 51, 53\nPreis: 74,20 €\n\nIhr Ticket finden Sie im Anhang und in der DB Navigator App.\n\nGute Fahrt wünscht Ihnen\nIhre Deutsche Bahn"),
]
for i, (d, frm, sub, body) in enumerate(orders):
    S(f"order{i}", d, frm, sub, body, "order-receipt", fmt="alt" if i % 3 else "html", cte="b64" if i % 2 else "qp",
      color="#444444")

# ---- Subscriptions
for i, (d, mon) in enumerate([("2024-02-14 03:12", "Februar"), ("2024-03-14 03:10", "März"), ("2024-04-14 03:15", "April"),
                              ("2024-05-14 03:11", "Mai"), ("2024-06-14 03:13", "Juni")]):
    S(f"spotify{i}", d, ("Spotify", "no-reply@spotify.com"), "Deine Spotify Premium-Quittung",
      f"Hallo Lea,\n\ndanke, dass du Spotify Premium Duo nutzt. Hier ist deine Quittung für {mon} 2024.\n\nSpotify Premium Duo – 14,99 €\nZahlungsart: PayPal\n\nFragen? https://support.spotify.com\n\nSpotify AB, Regeringsgatan 19, 111 53 Stockholm",
      "subscription-receipt", fmt="html", cte="b64", tz="Europe/Stockholm", color="#1db954")
for i, (d, mon) in enumerate([("2024-02-01 04:30", "Februar"), ("2024-03-01 04:28", "März"), ("2024-04-01 04:31", "April"),
                              ("2024-05-01 04:29", "Mai"), ("2024-06-01 04:33", "Juni"), ("2024-07-01 04:30", "Juli")]):
    S(f"dticket{i}", d, ("BVG Deutschlandticket", "abo@bvg.de"), f"Ihr Deutschlandticket für {mon} 2024",
      f"Guten Tag Frau Marquardt,\n\nIhr Deutschlandticket für den Monat {mon} 2024 ist ab sofort in der BVG App gültig. Der Betrag von 49,00 € wird in den nächsten Tagen per Lastschrift eingezogen.\n\nGute Fahrt!\nIhre BVG",
      "subscription-transport", color="#f0d722")
for i, (d, mon, amt) in enumerate([("2024-02-09 10:00", "Januar", "19,99"), ("2024-03-08 10:00", "Februar", "19,99"),
                                   ("2024-04-09 10:00", "März", "23,48"), ("2024-05-08 10:00", "April", "19,99"),
                                   ("2024-06-10 10:00", "Mai", "19,99")]):
    S(f"telco{i}", d, ("Funkwerk Mobil", "rechnung@funkwerk-mobil.de"), f"Ihre Mobilfunkrechnung {mon} 2024",
      f"Sehr geehrte Frau Marquardt,\n\nIhre Rechnung für {mon} 2024 ist da.\n\nRechnungsbetrag: {amt} €\nTarif: Funkwerk Allnet 20 GB\nAbbuchung: ca. 5 Tage nach Rechnungsdatum\n\nRechnung als PDF: https://mein.funkwerk-mobil.de/rechnungen\n\nIhr Funkwerk Mobil Kundenservice",
      "telco-bill", fmt="html", cte="qp", charset="windows-1252", color="#7b1fa2")

# ---- Gemüsekiste (weekly-ish, varied contents)
kiste = [
    ("2024-02-12", "Pastinaken, Rote Bete, Grünkohl, Äpfel (Elstar)", "Wintergemüse-Eintopf"),
    ("2024-02-26", "Lauch, Möhren, Feldsalat, Birnen", "Lauchquiche"),
    ("2024-03-11", "Schwarzwurzeln, Spinat, Kartoffeln, Zwiebeln", "Schwarzwurzeln in Senfsoße"),
    ("2024-03-25", "Bärlauch, Radieschen, Kohlrabi, Rhabarber", "Bärlauch-Pesto"),
    ("2024-04-15", "Spargel (weiß), Frühkartoffeln, Kerbel, Äpfel", "Spargel klassisch"),
    ("2024-05-06", "Spargel (grün), Mangold, Erdbeeren, Frühlingszwiebeln", "Grüner Spargel aus dem Ofen"),
    ("2024-05-27", "Zucchini, Erdbeeren, Kopfsalat, junge Möhren", "Zucchini-Puffer"),
    ("2024-06-17", "Kirschen, Gurken, Tomaten, Dill, Kohlrabi", "Kalte Gurkensuppe"),
]
for i, (d, veg, rez) in enumerate(kiste):
    S(f"kiste{i}", d + " 16:00", ("Kiezkiste", "post@kiezkiste.de"), f"Deine Kiste diese Woche: {veg.split(',')[0]} & mehr",
      f"Hallo Lea,\n\ndiese Woche in deiner kleinen Gemüsekiste:\n{veg}\n\nRezeptidee: {rez} – das Rezept findest du auf kiezkiste.de/rezepte.\n\nLieferung: Donnerstag zwischen 14 und 18 Uhr. Änderungen bis Dienstag, 23:59 Uhr.\n\nSonnige Grüße vom Hof\nDein Kiezkiste-Team",
      "subscription-food-box", fmt="alt", color="#6a994e")

# ---- Design newsletters
DN = ("Formfunktion Weekly", "weekly@formfunktion.email")
dn = [
    ("2024-02-07", "#203: Variables are eating the design system", ["Why variables change how we build themes", "A field guide to dark mode contrast", "Tool: a Figma plugin for auditing spacing"]),
    ("2024-02-21", "#205: The end of the hamburger menu?", ["Navigation patterns in 2024", "Case study: redesigning a train ticket machine", "Typeface of the week: Inclusive Sans"]),
    ("2024-03-06", "#207: Research ops on a budget", ["Running research without a researcher", "Consent forms that people actually read", "Job board: 14 new roles"]),
    ("2024-03-20", "#209: Writing for interfaces", ["Microcopy that reduces support tickets", "The case against placeholder text", "Free course: UX writing basics"]),
    ("2024-04-10", "#212: Designing for energy transition", ["What heat pump apps get wrong", "Data visualisation for household energy", "Interview: a designer at a solar installer"]),
    ("2024-05-01", "#215: Accessibility deadlines are coming", ["The European Accessibility Act in June 2025", "Checklist: forms and error messages", "Tool review: Stark vs. Able"]),
    ("2024-05-22", "#218: Prototyping with AI", ["Where AI prototyping helps and where it doesn't", "Handoff in the age of Dev Mode", "Conference: Beyond Tellerrand recap"]),
    ("2024-06-12", "#221: Small teams, big systems", ["Design systems for teams of three", "Tokens naming: a pragmatic approach", "Reading list for the summer"]),
]
for i, (d, sub, items) in enumerate(dn):
    S(f"dn{i}", d + " 07:00", DN, f"Formfunktion {sub}",
      "This week in Formfunktion:\n\n" + "\n".join("— " + x for x in items) +
      "\n\nRead online: https://formfunktion.email/issues/" + sub.split(":")[0].lstrip("#") +
      "\n\nYou subscribed at formfunktion.email · Unsubscribe", "newsletter-design", lang="en", mid="sendgrid",
      tz="Europe/London", color="#111111")

# ---- Promotions (varied)
promos = [
    ("2024-02-09 11:00", ("Lieferheld Kiez", "news@lieferheld-kiez.de"), "Hunger? 5 € auf deine nächste Bestellung", "Nur heute: 5 € Rabatt ab 20 € Bestellwert mit Code HUNGER5. Über 300 Restaurants in Neukölln."),
    ("2024-02-27 09:30", ("Velostore", "news@velostore.de"), "Frühjahrscheck fürs Rad – jetzt Termin sichern", "Ab März ist unsere Werkstatt wieder voll. Buche jetzt deinen Frühjahrscheck für 39 € statt 49 €."),
    ("2024-03-15 18:00", ("Bücherwurm Online", "news@buecherwurm-online.de"), "Leipziger Buchmesse: Unsere Highlights", "Die Neuerscheinungen des Frühjahrs – und signierte Ausgaben, solange der Vorrat reicht."),
    ("2024-04-05 10:15", ("Nordform Möbel", "news@nordform-moebel.de"), "Neu: Die Sommerkollektion ist da ☀️", "Leichte Stoffe, helle Hölzer, Outdoor-Möbel für den kleinsten Balkon. Entdecke jetzt die neue Kollektion."),
    ("2024-04-18 08:45", ("Rail&Fly Reisen", "angebote@railfly-reisen.de"), "Pfingsten am Meer: Last-Minute ab 299 €", "Mallorca, Kreta, Algarve – jetzt noch Plätze für die Pfingstferien sichern."),
    ("2024-05-10 12:00", ("Grünzeug Pflanzenversand", "news@gruenzeug-pflanzen.de"), "Balkonsaison! Kräuter-Set zum Sonderpreis", "Basilikum, Thymian, Rosmarin und Minze im 4er-Set für 16,90 €. Nur diese Woche."),
    ("2024-05-30 17:30", ("Lieferheld Kiez", "news@lieferheld-kiez.de"), "Dein Lieblingsrestaurant vermisst dich", "Lange nicht bestellt? Bei „Saigon Kitchen“ gibt's diese Woche 15 % auf alles."),
    ("2024-06-08 09:00", ("Teehaus Kranich", "news@teehaus-kranich.de"), "Der erste Shincha ist da 🍃", "Frisch aus Kagoshima: unser erster Shincha des Jahres. Limitiert auf 200 Dosen."),
    ("2024-06-25 10:30", ("Modehaus Nova", "newsletter@modehaus-nova.de"), "SUMMER SALE bis zu 50 %", "Der Sommer-Sale startet! Bis zu 50 % auf ausgewählte Artikel – solange der Vorrat reicht."),
    ("2024-03-29 12:00", ("Kino Rollberg", "programm@rollberg-kino.de"), "Programm ab Donnerstag", "Neu im Programm: „Perfect Days“ (OmU), „Die Herrlichkeit des Lebens“ und unsere Stummfilmreihe mit Live-Piano."),
    ("2024-05-15 15:00", ("Südbloc Bouldern", "info@suedbloc.de"), "Neue Routen & Sommer-Abo", "Diese Woche schrauben wir die Halle 2 komplett neu. Und: Das Sommer-Abo (Juni–August) gibt's bis Sonntag für 119 €."),
]
for i, (d, frm, sub, txt) in enumerate(promos):
    S(f"promo{i}", d, frm, sub, txt + "\n\nJetzt ansehen: https://" + frm[1].split("@")[1] + "/aktuell\n\nNewsletter abbestellen: https://" +
      frm[1].split("@")[1] + "/newsletter", "promotion", fmt="html", cte="qp" if i % 2 else "b64", color="#c0392b")

# ---- LinkedIn social noise (not jobs)
li = [
    ("2024-02-17 10:20", "Svenja Roth commented on your post", "Svenja Roth commented on your post: \"So proud of the onboarding work we did together – any team would be lucky to have you!\"\n\nSee comment: https://www.linkedin.com/feed/update/urn:li:activity:7163/"),
    ("2024-03-08 09:00", "You appeared in 23 searches this week", "Your profile appeared in 23 searches this week.\nTop searcher titles: Recruiter, Product Manager, Founder\n\nSee all searches: https://www.linkedin.com/me/search-appearances/"),
    ("2024-05-16 12:30", "Congratulate Svenja Roth on 5 years at Pfennig Finance", "Svenja Roth is celebrating a work anniversary.\n\nSay congrats: https://www.linkedin.com/feed/"),
    ("2024-07-03 08:10", "Your post is getting attention", "Your post \"Excited to share that I'm starting a new position as Product Designer at Nordlicht Energie!\" has 148 reactions and 37 comments.\n\nView post: https://www.linkedin.com/feed/update/urn:li:activity:7214/"),
]
for i, (d, sub, txt) in enumerate(li):
    S(f"li{i}", d, ("LinkedIn", "notifications-noreply@linkedin.com"), sub,
      txt + "\n\nThis email was intended for Lea Marquardt. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe\n© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
      "social-notification", lang="en", mid_domain="linkedin.com", color="#0a66c2")

# ---- Calendar reminders / misc
S("gcal_rem1", "2024-03-18 20:00", ("Google Kalender", "calendar-notification@google.com"),
  "Erinnerung: Buchclub bei Carla @ Di. 19. März 2024 19:30 - 22:00 (MEZ)",
  "Buchclub bei Carla\nWann: Dienstag, 19. März 2024 19:30 – 22:00 Mitteleuropäische Zeit - Berlin\nWo: Pannierstraße 12, Berlin\n\nHummus mitbringen!\n\nEinladung von Google Kalender", "calendar-reminder")
S("gcal_rem2", "2024-04-08 08:45", ("Google Kalender", "calendar-notification@google.com"),
  "Erinnerung: LEA Termin Rafa @ Di. 9. Apr. 2024 08:40 - 09:40 (MESZ)",
  "LEA Termin Rafa\nWann: Dienstag, 9. April 2024 08:40 – 09:40 Mitteleuropäische Sommerzeit - Berlin\nWo: Friedrich-Krause-Ufer 24\n\nMeldebescheinigung + Mietvertrag mitnehmen\n\nEinladung von Google Kalender", "calendar-reminder")
S("gcal_rem3", "2024-06-30 19:00", ("Google Kalender", "calendar-notification@google.com"),
  "Erinnerung: Erster Arbeitstag Nordlicht 🎉 @ Mo. 1. Juli 2024 09:30 - 10:30 (MESZ)",
  "Erster Arbeitstag Nordlicht 🎉\nWann: Montag, 1. Juli 2024 09:30 – 10:30 Mitteleuropäische Sommerzeit - Berlin\nWo: Schlesische Straße 26\n\nEinladung von Google Kalender", "calendar-reminder")

S("posteo_gut", "2024-02-15 02:30", ("Posteo", "support@posteo.de"), "Posteo: Gutschrift eingegangen",
  "Hallo,\n\nwir haben Ihre Zahlung über 12,00 EUR erhalten und Ihrem Posteo-Konto gutgeschrieben. Ihr Guthaben reicht bis zum 15.02.2025.\n\nViele Grüße\nIhr Posteo-Team", "account-notice", fmt="plain", mid="posteo")
S("gmx_mag", "2024-03-02 07:00", ("GMX Magazin", "newsletter@gmx.net"), "Ihre GMX Themen der Woche",
  "Top-Themen der Woche:\n\n• Steuererklärung 2023: Diese Fristen gelten\n• Frühjahrsputz im Postfach: So geht's\n• Gewinnspiel: Städtetrip nach Wien\n\nGMX – E-Mail made in Germany", "newsletter-provider", to=LEA_OLD, fmt="html", cte="qp", color="#1c449b")
S("gmx_mag2", "2024-05-04 07:00", ("GMX Magazin", "newsletter@gmx.net"), "Ihre GMX Themen der Woche",
  "Top-Themen der Woche:\n\n• Pfingstreisen: Wo es noch günstige Angebote gibt\n• Phishing-Welle: Vorsicht vor falschen Paketmails\n• Grillrezepte für den Balkon\n\nGMX – E-Mail made in Germany", "newsletter-provider", to=LEA_OLD, fmt="html", cte="qp", color="#1c449b")
S("kk_mitglied", "2024-02-13 14:00", ("Hanse Krankenkasse", "service@hanse-kk.de"), "Ihre Versicherung während des Bezugs von Arbeitslosengeld",
  "Sehr geehrte Frau Marquardt,\n\nwir haben von der Agentur für Arbeit die Meldung über den Bezug von Arbeitslosengeld erhalten. Ihr Versicherungsschutz bleibt unverändert bestehen; die Beiträge übernimmt die Agentur für Arbeit.\n\nSie müssen nichts weiter tun.\n\nFreundliche Grüße\nIhre Hanse Krankenkasse",
  "insurance-notice", fmt="plain", charset="iso-8859-1")
S("kk_bonus", "2024-06-05 10:00", ("Hanse Krankenkasse", "service@hanse-kk.de"), "Ihr Bonusprogramm: 3 von 5 Maßnahmen erledigt",
  "Sehr geehrte Frau Marquardt,\n\nSie haben in diesem Jahr bereits 3 von 5 Bonusmaßnahmen nachgewiesen (Zahnvorsorge, Sportverein, Gesundheitskurs). Noch zwei, dann winken 60 € Bonus!\n\nIhre Hanse Krankenkasse",
  "insurance-newsletter", fmt="html", cte="qp", color="#00508c")
S("kiezverein1", "2024-03-01 19:00", ("Nachbarschaftsinitiative Schillerkiez", "info@schillerkiez-nachbarn.de"), "Frühjahrsputz im Kiez am 13. April",
  "Liebe Nachbarinnen und Nachbarn,\n\nam Samstag, 13. April, räumen wir ab 10 Uhr gemeinsam den Herrfurthplatz und die Baumscheiben auf. Handschuhe und Säcke stellt die BSR. Danach gibt's Kaffee und Kuchen im Gemeinschaftsgarten.\n\nWir freuen uns auf euch!\nEure Nachbarschaftsinitiative",
  "neighbourhood-newsletter", fmt="plain", cte="8bit")
S("kiezverein2", "2024-05-28 20:10", ("Nachbarschaftsinitiative Schillerkiez", "info@schillerkiez-nachbarn.de"), "Hoffest + Pflanzentauschbörse",
  "Hallo ihr Lieben,\n\nam 15. Juni feiern wir unser Hoffest im Gemeinschaftsgarten. Bringt Ableger, Samen und Pflanzen zum Tauschen mit! Musik macht die Band „Die Tempelhofer Freiheit“.\n\nEure Nachbarschaftsinitiative",
  "neighbourhood-newsletter", fmt="plain", cte="8bit")
S("eventbrite", "2024-04-12 15:12", ("Eventbrite", "noreply@order.eventbrite.com"), "Deine Tickets für Beyond Tellerrand Berlin 2024",
  "Hallo Lea,\n\ndeine Bestellung #8841220934 ist bestätigt.\n\nBeyond Tellerrand Berlin 2024\nAdmiralspalast, Berlin · 6.–7. November 2024\n1 × Early Bird Ticket – 449,00 €\n\nDeine Tickets sind angehängt. Zeig sie einfach am Eingang auf deinem Handy vor.\n\nDas Eventbrite-Team",
  "ticket-order", fmt="alt", cte="b64", color="#f05537", attach=[("Tickets_Beyond_Tellerrand.pdf", "pdf")])
S("bsr", "2024-04-26 11:30", ("BSR Kundenservice", "service@bsr.de"), "Ihre Sperrmüllabholung am 07.05.2024",
  "Guten Tag Frau Marquardt,\n\nhiermit bestätigen wir Ihren Auftrag zur Sperrmüllabholung:\n\nTermin: Dienstag, 07.05.2024, zwischen 6:00 und 14:00 Uhr\nAdresse: Weisestraße 48, 12049 Berlin\nUmfang: bis 3 m³ (Sofa, Regal, Matratze)\nKosten: 50,00 €\n\nBitte stellen Sie die Gegenstände erst am Vorabend an die Straße.\n\nIhre BSR",
  "service-appointment", fmt="plain")
S("buergeramt", "2024-06-06 08:10", ("Berlin Service-Portal", "noreply@service.berlin.de"), "Terminbestätigung Bürgeramt Neukölln – Personalausweis beantragen",
  "Sehr geehrte Frau Marquardt,\n\nhiermit bestätigen wir Ihren Termin:\n\nDienstleistung: Personalausweis beantragen\nStandort: Bürgeramt Neukölln, Blaschkoallee 32\nDatum: 18.06.2024, 07:45 Uhr\nVorgangsnummer: 48810927\n\nBitte bringen Sie ein aktuelles biometrisches Passfoto und Ihren alten Ausweis mit.",
  "government-appointment", fmt="plain", charset="iso-8859-1")
S("notion", "2024-03-30 16:00", ("Notion Team", "team@mail.notion.so"), "What's new in Notion: Forms, Charts and more",
  "Hi Lea,\n\nHere's what we shipped this month:\n\n• Notion Forms – collect responses right into a database\n• Charts – visualise any database\n• Faster search across workspaces\n\nThe Notion Team", "product-newsletter", lang="en", tz="America/Los_Angeles", fmt="html", cte="qp", color="#000000")
S("paypal", "2024-02-11 19:44", ("PayPal", "service@paypal.de"), "Sie haben eine Zahlung von Jannik K. erhalten",
  "Hallo Lea Marquardt,\n\nJannik K. hat Ihnen 75,00 EUR gesendet.\n\nMitteilung: Stuhl 🙂\nTransaktionscode: 8UX21477RT993514C\n\nIhr PayPal-Team", "payment-notification", fmt="html", cte="qp", color="#003087")



# ================= more everyday mail (hand-written) =================
from a_life import RAFA, MIRI, TAREK, NELE, JULE, MAMA, TK_PM  # noqa: E402

S("spree_x1", "2024-02-29 06:15", SPREE, "Morgenlage: Schalttag, Schulessen, Späti-Preise",
  "Guten Morgen!\n\n▸ Heute ist Schalttag – und die BVG verschenkt Tagestickets an alle, die am 29.2. Geburtstag haben.\n\n▸ Schulessen wird teurer: Bezirke streiten über die Finanzierung.\n\n▸ Wir haben 40 Spätis verglichen: Wo die Mate am günstigsten ist.\n\nAlle Texte: https://spreebote.de/morgenlage", "newsletter-news", mid="ses", fmt="html", color="#0f3057")
S("spree_x2", "2024-04-24 06:15", SPREE, "Morgenlage: Mauerpark, Fahrradstraßen, Spargelzeit",
  "Guten Morgen!\n\n▸ Mauerpark-Flohmarkt: Neue Regeln für Händler:innen ab Mai.\n\n▸ Fünf neue Fahrradstraßen in Neukölln und Kreuzberg.\n\n▸ Spargelzeit: Wo Sie in Brandenburg direkt vom Hof kaufen können.\n\nAlle Texte: https://spreebote.de/morgenlage", "newsletter-news", mid="ses", fmt="html", color="#0f3057")
S("spree_x3", "2024-05-29 06:15", SPREE, "Morgenlage: Hitzetelefon, Bäderstreit, Lange Nacht",
  "Guten Morgen!\n\n▸ Das Hitzetelefon für ältere Menschen geht wieder an den Start.\n\n▸ Streit um Öffnungszeiten der Sommerbäder.\n\n▸ Lange Nacht der Wissenschaften: Unsere zehn Tipps.\n\nAlle Texte: https://spreebote.de/morgenlage", "newsletter-news", mid="ses", fmt="html", color="#0f3057")

S("rafa2", "2024-02-15 09:40", RAFA, "Wohnungen", "hab dir drei Links geschickt in Signal, aber hier nochmal falls du am Laptop bist:\n\nhttps://www.immobilienscout24.de/expose/148820113\nhttps://www.immobilienscout24.de/expose/148792005\nhttps://www.immowelt.de/expose/2b7x9q4\n\ndie erste hat nen Balkon nach Süden 😍", "partner", mid="gmail")
S("rafa3", "2024-04-19 16:55", RAFA, "Re: Freitag", "Restaurant ist reserviert, 20 Uhr im Lode & Stijn. Ich hoffe, du hast Hunger 😏", "partner", mid="gmail", fmt="plain")
S("rafa4", "2024-06-20 12:10", RAFA, "Steuererklärung", "Elster sagt, wir müssen bis 31.7. abgeben (wegen deinem ALG und Freelance-Zeug brauchst du eine). Soll ich den Steuerberater von Tarek fragen? Oder machen wir das selbst mit WISO wie letztes Jahr?", "partner", mid="gmail", fmt="plain")
S("lea_rafa4", "2024-06-20 13:02", LEA, "Re: Steuererklärung", "Lass uns das selbst machen, ist nicht so kompliziert. Ich sammel die Belege am Wochenende. Die Freelance-Rechnungen hab ich alle in einem Ordner.", "partner", to=RAFA, mid="apple", fmt="plain", parent="rafa4", quote="apple_de")

S("tarek2", "2024-02-27 22:30", TAREK, "Antrag fast fertig", "Hab den Technik-Teil fertig, Budget steht auch. Kannst du morgen nochmal über die Zielgruppen-Beschreibung schauen? Deadline ist Freitag 12 Uhr.\n\nT.", "friend", mid="custom", mid_value="2b8d7f10-44aa-4c21-9b1e-7e6d5c4b3a29@mailbox.org", fmt="plain")
S("lea_tarek2", "2024-02-28 08:15", LEA, "Re: Antrag fast fertig", "Mach ich heute Vormittag! Ich hab noch zwei Zitate aus den Interviews mit den Screenreader-Nutzer:innen, die würde ich einbauen.", "friend", to=TAREK, mid="apple", fmt="plain", parent="tarek2", quote="apple_de")

S("nele2", "2024-06-01 10:00", NELE, "Tempelhof Picknick Sonntag", "Wer kommt morgen mit aufs Feld? Ich bring Decke und Melone. Ab 14 Uhr am Eingang Oderstraße.", "friend", mid="posteo", to=[LEA, MIRI, TAREK], fmt="plain")
S("miri3", "2024-04-06 18:40", MIRI, "Jo's Umzug 😂", "Das Sofa passt NICHT durch das Treppenhaus in Pankow. Sie sägen gerade die Füße ab. Komm schnell, das musst du sehen.", "friend", mid="gmail", fmt="plain")
S("jule2", "2024-02-25 20:00", JULE, "Papa 65", "Hi Lea, Papa wird im Mai 65 und Mama will eine Überraschungsfeier im Garten machen. Kannst du vielleicht die Einladungskarten gestalten? Du bist ja die Designerin 😄 Datum: Samstag, 25. Mai.", "family", mid="custom", mid_value="trinity-9c8b7a6d-5e4f-4321-8a0b-1c2d3e4f5a6b-1708887600000@3c-app-webde-bap18", fmt="plain")
S("lea_jule2", "2024-02-26 09:30", LEA, "Re: Papa 65", "Klar mach ich! Schick mir ein paar Fotos von Papa, am besten peinliche 😂 Ich bastel was und schick's dir bis Mitte März.", "family", to=JULE, mid="apple", fmt="plain", parent="jule2", quote="apple_de")
S("lea_jule3", "2024-03-14 21:40", LEA, "Einladungskarte Papa – Entwurf", "So, hier der Entwurf! Zwei Varianten: einmal mit dem Foto vom Angeln, einmal mit dem Bart von 1985. Ich bin für Variante B 😄\n\nWenn ihr zufrieden seid, lass ich sie bei der Druckerei um die Ecke drucken (50 Stück, ca. 40 €).", "family", to=JULE, mid="apple", fmt="plain", attach=[("Einladung_Papa65_A.jpg", "jpg"), ("Einladung_Papa65_B.jpg", "jpg")])
S("mama2", "2024-05-26 11:20", MAMA, "Danke!", "Liebe Lea,\n\ndanke, dass ihr gestern da wart. Papa hat sich so gefreut, und die Karten haben alle bewundert. Die Tante Gerda hat gefragt, ob du ihr auch welche für ihre Goldene Hochzeit machst ;-)\n\nKommt gut nach Hause.\nMama", "family", fmt="plain", charset="iso-8859-1", cte="8bit")

S("tk_jira2", "2024-03-21 10:18", ("Ines Albrecht (Jira)", "jira@teamkraft-hr.atlassian.net"),
  "[JIRA] (DES-142) Bewerber-Pipeline: Status „Absage“ visuell überarbeiten",
  "Ines Albrecht changed the status of DES-142 from In Review to Done.\n\nInes Albrecht commented:\n\"Umgesetzt im Release 4.12. Der Filter 'Absage ausstehend' ist jetzt im Pipeline-Header. Danke @Lea für die Specs!\"\n\nView in Jira: https://teamkraft-hr.atlassian.net/browse/DES-142",
  "lookalike:jira-ticket-ats-software", fmt="alt", color="#0052cc")
S("tk_jira3", "2024-04-04 14:40", ("Benedikt Lorenz (Jira)", "jira@teamkraft-hr.atlassian.net"),
  "[JIRA] (DES-158) Angebotsschreiben-Vorlage im Kandidatenportal",
  "Benedikt Lorenz created DES-158\n\nAngebotsschreiben-Vorlage im Kandidatenportal\nIssue Type: Story · Assignee: Lea Marquardt\n\nKund:innen wünschen sich, Vertragsangebote direkt aus dem Portal zu verschicken (inkl. digitaler Signatur). Bitte Konzept für: Angebot erstellen → Freigabe → Versand → Status 'Angebot angenommen/abgelehnt'.\n\nView in Jira: https://teamkraft-hr.atlassian.net/browse/DES-158",
  "lookalike:jira-ticket-ats-software", fmt="alt", color="#0052cc")
S("tk_meeting", "2024-02-19 09:05", TK_PM, "Kickoff morgen + Zugänge",
  "Hi Lea,\n\nwillkommen an Bord (als Freelancerin)! Für morgen 10 Uhr: Kickoff im Büro in der Lindenstraße, 4. OG. Jira, Figma und Slack-Zugänge kommen gleich per Mail.\n\nWir fangen mit der Pipeline-Ansicht an, die ist am dringendsten – unsere Kund:innen beschweren sich, dass Bewerber:innen „verloren gehen“.\n\nBis morgen!\nBenedikt", "work-freelance-client", mid="outlook", fmt="plain")
S("tk_invoice2", "2024-05-02 09:30", LEA, "Rechnung 2024-005 – UX-Design Kandidatenportal (April)",
  "Hallo Benedikt,\n\nanbei die Rechnung für April (38 Stunden: Angebots-Flow, Übergabe Design-Tokens).\n\nViele Grüße\nLea", "work-invoice-sent", to=TK_PM, mid="apple", fmt="plain", attach=[("Rechnung_2024-005_Marquardt.pdf", "pdf")])
S("tk_paid", "2024-05-14 11:00", ("Teamkraft Buchhaltung", "buchhaltung@teamkraft-hr.de"), "Zahlungsavis Rechnung 2024-005",
  "Sehr geehrte Frau Marquardt,\n\nwir haben Ihre Rechnung 2024-005 über 3.420,00 € heute zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\nBuchhaltung Teamkraft HR Software GmbH", "work-payment-notice", fmt="plain", charset="windows-1252")

S("carla3", "2024-06-18 19:00", ("Carla Pohl", "carla.pohl@posteo.de"), "Buchclub Sommerpause?",
  "Hallo ihr,\n\nsollen wir im Juli/August pausieren oder draußen im Park weitermachen? Ich wäre für Park + „Die Wand“ von Marlen Haushofer.\n\nCarla", "club", mid="posteo", fmt="plain", to=[LEA, ("Sophie Lenz", "sophie.lenz@gmx.net"), ("Aylin Demir", "aylin.d@gmail.com")])
S("yoga2", "2024-05-06 09:00", ("Yogaraum Schillerkiez", "hallo@yogaraum-schillerkiez.de"), "Neue Kurszeiten ab Juni",
  "Hallo ihr Lieben,\n\nab Juni gibt es montags und mittwochs einen Frühkurs um 7:15 Uhr – perfekt vor der Arbeit. Die Abendkurse bleiben wie gehabt.\n\nDein Yogaraum-Team", "newsletter-local", fmt="alt", color="#8d6e63")
S("doctolib2", "2024-06-25 18:00", ("Doctolib", "no-reply@doctolib.de"), "Erinnerung: Ihr Termin morgen um 08:20 Uhr",
  "Erinnerung\n\nDr. med. Annika Brauer – Augenheilkunde\nMittwoch, 26. Juni 2024 um 08:20 Uhr\nKarl-Marx-Straße 58, 12043 Berlin\n\nTermin absagen: https://www.doctolib.de/account/appointments", "doctor-reminder", fmt="alt", color="#107aca")
S("apple_rcpt", "2024-03-26 02:10", ("Apple", "no_reply@email.apple.com"), "Ihre Rechnung von Apple",
  "RECHNUNG\n\nApple-ID: lea.marquardt@posteo.de\nDatum: 25.03.2024\nBestellnummer: MQ7R2K8V1N\n\niCloud+ mit 200 GB · Monatlich · 2,99 €\n\nGesamt: 2,99 €", "subscription-receipt", fmt="html", cte="qp", tz="Europe/Dublin", color="#000000")
S("apple_rcpt2", "2024-05-26 02:12", ("Apple", "no_reply@email.apple.com"), "Ihre Rechnung von Apple",
  "RECHNUNG\n\nApple-ID: lea.marquardt@posteo.de\nDatum: 25.05.2024\nBestellnummer: MR2T9L4X7P\n\niCloud+ mit 200 GB · Monatlich · 2,99 €\n\nGesamt: 2,99 €", "subscription-receipt", fmt="html", cte="qp", tz="Europe/Dublin", color="#000000")
S("elster", "2024-06-28 14:30", ("ELSTER", "noreply@elster.de"), "Ihre Übermittlung an die Finanzverwaltung",
  "Sehr geehrte Nutzerin,\n\nIhre Daten (Einkommensteuererklärung 2023) wurden am 28.06.2024 um 14:27 Uhr erfolgreich an die Finanzverwaltung übermittelt.\n\nTransferticket: et8841zq2b7x91m\n\nDies ist eine automatisch erstellte Nachricht.", "government-tax", fmt="plain", charset="iso-8859-1")
S("gym_rechnung", "2024-04-01 06:00", ("Südbloc Bouldern", "info@suedbloc.de"), "Deine Rechnung April",
  "Hallo Lea,\n\ndein Monatsbeitrag (Ermäßigt, 39,00 €) wird am 03.04. abgebucht. Danke, dass du bei uns kletterst!\n\nDein Südbloc-Team", "subscription-gym", fmt="plain")
S("kino_tix", "2024-04-13 19:05", ("Kino Rollberg", "tickets@rollberg-kino.de"), "Ihre Tickets: Perfect Days (OmU), Sa 13.04. 20:30",
  "Vielen Dank für Ihre Reservierung.\n\nFilm: Perfect Days (OmU)\nSaal 2, Reihe 7, Plätze 8–9\nSamstag, 13.04.2024, 20:30 Uhr\n\nBitte holen Sie die Tickets bis 15 Minuten vor Beginn an der Kasse ab.", "ticket-order", fmt="plain")
S("paket_nachbar", "2024-03-15 16:30", ("Ilse Wagner", "ilse.wagner1948@t-online.de"), "Paket für Sie",
  "Liebe Frau Marquardt,\n\nder Bote hat wieder bei mir geklingelt, ein Paket vom Fahrradladen. Ich bin ab 18 Uhr da.\n\nHerzlich\nIlse Wagner", "neighbour", fmt="plain", charset="iso-8859-1", cte="8bit")
S("lea_wagner", "2024-03-15 17:05", LEA, "Re: Paket für Sie", "Liebe Frau Wagner, vielen Dank! Ich komme gegen halb sieben vorbei – und bringe Ihnen ein Stück Rhabarberkuchen mit. Herzliche Grüße, Lea Marquardt", "neighbour", to=("Ilse Wagner", "ilse.wagner1948@t-online.de"), mid="apple", fmt="plain", parent="paket_nachbar", quote="apple_de")
S("dhl_retoure", "2024-04-15 10:00", ("DHL Paket", "noreply@dhl.de"), "Ihre Retoure ist beim Händler angekommen",
  "Hallo Lea Marquardt,\n\nIhre Retoure an Modehaus Nova wurde am 15.04.2024 zugestellt. Die Erstattung erfolgt durch den Händler.\n\nIhr DHL Team", "shipping-notification", fmt="html", color="#ffcc00")
S("nova_refund", "2024-04-17 13:20", ("Modehaus Nova", "bestellung@modehaus-nova.de"), "Deine Rückerstattung ist unterwegs",
  "Hi Lea,\n\nwir haben deine Rücksendung erhalten (Sneaker Canvas, Creme, Gr. 39). Der Betrag von 52,46 € wird in den nächsten 3–5 Werktagen auf dein PayPal-Konto erstattet.\n\nDein Modehaus-Nova-Team", "order-refund", fmt="alt", cte="b64", color="#d4a5a5")
S("bahn_delay", "2024-04-01 16:40", ("DB Reiseinformation", "reiseinfo@bahn.de"), "Verspätung Ihrer Reise heute: ICE 1008",
  "Ihre Verbindung heute:\nLeipzig Hbf 17:13 → Berlin Südkreuz 18:25, ICE 1008\n\nAktuelle Prognose: +35 Minuten wegen einer Reparatur am Zug.\n\nSie haben Anspruch auf eine Entschädigung, wenn Sie Ihr Ziel mit mehr als 60 Minuten Verspätung erreichen.", "travel-notification", fmt="alt", color="#ec0016")
S("whatsapp_web", "2024-05-10 21:20", ("Nele Brandt", "nele.brandt@posteo.de"), "Rezept Linsensalat", "Hier das Rezept, nach dem du gefragt hast:\n\n250 g Belugalinsen, 1 rote Zwiebel, Feta, Petersilie, Zitrone, Olivenöl, Kreuzkümmel. Linsen 20 Min. kochen, abkühlen lassen, alles mischen. Fertig!\n\nN.", "friend", mid="posteo", fmt="plain")
S("lea_svenja2", "2024-05-15 12:00", LEA, "Danke dir!", "Liebe Svenja,\n\nich wollte dir nur sagen: Ich hab bei Nordlicht unterschrieben! Ohne deine Referenz und den Tipp mit dem Portfolio-Aufbau hätte das vermutlich nicht so gut geklappt. Ich schulde dir mindestens drei Kaffees ☕️\n\nLea", "own-mail-to-friend-about-job-search", to=("Svenja Roth", "svenja.roth@gmail.com"), mid="apple", fmt="plain")



# ---- a few more
S("kiste8", "2024-07-01 16:00", ("Kiezkiste", "post@kiezkiste.de"), "Deine Kiste diese Woche: Bohnen, Johannisbeeren & mehr",
  "Hallo Lea,\n\ndiese Woche: Buschbohnen, rote Johannisbeeren, Fenchel, Frühkartoffeln.\n\nRezeptidee: Fenchel-Orangen-Salat.\n\nUrlaub geplant? Du kannst deine Kiste bis zu 4 Wochen pausieren: https://kiezkiste.de/konto\n\nDein Kiezkiste-Team", "subscription-food-box", fmt="alt", color="#6a994e")
S("miri4", "2024-06-14 18:30", MIRI, "Erster Tag bei Kleiderei", "Update vom ersten Tag: Laptop ging nicht, Badge ging nicht, aber das Team ist toll und es gab Kuchen 😂 Jetzt du bald! Wann ist dein Start nochmal, 1.7.?", "friend", fmt="plain", mid="gmail")
S("lea_miri4", "2024-06-14 19:05", LEA, "Re: Erster Tag bei Kleiderei", "Haha, klassisch. Ja, 1.7.! Ich genieße noch zwei Wochen Freiheit und mach mit Rafa einen Kurztrip an die Müritz 🛶", "friend", to=MIRI, fmt="plain", mid="apple", parent="miri4", quote="apple_de")
S("mueritz", "2024-06-12 20:10", ("Kanuverleih Müritz", "buchung@kanu-mueritz.de"), "Buchungsbestätigung Kanadier 20.–21.06.",
  "Hallo Frau Marquardt,\n\nwir bestätigen Ihre Buchung: 1 Kanadier (2 Personen) inkl. Tonne und Paddel, 20.06.–21.06.2024, Abholung ab 9 Uhr in Boek. Preis: 78 €.\n\nWir freuen uns auf Sie!\nIhr Kanuverleih-Team", "travel-booking", fmt="plain")
S("dn_x", "2024-06-26 07:00", DN, "Formfunktion #223: Designing dashboards people actually use",
  "This week in Formfunktion:\n\n— Dashboards: start with the decision, not the data\n— Empty states that teach\n— Job board: 9 new roles\n\nRead online: https://formfunktion.email/issues/223", "newsletter-design", lang="en", mid="sendgrid", tz="Europe/London", color="#111111")
S("tarek3", "2024-06-22 12:40", TAREK, "a11y-lint Beta", "Hab die erste Beta auf GitHub gepusht. 14 Sterne in zwei Tagen, ohne Werbung 😎 Magst du das README-Design machen?", "friend", fmt="plain", mid="custom", mid_value="5f7a9b21-0c3e-4d8f-b1a2-9e6d4c3b2a10@mailbox.org")

MESSAGES = M
