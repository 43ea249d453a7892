"""Look-alikes: mail that sounds like recruiting but is not about the person's own job search (all not_job)."""
from lib import ME, ME_V, fake_pdf, msg

L = dict(label="not_job")
OLIVIER = "Olivier Dufresne <olivier@recrutix.io>"

# ---------------------------------------------------------------- end of previous job / benefits
msg("versant-fin-emploi", "2025-01-14 16:20", "Ressources humaines Versant <rh@versant.ca>", [ME_V],
    "Confirmation de fin d'emploi et modalités de départ",
    """Bonjour Geneviève,

Comme discuté lors de notre rencontre du 13 janvier, nous vous confirmons par écrit la fin de votre emploi chez Logiciels Versant inc., en date du 13 janvier 2025, dans le cadre de la réorganisation de l'équipe Produit.

Vous trouverez ci-joint la lettre décrivant les modalités de départ :
- indemnité de fin d'emploi équivalant à 12 semaines de salaire, versée en un montant forfaitaire;
- paiement des vacances accumulées (8,5 jours);
- maintien de l'assurance collective (volet médicaments) jusqu'au 30 avril 2025;
- accès à un programme de transition de carrière offert par le cabinet Virage RH.

Votre relevé d'emploi sera transmis électroniquement à Service Canada dans les cinq jours ouvrables.

Merci de retourner votre ordinateur portable et votre carte d'accès d'ici le 24 janvier.

Nous vous remercions sincèrement pour ces quatre années de contribution.

Chantal Lefebvre
Directrice, Ressources humaines
Logiciels Versant inc.""",
    **L, kind="lookalike:ex-employer-termination", mid="outlook",
    atts=[("Lettre_fin_emploi_GBerube.pdf", "application/pdf", fake_pdf("Lettre de fin d'emploi"))])

msg("ae-demande-recue", "2025-01-16 20:12", "Service Canada <NE-PAS-REPONDRE-DO-NOT-REPLY@servicecanada.gc.ca>", [ME_V],
    "Assurance-emploi : confirmation de votre demande / Employment Insurance: confirmation of your application",
    """(English follows)

Nous avons reçu votre demande de prestations d'assurance-emploi.

Numéro de confirmation : AE-5521-0879-3316
Date de réception : 16 janvier 2025

Prochaines étapes :
1. Vous recevrez par la poste un code d'accès à quatre chiffres.
2. Produisez vos déclarations aux deux semaines en ligne, même si votre demande est en traitement.
3. Consultez Mon dossier Service Canada pour suivre l'état de votre demande.

Ne répondez pas à ce courriel.

---

We have received your application for Employment Insurance benefits.
Confirmation number: AE-5521-0879-3316

Service Canada""",
    **L, kind="lookalike:benefits-agency-application", cte="8bit", mid_dom="servicecanada.gc.ca")

msg("transition-virage-invitation", "2025-01-20 13:05", "Hélène Paradis <hparadis@viragerh.com>", [ME_V],
    "Programme de transition de carrière – premier rendez-vous",
    """Bonjour Geneviève,

Logiciels Versant a retenu les services de Virage RH pour vous accompagner dans votre transition de carrière. Je serai votre conseillère pour les trois prochains mois.

Le programme comprend :
- un bilan de compétences;
- la révision de votre CV et de votre profil LinkedIn;
- des ateliers de groupe (réseautage, préparation aux entrevues, négociation salariale);
- des rencontres individuelles aux deux semaines.

Je vous propose une première rencontre par Teams le lundi 27 janvier à 9 h 30. Est-ce que cela vous convient?

Au plaisir de faire votre connaissance,

Hélène Paradis, c.o.
Conseillère d'orientation, Virage RH""",
    **L, kind="lookalike:outplacement-counsellor", mid="outlook")

msg("transition-virage-reponse", "2025-01-20 18:44", ME_V, ["Hélène Paradis <hparadis@viragerh.com>"],
    "RE: Programme de transition de carrière – premier rendez-vous",
    """Bonjour Madame Paradis,

Merci pour votre message. Lundi 27 janvier à 9 h 30 me convient. Pourriez-vous m'envoyer le lien Teams à mon autre adresse, gberube.qa@gmail.com? C'est celle que j'utilise pour mes démarches.

Merci,
Geneviève""",
    **L, kind="lookalike:reply-to-outplacement", reply="transition-virage-invitation", mid="zimbra")

msg("releve-emploi-servicecanada", "2025-01-24 03:15", "Mon dossier Service Canada <NE-PAS-REPONDRE-DO-NOT-REPLY@servicecanada.gc.ca>", [ME_V],
    "Nouveau message dans Mon dossier Service Canada",
    """Bonjour,

Un nouveau document est disponible dans votre compte Mon dossier Service Canada :
Relevé d'emploi (RE) — Employeur : LOGICIELS VERSANT INC.

Pour des raisons de sécurité, ce courriel ne contient aucun renseignement personnel. Connectez-vous pour le consulter : https://www.canada.ca/fr/emploi-developpement-social/services/mon-dossier.html

Service Canada / Service Canada""",
    **L, kind="lookalike:record-of-employment", cte="8bit", mid_dom="servicecanada.gc.ca")

msg("transition-atelier-inscription", "2025-02-04 11:30", "Virage RH – Ateliers <ateliers@viragerh.com>", [ME],
    "Inscription confirmée : Atelier « Réussir ses entrevues » – 12 février",
    """Bonjour Geneviève,

Votre inscription à l'atelier suivant est confirmée :

Réussir ses entrevues : méthode STAR, questions difficiles et négociation
Mercredi 12 février 2025, 9 h à 12 h
En ligne (Teams) — le lien vous sera envoyé la veille

Préparation suggérée : notez trois réalisations dont vous êtes fière et les résultats obtenus.

Annulation : merci de nous aviser 48 heures à l'avance.

L'équipe des ateliers Virage RH""",
    **L, kind="lookalike:event-registration-interview-workshop", html=True, brand="Virage RH", color="#6a2c70")

msg("ae-approuvee", "2025-02-07 02:40", "Service Canada <NE-PAS-REPONDRE-DO-NOT-REPLY@servicecanada.gc.ca>", [ME_V],
    "Avis de décision – assurance-emploi",
    """Bonjour,

Une décision a été rendue concernant votre demande de prestations régulières d'assurance-emploi. Votre demande a été approuvée.

Taux de prestations hebdomadaires : consultez Mon dossier Service Canada
Période de prestations : débute le 26 janvier 2025

Remarque : l'indemnité de fin d'emploi déclarée par votre employeur pourrait retarder le premier versement.

Ce message a été envoyé automatiquement.""",
    **L, kind="lookalike:benefits-approved", cte="8bit", mid_dom="servicecanada.gc.ca")

msg("servicesquebec-rdv", "2025-02-13 14:00", "Services Québec <ne-pas-repondre@mess.gouv.qc.ca>", [ME],
    "Rappel de rendez-vous – Service d'aide à l'emploi",
    """Bonjour Geneviève Bérubé,

Nous vous rappelons votre rendez-vous :

Objet : entrevue d'évaluation – Service d'aide à l'emploi
Date : jeudi 20 février 2025, 13 h 30
Lieu : Bureau de Services Québec de Rosemont, 5350, rue Lafond, Montréal
Intervenante : Mme Sonia Gagné

Lors de cette rencontre, nous ferons le point sur votre démarche et sur les mesures d'aide qui pourraient vous convenir (formation, aide à la recherche d'emploi).

Apportez une pièce d'identité et votre numéro d'assurance sociale.

Pour annuler ou déplacer ce rendez-vous : 1 877 767-8773.""",
    **L, kind="lookalike:employment-service-appointment", cte="8bit")

msg("ae-declaration-rappel", "2025-03-14 06:30", "Service Canada <NE-PAS-REPONDRE-DO-NOT-REPLY@servicecanada.gc.ca>", [ME_V],
    "Rappel : votre déclaration d'assurance-emploi est due",
    """Bonjour,

Votre déclaration aux deux semaines peut maintenant être remplie en ligne. Remplissez-la dès que possible pour éviter un retard de paiement.

Vous devez déclarer tout travail effectué et toute rémunération reçue pendant la période, y compris le travail autonome.

Service Canada""",
    **L, kind="lookalike:benefits-reminder", cte="8bit", mid_dom="servicecanada.gc.ca")

# ---------------------------------------------------------------- flat hunt (application for a flat)
msg("logement-demande-recue", "2025-03-02 20:51", "Logisia <no-reply@logisia.ca>", [ME],
    "Demande de location reçue – 5 ½, rue Saint-Vallier",
    """Bonjour Geneviève,

Votre demande de location a été transmise au propriétaire.

Logement : 5 ½, 6540 rue Saint-Vallier, Montréal — 1 875 $/mois, libre le 1er juillet
Occupants déclarés : 2 adultes, 1 enfant, 1 chat

Le propriétaire pourrait vous demander de consentir à une enquête de crédit. Vous serez avisée par courriel de toute réponse.

Conseil Logisia : les dossiers complets (preuve de revenu, références) reçoivent une réponse 3 fois plus rapidement.

L'équipe Logisia""",
    **L, kind="lookalike:flat-application-received", html=True, brand="logisia", color="#2a9d8f", mid="sendgrid")

msg("logement-enquete-credit", "2025-03-04 09:26", "Gestion immobilière Ravel <locations@gestionravel.ca>", [ME],
    "Votre candidature pour le 6540 Saint-Vallier – documents requis",
    """Bonjour Madame Bérubé,

Merci pour votre intérêt envers notre logement du 6540 Saint-Vallier. Afin de poursuivre l'étude de votre candidature, nous aurions besoin :

1. du formulaire de consentement à l'enquête de crédit (ci-joint), signé par les deux adultes;
2. d'une preuve de revenu récente (talon de paie ou avis de cotisation);
3. des coordonnées de votre propriétaire actuel.

Nous étudions les dossiers dans l'ordre de réception.

Cordialement,
Service de location – Gestion immobilière Ravel""",
    **L, kind="lookalike:flat-application-documents", mid="outlook",
    atts=[("Consentement_enquete_credit.pdf", "application/pdf", fake_pdf("Formulaire consentement enquete de credit"))])

msg("logement-refus", "2025-03-11 17:02", "Gestion immobilière Ravel <locations@gestionravel.ca>", [ME],
    "Suivi de votre demande de location",
    """Bonjour Madame Bérubé,

Nous vous remercions de l'intérêt porté à notre immeuble et du temps consacré à votre demande.

Nous avons reçu de nombreuses candidatures pour ce logement. Après étude des dossiers, nous sommes au regret de vous informer que votre candidature n'a pas été retenue; le logement a été loué à d'autres locataires.

Nous conservons vos coordonnées et pourrions communiquer avec vous si un logement semblable se libère.

Cordialement,
Service de location – Gestion immobilière Ravel""",
    **L, kind="lookalike:flat-application-rejected", mid="outlook")

msg("logement-accepte", "2025-04-02 12:15", "François Lachance <f.lachance@videotron.ca>", [ME],
    "Logement De Lanaudière – c'est à vous!",
    """Bonjour Geneviève,

Après réflexion, ma femme et moi avons décidé de vous louer le 5 ½ du 5872, rue De Lanaudière à partir du 1er juillet. Votre famille nous a fait une très bonne impression lors de la visite, et le chat ne nous dérange pas.

Pouvez-vous passer samedi matin pour signer le bail? On pourra aussi regarder ensemble ce qu'il faut pour la cuisinière.

Bonne journée,
François Lachance
514 555-0106""",
    **L, kind="lookalike:flat-application-accepted", mid="zimbra")

msg("logement-accepte-reponse", "2025-04-02 13:02", ME, ["François Lachance <f.lachance@videotron.ca>"],
    "Re: Logement De Lanaudière – c'est à vous!",
    """Bonjour M. Lachance,

Quelle belle nouvelle, merci! Samedi 10 h, est-ce que ça vous va? Julien viendra avec moi pour signer aussi.

Geneviève""",
    **L, kind="lookalike:reply-flat-accepted", reply="logement-accepte")

msg("demenagement-soumissions", "2025-05-20 08:10", "SoumissionsPro <notifications@soumissionspro.ca>", [ME],
    "3 entreprises ont répondu à votre demande de soumission",
    """Bonjour Geneviève,

Bonne nouvelle! Trois déménageurs ont répondu à votre demande du 18 mai (déménagement 5 ½ → 5 ½, Rosemont, 1er juillet, 2e étage sans ascenseur).

1. Déménagement Le Costaud — 3 hommes + camion, 165 $/h, minimum 3 h — ★ 4,7
2. Les Transports Bélanger — forfait 1 250 $ tout inclus — ★ 4,4
3. Déménagement Express Métro — 149 $/h, 2 hommes — ★ 4,1

Comparez et acceptez une soumission : https://www.soumissionspro.ca/mes-demandes/88213

Attention : au Québec, le 1er juillet est très achalandé. Réservez rapidement!""",
    **L, kind="lookalike:invitation-to-quote-marketplace", html=True, brand="SoumissionsPro", color="#f4a261",
    mid="sendgrid")

# ---------------------------------------------------------------- school, loan, visa, university, tax credit
msg("maternelle-demande", "2025-02-06 15:44", "Centre de services scolaire – Inscriptions <inscriptions@csspointe.qc.ca>", [ME_V],
    "Accusé de réception – demande d'inscription à la maternelle 5 ans (2025-2026)",
    """Bonjour,

Nous accusons réception de la demande d'inscription en ligne suivante :

Élève : Léa Morin
Programme : Maternelle 5 ans
École demandée : École Les Trois-Pommiers
Année scolaire : 2025-2026

Votre demande sera traitée selon les critères d'admission en vigueur. Une réponse vous sera transmise au plus tard en mai 2025. Le dépôt d'une demande ne garantit pas une place.

Secrétariat des inscriptions""",
    **L, kind="lookalike:school-place-application", charset="iso-8859-1")

msg("maternelle-place-offerte", "2025-04-25 10:30", "École Les Trois-Pommiers <secretariat.troispommiers@csspointe.qc.ca>", [ME_V],
    "Maternelle 5 ans – une place est offerte à Léa",
    """Bonjour Madame Bérubé, Monsieur Morin,

Nous avons le plaisir de vous informer qu'une place est offerte à Léa en maternelle 5 ans pour l'année scolaire 2025-2026 à l'École Les Trois-Pommiers.

Pour confirmer la place, merci de vous présenter au secrétariat avant le 9 mai avec le certificat de naissance et une preuve de résidence. À défaut de confirmation, la place sera offerte à un autre enfant.

Une rencontre d'accueil pour les parents aura lieu le 11 juin à 18 h 30.

Au plaisir d'accueillir Léa!

Manon Dubé, secrétaire d'école""",
    **L, kind="lookalike:school-place-offer", cc=["Julien Morin <julien.morin78@hotmail.com>"], mid="outlook")

msg("pret-auto-approuve", "2025-03-27 11:02", "Desjardins <notification@desjardins.com>", [ME_V],
    "Votre demande de financement a été approuvée",
    """Bonjour Geneviève,

Bonne nouvelle! Votre demande de financement auto (véhicule d'occasion) a été approuvée.

Montant : 14 800 $
Durée : 60 mois
Concessionnaire : Rosemont Occasion inc.

Le contrat sera disponible pour signature électronique dans AccèsD d'ici 24 heures. Votre conseiller vous contactera pour finaliser le dossier.

Desjardins
Ceci est un message automatique, veuillez ne pas y répondre.""",
    **L, kind="lookalike:loan-approved", html=True, brand="Desjardins", color="#00874e", mid="salesforce")

msg("ircc-accuse-reception", "2025-02-19 14:33", "IRCC <IRCC.DoNotReply-NePasRepondre.IRCC@cic.gc.ca>", [ME_V],
    "Accusé de réception – demande de résidence permanente (catégorie du regroupement familial)",
    """Madame,

Nous accusons réception de la demande de parrainage et de résidence permanente présentée au titre de la catégorie des époux ou conjoints de fait au Canada.

Répondant : Geneviève Bérubé
Demandeur principal : Julien Morin
Numéro de demande : F000418772

Veuillez ne pas présenter de nouvelle demande. Nous communiquerons avec vous si des renseignements ou des documents supplémentaires sont nécessaires. Consultez les délais de traitement sur notre site Web.

Immigration, Réfugiés et Citoyenneté Canada""",
    **L, kind="lookalike:residence-permit-application", cc=["julien.morin78@hotmail.com"], cte="8bit",
    mid_dom="cic.gc.ca")

msg("ircc-biometrie", "2025-04-08 09:50", "IRCC <IRCC.DoNotReply-NePasRepondre.IRCC@cic.gc.ca>", [ME_V],
    "Demande F000418772 – lettre d'instructions pour la biométrie",
    """Madame,

Une lettre d'instructions relative à la collecte des données biométriques a été émise pour le demandeur Julien Morin dans le cadre de la demande F000418772.

Le demandeur doit se présenter dans un point de service désigné dans les 30 jours suivant la date de la lettre. Il est possible de prendre rendez-vous en ligne.

La lettre est jointe au présent message.

Immigration, Réfugiés et Citoyenneté Canada""",
    **L, kind="lookalike:residence-permit-step", cte="8bit", mid_dom="cic.gc.ca",
    atts=[("BIL_F000418772.pdf", "application/pdf", fake_pdf("Biometrics instruction letter"))])

msg("poly-demande-admission", "2025-03-18 16:12", "Registrariat – Formation continue <admission.fc@polymtl.ca>", [ME],
    "Votre demande d'admission – Microprogramme en cybersécurité (automne 2025)",
    """Bonjour,

Nous confirmons la réception de votre demande d'admission au programme suivant :
Microprogramme de 2e cycle en cybersécurité des systèmes — temps partiel, trimestre d'automne 2025

Votre dossier est incomplet : il manque le relevé de notes officiel de votre baccalauréat. Veuillez le faire parvenir au plus tard le 15 avril.

Vous pouvez suivre l'état de votre demande dans votre dossier étudiant.

Le Registrariat""",
    **L, kind="lookalike:university-application-received", charset="iso-8859-1", cte="qp")

msg("poly-admise", "2025-05-22 10:05", "Registrariat – Formation continue <admission.fc@polymtl.ca>", [ME],
    "Décision d'admission",
    """Bonjour Geneviève Bérubé,

Nous avons le plaisir de vous annoncer que votre candidature a été acceptée. Vous êtes admise au Microprogramme de 2e cycle en cybersécurité des systèmes pour le trimestre d'automne 2025.

Pour confirmer votre admission, vous devez accepter l'offre dans votre dossier étudiant d'ici le 10 juin 2025.

Félicitations et bienvenue!

Le Registrariat""",
    **L, kind="lookalike:university-admission-offer", charset="iso-8859-1", cte="qp")

msg("rq-versements-anticipes", "2025-02-21 12:10", "Revenu Québec <ne-pas-repondre@revenuquebec.ca>", [ME_V],
    "Nouveau message dans Mon dossier – Revenu Québec",
    """Bonjour,

Un nouveau message concernant votre demande de versements anticipés du crédit d'impôt pour frais de garde d'enfants est disponible dans Mon dossier pour les citoyens.

Pour le consulter, connectez-vous à Mon dossier : https://www.revenuquebec.ca/fr/services-en-ligne/mon-dossier/

Pour votre sécurité, Revenu Québec ne vous demandera jamais de renseignements personnels par courriel.""",
    **L, kind="lookalike:tax-credit-application", cte="8bit")

# ---------------------------------------------------------------- user research, volunteering, events, marketplace
msg("recherche-utilisateur", "2025-03-25 15:30", "Équipe Recherche UX – Fizz <recherche@fizz.ca>", [ME],
    "On aimerait t'interviewer (45 min, 75 $)",
    """Salut Geneviève,

On travaille sur une nouvelle version de l'appli Fizz et on aimerait entendre des vrais membres comme toi.

C'est quoi? Une entrevue vidéo de 45 minutes avec quelqu'un de l'équipe design. On te pose des questions sur la façon dont tu gères ton forfait et on te montre quelques maquettes.
Quand? Entre le 1er et le 11 avril, selon tes disponibilités.
Compensation : 75 $ en crédit Fizz ou en carte-cadeau.

Intéressée? Remplis le court questionnaire de sélection (3 min) : https://fizz.ca/recherche/inscription?c=ux-0425

Merci!
L'équipe Recherche UX""",
    **L, kind="lookalike:user-research-interview", html=True, brand="fizz", color="#6c2bd9", mid="sendgrid")

msg("moisson-benevole", "2025-02-09 19:22", "Moisson Montréal – Bénévolat <benevolat@moissonmontreal.org>", [ME],
    "Confirmation de votre inscription comme bénévole",
    """Bonjour Geneviève,

Merci de vous être inscrite comme bénévole! Voici les détails de votre quart :

Tri alimentaire — samedi 22 février 2025, 9 h à 12 h
6880, chemin de la Côte-de-Liesse, Saint-Laurent

Portez des chaussures fermées et des vêtements confortables. Des gants et des tabliers sont fournis. Il y a du stationnement sur place.

En cas d'empêchement, merci d'annuler votre quart dans votre compte afin de libérer la place.

Merci de votre générosité!""",
    **L, kind="lookalike:volunteer-signup", html=True, brand="Moisson Montréal", color="#e76f51")

msg("meetup-qa-inscription", "2025-03-01 12:00", "Meetup <info@meetup.com>", [ME],
    "You're going to Test Automation Montréal — April Meetup",
    """You're going!

Test Automation Montréal
Playwright in production: lessons from 3 Montreal teams (+ pizza)
Thursday, April 10, 2025, 6:00 PM to 8:30 PM EDT
Espace Notman, 51 Sherbrooke St W, Montréal

82 attendees · Hosted by Marc-Olivier P. and Nadia K.

Add to calendar: https://www.meetup.com/test-automation-montreal/events/305872114/ical/

Can't make it? Update your RSVP so someone on the waitlist can take your spot.""",
    **L, lang="en", kind="lookalike:event-registration-confirmed", html=True, brand="Meetup", color="#f65858",
    mid="sendgrid", tz="utc")

msg("marketplace-poussette", "2025-04-12 16:47", "Marketplace <notification@facebookmail.com>", [ME],
    "Isabelle est intéressée par votre article : Poussette Baby Jogger City Mini",
    """Isabelle Tremblay vous a envoyé un message à propos de Poussette Baby Jogger City Mini · 120 $

« Bonjour, est-ce encore disponible? Je pourrais passer demain après-midi dans Rosemont. »

Répondre : https://www.facebook.com/marketplace/inbox/

Ce message a été envoyé à gberube.qa@gmail.com. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
    **L, kind="lookalike:marketplace-interested", html=True, brand="Marketplace", color="#1877f2",
    mid_dom="facebookmail.com", tz="pt")

msg("cpe-appel-candidatures", "2025-03-28 13:40", "CPE Les Petits Pissenlits <direction@cpepetitspissenlits.org>", [ME_V],
    "Appel de candidatures – conseil d'administration 2025-2026",
    """Chers parents,

Le conseil d'administration du CPE Les Petits Pissenlits lance son appel de candidatures pour trois postes de parents administrateurs à pourvoir lors de l'assemblée générale du 29 mai.

Profil recherché : intérêt pour la gouvernance, disponibilité pour une rencontre par mois (le mardi soir). Les compétences en finances, en TI et en ressources humaines sont particulièrement recherchées cette année.

Pour soumettre votre candidature, remplissez le formulaire joint et déposez-le dans la boîte du CA à l'entrée, ou répondez à ce courriel avant le 25 avril.

Merci de votre implication!

Josée Villeneuve, directrice générale""",
    **L, kind="lookalike:call-for-candidates-board", mid="outlook",
    atts=[("Formulaire_candidature_CA.pdf", "application/pdf", fake_pdf("Formulaire candidature CA"))])

msg("istqb-inscription", "2025-04-04 10:18", "Centre d'examens Kryterion <no-reply@kryteriononline.com>", [ME],
    "Exam registration confirmed – ISTQB Advanced Level Test Automation Engineer",
    """Dear Geneviève Bérubé,

Thank you for registering. Your exam is confirmed.

Exam: ISTQB Certified Tester Advanced Level – Test Automation Engineering (CTAL-TAE) v2.0
Language: French
Date: Friday, May 9, 2025, 9:00 AM (America/Toronto)
Delivery: Online proctored

Before exam day, complete the system check and make sure your ID matches your registration name exactly.

Registration ID: KRY-77410256

Good luck!""",
    **L, lang="en", kind="lookalike:exam-registration", html=True, brand="Kryterion", color="#004c97",
    mid_dom="kryteriononline.com", tz="utc")

msg("istqb-resultat", "2025-05-12 08:30", "ISTQB – Canadian Software Testing Board <certification@cstb.ca>", [ME],
    "Résultat de votre examen CTAL-TAE",
    """Bonjour Geneviève,

Félicitations! Vous avez réussi l'examen ISTQB Certified Tester Advanced Level – Test Automation Engineering (note : 78 %).

Votre certificat numérique sera disponible sous 10 jours ouvrables et vous serez inscrite au registre public des certifiés (ISTQB Successful Candidate Register), sauf avis contraire de votre part.

Cordialement,
CSTB – Canadian Software Testing Board""",
    **L, kind="lookalike:certification-result", mid="mailgun")

# ---------------------------------------------------------------- career newsletters, podcast
msg("infolettre-carriere-entrevue", "2025-02-11 06:45", "Carrière & Cie <infolettre@carriereetcie.ca>", [ME],
    "Entrevue : les 5 questions qui déstabilisent (et comment y répondre)",
    """CARRIÈRE & CIE — L'infolettre du mardi

Entrevue : les 5 questions qui déstabilisent
« Parlez-moi d'un échec », « Pourquoi avez-vous quitté votre dernier emploi? »... Nos conseils pour transformer les pièges en occasions.
https://carriereetcie.ca/conseils/questions-entrevue-difficiles

Salaire : comment négocier sans se sous-évaluer
Une CRHA explique comment préparer sa fourchette salariale.
https://carriereetcie.ca/conseils/negocier-salaire

Mise à pied : vos droits en 5 points
https://carriereetcie.ca/droit/mise-a-pied

Vous recevez cette infolettre car vous vous êtes abonnée sur carriereetcie.ca. Se désabonner""",
    **L, kind="lookalike:career-advice-newsletter", html=True, brand="CARRIÈRE & CIE", color="#264653",
    mid="mailgun")

msg("worklife-weekly", "2025-04-14 07:00", "Worklife Weekly <hello@worklifeweekly.com>", [ME],
    "The offer came in. Now what?",
    """Worklife Weekly — Issue #212

THE OFFER CAME IN. NOW WHAT?
You've got the offer letter. Before you sign, here are the four questions our readers wish they'd asked: start date flexibility, probation terms, equity vesting, and remote policy in writing.
Read more: https://worklifeweekly.com/p/the-offer-came-in

ALSO THIS WEEK
• "Tell me about yourself" — a 60-second script
• Why your application vanished into the ATS (and what recruiters actually see)
• Reader question: should I follow up after a rejection?

You're receiving this because you subscribed at worklifeweekly.com. Unsubscribe anytime.""",
    **L, lang="en", kind="lookalike:career-newsletter-offer-words", html=True, brand="Worklife Weekly", color="#333333",
    mid="uuid", mid_dom="worklifeweekly.com", tz="utc")

msg("podcast-qa-entrevue", "2025-03-31 07:30", "Le Balado du Testeur <balado@baladodutesteur.ca>", [ME],
    "Nouvel épisode : entrevue avec Marc-André Tessier sur les tests exploratoires",
    """Salut!

Le nouvel épisode du Balado du Testeur est en ligne.

Épisode 47 — Entrevue avec Marc-André Tessier
On parle de tests exploratoires, de sessions chronométrées, et de comment convaincre un gestionnaire que « tout automatiser » n'est pas une stratégie. Marc-André raconte aussi comment il a monté l'équipe QA d'une jeune pousse de 12 à 60 personnes.

Écouter : https://baladodutesteur.ca/episodes/47

Merci d'être là, et n'oubliez pas de laisser 5 étoiles!
Alexandre""",
    **L, kind="lookalike:podcast-interview", html=True, brand="Le Balado du Testeur", color="#8d3b72",
    mid="mailgun")

# ---------------------------------------------------------------- freelance QA work on a recruiting product (Recrutix)
msg("recrutix-jira-rcx212", "2025-02-04 14:12", "Olivier Dufresne (Jira) <jira@recrutix.atlassian.net>", [ME],
    "[JIRA] (RCX-212) Courriel de refus non envoyé au candidat après changement de statut",
    """Olivier Dufresne a assigné ce ticket à Geneviève Bérubé

Recrutix / RCX-212
Courriel de refus non envoyé au candidat après changement de statut

Type : Bogue   Priorité : Haute   Statut : À faire
Composant : Pipeline candidats

Description :
Quand un recruteur fait passer une candidature de « Entrevue » à « Refusé » depuis la vue Kanban, le gabarit « Refus après entrevue » n'est pas envoyé. Depuis la fiche du candidat, ça fonctionne.
Étapes à reproduire et cas de test à écrire pour la régression, svp.

Voir le ticket : https://recrutix.atlassian.net/browse/RCX-212

Recevoir des notifications Jira Cloud — Gérer les notifications""",
    **L, kind="lookalike:work-ticket-recruiting-software", html=True, brand="Jira", color="#0052cc",
    mid_dom="recrutix.atlassian.net", tz="utc")

msg("recrutix-slack-qa", "2025-02-19 21:05", "Slack <notification@slack.com>", [ME],
    "[Slack] Nouveaux messages de Olivier Dufresne dans Recrutix",
    """Vous avez des nouveaux messages dans Recrutix

#qa
Olivier Dufresne  20 h 41
@Geneviève la démo pour le cabinet de recrutement est jeudi 10 h. Peux-tu valider le flux complet « candidature reçue → entrevue planifiée → offre envoyée » sur staging demain matin? Surtout la confirmation de candidature en anglais, le client a des postes à Toronto.

Olivier Dufresne  20 h 43
pis si t'as le temps, le lien de désabonnement des alertes emploi 🙏

Ouvrir Slack : https://recrutix.slack.com/archives/C05QA7T1L

@2025 Slack Technologies, LLC""",
    **L, kind="lookalike:work-chat-recruiting-software", html=True, brand="slack", color="#4a154b",
    mid="uuid", mid_dom="slack.com", tz="utc")

msg("recrutix-facture-fevrier", "2025-03-03 10:14", ME, [OLIVIER], "Facture 2025-02 – tests Recrutix",
    """Salut Olivier,

Voici ma facture pour février : 22 heures à 60 $/h, pour un total de 1 320 $ (pas de taxes, je suis encore sous le seuil du petit fournisseur).

Détail : régression du pipeline candidats, RCX-212 et RCX-219, préparation de la démo du 20.

Merci!
Geneviève""",
    **L, kind="lookalike:freelance-invoice", atts=[("Facture_2025-02_Recrutix.pdf", "application/pdf", fake_pdf("Facture 2025-02"))])

msg("recrutix-facture-reponse", "2025-03-03 12:40", OLIVIER, [ME], "Re: Facture 2025-02 – tests Recrutix",
    """Payée par virement Interac, merci Gen! La démo a super bien été, ils signent pour 40 licences 🎉""",
    **L, kind="lookalike:freelance-reply", reply="recrutix-facture-fevrier", mid="gmail")

msg("recrutix-jira-rcx231", "2025-03-04 16:55", "Geneviève Bérubé (Jira) <jira@recrutix.atlassian.net>", [ME],
    "[JIRA] (RCX-231) Invitation à l'entrevue : mauvais fuseau horaire dans le fichier .ics",
    """Geneviève Bérubé a créé un ticket

Recrutix / RCX-231
Invitation à l'entrevue : mauvais fuseau horaire dans le fichier .ics

Type : Bogue   Priorité : Moyenne   Rapporteur : Geneviève Bérubé

Quand un recruteur planifie une entrevue pour un candidat à Vancouver, l'invitation de calendrier envoyée au candidat affiche l'heure de Montréal. DTSTART est écrit sans TZID ni Z.

Résultat attendu : l'heure affichée chez le candidat correspond à son fuseau.
Environnement : staging, build 2025.03.1

Voir le ticket : https://recrutix.atlassian.net/browse/RCX-231""",
    **L, kind="lookalike:work-ticket-interview-invite-bug", html=True, brand="Jira", color="#0052cc",
    mid_dom="recrutix.atlassian.net", tz="utc")

msg("recrutix-jira-rcx247", "2025-04-01 09:31", "Olivier Dufresne (Jira) <jira@recrutix.atlassian.net>", [ME],
    "[JIRA] Olivier Dufresne a mentionné Geneviève dans RCX-247",
    """Olivier Dufresne vous a mentionnée dans un commentaire

RCX-247 — Offre d'emploi : le lien de signature électronique expire après 24 h au lieu de 7 jours

« @Geneviève Bérubé peux-tu confirmer si ça arrive aussi quand l'offre est renvoyée au candidat? Un client dit que ses candidats reçoivent l'offre mais ne peuvent pas signer. »

Répondre à ce commentaire : https://recrutix.atlassian.net/browse/RCX-247?focusedCommentId=10482""",
    **L, kind="lookalike:work-ticket-offer-esign-bug", html=True, brand="Jira", color="#0052cc",
    mid_dom="recrutix.atlassian.net", tz="utc")

msg("recrutix-slack-refus", "2025-04-09 18:20", "Slack <notification@slack.com>", [ME],
    "[Slack] 3 nouveaux messages dans #qa (Recrutix)",
    """#qa — Recrutix

Maude Gingras  17 h 02
Les gabarits de refus sont en prod 🎉 « Nous avons décidé de poursuivre avec d'autres candidats » + la version anglaise.

Olivier Dufresne  17 h 10
@Geneviève je t'ai mis sur la révision des textes. Le client trouve que « votre candidature n'a pas été retenue » sonne trop sec.

Maude Gingras  17 h 15
perso j'aime mieux ça qu'un ghosting 😅

Ouvrir Slack : https://recrutix.slack.com/archives/C05QA7T1L""",
    **L, kind="lookalike:work-chat-rejection-templates", html=True, brand="slack", color="#4a154b",
    mid="uuid", mid_dom="slack.com", tz="utc")

msg("recrutix-fin-contrat", "2025-05-21 20:12", OLIVIER, [ME], "Merci pour tout!",
    """Gen,

Juste un petit mot pour te remercier pour les quatre derniers mois. La suite de régression que tu nous laisses, c'est de l'or : on a attrapé deux bogues de pipeline cette semaine grâce à elle.

Félicitations encore pour le poste chez Équinoxe, ils sont chanceux. Envoie-moi ta dernière facture quand tu veux, et si jamais t'as le goût de faire quelques heures le soir l'automne prochain, la porte est grande ouverte.

On se fait une bière en juin?

Olivier""",
    **L, kind="lookalike:freelance-client-congrats", mid="gmail")

# ---------------------------------------------------------------- friends' own job searches / references
msg("sophie-son-entrevue", "2025-02-27 22:03", "Sophie Nguyen <sophie.ng.mtl@gmail.com>", [ME],
    "j'ai eu l'entrevue!!!",
    """Gen!!

Je sors de mon entrevue chez Studio Ardoise (tsé, le poste de conceptrice UX). Ça a duré 2 heures, 3 personnes, un exercice de whiteboard… je suis vidée. Mais je pense que ça a bien été? La directrice a ri à ma blague sur Figma, c'est bon signe non?

Ils doivent me revenir la semaine prochaine. Je vais capoter d'ici là.

Et toi, des nouvelles de Vigie?

xx
So""",
    **L, kind="lookalike:friend-own-interview", mid="gmail")

msg("sophie-son-entrevue-reponse", "2025-02-28 07:40", ME, ["Sophie Nguyen <sophie.ng.mtl@gmail.com>"],
    "Re: j'ai eu l'entrevue!!!",
    """Bravo So!!! Si la directrice a ri, c'est clairement gagné 😄 Deux heures avec exercice, c'est qu'ils te prennent au sérieux.

Moi rien de Vigie encore, juste l'accusé de réception. Je croise les doigts pour nous deux.

On se fait un souper vendredi prochain pour célébrer (ou se consoler)?

G.""",
    **L, kind="lookalike:reply-friend-interview", reply="sophie-son-entrevue")

msg("sophie-offre-acceptee", "2025-03-10 19:30", "Sophie Nguyen <sophie.ng.mtl@gmail.com>", [ME],
    "Re: Re: j'ai eu l'entrevue!!!",
    """ILS M'ONT FAIT UNE OFFRE! J'ai signé cet aprem. Je commence le 31 mars 🥳🥳

Souper vendredi, c'est moi qui paie. Ton tour s'en vient, je le sens.""",
    **L, kind="lookalike:friend-got-offer", reply="sophie-son-entrevue-reponse", mid="gmail")

msg("karim-reference", "2025-03-20 12:15", "Karim Benali <karim.benali@outlook.com>", [ME],
    "Petite faveur : référence?",
    """Salut Gen,

J'espère que la recherche avance! De mon côté j'ai passé la 2e entrevue chez Banque Laurier pour un poste de lead dev et ils me demandent deux références. Est-ce que je peux donner ton nom? On a travaillé ensemble trois ans chez Versant, t'es bien placée pour parler de moi (en bien j'espère 😅).

La personne qui appellerait s'appelle Johanne Pilon, des RH de la banque, probablement la semaine prochaine.

Merci mille fois,
Karim""",
    **L, kind="lookalike:friend-asks-reference", mid="outlook")

msg("karim-reference-reponse", "2025-03-20 12:58", ME, ["Karim Benali <karim.benali@outlook.com>"],
    "Re: Petite faveur : référence?",
    """Ben voyons, avec plaisir! Donne-leur mon cell : 514 555-0192. Je vais leur parler de la fois où t'as sauvé la mise en prod de Noël 😉

Bonne chance!!""",
    **L, kind="lookalike:reply-reference", reply="karim-reference")

msg("linkedin-felicitez-karim", "2025-04-22 15:10", "LinkedIn <messages-noreply@linkedin.com>", [ME],
    "Félicitez Karim pour son nouveau poste",
    """Karim Benali a commencé un nouveau poste

Lead développeur·euse chez Banque Laurier

Félicitez Karim : https://www.linkedin.com/comm/feed/update/urn:li:activity:7320415502211/

Autres nouvelles de votre réseau :
- Nadia Khoury a commencé un nouveau poste : Responsable QA chez Nuagique
- 3 personnes ont consulté votre profil cette semaine

© 2025 LinkedIn Corporation""",
    **L, kind="lookalike:linkedin-network-new-job", html=True, brand="LinkedIn", color="#0a66c2",
    mid_dom="linkedin.com", tz="utc")

msg("linkedin-recherches", "2025-03-09 11:00", "LinkedIn <notifications-noreply@linkedin.com>", [ME],
    "Vous êtes apparue dans 17 recherches cette semaine",
    """Geneviève, vous êtes apparue dans 17 recherches cette semaine

Les personnes qui vous ont trouvée travaillent chez :
Talentis Conseil · Groupe financier Boréal · Nuagique

Mots-clés utilisés : Playwright, assurance qualité, automatisation

Voir toutes les recherches : https://www.linkedin.com/comm/me/search-appearances/

Astuce : les membres qui indiquent leurs compétences principales apparaissent dans 2 fois plus de recherches.

© 2025 LinkedIn Corporation""",
    **L, kind="lookalike:linkedin-search-appearances", html=True, brand="LinkedIn", color="#0a66c2",
    mid_dom="linkedin.com", tz="utc")

msg("maman-felicitations", "2025-05-14 20:05", "Francine Bérubé <francine.berube@globetrotter.net>", [ME_V],
    "Ta nouvelle job!!",
    """Ma belle Geneviève,

Julien m'a dit au téléphone que tu avais eu l'offre chez Équinoxe! Je suis tellement fière de toi. Je savais que ça finirait par débloquer, t'as toujours été travaillante.

Ton père dit bravo aussi, il voulait savoir si c'est une compagnie sérieuse, je lui ai dit que oui.

On va faire un souper quand on ira vous aider pour le déménagement.

Bisous à Léa,
Maman xx""",
    **L, kind="lookalike:mother-congratulates-new-job", mid="zimbra", mid_dom="globetrotter.net")

msg("maman-felicitations-reponse", "2025-05-14 21:30", ME_V, ["Francine Bérubé <francine.berube@globetrotter.net>"],
    "Re: Ta nouvelle job!!",
    """Merci maman ❤️ Oui, c'est une compagnie très sérieuse, dis à papa de ne pas s'inquiéter! Je commence le 2 juin. Je vais avoir une équipe super et je vais enfin pouvoir faire ce que j'aime vraiment.

Vous arrivez le 28 juin pour le déménagement? On va vous faire une place dans le salon entre les boîtes 😅

Bisous,
Gen""",
    **L, kind="lookalike:reply-mother-new-job", reply="maman-felicitations", mid="zimbra")
