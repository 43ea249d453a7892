# -*- coding: utf-8 -*-
"""Mailbox A — personal one-off mail: family, friends, partner, work (client), events."""
from common import M, FAKE_PDF

ME = ("Maxime Delorme", "maxime.delorme@gmail.com")
MUM = ("Hélène Delorme", "helene.delorme44@orange.fr")
MANON = ("Manon Delorme", "manon.delorme@gmail.com")
CAM = ("Camille Rousseau", "camille.rousseau@icloud.com")
LEA = ("Léa Girard", "lea.girard@gmail.com")
YAC = ("Yacine Haddad", "yacine.haddad@outlook.fr")
THIB = ("Thibault Mercier", "thibault.mercier@gmail.com")
INES = ("Inès Carpentier", "ines.carpentier@kalipso-rh.fr")
THOMAS = ("Thomas Vial", "thomas.vial@kalipso-rh.fr")
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb" + b"\x00" * 64 + b"\xff\xd9"

MSGS = []
add = MSGS.append


def P(kind, **kw):
    return M(label="not_job", kind=kind, **kw)


# ---------------------------------------------------------------- Family
add(P("family", key="a-mum-1", date="2025-01-06 19:22", frm=MUM, subject="Photos de Noël", fmt="alt", cte="quoted-printable",
      attach=[("IMG_2412.jpg", JPG, "image/jpeg"), ("IMG_2419.jpg", JPG, "image/jpeg")], desc="maman-photos-noel",
      text="""Bonsoir mon grand,

Je t'envoie enfin les photos de Noël, ton père a mis une semaine à les sortir de son appareil. Celle avec Camille et le chat est très réussie je trouve.

Bonne année encore à vous deux, et surtout la santé. Et que tu trouves ce fameux poste qui te plaît !

Bisous
Maman"""))
add(P("family", key="a-mum-2", date="2025-01-07 08:04", frm=ME, to=[MUM], parent="a-mum-1", quote="gmail_fr", subject="Re: Photos de Noël",
      desc="re-maman-photos", text="""Merci Maman ! Elles sont super, j'ai mis celle avec le chat en fond d'écran 😄

On vous embrasse fort,
Max"""))
add(P("family", key="a-mum-3", date="2025-01-26 11:47", frm=MUM, subject="Anniversaire de papa", fmt="alt", cte="quoted-printable",
      desc="maman-anniversaire-papa",
      text="""Coucou,

Pour les 65 ans de papa, on fait un déjeuner à la maison le samedi 15 février avec Manon, Théo et les cousins de Clisson. Vous pouvez venir ? Je peux vous loger bien sûr, la chambre d'amis est libre.

Ne lui dites rien pour le cadeau, on se cotise pour le vélo électrique.

Bises
Maman"""))
add(P("family", key="a-mum-4", date="2025-01-26 20:15", frm=ME, to=[MUM], parent="a-mum-3", quote="gmail_fr", subject="Re: Anniversaire de papa",
      desc="re-maman-anniversaire", text="""Oui bien sûr, on sera là ! On prend le train vendredi soir, je te dis l'heure quand on a les billets.

Pour le vélo, je vire ma part à Manon cette semaine.

Bisous
Max"""))
add(P("family-forward", key="a-mum-5", date="2025-03-09 16:30", frm=MUM, subject="TR: Les métiers du numérique recrutent à Nantes", fmt="alt",
      cte="quoted-printable", desc="maman-tr-article-numerique",
      text="""Je suis tombée là-dessus dans le journal, je te l'envoie au cas où. Tu pourrais revenir près de nous ;-)

Maman

-------- Message transféré --------
De : Le Courrier de l'Ouest <newsletter@courrierouest-info.fr>
Objet : Les métiers du numérique recrutent à Nantes

Avec plus de 3 000 postes à pourvoir d'ici 2026, la métropole nantaise manque de développeurs, de spécialistes en cybersécurité et d'experts de la donnée. Les entreprises redoublent d'imagination pour attirer les profils parisiens : télétravail, primes d'installation, aide au logement… Reportage dans trois entreprises de l'île de Nantes."""))
add(P("family", key="a-mum-6", date="2025-03-09 21:02", frm=ME, to=[MUM], parent="a-mum-5", quote="gmail_fr",
      subject="Re: TR: Les métiers du numérique recrutent à Nantes", desc="re-maman-article",
      text="""Haha, bien essayé 😄 Camille ne quittera pas Paris tant qu'elle est à l'hôpital, et moi j'ai quelques pistes sérieuses ici. Mais promis on vient plus souvent.

Bisous"""))
add(P("family-own-news", key="a-mum-7", date="2025-04-18 12:40", frm=ME, to=[MUM], cc=[MANON], subject="Bonne nouvelle !",
      desc="bonne-nouvelle-famille",
      text="""Coucou Maman, coucou Manon,

Je voulais vous l'annoncer par écrit pour que Papa puisse le lire aussi : j'ai accepté hier un CDI chez Plumea, la fintech dont je t'ai parlé au téléphone. Je commence le 2 juin, juste après la fin de ma mission. Le salaire est bien, l'équipe a l'air top, et c'est à 20 minutes à vélo du nouvel appart (si on l'a !).

On fête ça à l'Ascension ?

Bisous à tous
Max"""))
add(P("family", key="a-mum-8", date="2025-04-18 13:55", frm=MUM, to=[ME], parent="a-mum-7", quote="orange", subject="Re: Bonne nouvelle !", fmt="alt",
      cte="quoted-printable", mid="orange", desc="re-maman-bravo",
      text="""Oh mon chéri, BRAVO !!! Je suis tellement contente pour toi. Papa a lu par-dessus mon épaule, il dit qu'il est fier de toi (il ne te le dira pas au téléphone, tu le connais).

On fête ça à Pornic, c'est promis, je fais le gâteau breton.

Gros bisous à tous les deux
Maman"""))
add(P("family", key="a-manon-1", date="2025-02-02 14:21", frm=MANON, to=[ME], subject="Cadeau papa – cagnotte", desc="manon-cadeau-papa",
      text="""Hello frérot,

J'ai trouvé le vélo : un Gitane électrique chez le vélociste de Rezé, 1 640 € avec le panier et l'antivol. On est 6 à participer, donc ça fait environ 275 € chacun. Tu peux me virer sur mon RIB habituel ?

Et il faudra que tu m'aides à l'apporter en voiture samedi matin, papa va se douter de quelque chose sinon.

Manon"""))
add(P("family", key="a-manon-2", date="2025-02-02 18:03", frm=ME, to=[MANON], parent="a-manon-1", quote="gmail_fr", subject="Re: Cadeau papa – cagnotte",
      desc="re-manon-cagnotte", text="""Top, viré à l'instant (280 €, arrondi pour le ruban 🎀). OK pour samedi matin, on arrive vendredi soir de toute façon.

Max"""))
add(P("family", key="a-manon-3", date="2025-03-30 10:15", frm=MANON, to=[ME, CAM], subject="C'est une fille !!! 💕", fmt="alt",
      attach=[("echo_22SA.jpg", JPG, "image/jpeg")], desc="manon-cest-une-fille",
      text="""Coucou tous les deux,

Écho des 22 semaines ce matin : tout va bien, et c'est une FILLE ! Théo pleure depuis une heure 😂

On n'a pas encore choisi le prénom, on a une liste de 14 noms et on n'est d'accord sur aucun. Vos idées sont les bienvenues (sauf Camille, Théo a dit que ça ferait trop de Camille dans la famille, ha ha).

Bisous,
Manon"""))
add(P("family", key="a-manon-4", date="2025-05-04 19:33", frm=MANON, to=[ME, CAM], subject="Ascension à Pornic ?", desc="manon-ascension-pornic",
      text="""Hello !

Maman propose qu'on se retrouve tous à Pornic pour l'Ascension (jeudi 29 mai au dimanche 1er juin). La maison de tante Odile est libre. Vous êtes partants ? Ça fera une fête pour ton CDI et une baby-shower avant l'heure 😁

Dites-moi vite que je réponde à Odile.

Manon"""))
add(P("family", key="a-manon-5", date="2025-05-04 21:10", frm=CAM, to=[MANON], cc=[ME], parent="a-manon-4", quote="apple_fr", subject="Re: Ascension à Pornic ?",
      desc="re-camille-pornic", text="""Partants à 100 % ! Par contre on déménage le 31… on arrive jeudi et on repart vendredi soir, ça vous va ? 🙈

Camille"""))

# ---------------------------------------------------------------- Camille (partner)
add(P("partner", key="a-cam-1", date="2025-01-14 13:02", frm=CAM, to=[ME], subject="Docs pour le dossier location", desc="camille-docs-dossier-location",
      text="""Coucou,

Pour qu'on soit prêts quand on trouve LE appart, il faut qu'on ait tout scanné dans un dossier partagé :

- pièces d'identité (toi, moi)
- mes 3 derniers bulletins de salaire + contrat AP-HP
- pour toi : 2 derniers bilans de l'EURL + attestation de l'expert-comptable + relevés Malt des 3 derniers mois
- 3 dernières quittances de loyer
- avis d'imposition 2024
- attestation Visale (je m'en occupe ce soir)

Le souci ça va être ton statut de freelance, les agences adorent les CDI… 🙄

Bisous
C."""))
add(P("partner", key="a-cam-2", date="2025-02-05 12:31", frm=CAM, to=[ME], subject="T3 rue des Pyrénées – on visite jeudi ?", desc="camille-visite-pyrenees",
      text="""Regarde celui-là : https://www.parmentier-immo.fr/location/t3-rue-des-pyrenees-75020-ref-L2291

62 m², balcon, 4e avec ascenseur, 1 790 € CC. Un peu au-dessus du budget mais la cuisine est séparée !

Visite jeudi 18h30, je peux nous inscrire ?

C."""))
add(P("partner", key="a-cam-3", date="2025-02-05 12:47", frm=ME, to=[CAM], parent="a-cam-2", quote="gmail_fr", subject="Re: T3 rue des Pyrénées – on visite jeudi ?",
      desc="re-camille-visite", text="""Oui vas-y inscris-nous, je quitte Kalipso à 17h45 jeudi. J'apporte le dossier papier au cas où.

❤️"""))
add(P("partner", key="a-cam-4", date="2025-03-21 09:48", frm=CAM, to=[ME], subject="Fwd: Vos billets – Fontaines D.C. au Zénith", fmt="alt",
      desc="camille-fwd-billets-concert",
      text="""Tadaaa 🎸 Joyeux (très en avance) anniversaire !

---------- Forwarded message ---------
De : Billetterie Zénith Paris <billetterie@zenith-paris-tickets.fr>
Date : ven. 21 mars 2025 à 09:41
Objet : Vos billets – Fontaines D.C. – Zénith Paris – 27/06/2025

Bonjour Camille,

Merci pour votre achat. Vous trouverez vos 2 e-billets (fosse) en pièce jointe de ce message ainsi que dans votre compte.

Ouverture des portes : 19h00"""))
add(P("partner", key="a-cam-5", date="2025-04-23 20:05", frm=CAM, to=[ME], subject="Assurance habitation nouvel appart", desc="camille-assurance-habitation",
      text="""J'ai fait 3 devis pour Gambetta :
- Mutuelle des hospitaliers : 17,40 €/mois
- Ta banque : 21,90 €/mois
- Le truc en ligne que Léa utilise : 12,80 €/mois mais franchise 300 €

Je prendrais la mienne, c'est le meilleur rapport. Ok pour toi ?"""))
add(P("partner", key="a-cam-6", date="2025-04-23 22:31", frm=ME, to=[CAM], parent="a-cam-5", quote="gmail_fr", subject="Re: Assurance habitation nouvel appart",
      desc="re-camille-assurance", text="""Ok pour la tienne. Et on attend la réponse du proprio avant de signer quoi que ce soit hein 🤞"""))
add(P("flat-visit", key="a-flatvisit-1", date="2025-04-17 18:20", frm=("Lokéo", "notifications@lokeo.fr"), subject="Visite confirmée : T3 lumineux avec balcon – Paris 20e",
      fmt="html", brand="Lokéo", color="#e4572e", desc="lokeo-visite-confirmee",
      text="""Bonjour Maxime,

Votre visite est confirmée :
T3 lumineux avec balcon – Paris 20e (Gambetta)
Samedi 19 avril 2025 à 11h15
Adresse communiquée 24 h avant la visite.

Pensez à compléter votre dossier Lokéo avant la visite : les propriétaires répondent en priorité aux dossiers complets.

L'équipe Lokéo"""))

# ---------------------------------------------------------------- Friends
add(P("friends", key="a-lea-1", date="2025-01-10 17:30", frm=LEA, to=[ME, CAM, ("Antoine Petit", "antoine.petit.87@gmail.com"), THIB, YAC],
      subject="Crémaillère samedi 25 janvier 🥂", desc="lea-cremaillere",
      text="""Hello vous !

Ça y est, on a enfin fini les cartons (enfin presque). Crémaillère chez nous le samedi 25 janvier à partir de 20h, 14 rue Jean-Baptiste Clément à Ivry, 3e étage, code 48B12.

Apportez ce que vous voulez à boire, on s'occupe du reste. Les plus-un sont les bienvenus !

Léa & Hugo"""))
add(P("friends", key="a-lea-2", date="2025-01-10 19:02", frm=ME, to=[LEA], parent="a-lea-1", quote="gmail_fr", subject="Re: Crémaillère samedi 25 janvier 🥂",
      desc="re-lea-cremaillere", text="""On sera là ! On amène un crémant et la tarte tatin de Camille (qui a insisté).

Max"""))
add(P("friends", key="a-yac-1", date="2025-01-20 12:15", frm=YAC, to=[ME, ("Antoine Petit", "antoine.petit.87@gmail.com"), THIB, ("Romain Lefort", "romain.lefort@free.fr"), ("Samir B.", "samir.bk@gmail.com")],
      subject="Five mercredi 20h30 – qui est chaud ?", mid="outlook", desc="yacine-five-mercredi",
      text="""Salut les gars,

J'ai réservé le terrain 3 au Five de la Villette mercredi 20h30. Il manque encore 3 joueurs pour faire du 5 contre 5, répondez vite sinon j'invite les collègues (et ils sont nuls).

8 € par tête, Lydia à moi après le match.

Yacine"""))
add(P("friends", key="a-yac-2", date="2025-01-20 12:41", frm=ME, to=[YAC], parent="a-yac-1", quote="gmail_fr", subject="Re: Five mercredi 20h30 – qui est chaud ?",
      desc="re-yacine-five", text="Chaud ! Compte-moi."))
add(P("friends", key="a-yac-3", date="2025-03-03 09:10", frm=YAC, to=[ME, ("Antoine Petit", "antoine.petit.87@gmail.com"), THIB], mid="outlook",
      subject="RE: Five – nouveau créneau le jeudi", desc="yacine-five-jeudi",
      text="""Les gars,

Le Five change ses horaires, on perd le mercredi 20h30. Je propose le jeudi 21h à partir de la semaine prochaine, même terrain. Ça dit quoi ?

Y."""))
add(P("friends", key="a-thib-1", date="2025-01-08 21:44", frm=THIB, to=[ME, YAC, ("Antoine Petit", "antoine.petit.87@gmail.com")],
      subject="Ski – récap des comptes", desc="thibault-ski-comptes",
      text="""Salut la team,

Récap de la semaine à Serre Chevalier (j'ai tout mis dans Tricount) :

- location chalet : 1 680 €
- forfaits : 4 × 262 €
- courses : 412,30 €
- resto d'altitude du jeudi : 186 €

Chacun me doit 589,57 € (sauf Antoine qui a avancé l'essence, il doit 501,07 €). Pas d'urgence, d'ici fin janvier ça me va.

Vivement l'année prochaine, on retourne au même endroit ?

Thibault"""))
add(P("friends", key="a-thib-2", date="2025-02-24 08:20", frm=("Tricount", "no-reply@tricount.com"), subject="Thibault a été remboursé sur « Ski Serre Che 2025 »",
      fmt="html", brand="tricount", color="#3a7bd5", desc="tricount-rembourse",
      text="""Bonne nouvelle ! Tous les participants sont à l'équilibre sur « Ski Serre Che 2025 ».

Maxime → Thibault : 589,57 € (réglé)

Ouvrir le tricount : https://tricount.com/ski-serre-che-2025"""))
add(P("friends", key="a-wed-1", date="2025-02-10 19:00", frm=("Clara & Julien", "clara.et.julien.2025@gmail.com"), subject="Save the date 💍 14 juin 2025",
      fmt="html", desc="save-the-date-clara-julien",
      text="""Save the date !

Clara & Julien se marient

Samedi 14 juin 2025
Domaine des Charmilles, Monts d'Or (près de Lyon)

Faire-part et informations pratiques à suivre.
Réservez votre week-end !"""))
add(P("friends", key="a-wed-2", date="2025-04-01 10:12", frm=("Clara & Julien", "clara.et.julien.2025@gmail.com"), subject="Merci de confirmer votre présence avant le 20 avril",
      desc="mariage-rsvp",
      text="""Chers amis,

Le grand jour approche ! Merci de confirmer votre présence (et vos éventuels régimes alimentaires) avant le 20 avril via ce formulaire : https://forms.gle/8hQxJd2rN4kLw7Yt9

Une navette partira de Lyon Part-Dieu à 14h30 le samedi. Pour le logement, on a négocié un tarif à l'hôtel des Monts d'Or (code CLARAJU).

Gros bisous,
Clara & Julien"""))
add(P("friends", key="a-wed-3", date="2025-04-01 13:30", frm=ME, to=[("Clara & Julien", "clara.et.julien.2025@gmail.com")], parent="a-wed-2", quote="gmail_fr",
      subject="Re: Merci de confirmer votre présence avant le 20 avril", desc="re-mariage-rsvp",
      text="""Formulaire rempli ! Deux personnes, Camille est végétarienne. On a nos billets de train, on prendra la navette.

Trop hâte 🥳
Max & Camille"""))
add(P("friends-en", key="a-kev-1", date="2025-03-16 02:41", tz="America/Toronto", frm=("Kevin Tran", "kevin.tran.mtl@gmail.com"), lang="en",
      subject="Greetings from Montréal!", desc="kevin-greetings-montreal",
      text="""Hey Max,

Long time no see! It's been almost a year since your visit. Montréal is finally melting, we had 40 cm of snow last week and now it's +8 and everyone is on the terrasses.

Big news on my side: we're moving to Québec City in the summer, Anaïs got a position at Laval University. I'll keep working remotely.

How's freelance life? Still fighting with Airflow? Are you and Camille coming to Canada this year?

Cheers,
Kev"""))
add(P("friends-en", key="a-kev-2", date="2025-03-16 11:20", frm=ME, to=[("Kevin Tran", "kevin.tran.mtl@gmail.com")], parent="a-kev-1", quote="gmail_en", lang="en",
      subject="Re: Greetings from Montréal!", desc="re-kevin-montreal",
      text="""Hey Kev!

Great to hear from you, and congrats to Anaïs! Québec City is beautiful, you'll love the old town (less the winters maybe).

Freelance is fine but I'm trying to go back to a permanent job, a few interviews going on, I'll tell you more when it's settled. Still fighting with Airflow, yes, forever.

Canada this year is unlikely, we're moving flats and my sister is having a baby in July. But next year for sure!

Take care,
Max"""))
add(P("friends", key="a-antoine-3", date="2025-05-06 18:12", frm=("Antoine Petit", "antoine.petit.87@gmail.com"), to=[ME, YAC, THIB],
      subject="Pot de départ + crémaillère de poste 😎", desc="antoine-pot-nouveau-poste",
      text="""Les gars,

Dernier jour dans ma boîte le 16 mai, je commence chez Finvo le 19. Pour fêter ça : vendredi 16 à partir de 19h au Pavillon Puebla, je paie la première tournée.

Max, ça fera un double pot puisque toi aussi tu changes 😉

Antoine"""))

# ---------------------------------------------------------------- Work: client Kalipso RH (sent to personal address)
add(P("work", key="a-w-1", date="2025-01-07 09:05", frm=INES, mid="google-calendar",
      subject="Invitation: Point hebdo Data @ Hebdomadaire le mardi de 10:00 à 10:45 (UTC+1) (maxime.delorme@gmail.com)", fmt="alt",
      desc="invitation-point-hebdo-data",
      ics=dict(summary="Point hebdo Data", start="2025-01-07 10:00", end="2025-01-07 10:45", organizer=INES,
               attendees=[ME, THOMAS, ("Lucie Fabre", "lucie.fabre@kalipso-rh.fr")], location="Salle Colette",
               uid="2hq7d0l9s3vft1k8nbm4x6ep0c@google.com", description="Point d'équipe hebdomadaire."),
      text="""Point hebdo Data
Hebdomadaire le mardi ⋅ 10:00 – 10:45 (heure normale d'Europe centrale - Paris)

Lieu
Salle Colette

Tour de table des sujets de la semaine, blocages, priorités.

Invités
Inès Carpentier - organisateur
maxime.delorme@gmail.com
Thomas Vial
Lucie Fabre

Répondre pour maxime.delorme@gmail.com : Oui · Non · Peut-être
Invitation de Google Agenda : https://calendar.google.com/calendar/"""))
add(P("work", key="a-w-2", date="2025-01-13 08:47", frm=INES, subject="Priorités sprint 24", mid="mail.gmail.com", desc="ines-priorites-sprint-24",
      text="""Salut Maxime,

Pour le sprint qui démarre, dans l'ordre :
1. DATA-1432 (la synchro Greenhouse qui perd des statuts) — le client Boréal râle ;
2. finir la migration des 4 derniers DAG cron vers Airflow ;
3. si tu as le temps : la doc d'onboarding de la plateforme, parce qu'après toi il faudra bien que quelqu'un comprenne 😅

On en parle au point de 10h.
Inès"""))
add(P("work", key="a-w-3", date="2025-01-22 16:41", frm=("Lucie Fabre (Jira)", "jira@kalipso-rh.atlassian.net"), mid="Atlassian.JIRA",
      subject="[JIRA] (DATA-1440) Migration DAG paie_mensuelle vers Airflow 2.10", fmt="alt", desc="jira-data-1440-dag-paie",
      text="""Lucie Fabre a mis à jour DATA-1440

Statut : En cours → En revue
Assignée à : Maxime Delorme

Lucie Fabre :
Testé en recette sur la paie de décembre, les totaux correspondent au centime près. Je laisse Maxime valider le backfill avant de passer en prod.

Afficher le ticket : https://kalipso-rh.atlassian.net/browse/DATA-1440"""))
add(P("work", key="a-w-4", date="2025-02-03 08:30", tz="UTC", frm=("Slack", "notification@slack.com"), mid="slack.com",
      subject="[Slack] Résumé des activités de Kalipso RH", fmt="alt", brand="slack", color="#4a154b", desc="slack-resume-activites",
      text="""Voici ce que vous avez manqué ce week-end.

#data-plateforme — 12 nouveaux messages
Thomas Vial : le DAG export_factures a planté dimanche à 3h, je regarde ça ce matin

#general — 4 nouveaux messages
Direction : Rappel, la soirée des vœux a lieu jeudi à 18h30 au 6e étage 🎉

Ouvrir Slack : https://kalipso-rh.slack.com"""))
add(P("work", key="a-w-5", date="2025-02-12 10:20", frm=("Inès Carpentier (Jira)", "jira@kalipso-rh.atlassian.net"), mid="Atlassian.JIRA",
      subject="[JIRA] (DATA-1447) Coûts BigQuery +40 % en janvier", fmt="alt", desc="jira-data-1447-couts-bigquery",
      text="""Inès Carpentier a créé un ticket

Kalipso RH / DATA-1447
Coûts BigQuery +40 % en janvier

Type : Tâche    Priorité : Moyenne
Assignée à : Maxime Delorme

Description :
La facture GCP de janvier est à 6 420 € contre 4 580 € en décembre. Le gros de la hausse vient du projet kalipso-analytics. Peux-tu identifier les 10 requêtes les plus coûteuses (INFORMATION_SCHEMA.JOBS) et proposer des actions (partitionnement, clustering, vues matérialisées) ?

Afficher le ticket : https://kalipso-rh.atlassian.net/browse/DATA-1447"""))
add(P("work", key="a-w-6", date="2025-03-04 18:02", frm=INES, mid="mail.gmail.com", subject="Prolongation jusqu'au 23 mai ?", desc="ines-prolongation",
      text="""Hello Maxime,

Je sors du comité budget : j'ai obtenu de quoi prolonger ta mission jusqu'au 23 mai, le temps de recruter et d'onboarder ta relève. Je sais que tu cherches un CDI, donc pas de pression, mais ça nous arrangerait beaucoup. Je passerais par Malt comme d'habitude.

Tu me dis ?
Inès"""))
add(P("work", key="a-w-7", date="2025-03-04 21:37", frm=ME, to=[INES], parent="a-w-6", quote="gmail_fr", subject="Re: Prolongation jusqu'au 23 mai ?",
      desc="re-ines-prolongation", text="""Bonsoir Inès,

Ça me va très bien, ça me laisse le temps de bien faire la passation. Si je signe quelque part entre-temps, je te préviens tout de suite et on cale la fin au mieux pour l'équipe.

Envoie la proposition sur Malt, je valide.

Maxime"""))
add(P("work", key="a-w-8", date="2025-04-02 11:54", frm=("Thomas Vial (Jira)", "jira@kalipso-rh.atlassian.net"), mid="Atlassian.JIRA",
      subject="[JIRA] (DATA-1447) Coûts BigQuery +40 % en janvier — Résolu", fmt="alt", desc="jira-data-1447-resolu",
      text="""Thomas Vial a changé le statut de DATA-1447 : En revue → Résolu

Thomas Vial :
Bravo pour celle-là : avec le partitionnement de fct_timesheets et les vues matérialisées, on est à 3 910 € sur mars. 🎉

Afficher le ticket : https://kalipso-rh.atlassian.net/browse/DATA-1447"""))
add(P("work", key="a-w-9", date="2025-04-15 08:30", tz="UTC", frm=("Slack", "notification@slack.com"), mid="slack.com",
      subject="[Slack] Nouveau message direct de Thomas Vial", fmt="alt", brand="slack", color="#4a154b", desc="slack-message-thomas",
      text="""Thomas Vial  10:12
Dis, le secret du compte de service pour le bucket d'archives, il est dans quel coffre Vault ? Je ne le trouve plus dans kv/data-platform 🙃

Répondre dans Slack : https://kalipso-rh.slack.com/archives/D04TVIAL"""))
add(P("work", key="a-w-10", date="2025-05-14 17:22", frm=THOMAS, to=[("Équipe Data", "data@kalipso-rh.fr")], cc=[ME], mid="mail.gmail.com",
      subject="Pot de départ de Maxime – jeudi 22 mai 🍻", desc="pot-de-depart-maxime",
      text="""Hello l'équipe,

Comme vous le savez, Maxime termine sa mission le 23 mai après deux ans et demi parmi nous (et 214 DAG migrés, mais qui compte ?).

On organise un pot jeudi 22 mai à partir de 18h30 au Café Chérie, rue Blanche. Cagnotte pour un petit cadeau ici : https://www.leetchi.com/c/depart-maxime-kalipso

Ne dites rien à Maxime. (Maxime, si tu lis ça : fais semblant d'être surpris.)

Thomas"""))
add(P("work", key="a-w-11", date="2025-05-16 09:10", frm=INES, mid="google-calendar",
      subject="Invitation: Passation plateforme data – Maxime → Sofiane @ lun. 19 mai 2025 14:00 - 17:00 (UTC+2) (maxime.delorme@gmail.com)",
      fmt="alt", desc="invitation-passation-plateforme",
      ics=dict(summary="Passation plateforme data – Maxime → Sofiane", start="2025-05-19 14:00", end="2025-05-19 17:00", organizer=INES,
               attendees=[ME, ("Sofiane Belkacem", "sofiane.belkacem@kalipso-rh.fr"), THOMAS], location="Salle Colette",
               uid="0vm3k8r2ct6pq1hn9xd4ls7ez5@google.com", description="Passation : Airflow, dbt, alerting, accès."),
      text="""Passation plateforme data – Maxime → Sofiane
lundi 19 mai 2025 ⋅ 14:00 – 17:00 (heure d'été d'Europe centrale - Paris)

Lieu
Salle Colette

Ordre du jour : architecture Airflow, conventions dbt, alerting, accès et secrets, tickets en cours.

Invités
Inès Carpentier - organisateur
maxime.delorme@gmail.com
Sofiane Belkacem
Thomas Vial

Invitation de Google Agenda : https://calendar.google.com/calendar/"""))
add(P("work", key="a-w-12", date="2025-05-23 18:44", frm=INES, mid="mail.gmail.com", subject="Merci ✨", desc="ines-merci",
      text="""Maxime,

Un petit mot pour te remercier pour ces deux ans et demi. Tu as transformé une plateforme qui tenait avec des scotchs en quelque chose dont l'équipe est fière, et tu l'as fait avec une patience et une bonne humeur rares.

Plumea a beaucoup de chance. Si un jour tu repasses en freelance, tu sais où nous trouver.

Je t'ai laissé une recommandation sur Malt et sur LinkedIn.

Belle suite,
Inès"""))
add(P("work", key="a-w-13", date="2025-05-23 22:05", frm=ME, to=[INES], parent="a-w-12", quote="gmail_fr", subject="Re: Merci ✨", desc="re-ines-merci",
      text="""Merci Inès, ça me touche beaucoup. J'ai vraiment appris plein de choses avec toi et l'équipe. On se fait un déj à la rentrée ?

Maxime"""))

# ---------------------------------------------------------------- Events / meetups
add(P("meetup", key="a-ev-1", date="2025-02-04 12:00", frm=("Paris Data Engineers", "info@email.meetup.com"), mid="meetup.com",
      subject="Nouvel événement : Paris Data Engineers #41 – dbt en production chez trois scale-ups", fmt="alt", brand="Meetup", color="#f65858",
      desc="meetup-pde-41",
      text="""Paris Data Engineers a programmé un nouvel événement

Paris Data Engineers #41 – dbt en production chez trois scale-ups
Mardi 18 février 2025, 19:00
Chez Plumea, 27 rue du Faubourg Poissonnière, Paris 9e

Trois retours d'expérience de 15 minutes, puis questions et apéro.

Participer : https://www.meetup.com/paris-data-engineers/events/305122870/"""))
add(P("meetup", key="a-ev-2", date="2025-02-17 18:00", frm=("Meetup", "info@email.meetup.com"), mid="meetup.com",
      subject="Rappel : Paris Data Engineers #41 demain à 19:00", desc="meetup-rappel-pde-41",
      text="""Vous participez à Paris Data Engineers #41 – dbt en production chez trois scale-ups.

Mardi 18 février 2025, 19:00
27 rue du Faubourg Poissonnière, Paris 9e — interphone « Plumea », 3e étage.

Vous ne pouvez plus venir ? Mettez à jour votre réponse pour libérer une place."""))
add(P("conference", key="a-ev-3", date="2025-01-29 14:12", frm=("DataOps Days Paris", "billetterie@dataopsdays.fr"), subject="Votre billet – DataOps Days Paris 2025",
      fmt="alt", attach=[("billet_DODP25_0412.pdf", FAKE_PDF, "application/pdf")], desc="dataops-days-billet",
      text="""Bonjour Maxime,

Merci pour votre inscription ! Votre billet « Early Bird » pour DataOps Days Paris 2025 est en pièce jointe.

📅 Jeudi 15 mai 2025, 9h – 18h30
📍 Le Centquatre, 5 rue Curial, 75019 Paris

Le programme complet sera publié début mars.

L'équipe DataOps Days"""))
add(P("conference", key="a-ev-4", date="2025-05-12 10:00", frm=("DataOps Days Paris", "billetterie@dataopsdays.fr"), subject="J-3 : tout ce qu'il faut savoir pour jeudi",
      fmt="alt", desc="dataops-days-j-3",
      text="""Bonjour Maxime,

Plus que trois jours ! Quelques infos pratiques :
- accueil à partir de 8h15, pensez à votre billet (PDF ou sur téléphone) ;
- la keynote d'ouverture commence à 9h pile en grande halle ;
- le déjeuner est inclus, options végétariennes et sans gluten disponibles ;
- l'appli de l'événement : https://dataopsdays.fr/app

À jeudi !"""))
add(P("calendar-reminder", key="a-cal-rem-1", date="2025-03-08 18:00", tz="UTC", frm=("Google Agenda", "calendar-notification@google.com"), mid="google-calendar",
      subject="Notification : Dîner chez Julie & Marc @ sam. 8 mars 2025 20:00 - 23:00 (UTC+1) (maxime.delorme@gmail.com)", desc="rappel-diner-julie",
      text="""Dîner chez Julie & Marc
samedi 8 mars 2025 ⋅ 20:00 – 23:00 (heure normale d'Europe centrale - Paris)

Lieu : 9 rue de la Folie-Méricourt, Paris

Rappel : apporter le dessert !

Invitation de Google Agenda : https://calendar.google.com/calendar/
Vous recevez cet e-mail à l'adresse maxime.delorme@gmail.com, car vous avez activé les notifications d'agenda."""))
add(P("calendar-reminder", key="a-cal-rem-2", date="2025-05-03 07:30", tz="UTC", frm=("Google Agenda", "calendar-notification@google.com"), mid="google-calendar",
      subject="Notification : Cartons + déchetterie @ sam. 3 mai 2025 10:00 - 13:00 (UTC+2) (maxime.delorme@gmail.com)", desc="rappel-cartons",
      text="""Cartons + déchetterie
samedi 3 mai 2025 ⋅ 10:00 – 13:00 (heure d'été d'Europe centrale - Paris)

Récupérer les cartons chez Yacine + déposer l'ancien matelas à la déchetterie de la porte de la Villette.

Invitation de Google Agenda : https://calendar.google.com/calendar/"""))
