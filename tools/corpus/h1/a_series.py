# Mailbox A - recurring everyday mail built from hand-written snippet pools.
from a_life import ME

S = []
def m(**kw):
    kw.setdefault('lab', 'not_job')
    S.append(kw)

# ----------------------------------------------------------- Gopher Digest (weekly Go newsletter)
GD = [
 ('2025-01-09', 241, [
   ('Go 1.24 release candidate 2 is out', 'Swiss-table maps, generic type aliases and the new weak package are all in. Test your code now.'),
   ('Structured concurrency without the tears', 'A walkthrough of errgroup, context cancellation and why your goroutines leak.'),
   ('sqlc vs. GORM in 2025', 'One team rewrote 40k lines of ORM code into sqlc queries and lived to tell the tale.'),
   ('Tool: gotestdiff', 'Colorized diffs for table-driven test failures. Small, sharp, useful.')]),
 ('2025-01-23', 243, [
   ('What the new encoding/json/v2 proposal means for you', 'Omitzero, case-sensitive matching and streaming are on the table.'),
   ('Profiling a 12GB heap with pprof', 'A story about a map that never shrank.'),
   ('Writing a Raft implementation in 600 lines', 'Educational, not production-ready, and very well commented.'),
   ('Jobs: 31 new Go roles this week', 'From startups to banks. Browse at gopherdigest.dev/jobs.')]),
 ('2025-02-06', 245, [
   ('Go 1.24 is released', 'Plus: tool directives in go.mod, finally. No more tools.go hacks.'),
   ('Testing time-dependent code with synctest', 'The experimental testing/synctest package makes fake clocks a first-class citizen.'),
   ('How we cut p99 latency by 60% with one sync.Pool', 'And the three places where sync.Pool made things worse.'),
   ('Video: GopherCon EU talk on iterators', 'range-over-func patterns you can use today.')]),
 ('2025-02-20', 247, [
   ('The case against interfaces with one implementation', 'Accept interfaces, return structs, and stop mocking everything.'),
   ('Building a Postgres-backed job queue with SKIP LOCKED', 'A full walkthrough with retries, visibility timeouts and dead letters.'),
   ('govulncheck in CI: a practical guide', 'Catch vulnerable dependencies before your security team does.'),
   ('Tool: lazysql', 'A terminal UI for poking at databases, written in Go.')]),
 ('2025-03-06', 249, [
   ('Weak pointers in practice', 'Building a cache that lets the GC do its job.'),
   ('Migrating 200 services to Go modules workspaces', 'Lessons from a monorepo that got too big to build.'),
   ('slog handlers you should know about', 'Colorized dev output, sampling, and OpenTelemetry bridges.'),
   ('Interview: the maintainers of a popular HTTP router on v2', 'Why they broke the API and what they learned.')]),
 ('2025-03-27', 252, [
   ('FIPS 140-3 support lands in the standard library', 'What changes if you sell to the government, and what does not.'),
   ('Don\'t return nil, nil', 'A short rant about ambiguous results, with better patterns.'),
   ('Benchmarking iter.Seq against slices', 'Spoiler: it depends, but less than you think.'),
   ('Event: GopherCon 2025 early-bird tickets', 'Seattle, August. Early-bird pricing ends April 30.')]),
 ('2025-04-17', 255, [
   ('A gentle introduction to Go assembly', 'You probably don\'t need it. Here\'s how to read it anyway.'),
   ('Idempotency keys done right', 'Patterns for APIs that move money, with Postgres examples.'),
   ('The Go team\'s 2024 developer survey results', 'Error handling is still the top complaint. Surprise.'),
   ('Tool: river-ui alternatives', 'Three dashboards for Postgres job queues compared.')]),
 ('2025-05-08', 258, [
   ('Go 1.25 freeze: what made it in', 'Container-aware GOMAXPROCS and a new experimental GC.'),
   ('Writing CLI tools your coworkers will actually use', 'Flags, help text, and the magic of good defaults.'),
   ('Gracefully draining HTTP servers on Kubernetes', 'preStop hooks, readiness probes and Shutdown(ctx).'),
   ('Reader story: from PHP agency to Go platform team', 'Five years, two layoffs and one great manager.')]),
]
for date, num, items in GD:
    body = 'GOPHER DIGEST #%d\nThe week in Go, hand-picked.\n\n' % num
    for t, b in items:
        body += '%s\n%s\n\n' % (t, b)
    body += 'Read online: https://gopherdigest.dev/issues/%d\n\nYou get this because you subscribed at gopherdigest.dev. Unsubscribe: https://gopherdigest.dev/u/tk88' % num
    m(key='gd%d' % num, d=date + ' 09:00', tz='Europe/London', frm=('Gopher Digest', 'editor@gopherdigest.dev'),
      subject='Gopher Digest #%d: %s' % (num, items[0][0]), body=body, fmt='alt', brand='Gopher Digest', brand_color='#00add8',
      headers={'List-Unsubscribe': '<https://gopherdigest.dev/u/tk88>', 'List-Id': 'Gopher Digest <weekly.gopherdigest.dev>'},
      kind='newsletter', slug='gopher-digest-%d' % num)

# ----------------------------------------------------------- Windy City Wire (local news)
WCW = [
 ('2025-01-11', 'Snow emergency rules, explained', ['Why the parking ban on Ashland kicks in before the snow does', 'A new ramen spot takes over the old Kuma\'s space', 'CTA adds weekend Brown Line service']),
 ('2025-01-25', 'The city budget fight, in five charts', ['Property tax bills are late again', 'Where to sled this weekend', 'Wrigley renovation: what\'s done, what\'s not']),
 ('2025-02-15', 'Your guide to the 606 in winter', ['Logan Square farmers market moves indoors', 'Cook County assessor: appeal deadlines by township', 'Valentine\'s leftovers: 40% off chocolate at Vosges']),
 ('2025-03-08', 'Daylight saving time starts Sunday', ['Potholes: report them with 311, here\'s how', 'Chicago River will be dyed green on the 15th', 'The Blue Line slow zones map, updated']),
 ('2025-03-29', 'Opening Day traffic plan', ['Lakefront Trail repairs begin north of Fullerton', 'Five new bakeries worth the line', 'Why the Metra fare change matters for you']),
 ('2025-04-19', 'Spring street sweeping starts', ['Check your block\'s schedule to avoid a $60 ticket', 'Garfield Park Conservatory spring show opens', 'New bike lanes coming to Milwaukee Ave']),
 ('2025-05-17', 'Memorial Day weekend: beaches, pools and closures', ['Which beaches have lifeguards on Monday', 'Taste of Randolph dates announced', 'ComEd summer rate explainer']),
]
for i, (date, big, items) in enumerate(WCW):
    body = 'Good morning, Chicago.\n\nTHE BIG STORY: %s\n\nALSO TODAY\n' % big + '\n'.join('- ' + x for x in items)
    body += '\n\nWindy City Wire is reader-supported. Become a member: https://windycitywire.news/join\nUnsubscribe: https://windycitywire.news/unsubscribe'
    m(key='wcw%d' % i, d=date + ' 06:00', tz='America/Chicago', frm=('Windy City Wire', 'newsletter@windycitywire.news'),
      subject=big, body=body, fmt='html', brand='Windy City Wire', brand_color='#b91c1c',
      headers={'List-Unsubscribe': '<https://windycitywire.news/unsubscribe>'}, kind='newsletter-local', slug='windy-city-wire-%d' % i)

# ----------------------------------------------------------- Amazon orders
AMZ = [
 ('113-4418290-7731451', [('Pampers Cruisers Diapers, Size 5, 132 Count', '52.99')], '2025-01-07 21:40', '2025-01-09 13:12'),
 ('113-9920144-2018866', [('Anker USB-C Docking Station 8-in-1', '69.99'), ('AmazonBasics HDMI Cable 6ft', '8.49')], '2025-01-19 10:05', '2025-01-22 18:40'),
 ('113-2207193-5561028', [('Uboxes Moving Boxes Kit, 30 boxes', '74.95'), ('Scotch Heavy Duty Packing Tape, 6 rolls', '18.97')], '2025-02-10 22:15', '2025-02-12 16:02'),
 ('113-6654021-9930411', [('LEGO DUPLO My First Animal Train', '24.99')], '2025-03-30 20:50', None),
 ('113-0183377-4412876', [('Designing Data-Intensive Applications, 2nd Edition (Paperback)', '49.99')], '2025-04-06 15:30', '2025-04-10 11:44'),
]
for oid, items, od, dd in AMZ:
    total = sum(float(p) for _, p in items)
    lines = '\n'.join('%s\nQty: 1  $%s' % (n, p) for n, p in items)
    m(key='amz_o_' + oid, d=od, tz='America/Los_Angeles', frm=('Amazon.com', 'auto-confirm@amazon.com'),
      subject='Your Amazon.com order #%s' % oid, fmt='alt', cte='quoted-printable',
      body='Hello Tom Kowalczyk,\n\nThank you for shopping with us. We\'ll send a confirmation when your item ships.\n\nOrder #%s\nArriving soon\nShip to: Tom Kowalczyk, CHICAGO, IL\n\n%s\n\nOrder Total: $%.2f\n\nView or manage order: https://www.amazon.com/gp/css/order-details?orderID=%s\n\nWe hope to see you again soon.\nAmazon.com' % (oid, lines, total * 1.1025, oid),
      kind='receipt', slug='amazon-order-' + oid[-4:])
    if dd:
        first = items[0][0]
        short = first if len(first) < 40 else first[:37] + '...'
        m(key='amz_d_' + oid, d=dd, tz='America/Los_Angeles', frm=('Amazon.com', 'shipment-tracking@amazon.com'),
          subject='Delivered: "%s"' % short + ('' if len(items) == 1 else ' and 1 more item'), fmt='alt',
          body='Hi Tom,\n\nYour package was delivered. It was handed to resident / left near the front door or porch.\n\nOrder #%s\n%s\n\nTrack package: https://www.amazon.com/progress-tracker/package?orderId=%s\n\nHow was your delivery? https://www.amazon.com/feedback' % (oid, first, oid),
          kind='shipping', slug='amazon-delivered-' + oid[-4:])
m(key='amz_ship_lego', d='2025-03-31 08:22', tz='America/Los_Angeles', frm=('Amazon.com', 'shipment-tracking@amazon.com'),
  subject='Shipped: "LEGO DUPLO My First Animal Train"', fmt='alt',
  body='Hi Tom,\n\nYour package is on the way.\n\nArriving Wednesday\nOrder #113-6654021-9930411\nLEGO DUPLO My First Animal Train\n\nShip to: Tom Kowalczyk, 3318 N KEDZIE AVE UNIT 2, CHICAGO, IL\n\nTrack package: https://www.amazon.com/progress-tracker/package?orderId=113-6654021-9930411',
  kind='shipping', slug='amazon-shipped-lego')

# ----------------------------------------------------------- Chase card
CH = [('2025-01-24', '1,482.16', '2025-02-18', '40.00'), ('2025-02-24', '2,907.55', '2025-03-21', '88.00'),
      ('2025-03-24', '1,266.02', '2025-04-18', '35.00'), ('2025-04-24', '1,694.87', '2025-05-19', '49.00')]
for i, (d, bal, due, mn) in enumerate(CH):
    m(key='chase_st%d' % i, d=d + ' 04:12', tz='America/New_York', frm=('Chase', 'no.reply.alerts@chase.com'),
      subject='Your credit card statement is ready', fmt='html', brand='CHASE', brand_color='#117aca',
      body='Your Freedom Unlimited® statement is available.\n\nAccount ending in 4471\nStatement balance: $%s\nMinimum payment due: $%s\nPayment due date: %s\n\nSign in to see your statement: https://www.chase.com/statements\n\nTo stop receiving these alerts, manage your alert settings.\n\nPlease don\'t reply to this automated message.' % (bal, mn, due),
      kind='bank-statement', slug='chase-statement-%d' % i)
for i, (d, amt, where) in enumerate([('2025-02-22 14:03', '624.00', 'LOGAN SQUARE MOVERS'), ('2025-03-01 17:48', '412.37', 'IKEA SCHAUMBURG'), ('2025-04-27 10:11', '1,188.60', 'SOUTHWEST AIRLINES')]):
    m(key='chase_tx%d' % i, d=d, tz='America/Chicago', frm=('Chase', 'no.reply.alerts@chase.com'),
      subject='Your $%s transaction with %s' % (amt, where), fmt='html', brand='CHASE', brand_color='#117aca',
      body='Account ending in 4471\n\nA charge of $%s at %s was approved on your credit card.\n\nIf you don\'t recognize this transaction, call the number on the back of your card.\n\nYou are receiving this alert because your transaction was more than $300.00.' % (amt, where),
      kind='bank-alert', slug='chase-transaction-%d' % i)

# ----------------------------------------------------------- Venmo
VEN = [('2025-01-24 12:33', 'You paid Kevin Brennan', '$74.00', 'Cubs opener bleachers ⚾', 'paid'),
       ('2025-02-09 22:10', 'Kasia Nowicki paid you', '$210.00', 'mama ipad half 🎂', 'recv'),
       ('2025-02-10 09:02', 'Mike Ocampo paid you', '$15.00', 'squares (I lost again)', 'recv'),
       ('2025-03-01 19:20', 'You paid Luis Ortega', '$80.00', 'tip for the move crew 🙏', 'paid'),
       ('2025-03-21 23:44', 'Dev Mehta paid you', '$38.50', 'revolution round 2', 'recv'),
       ('2025-05-02 18:05', 'You paid Brianna S.', '$132.00', 'saturday babysitting!', 'paid')]
for i, (d, subj, amt, note, k) in enumerate(VEN):
    m(key='venmo%d' % i, d=d, tz='America/New_York', frm=('Venmo', 'venmo@venmo.com'),
      subject=subj + ' ' + amt, fmt='html', brand='venmo', brand_color='#008cff',
      body='%s %s\n\n"%s"\n\nTransfer date and amount: %s\n\nPayment ID: 4%017d\n\nSee transaction in the app.' % (subj, amt, note, amt, 12345678901234567 + i * 7919),
      kind='payment-app', slug='venmo-%d' % i)

# ----------------------------------------------------------- utilities
for i, (d, amt, kwh) in enumerate([('2025-01-13', '84.21', 512), ('2025-02-11', '91.73', 566), ('2025-03-12', '47.08', 261), ('2025-04-11', '58.90', 344), ('2025-05-12', '52.16', 301)]):
    m(key='comed%d' % i, d=d + ' 07:31', tz='America/Chicago', frm=('ComEd', 'ComEd@comed.com'),
      subject='Your ComEd bill is ready', fmt='html', brand='ComEd', brand_color='#d9232d',
      body='Hi TOMASZ,\n\nYour bill for account ending in 8820 is ready.\n\nAmount due: $%s\nDue date: %s\nUsage this period: %d kWh\n\nAutoPay is on: we\'ll withdraw the amount due on the due date.\n\nView bill: https://secure.comed.com/MyAccount/MyBillUsage\n\nComEd, An Exelon Company' % (amt, 'in 21 days', kwh),
      kind='utility-bill', slug='comed-bill-%d' % i)
for i, (d, amt) in enumerate([('2025-01-18', '95.00'), ('2025-02-18', '95.00'), ('2025-03-18', '112.45'), ('2025-04-18', '80.00')]):
    extra = ' Includes a one-time prorated charge for your service transfer.' if i == 2 else ''
    if i == 3:
        extra = ' Your 12-month promotional rate started this month.'
    m(key='xf%d' % i, d=d + ' 11:02', tz='America/New_York', frm=('Xfinity', 'online.communications@alerts.comcast.net'),
      subject='Your Xfinity bill is ready', fmt='html', brand='xfinity', brand_color='#6138f5',
      body='Hi Tom,\n\nYour bill for account ending in 0357 is ready to view.\n\nAmount due: $%s\nAutoPay scheduled on the due date.%s\n\nView bill: https://customer.xfinity.com/billing\n\nComcast, 1701 JFK Blvd, Philadelphia, PA 19103' % (amt, extra),
      kind='utility-bill', slug='xfinity-bill-%d' % i)
for i, (d, amt) in enumerate([('2025-01-21', '138.44'), ('2025-02-20', '162.19'), ('2025-03-24', '71.50')]):
    m(key='pgas%d' % i, d=d + ' 06:45', tz='America/Chicago', frm=('Peoples Gas', 'noreply@peoplesgasdelivery.com'),
      subject='Peoples Gas: your statement is available', fmt='plain',
      body='Dear Customer,\n\nYour Peoples Gas statement is now available online.\n\nAccount: XXXXXX%04d\nAmount due: $%s\n\nLog in to My Account to view or pay: https://www.peoplesgasdelivery.com/myaccount\n\n%s\n\nPeoples Gas' % (4410 + i * 0, amt, 'This is the final bill for 2927 N Albany Ave. Service at this address was stopped on 02/28/2025.' if i == 2 else 'Winter tip: lowering your thermostat 1 degree can save up to 3% on heating costs.'),
      kind='utility-bill', slug='peoples-gas-%d' % i)

# ----------------------------------------------------------- subscriptions / accounts
m(key='sp1', d='2025-01-19 03:12', tz='Europe/Stockholm', frm=('Spotify', 'no-reply@spotify.com'),
  subject='Your Spotify Premium receipt', fmt='html', brand='Spotify', brand_color='#1db954',
  body='Hi Tom,\n\nThanks for your payment.\n\nPremium Duo\nDate: January 19, 2025\nTotal: $16.99 (incl. tax)\nPayment method: Visa ending in 4471\n\nQuestions? Visit support.spotify.com', kind='subscription-receipt', slug='spotify-receipt')
m(key='sp2', d='2025-04-02 16:30', tz='Europe/Stockholm', frm=('Spotify', 'no-reply@spotify.com'),
  subject='Your Duo plan price is changing', fmt='html', brand='Spotify', brand_color='#1db954',
  body='Hi Tom,\n\nWe\'re updating the price of Premium Duo from $16.99/month to $18.99/month, starting with your payment on May 19, 2025.\n\nWe\'re making this change so we can keep investing in new features and bring you the best possible experience.\n\nYou can cancel anytime in your account settings.', kind='subscription-notice', slug='spotify-price-change')
m(key='icloud', d='2025-02-27 22:01', tz='America/Los_Angeles', frm=('iCloud', 'noreply@email.apple.com'),
  subject='Your iCloud storage is almost full', fmt='html', brand='iCloud', brand_color='#555555',
  body='Hi Tom,\n\nYou have used 48.7 GB of your 50 GB iCloud+ storage. When your storage is full, photos and videos won\'t upload to iCloud and your iPhone won\'t back up.\n\nUpgrade to iCloud+ with 200 GB for $2.99/month.\n\nThe iCloud Team', kind='subscription-notice', slug='icloud-storage-full')
m(key='onepw', d='2025-03-15 14:00', tz='America/Toronto', frm=('1Password', 'hello@1password.com'),
  subject='Your 1Password Families subscription renews soon', fmt='alt',
  body='Hi Tom,\n\nYour 1Password Families membership will renew on March 29, 2025 for $59.88 (billed annually).\n\nNo action needed. To change your plan, sign in at https://my.1password.com\n\nThanks for keeping your family safe online,\nThe 1Password Team', kind='subscription-notice', slug='1password-renewal')
m(key='nyt', d='2025-02-14 05:00', tz='America/New_York', frm=('The New York Times', 'nytimes@e.newyorktimes.com'),
  subject='Your subscription rate is changing', fmt='html', brand='The New York Times', brand_color='#000000',
  body='Dear Subscriber,\n\nThank you for being a subscriber. Your introductory rate ends on March 14, 2025. Starting then, your All Access subscription will renew at $25.00 every 4 weeks.\n\nManage your account: https://myaccount.nytimes.com', kind='subscription-notice', slug='nyt-rate-change')
m(key='ytp', d='2025-05-05 12:00', tz='America/Los_Angeles', frm=('YouTube', 'no-reply@youtube.com'),
  subject='Your YouTube Premium Family membership receipt', fmt='html', brand='YouTube', brand_color='#ff0000',
  body='Thanks for being a YouTube Premium member.\n\nFamily plan - monthly\nAmount: $22.99\nNext billing date: June 5, 2025\n\nView purchases: https://payments.google.com', kind='subscription-receipt', slug='youtube-premium-receipt')

# ----------------------------------------------------------- rides / food
UB = [('2025-01-18 23:48', 'Saturday night', '18.42', 'Sleeping Village, 3734 W Belmont', '2927 N Albany Ave'),
      ('2025-02-07 07:12', 'Friday morning', '31.05', '2927 N Albany Ave', '222 W Merchandise Mart Plaza'),
      ('2025-03-21 23:30', 'Friday night', '14.88', 'Revolution Brewing, 2323 N Milwaukee', '3318 N Kedzie Ave'),
      ('2025-05-16 05:58', 'Friday morning', '27.60', '3318 N Kedzie Ave', 'Chicago Midway Airport (MDW)')]
for i, (d, when, amt, a, b) in enumerate(UB):
    m(key='uber%d' % i, d=d, tz='America/Chicago', frm=('Uber Receipts', 'noreply@uber.com'),
      subject='Your %s trip with Uber' % when, fmt='html', brand='Uber', brand_color='#000000',
      body='Thanks for riding, Tom\n\nTotal $%s\n\nTrip fare, booking fee and tip included.\n\n%s\n%s\n\nUberX · Visa ••••4471\n\nRate or tip your driver: https://riders.uber.com/trips' % (amt, a, b),
      kind='ride-receipt', slug='uber-receipt-%d' % i)
DD = [('2025-01-26 18:22', "Lou Malnati's Pizzeria", 'Large Malnati Chicago Classic, Caesar salad', '46.18'),
      ('2025-02-28 19:05', 'Tacos El Tío', '6 tacos al pastor, horchata, chips & guac', '34.70'),
      ('2025-03-01 20:31', 'Thai Spoon', 'Pad see ew, green curry, spring rolls', '41.22'),
      ('2025-04-13 12:10', 'Brick & Butter Bagels', 'Baker\'s dozen, 2 tubs schmear', '29.95')]
for i, (d, r, it, amt) in enumerate(DD):
    m(key='dd%d' % i, d=d, tz='America/Los_Angeles' if i % 2 else 'America/Chicago', frm=('DoorDash', 'no-reply@doordash.com'),
      subject='Order Confirmation for Tom from %s' % r, fmt='html', brand='DOORDASH', brand_color='#ff3008',
      body='Thanks for your order, Tom!\n\n%s\n%s\n\nTotal: $%s (incl. fees & Dasher tip)\n\nYour order is being prepared. Track it in the app.' % (r, it, amt),
      kind='food-delivery', slug='doordash-%d' % i)

# ----------------------------------------------------------- GitHub notifications (his open-source project)
GH = [('2025-01-12 16:20', 'Issue #87', 'Jobs stuck in "running" after worker crash', 'hsiegel', 'When a worker pod is OOM-killed the job row keeps status=running forever. Shouldn\'t the visibility timeout reclaim it? Using v0.9.2 with PG 16.'),
      ('2025-01-28 09:41', 'PR #91', 'Add Prometheus metrics for queue depth', 'lmartinez-dev', 'Adds pgqueue_jobs_pending and pgqueue_job_duration_seconds. Happy to change names if you prefer a different prefix.'),
      ('2025-02-19 21:03', 'Issue #93', 'Support for per-queue concurrency limits', 'ockhamsrazr', 'Would love a way to say queue "emails" gets at most 5 concurrent workers while "reports" gets 1.'),
      ('2025-03-14 11:16', 'PR #91', 'Add Prometheus metrics for queue depth', 'lmartinez-dev', '@tkowalczyk renamed the metrics as suggested and added a test. Ready for another look!'),
      ('2025-04-20 08:55', 'Issue #97', 'Docs: example with pgx v5 pool', 'jmkr', 'The README still uses database/sql. An example with pgxpool would help newcomers.'),
      ('2025-05-11 19:37', 'Release', 'v0.10.0', 'tkowalczyk', 'Your release v0.10.0 was published. Highlights: Prometheus metrics (#91), visibility timeout reclaim (#87).')]
for i, (d, kind, title, who, text) in enumerate(GH):
    subj = '[tkowalczyk/pgqueue-go] %s (%s)' % (title, kind.replace('Issue ', 'Issue ').replace('PR ', 'PR ')) if kind != 'Release' else '[tkowalczyk/pgqueue-go] Release v0.10.0 - v0.10.0'
    m(key='gh%d' % i, d=d, tz='UTC', frm=(who, 'notifications@github.com'), to=[('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com')],
      cc=[('tkowalczyk/pgqueue-go', 'pgqueue-go@noreply.github.com'), ('Author', 'author@noreply.github.com') if i % 2 == 0 else ('Subscribed', 'subscribed@noreply.github.com')],
      subject=subj, fmt='alt', mid_domain='github.com',
      body='%s\n\n-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/tkowalczyk/pgqueue-go/%s\nYou are receiving this because you are subscribed to this thread.' % (text, ('issues/' + kind.split('#')[1]) if '#' in kind else 'releases/tag/v0.10.0'),
      headers={'List-ID': 'tkowalczyk/pgqueue-go <pgqueue-go.tkowalczyk.github.com>', 'X-GitHub-Reason': 'subscribed'},
      kind='dev-notification', slug='github-pgqueue-%d' % i)

# ----------------------------------------------------------- daycare (Brightwheel)
BW = [('2025-01-21 16:45', "Zosia's daily report", 'Nap: 12:40-2:15\nLunch: ate most of her pasta, no peas\nActivities: painted with watercolors, read "The Snowy Day" twice\nNote: she asked for "the blue crayon, no, the OTHER blue crayon" 20 times today :)'),
      ('2025-02-14 15:58', 'Valentine\'s party photos', 'Ms. Gabi shared 6 new photos of Zosia from the Butterfly Room Valentine\'s party.'),
      ('2025-03-04 08:10', 'Invoice for March', 'Little Sprouts Early Learning sent you an invoice.\nMarch tuition - Butterfly Room: $1,640.00\nDue: March 5, 2025 (AutoPay enabled)'),
      ('2025-03-26 16:30', "Zosia's daily report", 'Nap: did not nap, rested quietly\nSnack: apple slices, crackers\nActivities: planted bean seeds, outdoor play\nNote: a little tired today, may go to bed early!'),
      ('2025-04-24 12:02', 'Message from Little Sprouts', 'Reminder: Little Sprouts will be closed Friday May 23 and Monday May 26 for Memorial Day. Spring picture day is May 7 - wear something bright!'),
      ('2025-05-07 14:20', 'Picture day photos are ready', 'Ms. Gabi shared 3 new photos of Zosia. Portrait proofs from Lifetouch will be sent home next week.')]
for i, (d, subj, text) in enumerate(BW):
    m(key='bw%d' % i, d=d, tz='America/Chicago', frm=('brightwheel', 'notifications@mybrightwheel.com'),
      subject=subj, fmt='html', brand='brightwheel', brand_color='#5b21b6',
      body='Little Sprouts Early Learning\n\n%s\n\nView in the brightwheel app: https://schools.mybrightwheel.com' % text,
      kind='childcare', slug='brightwheel-%d' % i)

# ----------------------------------------------------------- Meetup Chicago Gophers / running club / gym
MU = [('2025-01-14 18:00', 'New event: Chicago Gophers January Meetup - Go at the edge', 'Tue, Jan 28 · 6:00 PM CST\nHosted at Cobaltline Health, 222 W Merchandise Mart Plaza\nTalks: "Running Go on Raspberry Pis in grain elevators" and "What\'s new in Go 1.24"\nPizza sponsored by Cobaltline.'),
      ('2025-01-27 18:00', 'Reminder: Chicago Gophers January Meetup is tomorrow', 'You\'re going! Tue, Jan 28 · 6:00 PM CST. Bring a photo ID for building security.'),
      ('2025-03-12 17:30', 'New event: Chicago Gophers March Meetup - Lightning talks night', 'Wed, Mar 26 · 6:00 PM CDT\nHosted at Tollgate Mobility, 1000 W Fulton Market\nSign up for a 5-minute slot in the comments.'),
      ('2025-05-06 17:30', 'New event: Chicago Gophers May Meetup - Observability with OpenTelemetry', 'Thu, May 22 · 6:00 PM CDT\nHosted at Kestrel Robotics, 1520 N Kingsbury St')]
for i, (d, subj, text) in enumerate(MU):
    m(key='mu%d' % i, d=d, tz='America/New_York', frm=('Meetup', 'info@meetup.com'),
      subject=subj, fmt='html', brand='Meetup', brand_color='#f65858',
      body='Chicago Gophers\n\n%s\n\nRSVP: https://www.meetup.com/chicago-gophers/events/\n\nNot interested? Update your email settings.' % text,
      kind='community-event', slug='meetup-chicago-gophers-%d' % i)
RUN = [('2025-02-01 07:00', 'Saturday Long Run: frozen edition', 'Meet at the Logan Square monument at 8. 6 or 10 miles on the Boulevards. Yaktrax strongly recommended - the Humboldt Park paths were ice this week.'),
       ('2025-04-05 07:00', 'Shamrock recap + spring training group', 'Congrats to the 23 LSR members who ran the Shamrock Shuffle! Spring half-marathon training group starts April 12, sign up on the website.'),
       ('2025-05-10 07:00', 'Summer schedule starts', 'Tuesday track nights at Lane Tech return May 20. Thursday social run now ends at Revolution Brewing.')]
for i, (d, subj, text) in enumerate(RUN):
    m(key='run%d' % i, d=d, tz='America/Chicago', frm=('Logan Square Runners', 'hello@logansquarerunners.org'),
      subject=subj, fmt='alt',
      body='Hi runners,\n\n%s\n\nSee you out there,\nLSR Crew\n\nUnsubscribe: https://logansquarerunners.org/unsubscribe' % text,
      kind='club', slug='running-club-%d' % i)
m(key='bb1', d='2025-03-06 09:00', tz='America/Chicago', frm=('Brickyard Bouldering', 'members@brickyardbouldering.com'),
  subject='Reset week + new comp date', fmt='html', brand='BRICKYARD BOULDERING', brand_color='#c2410c',
  body='Hey climbers,\n\nWe\'re resetting the cave and the slab wall March 10-12, so those areas will be closed. Our spring comp, Brick by Brick, is Saturday April 12. Registration opens Monday.\n\nTeam Brickyard', kind='club', slug='brickyard-reset-week')
m(key='bb2', d='2025-05-06 06:02', tz='America/Chicago', frm=('Brickyard Bouldering', 'billing@brickyardbouldering.com'),
  subject='Receipt: Monthly Unlimited - May', fmt='plain',
  body='Brickyard Bouldering\n\nMember: Tom Kowalczyk (BB-20931)\nMonthly Unlimited: $89.00\nCharged to Visa ending 4471 on 05/06/2025\n\nFreeze or cancel your membership in the app at least 5 days before your billing date.', kind='receipt', slug='brickyard-receipt-may')

# ----------------------------------------------------------- promotions
PR = [('2025-01-10 08:14', ('Target', 'target@em.target.com'), 'Circle Week deals start now 🎯', 'Up to 40% off home essentials, plus extra 20% off one kids\' clothing item with Target Circle. Deals end 1/18.'),
      ('2025-01-30 11:00', ('Chipotle', 'chipotle@email.chipotle.com'), 'Tom, your free guac is waiting', 'You\'ve got a Rewards Exchange offer: free chips & guac with any entrée. Redeem by 2/13 in the app.'),
      ('2025-02-12 10:30', ('Warby Parker', 'hello@warbyparker.com'), 'Time for an eye exam?', 'It\'s been a year since your last exam at our Wicker Park store. Book online in two minutes.'),
      ('2025-02-25 09:00', ('Southwest Airlines', 'SouthwestAirlines@luv.southwest.com'), 'Sale: one-way fares as low as $59', 'Book by Thursday for travel March 15 - May 21. Chicago (Midway) to Denver from $79.'),
      ('2025-03-07 12:00', ('IKEA', 'ikea@email.ikea-usa.com'), 'Welcome to your new home, Tom', 'Moving in? IKEA Family members save 15% on kitchen organization this month.'),
      ('2025-03-17 07:45', ('Dunkin\'', 'dunkin@em.dunkindonuts.com'), '☘️ Lucky you: 3x points today', 'Earn triple points on any medium or large drink today only with your DD Perks account.'),
      ('2025-04-04 10:00', ('Patagonia', 'patagonia@email.patagonia.com'), 'New for spring: Baggies are back', 'Plus the Nano Puff in five new colors. Free shipping on orders over $75.'),
      ('2025-04-14 15:00', ('Lou Malnati\'s', 'lou@loumalnatis.com'), 'Buttercrust Tuesdays are back', 'Get $5 off any large Buttercrust pizza on Tuesdays in April. Online orders only.'),
      ('2025-04-29 09:30', ('REI Co-op', 'rei@notices.rei.com'), 'Member Days: 20% off one full-price item', 'Plus 20% off one REI Outlet item. Member Days run May 16 - 26.'),
      ('2025-05-13 08:00', ('Target', 'target@em.target.com'), 'Summer is here: pool floats, patio, and more', 'Shop the summer shop. Free same-day delivery on orders $35+ with Target Circle 360.'),
      ('2025-05-20 10:00', ('Bombas', 'hello@bombas.com'), 'Your socks miss you', 'Take 20% off your first order of the season with code HELLOSUMMER.'),
      ('2025-01-28 13:00', ('Delightful Pastries', 'info@delightfulpastries.com'), 'Paczki Day orders are open!', 'Fat Tuesday is March 4. Pre-order paczki by the dozen: rose, prune, custard, raspberry. Pick up at our Jefferson Park bakery.')]
for i, (d, frm, subj, text) in enumerate(PR):
    cs = 'iso-8859-1' if 'Delightful' in frm[0] else 'utf-8'
    m(key='promo%d' % i, d=d, tz='America/New_York' if i % 3 else 'America/Chicago', frm=frm, subject=subj, fmt='html', charset=cs,
      brand=frm[0], brand_color='#333333',
      body='%s\n\nShop now: https://%s\n\nYou are receiving this email because you signed up for emails from %s. Unsubscribe or manage preferences.' % (text, frm[1].split('@')[1], frm[0]),
      headers={'List-Unsubscribe': '<mailto:unsubscribe@%s>' % frm[1].split('@')[1]},
      kind='promotion', slug='promo-%s' % frm[0].lower().replace(' ', '-').replace("'", ''))

# ----------------------------------------------------------- security / accounts
m(key='sec1', d='2025-01-20 23:12', tz='UTC', frm=('Google', 'no-reply@accounts.google.com'),
  subject='Security alert', fmt='alt', mid_domain='accounts.google.com',
  body='A new sign-in on Mac\n\ntom.kowalczyk.dev@gmail.com\n\nWe noticed a new sign-in to your Google Account on a Mac device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.\n\nCheck activity: https://myaccount.google.com/notifications\n\nYou received this email to let you know about important changes to your Google Account and services.', kind='security', slug='google-security-alert')
m(key='sec2', d='2025-03-18 20:29', tz='America/Chicago', frm=('Lakefront Credit Union', 'alerts@lakefrontcu.org'),
  subject='Your one-time passcode', fmt='plain',
  body='Your Lakefront Credit Union one-time passcode is 481920. It expires in 10 minutes. Never share this code - we will never call you to ask for it.', kind='security-code', slug='lakefront-otp')
m(key='sec3', d='2025-04-07 08:55', tz='UTC', frm=('GitHub', 'noreply@github.com'),
  subject='[GitHub] A new SSH authentication public key was added to your account', fmt='plain',
  body='Hey tkowalczyk!\n\nA new public key was added to your account.\n\nKey: tom@cobaltline-mbp (SHA256:q8f1Zr0PLcHb9uSm2kQxW6n4vJdT3yEe0aB7cR1gF5s)\n\nIf you believe this key was added in error, you can remove it at https://github.com/settings/keys\n\nThanks,\nThe GitHub Team', kind='security', slug='github-new-ssh-key')
m(key='sec4', d='2025-02-02 11:30', tz='America/New_York', frm=('Chase', 'no.reply.alerts@chase.com'),
  subject='Your mailing address was updated', fmt='html', brand='CHASE', brand_color='#117aca',
  body='We updated the mailing address on your profile as you requested.\n\nNew address: 3318 N KEDZIE AVE UNIT 2, CHICAGO IL 60618 (effective 03/01/2025)\n\nIf you didn\'t make this change, call us at 1-800-935-9935.', kind='account-notice', slug='chase-address-updated')
m(key='sec5', d='2025-05-01 19:44', tz='UTC', frm=('Google', 'no-reply@accounts.google.com'),
  subject='Your Google Account storage is 90% full', fmt='html', mid_domain='accounts.google.com', brand='Google', brand_color='#4285f4',
  body='Hi Tom,\n\nYou\'ve used 13.5 GB of your 15 GB. Soon you won\'t be able to send or receive emails in Gmail.\n\nGet more storage with Google One: https://one.google.com/storage', kind='account-notice', slug='google-storage-90')

# ----------------------------------------------------------- travel
m(key='sw1', d='2025-04-26 13:51', tz='America/Chicago', frm=('Southwest Airlines', 'SouthwestAirlines@ifly.southwest.com'),
  subject='Your trip confirmation - Chicago to Denver (May 16) #4KQ9TZ', fmt='html', brand='Southwest', brand_color='#304cb2',
  body='You\'re going to Denver!\n\nConfirmation # 4KQ9TZ\n\nFri, May 16  MDW 7:40 AM -> DEN 9:15 AM  Flight 1873\nSun, May 18  DEN 5:10 PM -> MDW 8:35 PM  Flight 2290\n\nPassengers: TOMASZ KOWALCZYK, ANA RUIZ, ZOFIA KOWALCZYK (lap infant not applicable, seat purchased)\n\nTotal: $1,188.60\n\nCheck in online 24 hours before your flight.', kind='travel', slug='southwest-confirmation')
m(key='sw2', d='2025-05-15 07:40', tz='America/Chicago', frm=('Southwest Airlines', 'SouthwestAirlines@ifly.southwest.com'),
  subject='It\'s time to check in for your flight to Denver', fmt='html', brand='Southwest', brand_color='#304cb2',
  body='Check in now for Flight 1873 MDW -> DEN, Friday May 16 at 7:40 AM.\n\nConfirmation # 4KQ9TZ\n\nCheck in: https://www.southwest.com/air/check-in/', kind='travel', slug='southwest-check-in')
m(key='hotel', d='2025-04-23 21:15', tz='America/Denver', frm=('The Maven Hotel', 'reservations@themavenhotel.com'),
  subject='Reservation confirmed: May 16-18', fmt='alt',
  body='Dear Tom Kowalczyk,\n\nThank you for booking with The Maven at Dairy Block.\n\nConfirmation: MVN-88172\nArrival: Friday, May 16, 2025 (check-in 4:00 PM)\nDeparture: Sunday, May 18, 2025\nRoom: King Suite with sofa bed\nGroup: Romano-Park Wedding Block\nRate: $229.00/night + tax\n\nWe look forward to welcoming you to Denver.', kind='travel', slug='hotel-confirmation-denver')

# ----------------------------------------------------------- health
m(key='h1', d='2025-01-30 10:00', tz='America/Chicago', frm=('Lakeview Family Health', 'noreply@lakeviewfamilyhealth.org'),
  subject='Appointment reminder: Tue, Feb 4 at 8:15 AM', fmt='plain',
  body='Hello Tom,\n\nThis is a reminder of your upcoming appointment:\n\nDr. Samantha Oyelaran - Annual physical\nTuesday, February 4, 2025 at 8:15 AM\nLakeview Family Health, 3245 N Ashland Ave, Suite 200\n\nPlease arrive 15 minutes early and bring your insurance card. Fasting is required for lab work.\n\nReply C to confirm or call (773) 555-0108 to reschedule.', kind='health', slug='doctor-appointment-reminder')
m(key='h2', d='2025-02-06 17:22', tz='America/Chicago', frm=('MyChart', 'mychart@lakeviewfamilyhealth.org'),
  subject='You have a new test result in MyChart', fmt='plain',
  body='Dear Tom,\n\nA new test result is available for you to view in MyChart. To view it, log in at https://mychart.lakeviewfamilyhealth.org.\n\nThis email was sent from an unmonitored address.', kind='health', slug='mychart-test-result')
m(key='h3', d='2025-02-06 18:05', tz='America/Chicago', frm=('Walgreens', 'Walgreens@eml.walgreens.com'),
  subject='Your prescription is ready for pickup', fmt='html', brand='Walgreens', brand_color='#e31837',
  body='Hi TOMASZ,\n\n1 prescription is ready at Walgreens #03118, 3000 N Kedzie Ave.\n\nPick up by 02/16/2025.\n\nSkip the line with Rx express pickup in the app.', kind='pharmacy', slug='walgreens-rx-ready')
m(key='h4', d='2025-03-27 09:30', tz='America/Chicago', frm=('Avondale Pediatric Dentistry', 'office@avondalepeddental.com'),
  subject='Zosia\'s first cleaning - Thu April 10, 9:00 AM', fmt='plain',
  body='Hi Kowalczyk family!\n\nWe\'re excited to see Zosia for her six-month cleaning on Thursday, April 10 at 9:00 AM with Dr. Ng.\n\nTip: read a book about going to the dentist the week before. We love "Peppa Pig: Dentist Trip"!\n\nAvondale Pediatric Dentistry\n3040 W Belmont Ave', kind='health', slug='pediatric-dentist-reminder')
m(key='h5', d='2025-04-30 11:10', tz='America/New_York', frm=('Blue Cross Blue Shield of Illinois', 'noreply@bcbsil.com'),
  subject='Your new member ID card is ready', fmt='html', brand='Blue Cross Blue Shield of Illinois', brand_color='#0072ce',
  body='Welcome to your Blue Cross and Blue Shield of Illinois plan.\n\nYour digital ID card is available now in the BCBSIL app. Your plan through your employer begins May 1, 2025. Physical cards for you and your dependents will arrive by mail within 10 days.', kind='health-insurance', slug='bcbs-new-id-card')

# ----------------------------------------------------------- misc
m(key='ventra1', d='2025-01-15 07:22', tz='America/Chicago', frm=('Ventra', 'noreply@ventrachicago.com'),
  subject='Ventra Auto-load: $20.00 added to your card', fmt='plain',
  body='Your Ventra Card ending in 6613 was automatically loaded with $20.00 because your balance went below $10.00.\n\nCharged to: Visa ending in 4471\n\nVentra Customer Service: 1-877-669-8368', kind='transit', slug='ventra-autoload-jan')
m(key='ventra2', d='2025-04-09 08:02', tz='America/Chicago', frm=('Ventra', 'noreply@ventrachicago.com'),
  subject='Your 30-Day CTA Pass has been purchased', fmt='plain',
  body='Thank you for your purchase.\n\nProduct: 30-Day CTA Pass\nAmount: $75.00\nValid from first use.\nCard ending in 6613\n\nVentra Customer Service: 1-877-669-8368', kind='transit', slug='ventra-30-day-pass')
m(key='ticket', d='2025-04-22 10:30', tz='America/Chicago', frm=('City of Chicago Department of Finance', 'noreply@chicago.gov'),
  subject='Notice of parking violation - Plate IL CX 58201', fmt='plain',
  body='A parking citation has been issued to the vehicle registered to TOMASZ KOWALCZYK.\n\nTicket #: 9207714530\nViolation: 0964040B - Street Cleaning\nLocation: 3300 N KEDZIE AVE\nDate: 04/21/2025 09:12 AM\nAmount due: $60.00\n\nPay or contest online at https://www.chicago.gov/finance within 21 days to avoid a late penalty.', kind='government', slug='parking-ticket-street-cleaning')
m(key='cpl1', d='2025-02-18 12:12', tz='America/Chicago', frm=('Chicago Public Library', 'no-reply@chipublib.bibliocommons.com'),
  subject='A hold is ready for pickup', fmt='plain',
  body='Hello TOM KOWALCZYK,\n\nThe following item is ready for pickup at Avondale Branch until 02/25/2025:\n\n"Pete the Cat and the Bedtime Blues" - Dean, James\n\nChicago Public Library', kind='library', slug='library-hold-ready')
m(key='cpl2', d='2025-04-28 12:15', tz='America/Chicago', frm=('Chicago Public Library', 'no-reply@chipublib.bibliocommons.com'),
  subject='Courtesy notice: items due soon', fmt='plain',
  body='Hello TOM KOWALCZYK,\n\nThe following items are due on 05/02/2025:\n\n"The Manager\'s Path" - Fournier, Camille\n"Llama Llama Red Pajama" - Dewdney, Anna\n\nRenew online at chipublib.bibliocommons.com\n\nChicago Public Library', kind='library', slug='library-due-soon')
m(key='usps1', d='2025-03-05 07:00', tz='America/New_York', frm=('USPS Informed Delivery', 'USPSInformeddelivery@email.informeddelivery.usps.com'),
  subject='Your Daily Digest for Wed, 3/5 is ready to view', fmt='html', brand='USPS Informed Delivery', brand_color='#333366',
  body='You have 3 mailpieces arriving soon.\n\nFrom: NORTH BRANCH PROPERTY GROUP\nFrom: COOK COUNTY TREASURER\nFrom: CHASE\n\nPackages: 1 package arriving today.\n\nManage your mail: https://informeddelivery.usps.com', kind='mail-digest', slug='usps-informed-delivery-mar')
m(key='usps2', d='2025-03-22 07:00', tz='America/New_York', frm=('USPS Informed Delivery', 'USPSInformeddelivery@email.informeddelivery.usps.com'),
  subject='Your Daily Digest for Sat, 3/22 is ready to view', fmt='html', brand='USPS Informed Delivery', brand_color='#333366',
  body='You have 2 mailpieces arriving soon.\n\nFrom: STANLEY SOKOLOWSKI\nFrom: ILLINOIS SECRETARY OF STATE\n\nManage your mail: https://informeddelivery.usps.com', kind='mail-digest', slug='usps-informed-delivery-deposit')
m(key='strava', d='2025-04-06 10:40', tz='America/Los_Angeles', frm=('Strava', 'no-reply@strava.com'),
  subject='Mike Ocampo gave you kudos', fmt='html', brand='STRAVA', brand_color='#fc4c02',
  body='Mike Ocampo gave you kudos on "Lazy Sunday boulevard loop" - 6.2 mi, 54:18.\n\nSee activity in the Strava app.', kind='fitness', slug='strava-kudos')
m(key='sos', d='2025-03-25 09:00', tz='America/Chicago', frm=('Illinois Secretary of State', 'noreply@ilsos.gov'),
  subject='Your address change has been processed', fmt='plain',
  body='Dear TOMASZ KOWALCZYK,\n\nYour change of address for driver\'s license/ID card and vehicle registration has been processed.\n\nNew address: 3318 N KEDZIE AVE UNIT 2, CHICAGO IL 60618\n\nThis confirmation does not replace your license. A new card is not required.\n\nIllinois Secretary of State', kind='government', slug='il-sos-address-change')
m(key='turbotax', d='2025-03-30 21:05', tz='America/Los_Angeles', frm=('TurboTax', 'turbotax@intuit.com'),
  subject='Your federal return has been accepted', fmt='html', brand='Intuit TurboTax', brand_color='#d52b1e',
  body='Good news, Tom! The IRS accepted your 2024 federal tax return on March 30, 2025.\n\nRefund: $1,204\nExpected: within 21 days by direct deposit.\n\nYour Illinois return is still being processed. We\'ll email you when it\'s accepted.', kind='tax', slug='turbotax-federal-accepted')
m(key='turbotax2', d='2025-04-01 09:45', tz='America/Los_Angeles', frm=('TurboTax', 'turbotax@intuit.com'),
  subject='Your Illinois return has been accepted', fmt='html', brand='Intuit TurboTax', brand_color='#d52b1e',
  body='Illinois accepted your 2024 state return.\n\nRefund: $187\n\nTrack your refund at mytax.illinois.gov.', kind='tax', slug='turbotax-illinois-accepted')
m(key='zola', d='2025-02-03 18:00', tz='America/New_York', frm=('Zola', 'hello@zola.com'),
  subject='Jess & Marco shared their wedding website with you', fmt='html', brand='ZOLA', brand_color='#0b2d3a',
  body='You\'re invited to visit Jess & Marco\'s wedding website!\n\nMay 17, 2025 · Denver, CO\n\nRSVP, find travel info and browse their registry: https://www.zola.com/wedding/jessandmarco2025\n\nPlease RSVP by April 1.', kind='event', slug='zola-wedding-website')
m(key='zola2', d='2025-02-15 13:12', tz='America/New_York', frm=('Zola', 'hello@zola.com'),
  subject='Your RSVP has been sent to Jess & Marco', fmt='html', brand='ZOLA', brand_color='#0b2d3a',
  body='Thanks for RSVPing!\n\nGuests: Tom Kowalczyk, Ana Ruiz, Zosia (child)\nWelcome drinks: Attending\nCeremony & reception: Attending\nMeal choices: Short rib, Mushroom risotto, Kids\' menu\n\nYou can update your RSVP until April 1.', kind='event', slug='zola-rsvp-sent')
m(key='evite', d='2025-05-02 20:00', tz='America/New_York', frm=('Evite', 'info@mailva.evite.com'),
  subject='You\'re invited: Leo turns 4! 🦖', fmt='html', brand='evite', brand_color='#7f3fbf',
  body='Jess Park invited you to Leo\'s Dino-mite 4th Birthday!\n\nSaturday, May 31, 2025, 10:30 AM\nHumboldt Park Fieldhouse, 1400 N Humboldt Dr\n\nRSVP: https://www.evite.com/event/029K3LMJQ8', kind='event', slug='evite-birthday-party')

# ----------------------------------------------------------- calendar noise (Google Calendar)
def gcal_body(title, when, where, org, guests, desc=''):
    return ('%s\n%s\n%s\n\nView event in Google Calendar: https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n'
            'Organizer\n%s\n\nGuests\n%s\n\n%s\nReply for tom.kowalczyk.dev@gmail.com\nYes | No | Maybe | More options\n\n'
            'Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.'
            % (title, when, where, title.replace(' ', '')[:12] + 'X3Rvb', org, '\n'.join(guests), desc))
m(key='cal_ana', d='2025-02-11 21:05', frm=('Ana Ruiz', 'ana.ruiz.design@gmail.com'),
  subject='Invitation: Zosia well-child visit (3 yr) @ Thu Feb 20, 2025 9am - 10am (CST) (tom.kowalczyk.dev@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body=gcal_body('Zosia well-child visit (3 yr)', 'Thursday Feb 20, 2025 ⋅ 9am – 10am (Central Time - Chicago)', 'Erie Family Health, 2750 W North Ave', 'ana.ruiz.design@gmail.com', ['ana.ruiz.design@gmail.com', 'tom.kowalczyk.dev@gmail.com'], 'bring the vaccine card!!'),
  ics=dict(summary='Zosia well-child visit (3 yr)', start='2025-02-20 09:00', end='2025-02-20 10:00', tz='America/Chicago',
           organizer=('Ana Ruiz', 'ana.ruiz.design@gmail.com'), attendees=[('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com')],
           location='Erie Family Health, 2750 W North Ave', description='bring the vaccine card!!', stamp='20250212T030500Z'),
  kind='calendar-invite:personal', slug='gcal-invite-well-child-visit')
m(key='cal_raj', d='2025-04-25 14:40', frm=('Raj Patel', 'raj.patel.dev@gmail.com'),
  subject='Invitation: Tacos + catch up @ Wed Apr 30, 2025 12pm - 1pm (CDT) (tom.kowalczyk.dev@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body=gcal_body('Tacos + catch up', 'Wednesday Apr 30, 2025 ⋅ 12pm – 1pm (Central Time - Chicago)', 'Taqueria Ricardo, Elston Ave', 'raj.patel.dev@gmail.com', ['raj.patel.dev@gmail.com', 'tom.kowalczyk.dev@gmail.com']),
  ics=dict(summary='Tacos + catch up', start='2025-04-30 12:00', end='2025-04-30 13:00', tz='America/Chicago',
           organizer=('Raj Patel', 'raj.patel.dev@gmail.com'), attendees=[('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com')],
           location='Taqueria Ricardo, Elston Ave', stamp='20250425T194000Z'),
  kind='calendar-invite:personal', slug='gcal-invite-tacos-raj')
m(key='cal_notif1', d='2025-03-29 17:30', tz='America/Chicago', frm=('Google Calendar', 'calendar-notification@google.com'),
  subject='Notification: Date night (Kasia babysits) @ Sat Mar 29, 2025 6pm - 11pm (CDT) (tom.kowalczyk.dev@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body='Date night (Kasia babysits)\nSaturday Mar 29, 2025 ⋅ 6pm – 11pm (Central Time - Chicago)\nKasia arrives 5:45. Dinner at Giant 7:00\n\nView event in Google Calendar\n\nInvitation from Google Calendar\nYou are receiving this email because you set an email notification for this event.',
  kind='calendar-reminder', slug='gcal-reminder-date-night')
m(key='cal_kasia', d='2025-05-22 08:12', frm=('Kasia Nowicki', 'kasia.nowicki@gmail.com'),
  subject='Invitation: Mama - knee surgery (Swedish) @ Thu Jun 12, 2025 6am - 2pm (CDT) (tom.kowalczyk.dev@gmail.com)',
  mid_domain='google.com', fmt='alt',
  body=gcal_body('Mama - knee surgery (Swedish)', 'Thursday Jun 12, 2025 ⋅ 6am – 2pm (Central Time - Chicago)', 'Swedish Hospital, 5145 N California Ave', 'kasia.nowicki@gmail.com', ['kasia.nowicki@gmail.com', 'tom.kowalczyk.dev@gmail.com'], 'Check-in 6am, surgery 7:30. I drive her there, you pick up?'),
  ics=dict(summary='Mama - knee surgery (Swedish)', start='2025-06-12 06:00', end='2025-06-12 14:00', tz='America/Chicago',
           organizer=('Kasia Nowicki', 'kasia.nowicki@gmail.com'), attendees=[('Tom Kowalczyk', 'tom.kowalczyk.dev@gmail.com')],
           location='Swedish Hospital, 5145 N California Ave', description='Check-in 6am, surgery 7:30.', stamp='20250522T131200Z'),
  kind='calendar-invite:family', slug='gcal-invite-mom-surgery')

# ----------------------------------------------------------- retirement / tax forms
m(key='adp_w2', d='2025-01-27 06:00', tz='America/New_York', frm=('ADP', 'SecurityServices_NoReply@adp.com'),
  subject='Your 2024 W-2 is ready', fmt='html', brand='ADP', brand_color='#d0271d',
  body='Hello Tomasz,\n\nYour 2024 Form W-2 from HEARTHSTONE PAYROLL INC is now available in ADP.\n\nLog in to view or download: https://my.adp.com\n\nYou can also import it directly into most tax software.\n\nADP will never ask for your password by email.', kind='tax-form', slug='adp-w2-ready')
m(key='fid1', d='2025-04-08 05:30', tz='America/New_York', frm=('Fidelity Investments', 'Fidelity.Alerts@fidelity.com'),
  subject='Your quarterly 401(k) statement is available', fmt='html', brand='Fidelity', brand_color='#368727',
  body='Your HEARTHSTONE PAYROLL 401(K) PLAN statement for the period ending 03/31/2025 is now available on NetBenefits.\n\nLog in to view: https://nb.fidelity.com', kind='retirement', slug='fidelity-quarterly-statement')
m(key='fid2', d='2025-05-14 09:15', tz='America/New_York', frm=('Fidelity Investments', 'Fidelity.Alerts@fidelity.com'),
  subject='Thinking about your old 401(k)? Here are your options', fmt='html', brand='Fidelity', brand_color='#368727',
  body='Changing jobs is a good time to review your retirement savings.\n\nYou can leave your savings in your former employer\'s plan, roll them into your new employer\'s plan, roll them into an IRA, or take a cash distribution (taxes and penalties may apply).\n\nTalk to a rollover specialist: 800-343-3548', kind='retirement', slug='fidelity-rollover-options')

# ----------------------------------------------------------- neighborhood / groceries / social
m(key='nd1', d='2025-03-15 08:00', tz='America/Los_Angeles', frm=('Nextdoor Irving Park', 'no-reply@rs.email.nextdoor.com'),
  subject='"Found: grey cat near Kedzie & Henderson" and 4 more posts', fmt='html', brand='nextdoor', brand_color='#8ed500',
  body='Top posts in Irving Park this week\n\nFound: grey cat near Kedzie & Henderson - very friendly, no collar\nAnyone know a good plumber who answers the phone?\nFree: toddler bed, pick up today\nBrick & Butter Bagels opening a second location??\nStreet sweeping signs are up on Whipple\n\nRead more on Nextdoor', kind='neighborhood-digest', slug='nextdoor-digest-mar')
m(key='nd2', d='2025-05-10 08:00', tz='America/Los_Angeles', frm=('Nextdoor Irving Park', 'no-reply@rs.email.nextdoor.com'),
  subject='"Block party on the 3300 block of Kedzie - June 21" and 3 more posts', fmt='html', brand='nextdoor', brand_color='#8ed500',
  body='Top posts in Irving Park this week\n\nBlock party on the 3300 block of Kedzie - June 21, permit approved!\nCoyote spotted along the river trail again\nRecommendations for swim lessons for a 3 year old?\nLost AirPods at California Park\n\nRead more on Nextdoor', kind='neighborhood-digest', slug='nextdoor-digest-may')
m(key='ic1', d='2025-03-02 16:40', tz='America/Los_Angeles', frm=('Instacart', 'orders@instacart.com'),
  subject='Your Jewel-Osco order receipt', fmt='html', brand='instacart', brand_color='#0aad0a',
  body='Thanks for ordering with Instacart, Tom.\n\nJewel-Osco · Delivered 4:31 PM\n\n28 items including: Oat milk (2), Bananas, Pampers Size 5, Paper towels, Coffee (Metropolis Redline), Frozen pierogi, Trash bags\n\nTotal: $142.87 (incl. $8.00 tip)', kind='grocery', slug='instacart-first-week-groceries')
m(key='ic2', d='2025-04-19 11:22', tz='America/Los_Angeles', frm=('Instacart', 'orders@instacart.com'),
  subject='Your Mariano\'s order receipt', fmt='html', brand='instacart', brand_color='#0aad0a',
  body='Thanks for ordering with Instacart, Tom.\n\nMariano\'s · Delivered 11:14 AM\n\n17 items including: Eggs (2 dozen), Kielbasa, Horseradish, Rye bread, Butter, Strawberries\n\nTotal: $88.40 (incl. $6.00 tip)', kind='grocery', slug='instacart-easter-groceries')
m(key='li_social1', d='2025-02-26 15:00', tz='UTC', frm=('LinkedIn', 'notifications-noreply@linkedin.com'),
  subject='Kevin Brennan commented on your post', mid_domain='linkedin.com', fmt='alt',
  body='Kevin Brennan commented on your post\n\n"Great writeup. Still don\'t understand what an advisory lock is but I clicked like."\n\nYour post: "Postgres advisory locks are the most underrated feature nobody talks about. A thread."\n\nView comment: https://www.linkedin.com/feed/update/urn:li:activity:7300411230923/\n\n© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
  kind='social-notification:linkedin', slug='linkedin-comment-notification')
m(key='li_social2', d='2025-04-09 15:30', tz='UTC', frm=('LinkedIn', 'notifications-noreply@linkedin.com'),
  subject='Tom, 23 people congratulated you on your new position', mid_domain='linkedin.com', fmt='alt',
  body='23 people reacted to your update\n\n"Starting a new position as Backend Engineer at Cobaltline Health"\n\nRaj Patel, Marcy Lin, Owen Batchelder and 20 others congratulated you.\n\nSee all reactions: https://www.linkedin.com/notifications/\n\n© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
  kind='social-notification:linkedin', slug='linkedin-new-position-congrats')
m(key='goodreads', d='2025-04-21 14:00', tz='America/Los_Angeles', frm=('Kindle', 'digital-no-reply@amazon.com'),
  subject='Your Kindle order: Staff Engineer', fmt='html', brand='Amazon Kindle', brand_color='#232f3e',
  body='Thanks for your order, Tom.\n\nStaff Engineer: Leadership beyond the management track\nWill Larson\n$9.99\n\nYour book is available on your Kindle devices and apps.', kind='receipt', slug='kindle-order')
