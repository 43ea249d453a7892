# -*- coding: utf-8 -*-
"""Mailbox B (Giulia Marengo): look-alikes and hand-written everyday mail."""
from common import nj
from lib import brand_html

ME = "Giulia Marengo <giulia.marengo.ux@gmail.com>"
ME_OLD = "Giulia Marengo <giulia.marengo@outlook.it>"
MAMMA = "Paola Giordano <paola.giordano61@libero.it>"
FRA = "Francesca Marengo <fra.marengo@gmail.com>"
CHIARA = "Chiara Botta <chiarabotta.to@gmail.com>"
MARTA = "Marta Ferrero <marta.ferrero@gmail.com>"
ALE = "Alessandro Bruno <ale.bruno.to@gmail.com>"
CASA = "Casa Sabauda Immobiliare <affitti@casasabauda.it>"


def lookalikes():
    L = []
    add = L.append
    add(dict(key="b-lk-casa1", dt="2024-09-19 12:40", frm=CASA, mid="casasabauda.it",
             subj="Candidatura per l'appartamento in via Nizza 112 - documenti richiesti",
             body="""Gentile Sig.ra Marengo,

grazie per aver visitato l'appartamento di via Nizza 112 (bilocale, 3° piano) e per aver presentato la sua candidatura come inquilina.

Per sottoporre la sua candidatura alla proprietà abbiamo bisogno dei seguenti documenti:
- documento d'identità e codice fiscale;
- ultime tre buste paga e contratto di lavoro;
- eventuale garanzia (fideiussione o garante).

La proprietà valuterà le candidature ricevute entro la fine della prossima settimana.

Cordiali saluti
Serena Actis - Ufficio Locazioni
Casa Sabauda Immobiliare""", slug="casa-sabauda-candidatura-appartamento", lab=nj("lookalike:flat-application")))
    add(dict(key="b-lk-casa2", dt="2024-09-30 17:15", frm=CASA, mid="casasabauda.it",
             subj="R: Candidatura per l'appartamento in via Nizza 112 - esito", parent="b-lk-casa1",
             body="""Gentile Sig.ra Marengo,

la ringraziamo per l'interesse e per la documentazione inviata. La informiamo che la proprietà ha deciso di proseguire con un altro candidato, che ha proposto un contratto di durata più lunga.

Le segnaleremo volentieri altri immobili in zona San Salvario/Nizza che corrispondano alla sua ricerca.

Cordiali saluti
Serena Actis - Casa Sabauda Immobiliare""", slug="casa-sabauda-esito-via-nizza", lab=nj("lookalike:flat-rejection")))
    add(dict(key="b-lk-casa3", dt="2024-11-22 10:05", frm="Roberta Gili <roberta.gili@studiogili-immobili.it>", mid="outlook",
             subj="Via Vanchiglia 18 - proposta accettata!",
             body="""Buongiorno Giulia,

ottime notizie: il proprietario ha accettato la sua proposta per il bilocale di via Vanchiglia 18, canone 720 euro/mese + 60 di spese, contratto 4+4 con decorrenza 1 gennaio 2025.

Le propongo di firmare il contratto in agenzia martedì 3 dicembre alle 18:00. Porti il bonifico del deposito cauzionale (tre mensilità) e la prima mensilità.

Complimenti e a presto,
Roberta Gili
Studio Gili Immobili - Torino""", slug="vanchiglia-proposta-accettata", lab=nj("lookalike:flat-offer-accepted")))
    add(dict(key="b-lk-ui", dt="2024-09-26 15:22", tz="America/New_York", frm="User Interviews <notifications@userinterviews.com>",
             subj="3 new participants applied to your study \"Pharmacy app - returning users\"", mid="userinterviews.com",
             fmt="alt", html="auto", body="""Hi Giulia,

3 new participants applied to your project "Pharmacy app - returning users".

- Participant #48211 - Milan, IT - matches 5/5 screener criteria
- Participant #48230 - Turin, IT - matches 4/5 screener criteria
- Participant #48236 - Bologna, IT - matches 5/5 screener criteria

Review applicants and invite them to schedule: https://www.userinterviews.com/projects/ZkP4e2/participants

You have 9 of 12 sessions filled.

User Interviews""", slug="user-interviews-new-participants", lab=nj("lookalike:research-participant-applications", "en")))
    add(dict(key="b-lk-jira", dt="2024-10-08 11:47", tz="UTC", frm="Davide Rosso (Jira) <jira@hirelo.atlassian.net>",
             subj="[JIRA] (HIR-231) Usability test: ATS integration – candidate import flow", mid="hirelo.atlassian.net",
             fmt="alt", html="auto", body="""Davide Rosso assigned HIR-231 to Giulia Marengo

HIR-231 Usability test: ATS integration – candidate import flow

Type: Task    Priority: High    Sprint: HIR Sprint 19
Description:
Before we ship the Greenhouse/Lever import, we need 5 moderated sessions with recruiters from our pilot customers. Goal: check whether recruiters understand the mapping screen (job stages -> Hirelo pipeline) and the duplicate-candidate warning.
Giulia: can you draft the test script and the recruiter screener by Friday? Prototype link in Figma.

View issue: https://hirelo.atlassian.net/browse/HIR-231

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100270)""", slug="jira-hir-231-ats-integration-test",
             lab=nj("lookalike:work-ats-software-ticket", "en")))
    add(dict(key="b-lk-slack", dt="2024-10-15 16:03", tz="UTC", frm="Slack <notification@slack.com>",
             subj="[Slack] New messages from Davide Rosso in #research-hirelo", mid="slack.com", fmt="alt", html="auto",
             body="""You have a new mention in Hirelo (hirelo.slack.com)

#research-hirelo
Davide Rosso  4:02 PM
@Giulia the interview guide for recruiters looks great 🙌 one thing: can we add a task where they reject a candidate in bulk? Two pilot customers asked how the rejection emails sync back from the ATS.

Reply in Slack: https://hirelo.slack.com/archives/C05R8Q2LMNA/p1729008134

You're receiving this email because you haven't been active in Slack. Change notification settings.""",
             slug="slack-research-hirelo-mention", lab=nj("lookalike:slack-recruiting-software", "en")))
    add(dict(key="b-lk-nl", dt="2024-09-11 14:00", tz="UTC", frm="Field Notes by Dana Whitlock <danawhitlock@substack.com>",
             subj="How to run better user interviews (without a script)", mid="substack.com", fmt="html",
             html=brand_html("""Field Notes - issue 57

HOW TO RUN BETTER USER INTERVIEWS
Most interview guides are too long. This week: why I now walk into interviews with three questions and a list of "things I'd be surprised by", how to stay quiet for longer than is comfortable, and the follow-up question that saved my last study.

ALSO
- A template for synthesis that your PM will actually read
- Job interview season? My take on portfolio presentations for researchers

Read online: https://danawhitlock.substack.com/p/better-user-interviews""", "Field Notes", "#ff6719"),
             slug="field-notes-better-user-interviews", lab=nj("lookalike:newsletter-interview-tips", "en")))
    add(dict(key="b-lk-pod", dt="2024-10-24 06:00", tz="UTC", frm="Mixed Methods Podcast <hello@mixedmethods.fm>",
             subj="New episode: an interview with Ana Ribeiro, Head of Research at a London fintech", mid="mixedmethods.fm",
             body="""New on Mixed Methods

Ep. 142 - Building a research team from 1 to 8
We interview Ana Ribeiro about hiring her first researchers, what she looks for in a take-home exercise, and why she stopped running research "for" teams and started running it "with" them.

Listen: https://mixedmethods.fm/142""", slug="mixed-methods-podcast-interview", lab=nj("lookalike:podcast-interview", "en")))
    add(dict(key="b-lk-marta", dt="2024-10-02 21:55", frm=MARTA, mid="gmail", subj="colloquio oggi: com'è andata",
             body="""Giuli!!!

ti aggiorno sul colloquio di oggi da Lumen (quella insurtech di Milano): secondo round con la Head of Design e un PM. Mi hanno fatto fare un whiteboard challenge sul flusso dei sinistri, 45 minuti in piedi davanti a una lavagna, ho sudato anche le sopracciglia. Però credo sia andata bene, il PM annuiva tanto.

Mi hanno detto che mi fanno sapere entro due settimane se passo al final round con il CEO. Incrocia le dita!!

Tu? Novità da Londra?
M.""", slug="marta-colloquio-oggi", lab=nj("lookalike:friend-interview-story")))
    add(dict(key="b-lk-fra", dt="2024-10-20 22:30", frm=ME, to=FRA, subj="ricerca lavoro - il punto",
             body="""Fra,

visto che la mamma mi chiede ogni sera "e allora il lavoro?", ti faccio il punto così poi le spieghi tu con calma :)

- Fernhollow (Londra, fintech): arrivata quasi in fondo, ho fatto anche l'esercizio, ma alla fine no. Ci sono rimasta male, il feedback però era onesto.
- Brightmoor (sanità, remoto): colloquio con il capo della ricerca venerdì scorso, andato benissimo. Adesso ho il final a fine mese.
- Driftwood (startup di viaggi): chiacchierata con il co-founder, simpaticissimo, ma sono 20 persone e un po' mi spaventa.
- Studio Dora qui a Torino: mi hanno detto di no per budget, peccato.

E poi una marea di candidature a cui non risponde nessuno. Va bene così, sono tranquilla. Più o meno.

Ci vediamo a Cuneo per i Santi?
G.""", slug="ricerca-lavoro-il-punto", lab=nj("lookalike:own-mail-about-search")))
    add(dict(key="b-lk-talk", dt="2024-09-20 13:30", frm="UX Torino Day <speakers@uxtorinoday.it>", mid="uxtorinoday.it",
             subj="La tua proposta di talk è stata accettata! 🎤",
             body="""Ciao Giulia,

siamo felici di comunicarti che la tua proposta "Diary study con persone over 70: cosa abbiamo sbagliato e cosa rifaremmo" è stata accettata per UX Torino Day 2024!

Il tuo slot: sabato 23 novembre, ore 11:40, Sala Lingotto (25 minuti + 5 di domande).
Entro il 25 ottobre ti chiediamo bio, foto e abstract definitivo tramite questo form: https://uxtorinoday.it/speaker-form

Grazie per la candidatura e a presto!
Il comitato di UX Torino Day""", slug="ux-torino-day-talk-accettata", lab=nj("lookalike:talk-application-accepted")))
    add(dict(key="b-lk-adp", dt="2024-09-03 19:12", tz="UTC", frm="ADPList <hello@adplist.org>", mid="adplist.org",
             subj="Your mentor application has been approved 🎉", fmt="html",
             html=brand_html("""Hi Giulia,

Congratulations! Your application to become a mentor on ADPList has been approved.

Your profile is now live. Set your availability so mentees can book sessions with you: https://adplist.org/dashboard/availability

Thank you for giving back to the design community!
The ADPList Team""", "ADPList", "#111111"), slug="adplist-mentor-application-approved",
             lab=nj("lookalike:mentor-application-approved", "en")))
    add(dict(key="b-lk-carta", dt="2024-10-29 10:10", frm="Nordbank <noreply@nordbank.it>", mid="nordbank.it",
             subj="Carta di credito Nordbank Plus: la tua richiesta è stata accolta", fmt="html",
             html=brand_html("""Ciao Giulia,

la tua richiesta di carta di credito Nordbank Plus è stata accolta! Il plafond assegnato è di 2.000 euro al mese.

La carta virtuale è già attiva nell'app; quella fisica arriverà a casa entro 5 giorni lavorativi.

Nordbank""", "nordbank", "#00b3a4"), slug="nordbank-carta-credito-accolta", lab=nj("lookalike:credit-card-approved")))
    add(dict(key="b-lk-pass", dt="2024-09-27 08:40", frm="Agenda Passaporto <noreply.passaportonline@poliziadistato.it>",
             mid="poliziadistato.it", subj="Conferma prenotazione appuntamento passaporto",
             body="""Gentile MARENGO GIULIA,

le confermiamo la prenotazione dell'appuntamento per il rilascio del passaporto:

Ufficio: Questura di Torino - Ufficio Passaporti, corso Vinzaglio 10
Data: 15/10/2024 ore 09:20
Codice prenotazione: TO-2024-0918827

Si presenti con: modulo di richiesta compilato, due fototessere, contrassegno amministrativo da 73,50 euro, ricevuta del versamento di 42,50 euro, vecchio passaporto.

Polizia di Stato""", slug="agenda-passaporto-conferma", lab=nj("lookalike:government-appointment")))
    add(dict(key="b-lk-bando", dt="2024-11-08 16:25", frm="Regione Piemonte - Bandi <bandi.casa@regione.piemonte.it>",
             mid="regione.piemonte.it", subj="Bando Giovani e Casa 2024 - ricevuta domanda n. GC24-007712",
             body="""Gentile richiedente,

la domanda di contributo "Giovani e Casa 2024" (contributo all'affitto per under 35) è stata protocollata.

Numero domanda: GC24-007712
Richiedente: MARENGO GIULIA
Stato: IN ISTRUTTORIA

L'esito sarà comunicato tramite PEC o email entro 90 giorni dalla chiusura del bando. Potrebbe esserle richiesta documentazione integrativa (contratto di locazione registrato).

Regione Piemonte - Direzione Sanità e Welfare, Settore Politiche per la casa""", slug="bando-giovani-casa-ricevuta",
             lab=nj("lookalike:grant-application")))
    add(dict(key="b-lk-libri", dt="2024-11-25 09:00", frm="Libreria Il Ponte sulla Dora <news@ilpontesulladora.it>",
             mid="ilpontesulladora.it", subj="Black Friday in libreria: un'offerta solo per te",
             fmt="html", html=brand_html("""Ciao Giulia,

per tutta la settimana del Black Friday: 15% di sconto su tutti i libri di design, fotografia e architettura, e una tote bag in regalo con una spesa di 40 euro.

L'offerta è valida in negozio (via Reggio 7) e online con il codice PONTE15.

Libreria Il Ponte sulla Dora""", "Il Ponte sulla Dora", "#5b3a29"), slug="libreria-black-friday-offerta",
             lab=nj("lookalike:retail-offer")))
    add(dict(key="b-lk-rivesti", dt="2024-10-12 20:41", frm="Rivesti <notifiche@rivesti.it>", mid="rivesti.it",
             subj="Hai ricevuto un'offerta per \"Giacca in lana vintage taglia S\"", fmt="alt", html="auto",
             body="""Ciao giuli_ux!

lorenza_92 ti ha fatto un'offerta di 28,00 € per il tuo articolo "Giacca in lana vintage taglia S" (prezzo 35,00 €).

Hai 48 ore per accettarla o fare una controfferta: https://www.rivesti.it/inbox/5512098

Rivesti - dai una seconda vita ai tuoi vestiti""", slug="rivesti-offerta-giacca", lab=nj("lookalike:marketplace-offer")))
    add(dict(key="b-lk-corso", dt="2024-12-10 15:30", frm="Istituto Superiore di Design Torino <ammissioni@isd-torino.it>",
             mid="isd-torino.it", subj="Esito selezione - Corso di perfezionamento in Service Design",
             body="""Gentile Giulia Marengo,

siamo lieti di comunicarle che, a seguito della valutazione del portfolio e del colloquio motivazionale del 3 dicembre, è stata ammessa al Corso di perfezionamento in Service Design (edizione 2025, formula weekend).

Per confermare l'iscrizione è necessario versare la prima rata (1.200 euro) entro il 20 dicembre 2024.

Cordiali saluti
Segreteria Ammissioni - ISD Torino""", slug="isd-esito-selezione-corso", lab=nj("lookalike:university-admission")))
    add(dict(key="b-lk-tesi", dt="2024-11-18 11:12", frm="Lorenzo Sacco <lorenzo.sacco@studenti.unito.it>", mid="studenti.unito.it",
             subj="Richiesta intervista per tesi magistrale",
             body="""Gentile dott.ssa Marengo,

sono Lorenzo Sacco, studente del corso di laurea magistrale in Comunicazione e Culture dei Media all'Università di Torino. Sto scrivendo una tesi sul ruolo della ricerca con gli utenti nelle agenzie di design torinesi e ho visto il suo talk al meetup di giugno.

Le chiederei la disponibilità per un'intervista di circa 40 minuti (anche online), nelle prossime settimane. Le domande riguardano il suo percorso, i metodi che usa e il rapporto con i clienti. L'intervista sarà anonimizzata.

La ringrazio molto per l'attenzione.
Lorenzo Sacco""", slug="richiesta-intervista-tesi", lab=nj("lookalike:thesis-interview-request")))
    add(dict(key="b-lk-bankux", dt="2024-12-05 12:00", frm="Nordbank <ricerca@nordbank.it>", mid="nordbank.it",
             subj="Ci aiuti a migliorare l'app? Intervista di 30 minuti", fmt="html",
             html=brand_html("""Ciao Giulia,

stiamo lavorando alla nuova sezione Risparmi dell'app e cerchiamo clienti disposti a fare un'intervista di 30 minuti in videochiamata con il nostro team UX.

Come ringraziamento riceverai un buono Amazon da 25 euro. Se ti va, scegli un orario qui: https://nordbank.it/ricerca-utenti/prenota

Grazie!
Il team Design di Nordbank""", "nordbank", "#00b3a4"), slug="nordbank-intervista-utenti", lab=nj("lookalike:user-research-invite")))
    add(dict(key="b-lk-tff", dt="2024-10-18 14:44", frm="Torino Film Festival - Volontari <volontari@torinofilmfest.org>",
             mid="torinofilmfest.org", subj="Candidatura volontari TFF 2024: sei dei nostri!",
             body="""Ciao Giulia,

grazie per esserti candidata al programma volontari del 42° Torino Film Festival: la tua candidatura è stata accettata!

Ti abbiamo assegnata all'accoglienza del pubblico al Cinema Massimo, turni serali del 22, 23 e 27 novembre. Il briefing obbligatorio è il 19 novembre alle 18:30 al Museo del Cinema.

A presto!
Ufficio Volontari TFF""", slug="tff-candidatura-volontari-accettata", lab=nj("lookalike:volunteer-application")))
    return L


def personal():
    P = []
    add = P.append
    add(dict(key="b-p-ma1", dt="2024-09-08 20:10", frm=MAMMA, to=ME_OLD, mid="libero", cs="iso-8859-1", cte="qp",
             subj="vendemmia", body="""Ciao Giulia
sabato 21 facciamo la vendemmia dallo zio Beppe a Dogliani, vieni? Porta anche Chiara se vuole, c'è da mangiare per un reggimento.
Baci mamma""", slug="mamma-vendemmia"))
    add(dict(key="b-p-ma1r", dt="2024-09-08 21:34", frm=ME, to=MAMMA, subj="Re: vendemmia", parent="b-p-ma1", quote="gmail-it",
             body="sii vengo! Chiara purtroppo lavora. Arrivo venerdì sera col treno delle 19:20, mi vieni a prendere a Cuneo?\nbaci\n",
             slug="re-mamma-vendemmia"))
    add(dict(key="b-p-ma2", dt="2024-11-13 20:45", frm=MAMMA, to=ME_OLD, mid="libero", cs="iso-8859-1", cte="qp",
             subj="che bello!! è vero?", subj_cs="iso-8859-1", body="""Giulia la Francesca mi ha detto del lavoro nuovo con gli inglesi!! Che bello, sono orgogliosa. Ma quindi resti a Torino vero? Spiegami bene domenica che il papà non ha capito cosa vuol dire "remoto".
Mamma""", slug="mamma-che-bello"))
    add(dict(key="b-p-ma3", dt="2024-12-18 18:30", frm=MAMMA, to=ME_OLD, mid="libero", cs="iso-8859-1", cte="qp",
             subj="Natale", body="""Ciao cara, per Natale siamo in 14, la nonna vuole fare gli agnolotti lei ma ha bisogno di aiuto il 23. Riesci a venire già il 22?
Mamma""", slug="mamma-natale"))
    add(dict(key="b-p-fra1", dt="2024-10-21 08:05", frm=FRA, mid="gmail", subj="Re: ricerca lavoro - il punto", parent="b-lk-fra",
             quote="gmail-it", body="""Lo spiego io alla mamma, tranquilla (ma dirà comunque "perché non fai un concorso in Comune").
Brightmoor mi sembra quella giusta, incrocio tutto. Per i Santi sì, porto i bimbi.
F.""", slug="re-fra-ricerca-lavoro"))
    add(dict(key="b-p-fra2", dt="2024-12-01 17:00", frm=FRA, mid="gmail", subj="regalo nonna",
             body="""Per il regalo della nonna pensavo a un plaid bello, quello di lana cotta che abbiamo visto al mercatino. Ci mettiamo 40 a testa con Luca? Fammi sapere.
F.""", slug="fra-regalo-nonna"))
    add(dict(key="b-p-chi1", dt="2024-09-14 11:20", frm=CHIARA, mid="gmail", subj="bollette + pulizie",
             body="""Giuli ho pagato io la bolletta del gas (84,60), quando puoi mandami la tua metà su Satispay. Questa settimana il bagno tocca a te eh 😇
Stasera aperitivo da Lanificio con le ragazze?""", slug="chiara-bollette-pulizie"))
    add(dict(key="b-p-chi2", dt="2024-11-23 19:02", frm=CHIARA, mid="gmail", subj="casa",
             body="""Allora ufficialmente te ne vai a Vanchiglia :( Ho già messo l'annuncio per la stanza sul gruppo Facebook, ci sono già 12 messaggi. Ti odio ma sono contenta per te.
Facciamo una cena d'addio il 20 dicembre?""", slug="chiara-casa"))
    add(dict(key="b-p-chi2r", dt="2024-11-23 20:15", frm=ME, to=CHIARA, subj="Re: casa", parent="b-p-chi2", quote="gmail-it",
             body="""Cena d'addio SÌ, cucino io la bagna cauda (apri le finestre). Ti aiuto a scegliere la nuova coinquilina, voglio vederle tutte.
G.""", slug="re-chiara-casa"))
    add(dict(key="b-p-mar1", dt="2024-10-03 08:40", frm=ME, to=MARTA, subj="Re: colloquio oggi: com'è andata", parent="b-lk-marta",
             quote="gmail-it", body="""Martaaa whiteboard challenge in piedi è una tortura medievale, sei stata bravissima solo a sopravvivere. Se il PM annuiva è fatta.
Da Londra: Fernhollow mi ha mandato l'esercizio, ci lavoro nel weekend. Ti racconto meglio sabato!""", slug="re-marta-colloquio"))
    add(dict(key="b-p-mar2", dt="2024-10-16 19:30", frm=MARTA, mid="gmail", subj="PRESA",
             body="""MI HANNO PRESA IN LUMEN!!!! Inizio a gennaio. Festeggiamo quando vieni a Milano, offro io un giro di tutto.
M.""", slug="marta-presa"))
    add(dict(key="b-p-ale1", dt="2024-09-28 10:05", frm=ALE, mid="gmail", subj="gita Sacra di San Michele",
             to="Giulia Marengo <giulia.marengo.ux@gmail.com>, Chiara Botta <chiarabotta.to@gmail.com>, Tommaso Vigna <tommi.vigna@gmail.com>",
             body="""Gente, domenica 6 ottobre giro alla Sacra di San Michele a piedi da Sant'Ambrogio (sentiero dei principi, 2h e mezza di salita). Partenza 8:30 da Porta Susa in treno. Chi c'è? Pranzo al sacco o in trattoria a Giaveno dopo.
Ale""", slug="ale-gita-sacra"))
    add(dict(key="b-p-ale1r", dt="2024-09-28 12:44", frm=ME, to=ALE, subj="Re: gita Sacra di San Michele", parent="b-p-ale1",
             quote="gmail-it", body="Ci sono! Voto trattoria, non ho voglia di fare panini.\n", slug="re-ale-gita"))
    add(dict(key="b-p-club1", dt="2024-09-16 18:00", frm="Circolo di lettura Vanchiglia <circolo.vanchiglia@gmail.com>", mid="gmail",
             subj="Incontro di ottobre: Le assaggiatrici", body="""Care lettrici e cari lettori,

il prossimo incontro è giovedì 10 ottobre alle 21 alla Casa del Quartiere. Leggiamo "Le assaggiatrici" di Rosella Postorino. Portate qualcosa da bere, i biscotti li fa Anna come sempre.

Per novembre si vota: trovate il sondaggio qui https://forms.gle/vanchiglia-novembre

Il circolo""", slug="circolo-lettura-ottobre"))
    add(dict(key="b-p-club2", dt="2024-11-11 18:30", frm="Circolo di lettura Vanchiglia <circolo.vanchiglia@gmail.com>", mid="gmail",
             subj="Novembre: vince Cognetti!", body="""Ha vinto "Giù nella valle" di Paolo Cognetti con 11 voti. Ci vediamo giovedì 28 novembre, stessa ora, stesso posto. Chi non ha il libro può prenderlo in biblioteca, ce ne sono 4 copie a Villa Amoretti.
Il circolo""", slug="circolo-lettura-novembre"))
    add(dict(key="b-p-qd1", dt="2024-09-20 17:45", frm="Sofia Perrone <sofia.perrone@gmail.com>", mid="gmail",
             subj="aperitivo venerdì QD", body="""Ciao ragazzi, dato che Luca è in ferie ne approfittiamo: aperitivo del venerdì al Bicerin di San Salvario alle 18:30? Rispondete così prenoto.
Sofi""", slug="aperitivo-venerdi-qd",
             to="Giulia Marengo <giulia.marengo.ux@gmail.com>, Pietro Gai <pietrogai@gmail.com>, Elena Rocca <ele.rocca@gmail.com>"))
    add(dict(key="b-p-qd2", dt="2024-11-14 09:15", frm=ME, to="Luca Avondo <luca.avondo@quadrantedesign.it>",
             subj="Dimissioni",
             body="""Ciao Luca,

come ti ho anticipato ieri a voce, ti confermo che ho presentato le dimissioni tramite il portale del Ministero: con il mese di preavviso previsto, il mio ultimo giorno in Quadrante sarà venerdì 13 dicembre (poi smaltisco le ferie residue fino a fine anno, se per voi va bene).

Grazie davvero per questi tre anni: ho imparato tantissimo e mi dispiace lasciare il team. Preparo un documento di passaggio per il progetto farmacie e per il panel di ricerca, così Sofia può partire subito.

Giulia""", slug="dimissioni-quadrante"))
    add(dict(key="b-p-qd3", dt="2024-11-14 10:02", frm="Luca Avondo <luca.avondo@quadrantedesign.it>", mid="outlook",
             subj="R: Dimissioni", parent="b-p-qd2", quote="outlook-it", body="""Giulia,
ricevuto. Mi spiace molto ma sono felice per te, è un'occasione bellissima. Per le ferie nessun problema. Venerdì facciamo due chiacchiere sul passaggio di consegne.
Luca""", slug="r-dimissioni-luca"))
    add(dict(key="b-p-qd4", dt="2024-12-12 13:20", frm="Sofia Perrone <sofia.perrone@gmail.com>", mid="gmail", subj="domani 🥲",
             body="""Domani ultimo giorno... abbiamo prenotato da Scannabue per pranzo, tutti e 9. Non prendere impegni nel pomeriggio che ci sono "sorprese".
Sofi""", slug="sofia-domani-ultimo-giorno"))
    add(dict(key="b-p-yoga1", dt="2024-09-04 09:00", frm="Studio Yoga Vanchiglia <info@yogavanchiglia.it>", mid="yogavanchiglia.it",
             subj="Riprendono i corsi! Orari autunno 2024", body="""Ciao Giulia,
da lunedì 9 settembre riprendono i corsi. Novità: Vinyasa anche il giovedì alle 7:30 per chi vuole partire carica prima del lavoro. L'abbonamento trimestrale costa 165 euro (140 se rinnovi entro il 15).
Namasté
Valeria""", slug="yoga-riprendono-corsi"))
    add(dict(key="b-p-yoga2", dt="2024-12-20 10:30", frm="Studio Yoga Vanchiglia <info@yogavanchiglia.it>", mid="yogavanchiglia.it",
             subj="Chiusura natalizia e lezione speciale del 21", body="""Lo studio chiude dal 22 dicembre al 6 gennaio. Sabato 21 alle 10 lezione speciale di solstizio (90 minuti, aperta a tutti, offerta libera per la Casa delle Donne).
Buone feste!
Valeria""", slug="yoga-chiusura-natalizia"))
    add(dict(key="b-p-dent", dt="2024-10-07 15:30", frm="Studio Dentistico Bertone <segreteria@studiobertone.it>", mid="studiobertone.it",
             subj="Promemoria appuntamento igiene", body="""Gentile Giulia, le ricordiamo l'appuntamento per l'igiene dentale di martedì 15 ottobre alle 14:30 con la dott.ssa Ghione. In caso di disdetta avvisi almeno 24 ore prima.
Studio Dentistico Bertone""", slug="dentista-promemoria-igiene"))
    add(dict(key="b-p-trasl", dt="2024-12-09 11:15", frm="Traslochi Gran Madre <preventivi@traslochigranmadre.it>", mid="traslochigranmadre.it",
             subj="Preventivo trasloco San Salvario - Vanchiglia", attach=[("Preventivo_2024_1187.pdf", "pdf")],
             body="""Buongiorno Sig.ra Marengo,
come da sopralluogo le inviamo il preventivo per il trasloco del 28 dicembre: 2 operatori, furgone 3,5 t, smontaggio e rimontaggio letto e libreria, 25 scatoloni forniti. Totale 480 euro IVA inclusa. La data resta bloccata fino a venerdì.
Traslochi Gran Madre""", slug="preventivo-trasloco"))
    add(dict(key="b-p-trasl-r", dt="2024-12-09 19:40", frm=ME, to="Traslochi Gran Madre <preventivi@traslochigranmadre.it>",
             subj="Re: Preventivo trasloco San Salvario - Vanchiglia", parent="b-p-trasl", quote="gmail-it",
             body="Buonasera, confermo il preventivo per sabato 28 dicembre, mattina. Il portone di via Vanchiglia ha l'ingresso carraio, il furgone può entrare in cortile.\nGrazie, Giulia Marengo\n",
             slug="re-preventivo-trasloco"))
    add(dict(key="b-p-gili2", dt="2024-12-27 16:10", frm="Roberta Gili <roberta.gili@studiogili-immobili.it>", mid="outlook",
             subj="Via Vanchiglia 18 - consegna chiavi e registrazione contratto", body="""Buonasera Giulia,
le confermo la consegna delle chiavi domani alle 8:30, prima dell'arrivo della ditta dei traslochi. Il contratto è stato registrato all'Agenzia delle Entrate: le inoltro la ricevuta di registrazione da allegare alla domanda del bando regionale.
Buon trasloco!
Roberta Gili""", attach=[("Ricevuta_registrazione_RLI.pdf", "pdf")], slug="vanchiglia-consegna-chiavi"))
    add(dict(key="b-p-bri-team", dt="2025-01-13 09:00", tz="Europe/London", frm="Jess Moreno <jess.moreno@brightmoor.health>", mid="gmail",
             subj="Welcome to the research team! ☕", to="Giulia Marengo <giulia.marengo@brightmoor.health>, Research Team <research@brightmoor.health>",
             cc="Giulia Marengo <giulia.marengo.ux@gmail.com>",
             body="""Hi all,

Please join me in welcoming Giulia, who starts today as User Researcher on the Patient Experience squad! She's joining us from Turin, so expect excellent coffee recommendations.

Giulia - (cc'ing your personal address in case your new account is still playing up) your onboarding buddy is Kwame. Our weekly research crit is Wednesday at 2pm UK time; no prep needed this week.

So glad you're here,
Jess""", slug="brightmoor-welcome-research-team", lab=nj("work-after-hire", "en")))
    add(dict(key="b-p-free1", dt="2024-09-09 16:40", frm="Davide Rosso <davide@hirelo.io>", mid="gmail",
             subj="Freelance research - next steps", body="""Hi Giulia,

great chatting today. As discussed: 10 days of research over October-November (interviews with recruiters at our pilot customers + usability testing of the new import flow), your day rate of EUR 450, invoicing at the end of each month. I'll add you to our Jira and Slack this week.

Contract from our side attached - let me know if anything looks off.

Davide
Hirelo - co-founder & CPO""", attach=[("Hirelo_Freelance_Agreement_GMarengo.pdf", "pdf")], slug="hirelo-freelance-next-steps",
             lab=nj("freelance-client", "en")))
    add(dict(key="b-p-free2", dt="2024-11-29 18:05", frm=ME, to="Davide Rosso <davide@hirelo.io>", subj="Fattura novembre - Giulia Marengo",
             attach=[("Fattura_2024_007_Hirelo.pdf", "pdf")], body="""Ciao Davide,

in allegato la fattura n. 7/2024 per le 6 giornate di novembre (regime forfettario, senza IVA). Ti ho caricato su Notion anche il report finale dei test sull'import e i video dei 5 reclutatori.

È stato un bel progetto, grazie! Come ti dicevo da gennaio sarò dipendente, quindi dovremo chiudere qui la collaborazione.

Giulia""", slug="fattura-novembre-hirelo", lab=nj("freelance-client")))
    add(dict(key="b-p-comm", dt="2024-12-04 09:50", frm="Studio Pautasso Commercialisti <studio@pautassocommercialisti.it>",
             mid="pautassocommercialisti.it", subj="Chiusura partita IVA forfettaria",
             body="""Gentile Giulia,
come da sua richiesta possiamo procedere con la chiusura della partita IVA con decorrenza 31/12/2024. Ci servono entro il 20 dicembre tutte le fatture emesse nel 2024 e le eventuali ricevute dei contributi INPS Gestione Separata.
Cordiali saluti
Studio Pautasso""", slug="commercialista-chiusura-piva"))
    add(dict(key="b-p-condo", dt="2024-10-25 12:30", frm="Amministrazione Condominio Via Ormea 45 <amministrazione@studiorivetti.to.it>",
             mid="studiorivetti.to.it", subj="Accensione riscaldamento e pulizia scale",
             body="""Si comunica che l'impianto di riscaldamento centralizzato verrà acceso lunedì 28 ottobre, con orario 6-9 e 17-22. La ditta di pulizia scale cambia giorno: dal 4 novembre passerà il martedì.
L'amministratore""", slug="condominio-riscaldamento"))
    add(dict(key="b-p-ex-flat", dt="2024-11-17 20:44", frm=ME, to="Roberta Gili <roberta.gili@studiogili-immobili.it>",
             subj="Proposta bilocale via Vanchiglia 18", body="""Buonasera Roberta,

dopo la visita di ieri le confermo il mio interesse per il bilocale di via Vanchiglia 18. Vorrei proporre un canone di 720 euro/mese (invece di 750) con decorrenza 1 gennaio, contratto 4+4. Come garanzia posso allegare il contratto di lavoro a tempo indeterminato che firmerò a giorni e le ultime buste paga.

Mi faccia sapere cosa ne pensa il proprietario.

Grazie,
Giulia Marengo""", slug="proposta-bilocale-vanchiglia", lab=nj("lookalike:own-flat-offer")))
    add(dict(key="b-p-ryan", dt="2024-10-21 19:20", tz="UTC", frm="SkyLow Airlines <itinerary@skylow.com>", mid="skylow.com",
             subj="Your booking confirmation: TRN - STN, 30 Oct", body="""Booking reference: K7RQ2M

Passenger: MS GIULIA MARENGO
Outbound: Wed 30 Oct 2024, TRN 07:05 -> STN 08:00, flight SL 2281
Return: Thu 31 Oct 2024, STN 20:10 -> TRN 23:05, flight SL 2286
Bags: 1 small bag (under seat)
Total paid: EUR 118.98

Online check-in opens 24 hours before departure: https://www.skylow.com/checkin

SkyLow Airlines""", slug="skylow-booking-london", lab=nj("travel-booking", "en")))
    add(dict(key="b-p-hotel", dt="2024-10-21 19:41", tz="UTC", frm="Stayfinder <bookings@stayfinder.com>", mid="stayfinder.com",
             subj="Booking confirmed: The Coram Rooms, London", body="""Hi Giulia,

Your stay is confirmed!

The Coram Rooms - 14 Guilford Street, London WC1N 1DX
Check-in: Wed 30 Oct 2024 (from 14:00)
Check-out: Thu 31 Oct 2024 (until 11:00)
1 x Single room, breakfast included
Total: GBP 142.00 (paid)

Confirmation number: 4417.228.091

Stayfinder""", slug="stayfinder-booking-london", lab=nj("travel-booking", "en")))
    add(dict(key="b-p-bri-visit", dt="2024-10-24 10:15", tz="Europe/London", frm="Tom Achebe <tom.achebe@brightmoor.health>", mid="gmail",
             subj="Thursday in the office - practical bits", body="""Hi Giulia,

Really looking forward to seeing you on Thursday! A few practical bits for the final round:
- Address: Brightmoor Health, 3rd floor, 70 Gray's Inn Road, WC1X 8BT. Ask for me at reception.
- Schedule: 10:00 portfolio presentation (45 min) with me, Jess and two PMs; 11:00 coffee with the squad; 11:45 conversation with Nadia, our CPO; lunch with the team if you can stay.
- We'll reimburse your flight and hotel - just send me the receipts afterwards.

Safe travels,
Tom""", slug="brightmoor-final-round-practical", lab={"label": "application", "event_type": "interview",
             "company": "Brightmoor Health", "company_aliases": ["Brightmoor", "Brightmoor Health Ltd"],
             "role": "User Researcher, Patient Experience", "app_key": "brightmoor-health--user-researcher-patient-experience",
             "source": "ashby", "posting_url": "https://jobs.ashbyhq.com/brightmoor/0f6b2d19-8c44-4a7e-b1d3-5e92a7c06f21",
             "lang": "en", "kind": "human-final-round-logistics"}))
    return P


def extra():
    """More hand-written everyday mail for mailbox B."""
    X = []
    add = X.append
    add(dict(key="b-x-1", dt="2024-09-02 08:15", frm="Politecnico Alumni Torino <alumni@alumnipolito.it>", mid="alumnipolito.it",
             to=ME_OLD, subj="Alumni Day 2024: save the date", body="""Cara alumna, caro alumnus,
sabato 12 ottobre torna l'Alumni Day al Castello del Valentino: talk, visite ai laboratori e aperitivo in cortile. Iscrizioni gratuite dal 16 settembre.
Alumni Association""", slug="alumni-day-save-the-date"))
    add(dict(key="b-x-2", dt="2024-09-15 17:50", frm=CHIARA, mid="gmail", subj="Re: bollette + pulizie", parent="b-p-chi1", quote="gmail-it",
             body="ricevuti i soldi grazie! bagno splendente, ti amo. stasera però passo, sono distrutta\n", slug="re-chiara-bollette"))
    add(dict(key="b-x-3", dt="2024-10-06 21:10", frm=ALE, mid="gmail", subj="foto Sacra 📸", attach=[("IMG_2201.jpg", "jpg"), ("IMG_2207.jpg", "jpg")],
             to="Giulia Marengo <giulia.marengo.ux@gmail.com>, Chiara Botta <chiarabotta.to@gmail.com>, Tommaso Vigna <tommi.vigna@gmail.com>",
             body="Ecco le foto di oggi, quella di Giulia che mangia la polenta è già il mio sfondo.\nAle\n", slug="ale-foto-sacra"))
    add(dict(key="b-x-4", dt="2024-10-27 12:30", frm="PagaOra <noreply@pagaora.it>", mid="pagaora.it",
             subj="Hai ricevuto 42,30 € da Chiara Botta", body="Chiara Botta ti ha inviato 42,30 €.\nMessaggio: \"spesa + detersivi 🧽\"\nPagaOra\n",
             slug="pagaora-ricevuto-chiara"))
    add(dict(key="b-x-5", dt="2024-11-02 10:45", frm=FRA, mid="gmail", subj="foto dei Santi", attach=[("IMG_8841.jpg", "jpg")],
             body="La foto di gruppo dal nonno, la nonna dice che sembri stanca e che devi mangiare di più :)\nF.\n", slug="fra-foto-santi"))
    add(dict(key="b-x-6", dt="2024-11-20 09:20", frm="Bici Ok Ciclofficina <ciao@biciok.it>", mid="biciok.it",
             subj="La tua bici è pronta", body="Ciao Giulia, la tua bici è pronta: sostituiti catena e pattini freni, regolato il cambio. Totale 38 euro. Siamo aperti fino alle 19:30.\nBici Ok - via Sant'Anselmo 14\n",
             slug="ciclofficina-bici-pronta"))
    add(dict(key="b-x-7", dt="2024-11-24 22:02", frm="UX Torino Day <speakers@uxtorinoday.it>", mid="uxtorinoday.it",
             subj="Grazie! Slide e video dei talk", body="""Ciao Giulia,
grazie ancora per il tuo talk di sabato: la sala era piena e le domande non finivano più! Puoi caricare le slide qui entro venerdì: https://uxtorinoday.it/upload. I video saranno online a metà dicembre.
Il comitato""", slug="ux-torino-day-grazie-slide"))
    add(dict(key="b-x-8", dt="2024-12-10 19:35", frm=MARTA, mid="gmail", subj="Milano sabato 25 gennaio?",
             body="""Allora confermiamo sabato 25 gennaio a Milano? Ti porto a vedere l'ufficio di Lumen (da fuori, che è sabato) e poi pranzo da Ratanà per festeggiare TUTTE E DUE. Dormi da me se vuoi.
M.""", slug="marta-milano-25-gennaio"))
    add(dict(key="b-x-9", dt="2024-12-21 11:40", frm="Figma <billing@figma.com>", tz="UTC", mid="figma.com",
             subj="Your Figma receipt", body="Receipt #2217-0455\nFigma Professional (1 editor) - monthly\nAmount: EUR 15.00\nPaid with card ending 2280\n\nThis is the last charge: your subscription has been set to cancel at the end of the billing period.\n",
             slug="figma-receipt", lab=nj("subscription-receipt", "en")))
    add(dict(key="b-x-10", dt="2025-01-03 15:05", frm=CHIARA, mid="gmail", subj="la tua posta",
             body="È arrivata una raccomandata per te (dall'Agenzia delle Entrate, credo la chiusura della partita IVA) e un pacco Bazar. Passi tu o te li porto domenica in Vanchiglia?\nC.\n",
             slug="chiara-la-tua-posta"))
    add(dict(key="b-x-11", dt="2025-01-09 18:20", frm="Energia Alpina <attivazioni@energiaalpina.it>", mid="energiaalpina.it",
             subj="Voltura completata - via Vanchiglia 18", body="Gentile Giulia Marengo,\nla voltura del contratto luce per via Vanchiglia 18, Torino, è stata completata. Prima bolletta prevista a marzo 2025.\nEnergia Alpina\n",
             slug="energia-alpina-voltura"))
    add(dict(key="b-x-12", dt="2025-01-16 20:55", frm=ME, to=MAMMA, subj="prima settimana",
             body="""Ciao mamma,

prima settimana nel lavoro nuovo fatta! Tutti gentilissimi, le riunioni in inglese all'inizio mi stancano tanto ma va meglio ogni giorno. Lavoro dalla scrivania nuova in Vanchiglia e vedo la Mole dalla finestra della cucina, te lo giuro.

Domenica vengo a pranzo, porto le foto della casa.
Un bacio
G.""", slug="mamma-prima-settimana"))
    add(dict(key="b-x-13", dt="2025-01-28 09:10", frm="Biblioteche Civiche Torinesi <noreply@bct.comune.torino.it>", mid="bct.comune.torino.it",
             subj="Prenotazione disponibile al ritiro", body="Gentile utente, il documento prenotato \"Service Design Playbook\" è disponibile per il ritiro presso la Biblioteca Villa Amoretti fino al 07/02/2025.\nBiblioteche civiche torinesi\n",
             slug="biblioteca-prenotazione-disponibile"))
    return X
