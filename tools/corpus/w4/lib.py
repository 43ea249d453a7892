"""Shared helpers: message registry, dates, Message-IDs, MIME assembly. Standard library only, deterministic."""
import datetime
import hashlib
import html as htmllib
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

ME = "Geneviève Bérubé <gberube.qa@gmail.com>"
ME_V = "Geneviève Bérubé <genevieve.berube@videotron.ca>"
MY_ADDRS = ["gberube.qa@gmail.com", "genevieve.berube@videotron.ca"]

MSGS = []

# Applications: app_key -> (company, aliases, role, source)
APPS = {}


def app(key, company, role, source, aliases=()):
    APPS[key] = (company, list(aliases), role, source)


def local_dt(s):
    """'YYYY-MM-DD HH:MM' Montréal wall time -> aware datetime (EST/EDT 2025)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = -4 if datetime.datetime(2025, 3, 9, 2) <= d < datetime.datetime(2025, 11, 2, 2) else -5
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def header_dt(dt, tz):
    if tz == "utc":
        return dt.astimezone(datetime.timezone.utc)
    if tz == "gmt":
        return dt.astimezone(datetime.timezone.utc)
    if tz == "pt":
        off = -7 if dt >= local_dt("2025-03-09 05:00") else -8
        return dt.astimezone(datetime.timezone(datetime.timedelta(hours=off)))
    if tz == "cet":
        off = 2 if dt >= local_dt("2025-03-30 00:00") else 1
        return dt.astimezone(datetime.timezone(datetime.timedelta(hours=off)))
    return dt


def _h(key, n=64):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{key}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_"


def _b64ish(key, n):
    h = _h(key, n * 2)
    return "".join(_B64[int(h[i:i + 2], 16) % 64] for i in range(0, n * 2, 2))


def make_mid(key, addr, dt, style=None, dom=None):
    h = _h(key)
    sdom = (dom or addr.split("@")[1]).lower()
    ts = int(dt.timestamp())
    if style is None:
        if sdom == "gmail.com":
            style = "gmail"
        elif sdom in ("hotmail.com", "outlook.com", "live.ca", "hotmail.ca"):
            style = "outlook"
        else:
            style = "plain"
    if style == "gmail":
        return "CA" + _b64ish(key, 2) + _b64ish(key + "g", 46) + "@mail.gmail.com"
    if style == "outlook":
        box = "YT" + str(int(h[:2], 16) % 4 + 1) + "PR01MB" + str(1000 + int(h[2:6], 16) % 9000)
        return f"{box}{h[6:18].upper()}@{box}.CANPRD01.PROD.OUTLOOK.COM"
    if style == "zimbra":
        return f"{int(h[:7], 16)}.{int(h[7:11], 16)}.{ts}{int(h[11:13], 16) % 1000:03d}.JavaMail.zimbra@{sdom}"
    if style == "apple":
        u = h[:32].upper()
        return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{sdom}"
    if style == "ses":
        return f"0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:41]}-000000@email.amazonses.com"
    if style == "sendgrid":
        return f"{_b64ish(key, 22)}@geopod-ismtpd-{int(h[:2], 16) % 40}"
    if style == "uuid":
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{sdom}"
    if style == "gcal":
        return f"calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com"
    if style == "mailgun":
        return f"{ts}.{h[:16]}@mg.{sdom}"
    if style == "salesforce":
        return f"{h[:20]}.{h[20:32].upper()}@sfmc.{sdom}"
    if style == "workday":
        return f"{int(h[:8], 16)}.{ts}{int(h[8:10], 16)}.JavaMail.wdprod@{sdom}"
    return f"{h[:24]}.{ts}@{sdom}"


def msg(key, date, frm, to, subj, body, **kw):
    d = dict(kw)
    d.update(key=key, date=date, frm=frm, to=to if isinstance(to, list) else [to], subj=subj, body=body)
    d.setdefault("label", "not_job")
    d.setdefault("lang", "fr")
    d.setdefault("kind", "personal")
    MSGS.append(d)
    return d


_link = re.compile(r"(https?://[^\s<>)]+)")


def auto_html(text, brand=None, color="#1f3b57", footer=None, lang="fr"):
    paras = [p for p in re.split(r"\n\s*\n", text.strip())]
    parts = []
    for p in paras:
        esc = htmllib.escape(p)
        esc = _link.sub(lambda m: f'<a href="{m.group(1)}" style="color:{color}">{m.group(1)}</a>', esc)
        parts.append('<p style="margin:0 0 14px 0;line-height:1.45">' + esc.replace("\n", "<br>\n") + "</p>")
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:20px;'
                f'font-weight:bold">{htmllib.escape(brand)}</td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:14px 24px;font-size:11px;color:#888888">'
                f'{htmllib.escape(footer)}</td></tr>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            + head + '<tr><td style="padding:24px">\n' + "\n".join(parts) + "\n</td></tr>\n" + foot
            + "</table></td></tr></table>\n</body></html>\n")


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def attribution(parent, lang):
    dt = parent["_dt"]
    name, addr = parent["_from_name"], parent["_from_addr"]
    who = f"{name} <{addr}>" if name else addr
    if lang == "fr":
        return (f"Le {FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} à "
                f"{dt.hour:02d}:{dt.minute:02d}, {who} a écrit :")
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {h}:{dt.minute:02d} {ampm} {who} wrote:"


def quote_block(text, maxlines=14):
    lines = text.rstrip().split("\n")
    if len(lines) > maxlines:
        lines = lines[:maxlines] + ["[...]"]
    return "\n".join(("> " + l) if l else ">" for l in lines)


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            b"% " + t + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def ics(uid, summary, start, end, organizer, attendees, location="", description="", method="REQUEST", stamp=None,
        prodid="-//Google Inc//Google Calendar 70.9054//EN"):
    def z(s):
        return local_dt(s).astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
             f"DTSTAMP:{z(stamp or start)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{a}")
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    lines += [f"DESCRIPTION:{desc}", f"LOCATION:{location.replace(',', chr(92) + ',')}", "SEQUENCE:0", "STATUS:CONFIRMED",
              f"SUMMARY:{summary.replace(',', chr(92) + ',')}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines (RFC 5545, 75 octets)
    out = []
    for l in lines:
        while len(l.encode()) > 74:
            cut = 74
            while len(l[:cut].encode()) > 74:
                cut -= 1
            out.append(l[:cut])
            l = " " + l[cut:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"
