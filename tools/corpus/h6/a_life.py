# -*- coding: utf-8 -*-
"""Mailbox A (Davide Ferraresi): look-alikes and hand-written everyday mail."""
from common import nj
from lib import brand_html

ME = "Davide Ferraresi <davide.ferraresi84@gmail.com>"
ME_OLD = "Davide Ferraresi <d.ferraresi@libero.it>"
ELENA = "Elena Guidi <elena.guidi.bo@gmail.com>"
NICOLA = "Nicola Ferraresi <nicola.ferraresi@gmail.com>"
MAMMA = "Loretta Bonora <loretta.bonora@libero.it>"
LUCA = "Luca Bertelli <luca.bertelli82@gmail.com>"
ANDREA = "Andrea Gamberini <andrea.gamberini@outlook.it>"
STEFANO = "Stefano Lolli <stefano.lolli.bo@gmail.com>"
FRANCO = "Franco Mazzetti <franco.mazzetti@alice.it>"


def lookalikes():
    L = []
    add = L.append
    add(dict(key="a-lk-nido1", dt="2024-02-06 21:12", frm="Comune di Bologna - Servizi Educativi <noreply.scuole@comune.bologna.it>",
             subj="Iscrizione nidi d'infanzia a.e. 2024/2025 - ricevuta di presentazione domanda", mid="comune.bologna.it",
             body="""Gentile FERRARESI DAVIDE,

la domanda di iscrizione al nido d'infanzia per l'anno educativo 2024/2025 è stata presentata correttamente.

Bambino/a: FERRARESI TOMMASO
Numero domanda: 2024/NIDI/018834
Data e ora di presentazione: 06/02/2024 21:11
Nidi indicati in ordine di preferenza:
1. Nido d'infanzia Giovannino - Quartiere Santo Stefano
2. Nido d'infanzia Il Pettirosso - Quartiere Santo Stefano
3. Nido d'infanzia Fantasia - Quartiere San Donato-San Vitale

La ricevuta in formato PDF è disponibile nell'area riservata del portale Scuole Online.
Le graduatorie provvisorie saranno pubblicate entro il 30 aprile 2024.

Comune di Bologna - Area Educazione, Istruzione e Nuove generazioni
Questa è una comunicazione automatica, non rispondere a questo indirizzo.""",
             slug="comune-iscrizione-nido-ricevuta", lab=nj("lookalike:childcare-application")))
    add(dict(key="a-lk-nido2", dt="2024-04-29 12:30", frm="Comune di Bologna - Servizi Educativi <noreply.scuole@comune.bologna.it>",
             subj="Esito domanda di iscrizione al nido d'infanzia - graduatoria 2024/2025", mid="comune.bologna.it",
             fmt="alt", html="auto", body="""Gentile FERRARESI DAVIDE,

la informiamo che sono state pubblicate le graduatorie dei nidi d'infanzia per l'anno educativo 2024/2025.

Esito della domanda n. 2024/NIDI/018834 (FERRARESI TOMMASO):
AMMESSO - Nido d'infanzia Giovannino, sezione medi, tempo pieno.

Per confermare il posto è necessario accettare l'ammissione dall'area riservata del portale Scuole Online entro il 13/05/2024. In assenza di accettazione entro il termine il posto sarà considerato rinunciato.

La retta mensile verrà calcolata sulla base dell'attestazione ISEE presente in banca dati INPS.

Cordiali saluti
Ufficio Iscrizioni - Comune di Bologna""", slug="comune-esito-graduatoria-nido", lab=nj("lookalike:childcare-admitted")))
    add(dict(key="a-lk-nido3", dt="2024-05-27 14:05", frm="Nido Giovannino <nido.giovannino@comune.bologna.it>",
             subj="Colloquio individuale con le famiglie dei nuovi iscritti", mid="comune.bologna.it",
             body="""Gentili genitori di Tommaso,

benvenuti al Nido Giovannino! Prima dell'inizio dell'inserimento a settembre vorremmo conoscervi con un colloquio individuale con le educatrici della sezione medi (Francesca e Milena).

Vi proponiamo giovedì 13 giugno alle 17:15, presso il nido (via Dante 7). Il colloquio dura circa 40 minuti: parleremo delle abitudini di Tommaso, del sonno, dell'alimentazione e di come organizzare le prime settimane.

Vi chiediamo di confermare rispondendo a questa mail o telefonando allo 051 219 4470. Se l'orario non va bene troveremo un'alternativa.

A presto,
la coordinatrice pedagogica
Silvia Monti""", slug="nido-colloquio-individuale-famiglie", lab=nj("lookalike:childcare-colloquio")))
    add(dict(key="a-lk-inps", dt="2024-03-01 10:44", frm="INPS <noreply@postacert.inps.gov.it>",
             subj="Assegno Unico e Universale - comunicazione esito domanda", mid="inps.gov.it", fmt="html",
             html="""<html><body style="font-family:Titillium Web,Arial,sans-serif;color:#17324d">
<p><b>Istituto Nazionale Previdenza Sociale</b></p>
<p>Gentile DAVIDE FERRARESI,</p>
<p>con riferimento alla domanda di Assegno Unico e Universale per i figli a carico protocollo <b>INPS.2700.2024.0412557</b>, la informiamo che la domanda è stata <b>ACCOLTA</b>.</p>
<p>L'importo spettante sarà accreditato sull'IBAN indicato in domanda a partire dalla mensilità di marzo 2024. Il dettaglio dell'importo è consultabile nell'area riservata MyINPS, sezione "Assegno unico - Consultazione domande".</p>
<p>La ricordiamo che eventuali variazioni del nucleo familiare o dell'ISEE devono essere comunicate tempestivamente.</p>
<p>Cordiali saluti<br>INPS - Direzione Centrale Inclusione</p>
<p style="font-size:11px">Messaggio generato automaticamente. Si prega di non rispondere.</p></body></html>""",
             slug="inps-assegno-unico-esito", lab=nj("lookalike:benefits-approved")))
    add(dict(key="a-lk-mutuo1", dt="2024-02-15 16:20", frm="Banca del Reno <consulenza@bancadelreno.it>",
             subj="Richiesta mutuo: conferma appuntamento con il suo consulente", mid="bancadelreno.it", fmt="alt", html="auto",
             body="""Gentile Cliente,

le confermiamo l'appuntamento per il colloquio relativo alla sua richiesta di mutuo per l'acquisto della prima casa.

Data: sabato 24 febbraio 2024, ore 10:00
Filiale: Bologna - Strada Maggiore 41
Consulente: dott. Marco Serra

Per velocizzare l'istruttoria porti con sé: documento d'identità e codice fiscale di entrambi i richiedenti, ultime tre buste paga, CUD/Certificazione Unica 2023, eventuale preliminare di compravendita.

Se non potesse partecipare, può spostare l'appuntamento dall'app o chiamando il numero verde 800 611 611.

Banca del Reno S.p.A.""", slug="banca-appuntamento-mutuo", lab=nj("lookalike:loan-colloquio")))
    add(dict(key="a-lk-mutuo2", dt="2024-04-05 11:03", frm="Marco Serra <marco.serra@bancadelreno.it>",
             subj="Esito istruttoria mutuo Ferraresi/Guidi", mid="outlook",
             body="""Buongiorno Sig. Ferraresi,

come anticipato a voce, le confermo che la sua richiesta di mutuo è stata approvata dal comitato crediti: delibera positiva per 210.000 euro, durata 25 anni, tasso fisso 3,45% (TAEG 3,71%).

La delibera ha validità 6 mesi. Per procedere con la perizia sull'immobile mi servirebbero il nome del notaio e la copia del compromesso quando lo avrete firmato.

Resto a disposizione, anche per un secondo incontro con la signora Guidi.

Cordiali saluti
Marco Serra
Consulente Mutui - Filiale Bologna Strada Maggiore
Banca del Reno S.p.A.""", slug="banca-esito-istruttoria-mutuo", lab=nj("lookalike:loan-approved")))
    add(dict(key="a-lk-carta", dt="2024-03-08 09:31", frm="Banca del Reno <noreply@bancadelreno.it>",
             subj="La sua richiesta di Carta Reno Oro è stata approvata", mid="bancadelreno.it", fmt="html",
             html=brand_html("""Gentile Davide,

siamo lieti di comunicarle che la sua richiesta di carta di credito Reno Oro è stata approvata.

Limite di utilizzo mensile: 3.000 euro
Canone: gratuito il primo anno

Riceverà la carta all'indirizzo di residenza entro 7-10 giorni lavorativi; il PIN sarà disponibile nell'app Banca del Reno, sezione Carte.

Grazie per aver scelto Banca del Reno.""", "Banca del Reno", "#7a1f2b", "Banca del Reno S.p.A. - Messaggio pubblicitario con finalità promozionale. Fogli informativi disponibili in filiale e sul sito."),
             slug="carta-credito-approvata", lab=nj("lookalike:credit-card-approved")))
    add(dict(key="a-lk-bici1", dt="2024-03-14 22:47", frm="Comune di Bologna - Bandi <bandi.mobilita@comune.bologna.it>",
             subj="Bando contributi e-bike 2024 - domanda ricevuta n. EB-2024-03391", mid="comune.bologna.it",
             body="""Gentile richiedente,

confermiamo la ricezione della domanda di contributo per l'acquisto di biciclette a pedalata assistita (Bando "Bologna Pedala 2024").

Numero domanda: EB-2024-03391
Richiedente: FERRARESI DAVIDE
Importo richiesto: 500,00 euro
Documentazione allegata: fattura n. 118/2024, documento d'identità

La domanda sarà istruita in ordine cronologico fino a esaurimento dei fondi. L'esito verrà comunicato via email entro 60 giorni.

Ufficio Mobilità Sostenibile - Comune di Bologna""", slug="bando-ebike-domanda-ricevuta", lab=nj("lookalike:grant-application")))
    add(dict(key="a-lk-bici2", dt="2024-05-09 13:15", frm="Comune di Bologna - Bandi <bandi.mobilita@comune.bologna.it>",
             subj="Bando e-bike 2024 - esito domanda EB-2024-03391", mid="comune.bologna.it",
             body="""Gentile FERRARESI DAVIDE,

la domanda EB-2024-03391 è stata AMMESSA a contributo per un importo di 500,00 euro.

Il contributo sarà liquidato mediante bonifico sull'IBAN indicato entro 90 giorni dalla presente comunicazione.

Ufficio Mobilità Sostenibile - Comune di Bologna""", slug="bando-ebike-esito-ammessa", lab=nj("lookalike:grant-approved")))
    add(dict(key="a-lk-affitto", dt="2024-03-19 18:55", frm=FRANCO, mid="alice.it", cs="iso-8859-1", cte="qp",
             subj="contratto di locazione - proposta di rinnovo",
             body="""Buonasera Davide,

come le avevo accennato a voce, il contratto 4+4 di via Oberdan arriva alla prima scadenza il 31 agosto. Io sarei contento di continuare con voi, siete inquilini tranquilli e puntuali.

La mia proposta per il rinnovo è di adeguare il canone a 950 euro al mese (oggi 880), spese condominiali invariate. In cambio mi impegno a sostituire la caldaia entro l'autunno, visto che ha i suoi anni.

Mi faccia sapere cosa ne pensate lei e la signora Elena, senza fretta. Se volete passo una sera a parlarne.

Cordiali saluti
Franco Mazzetti""", slug="affitto-proposta-rinnovo", lab=nj("lookalike:rent-offer")))
    add(dict(key="a-lk-ordine", dt="2024-04-04 08:00", frm="Ordine degli Ingegneri di Bologna <newsletter@ordineingegneri.bo.it>",
             subj="Newsletter n. 7/2024 - Intervista al Presidente sul nuovo regolamento formazione", mid="ordineingegneri.bo.it",
             fmt="alt", html="auto", body="""ORDINE DEGLI INGEGNERI DELLA PROVINCIA DI BOLOGNA - Newsletter n. 7/2024

IN PRIMO PIANO
Intervista al Presidente: "Il nuovo regolamento sulla formazione continua valorizza l'aggiornamento in azienda". Cosa cambia per i crediti formativi dal 2024, come vengono riconosciute le attività svolte presso il datore di lavoro e le nuove scadenze per l'autocertificazione.
Leggi l'intervista: https://www.ordineingegneri.bo.it/news/intervista-presidente-formazione-2024

EVENTI
- 18/04 Seminario "Direttiva Macchine e nuovo Regolamento (UE) 2023/1230" - 3 CFP - Sala convegni via Saragozza
- 09/05 Corso "Progettazione per l'additive manufacturing" - 8 CFP - online
- 23/05 Visita tecnica al cantiere del nuovo tram di Bologna - 2 CFP

BANDI E CONCORSI
Commissioni giudicatrici: aperte le candidature per l'elenco degli esperti. Scadenza 30/04.

QUOTA 2024
Si ricorda che la quota di iscrizione va versata entro il 31 maggio tramite PagoPA.""",
             slug="ordine-ingegneri-newsletter-intervista", lab=nj("lookalike:newsletter-interview")))
    add(dict(key="a-lk-luca", dt="2024-03-22 22:41", frm=LUCA, mid="gmail",
             subj="il mio colloquio in Moto Bolognesi 😅",
             body="""Oh Davide,

ti dovevo raccontare del mio colloquio di oggi in Moto Bolognesi, roba da matti. Tre ore. TRE. Prima l'HR con le domande sui punti di forza e debolezza (ho detto "sono troppo preciso", lo so, lo so), poi il responsabile del reparto telai mi ha messo davanti un disegno di un forcellone e mi ha chiesto dove si sarebbe rotto. Ci ho preso, credo.

Alla fine mi hanno fatto fare il giro della linea e mi hanno detto che mi fanno sapere entro due settimane. Il capo sembrava uno a posto, però lo stipendio di cui si parla non è granché più di adesso.

Tu come sei messo con le tue candidature? Sabato giro in bici? Previsto bello.

Luca""", slug="luca-il-mio-colloquio", lab=nj("lookalike:friend-interview-story")))
    add(dict(key="a-lk-nicola", dt="2024-04-21 22:05", frm=ME, to=NICOLA,
             subj="aggiornamenti sul fronte lavoro",
             body="""Ciao Nico,

ti aggiorno visto che la mamma mi chiede ogni domenica e non ho voglia di rispiegarlo a tutti :)

- Venturi (quelli di Ozzano): fatto il colloquio in Teams a marzo, da allora silenzio. Non ci conto più.
- L'agenzia mi aveva mandato da un'azienda di automazione a Granarolo: hanno preso un altro, uno con più esperienza di commesse estere.
- Cavalieri a Imola: colloquio martedì scorso con l'HR e il direttore tecnico, è andato bene davvero. Mi hanno fatto vedere il montaggio, gente seria. Vediamo.

Poi ho mandato un po' di candidature qua e là, ma la maggior parte non risponde nemmeno. Elena dice che devo essere più paziente, probabilmente ha ragione.

Ci vediamo a Ferrara il 1 maggio? Portiamo Tommaso.

D.""", slug="aggiornamenti-fronte-lavoro-nicola", lab=nj("lookalike:own-mail-about-search")))
    add(dict(key="a-lk-tips", dt="2024-03-26 12:00", frm="Carriere & Lavoro <newsletter@carriereelavoro.it>",
             subj="Colloquio di lavoro: le 7 domande che ti faranno (e come rispondere)", mid="carriereelavoro.it",
             fmt="html", html=brand_html("""Ciao Davide,

in questo numero:

1. COLLOQUIO DI LAVORO: LE 7 DOMANDE PIÙ FREQUENTI
"Mi parli di lei", "Perché vuole lasciare il suo lavoro attuale?", "Dove si vede tra cinque anni?": ecco come preparare risposte sincere ma efficaci, con esempi concreti.

2. RAL, NETTO E WELFARE: COME LEGGERE UNA PROPOSTA ECONOMICA
Prima di dire sì a un'offerta, confronta tutto il pacchetto: premi, buoni pasto, smart working, auto aziendale.

3. DIMISSIONI ONLINE: LA PROCEDURA PASSO PASSO
Preavviso, modulo telematico, cosa succede al TFR.

Buona lettura!
La redazione di Carriere & Lavoro

Ricevi questa newsletter perché ti sei iscritto su carriereelavoro.it. Cancellati qui: https://carriereelavoro.it/unsubscribe""", "Carriere & Lavoro", "#ff6f00"),
             slug="newsletter-colloquio-7-domande", lab=nj("lookalike:newsletter-interview-tips")))
    add(dict(key="a-lk-bici-promo", dt="2024-04-12 08:30", frm="Ciclomania <news@ciclomania.it>",
             subj="Offerta imperdibile per te: -30% su tutte le bici da corsa 🚴", mid="ciclomania.it", fmt="html",
             html=brand_html("""Ciao Davide,

solo fino a domenica: -30% su tutte le bici da corsa 2023 e -20% su caschi e scarpe.

La tua offerta personale: usa il codice PRIMAVERA30 al checkout.
Spedizione gratuita sopra i 99 euro, reso entro 30 giorni.

Scopri l'offerta: https://www.ciclomania.it/promo/primavera

Ciclomania - via Emilia Levante 121, Bologna""", "CICLOMANIA", "#d62828"), slug="ciclomania-offerta-imperdibile",
             lab=nj("lookalike:retail-offer")))
    add(dict(key="a-lk-vendilo", dt="2024-05-04 15:22", frm="Vendilo.it <notifiche@vendilo.it>",
             subj="Hai ricevuto una nuova offerta per: Passeggino trio usato poco", mid="vendilo.it", fmt="alt", html="auto",
             body="""Ciao Davide,

l'utente Sara_bo88 ti ha fatto un'offerta per il tuo annuncio "Passeggino trio usato poco".

Prezzo annuncio: 180 €
Offerta ricevuta: 140 €
Messaggio: "Ciao! Posso venire a vederlo sabato mattina? Se è come in foto lo prendo."

Accetta, rifiuta o fai una controproposta: https://www.vendilo.it/messaggi/88123410

Il team di Vendilo.it""", slug="vendilo-nuova-offerta-passeggino", lab=nj("lookalike:marketplace-offer")))
    add(dict(key="a-lk-volont", dt="2024-03-29 19:10", frm="Banco Solidale Emilia <volontari@bancosolidale-emilia.org>",
             subj="Grazie per la tua candidatura come volontario!", mid="bancosolidale-emilia.org",
             body="""Ciao Davide,

grazie per esserti candidato come volontario per la Raccolta di Primavera di sabato 13 aprile!

Ti abbiamo assegnato al punto raccolta: supermercato di via Massarenti 210, turno 9:00-13:00. Il capo équipe è Roberto (333 410 2281).

Ti chiediamo di presentarti 10 minuti prima per ritirare la pettorina. Se non puoi più partecipare, scrivici: riusciremo a sostituirti.

Grazie di cuore,
Banco Solidale Emilia ODV""", slug="banco-solidale-candidatura-volontario", lab=nj("lookalike:volunteer-application")))
    add(dict(key="a-lk-master1", dt="2024-02-09 17:35", frm="Scuola di Management Emilia <ammissioni@sme-bologna.it>",
             subj="Domanda di ammissione - Executive Master in Industrial Management", mid="sme-bologna.it", fmt="alt", html="auto",
             body="""Gentile Ing. Ferraresi,

abbiamo ricevuto la sua domanda di ammissione all'Executive Master in Industrial Management (edizione settembre 2024, formula weekend).

Il Comitato di Ammissione valuterà il suo profilo e la contatterà per fissare un colloquio motivazionale. Le ricordiamo che la quota di partecipazione è di 14.500 euro, con possibilità di borse di studio parziali per candidati sponsorizzati dall'azienda.

Ufficio Ammissioni
Scuola di Management Emilia""", slug="master-domanda-ammissione", lab=nj("lookalike:university-application")))
    add(dict(key="a-lk-master2", dt="2024-02-23 11:50", frm="Scuola di Management Emilia <ammissioni@sme-bologna.it>",
             subj="Executive Master in Industrial Management - invito al colloquio di ammissione", mid="sme-bologna.it",
             body="""Gentile Ing. Ferraresi,

la sua candidatura ha superato la prima fase di valutazione. La invitiamo a un colloquio di ammissione con il Direttore del Master, prof. Alberto Casadei.

Può prenotare uno degli slot disponibili (online, 30 minuti) a questo link:
https://calendly.com/sme-ammissioni/colloquio-emim

Al termine del colloquio riceverà l'esito entro 10 giorni lavorativi.

Ufficio Ammissioni
Scuola di Management Emilia""", slug="master-invito-colloquio-ammissione", lab=nj("lookalike:university-interview")))
    add(dict(key="a-lk-ricerca", dt="2024-05-14 12:10", frm="Movi Car Sharing <ricerca@movicarsharing.it>",
             subj="Ci dedichi 20 minuti? Intervista con il nostro team (15€ di credito)", mid="movicarsharing.it",
             fmt="html", html=brand_html("""Ciao Davide,

stiamo ridisegnando l'app Movi e vorremmo sentire chi la usa davvero. Ti va di fare un'intervista di 20 minuti in videochiamata con il nostro team di prodotto?

Come ringraziamento riceverai 15 euro di credito di guida.

Scegli un orario: https://movicarsharing.it/ricerca/prenota?u=dferraresi

Grazie!
Il team Movi""", "movi", "#00a19a"), slug="movi-intervista-utenti", lab=nj("lookalike:user-research-invite")))
    add(dict(key="a-lk-podcast", dt="2024-05-22 06:30", frm="Fabbrica Futura Podcast <ciao@fabbricafutura.fm>",
             subj="Nuovo episodio: intervista a Chiara Lenzi, CEO di un'azienda di robotica da 200 persone", mid="fabbricafutura.fm",
             body="""Nuovo episodio di Fabbrica Futura!

Ep. 84 - "Assumere ingegneri in Emilia è diventato difficilissimo"
In questa intervista Chiara Lenzi racconta come la sua azienda ha cambiato il modo di selezionare e trattenere i tecnici: meno colloqui, più prove pratiche, stipendi rivisti e formazione interna.

Ascolta su tutte le piattaforme: https://fabbricafutura.fm/84

Alla prossima,
Mattia & Giulia""", slug="podcast-nuovo-episodio-intervista", lab=nj("lookalike:podcast-interview")))
    add(dict(key="a-lk-referral", dt="2024-03-07 09:15", frm="HR Tecnoimballi <hr@tecnoimballi.it>",
             to="tutti@tecnoimballi.it", subj="Cerchiamo nuovi colleghi: programma Segnala un amico", mid="tecnoimballi.it",
             fmt="alt", html="auto",
             body="""Care colleghe, cari colleghi,

Tecnoimballi sta crescendo e abbiamo aperto 6 nuove posizioni (2 progettisti meccanici, 1 programmatore PLC, 2 tecnici di collaudo, 1 buyer). Trovate gli annunci in bacheca e sulla intranet.

Ricordiamo il programma "Segnala un amico": se una persona da voi segnalata viene assunta e supera il periodo di prova, riceverete un bonus di 500 euro in welfare. Inviate il CV a hr@tecnoimballi.it indicando "Segnalazione" nell'oggetto.

Grazie a tutti,
Ufficio Risorse Umane""", slug="tecnoimballi-segnala-un-amico", lab=nj("lookalike:employer-referral-program")))
    return L


def personal():
    P = []
    add = P.append
    # --- Elena
    add(dict(key="a-p-el1", dt="2024-02-07 12:48", frm=ELENA, subj="lista spesa + pediatra", mid="gmail",
             body="""amo stasera passi tu dalla spesa? ti lascio la lista:
- latte (quello senza lattosio per me)
- yogurt bianchi x Tommi
- pane
- zucchine, carote
- detersivo lavatrice
- pannolini taglia 4!!!

Poi ricordati che giovedì alle 16:40 c'è il pediatra, ci vado io ma mi serve la macchina.
E.""", slug="lista-spesa-pediatra"))
    add(dict(key="a-p-el1r", dt="2024-02-07 13:10", frm=ME, to=ELENA, subj="Re: lista spesa + pediatra", parent="a-p-el1",
             quote="gmail-it", body="ok ci passo io. per la macchina giovedì va bene, vado in bici.\n", slug="re-lista-spesa"))
    add(dict(key="a-p-el2", dt="2024-03-02 10:15", frm=ELENA, subj="casa via Libia - foto", mid="gmail",
             attach=[("IMG_4471.jpg", "jpg"), ("IMG_4472.jpg", "jpg")],
             body="""Ti mando le foto della casa di via Libia che ho visto stamattina con mia mamma. Il soggiorno è luminoso, la cucina va rifatta. C'è la cantina ma niente garage. 3° piano con ascensore.

Chiedono 265 ma secondo l'agente si tratta. Guarda e poi ne parliamo stasera.""", slug="casa-via-libia-foto"))
    add(dict(key="a-p-el3", dt="2024-05-15 07:58", frm=ELENA, subj="!!!", mid="gmail",
             body="""Ho letto solo adesso la mail di Cavalieri che mi hai girato. SONO CONTENTISSIMA.
54 + premio + smart working... stasera si festeggia, prendo la pizza da Gino.
Ti amo""", slug="elena-festeggiamo"))
    add(dict(key="a-p-el4", dt="2024-06-11 16:22", frm=ELENA, subj="I: Conferma prenotazione - Agriturismo Il Mandorlo", mid="gmail",
             body="""---------- Forwarded message ---------
Da: Agriturismo Il Mandorlo <info@ilmandorlo-cilento.it>
Date: mar 11 giu 2024 alle ore 15:40
Subject: Conferma prenotazione - Agriturismo Il Mandorlo
To: <elena.guidi.bo@gmail.com>

Gentile Sig.ra Guidi,
confermiamo la prenotazione dal 3 al 10 agosto 2024, camera familiare con lettino per bambino, trattamento mezza pensione. Acconto ricevuto: 300 euro.
A presto!
Famiglia Esposito""", slug="i-conferma-prenotazione-agriturismo"))
    # --- Mamma
    add(dict(key="a-p-ma1", dt="2024-02-11 19:40", frm=MAMMA, to=ME_OLD, mid="libero", cs="iso-8859-1", cte="qp",
             subj="domenica prossima", body="""Caro Davide
domenica prossima venite a pranzo? Faccio i tortellini, il papà ha già comprato il Lambrusco. Dimmi se venite anche con Elena e il bimbo così preparo il seggiolone della zia.
Un bacio
Mamma

Inviato da Libero Mail per Android""", slug="mamma-domenica-prossima"))
    add(dict(key="a-p-ma1r", dt="2024-02-11 21:02", frm=ME, to=MAMMA, subj="Re: domenica prossima", parent="a-p-ma1", quote="gmail-it",
             body="Ciao mamma, sì veniamo tutti e tre, arriviamo verso mezzogiorno e mezzo. Porto io il dolce.\nBaci\nD\n",
             slug="re-mamma-domenica"))
    add(dict(key="a-p-ma2", dt="2024-04-02 10:22", frm=MAMMA, to=ME_OLD, mid="libero", cs="iso-8859-1", cte="qp",
             subj="foto di Pasqua", attach=[("DSC_0381.jpg", "jpg"), ("DSC_0385.jpg", "jpg"), ("DSC_0390.jpg", "jpg")],
             body="""Ecco le foto di Pasqua, quella di Tommaso con l'uovo è bellissima!! La faccio stampare per la nonna Ines.
Mamma""", slug="mamma-foto-pasqua"))
    add(dict(key="a-p-ma3", dt="2024-05-25 09:03", frm=MAMMA, to=ME_OLD, mid="libero", cs="iso-8859-1", cte="qp",
             subj="bravo!! sono così contenta", subj_cs="iso-8859-1", body="""Davide ho saputo da Nicola del lavoro nuovo! Bravo, sono tanto contenta. Imola non è lontana. Il papà dice che la Cavalieri la conosceva già ai tempi della Weber.
Chiamami quando hai un minuto.
Mamma""", slug="mamma-bravo"))
    # --- Nicola
    add(dict(key="a-p-ni1", dt="2024-02-17 11:30", frm=NICOLA, mid="gmail", subj="gomme invernali",
             body="""Ciao, alla fine le gomme invernali le tieni tu o le vendo? Il gommista mi ha detto che sono ancora buone per un'altra stagione. Se le vuoi te le porto domenica dalla mamma.
N.""", slug="nicola-gomme-invernali"))
    add(dict(key="a-p-ni2", dt="2024-04-22 08:14", frm=NICOLA, mid="gmail", subj="Re: aggiornamenti sul fronte lavoro",
             parent="a-lk-nicola", quote="gmail-it",
             body="""Grazie del riassunto, lo giro mentalmente alla mamma :)
Su Venturi: da quello che so (mio cognato ci lavora in montaggio) stanno assumendo solo gente dal farmaceutico, quindi non prenderla sul personale.
Cavalieri sarebbe top, fammi sapere. Per il primo maggio sì, venite pure, Giada fa la grigliata.
N.""", slug="re-aggiornamenti-nicola"))
    # --- Luca
    add(dict(key="a-p-lu1", dt="2024-03-23 09:02", frm=ME, to=LUCA, subj="Re: il mio colloquio in Moto Bolognesi 😅",
             parent="a-lk-luca", quote="gmail-it",
             body="""Ahah tre ore è tanto ma almeno ti hanno fatto vedere la linea, vuol dire che gli interessi. In bocca al lupo!
Io tutto fermo, tranne un paio di cose che ti racconto sabato. Giro ok: partenza 8:30 da Porta Saragozza, San Luca + Badolo?
D.""", slug="re-luca-colloquio-giro"))
    add(dict(key="a-p-lu2", dt="2024-04-09 20:33", frm=LUCA, mid="gmail", subj="news",
             body="""Mi hanno preso in Moto Bolognesi! Inizio a giugno. Birra venerdì? Offro io.
L.""", slug="luca-news"))
    add(dict(key="a-p-lu3", dt="2024-06-20 18:44", frm=LUCA, mid="gmail", subj="prima settimana",
             body="""Allora, prima settimana in Moto Bolognesi: ambiente bellissimo, mensa discutibile, CAD da installare ancora (mi hanno dato un pc del 2015). Tu quando inizi a Imola? 1 luglio giusto?
Domenica Monte Sole con Andrea, vieni?""", slug="luca-prima-settimana"))
    # --- Stefano (colleague, personal)
    add(dict(key="a-p-st1", dt="2024-02-22 13:05", frm=STEFANO, mid="gmail", subj="calcetto giovedì",
             to="Davide Ferraresi <davide.ferraresi84@gmail.com>, Ilaria Conti <ilaria.conti90@gmail.com>, Michele Bassi <mik.bassi@libero.it>",
             body="""Ragazzi giovedì calcetto al centro sportivo Pontevecchio ore 21, siamo in 9, serve il decimo. Davide porti tu il pallone che il mio è andato.
Ste""", slug="calcetto-giovedi"))
    add(dict(key="a-p-st2", dt="2024-05-22 21:40", frm=STEFANO, mid="gmail", subj="ma è vero??",
             body="""Ho sentito da Ilaria che hai dato le dimissioni!! Traditore :)
Scherzi a parte, complimenti, te lo meriti. Però la cena d'addio la organizziamo noi, non accetto un no. Mandami le date buone di giugno.
Ste""", slug="stefano-ma-e-vero"))
    add(dict(key="a-p-st2r", dt="2024-05-22 22:15", frm=ME, to=STEFANO, subj="Re: ma è vero??", parent="a-p-st2", quote="gmail-it",
             body="""Eh sì, è vero... dal 1 luglio vado in Cavalieri a Imola. Mi dispiace lasciare voi più che il lavoro, lo sai.
Per la cena: 14 o 21 giugno, entrambi venerdì. Dove volete, ma niente sushi che Michele poi si lamenta.
D.""", slug="re-stefano-dimissioni"))
    add(dict(key="a-p-st3", dt="2024-06-06 12:20", frm=STEFANO, mid="gmail", subj="cena addio Davide - venerdì 21",
             to="Davide Ferraresi <davide.ferraresi84@gmail.com>, Ilaria Conti <ilaria.conti90@gmail.com>, Michele Bassi <mik.bassi@libero.it>, Paolo Rizzi <paolo.rizzi@tecnoimballi.it>",
             body="""Prenotato: venerdì 21 giugno ore 20:30, Osteria dell'Orsa, tavolo per 14. Quota 35 euro a testa bevande comprese, il regalo lo gestisce Ilaria (Davide non leggere la riga sopra).
Ste""", slug="cena-addio-venerdi-21"))
    # --- Andrea, cycling club
    add(dict(key="a-p-an1", dt="2024-02-29 18:12", frm="G.S. Ciclistica Savena <segreteria@ciclisticasavena.it>",
             subj="Rinnovo tesseramento 2024 e uscita sociale del 10 marzo", mid="ciclisticasavena.it",
             body="""Ciao a tutti,

ricordiamo che il tesseramento 2024 (40 euro, comprensivo di assicurazione FCI) va rinnovato entro il 15 marzo con bonifico all'IBAN della società, indicando nome e cognome nella causale. Serve il certificato medico agonistico in corso di validità.

Domenica 10 marzo prima uscita sociale: ritrovo alle 8:45 al bar Zanarini di San Lazzaro, percorso Idice-Sassoleone-Castel del Rio, 95 km. Velocità media 26-28.

Il direttivo""", slug="ciclistica-rinnovo-tesseramento"))
    add(dict(key="a-p-an2", dt="2024-04-18 21:01", frm=ANDREA, mid="outlook", subj="Nove Colli - iscrizione",
             body="""Davide, le iscrizioni della Nove Colli aprono domani alle 10 e finiscono in 20 minuti come ogni anno. Io faccio la mia e quella di Luca, vuoi che faccia anche la tua? Mi servono il codice tessera e la taglia della maglia.
Andrea""", slug="nove-colli-iscrizione"))
    add(dict(key="a-p-an2r", dt="2024-04-18 21:20", frm=ME, to=ANDREA, subj="R: Nove Colli - iscrizione", parent="a-p-an2",
             quote="gmail-it", body="""Grazie! Tessera FCI 908812K, maglia L. Quest'anno però faccio il percorso corto, non ho le gambe per i 205.
D.""", slug="r-nove-colli"))
    add(dict(key="a-p-an3", dt="2024-05-20 08:35", frm="G.S. Ciclistica Savena <segreteria@ciclisticasavena.it>",
             subj="Foto Nove Colli + cena sociale", mid="ciclisticasavena.it",
             body="""Complimenti a tutti i 14 soci che hanno concluso la Nove Colli! Le foto sono sulla cartella condivisa: https://drive.google.com/drive/folders/1ncLxS7v2savena

Cena sociale sabato 8 giugno al circolo di Ponticella, adesioni entro il 1 giugno a Roberta.

Il direttivo""", slug="ciclistica-foto-nove-colli"))
    # --- Landlord & condominio
    add(dict(key="a-p-fr1", dt="2024-02-14 09:10", frm=FRANCO, mid="alice.it", cs="iso-8859-1", cte="qp",
             subj="lettura contatori acqua", body="""Buongiorno Davide,
venerdì mattina passa il tecnico per la lettura dei contatori dell'acqua di tutto il condominio, fra le 9 e le 12. Se non c'è nessuno in casa può lasciare le chiavi alla signora Pina del primo piano?
Grazie
Franco Mazzetti""", slug="lettura-contatori-acqua"))
    add(dict(key="a-p-fr2", dt="2024-04-03 19:20", frm=ME, to=FRANCO, subj="Re: contratto di locazione - proposta di rinnovo",
             parent="a-lk-affitto", quote="gmail-it",
             body="""Buonasera Sig. Mazzetti,

grazie della proposta e dell'apprezzamento. Ne abbiamo parlato con Elena: per noi va bene il rinnovo a 950 euro con la sostituzione della caldaia entro ottobre. Le dico però con trasparenza che stiamo valutando l'acquisto di una casa, per cui è possibile che nel giro di un anno le daremo disdetta con il preavviso previsto.

Se le va bene passi pure una sera della prossima settimana per firmare.

Cordiali saluti
Davide Ferraresi""", slug="re-rinnovo-locazione"))
    add(dict(key="a-p-cond", dt="2024-03-11 17:45", frm="Studio Amministrazioni Pallotti <condomini@studiopallotti.it>",
             subj="Condominio via Oberdan 22 - convocazione assemblea ordinaria", mid="studiopallotti.it",
             attach=[("Convocazione_assemblea_2024.pdf", "pdf")],
             body="""Gentili condomini,

si trasmette in allegato la convocazione dell'assemblea ordinaria che si terrà in seconda convocazione giovedì 4 aprile 2024 alle ore 18:30 presso la sala parrocchiale di San Martino.

Ordine del giorno: approvazione consuntivo 2023, preventivo 2024, rifacimento facciata lato cortile (preventivi), varie ed eventuali.

Gli inquilini sono invitati a informare i rispettivi proprietari.

Studio Amministrazioni Pallotti""", slug="condominio-convocazione-assemblea"))
    # --- Nido attuale / pediatra
    add(dict(key="a-p-nido1", dt="2024-02-26 17:30", frm="Nido Il Girasole <info@nidoilgirasole.it>",
             subj="Festa di Carnevale e avvisi", mid="nidoilgirasole.it",
             body="""Care famiglie,

venerdì 1 marzo faremo la festa di Carnevale al nido: i bambini possono venire mascherati (niente coriandoli per favore, li troviamo fino a giugno!).

Ricordiamo inoltre che la retta di marzo va versata entro il 5 del mese e che il nido resterà chiuso lunedì 1 aprile (Pasquetta).

Un abbraccio
Le educatrici del Girasole""", slug="nido-girasole-carnevale"))
    add(dict(key="a-p-nido2", dt="2024-04-17 15:02", frm="Nido Il Girasole <info@nidoilgirasole.it>",
             subj="Avviso: caso di scarlattina in sezione", mid="nidoilgirasole.it",
             body="""Care famiglie della sezione Lattanti-Medi,

vi informiamo che è stato segnalato un caso di scarlattina. Non è necessaria alcuna profilassi, ma vi chiediamo di prestare attenzione a febbre e mal di gola nei prossimi giorni e di contattare il vostro pediatra in caso di sintomi.

La coordinatrice""", slug="nido-girasole-scarlattina"))
    add(dict(key="a-p-nido3", dt="2024-06-14 16:40", frm="Nido Il Girasole <info@nidoilgirasole.it>",
             subj="Festa di fine anno - sabato 22 giugno", mid="nidoilgirasole.it", attach=[("Invito_festa_fine_anno.pdf", "pdf")],
             body="""Care famiglie,
vi aspettiamo sabato 22 giugno dalle 10:30 nel giardino del nido per la festa di fine anno! Ogni famiglia porta qualcosa da condividere (dolce o salato, senza frutta secca). In allegato l'invito preparato dai bambini.
Le educatrici""", slug="nido-girasole-festa-fine-anno"))
    add(dict(key="a-p-ped", dt="2024-03-04 08:05", frm="Studio Pediatrico Rinaldi <segreteria@pediatrarinaldi.it>",
             subj="Promemoria bilancio di salute - Tommaso Ferraresi", mid="pediatrarinaldi.it",
             body="""Gentile famiglia,
vi ricordiamo l'appuntamento per il bilancio di salute dei 15 mesi di Tommaso: mercoledì 6 marzo alle 16:20. Portate il libretto vaccinale.
Per disdire rispondete a questa email almeno 24 ore prima.
Studio Pediatrico Dott.ssa Rinaldi""", slug="pediatra-promemoria-bilancio"))
    # --- Tecnoimballi personal/work bits sent to personal address
    add(dict(key="a-p-tec1", dt="2024-02-20 18:25", frm="Ilaria Conti <ilaria.conti90@gmail.com>", mid="gmail",
             subj="file tavola rulliera", body="""Davide scusa se ti scrivo sulla mail personale, ma il server mi sta rifiutando gli allegati grossi. Ti giro il link alla cartella con la tavola della rulliera rev. C, così domani mattina la guardi prima della riunione con Paolo:
https://wetransfer.com/downloads/8a17c2e5f0d94b31
Grazie!
Ila""", slug="ilaria-file-tavola-rulliera"))
    add(dict(key="a-p-tec2", dt="2024-05-21 17:48", frm=ME, to="Paolo Rizzi <paolo.rizzi@tecnoimballi.it>",
             subj="Dimissioni - Davide Ferraresi",
             body="""Ciao Paolo,

come ti ho detto a voce poco fa, ti confermo che oggi ho inviato le dimissioni tramite la procedura telematica, con decorrenza del preavviso da domani. L'ultimo giorno di lavoro sarà quindi venerdì 28 giugno.

Sono stati anni importanti e ti ringrazio davvero per la fiducia. Nelle prossime settimane preparo il passaggio di consegne su tutte le commesse aperte (in particolare la FX-300 per il cliente polacco) e affianco Ilaria finché serve.

Un abbraccio,
Davide""", slug="dimissioni-davide-ferraresi"))
    add(dict(key="a-p-tec3", dt="2024-05-22 09:30", frm="Paolo Rizzi <paolo.rizzi@tecnoimballi.it>", mid="tecnoimballi.it",
             subj="R: Dimissioni - Davide Ferraresi", parent="a-p-tec2", quote="outlook-it",
             body="""Davide,
mi dispiace molto ma capisco, è un passo giusto per te. Grazie per tutto quello che hai fatto in questi anni. Organizziamo il passaggio di consegne venerdì con Ilaria e Michele.
Paolo""", slug="r-dimissioni-paolo"))
    # --- Misc one-offs
    add(dict(key="a-p-officina", dt="2024-03-13 11:40", frm="Autofficina Tinti <autofficinatinti@gmail.com>", mid="gmail",
             subj="preventivo tagliando Golf", body="""Buongiorno,
come da accordi le mando il preventivo per il tagliando dei 120.000 km della Golf: olio e filtri 210 euro, cinghia distribuzione + pompa acqua 480 euro, pastiglie anteriori 95 euro. Totale 785 euro IVA inclusa. Possiamo farlo martedì 19, la macchina la lascia alle 8 e la riprende alle 18.
Officina Tinti""", slug="preventivo-tagliando-golf"))
    add(dict(key="a-p-assic", dt="2024-04-26 10:00", frm="Assicurazioni Padane <noreply@assicurazionipadane.it>",
             subj="Il tuo contratto RC Auto scade il 15/05/2024: rinnova ora", mid="assicurazionipadane.it", fmt="html",
             html=brand_html("""Ciao Davide,

la polizza RC Auto n. 55012877 per il veicolo targato FZ 418 KN scade il 15/05/2024.

Premio di rinnovo: 412,30 euro (classe di merito 1). Puoi pagare online entro la scadenza oppure recarti in agenzia.

Rinnova ora: https://www.assicurazionipadane.it/area-clienti/rinnovo

Assicurazioni Padane S.p.A.""", "Assicurazioni Padane", "#00539b"), slug="rc-auto-scadenza-rinnovo"))
    add(dict(key="a-p-biblio", dt="2024-03-28 07:00", frm="Biblioteche di Bologna <noreply@bibliotechebologna.it>",
             subj="Prestiti in scadenza", mid="bibliotechebologna.it", cs="iso-8859-1", cte="qp",
             body="""Gentile utente,
i seguenti prestiti sono in scadenza il 02/04/2024:
- "Il libro della giungla" (illustrato) - Biblioteca Salaborsa Ragazzi
- "Elementi di meccanica delle vibrazioni" - Biblioteca Salaborsa
Puoi rinnovarli dal tuo profilo su https://opac.bibliotechebologna.it
Biblioteche di Bologna""", slug="biblioteca-prestiti-in-scadenza"))
    add(dict(key="a-p-agenzia", dt="2024-03-04 18:30", frm="Immobiliare Santo Stefano <info@immobiliaresantostefano.it>",
             subj="Visita immobile via Libia 38 - conferma", mid="immobiliaresantostefano.it",
             body="""Gentile Sig. Ferraresi,
le confermo la seconda visita dell'appartamento di via Libia 38 per sabato 9 marzo alle 11:00, insieme alla Sig.ra Guidi. Il proprietario sarà presente e potrete fare le vostre domande sugli interventi di ristrutturazione del 2019.
Cordiali saluti
Roberto Lelli - Immobiliare Santo Stefano""", slug="visita-immobile-via-libia"))
    add(dict(key="a-p-agenzia2", dt="2024-03-16 12:05", frm="Immobiliare Santo Stefano <info@immobiliaresantostefano.it>",
             subj="via Libia 38 - risposta del proprietario", mid="immobiliaresantostefano.it",
             body="""Gentile Sig. Ferraresi,
ho parlato con il proprietario: la vostra proposta di 240.000 euro purtroppo non è stata accettata, ha ricevuto un'altra offerta più alta. Mi dispiace. Ho però due immobili simili in zona Mazzini che non sono ancora pubblicati, se volete ve li faccio vedere la prossima settimana.
Roberto Lelli""", slug="via-libia-risposta-proprietario"))
    add(dict(key="a-p-commercialista", dt="2024-05-08 10:12", frm="Studio Fiscale Bertocchi <caf@studiobertocchi.it>",
             subj="730/2024 - documenti da portare", mid="studiobertocchi.it",
             body="""Gentile cliente,
le ricordiamo l'appuntamento per la compilazione del modello 730/2024 giovedì 16 maggio alle 18:00. Porti: Certificazione Unica 2024, spese mediche e farmacia, ricevute nido, contratto di locazione e ricevute del canone, spese per attività sportive.
Studio Fiscale Bertocchi - CAF convenzionato""", slug="730-documenti-da-portare"))
    return P
