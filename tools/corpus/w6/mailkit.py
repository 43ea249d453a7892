"""Small deterministic engine: content modules call M(...) to register messages.

No randomness, no current time. Message-IDs are derived from a SHA-1 of the message key.
"""
import hashlib
import html as htmlmod
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

ME = "Rossella Iovine <rossella.iovine@gmail.com>"
ME_ADDR = "rossella.iovine@gmail.com"
ME_OLD = "Rossella Iovine <r.iovine@libero.it>"

MSGS = []
BY_KEY = {}

# Applications: key -> (company, aliases, role, source)
APPS = {}


def app(key, company, aliases, role, source):
    APPS[key] = (company, list(aliases), role, source)


def rome_offset(dt):
    """Europe/Rome for 2024: CEST from 31 Mar 01:00 UTC to 27 Oct 01:00 UTC."""
    start = datetime(2024, 3, 31, 2, 0)   # local time switch
    end = datetime(2024, 10, 27, 3, 0)
    return timedelta(hours=2) if start <= dt < end else timedelta(hours=1)


def D(s, tz=None):
    """'2024-02-12 09:14[:ss]' local Rome time, or explicit tz like '+0000', '-0700'."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(s, fmt)
    if tz is None:
        off = rome_offset(naive)
    else:
        sign = -1 if tz[0] == "-" else 1
        off = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    if naive.second == 0 and s.count(":") == 1:
        h = int(hashlib.sha1(s.encode()).hexdigest()[:4], 16)
        naive = naive.replace(second=h % 60)
    return naive.replace(tzinfo=timezone(off))


def _h(key, n=32):
    return hashlib.sha1(("w6:" + key).encode()).hexdigest()[:n]


def make_mid(style, key, domain=None):
    h = _h(key, 40)
    if style == "gmail":
        import base64
        b = base64.b64encode(bytes.fromhex(h) + bytes.fromhex(_h(key + "x", 16))).decode()
        b = b.replace("/", "_").replace("=", "")
        return f"CA{b[:2].upper()}+{b[2:46]}@mail.gmail.com"
    if style == "outlook":
        return (f"AM9PR07MB{int(h[:6], 16) % 9000 + 1000}{h[6:20].upper()}@"
                f"AM9PR07MB{int(h[20:24], 16) % 9000 + 1000}.eurprd07.prod.outlook.com")
    if style == "ses":
        return (f"0102018{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:40]}0-000000"
                f"@eu-west-1.amazonses.com")
    if style == "sendgrid":
        return f"{h[:22]}@geopod-ismtpd-{int(h[22:24], 16) % 40}"
    if style == "libero":
        return f"{int(h[:8], 16)}.{int(h[8:12], 16)}.{1700000000000 + int(h[12:20], 16) % 20000000000}@mail.libero.it"
    if style == "linkedin":
        return f"{int(h[:8], 16)}.{int(h[8:14], 16)}.{1707000000000 + int(h[14:22], 16) % 15000000000}@ltx1-app{int(h[22:24], 16) % 90 + 10}.prod.linkedin.com"
    if style == "apple":
        return f"{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@icloud.com"
    # generic: <hex@domain>
    return f"{h[:24]}.{int(h[24:30], 16)}@{domain}"


def text_to_html(text, brand=None, color="#1f3a5f", footer=None):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        p = htmlmod.escape(p).replace("\n", "<br>\n")
        out.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333">{p}</p>')
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};padding:18px 24px;color:#ffffff;font-family:Arial,sans-serif;'
                f'font-size:18px;font-weight:bold">{htmlmod.escape(brand)}</td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888">'
                f'{htmlmod.escape(footer).replace(chr(10), "<br>")}</td></tr>')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>\n"
            "<body style=\"margin:0;padding:0;background:#f4f4f4\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">\n"
            f"{head}<tr><td style=\"padding:24px\">\n" + "\n".join(out) + "\n</td></tr>" + foot +
            "</table></td></tr></table>\n</body></html>\n")


def quote_block(parent, lang):
    dt = parent["date"]
    local = dt.replace(tzinfo=None) - dt.utcoffset()  # UTC naive
    local = local + rome_offset(local)
    dt = local.replace(tzinfo=timezone(rome_offset(local)))
    who = parent["from"]
    if lang == "en":
        intro = f"On {format_datetime(dt)[:-6]}, {who} wrote:"
    else:
        giorni = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
        mesi = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
        intro = (f"Il giorno {giorni[dt.weekday()]} {dt.day} {mesi[dt.month-1]} {dt.year} alle ore "
                 f"{dt.hour:02d}:{dt.minute:02d} {who} ha scritto:")
    body = parent["text"].rstrip("\n")
    q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    return f"\n\n{intro}\n{q}\n"


def M(key, date, frm, to, subject, text, *, cc=None, reply=None, quote=True, html=None, auto_html=None,
      brand=None, color="#1f3a5f", footer=None, mid="generic", mid_domain=None, cte=None,
      attach=None, ics=None, extra_headers=None, lang="it",
      app_key=None, ev=None, outreach=None, alert=False, kind="", url=None, reply_to=None):
    assert key not in BY_KEY, key
    if isinstance(date, str):
        date = D(date)
    if mid_domain is None:
        addr = frm.split("<")[-1].rstrip(">")
        mid_domain = addr.split("@")[-1]
    parent = BY_KEY[reply] if reply else None
    if parent and subject is None:
        s = parent["subject"]
        pre = "Re: " if lang != "en" or True else "Re: "
        subject = s if s.lower().startswith(("re:", "r:")) else pre + s
    full_text = text
    if parent and quote:
        full_text = text.rstrip("\n") + "\n" + quote_block(parent, lang)
    if auto_html:
        html = text_to_html(full_text, brand=brand, color=color, footer=footer)
    if app_key:
        assert ev, key
        assert app_key in APPS, app_key
        label = "application"
    elif outreach is not None:
        label = "recruiter_outreach"
    elif alert:
        label = "job_alert"
    else:
        label = "not_job"
    rec = dict(key=key, date=date, from_=frm, to=to, subject=subject, text=full_text, cc=cc, parent=parent,
               html=html, mid=make_mid(mid, key, mid_domain), cte=cte, attach=attach or [], ics=ics,
               extra=extra_headers or {}, lang=lang, app_key=app_key, ev=ev, outreach=outreach,
               label=label, kind=kind, url=url, reply_to=reply_to, order=len(MSGS))
    rec["from"] = frm
    MSGS.append(rec)
    BY_KEY[key] = rec
    return rec


def build_email(r):
    msg = EmailMessage()
    msg["From"] = r["from"]
    msg["To"] = r["to"]
    if r["cc"]:
        msg["Cc"] = r["cc"]
    if r["reply_to"]:
        msg["Reply-To"] = r["reply_to"]
    msg["Date"] = format_datetime(r["date"])
    msg["Subject"] = r["subject"]
    msg["Message-ID"] = "<" + r["mid"] + ">"
    if r["parent"]:
        p = r["parent"]
        refs = p.get("refs", []) + [p["mid"]]
        r["refs"] = refs
        msg["In-Reply-To"] = "<" + p["mid"] + ">"
        msg["References"] = " ".join("<" + x + ">" for x in refs[-8:])
    else:
        r["refs"] = []
    for k, v in r["extra"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    b64 = ("zalando", "booking.com", "myworkday.com", "smartrecruiters.com", "indeed", "airbnb.com", "ikea", "icloud")
    frm_l = r["from"].lower()
    cte = r["cte"] or ("base64" if any(x in frm_l for x in b64) else "quoted-printable")
    msg.set_content(r["text"], subtype="plain", charset="utf-8", cte=cte)
    if r["html"]:
        msg.add_alternative(r["html"], subtype="html", charset="utf-8", cte=cte)
    if r["ics"]:
        if not r["html"]:
            # make it multipart/alternative anyway
            pass
        msg.add_alternative(r["ics"].replace("\r\n", "\n").replace("\n", "\r\n"), subtype="calendar", charset="utf-8", cte="base64",
                            params={"method": "REQUEST"})
    for (fname, mime, data) in r["attach"]:
        maint, subt = mime.split("/")
        if maint == "text":
            msg.add_attachment(data.decode("utf-8") if isinstance(data, bytes) else data, subtype=subt,
                               filename=fname)
        else:
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    # deterministic MIME boundaries
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{n}_{_h(r['key'] + str(n), 16)}")
    return msg


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"% {title}\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


CV = ("CV_Rossella_Iovine_2024.pdf", "application/pdf", fake_pdf("Curriculum Vitae Rossella Iovine"))
CV_EN = ("Rossella_Iovine_CV_EN.pdf", "application/pdf", fake_pdf("Rossella Iovine - Resume (EN)"))
