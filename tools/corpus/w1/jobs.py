"""Recruiting mail: applications, recruiter outreach, job alerts. Hand-written."""
from lib import m, app, ME, CV_PDF, fake_pdf

SIG = """Nicola Fairclough
07723 418906
linkedin.com/in/nicola-fairclough-cqp"""

CV = [("Nicola_Fairclough_CV_Quality_Engineer.pdf", "application/pdf", CV_PDF)]
CV2 = [("N Fairclough CV Oct24.pdf", "application/pdf", CV_PDF)]

app("meridian-qe", "Meridian Aerostructures Ltd", "Quality Engineer", "workday",
    ["Meridian Aerostructures", "Meridian Aero", "Meridian"])
app("halden-qe-devices", "Halden Pharma Manufacturing UK Ltd", "Quality Engineer – Devices & Packaging",
    "smartrecruiters", ["Halden Pharma", "Halden"])
app("brennan-sqe", "Brennan Automotive Components Ltd", "Supplier Quality Engineer", "agency",
    ["Brennan Automotive", "Brennan", "Brennan Automotive Components"])
app("harwood-senior-qe", "Harwood Precision Aerospace Ltd", "Senior Quality Engineer", "linkedin",
    ["Harwood Precision Aerospace", "Harwood Precision", "HPA", "Harwood"])
app("kestrel-spec", "Kestrel Medical Devices Ltd", "Quality Engineer", "other",
    ["Kestrel Medical", "Kestrel"])
app("saddleworth-spec", "Saddleworth Precision Castings Ltd", "Quality Engineer", "company_site",
    ["Saddleworth Precision Castings", "SPC"])
app("vantage-qe", "Vantage Seating Systems UK Ltd", "Quality Engineer", "indeed",
    ["Vantage Seating Systems", "Vantage Seating"])
app("kingsway-qe-im", "Kingsway Automotive Plastics Ltd", "Quality Engineer – Injection Moulding", "other",
    ["Kingsway Automotive Plastics", "Kingsway Plastics", "KAP"])
app("mft-qa-officer", "Manchester University NHS Foundation Trust",
    "Quality Assurance Officer – Pharmacy Manufacturing Unit", "other",
    ["Manchester University NHS FT", "MFT"])
app("lumen-qr-eng", "Lumen Diagnostics Ltd", "Quality & Regulatory Engineer", "workable",
    ["Lumen Diagnostics", "Lumen", "Lumen Dx"])
app("kessler-qe", "Kessler Drive Systems UK Ltd", "Quality Engineer", "other",
    ["Kessler Antriebstechnik GmbH", "Kessler-Gruppe", "Kessler"])
app("corvel-qe-sterile", "Corvel Pharmaceuticals UK Ltd", "Quality Engineer – Sterile Operations", "icims",
    ["Corvel Pharmaceuticals", "Corvel"])
app("marlow-qe", "Marlow Fastenings Ltd", "Quality Engineer (Automotive)", "other",
    ["Marlow Fastenings", "Marlow"])
app("tvc-qe", "Trafford Valve & Controls Ltd", "Quality Engineer", "other",
    ["Trafford Valve & Controls", "Trafford Valve and Controls", "TVC"])
app("vireo-qe", "Vireo Rail Systems UK Ltd", "Quality Engineer", "other",
    ["Vireo Rail Systems", "Vireo Rail", "Vireo"])
app("ferox-qe2", "Ferox Medical Ltd", "Quality Engineer II", "greenhouse",
    ["Ferox Medical", "Ferox"])


def A(key, date, frm, to, subject, body, appkey, ev, kind, **kw):
    m(key, date, frm, to, subject, body, label="application", app=appkey, ev=ev, kind=kind, **kw)


# ---------------------------------------------------------------- job alerts
INDEED_ALERT_TXT = """quality engineer jobs in Manchester
15 new jobs match your search

Quality Engineer
Vantage Seating Systems UK Ltd - Trafford Park
£38,000 - £43,000 a year
Easily apply

Supplier Quality Engineer
Kuehne Hartmann Automotive - Warrington
£45,000 a year

Quality Technician (Days)
Pinnacle Packaging Ltd - Oldham
£28,500 a year

QA Validation Engineer
Cheshire Biologics - Speke, Liverpool
Up to £48,000 a year

Quality Inspector - CMM
Castlegate Engineering - Rochdale
£14.50 an hour

See all jobs: https://uk.indeed.com/jobs?q=quality+engineer&l=Manchester&fromage=1

You are receiving this email because you created a job alert on Indeed.
Unsubscribe: https://uk.indeed.com/alert/unsubscribe?id=7c1e2f
Indeed, 1 Hammersmith Grove, London W6 0NB"""

m("alert-indeed-1", "2024-10-01 06:12", "Indeed <donotreply@match.indeed.com>", ME,
  "15 new quality engineer jobs in Manchester", INDEED_ALERT_TXT, tz="+0000", html=True,
  label="job_alert", kind="job-alert:indeed", cte="quoted-printable",
  headers={"List-Unsubscribe": "<https://uk.indeed.com/alert/unsubscribe?id=7c1e2f>"})

m("alert-linkedin-1", "2024-11-28 07:03", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", ME,
  "\u201cquality engineer\u201d: Harwood Precision Aerospace - Senior Quality Engineer and more",
  """Your job alert for quality engineer in Greater Manchester
12 new jobs match your preferences.

Senior Quality Engineer
Harwood Precision Aerospace
Bolton, England, United Kingdom
Actively recruiting
View job: https://www.linkedin.com/comm/jobs/view/4087723154/?trackingId=Yx2%2F9kQfR1qz&refId=alert

Quality Engineer
Britwell Foods
Trafford Park, England, United Kingdom
2 connections work here
View job: https://www.linkedin.com/comm/jobs/view/4091150276/

Quality Engineer - NPI
Oaklands Electronics Ltd
Stockport, England, United Kingdom
Easy Apply
View job: https://www.linkedin.com/comm/jobs/view/4085533019/

Supplier Quality Engineer
Confidential
Greater Manchester (Hybrid)
View job: https://www.linkedin.com/comm/jobs/view/4090021188/

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1744029931

You are receiving Job Alert emails.
Manage job alerts: https://www.linkedin.com/comm/jobs/alerts
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
  tz="+0000", html=True, label="job_alert", kind="job-alert:linkedin", cte="quoted-printable")

m("alert-cvlibrary-1", "2025-01-20 07:30", "CV-Library Job Alerts <alerts@cv-library.co.uk>", ME,
  "9 new Quality Engineer jobs near M19", """Hi Nicola,

Here are the latest jobs matching your alert: Quality Engineer, within 20 miles of M19.

1. Quality Engineer - Aerospace Machining | Rochdale | £40,000 - £45,000
2. Quality Engineer (Automotive) | Heywood | £36,000 - £40,000
3. Senior Quality Engineer - Medical Devices | Macclesfield | Competitive
4. Supplier Quality Engineer | Warrington | £44,000 + car allowance
5. Quality Engineer - Continuous Improvement | Bolton | £39,000
6. Quality Assurance Engineer (Food Manufacturing) | Salford | £35,000
7. Customer Quality Engineer | Stockport | £42,000
8. QHSE Engineer | Trafford Park | £41,000
9. Quality Engineer - 12 month FTC | Oldham | £38,000 pro rata

View all 9 jobs: https://www.cv-library.co.uk/search-jobs?alert=2231907

Not looking any more? Pause your alerts: https://www.cv-library.co.uk/candidate/alerts

CV-Library Ltd, Fleet, Hampshire GU51 3HD""",
  html=True, label="job_alert", kind="job-alert:cv-library", cte="base64")

# ---------------------------------------------------------------- A1 Meridian (Workday)
MER_URL = "https://meridianaero.wd3.myworkdayjobs.com/en-GB/Meridian_Careers/job/Chadderton-Lancashire/Quality-Engineer_R0004512"
A("mer-confirm", "2024-09-30 07:42", "Meridian Aerostructures <meridianaero@myworkday.com>", ME,
  "Thank you for applying \u2013 Quality Engineer (R0004512)", """Dear Nicola,

Thank you for your interest in Meridian Aerostructures. We have received your application for the position of Quality Engineer (R0004512) at our Chadderton site.

Our Talent Acquisition team will now review your application against the requirements of the role. If your skills and experience are a match, a member of the team will be in touch to discuss next steps. Due to the volume of applications we receive, this can take a few weeks.

Job posting: """ + MER_URL + """

You can check the status of your application at any time from your Candidate Home:
https://meridianaero.wd3.myworkdayjobs.com/en-GB/Meridian_Careers/userHome

Kind regards,

Talent Acquisition
Meridian Aerostructures Ltd

This is an automated message from an unmonitored mailbox. Please do not reply.""",
  "meridian-qe", "applied", "ats-confirmation:workday", tz="-0700", html=True, mid="java",
  url=MER_URL, cte="quoted-printable")

A("mer-reject", "2024-11-04 02:15", "Meridian Aerostructures <meridianaero@myworkday.com>", ME,
  "Your application to Meridian Aerostructures", """Dear Nicola Fairclough,

Thank you for taking the time to apply for the Quality Engineer role at Meridian Aerostructures, and for your patience while we reviewed applications.

We received a very strong response to this vacancy from candidates with a broad range of experience across the aerospace sector. Each application has been reviewed carefully by the hiring team against the requirements of the role.

After careful consideration, we regret to inform you that we will not be progressing your application any further on this occasion.

We would encourage you to keep an eye on our careers site, as new opportunities across our Chadderton, Samlesbury and Filton sites are posted regularly, and to create a job alert so that you hear about them first.

Thank you again for your interest in Meridian, and we wish you every success in your search.

Yours sincerely,

Talent Acquisition Team
Meridian Aerostructures Ltd""",
  "meridian-qe", "rejected", "ats-rejection:workday", tz="-0800", html=True, mid="java")

# ---------------------------------------------------------------- A2 Halden Pharma (SmartRecruiters + video)
HAL_URL = "https://jobs.smartrecruiters.com/HaldenPharma/743999021876534-quality-engineer-devices-packaging"
A("hal-confirm", "2024-10-07 10:18", "Halden Pharma <notification@smartrecruiters.com>", ME,
  "Thank you for applying to Halden Pharma", """Hi Nicola,

Thank you for applying for the Quality Engineer \u2013 Devices & Packaging position at Halden Pharma Manufacturing UK Ltd, Macclesfield.

We're reviewing your application and will let you know about next steps as soon as we can. In the meantime, you can follow the status of your application in your SmartRecruiters candidate profile.

Position: Quality Engineer \u2013 Devices & Packaging
Location: Macclesfield, Cheshire, United Kingdom
""" + HAL_URL + """

Best regards,
Halden Pharma Talent Team

Powered by SmartRecruiters. You are receiving this email because you applied for a position.""",
  "halden-qe-devices", "applied", "ats-confirmation:smartrecruiters", tz="+0000", html=True,
  url=HAL_URL, cte="quoted-printable")

A("hal-video", "2024-10-15 13:40", "Vidlyne for Halden Pharma <invitations@vidlyne.io>", ME,
  "Invitation: recorded video interview", """Hello Nicola,

Halden Pharma has invited you to complete a recorded video interview as the next step for the role below.

Role: Quality Engineer \u2013 Devices & Packaging
Questions: 5
Thinking time: 30 seconds per question
Answer time: up to 2 minutes per question
Complete by: Monday 21 October 2024, 23:59 (UK time)

You can record from a laptop or phone with a camera. There is an unlimited practice question before you start, and you can re-record each answer once.

Start your interview:
https://app.vidlyne.io/i/hp-7Q2K-99XW

Tips: find a quiet spot with good lighting and check your microphone first. If you have any accessibility needs, reply to this email and the Halden Pharma talent team will be in touch.

Good luck!
The Vidlyne team, on behalf of Halden Pharma

Vidlyne Ltd, 20-22 Wenlock Road, London N1 7GU""",
  "halden-qe-devices", "assessment", "one-way-video:invented-vendor", html=True, mid="uuid")

A("hal-reject", "2024-11-01 16:55", "Halden Pharma <notification@smartrecruiters.com>", ME,
  "Update on your application \u2013 Quality Engineer \u2013 Devices & Packaging", """Dear Nicola,

Thank you once again for your interest in Halden Pharma, and for taking the time to complete the recorded video interview. Our hiring team genuinely appreciated the thought you put into your answers.

We have now reviewed all of the interviews for this role. On this occasion we have decided to continue with candidates whose experience in GMP device assembly and primary packaging more closely matches what we need right now, so we will not be taking your application further.

We know this isn't the news you were hoping for. Your profile will remain in our talent community and we may contact you about future roles that fit your background.

Kind regards,
Halden Pharma Talent Team""",
  "halden-qe-devices", "rejected", "ats-rejection:smartrecruiters", tz="+0000", html=True,
  cte="quoted-printable")

# ---------------------------------------------------------------- A3 Brennan via Sterling Fox (agency)
m("sf-outreach", "2024-10-14 09:12", "Jodie Marsh <jodie.marsh@sterlingfox.co.uk>", ME,
  "Supplier Quality Engineer \u2013 Brennan Automotive, Skelmersdale", """Hi Nicola,

Hope you don't mind me reaching out \u2013 I came across your profile on LinkedIn and saw you've recently left Ardwick Precision. Sorry to hear about the site closure, I know a few people affected.

I'm working on a Supplier Quality Engineer role with one of my long-standing clients, Brennan Automotive Components in Skelmersdale. They're a Tier 1 supplying brake and chassis brackets to two of the big OEMs, and they're growing their supplier development team.

Quick overview:
- Supplier Quality Engineer, permanent, days
- \u00a342,000 \u2013 \u00a346,000 + 10% bonus, 25 days hols
- Managing a supply base of c.60 machining/pressing suppliers, PPAP, supplier audits, 8D
- Some travel in the UK (maybe 1-2 days a week)
- IATF 16949 background essential

From your profile I think you'd be a really strong fit. Would you be open to a quick chat? I'm free most of today and tomorrow \u2013 my mobile is 07891 224 503.

Kind regards,

Jodie Marsh
Senior Consultant \u2013 Engineering & Manufacturing
Sterling Fox Recruitment Ltd
Suite 4.02, Peter House, Oxford Street, Manchester M1 5AN
T: 0161 537 2290 | M: 07891 224 503
www.sterlingfox.co.uk""",
  label="recruiter_outreach", company="Brennan Automotive Components Ltd",
  aliases=["Brennan Automotive", "Brennan"], role="Supplier Quality Engineer",
  kind="outreach:agency-client-named", mid="outlook")

A("sf-agree", "2024-10-14 12:40", ME, "Jodie Marsh <jodie.marsh@sterlingfox.co.uk>", None,
  """Hi Jodie,

Thanks for getting in touch, and for the kind words. Yes, I'd be happy for you to put me forward for the Brennan role \u2013 it sounds like a good fit, I spent about four years doing supplier PPAP and audits before I moved across to the customer side at Ardwick.

Updated CV attached. A couple of things worth knowing:
- Skelmersdale is about 50 minutes from me in Levenshulme, which is fine, and the UK travel is no problem.
- I'm looking for around \u00a344k base.
- I'm available immediately.

I'm about all afternoon if you want to give me a ring.

Thanks,
""" + SIG, "brennan-sqe", "applied", "own-reply:agree-to-be-submitted", reply_to="sf-outreach",
  quote=True, att=CV2, mid="gmail")

A("sf-interview", "2024-10-16 16:05", "Jodie Marsh <jodie.marsh@sterlingfox.co.uk>", ME,
  "Interview Confirmation \u2013 Brennan Automotive Components Ltd \u2013 Supplier Quality Engineer",
  """Hi Nicola,

Great news as discussed on the phone \u2013 Brennan would like to meet you! Please find confirmation of the details below.

Client: Brennan Automotive Components Ltd
Position: Supplier Quality Engineer
Date: Tuesday 22nd October 2024
Time: 10:30am (please arrive 10 minutes early)
Address: Unit 4, Gillibrands Road, Skelmersdale WN8 9TA (visitor parking at the front)
Interviewing: Mike Rowlands (Supplier Quality Manager) and Claire Ince (HR)
Format: approx. 1 hour \u2013 competency questions, then they'll give you a short supplier 8D to talk through. No presentation needed.

Please bring photo ID for the gatehouse. Dress is smart casual \u2013 they'll probably take you onto the shop floor so sensible shoes!

Let me know if you have any questions, and I'll give you a call on Monday evening for a quick prep chat.

Good luck!

Jodie

Jodie Marsh
Senior Consultant \u2013 Engineering & Manufacturing
Sterling Fox Recruitment Ltd
T: 0161 537 2290 | M: 07891 224 503""",
  "brennan-sqe", "interview", "agency-interview-confirmation", mid="outlook")

A("sf-feedback", "2024-10-24 11:20", "Jodie Marsh <jodie.marsh@sterlingfox.co.uk>", ME,
  "RE: Interview Confirmation \u2013 Brennan Automotive Components Ltd \u2013 Supplier Quality Engineer",
  """Hi Nicola,

Thanks for your time on the phone just now. As promised, here's Mike's feedback in writing so you've got it.

He said you came across as really knowledgeable and calm, and he liked how you structured the 8D \u2013 particularly that you went after the escape point and not just the occurrence. Claire also said you were one of the most personable candidates they'd seen.

The difficulty was the supplier development side. They've got a big resourcing project with two new Polish pressing suppliers next year and the other candidate has spent the last three years doing exactly that for a Tier 1 in the Midlands. So they've decided to offer the role to them, and unfortunately they won't be taking your application any further.

I know that's disappointing, especially as it was close. I'll keep you front of mind for anything else that comes in \u2013 I've got a couple of customer quality roles I'm expecting to take briefs on in the next few weeks.

Speak soon,
Jodie""",
  "brennan-sqe", "rejected", "agency-feedback-rejection", reply_to="sf-interview", quote=True,
  mid="outlook")

# ---------------------------------------------------------------- A4 Harwood Precision (LinkedIn -> humans -> e-sign)
HPA_URL = "https://www.linkedin.com/jobs/view/4087723154"
A("hpa-li-applied", "2024-12-02 20:47", "LinkedIn <jobs-noreply@linkedin.com>", ME,
  "Nicola, your application was sent to Harwood Precision Aerospace", """Your application was sent to Harwood Precision Aerospace

Senior Quality Engineer
Harwood Precision Aerospace \u00b7 Bolton, England, United Kingdom (On-site)
Applied on 2 December 2024

Your profile, resume and contact info were shared with the employer.

View job: https://www.linkedin.com/comm/jobs/view/4087723154/?trackingId=Qm0pL3x%2BTz6f1nN8

Now, take these next steps for more success with your job search
- Follow Harwood Precision Aerospace to stay up to date
- Review your application settings

This email was intended for Nicola Fairclough (Quality Engineer | AS9100 | IATF 16949 | Lead Auditor).
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
\u00a9 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
  "harwood-senior-qe", "applied", "linkedin-easy-apply-sent", tz="+0000", html=True, url=HPA_URL,
  cte="quoted-printable")

A("hpa-ian-call", "2024-12-09 08:51", "Ian Whittaker <ian.whittaker@harwoodprecision.co.uk>", ME,
  "Senior Quality Engineer \u2013 quick chat?", """Hi Nicola,

I'm Head of Quality at Harwood Precision. Your application for the Senior QE job came through via LinkedIn last week and I liked what I saw \u2013 the AS9100 Rev D transition work and the FAI backlog you cleared at Ardwick in particular.

Would you be up for a 30-minute call this week, just informal, so I can tell you a bit about us and hear more about what you're after? I'm free Wednesday afternoon any time after 1, or Thursday morning before 11.

If one of those works, drop me a line with the best number to get you on.

Thanks,
Ian

Ian Whittaker
Head of Quality
Harwood Precision Aerospace Ltd
Lostock Industrial Estate, Bolton BL6 4SD
01204 668 120 | 07700 154 822""",
  "harwood-senior-qe", "interview", "hiring-manager-call-request", mid="outlook")

A("hpa-slot", "2024-12-09 10:14", ME, "Ian Whittaker <ian.whittaker@harwoodprecision.co.uk>", None,
  """Hi Ian,

Thanks very much for getting in touch \u2013 great to hear from you.

Wednesday at 2pm would be perfect for me. Best number is 07723 418906.

Look forward to speaking then.

Kind regards,
Nicola""", "harwood-senior-qe", "interview", "own-reply:slot-confirmation", reply_to="hpa-ian-call",
  quote=True, mid="gmail")

A("hpa-second", "2024-12-16 14:22", "Sarah Nuttall <sarah.nuttall@harwoodprecision.co.uk>", ME,
  "Second stage interview \u2013 Senior Quality Engineer", """Dear Nicola,

Following your conversation with Ian last week, I'm pleased to invite you to a second stage interview for the Senior Quality Engineer position at our Lostock site.

Date: Tuesday 7 January 2025
Time: 10:00 \u2013 approx. 12:00
Location: Harwood Precision Aerospace Ltd, Lostock Industrial Estate, Bolton BL6 4SD (please report to main reception)
Panel: Ian Whittaker (Head of Quality) and Graham Pickup (Operations Director)

The morning will include a short tour of the machine shop and inspection area. We'd also ask you to prepare a 15-minute presentation on the following:

"How would you approach reducing customer escapes on a high-mix, low-volume 5-axis machining line in your first six months?"

You're welcome to bring slides on a laptop or USB, or just notes \u2013 whatever you're most comfortable with. There's a screen in the meeting room.

Could you please confirm you are able to attend? If the date is difficult, let me know and I'll do my best to find an alternative, although we are keen to move quickly in the new year.

Have a lovely Christmas.

Kind regards,

Sarah Nuttall
HR Business Partner
Harwood Precision Aerospace Ltd
T: 01204 668 100""",
  "harwood-senior-qe", "interview", "hr-second-round-invite", cc="Ian Whittaker <ian.whittaker@harwoodprecision.co.uk>",
  mid="outlook")

A("hpa-offer", "2025-01-14 09:30", "Sarah Nuttall <sarah.nuttall@harwoodprecision.co.uk>", ME,
  "Offer of employment \u2013 Senior Quality Engineer", """Dear Nicola,

Thank you for coming in to see Ian and Graham last week \u2013 they both really enjoyed meeting you, and the presentation went down very well.

I'm delighted to let you know that we would like to offer you the position of Senior Quality Engineer at Harwood Precision Aerospace Ltd. A summary of the main terms is below, and your formal offer letter is attached.

- Salary: \u00a346,500 per annum
- Hours: 39 per week, Monday to Thursday 7:30\u20134:00, Friday 7:30\u20131:00
- Holiday: 25 days plus bank holidays
- Pension: matched employer contribution up to 6%
- Healthcare cash plan and life assurance (4x salary)
- Proposed start date: Monday 3 February 2025

The offer is subject to two satisfactory references and proof of right to work. Once you've accepted, I'll send your contract through our e-signing system.

It would be great if you could let me know your decision by Friday 17 January. If you have any questions at all, please give me a call.

Kind regards,

Sarah Nuttall
HR Business Partner
Harwood Precision Aerospace Ltd""",
  "harwood-senior-qe", "offer", "offer-by-hr-person", cc="Ian Whittaker <ian.whittaker@harwoodprecision.co.uk>",
  att=[("HPA Offer Letter - N Fairclough.pdf", "application/pdf", fake_pdf("Harwood offer letter"))],
  mid="outlook")

A("hpa-accept", "2025-01-15 08:05", ME, "Sarah Nuttall <sarah.nuttall@harwoodprecision.co.uk>", None,
  """Dear Sarah,

Thank you so much \u2013 I'm delighted to accept the offer of Senior Quality Engineer, and a start date of Monday 3 February is fine with me.

For references, please could you contact:
- Hayley Platt, HR Manager, Ardwick Precision Engineering Ltd (hr@ardwickprecision.co.uk)
- Roger Ashton, former Quality Director at Ardwick (now retired) \u2013 07811 309 442

I'll bring my passport on the first day for the right to work check, unless you need a copy before.

Please pass on my thanks to Ian and Graham. I'm really looking forward to joining the team.

Best wishes,
Nicola""", "harwood-senior-qe", "offer", "own-reply:offer-acceptance", reply_to="hpa-offer",
  quote=True, cc="Ian Whittaker <ian.whittaker@harwoodprecision.co.uk>", mid="gmail")

A("hpa-esign", "2025-01-16 11:02", "Sarah Nuttall via Inkwell Sign <noreply@inkwellsign.com>", ME,
  "Please sign: Statement of Main Terms \u2013 N Fairclough", """Sarah Nuttall has sent you a document to review and sign.

From: Sarah Nuttall, Harwood Precision Aerospace Ltd
Document: Statement of Main Terms of Employment \u2013 Senior Quality Engineer \u2013 N Fairclough (6 pages)
Message: "Hi Nicola, here's your contract as promised. Please sign where marked and fill in the new starter details on page 6. Any problems just shout. Sarah"

REVIEW AND SIGN:
https://app.inkwellsign.com/s/7f3c9a2e-41d8-4b0a-9e66-1a2b3c4d5e6f

This request expires on 30 January 2025.

Do not share this email. The link is unique to you.
Inkwell Sign \u2013 secure electronic signatures. Inkwell Sign Ltd, Leeds LS1 4AP.""",
  "harwood-senior-qe", "offer", "e-signature:contract", html=True, mid="uuid", tz="+0000", cte="base64")

# ---------------------------------------------------------------- A5 Kestrel speculative (direct to a person)
A("kes-spec", "2024-10-04 11:03", ME, "Andrew Pilling <andrew.pilling@kestrelmedical.co.uk>",
  "Quality engineering roles at Kestrel \u2013 Nicola Fairclough (ex-Ardwick)", """Hi Andy,

I hope you're well. We met a couple of times when I was doing supplier audits on the anodising side for Ardwick Precision, back when you were at Tameside Coatings \u2013 I hope you remember me!

Unfortunately Ardwick closed the Trafford Park site at the end of September and I was made redundant. I'm now looking for my next role and I know Kestrel has grown a lot in the last couple of years, so I wondered whether you had anything coming up in your quality team, or expected to in the new year.

By way of a quick summary: 14 years in quality, the last six as Quality Engineer at Ardwick (AS9100 and IATF 16949), IRCA lead auditor, lots of PPAP/FAI, 8D and FMEA, and I did a year on an ISO 13485 project for a medical customer so I'm not new to the device world.

My CV is attached. I'd really appreciate even a quick chat if you have time.

Many thanks,
""" + SIG, "kestrel-spec", "applied", "own-speculative-application", att=CV, mid="gmail")

A("kes-reply", "2024-10-09 17:48", "Andrew Pilling <andrew.pilling@kestrelmedical.co.uk>", ME, None,
  """Hi Nicola,

Of course I remember you \u2013 you were the one who found the bath temperature logging gap that saved us a lot of grief with Rolls!

Really sorry to hear about Ardwick. I'd heard rumours but didn't know it had actually happened.

I'll be honest with you: we've nothing open in the quality team at the moment and there's a headcount freeze until at least April while the new owners finish their review. So I can't offer anything right now, much as I'd like to. I've passed your CV to Lucy in HR so it's on file, and if the freeze lifts I'll be in touch.

Good luck with it all \u2013 someone will snap you up.

Cheers,
Andy

Andrew Pilling | Quality Manager
Kestrel Medical Devices Ltd | Bredbury Park Way, Stockport SK6 2SN""",
  "kestrel-spec", "rejected", "human-reply:no-vacancies", reply_to="kes-spec", quote=True, mid="outlook")

# ---------------------------------------------------------------- A6 Saddleworth speculative (careers address, no reply)
A("spc-spec", "2024-11-19 10:26", ME, "recruitment@saddleworthcastings.co.uk",
  "Speculative application \u2013 Quality Engineer", """Dear Sir or Madam,

I am writing to ask whether you have, or expect to have, any vacancies for a Quality Engineer at your Greenfield foundry.

I have 14 years' experience in quality roles in precision engineering, most recently six years as Quality Engineer at Ardwick Precision Engineering Ltd in Trafford Park, where I was responsible for customer quality on aerospace and automotive programmes. My experience includes AS9100 and IATF 16949 audits, PPAP and First Article Inspection, 8D problem solving and process FMEA, and I have supported casting suppliers on porosity and dimensional issues, including X-ray and CMM inspection plans.

I live in Manchester and Greenfield is an easy commute for me. I am available to start immediately.

Please find my CV attached. I would welcome the opportunity to discuss how I could contribute to your team.

Yours faithfully,

Nicola Fairclough
07723 418906""", "saddleworth-spec", "applied", "own-speculative-application:careers-address",
  att=CV, mid="gmail")

# ---------------------------------------------------------------- A7 Vantage Seating (Indeed)
VAN_URL = "https://uk.indeed.com/viewjob?jk=8f3a2c1d9e7b6a45"
VAN_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f2f1;font-family:'Noto Sans',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" style="background:#fff;border-radius:8px" cellpadding="24"><tr><td>
<img src="https://uk.indeed.com/images/indeed-logo.png" alt="indeed" width="90">
<h2 style="font-size:20px;color:#2d2d2d">Application submitted</h2>
<div style="border:1px solid #e4e2e0;border-radius:8px;padding:16px">
<div style="font-weight:bold;font-size:16px">Quality Engineer</div>
<div style="color:#595959">Vantage Seating Systems UK Ltd</div>
<div style="color:#595959">Trafford Park, Manchester M17</div>
</div>
<p style="color:#2d2d2d">Your application, CV and answers to the employer's questions have been sent to Vantage Seating Systems UK Ltd.</p>
<p><a href="https://uk.indeed.com/rc/clk?jk=8f3a2c1d9e7b6a45&amp;from=applyconf" style="color:#2557a7">View job</a> &middot;
<a href="https://myjobs.indeed.com/applied" style="color:#2557a7">Track your applications</a></p>
<p style="font-size:12px;color:#767676">Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2</p>
</td></tr></table></td></tr></table></body></html>"""
A("van-applied", "2024-10-02 13:20", "Indeed Apply <indeedapply@indeed.com>", ME,
  "Indeed Application: Quality Engineer", """Application submitted

Quality Engineer
Trafford Park, Manchester M17

Your application has been submitted. Good luck!

Track your applications: https://myjobs.indeed.com/applied

We'll let you know if the employer gets in touch. In the meantime, keep applying \u2013 candidates who apply to more jobs are more likely to get hired.

Indeed Ireland Operations Ltd""", "vantage-qe", "applied", "ats-confirmation:indeed-company-in-html-only",
  tz="+0000", html=VAN_HTML, cte="quoted-printable")

A("van-reject", "2024-11-28 15:41", "Indeed <indeedapply@indeed.com>", ME,
  "An update on your application to Vantage Seating Systems UK Ltd", """Hi Nicola,

Vantage Seating Systems UK Ltd has updated the status of your application.

Quality Engineer
Trafford Park, Manchester M17
Applied 2 October 2024

Status: Not selected

The employer has let us know that this position has now been filled. Employers often have many applicants for each role, so don't be discouraged \u2013 there are 37 new quality engineer jobs in Manchester this week.

See similar jobs: https://uk.indeed.com/jobs?q=quality+engineer&l=Manchester

Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2""",
  "vantage-qe", "rejected", "job-board-status:indeed-position-filled", tz="+0000", html=True)

# ---------------------------------------------------------------- A8 Kingsway (Tribepad) -> withdrawal
A("kap-applied", "2024-12-12 13:05", "Kingsway Automotive Plastics <noreply@kingswayplastics.tribepad.com>", ME,
  "Application received \u2013 Quality Engineer \u2013 Injection Moulding (KAP-0192)", """Dear Nicola

Thank you for applying for the role of Quality Engineer \u2013 Injection Moulding (KAP-0192) with Kingsway Automotive Plastics.

We confirm that your application has been received. Our recruitment team and the hiring manager will review all applications after the closing date of 3 January 2025.

You can log in at any time to view your application or update your details:
https://kingswayplastics.tribepad.com/members/

Please note that due to the Christmas shutdown (20 December \u2013 2 January) responses may take a little longer than usual.

Kind regards

Kingsway Automotive Plastics Ltd
Recruitment Team
Greengate, Middleton, Manchester M24 1RU""",
  "kingsway-qe-im", "applied", "ats-confirmation:tribepad", html=True)

KAP_ICS = """BEGIN:VCALENDAR
PRODID:-//Tribepad//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:kap-0192-int-3321@kingswayplastics.tribepad.com
DTSTAMP:20250108T101500Z
DTSTART:20250120T140000Z
DTEND:20250120T150000Z
SUMMARY:Interview - Quality Engineer - Injection Moulding (Kingsway Automotive Plastics)
LOCATION:Kingsway Automotive Plastics\\, Greengate\\, Middleton M24 1RU
ORGANIZER;CN=Hannah Doyle:mailto:hannah.doyle@kingswayplastics.co.uk
ATTENDEE;CN=Nicola Fairclough;RSVP=TRUE:mailto:nicola.fairclough@gmail.com
DESCRIPTION:Interview with Phil Eckersley (Quality Manager) and Hannah Doyle (HR Advisor).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
A("kap-interview", "2025-01-08 10:15", "Kingsway Automotive Plastics <noreply@kingswayplastics.tribepad.com>", ME,
  "Invitation to interview: Quality Engineer \u2013 Injection Moulding", """Dear Nicola

Thank you for your application for the position of Quality Engineer \u2013 Injection Moulding. We are pleased to invite you to attend an interview.

We have booked the following slot for you. If this time is not convenient, please use the link below to choose a different slot from those available.

Date: Monday 20 January 2025
Time: 14:00 \u2013 15:00
Location: Kingsway Automotive Plastics, Greengate, Middleton M24 1RU
Interviewers: Phil Eckersley (Quality Manager), Hannah Doyle (HR Advisor)

Change or confirm your slot: https://kingswayplastics.tribepad.com/interviews/confirm?id=3321

The interview will be competency based and will include a short practical exercise reading a moulding process sheet and a control plan. Please bring photo ID.

If you have any questions, please contact Hannah Doyle on 0161 643 9050 or hannah.doyle@kingswayplastics.co.uk.

Kind regards

Hannah Doyle
HR Advisor
Kingsway Automotive Plastics Ltd""",
  "kingsway-qe-im", "interview", "ats-interview-invite:tribepad-scheduler", html=True, ics=KAP_ICS, ics_att=True)

A("kap-withdraw", "2025-01-16 19:40", ME, "Hannah Doyle <hannah.doyle@kingswayplastics.co.uk>",
  "Withdrawal \u2013 Quality Engineer \u2013 Injection Moulding (KAP-0192)", """Dear Hannah,

Thank you very much for inviting me to interview for the Quality Engineer \u2013 Injection Moulding role on Monday 20 January.

I have since accepted another offer, so I would like to withdraw my application and free up the slot for someone else. I'm sorry to do this at fairly short notice, and I appreciate the time you and Phil have spent on my application.

I wish you all the best with the recruitment.

Kind regards,
Nicola Fairclough""", "kingsway-qe-im", "withdrawn", "own-withdrawal", mid="gmail")

# ---------------------------------------------------------------- A9 MFT (NHS Jobs)
A("mft-applied", "2024-10-10 21:16", "NHS Jobs <no-reply@jobs.nhs.uk>", ME,
  "Application submitted: Quality Assurance Officer \u2013 Pharmacy Manufacturing Unit", """Dear Nicola Fairclough

Your application has been submitted.

Job title: Quality Assurance Officer \u2013 Pharmacy Manufacturing Unit
Employer: Manchester University NHS Foundation Trust
Job reference: 282-PHA-6231-X
Closing date: 20 October 2024

The employer will review your application after the closing date. You'll receive an email from NHS Jobs when the status of your application changes. You can also check your application status by signing in to your NHS Jobs account.

Sign in: https://www.jobs.nhs.uk/candidate

If you have any questions about this job, contact the employer directly using the contact details in the advert.

Thank you for using NHS Jobs.

Do not reply to this email. This mailbox is not monitored.""",
  "mft-qa-officer", "applied", "ats-confirmation:nhs-jobs", html=True, mid="uuid")

A("mft-reject", "2024-10-25 12:03", "NHS Jobs <no-reply@jobs.nhs.uk>", ME,
  "Update on your application for Quality Assurance Officer \u2013 Pharmacy Manufacturing Unit", """Dear Nicola Fairclough

Thank you for applying for the following job:

Job title: Quality Assurance Officer \u2013 Pharmacy Manufacturing Unit
Employer: Manchester University NHS Foundation Trust
Job reference: 282-PHA-6231-X

The shortlisting panel has now reviewed all applications against the person specification. Unfortunately, on this occasion you have not been shortlisted for interview.

If you would like feedback on your application, please contact the recruiting manager using the contact details in the advert.

We wish you every success in the future.

NHS Jobs

Do not reply to this email. This mailbox is not monitored.""",
  "mft-qa-officer", "rejected", "ats-rejection:nhs-jobs-not-shortlisted", html=True, mid="uuid")

# ---------------------------------------------------------------- A10 Lumen Diagnostics (Workable + founder)
LUM_URL = "https://apply.workable.com/lumen-diagnostics/j/6E1B04C2A9/"
A("lum-confirm", "2024-11-07 14:52", "Lumen Diagnostics <lumen-diagnostics@candidates.workablemail.com>", ME,
  "Thanks for applying to Lumen Diagnostics", """Hi Nicola,

Thanks for applying for the Quality & Regulatory Engineer position at Lumen Diagnostics. We've got your application and the team will take a look over the next week or so.

A bit about us while you wait: we're an 11-person team at Manchester Science Park building rapid point-of-care tests for sepsis. We're preparing for our first UKCA and CE submissions, so this is a chance to build the QMS pretty much from scratch.

You can view the job here: """ + LUM_URL + """

Speak soon,
The Lumen team

Sent with Workable""", "lumen-qr-eng", "applied", "ats-confirmation:workable", tz="+0000",
  html=True, url=LUM_URL, mid="uuid")

A("lum-founder", "2024-11-12 20:58", "Femi Adeyemi <femi@lumendx.co.uk>", ME,
  "Your application", """Hi Nicola \u2013 Femi here, co-founder at Lumen. Saw your application for the Q&R role. We're tiny so I'd rather meet people properly than start with a formal interview. Coffee at the Bright Building (MSP) on Thurs 14th, 9:30? If that doesn't work suggest another morning this week.

Femi

Sent from my iPhone""", "lumen-qr-eng", "interview", "founder-short-note", mid="apple")

A("lum-reject", "2024-11-22 18:30", "Femi Adeyemi <femi@lumendx.co.uk>", ME, None,
  """Hi Nicola,

Thanks again for coming over last Thursday, and for being so open about what you'd want from a smaller company. I really enjoyed the chat and so did Rebecca.

Honestly it was a close call. In the end we've gone with someone who has already taken a device through a full ISO 13485 certification and written a technical file from scratch, because that is the one thing we absolutely have to land in the next six months and we don't have anyone in-house who's done it.

I'm sorry it's not a yes. If we grow the way we hope, we'll need someone with your manufacturing quality background once we scale production in 2026, so I'd love to stay in touch if you're open to it.

All the best,
Femi""", "lumen-qr-eng", "rejected", "founder-rejection-after-coffee", reply_to="lum-founder", mid="apple")

# ---------------------------------------------------------------- A11 Kessler (Personio, German template)
A("kes-de-confirm", "2024-10-29 10:02", "Kessler Antriebstechnik GmbH <jobs@kessler-antriebstechnik.jobs.personio.de>", ME,
  "Ihre Bewerbung als Quality Engineer (m/w/d) \u2013 Warrington (UK)", """Sehr geehrte Frau Fairclough,

vielen Dank für Ihre Bewerbung als Quality Engineer (m/w/d) am Standort Warrington (UK) und das damit verbundene Interesse an der Kessler-Gruppe.

Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Bitte haben Sie ein wenig Geduld \u2013 wir melden uns schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Kessler Antriebstechnik GmbH

Kessler Antriebstechnik GmbH \u00b7 Industriestraße 14 \u00b7 73037 Göppingen
Geschäftsführung: Dr. Rainer Kessler, Martina Vogt \u00b7 Amtsgericht Ulm HRB 531207

Informationen zum Datenschutz: https://kessler-antriebstechnik.jobs.personio.de/privacy-policy""",
  "kessler-qe", "applied", "ats-confirmation:personio-german-template", tz="+0100", html=True,
  lang="de", cte="quoted-printable")

A("kes-uk-reject", "2024-12-05 14:47", "Katrin Maier <k.maier@kessler-antriebstechnik.de>", ME,
  "Your application \u2013 Quality Engineer, Warrington", """Dear Ms Fairclough,

thank you for your application for the position Quality Engineer at our site in Warrington and please excuse the late reply.

We have received many applications and the decision was not easy for us. Unfortunately we must inform you that we can not consider your application further, as the position has been filled by an internal candidate from our plant in Göppingen.

We will delete your documents in accordance with data protection regulations after 6 months.

We wish you all the best for your professional and personal future.

Kind regards / Mit freundlichen Grüßen

Katrin Maier
HR Recruiting
Kessler Antriebstechnik GmbH
for Kessler Drive Systems UK Ltd, Birchwood, Warrington""",
  "kessler-qe", "rejected", "human-rejection:german-hr-in-english", tz="+0100", mid="outlook")

# ---------------------------------------------------------------- A12 Corvel (iCIMS, rejection only, long silence)
A("cor-reject", "2025-01-09 17:12", "\"Corvel Pharmaceuticals @ icims\" <corvel+autoreply@talent.icims.com>", ME,
  "Your application for Quality Engineer \u2013 Sterile Operations (2024-4471)", """Dear Nicola,

Thank you for your interest in career opportunities with Corvel Pharmaceuticals and for applying for the Quality Engineer \u2013 Sterile Operations position at our Speke site.

We know that applying for a new role takes time and effort, and we appreciate you considering Corvel as the next step in your career. Our talent acquisition team and hiring managers carefully review every application we receive, and we have been fortunate to receive applications from many highly qualified candidates.

After reviewing your experience against the requirements of the position, we have decided to move forward with other candidates whose backgrounds more closely align with the current needs of the role. Please accept our apologies for the time it has taken to let you know.

We encourage you to continue exploring opportunities with us at https://careers-corvel.icims.com and wish you success in your search.

Sincerely,

Corvel Pharmaceuticals UK Ltd \u2013 Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.""",
  "corvel-qe-sterile", "rejected", "ats-rejection:icims-after-long-silence", tz="-0500", html=True,
  cte="quoted-printable")

# ---------------------------------------------------------------- A13 Marlow Fastenings (CV-Library -> human -> scheduler -> thank-you -> rejection)
A("mar-invite", "2024-11-13 15:33", "Steve Daly <steve.daly@marlowfastenings.co.uk>", ME,
  "Quality Engineer role - Marlow Fastenings", """Hi Nicola,

Thanks for applying via CV-Library for our Quality Engineer (Automotive) vacancy.

We'd like to invite you in for an interview at our Heywood site. It'll be about an hour with me and our Quality Manager, Dawn Kenyon, followed by a walk round the cold-heading and heat treat areas.

Please pick a time that suits you using the link below:
https://meetloop.app/marlow-fastenings/qe-interview

Regards,

Steve Daly
Operations Director
Marlow Fastenings Ltd
Unit 9, Heywood Distribution Park, Pilsworth Road, Heywood OL10 2TT
Tel: 01706 362 440""", "marlow-qe", "interview", "human-interview-invite-with-scheduling-link", mid="outlook")

MAR_ICS = """BEGIN:VCALENDAR
PRODID:-//Meetloop//Scheduling 3.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-8841-20241120T1000@meetloop.app
DTSTAMP:20241113T160200Z
DTSTART:20241120T100000Z
DTEND:20241120T110000Z
SUMMARY:Quality Engineer interview - Nicola Fairclough / Steve Daly
LOCATION:Marlow Fastenings Ltd\\, Unit 9 Heywood Distribution Park\\, Heywood OL10 2TT
ORGANIZER;CN=Steve Daly:mailto:steve.daly@marlowfastenings.co.uk
ATTENDEE;CN=Nicola Fairclough;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:nicola.fairclough@gmail.com
ATTENDEE;CN=Dawn Kenyon;ROLE=REQ-PARTICIPANT:mailto:dawn.kenyon@marlowfastenings.co.uk
DESCRIPTION:Booked via Meetloop. To reschedule: https://meetloop.app/r/8841
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
A("mar-booked", "2024-11-13 16:02", "Meetloop <notifications@meetloop.app>", ME,
  "Confirmed: Quality Engineer interview with Steve Daly on Wed 20 Nov 2024", """Hi Nicola Fairclough,

Your booking is confirmed.

What: Quality Engineer interview
When: Wednesday 20 November 2024, 10:00 \u2013 11:00 (GMT, London)
Where: Marlow Fastenings Ltd, Unit 9 Heywood Distribution Park, Heywood OL10 2TT
With: Steve Daly, Dawn Kenyon

A calendar invitation is included with this email.

Need to make a change? Reschedule: https://meetloop.app/r/8841 \u00b7 Cancel: https://meetloop.app/c/8841

Powered by Meetloop""", "marlow-qe", "interview", "scheduler-confirmation-with-ics", tz="+0000",
  html=True, ics=MAR_ICS, mid="uuid")

A("mar-thanks", "2024-11-20 18:12", ME, "Steve Daly <steve.daly@marlowfastenings.co.uk>",
  "Thank you \u2013 Quality Engineer interview today", """Hi Steve,

Just a quick note to say thank you to you and Dawn for your time this morning, and for the tour \u2013 I hadn't seen a multi-station header running up close before and it was fascinating.

It was really useful to hear about the PPAP backlog for the new EV battery fixings and the plans for the in-line vision system. That's exactly the kind of project I enjoy getting stuck into, and I came away even keener on the role.

If there's anything else you need from me, please let me know.

Kind regards,
Nicola Fairclough
07723 418906""", "marlow-qe", "update", "own-thank-you-after-interview",
  cc="dawn.kenyon@marlowfastenings.co.uk", mid="gmail")

A("mar-reject", "2024-12-03 10:47", "Joanne Tattersall <joanne.tattersall@marlowfastenings.co.uk>", ME,
  "Quality Engineer (Automotive) \u2013 interview outcome", """Dear Nicola,

Thank you for attending an interview with Steve Daly and Dawn Kenyon on Wednesday 20th November, and for your kind email afterwards.

I'm sorry it has taken a little while to come back to you. Steve has asked me to let you know that, although you interviewed well and they enjoyed meeting you, they have decided to offer the position to another candidate whose experience of cold-forming and heat treatment processes was a closer match to the role.

We will keep your details on file and may contact you should a suitable vacancy arise in the future.

Thank you again for your interest in Marlow Fastenings.

Kind regards,

Joanne Tattersall
HR & Payroll Administrator
Marlow Fastenings Ltd""", "marlow-qe", "rejected", "human-rejection-after-interview:hr-admin", mid="outlook")

# ---------------------------------------------------------------- A14 Trafford Valve & Controls (Reed) + follow-up
TVC_URL = "https://www.reed.co.uk/jobs/quality-engineer/53187402"
A("tvc-applied", "2024-12-04 20:05", "reed.co.uk <noreply@reed.co.uk>", ME,
  "Application sent: Quality Engineer", """Hi Nicola,

Your application has been sent.

Quality Engineer
Trafford Valve & Controls Ltd
Trafford Park, Manchester
\u00a338,000 \u2013 \u00a342,000 per annum, Permanent, Full-time

View job: """ + TVC_URL + """

What happens next? The recruiter will review your CV. If they'd like to take things further, they'll contact you directly by phone or email.

Good luck!
The reed.co.uk team

Reed Online Ltd, Academy Court, 94 Chancery Lane, London WC2A 1DT""",
  "tvc-qe", "applied", "job-board-confirmation:reed", html=True, url=TVC_URL)

A("tvc-followup", "2025-01-06 09:40", ME, "recruitment@tvcontrols.co.uk",
  "Quality Engineer application (reed.co.uk 53187402) \u2013 Nicola Fairclough", """Dear Recruitment Team,

I applied for the Quality Engineer position advertised on reed.co.uk (job ref 53187402) on 4 December and wanted to follow up to ask whether there is any update on the recruitment timescales.

I'm still very interested in the role. I have six years' experience as a Quality Engineer in precision machining (AS9100/IATF 16949), and I live locally in south Manchester, so Trafford Park would be ideal.

I've attached my CV again for convenience. I'd be grateful for any news when you have it.

Kind regards,
Nicola Fairclough
07723 418906""", "tvc-qe", "update", "own-follow-up:status", att=CV, mid="gmail")

# ---------------------------------------------------------------- A15 Vireo Rail (Totaljobs -> Eploy rejection)
VIR_URL = "https://www.totaljobs.com/job/quality-engineer/vireo-rail-systems-uk-ltd-job103318822"
A("vir-applied", "2024-10-21 19:30", "Totaljobs <noreply@totaljobs.com>", ME,
  "Application confirmation: Quality Engineer", """Hi Nicola,

Good news \u2013 your application has been sent!

Job: Quality Engineer
Company: Vireo Rail Systems UK Ltd
Location: Widnes, Cheshire
Applied: 21/10/2024

View the job: """ + VIR_URL + """

The recruiter may contact you directly. You can see all your applications in your Totaljobs account.

Tip: keep your CV up to date and visible so recruiters can find you.

Best of luck,
Totaljobs

Totaljobs Group Ltd, 2nd Floor, Holborn Gate, 330 High Holborn, London WC1V 7QT""",
  "vireo-qe", "applied", "job-board-confirmation:totaljobs", html=True, url=VIR_URL, cte="quoted-printable")

A("vir-reject", "2025-01-13 08:30", "Vireo Rail Careers <careers@vireorail.eploy.net>", ME,
  "Quality Engineer \u2013 Widnes (VRS1187)", """Dear Nicola,

Re: Quality Engineer \u2013 Widnes (VRS1187)

Thank you for your application for the above position.

We are writing to let you know that this vacancy has now been filled.

We will retain your details on file for 6 months in line with our privacy notice, and you are welcome to apply for other roles on our careers site at https://careers.vireorail.co.uk.

Yours sincerely,

Resourcing Team
Vireo Rail Systems UK Ltd""", "vireo-qe", "rejected", "ats-rejection:eploy-position-filled", html=True)

# ---------------------------------------------------------------- A16 Ferox Medical (Greenhouse + skills test + role closed)
FER_URL = "https://job-boards.greenhouse.io/feroxmedical/jobs/4481207008"
A("fer-confirm", "2024-11-11 11:37", "Ferox Medical <no-reply@us.greenhouse-mail.io>", ME,
  "Thank you for applying to Ferox Medical!", """Hi Nicola,

Thank you for your interest in Ferox Medical! We wanted to let you know we received your application for Quality Engineer II, and we are delighted that you would consider joining our team in Runcorn.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Job: """ + FER_URL + """

Best,
The Ferox Medical Talent Team

**Please note: do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.""",
  "ferox-qe2", "applied", "ats-confirmation:greenhouse", tz="+0000", html=True, url=FER_URL)

A("fer-test", "2024-11-19 09:05", "Testlane <assessments@testlane.io>", ME,
  "Ferox Medical: your skills assessment for Quality Engineer II", """Hi Nicola,

As part of your application for Quality Engineer II at Ferox Medical, you're invited to complete a short online skills assessment.

Your assessment includes:
- Root cause analysis & CAPA (20 minutes)
- Statistical process control (15 minutes)
- Attention to detail (10 minutes)

Total time: about 45 minutes. You'll need to complete it in one sitting, and a calculator is allowed for the SPC section.

Please complete the assessment by Tuesday 26 November 2024, 23:59 GMT.

Start assessment: https://app.testlane.io/a/ferox/9b1e7c2d

Good luck!
Testlane, on behalf of Ferox Medical

Having trouble? Contact support@testlane.io""", "ferox-qe2", "assessment", "skills-assessment:invented-vendor",
  tz="+0000", html=True, mid="uuid")

A("fer-closed", "2024-12-10 17:20", "Ferox Medical <no-reply@us.greenhouse-mail.io>", ME,
  "Update on the Quality Engineer II role at Ferox Medical", """Hi Nicola,

Thank you for your interest in Ferox Medical and for taking the time to complete the skills assessment for the Quality Engineer II role.

We wanted to update you personally. Following a change to our 2025 operating plan, we have made the difficult decision to close the Quality Engineer II position, and we will not be filling it at this time. This is in no way a reflection on your application or your assessment results.

If the role reopens in the future we would be happy to hear from you again, and we'll keep your details for 12 months unless you ask us to delete them.

With thanks and best wishes,
The Ferox Medical Talent Team""", "ferox-qe2", "withdrawn", "ats-posting-cancelled:greenhouse", tz="+0000", html=True)

# ---------------------------------------------------------------- other recruiter outreach
m("aurora-outreach", "2024-11-05 10:31", "Megan Lister <megan.lister@auroragroup.com>", ME,
  "Site Quality Engineer opportunity \u2013 Aurora Packaging (Nottingham)", """Hi Nicola,

I'm the Talent Acquisition Partner for Aurora Packaging Group and I came across your profile while searching for quality engineers with IATF and customer-facing experience.

We're hiring a Site Quality Engineer for our Colwick plant in Nottingham (rigid plastic packaging for the automotive aftermarket and FMCG). It's a great time to join \u2013 we've just invested \u00a38m in two new lines and the site is going for IATF certification next year.

Salary is \u00a345\u201350k plus bonus and a relocation package if needed.

Would you be open to a short call to hear more? If it's not for you, no problem at all \u2013 and feel free to pass it on to anyone you think might be interested.

Best wishes,

Megan Lister
Talent Acquisition Partner
Aurora Packaging Group plc
M: 07425 881 006""", label="recruiter_outreach", company="Aurora Packaging Group plc",
  aliases=["Aurora Packaging Group", "Aurora Packaging", "Aurora"], role="Site Quality Engineer",
  kind="outreach:in-house-recruiter", mid="outlook")

m("aurora-decline", "2024-11-05 21:02", ME, "Megan Lister <megan.lister@auroragroup.com>", None,
  """Hi Megan,

Thank you for thinking of me \u2013 it sounds like an exciting time at Colwick.

Unfortunately Nottingham is a bit too far for me. My daughter is starting secondary school in Manchester next year and I'm not in a position to relocate or do a weekly commute, so I'll have to say no on this occasion.

If anything comes up at your Warrington site, though, I'd be very interested.

Best wishes,
Nicola""", reply_to="aurora-outreach", quote=True, label="recruiter_outreach",
  company="Aurora Packaging Group plc", aliases=["Aurora Packaging Group", "Aurora Packaging", "Aurora"],
  role="Site Quality Engineer", kind="own-reply:decline-outreach", mid="gmail")

m("li-inmail", "2024-11-26 12:14", "Tom Gallagher via LinkedIn <inmail-hit-reply@linkedin.com>", ME,
  "Quality Lead \u2013 Tier 1 Automotive, Cheshire \u2013 \u00a350k + bonus", """Tom Gallagher
Principal Consultant at Redline Engineering Recruitment

Hi Nicola,

I'm recruiting for a Quality Lead with a Tier 1 automotive supplier in Cheshire (near Crewe). My client can't be named at this stage as the current incumbent doesn't know they're being replaced yet \u2013 so please keep this confidential!

- Leading a team of 4 (2 QEs, 2 inspectors)
- IATF 16949, customer scorecards for 3 OEMs
- \u00a348-52k + 10% bonus + car allowance

Your experience at Ardwick looks spot on. Are you open to a conversation this week?

Thanks,
Tom

Reply: https://www.linkedin.com/comm/messaging/thread/2-ZTY4NzQ1/

This is an InMail from a LinkedIn member. You are receiving InMail notification emails.
\u00a9 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
  tz="+0000", html=True, label="recruiter_outreach", company=None, role="Quality Lead",
  kind="outreach:linkedin-inmail-agency-client-unnamed", cte="quoted-printable")
