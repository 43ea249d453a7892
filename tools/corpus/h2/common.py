"""Shared builder for the h2 mailboxes.

Each mailbox module provides PERSON, APPS and MESSAGES (a list of dicts).
Message dict keys:
  key       unique local key (used for threading)
  date      "YYYY-MM-DD HH:MM" local time of the sender
  tz        IANA zone of the sender (default Europe/Berlin)
  frm       (display name, address)
  to        list of (name, address) or a single tuple
  cc        optional list
  subject   str
  body      plain text (hand-written)
  html      optional html string; if fmt requires html and none given, made from body
  fmt       "plain" | "alt" | "html"
  cte       "qp" | "b64" | "8bit" | "7bit" (default qp)
  charset   default utf-8
  parent    key of the message this replies to
  quote     quote style for the parent text: gmail_de, gmail_en, apple_de, apple_en,
            outlook_de, outlook_en, webde; None = no quote
  mid       message-id style: gmail, outlook, apple, webde, posteo, ats (default ats)
  attach    list of (filename, kind) kind in pdf|ics|docx|jpg
  ics       dict for a calendar invite (summary, start, end, location, organizer)
  extra_headers dict
  label     application|recruiter_outreach|job_alert|not_job
  app       key into APPS (application mail)
  event     event type for application mail
  lang, kind
  company, role  (outreach only, optional)
"""
import datetime as _dt
import hashlib
import html as _html
import json
import os
import random
import re
import uuid
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_DAYS_LONG = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
DE_MON_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_date(m):
    tz = ZoneInfo(m.get("tz", "Europe/Berlin"))
    d = _dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M")
    sec = int(hashlib.md5(m["key"].encode()).hexdigest(), 16) % 60
    return d.replace(second=sec, tzinfo=tz)


def rng_for(key):
    return random.Random(hashlib.sha1(key.encode()).hexdigest())


def make_msgid(m, dt):
    r = rng_for("mid" + m["key"])
    style = m.get("mid", "ats")
    dom = m["frm"][1].split("@")[1]
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if style == "gmail":
        s = "CA" + "".join(r.choice(alnum + "_-+") for _ in range(44))
        return f"<{s}@mail.gmail.com>"
    if style == "outlook":
        srv = r.choice(["AM9PR07", "DB9PR03", "FR2P281", "BE1P281", "PAXPR10", "VI1PR04", "AS8PR02"])
        srv += "MB" + str(r.randint(1000, 9999))
        tail = "".join(r.choice("0123456789ABCDEF") for _ in range(28))
        region = r.choice(["eurprd07", "eurprd03", "DEUP281", "eurprd10", "eurprd04"])
        return f"<{srv}{tail}@{srv}.{region}.prod.outlook.com>"
    if style == "apple":
        return f"<{str(uuid.UUID(int=r.getrandbits(128))).upper()}@{dom}>"
    if style == "outlook_desktop":
        h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
        return f"<00{h(4)}01db{h(4)}${h(8)}${h(8)}$@{dom}>"
    if style == "webde":
        u = uuid.UUID(int=r.getrandbits(128))
        return f"<trinity-{u}-{int(dt.timestamp()*1000)}@3c-app-webde-bap{r.randint(10,70)}>"
    if style == "gmx":
        u = uuid.UUID(int=r.getrandbits(128))
        return f"<trinity-{u}-{int(dt.timestamp()*1000)}@3c-app-gmx-bs{r.randint(10,70)}>"
    if style == "posteo":
        s = "".join(r.choice("0123456789abcdef") for _ in range(32))
        return f"<{s}@posteo.de>"
    if style == "sendgrid":
        s = "".join(r.choice(alnum) for _ in range(22))
        return f"<{s}@geopod-ismtpd-{r.randint(1,40)}>"
    if style == "ses":
        a = "".join(r.choice("0123456789abcdef") for _ in range(16))
        b = str(uuid.UUID(int=r.getrandbits(128)))
        return f"<0107{a}-{b}-000000@eu-central-1.amazonses.com>"
    if style == "custom":
        return "<" + m["mid_value"] + ">"
    # generic ats / mailer
    s = "".join(r.choice("0123456789abcdef") for _ in range(24))
    host = m.get("mid_domain", dom)
    return f"<{s}.{int(dt.timestamp())}@{host}>"


def fmt_quote_header(style, pm, pdt):
    name, addr = pm["frm"]
    wd = pdt.weekday()
    if style == "gmail_de":
        return (f"Am {DE_DAYS[wd]}, {pdt.day}. {DE_MON[pdt.month-1]} {pdt.year} um "
                f"{pdt:%H:%M} Uhr schrieb {name} <{addr}>:")
    if style == "gmail_en":
        h = pdt.strftime("%I").lstrip("0")
        return (f"On {EN_DAYS[wd]}, {EN_MON[pdt.month-1]} {pdt.day}, {pdt.year} at "
                f"{h}:{pdt:%M} {pdt:%p} {name} <{addr}> wrote:")
    if style == "apple_de":
        return f"Am {pdt:%d.%m.%Y} um {pdt:%H:%M} schrieb {name} <{addr}>:"
    if style == "apple_en":
        h = pdt.strftime("%I").lstrip("0")
        return f"On {pdt.day} {EN_MON[pdt.month-1]} {pdt.year}, at {pdt:%H:%M}, {name} <{addr}> wrote:"
    if style == "thunder_de":
        return f"Am {pdt:%d.%m.%y} um {pdt:%H:%M} schrieb {name}:"
    return None


def to_str(lst):
    if isinstance(lst, tuple):
        lst = [lst]
    return ", ".join(formataddr(x) for x in lst)


def quote_block(style, pm, pdt, ptext):
    if style in ("outlook_de", "outlook_en", "webde"):
        to = pm["to"] if isinstance(pm["to"], list) else [pm["to"]]
        to_txt = "; ".join(f"{n} <{a}>" if n else a for n, a in to)
        wd = pdt.weekday()
        if style == "outlook_de":
            hdr = ("-----Ursprüngliche Nachricht-----\n"
                   f"Von: {pm['frm'][0]} <{pm['frm'][1]}>\n"
                   f"Gesendet: {DE_DAYS_LONG[wd]}, {pdt.day}. {DE_MON_LONG[pdt.month-1]} {pdt.year} {pdt:%H:%M}\n"
                   f"An: {to_txt}\n"
                   f"Betreff: {pm['subject']}\n")
        elif style == "outlook_en":
            hdr = ("From: " + f"{pm['frm'][0]} <{pm['frm'][1]}>\n"
                   f"Sent: {pdt:%A}, {pdt:%B} {pdt.day}, {pdt.year} {pdt:%I:%M %p}\n"
                   f"To: {to_txt}\n"
                   f"Subject: {pm['subject']}\n")
        else:  # web.de / GMX
            hdr = (f"Gesendet: {DE_DAYS_LONG[wd]}, {pdt.day:02d}. {DE_MON_LONG[pdt.month-1]} {pdt.year} um {pdt:%H:%M} Uhr\n"
                   f"Von: \"{pm['frm'][0]}\" <{pm['frm'][1]}>\n"
                   f"An: {to_txt}\n"
                   f"Betreff: {pm['subject']}\n")
        return "\n\n" + hdr + "\n" + ptext
    hdr = fmt_quote_header(style, pm, pdt)
    q = "\n".join(("> " + l) if l.strip() else ">" for l in ptext.splitlines())
    return "\n\n" + hdr + "\n" + q + "\n"


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def text_to_html(text, brand=None, color="#333333", footer=None, charset="utf-8"):
    parts = []
    for para in re.split(r"\n\s*\n", text.strip()):
        esc = _html.escape(para)
        esc = URL_RE.sub(lambda mo: f'<a href="{mo.group(1)}" style="color:{color}">{mo.group(1)}</a>', esc)
        esc = esc.replace("\n", "<br>\n")
        parts.append(f'<p style="margin:0 0 14px 0">{esc}</p>')
    inner = "\n".join(parts)
    head = ""
    if brand:
        head = (f'<tr><td style="padding:18px 24px;background:{color};color:#ffffff;'
                f'font-size:18px;font-weight:bold">{_html.escape(brand)}</td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:12px 24px;font-size:11px;color:#888888">'
                f'{_html.escape(footer).replace(chr(10), "<br>")}</td></tr>')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset + "\">"
            "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
            "<body style=\"margin:0;padding:0;background:#f4f4f4\">\n"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;"
            "font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222222\">\n"
            f"{head}\n<tr><td style=\"padding:24px\">\n{inner}\n</td></tr>\n{foot}\n"
            "</table>\n</td></tr></table>\n</body></html>\n")


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 760 Td ({title[:20]}) Tj ET\nendstream endobj\n"
            f"xref\n0 5\ntrailer<</Root 1 0 R/Size 5>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def make_ics(m, dt):
    ic = m["ics"]
    uid = hashlib.md5(m["key"].encode()).hexdigest() + "@" + ic.get("uid_domain", "google.com")
    stamp = dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    att = "".join(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}\r\n"
                  for n, a in ic.get("attendees", []))
    return ("BEGIN:VCALENDAR\r\nPRODID:" + ic.get("prodid", "-//Google Inc//Google Calendar 70.9054//EN") +
            "\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"DTSTART;TZID=Europe/Berlin:{ic['start']}\r\nDTEND;TZID=Europe/Berlin:{ic['end']}\r\n"
            f"DTSTAMP:{stamp}\r\nORGANIZER;CN={ic['organizer'][0]}:mailto:{ic['organizer'][1]}\r\n"
            f"UID:{uid}\r\n{att}"
            f"DESCRIPTION:{ic.get('description','').replace(chr(10), chr(92)+'n')}\r\n"
            f"LOCATION:{ic.get('location','')}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
            f"SUMMARY:{ic['summary']}\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def build_message(m, by_key, dts, ids):
    dt = dts[m["key"]]
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr(m["frm"])
    msg["To"] = to_str(m["to"])
    if m.get("cc"):
        msg["Cc"] = to_str(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = ids[m["key"]]
    body = m["body"]
    if m.get("parent"):
        p = by_key[m["parent"]]
        msg["In-Reply-To"] = ids[p["key"]]
        refs = m.get("_refs", [])
        msg["References"] = " ".join(refs)
        if m.get("quote"):
            body = body.rstrip("\n") + quote_block(m["quote"], p, dts[p["key"]], p["_fullbody"])
    m["_fullbody"] = body
    msg["MIME-Version"] = "1.0"
    for k, v in (m.get("extra_headers") or {}).items():
        msg[k] = v
    charset = m.get("charset", "utf-8")
    for cs in (charset, "windows-1252", "utf-8"):
        try:
            body.encode(cs)
            if m.get("html"):
                m["html"].encode(cs)
        except UnicodeEncodeError:
            continue
        if cs != charset:
            print(f"  note: {m['key']}: charset {charset} -> {cs}")
        charset = cs
        break
    cte = CTE[m.get("cte", "qp")]
    fmt = m.get("fmt", "plain")
    if cte == "7bit" and not body.isascii():
        cte = "quoted-printable"
    html = m.get("html")
    if fmt in ("alt", "html") and html is None:
        html = text_to_html(body, m.get("brand"), m.get("color", "#1a1a2e"), m.get("footer"), charset)
    if fmt == "plain":
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
    elif fmt == "html":
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset,
                            cte=CTE[m.get("html_cte", m.get("cte", "qp"))])
    if m.get("ics"):
        ics = make_ics(m, dt)
        icte = "7bit" if ics.isascii() else "quoted-printable"
        if msg.get_content_type() == "multipart/alternative":
            msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte=icte,
                                params={"method": "REQUEST"})
        else:
            msg.make_alternative()
            msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte=icte,
                                params={"method": "REQUEST"})
        msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    for fn, kind in m.get("attach", []):
        if kind == "pdf":
            msg.add_attachment(fake_pdf(fn), maintype="application", subtype="pdf", filename=fn)
        elif kind == "jpg":
            data = b"\xff\xd8\xff\xe0" + rng_for(fn).randbytes(600) + b"\xff\xd9"
            msg.add_attachment(data, maintype="image", subtype="jpeg", filename=fn)
        elif kind == "docx":
            data = b"PK\x03\x04" + rng_for(fn).randbytes(800)
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
    return msg


TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                       "é": "e", "è": "e", "á": "a", "ó": "o"})


def slug(s, n=48):
    s = s.translate(TRANS).lower()
    s = re.sub(r"^((re|aw|wg|fwd|fw|antw)\s*:\s*)+", lambda mo: mo.group(0).replace(":", "-"), s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:n].rstrip("-") or "message"


def build_mailbox(outdir, person, apps, messages, notes):
    os.makedirs(os.path.join(outdir, "mail"), exist_ok=True)
    for f in os.listdir(os.path.join(outdir, "mail")):
        os.remove(os.path.join(outdir, "mail", f))
    keys = [m["key"] for m in messages]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    by_key = {m["key"]: m for m in messages}
    dts = {m["key"]: parse_date(m) for m in messages}
    order = sorted(messages, key=lambda m: (dts[m["key"]].astimezone(ZoneInfo("UTC")), m["key"]))
    ids = {m["key"]: make_msgid(m, dts[m["key"]]) for m in messages}
    assert len(set(ids.values())) == len(ids)
    # references chains
    for m in order:
        if m.get("parent"):
            p = by_key[m["parent"]]
            assert dts[p["key"]] < dts[m["key"]], (m["key"], p["key"])
            m["_refs"] = p.get("_refs", []) + [ids[p["key"]]]
    labels = []
    for i, m in enumerate(order, 1):
        msg = build_message(m, by_key, dts, ids)
        fn = f"{i:04d}-{m.get('slug') or slug(m['subject'])}.eml"
        with open(os.path.join(outdir, "mail", fn), "wb") as fh:
            fh.write(msg.as_bytes())
        lab = m["label"]
        rec = {"file": fn, "message_id": ids[m["key"]][1:-1], "label": lab,
               "event_type": None, "company": None, "company_aliases": [], "role": None,
               "app_key": None, "source": None, "posting_url": None,
               "lang": m["lang"], "kind": m["kind"]}
        if lab == "application":
            a = apps[m["app"]]
            rec.update(event_type=m["event"], company=a["company"], company_aliases=a["aliases"],
                       role=a["role"], app_key=a["app_key"], source=a["source"],
                       posting_url=a.get("url"))
        elif lab == "recruiter_outreach":
            rec.update(company=m.get("company"), company_aliases=m.get("aliases", []),
                       role=m.get("role"), posting_url=m.get("url"))
        else:
            assert m.get("event") is None
        labels.append(rec)
    with open(os.path.join(outdir, "labels.jsonl"), "w") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "person.toml"), "w") as fh:
        fh.write(f'name = "{person["name"]}"\n')
        fh.write("emails = [" + ", ".join(f'"{e}"' for e in person["emails"]) + "]\n")
    with open(os.path.join(outdir, "NOTES.md"), "w") as fh:
        fh.write(notes.strip() + "\n")
    return labels
