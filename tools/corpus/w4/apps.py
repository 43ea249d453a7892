"""Recruiting mail: applications, recruiter outreach, job alerts."""
from lib import ME, app, fake_pdf, ics, msg

CV = ("CV_Genevieve_Berube_QA.pdf", "application/pdf", fake_pdf("CV Genevieve Berube - Analyste QA / automatisation"))
CV_EN = ("Genevieve_Berube_Resume_QA.pdf", "application/pdf", fake_pdf("Resume Genevieve Berube - QA Automation"))
LETTRE = ("Lettre_presentation_GBerube.pdf", "application/pdf", fake_pdf("Lettre de presentation"))

app("boreal-analyste-qa", "Groupe financier Boréal", "Analyste assurance qualité", "workday",
    ["Boréal", "Boréal Financial Group"])
app("lumen-sdet", "Lumen Analytics", "Software Developer in Test", "greenhouse", ["Lumen Analytique inc.", "Lumen"])
app("pixelune-qa-outils", "Studio Pixelune", "Testeur·euse QA – outils internes", "lever", ["Pixelune"])
app("aera-automatisation", "Robotique Aéra inc.", "Analyste en automatisation des tests", "other", ["Aéra"])
app("vigie-analyste-qa", "Vigie Assurances générales", "Analyste QA – automatisation", "taleo",
    ["Vigie", "Vigie Assurances"])
app("metropolis-analyste-qa", "Métropolis Mobilité", "Analyste QA (contrat 12 mois)", "agency", ["Métropolis"])
app("ubiq-qa-automation", "Ubiq Software", "QA Automation Engineer", "linkedin", ["Ubiq"])
app("santeconnexe-analyste-qa", "Santé Connexe inc.", "Analyste QA", "indeed", ["Santé Connexe"])
app("sirius-analyste-tests", "Groupe Média Sirius", "Analyste en tests logiciels", "other", ["Sirius"])
app("logiqueouverte-spontanee", "Coopérative de travail Logique Ouverte", "Analyste QA / automatisation (candidature spontanée)",
    "company_site", ["Logique Ouverte"])
app("flux-qa-engineer", "Flux Mobility", "QA Engineer", "workable", ["Flux Mobility Inc."])
app("arpent-qa-mandats", "Groupe Conseil Arpent", "Analyste QA automatisation – mandats", "smartrecruiters", ["Arpent"])
app("equinoxe-automatisation", "Technologies Équinoxe inc.", "Analyste principale, automatisation des tests", "other",
    ["Équinoxe", "Technologies Équinoxe"])
app("kero-qa-lead", "Kero Health", "QA Lead", "other", ["Kéro Santé inc.", "Kero"])
app("numerix-analyste-qa", "Imprimerie Numérix Laval inc.", "Analyste assurance qualité logicielle", "other",
    ["Numérix Laval", "Numérix"])

A = dict(label="application")

# ---------------------------------------------------------------- job alerts
msg("jobboom-alerte-qa", "2025-01-22 06:02", "Jobboom <alertes@jobboom.com>", [ME],
    "7 nouveaux emplois : analyste qa — Montréal",
    """Bonjour Geneviève,

Voici les nouveaux emplois qui correspondent à votre alerte « analyste qa » (Montréal et environs, 25 km).

Analyste en tests logiciels
Groupe Média Sirius — Montréal (Plateau-Mont-Royal) — Permanent, temps plein
https://www.jobboom.com/fr/emploi/analyste-en-tests-logiciels_1872304

Analyste assurance qualité — intégration continue
Logiq Conseil — Laval — Contractuel
https://www.jobboom.com/fr/emploi/analyste-assurance-qualite_1872117

Testeur logiciel / testeuse logicielle (jeux mobiles)
Kaléido Jeux — Montréal — Temps plein
https://www.jobboom.com/fr/emploi/testeur-logiciel_1871995

Analyste QA — systèmes de paie
Paiera Solutions — Brossard — Hybride
https://www.jobboom.com/fr/emploi/analyste-qa_1871840

Conseiller(ère) en qualité logicielle
Ministère partenaire — Montréal — Occasionnel
https://www.jobboom.com/fr/emploi/conseiller-qualite-logicielle_1871702

+ 2 autres offres : https://www.jobboom.com/fr/alertes/4417209

Vous recevez ce courriel parce que vous avez créé une alerte emploi sur Jobboom.
Gérer mes alertes | Se désabonner""",
    label="job_alert", kind="job-alert:jobboom", html=True, brand="Jobboom", color="#e2231a", mid="mailgun",
    footer="Jobboom, 1100 boul. René-Lévesque Ouest, Montréal (Québec)")

msg("indeed-alerte-qa", "2025-02-26 07:41", "Indeed <alert@indeed.com>", [ME],
    "automatisation des tests - Montréal, QC : 12 nouveaux emplois",
    """12 nouveaux emplois pour « automatisation des tests » près de Montréal, QC

Analyste en automatisation QA
Santé Connexe inc. - Montréal, QC
45 000 $ - 78 000 $ par an · Candidature simplifiée
https://ca.indeed.com/viewjob?jk=8d2f1a07c3b94e51

Ingénieur(e) d'automatisation des tests (Playwright)
Nuagique - Montréal, QC · Télétravail hybride
https://ca.indeed.com/viewjob?jk=19ce77a2b0f46d3a

QA Automation Specialist
Northgate Retail Systems - Montréal, QC
https://ca.indeed.com/viewjob?jk=a0b2e9f1d4c87760

Testeur(-euse) logiciel(le) - Contrat 6 mois
Groupe Conseil Arpent - Montréal, QC
https://ca.indeed.com/viewjob?jk=5e61c0aa98d2b1f4

Voir tous les emplois : https://ca.indeed.com/jobs?q=automatisation+des+tests&l=Montr%C3%A9al%2C+QC

Vous recevez cet e-mail parce que vous êtes abonné(e) aux alertes emploi d'Indeed.
Indeed, 6433 Champion Grandview Way Building 1, Austin, TX 78750""",
    label="job_alert", kind="job-alert:indeed", html=True, brand="indeed", color="#2557a7", mid_dom="indeed.com",
    tz="utc")

msg("linkedin-alerte-sdet", "2025-04-02 18:15", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", [ME],
    "“qa automation engineer”: 9 new jobs in Greater Montreal Metropolitan Area",
    """Your job alert for qa automation engineer in Greater Montreal Metropolitan Area
9 new jobs match your preferences.

Senior QA Automation Engineer
Kero Health · Montreal, QC (Hybrid)
Actively recruiting
https://www.linkedin.com/comm/jobs/view/4190331207/?trackingId=Xq1e%2FvT7Qbe0zR9yPz1Ntw%3D%3D

Test Automation Engineer (Cypress)
Nuagique · Montreal, QC (Remote)
https://www.linkedin.com/comm/jobs/view/4189877410/?trackingId=2Lk0%2BcWyS8y6v1mQ4eB7kA%3D%3D

Analyste principal(e), automatisation des tests
Technologies Équinoxe inc. · Montreal, QC (Hybrid)
Be an early applicant
https://www.linkedin.com/comm/jobs/view/4188420163/?trackingId=pE3r%2Bq0sY1uV8tBdF4nLmA%3D%3D

SDET II
Cartographe Technologies Ltd. · Canada (Remote)
https://www.linkedin.com/comm/jobs/view/4187745092/?trackingId=Jw8%2Fz6KcTq2XeN1rV0pGhA%3D%3D

See all jobs: https://www.linkedin.com/comm/jobs/search?savedSearchId=1736520491

You're receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    label="job_alert", lang="en", kind="job-alert:linkedin", html=True, brand="LinkedIn", color="#0a66c2", tz="utc",
    mid_dom="linkedin.com")

msg("quebecemploi-alerte", "2025-05-02 05:30", "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>", [ME],
    "Québec emploi – 4 nouvelles offres correspondent à votre recherche sauvegardée",
    """Bonjour,

De nouvelles offres d'emploi correspondent à votre recherche sauvegardée « Analyste QA, Montréal ».

1. Analyste en assurance qualité des logiciels — Société de transport (Montréal) — no 8847261
2. Technicienne ou technicien en vérification logicielle — Cégep de la région (Longueuil) — no 8846103
3. Analyste programmeur(euse) - tests automatisés — Fabrication Delco ltée (Saint-Laurent) — no 8845990
4. Analyste qualité TI — Coopérative funéraire (Montréal) — no 8845311

Consultez les offres dans votre espace Québec emploi :
https://www.quebecemploi.gouv.qc.ca/plateforme-emploi/recherche?sauvegarde=77120

Pour modifier la fréquence de ces avis, rendez-vous dans votre profil.

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
Services Québec — Ministère de l'Emploi et de la Solidarité sociale""",
    label="job_alert", kind="job-alert:quebec-emploi", cte="8bit")

# ---------------------------------------------------------------- A1 Boréal (Workday)
BOREAL_URL = ("https://boreal.wd3.myworkdayjobs.com/fr-CA/Carrieres_Boreal/job/Montral-QC/"
              "Analyste-assurance-qualit_R-0045821")
msg("boreal-workday-confirmation", "2025-01-27 21:48", "Groupe financier Boréal <boreal@myworkday.com>", [ME],
    "Nous avons bien reçu votre candidature – Analyste assurance qualité (R-0045821)",
    f"""Bonjour Geneviève,

Merci de l'intérêt que vous portez au Groupe financier Boréal. Nous confirmons la réception de votre candidature pour le poste suivant :

Poste : Analyste assurance qualité
Numéro de réquisition : R-0045821
Lieu : Montréal, QC (mode hybride)

Notre équipe d'acquisition de talents analysera votre dossier avec attention. Si votre profil correspond aux exigences du poste, une personne de notre équipe communiquera avec vous.

Vous pouvez suivre l'état de votre candidature en tout temps en vous connectant à votre compte candidat :
{BOREAL_URL}

Veuillez noter que nous ne communiquons qu'avec les personnes retenues pour la suite du processus.

Cordialement,

Acquisition de talents
Groupe financier Boréal

Boréal souscrit au principe d'équité en matière d'emploi et encourage les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles à poser leur candidature.""",
    **A, app="boreal-analyste-qa", ev="applied", kind="ats-confirmation:workday", posting=BOREAL_URL,
    html=True, brand="Groupe financier Boréal", color="#00594f", mid="workday", mid_dom="myworkday.com", tz="utc")

msg("boreal-workday-refus", "2025-05-28 16:03", "Groupe financier Boréal <boreal@myworkday.com>", [ME],
    "Mise à jour de votre candidature – R-0045821",
    """English follows

Bonjour Geneviève,

Nous vous remercions d'avoir postulé au poste d'Analyste assurance qualité au sein du Groupe financier Boréal et du temps que vous avez consacré à votre candidature.

Nous avons reçu un grand nombre de candidatures de qualité pour ce poste. Après une analyse attentive de l'ensemble des dossiers, nous avons décidé de poursuivre le processus avec des personnes dont le profil correspond davantage à nos besoins actuels.

Votre candidature ne sera donc pas retenue pour ce poste. Nous conserverons toutefois votre profil dans notre banque de talents et vous invitons à consulter régulièrement nos offres.

Nous vous souhaitons beaucoup de succès dans vos projets professionnels.

Acquisition de talents
Groupe financier Boréal

-----

Hello Geneviève,

Thank you for applying for the Analyste assurance qualité position at Boréal Financial Group. After careful review, we have decided to move forward with other candidates whose profiles more closely match our current needs. We will keep your profile in our talent community.

Talent Acquisition
Boréal Financial Group""",
    **A, app="boreal-analyste-qa", ev="rejected", kind="ats-rejection:workday-late", html=True,
    brand="Groupe financier Boréal", color="#00594f", mid="workday", mid_dom="myworkday.com", tz="utc")

# ---------------------------------------------------------------- A2 Lumen Analytics (Greenhouse, EN)
LUMEN_URL = "https://job-boards.greenhouse.io/lumenanalytics/jobs/4471203008"
msg("lumen-greenhouse-confirmation", "2025-03-03 11:26", "Lumen Analytics <no-reply@us.greenhouse-mail.io>", [ME],
    "Thank you for applying to Lumen Analytics",
    f"""Hi Geneviève,

Thanks for your interest in Lumen Analytics! We've received your application for the Software Developer in Test role and our team is reviewing it now.

What happens next? If your background is a fit, someone from our Talent team will reach out within the next two weeks to talk about next steps. Because we read every application (yes, really), this can take a little time.

In the meantime, you can read about how we build things on our engineering blog: https://lumenanalytics.ai/blog/engineering

Job posting: {LUMEN_URL}

Cheers,
The Lumen Talent Team

Lumen Analytique inc. · 1250 René-Lévesque Blvd W, Suite 2200, Montréal, QC""",
    **A, app="lumen-sdet", ev="applied", lang="en", kind="ats-confirmation:greenhouse", posting=LUMEN_URL,
    html=True, brand="Lumen", color="#5b3cc4", mid_dom="greenhouse-mail.io", tz="pt")

msg("lumen-hackerrank-test", "2025-03-07 14:02", "Lumen Analytics <support@hackerrankforwork.com>", [ME],
    "Invitation: Lumen Analytics - SDET Technical Assessment",
    """Hi Geneviève Bérubé,

Lumen Analytics has invited you to take the following assessment as part of your application:

Test: SDET Technical Assessment (Python + API testing)
Duration: 90 minutes
Expires on: Mar 14, 2025 11:59 PM EDT

The test has 3 questions:
 - 1 coding problem (Python 3)
 - 1 API test design question
 - 1 debugging exercise on a flaky test suite

Please use a laptop or desktop with a stable internet connection. Once you start, the timer cannot be paused.

Start test: https://www.hackerrank.com/tests/8h2k1q0dm3f/login?b=eyJ1c2VybmFtZSI6Imdi

Try a sample test first: https://www.hackerrank.com/tests/sample

Good luck!
HackerRank, on behalf of Lumen Analytics

Need help? Contact support@hackerrankforwork.com""",
    **A, app="lumen-sdet", ev="assessment", lang="en", kind="assessment:hackerrank", html=True, brand="HackerRank",
    color="#1ba94c", mid="sendgrid", tz="utc")

msg("lumen-greenhouse-refus", "2025-03-19 17:40", "Priyanka Das <no-reply@us.greenhouse-mail.io>", [ME],
    "Your application to Lumen Analytics",
    """Hi Geneviève,

Thank you so much for taking the time to complete our technical assessment for the Software Developer in Test position. We know these exercises take real effort, and we appreciate it.

Our engineers reviewed your submission alongside a strong group of candidates. Your API test design answer was well structured, and we particularly liked how you approached the flaky-test question.

That said, we've decided to move forward with candidates whose experience with large-scale Python test frameworks more closely aligns with what the team needs right now, so we won't be progressing your application to the interview stage.

We'd genuinely be happy to see your name again for future openings.

All the best,
Priyanka Das
Talent Partner, Lumen Analytics""",
    **A, app="lumen-sdet", ev="rejected", lang="en", kind="ats-rejection:greenhouse-after-assessment",
    html=True, mid_dom="greenhouse-mail.io", tz="pt", reply_to="priyanka.das@lumenanalytics.ai")

# ---------------------------------------------------------------- A3 Studio Pixelune (Lever) - rejection only
msg("pixelune-lever-refus", "2025-02-18 13:12", "Studio Pixelune <no-reply@hire.lever.co>", [ME],
    "Ta candidature chez Studio Pixelune",
    """Salut Geneviève,

Merci d'avoir pensé à Studio Pixelune et d'avoir pris le temps de postuler pour le poste de Testeur·euse QA – outils internes.

On a reçu un nombre impressionnant de candidatures et on a dû faire des choix difficiles. Après avoir regardé ton profil attentivement, on ne donnera malheureusement pas suite à ta candidature pour ce poste-ci.

Ça ne veut pas dire non pour toujours! Nos besoins changent vite d'un projet à l'autre, alors n'hésite pas à garder un œil sur notre page carrières : https://jobs.lever.co/pixelune

Bonne continuation et merci encore,

L'équipe Talents
Studio Pixelune""",
    **A, app="pixelune-qa-outils", ev="rejected", kind="ats-rejection:lever-no-confirmation", html=True,
    brand="PIXELUNE", color="#ff4f7b", mid_dom="hire.lever.co", tz="utc")

# ---------------------------------------------------------------- A4 Robotique Aéra (Jobillico)
AERA_URL = "https://www.jobillico.com/fr/offre-d-emploi/robotique-aera-inc/analyste-en-automatisation-des-tests/11842907"
msg("aera-jobillico-confirmation", "2025-02-12 10:07", "Jobillico <no-reply@jobillico.com>", [ME],
    "Votre candidature a bien été envoyée",
    f"""Bonjour Geneviève,

Félicitations, votre candidature a bien été envoyée à l'employeur!

Offre : Analyste en automatisation des tests
Entreprise : Robotique Aéra inc.
Lieu : Saint-Laurent (Montréal)
Documents envoyés : CV_Genevieve_Berube_QA.pdf, lettre de présentation

Voir l'offre : {AERA_URL}

Conseil Jobillico : les employeurs consultent souvent les candidatures dans les 5 jours ouvrables. Profitez-en pour compléter votre profil afin d'augmenter votre visibilité.

À bientôt,
L'équipe Jobillico""",
    **A, app="aera-automatisation", ev="applied", kind="jobboard-confirmation:jobillico", posting=AERA_URL,
    html=True, brand="jobillico", color="#0071bc", mid="sendgrid")

msg("aera-poste-pourvu", "2025-03-20 15:31", "Ressources humaines Aéra <rh@aerarobotique.com>", [ME],
    "Analyste en automatisation des tests",
    """Bonjour Madame Bérubé,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'analyste en automatisation des tests chez Robotique Aéra.

Nous tenons à vous informer que le poste a été pourvu.

Votre curriculum vitae sera conservé dans nos dossiers pour une période de six mois.

Salutations distinguées,

Julie Brisson
Conseillère en ressources humaines
Robotique Aéra inc. | 4455, boul. Poirier, Saint-Laurent (Québec) H4R 2A4""",
    **A, app="aera-automatisation", ev="rejected", kind="human-rejection:position-filled", cte="8bit", mid="outlook")

# ---------------------------------------------------------------- A5 Vigie (Taleo)
VIGIE_URL = "https://vigie.taleo.net/careersection/2/jobdetail.ftl?job=2500187&lang=fr"
msg("vigie-taleo-accuse", "2025-02-24 08:55", "Vigie Assurances generales <vigie@taleo.net>", [ME],
    "Accusé de réception - Analyste QA - automatisation (2500187)",
    f"""Bonjour Geneviève Bérubé,

Nous accusons réception de votre candidature pour le poste Analyste QA - automatisation (2500187).

Nous vous remercions de votre intérêt envers Vigie Assurances générales. Votre candidature sera étudiée et nous communiquerons avec vous si votre profil est retenu pour une entrevue.

Vous pouvez consulter l'état de votre candidature en accédant à la section « Mes postes » de notre site Carrières.
{VIGIE_URL}

Ceci est un message automatisé. Veuillez ne pas y répondre.

Service des ressources humaines
Vigie Assurances générales""",
    **A, app="vigie-analyste-qa", ev="applied", kind="ats-confirmation:taleo", posting=VIGIE_URL,
    charset="iso-8859-1", mid_dom="taleo.net", tz="utc")

msg("vigie-invitation-entrevue", "2025-03-12 11:20", "Nathalie Courchesne <nathalie.courchesne@vigieassurances.ca>", [ME],
    "Entrevue – Analyste QA automatisation",
    """Bonjour Geneviève,

À la suite de l'analyse de votre candidature pour le poste d'Analyste QA – automatisation, nous aimerions vous rencontrer en entrevue.

L'entrevue durera environ 60 minutes et se déroulera en présence de M. Patrick Lemay, chef d'équipe Qualité, et de moi-même. Une courte portion technique (discussion autour d'un plan de test) est prévue.

Voici les disponibilités proposées :
- mardi 18 mars, 10 h
- mercredi 19 mars, 14 h
- jeudi 20 mars, 9 h 30

L'entrevue aura lieu à nos bureaux du 2000, avenue McGill College, 12e étage. Merci de vous présenter à la réception avec une pièce d'identité.

Pourriez-vous me confirmer la plage qui vous convient?

Au plaisir,

Nathalie Courchesne, CRHA
Conseillère principale, acquisition de talents
Vigie Assurances générales
514 555-0148""",
    **A, app="vigie-analyste-qa", ev="interview", kind="human-interview-invite", mid="outlook")

msg("vigie-confirmation-plage", "2025-03-12 12:47", ME, ["Nathalie Courchesne <nathalie.courchesne@vigieassurances.ca>"],
    "Re: Entrevue – Analyste QA automatisation",
    """Bonjour Madame Courchesne,

Merci beaucoup pour l'invitation! Le mardi 18 mars à 10 h me convient parfaitement. Je serai au 2000, McGill College un peu avant l'heure.

Au plaisir de vous rencontrer, vous et M. Lemay.

Geneviève Bérubé
514 555-0192""",
    **A, app="vigie-analyste-qa", ev="interview", kind="own-slot-confirmation", reply="vigie-invitation-entrevue")

msg("vigie-refus-retroaction", "2025-03-31 16:52", "Nathalie Courchesne <nathalie.courchesne@vigieassurances.ca>", [ME],
    "Suivi de votre entrevue du 18 mars",
    """Bonjour Geneviève,

Je vous remercie encore d'être venue nous rencontrer le 18 mars dernier. Patrick et moi avons beaucoup apprécié l'échange, en particulier votre façon de structurer le plan de test et votre expérience avec Playwright.

Comme promis, je reviens vers vous avec des nouvelles. Le processus a été serré. Le comité a finalement choisi une candidate qui possède une expérience plus poussée des systèmes d'assurance de dommages (Guidewire), ce qui était un atout important pour l'équipe à court terme.

Nous ne pourrons donc pas donner suite à votre candidature pour ce poste. Je sais que ce n'est pas la nouvelle espérée.

Si cela peut vous être utile, la rétroaction du comité : votre partie technique était solide; il aurait été intéressant d'entendre davantage d'exemples concrets de collaboration avec les analystes d'affaires.

Je me permettrai de communiquer avec vous si un poste similaire s'ouvre dans les prochains mois.

Bien cordialement,

Nathalie Courchesne, CRHA
Conseillère principale, acquisition de talents
Vigie Assurances générales""",
    **A, app="vigie-analyste-qa", ev="rejected", kind="human-rejection:after-interview-with-feedback", mid="outlook")

# ---------------------------------------------------------------- A6 Talentis -> Métropolis Mobilité
msg("talentis-approche", "2025-02-10 09:33", "Mélanie Ouellet <mouellet@talentisconseil.ca>", [ME],
    "Mandat QA – transport collectif (contrat 12 mois)",
    """Bonjour Geneviève,

Je me permets de vous écrire après avoir vu votre profil LinkedIn. Je suis conseillère chez Talentis Conseil, on se spécialise dans les postes TI au Québec.

J'ai présentement un mandat pour un organisme de transport de la grande région de Montréal. Ils cherchent un ou une analyste QA pour un contrat de 12 mois (possibilité de prolongation), sur un projet de refonte de leur billetterie.

En bref :
- tests fonctionnels et de régression, API REST
- automatisation avec Selenium ou Playwright (un plus)
- Jira / Xray
- hybride, 2 jours au bureau au centre-ville
- taux : 48 à 55 $/h selon l'expérience, ou salarié chez nous

Est-ce que ça pourrait vous intéresser? Je peux vous en dire plus au téléphone cette semaine.

Mélanie Ouellet
Conseillère principale en recrutement TI
Talentis Conseil
514 555-0177 | talentisconseil.ca""",
    label="recruiter_outreach", kind="agency-outreach:client-unnamed", role="Analyste QA", mid="outlook")

msg("talentis-accord-soumission", "2025-02-11 08:14", ME, ["Mélanie Ouellet <mouellet@talentisconseil.ca>"],
    "Re: Mandat QA – transport collectif (contrat 12 mois)",
    """Bonjour Mélanie,

Merci de penser à moi! Oui, le mandat m'intéresse. J'ai justement fait de la régression sur une plateforme de paiement chez Versant, ça devrait bien se transférer à une billetterie.

Tu peux me présenter au client. Je préfère le statut salarié chez Talentis si c'est possible. Je suis disponible rapidement.

Je t'envoie mon CV à jour en pièce jointe. Je suis libre pour un appel demain entre 10 h et midi.

Geneviève
514 555-0192""",
    **A, app="metropolis-analyste-qa", ev="applied", kind="own-reply:agree-to-be-submitted", reply="talentis-approche",
    atts=[CV])

msg("talentis-entrevue-client", "2025-02-17 16:05", "Mélanie Ouellet <mouellet@talentisconseil.ca>", [ME],
    "RE: Mandat QA – transport collectif (contrat 12 mois)",
    """Allo Geneviève,

Bonne nouvelle : j'ai présenté ta candidature chez Métropolis Mobilité vendredi et ils aimeraient te rencontrer!

Jeudi 20 février à 14 h, au 800, rue De La Gauchetière Ouest, bureau 1100. Tu vas rencontrer Martin Plourde (gestionnaire de projet) et Isabelle Caron (responsable QA). Ça dure environ 45 minutes, plutôt une discussion qu'un examen.

Petits conseils : ils aiment entendre parler de tests de bout en bout et de gestion de défauts avec Xray. Apporte des exemples concrets.

Confirme-moi que c'est OK pour toi et je leur réponds.

Mélanie""",
    **A, app="metropolis-analyste-qa", ev="interview", kind="agency-interview-arrangement", reply="talentis-accord-soumission",
    quote=False, mid="outlook")

msg("talentis-refus-client", "2025-03-06 10:48", "Mélanie Ouellet <mouellet@talentisconseil.ca>", [ME],
    "Métropolis – suivi",
    """Bonjour Geneviève,

J'ai eu un retour de Métropolis Mobilité hier en fin de journée. Ils ont bien aimé ta rencontre, mais ils ont décidé d'aller avec un candidat qui avait déjà travaillé sur leur système de billetterie chez un autre fournisseur. Difficile de battre ça.

Alors malheureusement, ce ne sera pas pour ce mandat-ci.

Je garde ton profil bien en vue, j'ai souvent des besoins en QA. On se reparle dès que j'ai quelque chose qui te ressemble.

Bonne journée,
Mélanie

Mélanie Ouellet | Talentis Conseil""",
    **A, app="metropolis-analyste-qa", ev="rejected", kind="agency-relayed-rejection", mid="outlook")

# ---------------------------------------------------------------- A7 Ubiq (LinkedIn Easy Apply, EN)
UBIQ_URL = "https://www.linkedin.com/jobs/view/4139058871"
msg("ubiq-linkedin-envoyee", "2025-02-05 20:31", "LinkedIn <jobs-noreply@linkedin.com>", [ME],
    "Geneviève, your application was sent to Ubiq Software",
    f"""Your application was sent to Ubiq Software

QA Automation Engineer
Ubiq Software · Montreal, QC (Hybrid)
Applied on February 5, 2025

View job: https://www.linkedin.com/comm/jobs/view/4139058871/?trackingId=uQ3x%2Fk0bTmKd2Lw8fPz9hA%3D%3D

Now, take these next steps for more success with your job search:
- Follow Ubiq Software to get notified about their updates
- Message the job poster: Kevin Tran, Engineering Manager

Your application includes:
Genevieve_Berube_Resume_QA.pdf
Contact info: gberube.qa@gmail.com · 514 555-0192

This email was intended for Geneviève Bérubé (QA Analyst | Test Automation | Playwright · Cypress · Selenium)
© 2025 LinkedIn Corporation""",
    **A, app="ubiq-qa-automation", ev="applied", lang="en", kind="linkedin-easy-apply-sent", posting=UBIQ_URL,
    html=True, brand="LinkedIn", color="#0a66c2", mid_dom="linkedin.com", tz="utc")

msg("ubiq-linkedin-vue", "2025-02-08 14:09", "LinkedIn <jobs-noreply@linkedin.com>", [ME],
    "Your application was viewed by Ubiq Software",
    f"""Geneviève, your application was viewed

Ubiq Software viewed your application for QA Automation Engineer.

Ubiq Software · Montreal, QC (Hybrid)
Applied 3 days ago

View application status: https://www.linkedin.com/comm/jobs/view/4139058871/?trackingId=Vb9pQ2rXS1yLz7Nc4Mw0eg%3D%3D

Keep the momentum going
Jobs similar to QA Automation Engineer at Ubiq Software are hiring in Greater Montreal Metropolitan Area.

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085""",
    **A, app="ubiq-qa-automation", ev="update", lang="en", kind="linkedin-application-viewed", posting=UBIQ_URL,
    html=True, brand="LinkedIn", color="#0a66c2", mid_dom="linkedin.com", tz="utc")

# ---------------------------------------------------------------- A8 Santé Connexe (Indeed)
SC_HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:20px 28px"><img src="https://ca.indeed.com/images/indeed-logo.png" alt="indeed" width="90"></td></tr>
<tr><td style="padding:0 28px 8px 28px;font-size:20px;font-weight:bold">Candidature envoyée</td></tr>
<tr><td style="padding:0 28px 18px 28px;font-size:15px">
<b>Analyste QA</b><br>
<span style="color:#595959">Santé Connexe inc. - Montréal, QC</span><br><br>
Votre candidature a été transmise à l'employeur le 17 mars 2025.<br><br>
Les éléments suivants ont été envoyés à Santé Connexe inc. :<br>
&bull; CV : CV_Genevieve_Berube_QA.pdf<br>
&bull; Réponses aux questions de présélection (3)<br><br>
<a href="https://ca.indeed.com/viewjob?jk=8d2f1a07c3b94e51" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Voir l'offre d'emploi</a>
<br><br>Suivez vos candidatures dans <a href="https://myjobs.indeed.com/applied">Mes emplois</a>.
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#767676">Vous avez reçu cet e-mail car vous avez postulé via Indeed. &copy; 2025 Indeed</td></tr>
</table></td></tr></table></body></html>"""
msg("santeconnexe-indeed-candidature", "2025-03-17 19:44", "Indeed <indeedapply@indeed.com>", [ME],
    "Candidature Indeed : Analyste QA",
    """Candidature envoyée

Analyste QA

Votre candidature a été transmise à l'employeur le 17 mars 2025.

Voir l'offre d'emploi : https://ca.indeed.com/viewjob?jk=8d2f1a07c3b94e51
Suivez vos candidatures dans Mes emplois : https://myjobs.indeed.com/applied""",
    **A, app="santeconnexe-analyste-qa", ev="applied", kind="indeed-apply-confirmation:company-in-html",
    posting="https://ca.indeed.com/viewjob?jk=8d2f1a07c3b94e51", html=SC_HTML, mid_dom="indeed.com", tz="utc")

msg("santeconnexe-relance", "2025-04-03 09:12", ME, ["Recrutement Santé Connexe <talents@santeconnexe.com>"],
    "Suivi – candidature au poste d'Analyste QA",
    """Bonjour,

Le 17 mars dernier, j'ai soumis ma candidature au poste d'Analyste QA affiché sur Indeed. Je me permets de faire un suivi afin de savoir où en est le processus de sélection.

Le poste m'intéresse toujours beaucoup : j'ai travaillé six ans en assurance qualité sur des applications Web et mobiles, dont deux ans sur un produit soumis à des exigences de confidentialité (données de paiement), ce qui me semble proche de votre contexte en santé.

Je reste disponible pour un échange au moment qui vous conviendra.

Merci et bonne journée,

Geneviève Bérubé
514 555-0192
linkedin.com/in/genevieve-berube-qa""",
    **A, app="santeconnexe-analyste-qa", ev="update", kind="own-follow-up:status")

msg("santeconnexe-refus", "2025-04-15 14:26", "Équipe Talents – Santé Connexe <talents@santeconnexe.com>", [ME],
    "RE: Suivi – candidature au poste d'Analyste QA",
    """Bonjour Geneviève,

Merci pour votre relance et désolée du délai de réponse, nous avons reçu beaucoup de candidatures pour ce poste.

Nous avons pris le temps de bien lire votre dossier. Votre parcours est intéressant, mais nous avons choisi de poursuivre avec des candidat·e·s ayant déjà une expérience en dispositifs médicaux et en conformité (ISO 13485), un critère devenu essentiel pour l'équipe.

Nous vous souhaitons bon succès dans votre recherche.

Karine
Équipe Talents | Santé Connexe""",
    **A, app="santeconnexe-analyste-qa", ev="rejected", kind="human-rejection:reply-to-follow-up",
    reply="santeconnexe-relance", mid_dom="santeconnexe.com", mid="uuid")

# ---------------------------------------------------------------- A9 Groupe Média Sirius (Jobboom)
SIRIUS_URL = "https://www.jobboom.com/fr/emploi/analyste-en-tests-logiciels_1872304"
msg("sirius-jobboom-confirmation", "2025-03-24 22:10", "Jobboom <nepasrepondre@jobboom.com>", [ME],
    "Candidature transmise : Analyste en tests logiciels",
    f"""Bonjour Geneviève,

Votre candidature pour l'emploi « Analyste en tests logiciels » chez Groupe Média Sirius a été transmise avec succès.

Date : 24 mars 2025
CV joint : CV_Genevieve_Berube_QA.pdf

L'employeur communiquera directement avec vous s'il souhaite aller plus loin. Vous retrouverez cette candidature dans la section « Mes candidatures » de votre compte.

Voir l'offre : {SIRIUS_URL}

Bonne chance!
L'équipe Jobboom""",
    **A, app="sirius-analyste-tests", ev="applied", kind="jobboard-confirmation:jobboom", posting=SIRIUS_URL,
    html=True, brand="Jobboom", color="#e2231a", mid="mailgun")

msg("sirius-retrait", "2025-05-17 10:21", ME, ["Carrières Sirius <carrieres@groupesirius.ca>"],
    "Retrait de ma candidature – Analyste en tests logiciels",
    """Bonjour,

J'ai postulé le 24 mars dernier, via Jobboom, au poste d'Analyste en tests logiciels au sein du Groupe Média Sirius.

Je vous informe que je retire ma candidature : j'ai accepté un poste dans une autre entreprise.

Je vous remercie de l'attention portée à mon dossier et vous souhaite de trouver la bonne personne.

Cordialement,

Geneviève Bérubé""",
    **A, app="sirius-analyste-tests", ev="withdrawn", kind="own-withdrawal")

# ---------------------------------------------------------------- A10 Logique Ouverte (speculative)
msg("logiqueouverte-spontanee", "2025-03-10 08:42", ME, ["Logique Ouverte <bonjour@logiqueouverte.coop>"],
    "Candidature spontanée – assurance qualité / automatisation des tests",
    """Bonjour à l'équipe de Logique Ouverte,

Je suis votre travail depuis la conférence que Étienne a donnée à Confoo l'an dernier sur les tests des logiciels libres, et j'aime beaucoup votre modèle coopératif.

Je suis analyste QA depuis huit ans (Logiciels Versant, Cognira avant ça). Je fais surtout de l'automatisation : Playwright et Cypress en TypeScript, pytest pour les API, intégration dans GitLab CI. Je contribue aussi à un petit projet libre de rapports de tests.

Je ne sais pas si vous avez un besoin en QA en ce moment, mais si jamais la coop pense à structurer ses tests, j'aimerais beaucoup en discuter. Je suis aussi ouverte à un contrat à temps partiel pour commencer.

Vous trouverez mon CV en pièce jointe.

Merci de votre temps!

Geneviève Bérubé
514 555-0192
github.com/gberube-qa""",
    **A, app="logiqueouverte-spontanee", ev="applied", kind="own-application:speculative", atts=[CV])

msg("logiqueouverte-reponse", "2025-03-14 21:17", "Étienne Lavoie <etienne@logiqueouverte.coop>", [ME],
    "Re: Candidature spontanée – assurance qualité / automatisation des tests",
    """Salut Geneviève,

Merci pour ton beau message, ça fait plaisir (et content que la conf t'ait plu!).

Je vais être franc : on est neuf membres et on n'a pas les reins assez solides pour ajouter un poste en QA cette année. On n'a donc rien à t'offrir pour l'instant, même à temps partiel.

Je garde ton CV sous la main et je le passe aux autres coops du réseau si jamais.

Bonne chance dans ta recherche,
Étienne

--
Étienne Lavoie, membre fondateur
Coopérative de travail Logique Ouverte
logiqueouverte.coop""",
    **A, app="logiqueouverte-spontanee", ev="rejected", kind="founder-reply:no-position", reply="logiqueouverte-spontanee",
    mid="uuid")

# ---------------------------------------------------------------- A11 Flux Mobility (Workable, EN)
FLUX_URL = "https://apply.workable.com/flux-mobility/j/5E2A91C0D4/"
msg("flux-video-entrevue", "2025-03-26 12:30", "Flux Mobility via Clipview <invites@clipview.io>", [ME],
    "Next step: your video interview for QA Engineer",
    f"""Hi Geneviève,

Thanks for applying to the QA Engineer position at Flux Mobility! The team would like to learn a bit more about you through a short recorded video interview.

How it works
- 4 questions, shown one at a time
- 30 seconds to read each question, up to 2 minutes to answer
- You can re-record each answer once
- Takes about 15 minutes in total

Please complete it by Wednesday, April 2, 2025.

Start your interview: https://app.clipview.io/i/flux-mobility/3c9b71e2-qa-engineer

Tip: find a quiet room, check your camera and mic before you start, and relax. There are no trick questions.

Position: {FLUX_URL}

Good luck!
Clipview, on behalf of Flux Mobility""",
    **A, app="flux-qa-engineer", ev="interview", lang="en", kind="one-way-video-interview:invented-vendor",
    posting=FLUX_URL, html=True, brand="Clipview", color="#ff6a3d", mid_dom="clipview.io", mid="uuid", tz="utc")

msg("flux-workable-refus", "2025-04-11 19:58", "Flux Mobility <noreply@candidates.workablemail.com>", [ME],
    "QA Engineer - Flux Mobility",
    """Hi Geneviève,

Thanks again for the time you invested in the QA Engineer process, and for recording your video answers. We enjoyed getting to know you a little.

We have now reviewed all the interviews. It was a tough decision, but we will not be moving forward with your application at this time.

We'll keep your details on file and may reach out if a role opens up that's a better match.

Best of luck in your search,

The Flux Mobility hiring team

Flux Mobility Inc. · Montréal · Powered by Workable""",
    **A, app="flux-qa-engineer", ev="rejected", lang="en", kind="ats-rejection:workable", html=True,
    brand="Flux Mobility", color="#00b3a4", mid_dom="workablemail.com", tz="utc")

# ---------------------------------------------------------------- A12 Arpent (SmartRecruiters) - cancellation
msg("arpent-poste-annule", "2025-04-23 13:05", "Groupe Conseil Arpent <notification@smartrecruiters.com>", [ME],
    "Mise à jour concernant le poste Analyste QA automatisation – mandats",
    """Bonjour Geneviève,

Nous vous remercions d'avoir soumis votre candidature pour le poste d'Analyste QA automatisation – mandats au sein du Groupe Conseil Arpent.

À la suite d'une réorganisation de nos activités de services-conseils, nous avons pris la décision d'annuler cet affichage. Le processus de sélection pour ce poste est donc interrompu et aucune candidature ne sera retenue.

Cette décision n'est aucunement liée à votre profil. Nous vous invitons à consulter nos autres possibilités de carrière : https://jobs.smartrecruiters.com/GroupeConseilArpent

Merci de votre compréhension,

L'équipe Talents
Groupe Conseil Arpent""",
    **A, app="arpent-qa-mandats", ev="withdrawn", kind="ats-posting-cancelled:smartrecruiters", html=True,
    brand="ARPENT", color="#37474f", mid_dom="smartrecruiters.com", tz="utc")

# ---------------------------------------------------------------- A13 Technologies Équinoxe (Teamtailor) -> offer
EQX_URL = "https://carrieres.equinoxe.tech/jobs/4821937-analyste-principale-automatisation-des-tests"
REMI = "Rémi Castonguay <remi.castonguay@equinoxe.tech>"
AMELIE = "Amélie Roy <amelie.roy@equinoxe.tech>"
msg("equinoxe-teamtailor-merci", "2025-04-07 14:36", "Technologies Équinoxe <no-reply@equinoxe.teamtailor-mail.com>", [ME],
    "Merci pour ta candidature, Geneviève!",
    f"""Bonjour Geneviève,

Merci d'avoir postulé au poste d'Analyste principal·e, automatisation des tests chez Équinoxe! 🎉

On lit chaque candidature nous-mêmes (pas de robot qui trie les CV ici). Tu auras de nos nouvelles d'ici deux semaines, peu importe la décision.

En attendant, tu peux découvrir l'équipe et nos façons de travailler : https://carrieres.equinoxe.tech/people

Le poste : {EQX_URL}

À bientôt,
L'équipe Talents d'Équinoxe""",
    **A, app="equinoxe-automatisation", ev="applied", kind="ats-confirmation:teamtailor", posting=EQX_URL,
    html=True, brand="équinoxe", color="#ff7a00", mid_dom="teamtailor-mail.com", tz="utc")

msg("equinoxe-appel-gestionnaire", "2025-04-14 10:02", REMI, [ME],
    "Ta candidature – automatisation des tests",
    """Bonjour Geneviève,

Je suis gestionnaire de l'équipe Qualité chez Équinoxe. J'ai lu ta candidature avec beaucoup d'intérêt, surtout ton projet de migration Selenium → Playwright chez Versant : c'est exactement le chantier qu'on s'apprête à lancer.

Aurais-tu 30 minutes cette semaine pour un premier appel? Rien de formel : je te présente l'équipe et le produit, tu me parles de ton parcours.

Tu peux choisir une plage directement ici : https://calendly.com/remi-castonguay-equinoxe/appel-decouverte

Au plaisir,

Rémi Castonguay
Gestionnaire, Qualité logicielle
Technologies Équinoxe inc.""",
    **A, app="equinoxe-automatisation", ev="interview", kind="hiring-manager-call-request", mid="gmail",
    headers={"X-Google-Original-From": REMI})

msg("equinoxe-calendly-confirme", "2025-04-14 11:19", "Calendly <notifications@calendly.com>", [ME],
    "Confirmé : Appel découverte avec Rémi Castonguay le jeu. 17 avr. 2025",
    """Bonjour Geneviève Bérubé,

Votre événement est planifié.

Événement : Appel découverte (30 min)
Avec : Rémi Castonguay
Date : jeudi 17 avril 2025
Heure : 10 h 00 – 10 h 30 (heure de l'Est - États-Unis et Canada)
Lieu : Google Meet — le lien sera ajouté à l'invitation

Questions :
Qu'aimerais-tu aborder? — Le contexte du projet de migration et la taille de l'équipe QA.

Ajouter à votre agenda : Google | Outlook | iCal
Besoin de modifier? Replanifier : https://calendly.com/reschedulings/7f2a6c1e-91b0-4d3e-b5a8-62cd0e9f1a44
Annuler : https://calendly.com/cancellations/7f2a6c1e-91b0-4d3e-b5a8-62cd0e9f1a44

Propulsé par Calendly""",
    **A, app="equinoxe-automatisation", ev="interview", kind="scheduler-confirmation:calendly", html=True,
    brand="Calendly", color="#006bff", mid="sendgrid")

msg("equinoxe-codility-test", "2025-04-22 09:15", "Codility <no-reply@codility.com>", [ME],
    "Technologies Équinoxe vous invite à réaliser un test technique",
    """Bonjour Geneviève,

Technologies Équinoxe inc. vous invite à réaliser le test suivant dans le cadre de votre candidature :

Test : Automatisation — Playwright/TypeScript (exercice pratique)
Durée : 120 minutes
Date limite : 27 avril 2025, 23 h 59 (HAE)

Le test comprend un exercice d'automatisation sur une petite application de démonstration et une question ouverte sur votre stratégie de test. Vous pouvez utiliser la documentation officielle de Playwright.

Commencer le test : https://app.codility.com/c/invite/TQ7FZ3-8KX/

Avant de commencer, nous vous recommandons d'essayer l'environnement de démonstration : https://app.codility.com/demo/take-sample-test/

Bonne chance!
L'équipe Codility, pour le compte de Technologies Équinoxe inc.

Questions sur le poste? Écrivez à Rémi Castonguay (remi.castonguay@equinoxe.tech).""",
    **A, app="equinoxe-automatisation", ev="assessment", kind="assessment:codility", html=True, brand="codility",
    color="#3c4bd7", mid_dom="codility.com", mid="uuid", tz="cet")

EQX_ICS = ics("3v8kq1p2d7sl0mfa6b9c2e4r1t@google.com", "Entrevue finale – Geneviève Bérubé (Équinoxe)",
              "2025-05-06 13:30", "2025-05-06 15:00", ("Amélie Roy", "amelie.roy@equinoxe.tech"),
              [("Geneviève Bérubé", "gberube.qa@gmail.com"), ("Rémi Castonguay", "remi.castonguay@equinoxe.tech"),
               ("Sarah Benhamou", "sarah.benhamou@equinoxe.tech")],
              location="Équinoxe, 355 rue Peel, 4e étage, Montréal",
              description="Rencontre avec Rémi (Qualité), Sarah (VP Ingénierie) et Amélie (Talents). Revue de ton exercice Codility puis discussion d'équipe.",
              stamp="2025-04-30 15:40")
msg("equinoxe-invitation-finale", "2025-04-30 15:41", AMELIE, [ME],
    "Invitation: Entrevue finale – Geneviève Bérubé (Équinoxe) @ mar. 6 mai 2025 13:30 - 15:00 (HAE) (gberube.qa@gmail.com)",
    """Bonjour Geneviève,

Bravo, ton exercice Codility a beaucoup plu à l'équipe! Comme convenu avec Rémi, voici l'invitation pour la dernière étape : une rencontre de 90 minutes à nos bureaux avec Rémi, Sarah Benhamou (VP Ingénierie) et moi.

On commencera par une revue de ton exercice (tu pourras nous expliquer tes choix), puis une discussion plus large sur l'équipe et tes attentes.

Entrevue finale – Geneviève Bérubé (Équinoxe)
mardi 6 mai 2025 ⋅ 13:30 – 15:00 (heure avancée de l'Est)
Équinoxe, 355 rue Peel, 4e étage, Montréal

Participants
Amélie Roy – organisatrice
Rémi Castonguay
Sarah Benhamou
Geneviève Bérubé

Répondre pour gberube.qa@gmail.com : Oui | Peut-être | Non

Invitation de Google Agenda""",
    **A, app="equinoxe-automatisation", ev="interview", kind="calendar-invite:second-round", ics=EQX_ICS,
    html=True, mid="gcal")

msg("equinoxe-remerciement", "2025-05-06 19:24", ME, [AMELIE, REMI],
    "Merci pour la rencontre d'aujourd'hui",
    """Bonjour Amélie, bonjour Rémi,

Merci encore pour la rencontre de cet après-midi, et merci à Sarah pour ses questions sur la stratégie de test des microservices : j'y repensais en revenant en métro!

La discussion a confirmé mon intérêt pour le poste. Le chantier de migration vers Playwright et l'idée de bâtir la pratique de tests contractuels avec les équipes de développement, c'est exactement le genre de défi que je cherche.

Si vous avez besoin de quoi que ce soit d'autre (références, précisions sur mon exercice), n'hésitez pas.

Bonne soirée,

Geneviève""",
    **A, app="equinoxe-automatisation", ev="update", kind="own-thank-you-after-interview")

msg("equinoxe-offre", "2025-05-14 11:08", AMELIE, [ME], "Offre d'emploi – Analyste principale, automatisation des tests",
    """Bonjour Geneviève,

C'est avec grand plaisir que je t'écris aujourd'hui : à la suite de notre processus de sélection, Technologies Équinoxe inc. souhaite t'offrir le poste d'Analyste principale, automatisation des tests au sein de l'équipe Qualité logicielle de Rémi.

Voici les grandes lignes (le détail est dans la lettre d'offre ci-jointe) :
- Salaire annuel : 98 500 $
- Boni annuel cible : 6 %
- 4 semaines de vacances dès la première année + congés mobiles
- Régime d'assurances collectives et REER avec contribution de l'employeur (4 %)
- Mode hybride : 2 jours par semaine au bureau de la rue Peel
- Date d'entrée en fonction proposée : lundi 2 juin 2025

Tu recevras dans la journée un courriel de notre plateforme de signature électronique pour signer la lettre d'offre. Si tu as des questions d'ici là, je suis disponible au téléphone (514 555-0119) ou par courriel.

Toute l'équipe a vraiment hâte de travailler avec toi!

Amélie Roy
Partenaire d'affaires, Talents et culture
Technologies Équinoxe inc.""",
    **A, app="equinoxe-automatisation", ev="offer", kind="human-offer-with-letter", mid="gmail",
    atts=[("Lettre_offre_Equinoxe_GBerube.pdf", "application/pdf", fake_pdf("Lettre d'offre - Technologies Equinoxe inc."))])

msg("equinoxe-paraphe-signature", "2025-05-15 09:47", "Amélie Roy via Paraphe <signature@paraphe.ca>", [ME],
    "Document à signer : Lettre d'offre – Technologies Équinoxe inc.",
    """Bonjour Geneviève Bérubé,

Amélie Roy (Technologies Équinoxe inc.) vous a envoyé un document à examiner et à signer électroniquement.

Document : Lettre d'offre – Analyste principale, automatisation des tests.pdf
Message de l'expéditrice : « Voici ta lettre d'offre officielle. Une fois signée, tu recevras une copie conforme. Merci! »

Consulter et signer : https://app.paraphe.ca/s/7d41e0b2c9f84a16a3e5/revoir

Ce lien est personnel et expire le 29 mai 2025. Ne le transférez pas.

Paraphe — signature électronique conforme à la Loi concernant le cadre juridique des technologies de l'information (Québec).
Vous avez des questions sur ce document? Communiquez directement avec l'expéditrice.""",
    **A, app="equinoxe-automatisation", ev="offer", kind="e-signature:offer-letter:invented-vendor", html=True,
    brand="Paraphe", color="#2e3a87", mid_dom="paraphe.ca", mid="uuid")

msg("equinoxe-acceptation", "2025-05-16 08:31", ME, [AMELIE], "Re: Offre d'emploi – Analyste principale, automatisation des tests",
    """Bonjour Amélie,

Merci mille fois! C'est avec beaucoup d'enthousiasme que j'accepte l'offre. J'ai signé la lettre sur Paraphe hier soir, tu devrais avoir reçu la copie.

Le 2 juin me convient parfaitement. Dis-moi s'il y a des documents à préparer d'ici là (spécimen de chèque, formulaires, etc.).

Au plaisir de commencer avec l'équipe!

Geneviève""",
    **A, app="equinoxe-automatisation", ev="offer", kind="own-offer-acceptance", reply="equinoxe-offre", cc=[REMI])

# ---------------------------------------------------------------- A14 Kero Health (InMail -> in-house recruiter, EN)
msg("kero-inmail", "2025-04-09 13:22", "Daniel Whitford via LinkedIn <inmail-hit-reply@linkedin.com>", [ME],
    "QA Lead opportunity at Kero Health",
    """Daniel Whitford
Senior Technical Recruiter at Kero Health

Hi Geneviève,

I came across your profile while looking for QA folks in Montreal who have actually led a Playwright migration, and yours stood out.

Kero Health (we're a digital health company, ~180 people, offices in Montreal and Toronto) is hiring a QA Lead for our patient-scheduling platform. You'd lead a team of 3 testers, own the test strategy, and work closely with our mobile squad. Bilingual is a real plus since most of our users are in Québec.

Would you be open to a quick chat? If so, feel free to reply here or email me directly at daniel.whitford@kerohealth.com with a copy of your resume.

Thanks,
Daniel

Reply: https://www.linkedin.com/messaging/thread/2-MmQ3ZTk0YjctZjI3Yy00/
This is an InMail from a LinkedIn member. © 2025 LinkedIn Corporation""",
    label="recruiter_outreach", lang="en", kind="inmail:in-house-recruiter", company="Kero Health",
    aliases=["Kéro Santé inc.", "Kero"], role="QA Lead", html=True, brand="LinkedIn", color="#0a66c2",
    mid_dom="linkedin.com", tz="utc")

msg("kero-reponse-cv", "2025-04-10 07:58", ME, ["Daniel Whitford <daniel.whitford@kerohealth.com>"],
    "QA Lead – Geneviève Bérubé (resume attached)",
    """Hi Daniel,

Thanks for reaching out on LinkedIn about the QA Lead role at Kero Health. It sounds like a great fit with what I'm looking for, so yes, I'd be happy to be considered.

A quick summary: 8 years in QA, the last 4 at Logiciels Versant where I led the migration of ~1,400 Selenium tests to Playwright and coached two junior testers. I'm fully bilingual (French is my first language).

My resume is attached. I'm available for a call most mornings this week and next.

Best regards,
Geneviève Bérubé
514 555-0192""",
    **A, app="kero-qa-lead", ev="applied", lang="en", kind="own-reply:agree-after-inmail-with-resume", atts=[CV_EN])

msg("kero-goodtime-planif", "2025-04-24 10:40", "Kero Health Recruiting <scheduling@goodtime.io>", [ME],
    "Please select your interview times – Kero Health",
    """Hi Geneviève,

Kero Health would like to schedule your interview for the QA Lead position.

Interview: Technical conversation with Mei Lin (Director of Engineering) and Daniel Whitford
Length: 60 minutes, video call (Zoom)

Please choose all times that work for you within the next 3 business days:
https://schedule.goodtime.io/kerohealth/availability/e81c5a0d-44f7-4b1e-9c3a-27d6b0f8a915

Once a time is confirmed, you'll receive a calendar invitation with the Zoom link.

Questions? Reply to this email and the Kero Health recruiting team will get back to you.

Sent via GoodTime on behalf of Kero Health
Kero Health (Kéro Santé inc.) · 1000 De La Gauchetière St W, Montréal, QC""",
    **A, app="kero-qa-lead", ev="interview", lang="en", kind="scheduler-invite:goodtime", html=True,
    brand="Kero Health", color="#3a7d44", mid_dom="goodtime.io", mid="uuid", tz="utc",
    reply_to="recruiting@kerohealth.com")

msg("kero-retrait", "2025-05-16 09:05", ME, ["Daniel Whitford <daniel.whitford@kerohealth.com>"],
    "Withdrawing from the QA Lead process",
    """Hi Daniel,

I wanted to let you know before you schedule the next round: I have accepted another offer this week, so I'd like to withdraw my application for the QA Lead position.

Thank you for reaching out in the first place and for the very pleasant conversation with Mei. Kero Health seems like a great place and I'd be glad to stay in touch.

All the best,
Geneviève""",
    **A, app="kero-qa-lead", ev="withdrawn", lang="en", kind="own-withdrawal")

# ---------------------------------------------------------------- A15 Imprimerie Numérix Laval (Guichet-Emplois, own email)
NUMERIX_URL = "https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/42087123"
msg("numerix-candidature", "2025-02-03 09:30", ME, ["Emplois Numérix <emplois@numerixlaval.com>"],
    "Candidature – Analyste assurance qualité logicielle (Guichet-Emplois 42087123)",
    f"""Madame, Monsieur,

J'ai pris connaissance de votre offre d'emploi d'analyste assurance qualité logicielle publiée sur le Guichet-Emplois ({NUMERIX_URL}) et je souhaite vous soumettre ma candidature.

Analyste QA depuis huit ans, j'ai conçu et exécuté des plans de tests pour des applications Web et de bureau, automatisé des suites de régression (Selenium, Playwright) et travaillé de près avec les équipes de développement dans un contexte Agile. Votre logiciel de gestion d'impression et de prépresse m'intéresse particulièrement, car j'ai déjà testé des intégrations avec des imprimantes réseau chez mon ancien employeur.

Vous trouverez ci-joints mon curriculum vitæ et ma lettre de présentation. Je demeure disponible pour une rencontre à votre convenance.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Geneviève Bérubé
Montréal (Rosemont)
514 555-0192""",
    **A, app="numerix-analyste-qa", ev="applied", kind="own-application:email-from-job-bank-posting",
    posting=NUMERIX_URL, atts=[CV, LETTRE])

msg("numerix-refus", "2025-02-20 11:44", "Sylvie Gendron <sgendron@numerixlaval.com>", [ME],
    "RE: Candidature – Analyste assurance qualité logicielle (Guichet-Emplois 42087123)",
    """Bonjour Mme Bérubé,

Merci pour votre candidature. Nous avons retenu un autre candidat pour ce poste.

Bonne continuation,

Sylvie Gendron
Adjointe administrative – RH
Imprimerie Numérix Laval inc.
450 555-0133 poste 204""",
    **A, app="numerix-analyste-qa", ev="rejected", kind="human-rejection:terse", reply="numerix-candidature",
    quote=True, mid="outlook")

# ---------------------------------------------------------------- Outreach: Altitude (EN, client named) + decline
msg("altitude-approche", "2025-03-05 15:11", "Ryan McAllister <ryan.mcallister@altitudetalent.com>", [ME],
    "Senior QA Analyst – Norvik Payments (hybrid Montreal) – 110-120k",
    """Hi Geneviève,

Hope you're well. I'm a recruiter with Altitude Talent Partners and I'm working on an exclusive search for Norvik Payments, a Toronto-based payments fintech that's opening a Montreal hub this spring.

They need a Senior QA Analyst to own end-to-end testing of their card-issuing APIs:
• Postman/Newman, REST Assured or pytest
• Experience with PCI-DSS environments a strong plus
• Hybrid, 3 days/week in their new Old Montreal office
• Base 110-120k + bonus + RRSP matching
• English-speaking team, French is an asset

Given your payments background at Versant, I think you'd be a strong match. Do you have 15 minutes this week for a quick call?

Cheers,
Ryan McAllister
Principal Consultant, Technology
Altitude Talent Partners | Toronto · Montreal · Calgary
+1 416 555 0165""",
    label="recruiter_outreach", lang="en", kind="agency-outreach:client-named", company="Norvik Payments",
    role="Senior QA Analyst", mid="outlook")

msg("altitude-refus-poli", "2025-03-06 08:03", ME, ["Ryan McAllister <ryan.mcallister@altitudetalent.com>"],
    "Re: Senior QA Analyst – Norvik Payments (hybrid Montreal) – 110-120k",
    """Hi Ryan,

Thanks for thinking of me, the role sounds interesting. I'll pass for now, though: three days a week in the office doesn't work with my family situation at the moment, and I'm looking for a team where I can work mostly in French.

Feel free to keep me in mind for fully remote or 1-2 day hybrid QA roles.

Best,
Geneviève""",
    label="recruiter_outreach", lang="en", kind="own-reply:decline-outreach", company="Norvik Payments",
    role="Senior QA Analyst", reply="altitude-approche")
