#!/usr/bin/env python3
"""Build the nicola-fairclough mailbox: python3 src/build.py (deterministic, stdlib only)."""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import random
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
import life_autumn  # noqa: E402,F401
import life_nov  # noqa: E402,F401
import life_dec  # noqa: E402,F401
import life_new_year  # noqa: E402,F401

BOX = "nicola-fairclough"
OUT = os.path.join(os.path.dirname(HERE), BOX)

POL = policy.default.clone(max_line_length=200)
BST_END = dt.datetime(2024, 10, 27, 1, 0, tzinfo=dt.timezone.utc)


def h(s, n=40):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def parse_date(m):
    s = m["date"]
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(s, fmt)
    if s.count(":") == 1:
        naive = naive.replace(second=int(h(m["key"], 4), 16) % 60)
    tz = m["tz"]
    if tz is None:
        # Europe/London for autumn 2024 - winter 2025
        guess = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))
        off = 1 if guess < BST_END else 0
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return naive.replace(tzinfo=dt.timezone(off))


def make_mid(m):
    key = m["key"]
    style = m["mid"]
    addr = parseaddr(m["frm"])[1]
    dom = addr.split("@")[-1]
    hx = h(key + "|mid")
    if style and "@" in style:
        return style
    if style == "gmail":
        raw = hashlib.sha256(key.encode()).digest()
        tok = base64.b64encode(raw).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return "CA" + tok[:10] + "=" + tok[10:40] + "@mail.gmail.com"
    if style == "outlook":
        p = "DB9PR0%dMB%d" % (int(hx[0], 16) % 9 + 1, 7000 + int(hx[1:4], 16) % 999)
        return "%s%s@%s.eurprd0%d.prod.outlook.com" % (p, hx[:32].upper(), p, int(hx[5], 16) % 8 + 1)
    if style == "apple":
        u = hx[:32].upper()
        return "%s-%s-%s-%s-%s@icloud.com" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if style == "yahoo":
        n = int(hx[:12], 16)
        return "%d.%d.%d@mail.yahoo.com" % (n % 10**9 + 10**9, n % 10**7, 1700000000 + n % 9000000)
    if style == "ses":
        return "0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com" % (
            hx[:9], hx[9:17], hx[17:21], hx[21:25], hx[25:37])
    if style == "uuid":
        return "%s-%s-%s-%s-%s@%s" % (hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32], dom)
    if style == "java":
        n = int(hx[:10], 16)
        return "%d.%d.%d.JavaMail.%s@%s" % (n % 10**6, n % 10**5, 1727000000000 + n % 10**10,
                                              style_user(dom), dom)
    if style:  # plain domain override
        return "%s.%d@%s" % (hx[:24], int(hx[24:30], 16), style)
    return "%s.%d@%s" % (hx[:20], int(hx[20:26], 16) % 100000, dom)


def style_user(dom):
    return dom.split(".")[0]


def auto_html(m, text):
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        p2 = "<br>\n".join(lines)
        p2 = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', p2)
        out.append('<p style="margin:0 0 14px 0">%s</p>' % p2)
    sender = htmlmod.escape(parseaddr(m["frm"])[0] or "")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"24\" style=\"background:#ffffff\"><tr><td>\n"
            "<div style=\"font-size:12px;color:#777;margin-bottom:18px\">%s</div>\n%s\n"
            "</td></tr></table></td></tr></table></body></html>\n") % (
        htmlmod.escape(m["subject"]), sender, "\n".join(out))


def quote_block(parent, pdate):
    name, addr = parseaddr(parent["frm"])
    who = "%s <%s>" % (name, addr) if name else addr
    when = pdate.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ", 1)
    body = parent["_text"].rstrip("\n")
    q = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    return "\n\nOn %s, %s wrote:\n%s\n" % (when, who, q)


def slugify(s):
    s = s.lower().replace("\u2013", "-")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def neutral_slug(x):
    """file slug from sender and subject only (no label information)"""
    name, addr = parseaddr(x["frm"])
    if addr in (lib.ME_ADDR, lib.ME_BT_ADDR):
        who = "me"
    else:
        who = slugify(name.split()[0] if name else addr.split("@")[1].split(".")[0])
    subj = re.sub(r"^((re|fwd?|aw|wg)\s*:\s*)+", "", x["subject"], flags=re.I)
    words = slugify(subj).split("-")
    out = who
    for w in words:
        if len(out) + len(w) + 1 > 44:
            break
        out += "-" + w
    return out


def build():
    random.seed(20240923)  # MIME boundaries come from the random module
    msgs = list(lib.MSGS)
    for x in msgs:
        x["_dt"] = parse_date(x)
    # stable sort by UTC time, then definition order
    order = sorted(range(len(msgs)), key=lambda i: (msgs[i]["_dt"].astimezone(dt.timezone.utc), i))
    msgs = [msgs[i] for i in order]
    bykey = {}
    for x in msgs:
        x["_mid"] = make_mid(x)
        bykey[x["key"]] = x

    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "mail"))
    labels = []
    for n, x in enumerate(msgs, 1):
        text = x["body"].strip("\n") + "\n"
        parent = None
        if x["reply_to"]:
            parent = bykey[x["reply_to"]]
            if x["quote"]:
                text = text + quote_block(parent, parent["_dt"])
        x["_text"] = text
        e = EmailMessage(policy=policy.default)
        e["From"] = x["frm"]
        e["To"] = x["to"]
        if x["cc"]:
            e["Cc"] = x["cc"]
        e["Date"] = format_datetime(x["_dt"])
        subj = x["subject"]
        if subj is None:
            ps = parent["subject"]
            subj = ps if ps.lower().startswith("re:") else "Re: " + ps
            x["subject"] = subj
        e["Subject"] = subj
        e["Message-ID"] = "<%s>" % x["_mid"]
        if parent is not None:
            e["In-Reply-To"] = "<%s>" % parent["_mid"]
            refs = parent.get("_refs", []) + [parent["_mid"]]
            x["_refs"] = refs
            e["References"] = " ".join("<%s>" % r for r in refs[-6:])
        e["MIME-Version"] = "1.0"
        for k, v in (x["headers"] or {}).items():
            e[k] = v
        cte = x["cte"]
        try:
            text.encode("ascii")
            ascii_text = True
        except UnicodeEncodeError:
            ascii_text = False
        if x["html_only"]:
            hb = x["html"] if isinstance(x["html"], str) else auto_html(x, text)
            e.set_content(hb, subtype="html", charset="utf-8", cte=cte or "quoted-printable")
        else:
            if cte is None and ascii_text:
                e.set_content(text, charset="us-ascii" if "\n" in text else "us-ascii", cte="7bit")
            elif cte is None:
                e.set_content(text, charset="utf-8", cte="8bit" if len(text) < 400 else "quoted-printable")
            else:
                e.set_content(text, charset="utf-8", cte=cte)
            if x["html"]:
                hb = x["html"] if isinstance(x["html"], str) else auto_html(x, text)
                e.add_alternative(hb, subtype="html", charset="utf-8",
                                  cte="base64" if cte == "base64" else "quoted-printable")
        if x["ics"] and not x["ics_att"]:
            if not e.is_multipart():
                e.make_alternative()
            part = EmailMessage(policy=policy.default)
            part.set_content(x["ics"], subtype="calendar", charset="utf-8", cte="7bit",
                             params={"method": "REQUEST"})
            e.attach(part)
        for (fn, ctype, data) in (x["att"] or []):
            maint, sub = ctype.split("/")
            e.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
        if x["ics"] and x["ics_att"]:
            e.add_attachment(x["ics"].encode(), maintype="text", subtype="calendar",
                             filename="invite.ics", params={"method": "REQUEST"})
        slug = x["slug"] or neutral_slug(x)
        fn = "%04d-%s.eml" % (n, slug)
        with open(os.path.join(OUT, "mail", fn), "wb") as f:
            f.write(e.as_bytes(policy=POL))
        lab = {"file": fn, "message_id": x["_mid"], "label": x["label"], "event_type": None,
               "company": None, "company_aliases": [], "role": None, "app_key": None,
               "source": None, "posting_url": None, "lang": x["lang"], "kind": x["kind"]}
        if x["label"] == "application":
            a = lib.APPS[x["app"]]
            lab.update(event_type=x["ev"], company=a["company"], company_aliases=a["aliases"],
                       role=a["role"], app_key=x["app"], source=a["source"], posting_url=x["url"])
        elif x["label"] == "recruiter_outreach":
            lab.update(company=x["company"], company_aliases=x["aliases"] or [], role=x["role"],
                       posting_url=x["url"])
        labels.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "person.toml"), "w", encoding="utf-8") as f:
        f.write('name = "Nicola Fairclough"\n')
        f.write('emails = ["%s", "%s"]\n' % (lib.ME_ADDR, lib.ME_BT_ADDR))
    shutil.copy(os.path.join(HERE, "NOTES.md"), os.path.join(OUT, "NOTES.md"))
    print("wrote %d messages to %s" % (len(msgs), OUT))


if __name__ == "__main__":
    build()
