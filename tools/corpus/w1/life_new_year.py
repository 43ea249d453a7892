"""Ordinary mail and look-alikes, January - early March 2025."""
from lib import m, ME, ME_BT, fake_pdf
from life_autumn import MUM, DAN, GEM, LIAM, LISA, PRIYA, CARL, CLUB, MARTIN, NOTIFY, promo

m("mum-ny-1", "2025-01-02 10:12", MUM, ME_BT, "happy new year",
  """Happy new year love, 2025 is going to be your year I can feel it. Your dad says good luck for Tuesday, he's lit a candle at St Pete's (he hasnt been to church since 1987)

Mum xx""", kind="personal:family", mid="sky.com")

m("mum-ny-2", "2025-01-02 12:30", ME_BT, MUM, None,
  """Ha, tell him thank you, I'll take all the help I can get! Happy new year to you both. Thanks for a lovely Christmas.

xx""", reply_to="mum-ny-1", quote=True, kind="personal:family", mid="btinternet.com")

m("nationwide-jan", "2025-01-03 06:40", "Nationwide <nationwide@email.nationwide.co.uk>", ME,
  "Your FlexAccount statement is ready", """Dear Miss Fairclough

Your statement for your FlexAccount ending 3318 is now available to view in the Banking app and Internet Bank.

Statement date: 2 January 2025

Nationwide Building Society""", html=True, kind="bank-statement", mid="email.nationwide.co.uk")

promo("octopus-jan", "2025-01-03 07:05", "Octopus Energy <hello@octopus.energy>",
      "Your latest Octopus bill", """Hi Nicola,

Your new bill is ready for account A-7C31E9F2.

Period: 23 Nov \u2013 22 Dec 2024
Electricity: \u00a374.02
Gas: \u00a398.65
Total: \u00a3172.67

Your new Direct Debit of \u00a3110.00 started on 1 January.

Cheers,
The Octopus Energy team""", "utility-bill", tz="+0000", mid="uuid")

m("jcp-jan", "2025-01-03 09:10", "Jobcentre Plus <" + NOTIFY + ">", ME,
  "Reminder: work search review appointment", """Dear Nicola Fairclough

This is a reminder of your appointment:

Work search review with your work coach
Wednesday 8 January 2025 at 10:20am
Longsight Jobcentre, 1 Stockport Road, Manchester M13 0BZ

Please bring your record of job applications and interviews.

Department for Work and Pensions""", kind="lookalike:jobcentre-appointment", mid="uuid", tz="+0000")

m("parkrun-jan4", "2025-01-04 11:15", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #624", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 27:45 (icy paths \u2013 well done for getting out!)
You finished in 190th place out of 366 and were the 33rd female.

This was your 96th parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("dan-pres-1", "2025-01-05 14:02", ME, DAN, "tonight",
  """Can you and Evie be my interview panel tonight after tea? I need to run through the presentation at least twice out loud. 15 mins. You're allowed to ask ONE difficult question each.

x""", kind="personal:partner", mid="gmail")

m("dan-pres-2", "2025-01-05 15:40", DAN, ME, None,
  """Evie has already written her difficult question. She won't tell me what it is. Be afraid

D x""", reply_to="dan-pres-1", quote=True, kind="personal:partner", mid="gmail")

m("bootcamp-place", "2025-01-06 13:25", "Northern Skills Academy <admissions@northernskillsacademy.co.uk>", ME,
  "Congratulations \u2013 your Skills Bootcamp place is confirmed", """Dear Nicola,

Following your eligibility interview, we're delighted to offer you a place on the Skills Bootcamp in Lean Six Sigma Green Belt, starting Monday 27 January 2025.

Please accept your place by completing your learner agreement here: https://enrol.northernskillsacademy.co.uk/LSS-GB-0125

Your first session is on Monday 27 January, 18:30\u201320:30, online. Joining instructions will follow a week before the start date.

As your Jobcentre work coach has approved your place, the bootcamp will count towards your work search activity.

Kind regards,
Admissions Team
Northern Skills Academy""", html=True, kind="lookalike:course-place-offered", mid="northernskillsacademy.co.uk")

m("lisa-luck-1", "2025-01-07 07:31", LISA, ME, "good luck!!!",
  """Good luck today!!! You've got this. Remember: STAR, breathe, and don't mention the CMM incident of 2019 \U0001F602

xxx""", kind="personal:friend", mid="yahoo")

m("lisa-luck-2", "2025-01-07 15:02", ME, LISA, None,
  """Ha! Thank you. Think it went really well?! Presentation went fine, the Ops Director laughed at my joke, and I didn't mention the CMM incident. Now the waiting game...

xx""", reply_to="lisa-luck-1", quote=True, kind="personal:friend", mid="gmail")

m("amazon-refund", "2025-01-08 11:20", "Amazon.co.uk <return@amazon.co.uk>", ME,
  "Your refund for Karrimor Women's Waterproof Running Jacket...", """Hello Nicola,

We've processed your refund of \u00a329.99 for Karrimor Women's Waterproof Running Jacket, Black, Size 14.

The refund will be credited to your Visa ending 4417 within 3-5 business days.

Amazon.co.uk""", html=True, kind="shop-refund", mid="ses", tz="+0000")

m("li-msg-digest", "2025-01-09 18:30", "LinkedIn <messaging-digest-noreply@linkedin.com>", ME,
  "Nicola, you have 2 new messages", """You have 2 new messages

Carl Whitehead
"Haha yes, the Ashton place said yes! Start Monday. Pint soon to celebrate?"

Dave Barlow
"Hi Nicola, hope you're well! Do you still have that FMEA template from the Airbus job? Would be a massive help"

View messages: https://www.linkedin.com/comm/messaging/

\u00a9 2025 LinkedIn Ireland Unlimited Company""", tz="+0000", html=True, kind="social-notification:linkedin-messages",
  mid="linkedin.com")

m("evri-jan", "2025-01-10 12:12", "Evri <notifications@evri.com>", ME, "Your Vinted parcel has been delivered",
  """Hi Nicola,

Your parcel has been delivered to the ParcelShop: Levenshulme News, 790 Stockport Road.

Tracking number: H01GHA0057712908

Evri""", html=True, kind="shipping", mid="evri.com", tz="+0000")

m("parkrun-jan11", "2025-01-11 11:10", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #625", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:48
You finished in 158th place out of 430 and were the 25th female.

This was your 97th parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("admiral-quote", "2025-01-13 09:00", "Admiral <renewals@admiral.com>", ME,
  "Your car insurance renewal quote is ready", """Dear Nicola,

Your car insurance for Ford Focus (MA17 XKE) is due for renewal on 17 February 2025.

Your renewal quote: \u00a3612.40 per year (or 11 monthly instalments of \u00a359.38)
Last year you paid: \u00a3498.15

If your circumstances have changed \u2013 for example, a new job, a new address or a change in annual mileage \u2013 please let us know, as this could affect your price.

View your quote: https://www.admiral.com/myaccount

Admiral Insurance""", html=True, kind="insurance-renewal-quote", mid="admiral.com")

m("mum-news-1", "2025-01-14 10:05", ME_BT, MUM + ", " + GEM, "NEWS!!!!!",
  """Mum, Gem \u2013

I GOT IT!!! They've offered me the job at the aerospace place in Bolton! Senior Quality Engineer, more money than Ardwick and it's only 35 minutes in the car. Starting 3 February.

I'm still shaking. Ring you later.

xxxxxx""", kind="personal:family-news-mentions-job", mid="btinternet.com")

m("mum-news-2", "2025-01-14 10:48", MUM, ME_BT, None,
  """OH NICOLA!!! I knew it!!! Your dad has gone all quiet which means hes crying. We are so so proud of you. Told you it was your year

Mum xxxxxxxxxx""", reply_to="mum-news-1", quote=True, kind="personal:family-news", mid="sky.com")

m("gem-news", "2025-01-14 11:20", GEM, ME_BT + ", " + MUM, None,
  """AAAAAAAAH!!! YES!!! Told you!! Celebration tea on me this weekend, no arguments.

G xxx""", reply_to="mum-news-1", kind="personal:family-news", mid="outlook")

m("jet2-12wks", "2025-01-15 09:00", "Jet2holidays <noreply@jet2holidays.com>", ME,
  "12 weeks to go until Tenerife! \u2600\ufe0f", """Hi Nicola,

Only 12 weeks to go until your holiday to Costa Adeje!

Now's a great time to:
- Add hold luggage
- Pre-book your transfers
- Check your passports are valid for at least 3 months after your return date

Manage your booking: https://www.jet2holidays.com/myjet2

Booking reference: JH77C2KM

Jet2holidays""", html=True, kind="travel", mid="jet2holidays.com", cte="base64")

m("renewal-accept", "2025-01-16 20:32", ME, "Northbank Lettings <property@northbanklettings.co.uk>", None,
  """Hi Kerry,

Dan and I would like to accept the offer of renewal for 27 Chapel Grove for a further 12 months from 1 March at \u00a31,175 per month.

Please send over the new agreement when it's ready.

Many thanks,
Nicola""", reply_to="northbank-renewal", quote=True, kind="lookalike:tenancy-renewal-acceptance", mid="gmail")

m("renewal-confirm", "2025-01-17 11:45", "Kerry Jackson <kerry@northbanklettings.co.uk>", ME, None,
  """Hi Nicola,

Thank you for confirming. I'll send the renewal agreement for e-signature next week for you both to sign.

Kind regards,
Kerry""", reply_to="renewal-accept", quote=True, kind="landlord", mid="outlook")

m("parkrun-jan18", "2025-01-18 11:02", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #626", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:31
You finished in 146th place out of 441 and were the 21st female.

This was your 98th parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("bootcamp-withdraw", "2025-01-19 19:55", ME, "Northern Skills Academy <admissions@northernskillsacademy.co.uk>",
  "Withdraw my application \u2013 Skills Bootcamp Lean Six Sigma Green Belt", """Dear Admissions Team,

Thank you for offering me a place on the Lean Six Sigma Green Belt Skills Bootcamp starting on 27 January.

I'm sorry, but I have just accepted a full-time job starting on 3 February and I don't think I will be able to commit to two evenings a week on top of that while I settle in. Please withdraw my application so the place can go to someone else.

Thank you for your help, and I hope to apply again in the future.

Kind regards,
Nicola Fairclough""", reply_to="bootcamp-place", kind="lookalike:course-withdrawal", mid="gmail")

m("bootcamp-withdrawn", "2025-01-20 10:10", "Northern Skills Academy <admissions@northernskillsacademy.co.uk>", ME, None,
  """Dear Nicola,

Thank you for letting us know, and congratulations on your new job!

We have withdrawn your application for the January cohort. As an employed learner you may be eligible for our co-funded evening courses later in the year \u2013 we'll send you details when they open.

Best wishes,
Admissions Team
Northern Skills Academy""", reply_to="bootcamp-withdraw", quote=True, kind="lookalike:course-withdrawal-confirmed",
  mid="northernskillsacademy.co.uk")

m("dwp-change", "2025-01-20 15:42", "DWP New Style JSA <" + NOTIFY + ">", ME,
  "We have received your change of circumstances", """Dear Nicola Fairclough

Thank you for telling us about a change of circumstances.

Claim reference: NSJ-71-4409-28
Change: starting work
Date of change: 3 February 2025

We'll write to you to tell you how this affects your New Style Jobseeker's Allowance. You do not need to attend any further appointments with your work coach after your start date.

Department for Work and Pensions""", kind="lookalike:benefits-change-of-circumstances", mid="uuid", tz="+0000")

m("jobsfair-cancel", "2025-01-21 09:14", "Eventbrite <noreply@order.eventbrite.com>", ME,
  "Your order for North West Manufacturing & Engineering Jobs Fair 2025 has been cancelled", """Hi Nicola,

Your order has been cancelled.

North West Manufacturing & Engineering Jobs Fair 2025
Thursday 23 January 2025, Bolton Whites Hotel

Order #10577201456 \u00b7 1 x Jobseeker ticket \u00b7 Free

No refund is due as this was a free order.

Eventbrite""", html=True, kind="lookalike:jobs-fair-registration-cancelled", mid="uuid", tz="+0000")

m("halfords-mot", "2025-01-22 08:30", "Halfords Autocentres <noreply@halfords.com>", ME,
  "Your MOT is due soon \u2013 MA17 XKE", """Hi Nicola,

Our records show the MOT for your Ford Focus (MA17 XKE) is due by 28 February 2025.

Book your MOT at Halfords Autocentre Stockport for just \u00a329.85 (save up to 45%).

Book now: https://www.halfords.com/motoring/mot

Halfords Autocentres""", html=True, kind="car:mot-reminder", mid="halfords.com")

m("gem-celeb-1", "2025-01-23 19:20", GEM, ME, "Saturday!",
  """Tea's booked \u2013 Saturday 7pm, Rudy's in Ancoats. Us 4, you 3, Mum & Dad and Liam. My treat, no arguing. I've told them it's a celebration so they'll probably bring a candle out, sorry in advance.

x""", kind="personal:family", mid="outlook")

m("gem-celeb-2", "2025-01-23 21:04", ME, GEM, None,
  """You're the best. Pizza AND a candle. See you Saturday xx""", reply_to="gem-celeb-1", quote=True,
  kind="personal:family", mid="gmail")

m("parkrun-jan25", "2025-01-25 11:20", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #627", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:09 \u2013 a new PB at Heaton Park! Superb running!
You finished in 121st place out of 459 and were the 17th female.

This was your 99th parkrun. Next week could be your 100th!

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("arco-boots", "2025-01-26 17:40", "Arco <orders@arco.co.uk>", ME,
  "Your Arco order has been dispatched", """Dear Nicola,

Good news \u2013 your order has been dispatched and will be delivered by DPD on Tuesday 28 January.

Order number: WEB-8830417
Skechers Women's Safety Trainer, Black, Size 6 (S1P) \u2013 \u00a374.99
Arco Essentials Women's Fleece, Navy, Size 14 \u2013 \u00a317.50

Total inc. VAT and delivery: \u00a392.49

Arco Ltd, Hull""", html=True, kind="shop-order", mid="arco.co.uk")

m("ardwick-pension", "2025-01-27 10:15", "Northgate Workplace Pensions <noreply@northgatepensions.co.uk>", ME,
  "Your pension: options now you have left Ardwick Precision Engineering Ltd", """Dear Ms Fairclough

Our records show that you left Ardwick Precision Engineering Ltd on 27 September 2024 and that contributions to your pension plan have stopped.

Plan number: NWP-0044192-F
Current value: \u00a338,217.46 (as at 24 January 2025)

Your options:
1. Leave your pension where it is \u2013 it will stay invested and you can manage it online.
2. Transfer it to your new employer's scheme or another provider.

You don't need to do anything now. For free, impartial guidance, visit MoneyHelper.

Northgate Workplace Pensions""", html=True, kind="pension", mid="northgatepensions.co.uk")

m("dan-rota-1", "2025-01-28 08:22", DAN, ME, "school run",
  """Sorted the school run from next week. Sue says she can do Tues and Thurs pickups, I'll do Mon and Weds, and Friday you're home by 2 anyway (!!). Mornings Evie can go to breakfast club \u2013 did you fill in the form?

D x""", kind="personal:partner", mid="gmail")

m("dan-rota-2", "2025-01-28 12:03", ME, DAN, None,
  """You're a star. Yes, did the breakfast club form last night, waiting to hear.

x""", reply_to="dan-rota-1", quote=True, kind="personal:partner", mid="gmail")

m("breakfast-club", "2025-01-29 14:10", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "Breakfast Club \u2013 your application for a place", """Dear Nicola Fairclough,

Thank you for your application for a place at Cromwell Road Breakfast Club for Evie Brierley (6O).

We are pleased to confirm that a place is available on the days you requested:
Monday, Tuesday, Wednesday, Thursday, Friday (07:45 \u2013 08:45)

Cost: \u00a33.50 per session, payable in advance via ParentPay. Evie can start from Monday 3 February.

Cromwell Road Primary School""", html=True, kind="lookalike:childcare-place-application", mid="parentmail.co.uk")

m("amazon-lunch", "2025-01-30 21:15", "Amazon.co.uk <auto-confirm@amazon.co.uk>", ME,
  "Your Amazon.co.uk order of \"Stanley Classic Trigger-Action Travel Mug...\"", """Hello Nicola,

Thank you for your order.

Order #204-7712048-3391047
Arriving: Saturday 1 February

Stanley Classic Trigger-Action Travel Mug 0.35L, Hammertone Green \u2013 \u00a322.00
Sistema Bento Lunch Box, 1.65L \u2013 \u00a39.49

Order Total: \u00a331.49

Amazon.co.uk""", html=True, kind="shop-order", mid="ses", tz="+0000")

m("school-sats", "2025-01-30 15:55", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "Year 6 SATs information evening", """Dear Year 6 Parents and Carers,

We will be holding a short information session about the Key Stage 2 SATs on Thursday 6 February at 5pm in the school hall. We'll explain the timetable for the week of 12 May, how you can support your child at home, and what the results mean.

Childcare will be available in the library.

Cromwell Road Primary School""", html=True, kind="school", mid="parentmail.co.uk")

m("parkrun-100", "2025-02-01 11:40", "parkrun <results@parkrun.com>", ME,
  "Congratulations on your 100th parkrun! \U0001F389", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun \u2013 and on reaching the milestone of 100 parkruns!

Your time was 26:02
You finished in 168th place out of 447 and were the 28th female.

You are now eligible for the black milestone t-shirt. Claim it from the parkrun shop: https://www.parkrun.org.uk/shop

From everyone at parkrun, thank you for being part of our community.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("mum-firstday-1", "2025-02-02 18:40", MUM, ME_BT, "tomorrow",
  """Good luck tomorrow love. Have a good breakfast. Dad says dont let them push you around

Mum xx""", kind="personal:family", mid="sky.com")

m("mum-firstday-2", "2025-02-03 19:30", ME_BT, MUM, None,
  """Thanks Mum! First day done. Everyone's lovely, I've got a desk by the window, and I already know where the good biscuits are kept. Knackered though. Will ring at the weekend.

xx""", reply_to="mum-firstday-1", quote=True, kind="personal:family", mid="btinternet.com")

m("li-newjob", "2025-02-03 12:00", "LinkedIn <notifications-noreply@linkedin.com>", ME,
  "Nicola, share that you've started a new position", """Congratulations on your new position, Nicola!

Senior Quality Engineer at Harwood Precision Aerospace

Let your network know: https://www.linkedin.com/comm/in/me/edit/position/

People are 3x more likely to get hired when they keep their profile up to date.

\u00a9 2025 LinkedIn Ireland Unlimited Company""", tz="+0000", html=True, kind="social-notification:linkedin-new-position",
  mid="linkedin.com")

m("li-reactions", "2025-02-04 18:20", "LinkedIn <notifications-noreply@linkedin.com>", ME,
  "Priya Mistry and 56 others reacted to your post", """Priya Mistry and 56 others reacted to your post:

"Some personal news: after a few months out following the closure of the Ardwick site, I'm delighted to say I've started a new role as Senior Quality Engineer at Harwood Precision Aerospace..."

14 comments, including Jodie Marsh: "Congratulations Nicola, so pleased for you!"

See all: https://www.linkedin.com/comm/feed/

\u00a9 2025 LinkedIn Ireland Unlimited Company""", tz="+0000", html=True, kind="social-notification:linkedin-post-reactions",
  mid="linkedin.com")

m("nationwide-feb", "2025-02-05 06:40", "Nationwide <nationwide@email.nationwide.co.uk>", ME,
  "Your FlexAccount statement is ready", """Dear Miss Fairclough

Your statement for your FlexAccount ending 3318 is now available to view in the Banking app and Internet Bank.

Statement date: 4 February 2025

Nationwide Building Society""", html=True, kind="bank-statement", mid="email.nationwide.co.uk")

promo("octopus-feb", "2025-02-05 07:05", "Octopus Energy <hello@octopus.energy>",
      "Your latest Octopus bill", """Hi Nicola,

Your new bill is ready for account A-7C31E9F2.

Period: 23 Dec 2024 \u2013 22 Jan 2025
Electricity: \u00a371.44
Gas: \u00a3109.20
Total: \u00a3180.64

Cheers,
The Octopus Energy team""", "utility-bill", tz="+0000", mid="uuid")

m("dwp-ended", "2025-02-06 11:02", "DWP New Style JSA <" + NOTIFY + ">", ME,
  "Your New Style Jobseeker's Allowance claim has ended", """Dear Nicola Fairclough

Your claim for New Style Jobseeker's Allowance ended on 2 February 2025 because you have started work.

Claim reference: NSJ-71-4409-28

Your final payment will be made on or around 12 February 2025. You'll be sent a P45 for the period of your claim.

Good luck in your new job.

Department for Work and Pensions""", kind="lookalike:benefits-claim-ended", mid="uuid", tz="+0000")

m("parkrun-feb8", "2025-02-08 11:12", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #629", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 26:44
You finished in 172nd place out of 420 and were the 30th female.

This was your 101st parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("gem-ruby", "2025-02-09 17:15", GEM, ME, "Ruby's gymnastics medal!!",
  """Had to share \u2013 Ruby got silver on the beam at the county comp!! She's insufferable. Photo attached.

How was week 1?!

x""", att=[("IMG_2291.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg5")], kind="personal:family", mid="outlook")

m("gem-ruby-2", "2025-02-09 19:50", ME, GEM, None,
  """Go Ruby!!! Tell her Auntie Nic is very impressed.

Week 1 was good \u2013 lots of names to learn and 3 customer audits in the diary already. I'm actually enjoying it!

x""", reply_to="gem-ruby", quote=True, kind="personal:family", mid="gmail")

m("peoples-pension", "2025-02-10 09:00", "The People's Pension <noreply@thepeoplespension.co.uk>", ME,
  "You've been enrolled into The People's Pension", """Dear Nicola Fairclough

Your employer, Harwood Precision Aerospace Ltd, has enrolled you into The People's Pension.

Your account number: PP-22018473
Your contributions will start from your February pay.

Set up your online account to see your pension, choose how it's invested and name who should get it if you die: https://www.thepeoplespension.co.uk/login

You can opt out within one month, but if you do you'll lose your employer's contributions.

The People's Pension""", html=True, kind="lookalike:pension-enrolment-names-employer", mid="thepeoplespension.co.uk")

m("awards-success", "2025-02-10 14:31", "The National Lottery Community Fund <noreply@tnlcommunityfund.org.uk>", ME,
  "Great news \u2013 your application has been successful!", """Dear Nicola Fairclough

Application reference: 20241206-AFA-0093317
Organisation: Levenshulme Road Runners

Congratulations! We are delighted to tell you that your application to National Lottery Awards for All has been successful. We have awarded you \u00a33,850 for your project "Safe and welcoming runs for everyone".

Please log in to accept the grant offer and confirm your bank details within 14 days: https://apply.tnlcommunityfund.org.uk

Don't forget to tell people about your grant and thank National Lottery players!

The National Lottery Community Fund""", html=True, kind="lookalike:grant-awarded", mid="tnlcommunityfund.org.uk")

m("awards-fwd", "2025-02-10 19:02", ME, "Martin Greaves <martin.greaves@levyroadrunners.org.uk>",
  "Fwd: Great news \u2013 your application has been successful!", """WE GOT IT!!! \u00a33,850! Gazebo ordered by the weekend. Can you share on the Facebook group? I'll accept the grant offer tonight.

N

---------- Forwarded message ---------
From: The National Lottery Community Fund <noreply@tnlcommunityfund.org.uk>
Subject: Great news \u2013 your application has been successful!

Congratulations! We are delighted to tell you that your application to National Lottery Awards for All has been successful.""",
  kind="club:committee", mid="gmail")

m("awards-martin", "2025-02-10 21:15", MARTIN, ME, None,
  """Absolutely brilliant Nicola!! Best treasurer we've ever had. Posting now.

Martin""", reply_to="awards-fwd", quote=True, kind="club:committee", mid="levyroadrunners.org.uk")

m("holiday-club", "2025-02-11 12:40", "Levenshulme Active Kids <bookings@levyactivekids.co.uk>", ME,
  "Booking confirmed: February half-term holiday club", """Hi Nicola,

Thanks for your booking. Evie Brierley has a place at our February half-term holiday club.

Dates: Monday 17 \u2013 Thursday 20 February 2025
Time: 8:00am \u2013 5:30pm
Venue: Levenshulme Sports Centre
Total: \u00a3128.00 (4 days x \u00a332.00). Tax-Free Childcare payments accepted.

Please send Evie with a packed lunch, water bottle and trainers.

Levenshulme Active Kids""", html=True, kind="lookalike:childcare-holiday-club", mid="levyactivekids.co.uk")

m("tb-survey", "2025-02-12 10:00", "Talentbridge <programme@talentbridge-ct.co.uk>", ME,
  "Congratulations on your new role \u2013 2 minute survey", """Hi Nicola,

Rachel tells us you've started a new role \u2013 congratulations from all of us at Talentbridge!

Could you spare two minutes to tell us how the programme helped? Your feedback is shared (anonymously) with Ardwick Precision Engineering.

Take the survey: https://talentbridge-ct.typeform.com/to/exit2025

Thank you and good luck!
The Talentbridge team""", html=True, kind="lookalike:outplacement-survey", mid="talentbridge-ct.co.uk")

promo("ms-valentine", "2025-02-12 07:00", "M&S <marksandspencer@e.marksandspencer.com>",
      "Valentine's Dine In for Two \u2013 just \u00a325", """Fall in love with our Valentine's Dine In for Two.

A main, a side, a dessert and a bottle of wine or a box of chocolates for just \u00a325.

Available in store from 10 to 14 February.

M&S Food""", "promotion")

m("admiral-renewed", "2025-02-14 09:30", "Admiral <renewals@admiral.com>", ME,
  "Your policy has been renewed", """Dear Nicola,

Thank you for renewing your car insurance with Admiral. We have updated your occupation and annual mileage as requested.

Vehicle: Ford Focus (MA17 XKE)
Renewal date: 17 February 2025
Annual premium: \u00a3644.10

Your new documents are available in MyAccount.

Admiral Insurance""", html=True, kind="insurance-renewal", mid="admiral.com")

m("parkrun-feb15", "2025-02-15 11:05", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #630", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:40
You finished in 150th place out of 438 and were the 23rd female.

This was your 102nd parkrun. Looking good in the milestone shirt!

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("hmrc-taxcode", "2025-02-18 08:15", "HM Revenue & Customs <noreply@tax.service.gov.uk>", ME,
  "You have a new message from HMRC", """Dear Nicola Fairclough

You have a new message in your HMRC online account about your tax code.

Sign in to read it: https://www.tax.service.gov.uk/account

For security reasons, we have not included a link to this service in any text messages.

HM Revenue and Customs""", kind="tax-notice", mid="uuid", tz="+0000")

m("tesco-feb", "2025-02-18 19:30", "Tesco.com <noreply@tesco.co.uk>", ME,
  "Your Tesco order is confirmed for Wednesday 19 February", """Hi Nicola,

Thanks for your order. We'll deliver between 7pm and 8pm on Wednesday 19 February.

Order number: 6011-2280
Items: 52
Estimated total: \u00a3118.92

Tesco.com""", html=True, kind="shop-order", mid="tesco.co.uk")

m("lisa-newjob-1", "2025-02-19 20:11", LISA, ME, "how's the new job??",
  """OK it's been 2 weeks, report back. Do they appreciate you yet? Mine have moved me desks three times and someone keeps stealing my oat milk.

Drinks to celebrate BOTH our new jobs? First Friday in March?

xx""", kind="personal:friend", mid="yahoo")

m("lisa-newjob-2", "2025-02-19 21:30", ME, LISA, None,
  """It's good! Proper busy, the QMS needs a lot of love and I've got a Boeing audit in April, but the team are great and I'm home for tea. Friday 7th March \u2013 yes!! Oat milk thief must be stopped.

xx""", reply_to="lisa-newjob-1", quote=True, kind="personal:friend", mid="gmail")

m("club-subs-1", "2025-02-20 13:02", "Dev Patel <devpatel.runs@gmail.com>", ME, "Subs 2025",
  """Hi Nicola,

Just transferred my \u00a325 subs for 2025 (ref SUBS PATEL). Also paid for my son Arjun who's joining the juniors \u2013 is that also \u00a325 or is it the reduced rate?

Thanks, Dev""", kind="club:treasurer", mid="gmail")

m("club-subs-2", "2025-02-20 19:45", ME, "Dev Patel <devpatel.runs@gmail.com>", None,
  """Hi Dev, thanks \u2013 both received. Juniors are \u00a312 so I'll refund you \u00a313 this week. Welcome to Arjun!

Nicola (LRR Treasurer)""", reply_to="club-subs-1", quote=True, kind="club:treasurer", mid="gmail")

promo("virgin-feb", "2025-02-21 05:30", "Virgin Media <virginmedia@mail.virginmedia.com>",
      "Your Virgin Media bill is ready", """Hi Nicola,

Your latest bill is ready to view.

Account number: 8811 2046 31
Amount due: \u00a348.00
Payment date: on or just after 28 February by Direct Debit

Thanks,
Virgin Media""", "utility-bill", cte=None)

promo("bbcgf-feb", "2025-02-22 08:00", "BBC Good Food <newsletter@e.bbcgoodfood.com>",
      "Pancake Day is coming: 25 easy pancake recipes", """BBC GOOD FOOD

Flip out! Pancake Day is 4 March, and we've got everything from classic crêpes to fluffy American-style stacks.

Also this week: 10 batch-cook lunches for the working week, and our cheapest ever family traybakes.

Get the recipes: https://www.bbcgoodfood.com/recipes/collection/pancake""", "newsletter")

m("school-offerday", "2025-02-26 15:00", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "National Offer Day \u2013 Monday 3 March", """Dear Year 6 Parents and Carers,

A reminder that secondary school offers will be sent by Manchester City Council by email on Monday 3 March (National Offer Day). Offers are usually released after 5pm.

Please don't share your child's offer in the playground on Tuesday morning \u2013 some children may be disappointed.

If you are not offered your preferred school, you will be automatically placed on the waiting list for any higher preference schools, and you have the right to appeal.

Cromwell Road Primary School""", html=True, kind="lookalike:school-offer-day-info", mid="parentmail.co.uk")

m("mcc-offer", "2025-03-03 17:05", "Manchester City Council School Admissions <admissions@manchester.gov.uk>", ME,
  "Secondary school offer for Evie Brierley", """Dear Nicola Fairclough

Application reference: MCC-SEC-2025-118304

We are pleased to offer Evie Brierley a place at:

Levenshulme High School
Crossley Road, Manchester M19 1FS

This was your 1st preference.

You do not need to accept this offer. If you do not want the place, you must tell us by 17 March 2025.

The school will contact you about induction days in the summer term.

Manchester City Council
School Admissions Team""", kind="lookalike:school-place-offer", mid="manchester.gov.uk")

m("mcc-offer-fam", "2025-03-03 17:40", ME_BT, MUM + ", " + GEM, "Evie got Levenshulme High!!!",
  """She got her first choice!!! Evie is doing laps of the living room. Good day in this house \U0001F389

xxx""", kind="personal:family", mid="btinternet.com")

m("mcc-offer-fam-2", "2025-03-03 18:05", MUM, ME_BT, None,
  """Oh wonderful!!! Tell her Grandma and Grandad are so proud. Big girls school!! Where has the time gone

xxxx""", reply_to="mcc-offer-fam", quote=True, kind="personal:family", mid="sky.com")

m("google-storage", "2025-01-24 16:20", "Google One <googleone-noreply@google.com>", ME,
  "Your Google storage is almost full", """Nicola, you've used 14.3 GB of your 15 GB storage.

When you run out of storage, you won't be able to send or receive emails in Gmail or back up photos.

Free up space or get more storage with Google One, from \u00a31.59/month: https://one.google.com/storage

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", tz="+0000", html=True,
  kind="account-notice", mid="google.com")

promo("deliveroo-val", "2025-02-13 11:00", "Deliveroo <hello@deliveroo.co.uk>",
      "Date night sorted \u2764\ufe0f Free delivery this Valentine's", """Date night in? We've got you.

Free delivery on orders over \u00a325 from 14 to 16 February. Plus 2-for-1 desserts from selected restaurants near you.

Order now: https://deliveroo.co.uk

Terms apply.""", "promotion")
