import a_apps, a_life, a_personal, a_series

CFG = dict(
    dir='tom-kowalczyk',
    name='Tom Kowalczyk',
    emails=['tom.kowalczyk.dev@gmail.com', 'tkowalczyk88@yahoo.com'],
    self=a_apps.ME,
    tz='America/Chicago',
    apps=a_apps.APPS,
    specs=a_apps.A + a_life.L + a_personal.P + a_series.S,
    notes="""# Tom Kowalczyk - mailbox notes

- Tomasz "Tom" Kowalczyk, 36, mid-level backend engineer (Go, Python, Postgres, Kafka) living in Avondale, then Irving Park, Chicago, with partner Ana Ruiz and daughter Zosia (3).
- Employed at Hearthstone Payroll (Backend Engineer II) when the mailbox starts; the company is being folded into an acquirer, so he applies widely from January to March 2025.
- Channels: Greenhouse, Lever, Ashby, Workday, iCIMS, LinkedIn Easy Apply, Wellfound, Dice, an agency recruiter (unnamed trading-firm client), a cold email to a startup founder and an emailed application to a small agency.
- Outcome: accepts Cobaltline Health (Ashby -> recruiter call -> GoodTime onsite -> DocuSign offer), declines a founder-written offer from Halyard Systems, withdraws from Tollgate; late rejections keep arriving in April.
- Side contract for a friend's staffing firm (Fernwood Staffing): Jira/Slack mail about Greenhouse/Bullhorn integrations are work look-alikes, not his applications.
- Mailbox period: 2025-01-06 to 2025-05-22. Main address tom.kowalczyk.dev@gmail.com; tkowalczyk88@yahoo.com is an old address.
- Writes short, friendly, lowercase-ish mail to friends; concise and polite to employers. His mother writes in a Polish-English mix.
""")
