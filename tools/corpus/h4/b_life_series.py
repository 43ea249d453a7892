# -*- coding: utf-8 -*-
"""Mailbox B — everyday mail in series (bank, benefits, bills, newsletters, shops...).
Every text is hand-written; loops only attach dates."""
from common import M

ME = ("Nadia Benhamou", "nadia.benhamou@orange.fr")
OLD = ("Nadia Benhamou", "n.benhamou69@hotmail.fr")
MSGS = []
add = MSGS.append


def E(kind, **kw):
    return M(label="not_job", kind=kind, **kw)


# ---------------------------------------------------------------- Banque Fourvière
BF = ("Banque Fourvière", "alertes@banque-fourviere.fr")
for i, (d, per, solde) in enumerate([("2024-09-04 05:40", "août 2024", "1 204,38"), ("2024-10-03 05:42", "septembre 2024", "612,90"),
                                      ("2024-11-05 05:39", "octobre 2024", "388,15"), ("2024-12-04 05:41", "novembre 2024", "705,62"),
                                      ("2025-01-06 05:44", "décembre 2024", "1 019,07")]):
    add(E("bank-statement", key="b-bf-rel-%d" % i, date=d, frm=("Banque Fourvière", "e-releves@banque-fourviere.fr"),
          subject="Votre e-relevé de %s" % per, fmt="html", cte="quoted-printable", brand="Banque Fourvière", color="#7a1f3d",
          desc="fourviere-e-releve-" + per.split()[0],
          text="Madame BENHAMOU,\n\nVotre e-relevé de compte du mois de %s est disponible.\n\nCompte joint M. CHERIF ou Mme BENHAMOU – n° ****0218\nSolde au dernier jour du mois : %s €\n\nConsultez-le dans votre espace Fourvière en ligne, rubrique « e-Documents ».\n\nBanque Fourvière – votre banque à Lyon depuis 1891" % (per, solde)))
for i, (d, amt, lib) in enumerate([("2024-09-03 07:15", "1 148,70", "FRANCE TRAVAIL ARE AOUT 2024"), ("2024-10-02 07:12", "1 187,00", "FRANCE TRAVAIL ARE SEPT 2024"),
                                    ("2024-11-04 07:18", "1 148,70", "FRANCE TRAVAIL ARE OCT 2024"), ("2024-12-03 07:11", "1 187,00", "FRANCE TRAVAIL ARE NOV 2024"),
                                    ("2025-01-30 07:20", "2 136,44", "BRENAC INDUSTRIE SALAIRE JANVIER")]):
    add(E("bank-transfer-alert", key="b-bf-vir-%d" % i, date=d, frm=BF, subject="Alerte : virement reçu", desc="fourviere-virement-recu",
          text="Banque Fourvière – Alerte compte\n\nUn virement de %s € a été reçu le %s sur le compte ****0218.\nLibellé : %s\n\nPour modifier vos alertes : espace Fourvière en ligne > Paramètres > Alertes." % (amt, d[8:10] + "/" + d[5:7] + "/" + d[:4], lib)))
for i, (d, solde) in enumerate([("2024-10-27 08:02", "48,21"), ("2024-11-25 08:01", "12,66")]):
    add(E("bank-low-balance", key="b-bf-bas-%d" % i, date=d, frm=BF, subject="Alerte : solde inférieur à 100 €", desc="fourviere-solde-bas",
          text="Banque Fourvière – Alerte compte\n\nLe solde de votre compte ****0218 est de %s € au %s, en dessous du seuil de 100 € que vous avez défini.\n\nBesoin d'un coup de pouce ? Votre conseiller, M. Lefèvre, est joignable au 04 78 42 17 00." % (solde, d[8:10] + "/" + d[5:7])))

# ---------------------------------------------------------------- France Travail
FT = ("France Travail", "ne-pas-repondre@francetravail.fr")
act = [("2024-09-28 09:00", "septembre", "Actualisez-vous entre le 28 septembre et le 15 octobre."),
       ("2024-10-28 09:00", "octobre", "La période d'actualisation est ouverte jusqu'au 15 novembre. Pensez à déclarer vos éventuelles heures travaillées."),
       ("2024-11-28 09:00", "novembre", "N'oubliez pas : actualisation jusqu'au 15 décembre. Sans actualisation, vos allocations ne pourront pas être versées."),
       ("2024-12-28 09:00", "décembre", "Actualisez-vous avant le 15 janvier. Si vous reprenez un emploi, déclarez-le lors de votre actualisation.")]
for i, (d, mois, line) in enumerate(act):
    add(E("benefits-office", key="b-ft-act-%d" % i, date=d, frm=FT, mid="francetravail.fr", subject="C'est le moment de vous actualiser pour %s" % mois,
          fmt="alt", brand="France Travail", color="#1c3f94", desc="france-travail-actualisation-" + mois,
          text="Madame BENHAMOU,\n\n%s\n\nVous pouvez vous actualiser sur francetravail.fr, sur l'application « France Travail – Mon espace » ou au 3949.\n\nFrance Travail" % line))
add(E("benefits-office", key="b-ft-att-1", date="2024-10-05 11:20", frm=FT, mid="francetravail.fr", subject="Votre attestation de paiement est disponible",
      desc="france-travail-attestation-paiement",
      text="Madame BENHAMOU,\n\nVotre attestation de paiement pour la période de septembre 2024 est disponible dans votre espace personnel, rubrique « Mes documents ».\n\nFrance Travail"))
add(E("benefits-office", key="b-ft-reprise", date="2025-01-08 14:05", frm=FT, mid="francetravail.fr", subject="Nous avons bien pris en compte votre reprise d'emploi",
      fmt="alt", desc="france-travail-reprise-emploi",
      text="""Madame BENHAMOU,

Vous nous avez informés de votre reprise d'emploi en contrat à durée indéterminée à compter du 06/01/2025. Vous avez été radiée de la liste des demandeurs d'emploi à cette date, suite à votre déclaration.

Si votre contrat devait prendre fin dans les mois à venir, vous pourrez vous réinscrire et, le cas échéant, reprendre vos droits restants.

Toute l'équipe de l'agence de Lyon 8e vous souhaite une belle réussite dans vos nouvelles fonctions.

France Travail"""))

# ---------------------------------------------------------------- CAF
CAF = ("Caf du Rhône", "ne-pas-repondre@caf.fr")
add(E("benefits", key="b-caf-dtr-1", date="2024-10-01 06:30", frm=CAF, mid="caf.fr", subject="Déclarez vos ressources du trimestre", desc="caf-declaration-trimestrielle",
      text="Bonjour,\n\nVous devez déclarer vos ressources de juillet, août et septembre 2024 pour que nous puissions calculer votre droit.\n\nFaites-le dès maintenant sur caf.fr ou sur l'appli Caf – Mon Compte, rubrique « Déclarer mes ressources ».\n\nVotre Caf"))
add(E("benefits", key="b-caf-cour-1", date="2024-11-07 06:30", frm=CAF, mid="caf.fr", subject="Vous avez un nouveau courrier", desc="caf-nouveau-courrier",
      text="Bonjour,\n\nUn nouveau courrier est disponible dans votre Espace Mon Compte : « Notification de droit – prime d'activité ».\n\nPour le consulter, connectez-vous sur caf.fr.\n\nVotre Caf"))
add(E("benefits", key="b-caf-dtr-2", date="2025-01-02 06:30", frm=CAF, mid="caf.fr", subject="Déclarez vos ressources du trimestre", desc="caf-declaration-trimestrielle-2",
      text="Bonjour,\n\nC'est le moment de déclarer vos ressources d'octobre, novembre et décembre 2024.\n\nVotre situation a changé (reprise d'emploi, déménagement) ? Pensez à la déclarer aussi, dans la rubrique « Déclarer un changement ».\n\nVotre Caf"))

# ---------------------------------------------------------------- Health
add(E("health-insurance", key="b-ameli-1", date="2024-10-01 01:55", frm=("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"), mid="assurance-maladie.fr",
      subject="Nouveau message dans votre compte ameli", desc="ameli-nouveau-message",
      text="Bonjour,\n\nVous avez reçu un nouveau message dans votre compte ameli : « Remboursement de soins – Lina CHERIF ».\n\nMontant versé : 21,00 € le 30/09/2024.\n\nL'Assurance Maladie"))
add(E("health-insurance", key="b-ameli-2", date="2024-12-13 02:03", frm=("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"), mid="assurance-maladie.fr",
      subject="Nouveau message dans votre compte ameli", desc="ameli-nouveau-message-2",
      text="Bonjour,\n\nVous avez reçu un nouveau message dans votre compte ameli : « Vos remboursements du mois ».\n\n3 remboursements, pour un total de 46,74 €.\n\nL'Assurance Maladie"))
add(E("health-insurance", key="b-mut-old", date="2024-09-12 09:10", frm=("Mutuelle Sérénis Prévoyance", "adherents@serenis-prevoyance.fr"),
      subject="Maintien de vos garanties (portabilité)", fmt="alt", desc="mutuelle-portabilite",
      text="""Madame,

Suite à la fin de votre contrat de travail au 31/08/2024, vous bénéficiez gratuitement du maintien de vos garanties santé et prévoyance au titre de la portabilité, pour une durée maximale de 12 mois, sous réserve de votre indemnisation par France Travail.

Merci de nous transmettre votre attestation d'ouverture de droits France Travail dans les meilleurs délais.

Service Adhérents"""))
DOC = ("Doctolib", "no-reply@doctolib.fr")
for i, (d, sub, body) in enumerate([
        ("2024-09-20 13:40", "Rendez-vous confirmé : Dr Claire Vidal, pédiatre", "Rendez-vous pour Lina CHERIF\nMercredi 25 septembre 2024 à 10h45\nDr Claire Vidal – Pédiatre\n33 avenue des Frères Lumière, 69008 Lyon\n\nMotif : vaccin + consultation de suivi. Pensez au carnet de santé."),
        ("2024-10-31 17:22", "Rendez-vous confirmé : Dr Antoine Roche", "Rendez-vous pour Nadia BENHAMOU\nLundi 4 novembre 2024 à 17h30\nDr Antoine Roche – Médecin généraliste\nMaison de santé Monplaisir, 5 rue Saint-Maurice, 69008 Lyon"),
        ("2024-12-08 10:00", "Rappel : rendez-vous demain avec Dr Inès Farah", "Rendez-vous pour Nadia BENHAMOU\nLundi 9 décembre 2024 à 8h15\nDr Inès Farah – Chirurgien-dentiste\n\nEn cas d'empêchement, merci d'annuler au plus vite."),
        ("2025-01-13 19:05", "Rendez-vous confirmé : Dr Claire Vidal, pédiatre", "Rendez-vous pour Lina CHERIF\nSamedi 18 janvier 2025 à 9h30\nDr Claire Vidal – Pédiatre\n\nMotif : fièvre / otite ?")]):
    add(E("doctor-appointment", key="b-doc-%d" % i, date=d, frm=DOC, subject=sub, fmt="alt", brand="Doctolib", color="#107aca", desc="doctolib-%d" % i,
          text="Bonjour,\n\n%s\n\nGérer mes rendez-vous : https://www.doctolib.fr/account/appointments\n\nDoctolib" % body))

# ---------------------------------------------------------------- Orange bills
OR = ("Orange", "facture.internet@orange.fr")
for i, (d, mois, amt) in enumerate([("2024-09-08 04:12", "septembre", "56,99"), ("2024-10-08 04:10", "octobre", "56,99"), ("2024-11-08 04:15", "novembre", "59,98"),
                                     ("2024-12-08 04:11", "décembre", "56,99"), ("2025-01-08 04:13", "janvier", "58,99")]):
    add(E("telecom-bill", key="b-orange-%d" % i, date=d, frm=OR, mid="orange.fr", subject="Votre facture Orange de %s est disponible" % mois,
          fmt="html", cte="quoted-printable", brand="orange", color="#ff7900", desc="orange-facture-" + mois,
          text="Bonjour Madame Benhamou,\n\nVotre facture Livebox Fibre + mobile de %s est disponible dans votre Espace Client.\n\nMontant : %s € TTC, prélevé le 18 %s.\n\nVoir ma facture : https://espaceclientv3.orange.fr/?page=factures\n\nOrange" % (mois, amt, mois)))

# ---------------------------------------------------------------- Energy
LUM = ("Lumirhône Énergie", "clients@lumirhone.fr")
add(E("energy-bill", key="b-lum-1", date="2024-09-15 08:00", frm=LUM, subject="Votre facture de régularisation annuelle", fmt="alt", desc="lumirhone-regularisation",
      text="Bonjour Madame Benhamou,\n\nVotre facture de régularisation pour la période du 15/09/2023 au 14/09/2024 est disponible.\n\nConsommation réelle : 3 840 kWh (électricité) – 4 120 kWh (gaz)\nMontant à régler : 86,32 €, prélevé le 30 septembre.\n\nNouvelle mensualité à partir d'octobre : 142 €.\n\nLumirhône Énergie"))
add(E("energy-bill", key="b-lum-2", date="2024-11-20 08:00", frm=LUM, subject="Bouclier tarifaire, chèque énergie : ce qui change cet hiver", fmt="alt",
      desc="lumirhone-chauffage-hiver",
      text="Bonjour,\n\nL'hiver arrive : voici nos conseils pour maîtriser votre facture de chauffage, et ce qu'il faut savoir sur le chèque énergie 2024 (utilisable jusqu'au 31 mars 2025).\n\nAstuce : baisser le chauffage de 1 °C, c'est environ 7 % d'économie sur votre facture.\n\nLumirhône Énergie"))
add(E("energy-bill", key="b-lum-3", date="2025-01-24 08:00", frm=LUM, subject="Vous déménagez ? On s'occupe de tout", fmt="alt", desc="lumirhone-demenagement",
      text="Bonjour Madame Benhamou,\n\nVous nous avez indiqué un déménagement le 1er février. Votre contrat actuel (rue Antoine Lumière) sera résilié au 31 janvier au soir, et votre nouveau contrat démarrera au 48 rue de Marseille le 1er février.\n\nPensez à relever vos compteurs le jour du départ.\n\nLumirhône Énergie"))

# ---------------------------------------------------------------- Landlord (Régie Dumas)
RD = ("Régie Dumas & Associés", "quittances@regie-dumas.fr")
for i, (d, mois) in enumerate([("2024-09-25 06:00", "octobre 2024"), ("2024-10-25 06:00", "novembre 2024"), ("2024-11-25 06:00", "décembre 2024"),
                                ("2024-12-24 06:00", "janvier 2025"), ("2024-09-02 06:00", "septembre 2024")]):
    add(E("landlord-rent-notice", key="b-rd-%d" % i, date=d, frm=RD, charset="iso-8859-1", cte="quoted-printable",
          subject="Avis d'échéance %s" % mois, attach=[("AE_%s.pdf" % mois.replace(" ", "_"), b"%PDF-1.3\n%fake\n%%EOF\n", "application/pdf")],
          desc="regie-dumas-avis-echeance-" + mois.split()[0],
          text="Madame, Monsieur,\n\nVous trouverez ci-joint l'avis d'échéance de %s pour le logement situé 62 rue Antoine Lumière, 69008 Lyon (lot 14).\n\nLoyer : 812,00 EUR\nCharges : 118,00 EUR\nTotal : 930,00 EUR\n\nRégie Dumas & Associés\nMerci de ne pas répondre à ce message." % mois))
add(E("landlord", key="b-rd-eau", date="2024-10-14 14:20", frm=("Régie Dumas & Associés", "gestion@regie-dumas.fr"), charset="iso-8859-1", cte="quoted-printable",
      subject="62 rue Antoine Lumière – coupure d'eau le 17 octobre", desc="regie-dumas-coupure-eau",
      text="Madame, Monsieur,\n\nEn raison du remplacement d'une colonne d'eau froide, l'alimentation en eau de l'immeuble sera coupée le jeudi 17 octobre de 8h30 à 12h00 environ.\n\nNous vous remercions de votre compréhension.\n\nLe service gestion"))
add(E("landlord", key="b-rd-conge", date="2025-01-21 11:45", frm=("Régie Dumas & Associés", "gestion@regie-dumas.fr"), charset="iso-8859-1", cte="quoted-printable",
      subject="Réception de votre congé – lot 14, 62 rue Antoine Lumière", desc="regie-dumas-reception-conge",
      text="Madame, Monsieur,\n\nNous accusons réception de votre lettre de congé remise en main propre le 20 janvier 2025.\n\nLe logement étant situé en zone tendue, votre préavis est réduit à un mois. L'état des lieux de sortie est fixé au jeudi 20 février 2025 à 9h00.\n\nLe service gestion\nRégie Dumas & Associés"))

# ---------------------------------------------------------------- Halte-garderie
HG = ("Halte-garderie Les Lucioles", "leslucioles.lyon8@gmail.com")
for i, (d, sub, body) in enumerate([
        ("2024-09-03 18:30", "Rentrée aux Lucioles 🌼", "Bonjour à toutes les familles,\n\nLa halte-garderie rouvre le jeudi 5 septembre. Pour rappel, Lina est inscrite le mardi et le jeudi matin (8h30-12h). Pensez à apporter une tenue de rechange marquée et le doudou !\n\nL'équipe des Lucioles"),
        ("2024-10-15 13:10", "Sortie à la ferme pédagogique – autorisation", "Bonjour,\n\nNous organisons une sortie à la ferme de Vaugneray le jeudi 24 octobre. Merci de nous retourner l'autorisation de sortie signée avant le 18. Nous cherchons aussi deux parents accompagnateurs !\n\nÀ bientôt,\nSophie, directrice"),
        ("2024-12-02 17:45", "Fête de Noël des Lucioles – vendredi 13 décembre", "Chers parents,\n\nNotre petite fête de Noël aura lieu le vendredi 13 décembre à 16h30. Au programme : chansons des enfants, goûter partagé (chacun apporte quelque chose) et peut-être une visite surprise…\n\nL'équipe des Lucioles"),
        ("2025-01-03 10:05", "Dernière semaine de Lina aux Lucioles", "Bonjour Madame Benhamou,\n\nNous avons bien noté que Lina rejoint la crèche des Petits Lumière à partir du 6 janvier. Toute l'équipe lui souhaite une belle adaptation ! Vous pouvez passer récupérer son casier et ses dessins jeudi.\n\nSophie")]):
    add(E("childcare", key="b-hg-%d" % i, date=d, frm=HG, subject=sub, desc="lucioles-%d" % i, text=body))

# ---------------------------------------------------------------- Amicale (she is treasurer) + HelloAsso
AM = ("Gérard Lacombe", "bureau@amicale-monplaisir.fr")
for i, (d, sub, body) in enumerate([
        ("2024-09-06 21:10", "Forum des associations samedi", "Bonsoir à tous,\n\nLe forum des associations du 8e a lieu samedi 7 septembre de 10h à 17h, place Ambroise Courtois. Il nous faut du monde sur le stand : inscrivez-vous sur le tableau partagé.\n\nNadia, peux-tu prévoir le fond de caisse (50 € en monnaie) et le carnet de reçus ?\n\nGérard"),
        ("2024-10-02 19:40", "Subvention de la mairie – dossier à compléter", "Bonsoir Nadia,\n\nLa mairie du 8e nous demande, pour la subvention 2025, le compte de résultat 2023-2024 et le budget prévisionnel. Tu peux t'en charger ? La date limite est le 31 octobre.\n\nMerci mille fois,\nGérard"),
        ("2024-12-01 10:15", "Compte rendu de l'AG du 29 novembre", "Bonjour à tous,\n\nMerci aux 43 adhérents présents vendredi. Le rapport moral et le rapport financier ont été approuvés à l'unanimité. Le nouveau bureau : Gérard Lacombe (président), Mireille Santoni (secrétaire), Nadia Benhamou (trésorière).\n\nLe compte rendu complet est en pièce jointe.\n\nGérard")]):
    add(E("association", key="b-am-%d" % i, date=d, frm=AM, subject=sub, desc="amicale-%d" % i, text=body))
HA = ("HelloAsso", "notifications@helloasso.com")
for i, (d, who, what, amt) in enumerate([("2024-09-08 12:31", "Sylvie Garnier", "Adhésion 2024-2025 – famille", "25,00"),
                                          ("2024-09-09 20:02", "Thomas Nguyen", "Adhésion 2024-2025 – individuelle", "15,00"),
                                          ("2024-09-14 09:47", "Famille Ben Salah", "Atelier couture – trimestre 1", "45,00"),
                                          ("2024-11-30 18:20", "Jean-Pierre Roux", "Don – soirée de l'AG", "30,00")]):
    add(E("association-payment", key="b-ha-%d" % i, date=d, frm=HA, mid="helloasso.com", subject="Nouveau paiement reçu pour Amicale Laïque Monplaisir",
          fmt="html", brand="HelloAsso", color="#4c40cf", desc="helloasso-paiement-%d" % i,
          text="Bonjour,\n\n%s vient d'effectuer un paiement de %s € pour « %s ».\n\nLes fonds seront versés sur le compte de l'association lors du prochain virement.\n\nL'équipe HelloAsso" % (who, amt, what)))

# ---------------------------------------------------------------- Newsletters
LM = ("Lyon Matin", "newsletter@lyonmatin-info.fr")
for i, (d, items) in enumerate([
        ("2024-09-07 07:30", ["Rentrée : les nouveaux horaires des lignes TCL", "Biennale de la danse : le défilé ce dimanche", "OL : un début de saison compliqué"]),
        ("2024-09-21 07:30", ["Journées du patrimoine : les lieux insolites à visiter", "Travaux : la rue Garibaldi fermée trois semaines", "Marché : la fête de la courge à Monplaisir"]),
        ("2024-10-05 07:30", ["Inondations dans le Rhône : le point sur la situation", "Logement : les loyers lyonnais encore en hausse", "Sortir : les expositions de l'automne"]),
        ("2024-10-19 07:30", ["Vacances de la Toussaint : que faire avec les enfants ?", "ZFE : ce qui change au 1er janvier", "Gastronomie : la meilleure bouchonnerie de l'année"]),
        ("2024-11-09 07:30", ["Beaujolais nouveau : la fête en ville jeudi", "Emploi : le chômage recule dans la métropole", "Santé : campagne de vaccination contre la grippe"]),
        ("2024-11-23 07:30", ["Marché de Noël : ouverture place Carnot", "Métro B : prolongement jusqu'aux Hôpitaux Sud", "Faits divers : vague de cambriolages dans le 8e"]),
        ("2024-12-21 07:30", ["Vacances : les bouchons à prévoir sur l'A7", "Les idées de sorties pour les fêtes", "Solidarité : les Restos du cœur lancent leur campagne"]),
        ("2025-01-11 07:30", ["Soldes d'hiver : ce qu'il faut savoir", "Grippe : les urgences sous tension", "Sport : le LOU en tête du Top 14"])]):
    add(E("newsletter-press", key="b-lm-%d" % i, date=d, frm=LM, mid="mailchimp", subject="L'essentiel du week-end · " + items[0], fmt="alt",
          brand="Lyon Matin", color="#7c2d12", desc="lyon-matin-%d" % i,
          text="Lyon Matin — l'essentiel du week-end\n\n%s\n\nLire en ligne : https://lyonmatin-info.fr/edition/%s\nSe désinscrire : https://lyonmatin-info.fr/newsletter/desinscription" % ("\n".join("• " + x for x in items), d[:10])))
CM = ("Compta Mag", "redaction@comptamag.fr")
for i, (d, sub, body) in enumerate([
        ("2024-09-12 12:00", "Facturation électronique : le nouveau calendrier", "Le calendrier de la réforme est désormais fixé : obligation de réception pour toutes les entreprises au 1er septembre 2026, obligation d'émission échelonnée jusqu'en 2027. Ce que les services comptables doivent préparer dès maintenant."),
        ("2024-10-10 12:00", "Clôture au 31/12 : la check-list", "Inventaire, cut-off, provisions, rapprochements : notre check-list téléchargeable pour aborder la clôture annuelle sereinement."),
        ("2024-10-24 12:00", "TVA : les erreurs les plus fréquentes relevées en contrôle", "Autoliquidation mal appliquée, TVA déduite sur des factures incomplètes, dépenses mixtes… Un inspecteur des finances publiques (en retraite) raconte."),
        ("2024-11-14 12:00", "Excel pour les comptables : 10 formules indispensables", "RECHERCHEX, SOMME.SI.ENS, LET, tableaux croisés dynamiques : les formules qui vous feront gagner des heures sur le lettrage et les rapprochements."),
        ("2024-12-12 12:00", "Loi de finances 2025 : ce que l'on sait", "Le texte n'est toujours pas adopté. Point sur les mesures fiscales envisagées et sur les conséquences d'une loi spéciale pour les entreprises."),
        ("2025-01-16 12:00", "Barèmes 2025 : indemnités kilométriques, plafond de la Sécurité sociale…", "Tous les chiffres utiles de l'année en un seul article, à imprimer et afficher au-dessus de votre bureau.")]):
    add(E("newsletter-pro", key="b-cm-%d" % i, date=d, frm=CM, mid="sendgrid", subject=sub, fmt="alt", brand="Compta Mag", color="#065f46",
          desc="compta-mag-%d" % i, text="Compta Mag — la lettre des professionnels du chiffre\n\n%s\n\n%s\n\nLire l'article : https://www.comptamag.fr/articles/%d\n\nSe désabonner : https://www.comptamag.fr/desabonnement" % (sub, body, 2400 + i)))
PL = ("Les Petits Lyonnais", "hello@lespetitslyonnais.fr")
for i, (d, sub, body) in enumerate([
        ("2024-09-18 20:00", "10 sorties gratuites avec les tout-petits cet automne", "Parc de la Tête d'Or, ludothèques, bébés lecteurs à la bibliothèque du 8e… nos idées pour occuper les moins de 3 ans sans se ruiner."),
        ("2024-10-23 20:00", "Spécial Toussaint : ateliers et spectacles pour les 1-5 ans", "Marionnettes au Guignol de Lyon, atelier peinture au musée des Confluences, contes à la Maison de la danse : le programme des vacances."),
        ("2024-12-04 20:00", "Fête des Lumières avec un bébé : mode d'emploi", "Poussette ou porte-bébé ? À quelle heure y aller ? Quels lieux éviter ? Nos conseils de parents qui ont testé (et survécu)."),
        ("2025-01-15 20:00", "Adaptation en crèche : comment bien la vivre", "Les pleurs du matin, la culpabilité, le doudou oublié… Une auxiliaire de puériculture répond à vos questions sur l'adaptation.")]):
    add(E("newsletter-parenting", key="b-pl-%d" % i, date=d, frm=PL, mid="mailchimp", subject=sub, fmt="alt", desc="petits-lyonnais-%d" % i,
          text="%s\n\n%s\n\nÀ lire sur le blog : https://lespetitslyonnais.fr/blog\n\nVous recevez cette lettre car vous êtes abonnée aux Petits Lyonnais. Se désabonner" % (sub, body)))
MJ = ("Les recettes de Mamie Jo", "newsletter@recettesmamiejo.fr")
for i, (d, sub) in enumerate([("2024-09-29 10:00", "Tarte aux prunes et 3 idées de clafoutis"), ("2024-10-27 10:00", "Velouté de potimarron et soupes d'automne"),
                               ("2024-12-15 10:00", "Bûche de Noël facile (sans cuisson !)"), ("2025-01-19 10:00", "Galette des rois frangipane maison")]):
    add(E("newsletter-recipes", key="b-mj-%d" % i, date=d, frm=MJ, to=[OLD], mid="mailchimp", subject=sub, fmt="html", cte="quoted-printable",
          brand="Les recettes de Mamie Jo", color="#a16207", desc="recettes-mamie-jo-%d" % i,
          text="Bonjour !\n\nCette semaine dans la cuisine de Mamie Jo : %s.\n\nTemps de préparation, liste de courses et astuces : tout est sur le site.\nVoir la recette : https://recettesmamiejo.fr/recettes\n\nBon appétit !\nJosette" % sub.lower()))

# ---------------------------------------------------------------- Vinted
VIN = ("Vinted", "no-reply@vinted.fr")
for i, (d, sub, body) in enumerate([
        ("2024-09-14 15:12", "Ton article a été vendu ! 🎉", "« Combinaison pilote 12 mois Absorba » a été achetée par marine.k pour 9,00 €. Envoie le colis sous 5 jours ouvrés avec le bordereau Mondial Relay disponible dans l'appli."),
        ("2024-10-06 10:40", "Le colis est arrivé : la vente est terminée", "marine.k a confirmé que tout est OK. 9,00 € ont été ajoutés à ton porte-monnaie Vinted."),
        ("2024-11-23 09:05", "Ton article a été vendu ! 🎉", "« Lot de 6 bodies 18 mois Petit Bateau » a été acheté par camille_lyon69 pour 12,00 €. Pense à l'envoyer rapidement !"),
        ("2024-12-02 19:31", "Confirmation de ta commande", "Tu as acheté « Cuisine en bois enfant + accessoires » à lyon_maman_de_3 pour 35,00 € (+ 4,29 € de frais de protection). Livraison en point relais."),
        ("2024-12-09 17:45", "Ton colis est disponible en point relais", "Ton colis « Cuisine en bois enfant + accessoires » t'attend au relais Tabac Presse du Bachut jusqu'au 17 décembre.")]):
    add(E("marketplace", key="b-vin-%d" % i, date=d, frm=VIN, to=[OLD], mid="vinted.fr", subject=sub, fmt="html", brand="Vinted", color="#09b1ba",
          desc="vinted-%d" % i, text="Bonjour nadia_b69,\n\n%s\n\nL'équipe Vinted" % body))

# ---------------------------------------------------------------- Shopping
KID = ("Kidiloo", "service@kidiloo.fr")
add(E("order-confirmation", key="b-kid-1", date="2024-10-12 21:04", frm=KID, subject="Merci pour votre commande K-2410-66821", fmt="alt", desc="kidiloo-commande",
      text="Bonjour Nadia,\n\nVotre commande K-2410-66821 est confirmée :\n- Bottes de pluie grenouille, pointure 24 – 14,99 €\n- Pyjama 2 pièces licorne, 2 ans – 9,99 €\n- Doudoune légère marine, 2 ans – 24,99 €\n\nTotal : 49,97 € (livraison offerte en magasin Kidiloo Lyon Part-Dieu)\n\nKidiloo"))
add(E("order-ready", key="b-kid-2", date="2024-10-16 10:22", frm=KID, subject="Votre commande est disponible en magasin", desc="kidiloo-commande-disponible",
      text="Bonjour Nadia,\n\nVotre commande K-2410-66821 est arrivée dans votre magasin Kidiloo Lyon Part-Dieu (niveau 2). Elle vous attend pendant 10 jours.\n\nKidiloo"))
BZ = ("Bazardeal", "commandes@bazardeal.fr")
add(E("order-confirmation", key="b-bz-1", date="2024-11-29 22:50", frm=BZ, subject="Black Friday : votre commande n°BZ8812044 est confirmée", fmt="html",
      cte="quoted-printable", brand="Bazardeal", color="#0b5ed7", desc="bazardeal-commande",
      text="Merci Nadia !\n\nCommande n°BZ8812044\n- Draisienne en bois 2-4 ans – 39,90 €\n- Coffret de 4 livres « Petit Ours Brun » – 17,50 €\n- Robot pâtissier 1000 W (vente flash) – 89,99 €\n\nTotal : 147,39 €\nLivraison à domicile estimée entre le 5 et le 9 décembre."))
add(E("shipping", key="b-bz-2", date="2024-12-05 08:12", frm=("Chronopost", "suivi@chronopost.fr"), mid="chronopost.fr", subject="Votre colis Bazardeal arrive aujourd'hui",
      fmt="alt", brand="Chronopost", color="#1a237e", desc="chronopost-colis-aujourdhui",
      text="Bonjour,\n\nVotre colis XP448190213FR (expéditeur : BAZARDEAL) sera livré aujourd'hui entre 11h15 et 12h15.\n\nVous ne serez pas là ? Modifiez la livraison : https://www.chronopost.fr/suivi\n\nChronopost"))
DR = ("Drive Marché Plus – Lyon Mermoz", "drive-mermoz@marcheplus.fr")
for i, (d, amt, cren) in enumerate([("2024-09-19 17:05", "94,12", "vendredi 20 septembre, 18h00-18h30"), ("2024-10-24 16:48", "112,40", "vendredi 25 octobre, 17h30-18h00"),
                                     ("2024-11-28 17:20", "87,65", "vendredi 29 novembre, 12h00-12h30"), ("2024-12-19 16:02", "168,93", "samedi 21 décembre, 9h00-9h30")]):
    add(E("grocery-drive", key="b-drive-%d" % i, date=d, frm=DR, subject="Votre commande drive est prête", desc="drive-commande-prete-%d" % i,
          text="Bonjour Nadia,\n\nVotre commande (%s €) sera prête pour le créneau du %s.\n\nPrésentez-vous à la borne avec le code de retrait reçu par SMS. Les produits manquants ne vous seront pas facturés.\n\nMarché Plus Drive" % (amt, cren)))

# ---------------------------------------------------------------- Promotions
PROMO = [
    ("b-promo-1", "2024-09-05 10:00", ("Kidiloo", "news@kidiloo.fr"), "Rentrée : -20 % sur toute la collection 2-6 ans", "Bodies, pyjamas, vêtements de crèche : profitez de -20 % sur toute la collection 2-6 ans jusqu'au 15 septembre."),
    ("b-promo-2", "2024-09-26 11:00", ("Maxi Marché", "offres@maximarche.fr"), "Foire aux vins : nos 50 coups de cœur", "Notre foire aux vins d'automne commence ! Côtes-du-Rhône, Beaujolais, Bourgogne : 50 coups de cœur à moins de 10 €."),
    ("b-promo-3", "2024-10-18 09:30", ("Bazardeal", "promo@bazardeal.fr"), "⚡ Ventes flash petit électroménager", "Robots, aspirateurs, friteuses à air : jusqu'à -50 % pendant 72 h seulement."),
    ("b-promo-4", "2024-11-08 18:00", ("Parfumerie Bellevue", "news@parfumerie-bellevue.fr"), "Vos idées cadeaux de Noël dès maintenant", "Coffrets parfum, soins et maquillage : commandez tôt et recevez un échantillon offert pour chaque coffret acheté."),
    ("b-promo-5", "2024-11-25 07:30", ("Bazardeal", "promo@bazardeal.fr"), "BLACK FRIDAY : c'est parti !", "Des milliers de prix cassés sur la puériculture, les jouets et la maison, jusqu'au lundi 2 décembre."),
    ("b-promo-6", "2024-12-10 12:00", ("Kidiloo", "news@kidiloo.fr"), "Jouets : la sélection des 2-3 ans", "Puzzles, cuisines en bois, premières poupées : notre sélection pour le pied du sapin, avec la livraison offerte en magasin."),
    ("b-promo-7", "2024-12-26 10:00", ("Parfumerie Bellevue", "news@parfumerie-bellevue.fr"), "Les soldes privés commencent pour vous", "En tant que cliente fidèle, accédez en avant-première aux soldes : jusqu'à -40 % sur une sélection de soins."),
    ("b-promo-8", "2025-01-08 08:00", ("Maxi Marché", "offres@maximarche.fr"), "Soldes : le blanc à prix doux", "Linge de lit, serviettes, couettes : c'est le mois du blanc, jusqu'à -50 % en magasin."),
    ("b-promo-9", "2025-01-27 19:00", ("Déménageurs Express Lyon", "contact@demenageurs-express-lyon.fr"), "Votre devis de déménagement", "Suite à votre demande sur notre site, voici notre estimation pour un déménagement T3 → T4 intra-Lyon le 1er février : 690 € TTC (3 déménageurs, camion 20 m³, montage des meubles inclus)."),
]
for k, d, frm, sub, body in PROMO:
    add(E("promotion" if k != "b-promo-9" else "quote", key=k, date=d, frm=frm, subject=sub, fmt="html", cte="quoted-printable", brand=frm[0], color="#374151",
          mid="sendgrid" if k != "b-promo-9" else None, desc=k.replace("b-", "") + "-" + frm[0],
          text=body + "\n\nEn savoir plus : https://www.%s\n\nSe désinscrire" % frm[1].split("@")[1]))

# ---------------------------------------------------------------- Transport, travel, subscriptions, admin
TCL = ("TCL Sytral Mobilités", "noreply@tcl.fr")
add(E("transport", key="b-tcl-1", date="2024-09-01 09:00", frm=TCL, subject="Votre abonnement Tarification solidaire est renouvelé", desc="tcl-abonnement-solidaire",
      text="Bonjour,\n\nVotre abonnement TCL « Tarification solidaire » a été renouvelé pour le mois de septembre 2024 (10,00 €).\n\nTCL"))
add(E("transport", key="b-tcl-2", date="2025-01-02 09:00", frm=TCL, subject="Changement de votre abonnement à compter de janvier", desc="tcl-changement-abonnement",
      text="Bonjour,\n\nConformément à votre demande, votre abonnement passe en « Abonnement mensuel – prise en charge employeur » (67,60 €/mois) à compter du 1er janvier 2025. Pensez à transmettre l'attestation à votre employeur pour le remboursement de 50 %.\n\nTCL"))
SNCF = ("SNCF Connect", "confirmation@sncf-connect.com")
add(E("travel-ticket", key="b-sncf-1", date="2024-11-30 21:40", frm=SNCF, subject="Votre voyage Lyon → Marseille du 23 décembre est confirmé", fmt="alt",
      brand="SNCF Connect", color="#0c131f", desc="sncf-lyon-marseille",
      text="Bonjour Nadia,\n\nRéférence de dossier : XKT82P\n\nAller : lundi 23 décembre 2024\nLyon Part-Dieu 10:04 → Marseille Saint-Charles 11:44 – TGV INOUI 6105\n\nRetour : vendredi 27 décembre 2024\nMarseille Saint-Charles 15:16 → Lyon Part-Dieu 16:56 – TGV INOUI 6174\n\nPassagers : Nadia Benhamou, Yanis Cherif, Lina Cherif (- de 4 ans, sur les genoux)\nTotal payé : 124,00 €\n\nBon voyage !"))
add(E("travel-reminder", key="b-sncf-2", date="2024-12-22 09:00", frm=SNCF, subject="Votre voyage pour Marseille, c'est demain", fmt="alt", brand="SNCF Connect",
      color="#0c131f", desc="sncf-cest-demain",
      text="Bonjour Nadia,\n\nVotre TGV INOUI 6105 part demain à 10:04 de Lyon Part-Dieu. Affichage de la voie 20 minutes avant le départ.\n\nVoyager avec un enfant : un espace poussettes est disponible en voiture 1.\n\nSNCF Connect"))
MEL = ("Mélodia", "noreply@melodia-music.fr")
for i, d in enumerate(["2024-09-17 03:20", "2024-10-17 03:22", "2024-11-17 03:19"]):
    add(E("subscription-receipt", key="b-mel-%d" % i, date=d, tz="UTC", frm=MEL, subject="Votre paiement Mélodia Famille", fmt="html",
          brand="mélodia", color="#a21caf", desc="melodia-paiement",
          text="Merci !\n\nNous avons bien reçu votre paiement de 17,99 € pour Mélodia Famille (jusqu'à 6 profils).\nDate : %s\n\nGérer mon abonnement : https://www.melodia-music.fr/account" % d[:10]))
add(E("subscription-notice", key="b-mel-stop", date="2024-12-01 11:00", frm=MEL, subject="Votre abonnement a bien été résilié", desc="melodia-resiliation",
      text="Bonjour,\n\nNous confirmons la résiliation de votre abonnement Mélodia Famille. Vous pouvez continuer à l'utiliser jusqu'au 16 décembre 2024.\n\nVous nous manquerez ! Revenez quand vous voulez : 3 mois offerts avec le code REVIENS3.\n\nMélodia"))
KF = ("KidFlix", "info@kidflix.fr")
add(E("subscription-receipt", key="b-kf-1", date="2024-10-29 12:00", frm=KF, subject="Bienvenue sur KidFlix ! Votre essai gratuit commence", fmt="alt", desc="kidflix-bienvenue",
      text="Bienvenue !\n\nVotre essai gratuit de 7 jours a commencé. Des centaines de dessins animés sans publicité pour les 2-8 ans, avec contrôle du temps d'écran.\n\nÀ la fin de l'essai : 5,99 €/mois, sans engagement.\n\nKidFlix"))
add(E("subscription-receipt", key="b-kf-2", date="2024-11-05 12:00", frm=KF, subject="Votre reçu KidFlix", fmt="alt", desc="kidflix-recu",
      text="Bonjour,\n\nMerci pour votre paiement de 5,99 € (abonnement mensuel KidFlix). Prochain prélèvement le 5 décembre.\n\nKidFlix"))
MS = ("Équipe du compte Microsoft", "account-security-noreply@accountprotection.microsoft.com")
add(E("security-alert", key="b-ms-1", date="2024-10-09 23:12", tz="UTC", frm=MS, to=[OLD], mid="accountprotection.microsoft.com", lang="en",
      subject="Microsoft account unusual sign-in activity", fmt="alt", desc="microsoft-unusual-sign-in",
      text="Microsoft account\n\nUnusual sign-in activity\n\nWe detected something unusual about a recent sign-in to the Microsoft account n*****@hotmail.fr.\n\nCountry/region: Brazil\nIP address: 177.54.xxx.xxx\nDate: 10/9/2024 11:08 PM (UTC)\n\nIf this wasn't you, please secure your account: https://account.live.com/Activity\n\nThanks,\nThe Microsoft account team"))
add(E("mailbox-notice", key="b-ms-2", date="2024-12-14 10:00", tz="UTC", frm=("Outlook.com", "no-reply@outlook.com"), to=[OLD], mid="outlook.com",
      subject="Votre boîte aux lettres est presque pleine", fmt="alt", desc="outlook-boite-presque-pleine",
      text="Votre boîte aux lettres Outlook.com utilise 14,2 Go sur 15 Go.\n\nQuand elle sera pleine, vous ne pourrez plus envoyer ni recevoir de messages. Supprimez des éléments ou passez à Microsoft 365.\n\nOutlook.com"))
add(E("admin-impots", key="b-imp-1", date="2024-09-04 10:00", frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), subject="Votre avis d'impôt 2024 est disponible",
      fmt="alt", desc="impots-avis-disponible",
      text="Bonjour,\n\nVotre avis d'impôt sur les revenus de 2023 est disponible dans votre espace particulier sur impots.gouv.fr.\n\nLa Direction générale des Finances publiques"))
add(E("admin-impots", key="b-imp-2", date="2025-01-14 10:00", frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), subject="Changement de situation : votre taux de prélèvement",
      fmt="alt", desc="impots-taux-prelevement",
      text="Bonjour,\n\nVous avez déclaré une modification de vos revenus. Votre nouveau taux de prélèvement à la source (3,8 %) sera transmis à votre employeur et appliqué d'ici deux mois.\n\nLa Direction générale des Finances publiques"))
add(E("car-insurance", key="b-auto-1", date="2024-10-20 08:30", frm=("Assurances Rhône-Alpes Mutuelles", "contrat-auto@ara-mutuelles.fr"), subject="Votre avis d'échéance auto 2025",
      fmt="alt", desc="assurance-auto-echeance",
      text="Madame, Monsieur,\n\nVotre contrat auto (Peugeot 208 – immatriculée FG-318-PX) sera reconduit le 1er décembre 2024.\n\nCotisation annuelle 2025 : 512,40 € TTC, payable en 10 prélèvements de 51,24 €.\n\nVotre agence : 34 avenue Berthelot, Lyon 7e."))
add(E("car", key="b-auto-2", date="2024-12-16 09:15", frm=("Autosur Lyon 8", "rappel@controle-technique-lyon8.fr"), subject="Rappel : votre contrôle technique arrive à échéance",
      desc="controle-technique-rappel",
      text="Bonjour,\n\nLe contrôle technique de votre véhicule FG-318-PX arrive à échéance le 14 janvier 2025.\n\nPrenez rendez-vous en ligne et bénéficiez de 10 € de réduction avec le code CT10 : https://controle-technique-lyon8.fr/rdv\n\nVotre centre de contrôle technique"))
add(E("former-employer", key="b-ser-1", date="2024-09-03 15:30", frm=("Valérie Demir – RH Sérénis Habitat", "valerie.demir@serenis-habitat.fr"), mid="outlookdesk",
      subject="Vos documents de fin de contrat", attach=[("Attestation_employeur_Benhamou.pdf", b"%PDF-1.4\n%fake\n%%EOF\n", "application/pdf"),
                                                        ("Certificat_de_travail_Benhamou.pdf", b"%PDF-1.4\n%fake\n%%EOF\n", "application/pdf")],
      desc="serenis-documents-fin-de-contrat",
      text="Bonjour Nadia,\n\nComme convenu, vous trouverez ci-joints votre attestation employeur (déjà transmise à France Travail par voie dématérialisée) et votre certificat de travail. Le solde de tout compte vous a été envoyé par courrier.\n\nEncore merci pour ces dix-huit mois parmi nous, et bonne continuation !\n\nValérie Demir\nResponsable RH – Sérénis Habitat"))
add(E("payslip", key="b-payslip", date="2025-01-31 16:40", frm=("Digiposte", "notification@digiposte.fr"), mid="digiposte.fr",
      subject="Un nouveau document est arrivé dans votre coffre-fort", fmt="alt", brand="Digiposte", color="#003da5", desc="digiposte-bulletin-paie",
      text="Bonjour Nadia,\n\nUn nouveau bulletin de paie de BRENAC INDUSTRIE SA (période : janvier 2025) a été déposé dans votre coffre-fort Digiposte.\n\nConsulter mon document : https://secure.digiposte.fr/documents\n\nDigiposte, le coffre-fort numérique de La Poste"))
