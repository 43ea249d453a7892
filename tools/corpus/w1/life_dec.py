"""Ordinary mail and look-alikes, December 2024."""
from lib import m, ME, ME_BT, fake_pdf
from life_autumn import MUM, DAN, GEM, LIAM, LISA, PRIYA, CARL, CLUB, MARTIN, NOTIFY, promo

m("elfster", "2024-12-01 10:30", "Elfster <noreply@elfster.com>", ME,
  "Gemma invited you to a Secret Santa: Fairclough Family Christmas 2024", """Hi Nicola!

Gemma Holt has invited you to join the gift exchange "Fairclough Family Christmas 2024".

Spending limit: \u00a320
Draw date: 5 December
Exchange date: 25 December

Join the exchange and add your wish list: https://www.elfster.com/join/FFX24-7Q

Happy gifting!
Elfster""", tz="+0000", html=True, kind="personal:secret-santa", mid="elfster.com")

m("hmpo-received", "2024-12-02 16:44", "HM Passport Office <" + NOTIFY + ">", ME,
  "We've received your passport application", """Dear Nicola Fairclough

We've received your application for a child passport for Evie Brierley.

Application reference: 7012-4418-3390-2251

You need to send us Evie's old passport. Post it to the address on your printed declaration form within 30 days, or your application will be cancelled.

You can track your application at https://www.passport.service.gov.uk/track

We'll email you when we receive the documents. It usually takes up to 3 weeks after that to get a passport.

HM Passport Office""", kind="lookalike:passport-application", mid="uuid", tz="+0000")

m("checkatrade-job", "2024-12-03 09:15", "Checkatrade <jobs@checkatrade.com>", ME,
  "3 trades are interested in your job", """Hi Nicola,

Good news! 3 trades are interested in your job:

Your job: Replace leaking kitchen mixer tap and fix slow-draining sink
Location: M19
Posted: 2 December 2024

Interested trades:
- GM Plumbing & Heating (9.87/10, 212 reviews)
- Levenshulme Plumbers Ltd (9.71/10, 88 reviews)
- A.J. Dawson Plumbing (9.92/10, 47 reviews)

View their profiles and ask for a quote: https://www.checkatrade.com/my-jobs/J-8817734

Checkatrade""", html=True, kind="lookalike:marketplace-job-posting-trades", mid="checkatrade.com")

m("checkatrade-quote", "2024-12-04 14:02", "Checkatrade <jobs@checkatrade.com>", ME,
  "GM Plumbing & Heating has sent you a quote", """Hi Nicola,

GM Plumbing & Heating has sent you a quote for your job "Replace leaking kitchen mixer tap and fix slow-draining sink".

Quote: \u00a3145.00 (labour, supply of mixer tap extra if required)
Available: Monday 9 December, morning

Message from Gareth: "Hi Nicola, can do Monday first thing. If you've already got the tap I'll fit it, otherwise I carry a decent Bristan for \u00a365. Cheers, Gareth"

Accept or decline: https://www.checkatrade.com/my-jobs/J-8817734/quotes

Checkatrade""", html=True, kind="lookalike:invitation-to-quote", mid="checkatrade.com")

m("landlord-tap", "2024-12-03 19:55", ME, "Kerry Jackson <kerry@northbanklettings.co.uk>", "Kitchen tap \u2013 27 Chapel Grove",
  """Hi Kerry,

Quick one \u2013 the kitchen tap has started leaking at the base and the sink drains really slowly. Dan and I are happy to get a plumber in ourselves via Checkatrade and send you the invoice if the landlord agrees, as it's probably quicker?

Also, any news on the contractor for the damp?

Thanks,
Nicola""", reply_to="northbank-damp-2", kind="landlord", mid="gmail")

m("landlord-tap-2", "2024-12-04 10:40", "Kerry Jackson <kerry@northbanklettings.co.uk>", ME, None,
  """Hi Nicola,

Landlord is happy for you to arrange the plumber up to \u00a3200 \u2013 please send the invoice to accounts@northbanklettings.co.uk with the property address.

The roofer is booked for Friday 13th to clear and repair the guttering. He doesn't need access inside.

Kind regards,
Kerry""", reply_to="landlord-tap", quote=True, kind="landlord", mid="outlook")

promo("octopus-dec", "2024-12-04 07:05", "Octopus Energy <hello@octopus.energy>",
      "Your latest Octopus bill", """Hi Nicola,

Your new bill is ready for account A-7C31E9F2.

Period: 23 Oct \u2013 22 Nov 2024
Electricity: \u00a368.91
Gas: \u00a372.33
Total: \u00a3141.24

Winter's here \u2013 your balance is now \u00a314.22 in debit. We've reviewed your Direct Debit and it will go up to \u00a3110.00 from 1 January.

View your bill: https://octopus.energy/dashboard/bills/

Cheers,
The Octopus Energy team""", "utility-bill", tz="+0000", mid="uuid")

m("nationwide-dec", "2024-12-05 06:40", "Nationwide <nationwide@email.nationwide.co.uk>", ME,
  "Your FlexAccount statement is ready", """Dear Miss Fairclough

Your statement for your FlexAccount ending 3318 is now available to view in the Banking app and Internet Bank.

Statement date: 4 December 2024

Nationwide Building Society""", html=True, kind="bank-statement", mid="email.nationwide.co.uk")

m("bootcamp-apply", "2024-12-05 11:20", "Northern Skills Academy <admissions@northernskillsacademy.co.uk>", ME,
  "Application received \u2013 Skills Bootcamp: Lean Six Sigma Green Belt", """Dear Nicola,

Thank you for applying for the Skills Bootcamp in Lean Six Sigma Green Belt, funded by the Department for Education and Greater Manchester Combined Authority.

Course: Skills Bootcamp \u2013 Lean Six Sigma Green Belt (Level 4)
Start date: Monday 27 January 2025
Format: 12 weeks, two evenings a week, online with 3 in-person days in Salford
Cost to you: free (fully funded for eligible learners)

Next step: eligibility interview
All applicants have a short eligibility interview with a member of our admissions team to check that the course is right for you and that you meet the funding criteria (aged 19+, living in Greater Manchester, right to work in the UK).

We'll email you within 5 working days with a link to book your interview.

Kind regards,
Admissions Team
Northern Skills Academy""", html=True, kind="lookalike:course-application", mid="northernskillsacademy.co.uk")

m("awards-submitted", "2024-12-06 15:31", "The National Lottery Community Fund <noreply@tnlcommunityfund.org.uk>", ME,
  "We've received your application \u2013 National Lottery Awards for All", """Dear Nicola Fairclough

Thank you for applying to National Lottery Awards for All England.

Organisation: Levenshulme Road Runners
Project: Safe and welcoming runs for everyone \u2013 gazebo, first aid kits and run leader training
Amount requested: \u00a33,850
Application reference: 20241206-AFA-0093317

What happens next
We'll assess your application and let you know our decision within 12 weeks. We may contact you or your second contact (Martin Greaves) to ask questions about your project.

Please keep this email for your records.

The National Lottery Community Fund""", html=True, kind="lookalike:grant-application", mid="tnlcommunityfund.org.uk")

m("club-grant-note", "2024-12-06 16:02", ME, MARTIN, "Awards for All \u2013 submitted!",
  """Martin \u2013 Awards for All bid is in! \u00a33,850 for the gazebo, first aid kits and the run leader course. They might ring you as second contact, so the key things: 180 members, 40% women, free beginners' group, and the new Tuesday walk-run for over-60s.

Fingers crossed. Now back to my own applications...

N""", kind="club:committee", mid="gmail")

m("mum-xmas-1", "2024-12-07 09:30", MUM, ME_BT, "christmas",
  """Nicola

Are we doing Christmas day here or at Gemmas this year? Your dad says here because he wants his own chair. I said I'd ask. If its here I need to order the turkey from Hargreaves by the 14th

Mum xx""", kind="personal:family", mid="sky.com")

m("mum-xmas-2", "2024-12-07 11:15", ME_BT, MUM + ", " + GEM, None,
  """Copying in Gemma!

I think yours, Mum, Gemma did last year. We'll bring the veg and the pudding and Dan will do the washing up (he doesn't know this yet).

Gem \u2013 ok with you?

xx""", reply_to="mum-xmas-1", quote=True, kind="personal:family", mid="btinternet.com")

m("mum-xmas-3", "2024-12-07 13:48", GEM, ME_BT + ", " + MUM, None,
  """Fine by me! We'll bring drinks and the cheeseboard. And Liam can bring... himself. On time, ideally.

G x""", reply_to="mum-xmas-2", quote=True, kind="personal:family", mid="outlook")

m("parkrun-dec7", "2024-12-07 11:25", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #620", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 26:37
You finished in 166th place out of 402 and were the 27th female.

This was your 93rd parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("bootcamp-interview", "2024-12-09 10:05", "Northern Skills Academy <admissions@northernskillsacademy.co.uk>", ME,
  "Book your eligibility interview \u2013 Skills Bootcamp", """Dear Nicola,

Please book your eligibility interview for the Skills Bootcamp in Lean Six Sigma Green Belt using the link below. The interview takes about 20 minutes by phone or Teams.

Book a time: https://northernskillsacademy.youcanbook.me/

Please have the following ready:
- photo ID (passport or driving licence)
- proof of address dated in the last 3 months
- your National Insurance number

If you are currently claiming benefits, please tell us at your interview, as your work coach may need to approve your place.

Kind regards,
Admissions Team
Northern Skills Academy""", html=True, kind="lookalike:course-eligibility-interview", mid="northernskillsacademy.co.uk")

m("gmplumbing-invoice", "2024-12-09 13:30", "Gareth Moss <gmplumbingheating@outlook.com>", ME,
  "Invoice 2291 \u2013 27 Chapel Grove", """Hi Nicola,

Thanks for today. Invoice attached for the tap and the sink trap \u2013 \u00a3210 in total including the Bristan tap. Bank details are on the invoice.

If you could leave us a review on Checkatrade it'd be much appreciated!

Cheers,
Gareth
GM Plumbing & Heating""", att=[("Invoice 2291.pdf", "application/pdf", fake_pdf("plumbing invoice"))],
  kind="invoice:tradesperson", mid="outlook")

m("hmpo-docs", "2024-12-10 12:11", "HM Passport Office <" + NOTIFY + ">", ME,
  "We've received your documents", """Dear Nicola Fairclough

Application reference: 7012-4418-3390-2251

We've received the documents you sent for Evie Brierley's passport application.

We'll contact you if we need more information. Otherwise, your new passport should arrive within 3 weeks. Your old passport and any other documents will be returned to you separately.

Track your application: https://www.passport.service.gov.uk/track

HM Passport Office""", kind="lookalike:passport-application", mid="uuid", tz="+0000")

promo("royalmail-xmas", "2024-12-10 16:00", "Royal Mail <royalmail@e.royalmail.com>",
      "Don't miss our last recommended posting dates", """Christmas is coming! Make sure your cards and gifts arrive in time.

Last recommended posting dates (UK):
2nd Class and Royal Mail 48: Wednesday 18 December
1st Class and Royal Mail 24: Friday 20 December
Special Delivery Guaranteed: Monday 23 December

Buy postage online: https://www.royalmail.com/christmas

Royal Mail Group Ltd""", "newsletter")

m("spotify-wrapped", "2024-12-04 14:00", "Spotify <no-reply@spotify.com>", ME,
  "Your 2024 Wrapped is here \U0001F381", """Nicola, your 2024 Wrapped is ready.

You listened to 31,402 minutes of music this year.
Your top artist: Elbow
Your top song: "One Day Like This"
Your top genre: indie

See the full story in the app: https://open.spotify.com/wrapped

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden""", tz="+0000", html=True, kind="promotion:service",
  mid="spotify.com", cte="base64")

m("jobsfair-reg", "2024-12-11 20:17", "Eventbrite <noreply@order.eventbrite.com>", ME,
  "Your tickets for North West Manufacturing & Engineering Jobs Fair 2025", """Hi Nicola,

You're going to North West Manufacturing & Engineering Jobs Fair 2025!

Thursday 23 January 2025, 10:00 \u2013 15:00
Bolton Whites Hotel, De Havilland Way, Bolton BL6 6SF

Order #10577201456 \u00b7 1 x Jobseeker ticket \u00b7 Free

Meet 40+ employers from aerospace, automotive, food and pharma manufacturing. Bring copies of your CV!

Organised by Greater Manchester Jobs Fairs Ltd.

View your ticket: https://www.eventbrite.co.uk/mytickets

Eventbrite""", html=True, kind="lookalike:jobs-fair-registration", mid="uuid", tz="+0000")

m("lisa-tea-1", "2024-12-12 09:48", LISA, ME, "tea on me!",
  """Right, I owe you that tea. Saturday 21st? Afternoon tea at Bakerie in the Northern Quarter. I've booked for 2pm. Bring Evie if you like, they do a kids one.

xx""", kind="personal:friend", mid="yahoo")

m("lisa-tea-2", "2024-12-12 12:30", ME, LISA, None,
  """Lovely! Count us both in \u2013 Evie is very excited about "fancy sandwiches".

xx""", reply_to="lisa-tea-1", quote=True, kind="personal:friend", mid="gmail")

m("school-concert", "2024-12-12 15:40", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "Year 5 & 6 Carol Concert \u2013 Wednesday 18 December", """Dear Parents and Carers,

You are warmly invited to our Year 5 and 6 Carol Concert at St Agnes Church on Wednesday 18 December at 2pm. Children will walk down to the church with staff after lunch.

Please collect your child from the church at 3:15pm.

Mince pies and mulled juice will be served afterwards \u2013 donations to the PTA welcome.

Cromwell Road Primary School""", html=True, kind="school", mid="parentmail.co.uk")

m("ms-food", "2024-12-13 18:22", "M&S <noreply@marksandspencer.com>", ME,
  "Your Christmas Food to Order is confirmed", """Hi Nicola,

Thank you for your Christmas Food to Order.

Order number: CF2496-338810
Collection: M&S Simply Food Levenshulme, Monday 23 December, 14:00\u201315:00

Your order:
Collection Christmas pudding (907g) x1
Our Best Ever pigs in blankets x2
Cornish clotted cream brandy butter x1

Total paid: \u00a341.50

M&S""", html=True, kind="shop-order", mid="marksandspencer.com")

m("club-party-pay", "2024-12-13 21:00", "Siân Roberts <sian.roberts.runs@gmail.com>", ME,
  "Xmas do payment", """Hi Nicola,

Sorry I'm late paying for the Christmas do \u2013 I've just sent \u00a330 for me and Gareth (ref XMAS ROBERTS). Hope that's OK and we're not too late!

Also, is it definitely fancy dress? Gareth wants to come as a Christmas pudding.

Siân x""", kind="club:treasurer", mid="gmail")

m("club-party-pay-2", "2024-12-13 21:40", ME, "Siân Roberts <sian.roberts.runs@gmail.com>", None,
  """Got it, thanks Siân \u2013 you're both on the list.

Fancy dress is optional but the pudding is essential.

N x""", reply_to="club-party-pay", quote=True, kind="club:treasurer", mid="gmail")

m("parkrun-dec14", "2024-12-14 11:08", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #621", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:59
You finished in 149th place out of 417 and were the 22nd female.

This was your 94th parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

promo("mse-dec", "2024-12-17 19:00", "MoneySavingExpert <news@moneysavingexpert.com>",
      "Christmas money tips + January sales survival", """MONEYSAVINGEXPERT WEEKLY

CHRISTMAS ON A BUDGET
Set a limit, try a Secret Santa, and don't forget the cashback sites.

NEW YEAR, NEW JOB?
If you're starting a new job in the new year, check your tax code on your first payslip \u2013 if your P45 isn't passed on you could be put on an emergency code.

PLUS: the top easy-access savings rates and January's best supermarket deals.

Read the full email: https://www.moneysavingexpert.com/tips/""", "newsletter")

m("trainline-york", "2024-12-15 21:04", "Trainline <auto-confirm@info.thetrainline.com>", ME,
  "Your booking confirmation: Manchester Piccadilly to York", """Hi Nicola,

Thanks for booking with Trainline.

Transaction ID: TL-0097341862
Outward: Thursday 19 December 2024
Manchester Piccadilly 09:22 \u2192 York 10:51 (TransPennine Express)
Return: York 17:10 \u2192 Manchester Piccadilly 18:39

Tickets: 2 x Adult Off-Peak Return
Railcard: Two Together
Total: \u00a352.40

Your tickets are in the Trainline app.

Trainline""", html=True, kind="travel", mid="info.thetrainline.com")

m("gem-york-1", "2024-12-15 21:20", ME, GEM, "York Thursday \u2013 booked!",
  """Train's booked \u2013 9.22 from Piccadilly, meet you under the clock at 9.10? Used the Two Together railcard with you as my plus one, hope that's ok ;)

Christmas market, the Shambles and a big lunch. I need a day off from the job hunting.

x""", kind="personal:family", mid="gmail")

m("gem-york-2", "2024-12-16 07:15", GEM, ME, None,
  """YES. Under the clock at 9.10. Bringing mince pies for the train.

You deserve it, it's been a rubbish few months. Something will turn up soon I know it.

x""", reply_to="gem-york-1", quote=True, kind="personal:family", mid="outlook")

m("liam-movein", "2024-12-16 18:22", LIAM, ME, "keys!!",
  """Got the keys!! Thanks again for being guarantor. Housewarming on the 28th, you're all invited. Bring a chair, I've got one.

L""", att=[("IMG_0912.HEIC", "image/heic", b"fakeheic")], kind="personal:family", mid="apple")

m("northbank-renewal", "2024-12-17 10:30", "Northbank Lettings <property@northbanklettings.co.uk>", ME,
  "Tenancy renewal offer \u2013 27 Chapel Grove, Levenshulme", """Dear Ms Fairclough and Mr Brierley,

Your current fixed-term tenancy at 27 Chapel Grove ends on 28 February 2025.

We are pleased to confirm that your landlord would like to offer you a renewal of your tenancy on the following terms:

New term: 12 months from 1 March 2025
Monthly rent: \u00a31,175 (currently \u00a31,120)
All other terms to remain the same.

Please let us know by 17 January 2025 whether you wish to accept this offer. If we do not hear from you, the tenancy will roll on to a periodic (monthly) tenancy at the new rent.

Kind regards,

Kerry Jackson
Property Manager
Northbank Lettings""", att=[("Renewal offer - 27 Chapel Grove.pdf", "application/pdf", fake_pdf("renewal offer"))],
  kind="lookalike:tenancy-renewal-offer", mid="northbanklettings.co.uk")

m("dentist-reminder", "2024-12-17 09:00", "Levenshulme Dental Care <reminders@dentally.co>", ME,
  "Appointment reminder \u2013 Levenshulme Dental Care", """Hi Nicola,

This is a reminder of your upcoming appointments:

Evie Brierley \u2013 Check-up with Dr Kaur \u2013 Friday 20 December, 15:30
Nicola Fairclough \u2013 Check-up with Dr Kaur \u2013 Friday 20 December, 15:45

Please reply YES to confirm or call us on 0161 224 7719 to rearrange. We require 24 hours' notice for cancellations.

Levenshulme Dental Care""", kind="medical:dentist", mid="dentally.co")

m("li-anniversary", "2024-12-18 08:12", "LinkedIn <notifications-noreply@linkedin.com>", ME,
  "Priya Mistry started a new position", """Priya Mistry started a new position as Quality Technician at Castlegate Engineering.

Send congratulations: https://www.linkedin.com/comm/feed/update/urn:li:activity:7275001122334455667/

Also in your network:
- Carl Whitehead is celebrating 1 year at Ardwick Precision Engineering... (Update your network)

\u00a9 2024 LinkedIn Ireland Unlimited Company""", tz="+0000", html=True, kind="social-notification:linkedin-network-job-change",
  mid="linkedin.com")

m("priya-congrats-1", "2024-12-18 09:02", ME, PRIYA, "!!!!!",
  """LinkedIn just told me your news!! Congratulations!! Why didn't you tell me?! Castlegate are lucky to have you.

xx""", kind="personal:friend", mid="gmail")

m("priya-congrats-2", "2024-12-18 12:47", PRIYA, ME, None,
  """Haha I was going to tell you at lunch! It's only a technician role, bit of a step down and a bit less money but it's 10 mins from home and I can't face more interviews. Start 6 Jan.

Your turn next. I'm manifesting it.

P xx""", reply_to="priya-congrats-1", quote=True, kind="personal:friend", mid="outlook")

promo("boots-xmas", "2024-12-19 07:30", "Boots <boots@e.boots.com>",
      "Last-minute gifts + 3 for 2 on Christmas gifts", """Still shopping? We've got you.

3 for 2 on thousands of Christmas gifts. Order by 12pm on 21 December for Click & Collect before Christmas.

Shop now: https://www.boots.com/christmas

Terms apply. Cheapest item free.""", "promotion")

m("paypal-vinted", "2024-12-19 19:48", "PayPal <service@paypal.co.uk>", ME,
  "You've got money", """Hello Nicola Fairclough,

You received a payment of \u00a345.00 GBP from Joanne Ellis.

Note from Joanne Ellis: "Running club hoodie x2 - thanks!"

Transaction ID: 7DA41889KN2231937

Log in to PayPal to see the details.

PayPal""", html=True, kind="payment-received", mid="paypal.co.uk")

m("xmas-gp", "2024-12-20 08:45", "Crescent Medical Practice <crescent.medical@nhs.net>", ME,
  "Christmas and New Year opening hours", """Dear Patients,

Crescent Medical Practice will be closed on 25, 26 December and 1 January. We will close at 12:30 on 24 and 31 December.

Please order repeat prescriptions by Wednesday 18 December to make sure they are ready before Christmas.

If you need medical help when we are closed, call NHS 111.

Merry Christmas from all the team.""", kind="medical:gp-notice", mid="nhs.net")

m("dpd-xmas", "2024-12-20 08:05", "DPD <noreply@dpd.co.uk>", ME,
  "Your DPD parcel from Etsy seller WoolAndWhimsy is arriving today", """Hi Nicola,

Your parcel from WoolAndWhimsy will be delivered today between 13:02 and 14:02.

Parcel number: 15501887512200

DPD""", html=True, kind="shipping", mid="dpd.co.uk")

m("hmpo-dispatched", "2024-12-21 09:30", "HM Passport Office <" + NOTIFY + ">", ME,
  "Your passport is on its way", """Dear Nicola Fairclough

Application reference: 7012-4418-3390-2251

Evie Brierley's new passport has been printed and sent to you by secure delivery. It should arrive within 5 working days. Someone will need to sign for it.

Evie's old passport will be returned separately by post.

HM Passport Office""", kind="lookalike:passport-application", mid="uuid", tz="+0000")

m("tb-final", "2024-12-23 11:00", "Rachel Dunne <rachel.dunne@talentbridge-ct.co.uk>", ME,
  "End of your programme \u2013 and a happy Christmas!", """Hi Nicola,

Your Career Transition Programme with Talentbridge formally ends on 31 December. It's been a pleasure working with you.

From our last session, it sounds like you're in a really good position going into January with a second interview lined up \u2013 remember to prepare three questions of your own and to ask about the team's biggest challenges in the first six months.

You'll keep access to the online toolkit and webinar recordings until 31 March 2025.

Wishing you and your family a lovely Christmas, and the very best of luck in the new year.

Rachel""", kind="lookalike:career-coaching", mid="outlook")

m("amazon-xmas", "2024-12-27 12:10", "Amazon.co.uk <auto-confirm@amazon.co.uk>", ME,
  "Your Amazon.co.uk order of \"Garmin Forerunner 165 Running Watch...\"", """Hello Nicola,

Thank you for your order.

Order #026-4471029-1193820
Arriving: Sunday 29 December

Garmin Forerunner 165 Running Watch, Mist Grey
Quantity: 1
\u00a3199.99 (paid with gift card balance \u00a3100.00 and Visa ending 4417)

Amazon.co.uk""", html=True, kind="shop-order", mid="ses", tz="+0000")

m("liam-housewarm", "2024-12-27 16:48", LIAM, ME + ", " + GEM, "tomorrow",
  """Reminder housewarming tomorrow from 7. Flat 14 Anchorage Point, buzz 14. I have now acquired a second chair. Bring crisps

L""", kind="personal:family", mid="apple")

m("parkrun-dec28", "2024-12-28 11:31", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #623", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 26:20
You finished in 231st place out of 688 and were the 40th female.

This was your 95th parkrun. Festive fun run \u2013 thank you for the tinsel!

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

promo("next-sale", "2024-12-26 06:00", "Next <next@email.next.co.uk>",
      "The Next Sale is now on \u2013 up to 50% off", """The Next Sale is now on in store and online.

Up to 50% off womenswear, menswear, kids and home. Be quick \u2013 once it's gone, it's gone.

Shop the Sale: https://www.next.co.uk/sale""", "promotion")

m("club-awards-note", "2024-12-30 10:03", CLUB, "LRR Members <members@levyroadrunners.org.uk>",
  "2024 club awards & Resolution Run (1 Jan)", """Hi all,

Thanks to everyone who came to the Christmas party \u2013 what a night! Congratulations to our award winners:

Most Improved: Siân Roberts
Club Champion (F): Laura Price
Club Champion (M): Dev Patel
Volunteer of the Year: Nicola Fairclough (for keeping our accounts straight AND the grant bid!)

Resolution Run: New Year's Day, 10am from Levenshulme Market, gentle 5k and bacon butties after.

Happy New Year!
LRR Committee""", html=True, kind="club-newsletter", mid="mailchimp.com")

m("netflix-price", "2024-12-02 18:00", "Netflix <info@mailer.netflix.com>", ME,
  "An update to your Netflix membership", """Hi Nicola,

We're writing to let you know that the price of your Standard plan is changing to \u00a312.99 a month. This new price will apply from your billing date on or after 2 January 2025.

If you'd like to change your plan, you can do so at any time: https://www.netflix.com/ChangePlan

We're always here to help. Visit the Help Centre for more info.

\u2013The Netflix team""", tz="+0000", html=True, kind="subscription-notice", mid="mailer.netflix.com", cte="base64")
