# Mailbox B - recruiter outreach, job alerts and look-alikes (hand-written).
ME = ('Danielle Whitaker', 'danielle.whitaker.atl@gmail.com')
OLD = ('Danielle Whitaker', 'dwhitaker_ops@yahoo.com')
TASHA = ('Tasha Coleman', 'tasha.coleman@outlook.com')
MOM = ('Gloria Whitaker', 'gloria.whitaker55@att.net')
MONIQUE = ('Monique Banks', 'moniquebanks.atl@gmail.com')
MARCUS = ('Marcus Reid', 'mreid.analytics@gmail.com')

L = []
def m(**kw):
    kw.setdefault('lab', 'not_job')
    L.append(kw)

# ======================================================= recruiter outreach
m(key='ro_indeed', d='2025-07-23 10:14', tz='America/Chicago',
  frm=('Indeed', 'invitetoapply@indeed.com'),
  subject='Danielle, Grove Park Family Clinics invited you to apply',
  mid_domain='indeed.com', fmt='alt',
  body="""An employer thinks you'd be a great fit

Grove Park Family Clinics reviewed your Indeed resume and invited you to apply for:

Data Coordinator
Grove Park Family Clinics - Atlanta, GA 30318
$52,000 - $58,000 a year · Full-time

"Hi Danielle - we're a network of four community clinics on the Westside. Your operations and reporting background stood out. We'd love for you to apply." - Hiring team

Apply now: https://www.indeed.com/viewjob?jk=4e1b9c77d20af613&from=invitetoapply

This invitation expires in 14 days.
© 2025 Indeed""",
  lab='recruiter_outreach', company='Grove Park Family Clinics', role='Data Coordinator', kind='platform-invite-to-apply:indeed',
  posting_url='https://www.indeed.com/viewjob?jk=4e1b9c77d20af613', slug='indeed-invite-to-apply-grove-park')

m(key='ro_tessera', d='2025-10-06 11:30', frm=('Alicia Moreno', 'amoreno@tesserastaffing.com'),
  subject='Contract opportunity - Healthcare Data Analyst (remote, 6 months)',
  body="""Hi Danielle,

I hope you're well! I'm a recruiter with Tessera Staffing, and your profile came up in a search for analysts with healthcare and operations reporting experience.

I'm working on a 6-month remote contract for a regional health insurer in the Southeast:
- Healthcare Data Analyst (claims and utilization reporting)
- $38-42/hr W-2, 40 hrs/week, possible extension
- SQL, Excel, Tableau or Power BI

Would you be open to a quick call this week to discuss? If the timing isn't right, I'd still love to connect for future roles.

Best,
Alicia Moreno
Senior Recruiter, Tessera Staffing
(678) 555-0133""",
  lab='recruiter_outreach', company=None, role='Healthcare Data Analyst', kind='agency-outreach:unnamed-client',
  slug='tessera-staffing-outreach')

# ======================================================= job alerts
m(key='ja_indeed', d='2025-06-10 07:05', tz='America/Chicago',
  frm=('Indeed', 'alert@indeed.com'),
  subject='20+ new data analyst jobs in Atlanta, GA',
  mid_domain='indeed.com', fmt='alt',
  body="""Your job alert: data analyst in Atlanta, GA

Data Analyst I - Revenue Cycle
Chattahoochee Valley Health System - Atlanta, GA
Easily apply · Posted 2 days ago

Operations Analyst
Ridgeline Home Services - Marietta, GA
$55,000 - $65,000 a year

Business Operations Analyst
Brightleaf Senior Living - Alpharetta, GA

Junior Reporting Analyst
Piedmont Ridge Credit Union - Duluth, GA
$48,000 - $56,000 a year

See all jobs: https://www.indeed.com/jobs?q=data+analyst&l=Atlanta%2C+GA&fromage=1

You are receiving this email because you created a job alert on Indeed. Unsubscribe: https://www.indeed.com/alerts""",
  lab='job_alert', kind='job-alert:indeed', slug='indeed-job-alert-data-analyst')

m(key='ja_hej', d='2025-07-20 06:00', tz='America/New_York',
  frm=('HigherEdJobs', 'jobalerts@higheredjobs.com'),
  subject='Your HigherEdJobs Job Alert: 6 new positions',
  fmt='html', brand='HigherEdJobs', brand_color='#003366',
  body="""New positions matching "analyst" in Georgia:

Operations Analyst, Office of Institutional Research - Chastain University (Atlanta, GA)
Data Analyst, Enrollment Management - Morrow State University (Morrow, GA)
Research Analyst II - Georgia Lakes College (Gainesville, GA)
Financial Aid Systems Analyst - Peach Belt University (Macon, GA)
Assessment Coordinator - Westview Technical College (Atlanta, GA)
Budget Analyst - College of the Coastal Plain (Valdosta, GA)

View all: https://www.higheredjobs.com/search/advanced_action.cfm?JobCat=45&State=GA

Manage your job alerts at HigherEdJobs.com""",
  lab='job_alert', kind='job-alert:higheredjobs', slug='higheredjobs-alert')

m(key='ja_li', d='2025-08-12 13:40', tz='UTC',
  frm=('LinkedIn Job Alerts', 'jobalerts-noreply@linkedin.com'),
  subject='“operations analyst”: Cardinal Ridge Logistics - Logistics Analyst and more',
  mid_domain='linkedin.com', fmt='alt', cte='quoted-printable',
  body="""Your job alert for operations analyst in Atlanta Metropolitan Area
8 new jobs match your preferences.

Logistics Analyst
Cardinal Ridge Logistics · College Park, GA (On-site)

Operations Analyst
Peachtree Pediatric Partners · Atlanta, GA (Hybrid)
$60K/yr - $70K/yr

Revenue Integrity Analyst
Chattahoochee Valley Health System · Atlanta, GA (Hybrid)

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1820977410

You're receiving this job alert because you created it.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
  lab='job_alert', kind='job-alert:linkedin', slug='linkedin-job-alert-operations-analyst')

# ======================================================= look-alikes
m(key='lk_coursera', d='2025-06-11 18:22', tz='America/Los_Angeles',
  frm=('Coursera', 'no-reply@m.mail.coursera.org'),
  subject='Your Financial Aid application has been approved',
  mid_domain='m.mail.coursera.org', fmt='html', brand='coursera', brand_color='#0056d2',
  body="""Hi Danielle,

Good news! Your Financial Aid application for Google Advanced Data Analytics Professional Certificate has been approved.

You now have full access to the course "Foundations of Data Science," including graded assignments and a shareable certificate upon completion. Financial Aid for the next course in the program can be requested once you've made progress in this one.

Start learning: https://www.coursera.org/learn/foundations-of-data-science

Happy learning,
The Coursera Team""",
  kind='lookalike:financial-aid-application-approved', slug='coursera-financial-aid-approved')

m(key='lk_camp', d='2025-06-09 08:30', tz='America/New_York',
  frm=('YMCA of Metro Atlanta', 'camps@ymcaatlanta-mail.org'),
  subject="Camp application received - Jaylen Whitaker (Summer Day Camp)",
  fmt='html', brand='YMCA of Metro Atlanta', brand_color='#5c2e91',
  body="""Dear Danielle Whitaker,

We have received your application for financial assistance and enrollment for Jaylen Whitaker in Summer Day Camp at the East Point Family YMCA.

Weeks requested: June 16 - August 1 (7 weeks)
Financial assistance: under review

Our membership team will review your assistance application within 5 business days. You will be notified by email once a decision is made. Please upload proof of household income if you have not already done so.

Thank you for choosing the Y!
East Point Family YMCA""",
  kind='lookalike:childcare-camp-application', slug='ymca-camp-application-received')

m(key='lk_tips1', d='2025-06-17 06:30', tz='America/New_York',
  frm=('The Career Pivot Letter', 'careerpivot@substack.com'),
  subject='How to answer "tell me about yourself" when you\'re changing careers',
  mid_domain='substack.com', fmt='alt',
  body="""Hey pivoters,

The first question in almost every interview is the one career changers fumble most. Here's the structure I teach:

Present: "Right now I lead ___, where I ___." Lead with the skill that transfers, not your title.
Past: one sentence on how you got here. Skip the life story.
Bridge: the moment you started doing the new work, even informally ("I started building our team's dashboards because nobody else would").
Future: why this role, at this company, is the next logical step.

Practice it out loud until it takes 90 seconds. Record yourself. Yes, it's awkward.

Next week: salary negotiation when you're "starting over."

- Renée

Unsubscribe https://careerpivot.substack.com/action/disable_email""",
  headers={'List-Unsubscribe': '<https://careerpivot.substack.com/action/disable_email>'},
  kind='lookalike:newsletter-interview-tips', slug='career-pivot-tell-me-about-yourself')

m(key='lk_kroger', d='2025-06-22 07:00', tz='America/New_York',
  frm=('Kroger', 'kroger@email.kroger.com'),
  subject='Danielle, 47 new digital offers picked for you',
  fmt='html', brand='Kroger', brand_color='#134a9c',
  body="""Your personalized offers are ready!

$1.50 off Simple Truth Organic eggs
Buy 2, save $3 on Kroger ice cream
$5 off a $25+ purchase at the pharmacy counter
Free Kroger brand hot dog buns with purchase of hot dogs

Load offers to your card: https://www.kroger.com/savings/cl/coupons

Offers valid through 6/28. Limit one per household.""",
  kind='lookalike:retail-offer', slug='kroger-digital-offers')

m(key='lk_vol', d='2025-06-27 13:15', tz='America/New_York',
  frm=('Westside Reading Partners', 'volunteer@westsidereading.org'),
  subject='Thank you for applying to volunteer!',
  body="""Hi Danielle,

Thank you for submitting your volunteer application to become a reading tutor with Westside Reading Partners for the 2025-26 school year!

Next steps:
1. Background check (you'll receive an email from Sterling Volunteers)
2. 2-hour tutor training, Saturday August 9, 10am-12pm at the Adamsville Rec Center
3. Site placement - we'll match you with a school near your home or work

Tutors commit to one hour a week. Thank you for helping Atlanta's kids become confident readers!

Jasmine Holt
Volunteer Coordinator""",
  kind='lookalike:volunteer-application', slug='reading-tutor-volunteer-application')

m(key='lk_pod', d='2025-07-03 05:45', tz='America/Chicago',
  frm=('The Spreadsheet Hour', 'episodes@spreadsheethour.fm'),
  subject='Ep. 48: An interview with a hospital analytics director',
  fmt='html', brand='THE SPREADSHEET HOUR', brand_color='#15803d',
  body="""This week on The Spreadsheet Hour:

An interview with Dr. Lorraine Castillo, director of analytics at a 900-bed hospital system, about what she looks for when she hires analysts. Her answer: "I can teach SQL. I can't teach someone to care whether the number is right."

We also talk about:
- Why she loves hiring people from operations and nursing
- Her favorite interview question for analyst candidates
- The dashboard that saved her ED four hours of wait time

Listen now: https://spreadsheethour.fm/48

Thanks for listening!""",
  kind='lookalike:podcast-interview', slug='podcast-hospital-analytics-interview')

m(key='lk_tasha_int', d='2025-07-11 21:02', frm=TASHA, to=[ME],
  subject='GIRL. the interview',
  body="""So I had my interview at Meridian Air Cargo today for the customer service supervisor job and I think I did GOOD?? Three people on the panel. One lady asked "tell me about a time you dealt with conflict" and I told the story about the lady who threw the package at me at FedEx and they LAUGHED. In a good way.

They said they'd let me know by next Friday. I'm trying not to check my email every 5 minutes.

How's your search going? Any of those hospital ones call you back?

Call me tomorrow!! 💛
T""",
  kind='lookalike:friend-own-interview', slug='tasha-her-interview-today')

m(key='lk_tasha_int2', d='2025-07-11 22:15', frm=ME, to=[TASHA], parent='lk_tasha_int', quote='iphone',
  subject='Re: GIRL. the interview',
  body="""Tasha!!! That story is a GUARANTEED offer. If they laughed you're in. So proud of you 🙌🏾

Mine is slow. One hospital did a video interview where you talk to your own face on the screen (never again), and I have a Zoom next week through a staffing agency. Still waiting on the university one.

Calling you on my lunch tomorrow""",
  kind='lookalike:reply-to-friend-about-their-interview', slug='reply-tasha-interview')

m(key='lk_work_hiring', d='2025-08-01 07:48', frm=('Ray Jenkins', 'rjenkins@sedistribution.com'),
  to=[('Danielle Whitaker', 'dwhitaker@sedistribution.com')], cc=[ME],
  subject='FW: Peak season hiring - applicant funnel numbers for Monday',
  body="""Danielle - can you pull the Workstream applicant numbers for Inbound before Monday's ops call? Corporate wants applicants, interviews scheduled, no-shows, and offers accepted by week since July 1. I cc'd your personal since you said Outlook was acting up at home.

Also HR says the kiosk in the breakroom isn't sending the text-to-apply links anymore. Can you ask IT?

Thanks,
Ray

-----Original Message-----
From: Angela Pruitt <apruitt@sedistribution.com>
Sent: Thursday, July 31, 2025 4:12 PM
Subject: Peak season hiring - applicant funnel numbers for Monday

Team, we need 85 seasonal associates across the two buildings by Sept 15. Please have your applicant funnel numbers (Workstream) ready for Monday. Offer acceptance rate is down to 61%, so we'll also talk about same-day offers at the hiring event on 8/9.

Angela Pruitt, HR Manager""",
  kind='lookalike:work-mail-about-hiring-software', slug='work-fw-peak-hiring-applicant-funnel')

m(key='lk_teams', d='2025-08-06 15:22', tz='UTC',
  frm=('Microsoft Teams', 'noreply@email.teams.microsoft.com'),
  to=[('Danielle Whitaker', 'dwhitaker@sedistribution.com')], cc=[ME],
  subject='Angela Pruitt mentioned you in Peak Hiring 2025',
  mid_domain='email.teams.microsoft.com', fmt='html', brand='Microsoft Teams', brand_color='#6264a7',
  body="""Angela Pruitt mentioned you in Peak Hiring 2025 > General

"@Danielle Whitaker the offer letters from Workstream are going out with the wrong start date (8/11 instead of 8/18) for the second-shift candidates. Can you check the interview schedule export against the offer list before we send the next batch?"

Reply in Teams: https://teams.microsoft.com/l/message/19:peakhiring2025

You're receiving this because your notification settings for mentions are set to email.""",
  kind='lookalike:teams-notification-recruiting-software', slug='teams-mention-peak-hiring')

m(key='lk_research', d='2025-09-09 12:30', tz='America/New_York',
  frm=('Peach Federal Credit Union', 'research@peachfcu.org'),
  subject='Get a $50 gift card for a 30-minute interview',
  fmt='html', brand='Peach Federal Credit Union', brand_color='#f47c20',
  body="""Hi Danielle,

We're redesigning our mobile app and want to hear from members like you.

Join a 30-minute video interview with our digital team between September 15 and 26. As a thank-you, you'll receive a $50 Visa gift card.

Sign up for a time: https://peachfcu.research.userinterviews.com/s/app-redesign

Spots are limited.

Thank you for being a member,
Peach Federal Credit Union""",
  kind='lookalike:user-research-interview', slug='credit-union-user-research-interview')

m(key='lk_rent1', d='2025-09-02 19:40', tz='America/New_York',
  frm=('Abernathy Townhomes', 'noreply@rentcafe.com'),
  subject='Application received: 6120 Abernathy Way, Unit 14',
  fmt='html', brand='Abernathy Townhomes', brand_color='#3f6212',
  body="""Hi Danielle,

Thanks for applying to live at Abernathy Townhomes!

Unit: 6120 Abernathy Way, #14 (2 bed / 2.5 bath townhome)
Desired move-in: October 1, 2025
Application fee: $50.00 (paid)
Holding deposit: $250.00 (paid)

We will verify your employment and income and run a credit and background screening. Most decisions are made within 48-72 hours.

Abernathy Townhomes Leasing Office
Sandy Springs, GA""",
  kind='lookalike:flat-application', slug='townhome-rental-application-received')

m(key='lk_rent2', d='2025-09-05 11:15', tz='America/New_York',
  frm=('Courtney Hale', 'leasing@abernathytownhomes.com'),
  subject='Congratulations - your application is approved!',
  body="""Hi Danielle,

Congratulations! Your rental application for Unit 14 has been approved. Your employment verification with Chastain University came back this morning, so we're all set.

Your lease will be sent for e-signature today. Move-in is scheduled for Wednesday, October 1 at 10:00 AM. Please bring proof of renters insurance and Georgia Power service in your name.

Welcome home!

Courtney Hale
Leasing Consultant, Abernathy Townhomes""",
  kind='lookalike:flat-application-approved', slug='townhome-application-approved')

m(key='lk_kidsclub', d='2025-07-21 16:00', tz='America/New_York',
  frm=('Hollis Park Kids Club', 'afterschool@hollisparkkidsclub.org'),
  subject='After-school enrollment application received',
  body="""Dear Ms. Whitaker,

We received your after-school enrollment application for Jaylen Whitaker (Grade 5) for the 2025-2026 school year.

Due to high demand, applications are processed in the order received. Enrollment offers will be emailed by August 1. If offered a spot, you will have 3 days to accept and pay the $75 registration fee.

Thank you,
Hollis Park Kids Club""",
  kind='lookalike:childcare-application', slug='after-school-application-received')

m(key='lk_kidsclub2', d='2025-08-01 09:30', tz='America/New_York',
  frm=('Hollis Park Kids Club', 'afterschool@hollisparkkidsclub.org'),
  subject="Enrollment offer: Jaylen Whitaker - please accept by 8/4",
  body="""Dear Ms. Whitaker,

We are happy to offer Jaylen a spot in the Hollis Park Kids Club after-school program (Monday-Friday, 2:30-6:00 PM) for 2025-2026.

To accept this offer, please log in to the parent portal and pay the $75 registration fee by Monday, August 4. Weekly tuition is $95 and will be drafted every Monday beginning August 4.

If you no longer need the spot, please decline so we can offer it to a family on our waitlist.

Hollis Park Kids Club""",
  kind='lookalike:childcare-enrollment-offer', slug='after-school-enrollment-offer')

m(key='lk_cc', d='2025-09-18 20:11', tz='America/New_York',
  frm=('Sweetbay Bank', 'cards@sweetbaybank.com'),
  subject='Your Sweetbay Cash Rewards card application is under review',
  fmt='html', brand='Sweetbay Bank', brand_color='#0e7490',
  body="""Hi Danielle,

Thank you for applying for the Sweetbay Cash Rewards Visa®. We need a little more time to review your application.

Reference number: SWB-4418-2209

We'll send you a decision by mail within 7-10 business days. If we need more information, we'll contact you at the phone number you provided.

Sweetbay Bank, Member FDIC""",
  kind='lookalike:credit-card-application', slug='credit-card-application-under-review')

m(key='lk_car', d='2025-09-24 14:55', tz='America/Chicago',
  frm=('DriveNow', 'offers@drivenow.com'),
  subject='Your instant offer: $9,850 for your 2016 Nissan Altima',
  fmt='html', brand='DriveNow', brand_color='#111827',
  body="""Hi Danielle,

Your offer is ready!

2016 Nissan Altima 2.5 SV · 98,412 miles
Offer: $9,850
Valid until: October 1, 2025

Accept your offer online and we'll pick up your car for free, or drop it off at our Kennesaw location. Payment by direct deposit the same day.

Accept offer: https://www.drivenow.com/sell/offer/88213

DriveNow Inc.""",
  kind='lookalike:car-instant-offer', slug='car-instant-offer')

m(key='lk_offerup', d='2025-09-21 17:33', tz='America/Los_Angeles',
  frm=('OfferUp', 'no-reply@offerup.com'),
  subject='New offer on "Dining table with 4 chairs"',
  fmt='html', brand='OfferUp', brand_color='#00a87e',
  body="""Shawn M. made an offer

Dining table with 4 chairs
Your price: $180
Offer: $140

"Hey can I pick up Tuesday evening? I have a truck."

Respond to the offer in the OfferUp app.""",
  kind='lookalike:marketplace-offer', slug='offerup-offer-dining-table')

m(key='lk_ajc', d='2025-09-12 06:00', tz='America/New_York',
  frm=('Atlanta Daybreak', 'newsletter@atlantadaybreak.com'),
  subject='Our interview with the Falcons GM + Beltline rail update',
  fmt='html', brand='Atlanta Daybreak', brand_color='#b91c1c',
  body="""Good morning, Atlanta.

IN AN EXCLUSIVE INTERVIEW, the Falcons general manager talks quarterback depth, the new practice facility and why he's "not worried" about the 1-2 start. Read the full interview: https://atlantadaybreak.com/2025/09/falcons-gm-interview

ALSO
- Beltline rail: the city council vote is pushed to October
- MARTA's Five Points station renovation closes two entrances starting Monday
- Best fall festivals within an hour of the city

Atlanta Daybreak | Unsubscribe""",
  kind='lookalike:press-interview', slug='atlanta-daybreak-falcons-gm-interview')

m(key='lk_church_int', d='2025-10-05 08:00', tz='America/New_York',
  frm=('Greater Mt. Olive Baptist Church', 'office@greatermtolive.org'),
  subject='Mt. Olive Weekly: Meet Rev. Dr. Harris - an interview with our new associate pastor',
  fmt='html', brand='Greater Mt. Olive Baptist Church', brand_color='#7c2d12',
  body="""Grace and peace, church family!

This week in the Weekly, our media ministry sat down for an interview with Rev. Dr. Anthony Harris, who joins Greater Mt. Olive as associate pastor for youth and families. He talks about growing up in Albany, his time at ITC, and his vision for our youth ministry.

Read the interview and see this week's announcements: https://greatermtolive.org/weekly

Announcements
- Fall revival October 15-17, 7 PM nightly
- Women's ministry brunch Saturday 10/11
- Thanksgiving basket volunteers needed (sign up in the lobby)

Greater Mt. Olive Baptist Church, 1890 Campbellton Rd SW, Atlanta GA""",
  kind='lookalike:church-newsletter-interview', slug='church-weekly-pastor-interview')

m(key='lk_grad1', d='2025-10-20 14:10', tz='America/New_York',
  frm=('Chastain University Graduate Admissions', 'gradadmissions@chastain.edu'),
  subject='Your application to the M.S. in Applied Analytics is complete',
  fmt='html', brand='Chastain University Graduate School', brand_color='#1e3a5f',
  body="""Dear Danielle,

Thank you for applying to the M.S. in Applied Analytics (part-time, evening) program at Chastain University for Spring 2026. We have received all required materials:

- Online application
- Statement of purpose
- Official transcript - Georgia Southern University
- Two letters of recommendation
- Application fee (waived - Chastain employee)

Your application is now complete and has been forwarded to the admissions committee. Decisions for Spring 2026 are typically released by mid-November.

Office of Graduate Admissions
Chastain University""",
  kind='lookalike:university-application-same-org-as-employer', slug='grad-school-application-complete')

m(key='lk_grad2', d='2025-11-14 16:45', tz='America/New_York',
  frm=('Chastain University Graduate Admissions', 'gradadmissions@chastain.edu'),
  subject='Your admission decision is available',
  fmt='html', brand='Chastain University Graduate School', brand_color='#1e3a5f',
  body="""Dear Danielle,

Congratulations! On behalf of the faculty of the M.S. in Applied Analytics program, I am pleased to offer you admission for the Spring 2026 term.

To accept this offer of admission, please log in to the applicant portal and submit your enrollment confirmation by December 5, 2025. As a full-time Chastain employee, you may be eligible for tuition remission; please contact Human Resources Benefits to complete the Tuition Benefit form.

Orientation for new evening students will be held on January 8, 2026.

We look forward to welcoming you.

Dr. Helena Marsh
Program Director, M.S. in Applied Analytics
Chastain University""",
  kind='lookalike:university-admission-offer', slug='grad-school-admission-offer')

m(key='lk_dpa', d='2025-11-03 10:20', tz='America/New_York',
  frm=('Atlanta HomeStart Program', 'noreply@atlhomestart.org'),
  subject='HomeStart down payment assistance - application status update',
  body="""Dear Danielle Whitaker,

Your application for the Atlanta HomeStart Down Payment Assistance Program (Application #HS-25-03318) has moved to: UNDER REVIEW.

An eligibility specialist will contact you within 10 business days. Please make sure you have completed the required 8-hour homebuyer education course; your certificate was not found in our system.

Documents still needed:
- 2024 federal tax return
- Two most recent pay stubs from your current employer

Atlanta HomeStart Program""",
  kind='lookalike:benefits-assistance-application', slug='down-payment-assistance-application')

m(key='lk_friend_search', d='2025-08-28 20:44', frm=ME, to=[TASHA],
  subject='I GOT IT!!!!!',
  body="""TASHA. I got the Chastain job!!! Operations Analyst in the Office of Institutional Research!!! They sent the offer yesterday and I signed it this morning before I could talk myself out of it.

$68,500, which is more than I make now AND no more 5am dock shifts AND tuition remission, so I can finally do the master's.

I have to tell Ray on Tuesday and I'm so nervous. Nine years!

We are celebrating in Savannah next weekend, drinks on me 🥂

D""",
  kind='own-mail-to-friend-about-search', slug='own-mail-to-tasha-got-the-job')

m(key='lk_resign', d='2025-09-02 08:02', frm=ME, to=[('Ray Jenkins', 'rjenkins@sedistribution.com')],
  cc=[('Angela Pruitt', 'apruitt@sedistribution.com')],
  subject='Resignation - Danielle Whitaker',
  body="""Good morning Ray,

Please accept this letter as formal notice of my resignation from my position as Inbound Operations Supervisor at Southeastern Distribution Co. My last day will be Friday, September 12, 2025.

I have accepted a data analyst position in higher education. This was not an easy decision. I am grateful for the nine years I have spent here, and especially for your support when I started building our KPI reports.

Over the next two weeks I will document the daily dashboard refresh, train Marisol on the labor planning workbook, and make sure peak-season hiring reports are handed off cleanly.

Thank you for everything.

Sincerely,
Danielle Whitaker""",
  kind='own-resignation-letter', slug='own-resignation-letter')
