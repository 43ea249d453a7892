# -*- coding: utf-8 -*-
"""Mailbox B — hand-written look-alikes (all not_job)."""
from common import M

ME = ("Nadia Benhamou", "nadia.benhamou@orange.fr")
OLD = ("Nadia Benhamou", "n.benhamou69@hotmail.fr")
SAMIRA = ("Samira Benhamou", "samira.benhamou13@gmail.com")
AURELIE = ("Aurélie Vasseur", "aurelie.vasseur@laposte.net")

MSGS = []
add = MSGS.append


def L(kind, **kw):
    return M(label="not_job", kind="lookalike:" + kind, **kw)


add(L("childcare-application-rejected", key="b-lk-creche-1", date="2024-09-30 16:20", frm=("Ville de Lyon – Petite enfance", "petite-enfance@mairie-lyon.fr"),
      subject="Décision de la commission d'attribution des places en crèche", fmt="alt", desc="ville-lyon-commission-creche",
      text="""Madame,

Vous avez déposé une demande de place en établissement d'accueil du jeune enfant pour Lina CHERIF, née le 14/06/2022.

Nous sommes au regret de vous informer que la commission d'attribution du 26 septembre 2024 n'a pas pu donner une suite favorable à votre demande, faute de place disponible dans les établissements que vous avez choisis (crèches Les Petits Lumière, Bachut et Mermoz).

Votre demande reste active et sera réexaminée lors de la prochaine commission, en décembre. Pensez à actualiser votre situation professionnelle : la reprise d'un emploi est prise en compte dans les critères d'attribution.

La Direction de l'Enfance
Mairie du 8e arrondissement de Lyon"""))

add(L("childcare-place-offered", key="b-lk-creche-2", date="2024-12-12 11:05", frm=("Ville de Lyon – Petite enfance", "petite-enfance@mairie-lyon.fr"),
      subject="Proposition de place en crèche pour Lina – réponse attendue avant le 20/12", fmt="alt", desc="ville-lyon-proposition-place-creche",
      text="""Madame,

Nous avons le plaisir de vous informer que la commission d'attribution du 10 décembre 2024 a retenu votre demande.

Une place vous est proposée pour Lina à la crèche municipale Les Petits Lumière (12 rue Saint-Maurice, Lyon 8e), à raison de 5 jours par semaine, à compter du 6 janvier 2025.

Merci de confirmer votre acceptation avant le 20 décembre 2024 en contactant directement la directrice, Mme Giraud, au 04 78 00 31 22, afin de convenir d'un rendez-vous d'inscription et de l'entretien d'adaptation. Sans réponse de votre part, la place sera proposée à une autre famille.

La Direction de l'Enfance
Mairie du 8e arrondissement de Lyon"""))

add(L("flat-application-incomplete", key="b-lk-loc-1", date="2024-10-23 10:44", frm=("Régie Lumière Immobilier", "location@regie-lumiere.fr"),
      charset="windows-1252", cte="quoted-printable", mid="outlookdesk",
      subject="Votre candidature – T4 avenue Berthelot, Lyon 7e – pièces manquantes", desc="regie-lumiere-dossier-incomplet",
      text="""Madame, Monsieur,

Nous avons bien reçu votre dossier de candidature pour l'appartement T4 de 78 m² situé 116 avenue Berthelot, 69007 Lyon (loyer 1 120 € + 140 € de charges).

Votre dossier est cependant incomplet. Il nous manque :
- le dernier avis d'imposition de M. Cherif ;
- un justificatif de revenus pour Mme Benhamou (attestation de droits France Travail ou bulletins de salaire) ;
- l'attestation d'assurance habitation de votre logement actuel.

Merci de nous faire parvenir ces pièces sous 72 heures, faute de quoi votre candidature ne pourra pas être présentée au propriétaire.

Cordialement,

Service Location
Régie Lumière Immobilier – 3 place Jean Macé, 69007 Lyon"""))

add(L("flat-application-accepted", key="b-lk-loc-2", date="2025-01-17 15:30", frm=("Régie Lumière Immobilier", "location@regie-lumiere.fr"),
      charset="windows-1252", cte="quoted-printable", mid="outlookdesk",
      subject="Candidature retenue – T4 rue de Marseille, Lyon 7e – signature du bail", desc="regie-lumiere-candidature-retenue",
      text="""Madame, Monsieur,

Nous avons le plaisir de vous informer que le propriétaire a retenu votre candidature pour l'appartement T4 situé 48 rue de Marseille, 69007 Lyon.

Nous vous proposons un rendez-vous de signature du bail et d'état des lieux d'entrée le samedi 1er février 2025 à 10h00, à l'agence.

Merci de prévoir :
- le dépôt de garantie (1 090 €) par virement ou chèque de banque ;
- l'attestation d'assurance habitation au nom des deux locataires, prenant effet au 1er février.

Dans l'attente de vous rencontrer, nous vous prions d'agréer nos salutations distinguées.

Service Location
Régie Lumière Immobilier"""))

add(L("benefits-application-accepted", key="b-lk-caf-1", date="2025-01-22 07:55", frm=("Caf du Rhône", "ne-pas-repondre@caf.fr"), mid="caf.fr",
      subject="Votre demande de complément de libre choix du mode de garde a été acceptée", fmt="alt", desc="caf-cmg-acceptee",
      text="""Bonjour Madame BENHAMOU,

Nous avons étudié votre demande de complément de libre choix du mode de garde (CMG) pour votre enfant Lina.

Votre demande est acceptée. Vos droits sont ouverts à partir de janvier 2025. Le montant dépendra des heures d'accueil déclarées chaque mois par la structure.

Retrouvez le détail dans votre Espace Mon Compte, rubrique « Mes courriers » : https://caf.fr/allocataires/mon-compte

Votre Caf du Rhône

Ce message vous est envoyé automatiquement, merci de ne pas y répondre."""))

add(L("benefits-application", key="b-lk-caf-2", date="2024-10-11 08:10", frm=("Caf du Rhône", "ne-pas-repondre@caf.fr"), mid="caf.fr",
      subject="Votre demande de prime d'activité : pièces justificatives attendues", fmt="alt", desc="caf-prime-activite-pieces",
      text="""Bonjour Madame BENHAMOU,

Nous avons bien reçu votre demande de prime d'activité du 2 octobre 2024.

Pour pouvoir l'étudier, nous avons besoin des pièces suivantes :
- attestation de paiement France Travail (allocations de septembre) ;
- dernier bulletin de salaire de votre conjoint.

Déposez-les directement dans votre Espace Mon Compte : https://caf.fr/allocataires/mon-compte

Votre Caf du Rhône"""))

add(L("benefits-office-interview", key="b-lk-ft-conv", date="2024-09-20 10:31", frm=("France Travail", "ne-pas-repondre@francetravail.fr"), mid="francetravail.fr",
      subject="Convocation : entretien avec votre conseillère le 3 octobre 2024", fmt="alt", brand="France Travail", color="#1c3f94",
      desc="france-travail-convocation-conseillere",
      text="""Madame BENHAMOU Nadia,

Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Dalila Mansouri :

Jeudi 3 octobre 2024 à 10h30
Agence France Travail Lyon 8e – 21 rue Professeur Beauvisage, 69008 Lyon

Objet : point sur votre recherche d'emploi et sur votre projet de formation (DCG).

Merci de vous munir de votre CV à jour et de la liste de vos démarches récentes. En cas d'empêchement, prévenez votre conseillère au plus tard la veille via votre espace personnel.

Attention : l'absence non justifiée à un rendez-vous peut entraîner une radiation de la liste des demandeurs d'emploi.

France Travail"""))

add(L("sibling-own-interview", key="b-lk-samira-1", date="2024-11-14 19:42", frm=SAMIRA, to=[ME], subject="J'ai eu mon entretien !!!", desc="samira-mon-entretien",
      text="""Coucou ma grande sœur,

Ça y est, j'ai passé l'entretien pour le poste d'animatrice à la mairie du 13e ce matin. Trois personnes en face de moi, j'avais les mains qui tremblaient au début mais après ça allait. Ils m'ont posé plein de questions sur la gestion des conflits entre les enfants, j'ai parlé de mon expérience au centre aéré, je pense que ça leur a plu.

Ils donnent leur réponse dans 15 jours. Croise les doigts pour moi !!!

Et toi, ça donne quoi tes entretiens ? Tu as eu des nouvelles de la boîte de Saint-Priest ?

Bisous à Lina et Yanis
Samira"""))

add(L("own-mail-to-sibling-about-search", key="b-lk-samira-2", date="2024-11-14 21:30", frm=ME, to=[SAMIRA], mid="outlookdesk", parent="b-lk-samira-1",
      quote="outlook_fr_old", subject="RE : J'ai eu mon entretien !!!", desc="re-samira-nouvelles-recherche",
      text="""Je croise tout ce que je peux ! Je suis sûre que ça s'est bien passé, tu es faite pour ça.

Moi j'ai passé l'entretien chez Brenac hier, à Saint-Priest. Il y avait un exercice sur Excel, j'ai bien aimé, et le responsable comptable avait l'air sympa. Ils doivent me rappeler la semaine prochaine. À côté de ça j'ai un cabinet de recrutement qui me propose un poste dans les cosmétiques, et toujours rien de la menuiserie de Saint-Fons. Je ne m'emballe pas, mais ça bouge enfin !

Bisous, appelle maman elle s'inquiète pour toi.
Nadia"""))

add(L("newsletter-interview-tips", key="b-lk-hw-conseils", date="2024-10-17 12:00", frm=("HelloWork", "conseils@hellowork.com"), to=[OLD], mid="hellowork.com",
      subject="Entretien d'embauche : les 7 questions pièges (et comment y répondre)", fmt="html", cte="quoted-printable", brand="HelloWork – Conseils",
      color="#ff6f3c", desc="hellowork-conseils-7-questions",
      text="""Le mag HelloWork

Entretien d'embauche : les 7 questions pièges (et comment y répondre)
« Quel est votre plus grand défaut ? », « Pourquoi avez-vous quitté votre dernier poste ? »… Nos experts vous donnent les clés pour transformer ces questions en atouts.
Lire l'article : https://www.hellowork.com/fr-fr/medias/questions-pieges-entretien.html

À lire aussi :
- Reconversion : 5 métiers qui recrutent sans diplôme
- Trou dans le CV : faut-il le justifier ?
- Salaire : combien gagne un comptable en 2024 ?

Vous recevez cette newsletter car vous êtes inscrit(e) sur HelloWork. Se désinscrire : https://www.hellowork.com/fr-fr/candidat/newsletters.html"""))

add(L("retail-offer", key="b-lk-maxi", date="2024-11-06 09:00", frm=("Maxi Marché", "offres@maximarche.fr"), mid="sendgrid",
      subject="Nadia, vos offres personnalisées sont arrivées 🛒", fmt="html", cte="quoted-printable", brand="Maxi Marché", color="#d62828",
      desc="maxi-marche-offres-personnalisees",
      text="""Vos offres personnalisées de la semaine

Rien que pour vous, Nadia, jusqu'au 12 novembre :
- -30 % sur les couches Doudou Bio (taille 5)
- 2 achetés = le 3e offert sur les compotes en gourde
- 5 € offerts dès 50 € d'achats au rayon frais avec votre carte fidélité

Activez vos offres dans l'appli avant de passer en caisse : https://www.maximarche.fr/mes-offres

Maxi Marché Lyon Mermoz – ouvert du lundi au samedi, 8h30-21h"""))

add(L("loan-application", key="b-lk-pret", date="2024-12-18 14:12", frm=("Finalys Crédit", "conseil@finalys-credit.fr"),
      subject="Votre demande de prêt personnel n° PP-2024-771203 : accord de principe", fmt="alt", desc="finalys-accord-de-principe",
      text="""Madame Benhamou,

Nous avons le plaisir de vous informer que votre demande de prêt personnel a reçu un accord de principe :

Objet : achat d'un véhicule d'occasion
Montant : 9 000 €
Durée : 48 mois
Mensualité : 207,45 € (hors assurance facultative)
TAEG fixe : 5,40 %

Pour finaliser votre dossier, merci de nous transmettre votre promesse d'embauche ou votre contrat de travail, ainsi qu'un RIB, depuis votre espace client.

Cette offre est valable 15 jours. Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.

Finalys Crédit – Service Clients"""))

add(L("insurance-application", key="b-lk-mutuelle", date="2025-01-09 10:20", frm=("Mutuelle Horizon Santé", "adhesion@horizon-sante-mutuelle.fr"),
      subject="Confirmation de votre adhésion – contrat collectif Brenac Industrie", fmt="alt", desc="mutuelle-confirmation-adhesion",
      text="""Madame Benhamou,

Nous avons le plaisir de vous confirmer votre adhésion au contrat collectif santé de votre employeur à compter du 6 janvier 2025, ainsi que l'affiliation de vos ayants droit (Lina Cherif).

Votre carte de tiers payant est disponible dans votre espace adhérent et dans l'application Horizon Santé.

Pensez à nous transmettre votre attestation de résiliation de votre ancienne complémentaire.

Mutuelle Horizon Santé – Service Adhésions"""))

add(L("volunteer-application", key="b-lk-benevole", date="2024-10-04 18:22", frm=("Épicerie solidaire La Passerelle", "benevoles@lapasserelle-lyon8.org"),
      subject="Ta candidature bénévole – rendez-vous d'accueil", desc="passerelle-candidature-benevole",
      text="""Bonjour Nadia,

Merci beaucoup pour ta proposition de donner un coup de main à l'épicerie ! On a bien reçu ton formulaire de candidature bénévole.

On aimerait te rencontrer pour un petit entretien d'accueil (20 minutes, rien de formel) : on t'explique le fonctionnement, les créneaux et tu nous dis ce qui te plaît. On te propose le mercredi 9 octobre à 17h30, au local (place du 8 Mai 1945).

Vu ton métier, on aurait bien besoin d'aide sur le suivi de la caisse et des dons, si ça te dit !

Solidairement,
Fanny, pour l'équipe de La Passerelle"""))

add(L("training-application", key="b-lk-dcg", date="2024-11-28 09:30", frm=("IFC Lyon – Admissions", "admissions@ifc-lyon.fr"),
      subject="Votre candidature au DCG en cours du soir – entretien de motivation", fmt="alt", desc="ifc-lyon-dcg-entretien-motivation",
      text="""Madame Benhamou,

Nous avons bien reçu votre dossier de candidature pour la préparation au Diplôme de Comptabilité et de Gestion (DCG) en cours du soir, rentrée de février 2025, avec validation des UE déjà obtenues.

Votre dossier est recevable. Vous êtes convoquée à un entretien de motivation avec la responsable pédagogique :

Mercredi 4 décembre 2024 à 18h00
IFC Lyon, 19 rue de la Part-Dieu, 69003 Lyon, salle 204

Merci de vous munir de vos relevés de notes et de l'attestation de financement (CPF ou employeur).

Le service des admissions – IFC Lyon"""))

add(L("press-interview", key="b-lk-lyonmatin", date="2024-12-07 07:30", frm=("Lyon Matin", "newsletter@lyonmatin-info.fr"), mid="mailchimp",
      subject="Fête des Lumières : le programme · Entretien avec le président de la Métropole", fmt="alt", brand="Lyon Matin", color="#7c2d12",
      desc="lyon-matin-entretien-metropole",
      text="""Lyon Matin — l'essentiel du week-end

FÊTE DES LUMIÈRES
Du 5 au 8 décembre, 25 installations dans la ville : notre carte et nos conseils pour éviter la foule.

ENTRETIEN
Le président de la Métropole répond à nos questions sur les transports, la ZFE et le logement : « Nous tiendrons l'objectif de 6 000 logements sociaux par an. »

EMPLOI
Les offres de Noël : les grands magasins de la Presqu'île recrutent encore des saisonniers.

Lire en ligne : https://lyonmatin-info.fr/edition/2024-12-07
Se désinscrire : https://lyonmatin-info.fr/newsletter/desinscription"""))

add(L("marketplace-offer", key="b-lk-vinted", date="2024-11-21 20:48", frm=("Vinted", "no-reply@vinted.fr"), to=[OLD], mid="vinted.fr",
      subject="Tu as reçu une offre pour « Lot de 6 bodies 18 mois Petit Bateau »", fmt="html", brand="Vinted", color="#09b1ba",
      desc="vinted-offre-recue",
      text="""Bonne nouvelle !

camille_lyon69 t'a fait une offre de 12,00 € pour « Lot de 6 bodies 18 mois Petit Bateau » (prix : 15,00 €).

Réponds vite : l'offre expire dans 24 heures.
Voir l'offre : https://www.vinted.fr/inbox

L'équipe Vinted"""))

add(L("former-work-recruiting-software", key="b-lk-sereni", date="2024-09-18 15:02", frm=("Céline Morand", "celine.morand@serenis-habitat.fr"),
      mid="outlookdesk", subject="TR: Facture SmartRecruiters août – rapprochement", desc="celine-tr-facture-smartrecruiters",
      text="""Coucou Nadia,

Désolée de t'embêter alors que tu n'es plus là ! On cherche la facture SmartRecruiters du mois d'août (l'abonnement de l'outil de recrutement des RH) : elle est au relevé mais pas dans Sage, et le fournisseur nous relance (voir ci-dessous). Tu te souviens si tu l'avais reçue par mail ou par courrier ? Je ne la trouve ni dans le classeur ni dans la GED.

Merci et bisous,
Céline

-----Message d'origine-----
De : SmartRecruiters Billing <billing@smartrecruiters.com>
Envoyé : mercredi 18 septembre 2024 09:12
À : comptabilite@serenis-habitat.fr
Objet : Payment reminder – Invoice INV-2024-08-55102

Dear customer,
Our records show that invoice INV-2024-08-55102 (EUR 1,140.00, SmartRecruiters Essential – 12 seats) is now 18 days overdue. Please arrange payment at your earliest convenience or contact us if you believe this is an error.
SmartRecruiters Billing Team"""))

add(L("former-work-recruiting-software-reply", key="b-lk-sereni-2", date="2024-09-18 18:40", frm=ME, to=[("Céline Morand", "celine.morand@serenis-habitat.fr")],
      mid="outlookdesk", parent="b-lk-sereni", quote="outlook_fr_old", subject="RE : TR: Facture SmartRecruiters août – rapprochement",
      desc="re-celine-facture-smartrecruiters",
      text="""Coucou Céline,

Pas de souci ! Les factures SmartRecruiters arrivaient par mail sur l'adresse de Valérie aux RH, pas sur la boîte compta. Elle les transférait en général en fin de mois, elle a dû oublier avec les congés. Demande-lui de regarder dans ses mails du 1er août.

Bon courage pour la clôture,
Bisous
Nadia"""))

add(L("user-research", key="b-lk-ux", date="2024-11-19 10:00", frm=("Caf – Laboratoire d'innovation", "innovation@caf.fr"), mid="caf.fr",
      subject="Participez à un entretien de 30 minutes pour améliorer l'appli Caf – Mon Compte", fmt="alt", desc="caf-entretien-utilisateur",
      text="""Bonjour,

Vous utilisez l'application Caf – Mon Compte et nous aimerions avoir votre avis.

Nous recherchons des allocataires pour des entretiens individuels de 30 minutes, par téléphone ou en visio, entre le 25 novembre et le 6 décembre. Nous vous montrerons quelques écrans de la future version et vous poserons des questions sur vos usages.

Votre participation est volontaire et n'a aucun effet sur vos droits.

Je souhaite participer : https://caf.fr/enquete/entretiens-appli-2024

Le laboratoire d'innovation des Caf"""))

add(L("association-candidature", key="b-lk-amicale-cand", date="2024-11-08 20:15", frm=("Amicale Laïque Monplaisir", "bureau@amicale-monplaisir.fr"),
      subject="AG du 29 novembre : appel à candidatures pour le bureau", desc="amicale-appel-candidatures-bureau",
      text="""Bonjour à toutes et à tous,

L'assemblée générale annuelle de l'Amicale aura lieu le vendredi 29 novembre à 19h, salle des fêtes du 8e.

Trois postes du bureau sont à renouveler cette année : présidence, secrétariat et trésorerie. Les candidatures sont à envoyer au bureau avant le 22 novembre (un petit mot de motivation suffit, pas besoin de CV !). Nadia, nous espérons bien que tu te représentes au poste de trésorière 😉

Ordre du jour, rapport financier et pouvoir en pièces jointes la semaine prochaine.

Pour le bureau,
Gérard Lacombe, président"""))

add(L("association-candidature-own", key="b-lk-amicale-cand-2", date="2024-11-10 11:02", frm=ME, to=[("Amicale Laïque Monplaisir", "bureau@amicale-monplaisir.fr")],
      mid="outlookdesk", parent="b-lk-amicale-cand", quote="outlook_fr_old", subject="RE : AG du 29 novembre : appel à candidatures pour le bureau",
      desc="re-amicale-candidature-tresoriere",
      text="""Bonjour Gérard,

Je vous confirme ma candidature pour un nouveau mandat de trésorière. Je vous préviens juste que je vais probablement reprendre un travail à temps plein en janvier : je serai un peu moins disponible en journée, mais les comptes seront tenus !

Je vous envoie le rapport financier provisoire d'ici le 20.

Bonne journée,
Nadia"""))
