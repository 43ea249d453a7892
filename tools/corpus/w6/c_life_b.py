# -*- coding: utf-8 -*-
"""Everyday mail, April - May 2024."""
from mailkit import M, ME, ME_ADDR, ME_OLD, fake_pdf, D
from c_life_a import MAMMA, FEDE, DAVIDE, VALE, MARI, GENN, OLD, JPG

# ---------------------------------------------------------------- April
M("inps-cassetto-apr", "2024-04-02 08:30", "INPS – Servizio notifiche <noreply@inps.it>", OLD,
  "Nuovo messaggio nella tua area MyINPS",
  """Gentile IOVINE ROSSELLA,
è presente un nuovo messaggio nella sua area riservata MyINPS, sezione "Le mie notifiche".

Oggetto: Pagamento prestazione NASpI – mensilità di marzo 2024

Per visualizzarlo acceda a www.inps.it con SPID, CIE o CNS.
INPS""", mid="generic", kind="benefits:payment-notice")

M("mamma-festa-matteo", "2024-04-02 17:20", MAMMA, OLD, "festa matteo",
  """la festa la fate alla ludoteca o a casa? Io faccio i panini e le pizzette come l'anno scorso, dimmi quanti bambini sono. Papà vuole comprare la bici nuova ma gli ho detto di chiedere a te prima
mamma""", mid="libero", kind="personal:family")

M("mamma-festa-matteo-re", "2024-04-03 08:05", ME_OLD, MAMMA, None,
  """Ma' alla ludoteca Il Trenino, sabato 13 alle 16. Sono 18 bambini della classe più i cugini, quindi facciamo 30 pizzette e 30 panini, grazie!! La bici va benissimo, la sua è piccola ormai. Digli di prenderla blu però, non rossa, che rossa "è da piccoli" 🙄""",
  reply="mamma-festa-matteo", mid="libero", kind="personal:family-reply")

M("pbs-rinuncia", "2024-04-05 10:10", ME, "Partenope Business School – Admissions <admissions@partenopebs.it>",
  "Re: Esito ammissione – Executive Master in Hospitality & Revenue Management",
  """Gentile Ufficio Admissions,

vi ringrazio molto per l'ammissione e per la riduzione assegnata, ne sono davvero contenta.

Sto però attraversando una fase di cambiamento professionale e con ogni probabilità dopo l'estate mi trasferirò fuori Napoli, per cui non riuscirei a garantire la frequenza dei weekend in sede. Vi chiedo quindi se è possibile rinviare l'iscrizione all'edizione 2025/26, mantenendo l'ammissione; in caso contrario, devo purtroppo rinunciare al posto.

Resto in attesa di un vostro riscontro.

Cordiali saluti,
Rossella Iovine""", reply="pbs-ammissione", quote=False, mid="gmail", kind="lookalike:university-place-withdrawal")

M("pbs-rinuncia-re", "2024-04-08 11:45", "Partenope Business School – Admissions <admissions@partenopebs.it>", ME_ADDR, None,
  """Gentile Rossella,

grazie per averci informato. Il regolamento prevede la possibilità di differire l'ammissione di un anno: abbiamo registrato la sua richiesta e la contatteremo a gennaio 2025 per l'edizione successiva, con la stessa riduzione.

In bocca al lupo per i suoi progetti!
Ufficio Admissions""", reply="pbs-rinuncia", mid="generic", kind="lookalike:university-deferral-confirmed")

M("amazon-festa", "2024-04-05 22:51", "Amazon.it <conferma-ordine@amazon.it>", ME_ADDR,
  "Il tuo ordine Amazon.it #408-6620193-4410077",
  """Grazie per il tuo ordine, Rossella.

Set festa di compleanno "Calcio" – piatti, bicchieri, tovaglioli per 24 persone – 19,99 €
Palloncini numero 8 oro, 100 cm – 6,49 €
Candeline pallone – 4,20 €

Arrivo previsto: mercoledì 10 aprile
Totale: 30,68 €""",
  auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:order-confirmation")

M("fastweb-mar", "2024-04-06 08:00", "Fastweb <fattura@fastweb.it>", OLD,
  "Fastweb: è disponibile la tua fattura di marzo",
  """Gentile Rossella Iovine,
la fattura n. M000611873 di marzo è disponibile in MyFastweb.
Importo: 29,95 €
Scadenza: 15/04/2024
Fastweb S.p.A.""", mid="generic", kind="utility:internet-bill")

M("bellevue-referenze", "2024-04-08 15:03", "Dr.ssa Rita Gargiulo <hr@bellevuecapri.com>", ME_ADDR,
  "Richiesta referenze – Sig. Gennaro Pirozzi",
  """Gentile Sig.ra Iovine,

il Sig. Gennaro Pirozzi ha presentato la sua candidatura per la posizione di Head Concierge presso il nostro hotel per la stagione 2024 e ci ha indicato il suo nominativo come referenza, in qualità di sua responsabile presso il Grand Hotel Chiaia Palace.

Le sarei grata se potesse rispondere brevemente alle seguenti domande:
1. Per quanto tempo e in quale ruolo ha lavorato con il Sig. Pirozzi?
2. Come valuterebbe la sua affidabilità e la capacità di gestire ospiti di alto profilo?
3. Lo riassumerebbe nel suo team?

Naturalmente le sue risposte saranno trattate con la massima riservatezza.

La ringrazio anticipatamente per la collaborazione.

Cordiali saluti,
Dr.ssa Rita Gargiulo
Human Resources Manager
Hotel Bellevue Capri – Bellevue Capri S.r.l.""",
  mid="generic", kind="lookalike:reference-request-for-someone-else")

M("bellevue-referenze-re", "2024-04-08 21:26", ME, "Dr.ssa Rita Gargiulo <hr@bellevuecapri.com>", None,
  """Gentile Dr.ssa Gargiulo,

rispondo con piacere.

1. Ho lavorato con Gennaro Pirozzi dal 2016 al gennaio 2024 al Grand Hotel Chiaia Palace; era concierge e dal 2019 capo concierge, e negli ultimi anni collaborava direttamente con il mio ufficio commerciale per i clienti VIP e i gruppi incentive.
2. È una delle persone più affidabili con cui abbia lavorato. Conosce Napoli, la Costiera e le isole come pochi, parla un ottimo inglese e si fa voler bene dagli ospiti più esigenti (abbiamo avuto diverse star e delegazioni diplomatiche, sempre senza un problema).
3. Sì, senza alcuna esitazione.

Resto a disposizione anche telefonicamente al 347 218 5530.

Cordiali saluti,
Rossella Iovine""", reply="bellevue-referenze", mid="gmail", kind="lookalike:reference-given-for-someone-else")

M("vale-news", "2024-04-09 13:02", VALE, ME_ADDR, "MI HANNO PRESA!!!!",
  """Rossella mi hanno presa!!! Capo ricevimento al Bellavista, inizio il 22 aprile fino a fine ottobre. Alla fine il colloquio è andato benissimo, mi hanno chiesto proprio del cliente arrabbiato e io ho raccontato dell'overbooking e il direttore rideva 😂
Ti devo una cena, anzi due.
E tu? Ci sono novità? Ho sentito che Temporis cerca gente per la Costiera, vuoi che chieda?
Vale""", mid="outlook", kind="lookalike:friend-got-job")

M("vale-news-re", "2024-04-09 20:30", ME, VALE, None,
  """Lo sapevo!!! Brava brava brava. Te lo meriti tutto.
Io un po' di colloqui li sto facendo, ma niente di concreto ancora. Temporis mi conosce già, grazie lo stesso.
La cena la accetto: prima che inizi la stagione, che poi sparisci fino a novembre!""",
  reply="vale-news", mid="gmail", kind="personal:friend-reply")

M("prestito-ricevuta", "2024-04-10 10:22", "CreditoFacile <noreply@creditofacile.it>", ME_ADDR,
  "Abbiamo ricevuto la tua richiesta di prestito",
  """Gentile Rossella Iovine,

grazie per aver scelto CreditoFacile. La tua richiesta di prestito personale è stata registrata con il numero PR-2024-0418832.

Importo richiesto: 9.000,00 €
Durata: 60 mesi
Finalità: acquisto auto usata
Rata indicativa: 178,40 € (TAN 7,49% – TAEG 8,12%)

La tua pratica è ora in valutazione. Potremmo chiederti ulteriori documenti per completare l'istruttoria.

CreditoFacile S.p.A. – Intermediario finanziario iscritto all'Albo ex art. 106 TUB""",
  auto_html=True, brand="CreditoFacile", color="#00857c", mid="sendgrid", kind="lookalike:loan-application-received")

M("prestito-documenti", "2024-04-11 09:40", "CreditoFacile – Istruttoria <istruttoria@creditofacile.it>", ME_ADDR,
  "Pratica PR-2024-0418832: documenti necessari",
  """Gentile Cliente,

per proseguire la valutazione della sua richiesta abbiamo bisogno dei seguenti documenti relativi al coobbligato Sig. Davide Sorrentino, titolare del reddito principale:

– ultime due buste paga;
– Certificazione Unica 2024;
– documento d'identità e tessera sanitaria.

Può caricarli nell'area riservata o rispondere a questa email allegandoli in formato PDF.

Cordiali saluti
Ufficio Istruttoria – CreditoFacile S.p.A.""",
  mid="generic", kind="lookalike:loan-documents-request")

M("rappresentanti-colletta", "2024-04-12 09:10", "Rappresentanti 3ªB Cimarosa <genitori3b.cimarosa@gmail.com>",
  "genitori3b.cimarosa@gmail.com", "Regalo maestra Patrizia",
  """Ciao a tutti,
la maestra Patrizia va in pensione a giugno 😢 Pensavamo di farle un regalo tutti insieme: una borsa di pelle + un album con i disegni dei bambini. Quota 10 € a famiglia, entro fine aprile.
Chi vuole aiutare con l'album ci scriva!
Carla e Antonella""", mid="gmail", kind="school:class-parents")

M("ludoteca-conferma", "2024-04-12 18:05", "Ludoteca Il Trenino <iltrenino.vomero@gmail.com>", ME_ADDR,
  "Conferma festa sabato 13/04",
  """Buonasera Rossella,
confermiamo la festa di compleanno di Matteo sabato 13 aprile dalle 16:00 alle 19:00.
Pacchetto "Calcio Party" per 20 bambini con animatore, acconto di 100 € ricevuto, saldo 180 € il giorno della festa.
Torta e cibo portati da voi come concordato.
A domani!
Ludoteca Il Trenino – Via Bernini""", mid="gmail", kind="personal:booking")

M("ttg-news-3", "2024-04-15 06:15", "TTG Italia <newsletter@ttgitalia.com>", ME_ADDR,
  "Tassa di soggiorno, Napoli aumenta. Nuovi brand di lusso a Roma",
  """TTG Italia – Lunedì 15 aprile 2024

Napoli: dal 1° giugno tassa di soggiorno fino a 5 euro negli hotel 5 stelle.
Roma: tre nuove aperture di lusso entro il Giubileo, è caccia ai manager.
Distribuzione: cresce il peso del diretto, le OTA rispondono con i programmi fedeltà.
Sondaggio Federalberghi: il 40% delle strutture fatica a trovare personale qualificato.

Leggi su ttgitalia.com | Disiscriviti""",
  auto_html=True, brand="TTG Italia", color="#e30613", mid="sendgrid", kind="newsletter:trade")

M("davide-auto", "2024-04-15 14:22", DAVIDE, ME_ADDR, "la macchina",
  """Ho visto quella Tipo station del 2020 da Autorama a Casoria, 48mila km, 12.900. Il venditore dice che con la permuta della Panda ci fa 11.500. Sabato andiamo a vederla? Ho chiesto a mio cugino di venire, lui ci capisce.
Il prestito si sa niente?""", mid="gmail", kind="personal:partner")

M("davide-auto-re", "2024-04-15 18:10", ME, DAVIDE, None,
  """Sì andiamo sabato mattina, così il pomeriggio siamo liberi (mamma ha detto che se vogliamo tiene Matteo).
CreditoFacile ha chiesto le tue buste paga e la CU, te le ho già girate sul telefono, caricale tu che io non ho il tuo SPID 🙄""",
  reply="davide-auto", mid="gmail", kind="personal:partner-reply")

M("prestito-approvato", "2024-04-16 16:55", "CreditoFacile <noreply@creditofacile.it>", ME_ADDR,
  "Buone notizie: la tua richiesta è stata approvata ✅",
  """Gentile Rossella Iovine,

siamo lieti di comunicarti che la tua richiesta di prestito personale n. PR-2024-0418832 è stata APPROVATA.

Importo finanziato: 9.000,00 €
Durata: 60 mesi – rata mensile 178,40 €
Prima rata: 15/06/2024

Per completare, firma il contratto online con OTP entro 10 giorni. L'erogazione avverrà sul conto indicato entro 2 giorni lavorativi dalla firma.

Firma ora: https://area.creditofacile.it/firma/PR-2024-0418832

CreditoFacile S.p.A.""",
  auto_html=True, brand="CreditoFacile", color="#00857c", mid="sendgrid", kind="lookalike:loan-approved")

M("banca-ec-mar", "2024-04-16 14:00", "Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>", OLD,
  "Il tuo estratto conto è disponibile",
  """Gentile Cliente,
nell'Archivio dell'app è disponibile: Estratto conto n. 1/2024 trimestrale – Conto XME ****2281.
Per la tua sicurezza non inseriamo link in questa comunicazione.
Intesa Sanpaolo S.p.A.""",
  auto_html=True, brand="Intesa Sanpaolo", color="#007a3d", mid="generic", kind="bank:statement")

M("viaggiamo-ricerca", "2024-04-17 11:00", "Team Ricerca Viaggiamo <research@viaggiamo.app>", ME_ADDR,
  "Ti va di fare due chiacchiere con noi? (buono da 30 €)",
  """Ciao Rossella,

sei una delle persone che nell'ultimo anno hanno usato di più Viaggiamo per prenotare treni e hotel. Stiamo ridisegnando la sezione "Viaggi di lavoro" e vorremmo capire come organizzi le tue trasferte.

Ti proponiamo un'intervista in videochiamata di 45 minuti con una persona del nostro team di design. Nessuna risposta giusta o sbagliata: ci interessa la tua esperienza.

Come ringraziamento riceverai un buono Amazon da 30 €.

Se ti va, rispondi a questa email o scegli direttamente un orario: https://book.meetwell.app/viaggiamo-research/intervista-45

Grazie!
Irene – UX Research, Viaggiamo""",
  mid="sendgrid", kind="lookalike:user-research-interview-invite")

M("viaggiamo-ricerca-re", "2024-04-17 15:37", ME, "Team Ricerca Viaggiamo <research@viaggiamo.app>", None,
  """Ciao Irene,
volentieri! Per lavoro ho organizzato parecchie trasferte (per me e per clienti), quindi qualcosa da dire ce l'ho 😄
Ho prenotato lunedì alle 11 dal link.
Rossella""", reply="viaggiamo-ricerca", mid="gmail", kind="lookalike:user-research-reply")

M("meetwell-viaggiamo", "2024-04-17 15:35", "Meetwell <notifications@meetwell.app>", ME_ADDR,
  "Confermato: Intervista utente Viaggiamo (45 min) – lun 22 apr 11:00",
  """Ciao Rossella,

il tuo appuntamento è confermato.

Evento: Intervista utente Viaggiamo (45 min)
Con: Irene Bassani (Viaggiamo)
Quando: lunedì 22 aprile 2024, 11:00 – 11:45 (Europe/Rome)
Dove: Google Meet – il link sarà nell'invito di calendario

Devi cambiare? Riprogramma o annulla: https://book.meetwell.app/r/8d71a2

Meetwell – Scheduling semplice""",
  auto_html=True, brand="Meetwell", color="#4f46e5", mid="sendgrid", kind="lookalike:user-research-scheduling")

M("zalando-promo-apr", "2024-04-19 12:00", "Zalando <news@newsletter.zalando.it>", ME_ADDR,
  "Rossella, ecco le novità primavera per te",
  """Nuovi arrivi di stagione dai tuoi brand preferiti: Mango, Geox, Liu Jo.
Fino al 30% su una selezione di giacche leggere e sneakers.
Reso gratuito entro 100 giorni.

Zalando SE – Gestisci le preferenze""",
  auto_html=True, brand="zalando", color="#ff6900", mid="generic", kind="promo:retail")

M("subito-offerta", "2024-04-20 10:21", "Subito <noreply@subito.it>", ME_ADDR,
  "Hai ricevuto una proposta d'acquisto per \"Bici bambino 20 pollici\"",
  """Ciao Rossella,

marco.t ha fatto una proposta d'acquisto con TuttoSubito per il tuo annuncio "Bici bambino 20 pollici Btwin – usata poco".

Prezzo dell'annuncio: 70 €
Proposta: 60 € + spedizione a carico dell'acquirente

Hai 48 ore per accettare o rifiutare la proposta.
Vedi la proposta: https://www.subito.it/tuttosubito/proposte/p-55021

Il team di Subito""",
  auto_html=True, brand="subito", color="#f9423a", mid="sendgrid", kind="lookalike:marketplace-offer-on-item")

M("genn-grazie", "2024-04-22 20:48", GENN, ME_ADDR, "ce l'ho fatta!",
  """Rossè mi hanno preso al Bellevue!! La Gargiulo mi ha detto che la tua referenza è stata "la più bella che abbia mai letto" 🙏 Parto il 2 maggio per Capri, fino a ottobre.
Grazie davvero, di cuore. Quando vieni a Capri ti faccio trattare come una regina.
Gennaro""", mid="gmail", kind="personal:ex-colleague-news")

M("genn-grazie-re", "2024-04-23 08:14", ME, GENN, None,
  """Che bella notizia Gennà! Sono felicissima per te. Capri ti aspettava 😄
Mi raccomando, il giro in barca a settembre me lo segno!""", reply="genn-grazie", mid="gmail", kind="personal:ex-colleague-reply")

M("centri-estivi-domanda", "2024-04-23 12:34", "Comune di Napoli – Servizi Educativi <noreply-istanze@comune.napoli.it>",
  OLD, "Istanza n. 2024/CE/18842 – Centri estivi comunali 2024 – ricevuta",
  """Gentile IOVINE ROSSELLA,

si conferma la ricezione dell'istanza di iscrizione ai Centri Estivi comunali 2024.

Minore: SORRENTINO MATTEO – nato il 14/04/2016
Centro richiesto: Municipalità 5 – Vomero/Arenella – Scuola "Cimarosa"
Periodo: 1 luglio – 26 luglio 2024
ISEE dichiarato: presente

La graduatoria sarà pubblicata sul sito istituzionale entro il 31 maggio 2024. L'esito sarà comunicato anche a questo indirizzo.

Comune di Napoli – Area Educazione e Diritto allo Studio""",
  mid="generic", kind="lookalike:childcare-application-received")

M("enel-apr", "2024-04-24 07:00", "Enel Energia <noreply@enel.com>", OLD,
  "La tua bolletta di Enel Energia è disponibile",
  """Gentile Cliente,
la bolletta n. 004438871102 per la fornitura di Via Luca Giordano 71, Napoli è disponibile.
Importo: 96,18 € – Periodo: febbraio – marzo 2024 – Scadenza: 14/05/2024
Addebito diretto su conto corrente.
Enel Energia S.p.A.""",
  auto_html=True, brand="enel", color="#ff0f64", mid="generic", mid_domain="enel.com", kind="utility:bill")

M("career-news-2", "2024-04-24 07:30", "Carriere & Lavoro <newsletter@carriereelavoro.it>", ME_ADDR,
  "Come si negozia la RAL (senza rovinare tutto)",
  """Carriere & Lavoro – la newsletter del mercoledì

RAL, benefit, welfare: come si negozia un'offerta di lavoro
Il momento migliore per parlare di soldi? Quando ti hanno già scelto. Guida pratica con esempi di email.

Anche: proposta di assunzione, cosa controllare prima di firmare; il periodo di prova nel CCNL Turismo; 5 errori nel CV di chi ha più di 40 anni.

Leggi la newsletter completa sul sito. Cancellati in un clic.""",
  auto_html=True, brand="Carriere & Lavoro", color="#3b5bdb", mid="sendgrid", kind="lookalike:newsletter-salary-negotiation")

M("mamma-spid", "2024-04-26 10:05", MAMMA, OLD, "spid",
  """rosse papà dice che per il 730 serve lo spid e lui non se lo ricorda. tu ce l'hai scritto da qualche parte? Il caf vuole 60 euro senza spid. quando vieni ci pensi tu?""",
  mid="libero", kind="personal:family")

M("mamma-spid-re", "2024-04-26 12:31", ME_OLD, MAMMA, None,
  """Ma' lo SPID di papà è con Poste, la password ce l'ho io nel quaderno. Domenica lo facciamo insieme, non andate al CAF!""",
  reply="mamma-spid", mid="libero", kind="personal:family-reply")

M("amazon-recensione", "2024-04-27 15:00", "Amazon.it <recensioni@amazon.it>", ME_ADDR,
  "Rossella, come valuteresti il tuo acquisto?",
  """Il tuo parere aiuta altri clienti.
Come valuteresti "Set festa di compleanno Calcio – 24 persone"?
★ ★ ★ ★ ★
Amazon.it""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:review-request")

M("asl-promemoria", "2024-04-28 09:00", "CUP Regione Campania <noreply@soresa.it>", OLD,
  "Promemoria appuntamento – 29/04/2024 ore 10:40",
  """Le ricordiamo l'appuntamento di domani:
VISITA DERMATOLOGICA – ASL Napoli 1 Centro – DS 26, Via Winspeare 46 – ore 10:40.
Porti con sé tessera sanitaria e impegnativa.""", mid="generic", kind="health:reminder")

M("banca-nuovo-dispositivo", "2024-04-30 21:15", "Intesa Sanpaolo <notifiche@intesasanpaolo.com>", OLD,
  "Accesso da un nuovo dispositivo",
  """Ti informiamo che il 30/04/2024 alle 21:14 è stato effettuato l'accesso all'app Intesa Sanpaolo Mobile da un nuovo dispositivo (iPhone 13).
Se sei stata tu, non devi fare nulla. Se non riconosci l'accesso, chiama subito il numero verde 800.303.303.""",
  mid="generic", kind="bank:security")

# ---------------------------------------------------------------- May
M("booking-palinuro", "2024-05-02 21:40", "Booking.com <noreply@booking.com>", ME_ADDR,
  "La tua prenotazione è confermata! Residence Le Saline, Palinuro",
  """Grazie, Rossella! La tua prenotazione a Palinuro è confermata.

Residence Le Saline ★★★
Check-in: sabato 3 agosto 2024 (dalle 16:00)
Check-out: sabato 10 agosto 2024 (fino alle 10:00)
Appartamento bilocale con terrazza – 2 adulti, 1 bambino

Prezzo totale: 924 €
Pagamento: la struttura addebiterà un acconto del 30% entro il 15 maggio

Numero di conferma: 4412.881.903 – PIN: 7731

Gestisci la prenotazione dall'app Booking.com.""",
  auto_html=True, brand="Booking.com", color="#003580", mid="generic", mid_domain="booking.com", kind="travel:hotel-booking")

M("fede-palinuro", "2024-05-03 09:18", FEDE, ME_ADDR, "Palinuro ✔️",
  """Visto? Ho prenotato io col tuo account Booking perché avevi il Genius 😇 Noi siamo nell'appartamento accanto, stessa settimana. Mamma e papà vengono il weekend del 10.
Ps ma come va con i colloqui? Mamma mi chiede sempre a me, dice che tu non le dici niente""",
  mid="gmail", kind="personal:family")

M("fede-palinuro-re", "2024-05-03 13:55", ME, FEDE, None,
  """Hai fatto benissimo! Agosto a Palinuro con voi, non vedo l'ora.
A mamma non dico niente perché poi si agita e chiama tutte le zie 😂 Ci sono un paio di cose che stanno andando bene, appena c'è qualcosa di sicuro chiamo prima lei, promesso.""",
  reply="fede-palinuro", mid="gmail", kind="personal:family-reply")

M("li-search-appearances", D("2024-05-04 10:00", "+0000"), "LinkedIn <notifications-noreply@linkedin.com>", ME,
  "Sei apparsa in 23 ricerche questa settimana",
  """Rossella, il tuo profilo è stato trovato in 23 ricerche questa settimana.

Le persone che ti hanno cercata lavorano presso: hotel e resort, agenzie per il lavoro, servizi turistici.
Parole chiave usate: "sales manager", "MICE", "revenue"

Scopri chi ti sta cercando con LinkedIn Premium – prova gratuita di 1 mese.

© 2024 LinkedIn Ireland Unlimited Company""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin", kind="social:linkedin-profile-stats")

M("davide-auto-ritiro", "2024-05-06 13:30", DAVIDE, ME_ADDR, "soldi arrivati",
  """Il bonifico di CreditoFacile è arrivato stamattina. Ho chiamato Autorama, sabato ritiriamo la Tipo! La Panda la lasciamo lì.
Stasera pizza per festeggiare? Offre Matteo col salvadanaio 😂""", mid="gmail", kind="personal:partner")

M("vinted-offerta", "2024-05-07 19:02", "Vinted <no-reply@vinted.it>", ME_ADDR,
  "Hai ricevuto un'offerta per \"Trench beige Zara taglia M\"",
  """Ciao rossella_na84,
sara.pz ti ha fatto un'offerta di 22,00 € per "Trench beige Zara taglia M" (prezzo: 30,00 €).
Accetta, rifiuta o fai una controproposta entro 48 ore.
Il team Vinted""", auto_html=True, brand="Vinted", color="#007782", mid="sendgrid", kind="lookalike:marketplace-offer")

M("poste-bollettino", "2024-05-08 11:11", "Poste Italiane <noreply@posteitaliane.it>", OLD,
  "Ricevuta di pagamento bollettino",
  """Gentile cliente,
ti confermiamo il pagamento del bollettino:
Beneficiario: COMUNE DI NAPOLI – TARI 2024 RATA 1
Importo: 148,00 € + commissione 1,50 €
Data: 08/05/2024
Codice operazione: 2024050811104478
Poste Italiane S.p.A.""", mid="generic", kind="bank:payment-receipt")

M("cpi-gol-corso", "2024-05-09 10:00", "Centro per l'Impiego di Napoli <cpi.napoli@regione.campania.it>", "r.iovine@libero.it",
  "Programma GOL – Percorsi di aggiornamento: corsi disponibili",
  """Gentile utente,

in relazione al Patto di servizio sottoscritto (percorso GOL 2 – Upskilling), le comunichiamo che sono aperte le iscrizioni ai seguenti corsi gratuiti erogati da enti accreditati:

– Inglese commerciale livello B2 (80 ore) – Ente: Formare Campania – sede Napoli Centro
– Digital marketing per il turismo (60 ore) – Ente: Academy Sud – online
– Excel avanzato e data analysis (40 ore) – Ente: Formare Campania

Per iscriversi è necessario prenotare un appuntamento con il proprio operatore o accedere alla piattaforma regionale.

Centro per l'Impiego di Napoli""",
  mid="generic", kind="benefits:training-offer")

M("formare-iscrizione", "2024-05-10 16:20", "Formare Campania <segreteria@formarecampania.it>", ME_ADDR,
  "Iscrizione confermata – Corso Inglese commerciale B2 (GOL)",
  """Gentile Rossella Iovine,

la sua iscrizione al corso "Inglese commerciale – livello B2" (Programma GOL, 80 ore) è confermata.

Avvio: lunedì 20 maggio 2024
Calendario: lunedì e mercoledì, 9:30 – 13:30
Sede: Via Toledo 256, Napoli – 2° piano, aula 3

Il primo giorno faremo un test di posizionamento. Si ricordi di portare un documento di identità: la frequenza è registrata sul registro elettronico regionale, e per ottenere l'attestato è necessario frequentare almeno il 70% delle ore.

Segreteria didattica – Formare Campania, ente accreditato Regione Campania""",
  mid="generic", kind="lookalike:course-registration-confirmed")

M("mari-amico-casa", "2024-05-11 18:00", MARI, ME_ADDR, "una curiosità",
  """Rosse, quel tuo amico che cercava casa a Milano l'anno scorso, Dario, poi l'ha trovata? Una collega ha una stanza libera in Porta Romana da giugno e cerca qualcuno di tranquillo.
Ah, e tu? Milano ti tenta ancora o ormai punti su Roma? 🙂""", mid="outlook", kind="personal:friend")

M("mari-amico-casa-re", "2024-05-11 22:46", ME, MARI, None,
  """Dario ha trovato a Città Studi, grazie lo stesso! Giro il contatto a una ragazza che conosco, magari le interessa.
Milano mi tenta sempre, ma Davide a Roma ha già una mezza possibilità al Gemelli e per noi sarebbe più facile... vediamo, incrocio le dita per tutto 🤞""",
  reply="mari-amico-casa", mid="gmail", kind="personal:friend-reply")

M("interflora", "2024-05-12 08:35", "Interflora <ordini@interflora.it>", ME_ADDR,
  "Conferma ordine n. IF-2298133 – Festa della Mamma",
  """Gentile Rossella,

grazie per il tuo ordine!

Prodotto: Bouquet "Dolce Primavera" con rose rosa e peonie
Destinatario: Anna Esposito – Via Napoli 48, Pozzuoli (NA)
Consegna: domenica 12 maggio 2024, in mattinata
Biglietto: "Auguri alla mamma più bella del mondo. Rossella, Davide e Matteo"

Totale: 54,90 €

Interflora Italia""",
  auto_html=True, brand="Interflora", color="#e4003a", mid="sendgrid", kind="shopping:order-confirmation")

M("scuola-sciopero", "2024-05-13 14:20", "I.C. L. Vanvitelli <naic8bx00q@istruzione.it>", OLD,
  "Comunicazione sciopero 17 maggio 2024",
  """Si comunica che per l'intera giornata del 17 maggio 2024 è stato proclamato uno sciopero del personale docente e ATA da parte di alcune sigle sindacali.

Non essendo possibile prevedere l'adesione, non si garantisce il regolare svolgimento delle lezioni. I genitori sono invitati ad accertarsi della presenza dei docenti all'ingresso.

Il Dirigente Scolastico""", mid="generic", kind="school:notice")

M("palestra-promo", "2024-05-18 10:00", "Vomero Fitness Club <info@vomerofitness.it>", ME_ADDR,
  "Prova costume? Estate Pass a 99 €",
  """Giugno, luglio e agosto a 99 € tutto incluso: sala, corsi e piscina.
Porta un'amica e avete entrambe una settimana gratis.
Vomero Fitness Club""", auto_html=True, brand="Vomero Fitness Club", color="#f97316", mid="generic", kind="promo:gym")

M("condominio-verbale", "2024-05-20 12:00", "Studio Ferraro Amministrazioni <amministrazione@studioferraro.na.it>",
  "condomini.lucagiordano71@studioferraro.na.it", "Condominio Via L. Giordano 71 – verbale assemblea dell'8 aprile",
  """Gentili condomini,
si trasmette il verbale dell'assemblea ordinaria dell'8 aprile u.s. Si segnala che l'assemblea ha approvato il preventivo della ditta Edil Vomero per il rifacimento della facciata lato cortile: i lavori inizieranno presumibilmente a settembre, il ponteggio interesserà i balconi degli interni 7-12.
Il riparto delle rate sarà inviato separatamente.
Rag. Antonio Ferraro""", mid="generic",
  attach=[("Verbale_assemblea_08042024.pdf", "application/pdf", fake_pdf("Verbale assemblea"))], kind="housing:condominium")

M("ttg-news-4", "2024-05-21 06:15", "TTG Italia <newsletter@ttgitalia.com>", ME_ADDR,
  "Estate 2024: i numeri delle prenotazioni. Congressi medici, Roma fa il pieno",
  """TTG Italia – Martedì 21 maggio 2024

Estate 2024: domanda forte sul mare italiano, Campania e Puglia in testa.
Roma: i grandi congressi medici tornano ai livelli pre-pandemia, alberghi corporate al completo in ottobre.
Gruppi alberghieri italiani: Tiberina annuncia due nuove acquisizioni al Sud.
Lavoro: contratto del turismo, il rinnovo ancora in stallo.

Leggi su ttgitalia.com | Disiscriviti""",
  auto_html=True, brand="TTG Italia", color="#e30613", mid="sendgrid", kind="newsletter:trade-mentions-employer")

M("amazon-trolley", "2024-05-22 23:02", "Amazon.it <conferma-ordine@amazon.it>", ME_ADDR,
  "Il tuo ordine Amazon.it #402-5561087-3321990",
  """Ciao Rossella,
grazie per il tuo ordine.

American Tourister Soundbox Spinner 55 cm, blu – 1 pz – 89,00 €
Chiavetta USB 64 GB SanDisk – 1 pz – 9,99 €

Arrivo previsto: venerdì 24 maggio
Totale: 98,99 €""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:order-confirmation")

M("amazon-trolley-ship", "2024-05-23 17:45", "Amazon.it <spedizione@amazon.it>", ME_ADDR,
  "Spedito: \"American Tourister Soundbox Spinner...\"",
  """Il tuo pacco è in viaggio e arriverà domani.
Corriere: BRT – tracking 079822118830451
Amazon.it""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:shipping")

M("ade-730", "2024-05-24 09:30", "Agenzia delle Entrate <noreply@agenziaentrate.it>", OLD,
  "Dichiarazione precompilata 2024 disponibile",
  """Gentile contribuente,
la informiamo che dal 30 aprile è disponibile la dichiarazione dei redditi precompilata 2024, accessibile dall'area riservata del sito dell'Agenzia delle Entrate con SPID, CIE o CNS.
Dal 20 maggio è possibile accettarla, modificarla e inviarla. Il termine per l'invio del modello 730 è il 30 settembre 2024.
Agenzia delle Entrate""", mid="generic", kind="tax:notice")

M("vale-compleanno", "2024-05-25 11:40", VALE, ME_ADDR, "sabato 1 giugno 🎂",
  """Rosse! Il mio giorno libero coincide col compleanno, miracolo 😂 Sabato 1 giugno sera a Marechiaro, da Cicciotto, ore 21. Vieni? Porta Davide se non lavora.
Ti prego dimmi di sì""", mid="outlook", kind="personal:friend-invite")

M("vale-compleanno-re", "2024-05-25 12:05", ME, VALE, None,
  """Sìììì ci siamo! Davide smonta alle 20, ce la fa. Prenota per due 🥂""",
  reply="vale-compleanno", mid="gmail", kind="personal:friend-reply")

M("inps-cassetto-mag", "2024-05-27 08:30", "INPS – Servizio notifiche <noreply@inps.it>", OLD,
  "Nuovo messaggio nella tua area MyINPS",
  """Gentile IOVINE ROSSELLA,
è presente un nuovo messaggio nella sua area riservata MyINPS.
Oggetto: Pagamento prestazione NASpI – mensilità di aprile 2024
INPS""", mid="generic", kind="benefits:payment-notice")

M("italo-roma", "2024-05-29 08:20", "Italo <noreply@italotreno.it>", ME_ADDR,
  "Conferma di acquisto – Codice biglietto B7XK4N",
  """Gentile Rossella Iovine,

grazie per aver scelto Italo!

Codice biglietto: B7XK4N
Martedì 04/06/2024
Andata: Napoli Centrale 08:15 → Roma Termini 09:25 – treno 9912 – Carrozza 5, posto 8A – Smart
Ritorno: Roma Termini 16:35 → Napoli Centrale 17:45 – treno 9931 – Carrozza 3, posto 14D – Smart

Totale: 49,80 €

Ricordati di effettuare il check-in online prima della partenza.
Italo – Nuovo Trasporto Viaggiatori S.p.A.""",
  auto_html=True, brand="italo", color="#a8002a", mid="sendgrid", kind="travel:train-ticket")

M("fede-acconto", "2024-05-29 19:20", FEDE, ME_ADDR, "Re: Palinuro ✔️",
  """Ho pagato io l'acconto di tutti e due gli appartamenti (554,40), mi fai il bonifico della vostra metà quando puoi? 277,20. IBAN solito.
Grazie sorè""", reply="fede-palinuro-re", quote=False, mid="gmail", kind="personal:family")

M("scuola-festa", "2024-05-30 12:45", "Rappresentanti 3ªB Cimarosa <genitori3b.cimarosa@gmail.com>",
  "genitori3b.cimarosa@gmail.com", "Festa di fine anno + saluto alla maestra Patrizia",
  """Cari genitori,
la festa di fine anno sarà venerdì 7 giugno alle 17 nel cortile della scuola. I bambini canteranno due canzoni e poi consegneremo alla maestra Patrizia il regalo (grazie a tutti, abbiamo raccolto 210 €!).
Ognuno porta qualcosa da mangiare: dalla A alla L dolce, dalla M alla Z salato.
A presto!""", mid="gmail", kind="school:class-parents")

M("banca-ec-mag", "2024-05-31 14:00", "Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>", OLD,
  "Nuovo documento disponibile in Archivio",
  """Gentile Cliente,
è disponibile il Rendiconto carta di debito XME Card Plus – maggio 2024.
Accedi all'app Intesa Sanpaolo Mobile per consultarlo.""",
  auto_html=True, brand="Intesa Sanpaolo", color="#007a3d", mid="generic", kind="bank:statement")
