# Mailbox B - hand-written personal mail.
from b_life import ME, TASHA, MOM, MONIQUE, MARCUS

P = []
def m(**kw):
    kw.setdefault('lab', 'not_job')
    kw.setdefault('kind', 'personal')
    P.append(kw)

m(key='p_mom1', d='2025-06-09 19:12', frm=MOM, to=[ME],
  subject='JAYLEN 4TH OF JULY',
  body="""Hi Baby,

Can Jaylen come stay with me the week of the 4th? Your Aunt Bernice is having the fish fry on Saturday and all the cousins will be there. I can pick him up from you on Sunday the 29th after church.

Let me know. Love you.

Mama

Sent from my AT&T Yahoo Mail""",
  slug='mom-jaylen-july-4th-week')

m(key='p_mom1r', d='2025-06-09 21:40', frm=ME, to=[MOM], parent='p_mom1', quote='gmail',
  subject='Re: JAYLEN 4TH OF JULY',
  body="""Hi Mama! Yes, he would love that. He already asked me if Grandma's has the big pool this year lol. The 29th works. I'll pack his inhaler and I'll send the camp paperwork in case you need it.

Love you""",
  slug='reply-mom-jaylen')

m(key='p_tasha1', d='2025-06-11 12:05', frm=TASHA, to=[ME, ('Keandra Lewis', 'keandra.lewis@gmail.com')],
  subject='SAVANNAH LABOR DAY 🌴',
  body="""Ladies. It is time. Labor Day weekend, Savannah, we said it last year and did not do it. I found an Airbnb on Jones St, 3 bedrooms, $240/night split 3 ways.

Friday Aug 29 - Monday Sept 1. I need a YES by Friday so I can book.

T""",
  slug='tasha-savannah-trip')

m(key='p_tasha1r', d='2025-06-11 12:31', frm=ME, to=[TASHA, ('Keandra Lewis', 'keandra.lewis@gmail.com')], parent='p_tasha1', quote='gmail',
  subject='Re: SAVANNAH LABOR DAY 🌴',
  body="""YES. Mama said she'd keep Jaylen. I'm requesting the Friday off today before Ray can say no 😂""",
  slug='reply-tasha-savannah')

m(key='p_marcus1', d='2025-06-14 10:22', frm=MARCUS, to=[ME],
  subject='Re: resume look?',
  refs_extra=['<CAJx4kQ7mB1vN0tz@mail.gmail.com>'],
  body="""Hey D,

Took a look at your resume over coffee. Honest thoughts:

1. Lead with what you built, not what you supervised. "Built daily KPI dashboard in Power BI used by 12 site leaders" beats "Supervised inbound team of 60."
2. Put the Google cert and your SQL up top in a skills section. Recruiters skim for 6 seconds.
3. Your capstone (the Atlanta 311 response-time analysis) should be a link. Put it on Tableau Public.
4. Cut the 2014 retail job. Nobody cares, including me.

Also: hospitals and universities are slow but they LOVE ops people who know data. Be patient with them.

Proud of you for doing this.
Marcus""",
  slug='marcus-resume-feedback')

m(key='p_marcus1r', d='2025-06-14 15:10', frm=ME, to=[MARCUS], parent='p_marcus1', quote='gmail',
  subject='Re: resume look?',
  body="""Marcus, thank you so much! This is exactly what I needed. I'm moving the skills up and rewriting the bullets today. I didn't even think about putting the capstone on Tableau Public.

Question: do you think I should take the SQL intermediate course on DataCamp or just build more projects? I feel like I learn better doing.

I owe you lunch!""",
  slug='reply-marcus-resume')

m(key='p_marcus2', d='2025-06-15 09:05', frm=MARCUS, to=[ME], parent='p_marcus1r', quote='gmail',
  subject='Re: resume look?',
  body="""Projects. Every time. Pick a public dataset you care about (MARTA ridership? Atlanta food deserts?) and answer one question with it. Write it up in 300 words. That's an interview story.

Lunch accepted. Busy Bee, obviously.""",
  slug='marcus-projects-advice')

m(key='p_ray1', d='2025-06-27 17:30', frm=('Ray Jenkins', 'rayjenkins70@gmail.com'), to=[ME],
  subject='4th of July weekend coverage',
  body="""D - I know you have Jaylen at your mom's that week. Can you cover Saturday 7/5 first shift so Carlos can have the holiday with his kids? I'll give you Monday 7/7 off in exchange.

Sorry to bug you on personal email, the schedule system is down again.

Ray""",
  slug='ray-weekend-coverage')

m(key='p_ray1r', d='2025-06-27 18:02', frm=ME, to=[('Ray Jenkins', 'rayjenkins70@gmail.com')], parent='p_ray1', quote='iphone',
  subject='Re: 4th of July weekend coverage',
  body="""Sure, I can do Saturday. Monday off works. Tell Carlos he owes me a plate of his wife's ribs.""",
  slug='reply-ray-coverage')

m(key='p_monique1', d='2025-07-01 20:15', frm=MONIQUE, to=[ME, ('Derrick Banks', 'dbanks404@gmail.com')],
  subject='cookout Friday - what are you bringing',
  body="""Cookout at our house Friday the 4th, starting at 3. Derrick is smoking the brisket and he will not stop talking about it.

D - can you bring your mac and cheese and the peach cobbler?? Mama will be in Macon with Jaylen so it's just us grown folks.

Also bring a chair, we never have enough.""",
  slug='monique-july-4th-cookout')

m(key='p_bookclub1', d='2025-07-18 12:00', frm=('Sistahs Reading Circle', 'sistahsreadingcircle@gmail.com'),
  to=[ME], subject='August pick + hostess',
  body="""Hello ladies!

Thank you Pam for hosting July, that shrimp and grits was everything. 

August pick: "The Cost of Knowing" by Brittney Morris. Hostess is Danielle (Aug 21, 7pm). Danielle, let us know if you need anyone to bring anything.

September pick will be voted on at the meeting.

Love & literature,
Yvette""",
  slug='book-club-august-pick')

m(key='p_church_vbs', d='2025-06-16 09:15', frm=('Sister Pauline Everett', 'pauline.everett@greatermtolive.org'),
  to=[ME], subject='VBS volunteers - thank you!',
  body="""Good morning Sis. Danielle,

Thank you for signing up to help with the registration table for Vacation Bible School July 14-18. You make the check-in run so smooth every year with your spreadsheet!

Please arrive by 5:30 PM each evening. T-shirts will be ready Sunday after service.

Blessings,
Sister Pauline Everett
Children's Ministry Coordinator""",
  slug='church-vbs-volunteer')

m(key='p_mom2', d='2025-08-28 21:05', frm=MOM, to=[ME],
  subject='PRAISE GOD!!!!',
  body="""Monique told me!!!! I knew it I knew it. I told you God was going to open a door. A university!!! My baby is going to work at a university.

Your daddy would be so proud. I am calling Bernice right now.

Love,
Mama

Sent from my AT&T Yahoo Mail""",
  slug='mom-praise-god-new-job')

m(key='p_angela', d='2025-09-08 11:40', frm=('Angela Pruitt', 'apruitt@sedistribution.com'), to=[ME],
  cc=[('Ray Jenkins', 'rjenkins@sedistribution.com')],
  subject='Exit paperwork + farewell lunch Thursday',
  body="""Hi Danielle,

A few things before your last day on Friday:
- Please return your badge, radio and laptop to me on Friday by 2 PM.
- Your final paycheck will include your unused PTO (42.5 hours) and will be direct deposited on 9/19.
- Benefits end 9/30. COBRA information will be mailed to your home address.

And the fun part: the Inbound team is taking you to lunch Thursday at 12 at Slutty Vegan on Ralph David Abernathy. You are not allowed to pay.

We will miss you!
Angela""",
  slug='exit-paperwork-farewell-lunch')

m(key='p_tasha2', d='2025-09-02 19:22', frm=TASHA, to=[ME, ('Keandra Lewis', 'keandra.lewis@gmail.com')],
  subject='savannah pics 📸',
  body="""Uploaded everything to the shared album. The one of Danielle on the trolley tour looking personally offended by the ghost story is my favorite.

https://photos.app.goo.gl/Sv9mNc3LqT7xRa2k8

Same time next year. Keandra, you still owe me $28 for the pralines.""",
  slug='tasha-savannah-photos')

m(key='p_landlord1', d='2025-08-29 10:14', frm=ME, to=[('Camp Creek Crossing Leasing', 'leasing@campcreekcrossing.com')],
  subject='Notice to vacate - Unit 2207 (Whitaker)',
  body="""Good morning,

Please accept this email as my 30-day notice to vacate Unit 2207. My lease ends September 30, 2025, and I will be moving out on or before that date.

Please let me know the move-out inspection process and the forwarding address form for the security deposit.

Thank you,
Danielle Whitaker
Unit 2207
(404) 555-0172""",
  slug='own-notice-to-vacate')

m(key='p_landlord1r', d='2025-08-29 15:30', frm=('Camp Creek Crossing Leasing', 'leasing@campcreekcrossing.com'), to=[ME],
  parent='p_landlord1', quote='outlook', subject='RE: Notice to vacate - Unit 2207 (Whitaker)',
  body="""Hi Danielle,

We received your notice to vacate, thank you. Your move-out inspection is scheduled for Tuesday, September 30 at 3:00 PM. Please leave all keys, fobs and the mailbox key in the drop box.

The forwarding address form is attached in the resident portal under Documents. Security deposit refunds are processed within 30 days of move-out.

We're sorry to see you go!

Camp Creek Crossing Leasing Team""",
  slug='landlord-move-out-inspection')

m(key='p_movers', d='2025-09-15 13:02', tz='America/New_York', frm=('Two Trucks ATL Movers', 'booking@twotrucksatl.com'), to=[ME], fmt='alt',
  subject='Booking confirmed: Wed Oct 1, 8:00 AM',
  body="""Hi Danielle,

Your move is confirmed!

Date: Wednesday, October 1, 2025, arrival 8:00-8:30 AM
From: 3300 Camp Creek Pkwy, Unit 2207, East Point GA 30344
To: 6120 Abernathy Way, Unit 14, Sandy Springs GA 30328
Crew: 2 movers + 16' truck
Rate: $139/hr, 3 hour minimum

We'll text you when the crew is on the way.

Two Trucks ATL""",
  slug='movers-booking-confirmed')

m(key='p_marcus3', d='2025-10-10 17:44', frm=MARCUS, to=[ME],
  subject='how is campus life?',
  body="""Three weeks in! How is it? Are the professors scary? Did you find the good coffee yet?

Also - the Atlanta Women in Data folks asked if you'd do a 10-minute "career pivot" talk at the November meetup. I told them you'd be great. No pressure.""",
  slug='marcus-how-is-new-job')

m(key='p_marcus3r', d='2025-10-10 21:30', frm=ME, to=[MARCUS], parent='p_marcus3', quote='gmail',
  subject='Re: how is campus life?',
  body="""It's so good, Marcus. I sit down at 8:30 and nobody needs a forklift moved. I'm rebuilding the fall enrollment census report in Power BI and Dr. Osei already asked me to present it to the deans in November. I'm terrified and excited.

Coffee: the library cafe, not the student center. Learned that the hard way.

YES to the talk. Tell them I'll do it!""",
  slug='reply-marcus-campus-life')

m(key='p_monique2', d='2025-10-24 19:50', frm=MONIQUE, to=[ME],
  subject="Mama's 70th - Nov 8",
  body="""Okay so the party: Saturday Nov 8, 4 PM, the fellowship hall at Mama's church in Macon. Pastor already said yes. I'm doing the invitations, Derrick has the DJ.

Can you do the slideshow? You're the computer person now 😂 I need like 80 old pictures scanned. I'll bring the albums Sunday.

Budget is about $1,200, split with Uncle Ronnie. He says he's good for it (he is not).""",
  slug='monique-moms-70th-party')

m(key='p_mom3', d='2025-11-09 14:20', frm=MOM, to=[ME, MONIQUE],
  subject='Thank you my babies',
  body="""I am still crying over that slideshow. Where did you find the picture of me and your daddy at the Georgia State Fair 1983??? Everybody at church is talking about it.

Thank you both for the best birthday. God is good.

Love,
Mama

Sent from my AT&T Yahoo Mail""",
  slug='mom-thank-you-birthday')

m(key='p_tasha3', d='2025-11-17 20:10', frm=TASHA, to=[ME, ('Keandra Lewis', 'keandra.lewis@gmail.com'), ('Pam Rivers', 'pamrivers@yahoo.com')],
  subject='Friendsgiving at the new townhouse???',
  body="""Danielle has a new place with a DINING ROOM. I'm just saying. Friendsgiving, Saturday the 22nd?

I'll do the turkey (smoked, Derrick's recipe, don't tell Monique). Keandra dressing, Pam greens, Danielle... mac and cheese obviously.""",
  slug='tasha-friendsgiving')

m(key='p_tasha3r', d='2025-11-17 20:48', frm=ME, to=[TASHA, ('Keandra Lewis', 'keandra.lewis@gmail.com'), ('Pam Rivers', 'pamrivers@yahoo.com')],
  parent='p_tasha3', quote='iphone', subject='Re: Friendsgiving at the new townhouse???',
  body="""The dining room accepts. 4 PM Saturday. Someone bring folding chairs because I still only have the 4 from the old table I didn't sell 🙃""",
  slug='reply-friendsgiving')

m(key='p_church_thx', d='2025-11-12 10:00', frm=('Greater Mt. Olive Outreach Ministry', 'outreach@greatermtolive.org'), to=[ME],
  subject='Thanksgiving baskets - packing day Nov 22',
  body="""Dear Outreach volunteers,

Thank you for signing up for Thanksgiving basket packing! We will pack 250 baskets on Saturday, November 22 from 8 AM to 11 AM in the fellowship hall. Delivery drivers should arrive at 10:30.

Danielle, thank you for offering to set up the sign-up sheet and delivery routes again this year.

In His service,
Deacon Walter Simmons""",
  slug='church-thanksgiving-baskets')

m(key='p_jaylen_teacher', d='2025-09-25 15:45', frm=('Kimberly Otieno', 'kotieno@hollispark-es.org'), to=[ME],
  subject='Jaylen - great start to 5th grade!',
  body="""Hi Ms. Whitaker,

I wanted to send a quick positive note: Jaylen has had a wonderful start to 5th grade. He volunteered to present his "Georgia regions" poster first, and he's been helping a new classmate get caught up in math.

Our parent-teacher conferences are October 16-17. You can sign up in ParentSquare.

Have a great weekend!
Ms. Otieno""",
  slug='teacher-positive-note')

m(key='p_deposit', d='2025-10-27 09:00', tz='America/New_York', frm=('Camp Creek Crossing', 'residentservices@campcreekcrossing.com'), to=[ME],
  subject='Security deposit disposition - Unit 2207', fmt='plain',
  body="""Dear Danielle Whitaker,

Your security deposit disposition for Unit 2207 has been processed.

Security deposit held: $900.00
Carpet cleaning: -$85.00
Refund amount: $815.00

A check has been mailed to your forwarding address: 6120 Abernathy Way, Unit 14, Sandy Springs GA 30328.

Camp Creek Crossing Resident Services""",
  slug='security-deposit-refund')
