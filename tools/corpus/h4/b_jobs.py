# -*- coding: utf-8 -*-
"""Mailbox B — Nadia Benhamou, accountant in Lyon, job search Sept 2024 – Jan 2025.
Hand-written application, outreach and job-alert mail."""
from common import M, FAKE_PDF

ME = ("Nadia Benhamou", "nadia.benhamou@orange.fr")
OLD = ("Nadia Benhamou", "n.benhamou69@hotmail.fr")
CV = ("CV_Nadia_Benhamou_Comptable.pdf", FAKE_PDF, "application/pdf")
LM = ("Lettre_de_motivation_N_Benhamou.pdf", FAKE_PDF, "application/pdf")

APPS = {
    "gerland": dict(key="transports-gerland--comptable-fournisseurs", company="Transports Gerland Frères",
                    aliases=["TGF", "Transports Gerland", "Gerland Frères"], role="Comptable fournisseurs H/F", source="indeed",
                    url="https://fr.indeed.com/viewjob?jk=8c2f41d9a7be3301"),
    "fsr": dict(key="fiduciaire-saone-rhone--assistant-comptable", company="Fiduciaire Saône-Rhône",
                aliases=["FSR Expertise", "Cabinet FSR"], role="Assistant(e) comptable H/F", source="indeed",
                url="https://fr.indeed.com/viewjob?jk=3e91b07c55d2a8f4"),
    "vernay": dict(key="laboratoires-vernay--comptable-general", company="Laboratoires Vernay", aliases=["Vernay", "Laboratoires Vernay SAS"],
                   role="Comptable général H/F", source="other", url="https://www.hellowork.com/fr-fr/emplois/54821377.html"),
    "ducray": dict(key="groupe-ducray-immobilier--responsable-comptable", company="Groupe Ducray Immobilier",
                   aliases=["Ducray Immobilier", "Ducray"], role="Responsable comptable H/F", source="other",
                   url="https://www.cadremploi.fr/emploi/detail_offre?offreId=164022337185"),
    "sodibel": dict(key="sodibel-distribution--comptable-clients", company="Sodibel Distribution", aliases=["Sodibel", "SODIBEL SAS"],
                    role="Comptable Clients (F/H)", source="smartrecruiters",
                    url="https://jobs.smartrecruiters.com/SodibelDistribution/744000017882341-comptable-clients-f-h-"),
    "altares": dict(key="groupe-altares-sante--assistant-comptable-cdd", company="Groupe Altarès Santé", aliases=["Altarès Santé", "Altares Sante"],
                    role="Assistant(e) Comptable – CDD 6 mois", source="workday",
                    url="https://altaressante.wd3.myworkdayjobs.com/fr-FR/Altares_Carrieres/job/Lyon-7e/Assistant-e--Comptable---CDD-6-mois_JR-04418"),
    "brenac": dict(key="brenac-industrie--comptable-fournisseurs", company="Brenac Industrie", aliases=["Brenac", "Groupe Brenac", "Brenac Industrie SA"],
                   role="Comptable Fournisseurs F/H", source="workday",
                   url="https://brenac.wd5.myworkdayjobs.com/fr-FR/BrenacCareers/job/Saint-Priest/Comptable-Fournisseurs-F-H_R-2024-1187"),
    "actiplus": dict(key="actiplus-client-industriel--comptable-fournisseurs-interim", company=None, aliases=[],
                     role="Comptable fournisseurs H/F – mission intérim 3 mois", source="agency",
                     url="https://www.actiplus-interim.fr/offres/lyon/comptable-fournisseurs-h-f-8841"),
    "belleroche": dict(key="cosmetiques-belleroche--comptable-general", company="Cosmétiques Belleroche", aliases=["Belleroche", "Laboratoires Belleroche"],
                       role="Comptable général(e) H/F", source="agency", url=None),
    "bellecour": dict(key="cabinet-bellecour-expertise--assistante-comptable-spontanee", company="Cabinet Bellecour Expertise",
                      aliases=["Bellecour Expertise", "Bellecour Expertise Comptable"], role="Assistante comptable", source="company_site", url=None),
    "hrl": dict(key="habitat-rhone-logement--comptable", company="Habitat Rhône Logement", aliases=["HRL"], role="Comptable H/F", source="other",
                url="https://candidat.francetravail.fr/offres/recherche/detail/183QWKL"),
    "rambert": dict(key="clinique-saint-rambert--gestionnaire-comptable", company="Clinique Saint-Rambert",
                    aliases=["Clinique St-Rambert", "SAS Clinique Saint-Rambert"], role="Gestionnaire comptable H/F", source="indeed",
                    url="https://fr.indeed.com/viewjob?jk=b71e0c4f92d6a518"),
    "novaterm": dict(key="novaterm--assistante-administrative-comptable", company="Novaterm", aliases=["Novaterm SAS"],
                     role="Assistante administrative et comptable", source="linkedin",
                     url="https://www.linkedin.com/comm/jobs/view/4041187265/?trackingId=Zk2m4Tq9Rb%2BaP1yL0c8wdA%3D%3D"),
    "perrin": dict(key="menuiseries-perrin--assistante-comptable", company="Menuiseries Perrin", aliases=["Perrin SARL", "Menuiseries Perrin & Fils"],
                   role="Assistante comptable", source="company_site", url=None),
    "marechal": dict(key="boulangeries-marechal--aide-comptable", company="Boulangeries Maréchal", aliases=["Maison Maréchal", "Maréchal SAS"],
                     role="Aide-comptable H/F", source="other", url="https://www.hellowork.com/fr-fr/emplois/55102846.html"),
    "rhodanienne": dict(key="banque-rhodanienne--assistant-comptable-back-office", company="Banque Rhodanienne",
                        aliases=["Banque Rhodanienne de Crédit", "BRC"], role="Assistant Comptable Back-Office H/F", source="taleo",
                        url="https://banquerhodanienne.taleo.net/careersection/ext/jobdetail.ftl?job=2400871"),
}


def A(app, event, **kw):
    return M(label="application", app=APPS[app], event=event, **kw)


MSGS = []
add = MSGS.append

# ================================================================ job alerts
add(M(key="b-alert-indeed", date="2024-09-10 07:02", tz="UTC", frm=("Indeed", "alert@indeed.com"), mid="indeed.com",
      subject="Comptable - Lyon (69) : 14 nouveaux emplois", fmt="alt", brand="indeed", color="#2557a7", label="job_alert",
      kind="job-alert:indeed", desc="indeed-alerte-comptable-lyon",
      text="""Nouveaux emplois correspondant à votre recherche : comptable à Lyon (69)

Comptable fournisseurs H/F
Transports Gerland Frères – Lyon 7e (69)
CDI · 32 000 € - 36 000 € par an
https://fr.indeed.com/rc/clk?jk=8c2f41d9a7be3301&from=ja

Assistant(e) comptable H/F
Fiduciaire Saône-Rhône – Lyon 2e (69)
CDI · Candidature simplifiée
https://fr.indeed.com/rc/clk?jk=3e91b07c55d2a8f4&from=ja

Comptable unique H/F
Garage Central Monplaisir – Lyon 8e (69)
CDI · Temps plein
https://fr.indeed.com/rc/clk?jk=0f8a2c17d3e4b590&from=ja

Comptable clients – recouvrement H/F
Rhodia Logistique Services – Corbas (69)
CDD · 6 mois
https://fr.indeed.com/rc/clk?jk=51c9e6a0b8d27f13&from=ja

Voir tous les emplois : https://fr.indeed.com/emplois?q=comptable&l=Lyon+(69)

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : https://fr.indeed.com/alerts/unsubscribe"""))

add(M(key="b-alert-hellowork", date="2024-10-01 08:30", frm=("HelloWork", "alertes@hellowork.com"), to=[OLD], mid="hellowork.com",
      subject="7 nouvelles offres « Comptable » autour de Lyon", fmt="html", cte="quoted-printable", label="job_alert",
      kind="job-alert:hellowork", desc="hellowork-alerte-7-offres",
      html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f4f7">
<table width="620" align="center" style="background:#fff"><tr><td style="background:#ff6f3c;color:#fff;padding:16px;font-size:20px"><b>HelloWork</b></td></tr>
<tr><td style="padding:20px">
<p>Bonjour Nadia,</p><p>Voici les dernières offres correspondant à votre alerte <b>Comptable – Lyon (69) – 20 km</b> :</p>
<ul>
<li><a href="https://www.hellowork.com/fr-fr/emplois/55310092.html">Comptable général H/F</a> – Chaudronnerie Moreau – Vénissieux – CDI</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/55311877.html">Assistant comptable H/F</a> – Groupe Scolaire Saint-Just – Lyon 5e – CDI</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/55312045.html">Comptable fournisseurs H/F</a> – Brenac Industrie – Saint-Priest – CDI</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/55314730.html">Aide-comptable H/F</a> – Pharmacie des Gratte-Ciel – Villeurbanne – CDD</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/55316218.html">Comptable trésorerie H/F</a> – Mutualité du Rhône – Lyon 3e – CDI</li>
</ul>
<p><a href="https://www.hellowork.com/fr-fr/emploi/recherche.html?k=comptable&amp;l=Lyon">Voir les 7 offres</a></p>
<p style="font-size:11px;color:#777">Vous recevez cet e-mail car vous avez créé une alerte sur HelloWork. <a href="https://www.hellowork.com/fr-fr/candidat/alertes.html">Gérer mes alertes</a></p>
</td></tr></table></body></html>""", text=""))

add(M(key="b-alert-ft", date="2024-11-12 09:14", frm=("France Travail", "ne-pas-repondre@francetravail.fr"), mid="francetravail.fr",
      subject="Des offres d'emploi correspondent à votre profil", fmt="alt", label="job_alert", kind="job-alert:francetravail",
      desc="france-travail-offres-profil", brand="France Travail", color="#1c3f94",
      text="""Bonjour Madame BENHAMOU,

Voici des offres d'emploi sélectionnées pour vous, en fonction de votre projet « Comptable » :

- Comptable H/F – SARL Transports Lacroix – Meyzieu (69) – CDI – 183RTZM
- Gestionnaire comptable et paie H/F – Mairie de Bron – Bron (69) – Contrat de 12 mois – 183RVAK
- Comptable fournisseurs H/F – Actiplus Intérim – Vénissieux (69) – Intérim 3 mois – 183RWQD

Consultez ces offres et postulez depuis votre espace : https://candidat.francetravail.fr/espacepersonnel/

Votre conseillère France Travail"""))

# ================================================================ recruiter outreach
add(M(key="b-out-fayolle", date="2024-10-03 18:25", tz="UTC", frm=("Indeed", "messages-noreply@indeed.com"), mid="indeed.com",
      subject="Groupe Fayolle Distribution vous invite à postuler", fmt="alt", brand="indeed", color="#2557a7",
      label="recruiter_outreach", app=dict(company="Groupe Fayolle Distribution", role="Comptable général H/F"),
      kind="jobboard-employer-invite:indeed", desc="indeed-fayolle-invite-a-postuler",
      text="""Bonjour Nadia,

Un employeur a consulté votre CV Indeed et pense que vous pourriez correspondre à l'une de ses offres.

Groupe Fayolle Distribution
Comptable général H/F
Décines-Charpieu (69) · CDI · 34 000 € - 38 000 € par an

Message de l'employeur :
« Bonjour Madame Benhamou, votre expérience en comptabilité fournisseurs a retenu notre attention. Nous vous invitons à consulter notre offre et à postuler si elle vous intéresse. Cordialement, Service RH »

Voir l'offre et postuler : https://fr.indeed.com/rc/clk?jk=4d10a7e2c9f38b66&from=invite

Indeed"""))

add(M(key="b-rf-0", date="2024-11-04 10:12", frm=("Marc-Antoine Pellet", "ma.pellet@rhone-finance-recrutement.fr"), mid="exchange",
      subject="Poste de comptable général(e) – groupe cosmétique, Ouest lyonnais", fmt="alt",
      label="recruiter_outreach", app=dict(company=None, role="Comptable général(e) H/F"), kind="agency-outreach-unnamed-client",
      desc="rhone-finance-poste-comptable-general",
      text="""Bonjour Madame Benhamou,

Je suis consultant au sein du cabinet Rhône Finance Recrutement, spécialisé dans les métiers de la comptabilité et de la finance en région lyonnaise. J'ai trouvé votre CV sur la CVthèque Cadremploi.

Je recrute actuellement, pour l'un de nos clients, un(e) Comptable général(e) en CDI :
- groupe familial de cosmétiques (environ 250 salariés), basé à Tassin-la-Demi-Lune ;
- tenue de la comptabilité générale jusqu'au bilan, en lien avec une responsable comptable et deux collègues ;
- logiciel Sage 100, Excel avancé ;
- rémunération 35-40 k€ sur 13 mois, RTT, tickets restaurant, parking.

Votre expérience chez Sérénis Habitat me semble tout à fait en adéquation. Seriez-vous disponible pour un échange téléphonique de 15 minutes cette semaine ?

Bien cordialement,

Marc-Antoine Pellet
Consultant Senior – Comptabilité & Finance
Rhône Finance Recrutement
04 78 62 41 90 – 06 31 57 88 02"""))

add(M(key="b-out-interlink", date="2024-12-03 08:40", tz="UTC", frm=("Julie Armand via LinkedIn", "inmail-hit-reply@linkedin.com"),
      subject="Mission comptable fournisseurs – janvier – Lyon 3e", fmt="alt", brand="LinkedIn", color="#0a66c2",
      label="recruiter_outreach", app=dict(company=None, role="Comptable fournisseurs (mission intérim)"), kind="inmail-outreach-agency",
      desc="linkedin-inmail-interlink",
      text="""Bonjour Nadia,

Je suis chargée de recrutement chez Interlink RH (travail temporaire et CDI intérimaire). Je recherche pour un client du secteur de l'énergie, à Lyon 3e, un(e) comptable fournisseurs pour une mission de 4 mois à partir du 6 janvier, avec possibilité d'embauche.

Taux horaire : 16,50 € brut + 10 % IFM + 10 % ICCP, tickets restaurant.

Êtes-vous disponible ? Je serais ravie d'en discuter avec vous.

Julie Armand
Chargée de recrutement – Interlink RH Lyon

Répondre : https://www.linkedin.com/comm/messaging/thread/2-ZTg1NGRkYzItM2E2Zi00/
Ceci est un InMail de Julie Armand. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe"""))

# ================================================================ 1. Transports Gerland Frères (Indeed -> DAF)
add(A("gerland", "applied", key="b-ger-1", date="2024-09-05 14:12", tz="UTC", frm=("Indeed", "indeedapply@indeed.com"), mid="indeed.com",
      subject="Candidature Indeed : Comptable fournisseurs H/F", fmt="alt", kind="jobboard-confirmation:indeed-company-only-in-html",
      desc="indeed-candidature-comptable-fournisseurs",
      text="""Votre candidature a été envoyée

Comptable fournisseurs H/F
Lyon 7e (69)

Ce qui se passe ensuite :
L'employeur examinera votre candidature. S'il souhaite vous contacter, il le fera par e-mail ou par téléphone.

Suivre mes candidatures : https://myjobs.indeed.com/applied

Bonne chance !
Indeed""",
      html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<table width="600" align="center"><tr><td style="padding:20px;border-bottom:3px solid #2557a7"><img alt="indeed" src="https://fr.indeed.com/images/indeed-logo.png" width="90"></td></tr>
<tr><td style="padding:20px">
<h2 style="margin:0 0 12px">Votre candidature a été envoyée</h2>
<p style="font-size:16px"><b>Comptable fournisseurs H/F</b><br>Transports Gerland Frères<br>Lyon 7e (69)</p>
<p><a href="https://fr.indeed.com/viewjob?jk=8c2f41d9a7be3301">Voir l'offre</a></p>
<p>Ce qui se passe ensuite : l'employeur examinera votre candidature. S'il souhaite vous contacter, il le fera par e-mail ou par téléphone.</p>
<p><a href="https://myjobs.indeed.com/applied" style="background:#2557a7;color:#fff;padding:10px 16px;text-decoration:none;border-radius:6px">Suivre mes candidatures</a></p>
<p>Bonne chance !<br>Indeed</p>
</td></tr></table></body></html>"""))

add(A("gerland", "interview", key="b-ger-2", date="2024-09-12 11:34", frm=("Philippe Garnier", "p.garnier@transports-gerland.fr"), mid="outlookdesk",
      charset="windows-1252", cte="quoted-printable", subject="Votre candidature – poste de comptable fournisseurs",
      kind="human-interview-invite-manager", desc="gerland-invitation-entretien",
      text="""Bonjour Madame Benhamou,

J'ai bien reçu votre candidature via Indeed pour le poste de comptable fournisseurs et votre parcours m'intéresse.

Pourriez-vous passer nous voir le mardi 17 septembre à 10h00 ? L'entretien durera environ une heure, avec moi-même et Mme Lopez, notre chef comptable. Nos bureaux se trouvent 212 avenue Jean Jaurès, Lyon 7e (accueil au rez-de-chaussée, demander le service comptabilité).

Merci de me confirmer votre présence par retour de mail ou au 04 72 71 58 30.

Cordialement,

Philippe Garnier
Directeur Administratif et Financier
Transports Gerland Frères"""))

add(A("gerland", "rejected", key="b-ger-3", date="2024-09-26 16:50", frm=("Philippe Garnier", "p.garnier@transports-gerland.fr"), mid="outlookdesk",
      charset="windows-1252", cte="quoted-printable", subject="Suite à notre entretien du 17 septembre",
      kind="human-rejection-after-interview", desc="gerland-suite-entretien",
      text="""Bonjour Madame Benhamou,

Je tenais à vous remercier pour le temps que vous nous avez accordé lors de notre entretien du 17 septembre, ainsi que pour la qualité de nos échanges.

Après réflexion, nous avons retenu une candidate qui connaît déjà notre logiciel (Cegid XRP) et qui pouvait prendre ses fonctions immédiatement, ce qui était déterminant compte tenu de la clôture trimestrielle.

Ce choix ne remet nullement en cause vos compétences et je ne doute pas que vous trouverez rapidement un poste à la hauteur de votre expérience.

Bien cordialement,

Philippe Garnier
Directeur Administratif et Financier
Transports Gerland Frères"""))

# ================================================================ 2. Fiduciaire Saône-Rhône (Indeed, silent)
add(A("fsr", "applied", key="b-fsr-1", date="2024-09-09 21:03", tz="UTC", frm=("Indeed", "indeedapply@indeed.com"), mid="indeed.com",
      subject="Votre candidature a été envoyée à Fiduciaire Saône-Rhône", fmt="alt", brand="indeed", color="#2557a7",
      kind="jobboard-confirmation:indeed", desc="indeed-candidature-fiduciaire",
      text="""Bonjour Nadia,

Votre candidature a bien été envoyée.

Assistant(e) comptable H/F
Fiduciaire Saône-Rhône – Lyon 2e (69)

Les documents suivants ont été transmis : CV_Nadia_Benhamou_Comptable.pdf

Voir l'offre : https://fr.indeed.com/viewjob?jk=3e91b07c55d2a8f4

Conseil : les employeurs répondent généralement sous 2 semaines. Vous pouvez suivre l'état de votre candidature dans Mes emplois.

L'équipe Indeed"""))

# ================================================================ 3. Laboratoires Vernay (HelloWork)
add(A("vernay", "applied", key="b-ver-1", date="2024-09-11 13:47", frm=("HelloWork", "candidature@hellowork.com"), to=[OLD], mid="hellowork.com",
      subject="Votre candidature a bien été envoyée – Comptable général H/F", fmt="alt", brand="HelloWork", color="#ff6f3c",
      kind="jobboard-confirmation:hellowork", desc="hellowork-candidature-vernay",
      text="""Bonjour Nadia,

Votre candidature au poste de Comptable général H/F chez Laboratoires Vernay (Lyon 8e) a bien été transmise au recruteur.

Offre : https://www.hellowork.com/fr-fr/emplois/54821377.html

Retrouvez toutes vos candidatures dans votre espace HelloWork, rubrique « Mes candidatures ».

Bonne chance pour la suite !
L'équipe HelloWork"""))

add(A("vernay", "rejected", key="b-ver-2", date="2024-10-02 09:15", frm=("Recrutement Laboratoires Vernay", "rh@laboratoires-vernay.fr"), to=[OLD],
      mid="exchange", subject="Réponse à votre candidature", fmt="alt", kind="human-rejection-formal", desc="vernay-reponse-candidature",
      text="""Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vernay et de votre candidature au poste de Comptable général.

Nous avons le regret de vous informer que celle-ci n'a pas été retenue, d'autres profils correspondant plus précisément aux exigences du poste.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service des Ressources Humaines
Laboratoires Vernay"""))

# ================================================================ 4. Groupe Ducray Immobilier (Cadremploi, immediate rejection)
add(A("ducray", "rejected", key="b-duc-1", date="2024-09-19 08:05", frm=("Groupe Ducray Immobilier via Cadremploi", "reponse-candidature@cadremploi.fr"),
      mid="cadremploi.fr", subject="Réponse à votre candidature : Responsable comptable H/F", fmt="html", brand="Cadremploi", color="#e4003a",
      kind="jobboard-rejection:cadremploi-next-day", desc="cadremploi-reponse-ducray",
      text="""Bonjour Nadia Benhamou,

Vous avez postulé hier à l'offre « Responsable comptable H/F » publiée par Groupe Ducray Immobilier sur Cadremploi.

Le recruteur a étudié votre candidature et nous a chargés de vous transmettre sa réponse :

« Merci pour votre candidature. Le poste requiert une expérience confirmée d'encadrement d'équipe (3 personnes minimum), critère auquel votre profil ne répond pas à ce jour. Nous ne pouvons donc pas y donner une suite favorable. »

Voir l'offre : https://www.cadremploi.fr/emploi/detail_offre?offreId=164022337185

Ne vous découragez pas : de nouvelles offres sont publiées chaque jour sur Cadremploi.
L'équipe Cadremploi"""))

# ================================================================ 5. Sodibel Distribution (SmartRecruiters + easyRecrue)
add(A("sodibel", "applied", key="b-sod-1", date="2024-09-24 10:21", tz="UTC", frm=("Sodibel Distribution", "notification@smartrecruiters.com"),
      mid="smartrecruiters.com", subject="Merci d'avoir postulé chez Sodibel", fmt="alt", kind="ats-confirmation:smartrecruiters",
      desc="smartrecruiters-merci-sodibel",
      text="""Bonjour Nadia,

Merci d'avoir postulé au poste de Comptable Clients (F/H) à Chassieu.

Nous avons bien reçu votre candidature et nous l'étudierons avec attention dans les prochains jours. Si votre profil correspond à notre besoin, un membre de l'équipe RH vous contactera pour la suite du processus.

Vous pouvez suivre votre candidature ici : https://my.smartrecruiters.com

À bientôt,
L'équipe RH Sodibel

Sodibel Distribution – grossiste en produits d'hygiène et d'entretien depuis 1978"""))

add(A("sodibel", "interview", key="b-sod-2", date="2024-10-01 14:02", tz="UTC", frm=("Sodibel Distribution via easyRecrue", "noreply@easyrecrue.com"),
      mid="easyrecrue.com", subject="Entretien vidéo – Comptable Clients (F/H) – Sodibel", fmt="alt", brand="easyRecrue", color="#00b3a4",
      kind="platform-video-interview:easyrecrue", desc="easyrecrue-entretien-video-sodibel",
      text="""Bonjour Nadia,

Votre candidature au poste de Comptable Clients (F/H) a retenu notre attention. Pour mieux vous connaître, nous vous proposons de passer un entretien vidéo différé.

Comment ça marche ?
- 4 questions, affichées l'une après l'autre ;
- 1 minute de préparation et 2 minutes de réponse par question ;
- vous pouvez vous entraîner avec une question test avant de commencer.

Vous avez jusqu'au mardi 8 octobre 2024 à 23h59 pour enregistrer vos réponses.

Démarrer l'entretien : https://app.easyrecrue.com/interview/sodibel/7KQ2-MX81-PL4Z

Besoin d'aide ? Consultez notre FAQ candidat : https://support.easyrecrue.com

Bonne chance !
L'équipe RH Sodibel"""))

# ================================================================ 6. Groupe Altarès Santé (Workday, late rejection)
add(A("altares", "applied", key="b-alt-1", date="2024-10-03 15:40", frm=("Groupe Altarès Santé", "altaressante@myworkday.com"), mid="myworkday.com",
      subject="Nous avons bien reçu votre candidature", fmt="alt", cte="quoted-printable", kind="ats-confirmation:workday", desc="altares-candidature-recue",
      text="""Bonjour Nadia,

Merci d'avoir postulé au poste Assistant(e) Comptable – CDD 6 mois (JR-04418) au sein du Groupe Altarès Santé.

Votre candidature a bien été enregistrée. Notre équipe recrutement l'examinera dans les meilleurs délais. Vous pouvez suivre son statut à tout moment depuis votre compte candidat :
https://altaressante.wd3.myworkdayjobs.com/fr-FR/Altares_Carrieres/userHome

Prendre soin, ensemble.
L'équipe Recrutement – Groupe Altarès Santé

Merci de ne pas répondre à cet e-mail."""))

add(A("altares", "rejected", key="b-alt-2", date="2024-12-05 17:12", frm=("Groupe Altarès Santé", "altaressante@myworkday.com"), mid="myworkday.com",
      subject="Mise à jour de votre candidature – JR-04418", fmt="alt", cte="quoted-printable", kind="ats-rejection:workday-late",
      desc="altares-mise-a-jour-candidature",
      text="""Bonjour Nadia,

Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste Assistant(e) Comptable – CDD 6 mois au sein du Groupe Altarès Santé, et vous prions de nous excuser pour le délai de notre réponse.

Nous avons examiné votre candidature avec attention. Nous avons toutefois décidé de donner suite à d'autres candidatures dont le profil correspond davantage aux besoins actuels du service.

Nous vous invitons à consulter régulièrement nos offres, de nouvelles opportunités pouvant correspondre à votre expérience.

Bien cordialement,
L'équipe Recrutement – Groupe Altarès Santé"""))

# ================================================================ 7. Brenac Industrie (Workday -> AssessFirst -> interview -> DocuSign)
add(A("brenac", "applied", key="b-bre-1", date="2024-10-21 20:37", frm=("Brenac Industrie", "brenac@myworkday.com"), mid="myworkday.com",
      subject="Brenac Industrie – Merci pour votre candidature !", fmt="alt", kind="ats-confirmation:workday", desc="brenac-merci-candidature",
      text="""Bonjour Nadia Benhamou,

Merci pour votre candidature au poste de Comptable Fournisseurs F/H (R-2024-1187), basé à Saint-Priest.

Nous accusons bonne réception de votre dossier. Si votre profil est retenu pour la suite du processus, vous serez contacté(e) par notre équipe Ressources Humaines dans un délai de trois semaines.

Offre : https://brenac.wd5.myworkdayjobs.com/fr-FR/BrenacCareers/job/Saint-Priest/Comptable-Fournisseurs-F-H_R-2024-1187

Brenac Industrie – Ressources Humaines Groupe"""))

add(A("brenac", "assessment", key="b-bre-2", date="2024-10-24 09:30", tz="UTC", frm=("AssessFirst", "no-reply@assessfirst.com"), mid="assessfirst.com",
      subject="Brenac Industrie vous invite à compléter votre profil AssessFirst", fmt="alt", brand="AssessFirst", color="#4b2bd6",
      kind="platform-assessment:assessfirst", desc="assessfirst-brenac",
      text="""Bonjour Nadia,

Dans le cadre de votre candidature au poste de Comptable Fournisseurs F/H, Brenac Industrie vous invite à compléter trois questionnaires AssessFirst :

- SWIPE : votre personnalité (environ 10 minutes)
- DRIVE : vos motivations (environ 10 minutes)
- BRAIN : votre façon de résoudre des problèmes (environ 20 minutes)

Il n'y a pas de bonnes ou de mauvaises réponses. Vous recevrez vos résultats personnels à la fin.

Merci de compléter vos questionnaires avant le 31 octobre 2024 :
https://app.assessfirst.com/invitation/brenac/9c3f7a21

L'équipe AssessFirst"""))

add(A("brenac", "interview", key="b-bre-3", date="2024-11-06 11:48", frm=("Sandrine Ollier", "sandrine.ollier@brenac-industrie.fr"), mid="exchange",
      subject="Invitation à un entretien – Comptable Fournisseurs F/H", fmt="alt", kind="human-interview-invite-with-calendar",
      desc="brenac-invitation-entretien",
      ics=dict(summary="Entretien Nadia Benhamou – Comptable Fournisseurs", start="2024-11-13 14:00", end="2024-11-13 15:15",
               organizer=("Sandrine Ollier", "sandrine.ollier@brenac-industrie.fr"),
               attendees=[("Nadia Benhamou", "nadia.benhamou@orange.fr"), ("Frédéric Carron", "frederic.carron@brenac-industrie.fr")],
               location="Brenac Industrie, 14 rue du Dauphiné, 69800 Saint-Priest – accueil bâtiment A",
               uid="040000008200E00074C5B7101A82E00800000000A0C7D3E2F1B4DB01000000000000000010000000", prodid="Microsoft Exchange Server 2010",
               description="Entretien avec Frédéric Carron (Responsable comptable) et Sandrine Ollier (RH)."),
      text="""Bonjour Madame Benhamou,

Suite à votre candidature et à vos résultats AssessFirst, nous avons le plaisir de vous inviter à un entretien pour le poste de Comptable Fournisseurs.

Date : mercredi 13 novembre 2024, de 14h00 à 15h15
Lieu : Brenac Industrie, 14 rue du Dauphiné, 69800 Saint-Priest (accueil bâtiment A)
Participants : Frédéric Carron, Responsable comptable, et moi-même

L'entretien comprendra un court exercice pratique (lettrage et rapprochement sur Excel, 20 minutes environ).

Vous trouverez l'invitation ci-jointe. Si ce créneau ne vous convenait pas, une visioconférence Teams est possible le jeudi 14 au matin.

Bien cordialement,

Sandrine Ollier
Chargée de recrutement – Ressources Humaines Groupe
Brenac Industrie
04 72 23 90 15"""))

add(A("brenac", "offer", key="b-bre-4", date="2024-11-27 16:22", tz="UTC", frm=("Sandrine Ollier via Docusign", "dse_NA4@docusign.net"), mid="docusign.net",
      subject="Veuillez signer : Promesse d'embauche – Nadia Benhamou – Comptable Fournisseurs", fmt="alt", brand="DocuSign", color="#4c00ff",
      kind="esign-offer:docusign", desc="docusign-promesse-embauche-brenac",
      text="""Sandrine Ollier vous a envoyé un document à consulter et à signer.

CONSULTER LE DOCUMENT : https://eu.docusign.net/Signing/EmailStart.aspx?a=6e2d91b4-3c7a-4f15-a0d8-92b1c4e7f530&acct=af31c2d0&er=7f0b4a2e

Sandrine Ollier
sandrine.ollier@brenac-industrie.fr

Madame Benhamou,

Suite à nos échanges et à votre accord téléphonique du 22 novembre, nous avons le plaisir de vous adresser votre promesse d'embauche pour le poste de Comptable Fournisseurs (CDI, statut agent de maîtrise, 36 500 € bruts annuels sur 13 mois), avec une prise de poste le lundi 6 janvier 2025.

Merci de la signer électroniquement avant le 4 décembre. Le contrat de travail vous sera remis le jour de votre arrivée.

Bienvenue chez Brenac !

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers Docusign. Merci de ne pas partager cet e-mail, ce lien ou le code d'accès avec d'autres personnes.

À propos de Docusign
Signez des documents électroniquement en quelques minutes. C'est sûr et sécurisé."""))

# ================================================================ 8. Actiplus Intérim (agency, client not named)
add(A("actiplus", "applied", key="b-act-1", date="2024-10-08 10:05", frm=("Actiplus Intérim Lyon Part-Dieu", "lyon.partdieu@actiplus-interim.fr"),
      charset="windows-1252", cte="quoted-printable", mid="actiplus-interim.fr",
      subject="Accusé de réception de votre candidature – réf. 8841", kind="agency-confirmation", desc="actiplus-accuse-reception",
      text="""Bonjour Madame BENHAMOU,

Nous avons bien reçu votre candidature pour l'offre « Comptable fournisseurs H/F » (réf. 8841) : mission d'intérim de 3 mois, à pourvoir dès que possible, chez l'un de nos clients industriels basé à Vénissieux.

Offre : https://www.actiplus-interim.fr/offres/lyon/comptable-fournisseurs-h-f-8841

Votre profil va être étudié par notre équipe. Si votre candidature est retenue, un(e) consultant(e) vous contactera pour un entretien et pour finaliser votre inscription (pièce d'identité, carte Vitale, RIB, justificatif de domicile).

Cordialement,

L'agence Actiplus Intérim Lyon Part-Dieu
45 rue de la Villette – 69003 Lyon
04 37 48 22 10"""))

add(A("actiplus", "rejected", key="b-act-2", date="2024-10-18 17:31", frm=("Laetitia Roux – Actiplus Intérim", "l.roux@actiplus-interim.fr"),
      charset="windows-1252", cte="quoted-printable", mid="outlookdesk",
      subject="Votre candidature – mission comptable fournisseurs Vénissieux", kind="agency-rejection-human", desc="actiplus-retour-client",
      text="""Bonjour Nadia,

Je reviens vers vous concernant la mission de comptable fournisseurs à Vénissieux, pour laquelle je vous avais présentée mardi.

Le client a finalement retenu un autre intérimaire, qui avait déjà effectué une mission chez eux l'an dernier. Je suis désolée que cela ne se soit pas fait cette fois.

Votre dossier est complet chez nous, je pense à vous dès qu'une autre mission en comptabilité se présente (nous en avons régulièrement en fin d'année avec les clôtures).

Bonne fin de semaine,

Laetitia Roux
Chargée de recrutement
Actiplus Intérim Lyon Part-Dieu"""))

# ================================================================ 9. Rhône Finance Recrutement -> Cosmétiques Belleroche
add(A("belleroche", "applied", key="b-rf-1", date="2024-11-05 08:47", frm=ME, to=[("Marc-Antoine Pellet", "ma.pellet@rhone-finance-recrutement.fr")],
      mid="outlookdesk", parent="b-rf-0", quote="outlook_fr_old", attach=[CV],
      subject="RE : Poste de comptable général(e) – groupe cosmétique, Ouest lyonnais", kind="own-reply-to-agency-with-cv",
      desc="re-rhone-finance-cv",
      text="""Bonjour Monsieur Pellet,

Je vous remercie pour votre message. Le poste que vous décrivez m'intéresse, d'autant que j'ai tenu la comptabilité générale jusqu'au bilan chez Sérénis Habitat et que je connais bien Sage 100.

Vous trouverez ci-joint mon CV à jour. Je suis disponible pour un échange téléphonique aujourd'hui après 14h ou demain matin.

Une précision : le poste est-il compatible avec des horaires 8h30-16h30 ? J'ai une petite fille de deux ans.

Cordialement,

Nadia Benhamou
06 14 72 39 85"""))

add(A("belleroche", "interview", key="b-rf-2", date="2024-11-19 18:05", frm=("Marc-Antoine Pellet", "ma.pellet@rhone-finance-recrutement.fr"), mid="exchange",
      parent="b-rf-1", quote="outlook_fr", fmt="alt",
      subject="RE: Poste de comptable général(e) – groupe cosmétique, Ouest lyonnais", kind="agency-interview-invite-client-named",
      desc="re-rhone-finance-entretien-belleroche",
      text="""Bonjour Madame Benhamou,

Bonne nouvelle : suite à la présentation de votre dossier, mon client, Cosmétiques Belleroche, souhaite vous rencontrer.

Entretien : mardi 26 novembre à 9h30
Lieu : Cosmétiques Belleroche, 8 chemin des Vignes, 69160 Tassin-la-Demi-Lune
Avec : Mme Agnès Vidal, Responsable comptable, et M. Thierry Belleroche, Directeur financier

Pour les horaires : ils sont ouverts à un 8h30-16h30 avec une pause déjeuner courte, vous pourrez l'évoquer directement avec eux.

Pouvez-vous me confirmer votre présence ? Je vous appellerai la veille pour préparer l'entretien.

Bien cordialement,

Marc-Antoine Pellet
Rhône Finance Recrutement"""))

add(A("belleroche", "withdrawn", key="b-rf-3", date="2024-11-25 08:58", frm=ME, to=[("Marc-Antoine Pellet", "ma.pellet@rhone-finance-recrutement.fr")],
      mid="outlookdesk", parent="b-rf-2", quote="outlook_fr_old",
      subject="RE : Poste de comptable général(e) – groupe cosmétique, Ouest lyonnais", kind="own-withdrawal", desc="re-rhone-finance-retrait",
      text="""Bonjour Monsieur Pellet,

Je suis désolée de vous prévenir si tard : j'ai accepté vendredi une proposition de CDI dans une autre entreprise, et je préfère donc retirer ma candidature et annuler l'entretien de demain chez Cosmétiques Belleroche. Je ne voudrais pas faire perdre son temps à Mme Vidal.

Pourriez-vous leur transmettre mes excuses ? Je vous remercie sincèrement pour votre accompagnement et pour votre disponibilité.

Cordialement,

Nadia Benhamou"""))

# ================================================================ 10. Cabinet Bellecour Expertise (spontaneous -> follow-up -> no)
add(A("bellecour", "applied", key="b-bel-1", date="2024-09-16 09:22", frm=ME, to=[("Cabinet Bellecour Expertise", "contact@bellecour-expertise.fr")],
      mid="outlookdesk", attach=[CV, LM], subject="Candidature spontanée – Assistante comptable",
      kind="own-speculative-application", desc="candidature-spontanee-bellecour",
      text="""Madame, Monsieur,

Comptable de formation (BTS Comptabilité et Gestion, DCG en cours) et forte de dix ans d'expérience en entreprise, je me permets de vous adresser ma candidature spontanée pour un poste d'assistante comptable au sein de votre cabinet.

J'ai successivement occupé des postes d'aide-comptable dans une PME de négoce, puis de comptable fournisseurs et de comptable générale chez Sérénis Habitat (bailleur social, 180 salariés), où j'assurais la saisie, les rapprochements bancaires, les déclarations de TVA et la préparation des éléments de clôture.

Travailler en cabinet me permettrait de découvrir des dossiers variés et de développer mes compétences en fiscalité, ce qui correspond à mon projet de terminer mon DCG.

Je suis disponible immédiatement et habite Lyon 8e. Je me tiens à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nadia Benhamou
06 14 72 39 85"""))

add(A("bellecour", "update", key="b-bel-2", date="2024-10-07 10:03", frm=ME, to=[("Cabinet Bellecour Expertise", "contact@bellecour-expertise.fr")],
      mid="outlookdesk", parent="b-bel-1", quote="outlook_fr_old", subject="RE : Candidature spontanée – Assistante comptable",
      kind="own-follow-up", desc="relance-bellecour",
      text="""Madame, Monsieur,

Je me permets de revenir vers vous au sujet de ma candidature spontanée du 16 septembre, ci-dessous.

Je reste très intéressée par la possibilité de rejoindre votre cabinet, y compris dans le cadre d'un CDD ou d'un renfort pour la période fiscale. Auriez-vous pu en prendre connaissance ?

Je vous remercie par avance pour votre retour.

Cordialement,

Nadia Benhamou
06 14 72 39 85"""))

add(A("bellecour", "rejected", key="b-bel-3", date="2024-10-09 14:26", frm=("Hélène Berthet", "h.berthet@bellecour-expertise.fr"), mid="outlookdesk",
      parent="b-bel-2", quote="outlook_fr_old", subject="RE: Candidature spontanée – Assistante comptable",
      kind="human-rejection-keep-cv", desc="re-bellecour-reponse",
      text="""Bonjour Madame Benhamou,

Merci pour votre relance et excusez-nous pour ce délai, la période est chargée.

Nous avons bien lu votre candidature, qui est intéressante. Malheureusement, nous ne recrutons pas actuellement : l'équipe est au complet et nous n'avons pas de besoin de renfort prévu pour la saison fiscale.

Nous conservons néanmoins votre CV et ne manquerons pas de vous recontacter si un poste se libère.

Bien cordialement,

Hélène Berthet
Expert-comptable associée
Cabinet Bellecour Expertise – 24 rue de la Charité, 69002 Lyon"""))

# ================================================================ 11. Habitat Rhône Logement (France Travail)
add(A("hrl", "applied", key="b-hrl-1", date="2024-10-14 15:08", frm=("France Travail", "ne-pas-repondre@francetravail.fr"), mid="francetravail.fr",
      subject="Votre candidature à l'offre 183QWKL a bien été envoyée", fmt="alt", brand="France Travail", color="#1c3f94",
      kind="jobboard-confirmation:francetravail", desc="france-travail-candidature-183qwkl",
      text="""Bonjour Madame BENHAMOU,

Votre candidature a bien été transmise à l'employeur.

Offre n° 183QWKL – Comptable H/F
Habitat Rhône Logement – Villeurbanne (69)
CDI – Temps plein – 2 400 € à 2 700 € brut mensuel sur 13 mois

Consulter l'offre : https://candidat.francetravail.fr/offres/recherche/detail/183QWKL

Retrouvez le suivi de vos candidatures dans votre espace personnel, rubrique « Mes candidatures ».

France Travail"""))

# ================================================================ 12. Clinique Saint-Rambert (Indeed, rejection through Indeed)
add(A("rambert", "applied", key="b-ram-1", date="2024-10-15 12:50", tz="UTC", frm=("Indeed Apply", "indeedapply@indeed.com"), mid="indeed.com",
      subject="Indeed Application: Gestionnaire comptable H/F", fmt="alt", brand="indeed", color="#2557a7",
      kind="jobboard-confirmation:indeed", desc="indeed-application-gestionnaire-comptable",
      text="""Candidature envoyée

Gestionnaire comptable H/F
Clinique Saint-Rambert – Lyon 9e (69)

Votre candidature a été transmise à Clinique Saint-Rambert le 15 octobre 2024.

Voir l'offre : https://fr.indeed.com/viewjob?jk=b71e0c4f92d6a518

Indeed"""))

add(A("rambert", "rejected", key="b-ram-2", date="2024-10-30 08:17", tz="UTC", frm=("Indeed", "indeedapply@indeed.com"), mid="indeed.com",
      subject="Mise à jour de votre candidature chez Clinique Saint-Rambert", fmt="alt", brand="indeed", color="#2557a7",
      kind="jobboard-rejection:indeed-status", desc="indeed-mise-a-jour-saint-rambert",
      text="""Bonjour Nadia,

Clinique Saint-Rambert a mis à jour le statut de votre candidature au poste de Gestionnaire comptable H/F.

Statut : non retenue

L'employeur a indiqué qu'il ne donnerait pas suite à votre candidature pour ce poste. Ne vous découragez pas : des milliers de nouveaux emplois sont publiés chaque jour sur Indeed.

Voir des emplois similaires : https://fr.indeed.com/emplois?q=gestionnaire+comptable&l=Lyon

Indeed"""))

# ================================================================ 13. Novaterm (LinkedIn Easy Apply, silent)
add(A("novaterm", "applied", key="b-nov-1", date="2024-10-22 19:11", tz="UTC", frm=("LinkedIn", "jobs-noreply@linkedin.com"), mid="linkedin.com",
      subject="Nadia, your application was sent to Novaterm", fmt="alt", brand="LinkedIn", color="#0a66c2", lang="en",
      kind="jobboard-confirmation:linkedin-easy-apply", desc="linkedin-application-sent-novaterm",
      text="""Your application was sent to Novaterm

Assistante administrative et comptable
Novaterm · Villeurbanne, Auvergne-Rhône-Alpes, France (On-site)
Applied on Oct 22, 2024

View job: https://www.linkedin.com/comm/jobs/view/4041187265/?trackingId=Zk2m4Tq9Rb%2BaP1yL0c8wdA%3D%3D

Now, take these next steps for more success with your job search:
Set up job alerts for similar roles.

You are receiving Application Confirmation emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2."""))

# ================================================================ 14. Menuiseries Perrin (email application -> interview -> thanks, then silence)
add(A("perrin", "applied", key="b-per-1", date="2024-10-10 20:44", frm=ME, to=[("Menuiseries Perrin", "recrutement@menuiseries-perrin.fr")],
      mid="outlookdesk", attach=[CV, LM], subject="Candidature au poste d'assistante comptable – réf. AC-1024",
      kind="own-application-email-posted-job", desc="candidature-perrin-assistante-comptable",
      text="""Madame, Monsieur,

Suite à votre annonce parue dans Le Progrès du 9 octobre (réf. AC-1024), je vous adresse ma candidature au poste d'assistante comptable à temps plein.

Forte de dix ans d'expérience en comptabilité, dont cinq en comptabilité fournisseurs, je maîtrise la saisie des pièces, le lettrage, les rapprochements bancaires et la préparation des déclarations de TVA. J'ai travaillé sur Sage 100 et sur EBP, et j'apprécie particulièrement le fonctionnement des PME, où l'on touche à tous les aspects de la gestion.

Votre entreprise familiale, installée à Saint-Fons depuis trois générations, correspond tout à fait à l'environnement dans lequel je souhaite m'investir.

Vous trouverez ci-joints mon CV et ma lettre de motivation. Je suis disponible rapidement et me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nadia Benhamou
06 14 72 39 85"""))

add(A("perrin", "interview", key="b-per-2", date="2024-10-16 09:12", frm=("Christine Perrin", "c.perrin@menuiseries-perrin.fr"), mid="menuiseries-perrin.fr",
      charset="iso-8859-1", cte="8bit", parent="b-per-1", quote="outlook_fr_old",
      subject="RE: Candidature au poste d'assistante comptable - réf. AC-1024", kind="human-interview-invite-sme", desc="re-perrin-entretien",
      text="""Bonjour Madame Benhamou,

Merci pour votre candidature qui a retenu notre attention.

Pourriez-vous venir nous rencontrer le lundi 21 octobre à 14h ? L'entretien aura lieu à l'atelier, 7 rue de l'Industrie à Saint-Fons, avec mon mari et moi-même. Prévoyez environ une heure.

Merci de me confirmer.

Christine Perrin
Gérante - Menuiseries Perrin & Fils
04 78 70 12 64"""))

add(A("perrin", "interview", key="b-per-3", date="2024-10-16 12:40", frm=ME, to=[("Christine Perrin", "c.perrin@menuiseries-perrin.fr")], mid="outlookdesk",
      parent="b-per-2", quote="outlook_fr_old", subject="RE : Candidature au poste d'assistante comptable - réf. AC-1024",
      kind="own-interview-slot-confirmation", desc="re-perrin-confirmation-creneau",
      text="""Bonjour Madame Perrin,

Je vous remercie pour votre retour. Je vous confirme ma présence le lundi 21 octobre à 14h à l'atelier de Saint-Fons.

Dans l'attente de vous rencontrer, je vous souhaite une bonne journée.

Cordialement,

Nadia Benhamou"""))

add(A("perrin", "update", key="b-per-4", date="2024-10-21 18:05", frm=ME, to=[("Christine Perrin", "c.perrin@menuiseries-perrin.fr")], mid="outlookdesk",
      subject="Merci pour l'entretien de cet après-midi", kind="own-thank-you-after-interview", desc="merci-perrin-entretien",
      text="""Bonjour Madame Perrin,

Je tenais à vous remercier, ainsi que Monsieur Perrin, pour l'accueil et le temps que vous m'avez consacré cet après-midi.

La visite de l'atelier et la présentation de votre organisation m'ont confortée dans mon envie de rejoindre votre équipe. Comme évoqué, je pourrais prendre en charge rapidement la saisie et le suivi des règlements fournisseurs, et vous libérer du temps sur la préparation des éléments pour votre expert-comptable.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

Nadia Benhamou
06 14 72 39 85"""))

# ================================================================ 15. Boulangeries Maréchal (HelloWork -> very late rejection)
add(A("marechal", "applied", key="b-mar-1", date="2024-09-27 22:14", frm=("HelloWork", "candidature@hellowork.com"), to=[OLD], mid="hellowork.com",
      subject="Candidature envoyée : Aide-comptable H/F", fmt="alt", brand="HelloWork", color="#ff6f3c",
      kind="jobboard-confirmation:hellowork", desc="hellowork-candidature-marechal",
      text="""Bonjour Nadia,

C'est envoyé ! Boulangeries Maréchal a bien reçu votre candidature pour le poste d'Aide-comptable H/F (Écully, CDI).

Offre : https://www.hellowork.com/fr-fr/emplois/55102846.html

Astuce : un profil complet augmente vos chances d'être contacté(e) par les recruteurs.

L'équipe HelloWork"""))

add(A("marechal", "rejected", key="b-mar-2", date="2025-01-08 11:40", frm=("Maison Maréchal – Ressources humaines", "rh@boulangeries-marechal.fr"), to=[OLD],
      mid="exchange", subject="Votre candidature au poste d'aide-comptable", kind="human-rejection-very-late-position-filled",
      desc="marechal-candidature-aide-comptable",
      text="""Bonjour Madame Benhamou,

Vous nous aviez adressé votre candidature en septembre dernier pour le poste d'aide-comptable basé à notre siège d'Écully, et nous vous prions de bien vouloir excuser notre réponse tardive.

Nous vous informons que le poste a été pourvu en interne.

Nous vous remercions pour l'intérêt que vous avez porté à notre maison et vous adressons nos meilleurs vœux pour cette nouvelle année.

Le service des ressources humaines
Maison Maréchal – Boulangeries Maréchal"""))

# ================================================================ 16. Banque Rhodanienne (Taleo -> position cancelled)
add(A("rhodanienne", "applied", key="b-rho-1", date="2024-10-28 13:02", frm=("Banque Rhodanienne – Recrutement", "banquerhodanienne@taleo.net"), mid="taleo.net",
      subject="Accusé de réception de votre candidature – Assistant Comptable Back-Office H/F (2400871)", fmt="alt", cte="quoted-printable",
      kind="ats-confirmation:taleo", desc="taleo-accuse-reception-banque-rhodanienne",
      text="""Madame,

Nous accusons réception de votre candidature pour le poste suivant :

Assistant Comptable Back-Office H/F – Référence 2400871
Direction Financière – Lyon 2e

Nous vous remercions de l'intérêt que vous portez à la Banque Rhodanienne. Votre candidature va être examinée avec attention par nos équipes. Nous vous informerons de la suite qui lui sera donnée.

Pour consulter votre dossier : https://banquerhodanienne.taleo.net/careersection/ext/mysubmissions.ftl

Cordialement,
La Direction des Ressources Humaines
Banque Rhodanienne"""))

add(A("rhodanienne", "withdrawn", key="b-rho-2", date="2024-12-10 10:30", frm=("Banque Rhodanienne – Recrutement", "banquerhodanienne@taleo.net"), mid="taleo.net",
      subject="Information concernant votre candidature – réf. 2400871", fmt="alt", cte="quoted-printable",
      kind="ats-position-cancelled:taleo", desc="taleo-poste-annule",
      text="""Madame,

Vous avez postulé au poste d'Assistant Comptable Back-Office H/F (référence 2400871) et nous vous en remercions.

Nous vous informons que ce recrutement a été annulé suite à une réorganisation interne de la Direction Financière. L'offre est désormais clôturée et votre candidature ne pourra donc pas être étudiée dans ce cadre.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières.

Cordialement,
La Direction des Ressources Humaines
Banque Rhodanienne"""))
