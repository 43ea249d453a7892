# Mailbox A - Tom Kowalczyk, backend engineer, Chicago. Job-search mail (hand-written).
from mailkit import fake_pdf

ME = ('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com')
OLD = ('Tom Kowalczyk', 'tkowalczyk88@yahoo.com')
TZ = 'America/Chicago'

RESUME = fake_pdf('Tom Kowalczyk - Backend Engineer', [
    'Chicago, IL. tom.kowalczyk.dev@gmail.com. Backend Engineer II, Hearthstone Payroll 2022-present:',
    'Go and Python services for payroll runs, Postgres, Kafka, AWS. Software Engineer, Brightside Digital 2020-2022.',
    'B.S. Computer Science, University of Illinois Chicago.'])

APPS = {
    'quillfeather--backend-engineer-payments': dict(
        company='Quillfeather', aliases=['Quillfeather Labs', 'Quillfeather Labs, Inc.', 'quillfeather.io'],
        role='Backend Engineer, Payments', source='greenhouse',
        url='https://boards.greenhouse.io/quillfeather/jobs/6123487'),
    'norrland-freight--software-engineer-ii-platform': dict(
        company='Norrland Freight', aliases=['Norrland', 'Norrland Freight Technologies', 'Norrland Freight Technologies, Inc.'],
        role='Software Engineer II, Platform', source='lever',
        url='https://jobs.lever.co/norrlandfreight/3f9c2a1e-7b44-4c1d-9e0a-2d8b6f51c7a3'),
    'cobaltline-health--backend-engineer-care-coordination': dict(
        company='Cobaltline Health', aliases=['Cobaltline', 'Cobaltline Health, Inc.', 'cobaltline.com'],
        role='Backend Engineer, Care Coordination', source='ashby',
        url='https://jobs.ashbyhq.com/cobaltline/8e2f41d7-0c6b-4a55-b7d2-61f0e3a9c514'),
    'meridian-mutual--software-engineer-iii-claims-platform': dict(
        company='Meridian Mutual', aliases=['Meridian Mutual Insurance Company', 'Meridian Mutual Insurance'],
        role='Software Engineer III - Claims Platform', source='workday',
        url='https://meridianmutual.wd5.myworkdayjobs.com/en-US/MeridianCareers/job/Chicago-IL/Software-Engineer-III---Claims-Platform_R-10482'),
    'lakeshore-trust--backend-java-developer': dict(
        company='Lakeshore Trust Bank', aliases=['Lakeshore Trust', 'Lakeshore Trust Bank, N.A.'],
        role='Backend Java Developer', source='icims',
        url='https://careers-lakeshoretrust.icims.com/jobs/20417/backend-java-developer/job'),
    'stackwise--backend-engineer-go': dict(
        company='Stackwise', aliases=['Stackwise Inc.'],
        role='Backend Engineer (Go)', source='linkedin',
        url='https://www.linkedin.com/comm/jobs/view/4127736590/'),
    'pellucid-analytics--software-engineer-data-platform': dict(
        company='Pellucid Analytics', aliases=['Pellucid'],
        role='Software Engineer, Data Platform', source='linkedin',
        url='https://www.linkedin.com/comm/jobs/view/4139920117/'),
    'brindle--founding-backend-engineer': dict(
        company='Brindle', aliases=['Brindle AI', 'brindle.so'],
        role='Founding Backend Engineer', source='wellfound',
        url='https://wellfound.com/jobs/3198842-founding-backend-engineer'),
    'keystone-client--go-developer-contract': dict(
        company=None, aliases=[],
        role='Go Developer (Contract-to-Hire)', source='agency', url=None),
    'halyard-systems--backend-engineer': dict(
        company='Halyard Systems', aliases=['Halyard', 'halyardsys.com', 'Halyard Systems, Inc.'],
        role='Backend Engineer', source='company_site', url=None),
    'lantern-and-pike--backend-engineer': dict(
        company='Lantern & Pike', aliases=['Lantern & Pike Digital', 'Lantern & Pike Digital LLC', 'Lantern and Pike'],
        role='Backend Engineer', source='company_site',
        url='https://lanternandpike.com/careers/backend-engineer'),
    'tollgate-mobility--software-engineer-backend-routing': dict(
        company='Tollgate Mobility', aliases=['Tollgate', 'Tollgate Mobility, Inc.'],
        role='Software Engineer, Backend (Routing)', source='greenhouse',
        url='https://job-boards.greenhouse.io/tollgatemobility/jobs/5550193004'),
    'amberlight--backend-engineer-ecommerce-platform': dict(
        company='Amberlight Retail Group', aliases=['Amberlight', 'Amberlight Retail'],
        role='Backend Engineer - eCommerce Platform', source='workday',
        url='https://amberlight.wd1.myworkdayjobs.com/en-US/Amberlight_Careers/job/Chicago-IL/Backend-Engineer---eCommerce-Platform_JR-33172'),
    'kestrel-robotics--software-engineer-fleet-services': dict(
        company='Kestrel Robotics', aliases=['Kestrel'],
        role='Software Engineer, Fleet Services', source='lever',
        url='https://jobs.lever.co/kestrelrobotics/b41e7c09-5a2d-4f7e-8c61-0d93a2e4f1b8'),
    'plinth--software-engineer-infrastructure': dict(
        company='Plinth', aliases=['Plinth Technologies', 'Plinth Technologies, Inc.'],
        role='Software Engineer, Infrastructure', source='ashby',
        url='https://jobs.ashbyhq.com/plinth/2c7d90e5-1f3b-4e8a-a6d4-93b5c0f27e18'),
    'sable-and-finch--backend-engineer': dict(
        company='Sable & Finch Media', aliases=['Sable & Finch', 'Sable and Finch'],
        role='Backend Engineer', source='greenhouse',
        url='https://boards.greenhouse.io/sableandfinch/jobs/4471902'),
    'corbel-capital--backend-python-developer': dict(
        company='Corbel Capital', aliases=['Corbel Capital Management', 'Corbel'],
        role='Backend Python Developer', source='other',
        url='https://www.dice.com/job-detail/7d3e2b61-94c0-4f0a-b1e8-55ac2f9d0e47'),
}

A = []  # application specs
def m(**kw):
    A.append(kw)

# ---------------------------------------------------------------- Meridian Mutual (Workday)
m(key='mer1', d='2025-01-09 21:16', tz='America/New_York',
  frm=('Meridian Mutual Careers', 'meridianmutual@myworkday.com'),
  subject='Thank you for applying to Meridian Mutual',
  fmt='html', cte='quoted-printable', brand='Meridian Mutual', brand_color='#0b3d6b',
  body="""Dear Tomasz,

Thank you for your interest in a career with Meridian Mutual Insurance Company. We have received your application for the position of Software Engineer III - Claims Platform (R-10482).

Our Talent Acquisition team will review your qualifications against the requirements of the role. If your background is a match, a member of our team will contact you to discuss next steps. Due to the high volume of applications we receive, we may not be able to respond to every applicant individually.

You can check the status of your application at any time by signing in to your candidate home account:
https://meridianmutual.wd5.myworkdayjobs.com/en-US/MeridianCareers/userHome

Thank you again for considering Meridian Mutual.

Sincerely,
Talent Acquisition
Meridian Mutual Insurance Company

Meridian Mutual is an Equal Opportunity Employer. This is an automated message; please do not reply.""",
  app='meridian-mutual--software-engineer-iii-claims-platform', ev='applied', kind='ats-confirmation:workday',
  slug='meridian-mutual-workday-confirmation')

m(key='mer2', d='2025-04-22 14:03', tz='America/New_York',
  frm=('Meridian Mutual Careers', 'meridianmutual@myworkday.com'),
  subject='Your application status with Meridian Mutual',
  fmt='html', cte='quoted-printable', brand='Meridian Mutual', brand_color='#0b3d6b',
  body="""Dear Tomasz,

Thank you for your interest in the Software Engineer III - Claims Platform position at Meridian Mutual and for the time you invested in applying.

We wanted to let you know that this position has now been filled. We appreciate your patience while we completed our hiring process, and we regret that we were not able to provide an update sooner.

We encourage you to continue to visit our careers site for future opportunities that match your interests and experience.

Best regards,
Talent Acquisition
Meridian Mutual Insurance Company""",
  app='meridian-mutual--software-engineer-iii-claims-platform', ev='rejected', kind='ats-rejection:workday:position-filled:late',
  slug='meridian-mutual-position-filled')

# ---------------------------------------------------------------- Stackwise (LinkedIn Easy Apply)
m(key='stk1', d='2025-01-10 12:41', tz='UTC',
  frm=('LinkedIn', 'jobs-noreply@linkedin.com'),
  subject='Tom, your application was sent to Stackwise',
  mid_domain='linkedin.com', cte='quoted-printable',
  html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919">
<table width="512" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0">
<img src="https://static.licdn.com/aero-v1/sc/h/logo" alt="LinkedIn" width="84"></td></tr>
<tr><td><h2 style="font-size:20px;margin:0 0 12px">Your application was sent to Stackwise</h2>
<table cellpadding="0" cellspacing="0"><tr><td><img src="https://media.licdn.com/dms/image/stackwise_logo" width="48" alt="Stackwise"></td>
<td style="padding-left:12px"><a href="https://www.linkedin.com/comm/jobs/view/4127736590/?trackingId=Zq3kX1%2BfT0y8r9bL2wH1Qw%3D%3D&amp;refId=a81f" style="font-weight:600;color:#0a66c2;font-size:16px">Backend Engineer (Go)</a><br>
Stackwise &middot; Chicago, IL (Hybrid)<br><span style="color:#666">Applied on January 10, 2025</span></td></tr></table>
<p style="margin-top:20px"><a href="https://www.linkedin.com/comm/jobs/tracker/applied/" style="background:#0a66c2;color:#fff;padding:10px 16px;border-radius:24px;text-decoration:none">View your application</a></p>
<p style="color:#666;font-size:13px">Now take these steps to stand out: keep your profile current and let recruiters know you&rsquo;re open to work.</p>
</td></tr><tr><td style="font-size:11px;color:#888;padding-top:24px">This email was intended for Tom Kowalczyk (Backend Engineer at Hearthstone Payroll). You are receiving LinkedIn notification emails.<br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr></table></body></html>""",
  body="""Your application was sent to Stackwise

Backend Engineer (Go)
Stackwise · Chicago, IL (Hybrid)
Applied on January 10, 2025

View job: https://www.linkedin.com/comm/jobs/view/4127736590/?trackingId=Zq3kX1%2BfT0y8r9bL2wH1Qw%3D%3D&refId=a81f

Now take these steps to stand out: keep your profile current and let recruiters know you're open to work.

----------------------------------------
This email was intended for Tom Kowalczyk (Backend Engineer at Hearthstone Payroll).
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
  headers={'X-LinkedIn-Class': 'JOBS-APPLY', 'List-Unsubscribe': '<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>'},
  app='stackwise--backend-engineer-go', ev='applied', kind='platform-confirmation:linkedin-easy-apply',
  slug='linkedin-application-sent-stackwise')

# ---------------------------------------------------------------- Quillfeather (Greenhouse + HackerRank)
m(key='qf1', d='2025-01-13 08:57', tz='America/Los_Angeles',
  frm=('Quillfeather Recruiting', 'no-reply@us.greenhouse-mail.io'),
  reply_to=('Quillfeather Recruiting', 'recruiting@quillfeather.io'),
  subject='Thank you for applying to Quillfeather!',
  mid_domain='us.greenhouse-mail.io', fmt='alt', brand='quillfeather', brand_color='#5b3df5',
  body="""Hi Tom,

Thanks for applying to the Backend Engineer, Payments role at Quillfeather! We're excited that you're interested in helping small businesses get paid faster.

Our team reviews every application, and we'll be in touch if your experience is a fit for what we're looking for. In the meantime, feel free to read more about how we work on our engineering blog: https://quillfeather.io/blog/engineering

Cheers,
The Quillfeather Talent Team

Please do not reply to this email. Replies to this address are not monitored.""",
  app='quillfeather--backend-engineer-payments', ev='applied', kind='ats-confirmation:greenhouse',
  slug='quillfeather-greenhouse-confirmation')

m(key='qf2', d='2025-01-16 11:20', tz='UTC',
  frm=('HackerRank', 'support@hackerrankforwork.com'),
  reply_to=('Alyssa Brandt', 'alyssa.brandt@quillfeather.io'),
  subject='Invitation: Quillfeather Labs - Backend Engineer Assessment',
  fmt='alt', brand='HackerRank', brand_color='#1ba94c', cte='quoted-printable',
  body="""Hi Tom Kowalczyk,

Quillfeather Labs has invited you to take the Backend Engineer Assessment on HackerRank as the next step in your application for Backend Engineer, Payments.

Test details
Duration: 90 minutes
Questions: 3 (2 coding, 1 SQL)
Languages allowed: Go, Python 3, Java 17
Expires: Jan 23, 2025, 11:59 PM CST

Start your test: https://www.hackerrank.com/test/8f2kq1m0a7c/login?b=eyJ1c2VybmFtZSI6InRvbS5rb3dhbGN6eWsuZGV2QGdtYWlsLmNvbSJ9

Before you begin:
- Use a desktop or laptop with a stable connection. The test is not supported on mobile.
- Once you start, the timer can't be paused.
- You can try a sample test first to get familiar with the environment: https://www.hackerrank.com/tests/sample

If you have questions about the role or the process, reply to this email to reach the Quillfeather Labs recruiting team.

Good luck!
Team HackerRank""",
  app='quillfeather--backend-engineer-payments', ev='assessment', kind='platform-assessment:hackerrank',
  slug='hackerrank-invite-quillfeather')

m(key='qf3', d='2025-01-28 16:44', tz='America/Los_Angeles',
  frm=('Alyssa Brandt', 'no-reply@us.greenhouse-mail.io'),
  reply_to=('Alyssa Brandt', 'alyssa.brandt@quillfeather.io'),
  subject='Following up on your Quillfeather application',
  mid_domain='us.greenhouse-mail.io',
  body="""Hi Tom,

Thank you for taking the time to complete our coding assessment for the Backend Engineer, Payments position. We know take-home and timed exercises ask a lot of candidates, and we appreciate the effort you put in.

Our team has reviewed your results alongside the rest of your application, and we won't be moving forward with your candidacy for this role. We had a very strong group of applicants and had to make some difficult calls.

We'll keep your profile in our system, and we hope you'll consider Quillfeather again in the future.

All the best,
Alyssa Brandt
Technical Recruiter, Quillfeather""",
  app='quillfeather--backend-engineer-payments', ev='rejected', kind='ats-rejection:greenhouse:after-assessment',
  slug='quillfeather-rejection-after-assessment')

# ---------------------------------------------------------------- Norrland (Lever)
m(key='nor1', d='2025-01-14 10:02', tz='America/Denver',
  frm=('Norrland Freight', 'no-reply@hire.lever.co'),
  subject='Thank you for your application to Norrland Freight',
  mid_domain='hire.lever.co', fmt='alt',
  body="""Hi Tom,

Thanks for applying for the Software Engineer II, Platform position at Norrland! We've received your application and our team will review it shortly.

We move a lot of freight (about 40,000 loads a month), so we try to move quickly on hiring too. You'll hear from us either way.

Best,
The Norrland Freight Technologies team
https://norrlandfreight.com/careers""",
  app='norrland-freight--software-engineer-ii-platform', ev='applied', kind='ats-confirmation:lever',
  slug='norrland-lever-confirmation')

m(key='nor2', d='2025-01-15 09:31', tz='America/Denver',
  frm=('Sofia Martins', 'no-reply@hire.lever.co'),
  reply_to=('Sofia Martins', 'sofia.martins@norrlandfreight.com'),
  subject='Norrland Freight - Software Engineer II, Platform',
  mid_domain='hire.lever.co',
  body="""Hi Tom,

Thank you for your interest in Norrland and for taking the time to apply.

After reviewing your background, we've decided to pursue other candidates whose experience more closely matches what we need for this particular role right now (heavy Kubernetes operator and Terraform work).

We really appreciate you thinking of us, and we wish you the best in your search.

Sofia Martins
Talent Partner, Norrland Freight Technologies""",
  app='norrland-freight--software-engineer-ii-platform', ev='rejected', kind='ats-rejection:lever:fast',
  slug='norrland-rejection-next-day')

# ---------------------------------------------------------------- Lakeshore Trust (iCIMS)
m(key='lkt1', d='2025-01-17 19:48', tz='America/New_York',
  frm=('Lakeshore Trust @ icims', 'lakeshoretrust+autoreply@talent.icims.com'),
  subject='Lakeshore Trust Bank - Thank you for your application',
  mid_domain='talent.icims.com', fmt='html', brand='LAKESHORE TRUST BANK', brand_color='#00594f',
  body="""Tom,

Thank you for applying for the Backend Java Developer (Job ID 2025-20417) position at Lakeshore Trust Bank.

Your application has been successfully submitted and will be reviewed by our Talent Acquisition team. Should your qualifications meet the needs of the position, we will reach out to you regarding next steps.

You may review your submission and update your profile through the Lakeshore Trust career portal at https://careers-lakeshoretrust.icims.com.

Best regards,

Talent Acquisition
Lakeshore Trust Bank, N.A.
Member FDIC | Equal Housing Lender

Please do not reply to this message. This mailbox is not monitored.""",
  app='lakeshore-trust--backend-java-developer', ev='applied', kind='ats-confirmation:icims',
  slug='lakeshore-trust-icims-confirmation')

# ---------------------------------------------------------------- Cobaltline (Ashby -> recruiter -> GoodTime -> DocuSign -> accept)
m(key='cob1', d='2025-01-21 13:05', tz='America/New_York',
  frm=('Cobaltline Health Recruiting', 'no-reply@ashbyhq.com'),
  subject='Thanks for applying to Cobaltline Health!',
  mid_domain='ashbyhq.com', fmt='alt', brand='Cobaltline', brand_color='#1747a6',
  body="""Hi Tom,

Thanks for your interest in Cobaltline! This note confirms we've received your application for Backend Engineer, Care Coordination.

A real person on our team reads every application. If there's a potential match, we'll reach out within about two weeks to set up a first conversation.

While you wait, here's a bit more about how our care coordination platform helps community health centers: https://cobaltline.com/about

Warmly,
Cobaltline Health Talent Team""",
  app='cobaltline-health--backend-engineer-care-coordination', ev='applied', kind='ats-confirmation:ashby',
  slug='cobaltline-ashby-confirmation')

m(key='cob2', d='2025-01-30 10:18', tz='America/New_York',
  frm=('Jenna Okoye', 'jenna.okoye@cobaltline.com'),
  subject='Cobaltline <> Tom Kowalczyk',
  mid_domain='ashbyhq.com',
  body="""Hi Tom,

I'm Jenna, I lead engineering recruiting at Cobaltline. Thanks for applying to our Backend Engineer role on the Care Coordination team! Your Go and Postgres background, and the payroll-run work at Hearthstone in particular, caught our hiring manager's eye.

I'd love to set up a 30-minute intro call to tell you more about the team and hear what you're looking for. You can grab any open slot that works for you here:

https://app.ashbyhq.com/scheduling/cobaltline/7b1f2d0e-44a9-4c2e-9a31-5c8e0f6d2b90

If none of those times work, just reply with a few windows and I'll make it happen.

Talk soon,
Jenna

Jenna Okoye
Engineering Recruiting Lead | Cobaltline Health
she/her""",
  app='cobaltline-health--backend-engineer-care-coordination', ev='interview', kind='human-interview-invite:ashby-scheduling-link',
  slug='cobaltline-recruiter-intro-call')

m(key='cob3', d='2025-02-13 15:22', tz='America/New_York',
  frm=('Cobaltline Health Recruiting', 'scheduling@goodtime.io'),
  reply_to=('Jenna Okoye', 'jenna.okoye@cobaltline.com'),
  subject='Confirmed: Cobaltline Health Virtual Onsite - Tuesday, February 25',
  fmt='alt', brand='Cobaltline Health', brand_color='#1747a6',
  body="""Hi Tom,

Your virtual onsite for the Backend Engineer, Care Coordination role is confirmed. Calendar invitations for each session are attached.

Tuesday, February 25, 2025 (Central Time)

10:00 AM - 10:45 AM  System Design - Marco Bellini, Engineering Manager
11:00 AM - 11:45 AM  Pair Programming (Go) - Hannah Li, Senior Software Engineer
11:45 AM - 12:15 PM  Break
12:15 PM - 12:45 PM  Product & Collaboration - Ruth Adeyemi, Product Lead
1:00 PM - 1:30 PM    Values Conversation - Dr. Aisha Grant, VP Engineering

Zoom: https://cobaltline.zoom.us/j/86120447731?pwd=cG9rVjBxR2dQ

For the pairing session please have a Go 1.22+ environment ready; we'll share a small repository at the start.

Need to reschedule? Use this link: https://app.goodtime.io/candidate/reschedule/c7f1e9b2a45d

Good luck, we're looking forward to meeting you!

Powered by GoodTime""",
  ics=dict(summary='Cobaltline Health Virtual Onsite - Tom Kowalczyk', start='2025-02-25 10:00', end='2025-02-25 13:30',
           tz='America/Chicago', organizer=('Cobaltline Recruiting', 'recruiting@cobaltline.com'),
           attendees=[('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com'), ('Marco Bellini', 'marco.bellini@cobaltline.com')],
           location='https://cobaltline.zoom.us/j/86120447731', description='Virtual onsite - Backend Engineer, Care Coordination',
           prodid='-//GoodTime.io//Interview Scheduler//EN', stamp='20250213T202200Z', uid='gt-7d21a90c-onsite@goodtime.io'),
  app='cobaltline-health--backend-engineer-care-coordination', ev='interview', kind='platform-scheduling:goodtime',
  slug='goodtime-cobaltline-virtual-onsite')

m(key='cob4', d='2025-03-10 16:37', tz='America/Los_Angeles',
  frm=('Jenna Okoye via Docusign', 'dse_NA3@docusign.net'),
  reply_to=('Jenna Okoye', 'jenna.okoye@cobaltline.com'),
  subject='Complete with Docusign: Cobaltline Health - Offer Letter - Tom Kowalczyk',
  mid_domain='docusign.net', fmt='alt', brand='Docusign', brand_color='#4c00ff', cte='quoted-printable',
  body="""Jenna Okoye sent you a document to review and sign.

REVIEW DOCUMENT
https://na3.docusign.net/Signing/EmailStart.aspx?a=3c9e1b4a-77f2-4d0b-a5e8-2b1d6c9f0e31&etti=24&acct=91d0f7a2

Jenna Okoye
jenna.okoye@cobaltline.com

Hi Tom,

As promised on our call, here is your formal offer for the Backend Engineer, Care Coordination role. Everyone on the panel was excited about you. The letter covers base salary, equity and your proposed start date of April 7. Let me know if you have any questions at all before signing.

Jenna

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 3C9E1B4A77F24D0BA5E82B1D6C9F0E312

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""",
  app='cobaltline-health--backend-engineer-care-coordination', ev='offer', kind='platform-offer:docusign',
  slug='docusign-cobaltline-offer-letter')

m(key='cob5', d='2025-03-11 08:46', frm=ME, to=[('Jenna Okoye', 'jenna.okoye@cobaltline.com')],
  parent='cob2', quote='gmail', subject='Re: Cobaltline <> Tom Kowalczyk',
  body="""Hi Jenna,

Just signed the offer in DocuSign - I'm officially in! Thank you for making the whole process so smooth, and please pass my thanks to Marco and the panel too.

April 7 works for me. I'll give notice at Hearthstone today. Is there anything I should fill out ahead of time (I-9, background check, laptop shipping address)?

Thanks again,
Tom""",
  app='cobaltline-health--backend-engineer-care-coordination', ev='offer', kind='own-offer-acceptance',
  slug='own-accepting-cobaltline-offer')

# ---------------------------------------------------------------- Lantern & Pike (email application)
m(key='lp1', d='2025-01-23 07:58', frm=ME, to=[('Lantern & Pike Careers', 'careers@lanternandpike.com')],
  subject='Application for the Backend Engineer position',
  body="""Hello Lantern & Pike team,

I'd like to apply for the Backend Engineer position posted on your careers page (https://lanternandpike.com/careers/backend-engineer). My resume is attached.

A quick summary of why I think I'd be a good fit:

- 5 years building backend services, the last 3 at Hearthstone Payroll writing Go and Python services that run payroll for about 2,400 small businesses (Postgres, Kafka, AWS).
- Before that I spent two years at a small Chicago agency (Brightside Digital), so I'm used to juggling several clients, scoping work with non-engineers and shipping on a deadline, which sounds a lot like your day-to-day.
- I like owning things end to end: I led our migration from cron-driven batch jobs to an event-driven pipeline and wrote most of the runbooks.

I live in Avondale, so the Ravenswood office is an easy bike ride, and I'm happy with the hybrid setup you describe.

Thanks for your time, and I hope to hear from you.

Best regards,
Tom Kowalczyk
(773) 555-0148
https://github.com/tkowalczyk""",
  attach=[('Tom_Kowalczyk_Resume.pdf', 'application/pdf', RESUME)],
  app='lantern-and-pike--backend-engineer', ev='applied', kind='own-email-application',
  slug='own-application-lantern-and-pike')

m(key='lp2', d='2025-02-07 09:12', frm=ME, to=[('Lantern & Pike Careers', 'careers@lanternandpike.com')],
  parent='lp1', quote='gmail', subject='Re: Application for the Backend Engineer position',
  body="""Hi there,

I wanted to follow up on my application for the Backend Engineer role, which I sent on January 23rd. Is the position still open, and is there any news on where things stand?

I'm still very interested, and happy to send anything else that would help.

Thanks,
Tom""",
  app='lantern-and-pike--backend-engineer', ev='update', kind='own-follow-up',
  slug='own-follow-up-lantern-and-pike')

m(key='lp3', d='2025-02-14 13:26', frm=('Beth Kaminski', 'beth@lanternandpike.com'),
  parent='lp2', quote='gmail', subject='Re: Application for the Backend Engineer position',
  body="""Hi Tom,

Thanks for following up, and sorry for the slow reply - it's a small team and I'm the one doing both ops and hiring.

We ended up going with another candidate for this one, someone who'd worked with two of our existing clients before. Your background is strong and it was a close call on paper. If we open another backend role later this year I'll reach out.

Best of luck with the search,
Beth

Beth Kaminski
Director of Operations, Lantern & Pike""",
  app='lantern-and-pike--backend-engineer', ev='rejected', kind='human-rejection:reply-in-thread',
  slug='lantern-and-pike-human-rejection')

# ---------------------------------------------------------------- Plinth (Ashby, late rejection)
m(key='pl1', d='2025-01-27 22:10', tz='America/Los_Angeles',
  frm=('Plinth Hiring Team', 'no-reply@ashbyhq.com'),
  subject='Your application to Plinth',
  mid_domain='ashbyhq.com', fmt='alt',
  body="""Hi Tom,

We got your application for Software Engineer, Infrastructure at Plinth Technologies. Thanks for taking the time!

We're a small team, so reviews can take a little while. We'll follow up by email once we've had a chance to look.

- The Plinth team""",
  app='plinth--software-engineer-infrastructure', ev='applied', kind='ats-confirmation:ashby',
  slug='plinth-ashby-confirmation')

m(key='pl2', d='2025-04-09 11:54', tz='America/Los_Angeles',
  frm=('Plinth Hiring Team', 'no-reply@ashbyhq.com'),
  subject='Update on your Plinth application',
  mid_domain='ashbyhq.com', fmt='alt',
  body="""Hi Tom,

Thanks again for applying to the Software Engineer, Infrastructure role at Plinth, and apologies that it has taken us this long to get back to you. Hiring was paused for part of Q1 while we finalized our Series B.

We've now reviewed all applications for this opening and have decided to proceed with other candidates whose experience aligns more closely with our current needs.

We'll keep your information on file and may reach out if a better-matched role opens up.

Best,
The Plinth team""",
  app='plinth--software-engineer-infrastructure', ev='rejected', kind='ats-rejection:ashby:late',
  slug='plinth-rejection-late')

# ---------------------------------------------------------------- Corbel Capital (Dice)
m(key='dice1', d='2025-01-31 20:07', tz='America/New_York',
  frm=('Dice', 'noreply@dice.com'),
  subject='Application submitted: Backend Python Developer',
  fmt='alt', brand='DICE', brand_color='#cc0000',
  body="""Your application was submitted!

Backend Python Developer
Corbel Capital Management
Chicago, IL | Full-time | Hybrid

Your profile and resume (Tom_Kowalczyk_Resume.pdf) were sent to the employer on Jan 31, 2025.

View the job: https://www.dice.com/job-detail/7d3e2b61-94c0-4f0a-b1e8-55ac2f9d0e47

Track all your applications on your Dice dashboard: https://www.dice.com/dashboard/applications

Tip: Candidates with a complete skills section are viewed up to 3x more often.

Dice | 6465 South Greenwood Plaza Blvd, Centennial, CO 80111
Manage email preferences: https://www.dice.com/email-preferences""",
  app='corbel-capital--backend-python-developer', ev='applied', kind='platform-confirmation:dice',
  slug='dice-application-submitted-corbel')

# ---------------------------------------------------------------- Pellucid (LinkedIn, rejection)
m(key='pel1', d='2025-02-03 15:22', tz='UTC',
  frm=('LinkedIn', 'jobs-noreply@linkedin.com'),
  subject='Tom, your application was sent to Pellucid Analytics',
  mid_domain='linkedin.com', fmt='alt', cte='quoted-printable',
  body="""Your application was sent to Pellucid Analytics

Software Engineer, Data Platform
Pellucid Analytics · Chicago, IL (On-site)
Applied on February 3, 2025

View job: https://www.linkedin.com/comm/jobs/view/4139920117/?trackingId=pF0a%2B9sQm3kE2vYt7uHn1A%3D%3D

Now take these steps to stand out: follow Pellucid Analytics to get updates about new openings.

----------------------------------------
This email was intended for Tom Kowalczyk (Backend Engineer at Hearthstone Payroll).
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
  headers={'X-LinkedIn-Class': 'JOBS-APPLY'},
  app='pellucid-analytics--software-engineer-data-platform', ev='applied', kind='platform-confirmation:linkedin-easy-apply',
  slug='linkedin-application-sent-pellucid')

m(key='pel2', d='2025-02-05 17:03', tz='UTC',
  frm=('LinkedIn', 'jobs-noreply@linkedin.com'),
  subject='Your application to Software Engineer, Data Platform at Pellucid Analytics',
  mid_domain='linkedin.com', fmt='alt', cte='quoted-printable',
  body="""Pellucid Analytics
Software Engineer, Data Platform
Chicago, IL

Thank you for your interest in the Software Engineer, Data Platform position at Pellucid Analytics in Chicago, IL. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Pellucid Analytics.

Regards,
Pellucid Analytics

Search for more jobs: https://www.linkedin.com/comm/jobs/search/?keywords=backend%20engineer&location=Chicago

----------------------------------------
This email was intended for Tom Kowalczyk (Backend Engineer at Hearthstone Payroll).
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
  headers={'X-LinkedIn-Class': 'JOBS-APPLICANT-UPDATE'},
  app='pellucid-analytics--software-engineer-data-platform', ev='rejected', kind='platform-rejection:linkedin',
  slug='linkedin-pellucid-not-moving-forward')

# ---------------------------------------------------------------- Brindle (Wellfound, silent)
m(key='brd1', d='2025-02-04 23:31', tz='America/Los_Angeles',
  frm=('Wellfound', 'notifications@wellfound.com'),
  subject='Your application to Brindle was sent',
  fmt='alt', brand='wellfound', brand_color='#000000',
  body="""Hi Tom,

Your application to Brindle is on its way.

Founding Backend Engineer
Brindle · Remote (US) · $150k - $185k · 0.5% - 1.25%

Your note to the founders:
"Hi! I've been building event-driven payroll pipelines in Go for three years and I'd love to work on agent infrastructure from day one. Happy to chat anytime."

Startups on Wellfound typically respond within 1-2 weeks. We'll email you when Brindle views your profile or sends you a message.

View your applications: https://wellfound.com/jobs/applications

- The Wellfound team""",
  app='brindle--founding-backend-engineer', ev='applied', kind='platform-confirmation:wellfound',
  slug='wellfound-application-brindle')

# ---------------------------------------------------------------- Keystone (agency, unnamed client)
m(key='key1', d='2025-02-11 09:05', frm=('Derek Sutton', 'dsutton@keystonetechstaffing.com'),
  subject='Go Developer - contract to hire - Loop (hybrid 3 days)',
  body="""Hi Tom,

Hope your week is off to a good start. I came across your profile on LinkedIn and your Go + Kafka experience lines up really well with a role I'm working on.

My client is a proprietary trading firm in the Loop (I can share the name once we've talked). They're building out a post-trade reconciliation platform and need a mid-level Go developer.

- 6 month contract to hire, W2
- $80-90/hr on contract, conversion range $165-180k + bonus
- Hybrid, 3 days onsite near Jackson & LaSalle
- Go, Postgres, Kafka; bonus for any low-latency or C++ exposure

Would you be open to a quick chat this week? If you're interested, just send over an updated resume and the best number to reach you.

Thanks,
Derek

Derek Sutton
Senior Technical Recruiter
Keystone Technical Staffing
312-555-0193 | dsutton@keystonetechstaffing.com""",
  lab='recruiter_outreach', kind='agency-outreach:unnamed-client', role='Go Developer (Contract-to-Hire)',
  slug='keystone-recruiter-outreach')

m(key='key2', d='2025-02-11 13:40', frm=ME, to=[('Derek Sutton', 'dsutton@keystonetechstaffing.com')],
  parent='key1', quote='gmail', subject='Re: Go Developer - contract to hire - Loop (hybrid 3 days)',
  body="""Hi Derek,

Thanks for reaching out - this sounds interesting. Resume attached. I'm OK with you submitting me to your client for this role.

A couple of things up front: I'd want to be on the higher end of the conversion range given the contract period, and I can do 3 days in the Loop but not 4. Best number is (773) 555-0148, and I'm generally free after 4pm.

Tom""",
  attach=[('Tom_Kowalczyk_Resume_2025.pdf', 'application/pdf', RESUME)],
  app='keystone-client--go-developer-contract', ev='applied', kind='own-reply-agency-submission-consent',
  slug='own-reply-keystone-ok-to-submit')

m(key='key3', d='2025-02-24 17:12', frm=('Derek Sutton', 'dsutton@keystonetechstaffing.com'),
  parent='key2', quote='outlook', subject='RE: Go Developer - contract to hire - Loop (hybrid 3 days)',
  body="""Hi Tom,

Wanted to close the loop with you. I submitted you to the client on the 12th and pushed them a couple of times for feedback. I finally heard back from the hiring manager today: they've decided to go a different direction and offer the role to someone with a C++ market-data background. Nothing against your profile, they just leaned into the low-latency piece.

I've got a few other Go and Python reqs coming in next month, I'll reach out if something fits.

Thanks,
Derek

Derek Sutton
Senior Technical Recruiter
Keystone Technical Staffing
312-555-0193""",
  app='keystone-client--go-developer-contract', ev='rejected', kind='agency-rejection:unnamed-client',
  slug='keystone-client-went-another-direction')

# ---------------------------------------------------------------- Tollgate (Greenhouse -> CodeSignal -> withdrawal)
m(key='tg1', d='2025-02-12 14:15', tz='UTC',
  frm=('CodeSignal', 'no-reply@codesignal.com'),
  subject='Tollgate Mobility invited you to take a CodeSignal assessment',
  fmt='alt', brand='CodeSignal', brand_color='#1062fb', cte='base64',
  body="""Hi Tom,

Tollgate Mobility has invited you to complete the Industry Coding Framework assessment as part of your application for Software Engineer, Backend (Routing).

Time limit: 90 minutes
Please complete by: February 19, 2025

Take the assessment: https://app.codesignal.com/invite/tQ7uNm3pXkY2vB9cR

What to expect
- A single multi-level project in the language of your choice
- Your camera and screen will be recorded for verification
- You may use official language documentation

Need accommodations? Contact the Tollgate Mobility recruiting team at recruiting@tollgatemobility.com.

Good luck!
The CodeSignal Team""",
  app='tollgate-mobility--software-engineer-backend-routing', ev='assessment', kind='platform-assessment:codesignal',
  slug='codesignal-invite-tollgate')

m(key='tg2', d='2025-03-12 10:05', frm=ME, to=[('Nadia Ferreira', 'nadia.ferreira@tollgatemobility.com')],
  subject='Withdrawing from the Backend (Routing) process',
  body="""Hi Nadia,

Thank you for moving me forward after the CodeSignal assessment and for setting up the technical interview with the routing team for next week.

I wanted to let you know as early as possible that I've accepted another offer, so I'd like to withdraw my application for the Software Engineer, Backend (Routing) role. I'm sorry to cancel on short notice - please pass my apologies to the interviewers.

I really enjoyed learning about what Tollgate is doing with curb pricing, and I hope our paths cross again.

Best,
Tom Kowalczyk""",
  app='tollgate-mobility--software-engineer-backend-routing', ev='withdrawn', kind='own-withdrawal',
  slug='own-withdrawal-tollgate')

# ---------------------------------------------------------------- Halyard (speculative -> founder call -> offer -> decline)
m(key='hal1', d='2025-02-18 08:12', frm=ME, to=[('Owen Batchelder', 'owen@halyardsys.com')],
  subject='Backend engineer interested in Halyard',
  body="""Hi Owen,

I read your post about rebuilding Halyard's scheduling engine on top of Postgres advisory locks, and it was the most fun I've had reading a blog post in a while. I'm a backend engineer here in Chicago (Go, Python, Postgres, Kafka) and I'd love to be considered if you're growing the engineering team, even though I didn't see an opening on your site.

Some context on me:
- 3 years at Hearthstone Payroll, where I own the payroll-run orchestration service: it schedules and executes about 9,000 pay runs a month, so "job that must run exactly once at a specific time" is basically my whole life.
- I moved us off cron + a pile of shell scripts onto an event-driven pipeline and cut failed runs by about 80%.
- Before that, two years of agency work, so I'm comfortable talking to customers directly.

Resume attached. If it's useful, I'd be happy to grab a coffee in Fulton Market or hop on a call.

Thanks for reading,
Tom Kowalczyk
(773) 555-0148 | github.com/tkowalczyk""",
  attach=[('Tom_Kowalczyk_Resume.pdf', 'application/pdf', RESUME)],
  app='halyard-systems--backend-engineer', ev='applied', kind='own-speculative-application',
  slug='own-speculative-email-halyard')

m(key='hal2', d='2025-02-19 10:47', frm=('Owen Batchelder', 'owen@halyardsys.com'),
  parent='hal1', quote='gmail', subject='Re: Backend engineer interested in Halyard',
  body="""Hey Tom,

Ha, glad someone read that post all the way to the end. Thanks for reaching out.

We haven't posted it yet, but we're planning to hire two backend engineers this spring and your background is very close to what we need. Could we have a quick call Thursday? 2pm or 4pm Central both work on my end, 30 minutes.

Owen

--
Owen Batchelder
Co-founder & CTO, Halyard Systems""",
  app='halyard-systems--backend-engineer', ev='interview', kind='founder-call-request',
  slug='halyard-founder-quick-call-thursday')

m(key='hal3', d='2025-02-19 12:03', frm=ME, to=[('Owen Batchelder', 'owen@halyardsys.com')],
  parent='hal2', quote='gmail', subject='Re: Backend engineer interested in Halyard',
  body="""Hi Owen,

Thursday at 2pm works great. Want me to call you, or do you prefer a Google Meet? My cell is (773) 555-0148 in case that's easier.

Talk then,
Tom""",
  app='halyard-systems--backend-engineer', ev='interview', kind='own-reply-confirming-slot',
  slug='own-reply-halyard-confirm-thursday')

m(key='hal4', d='2025-03-06 18:22', frm=('Owen Batchelder', 'owen@halyardsys.com'),
  cc=[('Priya Raman', 'priya@halyardsys.com')],
  subject='Halyard offer',
  body="""Hi Tom,

Thanks again for spending so much time with us over the last two weeks - Priya, Sam and I all came out of Tuesday's whiteboard session excited.

I'm happy to offer you a role as Backend Engineer at Halyard Systems. The headline terms:

- Base salary: $162,000
- Equity: 0.35% in stock options, 4-year vest with a 1-year cliff
- Health, dental and vision (we cover 100% of your premiums and 75% for dependents)
- Hybrid: we're in the office in Fulton Market Tuesday through Thursday
- Start date: flexible, ideally some time in April

Priya will send the formal letter through Rippling once you tell us you're in, and I'm happy to walk through the cap table and our runway in as much detail as you want. I know you mentioned you're in process elsewhere, so take the time you need, though it would help us to hear back by the end of next week.

Really hoping you'll join us.

Owen""",
  app='halyard-systems--backend-engineer', ev='offer', kind='human-offer:founder',
  slug='halyard-founder-offer')

m(key='hal5', d='2025-03-12 07:55', frm=ME, to=[('Owen Batchelder', 'owen@halyardsys.com')],
  cc=[('Priya Raman', 'priya@halyardsys.com')],
  parent='hal4', quote='gmail', subject='Re: Halyard offer',
  body="""Hi Owen,

I've gone back and forth on this all week, and I wanted to tell you directly: I've decided to accept another offer, so I'm going to decline the Halyard role.

It honestly came down to our family situation - with a three-year-old at home, the larger company's benefits and a bit more predictability won out. It was not an easy call. I really liked you, Priya and Sam, and I think the scheduling engine is going to be great.

Thank you for the generous offer and for how transparent you were throughout. I'd love to stay in touch, and if you ever want a second pair of eyes on the Postgres side, buy me a coffee and I'm there.

All the best,
Tom""",
  app='halyard-systems--backend-engineer', ev='withdrawn', kind='own-offer-decline',
  slug='own-decline-halyard-offer')

# ---------------------------------------------------------------- Kestrel (Lever, silent)
m(key='kes1', d='2025-02-26 11:37', tz='America/Los_Angeles',
  frm=('Kestrel Robotics', 'no-reply@hire.lever.co'),
  subject="We've received your application - Kestrel Robotics",
  mid_domain='hire.lever.co', fmt='alt',
  body="""Tom,

Thank you for applying to Kestrel Robotics. We've received your application for Software Engineer, Fleet Services (Chicago).

Our robots already sort parcels in 14 warehouses, and Fleet Services is the team that keeps all of them talking to the cloud. We'll review your experience carefully and get back to you if there's a fit.

Kestrel Robotics Recruiting
https://kestrelrobotics.com""",
  app='kestrel-robotics--software-engineer-fleet-services', ev='applied', kind='ats-confirmation:lever',
  slug='kestrel-lever-confirmation')

# ---------------------------------------------------------------- Sable & Finch (Greenhouse, immediate rejection, long)
m(key='sf1', d='2025-02-27 07:12', tz='America/New_York',
  frm=('Sable & Finch Talent', 'no-reply@greenhouse.io'),
  reply_to=('Sable & Finch Talent', 'talent@sableandfinch.com'),
  subject='Your application to Sable & Finch Media',
  mid_domain='greenhouse.io', fmt='html', brand='SABLE & FINCH', brand_color='#111111',
  body="""Dear Tom,

Thank you for your interest in Sable & Finch Media and for applying to our Backend Engineer opening. Over the past year we've grown from two newsletters to eleven, and our readership now reaches more than four million people every week. That growth means our small engineering team gets a remarkable number of applications from talented people, and we read each one.

We've built our hiring process to be as respectful of your time as we can make it. Rather than leave candidates waiting for weeks, we try to share a decision as soon as we've reviewed an application against the specific needs of a role. For this position, the team is looking for significant experience with publishing platforms, ad-tech integrations and high-volume email delivery infrastructure.

After careful consideration, we are unable to offer you a position on the team at this time.

We know that isn't the news you were hoping for. We encourage you to keep an eye on our careers page, as new roles open throughout the year.

With appreciation,
The Sable & Finch Talent Team""",
  app='sable-and-finch--backend-engineer', ev='rejected', kind='ats-rejection:greenhouse:fast:long:decision-late-in-text',
  slug='sable-finch-rejection-unable-to-offer')

# ---------------------------------------------------------------- Amberlight (Workday, silent)
m(key='amb1', d='2025-03-03 20:51', tz='America/Chicago',
  frm=('Amberlight Careers', 'amberlight@myworkday.com'),
  subject="We've received your application",
  fmt='html', cte='quoted-printable', brand='AMBERLIGHT', brand_color='#e0731f',
  body="""Hi Tomasz,

Thanks for applying! We've received your application for Backend Engineer - eCommerce Platform (JR-33172).

What happens next? Our recruiting team will review your experience. If we'd like to move forward, a recruiter will contact you by email or phone. You can always see where your application stands in your Workday candidate profile.

Thanks for your interest in Amberlight Retail Group.

Amberlight Talent Acquisition
Amberlight Retail Group is proud to be an equal opportunity employer.""",
  app='amberlight--backend-engineer-ecommerce-platform', ev='applied', kind='ats-confirmation:workday',
  slug='amberlight-workday-confirmation')
