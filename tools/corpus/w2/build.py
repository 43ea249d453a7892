#!/usr/bin/env python3
"""Build the verena-hofstaetter mailbox: python3 src/build.py (deterministic)."""
import html as htmlmod
import json
import os
import re
import shutil
import sys
sys.dont_write_bytecode = True
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
from common import MSGS, APPS, msgid  # noqa: E402
import mail_job  # noqa: E402,F401
import mail_life  # noqa: E402,F401
import mail_admin  # noqa: E402,F401
import mail_commerce  # noqa: E402,F401
import mail_extra  # noqa: E402,F401

BOX = "verena-hofstaetter"
OUT = os.path.join(os.path.dirname(HERE), BOX)
POLICY = default_policy.clone(max_line_length=78)

MONTHS_DE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]
MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def attribution(parent, lang, style):
    dt = parent["dt"]
    name, addr = parseaddr(parent["frm"])
    if lang == "en":
        return f"On {DAYS_EN[dt.weekday()]}, {dt.day} {MONTHS_EN[dt.month-1]} {dt.year} at {dt:%H:%M}, {name} <{addr}> wrote:"
    if lang == "fr":
        return f"Le {dt.day} {MONTHS_FR[dt.month-1]} {dt.year} à {dt:%H:%M}, {name} <{addr}> a écrit :"
    if style == "outlook":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {name} <{addr}>\n"
                f"Gesendet: {dt:%d.%m.%Y %H:%M}\nBetreff: {parent['subject']}\n")
    return f"Am {dt:%d.%m.%Y} um {dt:%H:%M} schrieb {name} <{addr}>:"


DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_DE_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                  "Oktober", "November", "Dezember"]


def quoted(parent, lang, style):
    body = parent["_text"].rstrip("\n")
    if style == "gmx":
        dt = parent["dt"]
        name, addr = parseaddr(parent["frm"])
        to = parent["to"] if isinstance(parent["to"], str) else ", ".join(parent["to"])
        head = (f"Gesendet: {DAYS_DE[dt.weekday()]}, {dt.day:02d}. {MONTHS_DE_LONG[dt.month-1]} {dt.year} "
                f"um {dt:%H:%M}\nVon: \"{name}\" <{addr}>\nAn: {to}\nBetreff: {parent['subject']}")
        return "\n\n\n" + head + "\n\n" + body + "\n"
    att = attribution(parent, lang, style)
    if style == "outlook":
        return "\n\n" + att + "\n" + body + "\n"
    q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    return "\n\n" + att + "\n" + q + "\n"


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def html_wrap(text, brand="", color="#333333", footer=""):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        lines = [URL_RE.sub(r'<a href="\1" style="color:%s">\1</a>' % color, l) for l in lines]
        out.append('<p style="margin:0 0 14px 0;line-height:1.5">' + "<br>\n".join(lines) + "</p>")
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};padding:18px 24px;color:#ffffff;'
                f'font-size:20px;font-weight:bold">{htmlmod.escape(brand)}</td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:14px 24px;font-size:11px;color:#888888">'
                f'{htmlmod.escape(footer)}</td></tr>\n')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            '<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            + head + '<tr><td style="padding:24px">\n' + "\n".join(out) + "\n</td></tr>\n" + foot
            + "</table>\n</td></tr></table>\n</body></html>\n")


def slugify(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("é", "e"), ("è", "e"), ("à", "a")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:40].strip("-")


def render(spec, byk):
    m = EmailMessage(policy=POLICY)
    m["From"] = spec["frm"]
    to = spec["to"]
    m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if spec.get("cc"):
        cc = spec["cc"]
        m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    if spec.get("reply_to"):
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = spec["subject"]
    m["Date"] = format_datetime(spec["dt"])
    m["Message-ID"] = "<" + spec["_mid"] + ">"
    if spec.get("reply"):
        p = byk[spec["reply"]]
        m["In-Reply-To"] = "<" + p["_mid"] + ">"
        refs = p.get("_refs", []) + [p["_mid"]]
        spec["_refs"] = refs
        m["References"] = " ".join("<" + r + ">" for r in refs[-8:])
    for k, v in spec.get("headers", {}).items():
        m[k] = v
    text = spec["_text"]
    cte = spec.get("cte", "quoted-printable")
    if not text.endswith("\n"):
        text += "\n"
    m.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    hv = spec.get("html")
    if hv is True:
        hv = html_wrap(spec["body"], spec.get("brand", ""), spec.get("color", "#2d5f8b"), spec.get("footer", ""))
    if hv:
        m.add_alternative(hv, subtype="html", charset="utf-8", cte=spec.get("html_cte", cte))
    if spec.get("ics"):
        if not hv:
            m.make_alternative()
        m.add_alternative(spec["ics"], subtype="calendar", charset="utf-8", cte="base64",
                          params={"method": "REQUEST"})
    for att in spec.get("attach", []):
        fname, mtype, data = att
        maint, subt = mtype.split("/")
        if maint == "text":
            m.add_attachment(data.decode("utf-8"), subtype=subt, charset="utf-8", filename=fname, cte="base64")
        else:
            m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{common.h(spec['key'] + str(n), 20)}_{n}")
    return m


def label_for(spec, fname):
    lab = spec.get("label", "not_job")
    d = {"file": fname, "message_id": spec["_mid"], "label": lab, "event_type": None, "company": None,
         "company_aliases": [], "role": None, "app_key": None, "source": None, "posting_url": None,
         "lang": spec.get("lang", "de"), "kind": spec.get("kind", "")}
    if lab == "application":
        comp, aliases, role, source = APPS[spec["app"]]
        d.update(event_type=spec["ev"], company=comp, company_aliases=aliases, role=role,
                 app_key=spec["app"], source=source, posting_url=spec.get("url"))
    elif lab == "recruiter_outreach":
        d.update(company=spec.get("company"), role=spec.get("role"), posting_url=spec.get("url"),
                 company_aliases=spec.get("aliases", []))
    return d


def main():
    specs = sorted(MSGS, key=lambda s: (s["dt"].timestamp(), s.get("order", 0)))
    byk = {}
    for s in specs:
        if s["key"] in byk:
            raise SystemExit("duplicate key " + s["key"])
        byk[s["key"]] = s
    for s in specs:
        s["_mid"] = s.get("message_id") or msgid(s)
    # texts with quotes (parents come first after sorting)
    for s in specs:
        t = s["body"]
        if s.get("quote") and s.get("reply"):
            style = s.get("qstyle") or ("gmx" if s.get("mid") == "gmx" else "")
            t = t.rstrip("\n") + "\n" + quoted(byk[s["reply"]], s.get("lang", "de"), style)
        s["_text"] = t
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "mail"))
    labels = []
    for i, s in enumerate(specs, 1):
        fname = f"{i:04d}-{s.get('slug') or slugify(s['key'])}.eml"
        msg = render(s, byk)
        with open(os.path.join(OUT, "mail", fname), "wb") as f:
            f.write(msg.as_bytes(policy=POLICY))
        labels.append(label_for(s, fname))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for d in labels:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "person.toml"), "w", encoding="utf-8") as f:
        f.write(f'name = "{common.ME}"\nemails = ["{common.ME_CH}", "{common.ME_AT}", '
                '"verena.hofstaetter@braendli-logistik.ch", "verena.hofstaetter.fotos@gmail.com"]\n')
    shutil.copyfile(os.path.join(HERE, "NOTES.md"), os.path.join(OUT, "NOTES.md"))
    print(f"wrote {len(specs)} messages to {OUT}")


if __name__ == "__main__":
    main()
