# Mailbox A: Lea Marquardt - hand-written everyday mail and look-alikes (all not_job).
from a_jobs import LEA, LEA_OLD, LEA_SIG

M = []


def L(key, date, frm, subject, body, kind, lang="de", to=LEA, **kw):
    kw.update(key=key, date=date, frm=frm, to=to, subject=subject, body=body, kind=kind, lang=lang,
              label="not_job")
    M.append(kw)


RAFA = ("Rafael Costa", "rafa.costa.dev@gmail.com")
JULE = ("Jule Marquardt", "jule.marquardt@web.de")
MAMA = ("Sabine Marquardt", "sabine.marquardt@t-online.de")
MIRI = ("Miriam Hoffmann", "miri.hoffmann@gmail.com")
TAREK = ("Tarek Haddad", "tarek.haddad@mailbox.org")
NELE = ("Nele Brandt", "nele.brandt@posteo.de")
TK_PM = ("Benedikt Lorenz", "benedikt.lorenz@teamkraft-hr.de")

# =============================== LOOK-ALIKES ===============================
# --- flat search (ImmoScout-like)
L("immo_req", "2024-02-18 21:14", ("ImmoScout24", "no-reply@immobilienscout24.de"),
  "Ihre Anfrage zu: Helle 3-Zimmer-Altbauwohnung mit Balkon, Neukölln",
  """Hallo Frau Marquardt,

Ihre Anfrage wurde erfolgreich an den Anbieter gesendet.

Objekt: Helle 3-Zimmer-Altbauwohnung mit Balkon
Adresse: Hobrechtstraße, 12047 Berlin
Kaltmiete: 1.390 €
Anbieter: Lindqvist Hausverwaltung GmbH

Ihre Nachricht:
"Guten Tag, mein Partner und ich (beide 33, Nichtraucher, keine Haustiere) interessieren uns sehr für die Wohnung. Eine SCHUFA-Auskunft und Einkommensnachweise können wir sofort vorlegen. Über eine Einladung zur Besichtigung würden wir uns freuen."

Tipp: Mit MieterPlus heben Sie sich von anderen Interessenten ab.

Ihr ImmoScout24-Team""", "lookalike:flat-application-confirmation", fmt="alt", cte="qp", color="#00d9b1")

L("immo_invite", "2024-02-22 12:40", ("Lindqvist Hausverwaltung", "vermietung@lindqvist-hv.de"),
  "Einladung zur Besichtigung Hobrechtstraße 31, VH 3. OG links",
  """Sehr geehrte Frau Marquardt,

vielen Dank für Ihr Interesse an der Wohnung Hobrechtstraße 31.

Wir laden Sie herzlich zur Sammelbesichtigung am Dienstag, 27.02.2024, um 17:30 Uhr ein. Bitte bringen Sie folgende Unterlagen mit:
- ausgefüllte Mieterselbstauskunft (Anlage)
- SCHUFA-Bonitätsauskunft (nicht älter als 3 Monate)
- Einkommensnachweise der letzten drei Monate
- Mietschuldenfreiheitsbescheinigung

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Anja Peters
Lindqvist Hausverwaltung GmbH""", "lookalike:flat-viewing-invitation", charset="windows-1252", cte="qp",
  mid="outlook", attach=[("Mieterselbstauskunft.pdf", "pdf")])

L("immo_rej", "2024-03-06 09:05", ("Lindqvist Hausverwaltung", "vermietung@lindqvist-hv.de"),
  "Ihre Bewerbung um die Wohnung Hobrechtstraße 31",
  """Sehr geehrte Frau Marquardt,

vielen Dank für Ihre Bewerbung um die Wohnung in der Hobrechtstraße 31 und Ihren Besuch bei der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Gern nehmen wir Sie in unsere Interessentenkartei auf und informieren Sie über vergleichbare Angebote.

Mit freundlichen Grüßen
Anja Peters
Lindqvist Hausverwaltung GmbH""", "lookalike:flat-application-rejection", charset="windows-1252", cte="qp", mid="outlook")

L("immo_rej2", "2024-04-29 14:22", ("ImmoScout24", "no-reply@immobilienscout24.de"),
  "Leider nicht mehr verfügbar: 3-Zimmer-Wohnung, Schillerkiez",
  """Hallo Frau Marquardt,

die Wohnung, für die Sie sich interessiert haben, ist leider nicht mehr verfügbar. Der Anbieter hat das Inserat deaktiviert.

3-Zimmer-Wohnung, Schillerkiez · Herrfurthstraße · 1.250 € kalt

Ähnliche Angebote in Ihrer Nähe:
- 3 Zi., 82 m², Rixdorf, 1.310 € kalt
- 2,5 Zi., 71 m², Reuterkiez, 1.180 € kalt

Ihr ImmoScout24-Team""", "lookalike:flat-listing-gone", fmt="html", cte="b64", color="#00d9b1")

# --- Arbeitsagentur (benefits office)
L("aa_meldung", "2024-02-02 10:15", ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
  "Eingangsbestätigung: Ihre Arbeitslosmeldung",
  """Sehr geehrte Frau Marquardt,

wir bestätigen den Eingang Ihrer Arbeitslosmeldung vom 01.02.2024 sowie Ihres Antrags auf Arbeitslosengeld.

Ihr Antrag wird nun bearbeitet. Bitte beachten Sie, dass wir für die Entscheidung gegebenenfalls weitere Unterlagen benötigen, insbesondere die Arbeitsbescheinigung Ihres letzten Arbeitgebers.

Ihr persönliches Erstgespräch findet am Donnerstag, 15.02.2024, um 09:30 Uhr telefonisch statt. Ihre Ansprechperson ruft Sie unter der angegebenen Telefonnummer an.

Den Bearbeitungsstand können Sie jederzeit in Ihrem Postfach unter www.arbeitsagentur.de/eservices einsehen.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Berlin Süd

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
  "lookalike:benefits-office-registration", charset="iso-8859-1", cte="qp")

L("aa_bescheid", "2024-02-21 07:48", ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
  "Neue Nachricht in Ihrem Postfach: Bewilligungsbescheid",
  """Sehr geehrte Frau Marquardt,

in Ihrem Postfach bei der Bundesagentur für Arbeit liegt eine neue Nachricht für Sie bereit:

Betreff: Bewilligungsbescheid über Arbeitslosengeld
Datum: 20.02.2024

Bitte melden Sie sich unter https://web.arbeitsagentur.de/portal/postfach an, um die Nachricht zu lesen.

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit""", "lookalike:benefits-office-approval", charset="iso-8859-1", cte="qp")

L("aa_termin", "2024-03-27 08:30", ("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
  "Einladung zu einem Gespräch am 08.04.2024",
  """Sehr geehrte Frau Marquardt,

ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre Bewerbungsaktivitäten sprechen. Bitte kommen Sie am

Montag, 08.04.2024, um 10:15 Uhr
Agentur für Arbeit Berlin Süd, Sonnenallee 282, 12057 Berlin, Raum 3.117

Bitte bringen Sie Ihren Personalausweis sowie eine Übersicht Ihrer Bewerbungen der letzten Wochen mit.

Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund dieser Einladung nicht Folge leisten, tritt eine Sperrzeit von einer Woche ein.

Mit freundlichen Grüßen
Herr Kaczmarek
Arbeitsvermittlung""", "lookalike:benefits-office-appointment", charset="iso-8859-1", cte="qp")

# --- freelance client builds an ATS (work mail about recruiting software)
L("tk_jira1", "2024-02-20 14:02", ("Benedikt Lorenz (Jira)", "jira@teamkraft-hr.atlassian.net"),
  "[JIRA] (DES-142) Bewerber-Pipeline: Status „Absage“ visuell überarbeiten",
  """Benedikt Lorenz created DES-142

Bewerber-Pipeline: Status „Absage“ visuell überarbeiten
Issue Type: Story · Priority: Medium · Assignee: Lea Marquardt · Sprint: DES Sprint 7

Beschreibung:
Recruiter:innen übersehen in der Kanban-Ansicht, dass Kandidat:innen bereits eine Absage erhalten haben. Aktuell wird der Status nur als graues Label angezeigt. Bitte Vorschläge für:
- Absage-Status in Pipeline-Karte und Detailansicht
- Hinweis, wenn die Absage-Mail noch nicht versendet wurde
- Filter „Absage ausstehend“

Akzeptanzkriterien siehe Confluence: Recruiting-Workflow v2

View in Jira: https://teamkraft-hr.atlassian.net/browse/DES-142""",
  "lookalike:jira-ticket-ats-software", fmt="alt", cte="qp", color="#0052cc")

L("tk_slack", "2024-02-28 19:10", ("Slack", "feedback@slack.com"),
  "Neue Nachrichten von Benedikt Lorenz in Teamkraft",
  """Du hast neue Nachrichten in Teamkraft

#design-ats
Benedikt Lorenz 18:52
@Lea die neuen Interview-Slots in der Kandidatenansicht sehen super aus 👍 Kannst du morgen noch den Zustand "Einladung abgelehnt" ergänzen? Die Integration mit dem Kalender-Sync geht Freitag live.

Benedikt Lorenz 18:55
und: Sales hat gefragt, ob wir für die Demo beim Kunden eine Version mit Fake-Bewerber:innen haben

In Slack öffnen: https://teamkraft.slack.com/archives/C05DESATS

Benachrichtigungseinstellungen ändern: https://teamkraft.slack.com/account/notifications""",
  "lookalike:slack-notification-ats-software", fmt="alt", cte="qp", color="#4a154b")

L("tk_figma", "2024-03-07 11:33", ("Figma", "comments-noreply@figma.com"),
  "Benedikt Lorenz commented on Kandidatenportal – Interview-Planung v3",
  """Benedikt Lorenz commented on Kandidatenportal – Interview-Planung v3

"Können wir beim Screen 'Interview bestätigt' noch den Hinweis für Bewerber:innen ergänzen, dass sie den Termin bis 24h vorher verschieben können? Legal hat danach gefragt."

Reply: https://www.figma.com/file/Xk29aQ/Kandidatenportal?node-id=412-2208

You're receiving this because you are a collaborator on this file.
Figma, Inc. · 760 Market St · San Francisco, CA""", "lookalike:figma-comment-ats-software", lang="en", fmt="alt",
  cte="qp", tz="America/Los_Angeles", color="#0d99ff")

L("tk_research", "2024-03-12 16:45", TK_PM,
  "Usability-Tests Kandidatenportal: Termine mit Recruiter:innen",
  """Hi Lea,

ich habe für nächste Woche fünf Recruiter:innen aus Kundenunternehmen für die Usability-Tests gewinnen können. Vorgeschlagene Slots:

Mo 18.3. 10:00 – Frau Ilić (Autohaus Brenner, 3 Standorte)
Mo 18.3. 14:00 – Herr Nowak (Pflegedienst Sonnenhof)
Di 19.3. 09:30 – Frau Asante (Logistik, ca. 400 MA)
Di 19.3. 13:00 – Frau Berger (Steuerkanzlei)
Mi 20.3. 11:00 – Herr Yıldız (Gastro-Kette)

Jeweils 60 Minuten remote per Teams. Kannst du den Leitfaden bis Freitag fertig machen? Fokus: Bewerbungen sichten, Interviews planen, Absagen verschicken.

Danke dir!
Benedikt

--
Benedikt Lorenz · Product Manager · Teamkraft HR Software GmbH""", "lookalike:work-user-research-sessions", mid="outlook")

L("tk_invoice", "2024-04-02 10:05", LEA, "Rechnung 2024-004 – UX-Design Kandidatenportal (März)",
  """Hallo Benedikt,

anbei meine Rechnung für März (42 Stunden, Usability-Tests inkl. Auswertung und Überarbeitung der Interview-Planung).

Zahlungsziel wie vereinbart 14 Tage. Danke und bis Donnerstag!

Viele Grüße
Lea""" + LEA_SIG, "work-invoice-sent", to=TK_PM, mid="apple", attach=[("Rechnung_2024-004_Marquardt.pdf", "pdf")])

# --- user research participant invitation
L("ux_study", "2024-03-15 13:20", ("Testingtime", "studies@testingtime.com"),
  "Einladung zur Studie: 60-Minuten-Interview zu Banking-Apps (80 € Vergütung)",
  """Hallo Lea,

du passt zu einer neuen Studie! Ein Unternehmen aus dem Finanzbereich möchte verstehen, wie Menschen ihre Finanzen in Apps organisieren.

Format: Einzelinterview per Video (60 Minuten)
Zeitraum: 21.–26. März 2024
Vergütung: 80 €

Wenn du teilnehmen möchtest, beantworte bitte das kurze Screening (2 Minuten): https://www.testingtime.com/de/study/48821/screener

Hinweis: Die Teilnahme ist freiwillig. Du kannst dich jederzeit aus unserem Panel austragen.

Viele Grüße
Dein Testingtime-Team""", "lookalike:user-research-participant-invite", fmt="alt", cte="qp", color="#ff6b4a")

# --- newsletters with interview content
L("nl_interviewtips", "2024-03-03 08:00", ("Design Career Club", "hello@designcareer.club"),
  "So überzeugst du im Portfolio-Interview (+ 3 Fragen, die du stellen solltest)",
  """Design Career Club · Ausgabe 41

Hi Lea,

diese Woche geht es um das gefürchtete Portfolio-Interview. Wir haben mit fünf Design-Leads aus Berliner Startups gesprochen, worauf sie wirklich achten:

1. Erzähl eine Geschichte, keine Prozessfolie. „Wir haben Double Diamond gemacht" interessiert niemanden.
2. Zeig, was schiefgelaufen ist – und was du daraus gelernt hast.
3. Halte dich an 20 Minuten. Wirklich.

Drei Fragen, die du am Ende stellen solltest:
- Wie trefft ihr Design-Entscheidungen, wenn Product und Engineering uneins sind?
- Was hat die letzte Person in dieser Rolle erfolgreich gemacht?
- Wie sieht Erfolg nach sechs Monaten aus?

Außerdem: Unser Gehaltsreport 2024 für Product Designer in DACH ist da.

Bis nächsten Sonntag!
Ayla vom Design Career Club

Abmelden: https://designcareer.club/unsubscribe""", "lookalike:newsletter-interview-tips", fmt="alt", cte="qp",
  mid="ses", color="#5b3cc4")

L("podcast_ep", "2024-04-11 06:30", ("Pixelpause Podcast", "news@pixelpause-podcast.de"),
  "Neue Folge: Im Interview mit Design-Direktorin Henrike Salas",
  """Pixelpause – der Podcast über Gestaltung und Technik

Folge 87: „Gute Interfaces sind langweilig" – im Interview mit Henrike Salas

Henrike leitet seit acht Jahren das Design bei einem großen öffentlichen Rundfunkanbieter. Wir sprechen über Barrierefreiheit als Pflicht und Kür, über Design Systems in Organisationen mit 3.000 Mitarbeitenden und warum sie in Bewerbungsgesprächen immer nach dem letzten gescheiterten Projekt fragt.

Jetzt hören: https://pixelpause-podcast.de/87

Außerdem in dieser Woche: Unsere Live-Folge auf der Beyond Tellerrand – Tickets gibt es noch!

Bis bald,
Tim & Sarah""", "lookalike:podcast-interview", fmt="alt", cte="qp", mid="ses", color="#ff4f5a")

L("nl_interview_press", "2024-05-23 07:15", ("Der Spreebote – Wirtschaft", "newsletter@spreebote.de"),
  "„Wir stellen nur noch ein, wer KI versteht“ – Interview mit dem Berliner Startup-Verband",
  """Guten Morgen,

heute im Wirtschafts-Briefing:

INTERVIEW: Die Vorsitzende des Startup-Verbands Berlin-Brandenburg über Entlassungswellen, neue Gründungen und warum Tech-Firmen wieder vorsichtiger einstellen.

ARBEITSMARKT: Die Zahl der offenen Stellen in der Berliner Digitalwirtschaft ist im ersten Quartal um 14 Prozent gesunken.

IMMOBILIEN: Senat beschließt neue Regeln für möblierte Wohnungen auf Zeit.

Alle Artikel: https://spreebote.de/wirtschaft/briefing/2024-05-23

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.""", "lookalike:newsletter-press-interview",
  fmt="html", cte="qp", color="#0f3057")

# --- friend about THEIR interview
L("miri_interview", "2024-03-09 22:41", MIRI, "Mein Interview heute 😅",
  """Leaaaa,

ich muss dir kurz erzählen, wie mein Interview bei Kleiderei heute lief, weil ich sonst platze.

Also: Erst 20 Minuten Warten am Empfang, dann saßen mir VIER Leute gegenüber statt zwei wie angekündigt. Der Head of Product hat die ganze Zeit auf seinen Laptop geguckt. Dann die Case-Aufgabe: „Wie würdest du die Retourenquote senken?" – live, ohne Vorbereitung, am Whiteboard. Ich hab irgendwas von Größenberatung und Passform-Feedback erzählt und glaube, das war okay?

Am Ende meinte die Recruiterin, ich höre „in den nächsten zwei Wochen" was. Kennst du ja.

Wie läuft's bei dir? Hast du von der Energiefirma nochmal was gehört? Lass uns Sonntag zum Flohmarkt am Maybachufer, dann erzähl ich den Rest!

Kuss
Miri""", "lookalike:friend-own-interview", mid="gmail")

L("lea_to_jule", "2024-03-24 20:05", LEA, "Update Jobsuche (und Ostern)",
  """Hi Jule,

kurzes Update, weil Mama mich jeden Sonntag am Telefon fragt und ich es nicht zehnmal erzählen will 😄

Stand jetzt: ungefähr 15 Bewerbungen raus, vier Gespräche gehabt, drei Absagen (eine davon nach einer Design-Challenge, das hat echt wehgetan). Die kleine Agentur in Kreuzberg, wo ich so gern hinwollte, hat leider kein Geld für eine Stelle. Ein paar Sachen laufen noch, aber nichts Konkretes.

Das Arbeitslosengeld läuft zum Glück, und das Freelance-Ding für die HR-Software-Firma bringt ein bisschen was rein. Trotzdem nervt es, jeden Morgen ins Postfach zu schauen.

Ostern: Wir kommen Samstag mit dem Zug nach Leipzig, Rafa muss Montag leider schon zurück. Soll ich was mitbringen? Kuchen?

Hab dich lieb
Lea""", "own-mail-to-family-about-job-search", to=JULE, mid="apple")

# --- university / grant / volunteering / credit card / visa
L("uni_conf", "2024-04-05 15:02", ("BHGM Studierendenservice", "bewerbung@bhgm-berlin.de"),
  "Eingangsbestätigung Ihrer Bewerbung – Master Design Research (berufsbegleitend)",
  """Sehr geehrte Frau Marquardt,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für den weiterbildenden Masterstudiengang „Design Research" (berufsbegleitend, Beginn Wintersemester 2024/25).

Ihre Bewerbungsnummer lautet: WS24-DR-0087

Die Auswahlgespräche finden voraussichtlich in der KW 22 statt. Sie erhalten rechtzeitig eine Einladung, sofern Ihre Unterlagen die formalen Voraussetzungen erfüllen.

Mit freundlichen Grüßen
Studierendenservice
Berliner Hochschule für Gestaltung und Medien""", "lookalike:university-application", charset="windows-1252", cte="qp")

L("uni_interview", "2024-05-21 11:10", ("Prof. Dr. Karin Oettel", "k.oettel@bhgm-berlin.de"),
  "Einladung zum Auswahlgespräch Master Design Research",
  """Sehr geehrte Frau Marquardt,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Auswahlgespräch einladen:

Mittwoch, 29. Mai 2024, 14:40–15:00 Uhr, per Zoom
Link: https://bhgm-berlin.zoom.us/j/86240019931

Bitte bereiten Sie eine kurze Präsentation (max. 5 Minuten) Ihrer Forschungsidee vor.

Mit freundlichen Grüßen
Karin Oettel
Studiengangsleitung Design Research""", "lookalike:university-selection-interview", mid="outlook")

L("uni_zulassung", "2024-06-24 09:00", ("BHGM Studierendenservice", "bewerbung@bhgm-berlin.de"),
  "Zulassungsbescheid WS 2024/25 – Bewerbungsnummer WS24-DR-0087",
  """Sehr geehrte Frau Marquardt,

wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Wintersemester 2024/25 zum Masterstudiengang „Design Research" (berufsbegleitend) zugelassen sind.

Bitte nehmen Sie den Studienplatz bis zum 15.07.2024 im Bewerbungsportal an. Den Zulassungsbescheid finden Sie als PDF im Anhang.

Mit freundlichen Grüßen
Studierendenservice
Berliner Hochschule für Gestaltung und Medien""", "lookalike:university-admission-offer", charset="windows-1252",
  cte="qp", attach=[("Zulassungsbescheid_WS24-DR-0087.pdf", "pdf")])

L("grant_conf", "2024-03-01 17:30", ("Förderfonds Offene Werkzeuge", "antraege@offene-werkzeuge.org"),
  "Dein Antrag „a11y-lint für Figma“ ist eingegangen (Runde 9)",
  """Hallo Lea, hallo Tarek,

danke für euren Antrag in Förderrunde 9! Wir haben ihn erhalten und er ist vollständig.

Projekt: a11y-lint für Figma – automatische Barrierefreiheitsprüfung für Designdateien
Beantragte Summe: 47.500 €
Laufzeit: 6 Monate

Die Jury tagt im Mai. Wenn euer Projekt in die engere Auswahl kommt, laden wir euch zu einem kurzen Gespräch ein. Alle Antragsteller:innen erhalten bis Ende Mai eine Entscheidung.

Viele Grüße
Das Team vom Förderfonds Offene Werkzeuge""", "lookalike:grant-application", cc=[TAREK], fmt="alt", cte="qp",
  color="#2a9d8f")

L("grant_result", "2024-05-30 18:04", ("Förderfonds Offene Werkzeuge", "antraege@offene-werkzeuge.org"),
  "Entscheidung zu eurem Antrag in Runde 9",
  """Hallo Lea, hallo Tarek,

vielen Dank für eure Geduld. Die Jury hat in dieser Runde 214 Anträge gesichtet und 24 Projekte ausgewählt.

Leider ist „a11y-lint für Figma“ nicht dabei. Die Jury fand die Idee relevant, hat aber Projekte mit bereits bestehender Nutzer:innen-Community bevorzugt. Wir ermutigen euch ausdrücklich, in Runde 10 (Einreichung ab September) erneut einzureichen.

Solidarische Grüße
Das Team vom Förderfonds Offene Werkzeuge""", "lookalike:grant-rejection", cc=[TAREK], fmt="alt", cte="qp",
  color="#2a9d8f")

L("mentor_app", "2024-04-16 12:12", ("CodeBrücke e.V.", "mentoring@codebruecke.org"),
  "Deine Bewerbung als Mentorin – Einladung zum Kennenlernen",
  """Hallo Lea,

vielen Dank für deine Bewerbung als ehrenamtliche Mentorin in unserem UX-Track! Wir freuen uns sehr über dein Interesse.

Bevor wir Mentor:innen und Teilnehmende zusammenbringen, laden wir alle zu einem 30-minütigen Kennenlernen ein. Du kannst dir hier einen Termin aussuchen: https://cal.com/codebruecke/mentoring-kennenlernen

Das Programm startet am 6. Mai und läuft zwölf Wochen, ca. 2 Stunden pro Woche.

Herzliche Grüße
Yasmin für das CodeBrücke-Team""", "lookalike:volunteering-application", fmt="alt", cte="qp", color="#ef476f")

L("cc_antrag", "2024-02-26 13:50", ("Spreebank Direkt", "service@spreebank-direkt.de"),
  "Ihr Antrag auf die Spreebank Visa Card wurde genehmigt",
  """Guten Tag Frau Marquardt,

gute Nachrichten: Ihr Antrag auf die Spreebank Visa Card wurde genehmigt!

Ihre Karte ist bereits unterwegs und sollte in 5–7 Werktagen bei Ihnen ankommen. Die PIN erhalten Sie separat per Post.

Ihr Verfügungsrahmen: 1.500 €

Freundliche Grüße
Ihr Spreebank-Direkt-Team""", "lookalike:credit-card-application-approved", fmt="html", cte="b64", color="#003366")

L("rafa_visa", "2024-03-18 19:22", RAFA, "WG: Terminbestätigung Landesamt für Einwanderung",
  """kannst du am 9.4. mitkommen? brauchen wohl auch deine Meldebescheinigung weil wir zusammen wohnen. Beijo

---------- Forwarded message ---------
Von: Landesamt für Einwanderung <noreply-termin@lea.berlin.de>
Date: Mo., 18. März 2024 um 16:02 Uhr
Subject: Terminbestätigung
To: <rafa.costa.dev@gmail.com>

Sehr geehrter Herr Costa,

Ihr Termin wurde erfolgreich gebucht.

Anliegen: Aufenthaltstitel – Verlängerung Blaue Karte EU
Datum: Dienstag, 09.04.2024, 08:40 Uhr
Ort: Friedrich-Krause-Ufer 24, 13353 Berlin, Haus C

Bitte bringen Sie alle erforderlichen Unterlagen mit (Pass, biometrisches Foto, Arbeitsvertrag, Gehaltsnachweise, Mietvertrag, Krankenversicherungsnachweis). Ohne vollständige Unterlagen kann Ihr Antrag nicht bearbeitet werden.

Vorgangsnummer: 2024-LEA-118842""", "lookalike:visa-appointment-forwarded", mid="gmail")

# --- retail offers / marketplace
L("offer_mode", "2024-03-28 10:00", ("Modehaus Nova", "newsletter@modehaus-nova.de"),
  "Lea, dein exklusives Angebot wartet: -25 % auf alles 🌸",
  """Frühlingsgefühle?

Nur für kurze Zeit: 25 % auf das gesamte Sortiment mit dem Code FRUEHLING25.

Neu eingetroffen: Leinenhemden, Trenchcoats, Sneaker in Pastell.

Angebot gültig bis 01.04.2024, 23:59 Uhr. Nicht kombinierbar mit anderen Aktionen.

Jetzt shoppen: https://modehaus-nova.de/sale

Abmelden: https://modehaus-nova.de/newsletter/abmelden""", "lookalike:retail-offer", fmt="html", cte="qp", color="#d4a5a5")

L("kleinanz", "2024-02-11 15:37", ("Kleinanzeigen", "noreply@kleinanzeigen.de"),
  "Nutzer-Anfrage zu deiner Anzeige „Vitra Eames Plastic Chair, weiß“",
  """Hallo Lea,

du hast eine neue Nachricht zu deiner Anzeige erhalten:

Vitra Eames Plastic Chair, weiß – 90 € VB

Von: Jannik
„Hallo, ist der Stuhl noch zu haben? Ich könnte heute Abend vorbeikommen und bar zahlen. Würdest du 75 nehmen?"

Jetzt antworten: https://www.kleinanzeigen.de/m-nachrichten.html

Sicherheitshinweis: Zahle nie per Vorkasse an unbekannte Personen.""", "lookalike:marketplace-offer-message", to=LEA_OLD,
  fmt="alt", cte="qp", color="#1d4b00")

L("offer_figma", "2024-05-08 16:00", ("Figma", "no-reply@figma.com"),
  "Special offer: Save 20% on Figma Professional annual",
  """Hi Lea,

Your free trial of Figma Professional ends soon. Upgrade to an annual plan this week and save 20%.

- Unlimited files and projects
- Team libraries and variables
- Dev Mode for handoff

Offer ends May 15, 2024.

Upgrade now: https://www.figma.com/pricing

Figma, Inc. · 760 Market St · San Francisco, CA 94102""", "lookalike:retail-offer-software", lang="en", fmt="html",
  cte="qp", tz="America/Los_Angeles", color="#0d99ff")

L("zeugnis", "2024-02-08 15:15", ("Franziska Ahrens", "franziska.ahrens@pfennig-finance.de"),
  "Dein Arbeitszeugnis",
  """Hallo Lea,

anbei wie besprochen dein qualifiziertes Arbeitszeugnis. Die unterschriebene Version schicken wir dir zusätzlich per Post.

Falls du Änderungswünsche hast, melde dich gern bis Ende Februar bei mir. Und wenn du für Bewerbungen eine Referenz brauchst: Svenja hat gesagt, sie steht jederzeit zur Verfügung.

Alles Gute und melde dich mal!
Franzi

--
Franziska Ahrens · People & Culture · Pfennig Finance GmbH""", "lookalike:former-employer-reference-letter",
  mid="outlook", attach=[("Arbeitszeugnis_Lea_Marquardt.pdf", "pdf")])

# =============================== UNIQUE EVERYDAY ===============================
L("mama1", "2024-02-04 18:22", MAMA, "Sonntag",
  """Hallo mein Schatz,

schön, dass wir heute telefoniert haben. Ich hab dir den Artikel aus der LVZ über Jobs in der Kreativwirtschaft ausgeschnitten, schicke ich dir mit der Post. Papa lässt grüßen, sein Knie ist besser.

Lass den Kopf nicht hängen, du findest bestimmt bald was Schönes.

Deine Mama""", "family", charset="iso-8859-1", cte="8bit")

L("rafa_einkauf", "2024-02-06 17:40", RAFA, "einkauf",
  """hey, bin heute später (retro zieht sich). kannst du noch Hafermilch und Koriander holen? ich mach dann moqueca. 😘""",
  "partner", mid="gmail", lang="de")

L("tarek_a11y", "2024-02-10 23:05", TAREK, "a11y-lint Idee – Antrag?",
  """Yo Lea,

ich hab nochmal über unsere Idee vom Bouldern nachgedacht: ein Figma-Plugin, das Kontraste, Touch-Target-Größen und fehlende Alt-Texte direkt im File prüft. Der Förderfonds Offene Werkzeuge hat bis 1. März eine Ausschreibung offen. Sollen wir's einfach versuchen? Ich schreib den technischen Teil, du den Rest?

Ich hab mal ein Google Doc angelegt: https://docs.google.com/document/d/1aXf4-a11ylint-Antrag/edit

T.""", "friend", mid="custom", mid_value="4e1f2c7a-8d33-4b8a-9e62-0c5f1a7b9d21@mailbox.org")

L("nele_geb", "2024-02-13 09:15", NELE, "Einladung: Neles 34. 🎂",
  """Ihr Lieben,

ich werde 34 und das muss gefeiert werden! Samstag, 2. März, ab 20 Uhr in der Bar „Zur Wilden Renate“… nein Quatsch, bei uns in der Wohnung, Weserstraße 17, 4. OG (kein Aufzug, sorry).

Bringt gute Laune und gern was zu trinken mit. Partner:innen sind natürlich herzlich willkommen.

Bitte kurz zusagen, damit ich weiß, wie viel Chili ich kochen muss!

Nele""", "friend-party-invite", to=[LEA, MIRI, TAREK, ("Jo Winter", "jo.winter@gmx.de")], mid="posteo")

L("lea_nele_re", "2024-02-13 11:02", LEA, "Re: Einladung: Neles 34. 🎂",
  """Wir sind dabei! Rafa bringt Caipirinha-Zeug mit, wenn das okay ist 🍋

Lea""", "friend-reply", to=NELE, mid="apple", parent="nele_geb", quote="apple_de")

L("hv_wasser", "2024-02-16 08:50", ("Hausverwaltung Brückner & Partner", "service@hv-brueckner.de"),
  "Ankündigung: Absperrung Wasser Weisestraße 48 am 21.02.",
  """Sehr geehrte Mieterinnen und Mieter,

aufgrund von Reparaturarbeiten an der Steigleitung im Vorderhaus muss am Mittwoch, 21.02.2024, in der Zeit von 8:00 bis ca. 13:00 Uhr die Wasserversorgung abgestellt werden.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Hausverwaltung Brückner & Partner""", "landlord-notice", charset="windows-1252", cte="qp")

L("zahnarzt", "2024-02-19 08:00", ("Zahnarztpraxis Dr. Kılıç", "praxis@zahnarzt-kilic.de"),
  "Erinnerung an Ihren Termin am 22.02.2024",
  """Sehr geehrte Frau Marquardt,

wir erinnern Sie an Ihren Termin zur professionellen Zahnreinigung:

Donnerstag, 22.02.2024, 08:30 Uhr
Zahnarztpraxis Dr. Kılıç, Karl-Marx-Straße 101, 12043 Berlin

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam""", "doctor-reminder")

L("bouldern1", "2024-02-20 12:30", ("Tarek Haddad", "tarek.haddad@mailbox.org"), "Bouldern Donnerstag?",
  """Donnerstag 19 Uhr Südbloc? Jo kommt auch. Bring Chalk mit, meins ist leer.""", "friend",
  mid="custom", mid_value="9a2d4411-51f0-4e70-8f5c-37ab2c8e6d02@mailbox.org")

L("lea_bouldern_re", "2024-02-20 13:05", LEA, "Re: Bouldern Donnerstag?",
  "Bin dabei 🧗‍♀️", "friend-reply", to=TAREK, mid="apple", parent="bouldern1", quote="apple_de")

L("jule_ostern", "2024-03-25 08:12", JULE, "Re: Update Jobsuche (und Ostern)",
  """Ach Lea, das mit der Agentur tut mir echt leid. Aber vier Gespräche in zwei Monaten ist doch gar nicht schlecht, ehrlich! Mika hatte damals ein halbes Jahr gebraucht.

Kuchen ist super, Mama macht eh wieder zu viel. Bring lieber Rafa ausgeschlafen mit, Papa will ihm unbedingt den neuen Grill zeigen 🙄

Bis Samstag!
J.""", "family", to=LEA, mid="custom", mid_value="trinity-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-1711350720000@3c-app-webde-bap42",
  parent="lea_to_jule", quote="gmail_de")

L("svenja_ref", "2024-02-29 18:30", ("Svenja Roth", "svenja.roth@gmail.com"), "Kaffee nächste Woche?",
  """Hey Lea,

wie geht's dir so ohne Pfennig? Hier ist es seit der Umstrukturierung ziemlich trostlos, das halbe Design-Team ist weg.

Lust auf Kaffee nächste Woche? Mittwoch Mittag am Hermannplatz? Ich hab auch ein paar Kontakte, die gerade suchen, vielleicht ist was für dich dabei.

LG Svenja""", "former-colleague", mid="gmail")

L("lea_svenja_re", "2024-02-29 20:12", LEA, "Re: Kaffee nächste Woche?",
  """Ja, gern! Mittwoch 12:30 im Café Rix? Ich freu mich 😊""", "former-colleague-reply", to=("Svenja Roth", "svenja.roth@gmail.com"),
  mid="apple", parent="svenja_ref", quote="apple_de")

L("buchclub1", "2024-03-04 19:45", ("Carla Pohl", "carla.pohl@posteo.de"), "Buchclub März: Termin + Buch",
  """Hallo ihr Bücherwürmer,

nächster Termin: Dienstag, 19.3., 19:30 bei mir (Pannierstraße). Buch: „Kairos" – wer's noch nicht hat, ich hab ein zweites Exemplar zum Verleihen.

Snacks-Liste: Lea Hummus, Sophie Wein, ich mach Quiche.

Carla""", "club", to=[LEA, ("Sophie Lenz", "sophie.lenz@gmx.net"), ("Aylin Demir", "aylin.d@gmail.com")], mid="posteo")

L("doctolib", "2024-03-06 10:20", ("Doctolib", "no-reply@doctolib.de"),
  "Ihr Termin am 14.03.2024 bei Dr. med. Petra Schwind ist bestätigt",
  """Terminbestätigung

Dr. med. Petra Schwind – Allgemeinmedizin
Donnerstag, 14. März 2024 um 09:10 Uhr
Sonnenallee 68, 12045 Berlin

Bitte bringen Sie Ihre Versichertenkarte mit.

Termin verwalten: https://www.doctolib.de/account/appointments

Ihr Doctolib-Team""", "doctor-appointment", fmt="alt", cte="qp", color="#107aca")

L("rafa_wohnung", "2024-03-06 12:02", RAFA, "Re: Ihre Bewerbung um die Wohnung Hobrechtstraße 31",
  """schade 😕 die war so schön. Ich hab noch zwei neue auf Immowelt gefunden, schick ich dir heute Abend. Vielleicht sollten wir doch MieterPlus holen?""",
  "partner", mid="gmail", parent="immo_rej", quote="gmail_de")

L("hv_bk", "2024-03-11 14:10", ("Hausverwaltung Brückner & Partner", "service@hv-brueckner.de"),
  "Betriebskostenabrechnung 2023 – Weisestraße 48, WE 12",
  """Sehr geehrte Frau Marquardt, sehr geehrter Herr Costa,

anbei erhalten Sie die Betriebskostenabrechnung für den Zeitraum 01.01.2023 bis 31.12.2023.

Es ergibt sich eine Nachzahlung in Höhe von 186,42 €. Bitte überweisen Sie den Betrag bis zum 15.04.2024 auf das bekannte Konto. Ihre monatliche Vorauszahlung erhöht sich ab Mai 2024 um 15,00 €.

Mit freundlichen Grüßen
Hausverwaltung Brückner & Partner""", "landlord-utility-bill", charset="windows-1252", cte="qp",
  attach=[("BK-Abrechnung_2023_WE12.pdf", "pdf")])

L("miri_flohmarkt", "2024-03-10 09:30", MIRI, "Re: Mein Interview heute 😅",
  """Ach, und: Flohmarkt heute fällt ins Wasser, es regnet Hunde und Katzen. Brunch bei mir stattdessen? 11:30?""",
  "friend", mid="gmail", parent="miri_interview", quote="gmail_de")

L("meetup", "2024-03-13 17:00", ("Meetup", "info@meetup.com"),
  "New event: UX Berlin – Designing for Trust in Fintech",
  """UX Berlin Meetup

Designing for Trust in Fintech – talks & drinks
Thursday, April 4, 2024, 7:00 PM
Kontor Office, Torstraße 109, Berlin

Three short talks on trust signals, dark patterns and regulatory UX. Followed by pizza & networking.

RSVP: https://www.meetup.com/ux-berlin/events/299812345/

You're receiving this because you're a member of UX Berlin.""", "event-notification", lang="en", fmt="alt",
  cte="qp", tz="America/New_York", color="#f65858")

L("jo_umzug", "2024-03-16 13:45", ("Jo Winter", "jo.winter@gmx.de"), "Umzugshilfe 6.4.?",
  """Hallo ihr,

ich ziehe endlich aus der WG aus (!!) und brauche am Samstag, 6. April, ab 10 Uhr Hilfe. Von Wedding nach Pankow, 3. Stock ohne Aufzug → 1. Stock mit Aufzug 😂

Es gibt Pizza und Bier und ewige Dankbarkeit.

Jo""", "friend", to=[LEA, TAREK, NELE, MIRI], mid="gmx")

L("ostern_bahn_rafa", "2024-03-21 21:00", RAFA, "Bahntickets Ostern",
  """hab die Tickets gebucht: Sa 30.3. 10:34 ab Südkreuz, ICE 1609, Wagen 7 Platz 51+53. Rückfahrt für dich Mo 17:13, ich Sonntagabend. 
Kommt gleich noch die Buchungsbestätigung.""", "partner", mid="gmail")

L("yoga_kurs", "2024-04-02 12:00", ("Yogaraum Schillerkiez", "hallo@yogaraum-schillerkiez.de"),
  "Dein neuer 10er-Block ist aktiv",
  """Hallo Lea,

vielen Dank für deinen Kauf! Dein 10er-Block (gültig bis 02.10.2024) ist ab sofort in deinem Konto aktiv.

Neu ab April: Sonntags um 10 Uhr Yin Yoga mit Ruth.

Namasté
Dein Yogaraum-Team""", "receipt-yoga", fmt="alt", cte="qp", color="#8d6e63")

L("buchclub2", "2024-04-20 10:12", ("Carla Pohl", "carla.pohl@posteo.de"), "Buchclub Mai – Umfrage",
  """Hallo ihr,

für Mai stehen drei Bücher zur Wahl: „Die Wut, die bleibt", „Tomorrow, and Tomorrow, and Tomorrow" oder „Eurotrash". Bitte bis Mittwoch in der Umfrage abstimmen: https://nuudel.digitalcourage.de/buchclub-mai

Carla""", "club", to=[LEA, ("Sophie Lenz", "sophie.lenz@gmx.net"), ("Aylin Demir", "aylin.d@gmail.com")], mid="posteo")

L("lea_mama_nordlicht", "2024-05-14 20:30", LEA, "Gute Nachrichten!!",
  """Liebe Mama, lieber Papa,

ich wollte es euch auch nochmal schreiben, weil ich am Telefon so durcheinander war: Ich habe heute die Stelle bei Nordlicht angenommen! Product Designerin für deren Plattform für Solar- und Wärmepumpen-Installateure. Start am 1. Juli, das Team ist super nett, und das Gehalt ist sogar etwas besser als bei Pfennig.

Danke, dass ihr mich in den letzten Monaten so ausgehalten habt ❤️

Wir kommen im Juni mal wieder vorbei, dann feiern wir.

Eure Lea""", "own-mail-to-family-about-job-search", to=MAMA, mid="apple")

L("mama_re", "2024-05-14 21:48", MAMA, "Re: Gute Nachrichten!!",
  """Ach wie schön!!! Papa hat gleich einen Sekt aufgemacht. Wir sind so stolz auf dich.

Solarfirma, das passt doch zu dir. Grüß Rafael.

Mama""", "family", cte="8bit", parent="lea_mama_nordlicht", quote="thunder_de")

L("miri_congrats", "2024-05-15 08:05", MIRI, "OMG GLÜCKWUNSCH",
  """Rafa hat's in der Gruppe verraten!!! Nordlicht!!! Ich freu mich so für dich 🥳🥳 Heute Abend Sekt am Tempelhofer Feld?

(Und nein, von Kleiderei hab ich immer noch nichts gehört. Zweite Runde nächsten Dienstag, dann erzähl ich.)""",
  "friend", mid="gmail")

L("tk_abschied", "2024-05-22 16:20", TK_PM, "Danke für die Zusammenarbeit!",
  """Hi Lea,

Glückwunsch nochmal zur Festanstellung! Schade für uns, aber total verständlich.

Danke für die drei Monate – das Kandidatenportal ist echt viel besser geworden, und die Recruiter:innen aus den Tests lieben den neuen Absage-Flow. Wenn du im Juni noch ein paar Stunden für die Übergabe an Ines hast, wäre das Gold wert.

Lass uns zum Abschied noch ein Eis essen gehen!

Benedikt""", "work-freelance-client", mid="outlook")

L("hv_kuendigung_nachbar", "2024-05-27 18:40", ("Frau Ilse Wagner", "ilse.wagner1948@t-online.de"), "Paket",
  """Liebe Frau Marquardt,

ich habe heute ein Paket für Sie angenommen (von Nordform Möbel, ziemlich groß). Sie können es jederzeit abholen, ich bin den ganzen Abend da.

Herzliche Grüße aus dem 2. Stock
Ilse Wagner""", "neighbour", charset="iso-8859-1", cte="8bit")

L("aa_abmeldung", "2024-06-03 09:12", LEA, "Abmeldung aus dem Leistungsbezug zum 30.06.2024 – Kundennummer 962D118472",
  """Sehr geehrter Herr Kaczmarek,

hiermit teile ich Ihnen mit, dass ich ab dem 01.07.2024 eine sozialversicherungspflichtige Beschäftigung als Product Designerin bei der Nordlicht Energie GmbH aufnehme. Ich melde mich daher zum 30.06.2024 aus dem Leistungsbezug ab.

Eine Kopie des Arbeitsvertrags reiche ich bei Bedarf gern nach.

Mit freundlichen Grüßen
Lea Marquardt
Kundennummer: 962D118472""", "own-mail-benefits-office", to=("Agentur für Arbeit Berlin Süd", "Berlin-Sued.Arbeitsvermittlung@arbeitsagentur.de"),
  mid="apple")

L("jule_sommer", "2024-06-10 21:15", JULE, "Sommerurlaub?",
  """Hey, Mika und ich überlegen, im August eine Woche an die Ostsee zu fahren (Usedom, Ferienhaus für 6). Habt ihr Lust? Du hast ja erst einen Monat im neuen Job, aber vielleicht geht ein verlängertes Wochenende?""",
  "family", mid="custom", mid_value="trinity-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-1718046900000@3c-app-webde-bap31")

L("lea_jule_sommer", "2024-06-11 07:50", LEA, "Re: Sommerurlaub?",
  """Total Lust! Ich frag mal, wie das mit Urlaub in der Probezeit ist. Rafa ist auf jeden Fall dabei. Schick mal den Link zum Haus!""",
  "family", to=JULE, mid="apple", parent="jule_sommer", quote="apple_de")

L("tarek_grant", "2024-05-30 19:01", TAREK, "Re: Entscheidung zu eurem Antrag in Runde 9",
  """Mist. Aber „ausdrücklich ermutigen" klingt ja fast nach Trostpreis 😅 Wollen wir bis September einfach eine Beta bauen und damit eine Community aufziehen? Dann haben wir's beim nächsten Mal leichter.""",
  "friend", mid="custom", mid_value="c77e9012-1d4f-4b6a-a0c3-5e8f2b9d1a44@mailbox.org", parent="grant_result", quote="gmail_de",
  to=[LEA])

L("rafa_ikea", "2024-06-15 11:30", RAFA, "Arbeitszimmer",
  """Wenn du jetzt wieder ins Büro gehst, können wir das Arbeitszimmer ja mal aufräumen 😂 Ich hab mir einen höhenverstellbaren Tisch angeschaut, Link: https://nordform-moebel.de/p/tisch-hoehe-160 – was meinst du?""",
  "partner", mid="gmail")

L("nordlicht_laptop", "2024-06-27 15:05", ("Ömer Aydın", "oemer.aydin@gmail.com"), "Willkommen + Fahrradgruppe",
  """Hey Lea,

ich bin's, Ömer aus dem Engineering – wir haben uns beim zweiten Gespräch gesehen. Wollte dir nur privat schreiben, dass wir jeden Donnerstag eine kleine Feierabend-Radrunde zum Müggelsee machen. Wenn du Lust hast, komm gern mal mit!

Bis Montag 😊
Ömer""", "future-colleague-private", mid="gmail")

L("lea_rad", "2024-06-27 18:30", LEA, "Re: Willkommen + Fahrradgruppe",
  """Hi Ömer, wie nett, danke! Ich hab zwar nur ein altes Hollandrad, aber ich komm gern mal mit 😄 Bis Montag!""",
  "future-colleague-reply", to=("Ömer Aydın", "oemer.aydin@gmail.com"), mid="apple", parent="nordlicht_laptop", quote="apple_de")

L("nele_urlaub", "2024-04-25 13:13", NELE, "Fotos vom Geburtstag",
  """Endlich sortiert! Hier der Link zum Album: https://photos.app.goo.gl/Nele34Party 

Das Foto, wo Rafa mit Jo tanzt, ist Gold.""", "friend", mid="posteo", to=[LEA, MIRI, TAREK])

L("lea_miri_kleiderei", "2024-05-22 20:20", MIRI, "Zweite Runde 🤞",
  """Update: Zweite Runde bei Kleiderei war heute. Diesmal nur zwei Leute, total entspannt, sie haben mir sogar das Büro gezeigt. Die Recruiterin meinte am Ende, ich sei „eine von zwei" in der finalen Auswahl. Ich sterbe bis Freitag.""",
  "lookalike:friend-own-interview", mid="gmail")

L("miri_offer", "2024-05-31 17:50", MIRI, "ICH HAB DEN JOB",
  """Sie haben mir eben ein Angebot gemacht!!! Senior PM bei Kleiderei. Ich hab natürlich gleich ja gesagt 😭😭

Heute Abend Tempelhofer Feld, ich bring den Sekt!""", "lookalike:friend-job-offer", mid="gmail")

MESSAGES = M
