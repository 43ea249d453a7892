"""Ordinary life, part 1: family, friends, landlord, kids, health, travel, clubs (all not_job)."""
from lib import ME, ME_V, fake_pdf, ics, msg

JULIEN = "Julien Morin <julien.morin78@hotmail.com>"
MAMAN = "Francine Bérubé <francine.berube@globetrotter.net>"
CATH = "Catherine Bérubé <cath.berube@gmail.com>"
PRIYA = "Priya Raman <priya.raman.to@gmail.com>"
SOPHIE = "Sophie Nguyen <sophie.ng.mtl@gmail.com>"
KARIM = "Karim Benali <karim.benali@outlook.com>"
N = dict(label="not_job")

# ---------------------------------------------------------------- Julien
msg("julien-ce-soir", "2025-01-15 15:02", JULIEN, [ME_V], "ce soir",
    """Je vais chercher Léa au CPE, prends ton temps. J'ai acheté une bouteille de rouge, on fête rien mais on se console.

Ça va aller, t'es la meilleure QA de Montréal, ils sont caves chez Versant.

J""", **N, mid="outlook")
msg("julien-ce-soir-re", "2025-01-15 15:40", ME_V, [JULIEN], "Re: ce soir",
    """Merci mon amour. Je vais faire les pâtes au pesto. Dis à Léa que maman a une surprise (des biscuits, pas une nouvelle job 😅)""",
    **N, reply="julien-ce-soir", mid="zimbra")
msg("julien-epicerie", "2025-02-03 17:25", ME, [JULIEN], "épicerie",
    """Si tu passes au Metro :
- lait 2 %
- œufs
- bananes (pas trop mûres)
- fromage en tranches pour les lunchs
- litière pour Pixel!!
- café

Merci xx""", **N, kind="personal:list")
msg("julien-pneus", "2025-03-08 09:14", JULIEN, [ME], "pneus d'été",
    """Le rendez-vous chez Canadian Tire est confirmé pour le 12 avril à 8 h. Je vais y aller avec la Mazda, tu pourras prendre le vélo cette journée-là?

Aussi, ma mère demande si on veut le vieux divan pour le nouvel appart (si on en trouve un…)""", **N, mid="outlook")
msg("julien-pneus-re", "2025-03-08 10:02", ME, [JULIEN], "Re: pneus d'été",
    """Oui pas de problème pour le vélo. Pour le divan : NON 😂 il sent le chien.""", **N, reply="julien-pneus")
msg("julien-gardienne", "2025-03-28 12:31", JULIEN, [ME], "gardienne samedi?",
    """Émilie peut garder Léa samedi soir de 18 h à minuit, 15 $/h. Je confirme? On pourrait aller au resto pour la fête de Sophie.""",
    **N, mid="outlook")
msg("julien-cabane-photos", "2025-03-30 21:48", JULIEN, [ME, "Catherine Bérubé <cath.berube@gmail.com>"], "photos cabane",
    """Les meilleures photos d'aujourd'hui. Léa avec la tire d'érable dans les cheveux, un classique.

J""", **N, mid="outlook",
    atts=[("IMG_4471.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-photo-cabane-1\xff\xd9"),
          ("IMG_4476.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-photo-cabane-2\xff\xd9")])
msg("julien-chalet", "2025-04-20 19:03", JULIEN, [ME], "chalet de Marc",
    """Marc nous prête son chalet à Saint-Donat la fin de semaine du 24 mai. Ça te tente? Ça ferait du bien avant le rush du déménagement et ta nouvelle job (parce que tu vas l'avoir, je le sais).""",
    **N, mid="outlook")
msg("julien-chalet-re", "2025-04-20 20:15", ME, [JULIEN], "Re: chalet de Marc",
    """Oui!!! Dis-lui merci. J'apporte les jeux de société et toi le BBQ.""", **N, reply="julien-chalet")
msg("julien-boites", "2025-05-25 10:44", ME, [JULIEN], "boîtes",
    """J'ai compté : on a 34 boîtes, il en faudrait au moins 20 de plus. Le dépanneur en donne gratuitement le jeudi. Tu peux passer?

Et il faut réserver l'ascenseur… ah non, y'en a pas 🙃""", **N)
msg("julien-boites-re", "2025-05-25 11:20", JULIEN, [ME], "RE: boîtes",
    """Je passe jeudi. Et j'ai demandé à Marc et Steve pour le 1er, ils sont partants. Pizza et bière incluses évidemment.""",
    **N, reply="julien-boites", quote=False, mid="outlook")
msg("julien-hydro-fait", "2025-06-12 13:10", JULIEN, [ME], "hydro + vidéotron",
    """C'est fait pour Hydro (transfert le 1er juillet) et Vidéotron (technicien le 2 juillet entre 8 h et 12 h). Postes Canada aussi, pour le changement d'adresse. Check check check ✅""",
    **N, mid="outlook")

# ---------------------------------------------------------------- Maman
msg("maman-nouvelles", "2025-01-15 19:12", MAMAN, [ME_V], "Des nouvelles?",
    """Allo ma fille,

Julien m'a dit pour ton travail. Je suis vraiment désolée. Ils sont fous de laisser partir quelqu'un comme toi.

Comment tu te sens? Ton père dit que c'est peut-être une chance pour trouver mieux. Moi je dis que tu dois prendre soin de toi.

Appelle-moi quand tu veux, même tard.

Maman""", **N, mid="zimbra", mid_dom="globetrotter.net")
msg("maman-nouvelles-re", "2025-01-15 21:40", ME_V, [MAMAN], "Re: Des nouvelles?",
    """Allo maman,

Ça va, je t'assure. C'était un choc hier mais ils ont été corrects : j'ai trois mois de salaire et un service d'aide à la recherche d'emploi. Julien est super.

Je t'appelle dimanche, on fera un FaceTime avec Léa.

Je t'aime
Gen""", **N, reply="maman-nouvelles", mid="zimbra")
msg("maman-pouding", "2025-02-14 10:05", MAMAN, [ME_V], "Bonne St-Valentin + la recette",
    """Bonne St-Valentin à vous trois!

Voici la recette du pouding chômeur de grand-maman comme promis (elle trouvait ça drôle que je te l'envoie cette année, ha ha).

1 tasse de farine, 1/2 tasse de sucre, 2 c. à thé de poudre à pâte, 1/2 tasse de lait, 2 c. à soupe de beurre.
Sirop : 1 1/2 tasse de cassonade, 2 tasses d'eau, 2 c. à soupe de beurre. Four 350 F, 35 minutes.

Ton père en a mangé deux portions hier.

Bisous""", **N, mid="zimbra", mid_dom="globetrotter.net")
msg("maman-pouding-re", "2025-02-14 12:22", ME_V, [MAMAN], "Re: Bonne St-Valentin + la recette",
    """Ha ha, grand-maman avait le sens de l'humour! Merci maman, on va le faire avec Léa en fin de semaine.

Bonne St-Valentin à papa et toi ❤️""", **N, reply="maman-pouding", mid="zimbra")
msg("maman-article", "2025-03-03 08:55", MAMAN, [ME_V], "TR: article intéressant",
    """Je t'envoie ça, c'était dans La Presse ce matin. Ça parle de l'intelligence artificielle qui va remplacer les testeurs?? Dis-moi que c'est pas vrai!

---------- Message transféré ----------
Les robots testeurs arrivent-ils?
https://www.lapresse.ca/affaires/techno/2025-03-02/intelligence-artificielle/les-robots-testeurs.php""",
    **N, kind="personal:forwarded-article", mid="zimbra", mid_dom="globetrotter.net")
msg("maman-article-re", "2025-03-03 09:41", ME_V, [MAMAN], "Re: TR: article intéressant",
    """Ha ha non maman, inquiète-toi pas. L'IA aide à écrire des tests, mais il faut encore quelqu'un pour savoir QUOI tester et si le résultat a du bon sens. C'est justement ce que je fais 😉""",
    **N, reply="maman-article", mid="zimbra")
msg("maman-paques", "2025-04-10 18:30", MAMAN, [ME_V, JULIEN], "Pâques à Rimouski?",
    """Bonjour mes amours,

Est-ce que vous montez pour Pâques? Catherine et Mathieu arrivent le vendredi. Je ferais le jambon à l'érable dimanche midi. Léa pourrait chercher des cocos dans la cour s'il fait beau (il reste encore de la neige!).

Dites-moi vite pour que je prépare les lits.

Maman""", **N, mid="zimbra", mid_dom="globetrotter.net")
msg("maman-paques-re", "2025-04-10 20:02", ME_V, [MAMAN], "Re: Pâques à Rimouski?",
    """Oui! On prend le train jeudi soir 17 avril, on arrive vers minuit. Julien a pris son vendredi. On repart lundi.

Pas besoin de venir nous chercher à la gare, on prendra un taxi.""", **N, reply="maman-paques", mid="zimbra")
msg("maman-paques-re2", "2025-04-10 20:31", MAMAN, [ME_V], "Re: Re: Pâques à Rimouski?",
    """Voyons donc, ton père va aller vous chercher, taxi pas taxi! À jeudi ❤️""", **N, reply="maman-paques-re",
    quote=False, mid="zimbra", mid_dom="globetrotter.net")
msg("maman-bien-arrives", "2025-06-30 22:15", MAMAN, [ME_V], "Bien arrivés",
    """On est bien arrivés à Rimouski, 6 heures de route avec un arrêt à Rivière-du-Loup. Ton père a mal au dos mais il dit que ça valait la peine.

Le nouvel appartement est magnifique. La chambre de Léa avec la fenêtre sur la ruelle, c'est parfait. Envoie-moi des photos quand les boîtes seront défaites!

Maman xx""", **N, mid="zimbra", mid_dom="globetrotter.net")

# ---------------------------------------------------------------- Catherine
msg("cath-cadeau-papa", "2025-01-28 20:10", CATH, [ME_V], "cadeau de papa",
    """Salut sœurette!

La fête de papa c'est le 8 février. Je pensais qu'on pourrait se mettre ensemble pour lui acheter le GPS de pêche qu'il regarde depuis 2 ans (environ 280 $). Ça te va de mettre 90 $? Je sais que c'est pas le meilleur moment, dis-moi si c'est trop.

Cath""", **N, mid="gmail")
msg("cath-cadeau-papa-re", "2025-01-28 21:03", ME_V, [CATH], "Re: cadeau de papa",
    """Non non, c'est parfait, je suis pas encore à la rue 😄 Je t'envoie ça par Interac. Tu le commandes?""",
    **N, reply="cath-cadeau-papa", mid="zimbra")
msg("cath-cadeau-papa-re2", "2025-01-28 21:17", CATH, [ME_V], "Re: cadeau de papa",
    """Commandé! Il devrait arriver chez eux le 5. On signera la carte au téléphone 😘""", **N,
    reply="cath-cadeau-papa-re", quote=False, mid="gmail")
msg("cath-cabane", "2025-03-16 11:50", CATH, [ME], "Cabane le 29?",
    """Mathieu a réservé à la Sucrerie de la Montagne… non je niaise, trop cher. On va chez les Dion à Saint-Joseph-du-Lac le samedi 29 mars, midi. On est 8 adultes et 4 enfants. Vous êtes in?""",
    **N, mid="gmail")
msg("cath-cabane-re", "2025-03-16 12:30", ME, [CATH], "Re: Cabane le 29?",
    """IN! Léa parle juste de la tire depuis l'an passé. On amène les œufs dans le sirop? Non attends, c'est eux qui les font.""",
    **N, reply="cath-cabane")
msg("cath-photos-fete", "2025-05-31 16:25", CATH, [ME], "Photos de la fête de Léa 🎈",
    """Voici le lien vers l'album. J'aime particulièrement celle où Léa souffle ses 5 bougies et en éteint 2 😂

https://photos.app.goo.gl/4kQz8rTeNxLm2Pa97

Bonne chance pour les dernières semaines avant le déménagement!""", **N, mid="gmail")
msg("cath-st-jean", "2025-06-19 09:12", CATH, [ME], "St-Jean",
    """On va au parc Maisonneuve le 24 pour le spectacle? On pourrait se retrouver vers 19 h près de l'entrée Pie-IX. J'apporte des chaises.""",
    **N, mid="gmail")
msg("cath-st-jean-re", "2025-06-19 12:48", ME, [CATH], "Re: St-Jean",
    """Parfait! On va rester juste jusqu'aux feux, Léa tient pas plus tard que 22 h. Et moi non plus avec le déménagement le 1er 🫠""",
    **N, reply="cath-st-jean")

# ---------------------------------------------------------------- Priya (EN)
msg("priya-sorry", "2025-01-30 21:36", PRIYA, [ME], "heard about Versant",
    """Gen!

Karim posted about the layoffs on LinkedIn and I saw your name in the comments. I'm so sorry. That company didn't deserve you anyway.

If you want, I can ask around at my place (we're mostly in Toronto but we have a few remote QA folks). Also happy to look at your resume, I've been on the hiring side enough to know what gets skipped.

Call me this weekend? Miss you.
P.""", **N, lang="en", mid="gmail")
msg("priya-sorry-re", "2025-01-31 08:20", ME, [PRIYA], "Re: heard about Versant",
    """Thanks Priya, that means a lot. Honestly I'm OK, a bit in shock but OK. I'd love a second pair of eyes on my resume, I'll send it this weekend.

Sunday afternoon works for a call! Léa wants to show you her new dance moves.

xx G""", **N, lang="en", reply="priya-sorry", qlang="en")
msg("priya-visite", "2025-04-20 14:05", PRIYA, [ME], "Montreal in June!!",
    """Guess who's coming to Montreal for a conference June 12-14?? I'm staying an extra night on the 14th. Dinner? Can I crash at your place or is it full of boxes by then?""",
    **N, lang="en", mid="gmail")
msg("priya-visite-re", "2025-04-20 18:47", ME, [PRIYA], "Re: Montreal in June!!",
    """YES!! It'll be full of boxes but the couch is still there. Saturday 14 dinner at our place, Julien is making his famous tourtière (in June, I know).""",
    **N, lang="en", reply="priya-visite", qlang="en")
msg("priya-merci", "2025-06-16 07:55", PRIYA, [ME], "thank you for the weekend",
    """Back in Toronto. Thank you for everything, the tourtière was life-changing and Léa is the funniest 5-year-old on the planet.

So happy to see you so excited about the new job. Told you it would work out!

P.""", **N, lang="en", mid="gmail")

# ---------------------------------------------------------------- Sophie, Karim, ex-colleagues
msg("sophie-brunch", "2025-01-25 10:13", SOPHIE, [ME], "brunch demain?",
    """Brunch chez Régine demain 10 h 30? J'ai besoin d'un update complet sur la vie. Et de pain doré.""", **N, mid="gmail")
msg("sophie-brunch-re", "2025-01-25 11:02", ME, [SOPHIE], "Re: brunch demain?",
    """Oui!! Mais on va attendre 45 minutes en file, c'est Régine. J'arrive à 10 h 15 pour prendre notre place.""",
    **N, reply="sophie-brunch")
msg("alex-party-depart", "2025-01-16 11:48", "Alexandre Piché <alex.piche@gmail.com>",
    [ME, KARIM, "Nadia Khoury <nadia.khoury@gmail.com>", "Thomas Vachon <tvachon@videotron.ca>"],
    "5 à 7 des ex-Versant 🍻",
    """Salut la gang de (nouveaux) ex-Versant,

Je propose un 5 à 7 jeudi prochain (23 janvier) au Brasseur de Montréal, rue Ottawa. On va trinquer à la réorganisation 🙃 et échanger des contacts.

Dites-moi si vous venez, je réserve une table.

Alex""", **N, mid="gmail")
msg("alex-party-depart-re", "2025-01-16 13:20", ME, ["Alexandre Piché <alex.piche@gmail.com>", KARIM,
    "Nadia Khoury <nadia.khoury@gmail.com>", "Thomas Vachon <tvachon@videotron.ca>"],
    "Re: 5 à 7 des ex-Versant 🍻",
    """Je suis là! Quelqu'un a le contact de Mathilde? Elle n'est plus sur Slack évidemment.""",
    **N, reply="alex-party-depart")
msg("karim-diner", "2025-01-22 09:30", KARIM, [ME], "dîner la semaine prochaine?",
    """Gen, on se fait un dîner mardi? Pas pour parler de job, juste pour manger des dumplings au Qing Hua comme au bon vieux temps. Midi?""",
    **N, mid="outlook")
msg("karim-diner-re", "2025-01-22 10:05", ME, [KARIM], "Re: dîner la semaine prochaine?",
    """Mardi midi parfait. Et c'est sûr qu'on va parler de job 😂""", **N, reply="karim-diner")

# ---------------------------------------------------------------- landlord (current flat)
msg("proprio-renouvellement", "2025-01-31 14:05", "Rosa Ricci <rosaricci.immeubles@gmail.com>", [ME_V],
    "Avis de modification du bail – 6213 rue Chambord, app. 3",
    """Bonjour Madame Bérubé, Monsieur Morin,

Vous trouverez ci-joint l'avis de reconduction et de modification de votre bail pour la période du 1er juillet 2025 au 30 juin 2026.

Nouveau loyer : 1 495 $ par mois (augmentation de 5,9 %), chauffage non inclus.

Conformément au Code civil du Québec, vous disposez d'un mois à compter de la réception de cet avis pour me faire part de votre réponse (acceptation, refus de la modification ou avis de non-reconduction).

Cordialement,
Rosa Ricci""", **N, kind="personal:landlord", mid="gmail",
    atts=[("Avis_modification_bail_app3.pdf", "application/pdf", fake_pdf("Avis de modification du bail"))])
msg("proprio-non-reconduction", "2025-02-20 20:40", ME_V, ["Rosa Ricci <rosaricci.immeubles@gmail.com>"],
    "Re: Avis de modification du bail – 6213 rue Chambord, app. 3",
    """Bonjour Madame Ricci,

Merci pour votre avis. Nous vous informons que nous ne renouvellerons pas le bail et que nous quitterons le logement le 30 juin 2025. Avec Léa qui grandit, il nous faut une chambre de plus.

Nous avons été très heureux chez vous pendant ces cinq ans. Nous vous laisserons évidemment faire visiter le logement; un préavis de 24 heures suffit.

Veuillez considérer ce courriel comme notre avis de non-reconduction (nous vous remettrons aussi une copie papier signée).

Geneviève Bérubé et Julien Morin""", **N, kind="personal:landlord", reply="proprio-renouvellement", cc=[JULIEN],
    quote=False, mid="zimbra")
msg("proprio-reponse", "2025-02-21 09:15", "Rosa Ricci <rosaricci.immeubles@gmail.com>", [ME_V],
    "Re: Avis de modification du bail – 6213 rue Chambord, app. 3",
    """Bonjour Geneviève,

Je comprends très bien, Léa grandit vite! Vous avez été d'excellents locataires. Je vais commencer les visites en mars, je vous appellerai avant.

Bonne chance pour la recherche d'appartement (et de travail, Julien m'en a glissé un mot).

Rosa""", **N, kind="personal:landlord", reply="proprio-non-reconduction", quote=False, mid="gmail")
msg("voisin-deneigement", "2025-02-17 07:20", "Gilles Fortin <gfortin1955@videotron.ca>", [ME_V], "Déneigement cour arrière",
    """Bonjour voisine,

Avec la tempête d'hier, j'ai déneigé l'escalier arrière jusqu'à votre porte. Mais le contracteur a encore laissé un banc de neige devant le garage de Mme Ricci. Si vous lui parlez avant moi, pouvez-vous lui dire?

Gilles (app. 1)""", **N, mid="zimbra")

# ---------------------------------------------------------------- CPE / kids
CPE = "CPE Les Petits Pissenlits <info@cpepetitspissenlits.org>"
msg("cpe-nouvelles-janvier", "2025-01-31 16:00", CPE, [ME_V, JULIEN], "Les nouvelles de janvier – groupe des Coccinelles",
    """Bonjour chers parents,

Quel mois de janvier! Les Coccinelles ont construit un igloo (presque) complet dans la cour et ont appris la chanson « Bonhomme, bonhomme ».

À retenir :
- Février : thème « Les animaux du Grand Nord »
- Apportez des mitaines de rechange, les petites mains se mouillent vite!
- Rappel : le CPE sera fermé le lundi 17 février (journée de formation du personnel).

Merci et bonne fin de semaine,
Stéphanie, éducatrice""", **N, kind="personal:daycare-newsletter", mid="outlook")
msg("cpe-nouvelles-fevrier", "2025-02-28 15:45", CPE, [ME_V, JULIEN], "Nouvelles de février + photo du groupe",
    """Bonjour à toutes les familles,

En février, on a observé des pistes d'animaux dans le parc et fabriqué des ours polaires en ouate. Plusieurs enfants savent maintenant écrire leur prénom! Bravo à Léa, qui a aidé ses amis à lacer leurs bottes.

Photo de groupe en pièce jointe (merci de ne pas la publier sur les réseaux sociaux).

Semaine de relâche : le CPE reste ouvert, mais merci de nous aviser si votre enfant sera absent.

Stéphanie""", **N, kind="personal:daycare-newsletter", mid="outlook",
    atts=[("Coccinelles_fevrier.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00groupe-coccinelles\xff\xd9")])
msg("cpe-fermeture-paques", "2025-04-16 11:00", CPE, [ME_V, JULIEN], "Rappel : fermeture Vendredi saint et lundi de Pâques",
    """Bonjour,

Le CPE sera fermé le vendredi 18 avril et le lundi 21 avril. Joyeuses Pâques à toutes et à tous!

La direction""", **N, kind="personal:daycare-notice", mid="outlook")
msg("cpe-nouvelles-avril", "2025-04-30 16:30", CPE, [ME_V, JULIEN], "Avril chez les Coccinelles 🌱",
    """Chers parents,

Nos semis de tomates et de tournesols ont poussé! Chaque enfant rapportera son petit pot à la maison à la fin mai.

Sortie au Biodôme le 15 mai : nous avons besoin de 3 parents accompagnateurs. Inscrivez-vous sur la feuille à l'entrée.

Les enfants qui partent à la maternelle en septembre auront une petite cérémonie de graduation le 20 juin. Préparez vos mouchoirs 🥲

Stéphanie""", **N, kind="personal:daycare-newsletter", mid="outlook")
msg("cpe-nouvelles-mai", "2025-05-30 15:10", CPE, [ME_V, JULIEN], "Mai : Biodôme, graduation et vacances",
    """Bonjour,

Merci aux parents accompagnateurs de la sortie au Biodôme, les enfants ont adoré les manchots.

Graduation des finissants : vendredi 20 juin à 15 h 30 dans la cour (à l'intérieur en cas de pluie). Les familles sont les bienvenues.

Fermeture estivale : du 21 juillet au 1er août.

Bonne fin de semaine!""", **N, kind="personal:daycare-newsletter", mid="outlook")
msg("natation-lea", "2025-03-24 19:35", "Loisirs Montréal <ne-pas-repondre@loisirs.montreal.ca>", [ME_V],
    "Confirmation d'inscription – Natation Préscolaire 3 (printemps 2025)",
    """Confirmation d'inscription

Participant : Léa Morin
Activité : Natation – Préscolaire 3 (4-5 ans)
Lieu : Centre Père-Marquette, piscine
Horaire : samedis, 9 h 30 à 10 h 15, du 12 avril au 14 juin 2025 (10 séances)
Montant payé : 64,00 $ (résident)

Reçu no 2025-118834

Veuillez présenter votre carte Accès Montréal à l'accueil lors du premier cours.""",
    **N, kind="personal:activity-registration", html=True, brand="Montréal", color="#da291c", mid="uuid",
    mid_dom="loisirs.montreal.ca")
msg("fete-noah", "2025-04-06 20:20", "Mélissa Caron <melissa.caron84@gmail.com>", [ME_V], "Fête de Noah 🦖",
    """Bonjour!

Noah aura 5 ans et il aimerait beaucoup que Léa vienne à sa fête de dinosaures le samedi 26 avril, de 13 h 30 à 16 h, au 6340 rue Bordeaux.

Au menu : chasse aux fossiles, gâteau et bonbons. Pas besoin d'apporter de cadeau, vraiment!

Merci de confirmer d'ici le 20.
Mélissa (maman de Noah)""", **N, mid="gmail")
msg("fete-noah-re", "2025-04-07 08:02", ME_V, ["Mélissa Caron <melissa.caron84@gmail.com>"], "Re: Fête de Noah 🦖",
    """Bonjour Mélissa,

Léa sera ravie! Elle a déjà décidé qu'elle serait un tricératops. À samedi 26!

Geneviève""", **N, reply="fete-noah", mid="zimbra")
msg("doodle-comite-parents", "2025-05-05 12:00", "Doodle <mailer@doodle.com>", [ME_V],
    "Mélissa Caron vous invite à répondre : « Cadeau des éducatrices – rencontre »",
    """Bonjour,

Mélissa Caron vous a invité(e) à participer au sondage « Cadeau des éducatrices – rencontre ».

Options proposées : mar. 13 mai 19 h · mer. 14 mai 19 h · jeu. 15 mai 19 h 30

Participer : https://doodle.com/meeting/participate/id/a8Rk3mPd

Doodle""", **N, kind="personal:poll", html=True, brand="Doodle", color="#0066ff", mid="sendgrid")

# ---------------------------------------------------------------- health
msg("veto-rappel", "2025-01-27 10:00", "Clinique vétérinaire Rosemont <rappels@vetrosemont.ca>", [ME_V],
    "Pixel est dû pour son vaccin annuel",
    """Bonjour Geneviève,

Selon nos dossiers, Pixel (chat, 7 ans) est dû pour son examen annuel et son vaccin contre la rage et le typhus.

Prenez rendez-vous en ligne : https://vetrosemont.ca/rendez-vous ou au 514 555-0133.

Au plaisir de revoir Pixel!
L'équipe de la Clinique vétérinaire Rosemont""", **N, kind="personal:vet", mid="mailgun")
msg("veto-confirmation", "2025-02-01 09:10", "Clinique vétérinaire Rosemont <rappels@vetrosemont.ca>", [ME_V],
    "Confirmation de rendez-vous – Pixel",
    """Votre rendez-vous est confirmé :

Patient : Pixel
Date : mardi 11 février 2025 à 16 h 15
Vétérinaire : Dre Anne-Sophie Rioux

Merci d'arriver 10 minutes à l'avance et de transporter votre chat dans une cage fermée.""",
    **N, kind="personal:vet", mid="mailgun")
msg("clinique-rdv-lea", "2025-02-17 08:45", "Bonjour-santé <noreply@bonjour-sante.ca>", [ME],
    "Confirmation de votre rendez-vous",
    """Bonjour,

Votre rendez-vous a été confirmé.

Patient : Léa Morin
Clinique : GMF Rosemont – Clinique médicale Masson
Date : mercredi 19 février 2025 à 14 h 40
Type : consultation sans rendez-vous planifiée

Veuillez apporter la carte d'assurance maladie de l'enfant.

Pour annuler : répondez ANNULER au SMS reçu ou utilisez le lien ci-dessous.
https://bonjour-sante.ca/annulation/6f28b1""", **N, kind="personal:doctor-appointment", html=True,
    brand="Bonjour-santé", color="#00a0af", mid="sendgrid")
msg("dentiste-rappel", "2025-03-05 09:00", "Centre dentaire Beaubien <rappel@dentairebeaubien.com>", [ME_V],
    "Rappel de rendez-vous – nettoyage",
    """Bonjour Geneviève,

Ceci est un rappel pour votre rendez-vous de nettoyage le lundi 10 mars à 8 h 30 avec Véronique, hygiéniste dentaire.

Répondez « OUI » pour confirmer. Tout rendez-vous annulé moins de 48 h à l'avance pourrait entraîner des frais.

Centre dentaire Beaubien""", **N, kind="personal:dentist", mid="mailgun")
msg("dentiste-rappel-re", "2025-03-05 12:14", ME_V, ["Centre dentaire Beaubien <rappel@dentairebeaubien.com>"],
    "Re: Rappel de rendez-vous – nettoyage", """OUI

Merci, Geneviève Bérubé""", **N, kind="personal:dentist", reply="dentiste-rappel", quote=False, mid="zimbra")
msg("clicsante-resultats", "2025-04-03 13:20", "Carnet santé Québec <ne-pas-repondre@carnetsante.gouv.qc.ca>", [ME],
    "Nouveaux résultats disponibles dans votre Carnet santé",
    """Bonjour,

De nouveaux résultats de laboratoire ont été ajoutés à votre Carnet santé Québec.

Pour les consulter, ouvrez une session : https://carnetsante.gouv.qc.ca

Pour toute question concernant vos résultats, communiquez avec votre professionnel de la santé.""",
    **N, kind="personal:health-portal", cte="8bit")

# ---------------------------------------------------------------- clubs
VB = "Ligue de volleyball récréative Rosemont <ligue@volleyrosemont.ca>"
msg("volley-horaire", "2025-01-17 21:00", VB, [ME], "Horaire session hiver – Équipe « Les Smasheuses »",
    """Bonjour les Smasheuses,

Voici l'horaire de la session d'hiver (gymnase de l'école Père-Marquette, les jeudis) :

23 janv. 20 h – vs Les Bloqueurs fous
30 janv. 21 h – vs Service Compris
6 févr. 20 h – vs Filet Mignon
13 févr. 20 h – vs Les Smash Bros
(suite sur le site)

Rappel : cotisation de 85 $ à payer avant le premier match.

Bonne saison!
Le comité""", **N, kind="personal:club", mid="mailgun")
msg("volley-annule", "2025-03-20 16:40", VB, [ME], "ANNULÉ – matchs du jeudi 20 mars",
    """Le gymnase est fermé ce soir à cause d'un bris de chauffage. Tous les matchs sont reportés au jeudi 3 avril, même heure.

Désolé du court préavis!""", **N, kind="personal:club", mid="mailgun")
msg("volley-series", "2025-04-25 10:30", VB, [ME], "Séries éliminatoires 🏐",
    """Félicitations, Les Smasheuses terminent 3e et participent aux séries!

Demi-finale : jeudi 1er mai, 20 h, terrain 2, contre Filet Mignon.
Finale : jeudi 8 mai, 20 h 30.

BBQ de fin de saison au parc Molson le 17 mai, chacun apporte sa viande.""", **N, kind="personal:club", mid="mailgun")
msg("lecture-fevrier", "2025-02-20 20:30", "Louise Therrien <louise.therrien@videotron.ca>",
    [ME_V, "Sophie Nguyen <sophie.ng.mtl@gmail.com>", "Marie-Claude Roy <mcroy@hotmail.com>", "Anne Dupuis <anne.dupuis@gmail.com>"],
    "Club de lecture – mars",
    """Bonsoir les filles,

Prochaine rencontre : mardi 11 mars chez Marie-Claude, 19 h. On discute de « Kukum » de Michel Jean.

Apportez une bouteille ou un dessert. Pour avril, faites vos propositions!

Louise""", **N, kind="personal:book-club", mid="zimbra")
msg("lecture-avril", "2025-04-02 19:10", "Louise Therrien <louise.therrien@videotron.ca>",
    [ME_V, "Sophie Nguyen <sophie.ng.mtl@gmail.com>", "Marie-Claude Roy <mcroy@hotmail.com>", "Anne Dupuis <anne.dupuis@gmail.com>"],
    "Club de lecture – vote pour avril",
    """Résultats du vote : « Le poids de la neige » l'emporte par une voix devant « Les Testaments ». Rencontre chez moi le mardi 22 avril.

Geneviève, tu nous avais promis ton fameux gâteau aux carottes 😉

Louise""", **N, kind="personal:book-club", mid="zimbra")
msg("lecture-avril-re", "2025-04-02 20:45", ME_V, ["Louise Therrien <louise.therrien@videotron.ca>"],
    "Re: Club de lecture – vote pour avril",
    """Promis, le gâteau aux carottes sera là! Par contre je viens de commencer le livre, je vais devoir lire vite.""",
    **N, kind="personal:book-club", reply="lecture-avril", mid="zimbra")
msg("lecture-juin", "2025-05-28 21:05", "Louise Therrien <louise.therrien@videotron.ca>",
    [ME_V, "Sophie Nguyen <sophie.ng.mtl@gmail.com>", "Marie-Claude Roy <mcroy@hotmail.com>", "Anne Dupuis <anne.dupuis@gmail.com>"],
    "Dernière rencontre avant l'été",
    """Bonsoir,

Pique-nique au parc Laurier le dimanche 15 juin à 11 h pour clore la saison. Chacune apporte un plat et une suggestion de lecture pour l'été.

À très bientôt!
Louise""", **N, kind="personal:book-club", mid="zimbra")
msg("coureurs-rosemont", "2025-04-08 18:00", "Les Coureurs de Rosemont <info@coureursrosemont.ca>", [ME],
    "Reprise des sorties extérieures – avril",
    """Bonjour coureurs et coureuses,

Bonne nouvelle : on reprend les sorties du mardi soir au parc Maisonneuve à partir du 15 avril, 18 h 30, départ devant le Jardin botanique.

Trois groupes : 6 min/km, 5 min 30/km et les « lièvres ». Pour la première sortie, un 5 km tranquille suivi d'un verre à la microbrasserie.

Inscription au Défi Caritatif de juin ouverte sur le site.""", **N, kind="personal:club", html=True,
    brand="Les Coureurs de Rosemont", color="#2b9348", mid="mailgun")
msg("coureurs-juin", "2025-06-04 17:30", "Les Coureurs de Rosemont <info@coureursrosemont.ca>", [ME],
    "Souper de mi-saison et nouveaux chandails",
    """Salut la gang!

Souper de mi-saison le mardi 17 juin après la sortie, à la Brasserie Beaubien. Les nouveaux chandails du club seront distribués (commande payée = chandail!).

On a battu notre record de participation en mai : 46 coureurs un mardi. Merci à vous!""", **N, kind="personal:club",
    html=True, brand="Les Coureurs de Rosemont", color="#2b9348", mid="mailgun")

# ---------------------------------------------------------------- travel
msg("via-reservation", "2025-04-11 21:20", "VIA Rail Canada <reservations@viarail.ca>", [ME],
    "Confirmation de réservation – BQ7R4M",
    """Merci d'avoir choisi VIA Rail.

Numéro de réservation : BQ7R4M
Passagers : Geneviève Bérubé, Julien Morin, Léa Morin (enfant)

Aller : train 14, jeudi 17 avril 2025 — Montréal (18 h 55) → Rimouski (04 h 20)
Retour : train 15, lundi 21 avril 2025 — Rimouski (23 h 05) → Montréal (08 h 44)
Classe : Économie

Total payé : 412,44 $ (TPS/TVQ incluses)

Vos billets électroniques sont joints. Présentez-vous à la gare 30 minutes avant le départ.""",
    **N, kind="personal:travel", html=True, brand="VIA Rail", color="#ffc20e", mid="salesforce",
    atts=[("Billets_BQ7R4M.pdf", "application/pdf", fake_pdf("VIA Rail e-tickets BQ7R4M"))])
msg("via-rappel", "2025-04-16 09:00", "VIA Rail Canada <info@communications.viarail.ca>", [ME],
    "Votre voyage approche : Montréal → Rimouski",
    """Bonjour Geneviève,

Votre départ approche! Train 14, jeudi 17 avril, départ de la gare Centrale à 18 h 55.

Bagages : 2 bagages enregistrés gratuits par adulte en classe Économie.
À bord : le service de restauration est offert jusqu'à 22 h.

Bon voyage!""", **N, kind="personal:travel", html=True, brand="VIA Rail", color="#ffc20e", mid="salesforce")
msg("sepaq-reservation", "2025-05-21 22:10", "Sépaq <reservation@sepaq.com>", [ME],
    "Confirmation de réservation no 25-6612048 – Parc national de la Gaspésie",
    """Bonjour Geneviève Bérubé,

Merci pour votre réservation.

Parc national de la Gaspésie — Camping Mont-Albert, emplacement 58 (services 15 A)
Arrivée : samedi 26 juillet 2025 — Départ : mardi 29 juillet 2025 (3 nuits)
Occupants : 2 adultes, 1 enfant
Droits d'accès : inclus pour la durée du séjour

Total : 198,75 $

Politique d'annulation : des frais s'appliquent pour toute annulation moins de 7 jours avant l'arrivée.""",
    **N, kind="personal:travel", html=True, brand="Sépaq", color="#005a3c", mid="salesforce")
msg("airbnb-perce", "2025-06-10 20:35", "Airbnb <automated@airbnb.com>", [ME],
    "Réservation confirmée – Percé",
    """Faites vos bagages!

Votre séjour à Percé avec Johanne est confirmé.

Chalet avec vue sur le Rocher — 2 chambres
Arrivée : mar. 29 juil. 2025 (à partir de 16 h)
Départ : sam. 2 août 2025 (avant 11 h)
Voyageurs : 3

Code de confirmation : HMZ8K4Q2XP
Total : 1 084,20 $ CA

Envoyer un message à votre hôte : https://www.airbnb.ca/messaging""", **N, kind="personal:travel", html=True,
    brand="airbnb", color="#ff385c", mid="uuid", mid_dom="airbnb.com", tz="utc")
msg("airbnb-hote", "2025-06-24 11:50", "Johanne via Airbnb <express@airbnb.com>", [ME],
    "RE : Réservation pour chalet avec vue sur le Rocher pour 29 juil. - 2 août 2025",
    """Johanne
Bonjour Geneviève! Oui, il y a un lit d'appoint pour la petite et des jouets de plage dans le cabanon. Le code de la porte vous sera envoyé la veille. Bienvenue en Gaspésie! ☀️

Répondre : https://www.airbnb.ca/messaging/thread/1944820177""", **N, kind="personal:travel", html=True,
    brand="airbnb", color="#ff385c", mid="uuid", mid_dom="airbnb.com", tz="utc")

# ---------------------------------------------------------------- extra threads
msg("sophie-souper", "2025-03-12 18:22", SOPHIE, [ME], "souper vendredi 🥂",
    """Réservé au Petit Alep vendredi 19 h, pour 4 (toi, Julien, moi et Max). Je paie le vin, c'est non négociable.""",
    **N, mid="gmail")
msg("cath-fete-lea", "2025-05-12 20:05", ME, [CATH], "Fête de Léa – samedi 31 mai",
    """Allo Cath,

On fait la fête de Léa le samedi 31 mai à 14 h à l'appart (dernier party avant les boîtes!). Thème licornes, évidemment. Mathieu et les cousins sont les bienvenus.

Peux-tu apporter ton appareil photo? Le mien est déjà emballé quelque part.

Gen""", **N)
msg("cath-fete-lea-re", "2025-05-12 21:33", CATH, [ME], "Re: Fête de Léa – samedi 31 mai",
    """On sera là! Je m'occupe des photos et d'un gâteau licorne (si ça ressemble à un cheval, on dira que c'est voulu).""",
    **N, reply="cath-fete-lea", mid="gmail")
msg("julien-premiere-journee", "2025-06-02 07:48", JULIEN, [ME], "bonne première journée ❤️",
    """Je voulais te le dire par écrit aussi : je suis fier de toi. Profite de ta première journée chez Équinoxe, pis fais-leur pas peur avec ta liste de bogues dès le premier jour 😄

Je vais chercher Léa, tu me raconteras tout ce soir.

J""", **N, kind="lookalike:partner-first-day-new-job", mid="outlook")
msg("julien-premiere-journee-re", "2025-06-02 12:31", ME, [JULIEN], "Re: bonne première journée ❤️",
    """Merci ❤️ Tout le monde est super gentil. Rémi m'a emmenée dîner au vietnamien avec l'équipe, j'ai déjà mon portable et mes accès. Je pense que je vais être bien ici.

À ce soir!""", **N, kind="lookalike:reply-partner-first-day", reply="julien-premiere-journee")
msg("communauto-reservation", "2025-06-27 21:10", "Communauto <reservation@communauto.com>", [ME],
    "Confirmation de réservation – samedi 28 juin",
    """Bonjour Geneviève,

Votre réservation est confirmée.

Véhicule : Toyota Corolla familiale (grand format)
Station : Masson / 3e Avenue
Début : samedi 28 juin 2025, 9 h 00
Fin : samedi 28 juin 2025, 14 h 00

Rappel : laissez le véhicule propre et le réservoir au moins au quart.""", **N, kind="personal:car-sharing",
    mid="mailgun")
