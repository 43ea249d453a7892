# Mailbox B: Tobias Wendlinger - hand-written everyday mail and look-alikes (all not_job).
from b_jobs import TW, TW_OLD, TW_SIG

M = []


def L(key, date, frm, subject, body, kind, lang="de", to=TW, **kw):
    kw.update(key=key, date=date, frm=frm, to=to, subject=subject, body=body, kind=kind, lang=lang, label="not_job")
    M.append(kw)


KAT = ("Katrin Wendlinger", "katrin.wendlinger@gmail.com")
MUTTER = ("Gerlinde Wendlinger", "gerlinde.wendlinger@t-online.de")
FLO = ("Florian Wendlinger", "florian.wendlinger@gmx.de")
MARKUS = ("Markus Hartl", "markus.hartl@outlook.de")
ANDI = ("Andreas Huber", "andi.huber@freenet.de")
MICHA = ("Michael Brunner", "michi.brunner78@gmail.com")
HALDER_HR = ("Sabine Dorfner", "sabine.dorfner@halder-antriebe.de")

# =============================== LOOK-ALIKES ===============================
L("kita_portal", "2024-09-11 21:02", ("Kita-Portal Esslingen", "noreply@kita-portal.esslingen.de"),
  "Eingangsbestätigung: Ihre Vormerkung für einen Betreuungsplatz",
  """Sehr geehrter Herr Wendlinger,

vielen Dank für Ihre Vormerkung im Kita-Portal der Stadt Esslingen am Neckar.

Kind: Lina Wendlinger, geb. 14.06.2022
Gewünschter Betreuungsbeginn: 01.02.2025
Betreuungsumfang: verlängerte Öffnungszeit (30 Std./Woche)
Gewählte Einrichtungen (Priorität):
1. Kita Sonnenblume, Berkheim
2. Kinderhaus Schelztor
3. Ev. Kindergarten Zollberg

Ihre Vormerkung ist damit bei allen gewählten Einrichtungen sichtbar. Bitte beachten Sie: Die Vormerkung ist noch keine Platzzusage. Die Einrichtungen melden sich direkt bei Ihnen.

Ihre Vormerkungsnummer: ES-2024-08817

Mit freundlichen Grüßen
Stadt Esslingen am Neckar
Amt für Bildung, Erziehung und Betreuung""", "lookalike:kita-application-confirmation", charset="iso-8859-1", cte="qp")

L("kita_invite", "2024-10-09 13:15", ("Kita Sonnenblume", "kita.sonnenblume@esslingen.de"),
  "Einladung zum Aufnahmegespräch – Lina Wendlinger",
  """Liebe Familie Wendlinger,

wir freuen uns, Ihnen mitteilen zu können, dass wir Lina voraussichtlich zum Frühjahr 2025 einen Platz in unserer Krippengruppe „Schmetterlinge“ anbieten können.

Gern möchten wir Sie zu einem Aufnahmegespräch einladen, damit wir uns gegenseitig kennenlernen und Sie die Einrichtung ansehen können:

Freitag, 25.10.2024, 15:30 Uhr
Kita Sonnenblume, Im Grund 7, 73734 Esslingen-Berkheim

Bitte bringen Sie das gelbe Untersuchungsheft und den Impfnachweis (Masern) mit. Lina darf sehr gern dabei sein!

Herzliche Grüße
Anja Wörner, Kita-Leitung""", "lookalike:kita-interview-invitation", mid="outlook", charset="windows-1252", cte="qp")

L("kita_zusage", "2024-11-05 10:40", ("Stadt Esslingen – Kita-Platzvergabe", "kita-platzvergabe@esslingen.de"),
  "Zusage eines Betreuungsplatzes ab 01.03.2025",
  """Sehr geehrte Frau Wendlinger, sehr geehrter Herr Wendlinger,

wir freuen uns, Ihnen für Ihr Kind Lina einen Betreuungsplatz in der Kita Sonnenblume ab dem 01.03.2025 anbieten zu können (verlängerte Öffnungszeit, 30 Std./Woche).

Bitte bestätigen Sie die Annahme des Platzes bis spätestens 19.11.2024 im Kita-Portal. Der Betreuungsvertrag und die Gebührensatzung gehen Ihnen anschließend per Post zu.

Erfolgt bis zu diesem Datum keine Rückmeldung, wird der Platz anderweitig vergeben.

Mit freundlichen Grüßen
Amt für Bildung, Erziehung und Betreuung""", "lookalike:kita-place-offer", to=[TW, KAT], charset="iso-8859-1", cte="qp")

L("kita_absage", "2024-10-16 09:05", ("Ev. Kindergarten Zollberg", "kiga.zollberg@evk-esslingen.de"),
  "Ihre Anmeldung für Lina Wendlinger",
  """Sehr geehrte Familie Wendlinger,

vielen Dank für Ihr Interesse an unserem Kindergarten und Ihre Anmeldung über das Kita-Portal.

Leider müssen wir Ihnen mitteilen, dass wir für das Kindergartenjahr 2024/25 keinen Krippenplatz mehr vergeben können. Alle Plätze sind bereits belegt, und die Warteliste ist sehr lang.

Wir wünschen Ihnen, dass Sie bald einen passenden Platz finden, und Ihnen einen guten Start in Esslingen.

Freundliche Grüße
Ulrike Sailer
Leitung Ev. Kindergarten Zollberg""", "lookalike:kita-application-rejection", charset="windows-1252", cte="qp")

L("kita_muc_kuend", "2024-11-25 16:20", ("Kita Regenbogen Pasing", "kita.regenbogen@kitas-pasing.de"),
  "Bestätigung Kündigung Betreuungsvertrag zum 31.01.2025",
  """Liebe Familie Wendlinger,

hiermit bestätigen wir den Eingang Ihrer Kündigung des Betreuungsvertrags für Lina zum 31.01.2025.

Wir sind sehr traurig, dass Lina uns verlässt! Den Abschied feiern wir natürlich in der Gruppe – wir melden uns dazu im Januar.

Herzliche Grüße
Das Team der Kita Regenbogen""", "childcare-notice")

L("immo_anfrage", "2024-09-08 20:50", ("ImmoScout24", "no-reply@immobilienscout24.de"),
  "Ihre Anfrage zu: 4-Zimmer-Wohnung mit Garten in Esslingen-Berkheim",
  """Hallo Herr Wendlinger,

Ihre Anfrage wurde erfolgreich an den Anbieter gesendet.

Objekt: Familienfreundliche 4-Zimmer-Wohnung mit Gartenanteil
Ort: 73734 Esslingen-Berkheim
Kaltmiete: 1.480 €
Anbieter: Privat

Ihre Nachricht:
"Sehr geehrte Damen und Herren, wir sind eine vierköpfige Familie (zwei Kinder, 6 und 2 Jahre) und ziehen beruflich bedingt im Frühjahr 2025 nach Esslingen. Beide Einkommen sind gesichert, Unterlagen liegen vollständig vor. Über einen Besichtigungstermin würden wir uns sehr freuen."

Ihr ImmoScout24-Team""", "lookalike:flat-application-confirmation", fmt="alt", cte="qp", color="#00d9b1")

L("immo_besicht", "2024-09-14 10:30", ("Dieter Kübler", "d.kuebler@t-online.de"),
  "Besichtigung Wohnung Im Grund 21",
  """Sehr geehrter Herr Wendlinger,

vielen Dank für Ihre Anfrage. Eine Besichtigung wäre am Samstag, 28.09., um 11 Uhr möglich. Es kommen noch zwei weitere Familien, ich mache aber Einzeltermine im Abstand von einer halben Stunde.

Bitte bringen Sie eine Selbstauskunft und die Gehaltsnachweise mit.

Freundliche Grüße
Dieter Kübler""", "lookalike:flat-viewing-invitation", charset="iso-8859-1", cte="8bit")

L("tw_immo_re", "2024-09-14 12:02", TW, "AW: Besichtigung Wohnung Im Grund 21",
  """Sehr geehrter Herr Kübler,

vielen Dank für Ihre schnelle Rückmeldung. Den Termin am Samstag, 28.09., um 11 Uhr nehmen wir gern wahr. Wir kommen zu viert – die Kinder möchten den Garten unbedingt sehen.

Mit freundlichen Grüßen
Tobias Wendlinger""", "lookalike:own-flat-viewing-confirmation", to=("Dieter Kübler", "d.kuebler@t-online.de"),
  mid="outlook_desktop", parent="immo_besicht", quote="outlook_de")

L("immo_absage", "2024-10-04 18:45", ("Dieter Kübler", "d.kuebler@t-online.de"),
  "Wohnung Im Grund 21",
  """Sehr geehrter Herr Wendlinger,

vielen Dank nochmals für Ihren Besuch. Wir haben uns nach langem Überlegen für eine andere Familie entschieden, die bereits im Dezember einziehen kann. Das war für uns ausschlaggebend.

Ich wünsche Ihnen viel Glück bei der weiteren Suche.

Freundliche Grüße
Dieter Kübler""", "lookalike:flat-application-rejection", charset="iso-8859-1", cte="8bit")

L("immo_docusign", "2024-12-06 14:12", ("Neckar Immobilien Verwaltung via DocuSign", "dse_NA4@docusign.net"),
  "Bitte mit DocuSign unterzeichnen: Mietvertrag Berkheimer Straße 48, WE 3",
  """Neckar Immobilien Verwaltung hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.

DOKUMENT ÜBERPRÜFEN: https://eu.docusign.net/Signing/EmailStart.aspx?a=9e2f7c10-3a5b-4d1e-8c7f-0b6a2d4e1f93

Sehr geehrte Familie Wendlinger,

anbei erhalten Sie den Mietvertrag für die Wohnung Berkheimer Straße 48, WE 3 (4 Zimmer, 102 m²) zum 01.02.2025. Bitte unterzeichnen Sie beide.

Mit freundlichen Grüßen
Nadine Ruoff
Neckar Immobilien Verwaltung GmbH

Diese Nachricht nicht weiterleiten. Sicherheitscode: 71CD94E20B""", "lookalike:esign-lease-contract", to=[TW, KAT],
  fmt="alt", cte="qp", mid_domain="docusign.net", color="#1e1e62")

L("aa_arbeitsuchend", "2024-09-06 09:48", ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
  "Eingangsbestätigung: Ihre Arbeitsuchendmeldung",
  """Sehr geehrter Herr Wendlinger,

wir bestätigen den Eingang Ihrer Arbeitsuchendmeldung vom 05.09.2024.

Da Ihr Arbeitsverhältnis zum 31.01.2025 endet, sind Sie verpflichtet, aktiv nach einer neuen Beschäftigung zu suchen. Ihre Ansprechperson wird sich in Kürze bei Ihnen melden, um einen Termin für ein Beratungsgespräch zu vereinbaren.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit München""", "lookalike:benefits-office-registration", charset="iso-8859-1", cte="qp")

L("aa_einladung", "2024-09-19 07:30", ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
  "Neue Nachricht in Ihrem Postfach: Einladung",
  """Sehr geehrter Herr Wendlinger,

in Ihrem Postfach liegt eine neue Nachricht für Sie bereit:

Betreff: Einladung zu einem Beratungsgespräch am 02.10.2024 um 08:30 Uhr (telefonisch)

Bitte lesen Sie die Nachricht unter https://web.arbeitsagentur.de/portal/postfach.

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit""", "lookalike:benefits-office-appointment", charset="iso-8859-1", cte="qp")

L("tw_aa_abmeldung", "2024-11-18 19:10", TW, "Abmeldung Arbeitsuche – Kundennummer 841D092273",
  """Sehr geehrte Frau Dietl,

hiermit teile ich Ihnen mit, dass ich ab dem 01.02.2025 eine unbefristete Beschäftigung bei der Kessler & Voigt Maschinenbau GmbH in Esslingen aufnehme. Ich melde mich daher aus der Arbeitsuche ab. Eine Kopie des unterschriebenen Arbeitsvertrags reiche ich gern über das Postfach nach.

Vielen Dank für die Unterstützung.""" + TW_SIG, "own-mail-benefits-office",
  to=("Agentur für Arbeit München", "Muenchen.Arbeitsvermittlung@arbeitsagentur.de"), mid="outlook_desktop")

L("aa_abm_conf", "2024-11-21 11:02", ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
  "Neue Nachricht in Ihrem Postfach: Bestätigung Ihrer Abmeldung",
  """Sehr geehrter Herr Wendlinger,

in Ihrem Postfach liegt eine neue Nachricht für Sie bereit:

Betreff: Bestätigung – Abmeldung aus der Arbeitsuche wegen Arbeitsaufnahme

Wir wünschen Ihnen für Ihre neue Tätigkeit alles Gute.

Ihre Bundesagentur für Arbeit""", "lookalike:benefits-office-notice", charset="iso-8859-1", cte="qp")

L("schule_anm", "2024-12-12 11:30", ("Sekretariat Grundschule Berkheim", "poststelle@gs-berkheim.es.schule-bw.de"),
  "Aufnahme Jonas Wendlinger – Klasse 1b",
  """Sehr geehrter Herr Wendlinger,

vielen Dank für die Anmeldung Ihres Sohnes Jonas. Wir bestätigen die Aufnahme zum 03.02.2025 in die Klasse 1b (Klassenlehrerin Frau Ott).

Bitte reichen Sie uns noch die Abmeldebestätigung der bisherigen Schule sowie den Masernschutz-Nachweis ein. Am ersten Schultag treffen wir uns um 7:50 Uhr vor dem Hauptgebäude.

Mit freundlichen Grüßen
Birgit Layer, Schulsekretariat""", "lookalike:school-admission", charset="iso-8859-1", cte="qp")

L("umzug1", "2024-11-20 16:44", ("Umzüge Bayer & Sohn", "angebot@umzuege-bayer.de"),
  "Ihr persönliches Umzugsangebot Nr. 2024-1187",
  """Sehr geehrter Herr Wendlinger,

vielen Dank für die Besichtigung am Montag. Gern unterbreiten wir Ihnen folgendes Angebot für Ihren Umzug von München-Pasing nach Esslingen-Berkheim:

- Ladevolumen ca. 48 m³, 2 LKW 7,5 t, 4 Umzugshelfer
- Ab- und Aufbau Küche und Schränke
- Halteverbotszonen an beiden Adressen
- Verpackungsmaterial (60 Kartons, Kleiderboxen)

Termin: Beladung 30./31.01.2025, Entladung 01.02.2025
Festpreis: 4.380,00 € inkl. MwSt.

Das Angebot ist bis 15.12.2024 gültig. Zur Annahme genügt eine kurze Antwort per E-Mail.

Mit freundlichen Grüßen
Josef Bayer""", "lookalike:moving-offer", charset="windows-1252", cte="qp", attach=[("Angebot_2024-1187.pdf", "pdf")])

L("umzug2", "2024-11-22 09:10", ("Möbelspedition Schäfer", "info@schaefer-umzug.de"),
  "Angebot Umzug München – Esslingen",
  """Sehr geehrter Herr Wendlinger,

wie telefonisch besprochen, anbei unser Angebot über 4.720,00 € brutto (inkl. Küchenmontage und Einpackservice für Geschirr). Im Januar haben wir noch zwei Termine frei.

Mit freundlichen Grüßen
Ihre Möbelspedition Schäfer""", "lookalike:moving-offer", attach=[("Angebot_Schaefer_Wendlinger.pdf", "pdf")])

L("tw_umzug_ok", "2024-11-26 20:05", TW, "AW: Ihr persönliches Umzugsangebot Nr. 2024-1187",
  """Sehr geehrter Herr Bayer,

hiermit nehmen wir Ihr Angebot Nr. 2024-1187 zum Festpreis von 4.380,00 € für den 30.01.–01.02.2025 an. Die Rechnung bitte an die neue Adresse; die Kosten werden teilweise von meinem neuen Arbeitgeber übernommen.""" + TW_SIG,
  "lookalike:own-moving-offer-acceptance", to=("Umzüge Bayer & Sohn", "angebot@umzuege-bayer.de"), mid="outlook_desktop",
  parent="umzug1", quote="outlook_de")

L("kredit", "2024-12-03 15:30", ("Sparkasse Isartal", "service@sparkasse-isartal.de"),
  "Ihr Kreditantrag wurde genehmigt",
  """Sehr geehrter Herr Wendlinger,

wir freuen uns, Ihnen mitteilen zu können, dass Ihr Antrag auf einen Autokredit genehmigt wurde.

Kreditbetrag: 18.000,00 €
Laufzeit: 48 Monate
Sollzins (gebunden): 5,49 % p. a.

Den Kreditvertrag können Sie in Ihrem Online-Banking-Postfach einsehen und digital unterschreiben.

Mit freundlichen Grüßen
Ihre Sparkasse Isartal""", "lookalike:loan-application-approved", fmt="html", cte="b64", color="#ff0000")

L("ing_nl", "2024-10-17 06:30", ("Ingenieur-Nachrichten", "newsletter@ingenieur-nachrichten.de"),
  "Interview: „Die Getriebebranche muss sich neu erfinden“",
  """Ingenieur-Nachrichten – Der Wochenüberblick

INTERVIEW: Prof. Dr.-Ing. Hartmut Seeger (Universität Stuttgart) über Elektrifizierung, Überkapazitäten und die Zukunft klassischer Getriebehersteller.

ARBEITSMARKT: Zulieferer kündigen den Abbau von 12.000 Stellen in Baden-Württemberg an – gleichzeitig suchen Maschinenbauer händeringend Konstrukteure.

TECHNIK: Wie KI-gestützte Topologieoptimierung in der Konstruktion ankommt.

Alle Artikel: https://ingenieur-nachrichten.de/wochenueberblick/42

Newsletter abbestellen: https://ingenieur-nachrichten.de/abo""", "lookalike:newsletter-press-interview", fmt="alt",
  cte="qp", mid="ses", color="#004a7f")

L("stepstone_mag", "2024-10-27 09:00", ("StepStone Magazin", "magazin@stepstone.de"),
  "Gehalt im Vorstellungsgespräch: So verhandeln Sie richtig",
  """Karriere-Tipps der Woche

Gehaltsverhandlung im Vorstellungsgespräch: Die 5 häufigsten Fehler – und wie Sie sie vermeiden.

Außerdem:
- Was Sie auf die Frage nach Ihren Schwächen antworten sollten
- Gehaltsreport 2024: Was Ingenieurinnen und Ingenieure verdienen
- Kündigen in der Probezeit: Ihre Rechte

Zum Magazin: https://www.stepstone.de/magazin

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.stepstone.de/newsletter""",
  "lookalike:newsletter-interview-tips", fmt="html", cte="qp", color="#0c2577")

L("markus_interview", "2024-10-02 21:40", MARKUS, "Mein Gespräch bei Reuter",
  """Servus Tobi,

Katrin meinte, ich soll dir mal von meinem Vorstellungsgespräch bei Reuter Automotive erzählen, weil du ja auch grad suchst.

War heute in Weissach, zweite Runde, drei Stunden. Erst Fachgespräch mit dem Abteilungsleiter (viel zu Steuergeräte-Validierung, ASPICE), dann eine Fallstudie: Ich sollte einen Testplan für ein neues Bremssystem skizzieren. Am Ende noch 20 Minuten mit HR, ganz klassisch „Wo sehen Sie sich in fünf Jahren“.

Die Atmosphäre war okay, aber ehrlich gesagt sehr steif. Mal sehen. Sie wollen sich bis Ende nächster Woche melden.

Wie läuft's bei dir? Hast du von dem Maschinenbauer in Esslingen was gehört?

Gruß Markus""", "lookalike:friend-own-interview", mid="outlook")

L("tw_markus_re", "2024-10-03 08:30", TW, "AW: Mein Gespräch bei Reuter",
  """Servus Markus,

danke dir fürs Erzählen und Daumen gedrückt! Drei Stunden ist ordentlich.

Bei mir: Zwei Absagen in den letzten zwei Wochen (ein Start-up in München und eine Kältetechnik-Firma), dafür läuft noch die Bewerbung bei dem Maschinenbauer in Esslingen – da hoffe ich sehr auf eine Einladung. Der Personalberater aus Stuttgart hat mich außerdem bei einem Zulieferer in Ludwigsburg untergebracht, da war ich am Dienstag zum Gespräch. Mal schauen.

Wir sehen uns am Wochenende bei der Besichtigung?

Gruß Tobi""", "own-mail-to-family-about-job-search", to=MARKUS, mid="outlook_desktop", parent="markus_interview",
  quote="outlook_de")

L("halder_panel", "2024-09-25 17:12", MICHA, "Bewerbungsgespräch Werkstudent – kannst du dabei sein?",
  """Hi Tobi,

schreib dir privat, weil du ja ab morgen Urlaub hast und ich's nicht vergessen will: Nächsten Mittwoch (02.10.) um 10 Uhr haben wir das Vorstellungsgespräch mit dem Werkstudenten für die Konstruktion (der von der HM, Sebastian irgendwas). Kannst du mit reingehen? Du kennst das Prüfstandsthema am besten. Die Unterlagen liegen im SuccessFactors, du hast ja jetzt auch Zugriff als Interviewer.

Danke dir!
Micha""", "lookalike:work-colleague-interview-panel", mid="gmail")

L("halder_sf", "2024-09-03 08:15", HALDER_HR, "Info: SAP SuccessFactors Recruiting – Schulung für Fachbereiche",
  """Liebe Kolleginnen und Kollegen,

ab 01.10.2024 läuft der gesamte Bewerbungsprozess bei Halder über SAP SuccessFactors Recruiting. Fachbereiche sehen Bewerbungen dann direkt im System, können Kandidat:innen bewerten und Interviewtermine vorschlagen. Absagen und Einladungen verschickt weiterhin HR.

Für alle, die an Auswahlverfahren beteiligt sind, bieten wir eine 60-minütige Online-Schulung an:
- Di, 17.09., 10:00 Uhr
- Do, 19.09., 14:00 Uhr

Anmeldung bitte per Antwort an mich. Da nicht alle Kolleg:innen aus der Entwicklung dienstlich Mails lesen (Urlaub, Kurzarbeit), verschicke ich diese Info zusätzlich an die hinterlegten privaten Adressen.

Viele Grüße
Sabine Dorfner
Personalabteilung
Halder Antriebstechnik GmbH""", "lookalike:work-ats-software-training", mid="outlook")

L("halder_kuend", "2024-09-02 15:30", HALDER_HR, "Ihre Unterlagen zur Vereinbarung vom 30.08.2024",
  """Sehr geehrter Herr Wendlinger,

wie im Gespräch am Freitag besprochen, erhalten Sie anbei eine Kopie der Aufhebungsvereinbarung sowie das Merkblatt zur Arbeitsuchendmeldung. Bitte denken Sie daran, sich innerhalb von drei Tagen bei der Agentur für Arbeit arbeitsuchend zu melden.

Ihr Arbeitsverhältnis endet zum 31.01.2025. Die Abfindung wird mit der letzten Gehaltsabrechnung ausgezahlt. Für Bewerbungsgespräche stellen wir Sie nach Absprache mit Ihrer Führungskraft frei.

Mit freundlichen Grüßen
Sabine Dorfner""", "former-employer-hr", mid="outlook", attach=[("Aufhebungsvereinbarung_Wendlinger.pdf", "pdf"), ("Merkblatt_Arbeitsuchend.pdf", "pdf")])

L("halder_zeugnis", "2025-01-29 13:40", HALDER_HR, "Ihr Arbeitszeugnis",
  """Sehr geehrter Herr Wendlinger,

anbei erhalten Sie vorab Ihr Arbeitszeugnis als PDF. Das Original geht Ihnen mit den Arbeitspapieren an die neue Adresse in Esslingen zu.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute – und vielen Dank für elf Jahre bei Halder.

Mit freundlichen Grüßen
Sabine Dorfner""", "lookalike:former-employer-reference-letter", mid="outlook", attach=[("Arbeitszeugnis_Wendlinger.pdf", "pdf")])

L("verein_antrag", "2025-01-20 18:00", ("TSV Berkheim e.V. – Geschäftsstelle", "geschaeftsstelle@tsv-berkheim.de"),
  "Ihr Aufnahmeantrag ist eingegangen",
  """Sehr geehrter Herr Wendlinger,

vielen Dank für den Aufnahmeantrag für Jonas Wendlinger (Abteilung Fußball, F-Jugend). Der Antrag wird in der nächsten Vorstandssitzung bestätigt; die Mitgliedschaft beginnt zum 01.02.2025.

Der Trainer der F2, Herr Scholz, meldet sich wegen des ersten Trainings bei Ihnen.

Sportliche Grüße
Geschäftsstelle TSV Berkheim""", "lookalike:club-membership-application")

L("kleinanz_b", "2025-01-08 19:22", ("Kleinanzeigen", "noreply@kleinanzeigen.de"),
  "Neues Angebot für deine Anzeige „Kinderwagen Kombi, Teutonia, sehr gut“",
  """Hallo Tobias,

du hast ein neues Angebot erhalten:

Kinderwagen Kombi, Teutonia, sehr gut – 180 € VB
Angebot von Svetlana: 140 €

„Guten Abend, ich würde den Kinderwagen nehmen. Abholung am Samstag in Pasing möglich?“

Angebot annehmen oder antworten: https://www.kleinanzeigen.de/m-nachrichten.html""", "lookalike:marketplace-offer", fmt="alt", cte="qp",
  color="#1d4b00", to=TW_OLD)

L("baumarkt", "2024-11-27 07:00", ("Hornberger Baumarkt", "angebote@hornberger-baumarkt.de"),
  "Black Week: Unsere Top-Angebote für Sie",
  """Nur bis Montag: Black Week bei Hornberger!

Akku-Bohrschrauber 18 V inkl. 2 Akkus – 89,99 € statt 139,99 €
Umzugskartons 10er-Pack – 14,99 €
Werkzeugkoffer 120-teilig – 49,99 €

Alle Angebote: https://hornberger-baumarkt.de/blackweek""", "lookalike:retail-offer", fmt="html", cte="qp", color="#e30613")

L("tw_flo", "2024-10-20 20:30", TW, "Stand der Dinge",
  """Hallo Flo,

kurzer Zwischenstand, weil Mama schon wieder gefragt hat, ob ich „endlich was Neues“ habe:

Bisher etwa 15 Bewerbungen, davon viele über Portale, ein paar Initiativbewerbungen. Absagen von Brandtner (nach so einem Online-Test, der war echt unangenehm), einem Start-up in München und einem Zulieferer in Ludwigsburg, den mir ein Personalberater vermittelt hatte. Positiv: Das erste Gespräch mit Kessler & Voigt in Esslingen am Dienstag lief richtig gut, ich hoffe auf eine zweite Runde vor Ort. Das wäre ideal, 10 Minuten von der neuen Wohnung (falls wir je eine finden).

Katrin hat in Stuttgart schon unterschrieben, Kita für Lina sieht auch gut aus. Es wird also so oder so Esslingen.

Wie geht's dir mit dem Hausbau?

Gruß Tobi""", "own-mail-to-family-about-job-search", to=FLO, mid="outlook_desktop")

L("familienkasse", "2025-02-06 10:20", ("Familienkasse Baden-Württemberg West", "noreply@arbeitsagentur.de"),
  "Eingangsbestätigung Ihrer Veränderungsmitteilung (Kindergeld)",
  """Sehr geehrter Herr Wendlinger,

wir bestätigen den Eingang Ihrer Veränderungsmitteilung zum Kindergeld (neue Anschrift ab 01.02.2025). Ihre Kindergeldnummer: 215FK448192.

Sie müssen nichts weiter veranlassen.

Mit freundlichen Grüßen
Ihre Familienkasse""", "lookalike:benefits-office-change", charset="iso-8859-1", cte="qp")

MESSAGES = M
