# -*- coding: utf-8 -*-
"""Recruiting mail: applications, recruiter outreach, job alerts."""
from common import M, ME, ME_CH, ME_AT, ME_FROM, ME_FROM_AT, pdf, ics

CV = ("CV_Verena_Hofstaetter.pdf", "application/pdf", pdf("Lebenslauf Verena Hofstaetter, Payroll & HR-Administration"))
ZEUG = ("Arbeitszeugnisse_Hofstaetter.pdf", "application/pdf", pdf("Zeugnisse Brandli Logistik AG, Kastner Holding GmbH Graz"))
CV_EN = ("Verena_Hofstaetter_CV_EN.pdf", "application/pdf", pdf("CV Verena Hofstaetter (English)"))


def A(key, date, frm, to, subject, body, app, ev, kind, lang="de", **kw):
    return M(key, date, frm, to, subject, body, label="application", app=app, ev=ev, kind=kind, lang=lang, **kw)


# ---------------------------------------------------------------- January
A("brunner-jobsch-sent", "2025-01-20 19:05 +0100", "jobs.ch <noreply@jobs.ch>", ME_CH,
  "Ihre Bewerbung an Brunner Bau AG wurde versendet",
  """Guten Tag Verena Hofstätter

Ihre Bewerbung wurde erfolgreich versendet.

Stelle: Lohnbuchhalter/in 100%
Unternehmen: Brunner Bau AG
Arbeitsort: Schlieren
Versendet am: 20.01.2025, 19:05

Ihre Unterlagen:
- Lebenslauf_Hofstaetter_2025.pdf
- Motivationsschreiben_BrunnerBau.pdf
- Zeugnisse_gesamt.pdf

Das Unternehmen entscheidet selbst, wie und wann es sich bei Ihnen meldet. Unter "Meine Bewerbungen" in Ihrem jobs.ch-Konto sehen Sie jederzeit, welche Bewerbungen Sie verschickt haben.

Zum Stelleninserat:
https://www.jobs.ch/de/stellenangebote/detail/5e1d0c7a-93b2-4f0e-a8d1-27c46b0f9e33/

Viel Erfolg!
Ihr jobs.ch Team

JobCloud AG, Albisriederstrasse 253, 8047 Zürich
Sie erhalten diese E-Mail, weil Sie sich über jobs.ch beworben haben.""",
  "brunner-lohnbuchhalterin", "applied", "jobboard-confirmation:jobs.ch",
  url="https://www.jobs.ch/de/stellenangebote/detail/5e1d0c7a-93b2-4f0e-a8d1-27c46b0f9e33/",
  html=True, brand="jobs.ch", color="#0a3a6b", mid="ses",
  footer="JobCloud AG · Albisriederstrasse 253 · 8047 Zürich")

M("tempus-outreach", "2025-01-22 11:20 +0100", "Patrick Suter <patrick.suter@tempus-personal.ch>", ME_CH,
  "Payroll Specialist 100% – Logistik, Region Limmattal",
  """Grüezi Frau Hofstätter

Ich bin auf jobs.ch auf Ihr Kandidatenprofil gestossen und melde mich direkt bei Ihnen, weil es sehr gut auf ein aktuelles Mandat passt.

Für eine Kundin – ein etabliertes Logistikunternehmen mit rund 450 Mitarbeitenden im Limmattal – suche ich per sofort oder nach Vereinbarung eine/n

Payroll Specialist 100% (Festanstellung)

- Selbständige Verarbeitung der monatlichen Löhne (ca. 450 MA, Stunden- und Monatslöhne, Schichtzulagen)
- Quellensteuer, Sozialversicherungen, Lohnausweise
- Ansprechperson für Mitarbeitende und Linienvorgesetzte
- Mitarbeit im Projekt "neues Zeiterfassungssystem"

Ihr Hintergrund in der Logistik bei Brändli und Ihre Quellensteuer-Erfahrung wären hier ein klarer Pluspunkt. Den Namen der Firma darf ich Ihnen erst nennen, wenn Sie mir Ihr Einverständnis für eine Vorstellung geben – das ist bei uns so üblich.

Hätten Sie Interesse? Dann freue ich mich über eine kurze Antwort oder einen Anruf.

Freundliche Grüsse

Patrick Suter
Senior Consultant Finance & HR

Tempus Personal AG
Bahnhofstrasse 41 | 5400 Baden
T +41 56 210 44 18 | M +41 79 448 21 07
www.tempus-personal.ch""",
  label="recruiter_outreach", role="Payroll Specialist 100%", kind="agency-outreach:client-unnamed",
  mid="outlook")

A("tempus-agree", "2025-01-22 21:14 +0100", ME_FROM, "Patrick Suter <patrick.suter@tempus-personal.ch>",
  "AW: Payroll Specialist 100% – Logistik, Region Limmattal",
  """Guten Abend Herr Suter

Vielen Dank für Ihre Nachricht. Die Stelle tönt interessant, und ich bin einverstanden, dass Sie mein Dossier Ihrer Kundin vorstellen.

Meinen aktuellen Lebenslauf und die Zeugnisse sende ich Ihnen im Anhang. Zur Info: Meine Kündigungsfrist bei der Brändli Logistik AG läuft bis Ende März, ich wäre also ab 1. April verfügbar. Mein Pensum darf gerne 100% sein.

Telefonisch erreichen Sie mich am besten über Mittag oder ab 17 Uhr unter 078 613 52 90.

Freundliche Grüsse
Verena Hofstätter""",
  "hallwyl-payroll-specialist", "applied", "own-reply:agree-to-be-submitted",
  reply="tempus-outreach", quote=True, mid="gmx", attach=[CV, ZEUG])

A("sanovia-workday-confirm", "2025-01-28 15:02 +0000", "Sanovia Careers <sanovia@myworkday.com>", ME_CH,
  "Thank you for applying – Payroll Specialist (R-04127)",
  """Dear Verena,

Thank you for your interest in Sanovia Medical and for applying to the position Payroll Specialist (R-04127) in Zurich, Switzerland.

We have received your application. Our Talent Acquisition team will review your profile against the requirements of the role. If your qualifications match our needs, a member of the team will contact you regarding next steps.

You can check the status of your application at any time by signing in to your candidate home:
https://sanovia.wd3.myworkdayjobs.com/en-US/Sanovia_Careers/userHome

Job posting:
https://sanovia.wd3.myworkdayjobs.com/en-US/Sanovia_Careers/job/Zurich-Switzerland/Payroll-Specialist_R-04127

Kind regards,
Talent Acquisition
Sanovia Medical AG

This is an automated message. Please do not reply to this email.""",
  "sanovia-payroll-specialist", "applied", "ats-confirmation:workday", lang="en",
  url="https://sanovia.wd3.myworkdayjobs.com/en-US/Sanovia_Careers/job/Zurich-Switzerland/Payroll-Specialist_R-04127",
  html=True, brand="SANOVIA", color="#00857c", mid="default", mid_domain="myworkday.com")

M("aarvia-inmail", "2025-01-30 08:55 +0100", "Lea Stämpfli via LinkedIn <inmail-hit-reply@linkedin.com>", ME_CH,
  "Spezialistin Lohn & Sozialversicherungen bei Aarvia Energie",
  """Lea Stämpfli
Talent Acquisition Partner bei Aarvia Energie AG

Hallo Frau Hofstätter

Ich bin bei Aarvia Energie im Recruiting tätig und habe Ihr Profil gesehen – Quellensteuer, Abacus und Lohnabrechnung für mehrere Hundert Mitarbeitende, das klingt nach genau dem, was wir suchen.

Wir besetzen am Standort Baden die Stelle "Spezialistin / Spezialist Lohn & Sozialversicherungen 80–100%". Es ist eine Nachfolgeregelung (Pensionierung), mit sauberer Einarbeitung ab Mai.

Wenn Sie offen für einen Austausch sind, schreiben Sie mir gerne hier zurück, dann schicke ich Ihnen das Inserat und wir finden einen Termin für ein kurzes Telefonat.

Herzliche Grüsse
Lea

Antworten: https://www.linkedin.com/comm/messaging/thread/2-ZGQ3NmY1YjMtOGE0Mi00/

Diese E-Mail ist für Verena Hofstätter (HR-Administration & Payroll | Quellensteuer | Abacus) bestimmt.
Sie erhalten InMail-Benachrichtigungen. Abmelden
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
  label="recruiter_outreach", company="Aarvia Energie AG",
  role="Spezialistin / Spezialist Lohn & Sozialversicherungen 80–100%", kind="linkedin-inmail:inhouse-recruiter",
  html=True, brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

# ---------------------------------------------------------------- February
A("tempus-interview", "2025-02-03 09:41 +0100", "Patrick Suter <patrick.suter@tempus-personal.ch>", ME_CH,
  "AW: Payroll Specialist 100% – Logistik, Region Limmattal",
  """Guten Morgen Frau Hofstätter

Gute Nachrichten: Ich habe Ihr Dossier letzte Woche bei der Hallwyl Logistik AG in Spreitenbach vorgestellt, und Frau Romina Gerber (Leiterin HR) möchte Sie gerne kennenlernen.

Vorgeschlagener Termin:
Freitag, 7. Februar 2025, 14:00 Uhr
Hallwyl Logistik AG, Industriestrasse 19, 8957 Spreitenbach (Empfang Gebäude B)
Gesprächspartner: Romina Gerber (HR) und Daniel Frick (CFO)

Dauer ca. eine Stunde. Bitte bestätigen Sie mir kurz, ob der Termin passt. Ich rufe Sie am Donnerstag noch an, um das Gespräch vorzubereiten.

Beste Grüsse
Patrick Suter

Tempus Personal AG | Bahnhofstrasse 41 | 5400 Baden
T +41 56 210 44 18""",
  "hallwyl-payroll-specialist", "interview", "agency-interview-invite",
  reply="tempus-agree", mid="outlook")

A("orbis-gh-confirm", "2025-02-04 16:22 +0000", "Orbis Re Talent Acquisition <no-reply@us.greenhouse-mail.io>", ME_CH,
  "Thank you for your application to Orbis Reinsurance",
  """Hi Verena,

Thanks for applying to Orbis Reinsurance! We've received your application for the HR Operations Specialist role in our Zurich office, and our team is reviewing it now.

We look at every application carefully, so please bear with us – we aim to get back to everyone within three weeks.

In the meantime, you can learn more about life at Orbis Re here: https://www.orbis-re.com/careers/life-at-orbis

Best,
The Orbis Re Talent Acquisition Team

Orbis Reinsurance Ltd · Mythenquai 8 · 8002 Zurich""",
  "orbis-hr-operations", "applied", "ats-confirmation:greenhouse", lang="en",
  url="https://job-boards.greenhouse.io/orbisre/jobs/4471029008",
  html=True, brand="Orbis Re", color="#1c2b4a", mid="default", mid_domain="us.greenhouse-mail.io",
  reply_to="no-reply@us.greenhouse-mail.io")

A("sanovia-video", "2025-02-06 13:10 +0000", "Sanovia Medical via Vidmatch <invitations@vidmatch.io>", ME_CH,
  "Next step: your video interview for Payroll Specialist",
  """Hello Verena,

Sanovia Medical AG has invited you to complete a one-way video interview for the position of Payroll Specialist.

What to expect
- 5 questions, recorded at your own pace
- 1 minute to read each question, up to 3 minutes to answer
- One practice question before you start (not shared with the employer)
- Total time: about 25 minutes

Please complete the interview by Thursday, 13 February 2025, 23:59 CET.

Start your interview:
https://app.vidmatch.io/i/sanovia/7QH2-KX9P-44LM

Tips: use Chrome or Edge, sit in a quiet, well-lit room and check your microphone first. If you have technical trouble, our support team is available at support@vidmatch.io.

Good luck!
Vidmatch on behalf of Sanovia Medical AG

You received this email because Sanovia Medical AG uses Vidmatch to conduct interviews. Privacy policy: https://vidmatch.io/privacy""",
  "sanovia-payroll-specialist", "assessment", "one-way-video-interview:vendor", lang="en",
  html=True, brand="vidmatch", color="#6c3fc5", mid="sendgrid")

A("valtea-jobup-sent", "2025-02-10 14:03 +0100", "jobup.ch <noreply@jobup.ch>", ME_CH,
  "Votre candidature a été envoyée à Groupe Valtéa SA",
  """Bonjour Verena Hofstätter,

Votre candidature a bien été transmise.

Poste : Gestionnaire RH bilingue (f/d) 80-100%
Entreprise : Groupe Valtéa SA
Lieu de travail : Fribourg

L'entreprise examine maintenant votre dossier et vous contactera directement. Vous retrouvez toutes vos candidatures dans votre compte, sous « Mes candidatures ».

Voir l'annonce :
https://www.jobup.ch/fr/emplois/detail/b84c2f19-0d6e-4a57-9c30-5e7a1f2d8b40/

Bonne chance !
L'équipe jobup.ch""",
  "valtea-gestionnaire-rh", "applied", "jobboard-confirmation:jobup", lang="fr",
  url="https://www.jobup.ch/fr/emplois/detail/b84c2f19-0d6e-4a57-9c30-5e7a1f2d8b40/",
  html=True, brand="jobup.ch", color="#e8401c", mid="ses")

A("meier-own-application", "2025-02-11 20:37 +0100", ME_FROM, "Treuhand Meier & Partner AG <bewerbung@meier-treuhand.ch>",
  "Bewerbung als Sachbearbeiterin Lohnbuchhaltung 80% – Verena Hofstätter",
  """Sehr geehrter Herr Meier
Sehr geehrte Damen und Herren

Auf Ihrer Website habe ich Ihr Inserat für eine Sachbearbeiterin Lohnbuchhaltung 80% gesehen, und ich bewerbe mich sehr gerne auf diese Stelle.

Seit Oktober 2023 bin ich bei der Brändli Logistik AG in Dietikon für die Lohnverarbeitung von rund 320 Mitarbeitenden zuständig (Abacus, inkl. Quellensteuer und Lohnausweise). Davor habe ich zehn Jahre in Graz in der Personalverrechnung gearbeitet, zuletzt als Teamleiterin. Weil die Brändli ihre Lohnbuchhaltung in ein Shared Service Center verlegt, wurde meine Stelle per Ende März aufgehoben.

Besonders reizt mich bei Ihnen die Arbeit für verschiedene Mandanten – unterschiedliche Branchen, unterschiedliche GAV, immer wieder neue Fragen. Genau das habe ich in Graz sehr geschätzt.

Im Anhang finden Sie meinen Lebenslauf und meine Arbeitszeugnisse. Ich freue mich, von Ihnen zu hören.

Freundliche Grüsse

Verena Hofstätter
Rosengartenstrasse 62
8037 Zürich
078 613 52 90""",
  "meier-sachbearbeiterin-lohn", "applied", "own-application:email-with-cv",
  mid="gmx", attach=[CV, ZEUG])

M("linkedin-alert-feb", "2025-02-12 07:10 +0100", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", ME_CH,
  "“payroll specialist”: 12 new jobs in Zurich, Switzerland",
  """Your job alert for payroll specialist in Zurich, Switzerland
12 new jobs match your preferences.

Payroll Specialist (80-100%)
Quantival AG · Zurich (Hybrid)
Actively recruiting · Easy Apply
https://www.linkedin.com/comm/jobs/view/4139920571/?trackingId=Qx7a%2BLw2R3uQ

Payroll & Benefits Administrator
Kestrel Pharma Services GmbH · Basel
https://www.linkedin.com/comm/jobs/view/4140013382/?trackingId=Rp8bLw8fZz

Senior Payroll Accountant (DACH)
Northfield Consulting Switzerland AG · Zug
https://www.linkedin.com/comm/jobs/view/4138877104/?trackingId=2jk%2Fa0PZ

HR Administrator – fixed term 12 months
Hurst & Lowe Insurance Brokers Ltd · Zurich
https://www.linkedin.com/comm/jobs/view/4140220936/?trackingId=Ux0Q

Lohnbuchhalter/in 80%
Zürcher Stiftung für Wohnen im Alter · Zürich
https://www.linkedin.com/comm/jobs/view/4139512870/?trackingId=8wT1

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1790453

You are receiving Job Alert emails.
Manage job alerts: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
  label="job_alert", lang="en", kind="job-alert:linkedin",
  html=True, brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

A("hallwyl-reject", "2025-02-14 16:48 +0100", "Patrick Suter <patrick.suter@tempus-personal.ch>", ME_CH,
  "Rückmeldung Hallwyl Logistik",
  """Liebe Frau Hofstätter

Wie vorhin am Telefon versprochen, fasse ich Ihnen die Rückmeldung der Hallwyl Logistik AG noch schriftlich zusammen.

Frau Gerber und Herr Frick waren vom Gespräch angetan: Sie hätten sehr strukturiert und kompetent gewirkt, und Ihre Erfahrung mit Schichtzulagen und Quellensteuer wurde ausdrücklich erwähnt. Ausschlaggebend war am Ende, dass Hallwyl im Herbst auf SAP SuccessFactors umstellt und man sich für eine Kandidatin entschieden hat, die diese Umstellung bereits einmal begleitet hat.

Es tut mir leid, dass es dieses Mal nicht geklappt hat – Sie waren bis zuletzt in der engeren Auswahl. Ich behalte Sie sehr gerne im Auge und melde mich, sobald ich ein passendes Mandat habe. Falls Sie etwas Spannendes sehen, bei dem ich helfen kann, rufen Sie mich an.

Herzliche Grüsse und ein schönes Wochenende
Patrick Suter

Tempus Personal AG | Bahnhofstrasse 41 | 5400 Baden
T +41 56 210 44 18 | M +41 79 448 21 07""",
  "hallwyl-payroll-specialist", "rejected", "agency-rejection-with-feedback",
  mid="outlook")

A("meier-call", "2025-02-17 08:15 +0100", "Thomas Meier <t.meier@meier-treuhand.ch>", ME_CH,
  "AW: Bewerbung als Sachbearbeiterin Lohnbuchhaltung 80% – Verena Hofstätter",
  """Guten Tag Frau Hofstätter

Danke für Ihre Bewerbung, die ich mit Interesse gelesen habe. Personalverrechnung in Österreich und Lohn in der Schweiz, das hat man nicht oft.

Hätten Sie diese Woche Zeit für ein kurzes Telefonat, ca. 15 Minuten? Ich würde Ihnen gerne ein paar Fragen zu Ihrer Mandatserfahrung stellen und, wenn es passt, gleich einen Termin bei uns im Büro an der Badenerstrasse abmachen.

Mittwoch oder Donnerstag zwischen 8 und 10 Uhr wäre bei mir ideal. Sagen Sie mir einfach, wann ich Sie anrufen darf.

Freundliche Grüsse
Thomas Meier

--
Treuhand Meier & Partner AG
Thomas Meier, dipl. Treuhandexperte, Partner
Badenerstrasse 281, 8003 Zürich
044 462 17 30""",
  "meier-sachbearbeiterin-lohn", "interview", "hiring-manager-call-request",
  reply="meier-own-application", quote=True)

A("rheinfels-refline-reject", "2025-02-18 17:31 +0100", "Rheinfels Versicherungen – Personal <rheinfels@mail.refline.ch>", ME_CH,
  "Ihre Bewerbung als HR Administrator 80–100%",
  """Sehr geehrte Frau Hofstätter

Wir danken Ihnen für Ihre Bewerbung als HR Administrator 80–100% und das Interesse, das Sie der Rheinfels Versicherungen AG entgegenbringen.

Wir haben Ihre Unterlagen mit grossem Interesse gelesen. Die Vielzahl an qualifizierten Bewerbungen hat uns die Auswahl nicht leicht gemacht. Nach sorgfältiger Prüfung müssen wir Ihnen jedoch mitteilen, dass wir Ihre Kandidatur im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Bewerbungsunterlagen werden gemäss unseren Datenschutzbestimmungen nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Freundliche Grüsse

Rheinfels Versicherungen AG
Human Resources
Corinne Baumgartner

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht bearbeitet.""",
  "rheinfels-hr-administrator", "rejected", "ats-rejection:refline",
  url="https://apply.refline.ch/845712/0117/pub/1/index.html",
  html=True, brand="Rheinfels Versicherungen", color="#8a1c2b", mid="default", mid_domain="refline.ch")

A("orbis-gh-reject", "2025-02-20 09:03 +0000", "Orbis Re Talent Acquisition <no-reply@us.greenhouse-mail.io>", ME_CH,
  "Your application to Orbis Reinsurance",
  """Hi Verena,

Thank you again for your interest in the HR Operations Specialist position at Orbis Reinsurance, and for the time you took to apply.

We received a great number of applications for this role, and our team has spent the last few weeks reviewing them carefully. Your experience in payroll and HR administration across Austria and Switzerland stood out, and we appreciated learning about it.

After careful consideration, however, we have decided to move forward with candidates whose experience more closely matches the current needs of our HR Operations team.

We'd love to stay in touch – please keep an eye on our careers page for future openings.

All the best,
The Orbis Re Talent Acquisition Team""",
  "orbis-hr-operations", "rejected", "ats-rejection:greenhouse", lang="en",
  html=True, brand="Orbis Re", color="#1c2b4a", mid="default", mid_domain="us.greenhouse-mail.io")

M("brightwell-outreach", "2025-02-24 10:12 +0100", "Oliver Grant <oliver.grant@brightwell-recruitment.ch>", ME_CH,
  "Payroll Lead – commodity trading, Zug (confidential)",
  """Dear Verena,

I hope this finds you well. I lead the HR & Payroll practice at Brightwell Recruitment in Zurich and came across your profile on LinkedIn.

I'm currently retained by a global commodity trading house headquartered in Zug to find a Payroll Lead for Switzerland. Key points:

• Ownership of Swiss payroll for c. 600 employees, plus coordination with providers in Geneva and Singapore
• Team of two direct reports
• Heavy focus on bonus cycles, equity awards and cross-border/withholding-tax cases
• Full-time, on site in Zug four days a week
• Package well above market, plus discretionary bonus

Given your withholding tax and multi-country background, I think this could be a strong fit. The client is confidential at this stage, but I'm happy to share more details on a call.

Would you have 15 minutes this week?

Kind regards,
Oliver

Oliver Grant
Principal Consultant – HR & Payroll
Brightwell Recruitment (Schweiz) AG
Löwenstrasse 29, 8001 Zurich
+41 44 508 72 40""",
  label="recruiter_outreach", role="Payroll Lead", lang="en", kind="agency-outreach:client-confidential",
  mid="outlook")

M("brightwell-decline", "2025-02-24 18:40 +0100", ME_FROM, "Oliver Grant <oliver.grant@brightwell-recruitment.ch>",
  "Re: Payroll Lead – commodity trading, Zug (confidential)",
  """Dear Oliver,

Thank you very much for thinking of me – the role sounds interesting.

I have to decline, though. I have a young son in daycare in Zurich, and four days a week on site in Zug plus full-time is not something I can make work at the moment. I'm mainly looking at 80–100% positions in or around Zurich with some flexibility.

If something along those lines comes up, I'd be happy to hear from you.

Best regards,
Verena Hofstätter""",
  label="recruiter_outreach", role="Payroll Lead", lang="en", kind="own-reply:decline-outreach",
  reply="brightwell-outreach", quote=True, mid="gmx")

A("meier-thanks", "2025-02-25 17:55 +0100", ME_FROM, "Thomas Meier <t.meier@meier-treuhand.ch>",
  "Danke für das Gespräch heute",
  """Guten Abend Herr Meier

Herzlichen Dank für das angenehme Gespräch heute Vormittag und die Zeit, die Sie und Frau Oberholzer sich genommen haben.

Der Einblick in Ihre Mandate hat mir gut gefallen – vor allem die Gastronomie-Kunden mit den vielen Stundenlöhnen und dem L-GAV. Die kleine Aufgabe mit den Quellensteuer-Fällen hat mir übrigens Spass gemacht; bei Fall 3 (Grenzgängerin mit Wohnsitz in Deutschland) würde ich mein Ergebnis im Nachhinein noch einmal prüfen wollen, da war ich etwas schnell.

Ich bin nach wie vor sehr interessiert und freue mich auf Ihre Rückmeldung.

Freundliche Grüsse
Verena Hofstätter""",
  "meier-sachbearbeiterin-lohn", "update", "own-thank-you-after-interview",
  reply="meier-call", mid="gmx")

A("fehr-speculative", "2025-02-27 09:30 +0100", ME_FROM, "Fehr Lohn & Personal GmbH <info@fehr-lohn.ch>",
  "Initiativbewerbung Payroll / Lohnadministration",
  """Sehr geehrte Frau Fehr

Ein ehemaliger Kollege hat mir Ihr Lohnbüro empfohlen, und nach einem Blick auf Ihre Website schreibe ich Ihnen gerne initiativ.

Ich bin Payroll-Spezialistin mit rund zwölf Jahren Erfahrung: zehn Jahre Personalverrechnung in Graz, seit 2023 Lohnbuchhaltung bei der Brändli Logistik AG in Dietikon (ca. 320 Mitarbeitende, Abacus, Quellensteuer, Lohnausweise, ELM/Swissdec). Meine Stelle fällt per Ende März einer Reorganisation zum Opfer.

Ein Lohnbüro, das für viele kleine Firmen arbeitet, würde mich sehr reizen. Ein Pensum von 60–80% wäre ideal, ich bin aber offen.

Falls Sie aktuell oder in den nächsten Monaten Verstärkung brauchen, freue ich mich über eine Nachricht. Meinen Lebenslauf habe ich angehängt.

Freundliche Grüsse
Verena Hofstätter
078 613 52 90""",
  "fehr-initiativ-payroll", "applied", "own-speculative-application",
  mid="gmx", attach=[CV])

# ---------------------------------------------------------------- March
A("fehr-no-vacancy", "2025-03-04 14:12 +0100", "Andrea Fehr <a.fehr@fehr-lohn.ch>", ME_CH,
  "AW: Initiativbewerbung Payroll / Lohnadministration",
  """Liebe Frau Hofstätter

Herzlichen Dank für Ihre Initiativbewerbung und entschuldigen Sie die späte Antwort – bei uns ist gerade Lohnausweis-Endspurt.

Ihr Profil gefällt mir, ehrlich gesagt, sehr gut. Wir sind aber ein Team von vier Personen, und im Moment ist keine Stelle frei. Ich kann Ihnen darum leider nichts anbieten.

Wenn Sie einverstanden sind, behalte ich Ihre Unterlagen für ein halbes Jahr bei mir. Sollte sich etwas ändern, melde ich mich direkt bei Ihnen.

Alles Gute für die Suche!
Andrea Fehr

Fehr Lohn + Personal GmbH
Lohnadministration für KMU
Zürichstrasse 12, 8600 Dübendorf""",
  "fehr-initiativ-payroll", "rejected", "human-reply:no-vacancy-keep-on-file",
  reply="fehr-speculative", mid="default")

A("sanovia-reject", "2025-03-05 07:45 +0000", "Sanovia Careers <sanovia@myworkday.com>", ME_CH,
  "Update on your application – Payroll Specialist (R-04127)",
  """Dear Verena,

Thank you for your interest in Sanovia Medical and for taking the time to complete our video interview for the Payroll Specialist position (R-04127).

We truly appreciate the effort you have put into the process. Our team has now carefully reviewed all candidates, and we regret to inform you that we will not be moving forward with your application at this time.

This decision does not reflect on your professional abilities. We encourage you to visit our careers site regularly and to apply for future roles that match your experience.

We wish you every success in your job search.

Kind regards,
Talent Acquisition
Sanovia Medical AG""",
  "sanovia-payroll-specialist", "rejected", "ats-rejection:workday", lang="en",
  html=True, brand="SANOVIA", color="#00857c", mid="default", mid_domain="myworkday.com")

A("quantival-li-sent", "2025-03-07 12:31 +0100", "LinkedIn <jobs-noreply@linkedin.com>", ME_CH,
  "Verena, your application was sent to Quantival AG",
  """Your application was sent to Quantival AG

People Operations Specialist (Payroll & Benefits)
Quantival AG · Zurich, Switzerland (Hybrid)
Applied on March 7, 2025

View job: https://www.linkedin.com/comm/jobs/view/4151187730/?trackingId=YzJk%2B1pQ

Now, take these next steps for more success with your job search:
- Set up job alerts for similar roles
- Keep your profile up to date

This email was intended for Verena Hofstätter (HR-Administration & Payroll | Quellensteuer | Abacus)
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
  "quantival-people-ops", "applied", "linkedin-easy-apply-sent", lang="en",
  url="https://www.linkedin.com/jobs/view/4151187730",
  html=True, brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

A("meier-reject", "2025-03-10 11:20 +0100", "Thomas Meier <t.meier@meier-treuhand.ch>", ME_CH,
  "AW: Danke für das Gespräch heute",
  """Liebe Frau Hofstätter

Danke für Ihre Nachricht nach dem Gespräch – und für den Nachtrag zu Fall 3, Sie hatten übrigens recht mit Ihrem Zweifel.

Wir haben uns die Entscheidung nicht leicht gemacht. Frau Oberholzer und ich hatten mit Ihnen ein sehr gutes Gefühl, fachlich wie menschlich. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre in einer Treuhandfirma gearbeitet hat und unsere Mandanten-Software (Bexio und Sage) im Alltag kennt. Gerade in der Hochsaison Januar/Februar ist die Einarbeitungszeit bei uns ein grosses Thema.

Es tut mir leid, Ihnen keine bessere Nachricht geben zu können. Ich bin überzeugt, dass Sie bald etwas Passendes finden – und falls Sie in einem Jahr noch einmal an einen Treuhand-Wechsel denken, dürfen Sie sich gerne wieder bei mir melden.

Freundliche Grüsse
Thomas Meier""",
  "meier-sachbearbeiterin-lohn", "rejected", "human-rejection-with-feedback",
  reply="meier-thanks", quote=True)

A("quantival-li-viewed", "2025-03-11 09:02 +0100", "LinkedIn <jobs-noreply@linkedin.com>", ME_CH,
  "Your application was viewed by Quantival AG",
  """Verena, your application was viewed

Quantival AG viewed your application for People Operations Specialist (Payroll & Benefits).

This is a good sign – but it doesn't guarantee that you'll hear back. Keep applying to other roles you're interested in.

View application status: https://www.linkedin.com/comm/jobs-tracker/?stage=applied

Jobs similar to this one:
- HR Generalist (80%) · Yokto Payments AG · Zurich
- People & Culture Coordinator · Alpnach Digital GmbH · Zurich (Remote)

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
  "quantival-people-ops", "update", "linkedin-application-viewed", lang="en",
  html=True, brand="LinkedIn", color="#0a66c2", mid="default", mid_domain="linkedin.com")

A("kelmann-ack", "2025-03-12 10:05 +0100", "Kelmann Personal AG <zuerich@kelmann.ch>", ME_CH,
  "Ihre Bewerbung: Payroll Specialist (temporär, 6 Monate)",
  """Guten Tag Frau Hofstätter

Besten Dank für Ihre Bewerbung auf unser Inserat "Payroll Specialist (temporär, 6 Monate)". Ihre Unterlagen sind bei uns eingegangen.

Ihre persönliche Beraterin, Frau Jasmin Odermatt, prüft Ihr Dossier und meldet sich innert drei Arbeitstagen telefonisch bei Ihnen. Bitte beachten Sie, dass wir Ihre Unterlagen nur mit Ihrer ausdrücklichen Zustimmung an unsere Kunden weiterleiten.

Freundliche Grüsse

Kelmann Personal AG
Filiale Zürich
Löwenplatz 3, 8001 Zürich
Tel. 044 215 90 60

Inserat: https://www.jobs.ch/de/stellenangebote/detail/0c7f9a42-61d3-4b8e-b2f5-9ea4d1c63a17/""",
  "tanner-payroll-temp", "applied", "agency-confirmation:client-unnamed",
  url="https://www.jobs.ch/de/stellenangebote/detail/0c7f9a42-61d3-4b8e-b2f5-9ea4d1c63a17/",
  mid="default")

A("sva-umantis-confirm", "2025-03-17 13:48 +0100",
  "SVA Limmattal Personaldienst <noreply-2918@recruitingapp-2918.umantis.com>", ME_CH,
  "Eingangsbestätigung Ihrer Bewerbung",
  """Sehr geehrte Frau Hofstätter

Vielen Dank für Ihre Bewerbung als Sachbearbeiter/in Personaladministration 80% (Stellen-ID 2025-114) und Ihr Interesse an der Sozialversicherungsanstalt Limmattal.

Ihre Bewerbungsunterlagen sind vollständig bei uns eingegangen. Die Bewerbungsfrist läuft bis am 31. März 2025. Nach Ablauf der Frist sichten wir alle Bewerbungen und informieren Sie über das weitere Vorgehen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://recruitingapp-2918.umantis.com/Candidate/Login

Freundliche Grüsse

Sozialversicherungsanstalt Limmattal
Personaldienst
Zürcherstrasse 120, 8952 Schlieren""",
  "sva-limmattal-personaladmin", "applied", "ats-confirmation:umantis",
  url="https://recruitingapp-2918.umantis.com/Vacancies/114/Description/1",
  html=True, brand="SVA Limmattal", color="#005a9c", mid="default", mid_domain="recruitingapp-2918.umantis.com")

A("lindenhof-softgarden-confirm", "2025-03-19 22:16 +0100",
  "Hotel Lindenhof Zürich <lindenhof-hotels@mail.softgarden.io>", ME_CH,
  "Deine Bewerbung bei Hotel Lindenhof Zürich",
  """Hallo Verena

Danke für deine Bewerbung als HR Assistant / Personalassistent:in 60–80%! Schön, dass du dich für unser Haus interessierst.

Wir schauen uns deine Unterlagen in Ruhe an und melden uns spätestens in zwei Wochen bei dir. Bis dahin kannst du den Status deiner Bewerbung jederzeit hier ansehen:
https://lindenhof-hotels.softgarden.io/de/application/status/5c0a3d

Herzliche Grüsse aus dem Lindenhof
Fabienne Roth
People & Culture
Lindenhof Hotels AG

Diese Nachricht wurde über softgarden versendet.""",
  "lindenhof-hr-assistant", "applied", "ats-confirmation:softgarden",
  url="https://lindenhof-hotels.softgarden.io/job/48817902/HR-Assistant-Personalassistent-in-60-80-",
  html=True, brand="LINDENHOF · ZÜRICH", color="#7b5e3b", mid="uuid", mid_domain="softgarden.io")

A("kelmann-reject", "2025-03-24 15:37 +0100", "Jasmin Odermatt <jasmin.odermatt@kelmann.ch>", ME_CH,
  "Rückmeldung Einsatz Payroll – Gebrüder Tanner AG",
  """Hoi Frau Hofstätter

Leider habe ich keine guten Neuigkeiten. Unsere Kundin, die Gebrüder Tanner AG in Urdorf, hat sich heute für eine andere Kandidatin entschieden. Diese kennt das Lohnmodul der Tanner aus einem früheren Einsatz und konnte schon am 1. April starten – bei einem temporären Einsatz war das am Ende das entscheidende Argument.

Ihr Dossier bleibt bei uns aktiv. Ich habe Sie ausserdem für temporäre und feste Stellen im Bereich Payroll/HR-Admin im Grossraum Zürich vorgemerkt.

Danke für Ihre Flexibilität und bis bald!

Freundliche Grüsse
Jasmin Odermatt
Personalberaterin Kaufmännisch & Finanzen
Kelmann Personal AG | Löwenplatz 3 | 8001 Zürich | 044 215 90 64""",
  "tanner-payroll-temp", "rejected", "agency-rejection:client-named-late",
  mid="outlook")

A("valtea-reject", "2025-03-26 10:58 +0100", "Service RH – Groupe Valtéa <rh@valtea.ch>", ME_CH,
  "Votre candidature – Gestionnaire RH bilingue (f/d)",
  """Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Valtéa et de votre candidature pour le poste de Gestionnaire RH bilingue (f/d) à 80-100%.

Nous avons pris connaissance de votre dossier avec attention. Votre parcours en gestion des salaires en Suisse et en Autriche a retenu notre intérêt. Toutefois, le poste exige une maîtrise très avancée du français à l'oral, notamment pour le conseil aux collaborateurs de nos sites de Bulle et de Romont.

C'est pourquoi nous avons le regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Madame, nos salutations distinguées.

Aline Python
Spécialiste RH
Groupe Valtéa SA
Route de la Glâne 107, 1752 Villars-sur-Glâne""",
  "valtea-gestionnaire-rh", "rejected", "human-template-rejection:fr", lang="fr",
  mid="outlook")

# ---------------------------------------------------------------- April
A("steirerwerk-karriere-confirm", "2025-04-03 08:44 +0200", "karriere.at <noreply@karriere.at>", ME_AT,
  "Deine Bewerbung bei Steirerwerk Holding GmbH",
  """Hallo Verena,

super, deine Bewerbung ist unterwegs!

Job: Payroll Specialist DACH (m/w/d)
Unternehmen: Steirerwerk Holding GmbH
Dienstort: Graz / Remote (Zürich möglich)

Deine Unterlagen wurden direkt an das Unternehmen übermittelt. Alle weiteren Schritte – zum Beispiel eine Einladung zum Gespräch – bekommst du direkt von Steirerwerk.

Zum Job: https://www.karriere.at/jobs/7412983
Deine Bewerbungen im Überblick: https://www.karriere.at/mein-karriere/bewerbungen

Alles Gute!
Dein karriere.at Team

karriere.at GmbH, Mozartstraße 11, 4020 Linz""",
  "steirerwerk-payroll-dach", "applied", "jobboard-confirmation:karriere.at",
  url="https://www.karriere.at/jobs/7412983",
  html=True, brand="karriere.at", color="#2e7d32", mid="default", mid_domain="karriere.at")

A("vitalis-personio-confirm", "2025-04-07 11:16 +0200", "Vitalis Gesundheitsgruppe <no-reply@jobs.personio.de>", ME_CH,
  "Ihre Bewerbung als Fachspezialist:in Payroll & HR-Administration 80–100%",
  """Guten Tag Frau Hofstätter

Herzlichen Dank für Ihre Bewerbung als Fachspezialist:in Payroll & HR-Administration 80–100% bei der Vitalis Gesundheitsgruppe.

Wir haben Ihre Unterlagen erhalten und prüfen diese sorgfältig. Sie hören spätestens in zwei Wochen von uns.

Bei Fragen wenden Sie sich gerne an Nadine Wyss, HR Business Partnerin, nadine.wyss@vitalis-gruppe.ch.

Freundliche Grüsse
Ihr HR-Team der Vitalis Gesundheitsgruppe AG

Vitalis Gesundheitsgruppe AG · Hohlstrasse 550 · 8048 Zürich
Datenschutzerklärung: https://vitalis-gruppe.jobs.personio.de/privacy-policy""",
  "vitalis-payroll-hr", "applied", "ats-confirmation:personio",
  url="https://vitalis-gruppe.jobs.personio.de/job/1874523",
  html=True, brand="Vitalis Gesundheitsgruppe", color="#3b8c6e", mid="default", mid_domain="jobs.personio.de")

A("rosengarten-indeed", "2025-04-09 19:52 +0000", "Indeed Apply <indeedapply@indeed.com>", ME_CH,
  "Indeed-Bewerbung: HR-Sachbearbeiter/in 60–80%",
  """Ihre Bewerbung wurde übermittelt.

HR-Sachbearbeiter/in 60–80%
8049 Zürich

Folgende Unterlagen wurden gesendet:
- Lebenslauf (Indeed-Lebenslauf)
- Anschreiben

Tipp: Arbeitgeber antworten oft innerhalb von 1-2 Wochen. Den Status Ihrer Bewerbungen finden Sie unter "Meine Jobs".
https://ch.indeed.com/myjobs

Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2""",
  "rosengarten-hr-sachbearbeitung", "applied", "jobboard-confirmation:indeed-company-only-in-html",
  url="https://ch.indeed.com/viewjob?jk=3b7e1f0a9c2d4e61", mid="default", mid_domain="indeed.com",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://ch.indeed.com/images/indeed-logo.png" alt="Indeed" width="120"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:12px">Ihre Bewerbung wurde übermittelt.</td></tr>
<tr><td style="border:1px solid #e4e2e0;border-radius:8px;padding:16px">
<div style="font-size:17px;font-weight:bold"><a href="https://ch.indeed.com/viewjob?jk=3b7e1f0a9c2d4e61" style="color:#2557a7">HR-Sachbearbeiter/in 60–80%</a></div>
<div style="font-size:14px;padding-top:4px">Pflegezentrum Rosengarten AG</div>
<div style="font-size:14px;color:#595959">8049 Zürich</div>
</td></tr>
<tr><td style="padding-top:16px;font-size:14px">Folgende Unterlagen wurden gesendet:<br>• Lebenslauf (Indeed-Lebenslauf)<br>• Anschreiben</td></tr>
<tr><td style="padding-top:16px;font-size:14px">Tipp: Arbeitgeber antworten oft innerhalb von 1-2 Wochen. Den Status Ihrer Bewerbungen finden Sie unter <a href="https://ch.indeed.com/myjobs">Meine Jobs</a>.</td></tr>
<tr><td style="padding-top:30px;font-size:11px;color:#767676">Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2</td></tr>
</table></td></tr></table></body></html>
""")

A("tellur-speculative", "2025-04-10 07:58 +0200", ME_FROM, "Simon Brändle <simon@tellurlabs.ch>",
  "Payroll & HR admin – speculative application",
  """Dear Mr Brändle,

I read the Handelszeitung piece about Tellur Labs and its Series A last week, and the line about "doubling the team in Zurich by next year" stuck with me – because somebody will have to pay all those people correctly.

I'm a payroll and HR administration specialist with twelve years of experience (Austria and Switzerland), currently finishing at Brändli Logistik AG, where I ran payroll for about 320 people including withholding tax, social insurance and annual salary certificates. I have also set up payroll processes from scratch once, for a 60-person subsidiary in Graz, which is maybe the more relevant part for a growing startup.

I don't know whether you already have someone for this or still work with an external Treuhänder, but if payroll and HR admin should move in-house at some point, I'd be glad to talk. My CV is attached. I'm happy to continue in German or English.

Kind regards,
Verena Hofstätter
+41 78 613 52 90
linkedin.com/in/verena-hofstaetter""",
  "tellur-initiativ-payroll", "applied", "own-speculative-application:startup", lang="en",
  mid="gmx", attach=[CV_EN])

A("tellur-founder-note", "2025-04-14 22:31 +0200", "Simon Brändle <simon@tellurlabs.ch>", ME_CH,
  "Re: Payroll & HR admin – speculative application",
  """Hi Verena

Funny timing – our Treuhänder told us last month he's retiring at the end of the year, and payroll is currently me + him + a lot of Excel. No job ad yet, but let's talk.

Coffee next week? Grab any slot that works: https://cal.com/simon-tellur/coffee-30

Simon

Sent from my iPhone""",
  "tellur-initiativ-payroll", "interview", "founder-short-note:coffee-invite", lang="en",
  reply="tellur-speculative", mid="apple")

A("lindenhof-withdrawn", "2025-04-15 16:03 +0200", "Hotel Lindenhof Zürich <lindenhof-hotels@mail.softgarden.io>", ME_CH,
  "Update zu deiner Bewerbung bei Hotel Lindenhof Zürich",
  """Hallo Verena

Nochmals danke für deine Bewerbung als HR Assistant / Personalassistent:in 60–80% und deine Geduld.

Wir müssen dir leider mitteilen, dass wir die Stelle aufgrund einer internen Reorganisation unseres People-&-Culture-Teams vorerst nicht besetzen werden. Die Ausschreibung haben wir deshalb zurückgezogen. Das hat nichts mit deinem Profil zu tun, sondern betrifft alle Bewerbungen auf diese Stelle.

Sollten wir die Position zu einem späteren Zeitpunkt wieder ausschreiben, würden wir uns freuen, wenn du dich nochmals meldest.

Herzliche Grüsse
Fabienne Roth
People & Culture
Lindenhof Hotels AG""",
  "lindenhof-hr-assistant", "withdrawn", "ats-posting-cancelled:softgarden",
  html=True, brand="LINDENHOF · ZÜRICH", color="#7b5e3b", mid="uuid", mid_domain="softgarden.io")

A("vitalis-invite", "2025-04-16 09:05 +0200", "Nadine Wyss <nadine.wyss@vitalis-gruppe.ch>", ME_CH,
  "Einladung zum Kennenlernen – Payroll & HR-Administration",
  """Guten Tag Frau Hofstätter

Vielen Dank für Ihre Bewerbung und die Geduld. Ihr Dossier hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Das erste Gespräch dauert rund 60 Minuten und findet bei uns am Hauptsitz in Zürich-Altstetten statt. Dabei sind Herr Beat Christen (Leiter Payroll & HR-Services) und ich.

Folgende Termine könnte ich Ihnen anbieten:
- Donnerstag, 24. April, 14:00 Uhr
- Freitag, 25. April, 09:30 Uhr
- Montag, 28. April, 10:00 Uhr

Bitte lassen Sie mich wissen, welcher Termin Ihnen passt.

Freundliche Grüsse

Nadine Wyss
HR Business Partnerin

Vitalis Gesundheitsgruppe AG
Hohlstrasse 550 | 8048 Zürich
T +41 44 497 31 22
www.vitalis-gruppe.ch""",
  "vitalis-payroll-hr", "interview", "hr-interview-invite:slot-options",
  mid="outlook")

A("vitalis-slot-confirm", "2025-04-16 12:40 +0200", ME_FROM, "Nadine Wyss <nadine.wyss@vitalis-gruppe.ch>",
  "AW: Einladung zum Kennenlernen – Payroll & HR-Administration",
  """Guten Tag Frau Wyss

Herzlichen Dank für die Einladung, ich freue mich sehr!

Gerne komme ich am Donnerstag, 24. April, um 14:00 Uhr zu Ihnen an die Hohlstrasse. Soll ich mich am Hauptempfang melden?

Freundliche Grüsse
Verena Hofstätter""",
  "vitalis-payroll-hr", "interview", "own-slot-confirmation",
  reply="vitalis-invite", quote=True, mid="gmx")

A("steirerwerk-bookings", "2025-04-25 13:27 +0200",
  "Steirerwerk Personal – Terminbuchung <personal-termine@steirerwerk.at>", ME_AT,
  "Buchung bestätigt: Erstgespräch Payroll Specialist DACH – Mi, 30.04.2025 10:00",
  """Liebe Frau Hofstätter,

Ihre Buchung ist bestätigt.

Service: Erstgespräch Payroll Specialist DACH (45 Min.)
Mit: Mag. Sabine Reiterer, Leitung Personalverrechnung
Wann: Mittwoch, 30. April 2025, 10:00–10:45 (MESZ)
Wo: Microsoft Teams-Besprechung
Link zur Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4Mzc2ZTQt%40thread.v2/0

Sie möchten den Termin verschieben oder absagen? Buchung verwalten:
https://outlook.office365.com/owa/calendar/Personaltermine@steirerwerk.at/bookings/s/qL7c2aTzN0e9

Hinweis: Bitte halten Sie für das Gespräch Ihren frühestmöglichen Eintrittstermin bereit. Wir freuen uns auf das Gespräch!

Steirerwerk Holding GmbH · Personalabteilung
Puchstraße 85 · 8020 Graz · www.steirerwerk.at

Diese Nachricht wurde von Microsoft Bookings gesendet.""",
  "steirerwerk-payroll-dach", "interview", "scheduling-tool-confirmation:bookings",
  mid="outlook_at", html=True, brand="Steirerwerk", color="#4a6b1f",
  ics=ics("040000008200E00074C5B7101A82E0080000000098C31F4F", "20250430T100000", "20250430T104500",
          "Erstgespräch Payroll Specialist DACH – Steirerwerk", "Microsoft Teams-Besprechung",
          ("Steirerwerk Personal", "personal-termine@steirerwerk.at"), (ME, ME_AT),
          "Erstgespräch mit Mag. Sabine Reiterer\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4Mzc2ZTQt%40thread.v2/0"))

# ---------------------------------------------------------------- May
A("vitalis-skillwerk", "2025-05-02 10:02 +0200", "Skillwerk Assessments <einladung@skillwerk.ch>", ME_CH,
  "Einladung zum Online-Assessment",
  """Guten Tag Frau Hofstätter

Im Auftrag der Vitalis Gesundheitsgruppe AG laden wir Sie ein, im Rahmen Ihrer Bewerbung als Fachspezialist:in Payroll & HR-Administration ein Online-Assessment zu absolvieren.

Das Assessment besteht aus drei Teilen:
1. Persönlichkeitsfragebogen (ca. 20 Min.)
2. Excel-Test (Formeln, Pivot, SVERWEIS; ca. 25 Min.)
3. Fallstudie Lohnabrechnung: Eintritt unter dem Monat, Quellensteuer, Krankentaggeld (ca. 40 Min.)

Sie können die Teile einzeln bearbeiten und zwischendurch pausieren. Bitte schliessen Sie das Assessment bis Mittwoch, 7. Mai 2025, 18:00 Uhr ab.

Zum Assessment: https://app.skillwerk.ch/a/vitalis/8JD3-Q2LM
Ihr persönlicher Zugangscode: VTL-58321

Die Ergebnisse werden ausschliesslich der Vitalis Gesundheitsgruppe AG zur Verfügung gestellt.

Bei technischen Fragen: support@skillwerk.ch oder 044 552 80 80.

Freundliche Grüsse
Ihr Skillwerk-Team

Skillwerk AG · Förrlibuckstrasse 110 · 8005 Zürich""",
  "vitalis-payroll-hr", "assessment", "skills-and-personality-test:vendor",
  html=True, brand="skillwerk", color="#f08a24", mid="sendgrid")

M("jobroom-alert", "2025-05-05 05:30 +0200", "Job-Room <noreply@job-room.ch>", ME_CH,
  "Neue Stellen zu Ihrem Suchabo «Payroll / Lohn, Zürich»",
  """Guten Tag Verena Hofstätter

Zu Ihrem Suchabo «Payroll / Lohn, Zürich» wurden seit gestern 6 neue Stellen publiziert:

Sachbearbeiter/in Lohnbuchhaltung 80-100%
Zehnder & Frey Immobilien AG, 8050 Zürich
https://www.job-room.ch/job-search/8a2f41c7-0d8e-4e30-b1a6-71c3e0d6f4b2

Spezialist/in Payroll 100%
Alpina Maschinenbau AG, 8600 Dübendorf
https://www.job-room.ch/job-search/1f6e0b92-7c4a-4d1f-8b3e-0a9d2c5e71f8

HR-Assistent/in 60%
Primarschule Kreis Waidberg, 8037 Zürich
https://www.job-room.ch/job-search/d03b7c1e-5a92-4f6d-9e18-2b4c6a7f0e53

Payroll Administrator (English speaking)
Nordlys Shipping Services SA, 8001 Zürich
https://www.job-room.ch/job-search/6c8e2a1f-3b7d-4c90-a5e2-8f1d0b3c9a64

Lohnfachfrau/-mann 80%
Gemeindeverwaltung Regensdorf, 8105 Regensdorf
https://www.job-room.ch/job-search/9b4d1e6a-2f8c-4a73-b0c5-e7a3f9d2c815

Mitarbeiter/in HR & Lohn (befristet)
Spital Uster, 8610 Uster
https://www.job-room.ch/job-search/4e7a0c3d-9b1f-4e62-8d5a-c1f2b6e9a047

Suchabo verwalten: https://www.job-room.ch/candidate/search-profiles

Job-Room ist das Stellenportal der öffentlichen Arbeitsvermittlung (arbeit.swiss).""",
  label="job_alert", kind="job-alert:job-room-public-employment-service",
  html=True, brand="Job-Room · arbeit.swiss", color="#d8232a", mid="default", mid_domain="job-room.ch")

VITALIS_ICS = ics("040000008200E00074C5B7101A82E00800000000A1F5E2C3", "20250513T140000", "20250513T153000",
                  "2. Gespräch Vitalis – Payroll & HR-Administration (V. Hofstätter)",
                  "Vitalis Gesundheitsgruppe AG, Hohlstrasse 550, 8048 Zürich, Sitzungszimmer Limmat (3. OG)",
                  ("Nadine Wyss", "nadine.wyss@vitalis-gruppe.ch"), (ME, ME_CH),
                  "Zweites Gespräch mit Beat Christen, Nadine Wyss und Karin Lutz (CFO).\nBesprechung Assessment-Ergebnisse, Fallbeispiel, Teamvorstellung.")

A("vitalis-second-round", "2025-05-06 16:20 +0200", "Nadine Wyss <nadine.wyss@vitalis-gruppe.ch>", ME_CH,
  "Einladung: 2. Gespräch Vitalis – Payroll & HR-Administration (V. Hofstätter)",
  """Guten Tag Frau Hofstätter

Herzlichen Dank für das Ausfüllen des Assessments – das ging ja schnell! Gerne laden wir Sie zu einem zweiten Gespräch ein.

Datum: Dienstag, 13. Mai 2025, 14:00–15:30 Uhr
Ort: Hohlstrasse 550, 3. OG, Sitzungszimmer Limmat
Teilnehmende: Beat Christen, Karin Lutz (CFO) und ich

Wir besprechen gemeinsam Ihre Assessment-Ergebnisse, und Sie lernen kurz das Payroll-Team kennen. Die Einladung ist in Ihrem Kalender; bitte nehmen Sie sie an oder melden Sie sich, falls der Termin nicht passt.

Freundliche Grüsse
Nadine Wyss
HR Business Partnerin | Vitalis Gesundheitsgruppe AG""",
  "vitalis-payroll-hr", "interview", "calendar-invite:second-round",
  mid="outlook", ics=VITALIS_ICS,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Guten Tag Frau Hofstätter</p>
<p>Herzlichen Dank für das Ausfüllen des Assessments – das ging ja schnell! Gerne laden wir Sie zu einem zweiten Gespräch ein.</p>
<p><b>Datum:</b> Dienstag, 13. Mai 2025, 14:00–15:30 Uhr<br><b>Ort:</b> Hohlstrasse 550, 3. OG, Sitzungszimmer Limmat<br><b>Teilnehmende:</b> Beat Christen, Karin Lutz (CFO) und ich</p>
<p>Wir besprechen gemeinsam Ihre Assessment-Ergebnisse, und Sie lernen kurz das Payroll-Team kennen. Die Einladung ist in Ihrem Kalender; bitte nehmen Sie sie an oder melden Sie sich, falls der Termin nicht passt.</p>
<p>Freundliche Grüsse<br>Nadine Wyss<br>HR Business Partnerin | Vitalis Gesundheitsgruppe AG</p>
</div></body></html>
""")

A("sva-umantis-reject", "2025-05-08 11:12 +0200",
  "SVA Limmattal Personaldienst <noreply-2918@recruitingapp-2918.umantis.com>", ME_CH,
  "Ihre Bewerbung bei der SVA Limmattal",
  """Sehr geehrte Frau Hofstätter

Nochmals besten Dank für Ihre Bewerbung als Sachbearbeiter/in Personaladministration 80% und für Ihre Geduld. Aufgrund der sehr hohen Anzahl Bewerbungen hat das Auswahlverfahren mehr Zeit in Anspruch genommen als vorgesehen.

Wir haben alle Unterlagen sorgfältig geprüft und mit dem Anforderungsprofil verglichen. Dabei haben wir uns für Kandidatinnen und Kandidaten entschieden, deren Profil noch besser auf die Stelle passt, insbesondere was Erfahrung in der öffentlichen Verwaltung betrifft. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Unterlagen werden nach Abschluss des Verfahrens gelöscht. Ihr Bewerberkonto können Sie jederzeit selbst schliessen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Sozialversicherungsanstalt Limmattal
Personaldienst""",
  "sva-limmattal-personaladmin", "rejected", "ats-rejection:umantis-after-long-silence",
  html=True, brand="SVA Limmattal", color="#005a9c", mid="default", mid_domain="recruitingapp-2918.umantis.com")

A("rosengarten-reject", "2025-05-12 14:25 +0200", "Monika Ruckstuhl <m.ruckstuhl@pz-rosengarten.ch>", ME_CH,
  "Ihre Bewerbung HR-Sachbearbeitung",
  """Sehr geehrte Frau Hofstätter

Sie haben sich im April über Indeed bei uns als HR-Sachbearbeiterin beworben. Entschuldigen Sie bitte, dass Sie so lange nichts von uns gehört haben – wir hatten einen personellen Engpass im HR.

Die Stelle konnten wir inzwischen besetzen. Wir danken Ihnen für Ihr Interesse am Pflegezentrum Rosengarten.

Freundliche Grüsse
Monika Ruckstuhl
Leiterin Personal
Pflegezentrum Rosengarten AG
Wehntalerstrasse 88, 8049 Zürich""",
  "rosengarten-hr-sachbearbeitung", "rejected", "human-short:position-filled",
  mid="default")

A("vitalis-offer", "2025-05-22 15:40 +0200", "Nadine Wyss <nadine.wyss@vitalis-gruppe.ch>", ME_CH,
  "Ihr Angebot – Fachspezialistin Payroll & HR-Administration",
  """Liebe Frau Hofstätter

Wie heute Morgen am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als Fachspezialistin Payroll & HR-Administration anzubieten. Beat Christen und Karin Lutz waren nach dem zweiten Gespräch beide überzeugt – und ich ebenso.

Die wichtigsten Eckdaten:
- Pensum: 80% (Erhöhung auf 90% ab 2026 möglich)
- Eintritt: 1. August 2025
- Jahresbruttolohn: CHF 88'400 bei 80% (13 Monatslöhne)
- Ferien: 25 Tage (pro rata), ab 50 Jahren 30 Tage
- Homeoffice: bis zu 2 Tage pro Woche nach der Einarbeitung
- Probezeit: 3 Monate

Den Arbeitsvertrag stellen wir Ihnen nach Ihrer Zusage zur elektronischen Unterschrift via Skribble zu. Wir würden uns freuen, bis Mittwoch, 28. Mai, von Ihnen zu hören. Bei Fragen rufen Sie mich jederzeit an.

Herzliche Grüsse
Nadine Wyss

Vitalis Gesundheitsgruppe AG
HR Business Partnerin
T +41 44 497 31 22""",
  "vitalis-payroll-hr", "offer", "human-offer-email",
  mid="outlook",
  attach=[("Eckdaten_Anstellung_Hofstaetter.pdf", "application/pdf", pdf("Vitalis Eckdaten Anstellung"))])

A("vitalis-accept", "2025-05-23 08:12 +0200", ME_FROM, "Nadine Wyss <nadine.wyss@vitalis-gruppe.ch>",
  "AW: Ihr Angebot – Fachspezialistin Payroll & HR-Administration",
  """Liebe Frau Wyss

Vielen herzlichen Dank für das Angebot und die netten Worte – ich habe mich gestern riesig gefreut!

Ich nehme die Stelle sehr gerne an und freue mich auf den Start am 1. August. Den Vertrag unterschreibe ich, sobald er via Skribble bei mir ist.

Eine kleine Frage noch: Wäre es möglich, dass ich in der Woche vor dem Eintritt einen halben Tag vorbeikomme, um das Team und die Räumlichkeiten schon kennenzulernen? Das ist aber kein Muss.

Herzliche Grüsse und ein schönes Wochenende
Verena Hofstätter""",
  "vitalis-payroll-hr", "offer", "own-offer-acceptance",
  reply="vitalis-offer", quote=True, mid="gmx")

A("steirerwerk-withdraw", "2025-05-23 19:06 +0200", ME_FROM_AT, "Mag. Sabine Reiterer <sabine.reiterer@steirerwerk.at>",
  "Rückzug meiner Bewerbung – Payroll Specialist DACH",
  """Liebe Frau Reiterer

Nochmals danke für das offene Gespräch Ende April und Ihre Nachricht, dass Sie mich gerne für eine zweite Runde nach Graz einladen würden.

Inzwischen habe ich eine Zusage für eine Stelle hier in Zürich erhalten und angenommen. Ich ziehe meine Bewerbung daher zurück – es wäre nicht fair, Ihre Zeit weiter in Anspruch zu nehmen.

Mir hat das Gespräch mit Ihnen wirklich gefallen, und ein bisschen Heimweh nach der Steiermark war natürlich auch dabei. Ich wünsche Ihnen viel Erfolg bei der Besetzung!

Herzliche Grüsse aus Zürich
Verena Hofstätter""",
  "steirerwerk-payroll-dach", "withdrawn", "own-withdrawal",
  mid="gmx")

A("brunner-filled", "2025-05-14 07:58 +0200", "Brunner Bau AG – Personal <personal@brunner-bau.ch>", ME_CH,
  "Ihre Bewerbung vom 20. Januar 2025",
  """Sehr geehrte Frau Hofstätter

Im Januar haben Sie sich bei uns als Lohnbuchhalterin beworben. Wir möchten uns entschuldigen, dass Sie so lange nichts von uns gehört haben.

Die Stelle ist inzwischen besetzt.

Wir danken Ihnen für Ihr Interesse an der Brunner Bau AG und wünschen Ihnen alles Gute.

Mit freundlichen Grüssen
Personalabteilung
Brunner Bau AG, Schlieren""",
  "brunner-lohnbuchhalterin", "rejected", "human-short:position-filled-after-silence",
  mid="default")

A("vitalis-skribble", "2025-05-26 09:31 +0200", "Skribble <noreply@skribble.com>", ME_CH,
  "Nadine Wyss bittet Sie, «Arbeitsvertrag_Hofstaetter_Verena.pdf» zu unterschreiben",
  """Guten Tag Verena Hofstätter

Nadine Wyss (Vitalis Gesundheitsgruppe AG) hat Sie eingeladen, folgendes Dokument elektronisch zu unterschreiben:

Arbeitsvertrag_Hofstaetter_Verena.pdf
Signaturstufe: QES (qualifizierte elektronische Signatur, ZertES)

Nachricht von Nadine Wyss:
"Liebe Frau Hofstätter, anbei wie besprochen Ihr Arbeitsvertrag. Wir freuen uns auf Sie! Herzliche Grüsse, Nadine Wyss"

Dokument ansehen und unterschreiben:
https://my.skribble.com/view/6f1e2c9a-4b7d-4e0a-93c5-d2a8b1f07e64

Die Anfrage läuft am 9. Juni 2025 ab.

Sie unterschreiben zum ersten Mal qualifiziert? Die Identifikation dauert ca. 5 Minuten mit Ausweis und Smartphone.

Skribble AG · Pfingstweidstrasse 31A · 8005 Zürich""",
  "vitalis-payroll-hr", "offer", "e-signature:contract",
  html=True, brand="Skribble", color="#1a1a2e", mid="sendgrid")

M("jobsch-alert-jan", "2025-01-14 06:32 +0100", "jobs.ch Job-Abo <jobabo@jobs.ch>", ME_CH,
  "5 neue Jobs für «Lohnbuchhaltung, Zürich und Umgebung»",
  """Guten Morgen Verena

Wir haben 5 neue Stellen für Ihr Job-Abo «Lohnbuchhaltung, Zürich und Umgebung» gefunden.

Lohnbuchhalter/in 100%
Brunner Bau AG · Schlieren · Festanstellung
https://www.jobs.ch/de/stellenangebote/detail/5e1d0c7a-93b2-4f0e-a8d1-27c46b0f9e33/

Sachbearbeiter/in Lohn & Personal 60-80%
Gemeinde Oberengstringen · Oberengstringen
https://www.jobs.ch/de/stellenangebote/detail/a1b9e6d4-2c07-4b38-9f15-6e0d7c3a8b21/

Payroll Specialist (w/m/d)
Helix Diagnostics AG · Zürich · Homeoffice möglich
https://www.jobs.ch/de/stellenangebote/detail/3f8c2b7e-5d16-4a90-bc47-91e2d0a6f5c8/

Fachperson Personaladministration 80%
Zürcher Pflegeheime Stiftung Sonnhalde · Zürich
https://www.jobs.ch/de/stellenangebote/detail/7d2e4a91-0b6c-4f83-a5d7-c3b8e1f90a26/

HR Administrator 80–100%
Rheinfels Versicherungen AG · Zürich
https://www.jobs.ch/de/stellenangebote/detail/e6a0d3c8-4f2b-4e17-8c95-0b7a2d9f61e4/

Alle Treffer ansehen: https://www.jobs.ch/de/stellenangebote/?term=Lohnbuchhaltung&location=Z%C3%BCrich
Job-Abo bearbeiten oder abbestellen: https://www.jobs.ch/de/konto/job-abos/

Ihr jobs.ch Team""",
  label="job_alert", kind="job-alert:jobs.ch",
  html=True, brand="jobs.ch", color="#0a3a6b", mid="ses")
