"""Helpers for the w3 mailbox generator (standard library only, deterministic)."""
import hashlib
import re
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

BE = ZoneInfo("Europe/Brussels")

ME = "Griet Vandenbussche <griet.vandenbussche@telenet.be>"
ME_ADDR = "griet.vandenbussche@telenet.be"
ME_GMAIL = "Griet Vandenbussche <griet.vdbussche@gmail.com>"
ME_GMAIL_ADDR = "griet.vdbussche@gmail.com"

MSGS = []          # every message spec, in the order written (build sorts by date)
BY_KEY = {}

# Applications: key -> (company, aliases, role, source)
APPS = {}


def app(key, company, aliases, role, source):
    APPS[key] = dict(company=company, aliases=aliases, role=role, source=source)


def h(key, n=16):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def hnum(key, n=10):
    return str(int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16))[:n]


def parse_when(when, tz):
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    if tz == "BE":
        return dt.replace(tzinfo=BE)
    if tz == "UTC":
        return dt.replace(tzinfo=timezone.utc)
    # tz as minutes offset, e.g. -300 or 60
    return dt.replace(tzinfo=timezone(timedelta(minutes=tz)))


def make_mid(style, key, dt):
    ts = int(dt.timestamp())
    x = h(key, 40)
    if style == "tb":          # Thunderbird from telenet
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@telenet.be"
    if style == "gmail":
        raw = hashlib.sha256(key.encode()).digest()
        import base64
        b = base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "x").replace("_", "Q")
        return f"CA{b[:6]}+{b[6:40]}@mail.gmail.com"
    if style == "outlook":
        srv = "AM" + str(6 + int(x[0], 16) % 4) + "PR0" + str(int(x[1], 16) % 9 + 1) + "MB" + str(1000 + int(x[2:5], 16) % 9000)
        return f"{srv}{x[5:17].upper()}{x[17:25].upper()}@{srv}.eurprd0{int(x[25],16)%9+1}.prod.outlook.com"
    if style == "ses":
        return f"0102{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:40]}-000000@eu-west-1.amazonses.com"
    if style == "sendgrid":
        return f"{x[:22]}@geopod-ismtpd-{int(x[22:24],16)%12+1}"
    if style == "linkedin":
        return f"{hnum(key,9)}.{hnum(key+'b',5)}.{ts}{hnum(key,3)}@ltx1-app{int(x[:3],16)%9000+1000}.prod.linkedin.com"
    if style == "mc":
        return f"{x[:20]}.{x[20:30]}@mail{int(x[30:32],16)}.atl{int(x[32:34],16)%100}.mcdlv.net"
    if style == "workday":
        return f"{hnum(key,10)}.{hnum(key+'w',5)}.{ts}000.JavaMail.wdprod@wd3-prod-mta{int(x[:2],16)%8+1}.myworkday.com"
    if style == "apple":
        return f"{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@icloud.com"
    if style.startswith("plain:"):
        dom = style.split(":", 1)[1]
        return f"{ts}.{x[:14]}@{dom}"
    if style.startswith("uuid:"):
        dom = style.split(":", 1)[1]
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}"
    if style.startswith("mailer:"):
        dom = style.split(":", 1)[1]
        return f"{x[:10]}.{x[10:24]}.{ts}@{dom}"
    raise ValueError(style)


def m(key, when, frm, to, subject, body, *, html=None, label="not_job", app=None, ev=None,
      company=None, role=None, kind="", lang="nl", cc=None, parent=None, quote=False,
      mid="gmail", tz="BE", cte="quoted-printable", atts=None, ics=None, hdrs=None, url=None,
      html_cte=None, reply_to=None, charset="utf-8"):
    assert key not in BY_KEY, key
    if label == "application":
        assert app in APPS and ev, key
    spec = dict(key=key, when=when, frm=frm, to=to, subject=subject, body=body, html=html,
                label=label, app=app, ev=ev, company=company, role=role, kind=kind, lang=lang,
                cc=cc, parent=parent, quote=quote, mid=mid, tz=tz, cte=cte, atts=atts or [],
                ics=ics, hdrs=hdrs or {}, url=url, html_cte=html_cte or cte, reply_to=reply_to, charset=charset)
    spec["dt"] = parse_when(when, tz)
    spec["message_id"] = make_mid(mid, key, spec["dt"])
    MSGS.append(spec)
    BY_KEY[key] = spec
    return spec


def auto_html(text, brand="", color="#1a4f8b", footer=""):
    """Simple newsletter-like HTML from a plain text: paragraphs + links."""
    parts = []
    for para in text.strip().split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        esc = re.sub(r"(https?://[^\s)]+)", r'<a href="\1" style="color:%s">\1</a>' % color, esc)
        esc = esc.replace("\n", "<br>\n")
        parts.append(f'<p style="margin:0 0 14px 0;font-size:14px;line-height:20px">{esc}</p>')
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};padding:16px 24px;color:#ffffff;'
                f'font-family:Arial,sans-serif;font-size:18px;font-weight:bold">{brand}</td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:12px 24px;color:#888888;font-size:11px;'
                f'font-family:Arial,sans-serif">{footer}</td></tr>')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"margin:0;background:#f4f4f4\">\n"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;margin:0 auto;background:#ffffff\">\n"
            f"{head}\n<tr><td style=\"padding:24px;font-family:Arial,sans-serif;color:#222222\">\n"
            + "\n".join(parts) + f"\n</td></tr>\n{foot}\n</table>\n</body></html>\n")


FAKE_PDF = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n% {label}\ntrailer <</Root 1 0 R>>\n%%EOF\n")


def pdf(name, label):
    return dict(filename=name, maintype="application", subtype="pdf",
                data=FAKE_PDF.replace(b"{label}", label.encode("utf-8")))


def jpg(name):
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + hashlib.sha1(name.encode()).digest() * 4 + b"\xff\xd9"
    return dict(filename=name, maintype="image", subtype="jpeg", data=data)
