# Mailbox B - recurring everyday mail built from hand-written snippet pools.
S = []
def m(**kw):
    kw.setdefault('lab', 'not_job')
    S.append(kw)

# ----------------------------------------------------------- Atlanta Daybreak (local news)
AD = [
 ('2025-06-13', 'Heat advisory through Sunday', ['Cooling centers open at five rec centers', 'Juneteenth events across the city this weekend', 'Braves activate their ace from the IL']),
 ('2025-06-27', 'The Beltline\'s newest segment opens Saturday', ['Which MARTA stations get new elevators this summer', 'Peach season is late but sweet, farmers say', 'Free movie nights return to Piedmont Park']),
 ('2025-07-18', 'Tropical storm remnants bring flash flood risk', ['I-285 overnight closures near Camp Creek', 'Back-to-school tax-free weekend? Not this year', 'New food hall opens in Summerhill']),
 ('2025-08-08', 'APS starts school Monday: what parents need to know', ['Bus routes and the new app', 'Atlanta\'s best late-summer patios', 'Hawks draft pick signs rookie deal']),
 ('2025-08-29', 'Labor Day traffic: leave early or don\'t leave at all', ['Dragon Con parade route and closures', 'Gas prices dip to a 6-month low', 'Georgia Tech opens against Colorado']),
 ('2025-10-17', 'Early voting starts Monday', ['Where to vote in Fulton, DeKalb and Cobb', 'Pumpkin patches worth the drive', 'Sandy Springs approves new City Springs expansion']),
 ('2025-11-07', 'First frost warning of the season', ['How to protect your plants tonight', 'Holiday markets opening this month', 'Ponce City Market rooftop changes hands']),
]
for i, (date, big, items) in enumerate(AD):
    body = 'Good morning, Atlanta.\n\nTODAY: %s\n\n' % big + '\n'.join('- ' + x for x in items)
    body += '\n\nForward this to a friend who needs to know. Become a supporter: https://atlantadaybreak.com/support\nUnsubscribe: https://atlantadaybreak.com/unsubscribe'
    m(key='ad%d' % i, d=date + ' 06:00', tz='America/New_York', frm=('Atlanta Daybreak', 'newsletter@atlantadaybreak.com'),
      subject=big, body=body, fmt='html', brand='Atlanta Daybreak', brand_color='#b91c1c',
      headers={'List-Unsubscribe': '<https://atlantadaybreak.com/unsubscribe>'}, kind='newsletter-local', slug='atlanta-daybreak-%d' % i)

# ----------------------------------------------------------- Data Viz Weekly
DV = [
 ('2025-06-12', 'Why your bar charts should start at zero (and when they shouldn\'t)', ['Color palettes that work for colorblind readers', 'Power BI June update: new card visual', 'Makeover Monday: U.S. hospital wait times']),
 ('2025-07-10', 'Small multiples are underrated', ['The SQL window function cheat sheet everyone bookmarks', 'A Tableau Public viz on Georgia peach production', 'How one analyst automated a 40-hour monthly report']),
 ('2025-08-07', 'Dashboards nobody opens: a post-mortem', ['DAX vs. M: which to learn first', 'Data storytelling for executives in 3 slides', 'Free datasets: CDC PLACES and county health rankings']),
 ('2025-09-11', 'Designing for the 5-second glance', ['Excel\'s new Python integration, tested', 'The case against pie charts, again', 'Job board: 14 analyst roles at nonprofits']),
 ('2025-10-09', 'Higher ed data is messy. Here\'s how IR teams cope', ['IPEDS deadlines explained', 'Cohort retention charts done right', 'Power BI field parameters tutorial']),
 ('2025-11-13', 'The annual chart crimes roundup', ['Dual-axis charts and the people who love them', 'A gentle intro to dbt for Excel people', 'Holiday reading list for data nerds']),
]
for i, (date, big, items) in enumerate(DV):
    body = 'DATA VIZ WEEKLY\n\nThis week: %s\n\n' % big + '\n'.join('* ' + x for x in items) + '\n\nRead the full issue: https://dataviz-weekly.com/issues/%d\n\nYou subscribed at dataviz-weekly.com. Unsubscribe any time.' % (188 + i * 4)
    m(key='dv%d' % i, d=date + ' 08:30', tz='Europe/London', frm=('Data Viz Weekly', 'hello@dataviz-weekly.com'),
      subject='Data Viz Weekly: ' + big, body=body, fmt='alt',
      headers={'List-Unsubscribe': '<https://dataviz-weekly.com/unsubscribe>'}, kind='newsletter', slug='data-viz-weekly-%d' % i)

# ----------------------------------------------------------- Career Pivot Letter (regular issues)
for i, (d, subj, text) in enumerate([
    ('2025-07-15', 'Negotiating salary when you\'re "starting over"', 'You are not starting over. You are starting from a different door. This week: three scripts for the salary conversation, and why "I\'m flexible" costs career changers an average of $6,000.'),
    ('2025-09-16', 'Your first 90 days in a new field', 'Congratulations to the many of you who wrote in this month with new jobs! Here is my checklist for the first 90 days: find your translator, write down every acronym, and ship one small win before day 30.'),
    ('2025-11-11', 'Imposter syndrome, six months in', 'A reader asked: "I got the analyst job, so why do I feel like a fraud in every meeting?" Let\'s talk about it.')]):
    m(key='cp%d' % i, d=d + ' 06:30', tz='America/New_York', frm=('The Career Pivot Letter', 'careerpivot@substack.com'),
      subject=subj, body='Hey pivoters,\n\n%s\n\nRead more: https://careerpivot.substack.com\n\n- Renée\n\nUnsubscribe https://careerpivot.substack.com/action/disable_email' % text,
      fmt='alt', mid_domain='substack.com', kind='newsletter', slug='career-pivot-letter-%d' % i)

# ----------------------------------------------------------- Church weekly
CH = [('2025-06-15', 'Father\'s Day', 'Happy Father\'s Day to all our fathers and father figures! Men\'s breakfast after 8 AM service.'),
      ('2025-07-06', 'Independence Day reflections', 'VBS registration closes July 9. Volunteers meet Sunday at 1 PM in Room 104.'),
      ('2025-08-03', 'Back to school blessing', 'Bring your backpacks next Sunday for the back-to-school blessing. School supply drive ends 8/10.'),
      ('2025-08-31', 'Labor Day weekend', 'One service only this Sunday at 10 AM. No Wednesday Bible study this week.'),
      ('2025-11-02', 'Daylight saving time ends', 'Don\'t forget to set your clocks back! Thanksgiving basket sign-ups are in the lobby.'),
      ('2025-11-16', 'Thanksgiving Sunday', 'Community Thanksgiving service Tuesday at 7 PM with Shiloh AME. Basket packing Saturday 11/22.')]
for i, (d, title, text) in enumerate(CH):
    m(key='church%d' % i, d=d + ' 07:00', tz='America/New_York', frm=('Greater Mt. Olive Baptist Church', 'office@greatermtolive.org'),
      subject='Mt. Olive Weekly: ' + title, fmt='html', brand='Greater Mt. Olive Baptist Church', brand_color='#7c2d12',
      body='Grace and peace, church family!\n\n%s\n\nGive online: https://greatermtolive.org/give\nWatch live Sundays at 10 AM on YouTube.\n\nGreater Mt. Olive Baptist Church, 1890 Campbellton Rd SW, Atlanta GA' % text,
      kind='church-newsletter', slug='church-weekly-%d' % i)

# ----------------------------------------------------------- ParentSquare (school)
PS = [('2025-07-28 10:00', 'Welcome back! Meet the Teacher night is Aug 1', 'Hollis Park Elementary welcomes families back! Meet the Teacher: Friday, August 1, 4-6 PM. First day of school: Monday, August 4.'),
      ('2025-08-04 15:30', 'First day photos 📸', 'What a great first day! Check out photos from the 5th grade hallway in the Photos tab.'),
      ('2025-08-22 12:00', 'Picture day is September 5', 'Order packages online with code HPES25. Retakes October 10.'),
      ('2025-09-12 09:00', 'Fall fundraiser kicks off', 'Our Fun Run fundraiser supports new playground equipment. Collect pledges through October 3!'),
      ('2025-10-09 16:00', 'Parent-teacher conference sign-ups are open', 'Conferences are October 16-17. Early release at 12:30 PM both days.'),
      ('2025-11-20 14:00', 'Thanksgiving break reminder', 'No school November 24-28. Enjoy the break! Classes resume Monday, December 1.')]
for i, (d, subj, text) in enumerate(PS):
    m(key='ps%d' % i, d=d, tz='America/Los_Angeles', frm=('Hollis Park Elementary via ParentSquare', 'donotreply@parentsquare.com'),
      subject=subj, fmt='html', brand='ParentSquare', brand_color='#1a73e8',
      body='Hollis Park Elementary School\n\n%s\n\nView post: https://www.parentsquare.com/feeds\n\nYou are receiving this because you are a parent at Hollis Park Elementary. Manage notifications in ParentSquare.' % text,
      kind='school', slug='parentsquare-%d' % i)

# ----------------------------------------------------------- groceries
KR = [('2025-06-14 16:22', '87.43', 'Chicken thighs, rice, frozen broccoli, eggs, Capri Sun (2), bread, peanut butter'),
      ('2025-07-03 18:40', '64.18', 'Elbow macaroni, sharp cheddar (3), evaporated milk, peaches, butter, brown sugar'),
      ('2025-08-02 11:05', '112.60', 'School lunch snacks, apples, turkey, cheese sticks, juice boxes, paper towels'),
      ('2025-09-27 13:14', '48.22', 'Packing tape, trash bags, bottled water, sandwich stuff'),
      ('2025-11-21 17:02', '134.95', 'Elbow macaroni, cheddar (4), heavy cream, eggs, cornbread mix, sweet potatoes, pecans')]
for i, (d, amt, items) in enumerate(KR):
    m(key='kr%d' % i, d=d, tz='America/New_York', frm=('Kroger', 'kroger@email.kroger.com'),
      subject='Your Kroger receipt', fmt='html', brand='Kroger', brand_color='#134a9c',
      body='Thanks for shopping at Kroger #0436, Camp Creek Marketplace.\n\n%s\n\nTotal: $%s\nYou saved: $%.2f with your Plus Card\nFuel points earned: %d\n\nView your digital receipt in the Kroger app.' % (items, amt, float(amt) * 0.12, int(float(amt))),
      kind='receipt', slug='kroger-receipt-%d' % i)
m(key='publix1', d='2025-10-08 07:00', tz='America/New_York', frm=('Publix', 'publix@email.publix.com'),
  subject='This week\'s ad is here: BOGO Publix Premium ice cream', fmt='html', brand='Publix', brand_color='#3b8132',
  body='Your Publix at City Springs has new savings this week.\n\nBOGO: Publix Premium ice cream, Pepperidge Farm cookies, Barilla pasta\nPub Sub of the week: Boar\'s Head Ultimate, $8.99\n\nView the weekly ad: https://www.publix.com/savings/weekly-ad', kind='promotion', slug='publix-weekly-ad')
m(key='publix2', d='2025-11-18 07:00', tz='America/New_York', frm=('Publix', 'publix@email.publix.com'),
  subject='Order your holiday meal by Nov 24', fmt='html', brand='Publix', brand_color='#3b8132',
  body='Let us do the cooking this Thanksgiving. Order a turkey dinner for 8-10 at the deli or online by Monday, November 24.\n\nhttps://www.publix.com/holiday-meals', kind='promotion', slug='publix-holiday-meal')

# ----------------------------------------------------------- utilities
for i, (d, amt, kwh, addr) in enumerate([('2025-06-18', '142.77', 1044, 'EAST POINT'), ('2025-07-18', '188.31', 1380, 'EAST POINT'),
                                          ('2025-08-19', '196.04', 1426, 'EAST POINT'), ('2025-09-18', '151.88', 1109, 'EAST POINT'),
                                          ('2025-10-22', '61.40', 402, 'SANDY SPRINGS'), ('2025-11-19', '97.25', 688, 'SANDY SPRINGS')]):
    m(key='gp%d' % i, d=d + ' 08:10', tz='America/New_York', frm=('Georgia Power', 'GeorgiaPower@email.georgiapower.com'),
      subject='Your Georgia Power bill is ready', fmt='html', brand='Georgia Power', brand_color='#0067a3',
      body='Hello DANIELLE,\n\nYour bill for service at %s is ready.\n\nAmount due: $%s\nUsage: %d kWh\nDue date: in 18 days\n\nPay now: https://customerservice2.southerncompany.com\n\n%s' % (addr, amt, kwh, 'Welcome to your new service address! This bill covers a partial month.' if i == 4 else 'Tip: set your thermostat to 78 degrees in summer to save.'),
      kind='utility-bill', slug='georgia-power-%d' % i)
for i, (d, amt) in enumerate([('2025-06-25', '65.00'), ('2025-07-25', '65.00'), ('2025-08-25', '65.00'), ('2025-10-25', '82.41'), ('2025-11-25', '65.00')]):
    m(key='att%d' % i, d=d + ' 03:40', tz='America/Chicago', frm=('AT&T', 'att-services.cn.12345@emailff.att-mail.com'),
      subject='Your AT&T bill is ready to view', fmt='html', brand='AT&T', brand_color='#00a8e0',
      body='Hi Danielle,\n\nYour AT&T Fiber bill is ready.\n\nAccount ending in 9921\nAmount due: $%s\nAutoPay will process on the due date.%s\n\nView bill: https://www.att.com/acctmgmt/billing' % (amt, ' This bill includes a one-time $99 move fee, partially credited.' if i == 3 else ''),
      kind='utility-bill', slug='att-bill-%d' % i)
m(key='att_move', d='2025-09-20 14:30', tz='America/Chicago', frm=('AT&T', 'att-services.cn.12345@emailff.att-mail.com'),
  subject='Your AT&T Fiber move is scheduled', fmt='html', brand='AT&T', brand_color='#00a8e0',
  body='Hi Danielle,\n\nYour service transfer is confirmed.\n\nNew address: 6120 ABERNATHY WAY UNIT 14, SANDY SPRINGS GA\nInstallation: Thursday, October 2, 8 AM - 12 PM\n\nA technician will call 30 minutes before arrival.', kind='utility-notice', slug='att-move-scheduled')
for i, (d, amt) in enumerate([('2025-06-29', '28.14'), ('2025-08-29', '26.90'), ('2025-10-29', '34.55')]):
    m(key='gs%d' % i, d=d + ' 09:00', tz='America/New_York', frm=('Gas South', 'noreply@gassouth.com'),
      subject='Your Gas South statement is available', fmt='plain',
      body='Hello Danielle,\n\nYour Gas South natural gas statement is available.\n\nAccount: ******4417\nAmount due: $%s\n\nLog in to pay: https://www.gassouth.com/myaccount\n\nGas South | Serving Georgia since 2006' % amt,
      kind='utility-bill', slug='gas-south-%d' % i)

# ----------------------------------------------------------- banks / payments
for i, (d, amt, where) in enumerate([('2025-06-20 12:41', '312.00', 'YMCA METRO ATLANTA'), ('2025-08-04 07:15', '75.00', 'HOLLIS PARK KIDS CLUB'),
                                     ('2025-09-02 19:45', '300.00', 'ABERNATHY TOWNHOMES'), ('2025-09-15 13:10', '417.00', 'TWO TRUCKS ATL'),
                                     ('2025-11-01 06:02', '1,745.00', 'ABERNATHY TOWNHOMES')]):
    m(key='pfcu%d' % i, d=d, tz='America/New_York', frm=('Peach Federal Credit Union', 'alerts@peachfcu.org'),
      subject='Debit card purchase alert', fmt='plain',
      body='Peach Federal Credit Union\n\nA debit card transaction of $%s at %s was posted to your checking account ending in 0286.\n\nIf you did not authorize this transaction, call 1-800-555-0160 immediately.\n\nTo change your alert settings, log in to online banking.' % (amt, where),
      kind='bank-alert', slug='pfcu-debit-alert-%d' % i)
m(key='pfcu_dd', d='2025-10-15 05:30', tz='America/New_York', frm=('Peach Federal Credit Union', 'alerts@peachfcu.org'),
  subject='Direct deposit received', fmt='plain',
  body='Peach Federal Credit Union\n\nA direct deposit of $2,038.46 from CHASTAIN UNIV PAYROLL was posted to your checking account ending in 0286 on 10/15/2025.\n\nTo change your alert settings, log in to online banking.', kind='bank-alert', slug='pfcu-direct-deposit')
for i, (d, bal, due) in enumerate([('2025-06-21', '846.12', 'July 16'), ('2025-07-21', '1,102.55', 'August 15'), ('2025-08-21', '694.30', 'September 15'),
                                  ('2025-09-21', '1,588.07', 'October 16'), ('2025-10-21', '902.64', 'November 15')]):
    m(key='cap%d' % i, d=d + ' 06:22', tz='America/New_York', frm=('Capital One', 'capitalone@notification.capitalone.com'),
      subject='Your Quicksilver statement is ready', fmt='html', brand='Capital One', brand_color='#004977',
      body='Hi Danielle,\n\nYour statement for Quicksilver ending in 7710 is ready.\n\nStatement balance: $%s\nPayment due date: %s\n\nView statement: https://myaccounts.capitalone.com' % (bal, due),
      kind='bank-statement', slug='capital-one-statement-%d' % i)
CA = [('2025-06-21 20:14', 'Keandra Lewis sent you $80', 'savannah deposit 🌴'),
      ('2025-07-05 14:02', 'You sent $45 to Monique Banks', 'brisket tax lol'),
      ('2025-08-22 21:30', 'Pam Rivers sent you $20', 'book club snacks'),
      ('2025-09-02 10:15', 'You sent $120 to Tasha Coleman', 'airbnb + pralines'),
      ('2025-11-10 18:40', 'You sent $300 to Monique Banks', 'mama party half')]
for i, (d, subj, note) in enumerate(CA):
    m(key='cashapp%d' % i, d=d, tz='America/Los_Angeles', frm=('Cash App', 'cash@square.com'),
      subject=subj, fmt='html', brand='Cash App', brand_color='#00d632',
      body='%s\n\nFor: %s\n\nIdentifier: #D%07d\n\nCash App · Block, Inc.' % (subj, note, 4410021 + i * 313),
      kind='payment-app', slug='cash-app-%d' % i)

# ----------------------------------------------------------- Amazon
AMZ = [('113-7210448-5540192', 'Anker Soundcore Webcam C200 1080p', '39.99', '2025-06-22 20:10', '2025-06-24 15:40'),
       ('113-3318820-0917734', 'Storage Made Simple: SQL for Data Analysis (Paperback)', '44.99', '2025-07-06 09:30', '2025-07-09 13:12'),
       ('113-5049913-2276410', 'Jaylen\'s school supplies bundle (24 items)', '57.80', '2025-07-26 21:45', '2025-07-29 18:02'),
       ('113-9982110-6603318', 'Blazer for women, navy, size 10', '48.99', '2025-08-06 22:20', None),
       ('113-1174420-8829015', 'Moving boxes, 20 pack + tape gun', '52.49', '2025-09-14 19:00', '2025-09-16 14:25'),
       ('113-6620017-3310498', 'Picture frame set, 7 piece (black)', '36.99', '2025-10-05 16:12', '2025-10-07 17:51')]
for oid, item, price, od, dd in AMZ:
    m(key='amz_o_' + oid, d=od, tz='America/Los_Angeles', frm=('Amazon.com', 'auto-confirm@amazon.com'),
      subject='Your Amazon.com order of "%s"' % (item if len(item) < 45 else item[:42] + '...'), fmt='alt', cte='quoted-printable',
      body='Hello Danielle,\n\nThanks for your order. We\'ll let you know once your item(s) have dispatched.\n\nOrder #%s\n%s\nQty: 1  $%s\n\nShip to: Danielle Whitaker, %s\n\nView or manage order: https://www.amazon.com/gp/css/order-details?orderID=%s' % (oid, item, price, 'SANDY SPRINGS, GA' if od > '2025-10' else 'EAST POINT, GA', oid),
      kind='receipt', slug='amazon-order-' + oid[-4:])
    if dd:
        m(key='amz_d_' + oid, d=dd, tz='America/Los_Angeles', frm=('Amazon.com', 'shipment-tracking@amazon.com'),
          subject='Delivered: Your Amazon.com order #%s' % oid, fmt='alt',
          body='Hi Danielle,\n\nYour package has been delivered!\n\n%s\n\nHow was your delivery? Rate it in Your Orders.\n\nTrack package: https://www.amazon.com/progress-tracker/package?orderId=%s' % (item, oid),
          kind='shipping', slug='amazon-delivered-' + oid[-4:])
m(key='amz_ret', d='2025-08-14 11:30', tz='America/Los_Angeles', frm=('Amazon.com', 'return@amazon.com'),
  subject='Your refund for Blazer for women, navy, size 10', fmt='alt',
  body='Hello Danielle,\n\nWe\'ve issued your refund of $48.99 for the item below. It should post to your Capital One card in 3-5 business days.\n\nBlazer for women, navy, size 10\nReason: Too small', kind='receipt', slug='amazon-refund-blazer')

# ----------------------------------------------------------- health / pharmacy
m(key='cvs1', d='2025-06-30 14:12', tz='America/New_York', frm=('CVS Pharmacy', 'CVSPharmacy@pharmacy.cvs.com'),
  subject='Your prescription is ready', fmt='html', brand='CVS Pharmacy', brand_color='#cc0000',
  body='Hi DANIELLE,\n\n1 prescription for JAYLEN is ready for pickup at CVS, 2800 Camp Creek Pkwy.\n\nPlease pick up by 07/09/2025.', kind='pharmacy', slug='cvs-rx-ready-jaylen')
m(key='cvs2', d='2025-09-04 10:05', tz='America/New_York', frm=('CVS Pharmacy', 'CVSPharmacy@pharmacy.cvs.com'),
  subject='Time for your flu shot', fmt='html', brand='CVS Pharmacy', brand_color='#cc0000',
  body='Flu shots are here! Schedule yours in minutes, or walk in. Most insurance plans cover flu shots at no cost to you.\n\nSchedule: https://www.cvs.com/immunizations/flu', kind='promotion', slug='cvs-flu-shot')
m(key='cvs3', d='2025-10-28 16:40', tz='America/New_York', frm=('CVS Pharmacy', 'CVSPharmacy@pharmacy.cvs.com'),
  subject='Your prescription is ready', fmt='html', brand='CVS Pharmacy', brand_color='#cc0000',
  body='Hi DANIELLE,\n\n1 prescription for DANIELLE is ready for pickup at CVS, 6510 Roswell Rd, Sandy Springs.\n\nPlease pick up by 11/06/2025.', kind='pharmacy', slug='cvs-rx-ready')
m(key='doc1', d='2025-07-08 10:30', tz='America/New_York', frm=('Southside Pediatrics', 'noreply@southsidepeds.com'),
  subject='Reminder: Jaylen\'s well visit on Tue, July 22 at 3:40 PM', fmt='plain',
  body='Hello,\n\nThis is a reminder that JAYLEN WHITAKER has an appointment with Dr. Amara Nwosu on Tuesday, July 22, 2025 at 3:40 PM.\n\nPlease bring the school physical form (Form 3300) and the eye/ear/dental form (Form 3231) if you need them completed.\n\nSouthside Pediatrics, 2665 Campbellton Rd SW\n\nReply C to confirm or R to reschedule.', kind='health', slug='pediatrician-reminder')
m(key='doc2', d='2025-08-20 09:00', tz='America/New_York', frm=('Midtown Women\'s Health', 'portal@midtownwomenshealth.com'),
  subject='You have a new message in your patient portal', fmt='plain',
  body='Dear Danielle,\n\nYou have a new secure message from Dr. Renee Okafor\'s office. Please log in to the patient portal to read it.\n\nhttps://midtownwomenshealth.patientportal.com\n\nDo not reply to this email.', kind='health', slug='patient-portal-message')
m(key='doc3', d='2025-10-13 08:00', tz='America/New_York', frm=('Smile Atlanta Dental', 'appointments@smileatlantadental.com'),
  subject='Cleaning reminder for Danielle and Jaylen - Sat Oct 25', fmt='plain',
  body='Hi Danielle!\n\nYou and Jaylen are scheduled for cleanings on Saturday, October 25 at 9:00 and 9:45 AM with Dr. Patel.\n\nWe have your new insurance on file (Blue Cross Blue Shield via Chastain University). Please bring your new card.\n\nSmile Atlanta Dental', kind='health', slug='dentist-reminder')

# ----------------------------------------------------------- apartment portal
for i, (d, text, subj) in enumerate([
    ('2025-06-25 09:00', 'Rent for July ($1,385.00) is due on 07/01. Pay online to avoid the $75 late fee.', 'Rent reminder: July'),
    ('2025-07-15 13:20', 'Pest control will service all units in buildings 2200-2400 on Thursday 7/17 between 9 AM and 3 PM. Please secure pets.', 'Community notice: pest control Thursday'),
    ('2025-07-25 09:00', 'Rent for August ($1,385.00) is due on 08/01. Pay online to avoid the $75 late fee.', 'Rent reminder: August'),
    ('2025-08-11 18:05', 'Work order #88412 (kitchen faucet dripping) has been completed. Please rate your service.', 'Work order completed'),
    ('2025-08-26 09:00', 'Rent for September ($1,385.00) is due on 09/01. Pay online to avoid the $75 late fee.', 'Rent reminder: September'),
    ('2025-09-10 15:00', 'The pool will close for the season on Sunday, September 14. Thank you for a great summer!', 'Pool closing for the season')]):
    m(key='ccc%d' % i, d=d, tz='America/Denver', frm=('Camp Creek Crossing', 'residentservices@campcreekcrossing.com'),
      subject=subj, fmt='html', brand='Camp Creek Crossing Apartments', brand_color='#0f766e',
      body='Hello Danielle,\n\n%s\n\nResident Portal: https://campcreekcrossing.residentportal.com\n\nCamp Creek Crossing Apartments\n3300 Camp Creek Pkwy, East Point, GA' % text,
      kind='landlord', slug='apartment-portal-%d' % i)
m(key='abn1', d='2025-10-25 09:00', tz='America/Denver', frm=('Abernathy Townhomes', 'residents@abernathytownhomes.com'),
  subject='November rent reminder', fmt='html', brand='Abernathy Townhomes', brand_color='#3f6212',
  body='Hi Danielle,\n\nRent for November ($1,745.00) is due on 11/01. Set up AutoPay in the resident portal to never miss a payment.\n\nAbernathy Townhomes', kind='landlord', slug='townhome-rent-reminder')
m(key='abn2', d='2025-11-06 14:30', tz='America/Denver', frm=('Abernathy Townhomes', 'residents@abernathytownhomes.com'),
  subject='Leaf pickup and gutter cleaning next week', fmt='html', brand='Abernathy Townhomes', brand_color='#3f6212',
  body='Hi residents,\n\nOur landscaping team will blow leaves and clean gutters on Tuesday and Wednesday, November 11-12. Please move vehicles from the back lot by 8 AM.\n\nAbernathy Townhomes', kind='landlord', slug='townhome-gutter-cleaning')

# ----------------------------------------------------------- subscriptions
m(key='netflix', d='2025-07-12 02:10', tz='America/Los_Angeles', frm=('Netflix', 'info@account.netflix.com'),
  subject='Your payment was successful', fmt='html', brand='NETFLIX', brand_color='#e50914',
  body='Hi Danielle,\n\nThanks for your payment. Standard plan: $17.99\n\nYour next billing date is August 12, 2025.', kind='subscription-receipt', slug='netflix-receipt')
m(key='spotify', d='2025-08-03 04:40', tz='Europe/Stockholm', frm=('Spotify', 'no-reply@spotify.com'),
  subject='Your Spotify Premium receipt', fmt='html', brand='Spotify', brand_color='#1db954',
  body='Hi Danielle,\n\nPremium Individual\nTotal: $11.99\nPayment method: Mastercard ending in 7710', kind='subscription-receipt', slug='spotify-receipt')
m(key='audible', d='2025-09-30 08:00', tz='America/New_York', frm=('Audible', 'donotreply@audible.com'),
  subject='Your monthly credit is here', fmt='html', brand='audible', brand_color='#f8991c',
  body='Hi Danielle,\n\nYour new credit is ready to use. Need ideas? "The Cost of Knowing" is in your wish list.\n\nBrowse: https://www.audible.com', kind='subscription-notice', slug='audible-monthly-credit')
m(key='hulu', d='2025-10-19 18:00', tz='America/Los_Angeles', frm=('Hulu', 'hulu@hulumail.com'),
  subject='Your Hulu subscription price is changing', fmt='html', brand='hulu', brand_color='#1ce783',
  body='Starting with your next billing cycle on or after November 19, the price of Hulu (With Ads) will change to $11.99/month.\n\nManage your account: https://secure.hulu.com/account', kind='subscription-notice', slug='hulu-price-change')

# ----------------------------------------------------------- learning
m(key='coursera2', d='2025-07-02 18:00', tz='America/Los_Angeles', frm=('Coursera', 'no-reply@m.mail.coursera.org'),
  subject='You\'re 40% through Foundations of Data Science - keep going!', fmt='html', mid_domain='m.mail.coursera.org', brand='coursera', brand_color='#0056d2',
  body='Hi Danielle,\n\nYou\'re making great progress. Next up: Module 3 - "The power of statistics."\n\nLearners who set a weekly goal are 75% more likely to finish. Set yours in the app.', kind='learning', slug='coursera-progress')
m(key='coursera3', d='2025-08-24 18:00', tz='America/Los_Angeles', frm=('Coursera', 'no-reply@m.mail.coursera.org'),
  subject='Congratulations, Danielle! You earned a certificate', fmt='html', mid_domain='m.mail.coursera.org', brand='coursera', brand_color='#0056d2',
  body='Congratulations on completing Foundations of Data Science!\n\nShare your certificate on LinkedIn: https://www.coursera.org/account/accomplishments/certificate/KQ7XN3WZ8B2L\n\nNext in your program: Get Started with Python.', kind='learning', slug='coursera-certificate')
for i, (d, subj, text) in enumerate([('2025-06-18 19:00', 'You\'re on a 7-day streak 🔥', 'Keep it going with the next lesson in Intermediate SQL: "CASE WHEN and subqueries".'),
                                     ('2025-07-24 19:00', 'New course: Data Visualization in Power BI', 'Build your first interactive report in 3 hours. Included with your Premium subscription.'),
                                     ('2025-09-01 19:00', 'Your DataCamp Premium renews in 7 days', 'Your annual Premium plan renews on September 8 for $165.00. Manage your subscription in settings.')]):
    m(key='dc%d' % i, d=d, tz='Europe/Brussels', frm=('DataCamp', 'no-reply@datacamp.com'),
      subject=subj, fmt='html', brand='DataCamp', brand_color='#05192d',
      body='Hi Danielle,\n\n%s\n\nContinue learning: https://app.datacamp.com/learn\n\nDataCamp Inc.' % text, kind='learning', slug='datacamp-%d' % i)
for i, (d, subj, text) in enumerate([('2025-06-19 17:00', 'New event: Atlanta Women in Data - Summer Social', 'Thursday, July 10 · 6:30 PM EDT · Monday Night Garage, West Midtown'),
                                     ('2025-08-28 17:00', 'New event: Atlanta Women in Data - SQL Study Night', 'Tuesday, September 16 · 6:00 PM EDT · Atlanta Tech Village, Buckhead'),
                                     ('2025-10-30 17:00', 'New event: Atlanta Women in Data - Career Pivot Stories', 'Thursday, November 20 · 6:30 PM EST · Ponce City Market, Suite 400. Speakers include Danielle Whitaker (Chastain University).'),
                                     ('2025-11-19 09:00', 'Reminder: Career Pivot Stories is tomorrow', 'Thursday, November 20 · 6:30 PM EST. You\'re going!')]):
    m(key='awid%d' % i, d=d, tz='America/New_York', frm=('Meetup', 'info@meetup.com'),
      subject=subj, fmt='html', brand='Meetup', brand_color='#f65858',
      body='Atlanta Women in Data\n\n%s\n\nRSVP: https://www.meetup.com/atlanta-women-in-data/events/\n\nNot interested? Update your email settings.' % text,
      kind='community-event', slug='meetup-awid-%d' % i)

# ----------------------------------------------------------- rides / food / transit
for i, (d, amt, a, b) in enumerate([('2025-07-10 18:05', '21.40', 'Camp Creek Pkwy', 'Monday Night Garage, 933 Lee St SW'),
                                    ('2025-07-26 18:05', '24.35', 'Camp Creek Pkwy', 'Truist Park, 755 Battery Ave SE'),
                                    ('2025-11-20 18:02', '19.60', 'Abernathy Way', 'Ponce City Market')]):
    m(key='lyft%d' % i, d=d, tz='America/Los_Angeles', frm=('Lyft Receipts', 'no-reply@lyftmail.com'),
      subject='Your ride with %s on %s' % (['Marcus', 'Olu', 'Grace'][i], d[5:10].replace('-', '/')), fmt='html', brand='lyft', brand_color='#ff00bf',
      body='Thanks for riding with Lyft!\n\n%s -> %s\n\nTotal charged: $%s\nMastercard *7710' % (a, b, amt), kind='ride-receipt', slug='lyft-receipt-%d' % i)
for i, (d, r, it, amt) in enumerate([('2025-06-26 19:15', 'Slutty Vegan', 'One Night Stand, Fussy Hussy, fries', '38.22'),
                                     ('2025-08-13 18:44', 'Busy Bee Cafe', 'Fried chicken plate, collards, mac & cheese (2)', '47.10'),
                                     ('2025-10-01 19:30', 'Pizza Hut', '2 large pizzas, breadsticks (moving day!)', '41.85')]):
    m(key='dd%d' % i, d=d, tz='America/Los_Angeles', frm=('DoorDash', 'no-reply@doordash.com'),
      subject='Your DoorDash order from %s' % r, fmt='html', brand='DOORDASH', brand_color='#ff3008',
      body='Thanks for your order, Danielle!\n\n%s\n%s\n\nTotal: $%s' % (r, it, amt), kind='food-delivery', slug='doordash-%d' % i)
m(key='marta1', d='2025-09-23 07:41', tz='America/New_York', frm=('MARTA Breeze', 'breeze@itsmarta.com'),
  subject='Your Breeze Card auto-load was successful', fmt='plain',
  body='Your Breeze Card ending in 3390 was loaded with a 30-Day Unlimited Pass ($95.00).\n\nThank you for riding MARTA.', kind='transit', slug='marta-breeze-autoload')
m(key='marta2', d='2025-10-23 07:40', tz='America/New_York', frm=('MARTA Breeze', 'breeze@itsmarta.com'),
  subject='Your Breeze Card auto-load was successful', fmt='plain',
  body='Your Breeze Card ending in 3390 was loaded with a 30-Day Unlimited Pass ($95.00). Employer transit benefit applied: Chastain University.\n\nThank you for riding MARTA.', kind='transit', slug='marta-breeze-autoload-oct')

# ----------------------------------------------------------- payroll (current employer) and new employer payroll
for i, (d, net) in enumerate([('2025-06-13', '1,612.40'), ('2025-07-11', '1,688.09'), ('2025-08-08', '1,601.77'), ('2025-09-19', '2,244.15')]):
    m(key='ukg%d' % i, d=d + ' 04:00', tz='America/New_York', frm=('UKG Pro', 'noreply@ukg.com'),
      subject='Your pay statement is available', fmt='html', brand='UKG', brand_color='#005151',
      body='Hello Danielle,\n\nA new pay statement from SOUTHEASTERN DISTRIBUTION CO is available.\n\nPay date: %s\nNet pay: $%s\n\nView in UKG Pro: https://e12.ultipro.com' % (d, net),
      kind='payroll', slug='ukg-pay-statement-%d' % i)
m(key='chastain_pay', d='2025-10-31 05:12', tz='America/Chicago', frm=('Chastain University', 'chastain@myworkday.com'),
  subject='Your payslip for 10/31/2025 is available in Workday', fmt='html', brand='Chastain University', brand_color='#1e3a5f',
  body='Hello Danielle,\n\nYour payslip for the pay period ending 10/31/2025 is now available. Sign in to Workday to view it.\n\nhttps://wd5.myworkday.com/chastain\n\nThis is an automated message from Chastain University Payroll Services.', kind='payroll:workday-sender-not-recruiting', slug='chastain-workday-payslip')
m(key='chastain_ben', d='2025-09-24 11:00', tz='America/New_York', frm=('Chastain University Benefits', 'benefits@chastain.edu'),
  subject='Your 2025 benefit elections are confirmed', fmt='html', brand='Chastain University Human Resources', brand_color='#1e3a5f',
  body='Dear Danielle Whitaker,\n\nThis confirms your new-hire benefit elections, effective October 1, 2025:\n\nMedical: BCBS PPO - Employee + Child\nDental: Delta Dental - Employee + Child\nVision: VSP - Employee\nRetirement: TIAA 403(b), 6% + 8.5% university contribution\n\nIf you need to make changes, contact benefits@chastain.edu within 30 days.', kind='benefits-enrollment', slug='chastain-benefit-elections')

# ----------------------------------------------------------- events / tickets
m(key='tm1', d='2025-07-14 12:00', tz='America/Los_Angeles', frm=('Ticketmaster', 'customer_support@email.ticketmaster.com'),
  subject='You Got Tickets To Atlanta Braves vs. New York Mets', fmt='html', brand='ticketmaster', brand_color='#026cdf',
  body='Order #38-44129/ATL\n\nAtlanta Braves vs. New York Mets\nSat, Jul 26, 2025 · 7:15 PM · Truist Park\nSec 314, Row 6, Seats 3-4\n\nYour tickets are in the Ticketmaster app.', kind='tickets', slug='ticketmaster-braves')
m(key='eb1', d='2025-10-02 21:05', tz='America/Los_Angeles', frm=('Eventbrite', 'orders@eventbrite.com'),
  subject='Your tickets for Sweet Auburn Fall Festival', fmt='html', brand='eventbrite', brand_color='#f05537',
  body='Hi Danielle,\n\nYou\'re going to Sweet Auburn Fall Festival!\n\nSaturday, October 18 · 11 AM - 7 PM\nAuburn Ave NE, Atlanta\n2 x General Admission (free)\n\nView your tickets in the Eventbrite app.', kind='tickets', slug='eventbrite-fall-festival')

# ----------------------------------------------------------- promotions
PR = [('2025-06-20 09:00', ('Old Navy', 'oldnavy@email.oldnavy.com'), '$5 tees + 50% off shorts ☀️', 'Summer starts now. Kids\' shorts from $6. Today only in stores and online.'),
      ('2025-07-11 10:00', ('Chick-fil-A One', 'email@chick-fil-a.com'), 'A treat for you, Danielle', 'Enjoy a free Frosted Lemonade with any purchase. Offer in your app through 7/20.'),
      ('2025-08-01 08:00', ('Target', 'target@em.target.com'), 'Back to school: up to 40% off', 'Backpacks, lunch boxes, and school uniforms. Plus 15% off for teachers.'),
      ('2025-08-15 11:00', ('Ulta Beauty', 'ultabeauty@em.ulta.com'), '21 Days of Beauty is back', 'A new deal every day. Today: 50% off Mario Badescu.'),
      ('2025-09-05 10:30', ('Kohl\'s', 'kohls@s.kohls.com'), 'Take 20% off + get Kohl\'s Cash', 'Fall refresh for the whole family. Plus earn $10 Kohl\'s Cash for every $50 spent.'),
      ('2025-09-26 09:00', ('IKEA', 'ikea@email.ikea-usa.com'), 'New place? We\'ve got you', 'Everything for your first week: bedding, storage and kitchen basics from $1.99.'),
      ('2025-10-10 12:00', ('Bath & Body Works', 'bathandbodyworks@e.bathandbodyworks.com'), 'Candle Day preview: $12.95 3-wicks', 'Fall scents are back. Sweater Weather, Leaves, Autumn Day.'),
      ('2025-10-20 09:00', ('Macy\'s', 'macys@em.macys.com'), 'An offer just for you: extra 30% off', 'Your exclusive offer: take an extra 30% off select fashion with code FALL. Ends Sunday.'),
      ('2025-10-31 14:00', ('Zaxby\'s', 'zaxbys@email.zaxbys.com'), 'Boneless Wings Meal: $9.99 this weekend', 'Order ahead in the app. Participating locations only.'),
      ('2025-11-14 10:00', ('Delta', 'DeltaAirLines@e.delta.com'), 'Holiday fares from Atlanta', 'Fly home for the holidays. Atlanta to Macon? Just kidding. Atlanta to New York from $129 one way.'),
      ('2025-11-21 06:00', ('Belk', 'belk@em.belk.com'), 'Black Friday starts NOW', 'Doorbusters online all weekend. Extra 20% off with your Belk card.')]
for i, (d, frm, subj, text) in enumerate(PR):
    cs = 'windows-1252' if 'Belk' in frm[0] or 'Kohl' in frm[0] else 'utf-8'
    if cs != 'utf-8':
        subj = subj.replace('☀️', '')
    m(key='promo%d' % i, d=d, tz='America/New_York' if i % 2 else 'America/Chicago', frm=frm, subject=subj, fmt='html', charset=cs,
      cte='quoted-printable' if cs != 'utf-8' else None, brand=frm[0], brand_color='#333333',
      body='%s\n\nShop now: https://%s\n\nYou are receiving this email because you signed up for %s emails. Unsubscribe or manage preferences.' % (text, frm[1].split('@')[1], frm[0]),
      headers={'List-Unsubscribe': '<mailto:unsubscribe@%s>' % frm[1].split('@')[1]},
      kind='promotion', slug='promo-%s' % frm[0].lower().replace(' ', '-').replace("'", '').replace('&', 'and'))

# ----------------------------------------------------------- security / accounts
m(key='sec1', d='2025-06-12 22:30', tz='America/Chicago', frm=('Workday', 'cvhs@myworkday.com'),
  subject='Verify your candidate account', fmt='html', brand='Chattahoochee Valley Health System', brand_color='#00677f',
  body='Please verify your email address to finish creating your candidate account for CVHS Careers.\n\nVerify: https://cvhs.wd12.myworkdayjobs.com/en-US/CVHS_Careers/verify?token=bW9rYXk\n\nThis link expires in 24 hours.', kind='account-verification:ats-noise', slug='workday-verify-candidate-account',
  lab='not_job')
m(key='sec2', d='2025-07-08 23:05', tz='America/Chicago', frm=('Chastain University', 'chastain@taleo.net'),
  to=[('Danielle Whitaker', 'dwhitaker_ops@yahoo.com')], subject='Password Reset - Chastain University Careers', fmt='plain', mid_domain='taleo.net',
  body='Dear dwhitaker_ops,\n\nA request to reset the password of your account was received. Your temporary access code is: 7716-QX\n\nIf you did not request a password reset, please ignore this message.\n\nThis is an automated message. Please do not reply.', kind='account-security:ats-noise', slug='taleo-password-reset')
m(key='sec3', d='2025-08-30 09:12', tz='UTC', frm=('Google', 'no-reply@accounts.google.com'),
  subject='Security alert', fmt='alt', mid_domain='accounts.google.com',
  body='A new sign-in on iPhone\n\ndanielle.whitaker.atl@gmail.com\n\nWe noticed a new sign-in to your Google Account on an iPhone device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.\n\nCheck activity: https://myaccount.google.com/notifications', kind='security', slug='google-security-alert')
m(key='sec4', d='2025-09-22 08:55', tz='America/New_York', frm=('Peach Federal Credit Union', 'alerts@peachfcu.org'),
  subject='Your verification code', fmt='plain', body='Your Peach Federal verification code is 602913. It expires in 10 minutes. We will never call you to ask for this code.', kind='security-code', slug='pfcu-verification-code')
m(key='sec5', d='2025-10-03 18:20', tz='America/Los_Angeles', frm=('Apple', 'no_reply@email.apple.com'),
  subject='Your Apple Account was used to sign in to iCloud via a web browser', fmt='html', brand='Apple', brand_color='#000000',
  body='Dear Danielle,\n\nYour Apple Account (dwhitaker_ops@yahoo.com) was used to sign in to iCloud via a web browser.\n\nDate and Time: October 3, 2025, 6:20 PM PDT\n\nIf the information above looks familiar, you can ignore this message.', kind='security', slug='apple-icloud-sign-in')

# ----------------------------------------------------------- calendar noise
def gcal_body(title, when, where, org, desc=''):
    return ('%s\n%s\n%s\n\n%s\n\nOrganizer\n%s\n\nReply for danielle.whitaker.atl@gmail.com\nYes | No | Maybe | More options\n\n'
            'Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.' % (title, when, where, desc, org))
m(key='cal_tasha', d='2025-06-13 21:10', frm=('Tasha Coleman', 'tasha.coleman@outlook.com'),
  subject='Invitation: SAVANNAH GIRLS TRIP 🌴 @ Fri Aug 29 - Mon Sep 1, 2025 (danielle.whitaker.atl@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body=gcal_body('SAVANNAH GIRLS TRIP 🌴', 'Friday Aug 29 – Monday Sep 1, 2025', '418 W Jones St, Savannah, GA', 'tasha.coleman@outlook.com', 'Airbnb check-in 4pm. Leaving ATL at 10am, I\'m driving.'),
  ics=dict(summary='SAVANNAH GIRLS TRIP', start='2025-08-29 10:00', end='2025-09-01 12:00', tz='America/New_York',
           organizer=('Tasha Coleman', 'tasha.coleman@outlook.com'), attendees=[('Danielle Whitaker', 'danielle.whitaker.atl@gmail.com'), ('Keandra Lewis', 'keandra.lewis@gmail.com')],
           location='418 W Jones St, Savannah, GA', stamp='20250614T011000Z'),
  kind='calendar-invite:personal', slug='gcal-invite-savannah-trip')
m(key='cal_monique', d='2025-10-25 10:02', frm=('Monique Banks', 'moniquebanks.atl@gmail.com'),
  subject='Invitation: Mama\'s 70th Birthday Party @ Sat Nov 8, 2025 4pm - 8pm (EST) (danielle.whitaker.atl@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body=gcal_body('Mama\'s 70th Birthday Party', 'Saturday Nov 8, 2025 ⋅ 4pm – 8pm (Eastern Time - New York)', 'Fellowship Hall, New Hope Baptist Church, Macon GA', 'moniquebanks.atl@gmail.com', 'Setup crew at 1pm. Slideshow on the projector - Danielle.'),
  ics=dict(summary="Mama's 70th Birthday Party", start='2025-11-08 16:00', end='2025-11-08 20:00', tz='America/New_York',
           organizer=('Monique Banks', 'moniquebanks.atl@gmail.com'), attendees=[('Danielle Whitaker', 'danielle.whitaker.atl@gmail.com')],
           location='New Hope Baptist Church, Macon GA', stamp='20251025T140200Z'),
  kind='calendar-invite:family', slug='gcal-invite-moms-70th')
m(key='cal_notif1', d='2025-08-21 17:00', tz='America/New_York', frm=('Google Calendar', 'calendar-notification@google.com'),
  subject='Notification: Book club at my place (hosting!) @ Thu Aug 21, 2025 7pm - 9pm (EDT) (danielle.whitaker.atl@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body='Book club at my place (hosting!)\nThursday Aug 21, 2025 ⋅ 7pm – 9pm (Eastern Time - New York)\nbuy wine + make the dip\n\nInvitation from Google Calendar\nYou are receiving this email because you set an email notification for this event.', kind='calendar-reminder', slug='gcal-reminder-book-club')
m(key='cal_notif2', d='2025-10-16 14:30', tz='America/New_York', frm=('Google Calendar', 'calendar-notification@google.com'),
  subject='Notification: Jaylen conference w/ Ms. Otieno @ Thu Oct 16, 2025 3:30pm - 3:50pm (EDT) (danielle.whitaker.atl@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body='Jaylen conference w/ Ms. Otieno\nThursday Oct 16, 2025 ⋅ 3:30pm – 3:50pm (Eastern Time - New York)\nRoom 214\n\nInvitation from Google Calendar\nYou are receiving this email because you set an email notification for this event.', kind='calendar-reminder', slug='gcal-reminder-parent-conference')

# ----------------------------------------------------------- misc
m(key='usps1', d='2025-09-29 07:00', tz='America/New_York', frm=('USPS', 'auto-reply@usps.com'),
  subject='USPS Change of Address Confirmation', fmt='plain',
  body='Dear DANIELLE WHITAKER,\n\nThank you for submitting your change of address. Your mail will be forwarded starting 10/01/2025.\n\nOld: 3300 CAMP CREEK PKWY APT 2207, EAST POINT GA 30344\nNew: 6120 ABERNATHY WAY UNIT 14, SANDY SPRINGS GA 30328\n\nConfirmation code: 8841 2270 6619\n\nUnited States Postal Service', kind='government', slug='usps-change-of-address')
m(key='geico', d='2025-10-02 12:10', tz='America/New_York', frm=('GEICO', 'geico@email1.geico.com'),
  subject='Your policy change is complete', fmt='html', brand='GEICO', brand_color='#154b8b',
  body='Hi Danielle,\n\nYour address change is complete and your premium has been recalculated.\n\nNew 6-month premium: $742.30 (was $811.50)\nEffective: 10/01/2025\n\nView updated ID cards in the GEICO app.', kind='insurance', slug='geico-policy-change')
m(key='lemonade', d='2025-09-30 20:40', tz='America/New_York', frm=('Lemonade', 'help@lemonade.com'),
  subject='Your renters policy is live 🏠', fmt='html', brand='Lemonade', brand_color='#ff0083',
  body='Hi Danielle,\n\nYour Lemonade renters policy for 6120 Abernathy Way, Unit 14 starts October 1, 2025.\n\nPersonal property: $30,000\nLiability: $100,000\nMonthly: $14.17\n\nYour policy documents are in the app.', kind='insurance', slug='renters-insurance-policy')
m(key='georgia_drives', d='2025-10-14 09:00', tz='America/New_York', frm=('Georgia DRIVES', 'noreply@dor.ga.gov'),
  subject='Vehicle registration renewal reminder', fmt='plain',
  body='Dear DANIELLE M WHITAKER,\n\nThe registration for your 2016 NISSAN ALTIMA (Tag RTW4410) expires on your birthday, 11/03/2025.\n\nRenew online at https://eservices.drives.ga.gov\n\nGeorgia Department of Revenue, Motor Vehicle Division', kind='government', slug='vehicle-registration-reminder')
m(key='nextdoor', d='2025-10-18 08:00', tz='America/Los_Angeles', frm=('Nextdoor North Springs', 'no-reply@rs.email.nextdoor.com'),
  subject='"Welcome new neighbors on Abernathy!" and 3 more posts', fmt='html', brand='nextdoor', brand_color='#8ed500',
  body='Top posts near you\n\nWelcome new neighbors on Abernathy! Trick-or-treat is 6-8pm on the 31st.\nAnyone else lose power Tuesday night?\nRecommend a good hair braider in Sandy Springs?\nLost cat: orange tabby near Glenridge Dr\n\nRead more on Nextdoor', kind='neighborhood-digest', slug='nextdoor-digest')
m(key='li_social', d='2025-09-24 15:00', tz='UTC', frm=('LinkedIn', 'notifications-noreply@linkedin.com'),
  subject='Danielle, 41 people reacted to your new position', mid_domain='linkedin.com', fmt='alt',
  body='Your update is getting attention\n\n"I\'m happy to share that I\'m starting a new position as Operations Analyst at Chastain University!"\n\nMarcus Reid, Carolyn Pryor, Keisha Morgan and 38 others reacted.\n\nSee all reactions: https://www.linkedin.com/notifications/\n\n© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.', kind='social-notification:linkedin', slug='linkedin-new-position-reactions')
m(key='li_social2', d='2025-07-30 15:00', tz='UTC', frm=('LinkedIn', 'messages-noreply@linkedin.com'),
  subject='Marcus Reid endorsed you for SQL', mid_domain='linkedin.com', fmt='alt',
  body='Marcus Reid endorsed you for SQL.\n\nEndorsements help people find you for your skills. Endorse Marcus back?\n\nView profile: https://www.linkedin.com/in/daniellewhitaker-ops/\n\n© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.', kind='social-notification:linkedin', slug='linkedin-endorsement')
m(key='tableau', d='2025-07-19 15:10', tz='America/Los_Angeles', frm=('Tableau Public', 'no-reply@tableau.com'),
  subject='Your viz was added to favorites 12 times this week', fmt='html', brand='Tableau Public', brand_color='#e97627',
  body='Congratulations, Danielle!\n\n"Atlanta 311: How Long Until Your Pothole Gets Fixed?" was added to favorites 12 times this week and viewed 480 times.\n\nSee your profile stats: https://public.tableau.com/app/profile/danielle.whitaker', kind='social-notification', slug='tableau-public-favorites')
m(key='jury', d='2025-11-04 10:00', tz='America/New_York', frm=('Fulton County Jury Services', 'jury@fultoncountyga.gov'),
  subject='Juror eResponse confirmation', fmt='plain',
  body='Thank you, DANIELLE WHITAKER. Your juror eResponse has been received.\n\nReport date: Monday, December 8, 2025, 8:00 AM\nLocation: Fulton County Justice Center Tower, 185 Central Ave SW\nJuror number: 4417\n\nCall the juror information line after 5:00 PM the Friday before your report date to confirm you are still needed.', kind='government', slug='jury-eresponse-confirmation')
m(key='goodwill', d='2025-09-28 15:20', tz='America/New_York', frm=('Goodwill of North Georgia', 'donations@goodwillng.org'),
  subject='Thank you for your donation!', fmt='html', brand='Goodwill of North Georgia', brand_color='#005eb8',
  body='Thank you for donating to Goodwill of North Georgia on 9/28/2025 at our East Point store.\n\nYour donation helps fund job training and career services for people in our community.\n\nKeep this email as your receipt for tax purposes.', kind='receipt', slug='goodwill-donation-receipt')
