# -*- coding: utf-8 -*-
"""Recruiting mail: applications, outreach, job alerts."""
from mailkit import M, ME, ME_ADDR, CV, CV_EN, fake_pdf, D

SIG = """Rossella Iovine
+39 347 218 5530
linkedin.com/in/rossellaiovine"""

SIG_SHORT = "Rossella Iovine\n347 218 5530"

# --------------------------------------------------------------------------- alerts
M("li-alert-feb", "2024-02-06 07:12", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", ME,
  "“sales manager hotel”: 12 nuove offerte a Napoli e dintorni",
  """Le tue offerte di lavoro

Ecco le offerte più recenti che corrispondono alla tua ricerca “sales manager hotel” a Napoli e dintorni.

Sales Manager
Hotel Excelsa Napoli · Napoli, Campania
Candidatura semplice · 3 collegamenti lavorano qui

Revenue & Distribution Manager
Costiera Collection S.r.l. · Positano, Campania (ibrido)
Consigliata per te

Key Account Manager Hospitality
Dolce Forno Industrie S.p.A. · Caserta
Il tuo profilo corrisponde a 6 competenze su 10

Responsabile commerciale MICE
Centro Congressi Mostra d'Oltremare (tramite agenzia) · Napoli

Vedi tutte le 12 offerte: https://www.linkedin.com/comm/jobs/search/?keywords=sales%20manager%20hotel&location=Napoli

Ricevi questa email perché hai creato un avviso di offerta di lavoro.
Gestisci avvisi: https://www.linkedin.com/comm/jobs/alerts
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2, Irlanda.""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin", alert=True, kind="job-alert:linkedin")

M("infojobs-alert-feb", "2024-02-21 06:30", "InfoJobs <avvisi@infojobs.it>", ME,
  "8 nuove offerte per: Responsabile ricevimento, Campania",
  """Ciao Rossella,
ci sono 8 nuove offerte che corrispondono al tuo avviso "Responsabile ricevimento" in Campania.

• Front Office Manager – Hotel 4* Sorrento — Sorrento (NA) — Contratto stagionale
• Capo ricevimento – Struttura termale — Ischia (NA) — Tempo determinato
• Guest Relation Manager — Capri (NA) — Stagionale, vitto e alloggio
• Responsabile di struttura ricettiva — Salerno — Tempo indeterminato
• Night Auditor — Napoli — Part-time
... e altre 3 offerte.

Vedi tutte le offerte: https://www.infojobs.it/offerte-lavoro/campania?keyword=responsabile-ricevimento

Suggerimento: i candidati che completano il CV al 100% ricevono fino al 40% di contatti in più.

Non vuoi più ricevere questo avviso? Modifica le preferenze dal tuo profilo.
InfoJobs Italia S.r.l. – Via Della Moscova 3 – 20121 Milano""",
  auto_html=True, brand="InfoJobs", color="#167db7", mid="sendgrid", alert=True, kind="job-alert:infojobs")

M("indeed-alert-apr", "2024-04-10 05:48", "Indeed <donotreply@match.indeed.com>", ME,
  "Store manager, Direttore d'albergo e altre offerte a Napoli",
  """Nuove offerte per: hotel manager – Napoli, Campania

Direttore d'albergo
Hotel Vesuvio Garden – Ercolano
€ 2.600 - € 3.200 al mese
Candidatura semplice

Store Manager
Primaluce Moda S.r.l. – Napoli
Rispondiamo di solito entro 3 giorni

Responsabile Vendite Turismo Organizzato
Golfo Viaggi T.O. – Pozzuoli

Assistant Hotel Manager
B&B Hotels Italia – Napoli
Nuova

Vedi tutte le offerte simili: https://it.indeed.com/q-hotel-manager-l-napoli-offerte-lavoro.html

Hai ricevuto questa email perché ti sei iscritta agli avvisi di Indeed. Annulla iscrizione.
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750, USA""",
  auto_html=True, brand="indeed", color="#2557a7", mid="ses", alert=True, kind="job-alert:indeed")

# --------------------------------------------------------------------------- Meridiana (InfoJobs)
M("infojobs-meridiana-applied", "2024-02-12 22:41", "InfoJobs <noreply@infojobs.it>", ME,
  "Hai inviato la tua candidatura a Meridiana Hotels & Resorts S.p.A.",
  """Ciao Rossella,

la tua candidatura è stata inviata correttamente.

Offerta: Hotel Sales Manager
Azienda: Meridiana Hotels & Resorts S.p.A.
Sede: Milano (MI)
Data: 12/02/2024

Puoi seguire lo stato della candidatura dalla sezione "Le mie candidature". Ti avviseremo quando l'azienda leggerà il tuo CV o aggiornerà il processo di selezione.

Vedi l'offerta: https://www.infojobs.it/milano/hotel-sales-manager/of-i4c81e9a0b2f4a1b8b5d7e2f3a9c0d1e

In bocca al lupo!
Il team di InfoJobs""",
  auto_html=True, brand="InfoJobs", color="#167db7", mid="sendgrid",
  app_key="meridiana-hotel-sales-manager", ev="applied", kind="jobboard-confirmation:infojobs",
  url="https://www.infojobs.it/milano/hotel-sales-manager/of-i4c81e9a0b2f4a1b8b5d7e2f3a9c0d1e")

M("infojobs-meridiana-rej", "2024-03-20 11:02", "InfoJobs <noreply@infojobs.it>", ME,
  "Aggiornamento sulla tua candidatura: Hotel Sales Manager",
  """Ciao Rossella,

c'è un aggiornamento sulla candidatura che hai inviato il 12/02/2024.

Hotel Sales Manager – Meridiana Hotels & Resorts S.p.A. – Milano

Stato: Processo chiuso per te

L'azienda ha valutato il tuo profilo e ha deciso di proseguire la selezione con altri candidati. Non scoraggiarti: ci sono tante altre offerte in linea con la tua esperienza.

Messaggio dell'azienda:
"Gentile candidata, la ringraziamo per l'interesse mostrato verso il Gruppo Meridiana. Dopo un'attenta valutazione abbiamo individuato profili più vicini alle esigenze attuali. Conserveremo il suo CV per eventuali future opportunità."

Cerca nuove offerte: https://www.infojobs.it/offerte-lavoro

Il team di InfoJobs""",
  auto_html=True, brand="InfoJobs", color="#167db7", mid="sendgrid",
  app_key="meridiana-hotel-sales-manager", ev="rejected", kind="jobboard-rejection:infojobs")

# --------------------------------------------------------------------------- Aurelia (Workday, EN)
M("workday-aurelia-applied", D("2024-02-15 17:26", "+0000"),
  "Aurelia Hotels & Resorts <aurelia@myworkday.com>", ME_ADDR,
  "Thank you for applying – Director of Sales (R0048213)",
  """Dear Rossella,

Thank you for your interest in Aurelia Hotels & Resorts. We have received your application for the position of Director of Sales (R0048213) at Aurelia Roma Palazzo Vittoria, Rome, Italy.

Our Talent Acquisition team will review your experience against the requirements of the role. If your profile is a match, a member of the team will contact you directly. Due to the volume of applications we receive, this may take several weeks.

You can review the status of your application at any time by signing in to your candidate home:
https://aurelia.wd3.myworkdayjobs.com/en-US/AureliaCareers/userHome

Job posting: https://aurelia.wd3.myworkdayjobs.com/en-US/AureliaCareers/job/Rome-Italy/Director-of-Sales_R0048213

Kind regards,
Global Talent Acquisition
Aurelia Hospitality Group Ltd

This is an automatically generated message. Please do not reply to this email.""",
  auto_html=True, brand="AURELIA  HOTELS & RESORTS", color="#6b4f2c", mid="generic", mid_domain="myworkday.com",
  lang="en", app_key="aurelia-director-of-sales", ev="applied", kind="ats-confirmation:workday",
  url="https://aurelia.wd3.myworkdayjobs.com/en-US/AureliaCareers/job/Rome-Italy/Director-of-Sales_R0048213")

M("workday-aurelia-rej", D("2024-05-02 09:03", "+0000"),
  "Aurelia Hotels & Resorts <aurelia@myworkday.com>", ME_ADDR,
  "Your application for Director of Sales at Aurelia Roma Palazzo Vittoria",
  """Dear Rossella,

Thank you for taking the time to apply for the Director of Sales role at Aurelia Roma Palazzo Vittoria, and please accept our apologies for the time it has taken us to come back to you.

We were delighted by the number of strong applications we received. Each profile was reviewed carefully by our regional leadership team, and the process took longer than we had anticipated.

We have now completed our review and, on this occasion, we will not be progressing your application further. The position has since been filled.

We would encourage you to keep an eye on our careers site for future openings across our 38 hotels in Europe and the Middle East.

With warm regards,
Global Talent Acquisition
Aurelia Hospitality Group Ltd""",
  auto_html=True, brand="AURELIA  HOTELS & RESORTS", color="#6b4f2c", mid="generic", mid_domain="myworkday.com",
  lang="en", app_key="aurelia-director-of-sales", ev="rejected", kind="ats-rejection:workday-late")

# --------------------------------------------------------------------------- Maison Lumière (SmartRecruiters)
M("sr-maison-applied", D("2024-02-20 08:51", "+0000"),
  "Maison Lumière Italia <notification@smartrecruiters.com>", ME_ADDR,
  "Grazie per la tua candidatura a Maison Lumière",
  """Gentile Rossella,

grazie per aver inviato la tua candidatura per la posizione di Store Manager – Milano Montenapoleone.

Il nostro team Talent Acquisition esaminerà il tuo profilo con attenzione. Se le tue competenze corrispondono a quanto ricercato, verrai ricontattata per le fasi successive.

Nel frattempo, ti invitiamo a scoprire di più sulla nostra Maison e sui nostri valori.

Cordiali saluti,
Talent Acquisition Team
Maison Lumière Italia S.r.l.

Questa email è stata inviata tramite SmartRecruiters. Per gestire i tuoi dati: https://jobs.smartrecruiters.com/MaisonLumiere/743999812345678-store-manager-milano-montenapoleone""",
  auto_html=True, brand="MAISON LUMIÈRE", color="#111111", mid="generic", mid_domain="smartrecruiters.com",
  app_key="maison-lumiere-store-manager", ev="applied", kind="ats-confirmation:smartrecruiters",
  url="https://jobs.smartrecruiters.com/MaisonLumiere/743999812345678-store-manager-milano-montenapoleone")

M("video-maison-assess", "2024-03-01 10:15", "VideoSelect per Maison Lumière <no-reply@videoselect.io>", ME_ADDR,
  "Invito: intervista video – Maison Lumière",
  """Ciao Rossella,

Maison Lumière Italia ti invita a completare un'intervista video registrata per la posizione di Store Manager (Milano).

Come funziona:
1. Apri il link qui sotto da computer o smartphone
2. Fai una prova tecnica di videocamera e microfono
3. Rispondi a 5 domande: avrai 30 secondi per leggere ogni domanda e fino a 2 minuti per rispondere

Il link resta attivo fino a venerdì 8 marzo 2024 alle 23:59.

Inizia l'intervista: https://app.videoselect.io/i/ML-7Q2K9X

Consiglio: scegli un luogo tranquillo e ben illuminato. Non è possibile registrare di nuovo una risposta dopo averla inviata.

Buona fortuna!
Il team VideoSelect
VideoSelect è usato da Maison Lumière per organizzare le interviste. Assistenza: help@videoselect.io""",
  auto_html=True, brand="VideoSelect", color="#5b3cc4", mid="sendgrid",
  app_key="maison-lumiere-store-manager", ev="assessment", kind="one-way-video:invented-vendor")

M("sr-maison-rej", D("2024-03-27 15:40", "+0000"),
  "Maison Lumière Italia <notification@smartrecruiters.com>", ME_ADDR,
  "La tua candidatura: Store Manager – Milano Montenapoleone",
  """Gentile Rossella,

desideriamo ringraziarti sinceramente per il tempo che hai dedicato al nostro processo di selezione e per aver completato l'intervista video. Abbiamo apprezzato la tua esperienza nell'accoglienza e la cura con cui hai raccontato il tuo percorso.

Il ruolo di Store Manager nella nostra boutique di via Montenapoleone richiede tuttavia un'esperienza pregressa consolidata nel settore lusso/moda, con la gestione di una clientela internazionale alto-spendente in ambito retail.

Per questo motivo, dopo un'attenta valutazione, abbiamo deciso di proseguire con altre candidature.

Ti auguriamo ogni successo per il tuo futuro professionale.

Talent Acquisition Team
Maison Lumière Italia S.r.l.""",
  auto_html=True, brand="MAISON LUMIÈRE", color="#111111", mid="generic", mid_domain="smartrecruiters.com",
  app_key="maison-lumiere-store-manager", ev="rejected", kind="ats-rejection:smartrecruiters")

# --------------------------------------------------------------------------- Temporis (agency) -> Villa Sirena
M("temporis-outreach", "2024-02-27 09:37", "Alessia Mauriello <alessia.mauriello@temporis.it>", ME_ADDR,
  "Opportunità Revenue & Sales Manager – Costiera sorrentina",
  """Buongiorno Rossella,

sono Alessia Mauriello, consulente della filiale Temporis di Napoli – Centro Direzionale, divisione Hospitality & Tourism.

Ho trovato il suo profilo nella nostra banca dati (si era registrata da noi nel 2019) e su LinkedIn, e credo possa essere in linea con una ricerca che stiamo seguendo per un nostro cliente: un resort 5 stelle in Costiera sorrentina, circa 80 camere, spa e centro congressi.

La posizione è di Revenue & Sales Manager, a riporto del Direttore Generale. Contratto a tempo indeterminato, RAL indicativa 38-42k più bonus, inserimento entro aprile.

Le andrebbe di sentirci telefonicamente questa settimana per parlarne? Se è interessata, mi serve anche un CV aggiornato e il consenso alla presentazione al cliente.

Cordiali saluti,

Alessia Mauriello
Consulente Selezione – Hospitality & Tourism
Temporis Italia S.p.A. – Agenzia per il Lavoro
Aut. Min. Prot. n. 1231-SG del 12/04/2005
Centro Direzionale Isola E3 – 80143 Napoli
T. 081 734 2210 | M. 338 615 9902""",
  mid="outlook", outreach={"company": None, "role": "Revenue & Sales Manager"},
  kind="recruiter-outreach:agency-client-unnamed")

M("temporis-agree", "2024-02-27 13:05", ME, "Alessia Mauriello <alessia.mauriello@temporis.it>", None,
  """Buongiorno Alessia,

grazie per avermi contattata, la posizione mi interessa molto: la Costiera la conosco bene e il mix revenue/commerciale è esattamente quello che ho fatto negli ultimi anni al Chiaia Palace.

Le allego il CV aggiornato. Le do il consenso a presentare la mia candidatura al vostro cliente.

Sono disponibile per una telefonata domani mattina o giovedì dopo le 15.

Cordiali saluti,
""" + SIG, reply="temporis-outreach", mid="gmail", attach=[CV],
  app_key="villa-sirena-revenue-sales", ev="applied", kind="own-reply:agree-to-be-submitted")

M("temporis-interview", "2024-03-06 16:22", "Alessia Mauriello <alessia.mauriello@temporis.it>", ME_ADDR,
  "Colloquio presso il cliente – giovedì 14/03",
  """Ciao Rossella (ci diamo del tu, come detto al telefono!),

ottime notizie: il cliente ha letto il tuo CV e vorrebbe conoscerti. Ora posso dirti il nome: si tratta di Villa Sirena Resort & Spa, a Sant'Agnello.

Il colloquio sarà con il Direttore Generale, dott. Ruggiero, e con la responsabile HR della proprietà (Villa Sirena Hotels S.r.l.):

giovedì 14 marzo, ore 11:00
Villa Sirena Resort & Spa – Via Iommella Grande, Sant'Agnello (NA)
Chiedi di Mariella alla reception.

Ti chiedo di confermarmi per telefono o per WhatsApp. Se ti serve, ti mando la job description completa del cliente.

A presto e in bocca al lupo,
Alessia

Alessia Mauriello
Temporis Italia S.p.A. – Filiale Napoli C.D.""",
  mid="outlook", app_key="villa-sirena-revenue-sales", ev="interview", kind="agency-interview-invite")

M("temporis-rej", "2024-03-25 12:48", "Alessia Mauriello <alessia.mauriello@temporis.it>", ME_ADDR,
  "R: Colloquio presso il cliente – giovedì 14/03",
  """Ciao Rossella,

scusa se ti scrivo solo ora, volevo avere un riscontro preciso prima di aggiornarti.

Ho parlato ieri con il dott. Ruggiero: è rimasto molto colpito dal colloquio, in particolare da come hai raccontato la gestione dei gruppi congressuali al Chiaia Palace. La proprietà però ha deciso alla fine di promuovere internamente l'attuale reservation manager, che conosce già i sistemi e il pricing della struttura, e di non inserire una figura esterna per questa stagione.

Quindi purtroppo per questa posizione non si prosegue. Mi dispiace davvero, eri la candidata che avevo proposto con più convinzione.

Resto in contatto: stiamo aprendo altre ricerche sul turismo per l'estate e ti terrò presente.

Un abbraccio,
Alessia""",
  mid="outlook", reply="temporis-interview", quote=False,
  app_key="villa-sirena-revenue-sales", ev="rejected", kind="agency-feedback-rejection")

# --------------------------------------------------------------------------- Dimore Partenopee (speculative)
M("dimore-spontanea", "2024-03-04 09:58", ME, "Lorenzo Carafa <lorenzo@dimorepartenopee.it>",
  "Candidatura spontanea – Responsabile Commerciale e Marketing",
  """Gentile dott. Carafa,

mi chiamo Rossella Iovine e lavoro nell'hôtellerie napoletana da oltre dodici anni, gli ultimi sei come Sales & Marketing Manager del Grand Hotel Chiaia Palace. Dopo il cambio di proprietà dell'albergo a gennaio la mia posizione è stata soppressa, e sto cercando una nuova realtà in cui mettere a frutto la mia esperienza.

Seguo da tempo Dimore Partenopee: Palazzo Carafa Suites e la nuova apertura ai Decumani sono, secondo me, tra i progetti più interessanti della città. Credo di poter dare un contributo concreto soprattutto sul segmento corporate e MICE, che oggi per le boutique di Napoli è ancora poco sviluppato, e sul rapporto con le agenzie luxury estere (ho seguito direttamente i mercati USA e UK).

Le allego il mio curriculum. Sarei felice di incontrarla anche solo per un caffè e raccontarle qualche idea.

La ringrazio per l'attenzione e le auguro buona giornata.

Cordiali saluti,
""" + SIG, mid="gmail", attach=[CV],
  app_key="dimore-partenopee-spontanea", ev="applied", kind="own-application:speculative")

M("dimore-reply", "2024-03-07 19:44", "Lorenzo Carafa <lorenzo@dimorepartenopee.it>", ME, None,
  """Gentile Rossella,

grazie per la bella mail e per le parole sui nostri palazzi. Conosco il Chiaia Palace e so bene che lavoro facevate lì.

Le dico con sincerità come stanno le cose: siamo una realtà piccola e per quest'anno la parte commerciale la seguo io con mia sorella, non abbiamo il budget per inserire un responsabile. Quindi al momento non posso offrirle niente.

Tengo il suo CV: se dopo l'estate le cose cambiano sarà la prima persona che chiamo.

Un caro saluto e in bocca al lupo,
Lorenzo Carafa

Inviato da iPhone""",
  reply="dimore-spontanea", quote=False, mid="apple",
  app_key="dimore-partenopee-spontanea", ev="rejected", kind="founder-note:no-budget")

# --------------------------------------------------------------------------- Hunter & Partners outreach, declined
M("hunter-outreach", "2024-03-08 11:20", "Federico Sala <f.sala@hunterpartners.it>", ME_ADDR,
  "Riservato – Direttore Commerciale, Lombardia",
  """Gentile dott.ssa Iovine,

mi occupo di ricerca e selezione di figure executive per Hunter & Partners Executive Search. Sto seguendo in esclusiva, per un nostro cliente, la ricerca di un Direttore Commerciale Italia.

Il cliente è un'azienda industriale del settore packaging alimentare (ca. 120 M€ di fatturato, sede nella bergamasca), a capitale familiare, in fase di crescita sui mercati esteri. Il ruolo riporta all'AD e coordina una rete di 14 agenti e 4 KAM.

Il suo profilo mi è stato segnalato per le competenze di gestione commerciale e negoziazione con clienti corporate. Le chiederei la disponibilità per un primo scambio conoscitivo telefonico, di circa 20 minuti, nei prossimi giorni.

Resto in attesa di un suo riscontro.

Cordiali saluti

Federico Sala
Senior Partner
Hunter & Partners Executive Search S.r.l.
Corso Venezia 16 – 20121 Milano
www.hunterpartners.it""",
  mid="generic", outreach={"company": None, "role": "Direttore Commerciale Italia"},
  kind="recruiter-outreach:executive-search")

M("hunter-decline", "2024-03-09 10:12", ME, "Federico Sala <f.sala@hunterpartners.it>", None,
  """Gentile dott. Sala,

la ringrazio per avermi pensata e per la descrizione molto chiara.

Devo però declinare: il mio percorso è tutto nell'hospitality e nel turismo, e in questo momento sto cercando in quel settore, tra Napoli, Roma e Milano. Un ruolo industriale nel packaging, per quanto interessante, sarebbe lontano da quello che so fare meglio, e non sarei la persona giusta per il suo cliente.

Se in futuro dovesse seguire ricerche per gruppi alberghieri o del turismo, sarò felice di parlarne.

Cordiali saluti,
Rossella Iovine""",
  reply="hunter-outreach", mid="gmail", outreach={"company": None, "role": "Direttore Commerciale Italia"},
  kind="own-reply:decline-outreach")

# --------------------------------------------------------------------------- Staylio (LinkedIn, EN)
M("li-staylio-sent", D("2024-03-11 20:04", "+0000"), "LinkedIn <jobs-noreply@linkedin.com>", ME,
  "Rossella, la tua candidatura è stata inviata a Staylio",
  """La tua candidatura è stata inviata a Staylio

Hotel Partnerships Manager – Italy
Staylio · Italia (da remoto)
Candidatura inviata l'11 mar 2024

Il tuo CV: Rossella_Iovine_CV_EN.pdf

Visualizza offerta: https://www.linkedin.com/jobs/view/3846120577/

Ora che hai inviato la candidatura, ecco alcune cose che puoi fare:
– Segui Staylio per restare aggiornata
– Controlla le altre offerte simili

Questa email è stata inviata a Rossella Iovine (Sales & Marketing Manager | Hospitality | MICE | Revenue)
Scopri perché includiamo questo: https://www.linkedin.com/help/linkedin/answer/4788
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2.""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin",
  app_key="staylio-partnerships-italy", ev="applied", kind="linkedin-easy-apply-sent",
  url="https://www.linkedin.com/jobs/view/3846120577/")

M("staylio-call", "2024-03-14 14:31", "Sanne de Vries <sanne.devries@staylio.com>", ME_ADDR,
  "Staylio – quick chat about the Italy partnerships role?",
  """Hi Rossella,

Thanks for applying to the Hotel Partnerships Manager role through LinkedIn – I'm Sanne, I lead Supply for Southern Europe here at Staylio and I'm hiring for this position.

Your background on the hotel side (especially the sales and distribution work in Naples) caught my eye. Most people who apply come from OTAs, so it's refreshing to see someone who has actually sat across the table from us!

Would you be up for a 30-minute video call next week? Just pick a time that works for you here:
https://cal.meetwell.app/sanne-staylio/30min

If none of the slots work, reply with a couple of options and I'll make it happen.

Best,
Sanne

Sanne de Vries
Head of Supply, Southern Europe
Staylio B.V. · Keizersgracht 241, Amsterdam""",
  mid="generic", lang="en", app_key="staylio-partnerships-italy", ev="interview", kind="hiring-manager-call-request")

M("staylio-rej", "2024-04-04 17:55", "Sanne de Vries <sanne.devries@staylio.com>", ME_ADDR,
  "Following up – Hotel Partnerships Manager",
  """Hi Rossella,

Thank you again for the conversation last Tuesday and for the case you prepared on the Amalfi Coast properties – the team really enjoyed the detail on the seasonal pricing.

I wanted to get back to you personally. We had a very strong final shortlist, and in the end we have offered the role to a candidate who is based in Milan and has several years of account management experience on the OTA side, which is something we felt we needed from day one given how small the Italian team still is.

I know this isn't the news you were hoping for. For what it's worth, my honest feedback is that your hotel knowledge was the strongest of everyone we met; where you were a bit less convincing was on handling a portfolio of 150+ smaller accounts at once, which is most of this job.

I'd be happy to stay in touch – we'll likely open a Key Account role for larger hotel groups later this year.

All the best,
Sanne""",
  mid="generic", lang="en", app_key="staylio-partnerships-italy", ev="rejected", kind="human-rejection-with-feedback")

# --------------------------------------------------------------------------- Mediterraneo Bay (Indeed)
_indeed_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f2f1">
<table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
<img src="https://it.indeed.com/images/indeed-logo.png" alt="indeed" width="100">
<h2 style="color:#2d2d2d">Candidatura inviata</h2>
<p>La tua candidatura è stata inviata a <b>Hotel Mediterraneo Bay</b>.</p>
<table style="border:1px solid #e4e2e0;border-radius:8px;padding:12px;width:100%"><tr><td>
<div style="font-size:16px;font-weight:bold">Sales Executive MICE</div>
<div>Hotel Mediterraneo Bay – Napoli, Campania</div>
<div style="color:#767676">Tempo pieno · Tempo indeterminato</div>
<a href="https://it.indeed.com/viewjob?jk=8d2f41c07ab3e915">Visualizza l'offerta</a>
</td></tr></table>
<p>Riceverai un'email quando il datore di lavoro visualizzerà la tua candidatura o ti invierà un messaggio.</p>
<p style="font-size:11px;color:#767676">Il tuo CV: CV_Rossella_Iovine_2024.pdf · Candidatura inviata il 18 marzo 2024</p>
<p style="font-size:11px;color:#767676">© 2024 Indeed · Non rispondere a questa email.</p>
</td></tr></table></body></html>"""
M("indeed-mediterraneo-applied", D("2024-03-18 08:16", "+0000"), "Indeed Apply <indeedapply@indeed.com>", ME_ADDR,
  "Indeed Application: Sales Executive MICE",
  """Candidatura inviata

Sales Executive MICE
Napoli, Campania

Riceverai un'email quando il datore di lavoro visualizzerà la tua candidatura.

Visualizza l'offerta: https://it.indeed.com/viewjob?jk=8d2f41c07ab3e915

© 2024 Indeed""",
  html=_indeed_html, mid="ses", app_key="mediterraneo-bay-sales-mice", ev="applied",
  kind="jobboard-confirmation:indeed-company-only-in-html", url="https://it.indeed.com/viewjob?jk=8d2f41c07ab3e915")

M("indeed-mediterraneo-filled", D("2024-04-22 13:37", "+0000"),
  "Hotel Mediterraneo Bay tramite Indeed <reply-7f3ac02d91@indeedemail.com>", ME_ADDR,
  "Sales Executive MICE – aggiornamento",
  """Gentile candidata,

la ringraziamo per aver risposto al nostro annuncio per la posizione di Sales Executive MICE presso il nostro hotel.

La informiamo che la posizione è stata coperta.

Cordiali saluti,
Ufficio Personale
Hotel Mediterraneo Bay – Via Partenope, Napoli

---
Questo messaggio è stato inviato tramite Indeed da Hotel Mediterraneo Bay. Rispondi direttamente a questa email per contattare il datore di lavoro.""",
  mid="ses", app_key="mediterraneo-bay-sales-mice", ev="rejected", kind="employer-message-via-indeed:position-filled")

# --------------------------------------------------------------------------- Vulcano Outlet (LinkedIn easy apply, stalled)
M("li-vulcano-sent", D("2024-03-22 18:47", "+0000"), "LinkedIn <jobs-noreply@linkedin.com>", ME,
  "Rossella, la tua candidatura è stata inviata a Vulcano Outlet Village S.r.l.",
  """La tua candidatura è stata inviata a Vulcano Outlet Village S.r.l.

Assistant Centre Manager
Vulcano Outlet Village S.r.l. · Nola, Campania, Italia (in sede)
Candidatura inviata il 22 mar 2024

Visualizza offerta: https://www.linkedin.com/jobs/view/3861094412/

Le candidature a questa offerta: 143
Il selezionatore: Paola Liguori, HR Business Partner

© 2024 LinkedIn Ireland Unlimited Company""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin",
  app_key="vulcano-outlet-assistant-manager", ev="applied", kind="linkedin-easy-apply-sent",
  url="https://www.linkedin.com/jobs/view/3861094412/")

# --------------------------------------------------------------------------- Tessera Travel (Greenhouse, EN)
M("gh-tessera-applied", D("2024-03-25 10:12", "+0000"), "Tessera Travel <no-reply@us.greenhouse-mail.io>", ME_ADDR,
  "Thank you for applying to Tessera Travel",
  """Hi Rossella,

Thanks for applying for the Market Manager, Hotels – Southern Italy position at Tessera! We're excited that you want to help us make travel simpler for millions of people.

Our team is reviewing applications now. If your experience is a good fit for what we're looking for, someone from our Recruiting team will reach out about next steps – usually within two weeks.

In the meantime, feel free to learn more about life at Tessera on our blog.

Cheers,
The Tessera Recruiting Team

Role: https://job-boards.greenhouse.io/tesseratravel/jobs/5873012004
Tessera Travel Ltd · 20 Farringdon Road, London EC1M 3HE""",
  auto_html=True, brand="tessera", color="#ff5a36", mid="sendgrid", lang="en",
  app_key="tessera-market-manager", ev="applied", kind="ats-confirmation:greenhouse",
  url="https://job-boards.greenhouse.io/tesseratravel/jobs/5873012004")

M("evalvo-tessera", D("2024-04-02 07:30", "+0000"), "Evalvo Assessments <invitations@evalvo.io>", ME_ADDR,
  "Action required: your online assessment for Tessera",
  """Hello Rossella,

You have been invited by Tessera Travel to complete an online assessment as part of your application for Market Manager, Hotels – Southern Italy.

Assessment: Commercial Aptitude + Situational Judgement (Sales)
Estimated time: 45 minutes
Deadline: 7 April 2024, 23:59 CEST

Start here: https://candidate.evalvo.io/a/tsr-2f8e61c9

Before you begin:
• Use a laptop or desktop with a stable connection
• The numerical section is timed; you may use a calculator
• There are no right or wrong answers in the work-style questionnaire

If you need adjustments for accessibility, please reply to this email before starting.

Good luck!
Evalvo · on behalf of Tessera Travel Ltd""",
  auto_html=True, brand="evalvo", color="#0f766e", mid="sendgrid", lang="en",
  app_key="tessera-market-manager", ev="assessment", kind="assessment:invented-vendor")

M("slotwise-tessera", D("2024-04-12 14:05", "+0000"), "Tessera Recruiting <scheduling@slotwise.com>", ME_ADDR,
  "Please share your availability: interview with Tessera",
  """Hi Rossella,

Great news – the Tessera team would like to invite you to the next stage of the process for Market Manager, Hotels – Southern Italy.

This will be a 45-minute video interview with Marco Bellini (Regional Director, Italy & Malta) and Hannah Cole (Senior Recruiter).

Please pick all the times that work for you over the next week:
https://app.slotwise.com/c/avail/9a7c1e55-tessera-rossella

Times are shown in your local time zone (Europe/Rome). Once you submit, you'll receive a calendar invitation with a Google Meet link.

Thanks,
Hannah on behalf of the Tessera team

Sent with Slotwise · Smarter interview scheduling""",
  auto_html=True, brand="Tessera × Slotwise", color="#ff5a36", mid="sendgrid", lang="en",
  app_key="tessera-market-manager", ev="interview", kind="scheduling-tool:invented-vendor")

M("gh-tessera-rej", D("2024-05-06 16:18", "+0000"), "Tessera Travel <no-reply@us.greenhouse-mail.io>", ME_ADDR,
  "Your application to Tessera Travel",
  """Hi Rossella,

Thank you so much for your interest in Tessera and for the time you invested in our process – the assessment and your conversation with Marco and Hannah.

We've had a lot of great candidates for the Market Manager, Hotels – Southern Italy role, which made this decision difficult. After careful consideration, we've decided to move forward with other candidates whose experience more closely matches our current needs.

We'll keep your details on file and may reach out if a suitable role opens up. We wish you the very best in your search.

Kind regards,
Hannah Cole
Senior Recruiter, Tessera Travel""",
  auto_html=True, brand="tessera", color="#ff5a36", mid="sendgrid", lang="en",
  app_key="tessera-market-manager", ev="rejected", kind="ats-rejection:greenhouse")

# --------------------------------------------------------------------------- CPI -> Hotel Terme Aragonese
M("cpi-aragonese-applied", "2024-04-03 12:10", "Centro per l'Impiego di Napoli <noreply-cpi@lavoro.regione.campania.it>",
  "Iovine Rossella <r.iovine@libero.it>",
  "Preselezione vacancy n. 2024/NA/1187 – trasmissione candidatura",
  """Gentile IOVINE ROSSELLA,

la informiamo che la sua adesione alla vacancy sotto indicata è stata registrata e che, a seguito della verifica dei requisiti da parte dell'operatore, il suo curriculum è stato trasmesso all'azienda richiedente.

Vacancy: 2024/NA/1187
Profilo: CAPO RICEVIMENTO
Azienda: ARAGONESE TERME S.R.L. – Hotel Terme Aragonese, Ischia Porto (NA)
Tipologia contrattuale: tempo determinato stagionale (aprile–ottobre 2024)
Sede di lavoro: Ischia (NA)

L'azienda potrà contattarla direttamente per un colloquio. L'esito della selezione è di esclusiva competenza del datore di lavoro.

Cordiali saluti

Centro per l'Impiego di Napoli – Servizio Incontro Domanda/Offerta
Regione Campania – Direzione Generale Istruzione, Formazione, Lavoro e Politiche Giovanili

Messaggio generato automaticamente, si prega di non rispondere.""",
  mid="generic", app_key="aragonese-capo-ricevimento", ev="applied", kind="public-employment-service:cv-forwarded")

M("aragonese-rej", "2024-04-26 18:30", "Hotel Terme Aragonese <personale@termearagonese.it>", "r.iovine@libero.it",
  "Selezione Capo ricevimento",
  """Gentile sig.ra Iovine,

ci è pervenuto il suo curriculum tramite il Centro per l'Impiego per la posizione di capo ricevimento.

Le comunichiamo che la posizione per la stagione 2024 è già stata coperta. La ringraziamo per la disponibilità.

Distinti saluti
Ufficio del Personale
Hotel Terme Aragonese ****
Ischia Porto""",
  mid="generic", app_key="aragonese-capo-ricevimento", ev="rejected", kind="human-rejection:position-filled-short")

# --------------------------------------------------------------------------- Casa & Stile (inRecruiting)
M("inrec-casastile-applied", "2024-04-08 21:14", "Casa & Stile – Lavora con noi <noreply@intervieweb.it>", ME_ADDR,
  "Conferma ricezione candidatura",
  """Gentile Rossella Iovine,

ti confermiamo di aver ricevuto la tua candidatura per l'annuncio:

STORE MANAGER – PUNTO VENDITA DI NOLA (NA) – Rif. CS/24/031
https://casaestile.intervieweb.it/annunci/it/store-manager-punto-vendita-di-nola-na/2381/

Il tuo profilo sarà valutato dal nostro team HR. Qualora risultasse in linea con i requisiti richiesti, sarai contattata per un colloquio conoscitivo.

Ti ricordiamo che puoi aggiornare i tuoi dati e il tuo CV in qualsiasi momento accedendo alla tua area riservata:
https://casaestile.intervieweb.it/annunci/it/area-riservata

Grazie per l'interesse dimostrato verso Casa & Stile.

Direzione Risorse Umane
Casa & Stile Arredamenti S.p.A.

Informativa privacy ai sensi del Reg. UE 2016/679 disponibile sul portale.""",
  auto_html=True, brand="Casa&Stile", color="#b5121b", mid="generic", mid_domain="intervieweb.it",
  app_key="casa-stile-store-manager", ev="applied", kind="ats-confirmation:inrecruiting",
  url="https://casaestile.intervieweb.it/annunci/it/store-manager-punto-vendita-di-nola-na/2381/")

M("inrec-casastile-rej", "2024-05-20 09:00", "Casa & Stile – Lavora con noi <noreply@intervieweb.it>", ME_ADDR,
  "Aggiornamento candidatura – Store Manager Nola",
  """Gentile Rossella Iovine,

ti ringraziamo per la candidatura inviata per la posizione di Store Manager presso il nostro punto vendita di Nola e per l'interesse dimostrato nei confronti della nostra azienda.

Abbiamo ricevuto un numero molto elevato di candidature e abbiamo esaminato con attenzione ciascun profilo. Al termine della prima fase di valutazione, ti comunichiamo che la tua candidatura non rientra tra quelle selezionate per il proseguimento dell'iter.

I tuoi dati resteranno nel nostro database per 24 mesi, nel rispetto della normativa privacy, e potranno essere presi in considerazione per future ricerche.

Cordiali saluti,
Direzione Risorse Umane
Casa & Stile Arredamenti S.p.A.""",
  auto_html=True, brand="Casa&Stile", color="#b5121b", mid="generic", mid_domain="intervieweb.it",
  app_key="casa-stile-store-manager", ev="rejected", kind="ats-rejection:inrecruiting")

# --------------------------------------------------------------------------- Golfo Azzurro (Taleo, EN) stalled
M("taleo-golfo-applied", D("2024-04-15 15:50", "+0000"), "Golfo Azzurro Careers <golfoazzurro@taleo.net>", ME_ADDR,
  "Golfo Azzurro Navigazione – Application received / Candidatura ricevuta",
  """Dear Rossella Iovine,

Thank you for applying for the position Hotel Director – Cruise Ferries (Job Number: 24000317) with Golfo Azzurro Navigazione S.p.A.

Your application has been successfully submitted and will be reviewed by our Fleet Human Resources department. Only shortlisted candidates will be contacted.

You may check the status of your submission at any time at:
https://golfoazzurro.taleo.net/careersection/ext/mysubmissions.ftl

Job description: https://golfoazzurro.taleo.net/careersection/ext/jobdetail.ftl?job=24000317

Best regards,
Fleet HR – Golfo Azzurro Navigazione S.p.A.
Molo Beverello, Napoli

---
Gentile candidata, la ringraziamo per la candidatura. Verranno contattati solo i profili selezionati.""",
  mid="generic", mid_domain="taleo.net", lang="en",
  app_key="golfo-azzurro-hotel-director", ev="applied", kind="ats-confirmation:taleo-bilingual",
  url="https://golfoazzurro.taleo.net/careersection/ext/jobdetail.ftl?job=24000317")

# --------------------------------------------------------------------------- Villa Ortensia (Subito)
M("subito-ortensia", "2024-04-18 13:26", "Subito <noreply@subito.it>", ME_ADDR,
  "Hai ricevuto una risposta da Villa Ortensia Eventi",
  """Ciao Rossella,

hai un nuovo messaggio per l'annuncio "Responsabile accoglienza e vendite eventi – Posillipo".

Villa Ortensia Eventi ha scritto:
"Buongiorno signora Iovine, abbiamo letto il suo curriculum, molto interessante. Può passare da noi martedì 23 o mercoledì 24 nel pomeriggio per un colloquio? Siamo in via Manzoni, chieda di Enzo. Mi faccia sapere qui. Grazie"

Rispondi dall'app o dal sito: https://www.subito.it/messaggi/conv-88d1c2a47e

Ricorda: su Subito non chiederemo mai i tuoi dati bancari. Diffida da chi ti chiede pagamenti per un colloquio.

Il team di Subito""",
  auto_html=True, brand="subito", color="#f9423a", mid="sendgrid",
  app_key="villa-ortensia-eventi", ev="interview", kind="marketplace-message:interview-invite")

# --------------------------------------------------------------------------- Roomlytics (Lever, EN)
M("lever-roomlytics-applied", D("2024-04-24 08:02", "-0700"), "Roomlytics <no-reply@hire.lever.co>", ME_ADDR,
  "Roomlytics – Account Executive – Italy",
  """Hi Rossella,

Thanks for your interest in Roomlytics! We've received your application for the Account Executive – Italy role and we're excited to learn more about you.

Our team reviews every application carefully. If there's a match, we'll be in touch to schedule a first call.

Warmly,
The Roomlytics Talent Team

https://jobs.lever.co/roomlytics/6f1d2c8e-3b7a-4e0d-9c55-12ab7e90f4d1""",
  auto_html=True, brand="Roomlytics", color="#3344dd", mid="generic", mid_domain="hire.lever.co", lang="en",
  app_key="roomlytics-account-executive", ev="applied", kind="ats-confirmation:lever",
  url="https://jobs.lever.co/roomlytics/6f1d2c8e-3b7a-4e0d-9c55-12ab7e90f4d1")

M("lever-roomlytics-rej", D("2024-05-10 03:41", "-0700"), "Roomlytics <no-reply@hire.lever.co>", ME_ADDR,
  "Roomlytics – Account Executive – Italy",
  """Hi Rossella,

Thank you for applying to Roomlytics and for your patience while we reviewed applications.

We're a SaaS company, and for this role we're specifically looking for someone with a track record of closing software deals (ideally hotel tech, PMS or RMS) against a quota. While your hospitality background is impressive, we don't think this is the right fit at this time, so we won't be moving forward with your candidacy.

We'd love to stay connected as we grow our team in Southern Europe.

Best,
Roomlytics Talent Team
Roomlytics GmbH · Berlin""",
  auto_html=True, brand="Roomlytics", color="#3344dd", mid="generic", mid_domain="hire.lever.co", lang="en",
  app_key="roomlytics-account-executive", ev="rejected", kind="ats-rejection:lever")

# --------------------------------------------------------------------------- Cruise InMail (EN) outreach
M("inmail-cruise", D("2024-04-29 08:14", "+0000"), "Laura Pinto via LinkedIn <inmail-hit-reply@linkedin.com>", ME,
  "Guest Experience Manager – Mediterranean itineraries",
  """Laura Pinto
Talent Acquisition Partner at Azzurra Cruises

Hi Rossella,

I came across your profile and thought you might be interested in an onboard leadership opportunity with Azzurra Cruises. We're hiring Guest Experience Managers for our 2025 Mediterranean season (contracts of 4 months on / 2 months off, departures from Genoa, Naples and Barcelona).

Your front office and guest relations background in five-star hotels is very close to what our hotel directors look for. Fluent English is required; a second language like Spanish or German is a plus.

Would you be open to a short call to explore this? Happy to share more details on package and rotations.

Best regards,
Laura

Rispondi: https://www.linkedin.com/comm/messaging/thread/2-OGJmNzE0ZTAt/

Questo è un messaggio InMail. LinkedIn Ireland Unlimited Company.""",
  auto_html=True, brand="LinkedIn", color="#0a66c2", mid="linkedin", lang="en",
  outreach={"company": "Azzurra Cruises", "role": "Guest Experience Manager"},
  kind="recruiter-outreach:linkedin-inmail-inhouse")

# --------------------------------------------------------------------------- Tiberina (own application -> offer)
M("tiberina-apply", "2024-05-06 08:47", ME, "Tiberina Hotels – Selezione <lavoraconnoi@tiberinahotels.it>",
  "Candidatura Area Sales Manager Centro-Sud – Rossella Iovine",
  """Buongiorno,

ho letto sul vostro sito, nella sezione "Lavora con noi", l'annuncio per la posizione di Area Sales Manager Centro-Sud (https://www.tiberinahotels.it/lavora-con-noi/area-sales-manager-centro-sud) e desidero proporre la mia candidatura.

Negli ultimi sei anni sono stata Sales & Marketing Manager del Grand Hotel Chiaia Palace di Napoli (5*, 112 camere, centro congressi da 400 posti), dove ho seguito il segmento corporate e MICE, le agenzie e i tour operator internazionali, coordinando un team di tre persone. In precedenza ho lavorato come Front Office Manager e, per tre anni, come store manager nel retail di via Toledo.

Conosco molto bene il mercato di Napoli, della Costiera e di Roma, dove ho curato direttamente diversi accordi corporate con aziende e ambasciate. Mi sposterei volentieri a Roma e sono disponibile a frequenti trasferte nell'area.

Allego il mio curriculum vitae e resto a disposizione per un colloquio, anche in videochiamata.

Cordiali saluti,
""" + SIG, mid="gmail", attach=[CV],
  app_key="tiberina-area-sales-manager", ev="applied", kind="own-application:careers-address",
  url="https://www.tiberinahotels.it/lavora-con-noi/area-sales-manager-centro-sud")

M("tiberina-invite1", "2024-05-14 10:22", "Giulia Fontana <g.fontana@tiberinahotels.it>", ME_ADDR,
  "R: Candidatura Area Sales Manager Centro-Sud – Rossella Iovine",
  """Gentile Rossella,

la ringrazio per la candidatura e per la presentazione molto chiara. Il suo profilo ci interessa e vorremmo conoscerla con un primo colloquio conoscitivo in videochiamata (Teams), della durata di circa 45 minuti, con me e con la nostra Revenue Director.

Le propongo queste disponibilità:
– giovedì 16 maggio, ore 15:00
– venerdì 17 maggio, ore 10:30
– lunedì 20 maggio, ore 12:00

Mi faccia sapere quale preferisce, le invierò subito l'invito.

Cordiali saluti,

Giulia Fontana
HR Specialist – Selezione e Sviluppo
Tiberina Hotels & Resorts S.p.A.
Via Nazionale 184 – 00184 Roma
T. +39 06 4782 1190""",
  reply="tiberina-apply", quote=True, mid="outlook",
  app_key="tiberina-area-sales-manager", ev="interview", kind="hr-interview-invite:human", url="https://www.tiberinahotels.it/lavora-con-noi/area-sales-manager-centro-sud")

M("tiberina-confirm", "2024-05-14 11:03", ME, "Giulia Fontana <g.fontana@tiberinahotels.it>", None,
  """Gentile Giulia,

grazie mille per il riscontro. Confermo volentieri venerdì 17 maggio alle 10:30.

Resto in attesa dell'invito.

Cordiali saluti,
Rossella Iovine""",
  reply="tiberina-invite1", mid="gmail",
  app_key="tiberina-area-sales-manager", ev="interview", kind="own-reply:confirm-slot", url="https://www.tiberinahotels.it/lavora-con-noi/area-sales-manager-centro-sud")

_ics1 = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Giulia Fontana:mailto:g.fontana@tiberinahotels.it
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rossella Iovine:mailto:rossella.iovine@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Silvia Marchetti:mailto:s.marchetti@tiberinahotels.it
DESCRIPTION:Colloquio conoscitivo per la posizione di Area Sales Manager Centro-Sud.\\nPartecipa alla riunione di Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YTk1
UID:040000008200E00074C5B7101A82E0080000000070F3A1C2B5A6DA01000000000000000010000000
SUMMARY;LANGUAGE=it-IT:Colloquio Area Sales Manager – Rossella Iovine
DTSTART;TZID=W. Europe Standard Time:20240517T103000
DTEND;TZID=W. Europe Standard Time:20240517T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240514T092800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=it-IT:Riunione di Microsoft Teams
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
M("tiberina-cal", "2024-05-14 11:28", "Giulia Fontana <g.fontana@tiberinahotels.it>", ME_ADDR,
  "Colloquio Area Sales Manager – Rossella Iovine",
  """Colloquio conoscitivo per la posizione di Area Sales Manager Centro-Sud.
Partecipanti: Giulia Fontana (HR), Silvia Marchetti (Revenue Director).

________________________________________________________________________________
Riunione di Microsoft Teams
Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della stanza
Fai clic qui per partecipare alla riunione: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YTk1
ID riunione: 341 552 887 019
Passcode: 7bQx2P
________________________________________________________________________________""",
  ics=_ics1, mid="outlook", app_key="tiberina-area-sales-manager", ev="interview", kind="calendar-invite:outlook-teams")

M("tiberina-invite2", "2024-05-28 17:40", "Giulia Fontana <g.fontana@tiberinahotels.it>", ME_ADDR,
  "Secondo colloquio – Area Sales Manager Centro-Sud",
  """Gentile Rossella,

come anticipato telefonicamente, sono lieta di invitarla al secondo colloquio per la posizione di Area Sales Manager Centro-Sud, che si terrà in presenza presso la nostra sede:

martedì 4 giugno 2024, ore 11:30
Tiberina Hotels & Resorts S.p.A. – Via Nazionale 184, Roma (3° piano)

Incontrerà il Direttore Commerciale del Gruppo, dott. Paolo Mancini, e nuovamente la dott.ssa Marchetti. Le chiederemmo di preparare una breve presentazione (10-15 minuti, massimo 8 slide) su come imposterebbe il piano commerciale 2025 per le nostre due strutture di Napoli e Sorrento.

Le spese di viaggio (treno A/R Napoli-Roma) saranno rimborsate dietro presentazione del biglietto.

Per qualsiasi necessità resto a disposizione.

Un cordiale saluto,
Giulia Fontana
HR Specialist – Tiberina Hotels & Resorts S.p.A.""",
  mid="outlook", app_key="tiberina-area-sales-manager", ev="interview", kind="hr-second-round-invite:human")

M("tiberina-thanks", "2024-06-04 20:15", ME, "Giulia Fontana <g.fontana@tiberinahotels.it>",
  "Grazie per l'incontro di oggi",
  """Gentile Giulia,

volevo ringraziare lei, il dott. Mancini e la dott.ssa Marchetti per il tempo che mi avete dedicato oggi e per l'accoglienza.

È stato un confronto molto stimolante: mi ha colpito in particolare l'idea di lavorare sul segmento dei congressi medici a Roma e Napoli insieme, ne ho già in mente un paio di sviluppi. Le allego, come promesso, la presentazione in PDF con la slide aggiuntiva sui numeri del 2023.

Resto a disposizione per qualsiasi approfondimento.

Cordiali saluti,
Rossella""",
  mid="gmail", attach=[("Piano_commerciale_2025_RIovine.pdf", "application/pdf", fake_pdf("Piano commerciale 2025 - presentazione"))],
  app_key="tiberina-area-sales-manager", ev="update", kind="own-thank-you-note")

M("tiberina-offer", "2024-06-13 12:34", "Giulia Fontana <g.fontana@tiberinahotels.it>", ME_ADDR,
  "Proposta di assunzione – Area Sales Manager Centro-Sud",
  """Gentile Rossella,

a seguito dei colloqui svolti e come anticipato oggi al telefono dal dott. Mancini, sono molto contenta di trasmetterle la nostra proposta di assunzione per il ruolo di Area Sales Manager Centro-Sud.

In sintesi:
– contratto a tempo indeterminato, CCNL Turismo – Aziende Alberghiere, livello Quadro B
– RAL € 46.000, oltre a bonus annuale legato agli obiettivi fino al 15%
– auto aziendale ad uso promiscuo, telefono e pc
– sede di lavoro: Roma, Via Nazionale, con trasferte nelle strutture del Centro-Sud
– data di inizio proposta: lunedì 2 settembre 2024

Trova in allegato la lettera con tutti i dettagli. Se la proposta è di suo gradimento, le invieremo il documento per la firma elettronica.

Le chiederei un riscontro entro mercoledì 19 giugno.

Un caro saluto e, speriamo, benvenuta!
Giulia Fontana
HR Specialist – Tiberina Hotels & Resorts S.p.A.""",
  mid="outlook", attach=[("Proposta_assunzione_Iovine.pdf", "application/pdf", fake_pdf("Proposta di assunzione - Tiberina Hotels & Resorts"))],
  app_key="tiberina-area-sales-manager", ev="offer", kind="offer-letter:human")

M("tiberina-accept", "2024-06-14 09:20", ME, "Giulia Fontana <g.fontana@tiberinahotels.it>", None,
  """Gentile Giulia,

grazie di cuore, anche a nome della mia famiglia che ieri sera ha festeggiato con me!

Ho letto con attenzione la lettera e sono felice di accettare la vostra proposta per il ruolo di Area Sales Manager Centro-Sud, con inizio il 2 settembre. Attendo il documento per la firma.

Le scriverò nei prossimi giorni per le questioni pratiche (documenti per l'assunzione, visita medica, ecc.).

A presto,
Rossella Iovine""",
  reply="tiberina-offer", mid="gmail", cc="Paolo Mancini <p.mancini@tiberinahotels.it>",
  app_key="tiberina-area-sales-manager", ev="offer", kind="own-offer-acceptance")

M("firmaok-tiberina", "2024-06-17 10:05", "FirmaOK <notifiche@firmaok.it>", ME_ADDR,
  "Tiberina Hotels & Resorts S.p.A. ti ha inviato un documento da firmare",
  """Gentile Rossella Iovine,

Giulia Fontana (Tiberina Hotels & Resorts S.p.A.) ti ha inviato il seguente documento da firmare elettronicamente:

Documento: Lettera di assunzione – Area Sales Manager Centro-Sud – R. Iovine.pdf
Messaggio: "Buongiorno Rossella, ecco la lettera per la firma. Grazie e a presto!"
Scadenza: 24/06/2024

Per firmare:
1. Clicca sul pulsante "Visualizza e firma"
2. Inserisci il codice OTP che riceverai via SMS al numero +39 347 *** **30
3. Apponi la firma nei campi evidenziati

Visualizza e firma: https://app.firmaok.it/sign/7d0b4e21-93fa-4c8e-b1c2-5f0e9a3d6c11

FirmaOK è un servizio di firma elettronica avanzata conforme al Regolamento eIDAS (UE) n. 910/2014.
Non rispondere a questa email: per assistenza scrivi a supporto@firmaok.it""",
  auto_html=True, brand="FirmaOK", color="#0b6e4f", mid="sendgrid",
  app_key="tiberina-area-sales-manager", ev="offer", kind="e-signature:invented-vendor")

# --------------------------------------------------------------------------- Nove Navigli (Workable) -> withdrawn
M("workable-navigli-applied", D("2024-05-13 19:32", "+0000"), "Nove Navigli Hotel <noreply@candidates.workablemail.com>", ME_ADDR,
  "Grazie per la tua candidatura – Hotel Manager",
  """Ciao Rossella,

grazie per esserti candidata come Hotel Manager presso Nove Navigli Hotel.

Abbiamo ricevuto la tua candidatura e il nostro team la valuterà nei prossimi giorni. Se il tuo profilo sarà in linea, ti contatteremo per fissare un colloquio.

Un saluto,
Il team di Nove Navigli Hotel

Annuncio: https://apply.workable.com/nove-navigli-hotel/j/8C1F3A2B7D/

Powered by Workable""",
  auto_html=True, brand="NOVE NAVIGLI HOTEL", color="#2e4a3f", mid="generic", mid_domain="workablemail.com",
  app_key="nove-navigli-hotel-manager", ev="applied", kind="ats-confirmation:workable",
  url="https://apply.workable.com/nove-navigli-hotel/j/8C1F3A2B7D/")

M("workable-navigli-interview", D("2024-06-07 08:55", "+0000"), "Chiara Bassi – Nove Navigli Hotel <noreply@candidates.workablemail.com>",
  ME_ADDR, "Invito a colloquio – Hotel Manager, Nove Navigli",
  """Ciao Rossella,

sono Chiara Bassi, General Manager di Nove Navigli. Scusa i tempi lunghi: abbiamo appena chiuso la ristrutturazione del secondo piano e siamo stati travolti.

Ho letto il tuo CV con molto interesse, soprattutto la parte MICE e corporate, che per noi è il prossimo passo. Ti andrebbe di venire a trovarci a Milano per un colloquio e un giro dell'hotel? Pensavo a giovedì 20 giugno, in tarda mattinata. Ovviamente, se per te è complicato venire da Napoli, possiamo fare una prima chiacchierata in video.

Puoi rispondere direttamente a questa email.

A presto,
Chiara

Chiara Bassi
General Manager – Nove Navigli Hotel
Ripa di Porta Ticinese, Milano

Questo messaggio ti è stato inviato tramite Workable per conto di Nove Navigli Hotel S.r.l.""",
  mid="generic", mid_domain="workablemail.com", reply_to="Chiara Bassi <chiara.bassi+8C1F3A2B7D@candidates.workablemail.com>",
  app_key="nove-navigli-hotel-manager", ev="interview", kind="interview-invite:human-via-workable")

M("navigli-withdraw", "2024-06-19 18:02", ME, "Chiara Bassi <chiara.bassi+8C1F3A2B7D@candidates.workablemail.com>", None,
  """Cara Chiara,

grazie mille per l'invito e per le belle parole sul mio profilo, mi ha fatto davvero piacere.

Purtroppo devo ritirare la mia candidatura: nel frattempo ho ricevuto e accettato una proposta da un gruppo alberghiero di Roma, e non mi sembrerebbe corretto farvi perdere tempo per il colloquio di domani.

Vi auguro il meglio per il nuovo piano e per la stagione. Se passo da Milano, un caffè ai Navigli lo vengo a prendere comunque!

Un caro saluto,
Rossella Iovine""",
  reply="workable-navigli-interview", mid="gmail",
  app_key="nove-navigli-hotel-manager", ev="withdrawn", kind="own-withdrawal")
