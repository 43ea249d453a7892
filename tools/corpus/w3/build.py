#!/usr/bin/env python3
"""Build the mailbox of Griet Vandenbussche: python3 src/build.py"""
import json
import random
import os
import re
import shutil
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import jobs  # noqa: E402,F401
import life_people  # noqa: E402,F401
import life_services  # noqa: E402,F401
import life_admin  # noqa: E402,F401
import life_extra  # noqa: E402,F401

MAILBOX = "griet-vandenbussche"
OUT = os.path.join(os.path.dirname(HERE), MAILBOX)

NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_DAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
NL_MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def attribution(reply, parent):
    """Quote header in the style of the replier's mail client."""
    d = parent["dt"].astimezone(lib.BE)
    name, addr = parseaddr(parent["frm"])
    name = name or addr
    hm = d.strftime("%H:%M")
    style, lang = reply["mid"], reply["lang"]
    if style == "outlook":
        if lang == "en":
            return ("From: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n" %
                    (parent["frm"], EN_DAYS_LONG[d.weekday()], EN_MON_LONG[d.month - 1], d.day, d.year, hm,
                     parent["to"], parent["subject"])), False
        return ("Van: %s\nVerzonden: %s %d %s %d %s\nAan: %s\nOnderwerp: %s\n" %
                (parent["frm"], NL_DAYS[d.weekday()], d.day, NL_MON[d.month - 1], d.year, hm,
                 parent["to"], parent["subject"])), False
    if style == "gmail":
        if lang == "en":
            return "On %s, %d %s %d at %s, %s <%s> wrote:" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year, hm, name, addr), True
        if lang == "fr":
            return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (FR_DAYS[d.weekday()], d.day, FR_MON[d.month - 1], d.year, hm, name, addr), True
        return "Op %s %d %s %d om %s schreef %s <%s>:" % (NL_DAYS_SHORT[d.weekday()], d.day, NL_MON_SHORT[d.month - 1], d.year, hm, name, addr), True
    # Thunderbird and others
    ds = d.strftime("%d/%m/%Y")
    if lang == "en":
        return "On %s %s, %s wrote:" % (ds, hm, name), True
    if lang == "fr":
        return "Le %s à %s, %s a écrit :" % (ds, hm, name), True
    return "Op %s om %s schreef %s:" % (ds, hm, name), True


def full_body(spec):
    body = spec["body"].rstrip("\n") + "\n"
    if spec["quote"] and spec["parent"]:
        parent = lib.BY_KEY[spec["parent"]]
        head, prefix = attribution(spec, parent)
        pbody = full_body(parent).rstrip("\n")
        if prefix:
            quoted = "\n".join(("> " + ln) if ln else ">" for ln in pbody.split("\n"))
            body += "\n" + head + "\n" + quoted + "\n"
        else:
            body += "\n" + "_" * 32 + "\n" + head + "\n" + pbody + "\n"
    return body


def slugify(key):
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def build_message(spec):
    msg = EmailMessage()
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec["cc"]:
        msg["Cc"] = spec["cc"]
    if spec["reply_to"]:
        msg["Reply-To"] = spec["reply_to"]
    msg["Date"] = format_datetime(spec["dt"])
    msg["Subject"] = spec["subject"]
    msg["Message-ID"] = "<%s>" % spec["message_id"]
    if spec["parent"]:
        parent = lib.BY_KEY[spec["parent"]]
        refs = list(parent.get("refs", [])) + [parent["message_id"]]
        spec["refs"] = refs
        msg["In-Reply-To"] = "<%s>" % parent["message_id"]
        msg["References"] = " ".join("<%s>" % r for r in refs)
    style = spec["mid"]
    if style == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = {"nl": "nl-BE", "en": "en-GB", "fr": "fr-BE"}.get(spec["lang"], "nl-BE")
    elif style == "outlook":
        msg["X-MS-Has-Attach"] = "yes" if spec["atts"] else ""
        msg["Content-Language"] = {"nl": "nl-BE", "en": "en-US", "fr": "fr-BE"}.get(spec["lang"], "nl-BE")
    elif style == "apple":
        msg["X-Mailer"] = "iPhone Mail (22D72)"
    elif style in ("mc",) or style.startswith("mailer:") or style in ("ses", "sendgrid", "linkedin"):
        dom = parseaddr(spec["frm"])[1].split("@")[-1]
        if spec["label"] in ("job_alert", "not_job") and not spec["parent"]:
            msg["List-Unsubscribe"] = "<https://%s/unsubscribe?u=%s>" % (dom, lib.h(spec["key"], 12))
    for k, v in spec["hdrs"].items():
        msg[k] = v

    body = full_body(spec)
    msg.set_content(body, subtype="plain", charset=spec["charset"], cte=spec["cte"])
    if spec["html"]:
        msg.add_alternative(spec["html"], subtype="html", charset="utf-8", cte=spec["html_cte"])
    if spec["ics"]:
        msg.add_alternative(spec["ics"], subtype="calendar", charset="utf-8", cte="8bit",
                            params={"method": "REQUEST"})
    for a in spec["atts"]:
        msg.add_attachment(a["data"], maintype=a["maintype"], subtype=a["subtype"], filename=a["filename"])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def label_for(spec, fname):
    lab = {"file": fname, "message_id": spec["message_id"], "label": spec["label"], "event_type": None,
           "company": None, "company_aliases": [], "role": None, "app_key": None, "source": None,
           "posting_url": None, "lang": spec["lang"], "kind": spec["kind"]}
    if spec["label"] == "application":
        a = lib.APPS[spec["app"]]
        lab.update(event_type=spec["ev"], company=a["company"], company_aliases=a["aliases"], role=a["role"],
                   app_key=spec["app"], source=a["source"], posting_url=spec["url"])
    elif spec["label"] == "recruiter_outreach":
        lab.update(company=spec["company"], role=spec["role"], posting_url=spec["url"])
    return lab


def main():
    random.seed(20250106)  # MIME boundaries are drawn from random: keep them reproducible
    specs = sorted(lib.MSGS, key=lambda s: (s["dt"].timestamp(), s["key"]))
    # make sure every parent comes before its reply
    pos = {s["key"]: i for i, s in enumerate(specs)}
    for s in specs:
        if s["parent"]:
            assert pos[s["parent"]] < pos[s["key"]], (s["key"], s["parent"])
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "mail"))
    labels = []
    for i, s in enumerate(specs, 1):
        fname = "%04d-%s.eml" % (i, slugify(s["key"]))
        msg = build_message(s)
        with open(os.path.join(OUT, "mail", fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.default))
        labels.append(label_for(s, fname))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "person.toml"), "w", encoding="utf-8") as f:
        f.write('name = "Griet Vandenbussche"\n')
        f.write('emails = ["%s", "%s"]\n' % (lib.ME_ADDR, lib.ME_GMAIL_ADDR))
    shutil.copy(os.path.join(HERE, "NOTES.md"), os.path.join(OUT, "NOTES.md"))
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
