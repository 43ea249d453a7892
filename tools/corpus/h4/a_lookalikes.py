# -*- coding: utf-8 -*-
"""Mailbox A — hand-written look-alikes (all not_job)."""
from common import M

ME = ("Maxime Delorme", "maxime.delorme@gmail.com")
INES = ("Inès Carpentier", "ines.carpentier@kalipso-rh.fr")

MSGS = []
add = MSGS.append


def L(kind, **kw):
    return M(label="not_job", kind="lookalike:" + kind, **kw)


add(L("jira-ats-integration", key="a-lk-jira-1", date="2025-01-15 11:42", frm=("Inès Carpentier (Jira)", "jira@kalipso-rh.atlassian.net"),
      mid="Atlassian.JIRA", subject="[JIRA] (DATA-1432) Sync Greenhouse → BigQuery : candidatures en statut « rejected » manquantes",
      fmt="alt", desc="jira-data-1432-sync-greenhouse",
      text="""Inès Carpentier a créé un ticket

Kalipso RH / DATA-1432
Sync Greenhouse → BigQuery : candidatures en statut « rejected » manquantes

Type : Bug    Priorité : Haute
Assignée à : Maxime Delorme
Rapporteur : Inès Carpentier
Sprint : DATA Sprint 24

Description :
Depuis la mise à jour de l'API Harvest la semaine dernière, les candidatures passées en statut « rejected » ne remontent plus dans raw_greenhouse.applications. Le dashboard « Funnel recrutement clients » affiche 0 refus depuis le 8 janvier pour les 3 clients pilotes, alors que les recruteurs en saisissent tous les jours.

Pistes :
- le champ rejected_at est peut-être passé en timestamp avec fuseau ;
- vérifier la pagination (header Link) sur /v1/applications?status=rejected.

Critère d'acceptation : les candidatures refusées depuis le 8/01 sont rechargées et le dashboard est à jour.

Afficher le ticket : https://kalipso-rh.atlassian.net/browse/DATA-1432

Ce message a été envoyé par Atlassian Jira (v1001.0.0-SNAPSHOT#100276)"""))

add(L("jira-ats-integration", key="a-lk-jira-2", date="2025-02-20 16:18", frm=("Thomas Vial (Jira)", "jira@kalipso-rh.atlassian.net"),
      mid="Atlassian.JIRA", subject="[JIRA] (DATA-1451) Ajouter les événements d'entretien Teamtailor (interview_scheduled) au modèle dbt",
      fmt="alt", desc="jira-data-1451-teamtailor-interview",
      text="""Thomas Vial a commenté DATA-1451

Re : Ajouter les événements d'entretien Teamtailor (interview_scheduled) au modèle dbt

Thomas Vial :
@Maxime Delorme j'ai regardé le webhook Teamtailor côté client Boréal : on reçoit bien interview_scheduled et interview_cancelled, mais pas de statut « offer » distinct, c'est un stage custom nommé « Proposition envoyée ». On le mappe comme une offre dans fct_candidate_stages ou on laisse les clients le configurer ?

Pour info j'ai poussé un exemple de payload dans le repo (tests/fixtures/teamtailor_interview.json).

Afficher le ticket : https://kalipso-rh.atlassian.net/browse/DATA-1451

Ce message a été envoyé par Atlassian Jira (v1001.0.0-SNAPSHOT#100276)"""))

add(L("slack-recruiting-as-interviewer", key="a-lk-slack-1", date="2025-03-18 18:26", tz="UTC", frm=("Slack", "notification@slack.com"),
      mid="slack.com", subject="[Slack] Nouveaux messages de Inès Carpentier dans Kalipso RH", fmt="alt", brand="slack", color="#4a154b",
      desc="slack-ines-entretien-candidat",
      text="""Vous avez 2 nouveaux messages

#data-recrutement
Inès Carpentier  17:41
@Maxime tu pourrais faire l'entretien technique du candidat pour ta relève jeudi 14h ? Profil solide sur dbt, moins sur Airflow, j'aimerais ton avis là-dessus.

Inès Carpentier  17:44
Je t'envoie l'invitation, le CV est dans le drive « Recrutement DE 2025 ». Grille d'évaluation habituelle 🙏

Ouvrir dans Slack : https://kalipso-rh.slack.com/archives/C05RECRUTDATA/p1742316071

Vous recevez cet e-mail car vous avez des notifications non lues. Gérer les préférences : https://kalipso-rh.slack.com/account/notifications"""))

add(L("calendar-interview-as-interviewer", key="a-lk-cal-1", date="2025-03-18 18:31", frm=INES, mid="google-calendar",
      subject="Invitation: Entretien technique – candidat Data Engineer (relève mission Maxime) @ jeu. 20 mars 2025 14:00 - 15:00 (UTC+1) (maxime.delorme@gmail.com)",
      fmt="alt", desc="invitation-entretien-technique-candidat",
      ics=dict(summary="Entretien technique – candidat Data Engineer (relève mission Maxime)", start="2025-03-20 14:00", end="2025-03-20 15:00",
               organizer=INES, attendees=[ME, ("Sofiane B.", "sofiane.b.data@gmail.com")], location="Salle Colette / Google Meet",
               uid="7j2m0c4kq8t1pr6hd9vx3sel2a@google.com", description="Entretien technique candidat. Grille dans le drive."),
      text="""Entretien technique – candidat Data Engineer (relève mission Maxime)
jeudi 20 mars 2025 ⋅ 14:00 – 15:00 (heure normale d'Europe centrale - Paris)

Lieu
Salle Colette, 4e étage / Google Meet

Candidat : Sofiane B. — CV et grille d'évaluation dans le drive « Recrutement DE 2025 ».
Maxime : 30 min d'exercice SQL + 20 min de discussion architecture. Je prends les 10 dernières minutes.

Participer avec Google Meet
https://meet.google.com/vbe-hqos-kry

Invités
Inès Carpentier - organisateur
maxime.delorme@gmail.com
Sofiane B.

Répondre pour maxime.delorme@gmail.com : Oui · Non · Peut-être
https://calendar.google.com/calendar/event?action=RESPOND&eid=N2oybTBjNGtxOHQxcHI2aGQ5dngzc2VsMmE

Invitation de Google Agenda : https://calendar.google.com/calendar/"""))

add(L("newsletter-interview", key="a-lk-brief-itw", date="2025-02-27 07:05", frm=("Le Brief Data", "hello@lebriefdata.fr"), mid="mailchimp",
      subject="#87 – Interview : « Recruter un data engineer en 2025, c'est chercher un mouton à cinq pattes »", fmt="alt",
      brand="Le Brief Data", color="#0f766e", desc="brief-data-87-interview",
      headers={"List-Unsubscribe": "<https://lebriefdata.us21.list-manage.com/unsubscribe?u=9c1f&id=3a2b>"},
      text="""Le Brief Data — #87 — jeudi 27 février 2025

Salut à toutes et à tous,

Cette semaine, une longue interview : nous avons discuté avec Claire M., Head of Data d'une scale-up de la mobilité, de ses 40 entretiens menés en 2024 pour recruter trois data engineers. Elle raconte les cas pratiques qui ne marchent plus, pourquoi elle a supprimé le test HackerRank, et ce qui fait la différence en entretien final.

À lire : https://lebriefdata.fr/interview-claire-recruter-data-engineer

Au menu aussi :
- Apache Iceberg 1.8 : ce qui change pour les tables partitionnées
- DuckDB dans un pipeline Airflow : retour d'expérience chiffré
- Le grand comparatif des orchestrateurs (Dagster, Prefect, Kestra) — partie 2

L'offre de la semaine (côté outils) : -30 % sur la formation « dbt avancé » avec le code BRIEF87.

Bonne lecture,
Élise & Karim

Vous recevez cette newsletter car vous vous êtes inscrit sur lebriefdata.fr. Se désinscrire : https://lebriefdata.us21.list-manage.com/unsubscribe"""))

add(L("podcast-interview", key="a-lk-podcast", date="2025-03-12 06:00", frm=("Les Pipelines – le podcast", "podcast@lespipelines.fm"), mid="ausha.co",
      subject="🎙️ Nouvel épisode : interview de Nadia K., staff engineer dans le jeu vidéo", fmt="alt", desc="podcast-nouvel-episode-interview",
      text="""Nouvel épisode disponible !

Épisode 58 — « On ne fait pas de la data comme on fait du jeu vidéo »

Dans cette interview, Nadia K., staff engineer chez un éditeur de jeux lyonnais, nous raconte comment son équipe traite 4 milliards d'événements de télémétrie par jour, pourquoi ils ont abandonné Spark Streaming, et ce qu'elle regarde en premier quand elle fait passer un entretien à un candidat.

Durée : 52 min
Écouter : https://lespipelines.fm/episodes/58
Aussi sur Spotify, Apple Podcasts et Deezer.

Merci à nos auditeurs qui nous soutiennent sur Patreon ❤️

Vous êtes abonné à la liste « Nouveaux épisodes » de Les Pipelines. Se désabonner : https://lespipelines.fm/unsubscribe"""))

add(L("newsletter-interview-tips", key="a-lk-wttj-mag", date="2025-03-02 10:00", frm=("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
      subject="Entretien d'embauche : comment parler salaire sans se griller", fmt="alt", brand="Welcome to the Jungle – Le Mag", color="#ffcd00",
      desc="wttj-mag-parler-salaire",
      text="""LE MAG — Ce dimanche dans vos lectures

Entretien d'embauche : comment parler salaire sans se griller
« Quelles sont vos prétentions ? » La question tombe souvent trop tôt. Nos conseils pour y répondre sereinement, avec des fourchettes et des arguments.
Lire l'article : https://www.welcometothejungle.com/fr/articles/pretentions-salariales-entretien

Aussi cette semaine :
- Semaine de 4 jours : un an après, les salariés racontent
- « J'ai refusé une offre après le dernier entretien » : trois témoignages
- Le syndrome de l'imposteur expliqué par une psychologue du travail

Bonne lecture et bon dimanche !
L'équipe du Mag

Vous recevez cet e-mail car vous êtes inscrit à la newsletter Le Mag. Se désinscrire : https://www.welcometothejungle.com/fr/me/settings/newsletters"""))

add(L("friend-own-interview", key="a-lk-antoine-1", date="2025-02-25 22:47", frm=("Antoine Petit", "antoine.petit.87@gmail.com"),
      subject="Mon entretien chez Finvo 😬", desc="antoine-mon-entretien-finvo",
      text="""Salut mon Max,

Je te fais un petit debrief comme promis : j'ai eu mon deuxième entretien chez Finvo cet aprem. 1h30 avec le VP Product et une designer, ils m'ont fait bosser sur un cas d'onboarding en live. Je pense que ça s'est bien passé, sauf la question sur les métriques de rétention où j'ai un peu bafouillé.

Ils doivent me répondre d'ici la fin de la semaine prochaine. Si c'est oui je pose ma dém' direct, je n'en peux plus de mon N+1.

Et toi, ça avance tes trucs ? On se fait un verre jeudi à la Fine Mousse ?

Antoine"""))

add(L("own-mail-to-friend-about-search", key="a-lk-antoine-2", date="2025-02-26 08:20", frm=ME, to=[("Antoine Petit", "antoine.petit.87@gmail.com")],
      parent="a-lk-antoine-1", quote="gmail_fr", subject="Re: Mon entretien chez Finvo 😬", desc="re-antoine-point-candidatures",
      text="""Hello,

Franchement ça a l'air d'être bien parti, croisons les doigts ! Bafouiller sur une question c'est normal, ils regardent l'ensemble.

De mon côté c'est les montagnes russes : Kelvo m'a dit non après l'entretien technique (trop orienté infra à leur goût), Ombelle pareil par mail tout sec, et la boîte de recrutement m'a lâché aussi. Par contre je vais postuler chez Plumea la semaine prochaine je pense (j'ai vu leur équipe au meetup, ils ont l'air top), et il y a un fondateur qui m'a contacté pour un café. Camille me dit que je suis trop impatient, elle a sûrement raison.

Jeudi à la Fine Mousse ça marche, 19h ?

Max"""))

add(L("flat-application", key="a-lk-flat-1", date="2025-02-08 10:14", frm=("Agence Parmentier Immobilier", "location@parmentier-immo.fr"),
      subject="Votre dossier de candidature – Appartement T3, rue des Pyrénées (75020)", fmt="alt", cte="quoted-printable",
      desc="agence-parmentier-dossier-candidature-t3",
      text="""Madame, Monsieur,

Nous accusons réception de votre dossier de candidature pour la location de l'appartement T3 de 62 m² situé 148 rue des Pyrénées, 75020 Paris (loyer 1 790 € charges comprises), visité le jeudi 6 février.

Votre dossier est complet. Il sera présenté au propriétaire avec les autres candidatures retenues par l'agence. Nous vous tiendrons informés de sa décision dans un délai de 8 à 10 jours.

Nous vous rappelons qu'aucune somme ne peut vous être demandée avant la signature du bail.

Bien cordialement,

Service Location
Agence Parmentier Immobilier
62 avenue Parmentier, 75011 Paris – 01 43 55 28 10"""))

add(L("flat-application-rejected", key="a-lk-flat-2", date="2025-02-17 17:36", frm=("Agence Parmentier Immobilier", "location@parmentier-immo.fr"),
      subject="Réponse à votre candidature – T3 rue des Pyrénées", fmt="alt", cte="quoted-printable", desc="agence-parmentier-reponse-refus",
      text="""Madame, Monsieur,

Nous vous remercions de l'intérêt porté à l'appartement situé 148 rue des Pyrénées.

Après étude de l'ensemble des dossiers, le propriétaire a porté son choix sur une autre candidature. Nous sommes donc au regret de vous informer que votre dossier n'a pas été retenu.

Nous conservons vos coordonnées et ne manquerons pas de vous proposer d'autres biens correspondant à votre recherche (T3, 20e / 11e / Montreuil, budget 1 850 € CC).

Bien cordialement,

Service Location
Agence Parmentier Immobilier"""))

add(L("flat-application-accepted", key="a-lk-flat-3", date="2025-04-25 12:09", frm=("Lokéo", "notifications@lokeo.fr"),
      subject="Bonne nouvelle : votre dossier a été accepté par le propriétaire 🎉", fmt="html", brand="Lokéo", color="#e4572e",
      desc="lokeo-dossier-accepte",
      text="""Bonjour Maxime,

Votre candidature pour le logement « T3 lumineux avec balcon – Paris 20e (Gambetta) » a été acceptée par le propriétaire, M. Dufresne.

Prochaines étapes :
1. Signature du bail en ligne (vous et Camille Rousseau recevrez chacun un lien)
2. Versement du dépôt de garantie (1 680 €)
3. État des lieux d'entrée, proposé le samedi 31 mai à 10h

Accéder à mon dossier : https://app.lokeo.fr/dossiers/LK-88213

L'équipe Lokéo"""))

add(L("user-research", key="a-lk-ux", date="2025-03-25 14:02", frm=("Banque Héliade – Équipe Expérience Client", "ux-research@heliade-banque.fr"),
      subject="Invitation : entretien utilisateur de 45 min (indemnisé 60 €)", fmt="alt", desc="heliade-entretien-utilisateur",
      text="""Bonjour Maxime,

Vous utilisez régulièrement l'application Héliade et votre avis nous intéresse !

Nous préparons une nouvelle version de l'espace « Épargne » et recherchons des clients pour un entretien individuel de 45 minutes, en visio, avec un membre de notre équipe Design. Pas de bonne ou de mauvaise réponse : nous voulons simplement comprendre comment vous gérez votre épargne au quotidien.

Créneaux disponibles entre le 1er et le 11 avril.
Pour vous remercier, nous vous offrons une carte cadeau de 60 €.

Je choisis mon créneau : https://heliade.typeform.com/to/ux-epargne-2025

À bientôt,
Mathilde, UX Researcher – Banque Héliade

Cet e-mail vous est adressé en tant que client de Banque Héliade. Vous pouvez refuser ces sollicitations depuis votre espace client."""))

add(L("retail-offer", key="a-lk-cimes-offer", date="2025-03-07 11:30", frm=("Cimes & Co", "news@cimes-and-co.fr"), mid="sendgrid",
      subject="Votre offre exclusive : -25 % sur les chaussons d'escalade 🧗", fmt="html", cte="quoted-printable", brand="CIMES & CO", color="#1e3a2f",
      desc="cimes-offre-exclusive",
      text="""Maxime, cette offre est pour vous

-25 % sur tous les chaussons d'escalade jusqu'au dimanche 16 mars, avec le code GRIMPE25.

La Sportiva, Scarpa, Ocun, Five Ten… plus de 80 modèles à essayer en magasin (Paris Bastille et Paris 14e) ou à commander en ligne.

J'en profite : https://www.cimes-and-co.fr/escalade/chaussons?utm_source=newsletter&utm_campaign=grimpe25

Offre non cumulable, valable une fois par client. Livraison offerte dès 60 €.
Se désinscrire : https://www.cimes-and-co.fr/newsletter/desinscription"""))

add(L("credit-card-application", key="a-lk-card", date="2025-01-31 09:12", frm=("Banque Héliade", "ne-pas-repondre@heliade-banque.fr"),
      subject="Votre demande de carte Visa Premier a été acceptée", fmt="alt", brand="Banque Héliade", color="#22346b",
      desc="heliade-carte-visa-premier-acceptee",
      text="""Bonjour Maxime Delorme,

Bonne nouvelle : votre demande de carte Visa Premier a été acceptée.

Votre nouvelle carte sera fabriquée et envoyée à votre adresse postale sous 7 jours ouvrés. Votre code confidentiel vous parviendra séparément, par courrier ou dans l'application.

Votre ancienne carte restera active jusqu'à l'activation de la nouvelle.

Cotisation : 134 € par an, prélevée mensuellement (11,17 €/mois).

Nous restons à votre disposition depuis la messagerie sécurisée de votre espace client.

Banque Héliade — Service Clients"""))

add(L("marketplace-offer", key="a-lk-lbc", date="2025-04-06 20:14", frm=("leboncoin", "no-reply@leboncoin.fr"), mid="leboncoin.fr",
      subject="Nouvelle offre reçue pour « Vélo Peugeot vintage cadre 56 cm »", fmt="alt", brand="leboncoin", color="#ec5a13",
      desc="leboncoin-nouvelle-offre-velo",
      text="""Bonjour Maxime,

Guillaume_75 vous a fait une offre de 160 € pour votre annonce « Vélo Peugeot vintage cadre 56 cm » (prix affiché : 190 €).

Son message : « Bonjour, je peux venir le chercher mardi soir si ça vous va, paiement sécurisé ou en espèces. »

Vous avez 48 h pour accepter, refuser ou faire une contre-proposition.
Voir l'offre : https://www.leboncoin.fr/compte/part/mes-transactions

L'équipe leboncoin"""))

add(L("volunteer-application", key="a-lk-benevole", date="2025-04-29 19:05", frm=("Festival Les Nuits de la Marne", "benevoles@nuitsdelamarne.org"),
      subject="Ta candidature bénévole a été retenue – rendez-vous d'accueil le 14 juin", fmt="alt", desc="festival-candidature-benevole",
      text="""Salut Maxime,

Merci pour ta candidature comme bénévole pour l'édition 2025 du festival (4-6 juillet, Joinville-le-Pont) : elle a été retenue !

Tu es affecté à l'équipe « Bar & Consigne », sur deux créneaux de 5 h (vendredi soir et samedi après-midi). En échange : pass 3 jours, repas et t-shirt collector.

Un petit entretien d'accueil collectif est prévu le samedi 14 juin à 15h au local de l'asso (12 rue de l'Écluse) pour tout t'expliquer. Merci de confirmer ta présence via ce lien : https://nuitsdelamarne.org/benevoles/confirmer

À très vite !
Margaux, coordination bénévoles"""))

add(L("training-application", key="a-lk-formation", date="2025-02-12 15:48", frm=("ISN Executive Education", "admissions@isn-executive.fr"),
      subject="Votre candidature au Certificat « Architecture Data & IA » – entretien d'admission", fmt="alt",
      desc="isn-certificat-entretien-admission",
      text="""Bonjour Monsieur Delorme,

Nous avons bien reçu votre dossier de candidature au Certificat « Architecture Data & IA » (session septembre 2025, financement CPF).

Après une première étude, le jury pédagogique souhaite vous rencontrer lors d'un entretien d'admission de 30 minutes en visioconférence. Merci de réserver un créneau avant le 28 février :
https://isn-executive.fr/admissions/rdv?candidat=DEL-2025-0412

La décision d'admission vous sera communiquée sous 15 jours après l'entretien.

Bien cordialement,
Service des Admissions
ISN Executive Education"""))

add(L("meetup-mock-interviews", key="a-lk-meetup", date="2025-04-08 12:00", frm=("Paris Data Engineers", "info@email.meetup.com"), mid="meetup.com",
      subject="Nouvel événement : Paris Data Engineers #43 – Talk Iceberg + session « mock interviews »", fmt="alt", brand="Meetup", color="#f65858",
      desc="meetup-pde-43-mock-interviews",
      text="""Paris Data Engineers a programmé un nouvel événement

Paris Data Engineers #43 – Talk Iceberg + session « mock interviews »
Mardi 22 avril 2025, 19:00
Chez Octave Data, 9 rue du Sentier, Paris 2e

Au programme :
- 19h15 : « Migrer 200 To vers Iceberg sans tout casser » par l'équipe data de Tessaly
- 20h00 : session « mock interviews » : des data engineers seniors jouent les recruteurs pour aider les juniors à préparer leurs entretiens techniques. On cherche encore 4 mentors volontaires !
- 21h00 : pizzas & bières

Participer : https://www.meetup.com/paris-data-engineers/events/305998214/

Vous recevez cet e-mail car vous êtes membre de Paris Data Engineers."""))

add(L("shared-garden-application", key="a-lk-jardin", date="2025-04-14 10:40", frm=("Mairie du 11e arrondissement", "jardins-partages11@paris.fr"),
      subject="Votre candidature pour une parcelle au jardin partagé Truillot", fmt="alt", desc="mairie-11e-jardin-partage",
      text="""Bonjour,

Suite au tirage au sort du 10 avril, nous avons le plaisir de vous informer que votre candidature pour une parcelle individuelle (4 m²) au jardin partagé Truillot a été retenue pour la saison 2025.

Une réunion d'accueil des nouveaux jardiniers aura lieu le samedi 26 avril à 10h sur place. L'adhésion à l'association gestionnaire (15 €/an) est à régler ce jour-là.

En cas d'empêchement, merci de nous prévenir afin que la parcelle puisse être attribuée à la personne suivante sur la liste d'attente.

Le service Démocratie locale
Mairie du 11e arrondissement"""))

add(L("press-interview", key="a-lk-matinale-itw", date="2025-04-26 07:15", frm=("La Matinale", "matinale@lamatinale-info.fr"), mid="mailchimp",
      subject="Entretien exclusif avec la ministre du Travail · Grève à la RATP · Les meilleures offres de printemps", fmt="alt",
      brand="La Matinale", color="#b91c1c", desc="matinale-entretien-ministre",
      text="""La Matinale — le récap du samedi 26 avril 2025

L'ESSENTIEL
• Entretien exclusif : la ministre du Travail estime que « le plein-emploi reste à portée » malgré la remontée du chômage au premier trimestre.
• Transports : préavis de grève à la RATP mardi 29 avril, des perturbations attendues sur les lignes 4, 9 et 13.
• Logement : les loyers parisiens ont encore progressé de 2,1 % sur un an, selon l'Observatoire des loyers.

CONSO
Les meilleures offres de printemps : vélos électriques, forfaits mobiles, billets de train… notre sélection des bons plans de la semaine.

À lire en ligne : https://lamatinale-info.fr/recap/2025-04-26

Se désinscrire : https://lamatinale-info.fr/newsletter/desinscription"""))
