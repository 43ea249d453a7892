"""Ordinary mail and look-alikes, November 2024."""
from lib import m, ME, ME_BT, fake_pdf
from life_autumn import MUM, DAN, GEM, LIAM, LISA, PRIYA, CARL, CLUB, MARTIN, NOTIFY, promo

m("argos-switch", "2024-11-01 09:14", "Argos <noreply@argos.co.uk>", ME,
  "Your order is ready to collect", """Hi Nicola,

Good news \u2013 your order is ready to collect from Argos Levenshulme (in Sainsbury's).

Order number: 1104 7729 3305
Mario Kart 8 Deluxe (Nintendo Switch) \u2013 \u00a339.99
Nintendo Switch Joy-Con pair, Neon Red/Blue \u2013 \u00a359.99

Please bring your order number and the card you paid with. We'll keep your order for 7 days.

Thanks,
Argos""", html=True, kind="shop-order", mid="argos.co.uk")

m("ctax-support-1", "2024-11-01 14:20", "Manchester City Council <counciltax.support@manchester.gov.uk>", ME,
  "Council Tax Support \u2013 we have received your application", """Dear Ms Fairclough

Thank you for your application for Council Tax Support.

Application reference: CTS/24/558120
Address: 27 Chapel Grove, Manchester M19 3RT
Date received: 1 November 2024

We aim to process applications within 21 days. We may contact you if we need more information or evidence, such as proof of your income or savings.

Please do not send original documents unless we ask for them.

Revenues and Benefits Unit
Manchester City Council""", kind="lookalike:council-tax-support-application", mid="manchester.gov.uk")

m("parkrun-nov2", "2024-11-02 10:58", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #615", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 26:50
You finished in 203rd place out of 472 and were the 35th female.

This was your 90th parkrun. Only 10 more until your 100 milestone!

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("gem-bags-1", "2024-11-03 11:02", GEM, ME, "party bags??",
  """Do we need party bags for 10 year olds or is that a thing for little kids only? Ruby says "everyone" still does them. Ruby also says everyone has an iPhone so.

x""", kind="personal:family", mid="outlook")

m("gem-bags-2", "2024-11-03 12:40", ME, GEM, None,
  """Evie says "a sweet thing and a pen is fine" so I'm doing that and not a penny more!

x""", reply_to="gem-bags-1", quote=True, kind="personal:family", mid="gmail")

m("barclaycard-decline", "2024-11-04 16:05", "Barclaycard <noreply@barclaycard.co.uk>", ME,
  "Your Barclaycard application", """Dear Miss Fairclough

Thank you for your recent application for a Barclaycard Platinum Balance Transfer card.

We've carefully considered your application, using information you gave us and information from credit reference agencies. Unfortunately, we're unable to offer you a Barclaycard on this occasion.

This decision was based on our own lending criteria. It doesn't mean you have a poor credit record. You can find out more about how we make decisions, and how to get a free copy of your credit report, at barclaycard.co.uk/decisions.

Application reference: BCA-20241104-77341

Yours sincerely

Barclaycard Customer Services""", html=True, kind="lookalike:credit-card-application-declined", mid="barclaycard.co.uk")

m("liam-ref-fwd", "2024-11-04 20:15", LIAM, ME, "the agency stuff",
  """They're sending you an email from a referencing company called LetRef, it's legit not a scam. Should only take 10 mins. Thank you thank you thank you

L""", kind="personal:family", mid="apple")

m("letref-guarantor", "2024-11-05 09:02", "LetRef Tenant Referencing <references@letref.co.uk>", ME,
  "Liam Fairclough has named you as a guarantor", """Dear Nicola Fairclough,

Liam Fairclough has applied to rent a property through Quayside Residential and has named you as their guarantor.

Property: Flat 14, Anchorage Point, Salford M50 3YQ
Monthly rent: \u00a31,095

To complete your guarantor application, we need some information about you, including your address history, income and employment status. We will carry out a credit check.

Complete your guarantor form: https://apply.letref.co.uk/g/7HD3-Q2LX

Please complete the form within 72 hours, or the tenancy application may be delayed.

Kind regards,
The LetRef Team""", html=True, kind="lookalike:flat-application-guarantor", mid="letref.co.uk")

m("cqi-reminder", "2024-11-06 08:00", "Eventbrite <noreply@order.eventbrite.com>", ME,
  "Reminder: CQI North West \u2013 Supplier quality in a changing automotive supply chain is tonight",
  """Hi Nicola,

This is a reminder that your event is coming up.

CQI North West Branch \u2013 Supplier quality in a changing automotive supply chain
Today, 18:00 \u2013 20:30
Science and Industry Museum, Manchester

Your ticket: Order #10484471937

See you there!
Eventbrite""", html=True, kind="lookalike:event-reminder", mid="uuid", tz="+0000")

m("jcp-review", "2024-11-06 09:30", "Jobcentre Plus <" + NOTIFY + ">", ME,
  "Reminder: work search review appointment", """Dear Nicola Fairclough

This is a reminder of your appointment:

Work search review with your work coach
Monday 11 November 2024 at 2:40pm
Longsight Jobcentre, 1 Stockport Road, Manchester M13 0BZ

Please bring your record of the jobs you have applied for and any interviews you have attended since your last appointment.

If you cannot attend, call 0800 055 6688 before your appointment.

Department for Work and Pensions""", kind="lookalike:jobcentre-appointment", mid="uuid", tz="+0000")

m("li-searches", "2024-11-07 13:11", "LinkedIn <notifications-noreply@linkedin.com>", ME,
  "You appeared in 14 searches this week", """Nicola, you appeared in 14 searches this week.

Your searchers work at:
Sterling Fox Recruitment
Aurora Packaging Group
Jaguar Land Rover

Your searchers found you through:
Quality Engineer, Supplier Quality, IATF 16949

See all searches: https://www.linkedin.com/comm/me/search-appearances/

Try Premium for \u00a30 to see more about who's looking.

\u00a9 2024 LinkedIn Ireland Unlimited Company""", tz="+0000", html=True, kind="social-notification:linkedin",
  mid="linkedin.com")

m("nationwide-nov", "2024-11-07 06:40", "Nationwide <nationwide@email.nationwide.co.uk>", ME,
  "Your FlexAccount statement is ready", """Dear Miss Fairclough

Your statement for your FlexAccount ending 3318 is now available to view in the Banking app and Internet Bank.

Statement date: 6 November 2024

For your security, we'll never include links to log in, or ask for your passcode or other security details in an email.

Nationwide Building Society""", html=True, kind="bank-statement", mid="email.nationwide.co.uk")

m("mum-party-1", "2024-11-08 10:21", ME_BT, MUM, "tomorrow",
  """Hi Mum,

Just a reminder it's 2pm at Hollywood Bowl Parrs Wood tomorrow (big building next to the cinema, there's parking). Then back to ours for your famous sandwiches. Don't bring loads, there's only 14 of us!

Evie's already asked 4 times if Grandad is coming.

xx""", kind="personal:family", mid="btinternet.com")

m("mum-party-2", "2024-11-08 12:55", MUM, ME_BT, None,
  """Of course hes coming. I'll do egg and cress and ham, and a few sausage rolls. Tell Evie Grandad has been practising his bowling on the Wii

Mum xx""", reply_to="mum-party-1", quote=True, kind="personal:family", mid="sky.com")

m("gphotos-party", "2024-11-10 19:20", "Dan Brierley (via Google Photos) <noreply-photos@google.com>", ME,
  "Dan Brierley shared an album with you: Evie 10th \U0001F3B3", """Dan Brierley shared an album with you

Evie 10th \U0001F3B3
68 photos

View album: https://photos.app.goo.gl/rQ8wKx2vYp4nT6cM7

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""", tz="+0000", html=True,
  kind="personal:shared-album", mid="google.com")

m("foodbank-apply", "2024-11-11 10:45", "South Manchester Foodbank <volunteer@southmanchester.foodbank.org.uk>", ME,
  "Thank you for applying to volunteer with us", """Dear Nicola,

Thank you so much for applying to volunteer with South Manchester Foodbank. We really appreciate you offering your time, especially in the run up to Christmas, which is our busiest period.

Our volunteer coordinator will review your application form and be in touch within a week to arrange a short informal chat and your induction.

You said you're interested in:
- Warehouse (sorting and date-checking)
- Tuesday morning distribution session at Levenshulme

If you have any questions in the meantime, just reply to this email.

With thanks,
South Manchester Foodbank
Registered charity no. 1156731""", kind="lookalike:volunteer-application", mid="southmanchester.foodbank.org.uk")

m("letref-complete", "2024-11-12 15:33", "LetRef Tenant Referencing <references@letref.co.uk>", ME,
  "Guarantor reference complete \u2013 Flat 14, Anchorage Point", """Dear Nicola Fairclough,

Thank you for completing your guarantor application for Liam Fairclough.

We have now completed our checks and sent our recommendation to Quayside Residential. The agent will contact Liam directly about the next steps, including the guarantor agreement, which you will need to sign.

Reference number: LR-G-2024-448127

Kind regards,
The LetRef Team""", html=True, kind="lookalike:flat-application-guarantor", mid="letref.co.uk")

m("foodbank-chat", "2024-11-13 11:08", "Bernie Walsh <bernie.walsh@southmanchester.foodbank.org.uk>", ME,
  "Volunteering \u2013 quick chat and induction", """Hi Nicola,

Thanks for your application to volunteer! I'm Bernie, the volunteer coordinator.

Before you start we like to have a quick informal chat (10-15 minutes, nothing scary, it's just so we can get to know you and make sure the role suits you) and then you'd come to an induction session at the warehouse.

Could you come in on Tuesday 19 November at 9:30? The chat and induction take about an hour and a half altogether. Wear comfy clothes and closed-toe shoes.

If that doesn't work, let me know some times that do.

Best,
Bernie Walsh
Volunteer Coordinator
South Manchester Foodbank""", kind="lookalike:volunteer-informal-chat", mid="southmanchester.foodbank.org.uk")

m("foodbank-reply", "2024-11-13 13:30", ME, "Bernie Walsh <bernie.walsh@southmanchester.foodbank.org.uk>", None,
  """Hi Bernie,

Tuesday 19th at 9:30 is perfect, I'll see you then.

Thanks,
Nicola""", reply_to="foodbank-chat", quote=True, kind="lookalike:volunteer-informal-chat", mid="gmail")

m("tj-research", "2024-11-14 10:10", "Totaljobs Research Team <research@totaljobs.com>", ME,
  "Help us improve Totaljobs \u2013 \u00a340 for a 45-minute interview", """Hi Nicola,

We're looking for people who are currently looking for work to take part in a short research interview about how they search and apply for jobs.

What's involved:
- A 45-minute video call with one of our user researchers
- We'll ask about your job search and show you some early designs
- There are no right or wrong answers \u2013 we want to hear your honest opinions

As a thank you, you'll receive a \u00a340 Amazon voucher.

Sessions are available between 25 and 29 November. If you're interested, please fill in this short screener and pick a time: https://research.totaljobs.com/s/JS-2411

Thanks,
Aisha
User Research, Totaljobs

You received this email because you agreed to be contacted for research. Opt out: https://research.totaljobs.com/optout""",
  html=True, kind="lookalike:user-research-interview", mid="totaljobs.com")

m("ebay-offer", "2024-11-15 08:47", "eBay <ebay@ebay.co.uk>", ME,
  "You've received an offer on: Frog 62 kids bike, 24\" wheels, red \u2013 great condition",
  """Hi nicky_f84,

A buyer has made you an offer.

Frog 62 kids bike, 24" wheels, red \u2013 great condition
Your Buy it now price: \u00a3210.00
Offer: \u00a3170.00
From: mancbikes_dad (42 \u2605)
Offer expires in 47 hours.

Accept, counter or decline: https://www.ebay.co.uk/bo/offer/334918227711

eBay""", tz="+0000", html=True, kind="lookalike:marketplace-offer", mid="ebay.co.uk")

m("ebay-sold", "2024-11-16 10:31", "eBay <ebay@ebay.co.uk>", ME,
  "Your item sold! Frog 62 kids bike, 24\" wheels, red \u2013 great condition", """Hi nicky_f84,

Congratulations, your item sold for \u00a3185.00.

Buyer: mancbikes_dad
Delivery: Collection in person

Arrange collection with the buyer and mark the item as collected once they've picked it up. Your payout will be sent to your bank account.

eBay""", tz="+0000", html=True, kind="marketplace:sold", mid="ebay.co.uk")

m("parkrun-nov16", "2024-11-16 11:20", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #617", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 25:22
You finished in 140th place out of 455 and were the 20th female.

This was your 91st parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("lisa-offer-1", "2024-11-17 14:03", LISA, ME, "I GOT IT",
  """NIC I GOT THE JOB!!!!!!

They rang on Friday and the offer letter came through this morning. Data Analyst, Band 6, start in January. I've been crying since Friday.

Thank you so so much for the practice interview and the wine. Now it's your turn!! Something's going to come up for you, I can feel it.

Celebratory tea on me next week xxxxx""", kind="lookalike:friend-own-job-offer", mid="yahoo")

m("lisa-offer-2", "2024-11-17 15:10", ME, LISA, None,
  """AAAH Lisa!!! I'm SO pleased for you. That panel didn't know what hit them. Band 6 as well!!

Yes to tea. I'll bring prosecco.

xxxx""", reply_to="lisa-offer-1", quote=True, kind="lookalike:friend-own-job-offer", mid="gmail")

m("ctax-support-2", "2024-11-18 10:00", "Manchester City Council <counciltax.support@manchester.gov.uk>", ME,
  "Council Tax Support \u2013 decision on your application", """Dear Ms Fairclough

Application reference: CTS/24/558120

We have now assessed your application for Council Tax Support.

Based on the information you provided about your household income and savings, you are not entitled to Council Tax Support at this time. Your capital (savings and investments) is above the limit of \u00a316,000.

A full decision notice has been posted to you. If you disagree with this decision, you can ask us to look at it again within one month of the date of this email.

Revenues and Benefits Unit
Manchester City Council""", kind="lookalike:council-tax-support-decision", mid="manchester.gov.uk")

m("uu-bill", "2024-11-18 06:22", "United Utilities <noreply@unitedutilities.com>", ME,
  "Your water bill is ready", """Hello Nicola,

Your latest water bill is now ready to view online.

Account number: 4112 887 302
Amount: \u00a3142.36 (paid by monthly Direct Debit of \u00a335.59)

View your bill: https://www.unitedutilities.com/my-account

Did you know? You could save money by switching to a water meter.

United Utilities""", html=True, kind="utility-bill", mid="unitedutilities.com")

m("parents-evening", "2024-11-19 17:45", "Cromwell Road Primary School <noreply@schoolcloud.co.uk>", ME,
  "Parents' Evening appointments confirmed", """Dear Nicola Fairclough,

Thank you for making appointments for Cromwell Road Primary School Parents' Evening on Wednesday 27 November 2024.

Your appointments:
15:50 \u2013 16:00  Mrs A. Okonjo (6O) \u2013 Evie Brierley

Please arrive a few minutes before your appointment. Appointments run to time, so please keep to your slot.

To amend your appointments, visit https://cromwellroad.schoolcloud.co.uk

Cromwell Road Primary School""", html=True, kind="lookalike:school-appointment", mid="schoolcloud.co.uk")

m("northbank-damp-1", "2024-11-19 20:40", ME, "Northbank Lettings <property@northbanklettings.co.uk>",
  "Damp/mould in back bedroom \u2013 27 Chapel Grove",
  """Hi Kerry,

I'm afraid the damp in the back bedroom (Evie's room) has come back since the weather turned \u2013 there's black mould along the top of the window and in the corner behind the wardrobe again. Photos attached.

We're opening the window every morning and running the dehumidifier, but it keeps coming back. Last year the landlord mentioned getting someone to look at the guttering \u2013 could that be arranged?

Thanks,
Nicola Fairclough""", att=[("mould1.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg3"),
                             ("mould2.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg4")],
  kind="landlord", mid="gmail")

m("northbank-damp-2", "2024-11-20 12:16", "Kerry Jackson <kerry@northbanklettings.co.uk>", ME, None,
  """Hi Nicola,

Thanks for the photos. I've passed these to the landlord and asked our contractor to inspect the guttering and the external wall. He'll call you to arrange a time \u2013 probably next week.

In the meantime, please keep ventilating and wipe any mould with a suitable cleaner.

Kind regards,
Kerry Jackson
Property Manager, Northbank Lettings""", reply_to="northbank-damp-1", quote=True, kind="landlord",
  mid="outlook")

promo("mse-nov", "2024-11-20 19:00", "MoneySavingExpert <news@moneysavingexpert.com>",
      "Black Friday: is it really a bargain? + energy price cap warning", """MONEYSAVINGEXPERT WEEKLY

BLACK FRIDAY: DON'T GET SUCKERED
Only a handful of "deals" are actually cheaper than at other times of year. Use a price tracker before you buy.

ENERGY PRICE CAP TO RISE AGAIN IN JANUARY
Submit a meter reading now.

JOB HUNTING? 10 free tools to help, from CV templates to interview practice.

Read the full email: https://www.moneysavingexpert.com/tips/""", "newsletter")

promo("virgin-price", "2024-11-21 10:10", "Virgin Media <virginmedia@mail.virginmedia.com>",
      "Important information about your price", """Hi Nicola,

We're writing to let you know about a change to the price of your broadband.

From 1 April 2025, your monthly price will go up by \u00a33.50 to \u00a351.50.

If you'd like to talk about your options, you can contact us.

Thanks,
Virgin Media""", "utility-notice", cte="base64")

m("jet2-balance", "2024-11-22 08:00", "Jet2holidays <noreply@jet2holidays.com>", ME,
  "Your balance is due soon \u2013 Tenerife, 12 April 2025", """Hi Nicola,

Your holiday is getting closer! Just a reminder that the balance for your booking is due by 12 December 2024.

Booking reference: JH77C2KM
Destination: Costa Adeje, Tenerife
Departing: Manchester Airport, Saturday 12 April 2025
Passengers: 2 adults, 1 child
Balance remaining: \u00a31,846.00

Pay your balance in MyJet2: https://www.jet2holidays.com/myjet2

Jet2holidays""", html=True, kind="travel", mid="jet2holidays.com")

m("dan-jet2-1", "2024-11-22 09:12", ME, DAN, "Tenerife balance",
  """Jet2 balance is due by 12 Dec \u2013 \u00a31,846. I know we said we'd keep it but part of me thinks we should cancel and lose the deposit. Can we talk tonight?

Also Evie's passport runs out in March, so if we ARE going I need to renew it now.

x""", kind="personal:partner", mid="gmail")

m("dan-jet2-2", "2024-11-22 12:38", DAN, ME, None,
  """We're going. I've got the Didsbury rewire money coming in and you deserve a week in the sun after this year. I'll pay it from mine this weekend. Do Evie's passport.

D x""", reply_to="dan-jet2-1", quote=True, kind="personal:partner", mid="gmail")

m("club-xmas", "2024-11-24 18:30", CLUB, ME, "LRR Christmas Party \u2013 tickets on sale!",
  """Ho ho ho runners!

The LRR Christmas Party is on Saturday 14 December at the Church Inn, Levenshulme, from 7:30pm. \u00a315 including a hot buffet. Fancy dress optional but strongly encouraged (last year's inflatable dinosaur set a high bar).

Pay Nicola (treasurer) by bank transfer with the reference "XMAS + your name" by 6 December.

The club awards will be presented on the night!

LRR Social Committee""", html=True, kind="club-newsletter", mid="mailchimp.com")

promo("currys-bf", "2024-11-25 07:00", "Currys <currys@e.currys.co.uk>",
      "BLACK FRIDAY IS HERE \u2013 offers you won't want to miss", """Black Friday deals are live.

Up to 40% off laptops. Save \u00a3150 on selected TVs. Air fryers from \u00a349.

These offers won't last. Shop now: https://www.currys.co.uk/black-friday

*Selected lines only. While stocks last.""", "promotion", cte="base64")

promo("next-bf", "2024-11-25 12:00", "Next <next@email.next.co.uk>",
      "Your exclusive Black Friday offer inside", """Nicola, here's your Black Friday offer.

Up to 50% off selected lines across womenswear, kidswear and home. Plus free delivery on orders over \u00a340 this weekend.

Shop the offer: https://www.next.co.uk/blackfriday

Next Retail Ltd""", "promotion")

m("amazon-bf", "2024-11-26 20:41", "Amazon.co.uk <auto-confirm@amazon.co.uk>", ME,
  "Your Amazon.co.uk order of \"Karrimor Women's Waterproof Running Jacket...\"", """Hello Nicola,

Thank you for your order. We'll send a confirmation when your item ships.

Order #204-1187746-0029431
Arriving: Thursday 28 November

Karrimor Women's Waterproof Running Jacket, Black, Size 14
Quantity: 1
\u00a329.99

Order Total: \u00a329.99

Amazon.co.uk""", html=True, kind="shop-order", mid="ses", tz="+0000")

m("dpd-bf", "2024-11-28 07:31", "DPD <noreply@dpd.co.uk>", ME,
  "Your DPD parcel from Amazon is arriving today", """Hi Nicola,

Your parcel from Amazon will be delivered today between 10:14 and 11:14 by Gary.

Parcel number: 15501887430211

Not in? You can choose a Safe Place or deliver to a neighbour: https://track.dpd.co.uk/parcels/15501887430211

DPD""", html=True, kind="shipping", mid="dpd.co.uk")

m("carl-gossip-1", "2024-11-28 13:22", CARL, ME, "Ardwick site",
  """Did you hear the site's been sold to a logistics firm? Warehouse apparently. Nine years of your life and it's going to be full of Amazon parcels lol.

I've got a second interview at a place in Ashton next week btw, fingers crossed. How are you getting on?

C""", kind="personal:friend", mid="gmail")

m("carl-gossip-2", "2024-11-28 21:05", ME, CARL, None,
  """No I hadn't heard! That's grim. Hope they at least keep the CMM room as a nice quiet place for the forklift drivers to sulk in.

Good luck with Ashton!! Let me know how it goes. I'm getting there \u2013 plenty of interviews, no offers yet, but I've got a few things on the go.

N""", reply_to="carl-gossip-1", quote=True, kind="personal:friend", mid="gmail")

m("tb-webinar-2", "2024-11-29 12:00", "Talentbridge Events <events@talentbridge-ct.co.uk>", ME,
  "Recording: Negotiating your offer \u2013 and 5 ways to make LinkedIn work for you", """Hi Nicola,

Thanks for joining this week's live webinar. If you missed any of it, the recording of "Negotiating your offer: salary, benefits and start dates" is now on the portal.

5 ways to make LinkedIn work for you
1. Turn on "Open to work" for recruiters only
2. Use the headline for keywords, not just your job title
3. Ask two ex-colleagues for recommendations
4. Comment on posts from companies you'd like to work for
5. Message hiring managers directly \u2013 briefly!

Your programme ends on 31 December. Make sure you've booked your final coaching session.

The Talentbridge team""", html=True, kind="lookalike:outplacement-newsletter", mid="talentbridge-ct.co.uk")

m("parkrun-nov30", "2024-11-30 11:12", "parkrun <results@parkrun.com>", ME,
  "Your Heaton Park parkrun result for event #619", """Hi Nicola,

Congratulations on completing today's Heaton Park parkrun.

Your time was 27:03 (a chilly one!)
You finished in 174th place out of 390 and were the 29th female.

This was your 92nd parkrun.

parkrun UK""", kind="parkrun-result", mid="parkrun.com", tz="+0000")

m("gp-flu", "2024-11-21 15:02", "Crescent Medical Practice <crescent.medical@nhs.net>", ME,
  "Your flu vaccination appointment", """Dear Nicola,

Your appointment has been booked:

Flu vaccination clinic
Saturday 30 November 2024 at 11:40
Crescent Medical Practice, 33 Crescent Road, Levenshulme M19 2QR

Please wear a short-sleeved top. If you need to cancel, reply CANCEL to the text message you received or call the surgery.

Crescent Medical Practice""", kind="medical", mid="nhs.net")

m("google-security", "2024-11-12 22:48", "Google <no-reply@accounts.google.com>", ME,
  "Security alert", """A new sign-in on Windows

nicola.fairclough@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You can also see security activity at https://myaccount.google.com/notifications
\u00a9 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", tz="+0000", html=True,
  kind="account-security", mid="accounts.google.com")

m("mum-dad-results-1", "2024-11-26 11:45", MUM, ME_BT, "dads results",
  """Nicola love

Good news the consultant says Dads heart is ok, its the tablets making him tired so they are changing them. He says thank you for driving us last time, he wont say it himself

Love mum xx""", kind="personal:family", mid="sky.com")

m("mum-dad-results-2", "2024-11-26 13:02", ME_BT, MUM, None,
  """Oh that's such a relief. Tell him he's welcome, and that I'll be checking he takes the new ones!

Love you both xx""", reply_to="mum-dad-results-1", quote=True, kind="personal:family", mid="btinternet.com")

m("club-agm-papers", "2024-11-21 21:14", MARTIN, "LRR Members <members@levyroadrunners.org.uk>",
  "AGM papers \u2013 Thursday 28 November", """Hi all,

Please find attached the papers for the AGM next Thursday, 28 November, 8pm in the upstairs room at the Church Inn:

- Agenda
- Minutes of last year's AGM
- Chair's report
- Treasurer's report (thanks Nicola!)

There are three committee positions up for election \u2013 nominations to me by Monday please.

Martin
Chair, LRR""", att=[("LRR AGM papers 2024.pdf", "application/pdf", fake_pdf("AGM papers"))],
  kind="club:agm", mid="levyroadrunners.org.uk")

m("school-fair", "2024-11-27 16:20", "Cromwell Road Primary School <noreply@parentmail.co.uk>", ME,
  "Christmas Fair \u2013 donations and volunteers please!", """Dear Parents and Carers,

Our Christmas Fair is on Friday 13 December from 3:15pm. We'd be very grateful for:
- bottles for the tombola (Years 4-6)
- chocolate for the chocolate tombola (Years 1-3)
- unwanted gifts and toys in good condition

We also need volunteers to run stalls. Please reply to the PTA at pta.cromwellroad@gmail.com.

Non-uniform day on Friday 6 December in exchange for a bottle or chocolate donation.

Thank you,
Cromwell Road PTA""", html=True, kind="school", mid="parentmail.co.uk")

m("royalmail-missed", "2024-11-09 12:02", "Royal Mail <no-reply@royalmail.com>", ME,
  "Sorry we missed you \u2013 your item is at the Delivery Office", """Hello,

We tried to deliver an item to you today but nobody was in, and it needs a signature.

Reference: KH 4418 2097 3GB
From: HM Revenue & Customs

You can collect it from Longsight Delivery Office after 12pm tomorrow, or rearrange delivery online: https://www.royalmail.com/redelivery

Royal Mail""", html=True, kind="shipping:missed-delivery", mid="royalmail.com")
