"""Small library that turns hand-written message specs into RFC 5322 .eml files.

A spec is a dict (see M()).  The texts live in the data_*.py files next to
this one; this module only knows about headers, encodings, threading and
quoting.
"""
import datetime as _dt
import hashlib
import html as _html
import json
import os
import random
import re
import unicodedata
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, formataddr
from zoneinfo import ZoneInfo

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% test corpus placeholder document\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def M(id=None, date=None, frm=None, to=None, subject="", text="", **kw):
    d = dict(id=id, date=date, frm=frm, to=to, subject=subject, text=text)
    d.update(kw)
    return d


def clean(s):
    """strip the first newline of a triple-quoted block."""
    if s.startswith("\n"):
        s = s[1:]
    return s


DOW_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DOW_ES_FULL = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MON_ES_FULL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"]
DOW_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def slugify(s, n=48):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"^(re|rv|fw|fwd|aw)\s*:\s*", "", s.strip(), flags=re.I)
    s = re.sub(r"^(re|rv|fw|fwd)\s*:\s*", "", s.strip(), flags=re.I)
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return (s[:n].rstrip("-")) or "mensaje"


def text_to_html(text, brand=None, color="#333333", footer=None, track=None):
    """Very plain HTML rendering of a hand-written text body."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip())]
    out = []
    for p in paras:
        esc = _html.escape(p)
        def link(m):
            url = _html.unescape(m.group(0))
            href = track(url) if track else url
            return '<a href="%s" style="color:%s">%s</a>' % (_html.escape(href), color, _html.escape(url))
        esc = re.sub(r"https?://[^\s<]+", link, esc)
        esc = esc.replace("\n", "<br>\n")
        out.append('<p style="margin:0 0 14px 0">%s</p>' % esc)
    body = "\n".join(out)
    head = ""
    if brand:
        head = ('<tr><td style="background:%s;padding:18px 24px;color:#ffffff;font-size:20px;'
                'font-weight:bold;font-family:Arial,sans-serif">%s</td></tr>\n' % (color, _html.escape(brand)))
    foot = ""
    if footer:
        foot = ('<tr><td style="padding:16px 24px;color:#888888;font-size:11px;font-family:Arial,sans-serif">%s</td></tr>\n'
                % _html.escape(footer).replace("\n", "<br>"))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head>\n<body style="margin:0;background:#f4f4f4">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#ffffff">\n'
            '%s<tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222">\n%s\n</td></tr>\n%s'
            '</table>\n</body></html>\n' % (head, body, foot))


def fold_ics(ics):
    """RFC 5545 line folding (75 octets)."""
    out = []
    for line in ics.replace("\r\n", "\n").split("\n"):
        if not line:
            continue
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


class Mailbox:
    def __init__(self, name, person, emails, tz, seed):
        self.name = name
        self.person = person
        self.emails = emails
        self.me = formataddr((person, emails[0]))
        self.tz = ZoneInfo(tz)
        self.rng = random.Random(seed)
        self.specs = []
        self.by_id = {}
        self.apps = {}

    # ------------------------------------------------------------------ specs
    def add(self, spec):
        if spec.get("id") is None:
            spec["id"] = "auto%04d" % len(self.specs)
        if spec["id"] in self.by_id:
            raise ValueError("duplicate id " + spec["id"])
        self.specs.append(spec)
        self.by_id[spec["id"]] = spec
        return spec

    def extend(self, specs):
        for s in specs:
            self.add(s)

    def when(self, spec):
        if "_dt" in spec:
            return spec["_dt"]
        d = spec["date"]
        if isinstance(d, _dt.datetime):
            dt = d
        else:
            dt = _dt.datetime.strptime(d[:16], "%Y-%m-%d %H:%M")
            sec = self.rng_for(spec).randint(0, 59)
            dt = dt.replace(second=sec)
        if dt.tzinfo is None:
            tz = ZoneInfo(spec["tz"]) if spec.get("tz") else self.tz
            dt = dt.replace(tzinfo=tz)
        spec["_dt"] = dt
        return dt

    def rng_for(self, spec):
        h = hashlib.sha1((self.name + str(spec["id"])).encode()).hexdigest()
        return random.Random(int(h[:12], 16))

    # ------------------------------------------------------------ message-id
    def make_msgid(self, spec):
        if spec.get("msgid"):
            return spec["msgid"]
        r = self.rng_for(spec)
        addr = parseaddr(spec["frm"])[1].lower()
        dom = spec.get("mid_domain") or addr.split("@")[-1]
        style = spec.get("mid_style")
        if style is None:
            if dom in ("gmail.com",):
                style = "gmail"
            elif dom in ("hotmail.com", "outlook.com", "hotmail.es", "live.com.mx", "outlook.es"):
                style = "outlook"
            else:
                style = "plain"
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        if style == "gmail":
            tail = "".join(r.choice(alnum + "-_") for _ in range(44))
            mid = "CA%s@mail.gmail.com" % tail
        elif style == "outlook":
            a = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36))
            srv = spec.get("outlook_srv") or r.choice([
                "DM6PR11MB4723.namprd11.prod.outlook.com", "MN2PR14MB4021.namprd14.prod.outlook.com",
                "SJ0PR19MB5412.namprd19.prod.outlook.com", "CH3PR16MB6310.namprd16.prod.outlook.com"])
            mid = "%s@%s" % (a, srv)
        elif style == "outlook_eu":
            a = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36))
            srv = r.choice(["AM9PR06MB7521.eurprd06.prod.outlook.com", "DB9PR03MB8847.eurprd03.prod.outlook.com",
                            "PAXPR04MB9102.eurprd04.prod.outlook.com"])
            mid = "%s@%s" % (a, srv)
        elif style == "ses":
            ts = int(self.when(spec).timestamp() * 1000)
            mid = "%016x-%s-%s-%s-%s-000000@%s" % (
                0x0102000000000000 + ts, "%08x" % r.getrandbits(32), "%04x" % r.getrandbits(16),
                "%04x" % r.getrandbits(16), "%012x" % r.getrandbits(48),
                spec.get("ses_region", "eu-west-1.amazonses.com"))
        elif style == "sendgrid":
            tail = "".join(r.choice(alnum) for _ in range(22))
            mid = "%s@ismtpd0%03d.sendgrid.net" % (tail, r.randint(1, 120))
        elif style == "uuid":
            h = "%032x" % r.getrandbits(128)
            mid = "%s-%s-%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
        else:
            ts = self.when(spec).strftime("%Y%m%d%H%M%S")
            mid = "%s.%s@%s" % (ts, "%x" % r.getrandbits(52), dom)
        spec["msgid"] = mid
        return mid

    # --------------------------------------------------------------- quoting
    def attribution(self, parent, style):
        dt = self.when(parent).astimezone(self.tz)
        name, addr = parseaddr(parent["frm"])
        name = name or addr
        if style == "gmail_es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                DOW_ES[dt.weekday()], dt.day, MON_ES[dt.month - 1], dt.year, dt.hour, dt.minute, name, addr)
        if style == "apple_es":
            return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
                dt.day, MON_ES[dt.month - 1], dt.year, dt.hour, dt.minute, name, addr)
        if style == "gmail_en":
            h = dt.hour % 12 or 12
            return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
                DOW_EN[dt.weekday()], MON_EN[dt.month - 1], dt.day, dt.year, h, dt.minute,
                "AM" if dt.hour < 12 else "PM", name, addr)
        raise ValueError(style)

    def quote_block(self, spec, parent):
        style = spec.get("quote")
        ptext = parent.get("quote_text") or parent["text"]
        if style in ("gmail_es", "gmail_en", "apple_es"):
            q = "\n".join(("> " + l) if l.strip() else ">" for l in ptext.rstrip("\n").split("\n"))
            return "\n\n" + self.attribution(parent, style) + "\n\n" + q + "\n"
        if style in ("outlook_es", "outlook_es_mx"):
            dt = self.when(parent).astimezone(self.tz)
            name, addr = parseaddr(parent["frm"])
            to = parent.get("to") or self.me
            if style == "outlook_es":
                sent = "%s, %d de %s de %d %d:%02d" % (DOW_ES_FULL[dt.weekday()], dt.day,
                                                        MON_ES_FULL[dt.month - 1], dt.year, dt.hour, dt.minute)
                hdr = "De: %s <%s>\nEnviado: %s\nPara: %s\nAsunto: %s" % (name, addr, sent, to, parent["subject"])
            else:
                h = dt.hour % 12 or 12
                sent = "%s, %d de %s de %d %d:%02d %s" % (DOW_ES_FULL[dt.weekday()], dt.day,
                                                           MON_ES_FULL[dt.month - 1], dt.year, h, dt.minute,
                                                           "a. m." if dt.hour < 12 else "p. m.")
                hdr = "De: %s <%s>\nEnviado el: %s\nPara: %s\nAsunto: %s" % (name, addr, sent, to, parent["subject"])
            return "\n\n________________________________\n" + hdr + "\n\n" + ptext.rstrip("\n") + "\n"
        if style == "forward_gmail":
            dt = self.when(parent).astimezone(self.tz)
            name, addr = parseaddr(parent["frm"])
            return ("\n\n---------- Forwarded message ---------\nDe: %s <%s>\nDate: %s, %d %s %d a las %d:%02d\n"
                    "Subject: %s\nTo: %s\n\n%s\n" % (name, addr, DOW_ES[dt.weekday()], dt.day, MON_ES[dt.month - 1],
                                                   dt.year, dt.hour, dt.minute, parent["subject"],
                                                   parent.get("to") or self.me, ptext.rstrip("\n")))
        return ""

    # ----------------------------------------------------------------- build
    def build(self, spec):
        msg = EmailMessage(policy=policy.default)
        frm = spec["frm"] or self.me
        to = spec.get("to") or self.me
        msg["From"] = frm
        msg["To"] = to
        if spec.get("cc"):
            msg["Cc"] = spec["cc"]
        if spec.get("reply_to"):
            msg["Reply-To"] = spec["reply_to"]
        msg["Date"] = format_datetime(self.when(spec))
        msg["Subject"] = spec["subject"]
        msg["Message-ID"] = "<%s>" % self.make_msgid(spec)
        parent = None
        if spec.get("parent"):
            parent = self.by_id[spec["parent"]]
            chain = []
            p = parent
            while p is not None:
                chain.append("<%s>" % self.make_msgid(p))
                p = self.by_id.get(p.get("parent")) if p.get("parent") else None
            chain.reverse()
            if spec.get("thread_refs_only"):
                msg["References"] = " ".join(chain)
            else:
                msg["In-Reply-To"] = chain[-1]
                msg["References"] = " ".join(chain[-8:])
        msg["MIME-Version"] = "1.0"
        for k, v in (spec.get("headers") or {}).items():
            msg[k] = v

        text = spec["text"]
        if parent is not None and spec.get("quote"):
            text = text.rstrip("\n") + "\n" + self.quote_block(spec, parent)
        spec["_fulltext"] = text
        fmt = spec.get("fmt", "plain")
        charset = spec.get("charset", "utf-8")
        for cs in (charset, "windows-1252", "utf-8"):
            try:
                text.encode(cs)
                (spec.get("html") or "").encode(cs)
                charset = cs
                break
            except UnicodeEncodeError:
                continue
        cte = spec.get("cte")
        if cte is None:
            cte = "quoted-printable" if charset != "utf-8" or fmt != "plain" else "8bit"
            if all(ord(c) < 128 for c in text) and fmt == "plain":
                cte = "7bit"
        html = spec.get("html")
        if fmt in ("alt", "html") and html is None:
            html = text_to_html(text, brand=spec.get("brand"), color=spec.get("color", "#333333"),
                                footer=spec.get("footer"), track=spec.get("track"))
        if fmt == "plain":
            msg.set_content(text, charset=charset, cte=cte)
        elif fmt == "html":
            msg.set_content(html, subtype="html", charset=charset, cte=spec.get("html_cte", cte))
        elif fmt == "alt":
            msg.set_content(text, charset=charset, cte=cte)
            msg.add_alternative(html, subtype="html", charset=charset, cte=spec.get("html_cte", cte))
        else:
            raise ValueError(fmt)
        if spec.get("ics"):
            ics = fold_ics(spec["ics"])
            if msg.get_content_type() != "multipart/alternative":
                msg.make_alternative()
            msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte="quoted-printable",
                                params={"method": spec.get("ics_method", "REQUEST")})
            if spec.get("ics_attach", True):
                msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                                   filename="invite.ics")
        for att in spec.get("attach") or []:
            fname, ctype = att[0], att[1]
            data = att[2] if len(att) > 2 else (FAKE_PNG if ctype == "image/png" else FAKE_PDF)
            mt, st = ctype.split("/")
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        return msg

    # ---------------------------------------------------------------- output
    def write(self, outroot, app_defs, person_extra=""):
        specs = sorted(self.specs, key=lambda s: (self.when(s).timestamp(), s["id"]))
        pos = {s["id"]: i for i, s in enumerate(specs)}
        for s in specs:
            if s.get("parent") and pos[s["parent"]] >= pos[s["id"]]:
                raise ValueError("reply before parent: %s" % s["id"])
        base = os.path.join(outroot, self.name)
        mdir = os.path.join(base, "mail")
        os.makedirs(mdir, exist_ok=True)
        for f in os.listdir(mdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(mdir, f))
        labels = []
        for i, s in enumerate(specs, 1):
            msg = self.build(s)
            slug = s.get("slug") or slugify(s["subject"])
            fname = "%04d-%s.eml" % (i, slug)
            with open(os.path.join(mdir, fname), "wb") as fh:
                fh.write(msg.as_bytes(policy=policy.SMTP))
            lab = s["label"]
            row = {"file": fname, "message_id": self.make_msgid(s), "label": lab["label"],
                   "event_type": lab.get("event"), "company": None, "company_aliases": [],
                   "role": None, "app_key": None, "source": None, "posting_url": None,
                   "lang": lab.get("lang", "es"), "kind": lab.get("kind", "")}
            if lab["label"] == "application":
                a = app_defs[lab["app"]]
                row.update(company=a["company"], company_aliases=a["aliases"], role=a["role"],
                           app_key=lab["app"], source=a["source"], posting_url=a.get("url"))
                if a["source"] == "other" and a.get("via") and a["via"] not in row["kind"]:
                    row["kind"] += ";via:" + a["via"]
            elif lab["label"] == "recruiter_outreach":
                row.update(company=lab.get("company"), company_aliases=lab.get("aliases", []),
                           role=lab.get("role"))
            labels.append(row)
        with open(os.path.join(base, "labels.jsonl"), "w", encoding="utf-8") as fh:
            for r in labels:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(base, "person.toml"), "w", encoding="utf-8") as fh:
            fh.write('name = "%s"\nemails = [%s]\n' % (self.person, ", ".join('"%s"' % e for e in self.emails)))
            fh.write(person_extra)
        return labels
