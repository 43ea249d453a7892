# Mailbox A - hand-written personal mail (family, friends, colleagues, landlord, side contract).
from mailkit import fake_pdf
from a_life import ME, ANA, MOM, KASIA, KEVIN, DEV, RAJ, DANA

P = []
def m(**kw):
    kw.setdefault('lab', 'not_job')
    kw.setdefault('kind', 'personal')
    P.append(kw)

m(key='p_kasia1', d='2025-01-06 20:14', frm=KASIA, to=[ME],
  subject="Mom's birthday - Feb 8?",
  body="""Hey T,

Mom turns 64 on the 8th (a Saturday). I was thinking we do dinner at Staropolska like last year, or we just do it at my place so the kids can run around. Thoughts? She keeps saying "don't make a fuss" which means make a fuss.

Also can you figure out the new iPad for her? I'll split it with you.

K""",
  slug='kasia-moms-birthday')

m(key='p_kasia2', d='2025-01-07 07:48', frm=ME, to=[KASIA], parent='p_kasia1', quote='gmail',
  subject="Re: Mom's birthday - Feb 8?",
  body="""Your place is easier with Zosia, she'll want to play with the cousins anyway. I'll do the iPad, 50/50 is fine. I'll set it up with big fonts and put FaceTime on the home screen so she stops calling me to ask where it went.

We can bring the cake from Delightful Pastries.""",
  slug='reply-kasia-birthday')

m(key='p_raj1', d='2025-01-09 18:02', frm=RAJ, to=[ME],
  subject='so about that all-hands',
  body="""Not putting this on Slack for obvious reasons.

Did you catch the part where Greg said "we're aligning engineering with the Vantor platform roadmap"? My bet is the Chicago backend team gets folded into theirs by summer and the 4-days-in-office thing follows. Marcy heard the same from someone in finance.

Anyway, lunch tomorrow? Tacos on Elston?

R""",
  slug='raj-all-hands-gossip')

m(key='p_ana1', d='2025-01-10 12:31', frm=ANA, to=[ME],
  subject='Fwd: 2BR on Kedzie - open house Sat',
  body="""this one!! in-unit laundry, back porch, 6 blocks from the daycare. open house Sat 11-1. can your mom take Z for an hour?

---------- Forwarded message ---------
From: North Branch Property Group <listings@northbranchpg.com>
Date: Fri, Jan 10, 2025 at 11:02 AM
Subject: 2BR on Kedzie - open house Sat

3318 N Kedzie Ave #2 - 2 bed / 1.5 bath - $2,150/mo
Available March 1. Hardwood floors, in-unit W/D, back porch, garage parking available ($125/mo).
Open house: Saturday 1/11, 11am-1pm.""",
  slug='ana-fwd-apartment-listing')

m(key='p_landlord1', d='2025-01-16 08:20', frm=ME, to=[('Stan Sokolowski', 'ssokolowski@att.net')],
  subject='Notice - moving out end of February (2nd floor, 2927 N Albany)',
  body="""Hi Mr. Sokolowski,

I hope you're doing well. This is our written notice that Ana and I will be moving out of the 2nd floor apartment at 2927 N Albany at the end of our lease on February 28, 2025.

Thank you for being such a good landlord for the past four years - you always fixed things fast, and Zosia will miss your garden. Please let me know when you'd like to do the walkthrough, and where you'd like us to leave the keys.

Our forwarding address will be 3318 N Kedzie Ave, Unit 2, Chicago IL 60618.

Best,
Tom Kowalczyk
(773) 555-0148""",
  slug='own-notice-to-landlord')

m(key='p_landlord2', d='2025-01-16 17:45', tz='America/Chicago', frm=('Stan Sokolowski', 'ssokolowski@att.net'),
  to=[ME], parent='p_landlord1', quote='outlook', charset='windows-1252', cte='quoted-printable',
  subject='RE: Notice - moving out end of February (2nd floor, 2927 N Albany)',
  body="""Tom,

Got it. Sorry to lose you, you’ve been very good tenants. Walkthrough can be Feb 28 at 10am, just leave keys on the kitchen counter and lock the door with the spare.

I will mail the deposit to the new address within 30 days like the law says.

Stan""",
  slug='landlord-reply-walkthrough')

m(key='p_dana1', d='2025-01-17 15:05', frm=DANA, to=[ME],
  subject='December invoice - paid',
  body="""Hi Tom,

Just a note that your December invoice (INV-2024-12, 22.5 hrs) went out via ACH this morning, should land Monday.

For January, can we aim for ~20 hours again? Priority is the Greenhouse sync stuff, then the placement report. I'll make tickets.

Thanks!
Dana

Dana Whitfield
Owner, Fernwood Staffing""",
  slug='fernwood-invoice-paid')

m(key='p_kevin1', d='2025-01-24 11:55', frm=KEVIN, to=[ME, DEV, ('Mike Ocampo', 'mocampo22@gmail.com')],
  subject='Cubs opener group tix - in or out by Sunday',
  body="""Gents,

Home opener is Friday 4/4 vs the Padres. I've got access to the presale through work. Bleachers are $74 a pop before fees. Need a yes/no by Sunday night so I can buy.

Tom - I know you're doing the dad thing but you get one day off a year. It's the law.

Kev""",
  slug='kevin-cubs-opener-tickets')

m(key='p_kevin2', d='2025-01-24 12:20', frm=ME, to=[KEVIN, DEV, ('Mike Ocampo', 'mocampo22@gmail.com')],
  parent='p_kevin1', quote='gmail', subject='Re: Cubs opener group tix - in or out by Sunday',
  body="""In. Ana already approved it, I have it in writing. Venmo incoming.""",
  slug='reply-cubs-in')

m(key='p_ana2', d='2025-01-27 07:02', frm=ANA, to=[ME],
  subject='daycare closed Monday 2/3',
  body="""teacher in-service day. I have the client presentation at 10 so can you do morning and I'll do afternoon? my mom can't this time.

also we're out of diapers (size 5) and the oat milk""",
  slug='ana-daycare-closed')

m(key='p_movers', d='2025-02-04 14:18', tz='America/Chicago', frm=('Logan Square Movers', 'estimates@logansquaremovers.com'),
  to=[ME], fmt='alt',
  subject='Your moving estimate #LSM-25-0291',
  body="""Hi Tom,

Thanks for choosing Logan Square Movers! Here is your estimate for Saturday, March 1, 2025.

From: 2927 N Albany Ave, 2nd floor (walk-up)
To: 3318 N Kedzie Ave, Unit 2 (walk-up)
Crew: 3 movers + 20' truck
Estimated time: 4-5 hours
Rate: $165/hr, 3 hour minimum, plus $95 truck fee
Estimated total: $755 - $920

Arrival window: 8:00 - 9:00 AM.
A $150 deposit holds your date. Pay here: https://logansquaremovers.com/pay/LSM-25-0291

Questions? Call us at (773) 555-0177.

Thanks,
Marisa @ Logan Square Movers""",
  slug='movers-estimate')

m(key='p_kevin3', d='2025-02-06 16:44', frm=KEVIN, to=[ME, DEV, ('Mike Ocampo', 'mocampo22@gmail.com'), ('Jess Park', 'jesspark.chi@gmail.com')],
  subject='Super Bowl @ my place',
  body="""Sunday. 5pm. I'm doing wings, someone bring something green so Jess doesn't yell at me. Kids welcome, the basement is toddler-proofed (mostly).

Squares board going around Saturday, $5 a square.""",
  slug='kevin-super-bowl-party')

m(key='p_kasia3', d='2025-02-09 21:30', frm=KASIA, to=[ME, ANA],
  subject='photos from yesterday',
  body="""Mom cried at the iPad, so that was a success. Here are the photos, the one of Zosia with the frosting beard is my new lock screen.

https://photos.app.goo.gl/qX7aLmN2bRt8yUv4A

Thanks for bringing the cake!
K""",
  slug='kasia-birthday-photos')

m(key='p_ana3', d='2025-03-02 09:14', frm=ANA, to=[ME],
  subject='internet install tue 8-12',
  body="""xfinity confirmed Tuesday 8-12. you're home that morning right? the router is in the box marked KITCHEN??? because I ran out of boxes

also the back porch light doesn't work, can you email Monica""",
  slug='ana-internet-install')

m(key='p_newlandlord', d='2025-03-03 08:40', frm=ME, to=[('Monica Treviño', 'leasing@northbranchpg.com')],
  subject='Unit 2 - porch light + a slow drain',
  body="""Hi Monica,

We're settling in, thanks again for the smooth move-in. Two small things:

1. The back porch light doesn't turn on (tried a new bulb).
2. The bathroom sink drains really slowly.

No rush, anytime this week is fine and you can let yourselves in if we're out.

Thanks,
Tom (3318 N Kedzie #2)""",
  slug='own-maintenance-request')

m(key='p_newlandlord2', d='2025-03-03 13:05', tz='America/Chicago', frm=('Monica Treviño', 'leasing@northbranchpg.com'),
  to=[ME], parent='p_newlandlord', quote='gmail',
  subject='Re: Unit 2 - porch light + a slow drain',
  body="""Hi Tom, I've put in work order #4471 for both. Luis will stop by Wednesday between 9 and 12. Welcome home!

Monica""",
  slug='landlord-work-order')

m(key='p_deposit', d='2025-03-20 10:15', tz='America/Chicago', frm=('Stan Sokolowski', 'ssokolowski@att.net'),
  to=[ME], charset='windows-1252', cte='quoted-printable',
  subject='Security deposit - 2927 N Albany',
  body="""Tom,

Mailed you a check today for $1,780. Deposit was $1,850 plus $18.40 interest, minus $88.40 for the blinds in the small bedroom (the little one chewed them I think :) no problem).

Receipt for the blinds attached in the envelope.

Good luck in the new place. Say hi to Ana.

Stan""",
  slug='landlord-security-deposit')

m(key='p_raj2', d='2025-03-11 12:47', frm=RAJ, to=[ME],
  subject='wait WHAT',
  body="""Greg just told the team you gave notice. Congrats man, seriously, but also who am I going to complain to about the deploy pipeline now

farewell lunch is happening whether you like it or not. Marcy's organizing""",
  slug='raj-heard-you-gave-notice')

m(key='p_raj3', d='2025-03-11 13:02', frm=ME, to=[RAJ], parent='p_raj2', quote='gmail',
  subject='Re: wait WHAT',
  body="""Ha, sorry you had to hear it from Greg. I was going to tell you at lunch tomorrow. Cobaltline, backend on their care coordination team. Last day is April 4.

You can still complain to me about the deploy pipeline. I'll be emotionally available for that until at least 2030.""",
  slug='reply-raj-notice')

m(key='p_marcy', d='2025-03-26 10:20', frm=('Marcy Lin', 'marcylin.chi@gmail.com'), to=[ME, RAJ, ('Greg Alvarado', 'galvarado@hearthstonepay.com')],
  subject='Tom farewell lunch Thu 4/3 - Cafe Marie-Jeanne',
  body="""Hi all (sending from personal email so Tom doesn't see it on the work calendar, although now he's cc'd... whatever),

Tom's farewell lunch: Thursday 4/3, 12:30, Cafe Marie-Jeanne. I reserved for 9. Card is going around on Monday, Raj has it.

Marcy""",
  slug='farewell-lunch-plan')

m(key='p_dana2', d='2025-04-04 16:32', frm=ME, to=[DANA],
  subject='March invoice + wrapping up',
  body="""Hi Dana,

March invoice attached (INV-2025-03, 18 hrs: FWS-142 follow-ups, the Bullhorn duplicate webhook fix, and the placement sheet export).

As we discussed, I'll need to wind down the contract work now that I'm starting at Cobaltline on Monday - their moonlighting policy is fine with it in principle but I don't want to overpromise. I'm happy to hand everything off to whoever you bring on next; I wrote up the sync architecture and the known gotchas in the repo README.

It's been genuinely fun working with you.

Tom""",
  attach=[('INV-2025-03_Kowalczyk.pdf', 'application/pdf', fake_pdf('Invoice INV-2025-03', ['Fernwood Staffing', '18.0 hours @ $95/hr', 'Total due: $1,710.00']))],
  slug='own-invoice-fernwood-wrapping-up')

m(key='p_dana3', d='2025-04-05 09:50', frm=DANA, to=[ME], parent='p_dana2', quote='gmail',
  subject='Re: March invoice + wrapping up',
  body="""Tom - completely understand, and congrats again. You left this in way better shape than you found it. Invoice approved, payment goes out Tuesday.

If you ever want to pick it back up for a few hours, the door's open. And I owe you a beer.

Dana""",
  slug='fernwood-reply-wrapping-up')

m(key='p_mom_easter', d='2025-04-16 15:22', frm=MOM, to=[ME, KASIA],
  subject='Święconka w sobotę',
  body="""Kochani,

Saturday is Święconka at St. Hyacinth, blessing of baskets at 11:00 and 12:30. I prepare the basket for Zosia, small one, with the lamb made from butter. Tomek you come at 10:30 and we go together.

Sunday breakfast at my house 10:00. Kasia you bring the żurek, I make everything else.

Mama""",
  slug='mom-easter-swieconka')

m(key='p_kevin4', d='2025-04-05 23:58', frm=KEVIN, to=[ME, DEV, ('Mike Ocampo', 'mocampo22@gmail.com')],
  subject='we got a W',
  body="""Freezing, 41 degrees, and it was perfect. Dev, your "I'm not drunk, I'm just cold" bit is going in my wedding speech someday.

Tom welcome back to society. Same time next year.""",
  slug='kevin-opener-recap')

m(key='p_wedding', d='2025-04-22 19:10', tz='America/Denver', frm=('Jess & Marco', 'jessandmarco2025@gmail.com'),
  to=[ME, ANA], subject='Denver! Hotel block closes Friday',
  body="""Hi friends!

Quick reminder that our hotel block at the Maven closes this Friday (4/25). Use code PARKROMANO for the group rate.

Welcome drinks Friday 5/16 at 7pm at Death & Co, ceremony Saturday at 4:30 at the Denver Botanic Gardens. Kids are welcome at the ceremony, and we have a sitter room set up during the reception.

We can't wait to see you!
Jess & Marco""",
  slug='wedding-hotel-block-reminder')

m(key='p_itin', d='2025-04-26 14:03', frm=ME, to=[ANA],
  subject='Fwd: Your trip confirmation - Chicago to Denver (May 16)',
  body="""flights booked! we're on the 7:40am, sorry. I put Z in the window seat so she'll be happy for exactly 11 minutes.

---------- Forwarded message ---------
From: Southwest Airlines <SouthwestAirlines@ifly.southwest.com>
Subject: Your trip confirmation - Chicago to Denver (May 16)

Confirmation # 4KQ9TZ
Fri, May 16  MDW 7:40 AM -> DEN 9:15 AM  Flight 1873
Sun, May 18  DEN 5:10 PM -> MDW 8:35 PM  Flight 2290
Passengers: TOMASZ KOWALCZYK, ANA RUIZ, ZOFIA KOWALCZYK""",
  slug='own-fwd-flight-itinerary')

m(key='p_teacher', d='2025-05-09 13:30', tz='America/Chicago', frm=('Gabriela Alvarez', 'galvarez@littlesproutschicago.com'),
  to=[ME, ANA], subject='Spring conference for Zosia',
  body="""Hi Tom and Ana,

It's time for our spring family conferences! I'd love to meet with you to talk about Zosia's progress this year. She has grown so much - she now helps the younger kids put their shoes on, and she counted to 20 in English and Spanish at circle time this week.

Please sign up for a 20-minute slot here: https://www.signupgenius.com/go/littlesprouts-spring-conf

Available May 19-23.

Warmly,
Ms. Gabi
Little Sprouts Early Learning - Butterfly Room""",
  slug='daycare-spring-conference')

m(key='p_raj4', d='2025-05-19 12:05', frm=RAJ, to=[ME],
  subject='lunch soon?',
  body="""How's the new gig? Do they let you deploy on Fridays? (we still can't)

Lunch next week? I can come up to the Cobaltline office, I'm curious what a "wellness room" looks like.

Also the Vantor thing happened. We're all on the new roadmap now. You got out at the right time.""",
  slug='raj-lunch-soon')

m(key='p_kasia4', d='2025-05-21 20:40', frm=KASIA, to=[ME],
  subject="mom's knee - surgery date",
  body="""Update: the surgeon's office called, mom's knee replacement is June 12 at Swedish Covenant. She'll need someone with her the first week. I can do Thu-Sun, can you do Mon-Wed? She says she doesn't need anyone (of course).

I'll make a shared calendar.

K""",
  slug='kasia-mom-surgery-date')

m(key='p_ana4', d='2025-04-11 11:02', frm=ANA, to=[ME],
  subject='CEL offers come out Tuesday',
  body="""the Chicago Early Learning thing sends offers Tuesday. if we get Brentano I think we take it even though it's not our first choice? full day + it's close to the new place. if we get nothing, Little Sprouts said they can keep her for another year.

let's talk tonight""",
  slug='ana-pre-k-offers-coming')

m(key='p_hearth_benefits', d='2025-04-15 10:00', tz='America/New_York', frm=('Hearthstone Benefits (via WEX)', 'cobra@wexhealth.com'),
  to=[ME], fmt='alt',
  subject='Important information about your health coverage continuation rights',
  body="""Dear Tomasz Kowalczyk,

You are receiving this notice because your coverage under the Hearthstone Payroll, Inc. group health plan ends on April 30, 2025 as a result of a termination of employment.

You and your eligible dependents may elect continuation coverage under COBRA. You have 60 days from the date of this notice to make an election. A full election packet has been mailed to your address on file.

If you have already enrolled in coverage through a new employer, no action is needed.

WEX Health COBRA Administration""",
  slug='cobra-continuation-notice')
