"""Ordinary mail and look-alikes, 23 Sep - 31 Oct 2024."""
from lib import m, ME, ME_BT, fake_pdf

MUM = "Pauline Fairclough <pauline.fairclough56@sky.com>"
DAN = "Dan Brierley <danbrierley.electrical@gmail.com>"
GEM = "Gemma Holt <gemma.holt82@hotmail.co.uk>"
LIAM = "Liam Fairclough <liamfairclough@icloud.com>"
LISA = "Lisa Haworth <lisa_haworth@yahoo.co.uk>"
PRIYA = "Priya Mistry <priya.mistry@outlook.com>"
CARL = "Carl Whitehead <carl.whitehead77@gmail.com>"
CLUB = "Levenshulme Road Runners <committee@levyroadrunners.org.uk>"
MARTIN = "Martin Greaves <martin.greaves@levyroadrunners.org.uk>"
HR = "Hayley Platt <hr@ardwickprecision.co.uk>"
TB = "Talentbridge Career Transition <programme@talentbridge-ct.co.uk>"
NOTIFY = "noreply@notifications.service.gov.uk"


def promo(key, date, frm, subject, body, kind, **kw):
    hd = kw.pop("headers", {})
    hd.setdefault("List-Unsubscribe", "<mailto:unsubscribe@%s>" % frm.split("@")[1].rstrip(">"))
    m(key, date, frm, ME, subject, body, html=True, kind=kind, headers=hd,
      cte=kw.pop("cte", "quoted-printable"), **kw)


promo("octopus-sep", "2024-09-23 07:02", "Octopus Energy <hello@octopus.energy>",
      "Your latest Octopus bill", """Hi Nicola,

Your new bill is ready for account A-7C31E9F2.

Period: 23 Aug \u2013 22 Sep 2024
Electricity: \u00a352.18
Gas: \u00a321.40
Total: \u00a373.58

Your balance after this bill is \u00a341.77 in credit. Your Direct Debit of \u00a385.00 will be collected on 1 October.

View your bill: https://octopus.energy/dashboard/bills/

Cheers,
The Octopus Energy team""", "utility-bill", tz="+0000", mid="uuid")

m("drinks-1", "2024-09-23 12:15", PRIYA,
  "Nicola Fairclough <nicola.fairclough@gmail.com>, Carl Whitehead <carl.whitehead77@gmail.com>, "
  "Jen Sykes <jensykes@gmail.com>, Dave Barlow <dave.barlow@btinternet.com>",
  "Friday \U0001F37B", """Right you lot,

Since we're all officially unemployed from Friday (sorry, "at risk" \U0001F644) I say we do proper leaving drinks for the Ardwick lot. Dukes 92 from 4ish? They do food so nobody has to be sensible.

Roger says he'll come for one and then definitely leave (he won't).

P x""", kind="personal:friends-group", mid="outlook")

m("drinks-2", "2024-09-23 19:40", ME,
  "Priya Mistry <priya.mistry@outlook.com>, Carl Whitehead <carl.whitehead77@gmail.com>, "
  "Jen Sykes <jensykes@gmail.com>, Dave Barlow <dave.barlow@btinternet.com>", None,
  """I'm in. Dan's got Evie so I'm out-out. Might need more than one.

N x""", reply_to="drinks-1", quote=True, kind="personal:friends-group", mid="gmail")

m("hr-final-pay", "2024-09-24 08:30", HR, ME, "Your redundancy \u2013 final pay and leaving arrangements",
  """Dear Nicola,

Further to our meeting on 2 September, I am writing to confirm the arrangements for your last day, Friday 27 September 2024.

Your final salary payment, including your statutory redundancy payment, enhanced redundancy payment, pay in lieu of notice and outstanding holiday (6.5 days), will be paid on 25 October 2024. A breakdown is attached. The first \u00a330,000 of your redundancy and enhanced payments is tax free; your pay in lieu of notice is taxable in the normal way.

Your P45 will be issued with your final payslip.

Before you leave on Friday please return your laptop, phone, site pass and any company PPE to Stores. Carl has kindly agreed to do the handover of your open 8Ds and the customer scorecards.

As discussed, the company has arranged a 3-month outplacement programme with Talentbridge, who will be in touch directly.

I would like to thank you personally for everything you have done for Ardwick over the last nine years. If you need a reference, please ask anyone to contact me at this address.

Kind regards,

Hayley Platt
HR Manager
Ardwick Precision Engineering Ltd
Westinghouse Road, Trafford Park, Manchester M17 1PJ""",
  att=[("Final pay breakdown - N Fairclough.pdf", "application/pdf", fake_pdf("final pay breakdown"))],
  kind="lookalike:former-employer-hr-redundancy", mid="outlook")

m("amazon-toner", "2024-09-24 10:02", "Amazon.co.uk <auto-confirm@amazon.co.uk>", ME,
  "Your Amazon.co.uk order of \"Brother TN-2420 Toner Cartridge...\"", """Hello Nicola,

Thank you for your order. We'll send a confirmation when your item ships.

Order #205-3381947-6620319
Arriving: Thursday 26 September

Brother TN-2420 Toner Cartridge, Black, Single Pack
Quantity: 1
\u00a354.99

A4 Clear Plastic Document Folders, Pack of 50
Quantity: 1
\u00a37.49

Order Total: \u00a362.48

View or manage order: https://www.amazon.co.uk/gp/css/order-history

We hope to see you again soon.
Amazon.co.uk""", html=True, kind="shop-order", mid="ses", tz="+0000")

m("mum-holding-1", "2024-09-25 18:22", MUM, ME_BT, "how are you",
  """Hi love

How are you holding up? Your dad keeps saying those Ardwick lot don't know what theyve lost. Friday must be strange.

Are you all coming for dinner Sunday. Ill do a beef. Let me know if Evie still wont eat the gravy

Love Mum xx""", kind="personal:family", mid="sky.com")

m("mum-holding-2", "2024-09-25 21:10", ME_BT, MUM, None,
  """Hi Mum,

I'm ok honestly. It's weird more than anything - nine years! But the money's decent and I've got a few things to apply for already.

Sunday would be lovely, we'll be there about 1. Evie says gravy is "fine now" so that's progress.

Love you xx""", reply_to="mum-holding-1", quote=True, kind="personal:family", mid="btinternet.com")

promo("club-sept", "2024-09-26 20:00", CLUB, "LRR News \u2013 September: Great North Run, club champs & kit",
      """LEVENSHULME ROAD RUNNERS \u2013 SEPTEMBER NEWS

Well done to the 14 Levy Road Runners who finished the Great North Run! Special mention to Siân Roberts, who took 9 minutes off her PB.

Club championship: the next counting race is the Stockport 10 on 13 October. Remember to tick "LRR" when you enter.

New kit order: the order window closes on 10 October. Vests \u00a322, t-shirts \u00a318, buffs \u00a38. Please pay Nicola (treasurer) by bank transfer with your name and "KIT" as the reference.

Tuesday sessions move to the track at Longford Park from 5 November once the clocks change.

See you out there,
The LRR Committee""", "club-newsletter", mid="mailchimp.com")

m("hr-reference", "2024-09-27 16:55", HR, ME, "Reference letter",
  """Hi Nicola,

As promised, attached is a general reference letter on headed paper confirming your dates of employment, job title and a summary of your responsibilities. You're welcome to share it with any prospective employer.

All the best for the future, and thank you again.

Hayley""", att=[("Reference - Nicola Fairclough.pdf", "application/pdf", fake_pdf("general reference letter"))],
  kind="lookalike:former-employer-reference-letter", mid="outlook")

m("tesco-slot", "2024-09-28 08:15", "Tesco.com <noreply@tesco.co.uk>", ME,
  "Your Tesco order is confirmed for Sunday 29 September",
  """Hi Nicola,

Thanks for your order. We'll deliver between 8am and 9am on Sunday 29 September.

Order number: 5832-7715
Items: 47
Estimated total: \u00a3112.64 (you saved \u00a318.20 with Clubcard Prices)

You can make changes until 11:45pm tonight.

Thanks for shopping with us,
Tesco.com""", html=True, kind="shop-order", mid="tesco.co.uk")

m("carl-photos", "2024-09-28 11:32", CARL, ME + ", Priya Mistry <priya.mistry@outlook.com>",
  "photos from last night (sorry)", """Few pics from Dukes. Roger did not leave after one.

Head's banging. Never again. Until the next one.

Carl""", att=[("IMG_4471.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg1"),
              ("IMG_4475.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg2")],
  kind="personal:friends", mid="gmail")

m("gem-party-1", "2024-09-29 19:05", GEM, ME, "Evie's party",
  """Hiya,

Have you decided what you're doing for Evie's birthday yet? I know money might be a bit tight so don't be daft about it \u2013 I'm happy to chip in, and Ruby and Jack will want to come whatever.

Bowling at Parrs Wood? They did a party package for Jack's mate that wasn't too bad. Or just pizza at yours?

G x""", kind="personal:family", mid="outlook")

m("gem-party-2", "2024-09-29 21:47", ME, GEM, None,
  """Aww thanks G. She's desperate for bowling so I think we'll do Parrs Wood on Saturday 9th (her actual birthday!). I'll book it this week. You're definitely not paying, but you can bring the cake if you're offering...

x""", reply_to="gem-party-1", quote=True, kind="personal:family", mid="gmail")

m("tb-welcome", "2024-09-30 09:00", TB, ME, "Welcome to your Career Transition Programme",
  """Dear Nicola,

Welcome to Talentbridge. Ardwick Precision Engineering has arranged a 3-month Career Transition Programme for you, and we're here to support you into your next role.

Your programme includes:
- Two one-to-one sessions with your career coach, Rachel Dunne
- A professional CV review
- Access to our live webinars (CV writing, LinkedIn, interview skills, negotiating an offer)
- Our online job search toolkit

To activate your account, please visit https://portal.talentbridge-ct.co.uk/activate and use the code ARD-0927-NF.

Rachel will contact you within the next few days to arrange your first session.

Best wishes,
The Talentbridge team""", html=True, kind="lookalike:outplacement-programme", mid="talentbridge-ct.co.uk")

m("dwp-claim", "2024-10-01 11:26", "DWP New Style JSA <" + NOTIFY + ">", ME,
  "We have received your claim for New Style Jobseeker's Allowance",
  """Dear Nicola Fairclough

We have received your claim for New Style Jobseeker's Allowance (JSA).

Your claim reference is: NSJ-71-4409-28

What happens next
Your local Jobcentre will contact you within 10 days to arrange your initial appointment with a work coach. You must attend this appointment or your claim may be closed.

Bring with you:
- proof of identity, such as your passport or driving licence
- your P45, if you have one
- details of any redundancy or pension payments

Find out more about New Style JSA: https://www.gov.uk/jobseekers-allowance

Department for Work and Pensions""", kind="lookalike:benefits-claim", mid="uuid", tz="+0000")

promo("giffgaff-oct", "2024-10-01 16:40", "giffgaff <noreply@giffgaff.com>",
      "Your goodybag renews on 4 October", """Hey Nicola,

Just a heads-up that your \u00a310 goodybag renews on 4 October. We'll take \u00a310 from your card ending 4417.

Want to change it? You can swap or cancel any time before then in your account.

Cheers,
giffgaff""", "mobile-provider", mid="giffgaff.com")

m("school-transfer", "2024-10-02 15:30", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "Year 6 \u2013 Secondary school applications (deadline 31 October)",
  """Dear Parents and Carers of Year 6,

A reminder that applications for secondary school places for September 2025 must be made online through your home local authority by 31 October 2024. For Manchester residents this is via the Manchester City Council admissions portal.

You can list up to six preferences. Please remember to include your child's current school (Cromwell Road Primary School) and upload any supporting documents, such as for faith schools, by the deadline.

Mrs Okonjo will be available after school on Thursdays in October if you would like to talk through your choices.

Kind regards,

Mrs A. Okonjo
Year 6 Lead
Cromwell Road Primary School""", html=True, kind="lookalike:school-place-info", mid="parentmail.co.uk")

m("nationwide-oct", "2024-10-03 06:45", "Nationwide <nationwide@email.nationwide.co.uk>", ME,
  "Your FlexAccount statement is ready", """Dear Miss Fairclough

Your statement for your FlexAccount ending 3318 is now available to view in the Banking app and Internet Bank.

Statement date: 2 October 2024

For your security, we'll never include links to log in, or ask for your passcode or other security details in an email.

Nationwide Building Society""", html=True, kind="bank-statement", mid="email.nationwide.co.uk")

m("lisa-int-1", "2024-10-04 13:17", LISA, ME, "GUESS WHAT",
  """Nic!!!

Only gone and got an interview at The Christie for the data analyst job!! Next Thursday (17th). I'm absolutely bricking it. It's a panel AND a test in Excel. I haven't done a proper interview in 11 years.

Any tips? You must be an expert by now haha (sorry, too soon?)

Lisa xxx""", kind="lookalike:friend-own-interview", mid="yahoo")

m("lisa-int-2", "2024-10-04 20:31", ME, LISA, None,
  """Lisa that's amazing!! So pleased for you.

Not an expert yet, ha, but the thing everyone says is have 5-6 STAR examples ready (situation, task, action, result) and practise saying them out loud, it feels daft but it works. And look up the panel on LinkedIn. And for the Excel test, do a few pivot tables and VLOOKUPs/XLOOKUPs the night before.

Want to come round Tuesday and I'll grill you over a glass of wine?

N xx""", reply_to="lisa-int-1", quote=True, kind="lookalike:friend-own-interview", mid="gmail")

m("evri-1", "2024-10-05 09:12", "Evri <notifications@evri.com>", ME, "Your Amazon parcel is on its way",
  """Hi Nicola,

Your parcel from Amazon is on its way and will be delivered today.

Tracking number: H01GHA0031427785

If you're not in, we'll leave it in a safe place or with a neighbour.

Track your parcel: https://www.evri.com/track/parcel/H01GHA0031427785

Evri""", html=True, kind="shipping", mid="evri.com", tz="+0000")

m("vinted-sold", "2024-10-05 15:48", "Vinted <no-reply@vinted.co.uk>", ME, "You've sold an item!",
  """Hi nicky_f84,

Good news! Your item "Boden wool coat, navy, size 14" has been sold for \u00a338.00.

Please send it within 5 working days using the prepaid label in your Vinted app. Once the buyer confirms everything is OK, the money will be moved to your Vinted balance.

Happy selling!
The Vinted team""", html=True, kind="marketplace:sold", mid="vinted.co.uk")

m("mum-hosp-1", "2024-10-06 10:02", MUM, ME_BT, "Dads appointment",
  """Nicola

Dads got his appointment at the Royal Bolton for his heart thing, its Tuesday 15th at 10.40 in cardiology. Would you be able to drive us? I dont like the parking there and he wont let me drive his car

Mum xx""", kind="personal:family", mid="sky.com")

m("mum-hosp-2", "2024-10-06 10:44", ME_BT, MUM, None,
  """Of course, I'll pick you up at 9.45. Tell Dad to write his questions down this time!

xx""", reply_to="mum-hosp-1", quote=True, kind="personal:family", mid="btinternet.com")

m("jcp-appt", "2024-10-07 09:03", "Jobcentre Plus <" + NOTIFY + ">", ME,
  "Your appointment with your work coach",
  """Dear Nicola Fairclough

Your initial New Style Jobseeker's Allowance interview has been booked.

Date: Friday 11 October 2024
Time: 11:20am
Place: Longsight Jobcentre, 1 Stockport Road, Manchester M13 0BZ

At this interview your work coach will talk to you about the work you're looking for and agree your Claimant Commitment with you.

If you cannot attend, you must call us on 0800 055 6688 before your appointment. If you do not attend, your benefit may be stopped.

Claim reference: NSJ-71-4409-28

Department for Work and Pensions""", kind="lookalike:jobcentre-interview", mid="uuid", tz="+0000")

m("tb-webinar", "2024-10-07 14:20", "Talentbridge Events <events@talentbridge-ct.co.uk>", ME,
  "Registration confirmed: Interview Skills Masterclass \u2013 Thu 17 October",
  """Hi Nicola,

You're booked on to the following live webinar:

Interview Skills Masterclass: competency questions, STAR answers and video interviews
Thursday 17 October 2024, 10:00 \u2013 11:30 (UK time)
Presenter: Mark Fenton, Senior Career Coach

Join on the day: https://talentbridge-ct.zoom.us/j/88812034411

Can't make it? A recording will be available on the portal within 48 hours.

The Talentbridge team""", html=True, kind="lookalike:webinar-registration-interview-skills",
  mid="talentbridge-ct.co.uk")

promo("puregym-cancel", "2024-10-08 08:05", "PureGym <noreply@puregym.com>",
      "Your membership has been cancelled", """Hi Nicola,

We've cancelled your membership at PureGym Manchester Stretford as requested. Your last payment was taken on 1 October and you can keep training until 31 October.

We're sorry to see you go. If you change your mind, you can rejoin any time with no joining fee for the next 60 days.

The PureGym team""", "account-cancellation", cte=None, mid="puregym.com")

promo("totaljobs-advice-1", "2024-10-09 12:00", "Totaljobs Career Advice <careers@e.totaljobs.com>",
      "How to explain redundancy in an interview (without sounding bitter)", """CAREER ADVICE FROM TOTALJOBS

How to explain redundancy in an interview
Redundancy is more common than ever, and employers know it. Keep it short, factual and forward-looking: "The site closed and my role went with it. It's given me the chance to look for a role where I can..." Then move on to what you achieved.

Also this week:
- 7 questions to ask at the end of any interview
- Should you take a pay cut to get back into work?
- The hidden job market: why speculative applications still work

Read more: https://www.totaljobs.com/advice

You are receiving this email because you signed up for career advice from Totaljobs.
Unsubscribe | Manage preferences""", "lookalike:newsletter-interview-tips")

promo("virgin-oct", "2024-10-10 05:30", "Virgin Media <virginmedia@mail.virginmedia.com>",
      "Your Virgin Media bill is ready", """Hi Nicola,

Your latest bill is ready to view.

Account number: 8811 2046 31
Amount due: \u00a348.00
Payment date: on or just after 18 October by Direct Debit

View your bill in My Virgin Media: https://www.virginmedia.com/my-virgin-media

Thanks,
Virgin Media""", "utility-bill", cte=None)

m("swim-gala", "2024-10-10 19:15", "Levenshulme Swimming Club <secretary@levyswimclub.co.uk>", ME,
  "Club gala \u2013 entries close Sunday", """Dear Parents,

Entries for the club gala at Levenshulme Pool on Saturday 26 October close this Sunday. Please enter your swimmer via the Swim Manager app. Entry fee is \u00a33 per event, maximum three events per swimmer.

We also need volunteers for timekeeping \u2013 no experience needed, we'll show you what to do. Please reply to this email if you can help for a session.

Thank you,
Carol Heaney
Club Secretary""", kind="club", mid="levyswimclub.co.uk")

m("dan-boiler", "2024-10-11 07:48", DAN, ME, "boiler",
  """Kerry from Northbank rang, gas safety man coming Tues 15th between 8 and 12. I'm on a job in Didsbury all day, can you be in? Actually you're taking your mum and dad to the hospital arent you. I'll ask Sue next door to let him in

D""", kind="personal:partner", mid="gmail")

m("northbank-gas", "2024-10-11 10:30", "Northbank Lettings <property@northbanklettings.co.uk>", ME,
  "Annual gas safety inspection \u2013 27 Chapel Grove, M19", """Dear Ms Fairclough and Mr Brierley,

Your annual gas safety inspection is due. Our engineer, Pro-Heat Services, will attend on Tuesday 15 October between 8am and 12pm.

Please ensure there is access to the boiler, gas meter, hob and gas fire. If you are unable to provide access, please contact us as soon as possible so we can rearrange.

A copy of the new Gas Safety Record will be emailed to you within 28 days of the inspection.

Kind regards,

Kerry Jackson
Property Manager
Northbank Lettings, 812 Stockport Road, Levenshulme, M19 3AW""", kind="landlord", mid="northbanklettings.co.uk")

m("parkrun-oct12", "2024-10-12 11:41", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #612", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 26:14
You finished in 187th place out of 561 and were the 31st female.
You came 4th in the VW40-44 age category.

This was your 88th parkrun. Your best time at this event is 24:58.

Thanks to the 27 volunteers who made today possible.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

promo("mse-oct", "2024-10-14 19:00", "MoneySavingExpert <news@moneysavingexpert.com>",
      "Redundancy rights, energy price cap & 100s more deals", """MONEYSAVINGEXPERT WEEKLY

REDUNDANCY: KNOW YOUR RIGHTS
If you've been with your employer for two years or more, you're usually entitled to statutory redundancy pay. The first \u00a330,000 of a redundancy payment is tax-free... and you may be able to get a tax rebate if you've been overtaxed on your final pay.

ENERGY PRICE CAP RISES 10% ON 1 OCTOBER
What it means for you and how to check if a fix beats it.

PLUS: free bowling for kids at selected venues in half-term, 20% off at Boots, and the best easy-access savings rates.

Read the full email: https://www.moneysavingexpert.com/tips/""", "newsletter")

m("mcc-school-app", "2024-10-15 21:52", "Manchester City Council School Admissions <admissions@manchester.gov.uk>", ME,
  "Secondary school application received \u2013 Evie Brierley", """Dear Nicola Fairclough

Thank you for your application for a secondary school place for September 2025.

Application reference: MCC-SEC-2025-118304
Child: Evie Brierley
Date of birth: 09/11/2014

Your preferences:
1. Levenshulme High School
2. Burnage Academy for Boys \u2013 (not applicable, please check)
3. The Barlow RC High School
4. Kingsway Park High School

Please check your preferences carefully. You can make changes until 11:59pm on 31 October 2024. Offers will be sent by email on National Offer Day, 3 March 2025.

Manchester City Council
School Admissions Team""", kind="lookalike:school-place-application", mid="manchester.gov.uk")

m("mcc-school-fix", "2024-10-15 22:07", ME, "Dan Brierley <danbrierley.electrical@gmail.com>",
  "Fwd: Secondary school application received \u2013 Evie Brierley", """Dan \u2013 how did Burnage Academy for BOYS get on there?! I must have clicked the wrong one in the drop-down. Will change it to Trinity tomorrow. Otherwise all done.

---------- Forwarded message ---------
From: Manchester City Council School Admissions <admissions@manchester.gov.uk>
Subject: Secondary school application received \u2013 Evie Brierley

Application reference: MCC-SEC-2025-118304""",
  kind="lookalike:school-place-application-forward", mid="gmail")

m("jsa-decision", "2024-10-16 10:15", "DWP New Style JSA <" + NOTIFY + ">", ME,
  "Your New Style Jobseeker's Allowance claim", """Dear Nicola Fairclough

We have made a decision about your claim for New Style Jobseeker's Allowance.

You are entitled to New Style JSA of \u00a390.50 a week from 30 September 2024. You will be paid every 2 weeks into the account ending 3318.

Your payments may be affected by your redundancy payment or any pension you receive. A letter explaining the decision has been sent to your home address.

You must keep to your Claimant Commitment and attend your work coach appointments.

Department for Work and Pensions""", kind="lookalike:benefits-decision", mid="uuid", tz="+0000")

m("lisa-int-3", "2024-10-17 16:44", LISA, ME, "done!!",
  """It's done!!! Panel was three of them, one was lovely, one didn't look up once, one asked me about stakeholder management for about ten minutes. Excel test was fine thanks to you and the pivot tables.

They said they'll let people know by end of next week. Trying not to refresh my emails every 5 mins. (Failing.)

Drink Saturday?? xx""", kind="lookalike:friend-own-interview", mid="yahoo")

m("lisa-int-4", "2024-10-17 19:02", ME, LISA, None,
  """Sounds like you smashed it! The "didn't look up once" ones are always the worst, it probably means nothing.

Saturday yes. The Blue Pig? 8ish?

xx""", reply_to="lisa-int-3", quote=True, kind="lookalike:friend-own-interview", mid="gmail")

m("cqi-event", "2024-10-18 12:34", "Eventbrite <noreply@order.eventbrite.com>", ME,
  "Your tickets for CQI North West: Supplier quality in a changing automotive supply chain",
  """Hi Nicola,

Registration confirmed.

CQI North West Branch \u2013 Supplier quality in a changing automotive supply chain
Wednesday 6 November 2024, 18:00 \u2013 20:30
Science and Industry Museum, Liverpool Road, Manchester M3 4FP

Order #10484471937 \u00b7 1 x General Admission (CQI members) \u00b7 Free

Speakers include the head of supplier quality at a major UK vehicle manufacturer, followed by networking and a buffet.

View your ticket in the Eventbrite app or add to your calendar.

Eventbrite""", html=True, kind="lookalike:event-registration-confirmed", mid="uuid", tz="+0000")

m("parkrun-oct19", "2024-10-19 11:02", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #613", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:41
You finished in 151st place out of 498 and were the 24th female.

Well done on your fastest time in the last 10 runs!

This was your 89th parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("gem-bowl-1", "2024-10-20 17:26", GEM, ME, "Party list",
  """Right, is it just our lot plus 6 from her class? I've asked Mum and she'll do sandwiches for after, back at yours. Ruby's making a "Happy 10th Evie" banner, brace yourself for glitter.

Cake: unicorn or football? Or both??

x""", kind="personal:family", mid="outlook")

m("gem-bowl-2", "2024-10-20 20:11", ME, GEM, None,
  """Yes \u2013 us, you lot, Mum & Dad and 6 girls from class (plus Liam if he surfaces). Booked 2 lanes for 2pm.

Football cake, she's very clear she's "too old for unicorns". Sob.

x""", reply_to="gem-bowl-1", quote=True, kind="personal:family", mid="gmail")

m("hollywood-bowl", "2024-10-21 09:44", "Hollywood Bowl <bookings@hollywoodbowl.co.uk>", ME,
  "Booking confirmation \u2013 Hollywood Bowl Manchester Parrs Wood", """Hi Nicola,

Thanks for booking with us! Here are your details:

Booking reference: HB-PW-774120
Date: Saturday 9 November 2024
Time: 14:00
Package: Kids Party Deluxe \u2013 2 lanes, 2 games, party meal and slush for 10
Total paid: \u00a3149.90

Please arrive 15 minutes before your booking to check in at the front desk.

See you soon!
Hollywood Bowl Parrs Wood""", html=True, kind="booking-confirmation", mid="hollywoodbowl.co.uk")

promo("boots-oct", "2024-10-22 11:00", "Boots <boots@e.boots.com>",
      "Nicola, your Advantage Card offers are here", """Your personalised offers are ready, Nicola.

- 4x points on No7
- \u00a32 off Soltan kids
- Buy one get one half price on vitamins

You have 1,284 points (worth \u00a312.84).

Load your offers: https://www.boots.com/advantage-card

Offers valid until 3 November. Terms apply.""", "promotion")

m("priya-checkin-1", "2024-10-23 13:05", PRIYA, ME, "how's it going?",
  """Hiya lovely,

How's the hunt going? I've had one phone screen and a whole lot of tumbleweed so far. Carl reckons half the jobs on LinkedIn aren't even real which is cheerful.

Have you done the Talentbridge CV thing yet? Mine came back with "consider adding more achievements" which... fair.

Lunch next week? Somewhere cheap!

P xx""", kind="personal:friend", mid="outlook")

m("priya-checkin-2", "2024-10-23 20:50", ME, PRIYA, None,
  """Hiya! Slowly. A couple of things in the pipeline but nothing definite, and a fair few "thanks but no thanks". I've stopped taking it personally. Mostly.

Haven't done the CV review yet, it's booked for next week.

Lunch Wednesday? Mackie Mayor is cheap-ish if we share.

xx""", reply_to="priya-checkin-1", quote=True, kind="personal:friend", mid="gmail")

promo("tvl-oct", "2024-10-24 08:20", "TV Licensing <donotreply@tvlicensing.co.uk>",
      "Your TV Licence payment schedule", """Dear Miss Fairclough

Thank you for paying for your TV Licence by Direct Debit. Your next payment of \u00a314.12 will be taken on or just after 1 November 2024.

Licence number: 3187 4402 9165

TV Licensing""", "utility-bill", cte=None)

m("liam-flat-1", "2024-10-25 17:33", LIAM, ME, "big news (sort of)",
  """Sis

Found a flat! One bed in Salford Quays, 10 mins walk from work, balcony, the lot. Only problem is the letting agent wants a guarantor because I've only been at the new place 4 months. Mum said to ask you not them because of Dad's pension. Could you? They'd just do a credit check and you sign something. Totally fine if not

L""", kind="personal:family", mid="apple")

m("liam-flat-2", "2024-10-25 19:20", ME, LIAM, None,
  """Congrats! A balcony, get you.

Yes I'll do it \u2013 but you'd better pay your rent on time, I'm unemployed remember! Send me the details. Bear in mind they might be funny about it as I'm not working at the moment, but I've got savings so hopefully it'll be ok.

N""", reply_to="liam-flat-1", quote=True, kind="personal:family", mid="gmail")

promo("justeat-oct", "2024-10-26 17:00", "Just Eat <noreply@t.just-eat.co.uk>",
      "Saturday night sorted? 25% off selected takeaways", """It's Saturday night. You know what to do.

Get 25% off at selected restaurants near M19 tonight only. Minimum spend \u00a315.

Order now: https://www.just-eat.co.uk""", "promotion")

m("halloween-trail", "2024-10-27 10:15", "Heaton Park Events <tickets@heatonparkevents.co.uk>", ME,
  "Your tickets: Heaton Park Halloween Lantern Trail", """Thank you for your booking.

Heaton Park Halloween Lantern Trail
Thursday 31 October 2024, entry slot 17:30

Tickets: 2 x Adult, 1 x Child (5-15)
Order total: \u00a335.50
Order ref: HP-HLT-33019

Please show your e-ticket on your phone at the Hall Lane entrance. Wrap up warm and wear sturdy footwear!""",
  html=True, kind="booking-confirmation", mid="heatonparkevents.co.uk")

m("club-treas-1", "2024-10-28 20:14", MARTIN, ME, "AGM \u2013 treasurer's report",
  """Hi Nicola,

Hope the job hunting is going ok. Just checking you'll be able to do the treasurer's report for the AGM on 28 November? Nothing fancy \u2013 income/expenditure for the year, balance, and a word on subs for next year. I'd like to circulate papers by the 21st.

Also \u2013 did the kit order money all come in?

Cheers,
Martin""", kind="club:committee", mid="levyroadrunners.org.uk")

m("club-treas-2", "2024-10-29 09:26", ME, MARTIN, None,
  """Morning Martin,

Yes no problem, I'll have it to you by the 19th. Kit money all in apart from two people (I've chased them). We've got \u00a34,312 in the account before the kit invoice. I think we can keep subs at \u00a325 for another year.

I'm also going to look at applying to Awards for All for the new gazebo and the first aid kits, if the committee is ok with that?

Nicola""", reply_to="club-treas-1", quote=True, kind="club:committee", mid="gmail")

m("school-deadline", "2024-10-30 08:10", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "REMINDER: secondary applications close TOMORROW", """Dear Year 6 Parents and Carers,

This is a final reminder that secondary school applications close at 11:59pm tomorrow, Thursday 31 October. Late applications will be considered after all on-time applications.

If you have any difficulty with the online form, please speak to the school office today.

Cromwell Road Primary School""", html=True, kind="lookalike:school-place-reminder", mid="parentmail.co.uk")

m("tb-cv-review", "2024-10-31 15:45", "Rachel Dunne <rachel.dunne@talentbridge-ct.co.uk>", ME,
  "Your CV review \u2013 notes from today",
  """Hi Nicola,

Lovely to speak to you today. As promised, my notes from our session are attached, along with the marked-up version of your CV.

The main points:
1. Your profile is strong but generic \u2013 lead with "Quality Engineer with 14 years in aerospace and automotive machining".
2. Quantify your achievements: the FAI backlog (120 parts cleared in 10 weeks), customer PPM down from 410 to 95, zero findings at your last AS9100 surveillance audit.
3. Cut the 2008\u20132012 roles to one line each.
4. Add your IRCA lead auditor certificate number.

For interviews, practise your redundancy answer until it's 20 seconds and upbeat. You've got lots of great examples \u2013 just make sure you say "I" rather than "we".

Our next session is booked for 28 November. Good luck with the applications in the meantime!

Warm wishes,
Rachel Dunne
Career Coach, Talentbridge""", att=[("NF CV - coach comments.pdf", "application/pdf", fake_pdf("coach comments"))],
  kind="lookalike:career-coaching", mid="outlook")

promo("bbcgf-oct", "2024-10-16 08:00", "BBC Good Food <newsletter@e.bbcgoodfood.com>",
      "Cheap autumn dinners the whole family will eat", """BBC GOOD FOOD

Budget autumn family dinners
Sausage & butter bean casserole, one-pan chicken traybake, and our \u00a31-a-portion veggie chilli.

Batch-cook Sunday: 8 freezer-friendly recipes to save you time (and money) all week.

Get the recipes: https://www.bbcgoodfood.com/recipes/collection/budget-autumn""", "newsletter")

m("swim-results", "2024-10-27 18:40", "Levenshulme Swimming Club <secretary@levyswimclub.co.uk>", ME,
  "Club gala results", """Dear Parents,

Thank you to everyone who swam, timed and cheered at yesterday's club gala! Full results are attached.

Highlights: 14 PBs in the 10/11 age group, and a new club record for the girls' 4x25m freestyle relay (Evie B., Maisie T., Aaliyah R. and Grace W.) \u2013 well done girls!

Training resumes as normal on Tuesday.

Carol Heaney
Club Secretary""", att=[("Gala results Oct 2024.pdf", "application/pdf", fake_pdf("gala results"))],
  kind="club", mid="levyswimclub.co.uk")
