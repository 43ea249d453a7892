# -*- coding: utf-8 -*-
"""Mailbox B — personal one-off mail: family, friends, flat hunt, crèche, association."""
from common import M, FAKE_PDF

ME = ("Nadia Benhamou", "nadia.benhamou@orange.fr")
OLD = ("Nadia Benhamou", "n.benhamou69@hotmail.fr")
YANIS = ("Yanis Cherif", "yanis.cherif@gmail.com")
SAMIRA = ("Samira Benhamou", "samira.benhamou13@gmail.com")
MAMAN = ("fatima benhamou", "fatima.benhamou@sfr.fr")
AUR = ("Aurélie Vasseur", "aurelie.vasseur@laposte.net")
CEL = ("Céline Morand", "celine.morand69@gmail.com")
EMI = ("Émilie Robert", "emilie.robert.lyon@gmail.com")
MIR = ("Mireille Santoni", "mireille.santoni@wanadoo.fr")
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb" + b"\x00" * 64 + b"\xff\xd9"
PDF = b"%PDF-1.4\n%fake\n%%EOF\n"

MSGS = []
add = MSGS.append


def P(kind, **kw):
    kw.setdefault("mid", "outlookdesk" if kw.get("frm") == ME else None)
    return M(label="not_job", kind=kind, **kw)


# ---------------------------------------------------------------- Yanis (husband)
add(P("partner", key="b-yan-1", date="2024-09-09 12:48", frm=YANIS, to=[ME], subject="Assurance habitation", desc="yanis-assurance-habitation",
      text="""Nad,

J'ai reçu la relance pour l'assurance habitation, c'est le 15. Tu peux regarder si on reste chez eux ou si on change ? Toi t'es plus forte que moi pour comparer 😅

Et n'oublie pas le rdv pédiatre de Lina mercredi, moi je suis d'astreinte.

Bisous"""))
add(P("partner", key="b-yan-2", date="2024-09-09 20:15", frm=ME, to=[YANIS], parent="b-yan-1", quote="outlook_fr_old", subject="RE : Assurance habitation",
      desc="re-yanis-assurance",
      text="""J'ai comparé : on reste chez eux pour cette année, les autres ne sont pas moins chers avec la même franchise. Je m'occupe du pédiatre.

Par contre si on déménage il faudra tout refaire.

Bisous"""))
add(P("partner", key="b-yan-3", date="2024-10-18 13:20", frm=YANIS, to=[ME], subject="Annonce T4 Berthelot", desc="yanis-annonce-berthelot",
      text="""Regarde ça, c'est à 10 min de ma sœur et il y a une chambre pour Lina avec un vrai placard :
https://www.regie-lumiere.fr/location/lyon-7/t4-avenue-berthelot-ref-LUM-4471

1 120 + charges, c'est un peu plus que maintenant mais avec ton futur boulot ça passe. Je peux appeler pour la visite ?"""))
add(P("partner", key="b-yan-4", date="2024-10-18 14:02", frm=ME, to=[YANIS], parent="b-yan-3", quote="outlook_fr_old", subject="RE : Annonce T4 Berthelot",
      desc="re-yanis-annonce",
      text="""Oui appelle ! Mais ne t'emballe pas, « futur boulot » je ne l'ai pas encore… Les agences vont voir que je suis au chômage.

On visite quand même, ça ne coûte rien."""))
add(P("partner", key="b-yan-5", date="2024-11-22 17:55", frm=ME, to=[YANIS], subject="!!!!!!!!!", desc="nadia-yanis-bonne-nouvelle",
      text="""Brenac vient de m'appeler : ils me prennent !!! CDI, comptable fournisseurs, 36 500 brut, je commence le 6 janvier. Je tremble encore.

Je te raconte ce soir. Achète un gâteau (ou deux).

Nadia"""))
add(P("partner", key="b-yan-6", date="2024-11-22 18:03", frm=YANIS, to=[ME], parent="b-yan-5", quote="gmail_fr", subject="Re: !!!!!!!!!", desc="re-yanis-bravo",
      text="""JE LE SAVAIS !!! Bravo ma chérie 🥳🥳🥳 Je passe chez Pralus en rentrant, la praluline c'est obligatoire.

Fier de toi"""))
add(P("partner", key="b-yan-7", date="2025-01-16 12:10", frm=YANIS, to=[ME], subject="Fwd: Devis déménageurs", desc="yanis-fwd-devis",
      text="""J'ai demandé trois devis, celui-là est le moins cher mais ils ne démontent pas l'armoire. On demande à mon cousin pour le camion plutôt ?

---------- Forwarded message ---------
De : Déménageurs Express Lyon <contact@demenageurs-express-lyon.fr>
Date : jeu. 16 janv. 2025 à 11:42
Objet : Votre demande de devis

Bonjour Monsieur Cherif, suite à votre demande, nous vous ferons parvenir notre estimation sous 48 heures."""))
add(P("partner", key="b-yan-8", date="2025-01-16 19:45", frm=ME, to=[YANIS], parent="b-yan-7", quote="outlook_fr_old", subject="RE : Fwd: Devis déménageurs",
      desc="re-yanis-devis", text="""Oui demande à Bilal pour le camion, et on fait avec les copains le samedi 1er. Je prépare les cartons de la cuisine ce week-end."""))

# ---------------------------------------------------------------- Samira (sister) & maman
add(P("family", key="b-sam-1", date="2024-09-13 22:05", frm=SAMIRA, to=[ME], subject="Photos de l'anniv de maman", fmt="alt", attach=[("IMG_4512.jpg", JPG, "image/jpeg"), ("IMG_4519.jpg", JPG, "image/jpeg")],
      desc="samira-photos-anniv-maman",
      text="""Coucou !

Voilà les photos de dimanche. Lina avec le gâteau c'est trop drôle, elle en avait jusque dans les cheveux 😂

Maman a adoré son cadeau, elle l'a déjà montré à toutes ses voisines.

Bisous
Samira"""))
add(P("family", key="b-sam-2", date="2024-10-27 21:40", frm=SAMIRA, to=[ME], subject="Noël à Marseille ?", desc="samira-noel-marseille",
      text="""Hello,

Maman demande si vous descendez pour Noël cette année. Elle veut faire le couscous du 24 comme avant, avec tonton Rachid et les cousins. Il y a de la place chez moi pour dormir, je vous laisse ma chambre.

Dis-moi vite qu'elle arrête de m'appeler tous les jours 😅

Samira"""))
add(P("family", key="b-sam-3", date="2024-10-28 08:30", frm=ME, to=[SAMIRA], parent="b-sam-2", quote="outlook_fr_old", subject="RE : Noël à Marseille ?",
      desc="re-samira-noel",
      text="""Oui on descend ! Du 23 au 27 normalement, je prends les billets quand les prix baissent (ou pas…). Dis à maman qu'on apporte les papillotes de chez Voisin.

Bisous"""))
add(P("family", key="b-sam-4", date="2024-12-02 18:50", frm=SAMIRA, to=[ME], subject="JE L'AI !!!!", desc="samira-je-lai",
      text="""La mairie m'a rappelée, je commence le 6 janvier comme animatrice périscolaire !!! Comme toi ! On est des stars les sœurs Benhamou 💪

Maman pleure depuis une heure.

Samira"""))
add(P("family", key="b-maman-1", date="2024-12-03 09:12", frm=MAMAN, to=[ME, SAMIRA], subject="mes filles", mid="sfr.fr", charset="iso-8859-1", cte="quoted-printable",
      desc="maman-mes-filles",
      text="""mes cheries

je suis tellement fiere de vous deux. Le meme jour vous commencez le travail c est un signe. Que dieu vous protege.

Nadia apporte le manteau rouge de lina pour noel il fait froid a marseille cette annee.

je vous embrasse fort
maman"""))
add(P("family", key="b-sam-5", date="2025-01-06 20:30", frm=SAMIRA, to=[ME], subject="Alors ce premier jour ???", desc="samira-premier-jour",
      text="""Raconte !!! Moi c'était le feu, 28 enfants de 6 ans, je suis morte 😂 Et Lina à la crèche ça a été ?"""))
add(P("family", key="b-sam-6", date="2025-01-06 21:48", frm=ME, to=[SAMIRA], parent="b-sam-5", quote="outlook_fr_old", subject="RE : Alors ce premier jour ???",
      desc="re-samira-premier-jour",
      text="""Très bien ! Une journée d'accueil, la visite de l'usine avec un casque (!), et ma collègue Anne a l'air adorable. J'ai déjà 400 factures en attente de lettrage, ça va me changer du canapé 😄

Lina a pleuré 10 minutes à la crèche, puis elle a mangé deux parts de purée d'après la puéricultrice. Moi j'ai pleuré plus longtemps dans le tram.

Bisous, bon courage avec tes 28 monstres"""))

# ---------------------------------------------------------------- Friends
add(P("friends", key="b-aur-1", date="2024-09-24 21:12", frm=AUR, to=[ME], subject="Des nouvelles ?", desc="aurelie-des-nouvelles",
      text="""Coucou ma belle,

Ça fait une éternité ! Je pense souvent à toi depuis la fin de ton CDD. Comment ça va, le moral ? Tu veux qu'on se fasse un déj la semaine prochaine ? Je suis en télétravail le mardi et le jeudi, je peux venir vers chez toi.

Gros bisous
Aurélie"""))
add(P("friends", key="b-aur-2", date="2024-09-25 09:40", frm=ME, to=[AUR], parent="b-aur-1", quote="outlook_fr_old", subject="RE : Des nouvelles ?",
      desc="re-aurelie-nouvelles",
      text="""Coucou Aurélie !

Ça me ferait trop plaisir. Jeudi midi au Café des Fédérations ? Non je rigole, c'est trop cher pour une chômeuse 😄 On dit la boulangerie-salon de thé en face du parc Bazin, 12h30 ?

Le moral ça va, je postule beaucoup, j'ai eu un entretien qui n'a rien donné. Je te raconte jeudi.

Bisous"""))
add(P("friends", key="b-aur-3", date="2024-12-16 19:03", frm=AUR, to=[ME, ("Sonia Haddad", "sonia.haddad@gmail.com"), ("Julie Morel", "julie.morel.69@free.fr")],
      subject="Repas de Noël des filles du BTS 🎄", desc="aurelie-repas-noel-bts",
      text="""Les filles,

Comme chaque année (enfin, comme chaque année où on y arrive), on se fait notre repas de Noël ! Je propose le samedi 11 janvier chez moi, chacune apporte un plat. On fera le Secret Santa à 15 € max.

Qui est dispo ?

Aurélie"""))
add(P("friends", key="b-aur-4", date="2024-12-16 21:20", frm=ME, to=[AUR, ("Sonia Haddad", "sonia.haddad@gmail.com"), ("Julie Morel", "julie.morel.69@free.fr")],
      parent="b-aur-3", quote="outlook_fr_old", subject="RE : Repas de Noël des filles du BTS 🎄", desc="re-aurelie-repas-noel",
      text="""Présente ! J'apporte les makrouts de ma mère (elle en a fait pour un régiment).

Nadia"""))
add(P("ex-colleague", key="b-cel-1", date="2024-10-30 12:30", frm=CEL, to=[ME], subject="Pot de départ de Bernard", desc="celine-pot-bernard",
      text="""Hello Nadia,

Bernard part à la retraite fin novembre (enfin !), on lui fait un pot le jeudi 28 à 17h30 à la cafét'. Il a demandé si tu pourrais venir, il t'aimait bien ! On fait une cagnotte, 10 € par personne si tu veux participer.

Céline"""))
add(P("ex-colleague", key="b-cel-2", date="2024-10-30 14:10", frm=ME, to=[CEL], parent="b-cel-1", quote="outlook_fr_old", subject="RE : Pot de départ de Bernard",
      desc="re-celine-pot-bernard",
      text="""Avec plaisir, je viendrai ! Je te fais un Lydia pour la cagnotte.

À bientôt,
Nadia"""))
add(P("ex-colleague", key="b-cel-3", date="2024-12-05 20:14", frm=CEL, to=[ME], subject="Félicitations !!", desc="celine-felicitations",
      text="""J'ai appris par Valérie que tu as trouvé un CDI chez Brenac, bravo !!! Ils ont bien de la chance. Tu vas voir, les grosses boîtes c'est un autre monde, plein de process mais au moins tu n'es pas toute seule sur tout.

On se fait un resto avant ta rentrée pour fêter ça ?

Bises
Céline"""))
add(P("ex-colleague", key="b-cel-4", date="2024-12-06 08:22", frm=ME, to=[CEL], parent="b-cel-3", quote="outlook_fr_old", subject="RE : Félicitations !!",
      desc="re-celine-felicitations",
      text="""Merci Céline, ça me touche ! Oui resto avec plaisir, je suis libre le 19 ou le 20 décembre le midi, Lina est à la halte-garderie.

Bisous
Nadia"""))
add(P("friends-parents", key="b-emi-1", date="2024-09-29 18:40", frm=EMI, to=[ME, ("Sonia Lopez", "sonia.lopez.l@gmail.com"), ("Karine Dubois", "karine.dubois@orange.fr")],
      subject="Parc Bazin mercredi ?", desc="emilie-parc-bazin",
      text="""Coucou les filles,

Il doit faire beau mercredi, on se retrouve au parc Bazin vers 10h avec les petits ? J'apporte des crêpes.

Émilie (maman de Jules)"""))
add(P("friends-parents", key="b-emi-2", date="2024-11-12 21:10", frm=EMI, to=[ME], subject="Poussette double à donner", desc="emilie-poussette",
      text="""Nadia, je fais du tri : j'ai une poussette canne et un lit parapluie en bon état, ça t'intéresse pour Lina ou pour chez ta maman à Marseille ? Sinon je donne à la ressourcerie.

Bises
Émilie"""))
add(P("friends-parents", key="b-emi-3", date="2024-11-12 22:02", frm=ME, to=[EMI], parent="b-emi-2", quote="outlook_fr_old", subject="RE : Poussette double à donner",
      desc="re-emilie-poussette", text="""Oh oui le lit parapluie ! Ça nous servira à Noël chez ma mère. Merci mille fois, je passe le chercher samedi matin si ça te va ?"""))
add(P("family-event", key="b-mariage-1", date="2024-09-05 19:00", frm=("Rayan & Inès", "rayan.ines.mariage@gmail.com"), to=[ME, YANIS],
      subject="Infos pratiques – mariage du 12 octobre", fmt="html", desc="mariage-rayan-ines-infos",
      text="""Chère famille, chers amis,

Le grand jour approche ! Voici les infos pratiques :

- Mairie de Vénissieux : samedi 12 octobre à 14h30
- Soirée : salle Le Cèdre, 18 rue Gaspard Picard, Vénissieux, à partir de 19h30
- Les enfants sont les bienvenus, un espace jeux est prévu avec une animatrice.

Merci de confirmer votre présence avant le 20 septembre.

Rayan & Inès"""))
add(P("family-event", key="b-mariage-2", date="2024-09-06 10:15", frm=ME, to=[("Rayan & Inès", "rayan.ines.mariage@gmail.com")], parent="b-mariage-1", quote="outlook_fr_old",
      subject="RE : Infos pratiques – mariage du 12 octobre", desc="re-mariage-confirmation",
      text="""Coucou les futurs mariés !

On sera bien là tous les trois, Yanis, Lina et moi. Lina a déjà choisi sa robe (elle veut celle avec les paillettes, évidemment).

Gros bisous et vive les mariés !
Nadia"""))

# ---------------------------------------------------------------- Flat hunt (normal traffic around the look-alikes)
add(P("flat-visit", key="b-loc-visite-1", date="2024-10-19 09:30", frm=("Régie Lumière Immobilier", "location@regie-lumiere.fr"), charset="windows-1252", cte="quoted-printable",
      mid="outlookdesk", subject="Confirmation de visite – T4 avenue Berthelot", desc="regie-lumiere-confirmation-visite",
      text="""Bonjour,

Nous vous confirmons la visite de l'appartement T4 situé 116 avenue Berthelot, 69007 Lyon, le mardi 22 octobre à 18h00.

Rendez-vous devant l'immeuble avec notre conseillère, Mme Faure. Pensez à apporter un dossier complet si le bien vous intéresse.

Service Location
Régie Lumière Immobilier"""))
add(P("flat-application-own", key="b-loc-pieces", date="2024-10-23 21:30", frm=ME, to=[("Régie Lumière Immobilier", "location@regie-lumiere.fr")], parent="b-lk-loc-1",
      quote="outlook_fr_old", attach=[("Avis_imposition_2024_Cherif.pdf", PDF, "application/pdf"), ("Attestation_France_Travail.pdf", PDF, "application/pdf"),
                                      ("Attestation_assurance_habitation.pdf", PDF, "application/pdf")],
      subject="RE : Votre candidature – T4 avenue Berthelot, Lyon 7e – pièces manquantes", desc="re-regie-lumiere-pieces",
      text="""Madame, Monsieur,

Veuillez trouver ci-joint les pièces manquantes pour notre dossier :
- avis d'imposition 2024 de M. Cherif ;
- attestation de droits France Travail (je précise que je suis en recherche active et que des entretiens sont en cours) ;
- attestation d'assurance habitation de notre logement actuel.

Nous restons très intéressés par cet appartement.

Cordialement,
Nadia Benhamou et Yanis Cherif"""))
add(P("flat-application-refused", key="b-loc-refus", date="2024-11-04 16:45", frm=("Régie Lumière Immobilier", "location@regie-lumiere.fr"), charset="windows-1252",
      cte="quoted-printable", mid="outlookdesk", subject="T4 avenue Berthelot – réponse du propriétaire", desc="regie-lumiere-reponse-proprietaire",
      text="""Madame, Monsieur,

Nous vous remercions pour l'intérêt porté au logement situé 116 avenue Berthelot.

Le propriétaire a donné son accord à un autre dossier. Nous vous proposerons volontiers d'autres biens correspondant à votre recherche, notamment lorsque votre situation professionnelle sera stabilisée.

Cordialement,
Service Location"""))
add(P("flat-visit", key="b-loc-visite-2", date="2025-01-09 12:02", frm=("Régie Lumière Immobilier", "location@regie-lumiere.fr"), charset="windows-1252", cte="quoted-printable",
      mid="outlookdesk", subject="Nouveau bien correspondant à votre recherche – T4 rue de Marseille", desc="regie-lumiere-nouveau-bien",
      text="""Bonjour Madame Benhamou,

Comme convenu lors de notre échange téléphonique, un T4 de 74 m² se libère au 48 rue de Marseille (Lyon 7e), loyer 1 090 € + 135 € de charges, disponible au 1er février.

Visite possible samedi 11 janvier à 11h. Avec votre promesse d'embauche et votre contrat de travail, votre dossier sera cette fois très solide.

Mme Faure
Régie Lumière Immobilier"""))

# ---------------------------------------------------------------- Crèche, formation, association
add(P("childcare", key="b-creche-rdv", date="2024-12-16 14:30", frm=("Crèche Les Petits Lumière", "creche.petitslumiere@mairie-lyon.fr"),
      subject="Rendez-vous d'inscription de Lina – jeudi 19 décembre", desc="creche-rdv-inscription",
      text="""Bonjour Madame Benhamou,

Suite à votre appel, je vous confirme le rendez-vous d'inscription de Lina le jeudi 19 décembre à 16h30 à la crèche.

Merci d'apporter : le carnet de santé, le livret de famille, un justificatif de domicile, votre numéro d'allocataire Caf et une attestation d'employeur (la promesse d'embauche suffit).

L'adaptation se déroulera sur la semaine du 30 décembre, par périodes progressives.

Mme Giraud, directrice"""))
add(P("training", key="b-cpf", date="2024-12-11 17:08", frm=("Mon Compte Formation", "ne-pas-repondre@moncompteformation.gouv.fr"), mid="caissedesdepots.fr",
      subject="Votre inscription à la formation a été confirmée par l'organisme", fmt="alt", desc="cpf-inscription-confirmee",
      text="""Bonjour Nadia,

L'organisme IFC Lyon a confirmé votre inscription à la formation « Préparation au DCG – UE 6 et UE 9 (cours du soir) ».

Dates : du 3 février 2025 au 27 juin 2025
Montant pris en charge par votre CPF : 1 480,00 €
Reste à charge : 0,00 €

Retrouvez votre dossier dans l'espace « Mes dossiers » : https://www.moncompteformation.gouv.fr

Mon Compte Formation"""))
add(P("association", key="b-mir-1", date="2024-11-20 10:40", frm=MIR, to=[ME], mid="wanadoo.fr", subject="Rapport financier pour l'AG", charset="iso-8859-1", cte="quoted-printable",
      desc="mireille-rapport-financier",
      text="""Bonjour Nadia,

Gérard me dit que tu prépares le rapport financier. Pourrais-tu me l'envoyer avant le 25 pour que je fasse les photocopies ? Il en faut 50.

Merci et bonne journée,
Mireille"""))
add(P("association", key="b-mir-2", date="2024-11-22 09:15", frm=ME, to=[MIR], parent="b-mir-1", quote="outlook_fr_old", subject="RE : Rapport financier pour l'AG",
      attach=[("Rapport_financier_2023-2024_Amicale.pdf", PDF, "application/pdf")], desc="re-mireille-rapport",
      text="""Bonjour Mireille,

Le voici en pièce jointe. Résultat de l'exercice : +1 284,60 €, essentiellement grâce à la brocante de juin. Il faudra juste prévoir un mot sur la baisse des adhésions (-12 %).

Bonne journée,
Nadia"""))
add(P("association", key="b-am-banque", date="2025-01-13 16:02", frm=("Caisse Solidaire du Rhône", "associations@caisse-solidaire-rhone.fr"),
      subject="Amicale Laïque Monplaisir : mise à jour des signataires du compte", fmt="alt", desc="banque-asso-signataires",
      text="""Madame la Trésorière,

Suite au renouvellement du bureau de votre association, merci de nous transmettre le procès-verbal de l'assemblée générale du 29 novembre 2024 ainsi qu'une pièce d'identité de chaque signataire, afin de mettre à jour les habilitations sur le compte n° ****7730.

Vous pouvez déposer ces documents dans l'espace association de votre banque en ligne.

Caisse Solidaire du Rhône – Service Associations"""))

# ---------------------------------------------------------------- Misc admin / neighbours / calendar
add(P("neighbours", key="b-voisin-1", date="2024-10-08 19:30", frm=("Conseil syndical – 62 Antoine Lumière", "cs62lumiere@gmail.com"),
      subject="Fête des voisins d'automne – samedi 19 octobre", desc="voisins-fete-automne",
      text="""Bonsoir à tous,

Petite fête des voisins d'automne dans la cour le samedi 19 octobre à partir de 16h (repli dans le hall s'il pleut). Chacun apporte un plat ou une boisson. Les enfants sont les bienvenus, on prévoit des craies et des jeux.

Le conseil syndical"""))
add(P("neighbours", key="b-voisin-2", date="2025-01-25 11:00", frm=ME, to=[("Conseil syndical – 62 Antoine Lumière", "cs62lumiere@gmail.com")], subject="Déménagement samedi 1er février",
      desc="nadia-voisins-demenagement",
      text="""Bonjour à tous,

Nous déménageons le samedi 1er février : le camion sera garé devant l'immeuble de 8h à 13h environ, et l'ascenseur sera un peu occupé. Désolés pour la gêne !

Merci pour ces cinq belles années dans l'immeuble, on passera vous dire au revoir.

Nadia, Yanis et Lina (3e gauche)"""))
add(P("school-activity", key="b-bebe-nageur", date="2024-09-10 18:20", frm=("Club Les Dauphins de Lyon 8", "bebesnageurs@dauphins-lyon8.fr"), subject="Bébés nageurs : inscription confirmée",
      desc="bebes-nageurs-inscription",
      text="""Bonjour,

L'inscription de Lina Cherif à l'activité « Bébés nageurs (2-3 ans) » est confirmée pour la saison 2024-2025, le samedi de 9h15 à 9h45, piscine Charial.

Reprise le samedi 21 septembre. N'oubliez pas la couche de bain et le certificat médical.

Le bureau des Dauphins"""))
add(P("school-activity", key="b-bebe-nageur-2", date="2024-12-12 20:00", frm=("Club Les Dauphins de Lyon 8", "bebesnageurs@dauphins-lyon8.fr"), subject="Pas de séance les 21 et 28 décembre",
      desc="bebes-nageurs-vacances",
      text="""Bonsoir,

La piscine Charial sera fermée pendant les vacances de Noël : pas de séance les samedis 21 et 28 décembre. Reprise le 4 janvier.

Joyeuses fêtes à toutes les familles !
Le bureau des Dauphins"""))
add(P("own-admin", key="b-nadia-orange", date="2024-11-08 19:12", frm=ME, to=[("Service Clients Orange", "service.clients@orange.fr")], subject="Réclamation facture novembre – option TV",
      desc="nadia-reclamation-orange",
      text="""Madame, Monsieur,

Ma facture de novembre (contrat n° 1-7XK22P) comporte une option « Pack Ciné Séries » à 3,99 € que je n'ai jamais souscrite. Je vous remercie de bien vouloir la résilier et de me rembourser le montant prélevé.

Cordialement,
Nadia Benhamou
62 rue Antoine Lumière, 69008 Lyon"""))
add(P("customer-service", key="b-orange-rep", date="2024-11-12 10:30", frm=("Orange Service Clients", "ne-pas-repondre@orange.fr"), mid="orange.fr",
      subject="Réponse à votre demande n° 24-1108-553201", desc="orange-reponse-reclamation",
      text="""Bonjour Madame Benhamou,

Suite à votre demande, l'option « Pack Ciné Séries » a été résiliée. Un avoir de 3,99 € apparaîtra sur votre prochaine facture.

Nous vous prions de nous excuser pour la gêne occasionnée.

Votre conseiller Orange"""))
add(P("calendar", key="b-rappel-outlook", date="2024-10-11 08:00", frm=ME, to=[ME], subject="Rappel : mariage Rayan & Inès – acheter le cadeau", desc="rappel-cadeau-mariage",
      text="""Rappel perso :
- passer à la liste de mariage (Galeries Lafayette Part-Dieu) avant samedi
- récupérer la robe de Lina au pressing
- faire la carte"""))
add(P("friends", key="b-aur-5", date="2025-01-12 10:40", frm=AUR, to=[ME], subject="Merci pour hier soir 💕", attach=[("secret_santa.jpg", JPG, "image/jpeg")],
      desc="aurelie-merci-hier-soir",
      text="""Merci les filles pour cette super soirée ! Les makrouts de ta maman ont eu un succès fou, Julie en a caché trois dans son sac 😂

Bravo encore pour ton nouveau poste, on est trop fières de toi. Et bon courage pour le déménagement, je peux venir aider le samedi matin.

Bisous"""))
add(P("friends", key="b-aur-6", date="2025-01-12 18:22", frm=ME, to=[AUR], parent="b-aur-5", quote="outlook_fr_old", subject="RE : Merci pour hier soir 💕",
      desc="re-aurelie-merci",
      text="""Merci à toi pour l'accueil ! Et oui, je ne dis pas non pour samedi, on commence à 8h (désolée…). Il y aura des croissants !

Bisous"""))
add(P("school-activity", key="b-mediatheque", date="2024-11-26 15:00", frm=("Bibliothèque municipale de Lyon", "bm-notifications@bm-lyon.fr"), subject="Vos documents sont à rendre bientôt",
      desc="bibliotheque-documents-a-rendre",
      text="""Bonjour Nadia Benhamou,

Les documents suivants sont à rendre à la bibliothèque du 8e avant le 30/11/2024 :
- « Petit Ours Brun va à la crèche » (album)
- « Le Loup qui voulait changer de couleur » (album)
- « Comptabilité générale – Manuel et applications, DCG 9 » (livre)

Vous pouvez prolonger vos prêts depuis votre compte lecteur.

Bibliothèque municipale de Lyon"""))

# ---------------------------------------------------------------- a few more everyday messages
add(P("doctor-reminder", key="b-doc-rappel", date="2024-09-24 10:45", frm=("Doctolib", "no-reply@doctolib.fr"), subject="Rappel : rendez-vous demain à 10h45",
      desc="doctolib-rappel-pediatre",
      text="""Bonjour,

Rappel du rendez-vous de Lina CHERIF demain, mercredi 25 septembre 2024 à 10h45, avec Dr Claire Vidal (pédiatre).

En cas d'empêchement, merci d'annuler pour libérer le créneau.

Doctolib"""))
add(P("family", key="b-sam-7", date="2024-10-13 11:20", frm=SAMIRA, to=[ME], subject="Le mariage !!", desc="samira-le-mariage",
      text="""Alors alors, ce mariage ?? Envoie-moi des photos ! Tata Nora m'a dit que Lina a dansé toute la soirée et qu'elle s'est endormie sous la table 😂"""))
add(P("photos", key="b-gphotos", date="2024-11-17 09:00", tz="UTC", frm=("Google Photos", "noreply-photos@google.com"), mid="google.com", lang="en",
      subject="Relive this day: 2 years ago", fmt="html", desc="google-photos-memories",
      text="""Relive this day, 2 years ago

November 17, 2022 · 24 photos
"Lina's first smile"

See your memories: https://photos.google.com/memories

Google Photos"""))
add(P("friends-en", key="b-penpal", date="2024-12-23 19:40", tz="Europe/London", frm=("Hannah Whitfield", "hannah.whitfield@btinternet.com"), lang="en",
      subject="Merry Christmas from Leeds!", fmt="alt", attach=[("christmas_card.jpg", JPG, "image/jpeg")], desc="hannah-merry-christmas",
      text="""Dear Nadia,

Merry Christmas to you, Yanis and little Lina! I can't believe she's already two and a half. Our two are running around the house like mad things, high on chocolate.

My mum told me about your new job (our mums still talk on WhatsApp every week, 20 years after the exchange trip!). Congratulations, that's wonderful news. Accounting in a big industrial company sounds very grown-up.

We're hoping to come to Lyon in the spring for the Fête des... no, that's December. Well, for something! Would love to see you.

Lots of love,
Hannah xx"""))
add(P("registered-mail", key="b-ar24", date="2024-12-20 10:12", frm=("AR24", "notifications@ar24.fr"), mid="ar24.fr",
      subject="Votre lettre recommandée électronique a été distribuée", desc="ar24-lettre-recommandee",
      text="""Bonjour Nadia Benhamou,

Votre lettre recommandée électronique n° LRE-2024-12-8841207 adressée à Mutuelle Sérénis Prévoyance (objet : résiliation de la portabilité au 05/01/2025) a été acceptée par son destinataire le 20/12/2024 à 10:09.

La preuve de distribution est disponible dans votre espace : https://www.ar24.fr/mon-compte

AR24 – lettre recommandée électronique qualifiée eIDAS"""))
SPORT = ("Sportmania", "commandes@sportmania.fr")
add(P("order-confirmation", key="b-sport-1", date="2024-12-08 21:17", frm=SPORT, subject="Votre commande SM-1208-44719 est validée", fmt="alt", desc="sportmania-commande",
      text="""Bonjour Nadia,

Merci pour votre commande !

- Trottinette 3 roues évolutive, rose – 39,99 €
- Casque vélo enfant XS, licorne – 14,99 €

Total : 54,98 € – Retrait gratuit au magasin Sportmania Lyon Confluence à partir du 11/12.

Sportmania"""))
add(P("order-ready", key="b-sport-2", date="2024-12-11 15:40", frm=SPORT, subject="Votre commande est prête à être retirée", desc="sportmania-commande-prete",
      text="""Bonjour Nadia,

Votre commande SM-1208-44719 vous attend à l'accueil du magasin Sportmania Lyon Confluence. Présentez ce message et une pièce d'identité.

Elle sera conservée jusqu'au 26 décembre.

Sportmania"""))
add(P("partner", key="b-yan-9", date="2024-12-18 13:05", frm=YANIS, to=[ME], subject="Liste pour Marseille", desc="yanis-liste-marseille",
      text="""Ce que ta mère m'a demandé au tel (oui elle m'appelle moi maintenant) :
- papillotes Voisin x3
- la trottinette de Lina (cachée dans le coffre)
- le lit parapluie d'Émilie
- ton manteau rouge ??? elle a dit « le manteau rouge » je sais pas de qui

Je prends les billets de parking demain."""))
add(P("association-payment", key="b-ha-5", date="2025-01-10 19:42", frm=("HelloAsso", "notifications@helloasso.com"), mid="helloasso.com",
      subject="Nouveau paiement reçu pour Amicale Laïque Monplaisir", fmt="html", desc="helloasso-paiement-galette",
      text="""Bonjour,

Marie-Claire Bonnet vient d'effectuer un paiement de 8,00 € pour « Galette des rois de l'Amicale – 18 janvier ».

Les fonds seront versés sur le compte de l'association lors du prochain virement.

L'équipe HelloAsso"""))
add(P("childcare", key="b-creche-app", date="2025-01-07 18:30", frm=("Petits Mots – cahier de liaison", "bonjour@petitsmots-app.fr"),
      subject="La crèche Les Petits Lumière vous invite sur Petits Mots", fmt="alt", desc="petits-mots-invitation-creche",
      text="""Bonjour Nadia,

La crèche Les Petits Lumière utilise Petits Mots pour partager la journée de votre enfant : repas, siestes, activités et photos.

Activez votre compte parent pour suivre la journée de Lina : https://app.petitsmots-app.fr/invitation/PL-66210

À bientôt !
L'équipe Petits Mots"""))
