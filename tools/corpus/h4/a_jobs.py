# -*- coding: utf-8 -*-
"""Mailbox A — Maxime Delorme, freelance data engineer in Paris looking for a CDI.
Hand-written application, outreach and job-alert mail."""
from common import M, FAKE_PDF

ME = ("Maxime Delorme", "maxime.delorme@gmail.com")
CV = ("CV_Maxime_Delorme_Data_Engineer.pdf", FAKE_PDF, "application/pdf")
CV_EN = ("Maxime_Delorme_CV_EN.pdf", FAKE_PDF, "application/pdf")
LM = ("Lettre_motivation_Cartalis.pdf", FAKE_PDF, "application/pdf")

APPS = {
    "datacolis": dict(key="datacolis--data-engineer", company="Datacolis", aliases=["Datacolis Logistique SA", "datacolis.com"],
                      role="Data Engineer", source="greenhouse", url="https://boards.greenhouse.io/datacolis/jobs/4821937"),
    "hunteo": dict(key="hunteo-client-saas-b2b--data-engineer-senior", company=None, aliases=[],
                   role="Data Engineer Senior", source="agency", url=None),
    "orsane": dict(key="groupe-orsane--lead-data-engineer", company="Groupe Orsane", aliases=["Orsane", "Maisons Orsane"],
                   role="Lead Data Engineer H/F", source="workday",
                   url="https://orsane.wd3.myworkdayjobs.com/fr-FR/Orsane_Careers/job/Paris/Lead-Data-Engineer-H-F_R0012874"),
    "octave": dict(key="octave-data--data-engineer-spontanee", company="Octave Data", aliases=["Octave Data SAS", "Octave", "octavedata.fr"],
                   role="Data Engineer", source="company_site", url=None),
    "kelvo": dict(key="kelvo--data-engineer-senior-plateforme", company="Kelvo", aliases=["Kelvo Énergie SAS", "Kelvo Energie"],
                  role="Data Engineer Senior - Plateforme", source="other",
                  url="https://www.welcometothejungle.com/fr/companies/kelvo/jobs/data-engineer-senior-plateforme_paris"),
    "tramaya": dict(key="tramaya--analytics-engineer", company="Tramaya", aliases=["Tramaya SAS"], role="Analytics Engineer",
                    source="linkedin", url="https://www.linkedin.com/comm/jobs/view/4128830571/?trackingId=Qm9x3Jd1T%2BqW0r8s4y2kLA%3D%3D&refId=8f2kd01mQZ6"),
    "ombelle": dict(key="ombelle--data-platform-engineer", company="Ombelle", aliases=["Ombelle Technologies"],
                    role="Data Platform Engineer", source="other", url="https://ombelle.teamtailor.com/jobs/5402118-data-platform-engineer"),
    "mutuelle": dict(key="mutuelle-ligerienne--ingenieur-data", company="Mutuelle Ligérienne", aliases=["Mutuelle Ligérienne de Prévoyance", "MLP"],
                     role="Ingénieur Data H/F", source="other",
                     url="https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175093214W"),
    "quantalys": dict(key="quantalys-sante--data-engineer-python-spark", company="Quantalys Santé", aliases=["Quantalys", "Quantalys Health", "Quantalys Santé SAS"],
                      role="Data Engineer (Python/Spark)", source="greenhouse", url="https://job-boards.greenhouse.io/quantalys/jobs/6123440003"),
    "plumea": dict(key="plumea--senior-data-engineer-payments-data", company="Plumea", aliases=["Plumea SAS", "plumea.io"],
                   role="Senior Data Engineer – Payments Data", source="lever",
                   url="https://jobs.lever.co/plumea/7c1e2a4b-93d5-4f0e-8a61-2b7d9e4c3f18"),
    "nuvolia": dict(key="nuvolia--data-engineer-ml-platform", company="Nuvolia", aliases=["Nuvolia AI"], role="Data Engineer, ML Platform",
                    source="ashby", url="https://jobs.ashbyhq.com/nuvolia/5e2b8c41-7d0a-4f63-b9e2-18c4a7d5f0e9"),
    "vetonia": dict(key="vetonia--senior-data-engineer", company="Vetonia", aliases=["Vetonia SAS", "Vétonia"], role="Senior Data Engineer",
                    source="agency", url=None),
    "veyrac": dict(key="groupe-veyrac--data-engineer-confirme", company="Groupe Veyrac", aliases=["Veyrac", "Veyrac Distribution"],
                   role="Data Engineer Confirmé (F/H)", source="smartrecruiters",
                   url="https://jobs.smartrecruiters.com/GroupeVeyrac/744000048123567-data-engineer-confirme-f-h-"),
    "cartalis": dict(key="cartalis--data-engineer", company="Cartalis", aliases=["Cartalis SA"], role="Data Engineer",
                     source="company_site", url="https://www.cartalis.fr/carrieres/data-engineer-cart-de-25"),
    "brindle": dict(key="brindle--data-engineer-python-airflow", company="Brindle", aliases=["Brindle Analytics"],
                    role="Data Engineer (Python/Airflow)", source="workable", url="https://apply.workable.com/brindle/j/9A1C3E7B2D/"),
    "helder": dict(key="helder-robotics--data-engineer", company="Helder Robotics", aliases=["Helder", "Helder Robotics SAS"],
                   role="Data Engineer", source="company_site", url="https://helder-robotics.com/careers/data-engineer"),
    "bocalia": dict(key="bocalia--data-engineer-spontanee", company="Bocalia", aliases=["Bocalia SAS"], role="Data Engineer",
                    source="company_site", url=None),
}


def A(app, event, **kw):
    return M(label="application", app=APPS[app], event=event, **kw)


MSGS = []
add = MSGS.append

# ---------------------------------------------------------------- job alerts
add(M(key="a-alert-li-1", date="2025-01-08 07:31", tz="UTC", frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
      subject="« data engineer » : 8 nouvelles offres à Paris et dans les environs", fmt="alt", brand="LinkedIn", color="#0a66c2",
      label="job_alert", kind="job-alert:linkedin", desc="linkedin-alerte-data-engineer",
      text="""Vos offres d'emploi correspondant à « data engineer » à Paris, Île-de-France

Data Engineer H/F
Coralis Assurances · Paris (Hybride)
Voir l'offre : https://www.linkedin.com/comm/jobs/view/4117302966/

Senior Data Engineer
Fintrack · Paris (Sur site)
Candidature simplifiée
Voir l'offre : https://www.linkedin.com/comm/jobs/view/4118845120/

Data Engineer GCP (F/H)
Sopraxis Conseil · La Défense (Hybride)
Voir l'offre : https://www.linkedin.com/comm/jobs/view/4119005731/

Analytics Engineer
Tramaya · Paris (Hybride)
Recrutement actif
Voir l'offre : https://www.linkedin.com/comm/jobs/view/4128830571/

Data Engineer – Plateforme Temps Réel
Mobiweo · Paris 8e
Voir l'offre : https://www.linkedin.com/comm/jobs/view/4120113498/

Voir toutes les offres (8) : https://www.linkedin.com/comm/jobs/search/?keywords=data%20engineer&location=Paris

Vous recevez des alertes emploi pour « data engineer ».
Gérer les alertes : https://www.linkedin.com/comm/jobs/alerts
Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2."""))

add(M(key="a-alert-wttj-1", date="2025-01-23 08:02", frm=("Welcome to the Jungle", "hello@welcometothejungle.com"),
      subject="Maxime, 12 nouvelles offres correspondent à votre recherche", fmt="html", cte="quoted-printable",
      label="job_alert", kind="job-alert:welcometothejungle", desc="wttj-12-nouvelles-offres",
      html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#fff9f0;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:24px;background:#ffcd00;font-size:22px;font-weight:bold">Welcome to the Jungle</td></tr>
<tr><td style="padding:24px">
<p>Hello Maxime,</p>
<p>Voici les nouvelles offres qui correspondent à votre alerte <b>« Data Engineer – Paris – CDI »</b>.</p>
<table width="100%">
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>Data Engineer Senior - Plateforme</b><br>Kelvo · Énergie · Paris · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/kelvo/jobs/data-engineer-senior-plateforme_paris">Voir l'offre</a></td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>Data Platform Engineer</b><br>Ombelle · GreenTech · Paris · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/ombelle/jobs/data-platform-engineer_paris">Voir l'offre</a></td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>Data Engineer (F/H)</b><br>Lunaire Studio · Média · Paris · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/lunaire-studio/jobs/data-engineer_paris">Voir l'offre</a></td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>Analytics Engineer</b><br>Caboche · FoodTech · Paris · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/caboche/jobs/analytics-engineer_paris">Voir l'offre</a></td></tr>
<tr><td style="padding:10px 0"><b>Data Engineer Confirmé</b><br>Nexaline · SaaS B2B · Levallois-Perret · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/nexaline/jobs/data-engineer-confirme_levallois">Voir l'offre</a></td></tr>
</table>
<p><a href="https://www.welcometothejungle.com/fr/jobs?query=data%20engineer&amp;refinementList%5Boffices.city%5D%5B%5D=Paris">Voir les 12 offres</a></p>
<p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez créé une alerte sur Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/settings/alerts">Gérer mes alertes</a></p>
</td></tr></table></body></html>""", text=""))

add(M(key="a-alert-apec-1", date="2025-04-02 07:45", frm=("Apec", "alertes@apec.fr"),
      subject="Alerte Apec : 5 nouvelles offres « Data Engineer »", fmt="alt", brand="Apec", color="#003a70",
      label="job_alert", kind="job-alert:apec", desc="apec-alerte-data-engineer",
      text="""Bonjour Maxime Delorme,

5 nouvelles offres correspondent à votre alerte « Data Engineer – Île-de-France ».

Data Engineer Confirmé H/F – Groupe Hexacom – Paris 13e – 55 à 65 k€ brut annuel
https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175412877W

Ingénieur Big Data H/F – Caisse Régionale Mutualiste – Montreuil – 50 à 58 k€
https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175418032W

Lead Data Engineer H/F – Tessaly – Paris 2e – 70 à 80 k€
https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175420551W

Data Engineer Azure H/F – Alcyon Conseil – Nanterre – selon profil
https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175421990W

Data Engineer Senior H/F – Biscuiterie Lorrain – Paris 9e – 60 à 68 k€
https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175423104W

Modifier ou supprimer cette alerte : https://www.apec.fr/candidat/mon-espace/mes-alertes.html

L'Apec, partenaire de votre parcours professionnel."""))

# ---------------------------------------------------------------- recruiter outreach
add(M(key="a-hunteo-0", date="2025-01-13 10:47", frm=("Claire Vasseur", "claire.vasseur@hunteo-conseil.fr"), mid="exchange",
      subject="Opportunité Data Engineer Senior – scale-up SaaS B2B (Paris 2e)", fmt="alt",
      label="recruiter_outreach", app=dict(company=None, role="Data Engineer Senior"), kind="agency-outreach-unnamed-client",
      desc="hunteo-opportunite-data-engineer-senior",
      text="""Bonjour Maxime,

Je me permets de vous contacter car votre profil LinkedIn a retenu mon attention (Spark, dbt, BigQuery, et une belle expérience en freelance).

J'accompagne actuellement l'un de mes clients, une scale-up SaaS B2B d'environ 180 personnes (série C bouclée l'an dernier), qui structure son équipe data et recherche un Data Engineer Senior en CDI.

Quelques éléments :
- stack : GCP, BigQuery, dbt, Airflow (Composer), un peu de Kafka ;
- équipe de 6 personnes, rattachée au VP Data ;
- 2 jours de télétravail par semaine, bureaux à Paris 2e ;
- rémunération : 65-75 k€ fixe selon profil + BSPCE.

Seriez-vous ouvert à en discuter ? Je peux vous appeler demain ou jeudi, dites-moi ce qui vous arrange.

Bien cordialement,

Claire Vasseur
Consultante Senior – Data & Tech
Hunteo Conseil
06 48 21 93 17
www.hunteo-conseil.fr"""))

add(M(key="a-lumicode-inmail", date="2025-02-10 07:12", tz="UTC", frm=("Sarah Okafor via LinkedIn", "inmail-hit-reply@linkedin.com"),
      subject="Staff Data Engineer @ Lumicode – remote friendly", fmt="alt", lang="en", brand="LinkedIn", color="#0a66c2",
      label="recruiter_outreach", app=dict(company="Lumicode", role="Staff Data Engineer"), kind="inmail-outreach", desc="linkedin-inmail-lumicode",
      text="""Hi Maxime,

I came across your profile and your talk on Airflow at the Paris Data Engineers meetup — great stuff.

I'm hiring a Staff Data Engineer for Lumicode, a developer-tools company (Series B, 90 people, fully remote across Europe with a small hub in Paris). You'd own the architecture of our analytics platform (Snowflake, dbt, Dagster) and mentor three engineers.

Comp range is €85-100k + equity. Would you be open to a 20-minute chat next week?

Best,
Sarah Okafor
Senior Technical Recruiter, Lumicode

Reply to Sarah: https://www.linkedin.com/comm/messaging/thread/2-YjM3ZTk0ZDEtNGQ1Ny00ZTBi/

This is an InMail from Sarah Okafor. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2."""))

add(M(key="a-parcelio", date="2025-03-04 21:30", frm=("Hugo Lambert", "hugo@parcelio.fr"),
      subject="Un café ? (data @ Parcelio)", label="recruiter_outreach", app=dict(company="Parcelio", role="Data Engineer"),
      kind="founder-outreach", desc="parcelio-fondateur-cafe",
      text="""Salut Maxime,

On ne se connaît pas, mais Bastien (Octave Data) m'a dit que tu cherchais à revenir en CDI. Je suis cofondateur de Parcelio : on aide les agriculteurs à piloter leurs parcelles avec des données satellites et météo. On est 22, et je cherche notre premier vrai data engineer pour remettre d'aplomb une stack qui a grandi un peu trop vite (des notebooks qui tournent en cron, tu vois le genre).

Ce n'est pas encore une offre publiée, je préfère d'abord discuter avec des gens qui ont déjà construit ce genre de plateforme. Ça te dirait un café la semaine prochaine, du côté de République ?

Hugo
CEO & cofondateur – Parcelio
https://parcelio.fr"""))

# ---------------------------------------------------------------- Datacolis (Greenhouse)
add(A("datacolis", "applied", key="a-dc-1", date="2025-01-09 21:14", tz="UTC",
      frm=("Datacolis Recruiting", "no-reply@us.greenhouse-mail.io"), mid="greenhouse-mail.io",
      subject="Thank you for applying to Datacolis", fmt="alt", lang="en", brand="Datacolis", color="#ff5a1f",
      kind="ats-confirmation:greenhouse", desc="datacolis-thank-you-for-applying",
      text="""Hi Maxime,

Thanks for your interest in Datacolis and for applying to our Data Engineer opening in Paris. We wanted to let you know that your application has been received and is being reviewed by our team.

If your background is a good match for the role, someone from our Talent team will reach out to you directly about next steps. Because of the number of applications we receive, this can take up to two weeks.

In the meantime, you can read about how we build the routing engine behind 40,000 daily deliveries on our tech blog: https://medium.com/datacolis-tech

Best,
The Datacolis Talent Team

You can view the job post here: https://boards.greenhouse.io/datacolis/jobs/4821937"""))

add(A("datacolis", "rejected", key="a-dc-2", date="2025-01-20 18:02", tz="UTC",
      frm=("Datacolis Recruiting", "no-reply@us.greenhouse-mail.io"), mid="greenhouse-mail.io",
      subject="Your application to Datacolis", fmt="alt", lang="en", brand="Datacolis", color="#ff5a1f",
      kind="ats-rejection:greenhouse", desc="datacolis-your-application",
      text="""Hi Maxime,

Thank you for taking the time to apply for the Data Engineer role at Datacolis.

After reviewing your profile, we have decided not to move forward with your application at this time. We know this isn't the news you were hoping for.

We'll keep your details on file and may reach out if a future opening fits your experience.

All the best with your search,
Datacolis Talent Team"""))

# ---------------------------------------------------------------- Hunteo (agency, unnamed client)
add(A("hunteo", "applied", key="a-hunteo-1", date="2025-01-14 08:52", frm=ME, to=[("Claire Vasseur", "claire.vasseur@hunteo-conseil.fr")],
      parent="a-hunteo-0", quote="gmail_fr", attach=[CV],
      subject="Re: Opportunité Data Engineer Senior – scale-up SaaS B2B (Paris 2e)",
      kind="own-reply-to-agency-with-cv", desc="re-hunteo-cv",
      text="""Bonjour Claire,

Merci pour votre message. Le poste m'intéresse, d'autant que ma mission actuelle se termine fin mars et que je cherche à revenir en CDI.

Vous trouverez mon CV en pièce jointe. Je suis disponible pour un appel demain entre 12h et 14h, ou jeudi après 18h.

Une question : le client utilise-t-il déjà dbt en production, ou s'agit-il d'une migration à mener ?

Bien à vous,
Maxime Delorme
06 71 38 52 04"""))

add(A("hunteo", "rejected", key="a-hunteo-2", date="2025-02-03 18:20", frm=("Claire Vasseur", "claire.vasseur@hunteo-conseil.fr"),
      mid="exchange", parent="a-hunteo-1", quote="outlook_fr", fmt="alt",
      subject="RE: Opportunité Data Engineer Senior – scale-up SaaS B2B (Paris 2e)",
      kind="agency-rejection-human", desc="re-hunteo-retour-client",
      text="""Bonjour Maxime,

Je reviens vers vous suite à la présentation de votre profil à mon client la semaine dernière.

Malheureusement, ils ont décidé de ne pas donner suite : ils ont finalement orienté leur recherche vers un profil avec une expérience plus marquée en streaming temps réel (Kafka/Flink). Cela ne remet absolument pas en cause la qualité de votre parcours.

Je garde évidemment votre dossier en tête, j'ai régulièrement des besoins sur des stacks GCP/dbt. N'hésitez pas à me tenir informée de l'évolution de votre recherche.

Belle soirée,

Claire Vasseur
Consultante Senior – Data & Tech
Hunteo Conseil"""))

# ---------------------------------------------------------------- Groupe Orsane (Workday)
add(A("orsane", "applied", key="a-ors-1", date="2025-01-16 22:31", frm=("Groupe Orsane", "orsane@myworkday.com"), mid="myworkday.com",
      subject="Confirmation de votre candidature – Lead Data Engineer H/F (R0012874)", fmt="alt", cte="quoted-printable",
      kind="ats-confirmation:workday", desc="orsane-confirmation-candidature",
      text="""Bonjour Maxime,

Nous vous remercions pour l'intérêt que vous portez au Groupe Orsane et à nos Maisons.

Nous accusons bonne réception de votre candidature au poste de Lead Data Engineer H/F (réf. R0012874) :
https://orsane.wd3.myworkdayjobs.com/fr-FR/Orsane_Careers/job/Paris/Lead-Data-Engineer-H-F_R0012874

Notre équipe Talent Acquisition va l'étudier avec attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous pour vous proposer un premier échange.

Vous pouvez à tout moment suivre l'avancement de votre candidature depuis votre espace candidat :
https://orsane.wd3.myworkdayjobs.com/fr-FR/Orsane_Careers/userHome

Nous vous prions d'agréer, Maxime, nos salutations distinguées.

La Direction des Talents
Groupe Orsane

Ce message a été envoyé automatiquement, merci de ne pas y répondre."""))

add(A("orsane", "rejected", key="a-ors-2", date="2025-05-12 09:03", frm=("Groupe Orsane", "orsane@myworkday.com"), mid="myworkday.com",
      subject="Votre candidature chez Groupe Orsane", fmt="alt", cte="quoted-printable",
      kind="ats-rejection:workday-position-filled-late", desc="orsane-votre-candidature",
      text="""Bonjour Maxime,

Vous avez postulé il y a quelques mois au poste de Lead Data Engineer H/F au sein de la Direction Data & Digital du Groupe Orsane, et nous vous remercions à nouveau de l'intérêt que vous nous avez témoigné.

Nous tenions à vous informer que ce poste est désormais pourvu. Votre candidature n'a donc pas pu aboutir favorablement.

Nous conservons votre profil dans notre vivier de talents et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours venait à s'ouvrir.

Avec nos sincères salutations,

La Direction des Talents
Groupe Orsane"""))

# ---------------------------------------------------------------- Octave Data (spontaneous)
add(A("octave", "applied", key="a-oct-1", date="2025-01-21 07:58", frm=ME, to=[("Octave Data", "jobs@octavedata.fr")], attach=[CV],
      subject="Candidature spontanée – Data Engineer (Spark, dbt, GCP)", kind="own-speculative-application", desc="candidature-spontanee-octave",
      text="""Bonjour,

Je suis data engineer freelance depuis trois ans, et je souhaite aujourd'hui rejoindre une structure à taille humaine en CDI. Octave Data revient souvent dans les discussions du meetup Paris Data Engineers, notamment pour vos retours d'expérience sur les migrations vers dbt, et c'est ce qui me pousse à vous écrire.

En quelques mots :
- 7 ans d'expérience, dont 3 en freelance (un groupe de services RH, une néobanque, un acteur du retail) ;
- conception de pipelines batch et streaming (Spark, Airflow, Pub/Sub), modélisation dbt sur BigQuery et Snowflake ;
- mise en place de bonnes pratiques : CI/CD, tests de données, observabilité.

Je serais ravi d'échanger avec vous, même si aucun poste n'est ouvert aujourd'hui. Vous trouverez mon CV en pièce jointe.

Bien cordialement,
Maxime Delorme
06 71 38 52 04
linkedin.com/in/maxime-delorme-data"""))

add(A("octave", "rejected", key="a-oct-2", date="2025-01-27 13:40", frm=("Bastien Morel", "bastien@octavedata.fr"), mid="mail.gmail.com",
      to=[ME], parent="a-oct-1", quote="gmail_fr", subject="Re: Candidature spontanée – Data Engineer (Spark, dbt, GCP)",
      kind="human-rejection-founder", desc="re-octave-pas-de-suite",
      text="""Bonjour Maxime,

Merci pour ton message (et pour les mots sympas sur nos talks, ça fait plaisir).

Pour être transparent : nous sommes 14 et nous avons bouclé nos recrutements pour le premier semestre. Nous ne donnerons donc pas suite à ta candidature pour le moment, même si ton profil colle bien à ce que nous faisons.

Je garde ton CV sous le coude pour la rentrée, et si tu passes au prochain meetup, viens me dire bonjour.

Bastien
Cofondateur, Octave Data"""))

# ---------------------------------------------------------------- Kelvo (WTTJ + Calendly)
add(A("kelvo", "applied", key="a-kel-1", date="2025-01-29 12:16", frm=("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
      subject="Votre candidature chez Kelvo a bien été envoyée", fmt="alt", brand="Welcome to the Jungle", color="#ffcd00",
      kind="jobboard-confirmation:welcometothejungle", desc="wttj-candidature-kelvo-envoyee",
      text="""Bonjour Maxime,

Bonne nouvelle : votre candidature pour le poste Data Engineer Senior - Plateforme chez Kelvo a bien été transmise à l'entreprise.

Et maintenant ?
Kelvo va étudier votre profil. Vous pouvez suivre l'état de vos candidatures à tout moment depuis votre espace : https://www.welcometothejungle.com/fr/me/applications

Revoir l'offre : https://www.welcometothejungle.com/fr/companies/kelvo/jobs/data-engineer-senior-plateforme_paris

Bonne chance !
L'équipe Welcome to the Jungle"""))

add(A("kelvo", "interview", key="a-kel-2", date="2025-02-04 16:05", tz="UTC", frm=("Calendly", "notifications@calendly.com"), mid="sendgrid",
      subject="Confirmé : Échange RH – Kelvo avec Anaïs Ferrand le jeudi 6 février 2025", fmt="alt", brand="Calendly", color="#006bff",
      kind="platform-scheduling:calendly", desc="calendly-echange-rh-kelvo",
      text="""Bonjour Maxime Delorme,

Votre événement est programmé.

Événement : Échange RH – Kelvo (30 min)
Avec : Anaïs Ferrand
Date : 11:00 - 11:30, jeudi 6 février 2025
Fuseau horaire : heure d'Europe centrale
Lieu : Google Meet (le lien sera ajouté à l'invitation)

Question posée par Kelvo : Quelle est votre date de disponibilité ?
Votre réponse : Fin de mission le 31 mars, disponible début avril.

Besoin de modifier ?
Reprogrammer : https://calendly.com/reschedulings/6f1c2e9a-0d4b-4a7e-9b1f-3c8d2a5e7f10
Annuler : https://calendly.com/cancellations/6f1c2e9a-0d4b-4a7e-9b1f-3c8d2a5e7f10

Propulsé par Calendly"""))

add(A("kelvo", "rejected", key="a-kel-3", date="2025-02-14 10:22", frm=("Anaïs Ferrand", "anais.ferrand@kelvo.fr"), mid="mail.gmail.com",
      subject="Suite de ta candidature – Kelvo", kind="human-rejection-after-interviews", desc="kelvo-suite-candidature",
      text="""Bonjour Maxime,

Merci encore pour le temps que tu nous as consacré, lors de notre échange du 6 février puis de l'entretien technique avec Yanis et Chloé mardi.

Nous avons pris le temps de débriefer en équipe. Tes retours sur la modélisation dbt et ta façon d'aborder le cas pratique ont été très appréciés. En revanche, le poste demande une expérience forte sur l'infrastructure (Terraform, Kubernetes, pilotage des coûts cloud) que nous n'avons pas suffisamment retrouvée dans nos échanges, et nous avons choisi d'avancer avec une autre personne dont le profil est plus proche de ce besoin.

Ce n'est donc pas une suite favorable cette fois-ci, et je sais que la nouvelle est décevante après deux entretiens. Si tu le souhaites, je peux te faire un retour plus détaillé par téléphone.

Je te souhaite le meilleur pour la suite de tes recherches.

Anaïs
Talent Acquisition – Kelvo"""))

# ---------------------------------------------------------------- Tramaya (LinkedIn Easy Apply)
add(A("tramaya", "applied", key="a-tra-1", date="2025-02-06 19:41", tz="UTC", frm=("LinkedIn", "jobs-noreply@linkedin.com"),
      subject="Maxime, votre candidature a été envoyée à Tramaya", fmt="alt", brand="LinkedIn", color="#0a66c2",
      kind="jobboard-confirmation:linkedin-easy-apply", desc="linkedin-candidature-envoyee-tramaya",
      text="""Votre candidature a été envoyée à Tramaya

Tramaya
Analytics Engineer
Paris, Île-de-France, France (Hybride)

Candidature envoyée le 6 févr. 2025

Afficher l'offre d'emploi : https://www.linkedin.com/comm/jobs/view/4128830571/?trackingId=Qm9x3Jd1T%2BqW0r8s4y2kLA%3D%3D&refId=8f2kd01mQZ6

Et maintenant ? L'entreprise examine les candidatures. Vous pouvez suivre vos candidatures dans Mes offres d'emploi.

Vous recevez des e-mails de notification de candidature.
Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2."""))

# ---------------------------------------------------------------- Ombelle (Teamtailor)
add(A("ombelle", "applied", key="a-omb-1", date="2025-02-11 09:37", frm=("Ombelle", "no-reply@ombelle.teamtailor-mail.com"), mid="teamtailor-mail.com",
      subject="Merci pour ta candidature chez Ombelle 🌱", fmt="alt", brand="Ombelle", color="#2f7d5b",
      kind="ats-confirmation:teamtailor", desc="ombelle-merci-candidature",
      text="""Hello Maxime,

Merci d'avoir postulé chez Ombelle ! Nous avons bien reçu ta candidature pour le poste de Data Platform Engineer.

Notre équipe la lit avec attention (oui, une vraie personne lit chaque candidature) et reviendra vers toi d'ici deux semaines maximum, quelle que soit la réponse.

En attendant, tu peux découvrir comment nous aidons les collectivités à réduire la consommation d'eau de leurs bâtiments : https://ombelle.teamtailor.com

À très vite,
Léna, pour l'équipe Ombelle

Tu peux consulter ou supprimer tes données à tout moment depuis ton espace candidat : https://ombelle.teamtailor.com/connect"""))

add(A("ombelle", "rejected", key="a-omb-2", date="2025-02-19 18:12", frm=("Ombelle", "no-reply@ombelle.teamtailor-mail.com"), mid="teamtailor-mail.com",
      subject="Ta candidature chez Ombelle", fmt="alt", brand="Ombelle", color="#2f7d5b",
      kind="ats-rejection:teamtailor", desc="ombelle-ta-candidature",
      text="""Hello Maxime,

Merci pour l'intérêt que tu portes à Ombelle et pour le temps passé sur ta candidature au poste de Data Platform Engineer.

Nous avons reçu beaucoup de candidatures de grande qualité et, après les avoir étudiées, nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond plus précisément à nos besoins actuels.

Nous savons que ce n'est pas la réponse que tu espérais. Nous te souhaitons beaucoup de réussite dans tes projets, et peut-être à bientôt sur une autre offre !

Léna
Ombelle"""))

# ---------------------------------------------------------------- Mutuelle Ligérienne (Apec)
add(A("mutuelle", "applied", key="a-mut-1", date="2025-02-18 20:55", frm=("Apec", "ne-pas-repondre@apec.fr"),
      subject="Confirmation de votre candidature : Ingénieur Data H/F", fmt="html", brand="Apec", color="#003a70",
      kind="jobboard-confirmation:apec", desc="apec-confirmation-ingenieur-data",
      text="""Bonjour Maxime Delorme,

Votre candidature à l'offre ci-dessous a bien été transmise au recruteur.

Ingénieur Data H/F
Mutuelle Ligérienne de Prévoyance – Paris 15e (75)
CDI – 55 - 62 k€ brut annuel
Réf. Apec : 175093214W

Voir l'offre : https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/175093214W

Vous retrouverez cette candidature dans votre espace Mon Apec, rubrique « Mes candidatures ». Le recruteur est seul décisionnaire de la suite donnée à votre candidature.

Besoin d'un coup de pouce ? Nos consultants peuvent vous accompagner gratuitement : https://www.apec.fr/candidat/mes-services-apec.html

L'équipe Apec"""))

# ---------------------------------------------------------------- Quantalys (Greenhouse + Codility)
add(A("quantalys", "applied", key="a-qua-1", date="2025-02-24 12:02", tz="UTC", frm=("Quantalys Health", "no-reply@greenhouse.io"), mid="greenhouse.io",
      subject="Quantalys – application received", fmt="alt", lang="en", kind="ats-confirmation:greenhouse", desc="quantalys-application-received",
      text="""Dear Maxime,

Thank you for your interest in Quantalys! We have received your application for the Data Engineer (Python/Spark) position and our team will review it shortly.

A few things to know about our process:
1. A 20-minute intro call with our Talent Partner
2. An online coding exercise (about 90 minutes)
3. A technical interview with two engineers from the Data team
4. A final conversation with our CTO

We do our best to answer every candidate within 10 working days.

Kind regards,
Quantalys Talent Team

Quantalys Santé SAS – 18 rue de la Roquette, 75011 Paris"""))

add(A("quantalys", "assessment", key="a-qua-2", date="2025-03-05 14:31", tz="UTC", frm=("Codility", "no-reply@codility.com"), mid="codility.com",
      subject="Quantalys Santé invites you to take a Codility test", fmt="alt", lang="en", brand="Codility", color="#101828",
      kind="platform-assessment:codility", desc="codility-test-quantalys",
      text="""Hello Maxime,

Quantalys Santé has invited you to complete a coding test as part of the recruitment process for the Data Engineer (Python/Spark) role.

Test: Data Engineering – Python & SQL (3 tasks)
Time limit: 90 minutes once started
Please complete it before: 12 March 2025, 23:59 CET

Start the test: https://app.codility.com/c/run/QX7H2P-MKR/

Before you begin:
- Make sure you have a stable internet connection and a recent version of Chrome or Firefox.
- You can try a demo task first to get familiar with the interface.
- The timer cannot be paused once the test has started.

Good luck!
Codility, on behalf of Quantalys Santé

Need help? https://support.codility.com"""))

# ---------------------------------------------------------------- Plumea (Lever -> HackerRank -> Google Calendar -> offer -> Yousign)
add(A("plumea", "applied", key="a-plu-1", date="2025-03-03 09:44", tz="UTC", frm=("Plumea", "no-reply@hire.lever.co"), mid="hire.lever.co",
      subject="Thanks for applying to Plumea", fmt="alt", lang="en", kind="ats-confirmation:lever", desc="plumea-thanks-for-applying",
      text="""Hi Maxime,

Thank you for applying for the Senior Data Engineer – Payments Data position at Plumea. We're excited that you're interested in helping small businesses get paid faster!

Our team is reviewing your application and will get back to you soon — usually within a week.

Cheers,
The Plumea Talent team

Job posting: https://jobs.lever.co/plumea/7c1e2a4b-93d5-4f0e-8a61-2b7d9e4c3f18"""))

add(A("plumea", "assessment", key="a-plu-2", date="2025-03-10 15:20", tz="UTC", frm=("HackerRank", "support@hackerrankforwork.com"), mid="hackerrankforwork.com",
      subject="Plumea invites you to take the Data Engineering Assessment", fmt="alt", lang="en", brand="HackerRank", color="#1ba94c",
      kind="platform-assessment:hackerrank", desc="hackerrank-plumea-assessment",
      text="""Hi Maxime Delorme,

Greetings from Plumea!

Thank you for your interest in the Senior Data Engineer – Payments Data role. As the next step of our hiring process, we would like you to take a HackerRank assessment.

Test name: Plumea – Data Engineering Assessment (SQL + Python)
Duration: 75 minutes
Test expires on: Mar 17, 2025 11:59 PM CET

Click here to start: https://www.hackerrank.com/test/8j2k4m1q9rt/login?b=eyJ1c2VybmFtZSI6Im1heGltZS5kZWxvcm1l

Please note:
- Once you start, the timer can't be paused.
- You may use the language of your choice for the Python questions.
- Candidate FAQ: https://candidatesupport.hackerrank.com

All the best,
Team Plumea"""))

add(A("plumea", "interview", key="a-plu-3", date="2025-04-03 17:08", frm=("Julie Carrel", "julie.carrel@plumea.io"), mid="google-calendar",
      subject="Invitation: Plumea – Entretien final (Maxime Delorme) @ mer. 9 avr. 2025 14:00 - 15:30 (UTC+2) (maxime.delorme@gmail.com)",
      fmt="alt", kind="calendar-invite:google", desc="invitation-plumea-entretien-final",
      ics=dict(summary="Plumea – Entretien final (Maxime Delorme)", start="2025-04-09 14:00", end="2025-04-09 15:30",
               organizer=("Julie Carrel", "julie.carrel@plumea.io"),
               attendees=[("Karim Benslimane", "karim@plumea.io"), ("Sophie Lagarde", "sophie@plumea.io"), ("maxime.delorme@gmail.com", "maxime.delorme@gmail.com")],
               location="Plumea, 27 rue du Faubourg Poissonnière, 75009 Paris", uid="5q1v0k9d3n2rc8bq1ttf7e2m4g@google.com",
               description="45 min avec Karim (Head of Data) puis 45 min avec Sophie (CTO)."),
      text="""Plumea – Entretien final (Maxime Delorme)
mercredi 9 avril 2025 ⋅ 14:00 – 15:30 (heure d'été d'Europe centrale - Paris)

Lieu
Plumea, 27 rue du Faubourg Poissonnière, 75009 Paris (3e étage)

Bonjour Maxime,
Comme évoqué au téléphone, voici l'invitation pour le dernier tour : 45 min avec Karim (Head of Data) puis 45 min avec Sophie (CTO). Pas de préparation particulière, on parlera surtout de ta vision de la plateforme data et de cas concrets.
À mercredi !
Julie

Participer avec Google Meet
https://meet.google.com/xkq-ptrn-zvd

Invités
Julie Carrel - organisateur
Karim Benslimane
Sophie Lagarde
maxime.delorme@gmail.com

Afficher tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid=NXExdjBrOWQzbjJyYzhicTF0dGY3ZTJtNGc

Répondre pour maxime.delorme@gmail.com : Oui · Non · Peut-être
https://calendar.google.com/calendar/event?action=RESPOND&eid=NXExdjBrOWQzbjJyYzhicTF0dGY3ZTJtNGc

Invitation de Google Agenda : https://calendar.google.com/calendar/

Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications, refusez l'invitation."""))

add(A("plumea", "offer", key="a-plu-4", date="2025-04-15 18:47", frm=("Karim Benslimane", "karim@plumea.io"), mid="mail.gmail.com",
      cc=[("Julie Carrel", "julie.carrel@plumea.io")], subject="Proposition d'embauche – Senior Data Engineer",
      kind="human-offer", desc="plumea-proposition-embauche",
      text="""Bonjour Maxime,

Je suis très heureux de te confirmer, au nom de toute l'équipe, que nous souhaitons te proposer de rejoindre Plumea en tant que Senior Data Engineer au sein de l'équipe Payments Data.

Les grandes lignes de notre proposition :
- CDI, statut cadre, forfait jours ;
- rémunération fixe de 72 000 € bruts annuels, plus 0,08 % du capital en BSPCE (vesting 4 ans, cliff 1 an) ;
- mutuelle prise en charge à 100 %, titres-restaurant, 2 jours de télétravail par semaine ;
- date de démarrage souhaitée : lundi 2 juin 2025 (on s'adapte si ta fin de mission bouge).

Julie t'enverra le contrat par signature électronique dès que tu nous auras donné ton accord de principe. N'hésite pas si tu as des questions, on peut aussi en parler de vive voix demain.

On a vraiment hâte de travailler avec toi.

Karim
Head of Data – Plumea"""))

add(A("plumea", "offer", key="a-plu-5", date="2025-04-17 09:15", frm=ME, to=[("Karim Benslimane", "karim@plumea.io")],
      cc=[("Julie Carrel", "julie.carrel@plumea.io")], parent="a-plu-4", quote="gmail_fr",
      subject="Re: Proposition d'embauche – Senior Data Engineer", kind="own-offer-acceptance", desc="re-plumea-acceptation",
      text="""Bonjour Karim,

Merci beaucoup pour cette proposition, et pour la qualité des échanges tout au long du process.

Après en avoir parlé avec Camille hier soir, c'est un grand oui : j'accepte avec plaisir l'offre pour le poste de Senior Data Engineer. Le 2 juin me convient parfaitement, ma mission actuelle se termine le 23 mai.

Julie, je reste à l'écoute pour le contrat.

À très vite,
Maxime"""))

add(A("plumea", "offer", key="a-plu-6", date="2025-04-22 11:03", frm=("Julie Carrel via Yousign", "noreply@yousign.app"), mid="yousign.app",
      subject="Julie Carrel vous invite à signer « Contrat de travail – Maxime Delorme »", fmt="alt", brand="Yousign", color="#6a4cff",
      kind="esign-contract:yousign", desc="yousign-contrat-plumea",
      text="""Bonjour Maxime Delorme,

Julie Carrel (Plumea SAS) vous invite à signer le document suivant :

Contrat de travail – Maxime Delorme – CDI Senior Data Engineer.pdf

Message de Julie Carrel :
« Hello Maxime, voici ton contrat ainsi que l'avenant BSPCE en annexe. Bonne lecture, et bienvenue chez Plumea ! »

Signer le document : https://yousign.app/signatures/0b6e1d7c-5a2f-4c3e-9f84-71d2a9e6b3c0

Cette demande de signature expire le 6 mai 2025.

Yousign – signature électronique conforme au règlement eIDAS.
Ne transférez pas cet e-mail : le lien de signature vous est personnel."""))

# ---------------------------------------------------------------- Nuvolia (Ashby)
add(A("nuvolia", "applied", key="a-nuv-1", date="2025-03-06 23:18", tz="UTC", frm=("Nuvolia Hiring Team", "no-reply@ashbyhq.com"), mid="ashbyhq.com",
      subject="Thanks for applying to Nuvolia!", fmt="alt", lang="en", kind="ats-confirmation:ashby", desc="nuvolia-thanks-for-applying",
      text="""Hi Maxime,

Thanks for applying to the Data Engineer, ML Platform role at Nuvolia. We've received your application and our team will review it soon.

We're a small team, so we read everything ourselves — thanks for your patience!

Nuvolia Hiring Team"""))

add(A("nuvolia", "rejected", key="a-nuv-2", date="2025-03-07 16:40", tz="UTC", frm=("Nuvolia Hiring Team", "no-reply@ashbyhq.com"), mid="ashbyhq.com",
      subject="Update on your application to Nuvolia", fmt="alt", lang="en", kind="ats-rejection:ashby-next-day", desc="nuvolia-update-application",
      text="""Hi Maxime,

Thank you for your interest in Nuvolia and for taking the time to apply for the Data Engineer, ML Platform position.

We've reviewed your application carefully. Unfortunately, we won't be moving forward with your candidacy at this time, as we're prioritising candidates with hands-on experience training and serving large models in production.

We really appreciate your interest and wish you the best of luck in your search.

Best regards,
Élodie Marchand
Talent @ Nuvolia"""))

# ---------------------------------------------------------------- Vetonia via Talentis Partners
add(A("vetonia", "applied", key="a-vet-1", date="2025-03-12 19:04", frm=("Romain Tessier", "r.tessier@talentis-partners.com"), mid="exchange",
      subject="Votre candidature – Senior Data Engineer chez Vetonia", fmt="alt", kind="agency-submission-confirmation", desc="talentis-candidature-vetonia",
      text="""Bonjour Maxime,

Merci pour notre échange téléphonique de ce matin, très agréable.

Comme convenu, je vous confirme avoir transmis votre dossier (CV + synthèse de notre entretien) à Vetonia pour le poste de Senior Data Engineer. Pour rappel :
- Vetonia édite un logiciel de gestion pour les cliniques vétérinaires (environ 1 200 cliniques clientes en France et en Belgique) ;
- poste basé à Paris 10e, 3 jours sur site ;
- fourchette 65-72 k€ + variable 5 % ;
- process : entretien avec le CTO, étude de cas, rencontre avec l'équipe.

Je reviens vers vous dès que j'ai un retour du client, en principe sous une semaine.

Bien à vous,

Romain Tessier
Manager – Tech & Data
Talentis Partners | 41 rue de Châteaudun, 75009 Paris
+33 1 84 60 22 71"""))

add(A("vetonia", "withdrawn", key="a-vet-2", date="2025-04-18 08:31", frm=ME, to=[("Romain Tessier", "r.tessier@talentis-partners.com")],
      parent="a-vet-1", quote="gmail_fr", subject="Re: Votre candidature – Senior Data Engineer chez Vetonia",
      kind="own-withdrawal", desc="re-talentis-retrait-vetonia",
      text="""Bonjour Romain,

Je préfère vous prévenir au plus tôt : j'ai accepté hier une proposition chez Plumea, et je retire donc ma candidature pour le poste de Senior Data Engineer chez Vetonia. Je suis désolé pour l'entretien avec leur CTO prévu mardi prochain, pouvez-vous leur transmettre mes excuses ?

Merci pour votre accompagnement et votre réactivité, j'ai apprécié de travailler avec vous. Je garde votre contact précieusement.

Bien cordialement,
Maxime"""))

# ---------------------------------------------------------------- Groupe Veyrac (SmartRecruiters + HireVue)
add(A("veyrac", "applied", key="a-vey-1", date="2025-03-14 13:27", tz="UTC", frm=("Groupe Veyrac", "notification@smartrecruiters.com"), mid="smartrecruiters.com",
      subject="Votre candidature chez Groupe Veyrac", fmt="alt", brand="Groupe Veyrac", color="#8b1e3f",
      kind="ats-confirmation:smartrecruiters", desc="veyrac-votre-candidature",
      text="""Bonjour Maxime,

Nous vous remercions pour votre candidature au poste de Data Engineer Confirmé (F/H) et pour l'intérêt que vous portez au Groupe Veyrac.

Votre candidature a bien été enregistrée. Nos équipes Recrutement vont l'examiner attentivement et reviendront vers vous dans les meilleurs délais.

Pour suivre votre candidature ou mettre à jour vos informations, connectez-vous à votre compte : https://my.smartrecruiters.com

Cordialement,
L'équipe Recrutement du Groupe Veyrac

Ce message vous a été envoyé via SmartRecruiters."""))

add(A("veyrac", "interview", key="a-vey-2", date="2025-03-21 10:15", tz="UTC", frm=("Groupe Veyrac via HireVue", "interviews@hirevue.com"), mid="hirevue.com",
      subject="Groupe Veyrac – Invitation à un entretien vidéo différé", fmt="alt", brand="Groupe Veyrac", color="#8b1e3f",
      kind="platform-video-interview:hirevue", desc="hirevue-veyrac-entretien-video",
      text="""Bonjour Maxime,

Suite à votre candidature au poste de Data Engineer Confirmé (F/H), nous avons le plaisir de vous inviter à la prochaine étape de notre processus : un entretien vidéo différé sur la plateforme HireVue.

Concrètement, vous répondrez à 5 questions enregistrées, à votre rythme, depuis votre ordinateur ou votre smartphone. Vous disposerez de 30 secondes de réflexion et de 3 minutes maximum pour chaque réponse. Comptez environ 25 minutes au total.

Merci de réaliser votre entretien avant le vendredi 28 mars 2025.

Commencer mon entretien : https://app.eu.hirevue.com/interviews/Y8nq2KpWx4/start

Conseils : installez-vous dans un endroit calme et bien éclairé, et testez votre micro et votre caméra avant de commencer.

Bonne chance !
L'équipe Talent Acquisition – Groupe Veyrac"""))

# ---------------------------------------------------------------- Cartalis (own application by email)
add(A("cartalis", "applied", key="a-car-1", date="2025-03-17 21:48", frm=ME, to=[("Recrutement Cartalis", "recrutement@cartalis.fr")],
      attach=[CV, LM], subject="Candidature au poste de Data Engineer – réf. CART-DE-25",
      kind="own-application-email-posted-job", desc="candidature-cartalis-data-engineer",
      text="""Madame, Monsieur,

Je vous adresse ma candidature au poste de Data Engineer (réf. CART-DE-25) publié sur votre site carrières : https://www.cartalis.fr/carrieres/data-engineer-cart-de-25

Le traitement de données géospatiales à grande échelle que vous décrivez (imagerie, flux GPS, PostGIS) rejoint directement ce que j'ai mis en place chez un acteur du retail pour l'optimisation des tournées : ingestion de 30 millions de points GPS par jour, modélisation dans BigQuery GIS et exposition des indicateurs aux équipes métier.

Freelance depuis 2022, je souhaite m'engager durablement dans une entreprise dont le produit me parle, et la cartographie en fait clairement partie.

Vous trouverez ci-joint mon CV et une lettre de motivation. Je reste à votre disposition pour un échange, par téléphone au 06 71 38 52 04 ou par e-mail.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maxime Delorme"""))

# ---------------------------------------------------------------- Brindle (Workable)
add(A("brindle", "applied", key="a-bri-1", date="2025-03-20 10:02", tz="UTC", frm=("Brindle", "noreply@candidates.workablemail.com"), mid="workablemail.com",
      subject="Brindle: we received your application", fmt="alt", lang="en", kind="ats-confirmation:workable", desc="brindle-received-application",
      text="""Hi Maxime,

Thanks for applying for the Data Engineer (Python/Airflow) position at Brindle. This email confirms that we have received your application.

We review every application and will be in touch if your profile matches what we're looking for.

Kind regards,
Brindle Hiring Team

View the job: https://apply.workable.com/brindle/j/9A1C3E7B2D/
Powered by Workable"""))

# ---------------------------------------------------------------- Helder Robotics (English, by email)
add(A("helder", "applied", key="a-hel-1", date="2025-03-24 08:17", frm=ME, to=[("Helder Robotics Careers", "careers@helder-robotics.com")],
      attach=[CV_EN], subject="Application for the Data Engineer position", lang="en",
      kind="own-application-email-posted-job", desc="application-helder-data-engineer",
      text="""Dear Helder Robotics team,

I am writing to apply for the Data Engineer position listed on your careers page (https://helder-robotics.com/careers/data-engineer).

I'm a Paris-based data engineer with seven years of experience, the last three as a freelancer. Most of my recent work has been on high-volume event data: I built the ingestion and modelling layer for a delivery fleet's GPS telemetry (around 30M events/day, Pub/Sub to BigQuery, dbt), and I'm currently leading the migration of an HR services group's data platform from cron scripts to Airflow.

What draws me to Helder is the telemetry side of your warehouse robots: making sensor data reliable and queryable for both the ops and the ML teams is exactly the kind of problem I enjoy.

My CV is attached. I'm fluent in English and French, and available from early June.

Kind regards,
Maxime Delorme
+33 6 71 38 52 04"""))

add(A("helder", "interview", key="a-hel-2", date="2025-03-26 17:55", frm=("Tom Harlow", "tom.harlow@helder-robotics.com"), mid="mail.gmail.com",
      parent="a-hel-1", quote="gmail_en", subject="Re: Application for the Data Engineer position", lang="en",
      kind="human-interview-invite-hiring-manager", desc="re-helder-quick-call-thursday",
      text="""Hi Maxime,

Thanks for reaching out — your telemetry work is very relevant to what we're building.

Could we have a quick call Thursday? I'm free between 10:00 and 12:00 Paris time, or after 16:00. 30 minutes should be enough for a first chat about the role and the team. Just tell me what works and I'll send a Meet link.

Best,
Tom

Tom Harlow
Head of Data Platform · Helder Robotics"""))

add(A("helder", "rejected", key="a-hel-3", date="2025-04-14 15:30", frm=("Tom Harlow", "tom.harlow@helder-robotics.com"), mid="mail.gmail.com",
      parent="a-hel-2", quote="gmail_en", subject="Re: Application for the Data Engineer position", lang="en",
      kind="human-rejection-with-feedback", desc="re-helder-decision",
      text="""Hi Maxime,

Thank you again for the time you gave us — the call on Thursday and then the technical session with Priya and Ben last week.

I wanted to get back to you personally. We've decided to move forward with another candidate for this role. It was a close call: the team really liked your approach to data contracts and your pragmatism around Airflow. Where the other candidate was stronger was in low-level time-series storage (they've run ClickHouse at scale), which is going to be the bulk of the work over the next six months.

I know that's disappointing to hear after several rounds. If it's useful, I'm happy to share more detailed notes from the technical session.

We're likely to open a second data role in the autumn, and I'd genuinely like to let you know when we do.

All the best,
Tom"""))

# ---------------------------------------------------------------- Bocalia (spontaneous, no answer)
add(A("bocalia", "applied", key="a-boc-1", date="2025-03-27 12:34", frm=ME, to=[("Bocalia", "jobs@bocalia.fr")], attach=[CV],
      subject="Candidature spontanée – Data Engineer", kind="own-speculative-application", desc="candidature-spontanee-bocalia",
      text="""Bonjour l'équipe Bocalia,

Client de vos bocaux depuis le premier confinement (le dhal de lentilles corail est un classique à la maison), je vous écris aujourd'hui pour une autre raison : je suis data engineer et je serais ravi de mettre mes compétences au service de votre croissance.

J'imagine que la prévision de la demande, la gestion des stocks de produits frais et le suivi des tournées de consigne sont des sujets centraux chez vous. Ce sont des problématiques que j'ai déjà traitées dans le retail et la logistique (pipelines Airflow/dbt, BigQuery, tableaux de bord pour les équipes opérationnelles).

Je n'ai pas vu d'offre data sur votre page carrières, mais si le sujet est en réflexion, je serais heureux d'en discuter. Mon CV est en pièce jointe.

Belle journée,
Maxime Delorme
06 71 38 52 04"""))
