# -*- coding: utf-8 -*-
"""Mailbox A (Davide Ferraresi, Bologna): job application mail, outreach, alerts.
All texts hand-written."""
from common import app, lab, outreach, alert
from lib import brand_html

ME = "Davide Ferraresi <davide.ferraresi84@gmail.com>"
ME_OLD = "Davide Ferraresi <d.ferraresi@libero.it>"

FIRMA = """
Davide Ferraresi
cell. 347 218 5530"""

# ---------------------------------------------------------------- A1 Venturi (Workday, it)
VEN = app("Gruppo Venturi Packaging", ["Venturi", "Gruppo Venturi", "Gruppo Venturi Packaging S.p.A.", "Venturi Group"],
          "Progettista Meccanico Senior - Macchine Automatiche", "venturi--progettista-meccanico-senior", "workday",
          "https://venturigroup.wd3.myworkdayjobs.com/it-IT/Venturi_Careers/job/Ozzano-dellEmilia-BO/Progettista-Meccanico-Senior---Macchine-Automatiche_R-2413")

ven1_txt = """Gentile Davide,

grazie per aver inviato la sua candidatura per la posizione Progettista Meccanico Senior - Macchine Automatiche (R-2413) presso Gruppo Venturi Packaging.

Il nostro team Talent Acquisition esaminerà con attenzione il suo profilo. Qualora le sue competenze ed esperienze risultassero in linea con i requisiti della posizione, verrà contattato per i successivi step del processo di selezione.

Annuncio: https://venturigroup.wd3.myworkdayjobs.com/it-IT/Venturi_Careers/job/Ozzano-dellEmilia-BO/Progettista-Meccanico-Senior---Macchine-Automatiche_R-2413

Può verificare in qualsiasi momento lo stato della sua candidatura accedendo al suo profilo candidato:
https://venturigroup.wd3.myworkdayjobs.com/it-IT/Venturi_Careers/userHome

Cordiali saluti,
Talent Acquisition
Gruppo Venturi Packaging S.p.A.

Questo messaggio è stato generato automaticamente, si prega di non rispondere."""

ven4_txt = """Gentile Davide,

la ringraziamo per l'interesse dimostrato nei confronti del Gruppo Venturi e per il tempo che ci ha dedicato durante il processo di selezione per la posizione di Progettista Meccanico Senior - Macchine Automatiche.

Dopo un'attenta valutazione, abbiamo deciso di non proseguire con la sua candidatura, orientandoci su profili con un'esperienza più specifica nelle macchine per il settore farmaceutico (isolatori e linee asettiche).

Conserveremo i suoi dati nel nostro database nel rispetto della normativa sulla privacy e non escludiamo di ricontattarla per future opportunità.

Le auguriamo ogni successo per il suo percorso professionale.

Talent Acquisition
Gruppo Venturi Packaging S.p.A."""

# ---------------------------------------------------------------- A2 Ratti (SuccessFactors, it)
RAT = app("Ratti Trasmissioni", ["Ratti Trasmissioni S.p.A.", "Ratti"], "Ingegnere di Produzione - Lavorazioni Meccaniche",
          "ratti--ingegnere-di-produzione", "other",
          "https://career5.successfactors.eu/sfcareer/jobreqcareer?jobId=4127&company=rattitrasm")

# ---------------------------------------------------------------- A3 Lambertini (Workday, en)
LAM = app("Motori Lambertini", ["Motori Lambertini S.p.A.", "Lambertini"], "Powertrain Mechanical Design Engineer",
          "lambertini--powertrain-mechanical-design-engineer", "workday",
          "https://lambertini.wd5.myworkdayjobs.com/en-US/Lambertini_Careers/job/SantAgata-Bolognese/Powertrain-Mechanical-Design-Engineer_JR-10582")

# ---------------------------------------------------------------- A4 Baraldi (spontanea)
BAR = app("Officine Meccaniche Baraldi", ["Officine Meccaniche Baraldi S.r.l.", "OMB", "Baraldi"], None,
          "officine-meccaniche-baraldi--candidatura-spontanea", "company_site")

bar1_txt = """Spett.le Officine Meccaniche Baraldi,
alla cortese attenzione del Responsabile del Personale

mi chiamo Davide Ferraresi e sono un ingegnere meccanico (laurea magistrale all'Università di Bologna) con dodici anni di esperienza nella progettazione di macchine automatiche per il packaging. Attualmente lavoro come progettista senior presso un'azienda di Casalecchio di Reno, dove mi occupo di gruppi di formatura e trasporto, dalla concezione fino al collaudo presso il cliente.

Conosco la vostra azienda da tempo e apprezzo la scelta di seguire internamente sia la progettazione sia le lavorazioni. Vi scrivo per proporre la mia candidatura spontanea per il vostro ufficio tecnico, qualora stiate cercando o pensiate di cercare una figura con esperienza nella progettazione meccanica e nella gestione delle commesse.

Uso quotidianamente Creo e SolidWorks, ho buona pratica di dimensionamento e verifiche strutturali (FEM di base con Ansys), tolleranze e GD&T, e da alcuni anni coordino due disegnatori junior.

In allegato trovate il mio curriculum vitae. Resto a disposizione per un colloquio conoscitivo, anche in orario serale o il sabato mattina.

Ringraziando per l'attenzione, porgo cordiali saluti.

Davide Ferraresi
Via Guglielmo Oberdan 22 - 40126 Bologna
cell. 347 218 5530

Autorizzo il trattamento dei miei dati personali ai sensi del Reg. UE 2016/679 (GDPR)."""

# ---------------------------------------------------------------- A5 Gualandi (inRecruiting)
GUA = app("Fonderie Gualandi", ["Fonderie Gualandi S.p.A.", "Gualandi"], "Ingegnere di Processo - Fonderia",
          "fonderie-gualandi--ingegnere-di-processo", "other",
          "https://fonderiegualandi.intervieweb.it/jobs/ingegnere-di-processo-fonderia-38114/it/")

# ---------------------------------------------------------------- A6 Zanardi (InfoJobs)
ZAN = app("Termoidraulica Zanardi", ["Termoidraulica Zanardi S.r.l.", "Zanardi"], "Ingegnere progettista impianti meccanici (HVAC)",
          "zanardi--ingegnere-progettista-hvac", "other",
          "https://www.infojobs.it/bologna/ingegnere-progettista-impianti-meccanici-hvac/of-i4f9a2c7e0b3d41a8b2e5c61f0d7a93")

# ---------------------------------------------------------------- A7 Fabbri (Indeed)
FAB = app("Meccanica Fabbri", ["Meccanica Fabbri S.r.l."], "Disegnatore Progettista Meccanico 3D",
          "meccanica-fabbri--disegnatore-progettista-3d", "indeed", "https://it.indeed.com/viewjob?jk=5b2e8c1f0a9d3e47")

fab_txt = """La tua candidatura è stata inviata

Disegnatore Progettista Meccanico 3D
Sasso Marconi (BO)

Questi sono i dati che hai inviato:
Nome: Davide Ferraresi
Email: davide.ferraresi84@gmail.com
Telefono: +39 347 218 5530
CV: CV_Davide_Ferraresi_2024.pdf

Prossimi passi
- Il datore di lavoro potrebbe contattarti direttamente via email o telefono.
- Controlla lo stato della tua candidatura nella sezione I miei lavori: https://it.indeed.com/myjobs

Vedi l'offerta: https://it.indeed.com/viewjob?jk=5b2e8c1f0a9d3e47

Indeed - Stai ricevendo questa email perché ti sei candidato tramite Indeed.
© 2024 Indeed"""

fab_html = """<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d;background:#fff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://it.indeed.com/images/indeed-logo.png" alt="Indeed" width="96"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:12px">&#10004; La tua candidatura è stata inviata</td></tr>
<tr><td style="border:1px solid #e4e2e0;border-radius:8px;padding:16px">
<div style="font-size:18px;font-weight:bold">Disegnatore Progettista Meccanico 3D</div>
<div style="font-size:15px;margin-top:4px">Meccanica Fabbri S.r.l. <span style="color:#767676">&#9733; 3,9</span></div>
<div style="font-size:14px;color:#595959">Sasso Marconi (BO)</div>
<div style="margin-top:12px"><a href="https://it.indeed.com/viewjob?jk=5b2e8c1f0a9d3e47" style="color:#2557a7">Vedi l'offerta</a></div>
</td></tr>
<tr><td style="padding-top:18px;font-size:14px">
<b>Questi sono i dati che hai inviato</b><br>Nome: Davide Ferraresi<br>Email: davide.ferraresi84@gmail.com<br>Telefono: +39 347 218 5530<br>CV: CV_Davide_Ferraresi_2024.pdf</td></tr>
<tr><td style="padding-top:18px;font-size:14px"><b>Prossimi passi</b><ul>
<li>Il datore di lavoro potrebbe contattarti direttamente via email o telefono.</li>
<li>Controlla lo stato della tua candidatura in <a href="https://it.indeed.com/myjobs">I miei lavori</a>.</li></ul></td></tr>
<tr><td style="font-size:11px;color:#767676;padding:24px 0">Stai ricevendo questa email perché ti sei candidato tramite Indeed.<br>&copy; 2024 Indeed</td></tr>
</table></td></tr></table></body></html>"""

# ---------------------------------------------------------------- A8 Compositi Reno (LinkedIn)
REN = app("Compositi Reno", ["Compositi Reno S.r.l."], "Ingegnere Meccanico R&D - Materiali Compositi",
          "compositi-reno--ingegnere-meccanico-rd", "linkedin", "https://www.linkedin.com/jobs/view/3841172690/")

# ---------------------------------------------------------------- A9 Proxima (agency, client unnamed)
PRX = app(None, [], "Project Engineer", "agency-proxima--project-engineer", "agency")

prx0_txt = """Buongiorno Davide,

mi chiamo Giorgia Neri e sono consulente della divisione Engineering di Proxima Risorse Umane, filiale di Bologna. Ho trovato il suo profilo nella banca dati CV di InfoJobs e credo possa essere interessante per una ricerca che stiamo seguendo.

Il nostro cliente è un'azienda strutturata (circa 350 dipendenti) che progetta e costruisce linee automatiche di assemblaggio per il settore automotive ed elettrodomestico, con sede a nord di Bologna. Cerca un Project Engineer che segua le commesse dal kick-off all'installazione presso il cliente, coordinando ufficio tecnico, produzione e fornitori.

Si offre inserimento diretto a tempo indeterminato, CCNL Metalmeccanico Industria, RAL indicativa 45-52k in base all'esperienza; le trasferte all'estero sono circa il 20% del tempo.

Se la posizione la incuriosisce, mi farebbe piacere sentirla per un colloquio conoscitivo telefonico di una ventina di minuti. Può rispondermi a questa email o chiamarmi al numero qui sotto.

Un saluto,
Giorgia Neri
Senior Consultant - Engineering & Technical
Proxima Risorse Umane S.p.A. - Agenzia per il Lavoro
Aut. Min. Prot. n. 1108-SG del 14/03/2005
Via Marco Emilio Lepido 182/2, 40132 Bologna
T. 051 405 77 21 - M. 335 802 1146"""

prx1_txt = """Buonasera Giorgia,

grazie per avermi contattato. La posizione mi interessa, anche se le trasferte mi pongono qualche vincolo (ho un bambino piccolo): il 20% è gestibile se si tratta di trasferte di qualche giorno, non di mesi in cantiere.

Le allego il CV aggiornato. Per una telefonata sono disponibile domani o giovedì dopo le 17:30, oppure in pausa pranzo fra le 12:45 e le 13:30.

Acconsento alla presentazione della mia candidatura al vostro cliente per questa posizione.

Cordiali saluti
Davide Ferraresi"""

prx2_txt = """Ciao Davide,

grazie ancora per la chiacchierata di giovedì, è stato un colloquio conoscitivo molto utile. Come anticipato, ho presentato il suo profilo al cliente, che vorrebbe incontrarla di persona.

Le propongo martedì 19 marzo alle 17:00 presso la loro sede di Granarolo dell'Emilia. Il colloquio sarà con il Responsabile Project Management e con la HR manager; durata prevista circa un'ora, con una parte tecnica su una commessa che ha seguito lei.

L'indirizzo esatto glielo mando appena mi conferma: il cliente preferisce che il nome dell'azienda resti riservato fino all'incontro.

Mi fa sapere se va bene?

Giorgia

Giorgia Neri
Proxima Risorse Umane S.p.A. | M. 335 802 1146"""

prx3_txt = """Buongiorno Davide,

le scrivo per darle un riscontro dopo l'incontro del 19 marzo, come promesso. Ho sentito ieri il cliente: hanno apprezzato molto la sua preparazione tecnica e la chiarezza con cui ha presentato la commessa del gruppo di formatura.

Alla fine però hanno scelto un candidato che ha già ricoperto il ruolo di project engineer con gestione diretta del cliente estero, aspetto su cui lei - giustamente - ha detto di avere un'esperienza più limitata. Mi dispiace, perché ci speravo.

Resto in contatto: ho altre ricerche in area ufficio tecnico che potrebbero partire in primavera e la terrò presente.

Un caro saluto,
Giorgia Neri
Proxima Risorse Umane"""

# ---------------------------------------------------------------- A10 Emilia Talent -> Corradi
COR = app("Elettromeccanica Corradi", ["Elettromeccanica Corradi S.p.A.", "Corradi"], "Ingegnere Meccanico Ufficio Tecnico",
          "corradi--ingegnere-meccanico-ufficio-tecnico", "agency",
          "https://www.emiliatalent.it/offerte/ingegnere-meccanico-ufficio-tecnico-et-bo-2291")

# ---------------------------------------------------------------- A11 Nordavia (SuccessFactors en + SHL)
NOR = app("Nordavia Industrie", ["Nordavia Industrie S.p.A.", "Nordavia"], "Mechanical Engineer - Rotating Equipment",
          "nordavia--mechanical-engineer-rotating-equipment", "other",
          "https://career2.successfactors.eu/sfcareer/jobreqcareer?jobId=30517&company=nordaviaP")

# ---------------------------------------------------------------- A12 Montanari (own email to posted job)
MON = app("Idrotecnica Montanari", ["Idrotecnica Montanari S.r.l.", "Montanari"], "Ingegnere Meccanico R&D",
          "idrotecnica-montanari--ingegnere-meccanico-rd", "company_site",
          "https://www.montanari-idro.it/lavora-con-noi/ingegnere-meccanico-rd-rd-24-07")

mon1_txt = """Gentili Signori,

con la presente invio la mia candidatura per la posizione di Ingegnere Meccanico R&D (rif. RD/24/07) pubblicata sul vostro sito nella sezione "Lavora con noi" (https://www.montanari-idro.it/lavora-con-noi/ingegnere-meccanico-rd-rd-24-07).

Sono ingegnere meccanico con dodici anni di esperienza nella progettazione di macchine automatiche; negli ultimi tre anni ho seguito lo sviluppo di due nuove piattaforme, dalla specifica alla validazione dei prototipi, e ho lavorato molto su componenti in pressione e tenute, temi che mi sembrano vicini alla vostra produzione di pompe e valvole.

In allegato il curriculum vitae e una breve lettera di presentazione.

Resto a disposizione per un colloquio e porgo distinti saluti.

Davide Ferraresi
347 218 5530"""

# ---------------------------------------------------------------- A13 Cavalieri (company site -> offer)
CAV = app("Cavalieri Automation", ["Cavalieri Automation S.p.A.", "Cavalieri"], "Capo Progetto Meccanico",
          "cavalieri-automation--capo-progetto-meccanico", "company_site")

cav1_txt = """Buongiorno Ing. Ferraresi,

sono Valentina Orsi dell'ufficio HR di Cavalieri Automation. Abbiamo ricevuto la candidatura che ha inviato tramite la sezione Lavora con noi del nostro sito per la posizione di Capo Progetto Meccanico e vorremmo conoscerla.

Le proporrei un primo colloquio in sede a Imola martedì 16 aprile alle 17:00, con me e con l'Ing. Paolo Righi, nostro Direttore Tecnico. Durante l'incontro le chiederemo anche di commentare un disegno d'assieme di una nostra unità: niente da preparare, solo una chiacchierata tecnica.

Le invio anche l'invito in calendario; se l'orario non le va bene me lo dica pure, troviamo un'alternativa. Per parcheggiare può entrare dal cancello di Via Pediano, lascerò il suo nome in portineria.

Cordiali saluti
Valentina Orsi
HR Specialist
Cavalieri Automation S.p.A.
Via Pediano 41 - 40026 Imola (BO)
tel. 0542 688 430 | www.cavalieri-automation.com"""

cav2_txt = """Gentile dott.ssa Orsi,

volevo ringraziare lei e l'Ing. Righi per il tempo che mi avete dedicato ieri pomeriggio e per la visita al reparto montaggio, che non mi aspettavo. Mi ha fatto piacere approfondire il progetto della nuova linea per il cliente tedesco: il tema del cambio formato rapido è esattamente il tipo di problema su cui mi piacerebbe lavorare.

Come accennato, il mio preavviso contrattuale è di un mese e mezzo. Resto a disposizione per qualsiasi ulteriore informazione o per un secondo incontro.

Cordiali saluti
Davide Ferraresi"""

cav3_txt = """Gentile Ing. Ferraresi,

facendo seguito ai colloqui con l'Ing. Righi e con il nostro Amministratore Delegato, sono lieta di comunicarle che Cavalieri Automation intende proporle l'assunzione nel ruolo di Capo Progetto Meccanico, all'interno della Direzione Tecnica.

Di seguito le condizioni principali, che trova dettagliate nella lettera allegata:
- contratto a tempo indeterminato, CCNL Metalmeccanico Industria, inquadramento A1 (Quadro);
- RAL di 54.000 euro lordi su 13 mensilità;
- premio di risultato annuale fino a 3.000 euro e piattaforma welfare da 800 euro/anno;
- orario flessibile in ingresso (7:30-9:30), mensa aziendale;
- un giorno di smart working a settimana al termine del periodo di prova;
- data di inizio da concordare, indicativamente lunedì 1 luglio 2024.

Le chiederei di farci avere una sua risposta entro venerdì 24 maggio. Se desidera chiarire qualche punto sono a disposizione, anche telefonicamente.

Ci auguriamo davvero che possa unirsi alla nostra squadra.

Cordiali saluti
Valentina Orsi
HR Specialist - Cavalieri Automation S.p.A."""

cav4_txt = """Buongiorno Valentina,

come le anticipavo ieri al telefono, accetto con piacere la vostra proposta per il ruolo di Capo Progetto Meccanico. Grazie anche per aver accolto la richiesta dei due giorni di smart working dopo il periodo di prova.

Oggi consegno le dimissioni: con il preavviso previsto dal mio contratto posso prendere servizio lunedì 1 luglio, come ipotizzato.

Attendo il contratto da firmare e le indicazioni per la visita medica preassuntiva.

Un cordiale saluto e a presto,
Davide"""

cav5_txt = """Ciao Davide Ferraresi,

Valentina Orsi (Cavalieri Automation S.p.A.) ti ha invitato a firmare il seguente documento:

Contratto_assunzione_Ferraresi_Davide.pdf

Messaggio del mittente:
"Gentile Davide, ecco il contratto come concordato, comprensivo dell'accordo sullo smart working. Per la firma le servirà il codice OTP che riceverà via SMS. A presto! Valentina"

Firma entro: 29/05/2024

FIRMA IL DOCUMENTO:
https://gosign.infocert.it/gosign/sign?tx=9f1c2e7a-54b8-4d0e-a1c3-22be0f6d7a18

Se non conosci il mittente o non ti aspettavi questo documento, non aprire il link e segnalalo a phishing@infocert.it.

GoSign è un servizio InfoCert S.p.A. - Tinexta Group"""

# ---------------------------------------------------------------- A14 Kessler (Personio, en)
KES = app("Kessler Fluidtechnik Italia", ["Kessler Fluidtechnik Italia S.r.l.", "Kessler Fluidtechnik", "Kessler"],
          "Applications Engineer - Hydraulics (m/f/d)", "kessler--applications-engineer-hydraulics", "other")

# ---------------------------------------------------------------- A15 Alpina Robotics (SmartRecruiters)
ALP = app("Alpina Robotics", ["Alpina Robotics S.r.l.", "Alpina"], "Mechanical Design Engineer - Robotica Collaborativa",
          "alpina-robotics--mechanical-design-engineer", "smartrecruiters",
          "https://jobs.smartrecruiters.com/AlpinaRobotics/743999981243567-mechanical-design-engineer-robotica-collaborativa")

# ---------------------------------------------------------------- A16 Sirio (Teamtailor)
SIR = app("Sirio Macchine Agricole", ["Sirio Macchine Agricole S.p.A.", "Sirio"], "Ingegnere Sperimentazione e Validazione",
          "sirio--ingegnere-sperimentazione-validazione", "other",
          "https://carriere.siriomacchine.it/jobs/3981147-ingegnere-sperimentazione-e-validazione")

# ---------------------------------------------------------------- A17 Van Dijk (own email, en)
VDK = app("Van Dijk Process Systems Italia", ["Van Dijk Process Systems", "Van Dijk", "Van Dijk Process Systems Italia S.r.l."],
          "Mechanical Design Engineer", "van-dijk--mechanical-design-engineer", "company_site")

vdk_txt = """Dear Ms. de Graaf,

I am writing to apply for the Mechanical Design Engineer position at Van Dijk Process Systems Italia in Parma, which I saw advertised on your website last week.

I am a mechanical engineer (MSc, University of Bologna) with twelve years of experience designing automatic machinery for the packaging industry. In my current role I lead the design of forming and conveying units, from the concept and the calculations to the FAT and commissioning at the customer's site, and I coordinate two junior designers. I work daily with Creo and SolidWorks and I am used to hygienic design requirements for food and pharma lines, which I understand are central to your process skids.

I speak Italian and English fluently; I am happy to work in English with your engineering team in Eindhoven and I travel regularly for commissioning.

Please find my CV attached. I would be glad to discuss how my experience could fit your team.

Kind regards,
Davide Ferraresi
Bologna, Italy
+39 347 218 5530"""


def messages():
    M = []
    add = M.append
    # A1 Venturi
    add(dict(key="a-ven-1", dt="2024-02-08 21:47", frm="Venturi Group <venturigroup@myworkday.com>",
             subj="Grazie per la sua candidatura – Progettista Meccanico Senior - Macchine Automatiche (R-2413)",
             body=ven1_txt, fmt="alt", html=brand_html(ven1_txt, "Gruppo Venturi", "#003b71", "Gruppo Venturi Packaging S.p.A. - Via dell'Industria 14, 40064 Ozzano dell'Emilia (BO) - P.IVA 01822431207"),
             mid="myworkday.com", slug="venturi-workday-conferma", lab=lab(VEN, "applied", "ats-confirmation:workday")))
    add(dict(key="a-ven-2", dt="2024-02-27 11:20", frm="Lodi Sara <sara.lodi@venturipack.com>",
             subj="Gruppo Venturi - colloquio conoscitivo", mid="outlook", fmt="alt", html="auto", font="Calibri, sans-serif",
             body="""Buongiorno Ing. Ferraresi,

la contatto in merito alla sua candidatura per la posizione di Progettista Meccanico Senior per la nostra sede di Ozzano dell'Emilia.

Avremmo piacere di conoscerla con un primo colloquio conoscitivo, della durata di circa 45 minuti, in videochiamata su Microsoft Teams. Parteciperemo io e l'Ing. Gabriele Cocchi, responsabile dell'Ufficio Tecnico della divisione Pharma.

Le propongo le seguenti disponibilità:
- lunedì 4 marzo, ore 17:30
- martedì 5 marzo, ore 12:30
- giovedì 7 marzo, ore 18:00

Immagino che sia attualmente impegnato in orario di lavoro, per questo abbiamo cercato di proporre orari compatibili. Mi faccia sapere quale preferisce e le invierò il link.

Cordiali saluti

Sara Lodi
Talent Acquisition Specialist
Gruppo Venturi Packaging S.p.A.
Via dell'Industria 14 - 40064 Ozzano dell'Emilia (BO)
T. +39 051 6598 211 | www.venturipack.com

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darcene notizia.""",
             slug="venturi-invito-colloquio", lab=lab(VEN, "interview", "human-interview-invite")))
    add(dict(key="a-ven-3", dt="2024-02-27 13:02", frm=ME, to="Lodi Sara <sara.lodi@venturipack.com>",
             subj="Re: Gruppo Venturi - colloquio conoscitivo", parent="a-ven-2", quote="gmail-it", fmt="alt", html="auto",
             body="""Buongiorno dott.ssa Lodi,

la ringrazio per il riscontro. Confermo volentieri martedì 5 marzo alle 12:30: riesco a collegarmi durante la pausa pranzo senza problemi.

Resto in attesa del link.

Cordiali saluti
Davide Ferraresi
+39 347 218 5530""",
             slug="re-venturi-conferma-slot", lab=lab(VEN, "interview", "own-reply-confirm-slot")))
    add(dict(key="a-ven-4", dt="2024-04-22 09:05", frm="Venturi Group <venturigroup@myworkday.com>",
             subj="La sua candidatura per la posizione di Progettista Meccanico Senior - Macchine Automatiche",
             body=ven4_txt, fmt="alt", html=brand_html(ven4_txt, "Gruppo Venturi", "#003b71", "Gruppo Venturi Packaging S.p.A. - Ozzano dell'Emilia (BO)"),
             mid="myworkday.com", slug="venturi-esito-candidatura", lab=lab(VEN, "rejected", "ats-rejection:workday")))
    # A2 Ratti
    rat_txt = """Gentile Davide Ferraresi,

Le confermiamo di aver ricevuto la Sua candidatura per la posizione di Ingegnere di Produzione - Lavorazioni Meccaniche (Req. 4127), sede di Calderara di Reno (BO).

Dettaglio posizione: https://career5.successfactors.eu/sfcareer/jobreqcareer?jobId=4127&company=rattitrasm

La ringraziamo per l'interesse dimostrato verso Ratti Trasmissioni. Il Suo profilo sarà valutato dalla Direzione Risorse Umane insieme al responsabile di funzione; qualora risultasse in linea con quanto ricercato, sarà nostra cura ricontattarLa.

Per visualizzare le Sue candidature o aggiornare il Suo profilo acceda al portale Carriere:
https://career5.successfactors.eu/career?company=rattitrasm&career_ns=job_application

Distinti saluti
Direzione Risorse Umane
Ratti Trasmissioni S.p.A.

Informativa ex art. 13 Reg. UE 2016/679: i Suoi dati saranno trattati esclusivamente ai fini della selezione del personale."""
    add(dict(key="a-rat-1", dt="2024-02-12 19:33", frm="Ratti Trasmissioni - Recruiting <noreply@successfactors.eu>",
             subj="Conferma di ricezione candidatura - Ingegnere di Produzione (Req. 4127)", body=rat_txt, fmt="html",
             html=brand_html(rat_txt, "RATTI TRASMISSIONI", "#b31b1b", "Ratti Trasmissioni S.p.A. - Calderara di Reno (BO)"),
             cs="iso-8859-1", cte="qp", mid="successfactors.eu", slug="ratti-conferma-ricezione", lab=lab(RAT, "applied", "ats-confirmation:successfactors")))
    # A3 Lambertini
    lam1 = """Dear Davide,

Thank you for your interest in Motori Lambertini and for applying to the Powertrain Mechanical Design Engineer position (JR-10582) in Sant'Agata Bolognese.

We have received your application and our Talent Acquisition team will review it shortly. You can follow the status of your application at any time from your candidate home page:
https://lambertini.wd5.myworkdayjobs.com/en-US/Lambertini_Careers/userHome

Job posting: https://lambertini.wd5.myworkdayjobs.com/en-US/Lambertini_Careers/job/SantAgata-Bolognese/Powertrain-Mechanical-Design-Engineer_JR-10582

Kind regards,
Motori Lambertini S.p.A. - Talent Acquisition"""
    lam2 = """Dear Davide,

Thank you for taking the time to apply for the Powertrain Mechanical Design Engineer role.

We received a very high number of applications for this position. After reviewing your profile against the requirements of the role, we regret to inform you that we will not be moving forward with your application at this time.

This decision is not a reflection of your qualifications: for this opening we had to focus on candidates with direct experience in combustion and hybrid powertrain development.

We encourage you to keep an eye on our careers page for future openings.

Best regards,
Talent Acquisition Team
Motori Lambertini S.p.A."""
    add(dict(key="a-lam-1", dt="2024-02-14 22:10", frm="Lambertini Careers <lambertini@myworkday.com>",
             subj="Thank you for applying – Powertrain Mechanical Design Engineer", body=lam1, fmt="alt",
             html=brand_html(lam1, "MOTORI LAMBERTINI", "#111111"), mid="myworkday.com", slug="lambertini-thank-you-for-applying",
             lab=lab(LAM, "applied", "ats-confirmation:workday", "en")))
    add(dict(key="a-lam-2", dt="2024-02-16 08:41", frm="Lambertini Careers <lambertini@myworkday.com>",
             subj="Your application to Motori Lambertini", body=lam2, fmt="alt",
             html=brand_html(lam2, "MOTORI LAMBERTINI", "#111111"), mid="myworkday.com", slug="lambertini-your-application",
             lab=lab(LAM, "rejected", "ats-rejection:workday-quick", "en")))
    # A4 Baraldi
    add(dict(key="a-bar-1", dt="2024-02-19 07:52", frm=ME, to="info@omb-baraldi.it",
             subj="Candidatura spontanea – Ingegnere meccanico, ufficio tecnico", body=bar1_txt, fmt="alt", html="auto",
             attach=[("CV_Davide_Ferraresi_2024.pdf", "pdf")], pdf_lines=["Davide Ferraresi - Ingegnere meccanico", "Bologna"],
             slug="candidatura-spontanea-baraldi", lab=lab(BAR, "applied", "own-speculative-application")))
    add(dict(key="a-bar-2", dt="2024-03-04 15:18", frm="Marta Baraldi <marta.baraldi@omb-baraldi.it>",
             to="\"'davide.ferraresi84@gmail.com'\" <davide.ferraresi84@gmail.com>", to_display="'davide.ferraresi84@gmail.com'",
             subj="R: Candidatura spontanea – Ingegnere meccanico, ufficio tecnico", parent="a-bar-1", quote="outlook-it",
             mid="outlook", cs="windows-1252", cte="qp",
             body="""Gentile Ing. Ferraresi,

la ringrazio per averci scritto e per l'interesse verso la nostra azienda. Ho letto con attenzione il suo curriculum e l'ho condiviso con mio padre e con il nostro responsabile tecnico.

Purtroppo in questo momento non abbiamo posizioni aperte in ufficio tecnico che corrispondano alla sua esperienza: siamo una realtà piccola e l'organico è al completo almeno fino a fine anno. Non vorrei farle perdere tempo con un colloquio senza una reale prospettiva.

Se per lei va bene, terrei il suo CV nel nostro archivio. Le auguro buona fortuna per la sua ricerca.

Cordiali saluti
Marta Baraldi
Amministrazione e Personale
Officine Meccaniche Baraldi S.r.l.
Via del Lavoro 8/A - 40053 Valsamoggia (BO)""",
             slug="r-candidatura-spontanea-baraldi", lab=lab(BAR, "rejected", "human-rejection:no-openings")))
    # A5 Gualandi
    gua1 = """Gentile Davide,

grazie per aver inviato la tua candidatura per l'annuncio "Ingegnere di Processo - Fonderia" (Castel Maggiore, BO).

La tua candidatura è stata registrata correttamente nel nostro database. L'Ufficio Personale valuterà il tuo profilo e, in caso di interesse, verrai contattato per un colloquio.

Annuncio: https://fonderiegualandi.intervieweb.it/jobs/ingegnere-di-processo-fonderia-38114/it/

Ti ricordiamo che puoi accedere alla tua area riservata per aggiornare il CV o modificare i tuoi dati in qualsiasi momento:
https://fonderiegualandi.intervieweb.it/it/login

Un cordiale saluto,
Ufficio Risorse Umane
Fonderie Gualandi S.p.A.

--
Powered by inRecruiting - Zucchetti"""
    gua2 = """Gentile Davide,

ti ringraziamo per l'interesse mostrato nei confronti della nostra azienda e per aver partecipato alla selezione per la posizione di Ingegnere di Processo - Fonderia.

Abbiamo valutato con attenzione tutte le candidature ricevute: in questa occasione abbiamo deciso di proseguire con altri profili, più vicini alle specifiche esigenze del ruolo.

Il tuo CV resterà nel nostro database e potrà essere preso in considerazione per future ricerche.

Cordiali saluti
Ufficio Risorse Umane - Fonderie Gualandi

--
Powered by inRecruiting - Zucchetti"""
    add(dict(key="a-gua-1", dt="2024-02-21 23:14", frm="Fonderie Gualandi S.p.A. <noreply@inrecruiting.com>",
             subj="Conferma candidatura: Ingegnere di Processo - Fonderia", body=gua1, fmt="alt",
             html=brand_html(gua1, "Fonderie Gualandi", "#5a5a5a", "Ricevi questa email perché ti sei candidato tramite il portale Lavora con noi."),
             mid="inrecruiting.com", slug="gualandi-conferma-candidatura", lab=lab(GUA, "applied", "ats-confirmation:inrecruiting")))
    add(dict(key="a-gua-2", dt="2024-04-15 10:02", frm="Fonderie Gualandi S.p.A. <noreply@inrecruiting.com>",
             subj="Esito della tua candidatura - Fonderie Gualandi", body=gua2, fmt="alt",
             html=brand_html(gua2, "Fonderie Gualandi", "#5a5a5a"),
             mid="inrecruiting.com", slug="gualandi-esito", lab=lab(GUA, "rejected", "ats-rejection:inrecruiting")))
    # A6 Zanardi InfoJobs (older libero address)
    zan1 = """Ciao Davide,

la tua candidatura è stata inviata correttamente.

Offerta: Ingegnere progettista impianti meccanici (HVAC)
Azienda: Termoidraulica Zanardi S.r.l.
Località: Bologna
Data candidatura: 26/02/2024

Vedi l'offerta: https://www.infojobs.it/bologna/ingegnere-progettista-impianti-meccanici-hvac/of-i4f9a2c7e0b3d41a8b2e5c61f0d7a93

Ti invieremo una notifica quando l'azienda leggerà il tuo CV o aggiornerà lo stato della selezione. Puoi seguire tutte le tue candidature dalla sezione "Le mie candidature".

Buona fortuna!
Il team di InfoJobs"""
    zan2 = """Ciao Davide,

Termoidraulica Zanardi S.r.l. ha aggiornato lo stato della tua candidatura per l'offerta "Ingegnere progettista impianti meccanici (HVAC)".

Stato: Processo chiuso - Non selezionato

Messaggio dell'azienda:
"Buongiorno, grazie per la candidatura. Il suo profilo è interessante ma per questa posizione cerchiamo esperienza specifica nella progettazione di impianti termotecnici per l'edilizia civile. Cordiali saluti, Ufficio Tecnico Zanardi"

Non scoraggiarti: ci sono 214 nuove offerte per "ingegnere meccanico" in provincia di Bologna.
https://www.infojobs.it/offerte-lavoro/bologna?keyword=ingegnere+meccanico

Il team di InfoJobs"""
    add(dict(key="a-zan-1", dt="2024-02-26 20:41", frm="InfoJobs <noreply@infojobs.it>", to=ME_OLD,
             subj="Candidatura inviata: Ingegnere progettista impianti meccanici (HVAC)", body=zan1, fmt="alt",
             html=brand_html(zan1, "infojobs", "#167db7"), mid="infojobs.it", slug="infojobs-candidatura-inviata-zanardi",
             lab=lab(ZAN, "applied", "jobboard-confirmation:infojobs")))
    add(dict(key="a-zan-2", dt="2024-03-20 08:12", frm="InfoJobs <noreply@infojobs.it>", to=ME_OLD,
             subj="Aggiornamento della tua candidatura: Ingegnere progettista impianti meccanici (HVAC)", body=zan2, fmt="alt",
             html=brand_html(zan2, "infojobs", "#167db7"), mid="infojobs.it", slug="infojobs-aggiornamento-zanardi",
             lab=lab(ZAN, "rejected", "jobboard-rejection:infojobs")))
    # A7 Fabbri Indeed
    add(dict(key="a-fab-1", dt="2024-03-06 21:55", frm="Indeed Apply <indeedapply@indeed.com>",
             subj="Candidatura Indeed: Disegnatore Progettista Meccanico 3D", body=fab_txt, fmt="alt", html=fab_html,
             mid="indeed.com", slug="indeed-candidatura-disegnatore", lab=lab(FAB, "applied", "jobboard-confirmation:indeed")))
    # A8 Compositi Reno LinkedIn
    ren = """La tua candidatura è stata inviata a Compositi Reno S.r.l.

Ingegnere Meccanico R&D - Materiali Compositi
Compositi Reno S.r.l. · Pianoro, Emilia-Romagna, Italia (Ibrido)
Candidatura inviata il 11 mar 2024

Visualizza offerta: https://www.linkedin.com/comm/jobs/view/3841172690/?trackingId=Zx8%2Fq1mTRkqH4yT7b2%2BvQw%3D%3D&refId=ByteString&lipi=urn%3Ali%3Apage%3Aemail_email_application_confirmation_with_nba_01

Ora che ti sei candidato, ecco cosa puoi fare:
- Aggiungi competenze al tuo profilo per distinguerti
- Segui Compositi Reno S.r.l. per restare aggiornato

Questa email è destinata a Davide Ferraresi (Progettista meccanico senior presso Tecnoimballi Emiliani)
Ricevi email di notifica sulle candidature. Annulla iscrizione: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2. LinkedIn è un marchio registrato di LinkedIn Corporation."""
    add(dict(key="a-ren-1", dt="2024-03-11 13:07", frm="LinkedIn <jobs-noreply@linkedin.com>",
             subj="Davide, la tua candidatura è stata inviata a Compositi Reno S.r.l.", body=ren, fmt="alt",
             html=brand_html(ren, "LinkedIn", "#0a66c2"), mid="linkedin.com", slug="linkedin-candidatura-inviata-compositi-reno",
             lab=lab(REN, "applied", "jobboard-confirmation:linkedin-easy-apply")))
    # A9 Proxima
    add(dict(key="a-prx-0", dt="2024-03-05 10:44", frm="Giorgia Neri <giorgia.neri@proximarisorse.it>",
             subj="Opportunità Project Engineer – settore automazione, zona Bologna nord", body=prx0_txt, mid="outlook",
             fmt="alt", html="auto", font="Calibri, sans-serif",
             slug="proxima-opportunita-project-engineer",
             lab=outreach(None, [], "Project Engineer", "agency-outreach:proxima")))
    add(dict(key="a-prx-1", dt="2024-03-05 21:03", frm=ME, to="Giorgia Neri <giorgia.neri@proximarisorse.it>",
             subj="Re: Opportunità Project Engineer – settore automazione, zona Bologna nord", parent="a-prx-0",
             quote="gmail-it", body=prx1_txt, attach=[("CV_Davide_Ferraresi_2024.pdf", "pdf")],
             pdf_lines=["Davide Ferraresi", "Ingegnere meccanico"], slug="re-proxima-interessato-cv",
             lab=lab(PRX, "applied", "own-reply-to-agency")))
    add(dict(key="a-prx-2", dt="2024-03-12 16:25", frm="Giorgia Neri <giorgia.neri@proximarisorse.it>",
             subj="R: Opportunità Project Engineer – settore automazione, zona Bologna nord", parent="a-prx-1",
             quote="outlook-it", body=prx2_txt, mid="outlook", slug="proxima-colloquio-cliente",
             lab=lab(PRX, "interview", "agency-client-interview-invite")))
    add(dict(key="a-prx-3", dt="2024-04-03 12:50", frm="Giorgia Neri <giorgia.neri@proximarisorse.it>",
             subj="R: Opportunità Project Engineer – settore automazione, zona Bologna nord", parent="a-prx-2",
             body=prx3_txt, mid="outlook", slug="proxima-riscontro-cliente", fmt="alt", html="auto",
             lab=lab(PRX, "rejected", "agency-human-rejection")))
    # A10 Emilia Talent -> Corradi
    cor = """Ciao Davide,

abbiamo ricevuto la tua candidatura per l'offerta:
Ingegnere Meccanico Ufficio Tecnico - rif. ET-BO-2291
Cliente: Elettromeccanica Corradi S.p.A., San Lazzaro di Savena (BO)
https://www.emiliatalent.it/offerte/ingegnere-meccanico-ufficio-tecnico-et-bo-2291

I nostri consulenti della filiale di Bologna Centro valuteranno il tuo profilo. Se sarà in linea con la ricerca, ti contatteremo per un colloquio conoscitivo in filiale o in videochiamata.

Nel frattempo ti consigliamo di completare il tuo profilo con disponibilità, patenti e lingue conosciute: i profili completi vengono valutati più rapidamente.
https://www.emiliatalent.it/area-candidati/profilo

A presto,
Emilia Talent S.p.A. - Agenzia per il Lavoro
Aut. Min. Prot. 39/0011547/2011"""
    add(dict(key="a-cor-1", dt="2024-04-04 22:30", frm="Emilia Talent <noreply@emiliatalent.it>",
             subj="Grazie per la tua candidatura – Ingegnere Meccanico Ufficio Tecnico (rif. ET-BO-2291)", body=cor,
             fmt="html", html=brand_html(cor, "Emilia Talent", "#e4572e", "Emilia Talent S.p.A. - Via Rizzoli 4, Bologna"),
             mid="emiliatalent.it", slug="emilia-talent-conferma-corradi", lab=lab(COR, "applied", "agency-ats-confirmation")))
    # A11 Nordavia
    nor1 = """Dear Davide,

Thank you for applying for the position of Mechanical Engineer - Rotating Equipment (Job ID 30517) at Nordavia Industrie, San Donato Milanese.

We confirm that your application has been received. Our recruiting team reviews every application carefully; if your profile matches the requirements of the role, we will contact you about the next steps. Because of the number of applications we receive, this may take a few weeks.

Job posting: https://career2.successfactors.eu/sfcareer/jobreqcareer?jobId=30517&company=nordaviaP

You can check the status of your application in the Nordavia Career Portal:
https://career2.successfactors.eu/career?company=nordaviaP&career_ns=job_application

Best regards,
Nordavia Talent Acquisition

This is an automatically generated email. Please do not reply."""
    nor2 = """Gentile Davide Ferraresi,

nell'ambito del processo di selezione per la posizione Mechanical Engineer - Rotating Equipment, Nordavia Industrie S.p.A. la invita a completare le seguenti prove online:

- SHL Verify Interactive - Ragionamento numerico (circa 18 minuti)
- SHL Verify Interactive - Ragionamento deduttivo (circa 18 minuti)
- Questionario di personalità OPQ (circa 25 minuti)

Scadenza: 24/05/2024 alle 23:59 (ora dell'Europa centrale)

Per iniziare, clicchi sul link seguente:
https://talentcentral.eu.shl.com/candidate/login?token=7Hq2Lx9PzR4wNc1vT8bK

Le consigliamo di svolgere le prove in un luogo tranquillo, con una connessione stabile e da computer (non da smartphone). Tenga a portata di mano carta, penna e calcolatrice.

Assistenza tecnica: https://support.shl.com

Cordiali saluti
Team Talent Acquisition - Nordavia Industrie"""
    add(dict(key="a-nor-1", dt="2024-03-18 12:36", frm="Nordavia Talent Acquisition <noreply@successfactors.eu>",
             subj="Nordavia – Application received: Mechanical Engineer – Rotating Equipment (Job ID 30517)", body=nor1,
             fmt="alt", html=brand_html(nor1, "NORDAVIA", "#00857c"), mid="successfactors.eu", slug="nordavia-application-received",
             lab=lab(NOR, "applied", "ats-confirmation:successfactors", "en")))
    add(dict(key="a-nor-2", dt="2024-05-16 09:12", frm="Nordavia Industrie via SHL <noreply@talentcentral.shl.com>",
             subj="Nordavia Industrie: invito a completare la valutazione online", body=nor2, fmt="alt",
             html=brand_html(nor2, "SHL", "#3c1053", "SHL, Part of Talent Assessment"), mid="talentcentral.shl.com",
             slug="shl-invito-valutazione-nordavia", lab=lab(NOR, "assessment", "platform-assessment:shl")))
    add(dict(key="a-nor-3", dt="2024-05-23 18:40", frm=ME, to="talent.acquisition@nordavia.com",
             subj="Ritiro candidatura – Mechanical Engineer Rotating Equipment (Job ID 30517)",
             body="""Gentile Team Talent Acquisition,

vi ringrazio per l'invito a proseguire nel processo di selezione per la posizione di Mechanical Engineer - Rotating Equipment e per l'invito alle prove online SHL ricevuto la settimana scorsa.

Nel frattempo ho accettato un'altra proposta di lavoro, per cui preferisco ritirare la mia candidatura e lasciare spazio ad altri candidati. Non completerò quindi le prove.

Vi ringrazio per l'attenzione e vi auguro buon lavoro.

Cordiali saluti
Davide Ferraresi""", slug="ritiro-candidatura-nordavia", lab=lab(NOR, "withdrawn", "own-withdrawal")))
    # A12 Montanari
    add(dict(key="a-mon-1", dt="2024-03-21 22:18", frm=ME, to="selezione@montanari-idro.it",
             subj="Candidatura per la posizione di Ingegnere Meccanico R&D – Rif. RD/24/07", body=mon1_txt, fmt="alt", html="auto",
             attach=[("CV_Davide_Ferraresi_2024.pdf", "pdf"), ("Lettera_presentazione_Ferraresi.pdf", "pdf")],
             slug="candidatura-montanari-rd", lab=lab(MON, "applied", "own-application-to-posting")))
    add(dict(key="a-mon-2", dt="2024-05-30 11:47", frm="Selezione Montanari <selezione@montanari-idro.it>",
             to="Davide Ferraresi <davide.ferraresi84@gmail.com>", to_display="Davide Ferraresi <davide.ferraresi84@gmail.com>",
             subj="R: Candidatura per la posizione di Ingegnere Meccanico R&D – Rif. RD/24/07", parent="a-mon-1", quote="outlook-it",
             mid="montanari-idro.it", body="""Gentile candidato,

la ringraziamo per l'interesse e ci scusiamo per il ritardo nella risposta. La posizione in oggetto è stata coperta.

Cordiali saluti
Ufficio Personale
Idrotecnica Montanari S.r.l.""", slug="r-candidatura-montanari-posizione-coperta",
             lab=lab(MON, "rejected", "human-rejection:position-filled")))
    # A13 Cavalieri
    add(dict(key="a-cav-1", dt="2024-04-08 12:10", frm="Valentina Orsi <v.orsi@cavalieri-automation.com>",
             subj="Cavalieri Automation – candidatura Capo Progetto Meccanico", body=cav1_txt, mid="outlook", fmt="alt",
             html="auto", font="Calibri, sans-serif",
             ics=dict(start="2024-04-16 17:00", minutes=75, summary="Colloquio Ing. Ferraresi - Capo Progetto Meccanico",
                      location="Cavalieri Automation, Via Pediano 41, Imola", org_name="Valentina Orsi",
                      organizer="v.orsi@cavalieri-automation.com",
                      attendees=["davide.ferraresi84@gmail.com", "p.righi@cavalieri-automation.com"],
                      prodid="Microsoft Exchange Server 2010", uid_dom="cavalieri-automation.com",
                      description="Colloquio conoscitivo e tecnico con V. Orsi (HR) e Ing. P. Righi (Direttore Tecnico)."),
             slug="cavalieri-invito-colloquio", lab=lab(CAV, "interview", "human-interview-invite+calendar")))
    add(dict(key="a-cav-2", dt="2024-04-17 21:34", frm=ME, to="Valentina Orsi <v.orsi@cavalieri-automation.com>",
             subj="Re: Cavalieri Automation – candidatura Capo Progetto Meccanico", parent="a-cav-1", quote="gmail-it",
             body=cav2_txt, fmt="alt", html="auto", slug="re-cavalieri-ringraziamento",
             lab=lab(CAV, "update", "own-thank-you")))
    add(dict(key="a-cav-3", dt="2024-05-14 17:52", frm="Valentina Orsi <v.orsi@cavalieri-automation.com>",
             cc="Paolo Righi <p.righi@cavalieri-automation.com>",
             subj="Proposta di assunzione – Capo Progetto Meccanico", body=cav3_txt, mid="outlook", fmt="alt", html="auto",
             font="Calibri, sans-serif", attach=[("Proposta_assunzione_Ferraresi.pdf", "pdf")],
             pdf_lines=["Cavalieri Automation S.p.A.", "Proposta di assunzione", "Capo Progetto Meccanico"],
             slug="cavalieri-proposta-assunzione", lab=lab(CAV, "offer", "human-offer")))
    add(dict(key="a-cav-4", dt="2024-05-21 08:02", frm=ME, to="Valentina Orsi <v.orsi@cavalieri-automation.com>",
             subj="Re: Proposta di assunzione – Capo Progetto Meccanico", parent="a-cav-3", quote="gmail-it",
             body=cav4_txt, slug="re-cavalieri-accettazione", lab=lab(CAV, "offer", "own-offer-acceptance")))
    add(dict(key="a-cav-5", dt="2024-05-22 10:15", frm="InfoCert GoSign <noreply@gosign.infocert.it>",
             subj="Cavalieri Automation S.p.A. ti ha inviato un documento da firmare", body=cav5_txt, fmt="alt",
             html=brand_html(cav5_txt, "GoSign", "#0069b4", "InfoCert S.p.A. - Tinexta Group"),
             mid="gosign.infocert.it", slug="gosign-contratto-cavalieri", lab=lab(CAV, "offer", "platform-esign:gosign")))
    # A14 Kessler
    kes = """Dear Davide Ferraresi,

Many thanks for your application of 12 March and for your interest in Kessler Fluidtechnik.

We have now had the opportunity to review all applications for the Applications Engineer - Hydraulics (m/f/d) position in our Milan office. Although your background is impressive, other candidates matched the profile more closely, particularly with regard to German language skills, which are essential for daily coordination with our headquarters in Mannheim.

We are therefore sorry to tell you that we are unable to consider your application further.

We wish you every success in your search and all the best for the future.

Kind regards

Katrin Vogt
HR Business Partner Southern Europe
Kessler Fluidtechnik Italia S.r.l. | Via Gallarate 205 | 20151 Milano
A company of Kessler Fluidtechnik GmbH, Mannheim"""
    add(dict(key="a-kes-1", dt="2024-04-02 14:05", tz="Europe/Berlin",
             frm="Kessler Fluidtechnik Recruiting <kessler-fluidtechnik@jobs.personio.de>",
             subj="Your application as Applications Engineer – Hydraulics (m/f/d)", body=kes, fmt="alt", html="auto",
             mid="jobs.personio.de", slug="kessler-personio-your-application",
             lab=lab(KES, "rejected", "ats-rejection:personio", "en")))
    # A15 Alpina
    alp = """Ciao Davide,

grazie per esserti candidato alla posizione di Mechanical Design Engineer - Robotica Collaborativa in Alpina Robotics!

Abbiamo ricevuto la tua candidatura e il nostro team la sta esaminando. Ti aggiorneremo non appena avremo novità; nel frattempo puoi seguire lo stato della tua candidatura qui:
https://my.smartrecruiters.com/candidate/applications

Annuncio: https://jobs.smartrecruiters.com/AlpinaRobotics/743999981243567-mechanical-design-engineer-robotica-collaborativa

A presto,
Il team People di Alpina Robotics"""
    add(dict(key="a-alp-1", dt="2024-03-27 20:20", tz="UTC", frm="Alpina Robotics <notification@smartrecruiters.com>",
             subj="Grazie per la tua candidatura in Alpina Robotics!", body=alp, fmt="alt",
             html=brand_html(alp, "Alpina Robotics", "#f28c28", "Powered by SmartRecruiters"), mid="smartrecruiters.com",
             slug="alpina-smartrecruiters-grazie", lab=lab(ALP, "applied", "ats-confirmation:smartrecruiters")))
    # A16 Sirio
    sir = """Ciao Davide!

Grazie per la tua candidatura come Ingegnere Sperimentazione e Validazione. L'abbiamo ricevuta e la leggeremo con attenzione nei prossimi giorni.

Cosa succede adesso? Il nostro team HR valuta tutte le candidature entro due settimane dalla chiusura dell'annuncio. Se il tuo profilo è in linea, ti scriveremo per fissare una prima chiacchierata telefonica.

L'annuncio a cui ti sei candidato: https://carriere.siriomacchine.it/jobs/3981147-ingegnere-sperimentazione-e-validazione

Nel frattempo, se vuoi conoscerci meglio, dai un'occhiata a come lavoriamo: https://carriere.siriomacchine.it/pages/la-nostra-squadra

Un saluto dai campi di Correggio,
Il team HR di Sirio"""
    add(dict(key="a-sir-1", dt="2024-04-16 07:31", frm="Sirio Macchine Agricole <no-reply@sirio.teamtailor-mail.com>",
             subj="Abbiamo ricevuto la tua candidatura 🚜", body=sir, fmt="html",
             html=brand_html(sir, "SIRIO", "#2e7d32", "Sirio Macchine Agricole S.p.A. - Correggio (RE) - Powered by Teamtailor"),
             mid="teamtailor-mail.com", slug="sirio-teamtailor-candidatura-ricevuta",
             lab=lab(SIR, "applied", "ats-confirmation:teamtailor")))
    # A17 Van Dijk
    add(dict(key="a-vdk-1", dt="2024-04-25 10:26", frm=ME, to="Marloes de Graaf <careers.italia@vandijkprocess.com>",
             subj="Application for the Mechanical Design Engineer position", body=vdk_txt,
             attach=[("Davide_Ferraresi_CV_EN.pdf", "pdf")], slug="application-mechanical-design-engineer-van-dijk",
             lab=lab(VDK, "applied", "own-application-to-posting", "en")))

    # ------------------------------------------------------------ other outreach
    add(dict(key="a-out-kv", dt="2024-04-11 18:02", frm="Lorenzo Valli tramite LinkedIn <inmail-hit-reply@linkedin.com>",
             subj="Plant Engineering Manager – gruppo alimentare (Piacenza)", mid="linkedin.com", fmt="alt",
             html="auto", body="""Buonasera Davide,

sono Lorenzo Valli, partner di Kerr & Valli Executive Search. Stiamo seguendo in esclusiva, per un gruppo alimentare italiano con stabilimenti in Emilia e Lombardia, la ricerca di un Plant Engineering Manager per lo stabilimento di Piacenza.

Il ruolo riporta al Direttore di Stabilimento e guida un team di 9 persone (ufficio tecnico e manutenzione). Il suo background nelle macchine automatiche e nel packaging è uno dei punti che il cliente considera più rilevanti.

Se è aperto a valutare un cambiamento, le propongo una telefonata riservata di 20 minuti la prossima settimana.

Cordiali saluti
Lorenzo Valli
Kerr & Valli Executive Search - Milano

Rispondi: https://www.linkedin.com/messaging/thread/2-NzRkYjE4Y2EtNWE/
Questo è un messaggio InMail di LinkedIn.""",
             slug="inmail-kerr-valli-plant-engineering-manager",
             lab=outreach(None, [], "Plant Engineering Manager", "recruiter-inmail:linkedin")))
    add(dict(key="a-out-de", dt="2024-05-06 09:48", tz="Europe/Berlin",
             frm="Tobias Renner <t.renner@brightpath-engineering.de>", fmt="alt", html="auto",
             subj="Senior Mechanical Engineer – special machinery – Munich (relocation support)", mid="brightpath-engineering.de",
             body="""Hi Davide,

I hope you don't mind the direct message - I came across your profile while searching for engineers with a background in automatic packaging machinery.

I'm currently supporting a family-owned special machinery manufacturer near Munich (approx. 600 employees) that is hiring a Senior Mechanical Engineer for its pharma line business. Working language in the design team is English; German is a plus but not required at the start. They offer a relocation package, a German language course and a salary range of EUR 75-85k.

Would you be open to a short call to hear more? If the timing isn't right, no problem at all - just let me know and I won't bother you again.

Best regards,
Tobias Renner
Senior Recruitment Consultant | Brightpath Engineering Recruitment GmbH
Leopoldstr. 31, 80802 München | +49 89 2154 6630""",
             slug="brightpath-senior-mechanical-engineer-munich",
             lab=outreach(None, [], "Senior Mechanical Engineer", "agency-outreach:cold-email", "en")))

    # ------------------------------------------------------------ job alerts
    add(dict(key="a-al-1", dt="2024-02-20 07:05", frm="InfoJobs <avvisi@infojobs.it>", to=ME_OLD,
             subj="12 nuove offerte per: ingegnere meccanico - Bologna", mid="infojobs.it", fmt="alt",
             html="auto", body="""Ciao Davide, ecco le nuove offerte per la tua ricerca salvata "ingegnere meccanico - Bologna":

Progettista meccanico senior - Zola Predosa (BO) - Tempo indeterminato
Ingegnere di processo settore ceramico - Imola (BO) - Tempo indeterminato
Tecnico commerciale macchine utensili - Bologna - Da definire
Responsabile manutenzione - Castel San Pietro Terme (BO)
Ingegnere progettista impianti meccanici (HVAC) - Bologna
Buyer tecnico componenti meccanici - Anzola dell'Emilia (BO)
... e altre 6 offerte

Vedi tutte: https://www.infojobs.it/offerte-lavoro/bologna?keyword=ingegnere+meccanico&sortBy=PUBLICATION_DATE

Modifica o disattiva questo avviso: https://www.infojobs.it/candidate/alerts""",
             slug="infojobs-nuove-offerte-ingegnere-meccanico", lab=alert("job-alert:infojobs")))
    add(dict(key="a-al-2", dt="2024-03-18 19:30", tz="UTC", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
             subj="“progettista meccanico”: 8 nuove offerte a Bologna", mid="linkedin.com", fmt="alt", html="auto",
             body="""Le tue offerte di lavoro consigliate

Mechanical Design Engineer
Alpina Robotics S.r.l. · Milano (Ibrido)
https://www.linkedin.com/comm/jobs/view/3855021147/

Progettista Meccanico - Automazione Industriale
Studio Tecnico Lenzi · Casalecchio di Reno
https://www.linkedin.com/comm/jobs/view/3856610293/

Project Engineer Macchine Automatiche
Gruppo Venturi Packaging · Ozzano dell'Emilia
https://www.linkedin.com/comm/jobs/view/3851143870/

Ingegnere Meccanico Junior
Tecnorail S.p.A. · Bologna · 2 ex studenti lavorano qui
https://www.linkedin.com/comm/jobs/view/3849982231/

Visualizza tutte le offerte: https://www.linkedin.com/comm/jobs/search/?keywords=progettista%20meccanico&location=Bologna

Stai ricevendo avvisi di lavoro. Annulla iscrizione: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
             slug="linkedin-job-alert-progettista-meccanico", lab=alert("job-alert:linkedin")))
    add(dict(key="a-al-3", dt="2024-04-10 06:12", tz="UTC", frm="Indeed <donotreply@match.indeed.com>",
             subj="Ingegnere Meccanico R&D - Idrotecnica Montanari e altri 14 lavori a Bologna", mid="match.indeed.com",
             fmt="html", html="""<html><body style="font-family:Arial,sans-serif">
<p>Nuovi lavori per <b>ingegnere meccanico</b> a <b>Bologna (BO)</b></p>
<table cellpadding="6">
<tr><td><a href="https://it.indeed.com/rc/clk?jk=a19f33c0e27b41d2">Ingegnere Meccanico R&amp;D</a><br>Idrotecnica Montanari S.r.l. - Valsamoggia (BO)<br><small>Candidatura semplice</small></td></tr>
<tr><td><a href="https://it.indeed.com/rc/clk?jk=7c02e19ab5d44f10">Tecnico collaudatore macchine automatiche</a><br>ProPack Service - Bologna<br><small>1.800 € - 2.200 € al mese</small></td></tr>
<tr><td><a href="https://it.indeed.com/rc/clk?jk=0b8d6e2f91ac3b57">Progettista meccanico - settore oleodinamica</a><br>Hydrofluid Emilia - Modena</td></tr>
<tr><td><a href="https://it.indeed.com/rc/clk?jk=e44a10c3d7f09b21">Ingegnere qualità fornitori</a><br>Gruppo Serra Componenti - Imola (BO)</td></tr>
</table>
<p><a href="https://it.indeed.com/jobs?q=ingegnere+meccanico&amp;l=Bologna">Vedi tutti i lavori</a></p>
<p style="font-size:11px;color:#777">Hai ricevuto questa email perché hai creato un avviso di lavoro su Indeed. <a href="https://it.indeed.com/alerts/unsubscribe">Annulla l'iscrizione</a></p>
</body></html>""", slug="indeed-avviso-lavori-bologna", lab=alert("job-alert:indeed")))
    add(dict(key="a-al-4", dt="2024-05-02 17:40", tz="UTC", frm="LinkedIn <jobs-listings@linkedin.com>",
             subj="Davide, potrebbe interessarti: Capo commessa presso Sacmo Impianti", mid="linkedin.com", fmt="alt", html="auto",
             body="""Offerte consigliate per te in base al tuo profilo

Capo commessa - impianti di imbottigliamento
Sacmo Impianti S.r.l. · Parma · Candidatura semplice
https://www.linkedin.com/comm/jobs/view/3901124560/

Engineering Team Leader
Lindqvist Packaging Italia · Bologna · 18 candidati
https://www.linkedin.com/comm/jobs/view/3899870012/

Responsabile Ufficio Tecnico
Officine Reggiane Automazione · Reggio Emilia
https://www.linkedin.com/comm/jobs/view/3902231775/

Perché vedi queste offerte: corrispondono alle tue preferenze di carriera (Progettista meccanico, Project engineer) e alla tua località.

Gestisci le preferenze: https://www.linkedin.com/comm/jobs/preferences""",
             slug="linkedin-offerte-consigliate", lab=alert("job-recommendation:linkedin")))
    return M
