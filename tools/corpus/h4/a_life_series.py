# -*- coding: utf-8 -*-
"""Mailbox A — everyday mail that comes in series (bank, bills, newsletters, shops...).
Every text below is hand-written; the loops only attach dates to them."""
from common import M

ME = ("Maxime Delorme", "maxime.delorme@gmail.com")
OLD = ("Maxime Delorme", "mdelorme@free.fr")
MSGS = []
add = MSGS.append


def E(kind, **kw):
    return M(label="not_job", kind=kind, **kw)


# ---------------------------------------------------------------- Banque Héliade
HEL = ("Banque Héliade", "ne-pas-repondre@heliade-banque.fr")
releves = [("2025-01-07 06:12", "décembre 2024", "1 842,17"), ("2025-02-06 06:09", "janvier 2025", "3 127,40"),
           ("2025-03-06 06:15", "février 2025", "2 508,93"), ("2025-04-07 06:11", "mars 2025", "4 016,55"),
           ("2025-05-06 06:13", "avril 2025", "2 771,02")]
for i, (d, mois, solde) in enumerate(releves):
    add(E("bank-statement", key="a-hel-rel-%d" % i, date=d, frm=HEL, subject="Votre relevé de compte de %s est disponible" % mois,
          fmt="alt", brand="Banque Héliade", color="#22346b", desc="heliade-releve-" + mois.split()[0],
          text="""Bonjour Maxime Delorme,

Votre relevé de compte courant n° ****4471 pour la période de %s est disponible dans votre espace client, rubrique « Mes documents ».

Solde en fin de période : %s € (créditeur)

Consulter mes documents : https://client.heliade-banque.fr/documents

Pour votre sécurité, nous ne vous demanderons jamais vos identifiants par e-mail.

Banque Héliade""" % (mois, solde)))

virements = [("2025-01-10 14:22", "4 620,00", "F-2024-012"), ("2025-02-11 09:47", "5 082,00", "F-2025-001"),
             ("2025-03-12 11:05", "4 851,00", "F-2025-002"), ("2025-04-10 16:38", "5 313,00", "F-2025-003"),
             ("2025-05-12 10:01", "4 389,00", "F-2025-004")]
for i, (d, amt, ref) in enumerate(virements):
    add(E("bank-transfer-alert", key="a-hel-vir-%d" % i, date=d, frm=HEL, subject="Virement reçu sur votre compte",
          desc="heliade-virement-recu",
          text="""Bonjour,

Un virement de %s € a été crédité sur votre compte professionnel n° ****9023.

Émetteur : MALT COMMUNITY SAS
Libellé : PAIEMENT FACTURE %s

Cette alerte est envoyée automatiquement selon les paramètres choisis dans votre espace client (Alertes > Virements reçus > supérieurs à 500 €).

Banque Héliade""" % (amt, ref)))

add(E("bank-3ds", key="a-hel-3ds-1", date="2025-02-22 15:41", frm=HEL, subject="Validez votre paiement de 238,90 € chez CIMES ET CO",
      desc="heliade-validez-paiement",
      text="""Un paiement de 238,90 € chez CIMES ET CO est en attente de validation.

Ouvrez votre application Héliade pour le confirmer. Vous avez 5 minutes.

Vous n'êtes pas à l'origine de ce paiement ? Refusez-le dans l'application et contactez-nous au 09 69 32 10 10 (appel non surtaxé).

Banque Héliade"""))
add(E("bank-new-device", key="a-hel-device", date="2025-03-29 23:02", frm=HEL, subject="Nouvel appareil associé à votre espace client",
      desc="heliade-nouvel-appareil",
      text="""Bonjour Maxime,

Un nouvel appareil (iPhone 15 – iOS 18.3) vient d'être associé à votre espace client le 29/03/2025 à 23:01.

Si vous êtes à l'origine de cette opération, vous n'avez rien à faire.
Sinon, appelez immédiatement notre service d'opposition au 09 69 32 10 99.

Banque Héliade"""))

# ---------------------------------------------------------------- Malt
MALT = ("Malt", "noreply@malt.fr")
for i, (d, ref, amt) in enumerate([("2025-01-09 18:03", "F-2024-012", "4 620,00"), ("2025-02-10 17:55", "F-2025-001", "5 082,00"),
                                    ("2025-03-11 18:20", "F-2025-002", "4 851,00"), ("2025-04-09 17:48", "F-2025-003", "5 313,00")]):
    add(E("freelance-platform-invoice", key="a-malt-pay-%d" % i, date=d, frm=MALT, subject="Votre facture %s a été réglée par Kalipso RH" % ref,
          fmt="alt", brand="malt", color="#fc5757", desc="malt-facture-reglee",
          text="""Bonjour Maxime,

Bonne nouvelle : Kalipso RH a réglé votre facture %s d'un montant de %s € HT.

Le virement sera visible sur votre compte bancaire sous 1 à 2 jours ouvrés.

Retrouver mes factures : https://www.malt.fr/dashboard/freelancer/invoices

L'équipe Malt""" % (ref, amt)))
add(E("freelance-mission-extension", key="a-malt-avenant", date="2025-03-06 10:12", frm=MALT,
      subject="Kalipso RH vous propose de prolonger votre mission", fmt="alt", brand="malt", color="#fc5757", desc="malt-prolongation-mission",
      text="""Bonjour Maxime,

Kalipso RH souhaite prolonger la mission « Data Engineer – Plateforme Airflow / BigQuery ».

Nouvelle date de fin : 23 mai 2025
TJM inchangé : 550 € HT
Rythme : 5 jours / semaine

Accepter ou discuter la proposition : https://www.malt.fr/messages/project/64b1f0e27c

L'équipe Malt"""))
add(E("freelance-mission-end", key="a-malt-fin", date="2025-05-20 09:30", frm=MALT,
      subject="Votre mission avec Kalipso RH se termine bientôt", fmt="alt", brand="malt", color="#fc5757", desc="malt-fin-mission",
      text="""Bonjour Maxime,

Votre mission « Data Engineer – Plateforme Airflow / BigQuery » avec Kalipso RH se termine le 23 mai 2025.

Pensez à :
- déposer votre dernière facture (jours travaillés en mai) ;
- demander une recommandation à votre client, elle apparaîtra sur votre profil.

Faire ma dernière facture : https://www.malt.fr/dashboard/freelancer/invoices/new

L'équipe Malt"""))

# ---------------------------------------------------------------- URSSAF / impôts / expert-comptable
add(E("admin-urssaf", key="a-urssaf-1", date="2025-01-15 08:03", frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), to=[OLD],
      subject="Rappel : votre déclaration et paiement du 4e trimestre 2024", desc="urssaf-rappel-declaration-t4",
      text="""Madame, Monsieur,

Nous vous rappelons que votre déclaration sociale et le paiement des cotisations du 4e trimestre 2024 doivent être effectués au plus tard le 31 janvier 2025.

Vous pouvez déclarer et payer en ligne depuis votre espace personnel sur urssaf.fr, rubrique « Déclarer et payer ».

Si vous avez déjà effectué cette démarche, merci de ne pas tenir compte de ce message.

Votre Urssaf Île-de-France"""))
add(E("admin-urssaf", key="a-urssaf-2", date="2025-04-14 08:05", frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), to=[OLD],
      subject="Un nouveau document est disponible dans votre espace", desc="urssaf-nouveau-document",
      text="""Madame, Monsieur,

Un nouveau document est disponible dans votre espace personnel : « Échéancier de cotisations provisionnelles 2025 ».

Pour le consulter, connectez-vous sur urssaf.fr, rubrique « Mes documents ».

Votre Urssaf Île-de-France"""))
add(E("admin-impots", key="a-impots-1", date="2025-04-10 10:31", frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
      subject="La déclaration des revenus 2024 est ouverte", fmt="alt", desc="impots-declaration-ouverte",
      text="""Bonjour,

Le service de déclaration en ligne des revenus 2024 est ouvert depuis le 10 avril 2025.

Pour Paris, la date limite de déclaration en ligne est fixée au jeudi 5 juin 2025 à 23h59.

Vérifiez les informations préremplies, complétez-les si nécessaire, et n'oubliez pas de signer votre déclaration.

Accéder à votre espace particulier : https://www.impots.gouv.fr

La Direction générale des Finances publiques"""))

EXP = ("Sandrine Aubry – Expertys Conseil", "s.aubry@expertys-conseil.fr")
add(E("accountant", key="a-exp-1", date="2025-01-17 11:26", frm=EXP, mid="exchange", subject="EURL Delorme Data – pièces manquantes décembre",
      fmt="alt", desc="expertys-pieces-manquantes",
      text="""Bonjour Monsieur Delorme,

En préparant la clôture 2024, il me manque les justificatifs suivants sur le compte pro :

- 03/12 : CB AMAZON PAYMENTS – 89,99 €
- 11/12 : CB SNCF CONNECT – 114,00 €
- 19/12 : PRLV ORBEO TELECOM – 39,99 €
- 27/12 : CB OVH SAS – 12,59 €

Pouvez-vous les déposer sur la plateforme d'ici le 31 janvier ? Merci d'avance.

Bien cordialement,
Sandrine Aubry
Collaboratrice comptable – Expertys Conseil
01 84 25 60 13"""))
add(E("accountant", key="a-exp-2", date="2025-01-19 21:40", frm=ME, to=[EXP[::1]], parent="a-exp-1", quote="gmail_fr",
      subject="Re: EURL Delorme Data – pièces manquantes décembre", desc="re-expertys-pieces",
      text="""Bonjour Madame Aubry,

C'est déposé, sauf le billet SNCF du 11/12 que je n'arrive pas à retrouver : c'était un aller-retour Paris-Nantes pour un rendez-vous client, je vous mets la capture du relevé à la place. Dites-moi si ça ne suffit pas.

Bonne soirée,
Maxime Delorme"""))
add(E("accountant", key="a-exp-3", date="2025-03-13 15:02", frm=EXP, mid="exchange", subject="Bilan 2024 – rendez-vous de présentation",
      fmt="alt", desc="expertys-bilan-rdv",
      text="""Bonjour Monsieur Delorme,

Le bilan 2024 de l'EURL est finalisé. Je vous propose un rendez-vous de 45 minutes en visio pour vous le présenter, ainsi que pour évoquer la suite puisque vous nous avez indiqué envisager un retour au salariat (mise en sommeil ou dissolution de la société, les deux options ont des coûts différents).

Disponibilités : mardi 18 mars à 10h, jeudi 20 mars à 17h ou lundi 24 mars à 9h30.

Bien cordialement,
Sandrine Aubry
Expertys Conseil"""))

# ---------------------------------------------------------------- Orbéo Télécom (box + mobile)
ORB = ("Orbéo Télécom", "facture@orbeo-telecom.fr")
bills = [("2025-01-12 04:30", "janvier", "52,98", ""),
         ("2025-02-12 04:28", "février", "52,98", ""),
         ("2025-03-12 04:33", "mars", "61,47", "\nDont hors forfait : appels vers le Canada (8,49 €).\n"),
         ("2025-04-12 04:31", "avril", "54,98", "\nÀ noter : le prix de votre offre Fibre Essentielle évolue de 2 € par mois à partir de ce mois-ci, comme annoncé dans notre courrier du 10 février.\n"),
         ("2025-05-12 04:29", "mai", "54,98", "")]
for i, (d, mois, amt, extra) in enumerate(bills):
    add(E("telecom-bill", key="a-orb-%d" % i, date=d, frm=ORB, subject="Votre facture Orbéo de %s est disponible" % mois,
          fmt="html", cte="quoted-printable", brand="orbéo", color="#00a19a", desc="orbeo-facture-" + mois,
          text="""Bonjour Maxime,

Votre facture de %s est disponible dans votre Espace Client.

Montant : %s € TTC
Offres : Fibre Essentielle + Forfait mobile 100 Go
Prélèvement prévu le 17 %s sur votre compte ****4471.
%s
Voir ma facture : https://espace-client.orbeo-telecom.fr/factures

Orbéo Télécom – Service Clients""" % (mois, amt, mois, extra)))

# ---------------------------------------------------------------- Elecia énergie
EL = ("Elecia", "service-client@elecia-energie.fr")
add(E("energy-bill", key="a-elec-1", date="2025-01-20 07:10", frm=EL, subject="Votre échéancier 2025 est disponible", fmt="alt",
      desc="elecia-echeancier-2025",
      text="""Bonjour Monsieur Delorme,

Votre nouvel échéancier pour l'année 2025 est disponible dans votre espace client.

Mensualité : 58 € (contre 63 € en 2024), prélevée le 5 de chaque mois.

Cette baisse tient compte de votre consommation réelle de l'an dernier (2 310 kWh) et de l'évolution des tarifs au 1er février.

Elecia – l'électricité verte, simplement"""))
add(E("energy-bill", key="a-elec-2", date="2025-03-20 07:08", frm=EL, subject="Relevé de compteur : on a besoin de vous (2 minutes)", fmt="alt",
      desc="elecia-releve-compteur",
      text="""Bonjour Maxime,

Votre compteur n'a pas pu être relevé à distance ce mois-ci. Pour éviter une estimation, transmettez-nous votre index avant le 27 mars :
https://espace.elecia-energie.fr/index

Où le trouver ? Sur l'écran de votre compteur Linky, appuyez sur la touche « + » jusqu'à afficher « EASF01 ».

Merci !
L'équipe Elecia"""))
add(E("energy-bill", key="a-elec-3", date="2025-05-05 07:12", frm=EL, subject="Confirmation de résiliation à compter du 31 mai 2025", fmt="alt",
      desc="elecia-confirmation-resiliation",
      text="""Bonjour Monsieur Delorme,

Suite à votre demande du 2 mai, nous vous confirmons la résiliation de votre contrat d'électricité pour le logement situé 37 rue Saint-Maur, 75011 Paris, à compter du 31 mai 2025.

Votre facture de clôture sera établie à partir de l'index relevé le jour du départ. Vous souhaitez garder Elecia dans votre nouveau logement ? Il suffit de nous appeler ou de souscrire en ligne en 5 minutes.

Elecia – Service Clients"""))

# ---------------------------------------------------------------- Le Brief Data (biweekly, fr)
BRIEF = ("Le Brief Data", "hello@lebriefdata.fr")
issues = [
    ("2025-01-16 07:05", 84, "Bonne année data !", ["Nos 10 prédictions (un peu moqueuses) pour 2025", "Snowflake vs BigQuery : la guerre des prix continue", "Tuto : tester ses modèles dbt avec dbt-unit-testing"]),
    ("2025-01-30 07:05", 85, "Le grand retour du batch", ["Pourquoi tout le monde revient au batch (et c'est très bien)", "Airflow 3 : ce qu'on sait de la roadmap", "Sondage : combien gagnent les data engineers en France ? (résultats)"]),
    ("2025-02-13 07:04", 86, "Spécial coûts cloud", ["Diviser sa facture BigQuery par 3 : le retour d'une néobanque", "FinOps data : par où commencer ?", "Outil de la quinzaine : sqlmesh"]),
    ("2025-03-13 07:06", 88, "Iceberg partout", ["Iceberg, Delta, Hudi : le match en 2025", "Retour du Data Council 2025", "Une librairie française à suivre : pandera"]),
    ("2025-03-27 07:05", 89, "La qualité de données, encore", ["Data contracts : mode ou vraie solution ?", "Great Expectations a 7 ans : bilan", "Meme de la quinzaine : « ça marche sur mon notebook »"]),
    ("2025-04-10 07:05", 90, "Petit numéro de vacances", ["Lectures pour les vacances de printemps", "DuckDB 1.3 est sorti", "On recrute un rédacteur bénévole pour la newsletter (écrivez-nous !)"]),
    ("2025-04-24 07:05", 91, "Orchestrateurs, round 3", ["Kestra, le petit français qui monte", "Dagster en production : 6 mois après", "Les slides du meetup Paris Data Engineers #43"]),
    ("2025-05-08 07:05", 92, "Pont de mai", ["Numéro court, on est en pont comme vous", "Polars 1.x en prod : attention à la mémoire", "Agenda : les conférences data de juin"]),
    ("2025-05-22 07:05", 93, "Le streaming pour les nuls", ["Kafka, Redpanda, Pub/Sub : comment choisir", "Faut-il vraiment du temps réel ? (souvent non)", "Merci pour vos 4 000 abonnements !"]),
]
for d, n, theme, items in issues:
    add(E("newsletter", key="a-brief-%d" % n, date=d, frm=BRIEF, mid="mailchimp", subject="#%d – %s" % (n, theme), fmt="alt",
          brand="Le Brief Data", color="#0f766e", desc="brief-data-%d" % n,
          headers={"List-Unsubscribe": "<https://lebriefdata.us21.list-manage.com/unsubscribe?u=9c1f&id=3a2b>"},
          text="Le Brief Data — #%d\n\nSalut à toutes et à tous,\n\n%s\n\n%s\n\nBonne lecture,\nÉlise & Karim\n\nSe désinscrire : https://lebriefdata.us21.list-manage.com/unsubscribe" % (
              n, {84: "On démarre l'année avec un numéro un peu plus long que d'habitude, servez-vous un café.",
                  85: "Numéro un peu en retard, la faute à un pipeline qui a décidé de tomber lundi matin.",
                  86: "Ce numéro est entièrement consacré à l'argent. Celui que vos requêtes coûtent.",
                  88: "Vous avez été nombreux à nous demander un point sur les formats de tables ouverts. Le voici.",
                  89: "On parle qualité de données, encore et toujours, parce que vous cliquez dessus.",
                  90: "Petit numéro, la moitié de l'équipe est en vacances (l'autre moitié aussi, en fait).",
                  91: "Le comparatif des orchestrateurs se termine. Merci pour vos dizaines de réponses !",
                  92: "On fait court, vous êtes sûrement en train de profiter du pont.",
                  93: "Dernier numéro avant l'été… non, on plaisante, on continue jusqu'en juillet."}[n],
              "\n".join("• " + it for it in items))))

# ---------------------------------------------------------------- Data Engineering Digest (en)
DED = ("Data Engineering Digest", "digest@dataengineeringdigest.com")
ded = [("2025-01-13 14:00", 152, ["Why your data team needs an on-call rotation", "A deep dive into Parquet page indexes", "Job of the week is taking a break: we're redesigning the section"]),
       ("2025-01-27 14:00", 154, ["The state of open table formats in 2025", "Lessons from migrating 3,000 dbt models", "Tool: a tiny CLI to diff two warehouse schemas"]),
       ("2025-02-17 14:00", 157, ["Stop building dashboards nobody reads", "Incremental models, the hard parts", "Reader question: Airflow or Dagster for a 3-person team?"]),
       ("2025-03-10 14:01", 160, ["Streaming joins explained with cats", "How a marketplace cut warehouse costs by 60%", "Conference season: our picks"]),
       ("2025-03-31 14:00", 163, ["Data contracts in practice", "An honest review of three data catalogs", "Polars vs pandas in 2025, with benchmarks"]),
       ("2025-04-21 14:00", 166, ["The quiet death of the semantic layer?", "Writing idempotent pipelines", "Open-source spotlight: a reader's dbt/Airflow lineage tool"]),
       ("2025-05-12 14:00", 169, ["Iceberg REST catalogs compared", "Testing SQL like it's code", "Why we moved our CDC off Debezium"])]
for d, n, items in ded:
    add(E("newsletter", key="a-ded-%d" % n, date=d, tz="UTC", frm=DED, mid="ses", lang="en", subject="Data Engineering Digest #%d" % n, fmt="alt",
          desc="data-engineering-digest-%d" % n,
          text="Data Engineering Digest — Issue #%d\n\nHi there,\n\nThis week's picks:\n\n%s\n\nThanks for reading, and see you next week.\n— Priya & the DED crew\n\nYou're receiving this because you subscribed at dataengineeringdigest.com. Unsubscribe: https://dataengineeringdigest.com/unsubscribe" % (
              n, "\n\n".join("%d. %s" % (j + 1, it) for j, it in enumerate(items)))))

# ---------------------------------------------------------------- La Matinale (weekly recap)
MAT = ("La Matinale", "matinale@lamatinale-info.fr")
mat = [("2025-01-11 07:15", "11 janvier", ["Vague de froid : le plan grand froid déclenché à Paris", "Budget 2025 : le gouvernement cherche encore 30 milliards", "Culture : les expositions à ne pas manquer cet hiver"]),
       ("2025-01-25 07:15", "25 janvier", ["Grippe : l'épidémie atteint son pic en Île-de-France", "Immobilier : les taux de crédit repassent sous les 3,3 %", "Sport : le PSG qualifié pour les barrages"]),
       ("2025-02-08 07:15", "8 février", ["Sommet sur l'intelligence artificielle à Paris : ce qu'il faut retenir", "Vacances d'hiver : les bouchons à prévoir samedi", "Cuisine : 5 recettes de soupes qui changent"]),
       ("2025-02-22 07:15", "22 février", ["Salon de l'Agriculture : ouverture sous tension", "Paris : la rue de Rivoli bientôt interdite aux voitures le dimanche ?", "Ciné : les sorties de la semaine"]),
       ("2025-03-15 07:15", "15 mars", ["Municipales 2026 : les premières candidatures à Paris", "Le chômage des cadres en légère hausse", "Jardinage : c'est le moment de semer les tomates"]),
       ("2025-03-29 07:15", "29 mars", ["Passage à l'heure d'été cette nuit : on dort une heure de moins", "Météo : un week-end printanier", "Tennis : le programme de la saison sur terre battue"]),
       ("2025-04-12 07:15", "12 avril", ["Vacances de printemps : ce qui change à la SNCF", "Paris : la piscine de la Butte-aux-Cailles rouvre", "Tech : les arnaques au faux conseiller bancaire en hausse"]),
       ("2025-05-10 07:15", "10 mai", ["Pont de l'Ascension : les départs en hausse", "Logement : ce que change la nouvelle loi sur les meublés", "Foot : dernière journée de Ligue 1 sous haute tension"])]
for i, (d, jour, items) in enumerate(mat):
    add(E("newsletter-press", key="a-mat-%d" % i, date=d, frm=MAT, mid="mailchimp", subject="Le récap de la semaine · " + items[0], fmt="alt",
          brand="La Matinale", color="#b91c1c", desc="la-matinale-recap-" + jour.replace(" ", "-"),
          text="La Matinale — le récap du samedi %s 2025\n\nL'ESSENTIEL DE LA SEMAINE\n%s\n\nÀ lire en ligne : https://lamatinale-info.fr/recap/%s\n\nSe désinscrire : https://lamatinale-info.fr/newsletter/desinscription" % (
              jour, "\n".join("• " + it for it in items), d[:10])))

# ---------------------------------------------------------------- Substack of a friend
LEA_SUB = ("Les carnets de Léa", "lesCarnetsDeLea@substack.com")
for i, (d, title, body) in enumerate([
        ("2025-01-19 18:00", "Apprendre le japonais à 32 ans (épisode 1)",
         "J'ai décidé cet hiver de me remettre au japonais. Pas pour le travail, pas pour un voyage : juste parce que j'en ai envie. Dans ce premier carnet, je vous raconte mes trois premières semaines, l'appli que j'ai abandonnée au bout de quatre jours, et la prof géniale que j'ai trouvée dans le 13e."),
        ("2025-03-02 18:00", "Ce que le vélo m'a appris sur la patience",
         "Six mois de vélotaf entre Ivry et Bastille. Des crevaisons, des coups de klaxon, et une découverte inattendue : j'arrive au bureau de meilleure humeur. Petit carnet de route, avec mes astuces pour ne pas finir trempée."),
        ("2025-04-27 18:00", "Un dimanche à la brocante de Vanves",
         "Ce dimanche, je me suis levée à 6h pour aller chiner. J'en suis revenue avec une lampe des années 70, trois livres de poche et une théière qui fuit. Le récit d'une matinée parfaite.")]):
    add(E("newsletter-substack", key="a-lea-sub-%d" % i, date=d, frm=LEA_SUB, mid="substack.com", subject=title, fmt="alt",
          desc="carnets-de-lea-%d" % i,
          text="%s\n\nLes carnets de Léa\n\n%s\n\nLire la suite : https://lescarnetsdelea.substack.com/p/%s\n\nVous recevez cet e-mail car vous êtes abonné aux Carnets de Léa. Se désabonner : https://lescarnetsdelea.substack.com/action/disable_email" % (
              title, body, ["japonais-episode-1", "velo-patience", "brocante-vanves"][i])))

# ---------------------------------------------------------------- Shopping & deliveries
PV = ("Librairie Le Point-Virgule", "commandes@lepointvirgule-librairie.fr")
add(E("order-confirmation", key="a-pv-1", date="2025-01-18 16:22", frm=PV, subject="Confirmation de votre commande n° PV-20817", fmt="alt",
      desc="point-virgule-commande-20817",
      text="""Bonjour Maxime,

Merci pour votre commande ! La voici :

- Fundamentals of Data Engineering, J. Reis & M. Housley (O'Reilly) – 58,00 €
- Veiller sur elle, Jean-Baptiste Andrea (Le Livre de Poche) – 9,90 €

Total : 67,90 € – Retrait en librairie (gratuit)
12 rue Oberkampf, 75011 Paris

Nous vous préviendrons dès que votre commande sera prête (comptez 3 à 5 jours pour le livre en anglais).

À bientôt,
L'équipe du Point-Virgule"""))
add(E("order-ready", key="a-pv-2", date="2025-01-23 11:08", frm=PV, subject="Votre commande PV-20817 vous attend !", desc="point-virgule-commande-prete",
      text="""Bonjour Maxime,

Vos livres sont arrivés et vous attendent à la librairie, au nom de Delorme.

Horaires : du mardi au samedi, 10h-19h30, le dimanche 11h-18h.
Nous gardons votre commande 15 jours.

À très vite,
Le Point-Virgule"""))
add(E("order-confirmation", key="a-pv-3", date="2025-04-04 20:51", frm=PV, subject="Confirmation de votre commande n° PV-21644", fmt="alt",
      desc="point-virgule-commande-21644",
      text="""Bonjour Maxime,

Merci pour votre commande ! La voici :

- Le Mage du Kremlin, Giuliano da Empoli (Folio) – 9,20 €
- Petit guide de la naissance, collectif (Marabout) – 14,90 €

Total : 24,10 € – Retrait en librairie (gratuit)

Nous vous préviendrons dès que votre commande sera prête.

L'équipe du Point-Virgule"""))
add(E("order-ready", key="a-pv-4", date="2025-04-08 10:40", frm=PV, subject="Votre commande PV-21644 vous attend !", desc="point-virgule-commande-prete-2",
      text="""Bonjour Maxime,

Bonne nouvelle, votre commande est prête ! Elle vous attend en caisse, au nom de Delorme.

PS : notre rencontre avec Maylis de Kerangal aura lieu le jeudi 24 avril à 19h, entrée libre.

Le Point-Virgule"""))

CIMES = ("Cimes & Co", "commandes@cimes-and-co.fr")
add(E("order-confirmation", key="a-cim-1", date="2025-02-22 15:43", frm=CIMES, subject="Commande CC-558120 confirmée", fmt="html", cte="quoted-printable",
      brand="CIMES & CO", color="#1e3a2f", desc="cimes-commande-confirmee",
      text="""Merci Maxime !

Votre commande CC-558120 est confirmée.

1 × Baudrier Petzl Corax – taille 2 – 64,90 €
1 × Corde à simple 9,8 mm – 60 m – 159,00 €
1 × Sac à magnésie Ocun – 15,00 €

Total : 238,90 € (livraison offerte)
Livraison Colissimo à domicile, estimée entre le 25 et le 27 février.

Suivre ma commande : https://www.cimes-and-co.fr/compte/commandes/CC-558120"""))
add(E("shipping", key="a-cim-2", date="2025-02-24 09:15", frm=("Colissimo", "noreply@notif-colissimo-laposte.info"), mid="laposte.info",
      subject="Votre colis 6A24811093742 est en cours d'acheminement", fmt="alt", brand="Colissimo", color="#ffc800", desc="colissimo-en-cours",
      text="""Bonjour,

Votre colis 6A24811093742 expédié par CIMES ET CO est en cours d'acheminement.

Livraison prévue : mardi 25 février 2025, entre 9h et 18h, à votre domicile.

Absent ? Choisissez une autre date ou un point de retrait : https://www.laposte.fr/outils/suivre-vos-envois?code=6A24811093742

Colissimo"""))
add(E("shipping", key="a-cim-3", date="2025-02-25 13:02", frm=("Colissimo", "noreply@notif-colissimo-laposte.info"), mid="laposte.info",
      subject="Votre colis 6A24811093742 a été livré", desc="colissimo-livre",
      text="""Bonjour,

Votre colis 6A24811093742 a été livré le 25/02/2025 à 12h57, dans votre boîte aux lettres ou remis en main propre.

Un problème avec votre livraison ? https://www.laposte.fr/contact

Colissimo"""))

ELEC = ("Électroshop", "service.client@electroshop.fr")
add(E("order-confirmation", key="a-els-1", date="2025-01-24 22:18", frm=ELEC, subject="Nous avons bien reçu votre commande n°E2501-883410", fmt="alt",
      brand="Électroshop", color="#e11d48", desc="electroshop-commande",
      text="""Bonjour Maxime,

Nous avons bien reçu votre commande n°E2501-883410 du 24/01/2025.

Écran 27" IPS QHD 75 Hz – réf. MON27Q-B – 219,99 €
Bras d'écran articulé simple – 34,99 €

Total TTC : 254,98 €
Mode de livraison : Relais Mondial Relay – Tabac Le Saint-Maur, 75011 Paris

Vous recevrez un e-mail dès l'expédition de votre colis.

Électroshop"""))
add(E("shipping", key="a-els-2", date="2025-01-27 17:45", frm=("Mondial Relay", "noreply@mondialrelay.fr"), mid="mondialrelay.fr",
      subject="Votre colis ELECTROSHOP est disponible en Point Relais®", fmt="alt", brand="Mondial Relay", color="#96154a", desc="mondial-relay-colis-disponible",
      text="""Bonjour MAXIME DELORME,

Votre colis n° 48210334 de ELECTROSHOP est disponible dans votre Point Relais® :

TABAC LE SAINT-MAUR
102 RUE SAINT-MAUR, 75011 PARIS

Vous avez 14 jours pour le retirer, muni d'une pièce d'identité et du code de retrait : 738 211.

Mondial Relay"""))
add(E("review-request", key="a-els-3", date="2025-02-06 10:00", frm=ELEC, subject="Maxime, que pensez-vous de votre écran ?", fmt="html",
      brand="Électroshop", color="#e11d48", desc="electroshop-avis",
      text="""Bonjour Maxime,

Vous avez reçu votre Écran 27" IPS QHD 75 Hz il y a quelques jours. Votre avis aide les autres clients à choisir !

Donnez une note en 30 secondes : https://www.electroshop.fr/avis/E2501-883410

Merci,
Électroshop"""))

# ---------------------------------------------------------------- Pikto (food delivery)
PIK = ("Pikto", "recus@pikto.app")
pik = [("2025-01-17 20:41", "Bao Bar Oberkampf", "2 × Bao poulet frit, 1 × Bao tofu, 1 × Edamame", "31,40"),
       ("2025-02-09 13:12", "Pizzeria Nonna Lina", "1 × Pizza Diavola, 1 × Pizza Quattro Formaggi, 1 × Tiramisu", "38,90"),
       ("2025-03-14 21:05", "Le Comptoir Libanais", "1 × Assiette mezzés, 1 × Chawarma poulet, 2 × Baklawa", "29,60"),
       ("2025-04-11 20:26", "Sushi Kaito", "1 × Plateau Duo 36 pièces", "44,00"),
       ("2025-05-02 19:58", "Burger Brothers", "2 × Smash burger, 1 × Frites patate douce", "33,20")]
for i, (d, resto, items, amt) in enumerate(pik):
    add(E("receipt-food-delivery", key="a-pik-%d" % i, date=d, frm=PIK, subject="Votre reçu Pikto – %s" % resto, fmt="html", cte="base64",
          brand="pikto", color="#ff6b00", desc="pikto-recu-%d" % i,
          text="Merci pour votre commande, Maxime !\n\n%s\n%s\n\nTotal payé : %s € (frais de livraison inclus)\nPayé avec Visa ****4471\n\nBon appétit !\nL'équipe Pikto" % (resto, items, amt)))

# ---------------------------------------------------------------- Subscriptions
SON = ("Sonora", "no-reply@sonora.fm")
for i, d in enumerate(["2025-01-22 03:11", "2025-02-22 03:09", "2025-03-22 03:14", "2025-04-22 03:10"]):
    add(E("subscription-receipt", key="a-son-%d" % i, date=d, tz="UTC", frm=SON, subject="Votre reçu Sonora Premium Duo", fmt="html",
          brand="sonora", color="#111827", desc="sonora-recu",
          text="Bonjour Maxime,\n\nMerci d'utiliser Sonora Premium Duo.\n\nMontant : 14,99 €\nDate : %s\nMoyen de paiement : Visa ****4471\nProchain paiement : le 22 du mois prochain\n\nGérer mon abonnement : https://www.sonora.fm/account" % d[:10]))
add(E("subscription-notice", key="a-cinef", date="2025-02-03 12:30", frm=("Cinéflix", "info@cineflix.fr"), subject="Évolution du prix de votre abonnement",
      fmt="alt", desc="cineflix-evolution-prix",
      text="""Bonjour Maxime,

Nous vous informons que le prix de votre abonnement Standard passera de 13,49 € à 14,49 € par mois à compter de votre prochaine échéance après le 5 mars 2025.

Cette évolution nous permet de continuer à enrichir notre catalogue, avec plus de 80 nouveaux films et séries chaque mois.

Vous pouvez changer d'offre ou résilier à tout moment depuis votre compte : https://www.cineflix.fr/compte

L'équipe Cinéflix"""))
add(E("cloud-storage", key="a-gstor", date="2025-03-18 09:21", tz="UTC", frm=("Google", "no-reply@accounts.google.com"), mid="accounts.google.com",
      subject="Votre espace de stockage est presque plein", fmt="alt", desc="google-stockage-presque-plein",
      text="""Maxime, votre espace de stockage Google est utilisé à 92 %

Lorsque votre espace sera plein, vous ne pourrez plus recevoir d'e-mails dans Gmail ni importer de fichiers dans Google Drive.

Libérer de l'espace ou passer à Google One : https://one.google.com/storage

Cet e-mail a été envoyé pour vous informer de modifications importantes apportées à votre compte Google."""))

# ---------------------------------------------------------------- Train tickets
SNCF = ("SNCF Connect", "confirmation@sncf-connect.com")
add(E("travel-ticket", key="a-sncf-1", date="2025-01-28 21:33", frm=SNCF, subject="Votre voyage Paris → Nantes du 14 février est confirmé", fmt="alt",
      brand="SNCF Connect", color="#0c131f", desc="sncf-confirmation-nantes",
      text="""Bonjour Maxime,

Votre réservation est confirmée. Référence de dossier : QHXW7K

Aller : vendredi 14 février 2025
Paris Montparnasse 18:52 → Nantes 20:58 – TGV INOUI 8837 – Voiture 14, places 61 et 62

Retour : dimanche 16 février 2025
Nantes 17:04 → Paris Montparnasse 19:09 – TGV INOUI 8860 – Voiture 5, places 33 et 34

Passagers : Maxime Delorme, Camille Rousseau
Total payé : 142,00 €

Vos billets sont disponibles dans l'application SNCF Connect.
Bon voyage !"""))
add(E("travel-reminder", key="a-sncf-2", date="2025-02-13 09:00", frm=SNCF, subject="C'est demain ! Votre voyage pour Nantes", fmt="alt",
      brand="SNCF Connect", color="#0c131f", desc="sncf-cest-demain",
      text="""Bonjour Maxime,

Votre train pour Nantes part demain à 18:52 de Paris Montparnasse (Hall 1).

Pensez à arriver 20 minutes avant le départ : l'accès au quai ferme 2 minutes avant.

Votre e-billet est dans l'application, rubrique « Mes voyages ».

Bon voyage avec SNCF Connect"""))
add(E("travel-ticket", key="a-sncf-3", date="2025-04-02 22:10", frm=SNCF, subject="Votre voyage Paris → Lyon du 13 juin est confirmé", fmt="alt",
      brand="SNCF Connect", color="#0c131f", desc="sncf-confirmation-lyon",
      text="""Bonjour Maxime,

Votre réservation est confirmée. Référence de dossier : MZR4TD

Aller : vendredi 13 juin 2025
Paris Gare de Lyon 17:00 → Lyon Part-Dieu 18:56 – TGV INOUI 6627 – Voiture 3, places 87 et 88

Retour : dimanche 15 juin 2025
Lyon Part-Dieu 16:04 → Paris Gare de Lyon 18:00 – TGV INOUI 6640 – Voiture 12, places 22 et 23

Passagers : Maxime Delorme, Camille Rousseau
Total payé : 176,40 €

Bon voyage !"""))

# ---------------------------------------------------------------- Health
DOC = ("Doctolib", "no-reply@doctolib.fr")
add(E("doctor-appointment", key="a-doc-1", date="2025-01-21 10:02", frm=DOC, subject="Confirmation de votre rendez-vous avec Dr Sophie Marchal", fmt="alt",
      brand="Doctolib", color="#107aca", desc="doctolib-rdv-generaliste",
      text="""Bonjour Maxime Delorme,

Votre rendez-vous est confirmé :

Dr Sophie Marchal – Médecin généraliste
Jeudi 23 janvier 2025 à 18h15
54 boulevard Voltaire, 75011 Paris

Pensez à apporter votre carte Vitale.
Si vous ne pouvez pas vous y rendre, annulez au plus tard 24 h avant : https://www.doctolib.fr/account/appointments

Doctolib"""))
add(E("doctor-appointment", key="a-doc-2", date="2025-03-03 12:40", frm=DOC, subject="Confirmation de votre rendez-vous avec Dr Paul Nguyen", fmt="alt",
      brand="Doctolib", color="#107aca", desc="doctolib-rdv-dentiste",
      text="""Bonjour Maxime Delorme,

Votre rendez-vous est confirmé :

Dr Paul Nguyen – Chirurgien-dentiste
Mardi 18 mars 2025 à 8h30
Centre dentaire Parmentier, 11 avenue Parmentier, 75011 Paris

Motif : détartrage / contrôle annuel

Doctolib"""))
add(E("doctor-reminder", key="a-doc-3", date="2025-03-17 08:30", frm=DOC, subject="Rappel : rendez-vous demain à 8h30", desc="doctolib-rappel-dentiste",
      text="""Bonjour Maxime,

Rappel de votre rendez-vous demain, mardi 18 mars 2025 à 8h30, avec Dr Paul Nguyen (chirurgien-dentiste).

Vous ne pourrez pas venir ? Pensez à annuler pour libérer le créneau.

Doctolib"""))
add(E("doctor-appointment", key="a-doc-4", date="2025-04-28 19:12", frm=DOC, subject="Confirmation de votre rendez-vous avec Mme Julia Ferreira", fmt="alt",
      brand="Doctolib", color="#107aca", desc="doctolib-rdv-kine",
      text="""Bonjour Maxime Delorme,

Votre rendez-vous est confirmé :

Mme Julia Ferreira – Masseur-kinésithérapeute
Lundi 5 mai 2025 à 19h00
Cabinet de kinésithérapie Saint-Ambroise, 8 rue Saint-Ambroise, 75011 Paris

Motif : 1re séance (épaule droite) – apportez votre ordonnance.

Doctolib"""))
add(E("health-insurance", key="a-ameli-1", date="2025-01-28 02:14", frm=("Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"),
      subject="Vous avez un nouveau message : remboursement", desc="ameli-remboursement-1",
      text="""Bonjour,

Un paiement de 18,90 € a été effectué sur votre compte bancaire le 27/01/2025, pour des soins du 23/01/2025.

Retrouvez le détail dans votre compte ameli, rubrique « Mes paiements ».

L'Assurance Maladie"""))
add(E("health-insurance", key="a-ameli-2", date="2025-03-21 02:09", frm=("Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"),
      subject="Vous avez un nouveau message : remboursement", desc="ameli-remboursement-2",
      text="""Bonjour,

Un paiement de 20,16 € a été effectué sur votre compte bancaire le 20/03/2025, pour des soins du 18/03/2025.

Retrouvez le détail dans votre compte ameli, rubrique « Mes paiements ».

L'Assurance Maladie"""))
add(E("health-insurance", key="a-mutu-1", date="2025-03-24 07:40", frm=("Alaé Mutuelle", "contact@alae-mutuelle.fr"), subject="Nouveau remboursement effectué",
      fmt="html", brand="alaé", color="#6d28d9", desc="alae-remboursement",
      text="Bonjour Maxime,\n\nNous avons effectué un remboursement de 8,64 € pour vos soins dentaires du 18/03/2025.\n\nDétail : part complémentaire sur détartrage (code HBJD001).\n\nAlaé Mutuelle"))

# ---------------------------------------------------------------- Climbing gym
V11 = ("Vertical 11", "bonjour@vertical11.fr")
for i, (d, subj, body) in enumerate([
        ("2025-01-14 12:00", "120 nouveaux blocs cette semaine 🧗",
         "Salut la team,\n\nL'équipe d'ouverture a tout refait dans la grande salle : 120 nouveaux blocs, du jaune au noir. Les murs du dévers ouvrent mercredi, le pan reste fermé jusqu'à jeudi midi.\n\nRappel : les cours du soir « technique de pied » reprennent le 21 janvier, inscriptions à l'accueil.\n\nÀ très vite sur les tapis,\nVertical 11"),
        ("2025-03-05 12:00", "Contest interne le 22 mars : inscriptions ouvertes",
         "Salut !\n\nLe contest interne revient le samedi 22 mars : 40 blocs, 3 catégories (découverte, intermédiaire, confirmé), DJ set et food truck.\n\nInscription 10 € (gratuite pour les abonnés annuels) : https://vertical11.fr/contest\n\nVertical 11"),
        ("2025-04-01 09:00", "Votre abonnement mensuel a été renouvelé",
         "Bonjour Maxime,\n\nVotre abonnement « Illimité mensuel » a été renouvelé : 59 € prélevés sur votre carte ****4471.\n\nProchain renouvellement : 1er mai 2025.\n\nVertical 11"),
        ("2025-05-26 18:00", "Horaires du pont de l'Ascension",
         "Salut la team,\n\nJeudi 29 et vendredi 30 mai, la salle ouvre de 10h à 20h. Samedi et dimanche, horaires habituels.\n\nBonne grimpe !\nVertical 11")]):
    add(E("club-newsletter", key="a-v11-%d" % i, date=d, frm=V11, subject=subj, fmt="alt", desc="vertical11-%d" % i, text=body))

# ---------------------------------------------------------------- Régie (landlord)
REG = ("Régie Voltaire Gestion", "gestion@regie-voltaire.fr")
for i, (d, mois) in enumerate([("2025-01-27 08:00", "février 2025"), ("2025-02-25 08:00", "mars 2025"), ("2025-03-27 08:00", "avril 2025"),
                                ("2025-04-25 08:00", "mai 2025")]):
    add(E("landlord-rent-notice", key="a-reg-%d" % i, date=d, frm=REG, subject="Avis d'échéance – loyer de %s" % mois, cte="quoted-printable",
          charset="windows-1252", attach=[("Avis_echeance_%s.pdf" % mois.replace(" ", "_"), b"%PDF-1.3\n%fake\n%%EOF\n", "application/pdf")],
          desc="regie-avis-echeance-" + mois.split()[0],
          text="""Madame, Monsieur,

Veuillez trouver ci-joint votre avis d'échéance pour la période de %s.

Lot : 37 rue Saint-Maur, 75011 Paris – Appt 4e étage gauche
Loyer : 1 210,00 €
Provision sur charges : 95,00 €
Total à régler : 1 305,00 € (prélèvement le 5 du mois)

Régie Voltaire Gestion – Service Gérance
Ce message est envoyé automatiquement, merci de ne pas y répondre.""" % mois))
add(E("landlord", key="a-reg-chaud", date="2025-02-04 14:33", frm=("Régie Voltaire – Gérance", "gerance@regie-voltaire.fr"),
      charset="windows-1252", cte="quoted-printable", subject="Intervention entretien chaudière – 37 rue Saint-Maur", desc="regie-entretien-chaudiere",
      text="""Madame, Monsieur,

Nous vous informons que la société Thermi-Services interviendra pour l'entretien annuel obligatoire de la chaudière de votre logement le mardi 11 février 2025, entre 8h et 12h.

Merci de prendre vos dispositions pour permettre l'accès au logement. En cas d'impossibilité, contactez directement Thermi-Services au 01 43 71 20 55 pour convenir d'un autre rendez-vous.

Cordialement,
Le service gérance
Régie Voltaire Gestion"""))
add(E("landlord", key="a-reg-preavis", date="2025-04-30 11:20", frm=("Régie Voltaire – Gérance", "gerance@regie-voltaire.fr"),
      charset="windows-1252", cte="quoted-printable", subject="Accusé de réception de votre congé – 37 rue Saint-Maur", desc="regie-accuse-conge",
      text="""Madame, Monsieur,

Nous accusons réception de votre lettre de congé reçue le 28 avril 2025 concernant le logement situé 37 rue Saint-Maur, 75011 Paris.

Le logement étant situé en zone tendue, votre préavis est d'un mois : la fin de votre bail est donc fixée au 31 mai 2025.

Nous vous contacterons prochainement pour fixer la date de l'état des lieux de sortie.

Cordialement,
Le service gérance
Régie Voltaire Gestion"""))

# ---------------------------------------------------------------- Strava
for i, (d, sub, body) in enumerate([
        ("2025-02-03 09:00", "Votre mois de janvier sur Strava", "Janvier en chiffres : 9 activités, 58,4 km de course à pied, 6 h 12 min. Votre plus longue sortie : 12,1 km le long du canal de l'Ourcq."),
        ("2025-03-03 09:00", "Votre mois de février sur Strava", "Février en chiffres : 6 activités, 41,0 km de course à pied, 4 h 20 min. Vous avez battu votre record sur 5 km (24:31) !"),
        ("2025-05-05 09:00", "Votre mois d'avril sur Strava", "Avril en chiffres : 11 activités, 74,8 km, 7 h 35 min. Belle progression : +28 % de distance par rapport à mars.")]):
    add(E("app-notification", key="a-strava-%d" % i, date=d, tz="UTC", frm=("Strava", "no-reply@strava.com"), mid="strava.com", subject=sub,
          fmt="html", brand="STRAVA", color="#fc4c02", desc="strava-mois-%d" % i, text="Bonjour Maxime,\n\n%s\n\nVoir mon récapitulatif : https://www.strava.com/athletes/recap\n\nStrava" % body))

# ---------------------------------------------------------------- Mairie / quartier
for i, (d, sub, body) in enumerate([
        ("2025-01-30 17:00", "La lettre du 11e – février 2025", "Au sommaire : la végétalisation de la rue Saint-Maur, le budget participatif 2025 (déposez vos projets avant le 28 février), les inscriptions dans les conservatoires et la fermeture temporaire de la piscine Oberkampf pour travaux."),
        ("2025-04-03 17:00", "La lettre du 11e – avril 2025", "Au sommaire : les résultats du budget participatif, le marché aux fleurs de la place Léon-Blum, la fête de quartier Fontaine-au-Roi le 17 mai et les nouveaux horaires de la médiathèque Violette-Leduc.")]):
    add(E("newsletter-local", key="a-mairie-%d" % i, date=d, frm=("Mairie du 11e", "lettre11@paris.fr"), subject=sub, fmt="alt",
          desc="lettre-du-11e-%d" % i, text="Bonjour,\n\n%s\n\nLire la lettre en ligne : https://mairie11.paris.fr/lettre\n\nPour vous désinscrire, cliquez ici : https://mairie11.paris.fr/desinscription" % body))

# ---------------------------------------------------------------- Security
add(E("security-alert", key="a-gsec-1", date="2025-01-29 19:44", tz="UTC", frm=("Google", "no-reply@accounts.google.com"), mid="accounts.google.com",
      subject="Alerte de sécurité", fmt="alt", desc="google-alerte-securite",
      text="""Nouvelle connexion sur Mac

maxime.delorme@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez."""))
add(E("security-alert", key="a-gsec-2", date="2025-04-19 10:03", tz="UTC", frm=("Google", "no-reply@accounts.google.com"), mid="accounts.google.com",
      subject="Un mot de passe d'application a été créé", fmt="alt", desc="google-mot-de-passe-application",
      text="""Mot de passe d'application créé pour « Thunderbird »

maxime.delorme@gmail.com

Si vous n'avez pas généré ce mot de passe d'application, quelqu'un utilise peut-être votre compte. Vérifiez-le et sécurisez votre compte dès maintenant.

Vérifier l'activité : https://myaccount.google.com/notifications"""))

# ---------------------------------------------------------------- Promotions
PROMOS = [
    ("a-promo-1", "2025-01-08 10:00", ("Cimes & Co", "news@cimes-and-co.fr"), "SOLDES : jusqu'à -50 % sur les doudounes", "Les soldes d'hiver commencent aujourd'hui ! Doudounes, polaires, chaussures de rando : jusqu'à -50 % en magasin et en ligne, dans la limite des stocks."),
    ("a-promo-2", "2025-01-31 09:30", ("Électroshop", "newsletter@electroshop.fr"), "⚡ French Days avant l'heure : -20 % sur les SSD", "Cette semaine seulement : -20 % sur tous les SSD et disques durs externes. Livraison express offerte dès 49 €."),
    ("a-promo-3", "2025-02-12 11:00", ("Pikto", "hello@pikto.app"), "Saint-Valentin : livraison offerte ce vendredi ❤️", "Pas envie de cuisiner le 14 ? Livraison offerte dans plus de 300 restaurants parisiens, dès 20 € de commande."),
    ("a-promo-4", "2025-03-19 08:00", ("SNCF Connect", "newsletter@sncf-connect.com"), "Printemps : des billets dès 19 € pour vos week-ends", "Envie de vert ? Des milliers de billets TGV INOUI à petits prix pour partir en avril et en mai. Réservez vite, les places sont limitées."),
    ("a-promo-5", "2025-04-15 18:00", ("Maison Lumière", "bonjour@maisonlumiere-deco.fr"), "Nouvelle collection : luminaires en rotin", "Découvrez notre collection printemps-été : suspensions en rotin, lampes à poser en céramique et guirlandes d'extérieur. -15 % sur votre première commande avec BIENVENUE15."),
    ("a-promo-6", "2025-04-30 10:00", ("Orbéo Télécom", "offres@orbeo-telecom.fr"), "Vous déménagez ? Gardez votre box sans frais", "Bonne nouvelle : le transfert de votre abonnement Fibre vers votre nouveau logement est gratuit et rapide. Déclarez votre déménagement en 2 minutes depuis votre espace client."),
    ("a-promo-7", "2025-05-14 12:30", ("Le Point-Virgule", "newsletter@lepointvirgule-librairie.fr"), "Les coups de cœur de mai", "Ce mois-ci, nos libraires vous conseillent un premier roman bouleversant, une BD sur le Tour de France et un essai sur la forêt. Rencontre avec l'autrice de « La Vie secrète des arbres urbains » le 28 mai."),
    ("a-promo-8", "2025-05-21 09:15", ("Cimes & Co", "news@cimes-and-co.fr"), "Prêts pour l'été ? Tentes et sacs à dos à prix doux", "Bivouac, GR, festival : notre sélection de tentes légères et de sacs à dos, avec jusqu'à -30 % sur les modèles 2024."),
]
for k, d, frm, sub, body in PROMOS:
    add(E("promotion", key=k, date=d, frm=frm, subject=sub, fmt="html", cte="quoted-printable", brand=frm[0], color="#374151", desc=k.replace("a-", "") + "-" + frm[0],
          mid="sendgrid", text=body + "\n\nJ'en profite : https://www.%s\n\nVous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désinscrire en un clic." % frm[1].split("@")[1]))

# ---------------------------------------------------------------- Leboncoin (normal traffic)
add(E("marketplace", key="a-lbc-1", date="2025-04-03 18:40", frm=("leboncoin", "no-reply@leboncoin.fr"), mid="leboncoin.fr",
      subject="Votre annonce « Vélo Peugeot vintage cadre 56 cm » est en ligne", desc="leboncoin-annonce-en-ligne",
      text="""Bonjour Maxime,

Votre annonce « Vélo Peugeot vintage cadre 56 cm » a été validée et elle est maintenant visible par des millions d'utilisateurs.

Prix : 190 €
Localisation : Paris 75011

Astuce : les annonces avec au moins 4 photos se vendent deux fois plus vite.

L'équipe leboncoin"""))
add(E("marketplace", key="a-lbc-2", date="2025-04-09 21:02", frm=("leboncoin", "no-reply@leboncoin.fr"), mid="leboncoin.fr",
      subject="Félicitations, votre vente est finalisée !", desc="leboncoin-vente-finalisee",
      text="""Bonjour Maxime,

Guillaume_75 a confirmé la bonne réception de « Vélo Peugeot vintage cadre 56 cm ».

Le montant de 160 € sera versé sur votre compte bancaire sous 2 à 3 jours ouvrés.

Pensez à laisser une évaluation à votre acheteur !

L'équipe leboncoin"""))

# ---------------------------------------------------------------- GitHub (side project)
GH = ("GitHub", "notifications@github.com")
gh = [("2025-01-22 23:10", "Re: [maxdelorme/dbt-airflow-lineage] Support for dbt 1.9 manifests (Issue #41)", "en",
       "@jkowalski commented on this issue.\n\nI can confirm the parser breaks on the new `unit_tests` key in manifest v12. Happy to send a PR if you're not already on it.\n\n—\nReply to this email directly, view it on GitHub: https://github.com/maxdelorme/dbt-airflow-lineage/issues/41#issuecomment-2608123345\nYou are receiving this because you authored the thread."),
      ("2025-02-01 10:27", "[maxdelorme/dbt-airflow-lineage] Handle manifest v12 unit_tests (PR #42)", "en",
       "@jkowalski opened a pull request.\n\nFixes #41. Skips `unit_tests` nodes when building the lineage graph and adds a fixture from dbt 1.9.2.\n\nYou can view, comment on, or merge this pull request online at: https://github.com/maxdelorme/dbt-airflow-lineage/pull/42\n\nFile changes: M lineage/manifest.py (12), A tests/fixtures/manifest_v12.json (2 140)"),
      ("2025-02-01 18:55", "Re: [maxdelorme/dbt-airflow-lineage] Handle manifest v12 unit_tests (PR #42)", "en",
       "Merged #42 into main.\n\n—\nView it on GitHub: https://github.com/maxdelorme/dbt-airflow-lineage/pull/42#event-16203844121"),
      ("2025-03-09 08:12", "[GitHub] A third-party OAuth application has been added to your account", "en",
       "Hey maxdelorme!\n\nA third-party OAuth application (Read the Docs) with read:user and user:email scopes was recently authorized to access your account.\nVisit https://github.com/settings/connections/applications for more information.\n\nTo see this and other security events for your account, visit https://github.com/settings/security-log"),
      ("2025-04-21 14:40", "[maxdelorme/dbt-airflow-lineage] Release v0.6.0", "en",
       "v0.6.0\n\n- Support dbt 1.9 manifests (#42, thanks @jkowalski)\n- New `--only-changed` flag\n- Drop Python 3.8\n\nView release: https://github.com/maxdelorme/dbt-airflow-lineage/releases/tag/v0.6.0")]
for i, (d, sub, lang, body) in enumerate(gh):
    add(E("dev-notification", key="a-gh-%d" % i, date=d, tz="UTC", frm=GH if i != 3 else ("GitHub", "noreply@github.com"), mid="github.com",
          subject=sub, lang=lang, desc="github-%d" % i, text=body))
