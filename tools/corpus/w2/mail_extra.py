# -*- coding: utf-8 -*-
"""More ordinary mail: family threads, choir treasurer duties, bills, shops (all not_job)."""
from common import M, ME, ME_CH, ME_AT, ME_FROM, ME_FROM_AT, RETO, MAMA, JULIA, NINA, SABINE, pdf


def P(key, date, frm, to, subject, body, kind="personal", **kw):
    return M(key, date, frm, to, subject, body, label="not_job", kind=kind, **kw)


RUTH = "Ruth Ammann <ruth.ammann@bluewin.ch>"
PAPA = "Herbert Hofstätter <h.hofstaetter@aon.at>"
KATRIN = "Katrin Hofstätter <katrin.hofstaetter@outlook.at>"
LEA = "Lea Meierhans <lea.meierhans@stud.uzh.ch>"
CHORMEMBERS = "Mitglieder Chor Wipkingen <mitglieder@chor-wipkingen.ch>"
MARCO = "Marco Lüscher <marco.luescher82@gmail.com>"

# ---------------------------------------------------------------- choir treasurer
P("chor-beitrag", "2025-01-18 10:30 +0100", ME_FROM, CHORMEMBERS, "Mitgliederbeitrag 2025",
  """Liebe Chormitglieder

Wie jedes Jahr darf ich euch an den Mitgliederbeitrag erinnern:

Aktivmitglieder: CHF 180.–
Passivmitglieder: CHF 50.–
Zahlbar bis 31. März 2025 auf das Vereinskonto (QR-Rechnung im Anhang) oder per Twint an mich.

Wer aus finanziellen Gründen einen reduzierten Beitrag möchte, meldet sich bitte vertraulich bei mir – das ist überhaupt kein Problem.

Herzliche Grüsse
Verena Hofstätter, Kassierin""", kind="club:choir-treasurer", mid="gmx",
  attach=[("QR-Rechnung_Mitgliederbeitrag_2025.pdf", "application/pdf", pdf("QR-Rechnung Chor"))])

P("chor-beitrag-re", "2025-01-20 08:14 +0100", "Thomas Gubler <thomas.gubler@hispeed.ch>", ME_CH,
  "AW: Mitgliederbeitrag 2025",
  """Hallo Verena

Bezahlt, inkl. CHF 50.– Spende für das Konzert. Und bitte setz mich für die Abendkasse im Mai auf die Liste, Ursula hat mich schon gefragt.

Gruss Thomas""", kind="club:choir-treasurer", reply="chor-beitrag", mid="default")

P("chor-gv", "2025-02-24 19:00 +0100", "Ursula Frei <praesidium@chor-wipkingen.ch>", CHORMEMBERS,
  "Einladung zur Generalversammlung 2025",
  """Liebe Mitglieder

Hiermit laden wir euch herzlich zur 112. Generalversammlung ein:

Donnerstag, 20. März 2025, 19:00 Uhr (anstelle der Probe)
Kirchgemeindehaus Wipkingen, Saal

Traktanden:
1. Protokoll der GV 2024
2. Jahresbericht der Präsidentin
3. Jahresrechnung 2024 und Revisorenbericht (Verena Hofstätter, Kassierin)
4. Budget 2025
5. Wahlen
6. Varia

Anschliessend Apéro riche.

Ursula Frei""", kind="club:choir", mid="default")

P("chor-revisor", "2025-03-07 21:05 +0100", ME_FROM, "Bruno Eichenberger <b.eichenberger@gmx.ch>",
  "Jahresrechnung 2024 zur Revision",
  """Lieber Bruno

Anbei die Jahresrechnung 2024 mit Belegordner (als PDF gescannt). Der Verlust von CHF 1'240 kommt vor allem vom Jubiläumskonzert im Herbst, das Budget hatte das vorgesehen.

Wann passt es dir für die Revision? Ich könnte nächste Woche Dienstag oder Mittwochabend.

Liebe Grüsse
Verena""", kind="club:choir-treasurer", mid="gmx",
  attach=[("Jahresrechnung_2024_Chor.pdf", "application/pdf", pdf("Jahresrechnung 2024"))])

P("chor-revisor-re", "2025-03-08 09:44 +0100", "Bruno Eichenberger <b.eichenberger@gmx.ch>", ME_CH,
  "Re: Jahresrechnung 2024 zur Revision",
  """Salü Verena

Mittwoch 19 Uhr bei mir? Ich mache Kaffee. Auf den ersten Blick sieht alles sauber aus wie immer.

Bruno""", kind="club:choir-treasurer", reply="chor-revisor", quote=True, mid="default")

# ---------------------------------------------------------------- family
P("reto-valentin", "2025-02-11 16:20 +0100", RETO, ME_CH, "Fr zabig",
  """Han für Friitig en Tisch im "Rosso" bi de Wipkingerbrugg reserviert, 19:30. Mami hüetet Elias. Nöd vergässe ;)""",
  mid="bluewin")

P("reto-valentin-re", "2025-02-11 16:45 +0100", ME_FROM, RETO, "Re: Fr zabig",
  """Wie romantisch! Ich freu mich. Danke, dass du an alles denkst ❤""", reply="reto-valentin", mid="gmx")

P("ruth-hueten", "2025-03-12 08:05 +0100", RUTH, ME_CH, "Mittwoch Elias",
  """Liebe Verena

Ich kann am nächsten Mittwoch den Elias nehmen, wie abgemacht. Ich hole ihn um 8 Uhr ab und wir gehen in den Zoo, wenn das Wetter mitmacht. Soll ich ihm etwas Bestimmtes zu essen geben? Er hat das letzte Mal nur Teigwaren gegessen.

Liebe Grüsse
Ruth""", mid="bluewin")

P("ruth-hueten-re", "2025-03-12 12:30 +0100", ME_FROM, RUTH, "Re: Mittwoch Elias",
  """Liebe Ruth

Danke vielmals! Zoo ist perfekt, er redet seit Wochen von den Elefanten. Teigwaren sind leider immer noch sein Lieblingsessen – ein bisschen Gemüse drunter gemischt geht gut. Ich packe ihm Znüni und Ersatzkleider ein.

Herzlich
Verena""", reply="ruth-hueten", quote=True, mid="gmx")

P("katrin-hochzeit", "2025-03-23 17:00 +0100", KATRIN, [ME_AT, JULIA], "Save the Date: Katrin & Stefan 💍",
  """Liebe Vreni, liebe Julia,

es ist so weit: Stefan und ich heiraten! Save the Date:

Samstag, 6. September 2025
Trauung um 14 Uhr in der Basilika Mariatrost, Feier danach im Gasthof Pfeifer in Leoben

Die offizielle Einladung kommt im Mai. Partner und Kinder sind natürlich herzlich willkommen.

Bussi, Katrin""", mid="outlook_at")

P("katrin-hochzeit-re", "2025-03-24 21:15 +0100", ME_FROM_AT, KATRIN, "Re: Save the Date: Katrin & Stefan 💍",
  """Liebe Katrin, wie schön!!! Herzlichen Glückwunsch euch beiden. Wir sind sehr gern dabei, alle drei. Elias übt schon mal das Blumenstreuen.

Bussi Vreni""", reply="katrin-hochzeit", quote=True, mid="gmx")

P("papa-april", "2025-04-28 19:33 +0200", PAPA, ME_AT, "Fotos",
  """Liebe Vreni,
die Mama sagt ich soll dir schreiben wegen der Fotos vom Osterfrühstück, kannst du die bitte schicken, sie will sie ausdrucken lassen.
Der Sturm hat gestern gewonnen 2:0.
Papa""", mid="aon")

P("papa-april-re", "2025-04-28 21:02 +0200", ME_FROM, PAPA, "Re: Fotos",
  """Lieber Papa

Hier sind die Fotos (12 Stück, im Anhang). Das mit Elias und dem Osterhasen-Ohr ist mein Lieblingsfoto.

Gratuliere zum Sieg! Reto hat das Spiel sogar im Stream geschaut.

Busserl
Vreni""", reply="papa-april", mid="gmx",
  attach=[("Ostern_Graz_01.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00easter-1\xff\xd9"),
          ("Ostern_Graz_02.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00easter-2\xff\xd9")])

P("julia-bday", "2025-03-22 09:00 +0100", ME_FROM, JULIA, "Alles Gute zum Geburtstag, Schwesterherz!",
  """Liebe Julia

Alles, alles Gute zu deinem 35.! Ich wünsch dir einen wunderschönen Tag, viel Gelassenheit mit dem Kindergarten-Amt und mehr Zeit für dich.

Das Paket von uns sollte heute ankommen – nicht schütteln!

Bussi, Vreni, Reto & Elias""", mid="gmx")

P("julia-bday-re", "2025-03-22 20:40 +0100", JULIA, ME_CH, "Re: Alles Gute zum Geburtstag, Schwesterherz!",
  """Danke, ihr Lieben!! Der Kaschmirschal ist ein Traum, und Leonie hat die Schoggi schon zur Hälfte gegessen. Und: Einspruch beim Kindergarten wurde stattgegeben!!! Sie kommt in den Wunschkindergarten. Bestes Geschenk.

J.""", reply="julia-bday", mid="gmail")

P("london-photos", "2025-06-16 20:12 +0200", ME_FROM, [MAMA, JULIA], "Grüsse aus London (jetzt wieder aus Zürich)",
  """Ihr Lieben

Wir sind gestern Abend aus London zurückgekommen – es war herrlich, zwei Tage nur zu zweit. Wir haben Camden Market, die Tate Modern und einen Sonntagsbrunch in Notting Hill geschafft, und Reto hat sich in einem Plattenladen verloren. Elias war die ganze Zeit bei Ruth und hat uns kaum vermisst.

Ein paar Fotos im Anhang.

Busserl
Vreni""", mid="gmx",
  attach=[("London_1.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00london-1\xff\xd9")])

P("lea-babysitting", "2025-05-06 14:22 +0200", ME_FROM, LEA, "Babysitting Freitag 16. Mai?",
  """Hallo Lea

Hättest du am Freitag, 16. Mai, ab 18:30 Zeit zum Babysitten? Ich habe die Hauptprobe vom Chor und Reto ist an einem Geschäftsanlass. Elias schläft meistens ab 19:30, es wäre also ein ruhiger Abend. Spätestens um 22:30 sind wir zurück.

Liebe Grüsse
Verena""", mid="gmx")

P("lea-babysitting-re", "2025-05-06 18:50 +0200", LEA, ME_CH, "Re: Babysitting Freitag 16. Mai?",
  """Hoi Verena

Ja, das passt! Ich bin um 18:15 da. Ich bring wieder das Bilderbuch mit dem Traktor mit, das hat ihm letztes Mal so gefallen.

Liebe Grüsse, Lea""", reply="lea-babysitting", quote=True, mid="default")

P("nina-job-offer", "2025-06-05 19:10 +0200", NINA, ME_AT, "ICH HAB DIE ZUSAGE!!!",
  """Vreni!!! Die Steuerberatungskanzlei hat mir heute ein Angebot gemacht: 32 Stunden, 400 Euro mehr als jetzt, und ich darf einen Tag pro Woche von zuhause arbeiten. Ich hab sofort ja gesagt. Morgen kündige ich!!!

Danke für deine ganzen Tipps, ehrlich. Jetzt sind wir beide Neustarterinnen.

Bussi Nina""", kind="lookalike:friend-own-job-offer", mid="gmail")

P("nina-job-offer-re", "2025-06-05 21:30 +0200", ME_FROM_AT, NINA, "Re: ICH HAB DIE ZUSAGE!!!",
  """NINAAA! Ich freu mich so für dich! Darauf stossen wir im September an der Hochzeit von Katrin an – du kommst doch auch?

Bussi Vreni""", reply="nina-job-offer", quote=True, mid="gmx", kind="personal")

P("sabine-yoga", "2025-03-31 12:10 +0200", SABINE, ME_CH, "Yoga ab April?",
  """Hoi Verena

Jetzt wo du mehr Zeit hast (sorry 🙈): Hättest du Lust, ab April mit mir montags ins Yoga im GZ zu gehen? 18:30–19:45, 10er-Abo CHF 190.

S.""", mid="sunrise")

P("sabine-yoga-re", "2025-03-31 13:02 +0200", ME_FROM, SABINE, "Re: Yoga ab April?",
  """Haha, ja, Zeit habe ich jetzt tatsächlich. Ich bin dabei! Reto muss halt montags früher heimkommen.""",
  reply="sabine-yoga", mid="gmx")

P("bachmann-abschied", "2025-06-22 11:30 +0200", "Heidi Bachmann <heidi.bachmann@bluewin.ch>", ME_CH, "Sie ziehen aus?",
  """Liebe Frau Hofstätter

Der Hauswart hat mir erzählt, dass Sie Ende Monat ausziehen. Wie schade! Ich werde den kleinen Elias im Treppenhaus vermissen. Darf ich Ihnen am Freitag einen Kuchen vorbeibringen, damit Sie beim Packen etwas Süsses haben?

Herzliche Grüsse
Heidi Bachmann""", kind="personal:neighbour", mid="bluewin")

P("bachmann-abschied-re", "2025-06-22 18:05 +0200", ME_FROM, "Heidi Bachmann <heidi.bachmann@bluewin.ch>", "Re: Sie ziehen aus?",
  """Liebe Frau Bachmann

Das ist so lieb von Ihnen! Sehr gerne, wir sind am Freitag ab 17 Uhr zuhause. Und Sie müssen uns unbedingt in Höngg besuchen kommen – es ist ja nur zwei Tramstationen weiter.

Herzliche Grüsse
Verena Hofstätter""", reply="bachmann-abschied", quote=True, mid="gmx", kind="personal:neighbour")

P("marco-april", "2025-04-09 20:40 +0200", MARCO, ME_CH, "Wie gohts?",
  """Hoi Verena

Wollte nur fragen, wie es dir geht, so ganz ohne Brändli? Bei uns: Die Kollegin in Krakau ist sehr nett, aber die Lohnläufe dauern jetzt doppelt so lang. Daniela lässt grüssen.

Falls du Lust auf ein Feierabendbier hast, sag Bescheid.

Gruess Marco""", kind="personal:ex-colleague", mid="gmail")

# ---------------------------------------------------------------- bills, shops, misc
VISECA = "Viseca one <noreply@viseca.ch>"
P("viseca-feb", "2025-02-17 06:20 +0100", VISECA, ME_CH, "Ihre Monatsrechnung ist verfügbar",
  "Guten Tag Frau Hofstätter\n\nIhre Monatsrechnung für die ZKB Mastercard (•••• 2281) ist in der one App verfügbar.\n\nRechnungsbetrag: CHF 1'146.35\nZahlbar bis: 10.03.2025\n\nViseca Payment Services SA",
  kind="bank:credit-card-statement", mid="default", mid_domain="viseca.ch")
P("viseca-may", "2025-05-16 06:22 +0200", VISECA, ME_CH, "Ihre Monatsrechnung ist verfügbar",
  "Guten Tag Frau Hofstätter\n\nIhre Monatsrechnung für die ZKB Mastercard (•••• 2281) ist in der one App verfügbar.\n\nRechnungsbetrag: CHF 1'712.80\nZahlbar bis: 09.06.2025\n\nViseca Payment Services SA",
  kind="bank:credit-card-statement", mid="default", mid_domain="viseca.ch")

P("helsana-praemie", "2025-01-08 07:00 +0100", "Helsana <noreply@helsana.ch>", ME_CH, "Ihre Prämienrechnung Januar–März 2025",
  "Guten Tag Frau Hofstätter\n\nIhre Prämienrechnung für das 1. Quartal 2025 steht in myHelsana bereit.\n\nVersicherte Personen: Verena Hofstätter, Elias Ammann\nBetrag: CHF 1'521.60\nFällig: 31.01.2025\n\nFreundliche Grüsse\nIhre Helsana",
  kind="insurance:premium-invoice", mid="default", mid_domain="helsana.ch")

P("sbb-halbtax", "2025-04-26 08:00 +0200", "SBB CFF FFS <noreply@sbb.ch>", ME_CH, "Ihr Halbtax läuft bald ab",
  "Guten Tag Verena Hofstätter\n\nIhr Halbtax läuft am 31.05.2025 ab. Es verlängert sich automatisch um ein Jahr zum Preis von CHF 190.–, sofern Sie es nicht bis am 30.04.2025 kündigen.\n\nIhre SBB",
  kind="transport:subscription", mid="default", mid_domain="sbb.ch", html=True, brand="SBB CFF FFS", color="#eb0000")

P("fitnesspark-pause", "2025-04-03 11:00 +0200", "Migros Fitness <service@migros-fitness.ch>", ME_CH, "Bestätigung: Abo-Unterbruch",
  "Guten Tag Frau Hofstätter\n\nWir bestätigen den Unterbruch Ihres Abonnements «Flex» vom 01.04.2025 bis 31.07.2025. Während des Unterbruchs werden keine Gebühren belastet, die Laufzeit verlängert sich entsprechend.\n\nWir freuen uns, Sie ab August wieder zu sehen!",
  kind="subscription:gym", mid="default", mid_domain="migros-fitness.ch")

P("coopathome", "2025-05-02 20:30 +0200", "coop.ch <noreply@coop.ch>", ME_CH, "Ihre Bestellung 4100281937 – Lieferung Samstag",
  "Guten Tag Frau Hofstätter\n\nVielen Dank für Ihre Bestellung bei coop.ch.\nLieferfenster: Samstag, 03.05.2025, 08:00–10:00\nArtikel: 34, Total CHF 187.45\n\nBitte beachten Sie: Getränkeharassen werden bis vor die Wohnungstür geliefert.",
  kind="shopping:groceries", mid="default", mid_domain="coop.ch", html=True, brand="coop.ch", color="#e2001a")

P("brack-order", "2025-05-25 17:40 +0200", "BRACK.CH <service@brack.ch>", ME_CH, "Auftragsbestätigung 25-3318772",
  "Grüezi Frau Hofstätter\n\nBesten Dank für Ihre Bestellung.\n\n1x Bosch Laserentfernungsmesser PLR 30 C – CHF 79.00\n1x Wera Schraubendreher-Set Kraftform 12-tlg. – CHF 54.90\n\nLieferung: Montag, 26.05.2025\n\nFreundliche Grüsse\nIhr BRACK.CH-Team",
  kind="shopping:order", mid="default", mid_domain="brack.ch", html=True, brand="BRACK.CH", color="#1e5a96")

P("ifolor", "2025-06-18 21:00 +0200", "ifolor <service@ifolor.ch>", ME_CH, "Ihr Fotobuch ist in Produktion",
  "Hallo Verena\n\nIhr Fotobuch «Elias – unser drittes Jahr» (Hardcover A4, 48 Seiten) ist in Produktion und wird voraussichtlich am 24.06.2025 versandt.\n\nBestellnummer: IF-71144802\n\nIhr ifolor Team",
  kind="shopping:order", mid="default", mid_domain="ifolor.ch", html=True, brand="ifolor", color="#e4002b")

P("zueri-wie-neu", "2025-04-07 10:15 +0200", "Stadt Zürich – Züri wie neu <noreply@zueriwieneu.ch>", ME_CH,
  "Ihre Meldung wurde erledigt: Defekte Strassenlampe Rosengartenstrasse",
  "Guten Tag\n\nIhre Meldung Nr. 58213 (Beleuchtung: Strassenlampe vor Rosengartenstrasse 62 defekt) wurde von ewz bearbeitet und als erledigt markiert.\n\nVielen Dank für Ihren Beitrag zu einem sauberen und sicheren Zürich.",
  kind="government:city-report", mid="default", mid_domain="zueriwieneu.ch")

P("kita-rechnung-jun", "2025-06-30 09:00 +0200", "Kita Chäferhuus <info@kita-chaeferhuus.ch>", ME_CH,
  "Rechnung Juli 2025 – Elias Ammann (Schlussrechnung)",
  "Liebe Eltern\n\nAnbei die letzte Rechnung für Elias (Juli 2025). Das Depot von CHF 500.– verrechnen wir damit.\n\nBetrag: CHF 604.00\nZahlbar bis: 10.07.2025\n\nKita Chäferhuus, Administration",
  kind="childcare:invoice", mid="default",
  attach=[("Rechnung_2025-07_Ammann.pdf", "application/pdf", pdf("Rechnung Kita Juli"))])

P("projuventute", "2025-03-10 10:00 +0100", "Pro Juventute Elternbriefe <elternbriefe@projuventute.ch>", ME_CH,
  "Elternbrief: Ihr Kind ist 2¾ Jahre alt – Trotzphase, Sprache, Spiel",
  "Liebe Eltern\n\nIhr Kind wird bald drei! In diesem Elternbrief:\n- Warum «Nein!» ein wichtiges Wort ist\n- So fördern Sie die Sprachentwicklung im Alltag\n- Spielideen für Regentage\n\nZum Elternbrief: https://www.projuventute.ch/elternbriefe/33-monate",
  kind="newsletter:parenting", mid="mailchimp", html=True, brand="Pro Juventute", color="#e2001a")

P("wwf-spende", "2025-01-24 14:00 +0100", "WWF Schweiz <service@wwf.ch>", ME_CH, "Danke für Ihre Spende – Spendenbestätigung 2024",
  "Liebe Frau Hofstätter\n\nHerzlichen Dank für Ihre Unterstützung im Jahr 2024. Ihre Spendenbestätigung über CHF 120.– für die Steuererklärung finden Sie im Anhang.\n\nIhr WWF Schweiz",
  kind="donation:receipt", mid="mailchimp",
  attach=[("Spendenbestaetigung_2024.pdf", "application/pdf", pdf("WWF Spendenbestaetigung"))])

P("flohmarkt-stand", "2025-04-30 18:20 +0200", "Quartierverein Wipkingen <vorstand@qv-wipkingen.ch>", ME_CH,
  "Anmeldung Flohmarkt bestätigt – Standplatz 17",
  "Liebe Frau Hofstätter\n\nIhre Anmeldung für den Flohmarkt vom Samstag, 24. Mai, ist bestätigt. Ihr Standplatz: Nr. 17 (Seite Brückenkopf). Tische bringen Sie bitte selber mit. Aufbau ab 8 Uhr.\n\nViel Erfolg beim Verkaufen!\nDer Vorstand",
  kind="lookalike:registration-confirmed", mid="default")

P("swisslos", "2025-03-01 20:40 +0100", "Swisslos <noreply@swisslos.ch>", ME_CH, "Ihre Ziehungsresultate: Swiss Lotto vom 01.03.2025",
  "Guten Abend\n\nDie Resultate für Ihren Tipp Swiss Lotto vom 01.03.2025 sind verfügbar. Leider hat es diesmal nicht für einen Gewinn gereicht.\n\nJackpot nächste Ziehung: CHF 11.4 Mio.",
  kind="promo:lottery", mid="default", mid_domain="swisslos.ch", html=True, brand="Swisslos", color="#d6001c")
