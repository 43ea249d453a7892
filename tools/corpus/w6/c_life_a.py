# -*- coding: utf-8 -*-
"""Everyday mail, February - March 2024."""
from mailkit import M, ME, ME_ADDR, ME_OLD, fake_pdf, D

MAMMA = "Anna Esposito <anna.esposito58@libero.it>"
FEDE = "Federica Iovine <fede.iovine@gmail.com>"
DAVIDE = "Davide Sorrentino <davide.sorrentino80@gmail.com>"
VALE = "Valeria Cuomo <valeria.cuomo@hotmail.it>"
MARI = "Marianna De Luca <marianna.deluca@outlook.it>"
GENN = "Gennaro Pirozzi <gennaro.pirozzi@gmail.com>"
OLD = "r.iovine@libero.it"

JPG = lambda n: (n, "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01fake-image-" + n.encode() + b"\xff\xd9")

# ---------------------------------------------------------------- February
M("inps-naspi-ricevuta", "2024-02-01 10:41", "INPS <noreply@inps.it>", "IOVINE ROSSELLA <r.iovine@libero.it>",
  "Ricevuta di presentazione domanda NASpI",
  """Gentile IOVINE ROSSELLA,

la informiamo che la sua domanda di prestazione NASpI (Nuova Assicurazione Sociale per l'Impiego) è stata acquisita con protocollo INPS.4780.01/02/2024.0043981.

La domanda vale anche come Dichiarazione di Immediata Disponibilità (DID) al lavoro, che sarà trasmessa al Centro per l'Impiego competente. Entro 15 giorni sarà convocata per la stipula del Patto di servizio personalizzato.

Potrà seguire lo stato di lavorazione della domanda accedendo con SPID, CIE o CNS al servizio "NASpI: indennità di disoccupazione" su www.inps.it.

Cordiali saluti
Istituto Nazionale della Previdenza Sociale

Questa è una comunicazione automatica, si prega di non rispondere.""",
  mid="generic", kind="lookalike:benefits-application-received")

M("chiaia-hr-documenti", "2024-02-01 15:12", "Ufficio Personale Chiaia Palace <personale@chiaiapalace.it>", OLD,
  "Documenti di fine rapporto – Iovine Rossella",
  """Gentile Rossella,

come concordato, le trasmettiamo in allegato:
– il cedolino di gennaio 2024 (competenze di fine rapporto);
– la copia della comunicazione UNILAV di cessazione;
– il prospetto di calcolo del TFR, che verrà liquidato con le competenze di febbraio.

La Certificazione Unica 2024 le sarà inviata entro il 16 marzo all'indirizzo in copia.

Per qualsiasi chiarimento può rivolgersi a me o al nostro consulente del lavoro, Studio Marino.

Cordiali saluti
Patrizia Serra
Ufficio Personale
Grand Hotel Chiaia Palace – Solaris Hotels Italia S.r.l.""",
  cc=ME_ADDR, mid="generic",
  attach=[("Cedolino_01_2024_Iovine.pdf", "application/pdf", fake_pdf("Cedolino gennaio 2024")),
          ("UNILAV_cessazione.pdf", "application/pdf", fake_pdf("UNILAV cessazione"))],
  kind="former-employer:termination-paperwork")

M("mamma-domenica", "2024-02-02 08:03", MAMMA, OLD, "domenica",
  """Rossè domenica venite a pranzo? Faccio la genovese, papà ha già comprato la carne da Peppe.
Dimmi se viene pure Davide o se fa il turno.
Un bacio a Matteo
mamma""", mid="libero", kind="personal:family")

M("mamma-domenica-re", "2024-02-02 12:47", ME, MAMMA, None,
  """Ciao ma', sì veniamo tutti e tre! Davide smonta dalla notte sabato quindi domenica c'è.
Porto io il dolce, prendo le sfogliatelle da Attanasio.
Un bacio""", reply="mamma-domenica", mid="gmail", kind="personal:family-reply")

M("amazon-order-feb", "2024-02-03 21:18", "Amazon.it <conferma-ordine@amazon.it>", ME_ADDR,
  "Il tuo ordine Amazon.it #405-3318270-9920341",
  """Ciao Rossella,

grazie per il tuo ordine. Ti invieremo una conferma quando l'articolo sarà spedito.

Arrivo previsto: martedì 6 febbraio

Ordine n. 405-3318270-9920341
• Cartellina portadocumenti A4 in ecopelle, nero – 1 pz – 18,90 €
• "Revenue management alberghiero. Strategie e strumenti" (copertina flessibile) – 1 pz – 27,55 €

Totale ordine: 46,45 €
Spedizione gratuita con Prime

Consulta o modifica i tuoi ordini in I miei ordini.

Amazon.it""",
  auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:order-confirmation")

M("enel-feb", "2024-02-03 07:00", "Enel Energia <noreply@enel.com>", OLD,
  "La tua bolletta di Enel Energia è disponibile",
  """Gentile Cliente,

la bolletta n. 004412876530 relativa alla fornitura di energia elettrica in Via Luca Giordano 71, Napoli, è disponibile nell'area clienti.

Importo: 112,34 €
Periodo: dicembre 2023 – gennaio 2024
Scadenza: 23/02/2024
Modalità di pagamento: addebito diretto su conto corrente

Visualizza la bolletta: https://www.enel.it/it/area-clienti

Enel Energia S.p.A. – Società con unico socio""",
  auto_html=True, brand="enel", color="#ff0f64", mid="generic", mid_domain="enel.com", kind="utility:bill")

M("genn-gossip", "2024-02-05 13:20", GENN, ME_ADDR, "hai saputo?",
  """Rossè ciao!
Hai saputo che i nuovi hanno tolto pure il banqueting interno? Adesso esternalizzano tutto a una società di Caserta. Il nuovo direttore parla solo di "efficientamento" 🙄
Io sto resistendo ma non so fino a quando, a marzo rinnovano i contratti a termine e si dice che ne tagliano altri tre.
Tu come stai? Ti stai riposando almeno un poco?
Gennaro""", mid="gmail", kind="personal:ex-colleague")

M("genn-gossip-re", "2024-02-05 22:08", ME, GENN, None,
  """Gennà che tristezza... diciotto anni di banqueting buttati così.
Io sto bene, riposare poco: sto mandando curriculum a destra e a manca e settimana prossima vado alla BIT a Milano a fare un po' di pubbliche relazioni. Se senti di qualcosa fammi sapere.
Tieni duro, e salutami Concetta della cassa!
R.""", reply="genn-gossip", mid="gmail", kind="personal:ex-colleague-reply")

M("bit-registrazione", "2024-02-07 11:34", "BIT Milano <registrazioni@bit.fieramilano.it>", ME_ADDR,
  "Registrazione confermata – BIT 2024 | Operatore professionale",
  """Gentile Rossella Iovine,

la tua registrazione come Operatore professionale per BIT 2024 – Borsa Internazionale del Turismo è confermata.

Date: 11-13 febbraio 2024
Luogo: fieramilanocity – Allianz MiCo, Milano
Categoria: Hospitality / Strutture ricettive
Codice registrazione: BIT24-OP-58820

In allegato trovi il tuo e-badge personale, da mostrare all'ingresso dal telefono o stampato. Il badge è nominativo e non cedibile.

Ti ricordiamo che domenica 11 l'ingresso è aperto anche al pubblico: per le agende di incontri B2B consulta la piattaforma BIT Connect.

Ti aspettiamo!
Segreteria Organizzativa BIT 2024 – Fiera Milano S.p.A.""",
  auto_html=True, brand="BIT 2024 · Borsa Internazionale del Turismo", color="#00558c", mid="sendgrid",
  attach=[("eBadge_BIT2024_Iovine.pdf", "application/pdf", fake_pdf("eBadge BIT 2024"))],
  kind="lookalike:event-registration-confirmed")

M("trenitalia-milano", "2024-02-07 11:52", "Trenitalia <noreply@trenitalia.it>", ME_ADDR,
  "Conferma acquisto – PNR KQ7R2M",
  """Gentile ROSSELLA IOVINE,

grazie per aver acquistato con Trenitalia.

Codice biglietto (PNR): KQ7R2M
Andata – 11/02/2024
Frecciarossa 9516 – Napoli Centrale 07:10 → Milano Centrale 11:45
Carrozza 6, posto 9C – Standard – Offerta Economy

Ritorno – 13/02/2024
Frecciarossa 9561 – Milano Centrale 17:15 → Napoli Centrale 21:50
Carrozza 4, posto 12A – Standard – Offerta Economy

Importo totale: 109,80 €
Pagato con: Visa ****4471

Il biglietto è nominativo. Puoi effettuare il self check-in a partire da 24 ore prima della partenza dall'App Trenitalia.

Buon viaggio!
Trenitalia S.p.A.""",
  auto_html=True, brand="Trenitalia", color="#c8102e", mid="generic", kind="travel:train-ticket")

M("mari-dormire", "2024-02-07 12:15", ME, MARI, "Milano 11-13 febbraio 🙏",
  """Mari ciao!!
Allora è deciso, vengo alla BIT domenica e ci resto fino a martedì. Posso sfruttare il tuo divano come l'altra volta? Giuro che porto i taralli e non ti occupo il bagno la mattina 😅
Se invece hai ospiti nessun problema, prendo un b&b.
Baci""", mid="gmail", kind="personal:friend")

M("mari-dormire-re", "2024-02-07 18:40", MARI, ME, None,
  """Ma certo scema, il divano è tuo! Anzi, ora c'è il divano letto nuovo, un lusso.
Domenica sera però ho la cena con le colleghe, ti unisci? Poi lunedì sono in smart quindi facciamo colazione insieme.
Taralli sugna e pepe per favore, non quelli finti.
M.""", reply="mari-dormire", mid="outlook", kind="personal:friend-reply")

M("ttg-news-1", "2024-02-09 06:15", "TTG Italia <newsletter@ttgitalia.com>", ME_ADDR,
  "BIT al via, l'incognita degli affitti brevi, Napoli record di presenze",
  """TTG Italia – La newsletter del trade turistico
Venerdì 9 febbraio 2024

IN PRIMO PIANO
Napoli chiude il 2023 con un record di presenze: +12% sugli arrivi internazionali. Gli albergatori: "Serve destagionalizzare".

BIT 2024: tre giorni, 1.000 espositori, focus su turismo delle radici e MICE.

Affitti brevi, il Ddl Santanchè e il codice identificativo nazionale: cosa cambia per i gestori.

HOSPITALITY
Le catene internazionali accelerano sul Sud Italia: tre nuove aperture annunciate tra Puglia e Campania.
Revenue: il 2024 sarà l'anno della "total revenue"? Ne parliamo con tre esperti.

Leggi tutte le notizie su ttgitalia.com

Ricevi questa newsletter perché sei iscritta a TTG Italia. Disiscriviti.""",
  auto_html=True, brand="TTG Italia", color="#e30613", mid="sendgrid", kind="newsletter:trade")

M("mensa-ricarica", "2024-02-10 09:02", "Comune di Napoli – Refezione Scolastica <noreply-refezione@comune.napoli.it>",
  OLD, "Ricarica borsellino elettronico effettuata",
  """Gentile utente,
si conferma l'avvenuta ricarica del borsellino elettronico per il servizio di refezione scolastica.

Alunno: SORRENTINO MATTEO
Scuola: I.C. "L. Vanvitelli" – plesso Cimarosa
Importo ricarica: 60,00 €
Saldo disponibile: 71,40 €

Comune di Napoli – Servizio Diritto all'Istruzione""", mid="generic", kind="school:meal-service")

M("banca-ec-gen", "2024-02-10 14:00", "Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>", OLD,
  "Il tuo estratto conto è disponibile",
  """Gentile Cliente,

ti informiamo che nella sezione Archivio dell'app Intesa Sanpaolo Mobile e dell'Internet Banking è disponibile il documento:

Estratto conto n. 1/2024 – Conto XME n. ****2281

Per la tua sicurezza non inseriamo link in questa comunicazione. Accedi sempre dall'app ufficiale o digitando l'indirizzo del sito.

Intesa Sanpaolo S.p.A.""",
  auto_html=True, brand="Intesa Sanpaolo", color="#007a3d", mid="generic", kind="bank:statement")

M("davide-assicurazione", "2024-02-12 07:48", DAVIDE, ME_ADDR, "assicurazione Panda",
  """Amò ti ricordo che il 20 scade l'assicurazione della Panda. Genertel mi ha mandato il rinnovo a 512 euro, mi sembra un furto. Puoi fare un preventivo su prima.it stasera che io sto di notte?
Come va a Milano? Matteo ieri ha fatto i compiti da solo, miracolo
D.""", mid="gmail", kind="personal:partner")

M("davide-assicurazione-re", "2024-02-12 21:33", ME, DAVIDE, None,
  """Ok lo faccio adesso dal telefono. Qua tutto bene, oggi alla fiera ho visto un sacco di gente che conoscevo, ho lasciato biglietti da visita ovunque. Marianna vi saluta.
Bacio a tutti e due, bravo Matteo!!""", reply="davide-assicurazione", mid="gmail", kind="personal:partner-reply")

M("career-news-1", "2024-02-14 07:30", "Carriere & Lavoro <newsletter@carriereelavoro.it>", ME_ADDR,
  "Colloquio di lavoro: le 7 domande più difficili (e come rispondere)",
  """Carriere & Lavoro – la newsletter del mercoledì

Colloquio di lavoro: le 7 domande più difficili (e come rispondere)
"Mi parli di un suo difetto", "Perché ha lasciato il lavoro precedente?", "Dove si vede tra cinque anni?". Ecco come prepararsi senza sembrare recitare a memoria.

Anche: come scrivere una lettera di presentazione che venga letta davvero; NASpI 2024, le novità su importi e durata; smart working, cosa dice il nuovo protocollo.

Il corso del mese: "Personal branding su LinkedIn" – 4 lezioni online, 49 € invece di 89 €.

Leggi la newsletter completa sul sito.
Hai ricevuto questa email perché sei iscritta a Carriere & Lavoro. Cancellati in un clic.""",
  auto_html=True, brand="Carriere & Lavoro", color="#3b5bdb", mid="sendgrid", kind="lookalike:newsletter-interview-tips")

M("zalando-order", "2024-02-14 22:05", "Zalando <info@service-mail.zalando.it>", ME_ADDR,
  "Grazie per il tuo ordine",
  """Ciao Rossella,

abbiamo ricevuto il tuo ordine n. 10105588341227.

Blazer doppiopetto – Mango – blu navy – taglia 42 – 79,99 €
Décolleté in pelle – Geox – nero – 38 – 99,95 €

Totale: 179,94 € (spedizione gratuita)
Metodo di pagamento: Paga dopo 30 giorni con Klarna

Ti invieremo un'email non appena il tuo pacco sarà spedito.

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino""",
  auto_html=True, brand="zalando", color="#ff6900", mid="generic", kind="shopping:order-confirmation")

M("prima-preventivo", "2024-02-15 08:40", "Prima Assicurazioni <noreply@prima.it>", ME_ADDR,
  "Il tuo preventivo RC Auto per FIAT PANDA – FZ 318 KL",
  """Ciao Rossella,
ecco il preventivo che hai calcolato ieri sera.

Veicolo: FIAT PANDA 1.2 – targa FZ***KL
Conducente principale: Davide Sorrentino
Classe di merito: 1

RC Auto: 398,50 €
+ Assistenza stradale: 19,00 €
Totale annuo: 417,50 €

Il preventivo è valido fino al 20/02/2024. Puoi acquistare online e ricevere subito il certificato.

Prima Assicurazioni S.p.A.""",
  auto_html=True, brand="Prima", color="#0c2340", mid="sendgrid", kind="insurance:quote")

M("zalando-ship", "2024-02-16 16:21", "Zalando <info@service-mail.zalando.it>", ME_ADDR,
  "Il tuo pacco è in arrivo",
  """Il tuo ordine 10105588341227 è stato spedito con BRT.

Consegna prevista: 19-20 febbraio
Numero di tracking: 079821004415522

Traccia il pacco dall'app o dal sito Zalando.""",
  auto_html=True, brand="zalando", color="#ff6900", mid="generic", kind="shopping:shipping")

M("li-notif-congrats", D("2024-02-17 09:10", "+0000"), "LinkedIn <notifications-noreply@linkedin.com>", ME,
  "Fai le congratulazioni a Marco Esposito per il nuovo lavoro",
  """Marco Esposito ha iniziato una nuova posizione come Front Office Manager presso Hotel Excelsa Napoli.

Fai le congratulazioni a Marco

Altre novità dalla tua rete:
• Teresa Amato festeggia 5 anni presso Costiera Collection
• Antonio Russo ha condiviso un post: "Il turismo a Napoli nel 2024: cosa ci aspetta"

Visualizza tutte le notifiche: https://www.linkedin.com/notifications/

Ricevi email di notifica da LinkedIn. Annulla l'iscrizione.
© 2024 LinkedIn Ireland Unlimited Company""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin", kind="social:linkedin-network-update")

M("scuola-gita", "2024-02-19 08:12", "Rappresentanti 3ªB Cimarosa <genitori3b.cimarosa@gmail.com>",
  "genitori3b.cimarosa@gmail.com", "Uscita didattica Capodimonte 1 marzo – autorizzazione e quota",
  """Buongiorno a tutti i genitori della 3ªB,

come anticipato dalle maestre, venerdì 1 marzo i bambini andranno al Museo di Capodimonte (laboratorio "Piccoli restauratori").

Vi chiediamo di:
1) firmare l'autorizzazione che i bambini porteranno a casa nel diario entro mercoledì 21;
2) versare la quota di 12 € (pullman + laboratorio) a me o ad Antonella entro venerdì 23, anche con satispay.

Grazie e buona settimana!
Carla (mamma di Sofia) e Antonella (mamma di Gabriele)
Rappresentanti di classe""",
  mid="gmail", kind="school:class-parents")

M("fede-regalo", "2024-02-19 19:05", FEDE, ME_ADDR, "Regalo mamma 3 marzo",
  """Rossè, per il compleanno di mamma pensavo a un weekend alle terme per lei e papà, magari a Ischia in aprile (ora costano poco). Io e Luca mettiamo 150, voi?
Oppure la solita collana di Marlù ma ne ha già tre...
Fammi sapere entro giovedì che prenoto
Fede""", mid="gmail", kind="personal:family")

M("fede-regalo-re", "2024-02-19 21:40", ME, FEDE, None,
  """Terme tutta la vita! Ci stiamo, 150 pure noi. Guarda l'hotel di Lacco Ameno dove andammo con zia, costava poco ed era pulito. Anzi se vuoi chiamo io una collega che ha lavorato lì, magari ci fa un prezzo.""",
  reply="fede-regalo", mid="gmail", kind="personal:family-reply")

M("fede-regalo-re2", "2024-02-20 07:55", FEDE, ME, None,
  """Sì sì chiamala tu che sei la professionista 😄 Due notti, 19-21 aprile, mezza pensione. Poi mi dici il prezzo e faccio il bonifico.""",
  reply="fede-regalo-re", mid="gmail", kind="personal:family-reply")

M("inps-naspi-accolta", "2024-02-20 11:18", "INPS – Servizio notifiche <noreply@inps.it>", "r.iovine@libero.it",
  "Esito domanda NASpI: accolta",
  """Gentile IOVINE ROSSELLA,

la informiamo che la domanda di indennità NASpI protocollo INPS.4780.01/02/2024.0043981 è stata ACCOLTA.

Decorrenza: 08/01/2024
Durata massima: 104 settimane
Modalità di pagamento: accredito su conto corrente IBAN IT** **** **** **** **** 2281

Il dettaglio del calcolo e le date dei pagamenti sono consultabili nel Fascicolo previdenziale del cittadino.

Le ricordiamo che eventuali rapporti di lavoro o attività che dovesse intraprendere durante la percezione dell'indennità devono essere comunicati entro 30 giorni tramite il modello NASpI-Com.

Istituto Nazionale della Previdenza Sociale""",
  mid="generic", kind="lookalike:benefits-application-approved")

M("spotify-prezzo", "2024-02-21 17:00", "Spotify <no-reply@spotify.com>", ME_ADDR,
  "Aggiornamento sul tuo abbonamento Premium Family",
  """Ciao Rossella,

ti scriviamo per informarti che il prezzo del tuo abbonamento Premium Family passerà da 17,99 € a 19,99 € al mese a partire dalla fattura di aprile.

Non devi fare nulla per continuare ad ascoltare senza interruzioni. Se preferisci, puoi cambiare piano o annullare in qualsiasi momento dalla pagina Account.

Grazie per ascoltare con noi,
Il team Spotify""",
  auto_html=True, brand="Spotify", color="#1db954", mid="sendgrid", kind="subscription:price-change")

M("cpi-convocazione", "2024-02-22 10:30", "Centro per l'Impiego di Napoli <cpi.napoli@regione.campania.it>",
  "r.iovine@libero.it", "Convocazione per la stipula del Patto di servizio personalizzato",
  """Gentile Sig.ra IOVINE ROSSELLA,

a seguito della Dichiarazione di Immediata Disponibilità (DID) resa contestualmente alla domanda NASpI, la S.V. è convocata presso il Centro per l'Impiego di Napoli, Via Medina 40, per il colloquio di orientamento e la sottoscrizione del Patto di servizio personalizzato:

martedì 5 marzo 2024 alle ore 9:30 – Sportello 4

Dovrà presentarsi munita di documento di identità, codice fiscale e curriculum vitae aggiornato.

Si ricorda che la mancata presentazione senza giustificato motivo comporta l'applicazione delle sanzioni previste dall'art. 21 del D.Lgs. 150/2015, fino alla decadenza dalla prestazione.

Il Responsabile del Centro per l'Impiego
Regione Campania""",
  mid="generic", kind="lookalike:public-employment-service-convocation")

M("iliad-feb", "2024-02-22 04:12", "iliad <no-reply@iliad.it>", ME_ADDR,
  "La tua fattura iliad è disponibile",
  """Ciao Rossella,
la tua fattura del mese di febbraio è disponibile nell'Area Personale.

Offerta: Giga 150
Importo: 9,99 €
Addebito su carta **** 4471 il 24/02/2024

Grazie per aver scelto iliad.""", mid="generic", kind="utility:phone-bill")

M("amazon-ship-feb", "2024-02-23 13:30", "Amazon.it <spedizione@amazon.it>", ME_ADDR,
  "Spedito: \"Lego City Stazione dei pompieri...\" e altro 1 articolo",
  """Ciao Rossella,
il tuo pacco è stato spedito e arriverà sabato 24 febbraio.

Ordine n. 406-7781203-1129455
Lego City Stazione dei pompieri 60320
Pile stilo AA Duracell, 12 pz

Il pacco sarà consegnato da Poste Italiane. Traccia il pacco: https://www.amazon.it/progress-tracker/

Amazon.it""",
  auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:shipping")

M("feltrinelli-feb", "2024-02-24 10:00", "laFeltrinelli <newsletter@lafeltrinelli.it>", ME_ADDR,
  "Le novità di febbraio e il 15% sui libri per ragazzi",
  """Questo mese in libreria:
– il nuovo romanzo di Maurizio de Giovanni
– "Le otto montagne" in edizione tascabile
– Speciale ragazzi: 15% di sconto su una selezione di titoli per 6-10 anni, fino al 3 marzo

Con la Carta Più accumuli punti su ogni acquisto, anche online.

laFeltrinelli – Disiscriviti""",
  auto_html=True, brand="laFeltrinelli", color="#c4161c", mid="sendgrid", kind="newsletter:shop")

M("vale-colloquio", "2024-02-26 14:55", VALE, ME_ADDR, "indovina chi ha un colloquio 🙈",
  """Rossellaaa
indovina chi ha un colloquio venerdì?? All'Hotel Bellavista di Sorrento, per capo ricevimento! Mi hanno chiamata loro, avevo mandato il cv a gennaio e avevo perso le speranze.
Tu che hai fatto mille colloqui dall'altra parte della scrivania: cosa mi devo aspettare? Mi chiederanno di Opera? Io ho usato solo Protel 😩
E soprattutto: cosa mi metto?
Vale""", mid="outlook", kind="lookalike:friend-own-interview")

M("vale-colloquio-re", "2024-02-26 21:10", ME, VALE, None,
  """Valeee che bello!! Sono contentissima.
Allora: tranquilla per il gestionale, se sai usare Protel in due settimane impari Opera, diglielo così con sicurezza. Ti chiederanno sicuramente come gestisci un cliente arrabbiato (racconta la storia dell'overbooking di agosto, quella è perfetta) e come organizzi i turni.
Vestiti: pantalone scuro, camicia chiara, niente di troppo. Capelli raccolti.
E fai tu una domanda alla fine, tipo quante persone ci sono in reception d'estate. Fa sempre una buona impressione.
Poi mi racconti tutto!!""",
  reply="vale-colloquio", mid="gmail", kind="lookalike:friend-own-interview-reply")

M("fastweb-feb", "2024-02-28 08:00", "Fastweb <fattura@fastweb.it>", OLD,
  "Fastweb: è disponibile la tua fattura di febbraio",
  """Gentile Rossella Iovine,
la fattura n. M000512298 di febbraio è disponibile in MyFastweb.

Importo: 29,95 €
Codice cliente: 7711802
Scadenza: 15/03/2024

Fastweb S.p.A.""", mid="generic", kind="utility:internet-bill")

M("webinar-revenue", "2024-02-29 16:44", "HotelTech Academy <eventi@hoteltechacademy.it>", ME_ADDR,
  "Registrazione confermata: \"Revenue Management 2024: pricing dinamico oltre le OTA\"",
  """Ciao Rossella,

la tua registrazione al webinar è confermata!

"Revenue Management 2024: pricing dinamico oltre le OTA"
Giovedì 7 marzo 2024, 17:00 – 18:15 (CET)
Relatori: Simona Galli (Revenue Strategist), Andrea Forte (Director of Distribution, Lago Hotels)

Il link per partecipare: https://zoom.us/w/8321557740?tk=xr-a91
Aggiungi al calendario: Google | Outlook | iCal

Riceverai la registrazione e le slide entro 48 ore dalla fine dell'evento.

A presto,
HotelTech Academy""",
  auto_html=True, brand="HotelTech Academy", color="#14213d", mid="sendgrid", kind="lookalike:webinar-registration")

M("decathlon-feb", "2024-02-29 18:30", "Decathlon <noreply@newsletter.decathlon.it>", ME_ADDR,
  "🎾 Primavera in arrivo: fino al -30% su sport outdoor",
  """Preparati alla bella stagione!
Fino al -30% su una selezione di articoli per escursionismo, tennis e corsa.
Solo fino al 10 marzo, online e in negozio a Napoli Fuorigrotta e Casoria.

Scopri le offerte

Decathlon Italia S.r.l. – Non vuoi più ricevere email? Disiscriviti""",
  auto_html=True, brand="DECATHLON", color="#0082c3", mid="sendgrid", kind="promo:retail")

# ---------------------------------------------------------------- March
M("mamma-foto-carnevale", "2024-03-01 20:14", MAMMA, OLD, "foto",
  """ti mando le foto di matteo vestito da spiderman alla festa della parrocchia, guarda che faccia.
papà dice che ha preso da te
bacio""", mid="libero",
  attach=[JPG("IMG_20240225_163012.jpg"), JPG("IMG_20240225_163140.jpg")], kind="personal:family-photos")

M("banca-ec-feb", "2024-03-02 14:00", "Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>", OLD,
  "Nuovo documento disponibile in Archivio",
  """Gentile Cliente,

è disponibile un nuovo documento nell'Archivio:
Rendiconto carta di debito XME Card Plus – febbraio 2024

Accedi all'app Intesa Sanpaolo Mobile per consultarlo.

Intesa Sanpaolo S.p.A.""",
  auto_html=True, brand="Intesa Sanpaolo", color="#007a3d", mid="generic", kind="bank:statement")

M("fede-festa", "2024-03-03 22:31", FEDE, ME_ADDR, "che serata",
  """Mamma ha pianto quando ha aperto la busta delle terme 😂 Papà invece ha chiesto "ma si mangia bene?" tipico.
Grazie per la torta, era buonissima. Domani ti giro le foto.
Ps: tua cognata mi ha chiesto di te, le ho detto che stai cercando lavoro e ha detto che sua cugina lavora in una catena di hotel a Roma, se vuoi ti passo il contatto. Fammi sapere""",
  mid="gmail", kind="personal:family")

M("vinted-venduto", "2024-03-04 12:03", "Vinted <no-reply@vinted.it>", ME_ADDR,
  "Hai venduto un articolo! 🎉",
  """Ciao rossella_na84,

buone notizie: "Borsa a spalla Furla Metropolis nera" è stata acquistata da giuly_vomero.

Importo: 65,00 €
Hai 5 giorni lavorativi per spedire l'articolo. Stampa l'etichetta di spedizione prepagata dalla conversazione con l'acquirente.

Riceverai il pagamento nel tuo Saldo Vinted quando l'acquirente confermerà che è tutto a posto.

Il team Vinted""",
  auto_html=True, brand="Vinted", color="#007782", mid="sendgrid", kind="lookalike:marketplace-sold")

M("cpi-patto", "2024-03-05 11:47", "Centro per l'Impiego di Napoli <cpi.napoli@regione.campania.it>",
  "r.iovine@libero.it", "Patto di servizio personalizzato – copia per l'utente",
  """Gentile Sig.ra Iovine,

in allegato copia del Patto di servizio personalizzato sottoscritto in data odierna, con il profilo occupazionale e le azioni concordate:

– profilo: 3.4.1.2.1 Tecnici delle attività ricettive e professioni assimilate / 1.2.2.5.1 Direttori e dirigenti del settore turismo;
– cluster Programma GOL: percorso 2 – Aggiornamento (upskilling);
– disponibilità alla mobilità: Regione Campania, Lazio, Lombardia;
– attività: ricerca attiva con almeno 2 candidature al mese, partecipazione alle iniziative di preselezione, colloquio di verifica entro 90 giorni.

Le vacancy gestite dal Centro sono consultabili sul portale regionale Cliclavoro Campania.

Cordiali saluti
Dott.ssa M. Caiazzo – Operatrice CPI Napoli""",
  mid="generic", attach=[("Patto_servizio_IOVINE.pdf", "application/pdf", fake_pdf("Patto di servizio personalizzato"))],
  kind="lookalike:public-employment-service-agreement")

M("vinted-spedizione", "2024-03-05 18:20", "Vinted <no-reply@vinted.it>", ME_ADDR,
  "Promemoria: spedisci l'ordine a giuly_vomero",
  """Ciao rossella_na84,
ricordati di spedire "Borsa a spalla Furla Metropolis nera" entro l'11/03. Porta il pacco chiuso con l'etichetta in un punto InPost o ufficio postale.
Grazie!""", mid="sendgrid", kind="marketplace:reminder")

M("scuola-colloqui", "2024-03-06 13:00", "I.C. L. Vanvitelli <naic8bx00q@istruzione.it>", OLD,
  "Colloqui scuola-famiglia II quadrimestre – prenotazione su registro elettronico",
  """Si comunica ai genitori degli alunni della scuola primaria che i colloqui individuali scuola-famiglia del secondo quadrimestre si svolgeranno in presenza

dal 18 al 22 marzo 2024, dalle ore 16:30 alle 18:30.

La prenotazione del colloquio con i docenti avviene esclusivamente tramite il registro elettronico (sezione "Colloqui"), a partire da lunedì 11 marzo. Ogni colloquio ha una durata di 10 minuti.

Il Dirigente Scolastico
Prof.ssa Rosaria Mele""",
  mid="generic", kind="lookalike:school-parent-teacher-colloqui")

M("asl-cup", "2024-03-07 09:12", "CUP Regione Campania <noreply@soresa.it>", OLD,
  "Conferma prenotazione prestazione sanitaria",
  """Gentile IOVINE ROSSELLA,

la prenotazione è confermata:

Prestazione: VISITA DERMATOLOGICA
Struttura: ASL Napoli 1 Centro – DS 26 – Via Winspeare 46
Data: 29/04/2024 ore 10:40
Codice prenotazione: 24NA1-0093381
Ticket: esente (cod. E02)

In caso di impossibilità la preghiamo di disdire almeno 48 ore prima tramite il portale o il numero verde 800 01 44 04.""",
  mid="generic", kind="health:appointment")

M("douglas-donna", "2024-03-08 08:00", "Douglas Italia <newsletter@douglas.it>", ME_ADDR,
  "Per te, Rossella: un'offerta speciale per l'8 marzo 💐",
  """Solo oggi: -25% su tutti i profumi donna con il codice DONNA24.
Spedizione gratuita a partire da 29 €.

E un regalo esclusivo per le clienti Beauty Card: la pochette primavera.

Douglas Italia S.p.A. – Cancella iscrizione""",
  auto_html=True, brand="DOUGLAS", color="#9bdcd2", mid="sendgrid", kind="promo:retail-offer")

M("genn-referenza", "2024-03-09 19:35", GENN, ME_ADDR, "un favore grande",
  """Rossè scusa il disturbo. Alla fine mi sono deciso, ho mandato il cv al Bellevue di Capri per il posto di head concierge (stagionale ma pagano bene). Mi hanno chiesto due referenze e io ho pensato a te e a Mr. Keller. Ti scoccia se ti contattano? Ti chiamerebbe la loro HR, una certa Dr.ssa Gargiulo.
Grazie mille, ti devo una pizza da Concettina
G.""", mid="gmail", kind="personal:ex-colleague-favour")

M("genn-referenza-re", "2024-03-10 09:22", ME, GENN, None,
  """Ma figurati Gennà, dai pure il mio nome, scrivo volentieri che sei il miglior concierge che ho visto in quindici anni (ed è vero). La pizza me la prendo comunque!""",
  reply="genn-referenza", mid="gmail", kind="personal:ex-colleague-reply")

M("career-compass-en", D("2024-03-11 12:00", "+0000"), "Career Compass <hello@careercompass.co>", ME_ADDR,
  "How to answer \"Why did you leave your last job?\"",
  """This week on Career Compass

How to answer "Why did you leave your last job?"
Restructuring, a new owner, burnout – whatever the reason, recruiters mostly want to know one thing: will this happen again? Three frameworks to answer honestly without oversharing.

Also:
• 5 questions to ask at the end of every interview
• The salary negotiation email template our readers love
• Reader story: from hotel GM to customer success in 6 months

Read online · Manage preferences · Unsubscribe
Career Compass, 548 Market St, San Francisco, CA""",
  auto_html=True, brand="Career Compass", color="#7c3aed", mid="sendgrid", lang="en",
  kind="lookalike:newsletter-career-advice")

M("poste-pacco", "2024-03-12 10:44", "Poste Italiane <noreply@posteitaliane.it>", OLD,
  "La tua spedizione è in consegna",
  """Gentile cliente,
la spedizione con codice 3UW1Z88390421 è in consegna oggi presso l'indirizzo indicato.
Mittente: ACQUA DI PARMA SRL
Se non sarai presente, ti lasceremo un avviso e potrai ritirarla presso l'Ufficio Postale di Napoli 37.

Poste Italiane""", mid="generic", kind="shipping:courier")

M("davide-calcio", "2024-03-13 12:15", DAVIDE, ME_ADDR, "stasera",
  """Stasera chi porta Matteo a calcio? Io esco alle 19 dal reparto, non ce la faccio per le 18. Puoi tu? Poi lo vado a prendere io alle 19:30 al campo.""",
  mid="gmail", kind="personal:partner")

M("davide-calcio-re", "2024-03-13 12:42", ME, DAVIDE, None,
  """Lo porto io, tranquillo. Domani ho Sorrento alle 11 quindi stasera vado a letto presto, la cena la fai tu 😘""",
  reply="davide-calcio", mid="gmail", kind="personal:partner-reply")

M("ttg-news-2", "2024-03-14 06:15", "TTG Italia <newsletter@ttgitalia.com>", ME_ADDR,
  "Pasqua, prenotazioni in crescita. Costiera, i nodi del personale stagionale",
  """TTG Italia – Giovedì 14 marzo 2024

Pasqua 2024: prenotazioni alberghiere a +8% rispetto al 2023, trainano gli stranieri.

Costiera Amalfitana e Sorrentina: mancano ancora 2.000 stagionali, gli albergatori chiedono alloggi per il personale.

MICE: Roma e Milano si contendono i grandi congressi medici del 2025.

Tecnologia: le PMS in cloud conquistano gli alberghi indipendenti.

Leggi su ttgitalia.com | Disiscriviti""",
  auto_html=True, brand="TTG Italia", color="#e30613", mid="sendgrid", kind="newsletter:trade")

M("pbs-candidatura", "2024-03-15 16:02", "Partenope Business School – Admissions <admissions@partenopebs.it>", ME_ADDR,
  "Candidatura ricevuta – Executive Master in Hospitality & Revenue Management",
  """Gentile Rossella Iovine,

abbiamo ricevuto la sua candidatura all'Executive Master in Hospitality & Revenue Management (EMHRM), edizione 2024/25, formula weekend.

Il suo dossier (CV, lettera motivazionale, copia del titolo di studio) è completo e sarà esaminato dalla Commissione di ammissione. Entro due settimane riceverà l'invito al colloquio di ammissione e al test di inglese.

Le ricordiamo che il Master è finanziabile tramite voucher del Programma GOL della Regione Campania: i dettagli nella sezione "Borse e agevolazioni".

Cordiali saluti,
Ufficio Admissions
Partenope Business School – Via Chiatamone 7, Napoli""",
  auto_html=True, brand="Partenope Business School", color="#1b3b6f", mid="generic",
  kind="lookalike:university-course-application")

M("amazon-lego", "2024-03-16 11:05", "Amazon.it <conferma-ordine@amazon.it>", ME_ADDR,
  "Il tuo ordine Amazon.it #403-0091822-6612345",
  """Ciao Rossella,
grazie per il tuo ordine!

LEGO Technic Auto da rally 42160 – 1 pz – 34,99 €
Biglietto d'auguri "8 anni" – 1 pz – 3,90 €

Arrivo previsto: lunedì 18 marzo
Totale: 38,89 €

Amazon.it""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:order-confirmation")

M("condominio-conv", "2024-03-18 17:30", "Studio Ferraro Amministrazioni <amministrazione@studioferraro.na.it>",
  "condomini.lucagiordano71@studioferraro.na.it", "Condominio Via L. Giordano 71 – convocazione assemblea ordinaria",
  """Gentili condomini,

si trasmette in allegato la convocazione dell'assemblea ordinaria che si terrà in prima convocazione il 4 aprile 2024 alle ore 7:00 e, in seconda convocazione,

lunedì 8 aprile 2024 alle ore 18:30 presso lo Studio, Via Scarlatti 112.

Ordine del giorno:
1. Approvazione rendiconto 2023;
2. Preventivo 2024 e riparto;
3. Rifacimento facciata lato cortile: esame preventivi;
4. Varie ed eventuali.

Si ricorda che gli inquilini possono partecipare per le delibere relative al riscaldamento e alle spese ordinarie.

Rag. Antonio Ferraro""",
  mid="generic",
  attach=[("Convocazione_assemblea_08_04_2024.pdf", "application/pdf", fake_pdf("Convocazione assemblea"))],
  kind="housing:condominium")

M("mari-ristorante", "2024-03-19 13:40", MARI, ME_ADDR, "il nome del posto",
  """Ecco, ti ricordavi bene: si chiama "Trippa", in via Giovenale. Quello dove abbiamo mangiato i mondeghili. Se torni a Milano ci andiamo di nuovo, ho già prenotato mentalmente.
Come va la ricerca? Qui a Milano c'è un mondo di alberghi nuovi, non ti dico niente... 😉
Un bacio grande""", mid="outlook", kind="personal:friend")

M("pbs-colloquio", "2024-03-20 10:15", "Partenope Business School – Admissions <admissions@partenopebs.it>", ME_ADDR,
  "Invito al colloquio di ammissione – EMHRM 2024/25",
  """Gentile Rossella Iovine,

la Commissione ha esaminato il suo dossier e siamo lieti di invitarla al colloquio motivazionale di ammissione all'Executive Master in Hospitality & Revenue Management.

Il colloquio (20 minuti) sarà condotto dal Direttore del Master, prof. Gianluca Varriale, e sarà seguito da un breve test di inglese orale. Può scegliere tra le seguenti date, in presenza o su Zoom:

– martedì 26 marzo, ore 15:00 o 16:00
– mercoledì 27 marzo, ore 10:00

La preghiamo di rispondere a questa email indicando la sua preferenza.

Cordiali saluti,
Ufficio Admissions – Partenope Business School""",
  mid="generic", kind="lookalike:university-admission-interview")

M("pbs-colloquio-re", "2024-03-20 18:48", ME, "Partenope Business School – Admissions <admissions@partenopebs.it>", None,
  """Buonasera,

grazie per l'invito. Confermo il colloquio di martedì 26 marzo alle ore 16:00, in presenza.

Cordiali saluti,
Rossella Iovine""", reply="pbs-colloquio", mid="gmail", kind="lookalike:university-interview-confirm")

M("banca-carta-alert", "2024-03-22 19:58", "Intesa Sanpaolo <notifiche@intesasanpaolo.com>", OLD,
  "Pagamento con carta XME Card Plus",
  """Ti informiamo che è stato effettuato un pagamento di 89,90 EUR con la carta ****4471 presso DECATHLON NAPOLI FUORIGROTTA il 22/03/2024 alle 19:57.

Se non riconosci l'operazione chiama subito il numero verde 800.303.303.

Intesa Sanpaolo""", mid="generic", kind="bank:card-alert")

M("mattino-news", "2024-03-23 07:00", "Il Mattino <newsletter@ilmattino.it>", ME_ADDR,
  "Il Buongiorno del Mattino – sabato 23 marzo",
  """Le notizie di oggi in Campania

• Metro Linea 1, nuova stazione Centro Direzionale: apertura slitta a dicembre
• Bagnoli, via libera al piano per la colmata
• Napoli, il Maradona resta: il Comune prepara il bando per la ristrutturazione
• Pasqua, traffico da bollino rosso sulla Napoli-Salerno

Leggi tutto su ilmattino.it
Ricevi questa newsletter perché sei iscritta. Cancellati.""",
  auto_html=True, brand="IL MATTINO", color="#00224c", mid="sendgrid", kind="newsletter:news")

M("mamma-pasqua", "2024-03-25 09:34", MAMMA, OLD, "pasqua",
  """rosse per pasqua siamo da noi, viene pure fede con luca e i bambini. tu porta la pastiera che la tua viene meglio della mia (non dirlo a zia Lucia).
pasquetta andiamo a Sorrento da zio Ciro se il tempo regge
mamma""", mid="libero", kind="personal:family")

M("mamma-pasqua-re", "2024-03-25 13:12", ME_OLD, MAMMA, None,
  """Ok ma', la pastiera la faccio giovedì così riposa. Due o una? Per pasquetta Davide lavora, veniamo solo io e Matteo in treno.
Baci""", reply="mamma-pasqua", mid="libero", kind="personal:family-reply")

M("amazon-lego-ship", "2024-03-26 09:02", "Amazon.it <spedizione@amazon.it>", ME_ADDR,
  "Consegnato: il tuo pacco", """Il tuo pacco è stato consegnato.
Consegnato a: portineria
LEGO Technic Auto da rally 42160 e altro 1 articolo

Com'è andata la consegna? Valutala ora.
Amazon.it""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:delivered")

M("subito-seggiolino", "2024-03-27 14:09", "Subito <noreply@subito.it>", ME_ADDR,
  "Un utente è interessato al tuo annuncio",
  """Ciao Rossella,

hai ricevuto un nuovo messaggio per il tuo annuncio "Seggiolino auto Chicco gruppo 2/3 – ottimo stato".

Ciro_84 ha scritto:
"Salve, è ancora disponibile? Lo farebbe a 40 euro? Posso passare domani al Vomero."

Rispondi subito: gli utenti che rispondono entro un'ora vendono il doppio.
https://www.subito.it/messaggi/conv-3e90a1b572

Il team di Subito""",
  auto_html=True, brand="subito", color="#f9423a", mid="sendgrid", kind="lookalike:marketplace-interested-in-item")

M("volontari-banco", "2024-03-28 12:00", "Banco Alimentare Campania <volontari@bancoalimentarecampania.it>", ME_ADDR,
  "Grazie! La tua iscrizione come volontaria è confermata",
  """Cara Rossella,

grazie per aver dato la tua disponibilità come volontaria per la raccolta alimentare straordinaria di Pasqua.

Turno: sabato 30 marzo, 9:00 – 13:00
Punto vendita: Conad Superstore, Via Cilea, Napoli
Referente di punto: Gianni (tel. 333 410 7781)

Ti chiediamo di presentarti 10 minuti prima per ritirare la pettorina. Porta con te tanta pazienza e un sorriso!

A sabato,
Banco Alimentare Campania ODV""",
  mid="generic", kind="lookalike:volunteer-signup")

M("pbs-ammissione", "2024-03-29 12:30", "Partenope Business School – Admissions <admissions@partenopebs.it>", ME_ADDR,
  "Esito ammissione – Executive Master in Hospitality & Revenue Management",
  """Gentile Rossella Iovine,

siamo lieti di comunicarle che, a seguito del colloquio e della valutazione del suo profilo, la Commissione ha deliberato la sua AMMISSIONE all'Executive Master in Hospitality & Revenue Management, edizione 2024/25.

Le è stata inoltre assegnata una riduzione del 30% della quota di partecipazione per merito.

Per confermare il posto è necessario versare la prima rata (1.200 €) e restituire firmato il contratto formativo entro il 12 aprile 2024. In mancanza, il posto sarà assegnato al primo candidato in lista d'attesa.

Congratulazioni e benvenuta!
Prof. Gianluca Varriale – Direttore del Master
Partenope Business School""",
  auto_html=True, brand="Partenope Business School", color="#1b3b6f", mid="generic",
  attach=[("Contratto_formativo_EMHRM.pdf", "application/pdf", fake_pdf("Contratto formativo"))],
  kind="lookalike:university-admission-offer")

M("conad-pasqua", "2024-03-30 07:45", "Conad <offerte@newsletter.conad.it>", ME_ADDR,
  "Le offerte di Pasqua ti aspettano 🐣",
  """Colombe, uova e tutto per il pranzo di Pasqua a prezzi bassi e fissi.
Fino al 1° aprile: colomba artigianale a 7,90 €, agnello nazionale -20%.
Vieni nel tuo Conad Superstore di via Cilea.

Conad – Persone oltre le cose. Disiscriviti""",
  auto_html=True, brand="CONAD", color="#e30613", mid="sendgrid", kind="promo:grocery-offer")

M("palestra-scadenza", "2024-03-30 09:00", "Vomero Fitness Club <info@vomerofitness.it>", ME_ADDR,
  "Il tuo abbonamento scade tra 7 giorni",
  """Ciao Rossella,
il tuo abbonamento trimestrale Open scade il 6 aprile 2024.
Rinnova in reception o dall'app entro la scadenza: per te 10% di sconto sul semestrale.
Ti aspettiamo!
Vomero Fitness Club – Via Kerbaker""", mid="generic", kind="club:gym")

M("wetransfer-fede", D("2024-03-31 20:42", "+0000"), "WeTransfer <noreply@wetransfer.com>", ME_ADDR,
  "fede.iovine@gmail.com ti ha inviato dei file tramite WeTransfer",
  """fede.iovine@gmail.com ti ha inviato dei file

24 elementi, 118 MB in totale – Scade il 7 aprile 2024

"Le foto di Pasqua!! Guarda Matteo con la pastiera in faccia 😂"

Scarica i file: https://we.tl/t-Qm3Jx81ZkP

WeTransfer""",
  auto_html=True, brand="WeTransfer", color="#409fff", mid="sendgrid", kind="personal:file-share")
