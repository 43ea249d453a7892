"""Helpers to turn hand-written message dicts into RFC 5322 .eml files.

A message dict (see a_jobs.py etc.) has:
  key, dt ('YYYY-MM-DD HH:MM' local), tz (zone name, default Europe/Rome),
  frm, to, cc, subj, body, html (str | 'auto' | None), fmt ('plain'|'alt'|'html'),
  cte ('qp'|'b64'|'8bit'|'7bit'), cs (charset), parent (key), quote (style),
  attach [(filename, kind)], ics {...}, hdrs {...}, mid (domain or style),
  slug, lab {label fields}
"""
import base64
import hashlib
import html as htmlmod
import random
import re
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, formataddr
from email.header import Header
from zoneinfo import ZoneInfo

GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GG = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
        "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MM = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rng_for(key):
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest(), 16))


def local_dt(m):
    return datetime.strptime(m["dt"], "%Y-%m-%d %H:%M").replace(
        second=rng_for(m["key"] + "s").randint(0, 59),
        tzinfo=ZoneInfo(m.get("tz", "Europe/Rome")))


def make_mid(m):
    r = rng_for(m["key"] + "mid")
    name, addr = parseaddr(m["frm"])
    dom = addr.split("@")[-1].lower()
    style = m.get("mid")
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if style is None:
        if dom in ("gmail.com", "googlemail.com"):
            style = "gmail"
        elif dom in ("outlook.it", "hotmail.it", "hotmail.com", "outlook.com", "live.it"):
            style = "outlook"
        else:
            style = dom
    if style == "gmail":
        s = "CA" + "".join(r.choice(alnum + "+_-") for _ in range(r.choice([36, 38, 40])))
        return "<%s=%s@mail.gmail.com>" % (s, "".join(r.choice(alnum) for _ in range(2)))
    if style == "outlook":
        pre = r.choice(["AM0PR07", "DB9PR02", "PA4PR08", "VI1PR03", "AS8PR04", "DU0PR10"])
        core = pre + "MB" + str(r.randint(1000, 9999))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (
            core, "".join(r.choice("0123456789ABCDEF") for _ in range(28)), core, r.randint(1, 9))
    if style == "apple":
        h = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], m.get("mid_host", "icloud.com"))
    if style == "libero":
        return "<%d.%d.%d.JavaMail.defaultUser@defaultHost>" % (r.randint(10**8, 10**9), r.randint(1, 99), r.randint(10**12, 10**13))
    # generic: random token @ domain
    tok = "".join(r.choice("0123456789abcdef") for _ in range(r.choice([16, 20, 24, 32])))
    ts = int(local_dt(m).timestamp())
    form = r.randint(0, 3)
    if form == 0:
        return "<%s.%d@%s>" % (tok, ts, style)
    if form == 1:
        return "<%d.%s@%s>" % (ts * 1000 + r.randint(0, 999), tok[:12], style)
    if form == 2:
        return "<0102%s-%s-000000@eu-west-1.amazonses.com>" % (tok, tok[::-1][:12]) if m.get("ses") else "<%s@%s>" % (tok, style)
    return "<%s-%s@%s>" % (tok[:8], tok[8:], style)


def _fmt_it_long(dt):
    return "%s %d %s %d %s" % (GIORNI[dt.weekday()], dt.day, MESI[dt.month - 1], dt.year, dt.strftime("%H:%M"))


def quote_header(style, parent, pdt):
    name, addr = parseaddr(parent["frm"])
    who = "%s <%s>" % (name, addr) if name else "<%s>" % addr
    dt = pdt
    if style == "gmail-it":
        return "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (
            GG[dt.weekday()], dt.day, MM[dt.month - 1], dt.year, dt.strftime("%H:%M"), who)
    if style == "gmail-en":
        return "On %s, %d %s %d at %s, %s wrote:" % (
            DAYS[dt.weekday()][:3], dt.day, MONTHS[dt.month - 1][:3], dt.year, dt.strftime("%H:%M"), who)
    if style == "apple-it":
        return "Il giorno %d %s %d, alle ore %s, %s ha scritto:" % (
            dt.day, MM[dt.month - 1], dt.year, dt.strftime("%H:%M"), who)
    if style == "apple-en":
        return "On %d %s %d, at %s, %s wrote:" % (
            dt.day, MONTHS[dt.month - 1][:3], dt.year, dt.strftime("%H:%M"), who)
    raise ValueError(style)


def quoted_text(style, parent, parent_text, pdt):
    if style in ("outlook-it", "outlook-en"):
        name, addr = parseaddr(parent["frm"])
        dt = pdt
        to = parent.get("to_display") or parent["to"]
        if style == "outlook-it":
            head = ("________________________________\nDa: %s <%s>\nInviato: %s\nA: %s\nOggetto: %s\n"
                    % (name, addr, _fmt_it_long(dt), to, parent["subj"]))
        else:
            head = ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n"
                    % (name, addr, DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year,
                       dt.strftime("%I:%M %p").lstrip("0"), to, parent["subj"]))
        return "\n\n" + head + "\n" + parent_text
    lines = parent_text.rstrip("\n").split("\n")
    q = "\n".join((">" + (" " + l if not l.startswith(">") and l else l)) if l else ">" for l in lines)
    if style.startswith("apple"):
        return "\n\n> " + quote_header(style, parent, pdt) + "\n> \n" + q + "\n"
    return "\n\n" + quote_header(style, parent, pdt) + "\n\n" + q + "\n"


URL_RE = re.compile(r"(https?://[^\s<>()]+)")


def auto_html(text, font="Arial, sans-serif"):
    """Simple HTML rendering of a plain text body (paragraphs, links, quotes)."""
    out = []
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith("> ") else l[1:] for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % auto_html(inner, font))
            continue
        esc = htmlmod.escape(p)
        esc = URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), esc)
        out.append("<p>%s</p>" % esc.replace("\n", "<br>\n"))
    return '<div dir="ltr" style="font-family:%s">\n%s\n</div>' % (font, "\n".join(out))


def brand_html(text, brand, color="#1f4e79", footer="", logo_text=None, font="Helvetica, Arial, sans-serif"):
    """Table-layout HTML as ATS/notification mail uses."""
    body = auto_html(text, font)
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:%s;color:#fff;padding:18px 28px;font-family:%s;font-size:20px;font-weight:bold">%s</td></tr>
<tr><td style="padding:24px 28px;font-family:%s;font-size:14px;line-height:1.5;color:#222">%s</td></tr>
<tr><td style="padding:14px 28px;font-family:%s;font-size:11px;color:#888;border-top:1px solid #eee">%s</td></tr>
</table></td></tr></table></body></html>""" % (
        color, font, htmlmod.escape(logo_text or brand), font, body, font, htmlmod.escape(footer).replace("\n", "<br>"))


def fake_pdf(title, lines):
    content = "BT /F1 11 Tf 56 780 Td 14 TL (%s) Tj T* " % title.replace("(", "").replace(")", "")
    content += " ".join("(%s) '" % l.replace("(", "").replace(")", "") for l in lines) + " ET"
    content_b = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content_b) + content_b + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def make_ics(ics, m, organizer_addr):
    """ics: dict(start='YYYY-MM-DD HH:MM', minutes=60, tz=..., summary, location, description, attendees=[...], uid)."""
    tz = ics.get("tz", "Europe/Rome")
    st = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    en = st + timedelta(minutes=ics.get("minutes", 60))
    uid = ics.get("uid") or (hashlib.md5(m["key"].encode()).hexdigest() + "@" + ics.get("uid_dom", "google.com"))
    stamp = local_dt(m).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    desc = ics.get("description", "").replace("\n", "\\n").replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:%s" % ics.get("prodid", "-//Google Inc//Google Calendar 70.9054//EN"),
        "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:%s" % ics.get("method", "REQUEST"),
        "BEGIN:VEVENT",
        "DTSTART;TZID=%s:%s" % (tz, st.strftime("%Y%m%dT%H%M%S")),
        "DTEND;TZID=%s:%s" % (tz, en.strftime("%Y%m%dT%H%M%S")),
        "DTSTAMP:%s" % stamp,
        "ORGANIZER;CN=%s:mailto:%s" % (ics.get("org_name", ""), organizer_addr),
        "UID:%s" % uid,
    ]
    for a in ics.get("attendees", []):
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (a, a))
    lines += ["CREATED:%s" % stamp, "DESCRIPTION:%s" % desc,
              "LOCATION:%s" % ics.get("location", "").replace(",", "\\,"),
              "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:%s" % ics["summary"].replace(",", "\\,"),
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 75 octets
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def pick_cte(m, text, cs):
    c = m.get("cte")
    if c:
        if c == "7bit" and not all(ord(ch) < 128 for ch in text):
            c = "qp"
        return CTE[c]
    r = rng_for(m["key"] + "cte")
    if all(ord(ch) < 128 for ch in text) and r.random() < 0.5 and max(len(l) for l in text.split("\n")) < 900:
        return "7bit"
    return r.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])


def build(m, by_key, person_addr, rendered):
    """Return (EmailMessage, plain text used for later quoting)."""
    msg = EmailMessage()
    dt = local_dt(m)
    text = m.get("body", "")
    parent = by_key.get(m.get("parent")) if m.get("parent") else None
    if parent is not None and m.get("quote"):
        text = text.rstrip("\n") + quoted_text(m["quote"], parent, rendered[parent["key"]],
                                                local_dt(parent).astimezone(ZoneInfo(m.get("tz", "Europe/Rome"))))
    if not text.endswith("\n"):
        text += "\n"
    msg["From"] = m["frm"]
    msg["To"] = m.get("to") or person_addr
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    subj = m["subj"]
    msg["Subject"] = subj
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = m["_mid"]
    if parent is not None:
        refs = (parent.get("_refs", []) + [parent["_mid"]])
        m["_refs"] = refs
        msg["In-Reply-To"] = parent["_mid"]
        msg["References"] = " ".join(refs[-8:])
    for k, v in (m.get("hdrs") or {}).items():
        msg[k] = v
    cs = m.get("cs", "utf-8")
    fmt = m.get("fmt", "plain")
    cte = pick_cte(m, text, cs)
    html = m.get("html")
    if html == "auto":
        html = auto_html(text, m.get("font", "Arial, sans-serif"))
    if fmt == "plain":
        msg.set_content(text, charset=cs, cte=cte)
    elif fmt == "html":
        msg.set_content(html, subtype="html", charset=cs, cte=cte if cte != "7bit" else "quoted-printable")
    else:
        msg.set_content(text, charset=cs, cte=cte)
        hcte = m.get("html_cte") and CTE[m["html_cte"]] or ("base64" if cte == "base64" else "quoted-printable")
        msg.add_alternative(html, subtype="html", charset=cs, cte=hcte)
    if m.get("ics"):
        name, org = parseaddr(m["ics"].get("organizer", m["frm"]))
        ics_txt = make_ics(m["ics"], m, org)
        if fmt == "plain":
            msg.make_alternative()
        msg.add_alternative(ics_txt, subtype="calendar", charset="utf-8", cte="7bit",
                            params={"method": m["ics"].get("method", "REQUEST")})
        msg.add_attachment(ics_txt.encode(), maintype="application", subtype="ics",
                           filename=m["ics"].get("filename", "invite.ics"))
    for fname, kind in m.get("attach", []):
        if kind == "pdf":
            data = fake_pdf(fname.rsplit(".", 1)[0].replace("_", " "), m.get("pdf_lines", ["Documento"]))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
        elif kind == "docx":
            data = b"PK\x03\x04" + rng_for(fname).randbytes(600)
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif kind == "jpg":
            data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng_for(fname).randbytes(1500) + b"\xff\xd9"
            msg.add_attachment(data, maintype="image", subtype="jpeg", filename=fname)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg, text


def slugify(s, n=48):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(re|r|i|fwd|fw|aw|tr)\s*:\s*", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:n].rstrip("-") or "mail"


def label_of(m):
    lab = dict(label="not_job", event_type=None, company=None, company_aliases=[], role=None,
               app_key=None, source=None, posting_url=None, lang="it", kind="everyday")
    lab.update(m.get("lab") or {})
    return lab
