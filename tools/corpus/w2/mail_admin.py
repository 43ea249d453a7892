# -*- coding: utf-8 -*-
"""Authorities, benefits agency, old employer, flat hunt, Kita, courses, banks, utilities.
Many are look-alikes (applications, interviews, offers that are not about a job)."""
from common import M, ME, ME_CH, ME_AT, ME_FROM, ME_FROM_AT, RETO, pdf

ME_WORK = "Verena Hofstätter <verena.hofstaetter@braendli-logistik.ch>"


def N(key, date, frm, to, subject, body, kind, **kw):
    return M(key, date, frm, to, subject, body, label="not_job", kind=kind, **kw)


RAV = "RAV Zürich Oerlikon <rav.oerlikon@vd.zh.ch>"
LUETHI = "Brigitte Lüthi (RAV Zürich Oerlikon) <brigitte.luethi@vd.zh.ch>"
ALK = "Arbeitslosenkasse des Kantons Zürich <alk.zuerich@vd.zh.ch>"
EGLI = "Daniela Egli <daniela.egli@braendli-logistik.ch>"
FLATFOX = "Flatfox <noreply@flatfox.ch>"
IMMOPLAN = "Immoplan Verwaltungs AG <verwaltung@immoplan-zh.ch>"
APZ = "Akademie für Personalmanagement Zürich <sekretariat@apz-zuerich.ch>"

# ================================================================ RAV / ALK / Job-Room
N("rav-erstgespraech", "2025-01-15 14:22 +0100", RAV, ME_CH,
  "Einladung zum Erstgespräch – Personennummer 756.4821.3390.17",
  """Sehr geehrte Frau Hofstätter

Sie haben sich am 9. Januar 2025 bei der öffentlichen Arbeitsvermittlung zur Stellensuche angemeldet. Wir laden Sie hiermit zum Erstgespräch ein:

Datum: Montag, 27. Januar 2025
Zeit: 09:30 Uhr
Ort: RAV Zürich Oerlikon, Thurgauerstrasse 56, 8050 Zürich, 2. Stock, Empfang
Ihre Personalberaterin: Frau Brigitte Lüthi

Bitte bringen Sie folgende Unterlagen mit:
- Amtlicher Ausweis / Aufenthaltsbewilligung
- AHV-Ausweis
- Kündigungsschreiben Ihres Arbeitgebers
- Lebenslauf und Arbeitszeugnisse
- Nachweis Ihrer Arbeitsbemühungen während der Kündigungsfrist

Das Erstgespräch ist obligatorisch. Kann der Termin aus wichtigen Gründen nicht wahrgenommen werden, melden Sie sich bitte umgehend unter 044 316 60 00. Unentschuldigtes Fernbleiben kann zur Einstellung in der Anspruchsberechtigung führen (Art. 30 AVIG).

Freundliche Grüsse

Regionales Arbeitsvermittlungszentrum RAV Zürich Oerlikon
Amt für Arbeit, Kanton Zürich""",
  "lookalike:benefits-agency-appointment", mid="outlook")

N("rav-nachweis-feb", "2025-02-25 07:00 +0100", "Job-Room <noreply@job-room.ch>", ME_CH,
  "Erinnerung: Nachweis der persönlichen Arbeitsbemühungen (Februar 2025)",
  """Guten Tag Verena Hofstätter

Bitte denken Sie daran, Ihre persönlichen Arbeitsbemühungen für den Monat Februar 2025 bis spätestens am 5. März 2025 einzureichen.

Sie können den Nachweis direkt in Job-Room erfassen: Für jede Bewerbung geben Sie Datum, Arbeitgeber, Stelle, Bewerbungsform (schriftlich, elektronisch, persönlich, telefonisch) und das Ergebnis an.

Zu Ihren Arbeitsbemühungen: https://www.job-room.ch/work-efforts

Ihre RAV-Beraterin: Brigitte Lüthi

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.""",
  "lookalike:benefits-agency-work-efforts-reminder", html=True, brand="Job-Room · arbeit.swiss",
  color="#d8232a", mid="default", mid_domain="job-room.ch")

N("rav-beratung-maerz", "2025-03-04 10:41 +0100", LUETHI, ME_CH,
  "Termin Beratungsgespräch 18. März",
  """Guten Tag Frau Hofstätter

Besten Dank für die eingereichten Arbeitsbemühungen, die sind vollständig und in Ordnung – 9 Bewerbungen im Februar sind mehr als genug.

Unser nächstes Beratungsgespräch findet am Dienstag, 18. März, um 14:00 Uhr statt, diesmal telefonisch. Ich rufe Sie auf Ihre Mobilnummer an.

Themen: Stand der Stellensuche, Ihre Anmeldung bei der Arbeitslosenkasse per 1. April und die Frage, ob ein Kurs (z.B. SAP SuccessFactors Grundlagen) für Sie sinnvoll wäre.

Freundliche Grüsse
Brigitte Lüthi
Personalberaterin
RAV Zürich Oerlikon""",
  "lookalike:benefits-agency-advisor", mid="outlook")

N("rav-kurs-einladung", "2025-04-14 15:05 +0200", LUETHI, ME_CH,
  "Zuweisung Kurs «Überzeugend im Vorstellungsgespräch»",
  """Guten Tag Frau Hofstätter

Wie besprochen weise ich Sie dem Kurs «Überzeugend im Vorstellungsgespräch – Training mit Videoanalyse» zu (arbeitsmarktliche Massnahme, Kosten übernimmt die Arbeitslosenversicherung).

Kursdaten: 6., 8. und 13. Mai 2025, jeweils 8:30–12:00 Uhr
Ort: Bildungszentrum Limmat, Hardturmstrasse 134, 8005 Zürich

Die Teilnahme ist verbindlich. Die offizielle Zuweisungsverfügung erhalten Sie per Post. Falls Sie in dieser Zeit ein Vorstellungsgespräch haben, geht das Gespräch selbstverständlich vor – bitte informieren Sie in diesem Fall die Kursleitung.

Freundliche Grüsse
Brigitte Lüthi
RAV Zürich Oerlikon""",
  "lookalike:benefits-agency-interview-training-course", mid="outlook")

N("alk-antrag", "2025-04-04 09:17 +0200", ALK, ME_CH,
  "Eingangsbestätigung: Antrag auf Arbeitslosenentschädigung",
  """Sehr geehrte Frau Hofstätter

Wir bestätigen den Eingang Ihres Antrags auf Arbeitslosenentschädigung ab 1. April 2025 (Dossier-Nr. 25-0418862).

Ihr Antrag wird nun geprüft. Für die Berechnung benötigen wir noch:
- Arbeitgeberbescheinigung der Brändli Logistik AG (Formular 716.105), falls nicht bereits von Ihrem Arbeitgeber direkt zugestellt
- Formular «Angaben der versicherten Person» für den Monat April (bis 5. Mai)

Die erste Auszahlung erfolgt in der Regel Mitte des Folgemonats, sofern alle Unterlagen vorliegen.

Freundliche Grüsse
Arbeitslosenkasse des Kantons Zürich
Zahlstelle Zürich-Nord""",
  "lookalike:benefits-application-received", mid="default", mid_domain="vd.zh.ch")

N("jobroom-ab-maerz", "2025-04-03 18:22 +0200", "Job-Room <noreply@job-room.ch>", ME_CH,
  "Ihre Arbeitsbemühungen März 2025 wurden übermittelt",
  """Guten Tag Verena Hofstätter

Ihr Nachweis der persönlichen Arbeitsbemühungen für März 2025 wurde erfolgreich an Ihr RAV übermittelt.

Anzahl erfasste Arbeitsbemühungen: 8
Übermittelt am: 03.04.2025, 18:21

Sie können den Nachweis jederzeit als PDF herunterladen:
https://www.job-room.ch/work-efforts/2025-03

Freundliche Grüsse
Ihr Job-Room-Team""",
  "lookalike:benefits-agency-work-efforts-submitted", html=True, brand="Job-Room · arbeit.swiss",
  color="#d8232a", mid="default", mid_domain="job-room.ch")

N("alk-abrechnung-april", "2025-05-14 06:45 +0200", ALK, ME_CH,
  "Ihre Taggeldabrechnung April 2025",
  """Sehr geehrte Frau Hofstätter

Ihre Taggeldabrechnung für den Monat April 2025 steht zum Download bereit.

Kontrollierte Tage: 22
Versicherter Verdienst: CHF 6'825.00
Entschädigungssatz: 80%
Auszahlung: CHF 4'742.35 (Valuta 16.05.2025)

Die Abrechnung finden Sie im eServices-Portal der Arbeitslosenkasse:
https://eservices.alk.zh.ch/abrechnungen

Freundliche Grüsse
Arbeitslosenkasse des Kantons Zürich""",
  "benefits-agency:payment-statement", mid="default", mid_domain="vd.zh.ch")

N("rav-abmeldung", "2025-05-27 13:30 +0200", LUETHI, ME_CH,
  "AW: Abmeldung Stellensuche – neue Anstellung ab 1. August",
  """Liebe Frau Hofstätter

Herzliche Gratulation zur neuen Stelle! Das freut mich sehr für Sie.

Ich habe Ihre Abmeldung von der Arbeitsvermittlung per 31. Juli 2025 erfasst. Bis dahin bleiben Sie angemeldet: Bitte reichen Sie für Mai, Juni und Juli weiterhin die Formulare «Angaben der versicherten Person» ein. Persönliche Arbeitsbemühungen müssen Sie ab Juni keine mehr nachweisen, da Sie eine verbindliche Zusage haben – bitte schicken Sie mir dafür eine Kopie des unterschriebenen Arbeitsvertrags.

Den Kurs vom Mai haben Sie ja noch abgeschlossen, prima.

Alles Gute und viel Freude am neuen Ort!
Brigitte Lüthi""",
  "lookalike:benefits-agency-deregistration", mid="outlook")

N("sva-familienzulagen", "2025-04-17 10:10 +0200", "SVA Zürich <noreply@svazurich.ch>", ME_CH,
  "Eingangsbestätigung: Antrag auf Familienzulagen",
  """Guten Tag Frau Hofstätter

Wir haben Ihren Antrag auf Familienzulagen (Kinderzulage für Elias Ammann, geb. 14.06.2022) erhalten. Weil Sie ab 1. April 2025 Arbeitslosenentschädigung beziehen, prüfen wir den Anspruch in Absprache mit der Arbeitslosenkasse und dem Arbeitgeber von Herrn Reto Ammann.

Referenz: FZ-2025-0938812

Wir melden uns, sobald der Entscheid vorliegt. Bitte reichen Sie keine zusätzlichen Unterlagen ein, solange wir sie nicht anfordern.

Freundliche Grüsse
SVA Zürich, Familienzulagen""",
  "lookalike:benefits-application", html=True, brand="SVA Zürich", color="#00549f", mid="default",
  mid_domain="svazurich.ch")

# ================================================================ Old employer (Brändli)
N("braendli-zeugnis-entwurf", "2025-01-20 16:55 +0100", EGLI, ME_CH,
  "Entwurf Arbeitszeugnis – bitte prüfen",
  """Liebe Verena

Wie versprochen schicke ich dir den Entwurf deines Arbeitszeugnisses an deine private Adresse, damit du ihn in Ruhe anschauen kannst. Falls du Änderungswünsche hast (Aufgabenliste, Formulierungen), schreib sie mir einfach direkt in das Word-Dokument.

Ich finde es immer noch schade, dass die Stelle wegfällt. Du hast das sehr gut gemacht.

Liebe Grüsse
Daniela

Daniela Egli
Leiterin Human Resources
Brändli Logistik AG | Silbernstrasse 14 | 8953 Dietikon""",
  "old-employer:reference-letter-draft", mid="outlook",
  attach=[("Arbeitszeugnis_Hofstaetter_Entwurf.docx",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           b"PK\x03\x04fake-docx-arbeitszeugnis-entwurf")])

N("braendli-ticket-fwd", "2025-02-13 17:48 +0100", ME_WORK, ME_CH,
  "WG: [Ticket #48213] Schnittstelle Bewerbermanagement → Abacus: Eintrittsdaten werden nicht übernommen",
  """zum Weiterlesen zuhause

-----Ursprüngliche Nachricht-----
Von: Dualoo Support <support@dualoo.com>
Gesendet: Donnerstag, 13. Februar 2025 16:02
An: Hofstätter Verena <verena.hofstaetter@braendli-logistik.ch>
Betreff: [Ticket #48213] Schnittstelle Bewerbermanagement → Abacus: Eintrittsdaten werden nicht übernommen

Guten Tag Frau Hofstätter

Vielen Dank für Ihre Geduld. Wir haben das Problem analysiert: Bei Kandidat:innen, die im Bewerbermanagement auf den Status "Eingestellt" gesetzt werden, bricht der Export ins Abacus-Personalstamm ab, wenn im Feld "Eintrittsdatum" ein Datum in der Vergangenheit steht. Die Stelle "Disponent/in 100%" ist davon betroffen.

Workaround: Eintrittsdatum im Dualoo-Profil auf den aktuellen Monat setzen, Export erneut auslösen, danach das Datum im Abacus korrigieren.

Ein Fix ist für das Release 25.3 (Anfang März) geplant. Wir setzen das Ticket auf "Warten auf Kunde". Bitte melden Sie sich, falls der Workaround nicht funktioniert.

Freundliche Grüsse
Ramona Steiner
Customer Success, Dualoo AG""",
  "lookalike:work-recruiting-software-ticket", mid="outlook")

N("braendli-austrittsgespraech", "2025-03-17 11:30 +0100", EGLI, ME_CH,
  "Einladung zum Austrittsgespräch",
  """Liebe Verena

Wie bei allen Austritten möchten wir auch mit dir ein Austrittsgespräch führen. Es dauert etwa 30 Minuten und dient dazu, dein Feedback zur Zusammenarbeit, zur Führung und zu den Abläufen in der Brändli Logistik aufzunehmen. Die Antworten werden vertraulich behandelt.

Vorschlag: Mittwoch, 26. März, 15:00 Uhr, Sitzungszimmer Rhein.

Bei dieser Gelegenheit gehen wir auch die Rückgabe von Laptop, Badge und Parkkarte durch.

Liebe Grüsse
Daniela""",
  "lookalike:exit-interview-old-employer", mid="outlook")

N("braendli-zeugnis-final", "2025-03-31 16:12 +0100", EGLI, ME_CH,
  "Dein Arbeitszeugnis und Arbeitgeberbescheinigung",
  """Liebe Verena

Im Anhang findest du dein unterschriebenes Arbeitszeugnis sowie eine Kopie der Arbeitgeberbescheinigung für die Arbeitslosenkasse (das Original geht heute per Post direkt an die ALK). Die Originale des Zeugnisses bekommst du ebenfalls per Post.

Heute ist dein letzter Tag – danke für alles, und ich bin sicher, du findest bald etwas Tolles. Falls ein neuer Arbeitgeber eine Referenz möchte, darfst du mich sehr gerne angeben.

Herzliche Grüsse
Daniela""",
  "old-employer:reference-letter-final", mid="outlook",
  attach=[("Arbeitszeugnis_Verena_Hofstaetter.pdf", "application/pdf", pdf("Arbeitszeugnis Brandli Logistik AG")),
          ("Arbeitgeberbescheinigung_716105.pdf", "application/pdf", pdf("Arbeitgeberbescheinigung"))])

N("braendli-lohnabrechnung", "2025-04-25 05:02 +0200", "AbaClik Brändli Logistik <noreply@abaclik.ch>", ME_CH,
  "Neues Dokument: Lohnabrechnung März 2025 / Schlussabrechnung",
  """Guten Tag Verena Hofstätter

In AbaClik steht ein neues Dokument für Sie bereit:

Lohnabrechnung März 2025 (Schlussabrechnung inkl. Ferienguthaben)
Arbeitgeber: Brändli Logistik AG

Öffnen Sie die AbaClik-App, um das Dokument anzusehen.

Dies ist eine automatisch generierte Nachricht.""",
  "old-employer:payslip", mid="default", mid_domain="abaclik.ch")

N("dualoo-newsletter", "2025-03-12 09:00 +0100", "Dualoo <news@dualoo.com>", ME_CH,
  "Release 25.3: Bewerberkommunikation mit KI-Vorlagen, neue jobs.ch-Schnittstelle",
  """Hallo Verena

Das Release 25.3 ist live! Die Highlights:

Absageschreiben mit KI-Vorlagen
Schluss mit "Leider müssen wir Ihnen mitteilen": Dualoo schlägt für jede Absage eine persönliche, wertschätzende Formulierung vor – basierend auf dem Bewerbungsverlauf.

jobs.ch & jobup.ch: Bewerbungen direkt im Dualoo
Bewerbungen über die Jobcloud-Portale landen jetzt ohne Umweg im richtigen Stellenprofil.

Interviewplanung mit Outlook-Kalender
Kandidat:innen wählen selbst einen freien Slot, die Einladung landet automatisch im Kalender aller Beteiligten.

Fix: Export Eintrittsdaten nach Abacus
(Danke an alle, die uns dazu ein Ticket geschickt haben.)

Zum Webinar am 20. März: https://www.dualoo.com/webinar-25-3

Ihr Dualoo-Team
Dualoo AG · Technoparkstrasse 1 · 8005 Zürich
Newsletter abbestellen: https://www.dualoo.com/unsubscribe""",
  "lookalike:recruiting-software-vendor-newsletter", html=True, brand="dualoo", color="#21a179",
  mid="mailchimp")

# ================================================================ flat hunt
N("homegate-abo-feb", "2025-02-05 07:15 +0100", "homegate.ch <noreply@homegate.ch>", ME_CH,
  "7 neue Objekte für Ihr Suchabo «4.5 Zimmer Zürich Kreis 6/10»",
  """Neue Treffer für Ihr Suchabo

4.5 Zimmer · 102 m² · CHF 3'180.– / Monat
Nordstrasse 201, 8037 Zürich
https://www.homegate.ch/mieten/4001938271

4 Zimmer · 88 m² · CHF 2'790.– / Monat
Wipkingerweg 14, 8037 Zürich
https://www.homegate.ch/mieten/4001937714

4.5 Zimmer · 110 m² · CHF 3'450.– / Monat
Frankentalerstrasse 9, 8049 Zürich
https://www.homegate.ch/mieten/4001940028

3.5 Zimmer · 76 m² · CHF 2'420.– / Monat
Breitensteinstrasse 52, 8037 Zürich
https://www.homegate.ch/mieten/4001936602

... und 3 weitere Objekte: https://www.homegate.ch/suchabo/93182

Suchabo bearbeiten oder löschen: https://www.homegate.ch/konto/suchabos""",
  "lookalike:flat-search-alert", html=True, brand="homegate", color="#e5007d", mid="ses")

N("flatfox-bewerbung-1", "2025-02-08 11:43 +0100", FLATFOX, ME_CH,
  "Deine Bewerbung für Nordstrasse 201, 8037 Zürich",
  """Hallo Verena

Deine Bewerbung für die 4.5-Zimmerwohnung an der Nordstrasse 201, 8037 Zürich, wurde an die Verwaltung (Regimo Zürich AG) übermittelt.

Mietbeginn: 01.04.2025
Nettomiete: CHF 2'960.–, Nebenkosten CHF 220.–

Die Verwaltung meldet sich direkt bei dir. Den Status deiner Bewerbungen siehst du in deinem Flatfox-Konto.

Viel Glück!
Dein Flatfox-Team""",
  "lookalike:flat-application-confirmation", html=True, brand="flatfox", color="#2f4a8a", mid="ses")

N("regimo-absage", "2025-02-21 15:50 +0100", "Regimo Zürich AG <vermietung.zuerich@regimo.ch>", ME_CH,
  "Mietobjekt Nordstrasse 201, 4.5 Zimmer, 3. OG – Ihre Bewerbung",
  """Sehr geehrte Frau Hofstätter
Sehr geehrter Herr Ammann

Besten Dank für Ihr Interesse an der oben genannten Wohnung und für die eingereichten Unterlagen.

Wir haben für dieses Objekt über 140 Bewerbungen erhalten. Die Eigentümerschaft hat sich nach sorgfältiger Prüfung für andere Mietinteressenten entschieden. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Unterlagen werden wir vertraulich vernichten.

Für Ihre weitere Wohnungssuche wünschen wir Ihnen viel Erfolg.

Freundliche Grüsse
Regimo Zürich AG
Bewirtschaftung""",
  "lookalike:flat-rejection", mid="default")

N("flatfox-besichtigung", "2025-03-14 12:08 +0100", FLATFOX, ME_CH,
  "Einladung zur Besichtigung: Wipkingerweg 14, 8037 Zürich",
  """Hallo Verena

Die Verwaltung lädt dich zur Besichtigung ein:

Objekt: 4-Zimmerwohnung, Wipkingerweg 14, 8037 Zürich
Termin: Dienstag, 18. März 2025, 17:30–18:00 Uhr (Sammelbesichtigung)
Treffpunkt: vor dem Hauseingang

Bitte bestätige den Termin in der App, damit die Verwaltung planen kann. Bringe einen aktuellen Betreibungsregisterauszug mit.

Dein Flatfox-Team""",
  "lookalike:flat-viewing-invite", html=True, brand="flatfox", color="#2f4a8a", mid="ses")

N("verwaltung-absage-2", "2025-04-02 09:24 +0200", "Huber & Rüegg Immobilien AG <info@hr-immo.ch>", ME_CH,
  "Wipkingerweg 14",
  """Guten Tag Frau Hofstätter

Danke für Ihre Bewerbung für die 4-Zimmerwohnung am Wipkingerweg 14. Die Wohnung ist vergeben.

Freundliche Grüsse
Huber & Rüegg Immobilien AG""",
  "lookalike:flat-rejection-short", mid="default")

N("verwaltung-hoengg-formular", "2025-05-09 14:35 +0200", "Livia Brunner <l.brunner@immo-limmattal.ch>", [ME_CH, RETO],
  "Anmeldeformular Hönggerstrasse 118, 4.5 Zimmer, 3. OG",
  """Guten Tag Frau Hofstätter, guten Tag Herr Ammann

Danke für Ihren Besuch bei der Besichtigung am Samstag. Frau Tamara Eberle hat Sie uns als Nachmieter vorgeschlagen.

Anbei erhalten Sie das Anmeldeformular. Bitte senden Sie es ausgefüllt zusammen mit folgenden Unterlagen zurück:
- Betreibungsregisterauszug (nicht älter als 3 Monate) beider Mietparteien
- Kopie Ausweis / Aufenthaltsbewilligung
- Einkommensnachweis (Lohnabrechnungen oder Bestätigung Taggeld)

Freundliche Grüsse
Livia Brunner
Bewirtschafterin
Immobilien Limmattal AG""",
  "lookalike:flat-application-form", mid="outlook",
  attach=[("Anmeldeformular_Mietinteressenten.pdf", "application/pdf", pdf("Anmeldeformular Mietinteressenten"))])

N("verwaltung-hoengg-form-sent", "2025-05-11 20:22 +0200", ME_FROM, "Livia Brunner <l.brunner@immo-limmattal.ch>",
  "AW: Anmeldeformular Hönggerstrasse 118, 4.5 Zimmer, 3. OG",
  """Guten Abend Frau Brunner

Vielen Dank für die rasche Zustellung. Anbei unser ausgefülltes Anmeldeformular mit allen Unterlagen.

Zu meinem Einkommen: Ich beziehe aktuell Taggeld der Arbeitslosenkasse, bin aber in einem fortgeschrittenen Bewerbungsverfahren. Mein Partner ist unbefristet angestellt. Falls Sie weitere Angaben brauchen, melden Sie sich bitte jederzeit.

Wir würden uns sehr freuen, die Wohnung zu bekommen.

Freundliche Grüsse
Verena Hofstätter und Reto Ammann""",
  "lookalike:own-flat-application", reply="verwaltung-hoengg-formular", quote=True, mid="gmx",
  cc=RETO,
  attach=[("Anmeldeformular_ausgefuellt.pdf", "application/pdf", pdf("Anmeldeformular ausgefuellt")),
          ("Betreibungsauszuege.pdf", "application/pdf", pdf("Betreibungsregisterauszuege"))])

N("verwaltung-hoengg-zusage", "2025-05-16 10:02 +0200", "Livia Brunner <l.brunner@immo-limmattal.ch>", [ME_CH, RETO],
  "Zusage Mietobjekt Hönggerstrasse 118",
  """Guten Tag Frau Hofstätter, guten Tag Herr Ammann

Wir freuen uns, Ihnen mitteilen zu können, dass sich die Eigentümerschaft für Sie als neue Mieter der 4.5-Zimmerwohnung an der Hönggerstrasse 118, 3. OG, entschieden hat.

Mietbeginn: 1. Juli 2025
Nettomiete: CHF 2'430.–, Akontozahlung Nebenkosten CHF 220.–
Mietzinsdepot: CHF 7'290.– (drei Nettomieten) oder Mietkautionsversicherung

Den Mietvertrag senden wir Ihnen in den nächsten Tagen zur elektronischen Unterzeichnung. Bitte bestätigen Sie uns kurz, ob Sie das Angebot annehmen.

Freundliche Grüsse
Livia Brunner
Immobilien Limmattal AG""",
  "lookalike:flat-acceptance-offer", mid="outlook")

N("verwaltung-hoengg-yes", "2025-05-16 10:40 +0200", ME_FROM, "Livia Brunner <l.brunner@immo-limmattal.ch>",
  "AW: Zusage Mietobjekt Hönggerstrasse 118",
  """Liebe Frau Brunner

Wunderbar, herzlichen Dank! Wir nehmen das Angebot sehr gerne an. Für das Depot schliessen wir eine Mietkautionsversicherung ab, die Bestätigung schicke ich Ihnen, sobald wir sie haben.

Freundliche Grüsse
Verena Hofstätter""",
  "lookalike:own-acceptance-flat", reply="verwaltung-hoengg-zusage", mid="gmx", cc=RETO)

N("kautio-antrag", "2025-05-17 12:14 +0200", "Kautio <service@kautio.ch>", ME_CH,
  "Ihr Antrag für eine Mietkautionsversicherung ist eingegangen",
  """Guten Tag Frau Hofstätter

Vielen Dank für Ihren Antrag auf eine Mietkaution ohne Bankdepot.

Antragsnummer: KA-2025-771903
Mietobjekt: Hönggerstrasse 118, 8037 Zürich
Garantiesumme: CHF 7'290.00
Jahresprämie: CHF 364.50

Wir prüfen Ihren Antrag (inkl. Bonitätsprüfung) und melden uns innerhalb von 24 Stunden. Sobald Ihr Antrag bewilligt ist, senden wir die Garantieurkunde direkt an Ihre Verwaltung.

Freundliche Grüsse
Ihr Kautio-Team""",
  "lookalike:loan-like-application", html=True, brand="Kautio", color="#00a0a0", mid="sendgrid")

N("kautio-bewilligt", "2025-05-18 09:30 +0200", "Kautio <service@kautio.ch>", ME_CH,
  "Gute Nachrichten: Ihr Antrag wurde bewilligt",
  """Guten Tag Frau Hofstätter

Ihr Antrag KA-2025-771903 wurde bewilligt.

Die Garantieurkunde über CHF 7'290.00 haben wir heute an die Immobilien Limmattal AG versandt. Die erste Jahresprämie von CHF 364.50 wird mit separater Rechnung fällig (Zahlungsfrist 30 Tage).

Ihre Police und alle Dokumente finden Sie im Kundenportal: https://portal.kautio.ch

Freundliche Grüsse
Ihr Kautio-Team""",
  "lookalike:application-approved", html=True, brand="Kautio", color="#00a0a0", mid="sendgrid")

N("docusign-mietvertrag", "2025-05-21 16:44 +0000", "Livia Brunner via DocuSign <dse_NA3@docusign.net>", ME_CH,
  "Bitte mit DocuSign unterzeichnen: Mietvertrag_Hoenggerstrasse118_3OG.pdf",
  """Livia Brunner hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.

DOKUMENT ÜBERPRÜFEN: https://eu.docusign.net/Signing/EmailStart.aspx?a=7f3c1e2a-9d04-4b5e-8a61-2c9f0e7d3b18

Livia Brunner
l.brunner@immo-limmattal.ch

Guten Tag Frau Hofstätter, guten Tag Herr Ammann
Anbei der Mietvertrag für die Wohnung Hönggerstrasse 118 zur Unterzeichnung durch beide Mietparteien. Freundliche Grüsse, L. Brunner

Geben Sie diesen Code nicht weiter
Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere weiter.

Über DocuSign
Unterschreiben Sie Dokumente elektronisch in nur wenigen Minuten. Sicher. Einfach.""",
  "lookalike:e-signature-rental-contract", html=True, brand="DocuSign", color="#ffcc22",
  mid="default", mid_domain="docusign.net")

N("immoplan-heizung", "2025-03-05 08:30 +0100", IMMOPLAN, ME_CH,
  "Liegenschaft Rosengartenstrasse 62 – Ablesung Heizkostenverteiler",
  """Sehr geehrte Mieterinnen und Mieter

Am Donnerstag, 13. März 2025, zwischen 8 und 12 Uhr werden in allen Wohnungen die Heizkostenverteiler abgelesen. Bitte sorgen Sie dafür, dass die Wohnung zugänglich ist, oder hinterlegen Sie den Schlüssel beim Hauswart (Herr Gashi, Parterre).

Besten Dank für Ihre Kenntnisnahme.
Immoplan Verwaltungs AG""",
  "landlord", mid="default")

N("immoplan-kuendigung", "2025-05-30 11:10 +0200", IMMOPLAN, [ME_CH, RETO],
  "Bestätigung Kündigung Mietverhältnis Rosengartenstrasse 62, 2. OG links",
  """Sehr geehrte Frau Hofstätter
Sehr geehrter Herr Ammann

Wir bestätigen den Eingang Ihrer Kündigung vom 27. Mai 2025. Da Sie die Kündigungsfrist nicht einhalten, haben Sie uns einen zumutbaren Nachmieter vorgeschlagen; wir konnten die Wohnung per 1. Juli 2025 weitervermieten. Das Mietverhältnis endet somit am 30. Juni 2025.

Die Wohnungsabnahme findet am Montag, 30. Juni 2025, um 09:00 Uhr statt. Bitte geben Sie sämtliche Schlüssel ab (gemäss Schlüsselquittung 6 Stück).

Freundliche Grüsse
Immoplan Verwaltungs AG
Markus Sutter, Bewirtschafter""",
  "landlord:lease-termination-confirmed", mid="default")

N("immoplan-abnahme", "2025-06-24 14:00 +0200", "Markus Sutter <m.sutter@immoplan-zh.ch>", ME_CH,
  "Wohnungsabnahme 30.6. – Checkliste",
  """Guten Tag Frau Hofstätter

Zur Vorbereitung der Wohnungsabnahme am 30. Juni sende ich Ihnen unsere Checkliste. Bitte beachten Sie insbesondere: Dübellöcher fachgerecht verschliessen, Backofen und Dampfabzug (inkl. Filter) reinigen, Storen und Fensterrahmen.

Bis Montag!
Markus Sutter""",
  "landlord", mid="default",
  attach=[("Checkliste_Wohnungsabgabe.pdf", "application/pdf", pdf("Checkliste Wohnungsabgabe"))])

N("umzugsofferten", "2025-05-27 07:40 +0200", "Umzugsofferten.ch <offerten@umzugsofferten.ch>", ME_CH,
  "3 Offerten für Ihren Umzug am 28.06.2025",
  """Guten Tag Frau Hofstätter

Für Ihre Anfrage «Umzug 3.5 Zimmer, 8037 Zürich → 8037 Zürich, 28.06.2025» haben bereits 3 geprüfte Umzugsfirmen eine Offerte eingereicht:

Zügelblitz GmbH – CHF 1'180.– (Pauschal, 3 Männer + LKW, 6 Std.)
Limmat Umzüge AG – CHF 1'420.– (inkl. Möbelmontage)
Meier Transporte – CHF 960.– (Stundenansatz CHF 160.–)

Offerten vergleichen: https://www.umzugsofferten.ch/auftrag/2561837

Hinweis: Die Offerten sind unverbindlich. Sie entscheiden, ob und mit wem Sie einen Vertrag abschliessen.""",
  "lookalike:invitation-to-quote-marketplace", html=True, brand="Umzugsofferten.ch", color="#ff6a00",
  mid="sendgrid")

N("eumzug", "2025-06-26 21:05 +0200", "eUmzugCH <noreply@eumzug.swiss>", ME_CH,
  "Ihre Umzugsmeldung wurde übermittelt",
  """Guten Tag Verena Hofstätter

Ihre Umzugsmeldung wurde erfolgreich an die Stadt Zürich, Personenmeldeamt, übermittelt.

Bisherige Adresse: Rosengartenstrasse 62, 8037 Zürich
Neue Adresse: Hönggerstrasse 118, 8037 Zürich
Umzugsdatum: 01.07.2025
Mitgemeldete Personen: Ammann Reto, Ammann Elias

Gebühr: CHF 0.00 (Umzug innerhalb der Gemeinde)
Transaktionsnummer: ZH-2025-06-4471822

Sie erhalten die Bestätigung des Personenmeldeamts per Post.""",
  "government:address-change", mid="default", mid_domain="eumzug.swiss")

# ================================================================ Kita
KITA = "Kita Chäferhuus <info@kita-chaeferhuus.ch>"
N("kita-rechnung-jan", "2025-01-31 09:00 +0100", KITA, ME_CH, "Rechnung Februar 2025 – Elias Ammann",
  """Liebe Eltern

Anbei die Rechnung für die Betreuung von Elias im Februar 2025 (2 Tage/Woche, Gruppe Sonnenblume).

Betrag: CHF 1'104.00 (nach Abzug Subvention Stadt Zürich)
Zahlbar bis: 10.02.2025

Herzliche Grüsse
Kita Chäferhuus, Administration""",
  "childcare:invoice", mid="default",
  attach=[("Rechnung_2025-02_Ammann.pdf", "application/pdf", pdf("Rechnung Kita Februar"))])

N("kita-elternbrief", "2025-03-06 16:30 +0100", KITA, ME_CH, "Elternbrief März: Frühlingsfest & Zahnputzwoche",
  """Liebe Eltern

Der Frühling kommt! Einige Informationen für die nächsten Wochen:

- Zahnputzwoche vom 17.–21. März: Bitte gebt euren Kindern eine eigene Zahnbürste mit Namen mit.
- Frühlingsfest am Freitag, 4. April, ab 16 Uhr im Garten. Eltern und Geschwister sind herzlich willkommen!
- Die Kita bleibt am Sechseläuten-Montag (28. April) ab 12 Uhr geschlossen.

In der Gruppe Sonnenblume begrüssen wir neu Lina und Noah.

Herzliche Grüsse
Das Chäferhuus-Team""", "childcare:newsletter", mid="default")

N("kita-rechnung-apr", "2025-04-30 09:00 +0200", KITA, ME_CH, "Rechnung Mai 2025 – Elias Ammann",
  """Liebe Eltern

Im Anhang die Rechnung für Mai 2025. Betreuungstage: 2 Tage/Woche. Wegen Auffahrt (29.5.) wird ein Tag gutgeschrieben.

Betrag: CHF 1'035.00
Zahlbar bis: 10.05.2025

Kita Chäferhuus, Administration""",
  "childcare:invoice", mid="default",
  attach=[("Rechnung_2025-05_Ammann.pdf", "application/pdf", pdf("Rechnung Kita Mai"))])

KITA2 = "Kita Regenbogen Höngg <anmeldung@kita-regenbogen-hoengg.ch>"
N("kita2-anmeldung", "2025-05-19 13:12 +0200", KITA2, ME_CH,
  "Anmeldebestätigung – Elias Ammann (Warteliste)",
  """Liebe Frau Hofstätter

Vielen Dank für Ihre Anmeldung. Wir haben Elias Ammann (geb. 14.06.2022) mit folgendem Wunsch auf unsere Warteliste aufgenommen:

Eintritt: ab August 2025
Betreuungstage: Montag, Dienstag, Donnerstag, Freitag
Subventionsgesuch: ja (Stadt Zürich)

Bitte beachten Sie, dass die Anmeldung noch keine Platzzusage ist. Wir vergeben die Plätze nach Geschwisterkindern, Anmeldedatum und Betreuungsbedarf. Wir melden uns, sobald wir Ihnen einen Platz anbieten können.

Herzliche Grüsse
Corinne Steiner, Kitaleitung
Kita Regenbogen Höngg""",
  "lookalike:childcare-place-application", mid="default")

N("kita2-platzangebot", "2025-05-30 16:48 +0200", KITA2, ME_CH,
  "Platzangebot für Elias ab 1. August 2025",
  """Liebe Frau Hofstätter

Wir freuen uns, Ihnen einen Betreuungsplatz für Elias anbieten zu können:

Eintritt: Montag, 4. August 2025 (Eingewöhnung ab 4.8.)
Betreuungstage: Montag, Dienstag, Donnerstag (Freitag leider noch nicht möglich, wir setzen Sie für den Freitag auf die Warteliste)
Gruppe: Wolke

Bitte bestätigen Sie uns bis am 6. Juni, ob Sie den Platz annehmen. Danach senden wir Ihnen den Betreuungsvertrag.

Herzliche Grüsse
Corinne Steiner""",
  "lookalike:childcare-place-offer", mid="default")

N("kita2-annahme", "2025-06-02 07:52 +0200", ME_FROM, KITA2,
  "AW: Platzangebot für Elias ab 1. August 2025",
  """Liebe Frau Steiner

Vielen herzlichen Dank! Wir nehmen den Platz für Montag, Dienstag und Donnerstag sehr gerne an. Für den Freitag bleiben wir gerne auf der Warteliste.

Den Platz im Chäferhuus kündigen wir per Ende Juli. Wir freuen uns auf den Vertrag.

Freundliche Grüsse
Verena Hofstätter""",
  "lookalike:own-acceptance-childcare-place", reply="kita2-platzangebot", quote=True, mid="gmx")

N("kita-kuendigung-bestaetigung", "2025-06-04 11:20 +0200", KITA, ME_CH,
  "Bestätigung Kündigung Betreuungsvertrag per 31.07.2025",
  """Liebe Frau Hofstätter

Wir bestätigen die Kündigung des Betreuungsvertrags für Elias per 31. Juli 2025. Wie schade, dass ihr uns verlasst – aber schön, dass ihr in Höngg einen Platz gefunden habt!

Den letzten Tag von Elias feiern wir natürlich gebührend. Falls ihr einen Abschiedskuchen mitbringen möchtet, sagt uns Bescheid.

Herzliche Grüsse
Das Chäferhuus-Team""",
  "childcare:termination-confirmed", mid="default")

# ================================================================ course / grant / event
N("apz-infoabend", "2025-03-18 19:40 +0100", APZ, ME_CH,
  "Anmeldebestätigung Infoabend «Payroll-Expertin / Payroll-Experte mit eidg. Fachausweis»",
  """Guten Tag Frau Hofstätter

Vielen Dank für Ihre Anmeldung. Wir bestätigen Ihnen die Teilnahme am Infoabend:

Lehrgang: Payroll-Expertin / Payroll-Experte mit eidg. Fachausweis (Start Oktober 2025)
Datum: Mittwoch, 2. April 2025, 18:30–20:00 Uhr
Ort: APZ, Stampfenbachstrasse 69, 8006 Zürich, Raum 2.14

Der Infoabend ist kostenlos. Im Anschluss haben Sie die Möglichkeit, Fragen zu Zulassung und Finanzierung (Bundesbeiträge) zu stellen.

Freundliche Grüsse
Sekretariat Weiterbildung HR
Akademie für Personalmanagement Zürich""",
  "lookalike:event-registration-confirmed", mid="default")

N("apz-aufnahmegespraech", "2025-04-23 10:25 +0200", "Dr. Karin Vontobel <k.vontobel@apz-zuerich.ch>", ME_CH,
  "Ihre Anmeldung zum Lehrgang Payroll-Expertin – Aufnahmegespräch",
  """Guten Tag Frau Hofstätter

Besten Dank für Ihre Anmeldung zum Lehrgang «Payroll-Expertin mit eidg. Fachausweis», Start Oktober 2025.

Da Sie Ihre Berufspraxis teilweise in Österreich erworben haben, möchten wir die Zulassungsvoraussetzungen der Prüfungsordnung (mind. 4 Jahre Praxis im Bereich Payroll, davon 2 Jahre in der Schweiz oder gleichwertig) gerne in einem kurzen Aufnahmegespräch klären. Das ist reine Formsache.

Vorschlag: Dienstag, 6. Mai, 17:00 Uhr, per Zoom, ca. 20 Minuten. Bitte bestätigen Sie den Termin oder schlagen Sie eine Alternative vor.

Freundliche Grüsse
Dr. Karin Vontobel
Studienleiterin HR & Payroll
Akademie für Personalmanagement Zürich""",
  "lookalike:course-admission-interview", mid="outlook")

N("apz-aufnahme-re", "2025-04-23 18:02 +0200", ME_FROM, "Dr. Karin Vontobel <k.vontobel@apz-zuerich.ch>",
  "AW: Ihre Anmeldung zum Lehrgang Payroll-Expertin – Aufnahmegespräch",
  """Guten Tag Frau Vontobel

Vielen Dank für Ihre Nachricht. Am 6. Mai um 17:00 Uhr habe ich Zeit, ich freue mich auf das Gespräch. Meine Arbeitszeugnisse aus Graz schicke ich Ihnen vorab gerne als PDF, dann sehen Sie die Aufgaben im Detail.

Freundliche Grüsse
Verena Hofstätter""",
  "lookalike:own-slot-confirmation-course", reply="apz-aufnahmegespraech", quote=True, mid="gmx",
  attach=[("Zeugnisse_Graz_Kastner.pdf", "application/pdf", pdf("Zeugnisse Kastner Holding Graz"))])

N("apz-zulassung", "2025-05-15 11:50 +0200", APZ, ME_CH,
  "Zulassung zum Lehrgang Payroll-Expertin / Payroll-Experte – Bestätigung",
  """Guten Tag Frau Hofstätter

Wir freuen uns, Ihnen mitzuteilen, dass Sie zum Lehrgang «Payroll-Expertin / Payroll-Experte mit eidg. Fachausweis» (Klasse PE-25-Z2, Start 23. Oktober 2025) zugelassen sind.

Kursgeld: CHF 8'900.– (zahlbar in zwei Raten). Nach Absolvierung der eidgenössischen Prüfung können Sie beim Bund bis zu 50% der Kurskosten zurückfordern.

Bitte bestätigen Sie Ihre definitive Anmeldung bis am 15. Juni über das Studierendenportal. Ihren Ausbildungsvertrag finden Sie im Anhang.

Freundliche Grüsse
Sekretariat Weiterbildung HR""",
  "lookalike:course-admission-accepted", mid="default",
  attach=[("Ausbildungsvertrag_PE-25-Z2.pdf", "application/pdf", pdf("Ausbildungsvertrag APZ"))])

N("stiftung-gesuch", "2025-05-20 14:05 +0200", "Stiftung Bildungsfonds Zürich <gesuche@bildungsfonds-zh.ch>", ME_CH,
  "Eingangsbestätigung Ihres Gesuchs um einen Ausbildungsbeitrag",
  """Sehr geehrte Frau Hofstätter

Wir bestätigen den Eingang Ihres Gesuchs um einen Ausbildungsbeitrag für den Lehrgang «Payroll-Expertin mit eidg. Fachausweis» (Akademie für Personalmanagement Zürich).

Gesuchsnummer: 2025-0217
Beantragter Betrag: CHF 2'500.–

Der Stiftungsrat entscheidet an seiner nächsten Sitzung vom 12. Juni 2025 über die eingegangenen Gesuche. Sie erhalten den Entscheid anschliessend schriftlich.

Freundliche Grüsse
Stiftung Bildungsfonds Zürich
Geschäftsstelle""",
  "lookalike:grant-application-received", mid="default")

N("stiftung-entscheid", "2025-06-16 09:15 +0200", "Stiftung Bildungsfonds Zürich <gesuche@bildungsfonds-zh.ch>", ME_CH,
  "Entscheid Gesuch 2025-0217",
  """Sehr geehrte Frau Hofstätter

Der Stiftungsrat hat an seiner Sitzung vom 12. Juni 2025 Ihr Gesuch behandelt. Wir freuen uns, Ihnen mitzuteilen, dass Ihr Gesuch gutgeheissen wurde. Wir sprechen Ihnen einen Ausbildungsbeitrag von CHF 2'000.– zu.

Der Betrag wird nach Vorlage der Kursbestätigung und der ersten Rechnung der Akademie ausbezahlt.

Wir wünschen Ihnen viel Erfolg im Lehrgang.

Freundliche Grüsse
Stiftung Bildungsfonds Zürich
Dr. Hans-Peter Wegmann, Präsident des Stiftungsrats""",
  "lookalike:grant-approved", mid="default")

N("webinar-lohnausweis", "2025-01-22 16:03 +0100", "HR-Praxis Schweiz Webinare <webinare@hr-praxis.ch>", ME_CH,
  "Registrierung bestätigt: Lohnausweis 2025 – die häufigsten Fehler",
  """Hallo Verena Hofstätter

Vielen Dank für Ihre Registrierung für:

Lohnausweis 2025 – die häufigsten Fehler und wie Sie sie vermeiden
Donnerstag, 30. Januar 2025, 12:00–13:00 Uhr (MEZ)
Referentin: Sonja Rüttimann, Steuerexpertin

Teilnahmelink (nicht weitergeben): https://hr-praxis.webinargeek.com/watch/8Hd2kQ
Zum Kalender hinzufügen: https://hr-praxis.webinargeek.com/ics/8Hd2kQ

Die Aufzeichnung erhalten alle registrierten Teilnehmenden nach dem Webinar.

Bis bald!
HR-Praxis Schweiz""",
  "lookalike:webinar-registration-confirmed", html=True, brand="HR-Praxis Schweiz", color="#5b2a86",
  mid="sendgrid")

N("marathon-helfer", "2025-03-24 20:47 +0100", "Zürich Marathon Helferteam <helfer@zurichmarathon.ch>", ME_CH,
  "Dein Helfereinsatz ist bestätigt 🙌",
  """Hallo Verena

Vielen Dank, dass du dich als Helferin für den Zürich Marathon 2025 angemeldet hast!

Dein Einsatz:
Posten: Verpflegungsposten km 28 (Tiefenbrunnen)
Datum: Sonntag, 27. April 2025
Zeit: 09:00–14:00 Uhr
Besammlung: 08:40 Uhr beim Posten, Helfershirt wird abgegeben

Als Dankeschön gibt es Verpflegung, das offizielle Helfershirt und einen Gutschein für das Helferfest.

Falls du verhindert bist, melde dich bitte bis am 20. April ab.

Sportliche Grüsse
Dein Helferteam""",
  "lookalike:volunteer-sign-up-confirmed", html=True, brand="Zürich Marathon", color="#0069b4", mid="sendgrid")

N("sbb-nutzerinterview", "2025-03-21 10:00 +0100", "SBB Research <research@sbb.ch>", ME_CH,
  "Einladung: Nutzerinterview zur SBB Mobile App (CHF 80 Gutschein)",
  """Guten Tag Frau Hofstätter

Sie nutzen die SBB Mobile App regelmässig – vielen Dank! Wir entwickeln die Funktion «Reisen mit Kindern» weiter und suchen Familien, die uns in einem persönlichen Interview ihre Erfahrungen schildern.

Das Interview:
- Dauer: 60 Minuten, per Video oder bei uns in Zürich (Hilfikerstrasse)
- Zeitraum: 7.–17. April 2025
- Entschädigung: SBB-Reisegutschein im Wert von CHF 80

Interessiert? Dann beantworten Sie bitte bis 28. März die fünf Fragen im Kurzfragebogen. Wir melden uns bei Ihnen, falls Sie ausgewählt werden:
https://sbb.eu.qualtrics.com/jfe/form/SV_3QmY7uXk

Freundliche Grüsse
Ihr Team Customer Research, SBB AG

Sie erhalten diese Einladung, weil Sie der Kontaktaufnahme für Marktforschung zugestimmt haben.""",
  "lookalike:user-research-interview", html=True, brand="SBB CFF FFS", color="#eb0000", mid="default",
  mid_domain="sbb.ch")

N("uk-eta-received", "2025-05-20 21:14 +0100", "UK Electronic Travel Authorisation <no-reply@eta.homeoffice.gov.uk>", ME_CH,
  "We have received your application",
  """Application reference number: 4781-2290-6635-1047

Dear VERENA HOFSTATTER,

We have received your application for an electronic travel authorisation (ETA) to travel to the UK.

You will usually get a decision within 3 working days. We will email you when there is a decision. Do not book travel until you get a decision.

You do not need to contact us.

UK Visas and Immigration""",
  "lookalike:visa-application-received", lang="en", cte="7bit", mid="default",
  mid_domain="eta.homeoffice.gov.uk")

N("uk-eta-granted", "2025-05-21 08:02 +0100", "UK Electronic Travel Authorisation <no-reply@eta.homeoffice.gov.uk>", ME_CH,
  "Your application has been approved",
  """Application reference number: 4781-2290-6635-1047

Dear VERENA HOFSTATTER,

Your application for an electronic travel authorisation (ETA) has been approved.

Your ETA is linked to the passport you used to apply (ending in 4418). You must travel with this passport.

Your ETA lets you travel to the UK as many times as you want for 2 years, or until your passport expires, whichever comes first.

UK Visas and Immigration""",
  "lookalike:visa-application-approved", lang="en", cte="7bit", mid="default",
  mid_domain="eta.homeoffice.gov.uk")

# ================================================================ career newsletters (lookalikes)
N("jobsch-ratgeber", "2025-02-18 10:00 +0100", "jobs.ch Karriere-Ratgeber <newsletter@jobs.ch>", ME_CH,
  "5 Fragen, die Sie im Vorstellungsgespräch unbedingt stellen sollten",
  """Karriere-Ratgeber Februar

5 Fragen, die Sie im Vorstellungsgespräch unbedingt stellen sollten
"Haben Sie noch Fragen?" – wer hier passt, verschenkt eine Chance. Unsere Expertin verrät, mit welchen Fragen Sie Interesse zeigen und gleichzeitig herausfinden, ob die Stelle wirklich zu Ihnen passt.
https://www.jobs.ch/de/ratgeber/vorstellungsgespraech-fragen/

Lohnverhandlung: So viel verdienen Fachleute im HR
Der neue Lohnrechner zeigt, was in Ihrer Region üblich ist.
https://www.jobs.ch/de/lohnrechner/

Absage erhalten – was nun?
Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat und wie Sie um Feedback bitten.
https://www.jobs.ch/de/ratgeber/absage-was-nun/

Newsletter abbestellen: https://www.jobs.ch/de/konto/newsletter""",
  "lookalike:career-advice-newsletter", html=True, brand="jobs.ch", color="#0a3a6b", mid="ses")

N("hrpraxis-newsletter-mar", "2025-03-27 07:30 +0100", "HR-Praxis Schweiz <newsletter@hr-praxis.ch>", ME_CH,
  "HR-Praxis Newsletter 6/2025: Bewerbermanagement-Systeme im Vergleich",
  """HR-Praxis Schweiz – Newsletter 6/2025

Im Fokus: Bewerbermanagement-Systeme im Vergleich
Von Abacus Umantis über Dualoo und Refline bis Personio: Wir haben neun Recruiting-Tools getestet, die in Schweizer KMU verbreitet sind. Welches System hat die beste Schnittstelle zur Lohnbuchhaltung, und wie steht es um den Datenschutz nach revDSG?
https://www.hr-praxis.ch/artikel/bewerbermanagement-vergleich-2025

Recht: Muss die Absage begründet werden?
Arbeitsrechtlerin lic. iur. Petra Gmür über Absageschreiben, Diskriminierungsverbot und Aufbewahrungsfristen von Bewerbungsdossiers.

Lohn: AHV-Beitragssätze und BVG-Werte 2025 auf einen Blick (Tabelle zum Download)

Agenda: Payroll-Tagung 2025, 12. Juni, Kongresshaus Zürich

Abmelden: https://www.hr-praxis.ch/newsletter/abmelden""",
  "lookalike:hr-newsletter-recruiting-software", html=True, brand="HR-Praxis Schweiz", color="#5b2a86",
  mid="sendgrid")

N("karriere-at-ratgeber", "2025-04-15 09:00 +0200", "karriere.at Newsletter <newsletter@karriere.at>", ME_AT,
  "Gehaltsverhandlung: Mit diesen 3 Sätzen holst du mehr raus",
  """Hallo Verena,

du hast ein Jobangebot in der Tasche? Gratulation! Jetzt kommt der schwierige Teil: die Gehaltsverhandlung.

1. "Ich habe mich über den Markt informiert …"
2. "Was ist in dieser Position an Entwicklung möglich?"
3. "Lässt sich beim Fixum nichts machen, wie schaut es mit Benefits aus?"

Den ganzen Artikel liest du hier: https://www.karriere.at/blog/gehaltsverhandlung-saetze.html

Außerdem im Blog:
- Die 10 seltsamsten Fragen im Vorstellungsgespräch (und wie du reagierst)
- Karriere im Ausland: Was du über Arbeiten in der Schweiz wissen musst

Dein karriere.at Team""",
  "lookalike:career-advice-newsletter", html=True, brand="karriere.at", color="#2e7d32", mid="default",
  mid_domain="karriere.at")

N("linkedin-news-career", "2025-05-03 17:22 +0200", "LinkedIn News <news@linkedin.com>", ME_CH,
  "Die Top-Skills 2025 und: Wie Sie Ghosting im Bewerbungsprozess vermeiden",
  """LinkedIn News Schweiz – Ihr Wochenüberblick

Die gefragtesten Skills 2025
KI-Kompetenz, Konfliktlösung und – überraschend – Lohnbuchhaltung: Diese Fähigkeiten suchen Arbeitgebende in der Schweiz am häufigsten.

Ghosting: 6 von 10 Bewerbenden warten vergeblich
Eine neue Umfrage zeigt, wie oft Unternehmen nach einem Interview nicht mehr antworten. Recruiterinnen erklären, warum – und was Bewerbende tun können.

Vier-Tage-Woche: Erste Bilanz aus Schweizer Pilotfirmen

Mehr lesen: https://www.linkedin.com/comm/news/daily-rundown/

Sie erhalten diese E-Mail, weil Sie LinkedIn News abonniert haben.""",
  "lookalike:career-newsletter", html=True, brand="LinkedIn News", color="#0a66c2", mid="default",
  mid_domain="linkedin.com")

# ================================================================ banks, utilities, insurance, tax, health
ZKB = "Zürcher Kantonalbank <noreply@zkb.ch>"
for k, d, s, b in [
    ("zkb-doc-jan", "2025-01-06 06:10 +0100", "Neue Dokumente in Ihrem eBanking",
     "Guten Tag\n\nIn Ihrem eBanking stehen 3 neue Dokumente bereit:\n- Kontoauszug Privatkonto Dezember 2024\n- Zinsabschluss 2024\n- Steuerausweis 2024\n\nSie finden die Dokumente unter «Dokumente» im eBanking oder in der ZKB Mobile Banking App.\n\nFreundliche Grüsse\nZürcher Kantonalbank\n\nDies ist eine automatisch generierte Nachricht. Die ZKB fordert Sie nie per E-Mail zur Eingabe von Zugangsdaten auf."),
    ("zkb-doc-apr", "2025-04-02 06:12 +0200", "Neues Dokument in Ihrem eBanking",
     "Guten Tag\n\nIn Ihrem eBanking steht ein neues Dokument bereit: Kontoauszug Privatkonto März 2025.\n\nFreundliche Grüsse\nZürcher Kantonalbank"),
    ("zkb-limit", "2025-05-12 13:40 +0200", "Sicherheitshinweis: Neues Gerät für eBanking registriert",
     "Guten Tag Frau Hofstätter\n\nAm 12.05.2025 um 13:38 Uhr wurde ein neues Gerät (iPhone, ZKB Access) für Ihr eBanking registriert.\n\nWaren Sie das? Dann müssen Sie nichts weiter tun.\nFalls nicht, kontaktieren Sie uns bitte sofort unter 0844 843 823 (24h).\n\nFreundliche Grüsse\nZürcher Kantonalbank"),
]:
    N(k, d, ZKB, ME_CH, s, b, "bank", mid="default", mid_domain="zkb.ch")

N("twint-refund", "2025-02-09 12:02 +0100", "TWINT <noreply@twint.ch>", ME_CH,
  "Sie haben CHF 45.00 von Sabine Keller erhalten",
  """Sabine Keller hat Ihnen CHF 45.00 gesendet.

Nachricht: "Raclette-Wein & Käse, merci!"

Das Geld ist bereits auf Ihrem Konto.

TWINT AG""", "bank:payment", mid="default", mid_domain="twint.ch")

SWISSCOM = "Swisscom <noreply@rechnung.swisscom.ch>"
for k, d, mon, amt in [("swisscom-jan", "2025-01-09 05:30 +0100", "Januar", "129.80"),
                       ("swisscom-mar", "2025-03-10 05:31 +0100", "März", "129.80"),
                       ("swisscom-may", "2025-05-09 05:30 +0200", "Mai", "134.75")]:
    N(k, d, SWISSCOM, ME_CH, f"Ihre Swisscom Rechnung {mon} 2025",
      f"Guten Tag Frau Hofstätter\n\nIhre Rechnung für {mon} 2025 ist bereit.\n\nBetrag: CHF {amt}\nFällig am: 30.{('01' if mon=='Januar' else '03' if mon=='März' else '05')}.2025\nKundennummer: 1-8QX4471\n\nRechnung ansehen: https://www.swisscom.ch/myswisscom/rechnungen\n\n"
      + ("Hinweis: Ab 1. Mai passen wir die Preise für blue TV an (+ CHF 4.95/Monat).\n\n" if mon == "Mai" else "")
      + "Freundliche Grüsse\nIhre Swisscom",
      "utility:invoice", html=True, brand="Swisscom", color="#001155", mid="default", mid_domain="swisscom.ch")

N("ewz-rechnung-feb", "2025-02-14 08:00 +0100", "ewz Kundendienst <rechnung@ewz.ch>", ME_CH,
  "Ihre Stromrechnung Oktober–Dezember 2024",
  """Guten Tag Frau Hofstätter

Ihre Stromrechnung für die Periode 01.10.2024–31.12.2024 liegt vor.

Verbrauch: 812 kWh (Vorjahresperiode: 874 kWh)
Betrag: CHF 243.15
Zahlbar bis: 16.03.2025

Tipp: Mit dem ewz.solarzüri-Beitrag unterstützen Sie Solarstrom aus der Stadt Zürich.

Freundliche Grüsse
ewz – Elektrizitätswerk der Stadt Zürich""", "utility:invoice", mid="default", mid_domain="ewz.ch")

N("ewz-umzug", "2025-06-10 10:30 +0200", "ewz Kundendienst <kundendienst@ewz.ch>", ME_CH,
  "Bestätigung Ihrer Umzugsmeldung",
  """Guten Tag Frau Hofstätter

Besten Dank für Ihre Umzugsmeldung. Wir lesen den Zähler an der Rosengartenstrasse 62 am 30.06.2025 ab und eröffnen per 01.07.2025 den Vertrag für die Hönggerstrasse 118. Die Schlussrechnung erhalten Sie im Juli.

Freundliche Grüsse
ewz Kundendienst""", "utility:move", mid="default", mid_domain="ewz.ch")

N("serafe", "2025-02-03 07:10 +0100", "Serafe AG <noreply@serafe.ch>", ME_CH,
  "Ihre Rechnung für die Radio- und Fernsehabgabe 2025",
  """Guten Tag

Die Rechnung für die Radio- und Fernsehabgabe 2025 für Ihren Haushalt (Rosengartenstrasse 62, 8037 Zürich) steht im Kundenportal bereit.

Betrag: CHF 335.00
Zahlbar bis: 05.03.2025

Serafe AG, Erhebungsstelle für die Radio- und Fernsehabgabe""", "utility:invoice", mid="default", mid_domain="serafe.ch")

HELSANA = "Helsana <noreply@helsana.ch>"
N("helsana-leistung-mar", "2025-03-12 18:20 +0100", HELSANA, ME_CH, "Neue Leistungsabrechnung in myHelsana",
  "Guten Tag Frau Hofstätter\n\nIn myHelsana steht eine neue Leistungsabrechnung bereit (Versicherte Person: Elias Ammann, Kinderarztpraxis Wipkingen, Behandlung vom 27.02.2025).\n\nRückerstattung: CHF 84.60\n\nFreundliche Grüsse\nIhre Helsana",
  "insurance", mid="default", mid_domain="helsana.ch")
N("helsana-leistung-apr", "2025-04-08 18:05 +0200", HELSANA, ME_CH, "Neue Leistungsabrechnung in myHelsana",
  "Guten Tag Frau Hofstätter\n\nIn myHelsana steht eine neue Leistungsabrechnung bereit (Versicherte Person: Verena Hofstätter, Apotheke am Wipkingerplatz, 02.04.2025).\n\nFranchise: Die Kosten werden Ihrer Jahresfranchise angerechnet. Es erfolgt keine Auszahlung.\n\nFreundliche Grüsse\nIhre Helsana",
  "insurance", mid="default", mid_domain="helsana.ch")

N("steueramt-frist", "2025-04-01 14:22 +0200", "Kantonales Steueramt Zürich <noreply@zh.ch>", ME_CH,
  "Fristerstreckung Steuererklärung 2024 bewilligt",
  """Guten Tag

Ihr Gesuch um Fristerstreckung für die Einreichung der Steuererklärung 2024 wurde bewilligt.

Steuerpflichtige: Ammann Reto und Hofstätter Verena
Neue Frist: 30. September 2025

Kantonales Steueramt Zürich""", "tax", mid="default", mid_domain="zh.ch")

N("kinderarzt-termin", "2025-02-25 17:02 +0100", "Kinderarztpraxis Wipkingen <termine@kinderarzt-wipkingen.ch>", ME_CH,
  "Terminerinnerung: Elias Ammann, Do 27.02.2025, 08:45",
  """Guten Tag

Wir erinnern Sie an den Termin für Elias Ammann:
Donnerstag, 27.02.2025, 08:45 Uhr bei Dr. med. Salome Gerber.

Bitte bringen Sie das Impfbüchlein mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mind. 24 Stunden vorher ab: 044 271 33 80.

Kinderarztpraxis Wipkingen""", "health:appointment", mid="default")

N("zahnarzt-recall", "2025-05-05 09:30 +0200", "Zahnarztpraxis am Röschibach <praxis@zahnarzt-roeschibach.ch>", ME_CH,
  "Ihre Dentalhygiene ist fällig",
  """Liebe Frau Hofstätter

Ihre letzte Dentalhygiene liegt bald ein Jahr zurück. Wir empfehlen eine Kontrolle und Reinigung alle 12 Monate.

Online-Termin buchen: https://www.zahnarzt-roeschibach.ch/termin
Oder rufen Sie uns an: 044 362 18 18

Wir freuen uns auf Ihren Besuch!
Ihr Praxisteam""", "health:recall", mid="default")

N("post-nachsendung", "2025-06-12 11:45 +0200", "Die Post <noreply@post.ch>", ME_CH,
  "Bestätigung Ihres Umzugsauftrags",
  """Guten Tag Frau Hofstätter

Ihr Auftrag «Umzug melden – Nachsenden» wurde erfasst.

Auftragsnummer: 91.47.221.0835
Von: Rosengartenstrasse 62, 8037 Zürich
Nach: Hönggerstrasse 118, 8037 Zürich
Gültig ab: 01.07.2025 für 12 Monate
Personen: Verena Hofstätter, Reto Ammann, Elias Ammann

Die Post""", "post:forwarding", html=True, brand="Die Post", color="#ffcc00", mid="default", mid_domain="post.ch")

N("quartierverein", "2025-04-10 19:00 +0200", "Quartierverein Wipkingen <vorstand@qv-wipkingen.ch>", ME_CH,
  "Quartier-Info April: Flohmarkt, Räbeliechtli-Vorbereitung, GV",
  """Liebe Mitglieder

- Flohmarkt auf dem Wipkingerplatz: Samstag, 24. Mai, 9–16 Uhr. Standplätze gratis, Anmeldung bis 17. Mai.
- Generalversammlung: Mittwoch, 21. Mai, 19:30 Uhr, GZ Wipkingen. Anschliessend Apéro.
- Der Röschibach-Spielplatz wird ab Juni saniert und ist bis Ende August gesperrt.

Herzliche Grüsse
Der Vorstand""", "club:neighbourhood", mid="default")
