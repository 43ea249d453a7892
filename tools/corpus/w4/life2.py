"""Ordinary life, part 2: bank, utilities, shops, newsletters, accounts (all not_job)."""
from lib import ME, ME_V, fake_pdf, ics, msg

N = dict(label="not_job")

# ---------------------------------------------------------------- Desjardins / finance
DJ = "Desjardins <accesd@desjardins.com>"
for key, date, month, extra in [
    ("desjardins-releve-janvier", "2025-01-20 04:12", "décembre 2024",
     "Astuce : activez les alertes de solde bas dans l'application mobile."),
    ("desjardins-releve-fevrier", "2025-02-19 04:09", "janvier 2025",
     "Saison des impôts : vos relevés REER et CELI seront disponibles dans AccèsD au début mars."),
    ("desjardins-releve-mars", "2025-03-19 05:02", "février 2025",
     "Nouveau : consultez vos dépenses par catégorie dans l'onglet « Mes finances »."),
    ("desjardins-releve-avril", "2025-04-21 05:15", "mars 2025",
     "Rappel : la date limite de production des déclarations de revenus est le 30 avril."),
    ("desjardins-releve-mai", "2025-05-20 04:57", "avril 2025",
     "Vous déménagez? Mettez à jour votre adresse dans AccèsD en quelques clics."),
    ("desjardins-releve-juin", "2025-06-19 05:21", "mai 2025",
     "Planifiez vos vacances : avisez-nous de vos voyages pour éviter le blocage de votre carte."),
]:
    msg(key, date, DJ, [ME_V], f"Votre relevé de compte de {month} est disponible",
        f"""Bonjour Geneviève Bérubé,

Votre relevé de compte de {month} (compte avec opérations, folio ***4418) est maintenant disponible dans AccèsD.

Pour le consulter : AccèsD > Comptes > Relevés et documents.

{extra}

Desjardins ne vous demandera jamais vos renseignements confidentiels par courriel ou par texto.

Caisse Desjardins de la Cité-du-Nord""", **N, kind="personal:bank-statement", html=True, brand="Desjardins",
        color="#00874e", mid="salesforce")

msg("desjardins-depot-ae", "2025-02-14 06:31", "Desjardins – Alertes <alertes@desjardins.com>", [ME_V],
    "Alerte : dépôt reçu dans votre compte",
    """Un dépôt de 612,00 $ a été effectué dans votre compte ***4418 le 14 février 2025.
Description : GOUV. CANADA – AE

Pour gérer vos alertes : AccèsD > Profil > Alertes.""", **N, kind="personal:bank-alert", mid="salesforce")
msg("desjardins-depot-paie", "2025-06-13 06:45", "Desjardins – Alertes <alertes@desjardins.com>", [ME_V],
    "Alerte : dépôt reçu dans votre compte",
    """Un dépôt de 2 418,37 $ a été effectué dans votre compte ***4418 le 13 juin 2025.
Description : DEPOT PAIE TECHNOLOGIES EQUINOXE

Pour gérer vos alertes : AccèsD > Profil > Alertes.""", **N, kind="personal:bank-alert-first-pay", mid="salesforce")
msg("visa-etat-mars", "2025-03-08 07:00", "Carte Desjardins <cartes@desjardins.com>", [ME_V],
    "Votre état de compte Visa est disponible",
    """Bonjour,

Votre état de compte Visa Desjardins Cash Back se terminant par 2207 est disponible.

Solde : 1 184,62 $
Paiement minimum : 35,54 $
Date d'échéance : 29 mars 2025

Consultez-le dans AccèsD ou dans l'application mobile.""", **N, kind="personal:credit-card", mid="salesforce")
msg("visa-etat-juin", "2025-06-08 07:00", "Carte Desjardins <cartes@desjardins.com>", [ME_V],
    "Votre état de compte Visa est disponible",
    """Bonjour,

L'état de compte de votre carte Visa se terminant par 2207 pour la période du 8 mai au 7 juin est disponible.

Solde : 2 931,08 $ (incluant dépôt déménageur et achats IKEA)
Paiement minimum : 87,93 $
Échéance : 29 juin 2025

Remises en argent accumulées : 41,20 $""", **N, kind="personal:credit-card", mid="salesforce")
msg("interac-cath", "2025-02-02 14:18", "Interac e-Transfer <notify@payments.interac.ca>", [ME_V],
    "Virement Interac : vous avez envoyé 90,00 $ à Catherine Bérubé",
    """Bonjour Geneviève Bérubé,

Votre virement de 90,00 $ (CAD) à Catherine Bérubé a été déposé.

Message : cadeau papa 🎣
Numéro de référence : CAdSbrW7Rk2p

Ceci est un message automatique. Ne pas répondre.""", **N, kind="personal:bank-transfer", mid="uuid",
    mid_dom="payments.interac.ca")
msg("interac-recrutix", "2025-03-03 12:35", "Interac e-Transfer <notify@payments.interac.ca>", [ME],
    "INTERAC e-Transfer: Olivier Dufresne sent you money.",
    """Hi Geneviève Bérubé,

Olivier Dufresne sent you $1,320.00 (CAD) and the money has been automatically deposited into your bank account at Desjardins.

Message: Facture 2025-02 merci!
Reference Number: CA8nFqT2a9Xm

Ce message est aussi disponible en français.""", **N, lang="en", kind="personal:bank-transfer-freelance",
    mid="uuid", mid_dom="payments.interac.ca")
msg("interac-sophie", "2025-03-15 23:02", "Interac e-Transfer <notify@payments.interac.ca>", [ME],
    "Virement Interac : Sophie Nguyen vous a envoyé 48,50 $",
    """Bonjour Geneviève Bérubé,

Sophie Nguyen vous a envoyé 48,50 $ (CAD) et les fonds ont été déposés automatiquement dans votre compte.

Message : ma part du souper, MERCI pour la soirée 🥂
Numéro de référence : CA4kLpQv7Hn3""", **N, kind="personal:bank-transfer", mid="uuid", mid_dom="payments.interac.ca")
msg("wealthsimple-reer", "2025-02-25 17:40", "Wealthsimple <support@wealthsimple.com>", [ME],
    "Your RRSP contribution receipt is ready",
    """Hi Geneviève,

Your RRSP contribution receipt for the first 60 days of 2025 is now available in your documents.

Total contributions (Jan 1 – Feb 28): $2,500.00

You'll need this when you file your 2024 taxes. Wealthsimple Tax can import it automatically.

The Wealthsimple Team""", **N, lang="en", kind="personal:investment", html=True, brand="Wealthsimple",
    color="#000000", mid="sendgrid", tz="utc")
msg("wealthsimple-impot", "2025-04-18 21:12", "Wealthsimple Tax <tax@wealthsimple.com>", [ME],
    "Your 2024 returns were filed successfully",
    """Good news, Geneviève!

Your 2024 federal return (NETFILE) and your Québec return (NetFile Québec) were accepted.

Estimated federal refund: $1,214.33
Estimated Québec refund: $486.10

Your Notices of Assessment usually arrive within 2 weeks in your CRA My Account and Revenu Québec My Account.""",
    **N, lang="en", kind="personal:tax", html=True, brand="Wealthsimple", color="#000000", mid="sendgrid", tz="utc")
msg("versant-feuillets", "2025-02-27 10:00", "Portail employé Versant <paie@versant.ca>", [ME_V],
    "Vos feuillets fiscaux 2024 (T4 et Relevé 1) sont disponibles",
    """Bonjour,

Vos feuillets fiscaux pour l'année d'imposition 2024 sont disponibles dans le portail de paie. Puisque vous ne faites plus partie de l'organisation, votre accès au portail demeure actif jusqu'au 30 juin 2025.

Vous trouverez également en pièce jointe une copie de votre T4 et de votre Relevé 1.

Service de la paie
Logiciels Versant inc.""", **N, kind="personal:tax-slips-ex-employer", mid="outlook",
    atts=[("T4_RL1_2024_Berube.pdf", "application/pdf", fake_pdf("T4 RL-1 2024"))])
msg("arc-avis-cotisation", "2025-05-08 03:30", "Agence du revenu du Canada <notification@cra-arc.gc.ca>", [ME],
    "ARC : nouveau courrier dans Mon dossier / CRA: new mail in My Account",
    """Vous avez du nouveau courrier de l'Agence du revenu du Canada (ARC) dans Mon dossier. Il peut s'agir de votre avis de cotisation.

Connectez-vous à Mon dossier pour le consulter.

You have new mail from the Canada Revenue Agency in My Account.""", **N, kind="personal:tax", cte="8bit",
    mid_dom="cra-arc.gc.ca")
msg("rq-avis-cotisation", "2025-05-13 03:45", "Revenu Québec <ne-pas-repondre@revenuquebec.ca>", [ME_V],
    "Votre avis de cotisation 2024 est disponible",
    """Bonjour,

Votre avis de cotisation pour l'année d'imposition 2024 est disponible dans Mon dossier pour les citoyens.

Remboursement : 486,10 $ — versé par dépôt direct.""", **N, kind="personal:tax", cte="8bit")
msg("assurance-habitation", "2025-04-28 09:30", "belairdirect <service@belairdirect.com>", [ME],
    "Votre renouvellement d'assurance habitation",
    """Bonjour Geneviève,

Votre police d'assurance locataire (no HB-7720418) sera renouvelée automatiquement le 1er juillet 2025.

Prime annuelle : 312 $ (27 $ par mois)

Vous déménagez? Avisez-nous avant la date du déménagement pour que vos biens soient protégés à votre nouvelle adresse dès le premier jour.

belairdirect""", **N, kind="personal:insurance", html=True, brand="belairdirect", color="#e4002b", mid="salesforce")
msg("assurance-adresse", "2025-06-20 14:10", "belairdirect <service@belairdirect.com>", [ME],
    "Confirmation : changement d'adresse",
    """Bonjour Geneviève,

Nous confirmons que votre police HB-7720418 couvrira votre nouvelle adresse, 5872 rue De Lanaudière, app. 2, Montréal, à compter du 1er juillet 2025. Aucun changement de prime.

Bon déménagement!""", **N, kind="personal:insurance", html=True, brand="belairdirect", color="#e4002b",
    mid="salesforce")

# ---------------------------------------------------------------- utilities
HQ = "Hydro-Québec <factureinternet@hydroquebec.com>"
msg("hydro-facture-janvier", "2025-01-23 08:10", HQ, [ME_V], "Votre facture Hydro-Québec est disponible",
    """Bonjour,

Votre facture du 22 janvier 2025 est disponible dans votre Espace client.

Montant à payer : 287,43 $
Date d'échéance : 12 février 2025
Période : 21 novembre 2024 au 21 janvier 2025 (62 jours)

Votre consommation a augmenté de 14 % par rapport à la même période l'an dernier, en raison des températures plus froides.""",
    **N, kind="personal:utility", html=True, brand="Hydro-Québec", color="#1b5c98", mid="salesforce")
msg("hydro-facture-mars", "2025-03-24 08:05", HQ, [ME_V], "Votre facture Hydro-Québec est disponible",
    """Bonjour,

Votre facture du 23 mars 2025 est disponible.

Montant à payer : 254,90 $
Échéance : 11 avril 2025

Conseil : baisser le chauffage de 1 °C la nuit peut réduire votre facture d'environ 5 %.""", **N, kind="personal:utility",
    html=True, brand="Hydro-Québec", color="#1b5c98", mid="salesforce")
msg("hydro-facture-mai", "2025-05-23 08:12", HQ, [ME_V], "Votre facture Hydro-Québec est disponible",
    """Bonjour,

Votre facture du 22 mai 2025 est disponible dans votre Espace client.

Montant à payer : 118,26 $
Échéance : 11 juin 2025

Vous déménagez le 1er juillet? Faites votre demande de déménagement en ligne au moins 2 jours avant.""",
    **N, kind="personal:utility", html=True, brand="Hydro-Québec", color="#1b5c98", mid="salesforce")
msg("hydro-demenagement", "2025-06-12 12:58", "Hydro-Québec <ne-pas-repondre@hydroquebec.com>", [ME_V],
    "Confirmation de votre demande de déménagement",
    """Bonjour Julien Morin,

Nous avons bien reçu votre demande.

Fin de l'abonnement : 6213, rue Chambord, app. 3 — 1er juillet 2025
Début de l'abonnement : 5872, rue De Lanaudière, app. 2 — 1er juillet 2025

Aucune interruption de service n'est prévue. Numéro de confirmation : DM-8841-2207""",
    **N, kind="personal:utility-moving", cte="8bit", mid="salesforce")
VT = "Vidéotron <facturation@videotron.com>"
for key, date, amount, note in [
    ("videotron-janvier", "2025-01-18 10:00", "142,67", "Ajoutez Club illico pour 5 $ de plus par mois."),
    ("videotron-fevrier", "2025-02-18 10:00", "142,67", "Votre modem Helix sera mis à jour cette nuit entre 2 h et 5 h."),
    ("videotron-mars", "2025-03-18 10:01", "149,72", "Ajustement : frais de location de terminal ajoutés le 1er mars."),
    ("videotron-avril", "2025-04-18 10:00", "149,72", "Profitez de la Zone Helix pour gérer votre Wi-Fi."),
    ("videotron-mai", "2025-05-18 10:02", "112,35", "Crédit de 37,37 $ appliqué à la suite de votre appel du 2 mai."),
]:
    msg(key, date, VT, [ME_V], "Votre facture Vidéotron est prête",
        f"""Bonjour Geneviève,

Votre facture mensuelle est prête.

Compte : 4418 227 901
Montant : {amount} $
Prélèvement automatique prévu le 3 du mois prochain.

{note}

Voir ma facture : https://www.videotron.com/client/facture

Vidéotron""", **N, kind="personal:utility", html=True, brand="vidéotron", color="#ffd400", mid="salesforce")
msg("videotron-transfert", "2025-06-05 16:20", "Vidéotron <rendezvous@videotron.com>", [ME_V],
    "Confirmation de votre rendez-vous d'installation",
    """Bonjour,

Votre demande de déménagement de services est confirmée.

Nouvelle adresse : 5872, rue De Lanaudière, app. 2
Rendez-vous du technicien : mercredi 2 juillet 2025, entre 8 h et 12 h

Une personne de 18 ans ou plus doit être présente. Votre numéro de confirmation : RV-2207-55190""",
    **N, kind="personal:utility-appointment", html=True, brand="vidéotron", color="#ffd400", mid="salesforce")
FIZZ = "Fizz <bonjour@fizz.ca>"
msg("fizz-fevrier", "2025-02-01 06:00", FIZZ, [ME], "Ton paiement a été traité 👍",
    """Salut Geneviève,

Ton forfait a été renouvelé. On a prélevé 34,00 $ sur ta carte se terminant par 2207.

Données : 20 Go + 5 Go reportés du mois passé.

Fizz""", **N, kind="personal:utility", html=True, brand="fizz", color="#6c2bd9", mid="sendgrid")
msg("fizz-avril", "2025-04-01 06:00", FIZZ, [ME], "Ton paiement a été traité 👍",
    """Salut Geneviève,

C'est reparti pour un mois! 34,00 $ ont été prélevés.

Bonus : tu as gagné 2 Go grâce à ton ancienneté (2 ans chez Fizz!).""", **N, kind="personal:utility", html=True,
    brand="fizz", color="#6c2bd9", mid="sendgrid")
msg("fizz-juin", "2025-06-01 06:00", FIZZ, [ME], "Ton paiement a été traité 👍",
    """Salut Geneviève,

Renouvellement fait : 34,00 $. Tes données non utilisées (7,4 Go) sont reportées.

Tu voyages cet été? Active l'option Canada-US dans l'appli.""", **N, kind="personal:utility", html=True,
    brand="fizz", color="#6c2bd9", mid="sendgrid")

# ---------------------------------------------------------------- shopping / shipping
AMZ = "Amazon.ca <auto-confirm@amazon.ca>"
msg("amazon-commande-livre", "2025-01-19 13:22", AMZ, [ME], "Votre commande Amazon.ca de « Effective Software Testing »...",
    """Bonjour Geneviève,

Merci pour votre commande. Nous vous enverrons une confirmation lorsque votre article sera expédié.

Commande no 702-4418203-1184520
Effective Software Testing: A developer's guide — Maurício Aniche — 59,99 $
Câble USB-C vers USB-C, 2 m — 14,99 $

Livraison estimée : mardi 21 janvier
Total de la commande : 84,68 $""", **N, kind="personal:order", html=True, brand="amazon.ca", color="#232f3e", mid="ses")
msg("amazon-expedie-livre", "2025-01-20 02:14", "Amazon.ca <shipment-tracking@amazon.ca>", [ME],
    "Expédié : votre commande Amazon.ca de « Effective Software Testing »",
    """Votre colis est en route!

Arrivée prévue : mardi 21 janvier
Transporteur : Intelcom
Numéro de suivi : INTLCMA0118843320

Suivre votre colis : https://www.amazon.ca/progress-tracker/package""", **N, kind="personal:shipping", html=True,
    brand="amazon.ca", color="#232f3e", mid="ses")
msg("amazon-casque", "2025-03-02 18:05", AMZ, [ME], "Your Amazon.ca order #702-9922014-5530147",
    """Hello Geneviève,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Jabra Evolve2 30 headset — CDN$ 109.99
Arriving: Wednesday, March 5

Order total: CDN$ 126.24""", **N, lang="en", kind="personal:order", html=True, brand="amazon.ca", color="#232f3e",
    mid="ses")
msg("amazon-boites", "2025-05-27 21:40", AMZ, [ME], "Votre commande Amazon.ca de 2 articles",
    """Bonjour Geneviève,

Commande no 702-1180733-6904419
Ruban d'emballage avec dévidoir, paquet de 6 — 24,99 $
Papier bulle 30 cm x 50 m — 27,49 $

Livraison estimée : jeudi 29 mai""", **N, kind="personal:order", html=True, brand="amazon.ca", color="#232f3e", mid="ses")
msg("amazon-livre-boites", "2025-05-29 15:30", "Amazon.ca <order-update@amazon.ca>", [ME], "Livré : 2 articles",
    """Votre colis a été livré.

Il a été remis à la porte d'entrée.

Commande no 702-1180733-6904419
Un problème avec votre livraison? https://www.amazon.ca/gp/help""", **N, kind="personal:shipping", html=True,
    brand="amazon.ca", color="#232f3e", mid="ses")
msg("amazon-remboursement", "2025-06-09 10:12", "Amazon.ca <return@amazon.ca>", [ME], "Your refund for Jabra Evolve2 30...",
    """Hello Geneviève,

We've processed your refund of CDN$ 126.24 for the item below. The refund will appear on your Visa ending in 2207 within 3-5 business days.

Jabra Evolve2 30 headset
Reason: no longer needed (employer provides equipment)""", **N, lang="en", kind="personal:refund", html=True,
    brand="amazon.ca", color="#232f3e", mid="ses")
msg("postes-livre", "2025-01-22 16:42", "Postes Canada <ne-pas-repondre@postescanada.ca>", [ME_V],
    "Votre colis a été livré",
    """Votre article no 7023 4418 2207 9911 a été livré le 22 janvier 2025 à 16 h 31.

Lieu : boîte aux lettres communautaire
Expéditeur : FRANCINE BERUBE

Suivez tous vos colis dans l'application Postes Canada.""", **N, kind="personal:shipping", cte="8bit")
msg("postes-hameconnage", "2025-03-12 03:11", "Postes Canada <info@postecanada-livraison.com>", [ME_V],
    "Avis : votre colis est en attente – frais de douane impayés",
    """Cher client,

Votre colis ne peut pas être livré car des frais de douane de 2,99 $ sont impayés. Veuillez régler ces frais dans les 24 heures, sinon votre colis sera retourné à l'expéditeur.

Payer maintenant : http://postecanada-livraison.com/suivi/CA88310

Postes Canada""", **N, kind="spam:phishing", mid_dom="postecanada-livraison.com")
msg("postes-changement-adresse", "2025-06-12 13:30", "Postes Canada <ne-pas-repondre@postescanada.ca>", [ME],
    "Confirmation : réacheminement du courrier",
    """Merci! Votre demande de réacheminement du courrier est confirmée.

Ancienne adresse : 6213 rue Chambord, app. 3
Nouvelle adresse : 5872 rue De Lanaudière, app. 2
Durée : 12 mois, à compter du 1er juillet 2025
Personnes visées : Geneviève Bérubé, Julien Morin, Léa Morin""", **N, kind="personal:mail-forwarding", cte="8bit")
msg("purolator-livraison", "2025-06-26 09:15", "Purolator <notification@purolator.com>", [ME],
    "Your Purolator shipment is out for delivery",
    """Your shipment 335118204471 from IKEA Canada is out for delivery today.

Estimated delivery: June 26, 2025, by end of day
Signature required: No

Track: https://www.purolator.com/en/shipping/tracker?pin=335118204471""", **N, lang="en", kind="personal:shipping",
    html=True, brand="Purolator", color="#cf0a2c", mid="sendgrid", tz="utc")
msg("ikea-commande", "2025-06-03 20:48", "IKEA Canada <ikea@e.ikea.ca>", [ME], "Merci pour votre commande!",
    """Bonjour Geneviève,

Merci d'avoir magasiné chez IKEA. Voici le résumé de votre commande no 1244180337.

KALLAX Étagère 4x4, blanc — 1 x 149,00 $
MALM Commode 6 tiroirs — 1 x 299,00 $
SMÅGÖRA Lit d'enfant — 1 x 199,00 $

Livraison : entre le 25 et le 27 juin 2025 (Purolator)
Total : 743,75 $""", **N, kind="personal:order", html=True, brand="IKEA", color="#0058a3", mid="salesforce")
msg("saq-valentin", "2025-02-10 11:30", "SAQ <info@communication.saq.com>", [ME_V],
    "Saint-Valentin : nos bulles coup de cœur",
    """Pour la Saint-Valentin, laissez-vous tenter par nos mousseux du Québec et d'ailleurs.

Coup de cœur : Crémant de Bourgogne — 24,95 $
Découverte : Mousseux rosé du Domaine des Côtes d'Ardoise — 27,00 $

10 % de rabais à l'achat de 2 bouteilles de bulles, jusqu'au 14 février. Membres Inspire seulement.""",
    **N, kind="newsletter:promo", html=True, brand="SAQ", color="#7b2038", mid="salesforce")
msg("saq-fete-nationale", "2025-06-18 11:30", "SAQ <info@communication.saq.com>", [ME_V],
    "Fête nationale : 100 % Québec dans votre panier",
    """Bonne Fête nationale!

Cette semaine, découvrez les vins, cidres et spiritueux d'ici. Obtenez 5 fois les points Inspire sur tous les produits Origine Québec jusqu'au 24 juin.

Santé et bonne Saint-Jean!""", **N, kind="newsletter:promo", html=True, brand="SAQ", color="#7b2038", mid="salesforce")
msg("renaudbray-pret", "2025-03-03 14:05", "Renaud-Bray <service@renaud-bray.com>", [ME],
    "Votre commande est prête à être ramassée",
    """Bonjour,

Votre commande W-3318207 est prête à être ramassée à la succursale Plaza Saint-Hubert.

- Le poids de la neige, Christian Guay-Poliquin
- Mon premier livre de dinosaures (pour Léa)

Elle sera conservée pendant 10 jours.""", **N, kind="personal:order", mid="mailgun")
msg("simons-commande", "2025-03-11 20:14", "Simons <service@simons.ca>", [ME], "Confirmation de commande 88412267",
    """Bonjour Geneviève,

Merci pour votre commande!

Veston ajusté en laine mélangée — marine, taille 6 — 129,00 $
Blouse en satin — ivoire, taille S — 59,00 $

Livraison gratuite à domicile : 3 à 5 jours ouvrables.

Simons""", **N, kind="personal:order", html=True, brand="SIMONS", color="#000000", mid="salesforce")
msg("simons-offre", "2025-05-09 09:00", "Simons <infolettre@simons.ca>", [ME], "Offre exclusive : 25 % sur la nouvelle collection d'été",
    """Une offre juste pour vous

25 % de rabais sur une sélection de la collection été, en ligne et en magasin, jusqu'à dimanche.

Robes en lin, sandales, chapeaux de paille : tout pour la saison des terrasses.

Magasiner : https://www.simons.ca/fr/femme/nouveautes""", **N, kind="newsletter:promo-offer-word", html=True,
    brand="SIMONS", color="#000000", mid="salesforce")
msg("mec-expedie", "2025-05-12 15:30", "MEC <orders@mec.ca>", [ME], "Your MEC order has shipped",
    """Hi Geneviève,

Good news: your order 61198204 is on its way.

MEC Camp Chair Kids — Blue
Sea to Summit Ultra-Sil Dry Bag 13L
Headlamp, rechargeable

Tracking with Canada Post: 7023 4418 9903 1150

See you on the trail!""", **N, lang="en", kind="personal:shipping", html=True, brand="MEC", color="#2d6a4f",
    mid="salesforce", tz="utc")
msg("canadiantire-rdv", "2025-03-08 09:05", "Canadian Tire <services-auto@canadiantire.ca>", [ME],
    "Confirmation de rendez-vous – Centre de service automobile",
    """Bonjour Julien,

Votre rendez-vous est confirmé.

Service : changement de pneus saisonnier (pose de 4 pneus)
Date : samedi 12 avril 2025, 8 h 00
Magasin : Canadian Tire Rosemont, 6275 boul. Saint-Laurent

Veuillez arriver 10 minutes à l'avance.""", **N, kind="personal:appointment", html=True, brand="Canadian Tire",
    color="#d71920", mid="salesforce")
msg("ubereats-janvier", "2025-02-15 19:12", "Uber Eats <noreply@uber.com>", [ME], "Votre commande du samedi soir avec Uber Eats",
    """Merci pour votre commande, Geneviève

Restaurant : La Banquise
2 x Poutine La Classique (large) — 27,90 $
1 x Poutine T-Rex — 18,45 $
Frais de livraison et de service — 5,48 $
Pourboire — 6,00 $

Total : 63,99 $ · Visa ••••2207""", **N, kind="personal:receipt", html=True, brand="Uber Eats", color="#06c167",
    mid="uuid", mid_dom="uber.com", tz="utc")
msg("ubereats-mai", "2025-05-14 19:40", "Uber Eats <noreply@uber.com>", [ME], "Votre commande du mercredi soir avec Uber Eats",
    """Merci pour votre commande, Geneviève

Restaurant : Sushi Momo
1 x Plateau à partager (48 mcx) — 72,00 $
1 x Edamame — 6,50 $
Frais — 4,99 $ · Pourboire — 12,00 $

Total : 95,49 $

On célèbre quelque chose? 🎉""", **N, kind="personal:receipt", html=True, brand="Uber Eats", color="#06c167",
    mid="uuid", mid_dom="uber.com", tz="utc")
LUFA = "Fermes Lufa <bonjour@lufa.com>"
msg("lufa-janvier", "2025-01-26 17:00", LUFA, [ME], "Ton panier de mardi est prêt à être personnalisé 🥬",
    """Salut Geneviève!

Il te reste jusqu'à lundi minuit pour personnaliser ton panier de mardi.

Nouveautés cette semaine : micropousses de tournesol, pain au levain de la Boulangerie Guillaume, yogourt grec à l'érable.

Point de chute : Épicerie Les Pousses, rue Masson.""", **N, kind="personal:grocery", html=True, brand="Lufa",
    color="#8ab33f", mid="mailgun")
msg("lufa-pause", "2025-03-23 17:00", LUFA, [ME], "Ton abonnement est en pause",
    """Salut Geneviève,

Comme demandé, ton abonnement est en pause jusqu'au 4 mai. Tu peux le réactiver en tout temps dans ton compte.

On a hâte de te revoir! Les premières fraises d'ici arrivent en mai 🍓""", **N, kind="personal:grocery", html=True,
    brand="Lufa", color="#8ab33f", mid="mailgun")
msg("lufa-juin", "2025-06-15 17:00", LUFA, [ME], "Changement d'adresse? Mets à jour ton point de chute",
    """Salut Geneviève,

Le 1er juillet approche! Si tu déménages, pense à changer ton point de chute ou ton adresse de livraison à domicile avant le 27 juin.

Cette semaine dans ton panier : fraises de l'île d'Orléans, laitue frisée, tomates de serre.""", **N, kind="personal:grocery",
    html=True, brand="Lufa", color="#8ab33f", mid="mailgun")
msg("jeancoutu-ordonnance", "2025-02-10 15:20", "Jean Coutu <ordonnance@jeancoutu.com>", [ME_V],
    "Votre ordonnance est prête",
    """Bonjour,

Votre ordonnance est prête à être ramassée à la pharmacie Jean Coutu Masson (2951, rue Masson).

Heures d'ouverture de la pharmacie : lundi au vendredi, 9 h à 21 h; fin de semaine, 10 h à 18 h.""",
    **N, kind="personal:pharmacy", mid="salesforce")
msg("jeancoutu-renouvellement", "2025-04-29 10:05", "Jean Coutu <ordonnance@jeancoutu.com>", [ME_V],
    "Rappel de renouvellement",
    """Bonjour,

Il est temps de renouveler une de vos ordonnances. Répondez à ce message ou utilisez l'application pour la renouveler.

Note : votre couverture d'assurance collective a pris fin le 30 avril. Pensez à nous fournir vos nouvelles informations d'assurance (RAMQ ou assureur).""",
    **N, kind="personal:pharmacy", mid="salesforce")
msg("costco-nouvelles", "2025-03-29 06:00", "Costco Wholesale Canada <costco@online.costco.ca>", [ME],
    "This week's Costco savings start now",
    """Costco Weekly Savings — March 31 to April 20

Save $4 on Kirkland Signature maple syrup 1 L
Save $60 on the Samsung 55" Crystal UHD TV
Save $3 on Organic baby spinach 1 kg

Valid in warehouse and online. While quantities last.""", **N, lang="en", kind="newsletter:promo", html=True,
    brand="COSTCO", color="#005daa", mid="salesforce", tz="utc")

# ---------------------------------------------------------------- newsletters
msg("devoir-janvier", "2025-01-17 06:00", "Le Devoir <infolettre@ledevoir.com>", [ME_V], "Le Courrier du Devoir – vendredi 17 janvier",
    """Bonjour,

À la une : Tarifs douaniers : Québec se prépare au pire
Éducation : le manque d'enseignants en région inquiète
Culture : les Rendez-vous Québec Cinéma dévoilent leur programmation

Éditorial : Une économie à protéger

Bonne lecture!""", **N, kind="newsletter:news", html=True, brand="LE DEVOIR", color="#000000", mid="mailgun")
msg("devoir-mars", "2025-03-07 06:00", "Le Devoir <infolettre@ledevoir.com>", [ME_V], "Le Courrier du Devoir – vendredi 7 mars",
    """Bonjour,

À la une : Le marché de l'emploi technologique ralentit à Montréal
Société : Journée internationale des droits des femmes, les enjeux 2025
Sports : le CF Montréal ouvre sa saison à domicile

Lire l'édition complète : https://www.ledevoir.com""", **N, kind="newsletter:news-job-market", html=True,
    brand="LE DEVOIR", color="#000000", mid="mailgun")
msg("devoir-mai", "2025-05-16 06:00", "Le Devoir <infolettre@ledevoir.com>", [ME_V], "Le Courrier du Devoir – vendredi 16 mai",
    """Bonjour,

À la une : Crise du logement : les ménages se préparent à un 1er juillet difficile
International : sommet sur le climat à Bonn
Culture : le Festival TransAmériques célèbre ses 40 ans""", **N, kind="newsletter:news", html=True,
    brand="LE DEVOIR", color="#000000", mid="mailgun")
msg("lapresse-fevrier", "2025-02-08 07:15", "La Presse <infolettre@lapresse.ca>", [ME], "Votre infolettre du samedi",
    """Les essentiels de la semaine

Tempête de neige : Montréal déploie une opération de chargement record
Techno : trois entreprises montréalaises annoncent des mises à pied
Gourmand : les meilleurs bouillons à ramen de la ville

Bonne fin de semaine!""", **N, kind="newsletter:news", html=True, brand="La Presse", color="#c8102e", mid="salesforce")
msg("lapresse-avril", "2025-04-24 07:15", "La Presse <infolettre@lapresse.ca>", [ME], "Votre infolettre du jeudi",
    """Aujourd'hui dans La Presse

Politique : le budget fédéral en cinq chiffres
Affaires : embauche — les employeurs reprennent confiance dans les TI
Maison : comment bien préparer son déménagement""", **N, kind="newsletter:news", html=True, brand="La Presse",
    color="#c8102e", mid="salesforce")
msg("radiocanada-decrypteurs", "2025-03-13 12:00", "Radio-Canada <infolettres@radio-canada.ca>", [ME],
    "Les Décrypteurs : fausses offres d'emploi sur les réseaux sociaux",
    """Les Décrypteurs — l'infolettre

Cette semaine : les fausses offres d'emploi pullulent sur Facebook et WhatsApp. « Travaillez de la maison, 50 $/h » : comment reconnaître une arnaque et protéger vos données personnelles.

Aussi : cette photo du pont Jacques-Cartier est-elle vraie?

Lire : https://ici.radio-canada.ca/decrypteurs""", **N, kind="newsletter:news-job-scam", html=True,
    brand="Radio-Canada", color="#e21b22", mid="salesforce")
RIC = "Ricardo <infolettre@ricardocuisine.com>"
msg("ricardo-janvier", "2025-01-24 10:00", RIC, [ME_V], "Des soupes réconfortantes pour l'hiver",
    """Cette semaine chez Ricardo

Soupe aux pois à la mijoteuse
Potage de courge musquée au cari
Soupe-repas poulet et nouilles

Astuce : congelez vos soupes en portions individuelles pour les lunchs.""", **N, kind="newsletter:recipes", html=True,
    brand="RICARDO", color="#d22630", mid="mailgun")
msg("ricardo-fevrier", "2025-02-28 10:00", RIC, [ME_V], "Le temps des sucres approche 🍁",
    """Nos meilleures recettes à l'érable

Jambon à l'érable et à la bière
Tarte au sirop d'érable
Œufs dans le sirop

Et pour la cabane à la maison : notre guide de la tire sur la neige.""", **N, kind="newsletter:recipes", html=True,
    brand="RICARDO", color="#d22630", mid="mailgun")
msg("ricardo-avril", "2025-04-11 10:00", RIC, [ME_V], "Lunchs de printemps faciles",
    """Cette semaine : des lunchs à préparer le dimanche

Salade de pâtes grecque
Wraps au poulet et au houmous
Bouchées énergie aux dattes

Bonus : notre horaire de préparation de 90 minutes pour la semaine.""", **N, kind="newsletter:recipes", html=True,
    brand="RICARDO", color="#d22630", mid="mailgun")
msg("ricardo-juin", "2025-06-06 10:00", RIC, [ME_V], "Vive le BBQ!",
    """La saison du barbecue est lancée

Brochettes de poulet au yogourt et à la lime
Burgers de porc effiloché
Maïs grillé au beurre épicé

Pour la Saint-Jean : notre gâteau fraises et bleuets.""", **N, kind="newsletter:recipes", html=True,
    brand="RICARDO", color="#d22630", mid="mailgun")
MOT = "Ministry of Testing <hello@ministryoftesting.com>"
msg("mot-janvier", "2025-01-29 12:00", MOT, [ME], "The Testing Planet: exploratory testing charters that actually work",
    """Hi Geneviève,

This week on Ministry of Testing:

• Article: Writing exploratory testing charters that developers read
• 99-second talk: "Flaky tests are a product smell"
• Community: what's your favourite heuristic for API testing?

Upcoming: TestBash Autumn call for speakers is open until March 31.

Happy testing!
The MoT team""", **N, lang="en", kind="newsletter:professional", html=True, brand="Ministry of Testing",
    color="#212121", mid="mailgun", tz="gmt")
msg("mot-mars", "2025-03-26 12:00", MOT, [ME], "Contract testing 101, plus: your testing career questions answered",
    """Hi Geneviève,

New this week:

• Contract testing 101 with Pact — a hands-on walkthrough
• Ask Me Anything: "Moving from manual to automation in 2025"
• Career corner: how to talk about testing in a job interview

Members get 20% off the Automation Certificate until Friday.""", **N, lang="en", kind="newsletter:professional-career",
    html=True, brand="Ministry of Testing", color="#212121", mid="mailgun", tz="gmt")
msg("mot-mai", "2025-05-29 12:00", MOT, [ME], "Testing with AI assistants: hype vs. reality",
    """Hi Geneviève,

This week:

• Testing with AI assistants: what worked in 5 real teams
• Accessibility testing checklist (free download)
• Meetup roundup: Montreal, Berlin, Bangalore

See you in the Club!""", **N, lang="en", kind="newsletter:professional", html=True, brand="Ministry of Testing",
    color="#212121", mid="mailgun", tz="gmt")
msg("cypress-fevrier", "2025-02-12 17:00", "Cypress <team@cypress.io>", [ME], "Cypress 14 is here",
    """Cypress 14 is here

• Component testing for Angular 19 and Next.js 15
• Faster test runs with improved spec prioritization
• Breaking: Node 18 is no longer supported

Read the changelog: https://docs.cypress.io/app/references/changelog""", **N, lang="en", kind="newsletter:tool-release",
    html=True, brand="cypress", color="#1b1e2e", mid="sendgrid", tz="pt")
msg("cypress-avril", "2025-04-23 17:00", "Cypress <team@cypress.io>", [ME], "Webinar: Test Replay in CI, live on April 30",
    """Join us live

Debugging flaky tests with Test Replay in your CI pipeline
April 30, 2025 · 1 PM ET · 45 minutes

Register: https://www.cypress.io/webinars/test-replay-ci""", **N, lang="en", kind="newsletter:webinar", html=True,
    brand="cypress", color="#1b1e2e", mid="sendgrid", tz="pt")
msg("netflix-fevrier", "2025-02-03 13:00", "Netflix <info@mailer.netflix.com>", [ME_V], "Nouveau sur Netflix cette semaine",
    """Geneviève, voici ce qui vient d'arriver sur Netflix

Nouvelle saison : une série policière nordique très attendue
Film : une comédie romantique québécoise
Pour Léa : de nouveaux épisodes de sa série animée préférée

Regarder maintenant""", **N, kind="newsletter:streaming", html=True, brand="NETFLIX", color="#e50914",
    mid="uuid", mid_dom="netflix.com", tz="utc")
msg("netflix-prix", "2025-05-19 13:00", "Netflix <info@account.netflix.com>", [ME_V], "Mise à jour de votre forfait",
    """Bonjour Geneviève,

Nous vous écrivons pour vous informer d'une modification du prix de votre forfait Standard. À compter de votre prochaine facturation du 19 juin, votre forfait coûtera 18,99 $/mois (taxes en sus).

Vous pouvez modifier ou annuler votre forfait en tout temps.""", **N, kind="personal:subscription", html=True,
    brand="NETFLIX", color="#e50914", mid="uuid", mid_dom="netflix.com", tz="utc")
msg("spotify-juin", "2025-06-02 14:00", "Spotify <no-reply@spotify.com>", [ME], "Your new Release Radar is here",
    """Fresh music, just for you

Your Release Radar is updated every Friday with new songs from artists you follow, like Les Cowboys Fringants, Klô Pelgag and Charlotte Cardin.

Listen now""", **N, lang="en", kind="newsletter:streaming", html=True, brand="Spotify", color="#1db954",
    mid="uuid", mid_dom="spotify.com", tz="utc")
msg("sportsexperts-offre", "2025-03-12 09:00", "Sports Experts <info@sportsexperts.ca>", [ME],
    "Offre exclusive : 30 % sur la course à pied",
    """Préparez votre saison de course

30 % sur une sélection de souliers de course (Brooks, Saucony, ASICS), jusqu'au 19 mars.
Analyse de foulée gratuite en magasin.

Offre réservée aux membres.""", **N, kind="newsletter:promo-offer-word", html=True, brand="SPORTS EXPERTS",
    color="#e30613", mid="salesforce")
msg("bixi-saison", "2025-04-15 08:00", "BIXI Montréal <info@bixi.com>", [ME], "C'est reparti! La saison BIXI 2025 commence",
    """Bonjour Geneviève,

Les vélos BIXI sont de retour dans les rues! Votre abonnement annuel est actif dès aujourd'hui.

Nouveau cette année : 1 200 vélos électriques de plus et 80 nouvelles stations, dont plusieurs dans Rosemont.

Bonne saison!""", **N, kind="newsletter:service", html=True, brand="BIXI", color="#d52b1e", mid="mailgun")
msg("stm-travaux", "2025-01-30 15:00", "STM Info <info@stm.info>", [ME], "Entrave : ligne bleue",
    """Avis aux usagers

En raison de travaux, la station Fabre de la ligne bleue sera fermée les fins de semaine du 8-9 et du 15-16 février. Un service de navettes par autobus sera offert.

Planifiez vos déplacements : stm.info""", **N, kind="newsletter:transit", mid="mailgun")
msg("stm-opus", "2025-05-07 10:00", "STM <info@stm.info>", [ME], "Votre carte OPUS expire bientôt",
    """Bonjour,

Votre carte OPUS avec photo arrive à échéance le 31 mai 2025. Renouvelez-la en ligne et recevez-la par la poste.

Renouveler : https://www.stm.info/fr/opus""", **N, kind="personal:transit", mid="mailgun")

# ---------------------------------------------------------------- accounts, tech, misc
msg("google-securite", "2025-01-25 22:40", "Google <no-reply@accounts.google.com>", [ME], "Alerte de sécurité",
    """Nouvelle connexion à votre compte Google

gberube.qa@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications""", **N, kind="personal:security", html=True,
    brand="Google", color="#1a73e8", mid_dom="accounts.google.com", tz="utc")
msg("google-stockage", "2025-04-05 11:00", "Google One <googleone-noreply@google.com>", [ME],
    "Votre espace de stockage est presque plein",
    """Bonjour Geneviève,

Vous avez utilisé 92 % de vos 15 Go d'espace de stockage. Lorsque votre espace sera plein, vous ne pourrez plus recevoir de courriels dans Gmail.

Libérez de l'espace ou passez à Google One (100 Go pour 2,79 $/mois).""", **N, kind="personal:account", html=True,
    brand="Google One", color="#1a73e8", mid_dom="google.com", tz="utc")
msg("github-issue", "2025-02-16 14:21", "Tomasz Nowak <notifications@github.com>", [ME],
    "[gberube-qa/tap-report] HTML report breaks on test names with emoji (Issue #14)",
    """tnowak-dev opened an issue in gberube-qa/tap-report

When a test name contains an emoji (e.g. "login ✅ works"), the generated HTML report shows garbled characters. Looks like the template is written without a charset meta tag.

Steps: run `tap-report --html out.html` on the attached TAP file.

—
Reply to this email directly or view it on GitHub:
https://github.com/gberube-qa/tap-report/issues/14""", **N, lang="en", kind="personal:github", mid_dom="github.com",
    headers={"List-ID": "gberube-qa/tap-report <tap-report.gberube-qa.github.com>"}, tz="utc")
msg("github-pr-merged", "2025-03-30 16:02", "Geneviève Bérubé <notifications@github.com>", [ME],
    "Re: [gberube-qa/tap-report] Add charset meta tag to HTML template (PR #15)",
    """Merged #15 into main.

Closes #14. Thanks @tnowak-dev for the report!

—
Reply to this email directly or view it on GitHub:
https://github.com/gberube-qa/tap-report/pull/15""", **N, lang="en", kind="personal:github", mid_dom="github.com",
    headers={"List-ID": "gberube-qa/tap-report <tap-report.gberube-qa.github.com>"}, tz="utc")
msg("github-dependabot", "2025-06-08 03:12", "GitHub <noreply@github.com>", [ME],
    "[gberube-qa/tap-report] Dependabot alert: 1 moderate severity vulnerability",
    """Dependabot found 1 vulnerability in your repository gberube-qa/tap-report

Moderate: cross-spawn regular expression denial of service (package-lock.json)

Review the alert: https://github.com/gberube-qa/tap-report/security/dependabot/3""", **N, lang="en",
    kind="personal:github", html=True, brand="GitHub", color="#24292f", mid_dom="github.com", tz="utc")
msg("udemy-certificat", "2025-02-22 20:30", "Udemy <no-reply@e.udemymail.com>", [ME],
    "Congratulations on completing your course!",
    """You did it, Geneviève!

You've completed "Playwright with TypeScript: From Zero to CI/CD" — 14.5 hours of content.

Your certificate is ready: https://www.udemy.com/certificate/UC-7f3e0a12-44d8/

Share it on LinkedIn to show off your new skills.""", **N, lang="en", kind="personal:online-course", html=True,
    brand="Udemy", color="#a435f0", mid="sendgrid", tz="utc")
msg("ville-residus-verts", "2025-04-22 09:00", "Ville de Montréal – Rosemont–La Petite-Patrie <info311@montreal.ca>",
    [ME_V], "Début des collectes de résidus verts",
    """Bonjour,

Les collectes de résidus verts reprennent dans l'arrondissement à compter du 28 avril, le lundi, jusqu'au 24 novembre.

Utilisez des sacs de papier ou des contenants rigides. Les sacs de plastique, même compostables, ne sont pas acceptés.""",
    **N, kind="newsletter:city", cte="8bit")
msg("ville-deneigement", "2025-02-16 19:30", "Info-Neige Montréal <info-neige@montreal.ca>", [ME_V],
    "Chargement de neige : rue Chambord",
    """Opération de chargement prévue

Rue Chambord, entre Bélanger et Beaubien — côté est
Interdiction de stationner : 17 février, de 7 h à 19 h

Les véhicules seront remorqués à vos frais.""", **N, kind="personal:city-alert", cte="8bit")
msg("saaq-permis", "2025-06-02 08:00", "SAAQclic <ne-pas-repondre@saaq.gouv.qc.ca>", [ME],
    "Renouvellement de votre permis de conduire",
    """Bonjour,

Votre permis de conduire arrive à échéance le 12 juillet 2025 (date de votre anniversaire). Vous pouvez payer les frais d'assurance et d'immatriculation du permis dans SAAQclic.

Si une nouvelle photo est requise, un avis vous sera envoyé par la poste.""", **N, kind="personal:government", cte="8bit")
BANQ = "BAnQ <ne-pas-repondre@banq.qc.ca>"
msg("banq-reservation", "2025-02-26 13:00", BANQ, [ME], "Document réservé disponible",
    """Bonjour,

Le document que vous avez réservé est disponible au comptoir des réservations de la Grande Bibliothèque pendant 7 jours :

Kukum / Michel Jean

Bonne lecture!""", **N, kind="personal:library", cte="8bit")
msg("banq-retard", "2025-04-05 07:00", BANQ, [ME], "Avis de retard",
    """Bonjour,

Le document suivant est en retard :
Kukum / Michel Jean — date de retour prévue : 2 avril 2025

Merci de le rapporter dès que possible ou de le renouveler en ligne.""", **N, kind="personal:library", cte="8bit")
msg("banq-reservation2", "2025-05-30 13:00", BANQ, [ME], "Document réservé disponible",
    """Bonjour,

Document disponible pour vous : Guide du Québec 2025 — Gaspésie et Bas-Saint-Laurent

À récupérer avant le 6 juin.""", **N, kind="personal:library", cte="8bit")
msg("facebook-anniv", "2025-02-08 08:00", "Facebook <notification@facebookmail.com>", [ME],
    "Aujourd'hui, c'est l'anniversaire de Réjean Bérubé",
    """Aidez Réjean à passer une belle journée!

Réjean Bérubé fête son anniversaire aujourd'hui. Écrivez-lui un message sur son journal.

https://www.facebook.com/rejean.berube.7""", **N, kind="social:notification", html=True, brand="facebook",
    color="#1877f2", mid_dom="facebookmail.com", tz="pt")
msg("facebook-souvenir", "2025-05-04 09:00", "Facebook <notification@facebookmail.com>", [ME],
    "Geneviève, vous avez des souvenirs à consulter",
    """Il y a 3 ans aujourd'hui

Vous avez publié 4 photos : « Premier vrai pique-nique de l'année au parc Lafontaine avec ma cocotte ☀️ »

Consulter vos souvenirs""", **N, kind="social:notification", html=True, brand="facebook", color="#1877f2",
    mid_dom="facebookmail.com", tz="pt")
msg("loterie-arnaque", "2025-04-27 02:44", "Service des gagnants <winner-claim@prize-canada-rewards.top>", [ME],
    "Félicitations! Vous avez été sélectionnée – réclamez votre iPhone 16",
    """FÉLICITATIONS!!!

Votre adresse courriel a été sélectionnée au hasard. Vous avez gagné un iPhone 16 Pro.

Pour réclamer votre prix, payez seulement les frais d'expédition (1,95 $) ici : http://prize-canada-rewards.top/claim?id=88213

Offre valide 24 heures.""", **N, kind="spam:prize-scam", mid_dom="prize-canada-rewards.top")
msg("tim-rewards", "2025-03-19 11:00", "Tim Hortons <timhortons@email.timhortons.ca>", [ME],
    "Your Roll Up To Win results are in",
    """Hi Geneviève,

You rolled up 4 cups this week. Your prizes:
• 1 Free Hot Beverage (any size)
• 1 Free Donut

Prizes are loaded to your Tims Rewards account and expire April 30.""", **N, lang="en", kind="newsletter:promo",
    html=True, brand="Tim Hortons", color="#c8102e", mid="salesforce")

# Teams meeting invitation for the outplacement programme (calendar invite that is NOT a job interview)
VIRAGE_ICS = ics("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6", "Rencontre de suivi – transition de carrière",
                 "2025-02-24 09:30", "2025-02-24 10:30", ("Hélène Paradis", "hparadis@viragerh.com"),
                 [("Geneviève Bérubé", "gberube.qa@gmail.com")], location="Réunion Microsoft Teams",
                 description="Suivi du bilan de compétences et révision du CV.", stamp="2025-02-14 10:00",
                 prodid="Microsoft Exchange Server 2010")
msg("virage-teams-suivi", "2025-02-14 10:02", "Hélène Paradis <hparadis@viragerh.com>", [ME],
    "Rencontre de suivi – transition de carrière",
    """Bonjour Geneviève,

Voici l'invitation pour notre rencontre de suivi. Nous ferons le point sur votre bilan de compétences et je vous donnerai mes commentaires sur la nouvelle version de votre CV.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour rejoindre la réunion
ID de réunion : 284 771 509 332
Code secret : a7Hk3P
________________________________________________________________________________""",
    **N, kind="lookalike:calendar-invite-outplacement", ics=VIRAGE_ICS, mid="outlook")
msg("virage-rappel", "2025-03-21 08:30", "Hélène Paradis <hparadis@viragerh.com>", [ME], "Dernière rencontre du programme",
    """Bonjour Geneviève,

Petit rappel : notre dernière rencontre individuelle aura lieu le 7 avril. Il restera ensuite un mois d'accès à la plateforme de ressources en ligne.

Vous avez fait un beau chemin depuis janvier : votre CV est beaucoup plus percutant et votre profil LinkedIn attire maintenant l'attention des recruteurs. Continuez!

Hélène""", **N, kind="lookalike:outplacement-counsellor", mid="outlook")
msg("qa-quebec-infolettre", "2025-02-05 12:00", "Communauté QA Québec <infolettre@qaquebec.org>", [ME],
    "Infolettre de février – conférence printanière et mentorat",
    """Bonjour membres de QA Québec,

• Conférence printanière : 22 mai, Québec (et en ligne). L'appel de conférences est ouvert jusqu'au 7 mars.
• Programme de mentorat : on cherche des mentor·e·s d'expérience pour accompagner des testeurs et testeuses en début de carrière.
• Le babillard d'emplois est de retour sur notre site pour les membres.

Au plaisir de vous voir!
Le CA de QA Québec""", **N, kind="newsletter:professional-community", html=True, brand="QA Québec", color="#003da5",
    mid="mailgun")
msg("confoo-billet", "2025-01-21 14:20", "ConFoo <info@confoo.ca>", [ME], "ConFoo Montreal 2025: last chance for early-bird tickets",
    """ConFoo Montreal 2025 — February 26-28, Hilton Bonaventure

Over 150 talks on web development, testing, DevOps and AI. Early-bird pricing ends Friday.

Featured: "Testing in production without fear", "Playwright vs Cypress in 2025", "Accessibility is a quality attribute"

Get your ticket: https://confoo.ca/en/montreal2025""", **N, lang="en", kind="newsletter:conference-promo", html=True,
    brand="ConFoo", color="#ff6f00", mid="mailgun")
