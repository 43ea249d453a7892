# -*- coding: utf-8 -*-
"""Mailbox B (Giulia Marengo, Torino, UX researcher): job mail, outreach, alerts.
All texts hand-written."""
from common import app, lab, outreach, alert
from lib import brand_html

ME = "Giulia Marengo <giulia.marengo.ux@gmail.com>"
ME_OLD = "Giulia Marengo <giulia.marengo@outlook.it>"

FER = app("Fernhollow", ["Fernhollow Ltd", "Fernhollow Talent Team"], "Senior UX Researcher", "fernhollow--senior-ux-researcher",
          "greenhouse", "https://job-boards.greenhouse.io/fernhollow/jobs/6021443")
TAL = app("Tallyworks", ["Tallyworks Inc."], "UX Researcher (Remote, EMEA)", "tallyworks--ux-researcher", "lever",
          "https://jobs.lever.co/tallyworks/5c1e9a77-3b0f-4d52-9e61-a2f0c3d8b417")
BRI = app("Brightmoor Health", ["Brightmoor", "Brightmoor Health Ltd"], "User Researcher, Patient Experience",
          "brightmoor-health--user-researcher-patient-experience", "ashby",
          "https://jobs.ashbyhq.com/brightmoor/0f6b2d19-8c44-4a7e-b1d3-5e92a7c06f21")
QUI = app("Quiller", ["Quiller Ltd"], "Product Researcher", "quiller--product-researcher", "workable")
LED = app("Ledgerline", ["Ledgerline Payments", "Ledgerline Payments Ltd"], "Quantitative UX Researcher",
          "ledgerline--quantitative-ux-researcher", "icims")
ORB = app("Orbitale", ["Orbitale S.r.l.", "Orbitale Digital"], "UX Research Consultant", "orbitale--ux-research-consultant",
          "other")
SAB = app("Banca Sabauda", ["Banca Sabauda S.p.A.", "Sabauda"], "UX Researcher - Canali Digitali",
          "banca-sabauda--ux-researcher-canali-digitali", "other")
DOR = app("Studio Dora", ["Studio Dora S.r.l.", "Dora"], None, "studio-dora--candidatura-spontanea", "company_site")
HP = app(None, [], "Senior User Researcher", "agency-harlow-pike--senior-user-researcher", "agency")
KES = app("Kestrel Maps", ["Kestrel Maps Ltd"], "UX Researcher", "kestrel-maps--ux-researcher", "linkedin",
          "https://www.linkedin.com/jobs/view/4032187760/")
DRI = app("Driftwood Labs", ["Driftwood"], "User Researcher", "driftwood-labs--user-researcher", "company_site",
          "https://driftwoodlabs.io/careers/user-researcher")
ORL = app("Orla Energy", ["Orla Energy B.V.", "Orla"], "UX Researcher, Customer Platforms", "orla-energy--ux-researcher",
          "greenhouse")
PEN = app("Pennant Learning", ["Pennant"], "Design Researcher", "pennant-learning--design-researcher", "other",
          "https://pennantlearning.recruitee.com/o/design-researcher")
RUG = app("Caffè Ruggeri", ["Caffè Ruggeri S.p.A.", "Ruggeri"], "UX Researcher", "caffe-ruggeri--ux-researcher", "indeed",
          "https://it.indeed.com/viewjob?jk=c81d0e5a93f47b26")
NOR = app("Northbeam Studio", ["Northbeam"], "UX Research Lead", "northbeam-studio--ux-research-lead", "bamboohr")
KLA = app("Klarwerk", ["Klarwerk GmbH"], "UX Researcher (m/w/d)", "klarwerk--ux-researcher", "other",
          "https://klarwerk.jobs.personio.de/job/1634028")

fer1 = """Hi Giulia,

Thanks for applying to Fernhollow! We've received your application for the Senior UX Researcher role and our team will review it over the next couple of weeks.

We know applying for a new job takes time and energy, so we really appreciate you thinking of us. If your experience looks like a match, someone from our Talent team will be in touch to arrange a first conversation.

In the meantime, you can read more about how we work here: https://fernhollow.com/life-at-fernhollow

Role: Senior UX Researcher - London / Remote (UK & EU)
https://job-boards.greenhouse.io/fernhollow/jobs/6021443

Best,
The Fernhollow Talent Team"""

fer2 = """Hi Giulia,

Priya Shah from Fernhollow would like to schedule a 30-minute video call with you to talk about the Senior UX Researcher role.

Interview: Recruiter screen (30 min, Google Meet)
Interviewer: Priya Shah, Senior Talent Partner

Please choose a time that works for you - times are shown in your time zone (Central European Summer Time):
https://fernhollow.goodtime.io/schedule/c/5f8a2e91-77b4-4d0f-a8e3-3cde41b09a62

Available slots are held for 72 hours. If none of the times work, reply to this email and Priya will find another option.

Powered by GoodTime"""

fer3 = """Hi Giulia,

Thanks again for your time on the panel yesterday - the team really enjoyed the conversation, especially your story about the diary study with the pharmacists.

As mentioned, the next step is a short research exercise. You'll find the brief attached: it's a fictional but realistic scenario about small-business customers abandoning our invoicing flow. We're asking for a research plan (max 4 slides) and a short note on how you'd prioritise what to learn first. Please don't spend more than 3-4 hours on it; we're interested in how you think, not in polish.

Could you send it back by Friday 4 October? We'll then schedule a 45-minute follow-up where you walk us through it.

Any questions, just reply here.

Best,
Priya

Priya Shah
Senior Talent Partner | Fernhollow
fernhollow.com"""

fer4 = """Hi Giulia,

Thank you so much for all the time and thought you've put into our process over the last few weeks, and for the research plan - it was genuinely one of the clearest we received.

I'm sorry to say that we've decided not to progress your application to the final stage. The panel felt your qualitative work is excellent, but for this role the team needs someone who has led research in a regulated financial product and partnered closely with a data science team on experimentation, and your experience there is lighter than the other finalists'.

I know this isn't the news you were hoping for. Ana (Head of Research) asked me to pass on that she'd love to stay in touch, and I'd be very happy to reach out again when we open the next researcher role in 2025.

Wishing you the very best,
Priya

Priya Shah
Senior Talent Partner | Fernhollow"""

tal1 = """Hi Giulia,

Thanks for applying to the UX Researcher (Remote, EMEA) position at Tallyworks - we're excited that you're interested in joining us!

We're reviewing applications now and will be in touch if your background is a match for the role.

Original posting: https://jobs.lever.co/tallyworks/5c1e9a77-3b0f-4d52-9e61-a2f0c3d8b417

Cheers,
The Tallyworks Hiring Team"""

tal2 = """Hi Giulia,

Thank you for your interest in Tallyworks and for taking the time to apply for the UX Researcher (Remote, EMEA) role.

We've reviewed your application carefully and, unfortunately, we've decided to move forward with other candidates whose experience more closely aligns with our current needs.

We'll keep your details on file and may reach out if a suitable opportunity comes up in the future.

All the best in your search,
The Tallyworks Hiring Team"""

bri1 = """Hi Giulia,

Thanks for applying for the User Researcher, Patient Experience role at Brightmoor Health. We've received your application and a member of our team will review it shortly.

We aim to get back to every candidate within two weeks. You can check your application at any time here: https://jobs.ashbyhq.com/brightmoor/application/3a1c77e0

Role: https://jobs.ashbyhq.com/brightmoor/0f6b2d19-8c44-4a7e-b1d3-5e92a7c06f21

Thanks,
Brightmoor Health Recruiting"""

bri2 = """Hi Giulia,

Great news - the Brightmoor Health team would like to invite you to the next stage for the User Researcher, Patient Experience role.

Stage: Hiring manager interview (45 minutes, Zoom)
With: Tom Achebe, Head of Research

Please pick a time that suits you:
https://app.ashbyhq.com/schedule/brightmoor/6d2e81f4-0c3b-4a6f-9d58-7fa1e2b45c30

Times are displayed in your local time zone (Europe/Rome). If none of the slots work, reply to this email and we'll sort something out.

Looking forward to speaking,
Brightmoor Health Recruiting"""

bri3 = """Hi Giulia,

I'm delighted to let you know that we'd like to offer you the role of User Researcher, Patient Experience at Brightmoor Health!

Everyone you met on Thursday came away energised - Jess particularly loved how you handled the question about interviewing patients in vulnerable situations. We think you'll make a real difference to how we build for people living with long-term conditions.

The headline terms (full details are in the attached offer letter):
- Full-time, permanent, fully remote from Italy via our employer-of-record partner
- Gross annual salary of EUR 62,000, plus a yearly learning budget of GBP 1,000
- 26 days' holiday plus Italian public holidays
- Two team weeks a year in London (travel covered)
- Proposed start date: Monday 13 January 2025

You'll receive the formal offer for e-signature from DocuSign shortly. Please take the time you need to read it, and do call me if you'd like to talk anything through - my mobile is +44 7700 914 226.

Really hope you'll join us.

Tom

Tom Achebe
Head of Research | Brightmoor Health"""

bri4 = """Brightmoor Health sent you a document to review and sign.

REVIEW DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=1f7d0c2b-93ea-4e45-8d4c-6b0a5e2f9d11&acct=8a2f4e90-1c6b-4d3a-b7e5-0f2c9d81a6e3&er=c3e7b1a0

Tom Achebe
tom.achebe@brightmoor.health

Giulia, please review and sign your offer letter for the role of User Researcher, Patient Experience. Any questions - just shout!

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly."""

qui1 = """Hi Giulia,

Thank you for applying for the Product Researcher role at Quiller. As part of our process, we'd like to invite you to complete a short online assessment on TestGorilla.

The assessment includes:
- Critical thinking (10 min)
- Attention to detail - textual (10 min)
- A custom question from the Quiller team: "Tell us about a research finding that changed a product decision" (written, max 300 words)

It takes about 35 minutes in total and must be completed by 24 September 2024, 23:59 CEST.

Start the assessment: https://app.testgorilla.com/s/quiller-product-researcher-7tq3w9k2

Good luck!
Quiller Talent Team

Sent via TestGorilla on behalf of Quiller."""

qui2 = """Hi Giulia,

Thank you for your interest in Quiller and for the time you invested in our assessment.

We've now reviewed all the results for the Product Researcher role. Unfortunately you have not been selected to move forward to the interview stage this time. We had an unusually strong response and had to make some difficult decisions.

We'd love you to keep an eye on our careers page for future opportunities: https://apply.workable.com/quiller/

Kind regards,
Hannah
People & Talent, Quiller"""

led1 = """Hello Giulia Marengo,

Ledgerline Payments has invited you to take the following assessment as part of your application for Quantitative UX Researcher.

Test: Quant UX Research - SQL & Statistics
Duration: 75 minutes
Questions: 2 SQL problems, 6 multiple choice, 1 short analysis question

Please complete the test before Wednesday, October 2, 2024, 11:59 PM BST.

Start test: https://www.hackerrank.com/tests/9a3f1c2e7b4d/login?b=eyJ1c2VybmFtZSI6ImdpdWxpYS5tYXJlbmdv

Before you begin:
- Use a laptop or desktop with a stable internet connection.
- You can try a sample test here: https://www.hackerrank.com/tests/sample
- The test must be completed in one sitting.

Good luck!
Ledgerline Payments Hiring Team

Powered by HackerRank"""

orb1 = """Ciao Giulia,

grazie per esserti candidata come UX Research Consultant in Orbitale! Il tuo profilo ci ha incuriosito e vorremmo conoscerti meglio con una breve video-intervista asincrona.

Come funziona:
- 3 domande, per ognuna hai 1 minuto per pensare e fino a 3 minuti per rispondere;
- puoi registrare quando vuoi entro lunedì 14 ottobre;
- puoi fare una prova prima di iniziare.

Avvia la video-intervista: https://app.willo.video/invite/orbitale-ux-research-h8Tq2Lm

Le risposte saranno viste da Federica (People) e da Marco, Research Lead. Ti aggiorniamo entro fine mese.

A presto,
Federica - People Team Orbitale

Inviato tramite Willo"""

sab2 = """Gentile Giulia Marengo,

la ringraziamo per la candidatura inviata lo scorso settembre per la posizione di UX Researcher - Canali Digitali presso la Direzione Digital di Banca Sabauda, e per la pazienza dimostrata in queste settimane.

La informiamo che la ricerca si è conclusa con l'inserimento di un altro candidato. La sua candidatura non potrà pertanto avere seguito per questa posizione.

I suoi dati resteranno nel nostro archivio per 24 mesi, come indicato nell'informativa privacy, e potranno essere considerati per future opportunità.

Cordiali saluti
Direzione Risorse Umane - Selezione
Banca Sabauda S.p.A."""

dor1 = """Ciao Elisa,

ti scrivo direttamente perché seguo Studio Dora da un po' (il progetto per i Musei Reali e la guida accessibile del Museo del Cinema mi sono piaciuti tantissimo) e mi piacerebbe molto lavorare con voi.

Sono una UX researcher con cinque anni di esperienza, gli ultimi tre in Quadrante Design qui a Torino, dove seguo la ricerca qualitativa per clienti di sanità, assicurazioni e pubblica amministrazione: interviste, test di usabilità, diary study, workshop di co-design. Negli ultimi mesi mi sono occupata molto di accessibilità e di ricerca con persone anziane, che mi sembra vicino al vostro lavoro sui servizi culturali.

So che non avete posizioni aperte sul sito, quindi questa è una candidatura spontanea: se in futuro pensate di rafforzare la parte di ricerca, mi farebbe piacere che teneste presente il mio profilo. Ti allego CV e un portfolio con tre casi studio.

Grazie e buon lavoro,
Giulia Marengo
giuliamarengo.it | 348 771 0294"""

dor2 = """Ciao Giulia!

grazie mille per la mail, mi ha fatto davvero piacere (e sì, sul progetto del Museo del Cinema abbiamo sudato parecchio).

Ti dico subito con sincerità: una posizione aperta non c'è, però stiamo ragionando su come far crescere la parte di ricerca nel 2025 e mi piacerebbe conoscerti. Ci prendiamo un caffè? Io sono in studio in via Santa Giulia quasi tutti i giorni, potrebbe andarti bene giovedì 19 alle 18? Ci sarà anche Pietro, l'altro socio.

A presto,
Elisa

Elisa Cravero
Co-founder, Studio Dora
via Santa Giulia 21/bis, Torino"""

dor3 = """Ciao Giulia,

come promesso ti aggiorno dopo il caffè di settembre. Io e Pietro abbiamo fatto i conti con il budget 2025 e purtroppo per ora non riusciamo ad aprire una posizione strutturata per la ricerca: abbiamo un paio di progetti grossi in sospeso e non vogliamo assumere qualcuno senza essere sicuri di poterlo tenere.

Mi dispiace davvero, perché ci sei piaciuta molto. Se ti va, ti terrei presente per qualche collaborazione da freelance in primavera, se i progetti partono.

Un abbraccio e in bocca al lupo per tutto,
Elisa"""

hp0 = """Hi Giulia,

I hope you're well! I'm Callum, I lead the Product & Design desk at Harlow & Pike. I came across your profile and your talk on diary studies at UX Torino last year, and I think you'd be a great fit for a role I'm working on.

My client is a Series B proptech company in London (about 180 people) building tools for renters and letting agents. They're hiring a Senior User Researcher to be the second researcher on the team, working across the tenant app and the agent platform. Fully remote within Europe is possible, with a visit to London roughly once a quarter. Budget is up to GBP 70k or the equivalent in EUR via their EOR.

I can't share the client's name until I have your OK to represent you, but happy to tell you more on a quick call. Would you have 15 minutes this week?

Best,
Callum

Callum Reid
Principal Consultant - Product & Design
Harlow & Pike Talent | 41 Clerkenwell Road, London EC1M 5RF
+44 20 3880 1475"""

hp1 = """Hi Callum,

Thanks for getting in touch - and for remembering the UX Torino talk!

The role sounds interesting, especially the two-sided product and the chance to help shape a small research team. I'm happy for you to represent me for this position with your client. My CV is attached, and my portfolio is at giuliamarengo.it (password for the case studies: mole2024).

A couple of things worth knowing upfront: I'm based in Turin and would stay here, so fully remote is a must, and I'd need about a month's notice with my current employer.

I'm free for a call on Thursday or Friday after 4pm Italian time.

Best,
Giulia"""

hp2 = """Hi Giulia,

Thanks again for making time for the interview with Sarah and Dev last week - they both said it was a really good conversation.

I've just had the feedback from the client and unfortunately it's not the news we wanted. They've decided to hire an internal candidate from their data team who has been doing research informally for the last year; they said it was a very close call and that your portfolio stood out.

I'm really sorry. I've got two other remote research roles opening up in November that I think you'd be great for, so I'll be in touch about those if you're still looking.

Best,
Callum"""

dri1 = """Hi Sam,

I'm writing to apply for the User Researcher position at Driftwood Labs (https://driftwoodlabs.io/careers/user-researcher). I've been using Driftwood to plan trips with friends for about a year, so I was very happy to see the opening.

I'm a UX researcher based in Turin with five years of experience, currently at Quadrante Design, a service design consultancy. I lead qualitative research end to end - from framing the questions with stakeholders to interviews, usability testing and diary studies, to synthesis that teams actually use. I've also set up lightweight research operations (recruitment panels, consent templates, a shared insight repository in Notion) for two clients who had no researcher in house, which I imagine is relevant for a first research hire at a 20-person startup.

A few things I noticed in Driftwood as a user that I'd love to dig into: how groups decide (who actually books?), what happens to a trip plan after the first excitement, and why the shared budget feature seems to be used by couples but not by larger groups.

My CV is attached and my portfolio is at giuliamarengo.it. I'd love to talk.

Best regards,
Giulia Marengo"""

dri2 = """Hi Giulia,

Thanks for the lovely note - the bit about who actually books made me laugh because it's literally the argument our product team has every week.

Could we have a quick call on Thursday? Nothing formal, 30 minutes to get to know each other and talk about what we need. Grab any slot that suits you here: https://calendly.com/sam-driftwood/30min

Sam

Sam Okafor
Co-founder & CPO, Driftwood Labs"""

dri3 = """Hi Giulia Marengo,

A new event has been scheduled.

Event Type:
30 Minute Meeting

Invitee:
Giulia Marengo
giulia.marengo.ux@gmail.com

Event Date/Time:
15:30 - Thursday, 17 October 2024 (Central European Summer Time)

Location:
This is a Google Meet web conference. https://meet.google.com/xqv-ptko-rna

Invitee Time Zone:
Central European Summer Time

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6b1f0e2a-9d47-4c83-a5e0-12fd7c93b881
Reschedule: https://calendly.com/reschedulings/6b1f0e2a-9d47-4c83-a5e0-12fd7c93b881

Powered by Calendly.com"""

dri4 = """Hi Sam,

I wanted to let you know before you put more time into scheduling the next step: I've just accepted an offer from another company, starting in January, so I'd like to withdraw from the process for the User Researcher role.

It was a hard decision. I really enjoyed our conversations and the session with Leah, and I think Driftwood is lucky to be thinking about research this early. If it's useful, I'm very happy to send you the recruitment screener and consent templates I mentioned - no strings attached.

Thank you for being so open throughout, and good luck with the hire!

Giulia"""

orl1 = """Hi Giulia,

Thank you for your interest in Orla Energy and for applying to the UX Researcher, Customer Platforms position.

We have reviewed your application and, regrettably, we won't be progressing it further. The role requires fluent Dutch for research with our customers in the Netherlands and Belgium.

We appreciate the time you took to apply and wish you success in your job search.

Orla Energy Recruitment"""

pen_fu = """Hi Pennant team,

I hope you're well. I applied for the Design Researcher role about three weeks ago (14 October) and received the confirmation, but I haven't heard anything since, so I wanted to check in on where the process stands.

I'm still very interested in the role - the work you're doing on learning tools for adult apprentices is very close to some research I did last year with vocational students in Piedmont, and I'd love the chance to talk about it.

Thanks a lot, and have a good week,
Giulia Marengo"""

pen_re = """Hi Giulia,

Thanks for checking in, and sorry for the silence - that's on us.

I'm afraid we've had to put the Design Researcher role on hold: after our latest planning round the budget for new hires in the product team has been frozen until at least Q2 next year, so we've closed the vacancy for now and won't be continuing with any candidates.

We really appreciate your interest and your note about the apprentices research. If the role reopens I'll reach out to you directly.

Best wishes,
Maya Lindqvist
People Partner, Pennant Learning"""

rug_txt = """La tua candidatura è stata inviata

UX Researcher
Torino (TO) · Ibrido

Questi sono i dati che hai inviato:
Nome: Giulia Marengo
Email: giulia.marengo.ux@gmail.com
CV: Giulia_Marengo_CV_2024.pdf

Il datore di lavoro potrebbe contattarti direttamente. Segui le tue candidature su https://it.indeed.com/myjobs

Vedi l'offerta: https://it.indeed.com/viewjob?jk=c81d0e5a93f47b26"""

rug_html = """<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560">
<tr><td style="padding:16px 0"><img src="https://it.indeed.com/images/indeed-logo.png" alt="Indeed" width="96"></td></tr>
<tr><td style="font-size:22px;font-weight:bold">La tua candidatura è stata inviata</td></tr>
<tr><td style="border:1px solid #e4e2e0;border-radius:8px;padding:16px;margin-top:12px">
<div style="font-size:18px;font-weight:bold">UX Researcher</div>
<div>Caffè Ruggeri S.p.A.</div><div style="color:#595959">Torino (TO) · Ibrido</div>
<p><a href="https://it.indeed.com/viewjob?jk=c81d0e5a93f47b26">Vedi l'offerta</a></p></td></tr>
<tr><td style="font-size:14px;padding-top:14px"><b>Questi sono i dati che hai inviato</b><br>Nome: Giulia Marengo<br>Email: giulia.marengo.ux@gmail.com<br>CV: Giulia_Marengo_CV_2024.pdf</td></tr>
<tr><td style="font-size:11px;color:#767676;padding:20px 0">Hai ricevuto questa email perché ti sei candidata tramite Indeed. &copy; 2024 Indeed</td></tr>
</table></td></tr></table></body></html>"""

nor_rej = """Dear Giulia,

Thank you for your interest in the UX Research Lead position at Northbeam Studio, and for the time you took to apply.

We wanted to let you know that the position has been filled. We were grateful to receive so many thoughtful applications and we'll keep yours on file should a similar opportunity open up.

Warm regards,
Northbeam Studio Hiring Team"""

kla_txt = """Dear Giulia Marengo,

Thank you for your application as UX Researcher (m/w/d) and your interest in Klarwerk!

Position: https://klarwerk.jobs.personio.de/job/1634028

We have received your documents and will review them as quickly as possible. We will get back to you as soon as we have reviewed your application - usually within two to three weeks.

If you have any questions in the meantime, please don't hesitate to contact us at jobs@klarwerk.de.

Best regards
Your Klarwerk People Team

Klarwerk GmbH | Schlesische Str. 27 | 10997 Berlin | Geschäftsführer: Jonas Brandt, Mira Özdemir | HRB 201884 B"""


def messages():
    M = []
    add = M.append
    add(dict(key="b-tal-1", dt="2024-09-05 17:22", tz="America/Los_Angeles", frm="Tallyworks <no-reply@hire.lever.co>",
             subj="Thanks for applying to Tallyworks", body=tal1, fmt="alt", html="auto", mid="hire.lever.co",
             slug="tallyworks-lever-thanks-for-applying", lab=lab(TAL, "applied", "ats-confirmation:lever", "en")))
    add(dict(key="b-tal-2", dt="2024-09-06 09:03", tz="America/Los_Angeles", frm="Tallyworks <no-reply@hire.lever.co>",
             subj="Thanks for applying to Tallyworks", body=tal2, fmt="alt", html="auto", mid="hire.lever.co",
             slug="tallyworks-lever-update", lab=lab(TAL, "rejected", "ats-rejection:lever-quick", "en")))
    add(dict(key="b-fer-1", dt="2024-09-10 18:02", tz="Europe/London", frm="Fernhollow <no-reply@us.greenhouse-mail.io>",
             subj="Thank you for applying to Fernhollow", body=fer1, fmt="alt",
             html=brand_html(fer1, "fernhollow", "#1b4332"), mid="us.greenhouse-mail.io",
             slug="fernhollow-greenhouse-thank-you", lab=lab(FER, "applied", "ats-confirmation:greenhouse", "en")))
    add(dict(key="b-fer-2", dt="2024-09-18 14:40", tz="Europe/London", frm="Fernhollow Scheduling <scheduling@goodtime.io>",
             reply_to="Priya Shah <priya.shah@fernhollow.com>",
             subj="Fernhollow: please choose a time for your interview", body=fer2, fmt="alt",
             html=brand_html(fer2, "Fernhollow", "#1b4332", "Sent by GoodTime on behalf of Fernhollow"), mid="goodtime.io",
             slug="goodtime-fernhollow-schedule", lab=lab(FER, "interview", "platform-scheduling:goodtime", "en")))
    add(dict(key="b-fer-3", dt="2024-09-27 11:15", tz="Europe/London", frm="Priya Shah <priya.shah@fernhollow.com>",
             subj="Fernhollow – research exercise (Senior UX Researcher)", body=fer3, mid="gmail",
             attach=[("Fernhollow_Research_Exercise_Brief.pdf", "pdf")], pdf_lines=["Research exercise", "Invoicing drop-off"],
             slug="fernhollow-research-exercise", lab=lab(FER, "assessment", "human-take-home", "en")))
    add(dict(key="b-fer-4", dt="2024-10-17 16:48", tz="Europe/London", frm="Priya Shah <priya.shah@fernhollow.com>",
             subj="Re: Fernhollow – research exercise (Senior UX Researcher)", parent="b-fer-3", body=fer4, mid="gmail",
             fmt="alt", html="auto", slug="fernhollow-decision", lab=lab(FER, "rejected", "human-rejection-with-feedback", "en")))
    add(dict(key="b-sab-2", dt="2024-12-16 10:20", frm="Banca Sabauda - Selezione <noreply@successfactors.eu>",
             subj="Banca Sabauda - esito candidatura UX Researcher - Canali Digitali", body=sab2, fmt="html",
             html=brand_html(sab2, "BANCA SABAUDA", "#003366", "Banca Sabauda S.p.A. - Piazza San Carlo 12, Torino"),
             mid="successfactors.eu", cs="iso-8859-1", cte="qp", slug="banca-sabauda-esito-candidatura",
             lab=lab(SAB, "rejected", "ats-rejection:successfactors-late")))
    add(dict(key="b-dor-1", dt="2024-09-12 22:40", frm=ME, to="Elisa Cravero <elisa@studiodora.it>",
             subj="Candidatura spontanea – UX researcher", body=dor1, fmt="alt", html="auto",
             attach=[("Giulia_Marengo_CV_2024.pdf", "pdf"), ("Giulia_Marengo_portfolio_selezione.pdf", "pdf")],
             slug="candidatura-spontanea-studio-dora", lab=lab(DOR, "applied", "own-speculative-application")))
    add(dict(key="b-dor-2", dt="2024-09-16 09:12", frm="Elisa Cravero <elisa@studiodora.it>", subj="Re: Candidatura spontanea – UX researcher",
             parent="b-dor-1", quote="apple-it", body=dor2, mid="apple", mid_host="studiodora.it",
             hdrs={"X-Mailer": "Apple Mail (2.3774.600.62)"},
             slug="re-studio-dora-caffe", lab=lab(DOR, "interview", "founder-coffee-invite")))
    add(dict(key="b-dor-3", dt="2024-10-14 19:05", frm="Elisa Cravero <elisa@studiodora.it>", subj="aggiornamento",
             body=dor3, mid="apple", mid_host="studiodora.it", parent="b-dor-2",
             slug="studio-dora-aggiornamento", lab=lab(DOR, "rejected", "human-rejection:no-budget")))
    add(dict(key="b-hp-0", dt="2024-09-24 10:31", tz="Europe/London", frm="Callum Reid <callum.reid@harlowpike.co.uk>",
             subj="Senior User Researcher – remote – Series B proptech", body=hp0, mid="outlook", fmt="alt", html="auto",
             slug="harlow-pike-senior-user-researcher", lab=outreach(None, [], "Senior User Researcher", "agency-outreach:email", "en")))
    add(dict(key="b-hp-1", dt="2024-09-24 19:47", frm=ME, to="Callum Reid <callum.reid@harlowpike.co.uk>",
             subj="Re: Senior User Researcher – remote – Series B proptech", parent="b-hp-0", quote="gmail-en", body=hp1,
             attach=[("Giulia_Marengo_CV_2024_EN.pdf", "pdf")], slug="re-harlow-pike-happy-to-be-represented",
             lab=lab(HP, "applied", "own-reply-to-agency", "en")))
    add(dict(key="b-hp-2", dt="2024-10-22 17:05", tz="Europe/London", frm="Callum Reid <callum.reid@harlowpike.co.uk>",
             subj="RE: Senior User Researcher – remote – Series B proptech", parent="b-hp-1", quote="outlook-en", body=hp2,
             mid="outlook", slug="harlow-pike-client-feedback", lab=lab(HP, "rejected", "agency-human-rejection", "en")))
    add(dict(key="b-qui-1", dt="2024-09-17 08:30", tz="UTC", frm="Quiller via TestGorilla <no-reply@testgorilla.com>",
             subj="Quiller invites you to complete an assessment", body=qui1, fmt="alt",
             html=brand_html(qui1, "Quiller", "#6c3ce0", "Sent via TestGorilla"), mid="testgorilla.com",
             slug="testgorilla-quiller-assessment", lab=lab(QUI, "assessment", "platform-assessment:testgorilla", "en")))
    add(dict(key="b-qui-2", dt="2024-10-01 12:44", tz="Europe/London", frm="Quiller <noreply@candidates.workablemail.com>",
             subj="Your application for Product Researcher at Quiller", body=qui2, fmt="alt", html="auto",
             mid="candidates.workablemail.com", slug="quiller-workable-application-update",
             lab=lab(QUI, "rejected", "ats-rejection:workable", "en")))
    add(dict(key="b-led-1", dt="2024-09-25 15:10", tz="Europe/London", frm="Ledgerline Payments <support@hackerrankforwork.com>",
             subj="Invitation: Quant UX Research - SQL & Statistics | Ledgerline Payments", body=led1, fmt="alt",
             html=brand_html(led1, "HackerRank", "#1ba94c", "HackerRank for Work"), mid="hackerrankforwork.com",
             slug="hackerrank-ledgerline-invitation", lab=lab(LED, "assessment", "platform-assessment:hackerrank", "en")))
    add(dict(key="b-rug-1", dt="2024-09-30 21:37", frm="Indeed Apply <indeedapply@indeed.com>",
             subj="Candidatura Indeed: UX Researcher", body=rug_txt, fmt="alt", html=rug_html, mid="indeed.com",
             slug="indeed-candidatura-ux-researcher", lab=lab(RUG, "applied", "jobboard-confirmation:indeed")))
    kes1 = """Your application was sent to Kestrel Maps

UX Researcher
Kestrel Maps · London, England, United Kingdom (Remote)
Applied on 1 Oct 2024

View job: https://www.linkedin.com/comm/jobs/view/4032187760/?trackingId=Qm9%2Bx2vT8k1L4yZpR7w%3D%3D

Now that you've applied:
- Get noticed by the hiring team: add a message to your application
- Prepare for your interview with LinkedIn Premium

This email was intended for Giulia Marengo (UX Researcher at Quadrante Design)
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."""
    kes2 = """Your application was viewed by Kestrel Maps

UX Researcher
Kestrel Maps · London, England, United Kingdom (Remote)

Good luck! The hiring team at Kestrel Maps viewed your application on 4 Oct.

See more jobs like this: https://www.linkedin.com/comm/jobs/collections/similar-jobs/?referenceJobId=4032187760

This email was intended for Giulia Marengo (UX Researcher at Quadrante Design)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."""
    add(dict(key="b-kes-1", dt="2024-10-01 13:26", tz="UTC", frm="LinkedIn <jobs-noreply@linkedin.com>",
             subj="Giulia, your application was sent to Kestrel Maps", body=kes1, fmt="alt",
             html=brand_html(kes1, "LinkedIn", "#0a66c2"), mid="linkedin.com", slug="linkedin-application-sent-kestrel",
             lab=lab(KES, "applied", "jobboard-confirmation:linkedin-easy-apply", "en")))
    add(dict(key="b-kes-2", dt="2024-10-04 08:52", tz="UTC", frm="LinkedIn <jobs-noreply@linkedin.com>",
             subj="Your application was viewed by Kestrel Maps", body=kes2, fmt="alt",
             html=brand_html(kes2, "LinkedIn", "#0a66c2"), mid="linkedin.com", slug="linkedin-application-viewed-kestrel",
             lab=lab(KES, "update", "jobboard-status:linkedin-viewed", "en")))
    add(dict(key="b-bri-1", dt="2024-10-02 11:05", tz="Europe/London", frm="Brightmoor Health Recruiting <no-reply@ashbyhq.com>",
             subj="Thanks for applying to Brightmoor Health", body=bri1, fmt="alt", html="auto", mid="ashbyhq.com",
             slug="brightmoor-ashby-thanks", lab=lab(BRI, "applied", "ats-confirmation:ashby", "en")))
    add(dict(key="b-bri-2", dt="2024-10-10 16:20", tz="Europe/London", frm="Brightmoor Health Recruiting <no-reply@ashbyhq.com>",
             subj="Brightmoor Health – schedule your interview with Tom Achebe", body=bri2, fmt="alt", html="auto", mid="ashbyhq.com",
             slug="brightmoor-ashby-schedule-interview", lab=lab(BRI, "interview", "ats-scheduling:ashby", "en")))
    add(dict(key="b-orb-1", dt="2024-10-07 10:02", frm="Orbitale via Willo <no-reply@willo.video>",
             subj="Orbitale ti invita a una video-intervista", body=orb1, fmt="alt",
             html=brand_html(orb1, "Orbitale", "#ff5a36", "Willo - video interviewing"), mid="willo.video",
             slug="willo-orbitale-video-intervista", lab=lab(ORB, "interview", "platform-video-interview:willo")))
    add(dict(key="b-dri-1", dt="2024-10-09 21:50", frm=ME, to="Sam Okafor <sam@driftwoodlabs.io>",
             subj="Application for the User Researcher position", body=dri1, attach=[("Giulia_Marengo_CV_2024_EN.pdf", "pdf")],
             fmt="alt", html="auto", slug="application-user-researcher-driftwood", lab=lab(DRI, "applied", "own-application-to-posting", "en")))
    add(dict(key="b-dri-2", dt="2024-10-10 08:14", tz="Europe/Lisbon", frm="Sam Okafor <sam@driftwoodlabs.io>",
             subj="Re: Application for the User Researcher position", parent="b-dri-1", quote="gmail-en", body=dri2, mid="gmail",
             slug="re-driftwood-quick-call", lab=lab(DRI, "interview", "founder-call-invite", "en")))
    add(dict(key="b-dri-3", dt="2024-10-10 08:31", tz="UTC", frm="Calendly <notifications@calendly.com>",
             subj="New Event: Sam Okafor - 15:30 Thu, 17 Oct 2024 - 30 Minute Meeting", body=dri3, fmt="alt", html="auto",
             mid="calendly.com", ics=dict(start="2024-10-17 15:30", minutes=30, summary="30 Minute Meeting - Sam Okafor and Giulia Marengo",
                                         location="https://meet.google.com/xqv-ptko-rna", org_name="Sam Okafor", organizer="sam@driftwoodlabs.io",
                                         attendees=["giulia.marengo.ux@gmail.com"], prodid="-//Calendly//EN", uid_dom="calendly.com"),
             slug="calendly-new-event-driftwood", lab=lab(DRI, "interview", "platform-scheduling:calendly", "en")))
    add(dict(key="b-dri-4", dt="2024-11-14 18:22", frm=ME, to="Sam Okafor <sam@driftwoodlabs.io>",
             subj="Re: Application for the User Researcher position", parent="b-dri-2", quote="gmail-en", body=dri4,
             slug="re-driftwood-withdrawal", lab=lab(DRI, "withdrawn", "own-withdrawal", "en")))
    add(dict(key="b-orl-1", dt="2024-10-11 14:02", tz="Europe/Amsterdam", frm="Orla Energy <no-reply@greenhouse.io>",
             subj="Your application to Orla Energy", body=orl1, fmt="alt", html="auto", mid="greenhouse.io",
             slug="orla-energy-your-application", lab=lab(ORL, "rejected", "ats-rejection:greenhouse-quick", "en")))
    add(dict(key="b-pen-2", dt="2024-11-04 09:40", frm=ME, to="Pennant Learning Careers <careers@pennantlearning.com>",
             subj="Following up on my application – Design Researcher", body=pen_fu, slug="follow-up-pennant-design-researcher",
             lab=lab(PEN, "update", "own-follow-up", "en")))
    add(dict(key="b-pen-3", dt="2024-11-06 12:18", tz="Europe/London", frm="Maya Lindqvist <maya@pennantlearning.com>",
             subj="Re: Following up on my application – Design Researcher", parent="b-pen-2", quote="gmail-en", body=pen_re,
             mid="gmail", slug="re-pennant-role-on-hold", lab=lab(PEN, "withdrawn", "human-role-closed", "en")))
    add(dict(key="b-nor-1", dt="2024-11-19 23:05", tz="America/New_York", frm="Northbeam Studio <notifications@app.bamboohr.com>",
             subj="Update on your application – UX Research Lead", body=nor_rej, fmt="alt", html="auto", mid="app.bamboohr.com",
             slug="northbeam-bamboohr-update", lab=lab(NOR, "rejected", "ats-rejection:bamboohr-position-filled", "en")))
    add(dict(key="b-kla-1", dt="2024-10-16 10:44", tz="Europe/Berlin", frm="Klarwerk GmbH <klarwerk@jobs.personio.de>",
             subj="Thank you for your application – UX Researcher (m/w/d)", body=kla_txt, fmt="alt", html="auto",
             mid="jobs.personio.de", slug="klarwerk-personio-thank-you", lab=lab(KLA, "applied", "ats-confirmation:personio", "en")))
    add(dict(key="b-bri-3", dt="2024-11-12 17:30", tz="Europe/London", frm="Tom Achebe <tom.achebe@brightmoor.health>",
             subj="Your offer from Brightmoor Health 🎉", body=bri3, mid="gmail", fmt="alt", html="auto",
             attach=[("Brightmoor_Offer_Letter_G_Marengo.pdf", "pdf")], pdf_lines=["Brightmoor Health", "Offer of employment"],
             slug="brightmoor-your-offer", lab=lab(BRI, "offer", "human-offer", "en")))
    add(dict(key="b-bri-4", dt="2024-11-13 09:02", tz="UTC", frm="Tom Achebe via Docusign <dse_na4@docusign.net>",
             reply_to="Tom Achebe <tom.achebe@brightmoor.health>",
             subj="Complete with Docusign: Brightmoor_Offer_Letter_G_Marengo.pdf", body=bri4, fmt="alt",
             html=brand_html(bri4, "DocuSign", "#4c00ff"), mid="docusign.net", slug="docusign-brightmoor-offer-letter",
             lab=lab(BRI, "offer", "platform-esign:docusign", "en")))
    # sab confirmation (SuccessFactors, Italian)
    sab1 = """Gentile Giulia Marengo,

La ringraziamo per aver inviato la Sua candidatura per la posizione UX Researcher - Canali Digitali (ID 11873) presso Banca Sabauda.

La Sua candidatura è stata correttamente registrata. Il team Selezione la esaminerà con attenzione e, qualora il Suo profilo risultasse in linea con le esigenze della posizione, La contatterà per un primo colloquio.

Può consultare lo stato della candidatura nella sezione "Le mie candidature" del portale Lavora con noi.

Cordiali saluti
Direzione Risorse Umane - Selezione
Banca Sabauda S.p.A."""
    add(dict(key="b-sab-1", dt="2024-09-09 13:52", frm="Banca Sabauda - Selezione <noreply@successfactors.eu>",
             subj="Conferma ricezione candidatura - UX Researcher - Canali Digitali", body=sab1, fmt="html",
             html=brand_html(sab1, "BANCA SABAUDA", "#003366", "Banca Sabauda S.p.A. - Piazza San Carlo 12, Torino"),
             mid="successfactors.eu", cs="iso-8859-1", cte="qp", slug="banca-sabauda-conferma-ricezione",
             lab=lab(SAB, "applied", "ats-confirmation:successfactors")))
    # pennant confirmation (Recruitee)
    pen1 = """Hi Giulia,

Thank you for applying for the Design Researcher position at Pennant Learning! We've received your application and our team will review it carefully.

We'll be in touch as soon as we can - usually within two weeks.

Job: https://pennantlearning.recruitee.com/o/design-researcher

Best,
Pennant Learning

This email was sent via Recruitee."""
    add(dict(key="b-pen-1", dt="2024-10-14 16:12", tz="Europe/London", frm="Pennant Learning <pennantlearning@mail.recruitee.com>",
             subj="Thanks for applying to Pennant Learning", body=pen1, fmt="alt", html="auto", mid="mail.recruitee.com",
             slug="pennant-recruitee-thanks", lab=lab(PEN, "applied", "ats-confirmation:recruitee", "en")))
    # fix pen-2 reference to confirmation thread? (she writes a fresh mail) -> keep independent

    # ---- outreach
    add(dict(key="b-out-sun", dt="2024-10-23 15:12", tz="UTC", frm="Imogen Hart via LinkedIn <inmail-hit-reply@linkedin.com>",
             subj="Senior UX Researcher at Sundial Games", mid="linkedin.com", fmt="alt", html="auto",
             body="""Hi Giulia,

I'm Imogen, in-house recruiter at Sundial Games (we make cosy mobile puzzle games played by about 12M people a month). Your experience with diary studies and remote research caught my eye.

We're hiring a Senior UX Researcher to work with our player experience team. The role is hybrid in London, but we'd consider remote within the EU for the right person. Would you be open to a chat?

Best,
Imogen

Reply: https://www.linkedin.com/messaging/thread/2-ZjQxNzE2YmMtN2Y/
This is a LinkedIn InMail.""",
             slug="inmail-sundial-games-senior-ux-researcher",
             lab=outreach("Sundial Games", ["Sundial"], "Senior UX Researcher", "recruiter-inmail:linkedin", "en")))
    add(dict(key="b-out-recl", dt="2024-12-03 11:05", frm="Matteo Fumagalli <matteo.fumagalli@reclutamitech.it>",
             subj="Opportunità UX/UI Designer – Milano – software house", mid="reclutamitech.it",
             body="""Buongiorno Giulia,

sono Matteo di Reclutami Tech, società di ricerca e selezione specializzata in profili digitali. Ho visto il suo profilo e volevo proporle un'opportunità come UX/UI Designer per una software house di Milano (circa 80 persone), con presenza in ufficio 3 giorni a settimana.

Si richiede: Figma, design system, prototipazione, esperienza su prodotti B2B. RAL 38-42k.

Se interessata, mi può rispondere con un CV aggiornato e le sue disponibilità per una breve call.

Cordiali saluti
Matteo Fumagalli
Reclutami Tech S.r.l.""", slug="reclutami-tech-ux-ui-designer-milano",
             lab=outreach(None, [], "UX/UI Designer", "agency-outreach:email")))
    # ---- alerts
    add(dict(key="b-al-1", dt="2024-09-08 18:30", tz="UTC", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
             subj="“user researcher”: 14 opportunities in Remote", mid="linkedin.com", fmt="alt", html="auto",
             body="""Your job alert for user researcher in Remote

UX Researcher (Remote, EMEA)
Tallyworks · Remote
https://www.linkedin.com/comm/jobs/view/4011238805/

Senior UX Researcher
Fernhollow · London (Hybrid)
https://www.linkedin.com/comm/jobs/view/4012877301/

User Researcher
Nimbo Health · Europe (Remote) · Actively recruiting
https://www.linkedin.com/comm/jobs/view/4009920144/

Mixed-Methods Researcher
Cartwheel Analytics · Remote · 3 connections work here
https://www.linkedin.com/comm/jobs/view/4013006652/

See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=user%20researcher&f_WT=2

You are receiving job alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
             slug="linkedin-job-alert-user-researcher", lab=alert("job-alert:linkedin", "en")))
    add(dict(key="b-al-2", dt="2024-10-03 07:00", tz="Europe/Paris", frm="Welcome to the Jungle <jobs@welcometothejungle.com>",
             subj="Le offerte della settimana per te: UX Research", mid="welcometothejungle.com", fmt="html",
             html="""<html><body style="font-family:Arial,sans-serif;background:#fffae6"><div style="max-width:560px;margin:auto;background:#fff;padding:20px">
<h2 style="color:#00c29a">Welcome to the Jungle</h2><p>Ciao Giulia, ecco le offerte selezionate per te questa settimana:</p>
<p><b>UX Research Consultant</b> - Orbitale - Milano · Ibrido<br><a href="https://www.welcometothejungle.com/it/companies/orbitale/jobs/ux-research-consultant_milano">Vedi l'offerta</a></p>
<p><b>Service Designer</b> - Fattoria Digitale - Torino<br><a href="https://www.welcometothejungle.com/it/companies/fattoria-digitale/jobs/service-designer_torino">Vedi l'offerta</a></p>
<p><b>Product Researcher</b> - Lumen Insurtech - Remote<br><a href="https://www.welcometothejungle.com/it/companies/lumen/jobs/product-researcher">Vedi l'offerta</a></p>
<p style="font-size:11px;color:#888">Ricevi questa email perché hai attivato gli avvisi. <a href="https://www.welcometothejungle.com/it/me/settings/notifications">Gestisci le notifiche</a></p></div></body></html>""",
             slug="wttj-offerte-della-settimana", lab=alert("job-alert:welcometothejungle")))
    add(dict(key="b-al-3", dt="2024-10-20 06:15", tz="UTC", frm="Indeed <donotreply@match.indeed.com>",
             subj="UX Researcher - Caffè Ruggeri e altri 6 lavori a Torino", mid="match.indeed.com", fmt="alt", html="auto",
             body="""Nuovi lavori per "ux researcher" a Torino (TO)

UX Researcher - Caffè Ruggeri S.p.A. - Torino · Ibrido
https://it.indeed.com/rc/clk?jk=c81d0e5a93f47b26

UX/UI Designer junior - Agenzia Pixelfarm - Torino
https://it.indeed.com/rc/clk?jk=4f20a1e7bc903d18

Customer Experience Analyst - Assicurazioni Subalpine - Torino
https://it.indeed.com/rc/clk?jk=9d73ac10e5f26b44

Vedi tutti: https://it.indeed.com/jobs?q=ux+researcher&l=Torino

Hai ricevuto questa email perché hai creato un avviso di lavoro. Annulla l'iscrizione: https://it.indeed.com/alerts""",
             slug="indeed-avviso-ux-researcher-torino", lab=alert("job-alert:indeed")))
    add(dict(key="b-al-4", dt="2024-11-05 08:00", tz="UTC", frm="Remote Research Jobs <hello@remoteresearchjobs.co>",
             subj="This week: 23 remote UXR roles (3 in EU time zones)", mid="remoteresearchjobs.co", fmt="alt", html="auto",
             body="""Remote Research Jobs - issue #118

Fresh this week:
- Senior UX Researcher - Sundial Games - Remote (EU) - GBP 65-80k
- User Researcher, Payments - Fennec Bank - Remote (Europe)
- Research Ops Specialist - Cloudberry - Remote (CET +/- 2)
- Staff UX Researcher - Outpost CRM - Remote (US only)

Browse all 23 roles: https://remoteresearchjobs.co/issues/118

You're getting this because you subscribed at remoteresearchjobs.co. Unsubscribe anytime.""",
             slug="remote-research-jobs-weekly", lab=alert("job-digest:newsletter", "en")))
    return M
