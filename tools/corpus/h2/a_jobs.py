# Mailbox A: Lea Marquardt, product designer, Berlin. Job-related mail (hand-written).
LEA = ("Lea Marquardt", "lea.marquardt@posteo.de")
LEA_OLD = ("Lea Marquardt", "leamarq@gmx.de")

APPS = {
    "fernweh": dict(company="Fernweh Mobility", aliases=["Fernweh Mobility GmbH", "Fernweh"],
                    role="Senior Product Designer (m/w/d)", app_key="fernweh-mobility--senior-product-designer",
                    source="other", url="https://fernweh-mobility.jobs.personio.de/job/1284411?display=de"),
    "kontor": dict(company="Kontor Finance", aliases=["Kontor", "Kontor Finanzsysteme GmbH", "kontor.io"],
                   role="Product Designer, Mobile", app_key="kontor-finance--product-designer-mobile",
                   source="lever", url="https://jobs.lever.co/kontor/5c1e9a7b-2f0d-4d6e-9a43-8b1f2c7d9e10"),
    "lumo": dict(company="Lumo Health", aliases=["Lumo Health GmbH", "Lumo"], role="Product Designer (w/m/d)",
                 app_key="lumo-health--product-designer", source="other",
                 url="https://join.com/companies/lumohealth/10384721-product-designer-w-m-d"),
    "parcelwise": dict(company="Parcelwise", aliases=["Parcelwise Logistics GmbH"], role="Senior UX Designer",
                       app_key="parcelwise--senior-ux-designer", source="linkedin",
                       url="https://www.linkedin.com/jobs/view/3841220917/"),
    "halbton": dict(company="Studio Halbton", aliases=["Halbton", "studio-halbton.de"],
                    role="UX/UI Designerin", app_key="studio-halbton--ux-ui-designerin",
                    source="company_site", url=None),
    "spreequell": dict(company="Spreequell Versicherung", aliases=["Spreequell Versicherung AG", "Spreequell"],
                       role="UX Designer (m/w/d) Digitale Kundenservices",
                       app_key="spreequell-versicherung--ux-designer-digitale-kundenservices", source="other",
                       url="https://www.stepstone.de/stellenangebote--UX-Designer-m-w-d-Digitale-Kundenservices-Berlin-Spreequell-Versicherung-AG--10458812-inline.html"),
    "tandem": dict(company="Tandem Space", aliases=["Tandem Space Technologies GmbH", "Tandem"],
                   role="Lead Product Designer", app_key="tandem-space--lead-product-designer", source="ashby",
                   url="https://jobs.ashbyhq.com/tandemspace/0b7c4d21-9e3a-4f5b-b8a6-2d1c9e7f4a30"),
    "nordlicht": dict(company="Nordlicht Energie", aliases=["Nordlicht Energie GmbH", "Nordlicht", "nordlicht-energie.de"],
                      role="Product Designer – B2B Platform", app_key="nordlicht-energie--product-designer-b2b-platform",
                      source="greenhouse", url="https://job-boards.greenhouse.io/nordlichtenergie/jobs/5874120004"),
    "kreativ": dict(company=None, aliases=[], role="Senior Product Designer (E-Commerce)",
                    app_key="kreativkoepfe-unnamed-client--senior-product-designer-e-commerce",
                    source="agency", url=None),
    "quartier": dict(company="Quartier Apps", aliases=["Quartier Apps GmbH", "Quartier", "quartier.app"],
                     role="Product Designer", app_key="quartier-apps--product-designer", source="company_site",
                     url="https://quartier.app/jobs/product-designer"),
    "mitte": dict(company="Mitte Commerce", aliases=["Mitte Commerce SE", "mittecommerce"],
                  role="Senior Product Designer – Checkout", app_key="mitte-commerce--senior-product-designer-checkout",
                  source="workday",
                  url="https://mittecommerce.wd3.myworkdayjobs.com/de-DE/MC_Careers/job/Berlin/Senior-Product-Designer---Checkout_R-10482"),
    "klangwerk": dict(company="Klangwerk Audio", aliases=["Klangwerk Audio GmbH", "Klangwerk"],
                      role="Product Designer Hardware & App (m/w/d)", app_key="klangwerk-audio--product-designer-hardware-app",
                      source="other", url="https://klangwerk.recruitee.com/o/product-designer-hardware-app"),
    "datenhafen": dict(company="Datenhafen", aliases=["Datenhafen GmbH"], role="UI Designer – Design System",
                       app_key="datenhafen--ui-designer-design-system", source="linkedin",
                       url="https://www.linkedin.com/jobs/view/3867741205/"),
    "kieztafel": dict(company="Kieztafel", aliases=["Kieztafel GmbH", "kieztafel.de"], role="Product Designer (all genders)",
                      app_key="kieztafel--product-designer", source="other",
                      url="https://www.xing.com/jobs/berlin-product-designer-all-genders-118843202"),
    "gruenfeld": dict(company="Grünfeld Bank", aliases=["Grünfeld Bank AG", "Gruenfeld Bank"],
                      role="Product Designer Mobile Banking (m/w/d)", app_key="gruenfeld-bank--product-designer-mobile-banking",
                      source="smartrecruiters", url="https://jobs.smartrecruiters.com/GruenfeldBankAG/743999871234567"),
    "velora": dict(company="Velora", aliases=["Velora Bikes", "Velora GmbH", "velora-bikes.com"],
                   role="UX Researcher & Designer", app_key="velora--ux-researcher-designer", source="other",
                   url="https://careers.velora-bikes.com/jobs/4127893-ux-researcher-designer"),
}

LEA_SIG = "\n\n--\nLea Marquardt\nProduct Designer\nleamarquardt.design · +49 176 2284 9130"

M = []


def add(**kw):
    kw.setdefault("label", "application")
    M.append(kw)


# ---------------------------------------------------------------- Fernweh (Personio)
add(key="fernweh_conf", app="fernweh", event="applied", lang="de", kind="ats-confirmation:personio",
    date="2024-02-05 10:42", frm=("Fernweh Mobility GmbH", "no-reply@jobs.personio.de"), to=LEA,
    subject="Ihre Bewerbung als Senior Product Designer (m/w/d)", fmt="alt", cte="qp",
    mid_domain="mail.personio.de", brand="Fernweh Mobility", color="#0b6e4f",
    body="""Hallo Lea Marquardt,

vielen Dank für Ihre Bewerbung als Senior Product Designer (m/w/d) und Ihr Interesse an Fernweh Mobility!

Wir haben Ihre Unterlagen erhalten und werden sie uns in den nächsten Tagen genau ansehen. Bitte haben Sie etwas Geduld – wir melden uns in jedem Fall bei Ihnen, sobald wir eine Entscheidung über die nächsten Schritte getroffen haben.

Bis dahin: Wenn Sie mehr über uns und unsere Mission erfahren möchten, Mobilität auf dem Land einfacher zu machen, schauen Sie gern auf unserem Blog vorbei: https://fernweh-mobility.de/blog

Viele Grüße
Ihr People-Team von Fernweh Mobility

Fernweh Mobility GmbH · Lohmühlenstraße 65 · 12435 Berlin
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.""")

add(key="fernweh_rej", app="fernweh", event="rejected", lang="de", kind="ats-rejection:personio",
    date="2024-02-27 16:05", frm=("Fernweh Mobility GmbH", "no-reply@jobs.personio.de"), to=LEA,
    subject="Ihre Bewerbung bei Fernweh Mobility", fmt="alt", cte="b64",
    mid_domain="mail.personio.de", brand="Fernweh Mobility", color="#0b6e4f",
    body="""Hallo Lea Marquardt,

nochmals danke, dass Sie sich die Zeit genommen haben, sich bei uns als Senior Product Designer (m/w/d) zu bewerben.

Wir haben in den letzten Wochen sehr viele spannende Bewerbungen bekommen und es uns nicht leicht gemacht. Nach reiflicher Überlegung haben wir uns entschieden, mit Kandidat:innen weiterzumachen, deren Erfahrung noch etwas genauer zu unseren aktuellen Anforderungen passt – insbesondere im Bereich Routing und Echtzeit-Fahrgastinformation.

Das ist keine Bewertung Ihrer Fähigkeiten, und Ihr Portfolio hat uns gut gefallen. Wir würden uns freuen, wenn Sie unsere Karriereseite im Blick behalten.

Alles Gute für Ihre weitere Suche!

Viele Grüße
Ihr People-Team von Fernweh Mobility""")

# ---------------------------------------------------------------- Studio Halbton (initiative)
add(key="halbton_own", app="halbton", event="applied", lang="de", kind="own-speculative-application",
    date="2024-02-09 11:20", frm=LEA, to=("Studio Halbton", "hallo@studio-halbton.de"),
    subject="Initiativbewerbung als UX/UI Designerin", mid="apple", cte="qp",
    attach=[("Lea_Marquardt_Lebenslauf_2024.pdf", "pdf"), ("Lea_Marquardt_Portfolio_Auswahl.pdf", "pdf")],
    body="""Hallo liebes Halbton-Team,

ich verfolge eure Arbeit schon eine ganze Weile – spätestens seit dem Relaunch der Bürgerbeteiligungsplattform für Treptow-Köpenick, den ihr letztes Jahr auf der Beyond Tellerrand gezeigt habt. Genau diese Mischung aus sauberem Interface-Design und echter Nutzerforschung mit Menschen, die sonst selten gefragt werden, reizt mich sehr.

Deshalb schreibe ich euch initiativ: Ich bin UX/UI Designerin mit gut sechs Jahren Erfahrung, zuletzt drei Jahre als Product Designerin bei einem Berliner Fintech (Onboarding, KYC-Flows, Design System). Davor war ich in einer kleinen Agentur in Leipzig, wo ich vor allem Projekte für Kulturinstitutionen und Kommunen betreut habe – von der ersten Stakeholder-Session bis zur Übergabe an die Entwicklung.

Was ich mitbringen würde:
- Research und Testing (moderierte Interviews, Usability-Tests, auch mit älteren Zielgruppen)
- Figma inkl. Variablen/Tokens, Aufbau und Pflege von Komponentenbibliotheken
- Barrierefreiheit (BITV/WCAG 2.1) als fester Teil meines Prozesses, nicht als Nachtrag
- Workshops moderieren, gern auch mit Kund:innen, die noch nie von "User Journey" gehört haben

Ich hänge euch meinen Lebenslauf und eine kleine Portfolio-Auswahl an, mehr gibt es auf leamarquardt.design. Ich bin ab sofort verfügbar, gern in Festanstellung, aber ich bin auch offen für eine freie Zusammenarbeit zum Reinschnuppern.

Über eine Rückmeldung würde ich mich sehr freuen – und auf einen Kaffee in der Manteuffelstraße komme ich jederzeit vorbei.

Viele Grüße
Lea""" + LEA_SIG)

add(key="halbton_invite", app="halbton", event="interview", lang="de", kind="human-interview-invite",
    date="2024-02-14 18:47", frm=("Jonas Ebeling", "jonas@studio-halbton.de"), to=LEA, mid="gmail",
    subject="Re: Initiativbewerbung als UX/UI Designerin", parent="halbton_own", quote="gmail_de",
    body="""Hi Lea,

danke für deine Mail und sorry, dass es ein paar Tage gedauert hat – wir hatten Abgabe.

Dein Portfolio hat hier einige Leute neugierig gemacht, vor allem das KYC-Projekt und die Sache mit dem Stadtmuseum. Hast du Lust, nächste Woche auf einen Kaffee bei uns vorbeizukommen? Ganz entspannt, wir erzählen von uns, du von dir, und dann schauen wir mal.

Dienstag (20.2.) ab 15 Uhr oder Donnerstag (22.2.) vormittags würde bei uns gut gehen. Sag einfach, was dir passt.

Beste Grüße
Jonas

--
Jonas Ebeling
Studio Halbton · Manteuffelstraße 42 · 10997 Berlin""")

add(key="halbton_decline", app="halbton", event="rejected", lang="de", kind="human-rejection",
    date="2024-03-20 09:12", frm=("Jonas Ebeling", "jonas@studio-halbton.de"), to=LEA, mid="gmail",
    subject="Re: Initiativbewerbung als UX/UI Designerin", parent="halbton_invite", quote="gmail_de",
    body="""Hi Lea,

ich wollte mich schon längst gemeldet haben – tut mir leid, dass du so lange warten musstest.

Erstmal: Danke nochmal für den Nachmittag bei uns. Wir fanden das Gespräch alle richtig gut, und Merve schwärmt immer noch von deinen Testing-Geschichten mit dem Seniorenbeirat.

Leider muss ich dir trotzdem absagen. Uns ist im März ein großes Projekt weggebrochen (die Förderung wurde nicht verlängert), und im Moment können wir einfach keine neue Festanstellung verantworten. Das hat wirklich nichts mit dir zu tun.

Wenn sich die Lage im Sommer entspannt, würde ich gern wieder auf dich zukommen – vielleicht auch erstmal projektweise. Wäre das okay für dich?

Alles Liebe und viel Erfolg bei der Suche!
Jonas""")

# ---------------------------------------------------------------- Lumo Health (JOIN)
add(key="lumo_conf", app="lumo", event="applied", lang="de", kind="ats-confirmation:join",
    date="2024-02-07 16:22", frm=("Lumo Health via JOIN", "no-reply@join.com"), to=LEA,
    subject="Deine Bewerbung bei Lumo Health ist eingegangen", fmt="html", cte="b64",
    brand="JOIN", color="#2d3748",
    body="""Hallo Lea,

danke für deine Bewerbung als Product Designer (w/m/d) bei Lumo Health GmbH!

Deine Unterlagen sind vollständig bei Lumo Health angekommen. Das Team schaut sich deine Bewerbung an und meldet sich direkt bei dir.

Deine Bewerbung im Überblick:
Stelle: Product Designer (w/m/d)
Unternehmen: Lumo Health GmbH
Standort: Berlin (Hybrid)
Beworben am: 07.02.2024

Tipp: Vervollständige dein JOIN-Profil, damit Unternehmen dich schneller kennenlernen.

Viel Erfolg!
Dein JOIN-Team

JOIN Solutions AG · Sihlquai 253 · 8005 Zürich
Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.""")

# ---------------------------------------------------------------- Tandem Space (Ashby)
add(key="tandem_conf", app="tandem", event="applied", lang="en", kind="ats-confirmation:ashby",
    date="2024-02-12 14:03", frm=("Tandem Space", "no-reply@ashbyhq.com"), to=LEA,
    subject="Thanks for applying to Tandem Space", fmt="alt", cte="qp",
    body="""Hi Lea,

Thanks for applying for the Lead Product Designer role at Tandem Space! We're excited that you'd like to help us build the operating system for small-satellite fleets.

Our team reviews every application by hand. If your background is a good match, someone from our talent team will reach out within the next two weeks to set up a first conversation.

In the meantime, feel free to read how we work: https://tandemspace.com/handbook

Best,
The Tandem Space Talent Team

Powered by Ashby""")

add(key="tandem_rej", app="tandem", event="rejected", lang="en", kind="ats-rejection:ashby",
    date="2024-02-13 08:31", frm=("Tandem Space Recruiting", "no-reply@ashbyhq.com"), to=LEA,
    subject="Your application to Tandem Space", fmt="alt", cte="qp",
    body="""Hi Lea,

Thank you for your interest in Tandem Space and for taking the time to apply for our Lead Product Designer position.

We've reviewed your application carefully. For this role we are specifically looking for someone who has led design for complex operational tooling (mission control, telemetry or similar real-time systems) and who has managed a team of designers before. Because of that, we won't be moving forward with your application at this time.

We know that's not the news you were hoping for, and we genuinely appreciate the effort you put into applying. We wish you all the best in your search.

Kind regards,
Tandem Space Talent Team""")

# ---------------------------------------------------------------- Kontor (Lever)
add(key="kontor_conf", app="kontor", event="applied", lang="en", kind="ats-confirmation:lever",
    date="2024-02-19 22:17", frm=("Kontor", "no-reply@hire.lever.co"), to=LEA,
    subject="Thank you for your application to Kontor", fmt="alt", cte="qp",
    body="""Hi Lea,

Thanks for applying to Kontor! We've received your application for Product Designer, Mobile and our team is looking forward to getting to know you.

What happens next? Someone from our People team will review your profile within about a week. If there's a match, we'll invite you to a 30-minute intro call.

Kontor builds finance software for small businesses in Germany and Austria – if you want to see what we're up to, our product blog is a good place to start: https://kontor.io/blog

Talk soon,
Kontor People Team""")

add(key="kontor_calendly", app="kontor", event="interview", lang="en", kind="platform-scheduling:calendly",
    date="2024-02-26 11:05", frm=("Calendly", "notifications@calendly.com"), to=LEA,
    subject="Confirmed: Kontor Intro Call (30 min) with Mira Castell on Thursday, February 29, 2024",
    fmt="alt", cte="qp", mid="sendgrid", color="#006bff",
    body="""Hi Lea Marquardt,

Your Kontor Intro Call (30 min) with Mira Castell is scheduled.

Event Type:
Kontor Intro Call (30 min)

Invitee:
Lea Marquardt

Invitee Email:
lea.marquardt@posteo.de

Event Date/Time:
02:00pm - 02:30pm (Central European Time) on Thursday, February 29, 2024

Location:
This is a Google Meet web conference.
https://meet.google.com/vqk-tzpe-fha

Questions:
Which role are you interviewing for?
Product Designer, Mobile

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6a1f2d8e-3b77-4c0d-a9f1-2c7be5510e43
Reschedule: https://calendly.com/reschedulings/6a1f2d8e-3b77-4c0d-a9f1-2c7be5510e43

Powered by Calendly.com""")

add(key="kontor_takehome", app="kontor", event="assessment", lang="en", kind="human-take-home-assignment",
    date="2024-03-05 15:40", frm=("Mira Castell", "mira.castell@kontor.io"), to=LEA, mid="gmail",
    cc=[("Daniel Ruiz", "daniel.ruiz@kontor.io")],
    subject="Kontor – next step: design challenge",
    body="""Hi Lea,

Thanks again for the great conversation last Thursday – Daniel and I both enjoyed hearing about your onboarding work.

As promised, here is the next step: a small design challenge. We know take-homes are a big ask, so we've tried to keep it tight. Please don't spend more than 4-5 hours on it.

The brief:
Kontor users (freelancers and small business owners) photograph their receipts in our app. Today, around 30% of receipts need manual correction after OCR. Design a mobile flow that helps users review and fix extracted receipt data quickly, without making them feel like they're doing bookkeeping.

What we'd like to see:
- your thinking (assumptions, questions you'd ask, what you'd test)
- 2-3 key screens at mid-to-high fidelity
- one thing you would deliberately NOT build in v1, and why

Format is up to you – a Figma file, a short deck, whatever you prefer. Please send us a link by Tuesday, March 12. In the next round you'd walk us through it for about 20 minutes.

If anything is unclear, just reply to this email.

Best,
Mira

Mira Castell
Talent Partner · Kontor
kontor.io""")

add(key="kontor_rej", app="kontor", event="rejected", lang="en", kind="human-rejection-with-feedback",
    date="2024-03-22 17:58", frm=("Mira Castell", "mira.castell@kontor.io"), to=LEA, mid="gmail",
    subject="Re: Kontor – next step: design challenge", parent="kontor_takehome", quote="gmail_en",
    body="""Hi Lea,

Thank you so much for the time and care you put into the challenge and for walking us through it on Tuesday. The whole panel appreciated how clearly you framed your assumptions, and the idea of the "confidence chips" on uncertain fields got a lot of discussion afterwards.

I'm sorry to tell you that we've decided to move forward with another candidate for this role. In the end it came down to very hands-on native iOS experience: the person we chose has shipped several apps with SwiftUI and worked closely with the platform team, which is something we need from day one.

Some feedback from the panel, in case it's useful:
- Very strong on research framing and on explaining trade-offs.
- The high-fidelity screens were a bit lighter than we expected for a mobile-specific role; we would have liked to see more about states (loading, error, offline).
- Your answer on what not to build in v1 was one of the best we've heard.

I'd genuinely be happy to stay in touch – we'll be hiring for the web app later this year.

All the best,
Mira""")

# ---------------------------------------------------------------- Kreativköpfe (agency)
add(key="kreativ_outreach", label="recruiter_outreach", lang="de", kind="recruiter-outreach:xing-message",
    company=None, role="Senior Product Designer (E-Commerce)",
    date="2024-02-22 09:30", frm=("XING", "mailrobot@mail.xing.com"), to=LEA_OLD,
    subject="Sandra Kühn hat Ihnen eine Nachricht geschickt", fmt="alt", cte="qp", color="#006567",
    body="""Sandra Kühn hat Ihnen eine Nachricht geschickt

Sandra Kühn
Senior Consultant Digital & Creative bei Kreativköpfe Personalberatung GmbH

"Guten Tag Frau Marquardt,

Ihr Profil ist mir bei der Suche nach einer erfahrenen Product Designerin aufgefallen. Ich betreue aktuell exklusiv eine Position als Senior Product Designer (m/w/d) bei einem stark wachsenden E-Commerce-Scale-up in Kreuzberg (ca. 250 Mitarbeitende, Series C). Schwerpunkt: Checkout und Post-Purchase-Erlebnis, enge Zusammenarbeit mit Data und Engineering, hybrides Arbeiten (2 Tage Büro). Das Gehaltsband liegt bei 75.000 - 85.000 EUR.

Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat? Gern können Sie mir auch direkt an sandra.kuehn@kreativkoepfe-personal.de schreiben.

Beste Grüße
Sandra Kühn"

Nachricht beantworten: https://www.xing.com/chats/b7d1c0a2e9

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu neuen Nachrichten aktiviert haben.
New Work SE · Am Strandkai 1 · 20457 Hamburg""")

add(key="kreativ_reply", label="recruiter_outreach", lang="de", kind="own-reply-to-recruiter",
    company=None, role="Senior Product Designer (E-Commerce)",
    date="2024-02-23 08:55", frm=LEA, to=("Sandra Kühn", "sandra.kuehn@kreativkoepfe-personal.de"), mid="apple",
    subject="Ihre Nachricht auf XING – Senior Product Designer E-Commerce",
    attach=[("Lebenslauf_Lea_Marquardt.pdf", "pdf")],
    body="""Guten Morgen Frau Kühn,

vielen Dank für Ihre Nachricht auf XING. Die Position klingt interessant, vor allem der Fokus auf Checkout – das ist thematisch sehr nah an dem, was ich zuletzt im Fintech gemacht habe.

Ein kurzes Telefonat passt mir gern, am besten Montag oder Dienstag ab 10 Uhr. Meine Nummer: 0176 22849130.

Meinen aktuellen Lebenslauf habe ich angehängt. Eine Bitte vorab: Könnten Sie mir Bescheid geben, bevor Sie meine Unterlagen an ein Unternehmen weitergeben? Ich habe mich bei ein paar Firmen schon selbst beworben und möchte Doppelungen vermeiden.

Viele Grüße
Lea Marquardt""" + LEA_SIG)

add(key="kreativ_submit", app="kreativ", event="applied", lang="de", kind="agency-submission",
    date="2024-03-01 13:10", frm=("Sandra Kühn", "sandra.kuehn@kreativkoepfe-personal.de"), to=LEA, mid="outlook",
    subject="AW: Ihre Nachricht auf XING – Senior Product Designer E-Commerce", parent="kreativ_reply", quote="outlook_de",
    body="""Liebe Frau Marquardt,

vielen Dank nochmals für das angenehme Telefonat am Dienstag und Ihr Okay.

Wie besprochen habe ich Ihr Profil heute unserem Kunden vorgestellt – das E-Commerce-Unternehmen aus Kreuzberg, über das wir gesprochen haben. Den Namen darf ich Ihnen, wie erwähnt, erst nach dem ersten Feedback nennen, ich habe aber vorher geprüft, dass Sie sich dort noch nicht selbst beworben hatten.

Ich habe Ihre Gehaltsvorstellung (80.000 EUR) und Ihre Verfügbarkeit ab sofort weitergegeben. Erfahrungsgemäß meldet sich der Kunde innerhalb von ein bis zwei Wochen. Sobald ich etwas höre, melde ich mich bei Ihnen.

Herzliche Grüße
Sandra Kühn

Sandra Kühn
Senior Consultant Digital & Creative
Kreativköpfe Personalberatung GmbH
Rosenthaler Straße 40/41 · 10178 Berlin
T +49 30 2096 4418 · www.kreativkoepfe-personal.de""")

add(key="kreativ_rej", app="kreativ", event="rejected", lang="de", kind="agency-rejection",
    date="2024-03-19 10:22", frm=("Sandra Kühn", "sandra.kuehn@kreativkoepfe-personal.de"), to=LEA, mid="outlook",
    subject="Rückmeldung unseres Kunden – Senior Product Designer",
    body="""Liebe Frau Marquardt,

heute kam endlich die Rückmeldung unseres Kunden zur Position Senior Product Designer (m/w/d) – leider keine gute.

Das Team fand Ihr Profil spannend, hat sich aber entschieden, den Prozess mit einer Kandidatin fortzusetzen, die bereits mehrere Jahre auf einem Marktplatz mit Händler-Seite gearbeitet hat. Das war für die Hiring Managerin am Ende das ausschlaggebende Kriterium.

Ich weiß, das ist ärgerlich, zumal es so lange gedauert hat. Ich habe aktuell zwei weitere Mandate im Bereich Fintech/Insurtech in Vorbereitung und würde mich gern melden, wenn es konkret wird – wenn das für Sie in Ordnung ist.

Herzliche Grüße
Sandra Kühn

Kreativköpfe Personalberatung GmbH · Rosenthaler Straße 40/41 · 10178 Berlin""")

# ---------------------------------------------------------------- Spreequell (StepStone -> rexx)
add(key="spreequell_stepstone", app="spreequell", event="applied", lang="de", kind="jobboard-confirmation:stepstone",
    date="2024-03-04 20:14", frm=("StepStone", "noreply@stepstone.de"), to=LEA,
    subject="Ihre Bewerbung wurde erfolgreich versendet", fmt="alt", cte="qp", color="#0c2577",
    brand="StepStone",
    body="""Hallo Lea Marquardt,

Ihre Bewerbung ist unterwegs! Wir haben Ihre Unterlagen an das Unternehmen übermittelt.

Position: UX Designer (m/w/d) Digitale Kundenservices
Unternehmen: Spreequell Versicherung AG
Ort: Berlin
Übermittelt am: 04.03.2024, 20:14 Uhr

Übermittelte Dokumente:
- Lebenslauf_Lea_Marquardt_2024.pdf
- Anschreiben (Textfeld)

Den Status Ihrer Bewerbungen sehen Sie jederzeit unter "Meine Bewerbungen": https://www.stepstone.de/candidate/applications

Ähnliche Jobs, die Sie interessieren könnten, finden Sie in Ihrem StepStone-Konto.

Viel Erfolg wünscht Ihnen
Ihr StepStone-Team

StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf""")

add(key="spreequell_rej", app="spreequell", event="rejected", lang="de", kind="ats-rejection:rexx",
    date="2024-04-10 11:30", frm=("Spreequell Versicherung AG - Personalmarketing", "bewerbermanagement@spreequell-versicherung.de"),
    to=LEA, charset="iso-8859-1", cte="qp", mid_domain="rexx-recruitment.com",
    subject="Ihre Bewerbung als UX Designer (m/w/d) - Kennziffer 2024-0341",
    body="""Sehr geehrte Frau Marquardt,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit in unserem Hause.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation; bei der Vielzahl der Bewerbungen mussten wir eine Auswahl treffen, die sich eng am Anforderungsprofil der Stelle orientiert.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Spreequell Versicherung AG
Personalmarketing & Recruiting
i. A. Birgit Wendtland

Spreequell Versicherung AG · Am Spreebord 7 · 10589 Berlin
Vorstand: Dr. Hans-Peter Voss (Vors.), Claudia Behrens · Amtsgericht Charlottenburg HRB 44718
Diese Nachricht wurde automatisch erstellt.""")

# ---------------------------------------------------------------- Mitte Commerce (Workday) - late rejection
add(key="mitte_rej", app="mitte", event="rejected", lang="en", kind="ats-rejection:workday-position-filled",
    date="2024-06-18 09:03", frm=("Mitte Commerce Talent Acquisition", "mittecommerce@myworkday.com"), to=LEA,
    subject="Update on your application: Senior Product Designer – Checkout (R-10482)", fmt="alt", cte="qp",
    color="#222222",
    body="""Dear Lea,

Thank you for your interest in Mitte Commerce SE and for applying for the position Senior Product Designer – Checkout (R-10482) back in March.

We apologize for the long wait. We would like to let you know that this position has now been filled, and we have therefore closed the recruiting process.

Your candidate profile remains in our talent pool. You can update it or apply for other roles at any time via our career site: https://mittecommerce.wd3.myworkdayjobs.com/MC_Careers

We thank you for your patience and wish you every success in your future career.

Kind regards,
Talent Acquisition Team
Mitte Commerce SE

This is an automated message. Please do not reply.""")

# ---------------------------------------------------------------- Parcelwise (LinkedIn)
add(key="parcelwise_sent", app="parcelwise", event="applied", lang="en", kind="jobboard-confirmation:linkedin-easy-apply",
    date="2024-03-11 12:48", frm=("LinkedIn", "jobs-noreply@linkedin.com"), to=LEA,
    subject="Lea, your application was sent to Parcelwise", fmt="alt", cte="qp", mid_domain="linkedin.com",
    color="#0a66c2",
    body="""Your application was sent to Parcelwise

Senior UX Designer
Parcelwise · Berlin, Berlin, Germany (Hybrid)
Applied on March 11, 2024

Now, take these next steps for more success with your job search:

Get job updates from Parcelwise: https://www.linkedin.com/comm/company/parcelwise-logistics/
See more jobs like this: https://www.linkedin.com/comm/jobs/view/3841220917/?trackingId=Qx7rT2%2BjS0a9hLpYc1kN4w%3D%3D

This email was intended for Lea Marquardt (Product Designer | Research-driven | Design Systems | Accessibility)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""")

add(key="parcelwise_rej", app="parcelwise", event="rejected", lang="en", kind="jobboard-rejection:linkedin",
    date="2024-04-22 16:20", frm=("LinkedIn", "jobs-noreply@linkedin.com"), to=LEA,
    subject="Your application to Senior UX Designer at Parcelwise", fmt="alt", cte="qp", mid_domain="linkedin.com",
    color="#0a66c2",
    body="""Your update from Parcelwise

Thank you for your interest in the Senior UX Designer position at Parcelwise in Berlin, Germany. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Parcelwise.

Regards,
Parcelwise

Senior UX Designer
Parcelwise · Berlin, Berlin, Germany (Hybrid)
Applied on March 11, 2024

Top jobs for you: https://www.linkedin.com/comm/jobs/collections/recommended

This email was intended for Lea Marquardt (Product Designer | Research-driven | Design Systems | Accessibility)
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""")

# ---------------------------------------------------------------- Klangwerk (Recruitee)
add(key="klangwerk_conf", app="klangwerk", event="applied", lang="de", kind="ats-confirmation:recruitee",
    date="2024-03-14 10:05", frm=("Klangwerk Audio GmbH", "jobs@klangwerk.audio"), to=LEA,
    subject="Danke für deine Bewerbung bei Klangwerk!", fmt="alt", cte="qp", mid_domain="mail.recruitee.com",
    color="#ff5a36",
    body="""Hey Lea,

schön, dass du dich für die Stelle als Product Designer Hardware & App (m/w/d) interessierst!

Deine Bewerbung ist gut bei uns angekommen. Unser Team aus Industrial Design und App-Entwicklung schaut sie sich gemeinsam an – das kann ein bisschen dauern, weil wir gerade für die nächste Lautsprecher-Generation im Endspurt sind. Spätestens in drei Wochen hörst du von uns.

Falls du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail.

Beste Grüße aus dem Studio in Oberschöneweide
Ella & das Klangwerk-Team""")

# ---------------------------------------------------------------- Datenhafen (LinkedIn)
add(key="datenhafen_sent", app="datenhafen", event="applied", lang="en", kind="jobboard-confirmation:linkedin-easy-apply",
    date="2024-03-18 09:40", frm=("LinkedIn", "jobs-noreply@linkedin.com"), to=LEA,
    subject="Lea, your application was sent to Datenhafen", fmt="alt", cte="qp", mid_domain="linkedin.com",
    color="#0a66c2",
    body="""Your application was sent to Datenhafen

UI Designer – Design System
Datenhafen · Berlin, Germany (On-site)
Applied on March 18, 2024

Your profile and resume were shared with the hiring team.

Track your application: https://www.linkedin.com/comm/my-items/saved-jobs/?cardType=APPLIED
Explore similar jobs: https://www.linkedin.com/comm/jobs/view/3867741205/?trackingId=a1B2c3D4e5F6g7H8i9J0kA%3D%3D

This email was intended for Lea Marquardt (Product Designer | Research-driven | Design Systems | Accessibility)
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""")

# ---------------------------------------------------------------- Kieztafel (XING, follow-up)
add(key="kieztafel_followup", app="kieztafel", event="update", lang="de", kind="own-follow-up",
    date="2024-04-15 10:12", frm=LEA, to=("Paul Şahin", "paul@kieztafel.de"), mid="apple",
    subject="Nachfrage zu meiner Bewerbung als Product Designerin",
    body="""Hallo Paul,

ich hatte mich am 25. März über XING auf eure Stelle als Product Designer (all genders) beworben und wollte kurz nachhaken, ob es schon einen Zwischenstand gibt.

Ich finde das, was ihr mit Kieztafel macht – Restaurants und Läden im Kiez, die überschüssiges Essen abends günstig weitergeben – wirklich sinnvoll und würde mich freuen, mich ausführlicher vorzustellen. Falls ihr noch Unterlagen braucht (z. B. eine Case Study im Detail), schicke ich die gern.

Viele Grüße
Lea Marquardt""" + LEA_SIG)

add(key="kieztafel_reply", app="kieztafel", event="rejected", lang="de", kind="human-rejection-position-filled",
    date="2024-04-17 21:33", frm=("Paul Şahin", "paul@kieztafel.de"), to=LEA, mid="outlook",
    subject="AW: Nachfrage zu meiner Bewerbung als Product Designerin", parent="kieztafel_followup", quote="outlook_de",
    body="""Hi Lea,

danke fürs Nachhaken und sorry, dass du von uns nichts gehört hast – das ist echt nicht die Art, wie wir mit Leuten umgehen wollen. Wir waren die letzten Wochen komplett mit unserer Finanzierungsrunde beschäftigt und XING ist da leider durchgerutscht.

Die ehrliche Antwort: Die Stelle ist seit letzter Woche besetzt. Wir haben jemanden aus unserem Netzwerk genommen, die schon als Freelancerin für uns gearbeitet hat.

Dein Profil sieht super aus, und falls wir nach der Runde das Team erweitern, würde ich mich bei dir melden.

Viele Grüße
Paul

Paul Şahin · Co-Founder & CEO · Kieztafel GmbH""")

# ---------------------------------------------------------------- Grünfeld Bank (SmartRecruiters)
add(key="gruenfeld_rej", app="gruenfeld", event="rejected", lang="de", kind="ats-rejection:smartrecruiters",
    date="2024-04-04 07:55", frm=("Grünfeld Bank AG", "notification@smartrecruiters.com"), to=LEA,
    subject="Ihre Bewerbung bei der Grünfeld Bank AG", fmt="alt", cte="b64", color="#2e7d32",
    body="""Sehr geehrte Frau Marquardt,

vielen Dank für Ihr Interesse an der Grünfeld Bank und Ihre Bewerbung als Product Designer Mobile Banking (m/w/d).

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider können wir Ihnen keine positive Nachricht geben: Ihr Profil passt nicht ausreichend zu den Anforderungen dieser Position.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüße
Ihr Recruiting-Team der Grünfeld Bank AG""")

# ---------------------------------------------------------------- Velora (Teamtailor)
add(key="velora_rej", app="velora", event="rejected", lang="en", kind="ats-rejection:teamtailor",
    date="2024-04-30 15:15", frm=("Velora", "no-reply@velora-bikes.teamtailor-mail.com"), to=LEA,
    subject="Your application at Velora", fmt="alt", cte="qp", color="#14213d",
    body="""Hi Lea,

thanks a lot for applying for the UX Researcher & Designer role at Velora and for your patience while we went through all applications – we received more than 400 of them!

We really enjoyed reading about your research work. However, after careful consideration we have decided to continue with candidates whose experience more closely matches what we need right now, in particular quantitative research and experience with connected hardware.

We'd love to keep you in our talent community for future roles. If you'd rather we delete your data right away, just let us know via the link below.

Ride safe,
The Velora People Team

Manage your data: https://careers.velora-bikes.com/connect/data""")

# ---------------------------------------------------------------- Nordlicht Energie (Greenhouse) -> offer
add(key="nordlicht_conf", app="nordlicht", event="applied", lang="en", kind="ats-confirmation:greenhouse",
    date="2024-04-10 19:02", frm=("Nordlicht Energie", "no-reply@us.greenhouse-mail.io"), to=LEA,
    subject="Thank you for applying to Nordlicht Energie", fmt="alt", cte="qp", color="#003b5c",
    body="""Hi Lea,

Thank you for your interest in Nordlicht Energie! We have received your application for the Product Designer – B2B Platform position and will review it shortly.

If your qualifications match our needs, a member of our Talent Acquisition team will contact you to discuss next steps. Due to the high volume of applications, this may take up to two weeks.

Regards,
Nordlicht Energie Talent Acquisition

Nordlicht Energie GmbH · Schlesische Straße 26 · 10997 Berlin""")

add(key="nordlicht_invite1", app="nordlicht", event="interview", lang="de", kind="human-interview-invite",
    date="2024-04-18 10:30", frm=("Katharina Vogt", "katharina.vogt@nordlicht-energie.de"), to=LEA, mid="gmail",
    subject="Einladung zum Kennenlernen – Product Designer B2B Platform",
    body="""Hallo Lea,

vielen Dank für deine Bewerbung bei Nordlicht! Malte (Head of Design) und ich haben uns dein Portfolio angeschaut und würden dich gern näher kennenlernen.

Im ersten Gespräch (ca. 45 Minuten, per Google Meet) erzählen wir dir mehr über Nordlicht, unsere Plattform für Installationsbetriebe und das Design-Team. Vor allem möchten wir aber von dir hören: Wie arbeitest du, was war dein spannendstes Projekt, was suchst du als Nächstes?

Passt dir Dienstag, der 23.04., um 11:00 Uhr? Falls nicht, schlag gern zwei, drei Alternativen in der Woche vor – ich schicke dir dann eine Kalendereinladung mit dem Link.

Liebe Grüße
Katharina

--
Katharina Vogt (sie/ihr)
Senior Talent Acquisition Partner
Nordlicht Energie GmbH · Schlesische Straße 26 · 10997 Berlin
nordlicht-energie.de""")

add(key="nordlicht_invite2", app="nordlicht", event="interview", lang="de", kind="human-second-interview-invite",
    date="2024-04-26 13:15", frm=("Katharina Vogt", "katharina.vogt@nordlicht-energie.de"), to=LEA, mid="gmail",
    subject="Zweites Gespräch bei Nordlicht – Product Designer B2B Platform",
    body="""Hallo Lea,

gute Neuigkeiten: Malte und Jana waren nach eurem Gespräch am Dienstag richtig begeistert, und wir würden dich gern zum zweiten Gespräch bei uns im Büro in der Schlesischen Straße einladen.

Ablauf (ca. 90 Minuten):
- 30 Min. Portfolio-Präsentation: Stell uns ein Projekt deiner Wahl vor – gern das KYC-Onboarding, über das ihr gesprochen habt.
- 45 Min. gemeinsame Session mit Malte, Jana (Product Lead) und Ömer (Engineering Lead) zu einer echten Fragestellung aus unserer Installateurs-App. Keine Vorbereitung nötig.
- 15 Min. Zeit für deine Fragen.

Vorschlag: Freitag, 03.05., 10:00-11:30 Uhr. Gib mir kurz Bescheid, ob das klappt.

Liebe Grüße
Katharina""")

add(key="nordlicht_gcal", app="nordlicht", event="interview", lang="de", kind="platform-calendar-invite:google-calendar",
    date="2024-04-26 16:20", frm=("Katharina Vogt", "katharina.vogt@nordlicht-energie.de"), to=LEA,
    mid="custom", mid_value="calendar-3b9f0e7c-55d2-4c8e-9a1d-7f2e60b8c4a1@google.com",
    extra_headers={"Sender": "Google Calendar <calendar-notification@google.com>", "Reply-To": "katharina.vogt@nordlicht-energie.de"},
    subject="Einladung: Zweites Gespräch Lea Marquardt × Nordlicht (Product Design) @ Fr. 3. Mai 2024 10:00 - 11:30 (MESZ) (lea.marquardt@posteo.de)",
    fmt="alt", cte="qp",
    ics=dict(summary="Zweites Gespräch Lea Marquardt × Nordlicht (Product Design)", start="20240503T100000",
             end="20240503T113000", location="Nordlicht Energie\\, Schlesische Straße 26\\, 10997 Berlin\\, 3. OG",
             organizer=("Katharina Vogt", "katharina.vogt@nordlicht-energie.de"),
             attendees=[("Lea Marquardt", "lea.marquardt@posteo.de"), ("Malte Groß", "malte.gross@nordlicht-energie.de"),
                        ("Jana Seidel", "jana.seidel@nordlicht-energie.de"), ("Ömer Aydın", "oemer.aydin@nordlicht-energie.de")],
             description="Portfolio-Präsentation (30 Min.)\nGemeinsame Session (45 Min.)\nFragen (15 Min.)\nBitte am Empfang im EG melden."),
    body="""Sie wurden zu folgendem Termin eingeladen.

Zweites Gespräch Lea Marquardt × Nordlicht (Product Design)
Wann: Freitag, 3. Mai 2024 10:00 – 11:30 Mitteleuropäische Sommerzeit - Berlin
Wo: Nordlicht Energie, Schlesische Straße 26, 10997 Berlin, 3. OG
Kalender: lea.marquardt@posteo.de
Teilnehmer:
* Katharina Vogt - Organisator
* Lea Marquardt
* Malte Groß
* Jana Seidel
* Ömer Aydın

Portfolio-Präsentation (30 Min.)
Gemeinsame Session (45 Min.)
Fragen (15 Min.)
Bitte am Empfang im EG melden.

Teilnehmen? Ja - Vielleicht - Nein
https://calendar.google.com/calendar/event?action=RESPOND&eid=M2I5ZjBlN2M1NWQy&rst=1

Einladung von Google Kalender: https://calendar.google.com/calendar/
Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.""")

add(key="nordlicht_offer", app="nordlicht", event="offer", lang="de", kind="human-offer",
    date="2024-05-13 16:40", frm=("Katharina Vogt", "katharina.vogt@nordlicht-energie.de"), to=LEA, mid="gmail",
    cc=[("Malte Groß", "malte.gross@nordlicht-energie.de")],
    subject="Dein Angebot von Nordlicht 🎉",
    attach=[("Nordlicht_Angebot_Lea_Marquardt.pdf", "pdf")],
    body="""Hallo Lea,

wie eben am Telefon schon angekündigt – hier noch einmal schriftlich: Wir freuen uns sehr, dir die Position als Product Designer – B2B Platform bei der Nordlicht Energie GmbH anzubieten!

Die wichtigsten Eckdaten:
- Start: 01.07.2024
- Bruttojahresgehalt: 78.000 EUR
- 30 Urlaubstage, Hybrid (Di + Do im Büro), Deutschlandticket, 1.500 EUR Weiterbildungsbudget/Jahr
- Probezeit 6 Monate
- Berichtslinie: Malte Groß, Head of Design

Das vollständige Angebot findest du im Anhang. Wenn du Fragen hast oder etwas besprechen möchtest, ruf mich jederzeit an. Wir würden uns über eine Rückmeldung bis Freitag, 17.05., freuen; danach schicken wir dir den Vertrag zur digitalen Unterschrift.

Malte meinte noch, ich soll dir ausrichten, dass er sich jetzt schon auf die Zusammenarbeit freut. 🙂

Liebe Grüße
Katharina""")

add(key="nordlicht_accept", app="nordlicht", event="offer", lang="de", kind="own-offer-acceptance",
    date="2024-05-14 09:26", frm=LEA, to=("Katharina Vogt", "katharina.vogt@nordlicht-energie.de"), mid="apple",
    cc=[("Malte Groß", "malte.gross@nordlicht-energie.de")],
    subject="Re: Dein Angebot von Nordlicht 🎉", parent="nordlicht_offer", quote="apple_de",
    body="""Liebe Katharina, lieber Malte,

ich habe eine Nacht drüber geschlafen (eigentlich nicht wirklich geschlafen vor Aufregung) – und ich nehme das Angebot sehr gern an!

Danke für den tollen Prozess, das war mit Abstand die angenehmste Bewerbungserfahrung der letzten Monate. Der 1. Juli als Start passt mir gut. Schickt mir gern den Vertrag, dann unterschreibe ich zeitnah.

Ich freue mich riesig auf das Team!

Viele Grüße
Lea""")

# ---------------------------------------------------------------- Quartier Apps (own email, withdrawal)
add(key="quartier_apply", app="quartier", event="applied", lang="en", kind="own-email-application",
    date="2024-04-22 09:48", frm=LEA, to=("Quartier Apps Jobs", "jobs@quartier.app"), mid="apple",
    subject="Application for the Product Designer position",
    attach=[("Lea_Marquardt_CV_EN.pdf", "pdf")],
    body="""Dear Quartier team,

I'm writing to apply for the Product Designer position posted on your website (quartier.app/jobs/product-designer).

I'm a product designer with six years of experience, most recently three years at a Berlin fintech, where I owned the onboarding and identity-verification flows used by around 400,000 customers. Before that I worked at a small agency in Leipzig designing services for municipalities and cultural institutions – so neighbourhood-scale products like yours feel very close to home.

What caught my eye in your posting is the focus on tenants and property managers using the same app with very different needs. I enjoy exactly that kind of problem: two sides of a relationship, each with their own mental model, and a product that has to be fair to both.

A few things I'd bring:
- end-to-end product design, from discovery interviews to handover and QA
- building and maintaining design systems in Figma (tokens, variables, documentation)
- accessibility as a default (WCAG 2.1 AA)
- comfortable working in English and German

My CV is attached and my portfolio is at leamarquardt.design (password: kiez24). I'm available immediately and would be glad to talk.

Best regards,
Lea Marquardt""" + LEA_SIG)

add(key="quartier_invite", app="quartier", event="interview", lang="en", kind="human-founder-call-request",
    date="2024-05-13 11:20", frm=("Hannah Okafor", "hannah@quartier.app"), to=LEA, mid="gmail",
    subject="Re: Application for the Product Designer position", parent="quartier_apply", quote="gmail_en",
    body="""Hi Lea,

Sorry for the slow reply – we're a team of nine and I'm still reading every application myself.

I really liked your portfolio, especially the piece on designing for both sides of a relationship. Could we have a quick call Thursday? 30 minutes, just me, very informal. 10:00 or 15:30 would work on my side.

Cheers,
Hannah

Hannah Okafor
Co-founder & CPO, Quartier""")

add(key="quartier_withdraw", app="quartier", event="withdrawn", lang="en", kind="own-withdrawal",
    date="2024-05-14 18:02", frm=LEA, to=("Hannah Okafor", "hannah@quartier.app"), mid="apple",
    subject="Re: Application for the Product Designer position", parent="quartier_invite", quote="apple_en",
    body="""Hi Hannah,

Thank you so much for getting back to me, and for the kind words about my portfolio.

I'm afraid I have to withdraw my application: since I wrote to you, another process moved quickly and I accepted an offer this morning. I didn't want to take up your Thursday slot under false pretences.

I really like what you're building with Quartier and I'll keep following you – maybe our paths cross again.

All the best for the search,
Lea""")

# ---------------------------------------------------------------- other recruiter outreach
add(key="fjord_inmail", label="recruiter_outreach", lang="en", kind="recruiter-outreach:linkedin-inmail",
    company="Fjord Health", aliases=["Fjord Health GmbH"], role="Product Design Lead",
    date="2024-06-04 08:12", frm=("Nils Aaberg via LinkedIn", "inmail-hit-reply@linkedin.com"), to=LEA,
    subject="Product Design Lead @ Fjord Health – quick chat?", fmt="alt", cte="qp", mid_domain="linkedin.com",
    color="#0a66c2",
    body="""Nils Aaberg
Co-founder & CEO at Fjord Health

Hi Lea,

I came across your profile and your case study on accessible onboarding – really thoughtful work.

We're Fjord Health, a small Berlin team (22 people, seed-funded) building a digital therapy companion for people with chronic pain. We're looking for our first Product Design Lead to shape the product and later build a small design team.

Would you be open to a 20-minute chat next week? No pressure if the timing isn't right.

Best,
Nils

Reply: https://www.linkedin.com/comm/messaging/thread/2-ZmQ5NjBjZTctOTQ2Zi00/

This is an InMail message from LinkedIn. You are receiving InMail notification emails.
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""")

# ---------------------------------------------------------------- job alerts
add(key="alert_linkedin", label="job_alert", lang="en", kind="job-alert:linkedin",
    date="2024-02-15 07:31", frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), to=LEA,
    subject="“Product Designer” in Berlin: 12 new jobs", fmt="alt", cte="qp", mid_domain="linkedin.com",
    color="#0a66c2",
    body="""Your job alert for Product Designer in Berlin, Germany
12 new jobs match your preferences.

Senior Product Designer
Mitte Commerce SE · Berlin (Hybrid)
Actively recruiting · 3 connections work here
https://www.linkedin.com/comm/jobs/view/3822019451/

Product Designer (Growth)
Pflanzbar · Berlin
Easy Apply
https://www.linkedin.com/comm/jobs/view/3829910374/

UX/UI Designer (m/w/d)
Holzmann Digital GmbH · Berlin (On-site)
https://www.linkedin.com/comm/jobs/view/3830188702/

Product Designer – Mobile
Kontor · Berlin (Hybrid)
Be an early applicant
https://www.linkedin.com/comm/jobs/view/3831402276/

Senior UX Designer
Parcelwise · Berlin (Hybrid)
https://www.linkedin.com/comm/jobs/view/3841220917/

See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=Product%20Designer&location=Berlin

Manage alerts: https://www.linkedin.com/comm/jobs/alerts
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""")

add(key="alert_stepstone", label="job_alert", lang="de", kind="job-alert:stepstone-jobagent",
    date="2024-03-20 06:02", frm=("StepStone Jobagent", "jobagent@stepstone.de"), to=LEA,
    subject="8 neue Jobs für: UX Designer in Berlin", fmt="html", cte="qp", color="#0c2577", brand="StepStone",
    body="""Hallo Lea Marquardt,

Ihr Jobagent hat 8 neue passende Stellenangebote für Sie gefunden.

UX Designer (m/w/d) – Schwerpunkt Barrierefreiheit
Landesbetrieb ITDZ-Service · Berlin · Feste Anstellung
https://www.stepstone.de/stellenangebote--UX-Designer-Barrierefreiheit--10512204.html

UX/UI Designer (m/w/d) E-Commerce
Kaufhaus Lindemann GmbH · Berlin · Teilweise Home-Office
https://www.stepstone.de/stellenangebote--UX-UI-Designer-E-Commerce--10509931.html

Senior UX Designer (w/m/d)
Havelland Energie AG · Potsdam · Feste Anstellung
https://www.stepstone.de/stellenangebote--Senior-UX-Designer--10511877.html

Product Owner / UX (m/w/d)
Brandenburger Kreditbank eG · Berlin
https://www.stepstone.de/stellenangebote--Product-Owner-UX--10513050.html

... und 4 weitere Jobs: https://www.stepstone.de/jobagent/results?id=8841027

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/manage
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf""")

add(key="alert_xing", label="job_alert", lang="de", kind="job-recommendations:xing",
    date="2024-04-03 17:45", frm=("XING Jobs", "jobs@mail.xing.com"), to=LEA_OLD,
    subject="Lea, diese Jobs passen zu dir", fmt="alt", cte="qp", color="#006567",
    body="""Neue Jobs, die zu deinem Profil passen

Product Designer (all genders)
Kieztafel GmbH · Berlin · 55.000 - 70.000 €
https://www.xing.com/jobs/berlin-product-designer-all-genders-118843202

Senior Product Designer (m/w/d)
Wohnwerk Digital GmbH · Berlin · Remote möglich
https://www.xing.com/jobs/berlin-senior-product-designer-119021774

UX Designer Automotive (m/w/d)
Ferrox Engineering Services · Berlin · 60.000 - 72.000 €
https://www.xing.com/jobs/berlin-ux-designer-automotive-119110392

Design Lead Public Sector (w/m/d)
Bürgerportal Consulting GmbH · Berlin
https://www.xing.com/jobs/berlin-design-lead-public-sector-119160088

Alle Empfehlungen ansehen: https://www.xing.com/jobs/recommendations

Du erhältst diese E-Mail, weil du Jobempfehlungen abonniert hast. Abbestellen: https://www.xing.com/settings/notifications
New Work SE · Am Strandkai 1 · 20457 Hamburg""")

add(key="alert_bsj", label="job_alert", lang="en", kind="job-digest:newsletter",
    date="2024-02-28 12:00", frm=("Berlin Design Jobs", "digest@berlindesignjobs.io"), to=LEA,
    subject="This week: 23 design jobs in Berlin (3 remote-friendly)", fmt="alt", cte="qp", mid="ses",
    color="#e63946",
    body="""Berlin Design Jobs – Weekly Digest #112

Hey there 👋 23 fresh design roles this week. Our picks:

★ Senior Product Designer – Fernweh Mobility (Friedrichshain) · €70–85k
★ Product Designer, Mobile – Kontor (Mitte) · €65–80k
★ Brand & Product Designer – Saftladen (Neukölln) · €50–60k
★ Lead Product Designer – Tandem Space (Adlershof) · €90–110k
★ UX Writer (DE/EN) – Bürgerportal Consulting (Kreuzberg)
★ Design Systems Designer – Datenhafen (Friedrichshain)

Full list: https://berlindesignjobs.io/digest/112

Hiring? Post a job for €199: https://berlindesignjobs.io/post

You're getting this because you subscribed at berlindesignjobs.io. Unsubscribe: https://berlindesignjobs.io/u/8f3ac1""")


add(key="kontor_goodtime", app="kontor", event="interview", lang="en", kind="platform-scheduling:goodtime",
    date="2024-03-13 16:22", frm=("Kontor Recruiting", "scheduling@goodtime.io"), to=LEA,
    extra_headers={"Reply-To": "mira.castell@kontor.io"},
    subject="Interview Confirmed: Kontor – Design Challenge Presentation", fmt="alt", cte="qp", tz="America/Los_Angeles",
    mid="sendgrid", color="#3b5bdb",
    ics=dict(summary="Kontor – Design Challenge Presentation (Lea Marquardt)", start="20240319T150000", end="20240319T160000",
             location="https://meet.google.com/bsn-ujtc-wqe", organizer=("Kontor Recruiting", "scheduling@goodtime.io"),
             uid_domain="goodtime.io", prodid="-//GoodTime//Interview Scheduler//EN",
             attendees=[("Lea Marquardt", "lea.marquardt@posteo.de")]),
    body="""Hi Lea,

Your interview with Kontor has been scheduled. Please find the details below.

Design Challenge Presentation
Tuesday, March 19, 2024
3:00 PM – 4:00 PM (Central European Time)

Interviewers:
Mira Castell – Talent Partner
Daniel Ruiz – Head of Product Design
Sophie Brandt – Senior iOS Engineer

Location: Google Meet – https://meet.google.com/bsn-ujtc-wqe

Plan for about 20 minutes to present your challenge, followed by questions from the panel.

Need to reschedule? https://app.goodtime.io/candidate/r/kontor/7f3e91c2

Good luck!
Kontor Recruiting · Scheduled with GoodTime""")

MESSAGES = M
