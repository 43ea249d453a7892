# Mailbox B - Danielle Whitaker, operations -> data analyst career changer, Atlanta. Job-search mail (hand-written).
from mailkit import fake_pdf

ME = ('Danielle Whitaker', 'danielle.whitaker.atl@gmail.com')
OLD = ('Danielle Whitaker', 'dwhitaker_ops@yahoo.com')
TZ = 'America/New_York'

RESUME = fake_pdf('Danielle M. Whitaker - Resume', [
    'Atlanta, GA. (404) 555-0172. danielle.whitaker.atl@gmail.com.',
    'Inbound Operations Supervisor, Southeastern Distribution Co. 2018-present: KPI dashboards in Excel and Power BI,',
    'labor planning for 60 associates, SQL queries against the WMS. Google Data Analytics Professional Certificate 2024.',
    'B.S. Business Administration, Georgia Southern University.'])
COVER = fake_pdf('Cover Letter - Danielle Whitaker', ['Dear Hiring Committee,', 'Nine years of operations leadership and a data analytics certificate.'])

APPS = {
    'cvhs--data-analyst-i-revenue-cycle': dict(
        company='Chattahoochee Valley Health System', aliases=['CVHS', 'Chattahoochee Valley Health', 'Chattahoochee Valley Health System, Inc.'],
        role='Data Analyst I - Revenue Cycle', source='workday',
        url='https://cvhs.wd12.myworkdayjobs.com/en-US/CVHS_Careers/job/Atlanta-GA/Data-Analyst-I---Revenue-Cycle_JR-04417'),
    'chastain-university--operations-analyst-institutional-research': dict(
        company='Chastain University', aliases=['Chastain', 'Chastain University Human Resources', 'chastain.edu'],
        role='Operations Analyst, Office of Institutional Research', source='taleo',
        url='https://chastain.taleo.net/careersection/2/jobdetail.ftl?job=25000871'),
    'ridgeline-home-services--operations-analyst': dict(
        company='Ridgeline Home Services', aliases=['Ridgeline', 'Ridgeline Home Services LLC'],
        role='Operations Analyst', source='indeed',
        url='https://www.indeed.com/viewjob?jk=7a1c9e02b4f3d816'),
    'magnolia-property-management--reporting-analyst': dict(
        company='Magnolia Property Management', aliases=['Magnolia Property Management Group', 'Magnolia PMG', 'Magnolia PM'],
        role='Reporting Analyst', source='indeed',
        url='https://www.indeed.com/viewjob?jk=c45e0b7719a2f3d0'),
    'brightleaf-senior-living--business-operations-analyst': dict(
        company='Brightleaf Senior Living', aliases=['Brightleaf', 'Brightleaf Senior Living Communities'],
        role='Business Operations Analyst', source='indeed',
        url='https://www.indeed.com/viewjob?jk=2f8d61c0a9e4b751'),
    'altamira-foods--supply-chain-data-analyst': dict(
        company='Altamira Foods', aliases=['Altamira', 'Altamira Foods, Inc.'],
        role='Supply Chain Data Analyst', source='smartrecruiters',
        url='https://jobs.smartrecruiters.com/AltamiraFoods/744000063921554-supply-chain-data-analyst'),
    'cardinal-ridge-logistics--operations-data-analyst': dict(
        company='Cardinal Ridge Logistics', aliases=['Cardinal Ridge'],
        role='Operations Data Analyst (Temp-to-Hire)', source='agency', url=None),
    'eastside-food-alliance--data-evaluation-analyst': dict(
        company='Eastside Food Alliance', aliases=['EFA', 'Eastside Food Alliance, Inc.'],
        role='Data & Evaluation Analyst', source='company_site',
        url='https://eastsidefoodalliance.org/careers/data-evaluation-analyst'),
    'decatur-memorial-hospital--speculative': dict(
        company='Decatur Memorial Hospital', aliases=['Decatur Memorial', 'DMH', 'Decatur Memorial Health'],
        role=None, source='company_site', url=None),
    'westview-technical-college--institutional-research-analyst': dict(
        company='Westview Technical College', aliases=['Westview Tech', 'WTC'],
        role='Institutional Research Analyst', source='other',
        url='https://westviewtech.peopleadmin.com/postings/4412'),
    'southern-crescent-utilities--operations-analyst-ii': dict(
        company='Southern Crescent Utilities', aliases=['Southern Crescent', 'Southern Crescent Utilities Co.'],
        role='Operations Analyst II', source='workday',
        url='https://southerncrescent.wd5.myworkdayjobs.com/en-US/SCU_External/job/Atlanta-GA/Operations-Analyst-II_R0019873'),
    'hollis-vance--claims-operations-analyst': dict(
        company='Hollis & Vance Insurance', aliases=['Hollis & Vance', 'Hollis and Vance Insurance Agency'],
        role='Claims Operations Analyst', source='workable',
        url='https://apply.workable.com/hollis-and-vance/j/8C1D2E3F4A/'),
    'tallwood-distribution--inventory-data-analyst': dict(
        company='Tallwood Distribution', aliases=['Tallwood', 'Tallwood Distribution LLC'],
        role='Inventory Data Analyst', source='bamboohr',
        url='https://tallwood.bamboohr.com/careers/112'),
    'st-brigid-health--quality-data-analyst': dict(
        company='St. Brigid Health Atlanta', aliases=['St. Brigid Health', 'St. Brigid', 'St. Brigid Hospital'],
        role='Quality Data Analyst', source='taleo',
        url='https://stbrigid.taleo.net/careersection/ex/jobdetail.ftl?job=2500312'),
    'kudzu-creative--marketing-operations-analyst': dict(
        company='Kudzu Creative', aliases=['Kudzu Creative Agency', 'Kudzu'],
        role='Marketing Operations Analyst', source='indeed',
        url='https://www.indeed.com/viewjob?jk=9be20d4c1f7a6e35'),
    'morrow-state-university--data-analyst-enrollment-management': dict(
        company='Morrow State University', aliases=['Morrow State', 'MSU'],
        role='Data Analyst, Enrollment Management', source='workday',
        url='https://morrowstate.wd1.myworkdayjobs.com/en-US/MSU_Staff/job/Morrow-GA/Data-Analyst--Enrollment-Management_JR101882'),
}

B = []
def m(**kw):
    B.append(kw)

def indeed_html(role, company, loc, jk):
    return ("""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d;background:#fff">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0"><img src="https://www.indeed.com/images/indeed_logo.png" alt="indeed" width="110"></td></tr>
<tr><td><h1 style="font-size:22px;margin:0 0 6px">Application submitted</h1>
<div style="border:1px solid #e4e2e0;border-radius:8px;padding:16px;margin:12px 0">
<div style="font-weight:bold;font-size:17px">%s</div>
<div>%s</div><div style="color:#595959">%s</div></div>
<p>The following items were sent to <b>%s</b>. Good luck!</p>
<ul><li>Application</li><li>Resume: Danielle_Whitaker_Resume_2025.pdf</li></ul>
<p><a href="https://www.indeed.com/viewjob?jk=%s&amp;from=ia-confirmation" style="color:#2557a7">View job</a> &middot; <a href="https://myjobs.indeed.com/applied" style="color:#2557a7">Track your applications</a></p>
<p style="font-size:12px;color:#767676">Never send money or personal financial information to an employer. Learn more about staying safe in your job search.</p>
<p style="font-size:12px;color:#767676">&copy; 2025 Indeed &middot; 6433 Champion Grandview Way, Building 1, Austin, TX 78750</p></td></tr></table></body></html>"""
            % (role, company, loc, company, jk))

def indeed_text(role):
    return ("""Application submitted

%s

The following items were sent to the employer. Good luck!
- Application
- Resume: Danielle_Whitaker_Resume_2025.pdf

Track your applications: https://myjobs.indeed.com/applied

Never send money or personal financial information to an employer.
© 2025 Indeed · 6433 Champion Grandview Way, Building 1, Austin, TX 78750""" % role)

# ---------------------------------------------------------------- CVHS (Workday -> HireVue -> rejection)
m(key='cvhs1', d='2025-06-12 22:47', tz='America/Chicago',
  frm=('CVHS Careers', 'cvhs@myworkday.com'),
  subject='Application Received - Data Analyst I - Revenue Cycle',
  fmt='html', cte='quoted-printable', brand='Chattahoochee Valley Health System', brand_color='#00677f',
  body="""Dear Danielle,

Thank you for applying for the Data Analyst I - Revenue Cycle position (JR-04417) at Chattahoochee Valley Health System. We are glad you are interested in joining a team that cares for more than 600,000 patients across west Georgia every year.

We have received your application and our recruitment team is reviewing it. If your qualifications match the requirements of the position, a recruiter will contact you regarding next steps.

To view your application status, sign in to your candidate home: https://cvhs.wd12.myworkdayjobs.com/en-US/CVHS_Careers/userHome

With gratitude,
CVHS Talent Acquisition

CVHS is an equal opportunity employer and a drug-free, tobacco-free workplace.""",
  app='cvhs--data-analyst-i-revenue-cycle', ev='applied', kind='ats-confirmation:workday',
  slug='cvhs-workday-application-received')

m(key='cvhs2', d='2025-06-24 09:15', tz='America/New_York',
  frm=('Chattahoochee Valley Health System', 'interviews@hirevue.com'),
  subject='Next step: complete your on-demand interview with Chattahoochee Valley Health System',
  mid_domain='hirevue.com', fmt='alt', brand='HireVue', brand_color='#0a2240',
  body="""Hello Danielle,

Thank you for your interest in the Data Analyst I - Revenue Cycle position with Chattahoochee Valley Health System. As the next step in our process, we invite you to complete an on-demand video interview through HireVue.

The interview consists of 5 questions. You will have 30 seconds to prepare and up to 3 minutes to record each answer. Plan for about 25 minutes in a quiet, well-lit place.

Please complete your interview by Tuesday, July 1, 2025 at 11:59 PM ET.

Start your interview: https://app.hirevue.com/interviews/cvhs/7KqT2mPz9W4n

Helpful tips:
- Use Chrome or the HireVue mobile app
- Check your camera and microphone with the practice question before you begin
- Speak to the camera as if you are talking to the interviewer

If you need technical help, visit https://support.hirevue.com. For questions about the position, contact cvhs.recruiting@cvhs.org.

Best regards,
CVHS Talent Acquisition""",
  app='cvhs--data-analyst-i-revenue-cycle', ev='interview', kind='platform-video-interview:hirevue',
  slug='hirevue-invite-cvhs')

m(key='cvhs3', d='2025-07-15 16:02', tz='America/Chicago',
  frm=('CVHS Careers', 'cvhs@myworkday.com'),
  subject='Regarding your application for Data Analyst I - Revenue Cycle',
  fmt='html', cte='quoted-printable', brand='Chattahoochee Valley Health System', brand_color='#00677f',
  body="""Dear Danielle,

Thank you for your interest in Chattahoochee Valley Health System and for completing the video interview for the Data Analyst I - Revenue Cycle position. We appreciate the time and thought you put into your responses.

After careful review, we have decided to proceed with other candidates whose qualifications more closely match the needs of this role at this time.

We encourage you to create a job alert on our career site so you are notified of future openings that match your experience.

We wish you success in your career search.

CVHS Talent Acquisition""",
  app='cvhs--data-analyst-i-revenue-cycle', ev='rejected', kind='ats-rejection:workday:after-video-interview',
  slug='cvhs-rejection-after-hirevue')

# ---------------------------------------------------------------- Ridgeline (Indeed -> employer message via Indeed)
m(key='rdg1', d='2025-06-16 20:31', tz='America/Chicago',
  frm=('Indeed Apply', 'indeedapply@indeed.com'),
  subject='Indeed Application: Operations Analyst',
  mid_domain='indeed.com', cte='quoted-printable',
  html=indeed_html('Operations Analyst', 'Ridgeline Home Services', 'Marietta, GA 30067', '7a1c9e02b4f3d816'),
  body=indeed_text('Operations Analyst'),
  app='ridgeline-home-services--operations-analyst', ev='applied', kind='platform-confirmation:indeed:company-only-in-html',
  slug='indeed-application-operations-analyst')

m(key='rdg2', d='2025-06-25 11:48', tz='America/New_York',
  frm=('Crystal Vaughn (Ridgeline Home Services) via Indeed', 'crystal-vaughn-r7f3c1@indeedemail.com'),
  subject='Interview request: Operations Analyst',
  mid_domain='indeedemail.com', fmt='alt',
  body="""Hi Danielle,

Thank you for applying to the Operations Analyst position at Ridgeline Home Services. I reviewed your resume and your warehouse KPI experience is exactly the type of background we're looking for - we run about 140 HVAC and plumbing technicians and need someone to own dispatch and job-cost reporting.

I'd like to schedule a 30-minute phone interview. Please pick a time that works for you here:
https://employers.indeed.com/interview/schedule/r7f3c1-88a2b

Available times are Monday June 30 through Wednesday July 2, 9 AM - 4 PM.

Thank you,
Crystal Vaughn
HR Manager, Ridgeline Home Services

--
Reply directly to this email or respond on Indeed: https://www.indeed.com/messages
This message was sent to you through Indeed. Indeed does not review messages from employers.""",
  app='ridgeline-home-services--operations-analyst', ev='interview', kind='human-interview-invite:via-indeed-messaging',
  slug='ridgeline-interview-request-via-indeed')

# ---------------------------------------------------------------- Brightleaf (Indeed confirm + next-day rejection)
m(key='brl1', d='2025-06-18 21:12', tz='America/Chicago',
  frm=('Indeed Apply', 'indeedapply@indeed.com'),
  subject='Indeed Application: Business Operations Analyst',
  mid_domain='indeed.com', cte='quoted-printable',
  html=indeed_html('Business Operations Analyst', 'Brightleaf Senior Living', 'Alpharetta, GA', '2f8d61c0a9e4b751'),
  body=indeed_text('Business Operations Analyst'),
  app='brightleaf-senior-living--business-operations-analyst', ev='applied', kind='platform-confirmation:indeed',
  slug='indeed-application-business-operations-analyst')

m(key='brl2', d='2025-06-19 08:06', tz='America/Chicago',
  frm=('Indeed', 'no-reply@indeed.com'),
  subject='An update on your application from Brightleaf Senior Living',
  mid_domain='indeed.com', fmt='alt',
  body="""Business Operations Analyst
Brightleaf Senior Living - Alpharetta, GA

Hi Danielle,

Thank you for your interest in the Business Operations Analyst position. After reviewing your application, the employer has decided that you have not been selected for further consideration for this role.

Don't be discouraged - new jobs are posted on Indeed every day.

Find similar jobs: https://www.indeed.com/jobs?q=operations+analyst&l=Atlanta%2C+GA

© 2025 Indeed""",
  app='brightleaf-senior-living--business-operations-analyst', ev='rejected', kind='platform-rejection:indeed:next-day',
  slug='indeed-update-brightleaf-not-selected')

# ---------------------------------------------------------------- Altamira (SmartRecruiters -> TestGorilla)
m(key='alt1', d='2025-06-20 13:40', tz='Europe/Berlin',
  frm=('Altamira Foods', 'notification@smartrecruiters.com'),
  subject='Thank you for your application to Altamira Foods',
  mid_domain='smartrecruiters.com', fmt='alt', brand='Altamira Foods', brand_color='#b5121b',
  body="""Dear Danielle,

Thank you for applying for the Supply Chain Data Analyst position at Altamira Foods. We have successfully received your application.

Our hiring team will review your profile, and if there is a match, we will contact you about the next steps. You can follow the status of your application anytime in your SmartRecruiters candidate portal: https://my.smartrecruiters.com

Best wishes,
Altamira Foods People Team

Powered by SmartRecruiters""",
  app='altamira-foods--supply-chain-data-analyst', ev='applied', kind='ats-confirmation:smartrecruiters',
  slug='altamira-smartrecruiters-confirmation')

m(key='alt2', d='2025-06-27 10:30', tz='Europe/Amsterdam',
  frm=('Altamira Foods', 'no-reply@testgorilla.com'),
  subject='Altamira Foods invites you to complete an assessment',
  fmt='alt', brand='TestGorilla', brand_color='#46a997', cte='base64',
  body="""Hi Danielle,

Altamira Foods has invited you to take an assessment for the Supply Chain Data Analyst role.

The assessment includes 4 short tests:
- Data Interpretation (10 min)
- Microsoft Excel (Intermediate) (10 min)
- SQL (Beginner) (10 min)
- Attention to Detail (textual) (10 min)
plus 2 custom questions from the Altamira Foods team.

Total time: about 50 minutes. You can take a short break between tests.

Start assessment: https://app.testgorilla.com/s/altamira-9fjq2l7k

This link is personal. Please complete the assessment by July 4, 2025.

Good luck!
The TestGorilla team, on behalf of Altamira Foods""",
  app='altamira-foods--supply-chain-data-analyst', ev='assessment', kind='platform-assessment:testgorilla',
  slug='testgorilla-invite-altamira')

# ---------------------------------------------------------------- Decatur Memorial (speculative letter -> polite no)
m(key='dmh1', d='2025-06-23 07:42', frm=ME, to=[('Carolyn Pryor', 'cpryor@decaturmemorial.org')],
  subject='Letter of interest - data and reporting roles in Patient Access',
  body="""Good morning Ms. Pryor,

I hope this message finds you well. My name is Danielle Whitaker, and I am writing to express my interest in any current or upcoming data, reporting, or operations analyst opportunities within Decatur Memorial's Patient Access department.

I heard you speak at the Atlanta Women in Data meetup in May about how your team uses registration and wait-time data to staff the Emergency Department front desk, and it stayed with me. For the past nine years I have supervised inbound operations at Southeastern Distribution Co., where I built and maintained the KPI dashboards our site leadership uses every morning (throughput, labor hours, dock-to-stock time). Last year I completed the Google Data Analytics Professional Certificate, and I use SQL and Power BI weekly in my current role.

I am making an intentional move into healthcare analytics, and Decatur Memorial has been my family's hospital for over ten years. I have attached my resume, and I would be grateful for even a brief conversation about how your team hires for these roles.

Thank you very much for your time and consideration.

Respectfully,
Danielle M. Whitaker
(404) 555-0172
linkedin.com/in/daniellewhitaker-ops""",
  attach=[('Danielle_Whitaker_Resume_2025.pdf', 'application/pdf', RESUME)],
  app='decatur-memorial-hospital--speculative', ev='applied', kind='own-speculative-application',
  slug='own-letter-of-interest-decatur-memorial')

m(key='dmh2', d='2025-07-01 15:26', frm=('Carolyn Pryor', 'cpryor@decaturmemorial.org'),
  to=[ME], parent='dmh1', quote='outlook', subject='RE: Letter of interest - data and reporting roles in Patient Access',
  body="""Hi Danielle,

Thank you so much for your kind note, and I'm glad the talk was useful!

I shared your resume with our HR business partner. Unfortunately, we don't have any openings on the Patient Access analytics team at this time, and with our budget year just starting I don't expect one before next spring. We will keep your resume on file, and I'd encourage you to set up a job alert on our careers page under "Revenue Cycle & Patient Access."

Your operations background is genuinely valuable in our world, so please don't be discouraged. Best of luck, and I hope to see you at the next meetup.

Carolyn

Carolyn Pryor, MHA
Director, Patient Access
Decatur Memorial Hospital""",
  app='decatur-memorial-hospital--speculative', ev='rejected', kind='human-rejection:no-openings-keep-on-file',
  slug='decatur-memorial-no-openings-reply')

# ---------------------------------------------------------------- Westview Technical College (PeopleAdmin, late rejection)
m(key='wtc1', d='2025-06-26 12:03', tz='America/New_York',
  frm=('Westview Technical College', 'noreply@westviewtech.peopleadmin.com'),
  subject='Westview Technical College: Application Received - Institutional Research Analyst',
  fmt='plain',
  body="""Dear Danielle Whitaker,

Thank you for your interest in employment with Westview Technical College. This email confirms that your application for the position of Institutional Research Analyst (Posting Number S-2025-044) has been received.

Applications will be reviewed after the posting closes on July 11, 2025. The search committee will contact applicants selected for interviews. Due to the volume of applications, we are unable to respond to telephone inquiries about the status of your application.

You may check the status of your application by logging into your account at https://westviewtech.peopleadmin.com.

Sincerely,
Office of Human Resources
Westview Technical College
A unit of the Technical College System of Georgia

Equal Opportunity Employer""",
  app='westview-technical-college--institutional-research-analyst', ev='applied', kind='ats-confirmation:peopleadmin',
  slug='westview-peopleadmin-application-received')

m(key='wtc2', d='2025-10-14 10:12', tz='America/New_York',
  frm=('Westview Technical College', 'noreply@westviewtech.peopleadmin.com'),
  subject='Westview Technical College: Status Update - Institutional Research Analyst',
  fmt='plain',
  body="""Dear Danielle Whitaker,

Thank you for applying for the position of Institutional Research Analyst (Posting Number S-2025-044) at Westview Technical College.

The search committee has concluded its search and a finalist has accepted the position. We sincerely appreciate your interest in Westview Technical College and the time you spent preparing your application materials.

We encourage you to continue to review our employment opportunities at https://westviewtech.peopleadmin.com.

Sincerely,
Office of Human Resources
Westview Technical College""",
  app='westview-technical-college--institutional-research-analyst', ev='rejected', kind='ats-rejection:peopleadmin:late:search-concluded',
  slug='westview-search-concluded')

# ---------------------------------------------------------------- Eastside Food Alliance (emailed application -> human invite -> human rejection w/ feedback)
m(key='efa1', d='2025-06-30 20:15', frm=ME, to=[('Eastside Food Alliance Hiring', 'hiring@eastsidefoodalliance.org')],
  subject='Application for Data & Evaluation Analyst position - Danielle Whitaker',
  body="""Dear Hiring Committee,

Please accept my application for the Data & Evaluation Analyst position posted on your website. My resume and cover letter are attached as PDFs, as requested in the posting.

In brief: I bring nine years of operations experience in a high-volume distribution center, where I tracked inventory, labor and throughput data every day and turned it into reports for site leadership. I recently completed the Google Data Analytics Professional Certificate, and I'm comfortable with Excel (pivot tables, Power Query), SQL and Power BI.

What draws me to Eastside Food Alliance specifically is the chance to use those same skills for pounds distributed and families served instead of pallets shipped. I have volunteered at your Kirkwood pantry on Saturdays since 2022, so I've seen firsthand how much the intake data matters.

Thank you for your consideration. I would welcome the opportunity to discuss how I can support your evaluation work.

Sincerely,
Danielle Whitaker
(404) 555-0172""",
  attach=[('Danielle_Whitaker_Resume_2025.pdf', 'application/pdf', RESUME),
          ('Danielle_Whitaker_Cover_Letter_EFA.pdf', 'application/pdf', COVER)],
  app='eastside-food-alliance--data-evaluation-analyst', ev='applied', kind='own-email-application',
  slug='own-application-eastside-food-alliance')

m(key='efa2', d='2025-07-09 14:22', frm=('Keisha Morgan', 'kmorgan@eastsidefoodalliance.org'),
  to=[ME], parent='efa1', quote='gmail', subject='Re: Application for Data & Evaluation Analyst position - Danielle Whitaker',
  body="""Hi Danielle,

Thank you for applying! I didn't realize you were one of our Saturday regulars in Kirkwood - Ms. Pat speaks very highly of you.

We'd like to invite you to a 45-minute interview with me and our Executive Director, Reggie Holloway. It will be on Zoom. Please choose a time that works for you here:

https://calendly.com/kmorgan-efa/data-analyst-interview

We'll ask you to walk us through a report or dashboard you've built (screen share is great), so have one ready.

Looking forward to it,
Keisha

Keisha Morgan
Director of Programs | Eastside Food Alliance
(pronouns: she/her)""",
  app='eastside-food-alliance--data-evaluation-analyst', ev='interview', kind='human-interview-invite:calendly-link',
  slug='eastside-food-alliance-interview-invite')

m(key='efa3', d='2025-07-28 17:05', frm=('Keisha Morgan', 'kmorgan@eastsidefoodalliance.org'),
  to=[ME], subject='Data & Evaluation Analyst - our decision',
  body="""Hi Danielle,

Thank you again for meeting with Reggie and me on the 16th. We both really enjoyed the conversation, and your dock-to-stock dashboard was one of the clearest things anyone showed us during this search.

I wanted to let you know personally that we have offered the position to another candidate, who has several years of experience with grant reporting and the federal TEFAP data requirements. That compliance piece ended up weighing heavily in our decision because of an audit we have coming up this fall.

Some feedback, since you asked for it at the end of our call: your analysis skills are clearly there. What would strengthen your candidacy for nonprofit roles is experience with outcome measurement (logic models, survey data) rather than purely operational metrics. A short course or a volunteer project on program evaluation would go a long way.

I hope you'll keep volunteering with us, and please stay in touch.

Warmly,
Keisha""",
  app='eastside-food-alliance--data-evaluation-analyst', ev='rejected', kind='human-rejection:with-feedback',
  slug='eastside-food-alliance-human-rejection-feedback')

# ---------------------------------------------------------------- Magnolia PM (Indeed, silent)
m(key='mag1', d='2025-07-02 19:54', tz='America/Chicago',
  frm=('Indeed Apply', 'indeedapply@indeed.com'),
  subject='Indeed Application: Reporting Analyst',
  mid_domain='indeed.com', cte='quoted-printable',
  html=indeed_html('Reporting Analyst', 'Magnolia Property Management Group', 'Atlanta, GA 30309', 'c45e0b7719a2f3d0'),
  body=indeed_text('Reporting Analyst'),
  app='magnolia-property-management--reporting-analyst', ev='applied', kind='platform-confirmation:indeed:company-only-in-html',
  slug='indeed-application-reporting-analyst')

m(key='mag2', d='2025-07-07 15:12', frm=('Lauren Whitfield', 'lwhitfield@magnoliapmg.com'),
  subject='Invitation: Reporting Analyst phone screen - Danielle Whitaker @ Wed Jul 9, 2025 11am - 11:30am (EDT) (danielle.whitaker.atl@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body="""Reporting Analyst phone screen - Danielle Whitaker
Wednesday Jul 9, 2025 ⋅ 11am – 11:30am (Eastern Time - New York)
Phone: Lauren will call (404) 555-0172

Hi Danielle - thanks for applying through Indeed! Looking forward to chatting about the Reporting Analyst role and our Yardi reporting. Talk Wednesday. - Lauren, People & Culture, Magnolia PMG

View event in Google Calendar: https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxM2Rs

Organizer
lwhitfield@magnoliapmg.com

Guests
lwhitfield@magnoliapmg.com
danielle.whitaker.atl@gmail.com

Reply for danielle.whitaker.atl@gmail.com
Yes | No | Maybe | More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""",
  ics=dict(summary='Reporting Analyst phone screen - Danielle Whitaker', start='2025-07-09 11:00', end='2025-07-09 11:30', tz='America/New_York',
           organizer=('Lauren Whitfield', 'lwhitfield@magnoliapmg.com'), attendees=[('Danielle Whitaker', 'danielle.whitaker.atl@gmail.com')],
           location='Phone', description='Lauren will call (404) 555-0172', stamp='20250707T191200Z'),
  app='magnolia-property-management--reporting-analyst', ev='interview', kind='calendar-invite:google-calendar',
  slug='gcal-invite-magnolia-phone-screen')

# ---------------------------------------------------------------- Northpoint agency -> Cardinal Ridge Logistics
m(key='np1', d='2025-07-07 09:34', frm=('Brandon Ellis', 'bellis@northpointstaffing.com'),
  to=[ME], subject='Operations Data Analyst (temp-to-hire) - Cardinal Ridge Logistics, College Park',
  body="""Good morning Danielle,

My name is Brandon and I'm a recruiter with Northpoint Staffing Partners. I found your resume on Indeed and wanted to reach out about a position I think you'd be a great fit for.

Client: Cardinal Ridge Logistics (3PL, College Park near the airport)
Role: Operations Data Analyst - temp-to-hire, 90 days then conversion
Pay: $29-32/hr during the temp period, conversion salary $62-68K
Schedule: M-F 8-5, onsite first 90 days then hybrid 2 days
Skills: Excel (pivots, VLOOKUP/XLOOKUP), WMS reporting, some SQL, Power BI a plus

Your warehouse supervisor background is exactly what their ops director asked for - she wants someone who understands the floor, not just the spreadsheet.

Are you available for a quick 10-minute call today or tomorrow? If you're interested, please reply with your updated resume and confirm I have your permission to submit you to Cardinal Ridge for this role.

Thanks,
Brandon Ellis
Recruiter | Northpoint Staffing Partners
(770) 555-0148 | bellis@northpointstaffing.com""",
  lab='recruiter_outreach', company='Cardinal Ridge Logistics', aliases=['Cardinal Ridge'], role='Operations Data Analyst (Temp-to-Hire)',
  kind='agency-outreach:named-client', slug='northpoint-recruiter-outreach-cardinal-ridge')

m(key='np2', d='2025-07-07 12:18', frm=ME, to=[('Brandon Ellis', 'bellis@northpointstaffing.com')],
  parent='np1', quote='gmail', subject='Re: Operations Data Analyst (temp-to-hire) - Cardinal Ridge Logistics, College Park',
  body="""Hi Brandon,

Thank you for reaching out. Yes, I'm interested, and you have my permission to submit me to Cardinal Ridge Logistics for the Operations Data Analyst role. My updated resume is attached.

A few questions before we talk:
1. During the temp period, would I be a W-2 employee of Northpoint, and are benefits offered?
2. I would need to give two weeks' notice at my current job. Is a start date in late July realistic?
3. Is the conversion salary negotiable based on experience? I currently supervise a team of 60.

I'm free for a call today between 12:30 and 1:15 (my lunch break) or after 5:30.

Thank you,
Danielle Whitaker
(404) 555-0172""",
  attach=[('Danielle_Whitaker_Resume_2025.pdf', 'application/pdf', RESUME)],
  app='cardinal-ridge-logistics--operations-data-analyst', ev='applied', kind='own-reply-agency-submission-consent',
  slug='own-reply-northpoint-permission-to-submit')

m(key='np3', d='2025-07-10 16:40', frm=('Brandon Ellis', 'bellis@northpointstaffing.com'),
  to=[ME], parent='np2', quote='outlook', subject='RE: Operations Data Analyst (temp-to-hire) - Cardinal Ridge Logistics, College Park',
  body="""Hi Danielle,

Good news - Cardinal Ridge reviewed your resume and Angela Brooks (Director of Operations) would like to interview you on Thursday 7/17 at 10:00 AM via Zoom. It's 45 minutes. I'll send the Zoom link the day before.

Answers to your questions: yes, you'd be W-2 with Northpoint during the temp period, with medical available after 30 days. Late July start is fine on their side. And there is some room on the conversion salary, we can discuss that once they want to move forward.

Can you confirm Thursday at 10 works?

Thanks,
Brandon""",
  app='cardinal-ridge-logistics--operations-data-analyst', ev='interview', kind='agency-interview-invite:named-client',
  slug='northpoint-client-interview-thursday')

m(key='np4', d='2025-07-24 13:02', frm=('Brandon Ellis', 'bellis@northpointstaffing.com'),
  to=[ME], subject='Cardinal Ridge update',
  body="""Hi Danielle,

I wanted to give you an update on Cardinal Ridge. Angela really enjoyed your interview, but they've decided to fill the Operations Data Analyst position internally with someone from their transportation team who applied late in the process. I'm sorry, I know you were excited about this one.

I'll keep you at the top of my list - I have a couple of logistics analyst roles coming in August that I think you'd be great for.

Brandon Ellis
Northpoint Staffing Partners""",
  app='cardinal-ridge-logistics--operations-data-analyst', ev='rejected', kind='agency-rejection:filled-internally',
  slug='northpoint-cardinal-ridge-filled-internally')

# ---------------------------------------------------------------- Chastain University (Taleo -> interview -> thank-you -> Adobe Sign offer -> acceptance)
m(key='chs1', d='2025-07-08 23:19', tz='America/Chicago',
  frm=('Chastain University', 'chastain@taleo.net'),
  to=[OLD], subject='Chastain University - Application Confirmation',
  mid_domain='taleo.net', fmt='plain', charset='iso-8859-1', cte='quoted-printable',
  body="""Dear Danielle Whitaker,

Thank you for applying for the position Operations Analyst, Office of Institutional Research (Requisition Number 25000871) at Chastain University.

We have received your application. The hiring department will review all candidates' qualifications and select those who most closely meet the requirements for an interview. If you are selected, you will be contacted directly by the department.

You may check the status of your application at any time by accessing your profile on the Chastain University Careers site.

Please note: this is an automated message. Do not reply to this e-mail.

Best regards,
Chastain University Human Resources
Talent Acquisition · Atlanta, Georgia""",
  app='chastain-university--operations-analyst-institutional-research', ev='applied', kind='ats-confirmation:taleo:old-address',
  slug='chastain-taleo-application-confirmation')

m(key='chs2', d='2025-08-04 10:42', frm=('Tiffany Greene', 'tgreene@chastain.edu'),
  to=[ME], cc=[('Raymond Osei', 'rosei@chastain.edu')],
  subject='Interview Invitation - Operations Analyst, Office of Institutional Research',
  mid_domain='SA1PR07MB8844.namprd07.prod.outlook.com',
  body="""Good morning Ms. Whitaker,

Thank you for your interest in the Operations Analyst position with Chastain University's Office of Institutional Research. The search committee has reviewed your application, and we would like to invite you to a panel interview.

Date: Tuesday, August 12, 2025
Time: 2:00 PM - 3:00 PM Eastern
Format: Microsoft Teams (link in the attached calendar invitation)
Panel: Dr. Raymond Osei (Director, Institutional Research), Priya Natesan (Senior Research Analyst), and me

The panel will include a short exercise: you will receive a small enrollment dataset at the start of the interview and be asked to talk through how you would summarize it for a dean. No preparation is needed beyond that.

Please reply to confirm your availability. If this time does not work, let me know and I will do my best to accommodate.

Kind regards,

Tiffany Greene
Talent Acquisition Specialist
Office of Human Resources | Chastain University
404-555-0190""",
  ics=dict(summary='Panel Interview - Operations Analyst (OIR) - Danielle Whitaker', start='2025-08-12 14:00', end='2025-08-12 15:00',
           tz='Eastern Standard Time', organizer=('Tiffany Greene', 'tgreene@chastain.edu'),
           attendees=[('Danielle Whitaker', 'danielle.whitaker.atl@gmail.com'), ('Raymond Osei', 'rosei@chastain.edu'), ('Priya Natesan', 'pnatesan@chastain.edu')],
           location='Microsoft Teams Meeting', description='Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTFi%40thread.v2/0 Meeting ID: 249 118 557 302 Passcode: 7Qm2xR',
           prodid='Microsoft Exchange Server 2010', stamp='20250804T144200Z', uid='040000008200E00074C5B7101A82E00800000000A1F3C2E9'),
  app='chastain-university--operations-analyst-institutional-research', ev='interview', kind='human-interview-invite:teams-calendar',
  slug='chastain-panel-interview-invitation')

m(key='chs3', d='2025-08-12 19:48', frm=ME, to=[('Raymond Osei', 'rosei@chastain.edu')],
  cc=[('Tiffany Greene', 'tgreene@chastain.edu')],
  subject='Thank you - Operations Analyst interview',
  body="""Dear Dr. Osei,

Thank you for taking the time to meet with me this afternoon, and please pass my thanks along to Ms. Natesan as well. I really enjoyed the conversation, especially hearing how the office is rebuilding the retention dashboard ahead of the SACSCOC review.

The enrollment exercise was a lot of fun. After the call I kept thinking about the transfer-student question: I would want to split those students out by credit hours accepted before comparing their first-year retention, since that likely explains a good part of the gap we saw.

I am very excited about the possibility of bringing my operations background and my analytics training to Chastain. Please let me know if there is anything else I can provide.

With gratitude,
Danielle Whitaker
(404) 555-0172""",
  app='chastain-university--operations-analyst-institutional-research', ev='update', kind='own-thank-you-after-interview',
  slug='own-thank-you-chastain-panel')

m(key='chs4', d='2025-08-27 15:10', tz='America/Los_Angeles',
  frm=('Tiffany Greene via Adobe Acrobat Sign', 'adobesign@adobesign.com'),
  reply_to=('Tiffany Greene', 'tgreene@chastain.edu'),
  subject='Signature requested on "Offer Letter - Danielle Whitaker - Operations Analyst OIR"',
  mid_domain='adobesign.com', fmt='alt', brand='Adobe Acrobat Sign', brand_color='#eb1000',
  body="""Tiffany Greene (tgreene@chastain.edu) has requested your signature on Offer Letter - Danielle Whitaker - Operations Analyst OIR.

Review and sign: https://secure.na2.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAABLblqZhB8Vq2kYcL

Message from Tiffany Greene:
"Dear Danielle, congratulations! On behalf of the Office of Institutional Research, we are pleased to offer you the position of Operations Analyst at an annual salary of $68,500, with a proposed start date of Monday, September 22, 2025. Details on benefits, including tuition remission, are in the letter. Please review and sign by September 3. Don't hesitate to call me with any questions. - Tiffany"

After you sign, all parties will receive a final copy by email.

Adobe Acrobat Sign
To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.""",
  app='chastain-university--operations-analyst-institutional-research', ev='offer', kind='platform-offer:adobe-acrobat-sign',
  slug='adobe-sign-chastain-offer-letter')

m(key='chs5', d='2025-08-28 08:05', frm=ME, to=[('Tiffany Greene', 'tgreene@chastain.edu')],
  parent='chs2', subject='Offer acceptance - Danielle Whitaker, Operations Analyst',
  body="""Good morning Ms. Greene,

I am delighted to accept Chastain University's offer for the Operations Analyst position in the Office of Institutional Research, at the salary and start date outlined in the letter. I signed the offer letter through Adobe Sign this morning.

I have two quick questions:
1. Where and when should I report on September 22nd, and is there parking information I should know about?
2. When will I receive the background check authorization and new-hire paperwork?

Thank you again for such a warm and well-organized process. Please also give my thanks to Dr. Osei and the committee. I am so excited to join the team!

Sincerely,
Danielle Whitaker
(404) 555-0172""",
  app='chastain-university--operations-analyst-institutional-research', ev='offer', kind='own-offer-acceptance',
  slug='own-offer-acceptance-chastain')

# ---------------------------------------------------------------- Hollis & Vance (Workable -> Criteria assessment, silent)
m(key='hv1', d='2025-07-16 14:05', tz='America/Los_Angeles',
  frm=('Hollis & Vance Insurance', 'no-reply@criteriacorp.com'),
  subject='Hollis & Vance Insurance: please complete your assessment',
  fmt='alt', brand='Criteria', brand_color='#2b3a67',
  body="""Hello Danielle Whitaker,

Thank you for applying for the Claims Operations Analyst position with Hollis & Vance Insurance. As part of the application process, you are invited to complete the following assessments:

- Criteria Cognitive Aptitude Test (CCAT) - 15 minutes
- Employee Personality Profile (EPP) - about 10 minutes

Please complete your assessments within 3 days.

Begin here: https://www.ondemandassessment.com/link/index/JB-P8R2X1QZ?u=1184273

Tips: take the test on a computer in a quiet place where you won't be interrupted. Calculators and scratch paper are allowed for the CCAT.

Good luck!
Hollis & Vance Insurance Hiring Team""",
  app='hollis-vance--claims-operations-analyst', ev='assessment', kind='platform-assessment:criteria-ccat',
  slug='criteria-assessment-hollis-vance')

# ---------------------------------------------------------------- Southern Crescent Utilities (Workday, silent)
m(key='scu1', d='2025-07-21 21:37', tz='America/Chicago',
  frm=('Southern Crescent Utilities', 'southerncrescent@myworkday.com'),
  subject='Thank you for your application!',
  fmt='html', cte='quoted-printable', brand='Southern Crescent Utilities', brand_color='#f2a900',
  body="""Hello Danielle,

Thank you for your interest in Southern Crescent Utilities! We have received your application for Operations Analyst II (R0019873).

What's next: our Talent Acquisition team reviews every application. If you are selected to move forward, a recruiter will reach out to you directly. In the meantime, you can track your application status in your candidate home.

Powering Georgia's communities starts with people like you.

Southern Crescent Utilities Talent Acquisition""",
  app='southern-crescent-utilities--operations-analyst-ii', ev='applied', kind='ats-confirmation:workday',
  slug='southern-crescent-workday-confirmation')

# ---------------------------------------------------------------- Tallwood (BambooHR confirm -> rejection)
m(key='tw1', d='2025-07-29 11:20', tz='America/Denver',
  frm=('Tallwood Distribution', 'notifications@app.bamboohr.com'),
  subject='Thanks for applying to Tallwood Distribution',
  mid_domain='app.bamboohr.com', fmt='alt',
  body="""Hi Danielle,

Thank you for applying for our Inventory Data Analyst position! We've received your application and our hiring team will review it soon.

If your skills and experience are a good match, we'll be in touch to set up a phone interview.

Thanks again,
Tallwood Distribution""",
  app='tallwood-distribution--inventory-data-analyst', ev='applied', kind='ats-confirmation:bamboohr',
  slug='tallwood-bamboohr-confirmation')

m(key='tw2', d='2025-08-20 09:48', tz='America/Denver',
  frm=('Tallwood Distribution', 'notifications@app.bamboohr.com'),
  subject='Thanks for applying to Tallwood Distribution',
  mid_domain='app.bamboohr.com', fmt='alt',
  body="""Hi Danielle,

Thank you for your interest in the Inventory Data Analyst position and for your patience as we worked through a large number of applications.

We have decided to move forward with other applicants whose qualifications better match our current needs. This was not an easy decision, and we truly appreciate the time you took to apply.

Best of luck in your job search.

Tallwood Distribution Hiring Team""",
  app='tallwood-distribution--inventory-data-analyst', ev='rejected', kind='ats-rejection:bamboohr:same-subject-as-confirmation',
  slug='tallwood-bamboohr-rejection')

# ---------------------------------------------------------------- Morrow State University (Workday, silent)
m(key='msu1', d='2025-08-06 19:02', tz='America/Chicago',
  frm=('Morrow State University Careers', 'morrowstate@myworkday.com'),
  subject='Morrow State University - We received your application',
  fmt='html', cte='quoted-printable', brand='MORROW STATE UNIVERSITY', brand_color='#582c83',
  body="""Dear Danielle,

Thank you for applying to the Data Analyst, Enrollment Management position (JR101882) at Morrow State University.

Your application is now under review by the hiring department. Please note that university searches often take 6-8 weeks. You will be notified by email of any change in your application status.

Go Hawks!
Morrow State University Human Resources

Morrow State University is an Equal Opportunity/Affirmative Action Employer.""",
  app='morrow-state-university--data-analyst-enrollment-management', ev='applied', kind='ats-confirmation:workday',
  slug='morrow-state-workday-confirmation')

# ---------------------------------------------------------------- St. Brigid Health (Taleo; own follow-up -> human rejection)
m(key='sbh1', d='2025-08-11 08:31', frm=ME, to=[('Mark Fields', 'mfields@stbrigidhealth.org')],
  subject='Following up - Quality Data Analyst (Req 2500312)',
  body="""Good morning Mr. Fields,

I hope you had a nice weekend. I'm following up on our phone screen on July 30th for the Quality Data Analyst position (Req 2500312). You mentioned the hiring manager would be scheduling second interviews the week of August 4th, and I wanted to check whether there is any update on the timeline.

I remain very interested in the role and in St. Brigid's work on reducing readmissions. Please let me know if there's anything else I can send.

Thank you,
Danielle Whitaker
(404) 555-0172""",
  app='st-brigid-health--quality-data-analyst', ev='update', kind='own-follow-up',
  slug='own-follow-up-st-brigid')

m(key='sbh2', d='2025-08-14 16:55', frm=('Mark Fields', 'mfields@stbrigidhealth.org'),
  to=[ME], parent='sbh1', quote='outlook', subject='RE: Following up - Quality Data Analyst (Req 2500312)',
  mid_domain='BN8PR19MB2210.namprd19.prod.outlook.com',
  body="""Danielle,

Thanks for checking in. The hiring manager has selected another candidate for this role, someone with a nursing background and prior experience on clinical quality measures. You'll also receive the formal notice from our careers system.

Thank you for your interest in St. Brigid.

Mark Fields
Talent Acquisition Partner
St. Brigid Health Atlanta""",
  app='st-brigid-health--quality-data-analyst', ev='rejected', kind='human-rejection:short',
  slug='st-brigid-recruiter-rejection')

# ---------------------------------------------------------------- Kudzu Creative (Indeed -> Spark Hire -> own withdrawal)
m(key='kz1', d='2025-08-18 10:04', tz='America/Chicago',
  frm=('Kudzu Creative via Spark Hire', 'notifications@sparkhire.com'),
  reply_to=('Jordan Pace', 'jordan@kudzucreative.com'),
  subject='Kudzu Creative has invited you to a one-way video interview',
  fmt='alt', brand='Spark Hire', brand_color='#ff6e00',
  body="""Hi Danielle,

Thanks for applying to the Marketing Operations Analyst role at Kudzu Creative! We'd love to learn more about you.

Jordan Pace from Kudzu Creative has invited you to record a one-way video interview. You'll answer 4 questions on your own time - there's no live interviewer.

Questions: 4
Think time: 1 minute per question
Answer time: up to 2 minutes per question
Retakes: 1 per question
Deadline: Sunday, August 24, 2025

Start your interview: https://app.sparkhire.com/interview/kudzu-creative/4d9e2f71

You can test your camera and microphone before you begin.

Good luck!
Spark Hire, on behalf of Kudzu Creative""",
  app='kudzu-creative--marketing-operations-analyst', ev='interview', kind='platform-video-interview:spark-hire',
  slug='spark-hire-invite-kudzu-creative')

m(key='kz2', d='2025-08-29 09:20', frm=ME, to=[('Jordan Pace', 'jordan@kudzucreative.com')],
  subject='Withdrawing my application - Marketing Operations Analyst',
  body="""Hi Jordan,

Thank you for the opportunity to record the video interview for the Marketing Operations Analyst position, and for your patience with my questions about the schedule.

I wanted to let you know that I have accepted a position elsewhere, so I would like to withdraw my application. I did not want to take up a slot in your process that could go to another candidate.

I really enjoyed learning about Kudzu's work with local nonprofits, and I wish you and the team all the best.

Kind regards,
Danielle Whitaker""",
  app='kudzu-creative--marketing-operations-analyst', ev='withdrawn', kind='own-withdrawal',
  slug='own-withdrawal-kudzu-creative')
