# Mailbox A - hand-written everyday mail, recruiter outreach, job alerts and look-alikes.
from mailkit import fake_pdf

ME = ('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com')
OLD = ('Tom Kowalczyk', 'tkowalczyk88@yahoo.com')
ANA = ('Ana Ruiz', 'ana.ruiz.design@gmail.com')
MOM = ('Halina Kowalczyk', 'halinak1961@comcast.net')
KASIA = ('Kasia Nowicki', 'kasia.nowicki@gmail.com')
KEVIN = ('Kevin Brennan', 'kevbrennan@gmail.com')
DEV = ('Dev Mehta', 'dev.mehta@hey.com')
RAJ = ('Raj Patel', 'raj.patel.dev@gmail.com')
DANA = ('Dana Whitfield', 'dana@fernwoodstaffing.com')

L = []
def m(**kw):
    kw.setdefault('lab', 'not_job')
    L.append(kw)

# ======================================================= recruiter outreach (not applied)
m(key='ro_orchard', d='2025-01-22 14:36', tz='America/New_York',
  frm=('Rachel Nguyen via LinkedIn', 'inmail-hit-reply@linkedin.com'),
  subject='Backend role at Orchard Ledger (Series B fintech) - open to a chat?',
  mid_domain='linkedin.com', fmt='alt',
  body="""Hi Tom,

I'm a recruiter at Orchard Ledger - we build accounts-payable automation for mid-market companies and just closed our Series B. Your background in payroll infrastructure at Hearthstone is really relevant to what our Payments Core team is building (idempotent payment execution, ledgering, bank file integrations).

We're hiring a Senior Backend Engineer (Go/Postgres), remote-friendly with an office in River North. Comp is $175-205k base plus equity.

Would you be open to a 20-minute call next week to learn more? No pressure if the timing isn't right.

Best,
Rachel Nguyen
Talent Acquisition, Orchard Ledger

Reply to Rachel: https://www.linkedin.com/messaging/thread/2-ZTg0OGU1NmMtYjdhNi00/

----------------------------------------
This is an InMail message from Rachel Nguyen. You are receiving InMail notification emails.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
  lab='recruiter_outreach', company='Orchard Ledger', role='Senior Backend Engineer', kind='linkedin-inmail',
  slug='linkedin-inmail-orchard-ledger')

m(key='ro_brightpath', d='2025-03-24 10:02', tz='America/New_York',
  frm=('Rahul Verma', 'rahul.v@brightpathitsolutions.com'),
  subject='Urgent Requirement || Sr. Python Developer || Chicago, IL (Hybrid) || W2 Contract',
  fmt='html', charset='windows-1252', cte='quoted-printable',
  body="""Hi Tom,

Hope you are doing great!

This is Rahul from Brightpath IT Solutions. I have an urgent requirement with one of our direct clients (Fortune 500 insurance company). Please go through the job description below and let me know your interest along with your updated resume.

Job Title: Sr. Python Developer
Location: Chicago, IL (Hybrid - 3 days onsite)
Duration: 12+ months
Rate: $70/hr on W2 (No C2C)

Must have:
• 7+ years of Python (Django/FastAPI)
• AWS Lambda, DynamoDB, SQS
• Experience in insurance / claims domain is a big plus
• Strong communication skills

Please share the below details for submission:
Full Legal Name:
Current Location:
Visa Status:
Expected Rate:
Availability to Interview:
Last 4 digits of SSN:

Thanks & Regards,
Rahul Verma | Technical Recruiter
Brightpath IT Solutions Inc.
Direct: (469) 555-0127
rahul.v@brightpathitsolutions.com
“An E-Verified Company”

If you are not interested in receiving our e-mails then please reply with a “REMOVE” in the subject line.""",
  lab='recruiter_outreach', company=None, role='Sr. Python Developer', kind='agency-outreach:bulk-contract',
  slug='brightpath-urgent-requirement')

# ======================================================= job alerts
m(key='ja_li', d='2025-01-15 13:10', tz='UTC',
  frm=('LinkedIn Job Alerts', 'jobalerts-noreply@linkedin.com'),
  subject='“backend engineer”: Cobaltline Health - Backend Engineer, Care Coordination and more',
  mid_domain='linkedin.com', fmt='alt', cte='quoted-printable',
  body="""Your job alert for backend engineer in Chicago, Illinois, United States
12 new jobs match your preferences.

Backend Engineer, Care Coordination
Cobaltline Health · Chicago, IL (Hybrid)
Actively recruiting
https://www.linkedin.com/comm/jobs/view/4121809345/

Software Engineer II - Backend
Grainline Commerce · Chicago, IL (On-site)
$130K/yr - $155K/yr
https://www.linkedin.com/comm/jobs/view/4122017786/

Backend Developer (Python)
Mossfield Insurance Services · Schaumburg, IL (Hybrid)
https://www.linkedin.com/comm/jobs/view/4119554302/

Platform Engineer
Vantaggio Labs · Chicago, IL (Remote)
Easy Apply
https://www.linkedin.com/comm/jobs/view/4123300871/

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1744201933

----------------------------------------
You're receiving this job alert because you created it. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
  lab='job_alert', kind='job-alert:linkedin', slug='linkedin-job-alert-backend-chicago')

m(key='ja_builtin', d='2025-02-02 08:00', tz='America/Chicago',
  frm=('Built In Chicago', 'jobs@builtin.com'),
  subject='Tom, 9 new backend jobs picked for you',
  fmt='html', brand='Built In Chicago', brand_color='#1d4ed8',
  body="""Hi Tom, here are this week's top matches based on your preferences (Backend, Mid level, Chicago + Remote).

Tollgate Mobility - Software Engineer, Backend (Routing)
West Loop | Hybrid | $140K-$170K

Kestrel Robotics - Software Engineer, Fleet Services
Goose Island | In-office

Loomstack - Backend Engineer, Integrations
Remote | $135K-$160K

Harrow & Vine - Senior Software Engineer, Search
River North | Hybrid

Wexley Bio - Data Engineer
Fulton Market | Hybrid

Browse all matches: https://builtin.com/jobs/chicago/dev-engineering/backend

You are receiving this email because you signed up for job matches on Built In Chicago. Update your preferences: https://builtin.com/profile/preferences""",
  lab='job_alert', kind='job-alert:builtin', slug='builtin-chicago-weekly-matches')

m(key='ja_wf', d='2025-02-20 16:45', tz='America/Los_Angeles',
  frm=('Wellfound', 'notifications@wellfound.com'),
  subject='8 new startup jobs for Backend Engineers',
  fmt='alt', brand='wellfound', brand_color='#000000',
  body="""Hi Tom, startups posted these roles this week that match your profile.

Loomstack · Backend Engineer, Integrations · Remote (US) · $135k-$160k · 0.1%-0.3%
Ferrule · Senior Backend Engineer · Chicago · $160k-$190k · 0.2%-0.5%
Northbeam Clinics · Software Engineer (Python) · Remote · $120k-$150k
Cardamom Pay · Founding Engineer · New York / Remote · $170k-$200k · 1%-2%
Tessellate · Backend Engineer · Remote · $140k-$175k

See all 8 jobs: https://wellfound.com/jobs?role=backend-engineer

You're receiving this because you're open to new opportunities on Wellfound. Update your job search status: https://wellfound.com/settings/job-search""",
  lab='job_alert', kind='job-alert:wellfound', slug='wellfound-weekly-startup-jobs')

# ======================================================= look-alikes
m(key='lk_rent1', d='2025-01-08 19:22', tz='America/Chicago',
  frm=('Kedzie Court Apartments', 'noreply@rentcafe.com'),
  subject='Thank you for your rental application - 3318 N Kedzie Ave #2',
  fmt='html', brand='Kedzie Court Apartments', brand_color='#7a4e2d',
  body="""Dear Tom Kowalczyk,

Thank you for submitting your rental application for 3318 N Kedzie Ave, Unit 2 (2 bed / 1.5 bath).

Application ID: 88120457
Applicants: Tom Kowalczyk, Ana Ruiz
Application fee paid: $55.00 per applicant
Requested move-in date: 03/01/2025

Our leasing team will review your application, including credit and background screening, within 3-5 business days. We will contact you as soon as a decision has been made.

You can check the status of your application at any time through the resident portal.

Kedzie Court Apartments
Managed by North Branch Property Group""",
  kind='lookalike:flat-application', slug='rental-application-received')

m(key='lk_rent2', d='2025-01-14 15:40', tz='America/Chicago',
  frm=('Monica Treviño', 'leasing@northbranchpg.com'),
  subject='Your application has been approved! 3318 N Kedzie #2',
  body="""Hi Tom and Ana,

Great news - your application for 3318 N Kedzie Ave #2 has been approved!

Next steps:
1. I'll send the lease through DocuSign today or tomorrow. Both of you need to sign.
2. The security deposit ($2,150) is due within 48 hours of signing, payable through the portal.
3. We'll schedule your move-in walkthrough for Saturday 3/1 - mornings work best for our maintenance team.

Let me know if you have any questions. Welcome to Kedzie Court!

Monica Treviño
Leasing Manager | North Branch Property Group
(773) 555-0162""",
  kind='lookalike:flat-application-approved', slug='rental-application-approved')

m(key='lk_lease', d='2025-01-15 11:08', tz='America/Los_Angeles',
  frm=('Monica Treviño via Docusign', 'dse_NA4@docusign.net'),
  subject='Complete with Docusign: Lease Agreement - 3318 N Kedzie Ave Unit 2',
  mid_domain='docusign.net', fmt='alt', brand='Docusign', brand_color='#4c00ff',
  body="""Monica Treviño sent you a document to review and sign.

REVIEW DOCUMENT
https://na4.docusign.net/Signing/EmailStart.aspx?a=5b0e9d13-2c84-4f7a-bb20-c8e4d91a6f07&etti=24

Monica Treviño
leasing@northbranchpg.com

Hi Tom and Ana - here's your 13-month lease for Unit 2. Please review the pet addendum and the parking addendum on pages 14-15. Thanks!

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Powered by Docusign""",
  kind='lookalike:docusign-lease', slug='docusign-lease-agreement')

m(key='lk_cps1', d='2025-01-12 21:14', tz='America/Chicago',
  frm=('Chicago Early Learning', 'noreply@chicagoearlylearning.org'),
  subject='Application submitted for Zofia Kowalczyk',
  fmt='alt',
  body="""Dear Tom Kowalczyk,

Your Chicago Early Learning application for Zofia Kowalczyk has been submitted for the 2025-2026 school year.

Application number: CEL-2025-0418823
Program type requested: Full-day Pre-K (age 4 by September 1)
Program choices:
  1. Avondale-Logandale School - Pre-K
  2. Brentano Math & Science Academy - Pre-K
  3. Nuestra Casa Early Learning Center

Offers will be released in April. You will receive an email and can view your results in your parent account. Please make sure your contact information is up to date.

Chicago Early Learning | chicagoearlylearning.org""",
  kind='lookalike:preschool-application', slug='chicago-early-learning-application')

m(key='lk_cps2', d='2025-04-15 09:00', tz='America/Chicago',
  frm=('Chicago Early Learning', 'noreply@chicagoearlylearning.org'),
  subject='Zofia has received an offer for 2025-2026',
  fmt='alt',
  body="""Dear Tom Kowalczyk,

We are pleased to offer Zofia Kowalczyk a seat in the Full-day Pre-K program at Brentano Math & Science Academy for the 2025-2026 school year.

To accept this offer, log in to your parent account and select "Accept Offer" by May 2, 2025. If you do not respond by the deadline, the seat may be offered to another family. Accepting this offer removes your child from the waitlists of your other choices ranked lower.

After accepting, the school will contact you about registration documents (proof of residency, birth certificate, immunization records).

Congratulations!
Chicago Early Learning""",
  kind='lookalike:preschool-offer', slug='chicago-early-learning-offer')

m(key='lk_dev', d='2025-01-29 22:41', frm=DEV, to=[ME, KEVIN],
  subject='onsite debrief (vent incoming)',
  body="""ok so the Fernhill onsite was today. 5 interviews back to back, no lunch break, and the last guy spent 40 minutes grilling me about consistent hashing like it was a personal grudge

the system design one actually went really well though?? I drew the whole rate limiter and the EM literally said "nice". the behavioral one was fine. the coding one I froze for like 3 min on a trie problem and then recovered

they said I'd hear back "end of next week". I give it 50/50. anyway I need beers. Thursday at Sleeping Village?

dev""",
  kind='lookalike:friend-own-interview', slug='friend-dev-onsite-debrief')

m(key='lk_dev2', d='2025-01-30 08:15', frm=ME, to=[DEV, KEVIN], parent='lk_dev', quote='gmail',
  subject='Re: onsite debrief (vent incoming)',
  body="""the rate limiter drawing getting a "nice" is basically an offer in my book. consistent hashing guy has probably been waiting years for someone to ask him about it

Thursday works, I can be there by 7:30 after bedtime duty""",
  kind='lookalike:reply-to-friend-about-their-interview', slug='reply-to-dev-debrief')

m(key='lk_jira', d='2025-02-03 16:12', tz='UTC',
  frm=('Dana Whitfield (Jira)', 'jira@fernwoodstaffing.atlassian.net'),
  subject='[JIRA] (FWS-142) Greenhouse Harvest sync drops candidates with no email address',
  mid_domain='fernwoodstaffing.atlassian.net', fmt='alt',
  body="""Dana Whitfield created an issue

Fernwood Staffing / FWS-142
Greenhouse Harvest sync drops candidates with no email address

Issue Type: Bug
Assignee: Tom Kowalczyk
Priority: High
Components: ats-integration

When a client's Greenhouse instance has candidates that were added by a recruiter without an email (phone-only referrals), the nightly Harvest sync skips them silently. We noticed because Lakeside Dental's pipeline report is 14 candidates short.

Steps: run sync for tenant lakeside-dental, compare candidate count with /v1/candidates.
Expected: candidates without email are imported, keyed by Greenhouse candidate id.
Actual: skipped, nothing in the logs.

Also: the application stage mapping ("Application Review" -> "Screening") is missing for custom stages.

View issue: https://fernwoodstaffing.atlassian.net/browse/FWS-142

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100276)""",
  kind='lookalike:jira-ats-integration', slug='jira-fws-142-greenhouse-sync')

m(key='lk_slack', d='2025-02-05 18:30', tz='UTC',
  frm=('Slack', 'feedback@slack.com'),
  subject='[Slack] New messages from Dana Whitfield in #ats-integration',
  mid_domain='slack.com', fmt='alt',
  body="""You have new messages in Fernwood Staffing

#ats-integration

Dana Whitfield  11:52 AM
the Bullhorn webhook is firing twice for every new application again, so every candidate shows up in the client report as two applications
Dana Whitfield  11:53 AM
can you take a look before Friday? Tomás at Lakeside is asking why their "applications received" number doubled lol
Dana Whitfield  12:07 PM
also the offer-accepted status from Greenhouse never reaches the placement sheet

Open Slack: https://fernwoodstaffing.slack.com/archives/C05ATSINT

You're receiving this because you have email notifications turned on for direct mentions and channel messages. Change preferences: https://fernwoodstaffing.slack.com/account/notifications""",
  kind='lookalike:slack-recruiting-software', slug='slack-ats-integration-channel')

m(key='lk_jira2', d='2025-02-08 10:02', tz='UTC',
  frm=('Tom Kowalczyk (Jira)', 'jira@fernwoodstaffing.atlassian.net'),
  subject='[JIRA] (FWS-142) Greenhouse Harvest sync drops candidates with no email address',
  mid_domain='fernwoodstaffing.atlassian.net', parent='lk_jira',
  body="""Tom Kowalczyk changed the status to Done

Fernwood Staffing / FWS-142
Greenhouse Harvest sync drops candidates with no email address

Resolution: Fixed
Fix Version: 2025.02.2

Tom Kowalczyk commented:
Candidates are now keyed on Greenhouse candidate id instead of primary email. Backfilled 14 missing candidates for lakeside-dental and 3 for northshore-vet. Custom stages now map via the stage_mappings table; anything unmapped lands in "Screening" and logs a warning.

View issue: https://fernwoodstaffing.atlassian.net/browse/FWS-142

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100276)""",
  kind='lookalike:jira-ats-integration', slug='jira-fws-142-done')

m(key='lk_pod', d='2025-02-10 06:30', tz='America/New_York',
  frm=('Backend Banter', 'hello@backendbanter.fm'),
  subject='Ep. 112: An interview with the creator of pgflock',
  fmt='html', brand='BACKEND BANTER', brand_color='#0f766e',
  body="""New episode is live!

Episode 112: Locks, queues and regret - an interview with Marta Szymańska, creator of pgflock

Marta joins us to talk about why she built a job queue on top of Postgres instead of reaching for Redis, the day a single advisory lock took down a payments company's batch run, and what she'd do differently if she started over. We also get into her hot take that most teams don't need Kafka.

Listen: https://backendbanter.fm/112
Also on Apple Podcasts, Spotify and Overcast.

Chapters
00:00 Intro
04:12 The origin story
19:40 SKIP LOCKED all the things
37:55 The outage
51:10 Listener questions

Thanks for listening,
Chris & Imani""",
  kind='lookalike:podcast-interview', slug='podcast-backend-banter-interview')

m(key='lk_tips', d='2025-02-17 07:05', tz='America/New_York',
  frm=('The Staff Track', 'thestafftrack@substack.com'),
  subject='The 5 mistakes I see in every system design interview',
  mid_domain='substack.com', fmt='alt',
  body="""Hi friends,

I've now sat on the interviewer side of roughly 300 system design interviews. This week, the mistakes I see over and over, even from strong senior engineers:

1. Drawing boxes before asking a single question. Spend the first five minutes on requirements and scale. Your interviewer is grading this part.
2. Name-dropping technologies without trade-offs. "I'd use Kafka" is not an answer. Why Kafka and not a queue table?
3. Ignoring the write path. Everyone loves designing the read cache.
4. Never doing the math. Back-of-envelope numbers show you understand scale.
5. Running out the clock. Leave 10 minutes for failure modes and what you'd monitor.

Next week: how to prep for the behavioral interview without sounding rehearsed.

If this was useful, forward it to someone who's interviewing.

- Lena

Unsubscribe https://thestafftrack.substack.com/action/disable_email""",
  headers={'List-Unsubscribe': '<https://thestafftrack.substack.com/action/disable_email>'},
  kind='lookalike:newsletter-interview-tips', slug='newsletter-system-design-interview-tips')

m(key='lk_research', d='2025-02-21 12:15', tz='America/New_York',
  frm=('Tandem Bank Research', 'research@tandembank.com'),
  subject='Earn $75: share your thoughts in a 45-minute interview',
  fmt='alt', brand='Tandem', brand_color='#10b981',
  body="""Hi Tom,

Our product team is talking with customers who use Tandem for shared household expenses, and we'd love to hear from you.

What: a 45-minute video interview with one of our researchers
When: pick any time Feb 26 - Mar 7
Thank you: a $75 Amazon gift card

There are no right or wrong answers; we just want to understand how you and your household split bills today.

Schedule your session: https://calendly.com/tandem-research/household-finance-interview

Spots are limited and will be filled on a first-come basis.

Thanks,
Tandem Research Team

You're receiving this because you agreed to be contacted for research. Opt out: https://tandembank.com/research/opt-out""",
  kind='lookalike:user-research-interview', slug='tandem-user-research-interview')

m(key='lk_cfp', d='2025-03-04 17:48', tz='America/Chicago',
  frm=('GoChicago Program Committee', 'cfp@gochicago.dev'),
  subject='GoChicago 2025: update on your talk proposal',
  body="""Hi Tom,

Thank you for submitting "Exactly once, give or take: running 9,000 payroll jobs a month in Go" to GoChicago 2025.

We received 212 proposals for 24 slots this year, the most we've ever had. Unfortunately, we were unable to accept your proposal for the main program. This was a very hard decision and reflects the number of strong submissions, not the quality of yours.

We'd love to have you give it as a lightning talk instead - if you're interested, reply by March 14 and we'll add you to the lightning lineup. All speakers who submitted get a 30% discount code: CFP30-TK.

Thanks again,
The GoChicago Program Committee""",
  kind='lookalike:cfp-proposal-rejection', slug='gochicago-talk-proposal-not-accepted')

m(key='lk_cc1', d='2025-03-18 20:33', tz='America/Chicago',
  frm=('Lakefront Credit Union', 'alerts@lakefrontcu.org'),
  subject='We received your Visa Signature card application',
  fmt='html', brand='Lakefront Credit Union', brand_color='#004b87',
  body="""Hello Tom,

Thank you for applying for the Lakefront Visa Signature® Rewards card.

Application reference: LCU-CC-2025-771204
Submitted: March 18, 2025

Most applications receive a decision within 2 business days. We may contact you if we need additional information to verify your identity or income.

Thank you for being a member.

Lakefront Credit Union | Federally insured by NCUA""",
  kind='lookalike:credit-card-application', slug='credit-card-application-received')

m(key='lk_cc2', d='2025-03-19 10:11', tz='America/Chicago',
  frm=('Lakefront Credit Union', 'alerts@lakefrontcu.org'),
  subject="Congratulations, you're approved!",
  fmt='html', brand='Lakefront Credit Union', brand_color='#004b87',
  body="""Hello Tom,

Good news: your application for the Lakefront Visa Signature® Rewards card has been approved.

Credit limit: $12,000
Intro APR: 0% on purchases for 12 billing cycles

Your card will arrive in 7-10 business days. Once it arrives, activate it in the Lakefront app or by calling 1-800-555-0134.

Lakefront Credit Union | Federally insured by NCUA""",
  kind='lookalike:credit-card-approved', slug='credit-card-approved')

m(key='lk_care', d='2025-03-25 13:47', tz='America/New_York',
  frm=('Care.com', 'noreply@care.com'),
  subject='You have a new applicant for "Saturday date-night sitter in Avondale"',
  fmt='alt', brand='care.com', brand_color='#f26b21',
  body="""Hi Tom,

Brianna S. applied to your job: Saturday date-night sitter in Avondale

"Hi! I'm a junior at Northeastern Illinois studying early childhood education. I've babysat for three families in Logan Square and Avondale, I'm CPR certified, and I love toddlers. Saturdays 5-11pm work great for me."

Brianna S. · 21 yrs · 4 yrs experience · $22/hr · CareCheck completed

Review applicant: https://www.care.com/jobs/applicants/4418207

Tip: Interview at least 2 caregivers before you hire.

Care.com, 1400 Main St, Waltham, MA""",
  kind='lookalike:babysitter-applicant-person-is-employer', slug='care-com-new-applicant-babysitter')

m(key='lk_retail', d='2025-04-02 10:00', tz='America/Chicago',
  frm=('Portage Outfitters', 'hello@portageoutfitters.com'),
  subject='Tom, your exclusive offer expires Sunday',
  fmt='html', charset='windows-1252', cte='quoted-printable', brand='PORTAGE OUTFITTERS', brand_color='#2f5d3a',
  body="""Your member offer is here.

25% OFF one full-price item
Use code SPRING25 online or show this email in store.

Whether you’re planning a summer paddle on the Des Plaines or just need a rain shell that actually works, now’s the time.

Shop the Spring Collection: https://portageoutfitters.com/spring

Offer valid through 4/6/2025. Excludes canoes, kayaks and gift cards.

Portage Outfitters · 2210 N Milwaukee Ave · Chicago IL 60647
Unsubscribe: https://portageoutfitters.com/unsubscribe""",
  kind='lookalike:retail-offer', slug='portage-outfitters-exclusive-offer')

m(key='lk_mkt', d='2025-04-08 19:26', tz='America/Los_Angeles',
  frm=('Facebook Marketplace', 'notification@facebookmail.com'),
  subject='New offer on Graco Modes stroller: $60',
  mid_domain='facebookmail.com', fmt='alt',
  body="""Jordan Ellis sent you an offer

Graco Modes stroller - great condition
Your price: $85
Offer: $60

Jordan: "Hi, is this still available? I can pick up tomorrow after 5 near Belmont/Kedzie. Would you take 60 cash?"

Reply on Messenger: https://www.facebook.com/marketplace/inbox/

Facebook, Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
  kind='lookalike:marketplace-offer', slug='marketplace-offer-stroller')

m(key='lk_ge', d='2025-04-18 08:14', tz='America/New_York',
  frm=('Trusted Traveler Programs', 'ttp-noreply@cbp.dhs.gov'),
  subject='Trusted Traveler Programs - Your application status has changed',
  fmt='plain',
  body="""Dear TOMASZ KOWALCZYK,

The status of your Global Entry application has changed to CONDITIONALLY APPROVED.

The next step in the application process is to schedule an interview at a Global Entry Enrollment Center, or to complete Enrollment on Arrival when returning from international travel. Please log in to your Trusted Traveler Programs account to schedule your interview. The Chicago O'Hare International Airport enrollment center is located in Terminal 5.

Please bring your valid passport and one other form of identification (such as a driver's license or ID card) to your interview.

This is an automated message. Please do not reply to this email.

Trusted Traveler Programs
U.S. Customs and Border Protection""",
  kind='lookalike:government-application-interview', slug='global-entry-conditionally-approved')

m(key='lk_vol', d='2025-04-28 12:20', tz='America/Chicago',
  frm=('Avondale Youth Code Club', 'volunteer@avondalecode.org'),
  subject='Thanks for applying to volunteer as a mentor!',
  body="""Hi Tom,

Thank you for applying to be a volunteer mentor with Avondale Youth Code Club! We received your application for the Tuesday evening Python group (ages 12-15).

Next steps:
- Complete the background check (link will arrive from Sterling Volunteers within 48 hours)
- Attend a 1-hour volunteer orientation. Upcoming dates: May 13 or May 20 at 6:30pm at the Avondale branch library

We'll confirm your group placement after orientation. Our spring session starts June 3.

Thanks for giving your time,
Lucía Herrera
Volunteer Coordinator, Avondale Youth Code Club""",
  kind='lookalike:volunteer-application', slug='volunteer-mentor-application')

m(key='lk_news', d='2025-05-07 06:00', tz='America/Chicago',
  frm=('Windy City Wire', 'newsletter@windycitywire.news'),
  subject='Exclusive: our interview with the new CTA president',
  fmt='html', brand='Windy City Wire', brand_color='#b91c1c',
  body="""Good morning, Chicago.

THE BIG STORY: We sat down for an hour-long interview with the new CTA president about ghost buses, the Red Line extension and whether the Blue Line slow zones will ever go away. Her answer on the O'Hare branch surprised us. Read the full interview: https://windycitywire.news/2025/05/cta-president-interview

ALSO TODAY
- Lincoln Park Zoo welcomes twin red panda cubs
- Why your ComEd bill is going up in June
- The best new patios opening this month

Windy City Wire is reader-supported. Become a member: https://windycitywire.news/join""",
  kind='lookalike:press-interview', slug='windy-city-wire-cta-interview')

m(key='lk_loan', d='2025-01-31 11:45', tz='America/Chicago',
  frm=('Prairie State Credit Union', 'loans@prairiestatecu.org'),
  subject='Your auto loan refinance application - next steps',
  body="""Hi Tom,

Thanks for starting an auto loan refinance application with Prairie State Credit Union for your 2019 Honda CR-V.

To finish reviewing your application we need:
- A copy of your current registration
- A 10-day payoff letter from your current lender
- Your most recent pay stub

Upload documents here: https://members.prairiestatecu.org/loans/upload?ref=AL-55120

Once we have these we can usually make a decision within one business day. Based on what you've told us, your estimated rate is 6.24% APR for 48 months.

Thanks,
Marisol Gutierrez
Consumer Lending, Prairie State Credit Union""",
  kind='lookalike:loan-application', slug='auto-loan-refinance-application')

m(key='lk_friend_search', d='2025-03-19 21:52', frm=ME, to=[KEVIN],
  subject='Re: drinks + how is the job thing going',
  refs_extra=['<CAH7kB2x9Lrq0mP3nR@mail.gmail.com>'],
  body="""Ha, perfect timing. Short version: it's done! Signed with Cobaltline last week, start April 7. They do care-coordination software for community health centers, so I get to feel slightly less evil than at a payroll company.

Longer version: I had 15+ applications out, got ghosted by about half, two rejections in under 24 hours, and one offer from a tiny startup that I had to turn down, which felt terrible. The founder was super nice about it.

Drinks are on me. Friday at Revolution?

T

On Wed, Mar 19, 2025 at 6:14 PM Kevin Brennan <kevbrennan@gmail.com> wrote:
> Yo, haven't seen you since the Super Bowl. How's the job hunt going? Any bites?
> Also we need to lock in the Cubs opener group tix""",
  kind='own-mail-to-friend-about-search', slug='own-reply-kevin-about-job-search')

m(key='lk_mom_offer', d='2025-03-11 19:40', frm=MOM, to=[ME],
  subject='Gratulacje!!!',
  charset='windows-1252', cte='quoted-printable',
  body="""Tomek,

Ana told me on the phone you got the new job!!! I am so proud of you. Your father would be very proud also. So the new company is the one for the hospitals? That is a good job, helping people.

Now you will have more time with Zosia I hope, no more working on weekends.

Sunday you come for dinner, I make pierogi and the cake. Bring Ana and the little one. Kasia is coming too.

Kocham,
Mama""",
  kind='family-congrats-about-new-job', slug='mom-congrats-new-job')

m(key='lk_gym', d='2025-01-06 09:30', tz='America/Chicago',
  frm=('Brickyard Bouldering', 'members@brickyardbouldering.com'),
  subject='Your membership application is approved - welcome to Brickyard!',
  fmt='html', brand='BRICKYARD BOULDERING', brand_color='#c2410c',
  body="""Hey Tom,

Your membership application has been approved and your monthly membership is active starting today.

Plan: Monthly Unlimited ($89/mo, billed on the 6th)
Home gym: Brickyard Logan Square
Member #: BB-20931

Don't forget: first-time members get a free intro to bouldering class. Sign up in the app.

See you on the wall,
Team Brickyard""",
  kind='lookalike:gym-membership-application', slug='brickyard-membership-approved')
