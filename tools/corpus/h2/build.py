#!/usr/bin/env python3
"""Build both h2 mailboxes: python3 build.py"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import build_mailbox  # noqa: E402

NOTES_A = """
# Lea Marquardt – product designer, Berlin

- 33, product designer with ~6 years of experience; laid off from a Berlin fintech (Pfennig Finance) in January 2024.
- Lives in Berlin-Neukölln with her partner Rafael (Brazilian software developer); they are looking for a bigger flat.
- Mailbox covers Feb–early Jul 2024: registers with the Arbeitsagentur, freelances for an HR-software company
  (Jira/Slack/Figma mail about an applicant-tracking product = look-alikes), applies to ~17 Berlin companies.
- Channels: Personio, Lever, Ashby, Greenhouse, Workday, SmartRecruiters, Recruitee, Teamtailor, JOIN, StepStone (+rexx),
  LinkedIn Easy Apply, XING, one agency (Kreativköpfe, unnamed client), own e-mails (Initiativbewerbung, English application).
- Outcome: offer from Nordlicht Energie (accepted 14 May, starts 1 July), withdraws from Quartier Apps; Mitte Commerce rejects in June.
- Writes German and English, informal "Du" with startups, uses Apple Mail (posteo.de); old address leamarq@gmx.de still gets XING mail.
- Also applies for a part-time master's, a grant and a volunteer mentoring slot (all not_job look-alikes).
"""

NOTES_B = """
# Tobias Wendlinger – mechanical engineer, Munich → Stuttgart region

- 38, Dipl.-Ing. (FH) Maschinenbau, 11 years as design/development engineer (gearboxes) at a supplier near Munich.
- Married to Katrin, two children (Jonas 6, Lina 2). Katrin takes a job in Stuttgart, so the family moves to Esslingen
  in early 2025: Kita-Platz, school registration, flat applications, moving company quotes, Arbeitsagentur (arbeitsuchend) = look-alikes.
- Mailbox covers Sep 2024 – Feb 2025; applies to ~16 employers in Baden-Württemberg and Bavaria.
- Channels: SAP SuccessFactors, softgarden, d.vinci, Workday, Personio, umantis, concludis, onlyfy, JOIN, StepStone, Indeed,
  LinkedIn, two Personaldienstleister (one unnamed client, one named), own Initiativbewerbungen and an e-mail application.
- Outcome: offer from Kessler & Voigt Maschinenbau (contract via DocuSign), withdraws from Wittmann; several late rejections.
- Writes formal German ("Sehr geehrte…", "Mit freundlichen Grüßen"), uses web.de webmail; older address t.wendlinger@gmx.net.
"""


def report(name, labels):
    c = Counter(l["label"] for l in labels)
    ev = Counter(l["event_type"] for l in labels if l["label"] == "application")
    apps = {l["app_key"] for l in labels if l["app_key"]}
    langs = Counter(l["lang"] for l in labels)
    rec = c["application"] + c["recruiter_outreach"] + c["job_alert"]
    print(f"{name}: {len(labels)} msgs {dict(c)}")
    print(f"  events {dict(ev)}  apps {len(apps)}  langs {dict(langs)}")
    print(f"  recruiting share {rec/len(labels):.1%}  (applications only {c['application']/len(labels):.1%})")
    look = sum(1 for l in labels if l["kind"].startswith("lookalike"))
    print(f"  lookalikes {look}")


def main():
    import a_jobs, a_life, a_series
    msgs = a_jobs.MESSAGES + a_life.MESSAGES + a_series.MESSAGES
    labels = build_mailbox(os.path.join(OUT, "lea-marquardt"),
                           {"name": "Lea Marquardt", "emails": ["lea.marquardt@posteo.de", "leamarq@gmx.de"]},
                           a_jobs.APPS, msgs, NOTES_A)
    report("lea-marquardt", labels)
    try:
        import b_jobs, b_life, b_series
    except ImportError as e:
        print("mailbox B not ready:", e)
        return
    msgs = b_jobs.MESSAGES + b_life.MESSAGES + b_series.MESSAGES
    labels = build_mailbox(os.path.join(OUT, "tobias-wendlinger"),
                           {"name": "Tobias Wendlinger", "emails": ["tobias.wendlinger@web.de", "t.wendlinger@gmx.net"]},
                           b_jobs.APPS, msgs, NOTES_B)
    report("tobias-wendlinger", labels)


if __name__ == "__main__":
    main()
