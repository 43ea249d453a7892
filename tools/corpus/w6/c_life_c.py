# -*- coding: utf-8 -*-
"""Everyday mail, June - July 2024."""
from mailkit import M, ME, ME_ADDR, ME_OLD, fake_pdf, D, CV
from c_life_a import MAMMA, FEDE, DAVIDE, VALE, MARI, GENN, OLD, JPG

AGENZIA = "Monteverde Casa Immobiliare <info@monteverdecasa.it>"

# ---------------------------------------------------------------- June
M("italo-checkin", "2024-06-03 18:15", "Italo <noreply@italotreno.it>", ME_ADDR,
  "Il tuo viaggio di domani: fai il check-in",
  """Ciao Rossella,
domani si parte! Codice biglietto B7XK4N – Napoli Centrale 08:15 → Roma Termini 09:25.
Fai il check-in online e ricevi il QR code direttamente sullo smartphone.
Ti ricordiamo che l'accesso al binario chiude 2 minuti prima della partenza.
Buon viaggio con Italo!""", auto_html=True, brand="italo", color="#a8002a", mid="sendgrid", kind="travel:check-in")

M("fede-acconto-re", "2024-06-03 20:02", ME, FEDE, None,
  """Fatto il bonifico adesso, scusa il ritardo! Domani sono a Roma tutto il giorno, ti chiamo la sera.""",
  reply="fede-acconto", mid="gmail", kind="personal:family-reply")

M("italo-sondaggio", "2024-06-05 10:00", "Italo <sondaggi@italotreno.it>", ME_ADDR,
  "Com'è andato il tuo viaggio? Dicci la tua in 2 minuti",
  """Ciao Rossella,
ieri hai viaggiato con noi da Napoli Centrale a Roma Termini. Ci aiuti a migliorare rispondendo a 5 domande?
Rispondi al questionario: https://survey.italotreno.it/s/9931-0604
Grazie!
Customer Experience Italo""", mid="sendgrid", kind="travel:survey")

M("asl-referto", "2024-06-06 08:42", "ASL Napoli 1 Centro <referti@aslnapoli1centro.it>", OLD,
  "Referto disponibile – Fascicolo Sanitario Elettronico",
  """Gentile assistita,
il referto della prestazione del 29/04/2024 (VISITA DERMATOLOGICA) è disponibile nel suo Fascicolo Sanitario Elettronico.
Per consultarlo acceda al portale sinfonia.regione.campania.it con SPID o CIE.
ASL Napoli 1 Centro""", mid="generic", kind="health:report")

M("fastweb-mag", "2024-06-06 08:00", "Fastweb <fattura@fastweb.it>", OLD,
  "Fastweb: è disponibile la tua fattura di maggio",
  """Gentile Rossella Iovine,
la fattura n. M000790215 di maggio è disponibile in MyFastweb. Importo: 29,95 €. Scadenza: 15/06/2024.
Novità: passa a Fastweb Mobile con 150 GB a 7,95 €/mese.
Fastweb S.p.A.""", mid="generic", kind="utility:internet-bill")

M("centri-estivi-esito", "2024-06-07 13:00", "Comune di Napoli – Servizi Educativi <noreply-istanze@comune.napoli.it>",
  OLD, "Istanza n. 2024/CE/18842 – esito: AMMESSO",
  """Gentile IOVINE ROSSELLA,

con riferimento all'istanza in oggetto, si comunica che il minore SORRENTINO MATTEO risulta AMMESSO ai Centri Estivi comunali 2024 presso la sede "Cimarosa" (Municipalità 5), per il periodo 1 – 26 luglio 2024.

Quota di compartecipazione in base all'ISEE: 35,00 € settimanali, da versare tramite PagoPA entro il 24 giugno.

La mancata regolarizzazione del pagamento entro il termine comporterà lo scorrimento della graduatoria.

Comune di Napoli – Area Educazione e Diritto allo Studio""",
  mid="generic", kind="lookalike:childcare-application-accepted")

M("vinted-valuta", "2024-06-08 09:30", "Vinted <no-reply@vinted.it>", ME_ADDR,
  "sara.pz ti ha lasciato una valutazione",
  """Ciao rossella_na84,
sara.pz ha lasciato una valutazione di 5 stelle: "Trench perfetto, spedizione velocissima. Grazie!"
Lascia anche tu una valutazione per completare la transazione.
Il team Vinted""", auto_html=True, brand="Vinted", color="#007782", mid="sendgrid", kind="marketplace:feedback")

M("enel-giu", "2024-06-10 07:00", "Enel Energia <noreply@enel.com>", OLD,
  "La tua bolletta di Enel Energia è disponibile",
  """Gentile Cliente,
la bolletta n. 004461290087 per la fornitura di Via Luca Giordano 71, Napoli è disponibile nell'area clienti.
Importo: 78,02 € – Periodo: aprile – maggio 2024 – Scadenza: 01/07/2024
Enel Energia S.p.A.""",
  auto_html=True, brand="enel", color="#ff0f64", mid="generic", mid_domain="enel.com", kind="utility:bill")

M("career-news-3", "2024-06-11 07:30", "Carriere & Lavoro <newsletter@carriereelavoro.it>", ME_ADDR,
  "Nuovo lavoro? Come affrontare i primi 90 giorni",
  """Carriere & Lavoro – la newsletter del mercoledì

I primi 90 giorni nel nuovo lavoro: ascoltare, capire, poi agire
Un piano in tre fasi per chi inizia un nuovo ruolo manageriale, con gli errori da evitare nel primo mese.

Anche: dimissioni e preavviso, cosa prevede il tuo CCNL; trasferirsi per lavoro, le agevolazioni fiscali; il lavoro stagionale nel turismo nel 2024.

Leggi online. Cancellati in un clic.""",
  auto_html=True, brand="Carriere & Lavoro", color="#3b5bdb", mid="sendgrid", kind="lookalike:newsletter-career-advice")

M("zalando-abito", "2024-06-12 13:14", "Zalando <info@service-mail.zalando.it>", ME_ADDR,
  "Grazie per il tuo ordine",
  """Ciao Rossella,
abbiamo ricevuto il tuo ordine n. 10107741002918.

Abito midi plissé – Liu Jo – verde salvia – 42 – 159,00 €
Sandali con tacco – Anna Field – oro – 38 – 39,99 €

Totale: 198,99 €
Ti avviseremo alla spedizione.""", auto_html=True, brand="zalando", color="#ff6900", mid="generic", kind="shopping:order-confirmation")

M("mamma-lavoro", "2024-06-14 07:40", MAMMA, OLD, "...",
  """rossella ieri sera al telefono non ti ho detto niente perché ero emozionata. sono orgogliosa di te. papà ha detto "l'avevo detto io" e ha aperto il limoncello.
Però Roma è lontana, Matteo come fa? e la scuola? e Davide? Io non dormo stanotte.
ti voglio bene
mamma""", mid="libero", kind="personal:family-reacts-to-news")

M("mamma-lavoro-re", "2024-06-14 10:12", ME_OLD, MAMMA, None,
  """Mamma mia, che bello leggerti. Roma sta a un'ora di treno, vengo più spesso adesso che prima, te lo prometto! Davide ha fatto domanda di trasferimento al Gemelli e Matteo a settembre cambia scuola, l'abbiamo già detto a lui e l'ha presa benissimo (la prima domanda è stata se a Roma c'è una squadra di calcio per bambini 😄).
Domenica vengo e ti racconto tutto con calma. Dormi tranquilla.
Un bacio grande""", reply="mamma-lavoro", mid="libero", kind="personal:family-reply")

M("davide-mobilita", "2024-06-14 15:20", DAVIDE, ME_ADDR, "Fwd: Avviso di mobilità – ricevuta candidatura",
  """Guarda, è arrivata la ricevuta. Incrociamo le dita 🤞

---------- Forwarded message ---------
Da: Ufficio Concorsi Policlinico <concorsi@policlinicotorvergata.it>
Date: ven 14 giu 2024 alle ore 14:58
Subject: Avviso di mobilità – ricevuta candidatura
To: <davide.sorrentino80@gmail.com>

Gentile candidato SORRENTINO DAVIDE,
si conferma la ricezione della domanda di partecipazione all'Avviso pubblico di mobilità regionale e interregionale per titoli e colloquio per n. 15 posti di Collaboratore Professionale Sanitario – Infermiere (cat. D).
Numero di protocollo: 0014882/2024.
L'elenco dei candidati ammessi e il calendario dei colloqui saranno pubblicati sul sito aziendale, sezione Bandi e Concorsi, con valore di notifica.
Ufficio Concorsi""",
  mid="gmail", kind="lookalike:spouse-job-application-forwarded")

M("immobiliare-richiesta", "2024-06-15 22:31", "Immobiliare.it <noreply@immobiliare.it>", ME_ADDR,
  "La tua richiesta è stata inviata a Monteverde Casa Immobiliare",
  """Ciao Rossella,

la tua richiesta di contatto per l'annuncio è stata inviata all'inserzionista.

Trilocale in affitto – Via di Donna Olimpia, Roma (Monteverde Vecchio)
85 m² · 3 locali · 2° piano con ascensore · 1.450 €/mese

Il tuo messaggio: "Buonasera, siamo una famiglia (due adulti e un bambino di 8 anni), ci trasferiamo a Roma per lavoro da settembre. Vorremmo visitare l'appartamento sabato 22 se possibile."

L'inserzionista ti risponderà via email o telefono.

Immobiliare.it""",
  auto_html=True, brand="immobiliare.it", color="#e3001b", mid="sendgrid", kind="lookalike:flat-inquiry-sent")

M("immobiliare-alert", "2024-06-16 08:00", "Immobiliare.it <avvisi@immobiliare.it>", ME_ADDR,
  "7 nuovi annunci per la tua ricerca \"Roma Monteverde – Trilocale – max 1.500 €\"",
  """Nuovi annunci per te:

Trilocale via Ozanam – 1.350 €/mese – 78 m²
Quadrilocale viale dei Quattro Venti – 1.500 €/mese – 102 m² – da ristrutturare
Trilocale via Carini – 1.400 €/mese – 80 m² – arredato
Trilocale Gianicolense – 1.250 €/mese – 75 m²
... e altri 3 annunci

Vedi tutti: https://www.immobiliare.it/ricerche/roma-monteverde-trilocale

Immobiliare.it""",
  auto_html=True, brand="immobiliare.it", color="#e3001b", mid="sendgrid", kind="housing:listing-alert")

M("agenzia-documenti", "2024-06-17 10:05", AGENZIA, ME_ADDR,
  "Appartamento Via di Donna Olimpia – documentazione per la candidatura",
  """Gentile signora Iovine,

grazie per la visita di sabato scorso alla quale avete partecipato online. Il proprietario è disponibile a valutare la vostra candidatura come inquilini. Come da prassi, per procedere ci servono:

– copia dei documenti d'identità e codici fiscali di entrambi;
– contratto di lavoro o lettera di assunzione (anche con decorrenza futura);
– ultime tre buste paga o, in alternativa, dichiarazione dei redditi;
– eventuale referenza del precedente locatore.

Le ricordo che è richiesto un deposito cauzionale di tre mensilità e che la provvigione d'agenzia è pari a una mensilità + IVA.

Appena ricevuti i documenti, li sottoporrò al proprietario. Ci sono altre due famiglie interessate, quindi le consiglio di inviarli al più presto.

Cordiali saluti,
Stefania Rinaldi
Monteverde Casa Immobiliare – Via Federico Ozanam 58, Roma""",
  mid="generic", kind="lookalike:flat-application-documents")

M("agenzia-documenti-re", "2024-06-17 19:50", ME, AGENZIA, None,
  """Gentile Stefania,

le invio in allegato la documentazione richiesta:
– documenti e codici fiscali miei e di mio marito Davide Sorrentino;
– la mia lettera di assunzione a tempo indeterminato presso Tiberina Hotels & Resorts (decorrenza 2 settembre 2024);
– le ultime tre buste paga di mio marito (Ospedale del Mare);
– una lettera del nostro attuale proprietario, sig. Capasso, che può contattare al 339 820 1177.

Confermo che siamo molto interessati e pronti a versare il deposito.

Cordiali saluti,
Rossella Iovine""", reply="agenzia-documenti", mid="gmail",
  attach=[("Documenti_Iovine_Sorrentino.pdf", "application/pdf", fake_pdf("Documenti identita")),
          ("Lettera_assunzione_Tiberina.pdf", "application/pdf", fake_pdf("Lettera di assunzione")),
          ("Buste_paga_Sorrentino.pdf", "application/pdf", fake_pdf("Buste paga"))],
  kind="lookalike:flat-application-sent-with-employment-letter")

M("mari-congrats", "2024-06-18 09:12", MARI, ME_ADDR, "ROMAAAA",
  """Ho appena visto il tuo messaggio nel gruppo!!! Area Sales Manager, cioè, lo sapevo che qualcuno ti avrebbe presa al volo. Sono così contenta per te.
Un po' ci speravo in Milano ma Roma è perfetta, e poi da Roma a Milano sono tre ore di Freccia, verrò a trovarti a ogni congresso 😂
Festeggiamo, quando scendo a Napoli a luglio?""", mid="outlook", kind="personal:friend-congrats")

M("mari-congrats-re", "2024-06-18 22:04", ME, MARI, None,
  """Grazie Mari ❤️ Sono ancora incredula. Luglio ci sono sempre, tranne il weekend del 20 che siamo a Roma a vedere case (aiuto).
Prosecco a Mergellina quando vuoi!""", reply="mari-congrats", mid="gmail", kind="personal:friend-reply")

M("agenzia-ok", "2024-06-19 12:40", AGENZIA, ME_ADDR,
  "Re: Appartamento Via di Donna Olimpia – esito",
  """Gentile signora Iovine,

ho il piacere di comunicarle che il proprietario ha scelto la vostra candidatura! La documentazione era molto completa e la referenza del sig. Capasso ha fatto la differenza.

Proposta: contratto 4+4 a canone libero, decorrenza 1° agosto 2024, canone 1.420 €/mese (il proprietario ha accettato lo sconto richiesto).

Le invierò nei prossimi giorni la bozza del contratto per la firma elettronica. Nel frattempo le chiedo di versare l'acconto di 1.420 € a titolo di caparra confirmatoria sul conto dell'agenzia.

Cordiali saluti,
Stefania Rinaldi""",
  reply="agenzia-documenti-re", quote=False, mid="generic", kind="lookalike:flat-application-accepted")

M("traslochi-preventivi", "2024-06-20 09:15", "TrasLoco Facile <preventivi@traslocofacile.it>", ME_ADDR,
  "Hai ricevuto 3 preventivi per il tuo trasloco Napoli → Roma",
  """Ciao Rossella,

le ditte della nostra rete hanno risposto alla tua richiesta di preventivo:

Trasloco: Napoli (Vomero) → Roma (Monteverde), trilocale 85 m², 2° piano con ascensore → 2° piano con ascensore
Data desiderata: fine agosto 2024

1. Traslochi Esposito & Figli – 2.150 € – smontaggio/rimontaggio mobili incluso – ★ 4,8 (212 recensioni)
2. Romana Traslochi S.r.l. – 1.890 € – imballaggio escluso – ★ 4,5 (98 recensioni)
3. Move Sud – 2.400 € – servizio completo con deposito – ★ 4,9 (61 recensioni)

Confronta i preventivi e scegli: https://www.traslocofacile.it/area/richiesta/TF-77201

Il team TrasLoco Facile""",
  auto_html=True, brand="TrasLoco Facile", color="#ea580c", mid="sendgrid", kind="lookalike:invitation-to-quote-moving")

M("capasso-disdetta", "2024-06-21 10:30", ME, "Raffaele Capasso <raffaele.capasso@virgilio.it>",
  "Disdetta contratto di locazione – Via Luca Giordano 71, int. 9",
  """Gentile sig. Capasso,

come le ho anticipato al telefono, per motivi di lavoro a settembre ci trasferiremo a Roma. Con la presente le comunico formalmente il recesso dal contratto di locazione dell'appartamento di Via Luca Giordano 71, int. 9, ai sensi dell'art. 3 del contratto, con preavviso di sei mesi.

Come d'accordo, se troverà un nuovo inquilino prima della scadenza del preavviso, il recesso avrà effetto dalla data del nuovo contratto; noi lasceremo comunque l'appartamento libero entro il 31 agosto.

La raccomandata con la stessa comunicazione le arriverà nei prossimi giorni.

La ringrazio ancora per questi otto anni, e per la bella lettera che ha scritto per noi.

Cordiali saluti,
Rossella Iovine e Davide Sorrentino""", mid="gmail", kind="housing:landlord-notice")

M("capasso-disdetta-re", "2024-06-22 09:05", "Raffaele Capasso <raffaele.capasso@virgilio.it>", ME_ADDR, None,
  """Gentile signora,
ricevuto. Mi dispiace perdervi, inquilini così non se ne trovano. Ho già una nipote che cerca casa al Vomero, quindi probabilmente ci accordiamo per fine agosto senza problemi per il preavviso.
Auguri per il nuovo lavoro e saluti a suo marito e al piccolo.
R. Capasso""", reply="capasso-disdetta", quote=False, mid="generic", mid_domain="virgilio.it", kind="housing:landlord-reply")

M("traslochi-esposito", "2024-06-24 11:20", "Traslochi Esposito & Figli <info@traslochiesposito.it>", ME_ADDR,
  "Preventivo n. 2024/311 – trasloco Napoli–Roma",
  """Gentile signora Iovine,

facendo seguito al sopralluogo di ieri, le inviamo il preventivo definitivo:

– fornitura di 60 scatoloni e materiale da imballaggio;
– smontaggio e rimontaggio di armadi e letti;
– trasporto con autocarro da 35 m³ e due operatori + autista;
– data: venerdì 30 agosto 2024 (carico) / sabato 31 agosto (scarico).

Totale: 2.050,00 € + IVA. Acconto del 30% alla conferma.

Restiamo a disposizione per qualsiasi chiarimento.
Cordiali saluti
Ciro Esposito – Traslochi Esposito & Figli, Casoria""",
  mid="generic", attach=[("Preventivo_2024_311.pdf", "application/pdf", fake_pdf("Preventivo trasloco"))],
  kind="lookalike:quote-received")

M("scuola-roma-domanda", "2024-06-25 12:02", "I.C. Via Ozanam Roma <rmic8ff00x@istruzione.it>", ME_ADDR,
  "Richiesta iscrizione per trasferimento – alunno Sorrentino Matteo",
  """Gentile signora,

si conferma la ricezione della domanda di iscrizione per trasferimento dell'alunno SORRENTINO MATTEO alla classe quarta della scuola primaria del plesso "Gianicolense" per l'a.s. 2024/25.

La domanda sarà accolta compatibilmente con la disponibilità di posti nelle classi quarte. Le sarà data comunicazione entro il 10 luglio. Per il perfezionamento dell'iscrizione sarà necessario il nulla osta della scuola di provenienza.

Segreteria Alunni – I.C. Via Ozanam, Roma""",
  mid="generic", kind="lookalike:school-place-application-received")

M("pagella", "2024-06-25 16:00", "Registro elettronico Argo <noreply@argosoft.it>", OLD,
  "Documento di valutazione disponibile",
  """Gentile genitore,
è disponibile nella bacheca del registro elettronico il documento di valutazione finale dell'alunno SORRENTINO MATTEO – classe 3ªB – a.s. 2023/24.
Accedi con le tue credenziali da app DidUP Famiglia o dal portale web.""", mid="generic", kind="school:report-card")

M("vale-congrats", "2024-06-26 23:10", VALE, ME_ADDR, "ho appena saputo 😭😭",
  """Rosse!!! Me l'ha detto Gennaro che te l'ha detto Fede... insomma, ROMA! Area Sales Manager! Sono felicissima. Ti meritavi una cosa così dopo il casino del Chiaia.
Io qua a Sorrento sto morendo di lavoro, 14 ore al giorno, ma mi piace. Prima che parti devi venire a cena qui, offre il Bellavista (cioè io con lo sconto dipendenti 😂)""",
  mid="outlook", kind="personal:friend-congrats")

M("vale-congrats-re", "2024-06-27 08:30", ME, VALE, None,
  """Grazie Vale!! Sì sì vengo a luglio, scegli tu la sera. E ricordati di bere acqua in quelle 14 ore 😘""",
  reply="vale-congrats", mid="gmail", kind="personal:friend-reply")

M("genn-congrats", "2024-06-28 14:11", GENN, ME_ADDR, "da Capri",
  """Rossè auguri!! Ho saputo di Roma. Tiberina è un gruppo serio, mi hanno detto benissimo del Direttore Commerciale. Ora quando mandi i tuoi clienti a Capri sai chi chiamare 😉
Abbraccio grande
G.""", mid="gmail", kind="personal:ex-colleague-congrats")

M("iliad-giu", "2024-06-22 04:10", "iliad <no-reply@iliad.it>", ME_ADDR,
  "La tua fattura iliad è disponibile",
  """Ciao Rossella,
la tua fattura del mese di giugno è disponibile nell'Area Personale.
Offerta: Giga 150 – Importo: 9,99 € – Addebito su carta **** 4471 il 24/06/2024
Grazie per aver scelto iliad.""", mid="generic", kind="utility:phone-bill")

# ---------------------------------------------------------------- July
M("inps-naspicom", "2024-07-01 11:25", "INPS <noreply@inps.it>", "IOVINE ROSSELLA <r.iovine@libero.it>",
  "Ricevuta di presentazione NASpI-Com",
  """Gentile IOVINE ROSSELLA,

la comunicazione NASpI-Com da lei presentata è stata acquisita con protocollo INPS.4780.01/07/2024.0211870.

Tipo di comunicazione: instaurazione di rapporto di lavoro subordinato
Data inizio rapporto: 02/09/2024
Tipologia: tempo indeterminato – tempo pieno
Datore di lavoro: TIBERINA HOTELS & RESORTS S.P.A.

La prestazione NASpI verrà erogata fino al giorno precedente l'inizio del rapporto di lavoro, salvo ulteriori verifiche.

Istituto Nazionale della Previdenza Sociale""",
  mid="generic", kind="lookalike:benefits-communication-new-job")

M("amazon-scatoloni", "2024-07-02 21:33", "Amazon.it <conferma-ordine@amazon.it>", ME_ADDR,
  "Il tuo ordine Amazon.it #407-2290881-5521347",
  """Ciao Rossella,
grazie per il tuo ordine.

Scatoloni per trasloco 60x40x40, confezione da 20 – 2 pz – 57,80 €
Nastro adesivo da imballaggio con dispenser, 6 rotoli – 1 pz – 14,99 €
Pennarelli indelebili neri, 12 pz – 1 pz – 6,50 €

Arrivo previsto: giovedì 4 luglio
Totale: 79,29 €""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:order-confirmation")

M("scuola-roma-accolta", "2024-07-04 10:48", "I.C. Via Ozanam Roma <rmic8ff00x@istruzione.it>", ME_ADDR,
  "Esito domanda di iscrizione – Sorrentino Matteo",
  """Gentile signora Iovine,

si comunica che la domanda di iscrizione per trasferimento dell'alunno SORRENTINO MATTEO è stata ACCOLTA. L'alunno è assegnato alla classe 4ªC del plesso "Gianicolense", tempo pieno (40 ore settimanali).

Per completare l'iscrizione, inviare entro il 31 luglio il nulla osta rilasciato dall'I.C. di provenienza e il modulo per l'insegnamento della religione cattolica (allegato).

Le lezioni inizieranno il 16 settembre 2024.

Segreteria Alunni – I.C. Via Ozanam, Roma""",
  mid="generic", attach=[("Modulo_IRC.pdf", "application/pdf", fake_pdf("Modulo IRC"))],
  kind="lookalike:school-place-accepted")

M("nulla-osta-richiesta", "2024-07-04 13:15", ME_OLD, "I.C. L. Vanvitelli <naic8bx00q@istruzione.it>",
  "Richiesta nulla osta – Sorrentino Matteo, classe 3ªB",
  """Alla Segreteria dell'I.C. "L. Vanvitelli"

La sottoscritta Rossella Iovine, genitore dell'alunno Sorrentino Matteo, iscritto alla classe 3ªB del plesso Cimarosa, chiede il rilascio del nulla osta per il trasferimento all'I.C. Via Ozanam di Roma per l'a.s. 2024/25, a causa del trasferimento della famiglia per motivi di lavoro.

Allego la comunicazione di accoglimento della scuola di destinazione.

Distinti saluti
Rossella Iovine
Tel. 347 218 5530""", mid="libero",
  attach=[("Accoglimento_IC_Ozanam.pdf", "application/pdf", fake_pdf("Accoglimento iscrizione"))],
  kind="school:transfer-request")

M("chiaia-cu", "2024-07-05 12:00", "Ufficio Personale Chiaia Palace <personale@chiaiapalace.it>", OLD,
  "Conguaglio TFR e comunicazione fondo Est",
  """Gentile Rossella,

le comunichiamo che con il cedolino di giugno è stato liquidato il conguaglio del TFR (rivalutazione 2023), per un importo netto di 312,44 €, accreditato sul suo conto in data odierna.

Le ricordo inoltre che la copertura del fondo sanitario integrativo Fondo Est è cessata il 31/01/2024; per eventuali rimborsi di prestazioni effettuate prima di tale data ha tempo fino al 31 luglio.

Cordiali saluti
Patrizia Serra – Ufficio Personale
Grand Hotel Chiaia Palace""",
  mid="generic", attach=[("Cedolino_06_2024_Iovine.pdf", "application/pdf", fake_pdf("Cedolino giugno 2024"))],
  kind="former-employer:payroll")

M("fede-estate", "2024-07-05 21:14", FEDE, ME_ADDR, "agosto",
  """Ma quindi ad agosto fate Palinuro e poi trasloco? Siete pazzi 😂 Se volete Matteo lo tengo io dal 25 al 31, così voi impacchettate in pace.
Ps mamma ha già detto a tutta Pozzuoli che sei "direttrice a Roma". Non la correggere, è felice""",
  mid="gmail", kind="personal:family")

M("fede-estate-re", "2024-07-06 09:00", ME, FEDE, None,
  """Sì siamo pazzi 😅 Grazie, accetto al volo per Matteo, ti adoro.
Direttrice... vabbè, lasciamola sognare, almeno non chiama più le zie per chiedere se ho trovato lavoro""",
  reply="fede-estate", mid="gmail", kind="personal:family-reply")

M("ttg-news-5", "2024-07-08 06:15", "TTG Italia <newsletter@ttgitalia.com>", ME_ADDR,
  "Luglio, l'effetto Giubileo sulle prenotazioni. Nomine: chi va dove",
  """TTG Italia – Lunedì 8 luglio 2024

Giubileo 2025: a Roma già prenotato il 60% delle camere per i grandi eventi.
Nomine e poltrone: i cambi ai vertici commerciali delle catene italiane.
Napoli: con l'estate, boom di crocieristi al Molo Beverello.
Distribuzione: Booking e Airbnb, le nuove regole europee sul Digital Markets Act.

Leggi su ttgitalia.com | Disiscriviti""",
  auto_html=True, brand="TTG Italia", color="#e30613", mid="sendgrid", kind="newsletter:trade")

M("prestito-piano", "2024-07-08 09:00", "CreditoFacile <noreply@creditofacile.it>", ME_ADDR,
  "Il tuo piano di rimborso è attivo",
  """Gentile Rossella Iovine,
ti confermiamo che la prima rata del prestito n. PR-2024-0418832 (178,40 €) è stata addebitata regolarmente il 15/06/2024.
Puoi consultare il piano di ammortamento e scaricare i documenti di trasparenza nell'area riservata.
CreditoFacile S.p.A.""", auto_html=True, brand="CreditoFacile", color="#00857c", mid="sendgrid", kind="bank:loan-statement")

M("traslochi-conferma", "2024-07-09 17:40", "Traslochi Esposito & Figli <info@traslochiesposito.it>", ME_ADDR,
  "Conferma trasloco 30-31 agosto",
  """Gentile signora Iovine,
abbiamo ricevuto l'acconto di 750 € e confermiamo la data del trasloco: carico venerdì 30 agosto dalle 8:00, scarico sabato 31 a Roma.
I 60 scatoloni le verranno consegnati il 19 agosto.
Grazie per averci scelto!
Ciro Esposito""", mid="generic", kind="housing:moving-confirmed")

M("firmaok-locazione", "2024-07-10 11:12", "FirmaOK <notifiche@firmaok.it>", ME_ADDR,
  "Monteverde Casa Immobiliare ti ha inviato un documento da firmare",
  """Gentile Rossella Iovine,

Stefania Rinaldi (Monteverde Casa Immobiliare) ti ha inviato il seguente documento da firmare elettronicamente:

Documento: Contratto di locazione ad uso abitativo 4+4 – Via di Donna Olimpia – Iovine/Sorrentino.pdf
Messaggio: "Buongiorno, ecco il contratto definitivo. Firmano entrambi i conduttori. Grazie!"
Scadenza: 17/07/2024

Visualizza e firma: https://app.firmaok.it/sign/2c9d51a0-7b44-4e11-a0f3-88e1c6b9d402

FirmaOK è un servizio di firma elettronica avanzata conforme al Regolamento eIDAS (UE) n. 910/2014.
Non rispondere a questa email: per assistenza scrivi a supporto@firmaok.it""",
  auto_html=True, brand="FirmaOK", color="#0b6e4f", mid="sendgrid", kind="lookalike:e-signature-rental-contract")

M("enel-subentro", "2024-07-11 15:30", "Enel Energia <noreply@enel.com>", ME_ADDR,
  "Abbiamo ricevuto la tua richiesta di subentro",
  """Gentile Rossella Iovine,

abbiamo ricevuto la tua richiesta di subentro per la fornitura di energia elettrica all'indirizzo:
Via di Donna Olimpia, Roma – POD IT001E0582****

Numero pratica: SUB-24-5518820
Data di attivazione richiesta: 01/08/2024

Ti contatteremo solo se avremo bisogno di ulteriori documenti. Riceverai una conferma all'attivazione della fornitura.

Enel Energia S.p.A.""",
  auto_html=True, brand="enel", color="#ff0f64", mid="generic", mid_domain="enel.com", kind="lookalike:utility-request-received")

M("mamma-centri-estivi", "2024-07-12 19:22", MAMMA, OLD, "matteo",
  """oggi l'ho preso io al centro estivo, era tutto sporco di pittura e felice. Ha detto che l'animatore si chiama Tonino e che è più forte di Davide a calcio 😂
domenica venite? genovese
mamma""", mid="libero", kind="personal:family")

M("li-collegamento", D("2024-07-15 08:32", "+0000"), "LinkedIn <invitations@linkedin.com>", ME,
  "Paolo Mancini ha accettato il tuo invito",
  """Rossella, hai un nuovo collegamento.

Paolo Mancini
Direttore Commerciale presso Tiberina Hotels & Resorts S.p.A.
Roma, Lazio

Invia un messaggio a Paolo

Inoltre: 4 persone che lavorano presso Tiberina Hotels & Resorts hanno visualizzato il tuo profilo.

© 2024 LinkedIn Ireland Unlimited Company""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin", kind="social:linkedin-connection-employer-person")

M("banca-ec-giu", "2024-07-17 14:00", "Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>", OLD,
  "Il tuo estratto conto è disponibile",
  """Gentile Cliente,
nell'Archivio dell'app è disponibile: Estratto conto n. 2/2024 trimestrale – Conto XME ****2281.
Per la tua sicurezza non inseriamo link in questa comunicazione.
Intesa Sanpaolo S.p.A.""",
  auto_html=True, brand="Intesa Sanpaolo", color="#007a3d", mid="generic", kind="bank:statement")

M("italo-roma-luglio", "2024-07-17 21:05", "Italo <noreply@italotreno.it>", ME_ADDR,
  "Conferma di acquisto – Codice biglietto K2MF9Q",
  """Gentile Rossella Iovine,
grazie per aver scelto Italo!

Codice biglietto: K2MF9Q – 3 passeggeri (2 adulti, 1 ragazzo)
Sabato 20/07/2024 – Napoli Centrale 09:15 → Roma Termini 10:25 – Smart
Domenica 21/07/2024 – Roma Termini 18:35 → Napoli Centrale 19:45 – Smart

Totale: 92,70 €
Italo – Nuovo Trasporto Viaggiatori S.p.A.""",
  auto_html=True, brand="italo", color="#a8002a", mid="sendgrid", kind="travel:train-ticket")

M("career-news-4", "2024-07-18 07:30", "Carriere & Lavoro <newsletter@carriereelavoro.it>", ME_ADDR,
  "Trasferirsi per lavoro: tutte le agevolazioni 2024",
  """Carriere & Lavoro – la newsletter del mercoledì

Trasferirsi per lavoro: detrazioni sull'affitto, rimborso spese di trasloco e cosa chiedere al nuovo datore
La guida completa per chi cambia città con la famiglia.

Anche: il colloquio di fine prova, come prepararsi; offerte di lavoro estive, dove cercare; "ghosting" dei recruiter: perché succede.

Leggi online. Cancellati in un clic.""",
  auto_html=True, brand="Carriere & Lavoro", color="#3b5bdb", mid="sendgrid", kind="lookalike:newsletter-career-advice")

M("airbnb-roma", "2024-07-18 22:40", "Airbnb <automated@airbnb.com>", ME_ADDR,
  "Prenotazione confermata – Monteverde, Roma",
  """Rossella, la tua prenotazione è confermata!

Bilocale luminoso a due passi da Villa Pamphili – host: Lorenza
Check-in: sab 20 lug, dalle 15:00 · Check-out: dom 21 lug, entro le 11:00
3 ospiti

Totale (EUR): 118,40 €
Codice di conferma: HMX4Q8ZT2A

Scrivi a Lorenza per organizzare l'arrivo.""",
  auto_html=True, brand="airbnb", color="#ff385c", mid="generic", mid_domain="airbnb.com", kind="travel:accommodation")

M("davide-roma-weekend", "2024-07-19 08:10", DAVIDE, ME_ADDR, "domani",
  """Ho stampato le chiavi... nel senso, ho stampato il contratto firmato per l'agenzia, la Rinaldi dice che domani alle 17 ci consegna le chiavi così vediamo la casa vuota.
Matteo ha già preparato lo zaino con il pallone. Sveglia alle 7!""", mid="gmail", kind="personal:partner")

M("davide-roma-weekend-re", "2024-07-19 08:44", ME, DAVIDE, None,
  """Perfetto! Io porto il metro per misurare la cucina e la lista dell'IKEA di Anagnina. Sveglia alle 7, ma il caffè lo fai tu 😄""",
  reply="davide-roma-weekend", mid="gmail", kind="personal:partner-reply")

M("spotify-estate", "2024-07-20 12:00", "Spotify <no-reply@spotify.com>", ME_ADDR,
  "La tua estate in musica è pronta ☀️",
  """Ciao Rossella,
abbiamo creato per te la playlist "Estate 2024 Mix" con i brani che hai ascoltato di più a giugno, tra Pino Daniele, Geolier e Marco Mengoni.
Ascolta ora.
Spotify""", auto_html=True, brand="Spotify", color="#1db954", mid="sendgrid", kind="promo:streaming")
