import b_apps, b_life, b_personal, b_series

CFG = dict(
    dir='danielle-whitaker',
    name='Danielle Whitaker',
    emails=['danielle.whitaker.atl@gmail.com', 'dwhitaker_ops@yahoo.com', 'dwhitaker@sedistribution.com'],
    self=b_apps.ME,
    tz='America/New_York',
    apps=b_apps.APPS,
    specs=b_apps.B + b_life.L + b_personal.P + b_series.S,
    notes="""# Danielle Whitaker - mailbox notes

- Danielle M. Whitaker, 38, single mother of Jaylen (10), lives in East Point and later Sandy Springs (metro Atlanta, Georgia).
- Nine years as Inbound Operations Supervisor at a distribution center (Southeastern Distribution Co.); finished the Google Data Analytics certificate and is changing careers into data / operations analyst work, aiming at hospitals, universities and nonprofits.
- Channels: Indeed Apply (confirmation text often lacks the company, which is in the HTML part), Workday, Taleo (tied to an old Yahoo address), SmartRecruiters, PeopleAdmin, BambooHR, Workable, staffing agencies, an emailed application to a nonprofit and a speculative letter to a hospital director.
- Steps through HireVue and Spark Hire video interviews, TestGorilla and Criteria assessments, Calendly, Zoom, a Google Calendar phone-screen invite and a Teams/Outlook panel invite.
- Outcome: accepts an Operations Analyst offer at Chastain University (Adobe Acrobat Sign, start 22 Sep 2025) and withdraws from Kudzu Creative; a late rejection arrives in October. Later Chastain mail (payslip via Workday, graduate-school admission "offer", benefits) is not about a job application.
- dwhitaker@sedistribution.com is her work address at the distribution center (two work messages cc her personal address).
- Mailbox period: 2025-06-09 to 2025-11-25. Writes formal, warm mail to employers ("Good morning Ms. ...", "Respectfully"); chatty with emoji to friends and family.
""")
