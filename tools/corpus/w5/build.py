#!/usr/bin/env python3
"""Build the mailbox of Laura Catalina Rincón Gómez from the hand-written texts in src/texts/*.txt.

Block format (one message per block):
    === key
    D: 2025-02-03 08:14 -0500
    F: Display Name <addr>
    T: addr, Name <addr>
    C: cc (optional)
    S: subject
    L: label fields separated by |   (see parse_label)
    O: options (html qp b64 8bit latin1 reply=KEY mid=STYLE att=FILE ics=KEY brand=NAME)
    H: Extra-Header: value   (repeatable)
    ---
    body (plain text);  an optional line '---html---' starts a hand-written HTML part
Deterministic: no randomness, no clock.
"""
import glob, hashlib, json, os, re, shutil, sys
from datetime import datetime
from email import charset as emcharset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr, parseaddr, getaddresses
from email import encoders
import io

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAILBOX = "laura-rincon"
OUT = os.path.join(ROOT, MAILBOX)

PERSON_NAME = "Laura Catalina Rincón Gómez"
PERSON_EMAILS = ["laura.rincon.gomez@gmail.com", "lauracata.rincon@hotmail.com"]

# app_key -> (company, aliases, role, source)
APPS = {
    "logisur-analista-contable": ("Logisur Colombia S.A.S.", ["Logisur"], "Analista Contable Senior", "other"),
    "tequendama-analista-costos": ("Cerámicas Tequendama S.A.", ["Cerámicas Tequendama", "Ceramicas Tequendama"], "Analista de Costos", "other"),
    "monserrate-analista-planeacion": ("Financiera Monserrate S.A. Compañía de Financiamiento", ["Financiera Monserrate"], "Analista de Planeación Financiera", "other"),
    "kuanto-financial-analyst": ("Kuanto", ["Kuanto Pay S.A.S.", "Kuanto Pay"], "Financial Analyst", "linkedin"),
    "orion-jefe-contabilidad": ("Laboratorios Orión S.A.", ["Laboratorios Orión", "Orión"], "Jefe de Contabilidad", "agency"),
    "halvorsen-senior-accountant": ("Halvorsen Logistics", ["Halvorsen Logistics Colombia S.A.S."], "Senior Accountant – Record to Report", "workday"),
    "gec-profesional-impuestos": ("Grupo Energético del Caribe S.A. E.S.P.", ["Grupo Energético del Caribe", "GEC"], "Profesional de Impuestos", "other"),
    "nubeplata-control-gestion": ("Nubeplata S.A.", ["Nubeplata"], "Analista de Control de Gestión", "other"),
    "ledgerline-senior-accountant": ("Ledgerline, Inc.", ["Ledgerline"], "Senior Accountant, International", "greenhouse"),
    "brightwater-fpa-analyst": ("Brightwater Analytics", ["Brightwater Analytics LLC", "Brightwater"], "FP&A Analyst (LatAm Remote)", "lever"),
    "montebello-analista-tesoreria": ("Constructora Montebello S.A.S.", ["Constructora Montebello", "Montebello"], "Analista de Tesorería", "company_site"),
    "cafeorigen-espontanea": ("Café Origen Exportadora S.A.S.", ["Café Origen"], "Analista Financiera", "company_site"),
    "rosales-contador-general": ("Hoteles Rosales S.A.S.", ["Hotel Rosales", "Cadena Hotelera Rosales"], "Contador General", "indeed"),
    "tallyhawk-accounting-specialist": ("Tallyhawk", ["Tallyhawk, Inc."], "Accounting Specialist – LATAM", "workable"),
    "clinica-sb-analista-cartera": ("Clínica Santa Bárbara del Norte S.A.S.", ["Clínica Santa Bárbara"], "Analista de Cartera", "other"),
    "rioplata-analista-contable": ("Distribuidora Río de la Plata S.A.", ["Río de la Plata"], "Analista Contable Sr. – Centro de Servicios Compartidos", "other"),
}

ICS = {}  # filled from texts/ics.py
exec(open(os.path.join(HERE, "ics_data.py"), encoding="utf-8").read())

LABELS = {"app": "application", "outreach": "recruiter_outreach", "alert": "job_alert", "not_job": "not_job"}


def h(key, n=16, salt=""):
    return hashlib.sha256((salt + key).encode()).hexdigest()[:n]


def b64ish(key, n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    d = hashlib.sha256(("b64" + key).encode()).digest() + hashlib.sha256(("x" + key).encode()).digest()
    return "".join(alphabet[b % 62] for b in d[:n])


def make_mid(key, style, frm_addr, dt):
    dom = frm_addr.split("@")[-1].lower()
    ts = dt.strftime("%Y%m%d%H%M%S")
    if style == "gmail":
        return "CA%s+%s@mail.gmail.com" % (b64ish(key, 22), b64ish(key + "2", 18))
    if style == "outlook":
        box = "BN%dPR%02dMB%d" % (int(h(key, 2), 16) % 9 + 1, int(h(key, 2, "o"), 16) % 20, 3000 + int(h(key, 3, "b"), 16) % 6000)
        return "%s%s@%s.namprd%02d.prod.outlook.com" % (box, h(key, 14).upper(), box, int(h(key, 2, "n"), 16) % 20 + 1)
    if style == "yahoo":
        return "%d.%d.%d@mail.yahoo.com" % (int(h(key, 6), 16), int(h(key, 7, "y"), 16), 1700000000000 + int(h(key, 8, "t"), 16) % 99999999)
    if style == "uuid":
        x = h(key, 32)
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:], dom)
    if style == "ses":
        x = h(key, 32)
        return "0100019%s-%s-%s-%s-%s-000000@email.amazonses.com" % (x[:9], x[9:17], x[17:21], x[21:25], x[25:32] + h(key, 5, "s"))
    if style == "ts":
        return "%s.%s@%s" % (ts, h(key, 10), dom)
    if style.startswith("@"):
        return "%s@%s" % (h(key, 24), style[1:])
    if style.startswith("ts@"):
        return "%s.%s@%s" % (ts, h(key, 12), style[3:])
    # default
    return "%s.%s@%s" % (h(key, 20), int(h(key, 6, "d"), 16), dom)


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc_addrs(s):
    pairs = getaddresses([s])
    return ", ".join(formataddr(p, charset="utf-8") for p in pairs)


def text_part(text, subtype, enc, cs_name):
    cs = emcharset.Charset(cs_name)
    if enc == "qp":
        cs.body_encoding = emcharset.QP
    elif enc == "b64":
        cs.body_encoding = emcharset.BASE64
    else:
        cs.body_encoding = None
    try:
        text.encode("ascii")
        ascii_only = True
    except UnicodeEncodeError:
        ascii_only = False
    if enc == "8bit" or (ascii_only and enc != "b64"):
        cs.body_encoding = None
    return MIMEText(text, subtype, cs)


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def auto_html(text, brand):
    import html as H
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        e = H.escape(p)
        e = URL_RE.sub(lambda m: '<a href="%s" style="color:#1a5fb4">%s</a>' % (m.group(1), m.group(1)), e)
        out.append('<p style="margin:0 0 14px 0">%s</p>' % e.replace("\n", "<br>\n"))
    head = ""
    palette = ["#1f3a5f", "#0a66c2", "#c8102e", "#00875a", "#5b2c83", "#e35205", "#2d2d2d", "#006e7f"]
    fonts = ["Arial,Helvetica,sans-serif", "Helvetica,Arial,sans-serif", "'Segoe UI',Roboto,Arial,sans-serif", "Verdana,Geneva,sans-serif"]
    hv = int(hashlib.md5((brand or "plain").encode()).hexdigest(), 16)
    color, font = palette[hv % len(palette)], fonts[(hv >> 4) % len(fonts)]
    if brand:
        head = ('<tr><td style="background:%s;color:#ffffff;font-size:20px;font-weight:bold;padding:16px 24px">%s</td></tr>\n' % (color, H.escape(brand)))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n'
            '<body style="margin:0;background:#f2f4f7;font-family:%s;font-size:15px;color:#222">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n%s'
            '<tr><td style="padding:24px">\n%s\n</td></tr></table>\n</td></tr></table>\n</body></html>\n') % (font, head, "\n".join(out))


def fake_attachment(name):
    low = name.lower()
    if low.endswith(".pdf"):
        data = ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % name).encode()
        return MIMEApplication(data, "pdf", name=name), name
    if low.endswith(".docx"):
        p = MIMEApplication(b"PK\x03\x04fake-docx-" + name.encode(), "vnd.openxmlformats-officedocument.wordprocessingml.document", name=name)
        return p, name
    if low.endswith(".xlsx"):
        p = MIMEApplication(b"PK\x03\x04fake-xlsx-" + name.encode(), "vnd.openxmlformats-officedocument.spreadsheetml.sheet", name=name)
        return p, name
    if low.endswith(".jpg") or low.endswith(".jpeg"):
        p = MIMEBase("image", "jpeg", name=name)
        p.set_payload(b"\xff\xd8\xff\xe0fake-jpeg-" + name.encode() + b"\xff\xd9")
        encoders.encode_base64(p)
        return p, name
    if low.endswith(".ics"):
        p = MIMEApplication(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "ics", name=name)
        return p, name
    p = MIMEApplication(b"fake-" + name.encode(), "octet-stream", name=name)
    return p, name


def parse_blocks():
    blocks = []
    for path in sorted(glob.glob(os.path.join(HERE, "texts", "*.txt"))):
        raw = open(path, encoding="utf-8").read()
        for chunk in re.split(r"^=== ", raw, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n---\n")
            lines = head.split("\n")
            b = {"key": lines[0].strip(), "H": [], "src": os.path.basename(path)}
            for ln in lines[1:]:
                if not ln.strip():
                    continue
                k, _, v = ln.partition(": ")
                if k == "H":
                    b["H"].append(v)
                else:
                    b[k] = v.strip()
            html = None
            if "\n---html---\n" in body:
                body, _, html = body.partition("\n---html---\n")
            b["body"] = body.rstrip("\n") + "\n"
            b["html"] = html
            blocks.append(b)
    return blocks


def parse_opts(s):
    flags, kv = set(), {}
    for tok in (s or "").split():
        if "=" in tok:
            k, _, v = tok.partition("=")
            kv.setdefault(k, []).append(v)
        else:
            flags.add(tok)
    return flags, kv


def parse_label(s, key):
    f = [x.strip() for x in s.split("|")]
    kind = f[0]
    rec = {"label": LABELS[kind], "event_type": None, "company": None, "company_aliases": [], "role": None,
           "app_key": None, "source": None, "posting_url": None}
    extra = {}
    if kind == "app":
        appk, ev, lang, knd = f[1], f[2], f[3], f[4]
        rest = f[5:]
        comp, al, role, src = APPS[appk]
        rec.update(event_type=ev, company=comp, company_aliases=al, role=role, app_key=appk, source=src)
    else:
        lang, knd = f[1], f[2]
        rest = f[3:]
    for r in rest:
        k, _, v = r.partition("=")
        extra[k] = v
    if "url" in extra:
        rec["posting_url"] = extra["url"]
    if kind == "outreach":
        rec["company"] = extra.get("company") or None
        rec["role"] = extra.get("role") or None
        if extra.get("aliases"):
            rec["company_aliases"] = extra["aliases"].split(";")
    rec["lang"] = lang
    rec["kind"] = knd
    return rec


def build():
    blocks = parse_blocks()
    keys = {}
    for b in blocks:
        if b["key"] in keys:
            sys.exit("duplicate key " + b["key"])
        b["dt"] = datetime.strptime(b["D"], "%Y-%m-%d %H:%M %z")
        keys[b["key"]] = b
    blocks.sort(key=lambda b: (b["dt"].timestamp(), b["key"]))
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "mail"))
    labels = []
    for i, b in enumerate(blocks, 1):
        flags, kv = parse_opts(b.get("O"))
        frm_name, frm_addr = parseaddr(b["F"])
        style = kv.get("mid", ["default"])[0]
        b["mid"] = kv["msgid"][0] if "msgid" in kv else make_mid(b["key"], style, frm_addr, b["dt"])
        cs_name = "iso-8859-1" if "latin1" in flags else "utf-8"
        enc = "b64" if "b64" in flags else ("8bit" if "8bit" in flags else "qp")
        plain = text_part(b["body"], "plain", enc, cs_name)
        parts_alt = None
        if b["html"] or "html" in flags:
            html = b["html"] or auto_html(b["body"], kv.get("brand", [None])[0].replace("_", " ") if "brand" in kv else None)
            hp = text_part(html, "html", "b64" if "b64" in flags else "qp", "utf-8")
            parts_alt = [plain, hp]
        if "ics" in kv:
            ics_txt = ICS[kv["ics"][0]]
            cal = MIMEText(ics_txt, "calendar", "utf-8")
            cal.set_param("method", "REQUEST")
            if parts_alt is None:
                parts_alt = [plain]
            parts_alt.append(cal)
        if parts_alt:
            body = MIMEMultipart("alternative")
            for p in parts_alt:
                body.attach(p)
        else:
            body = plain
        atts = kv.get("att", [])
        if "ics" in kv and "icsfile" in flags:
            p = MIMEApplication(ICS[kv["ics"][0]].encode(), "ics", name="invite.ics")
            p.add_header("Content-Disposition", "attachment", filename="invite.ics")
            atts_parts = [p]
        else:
            atts_parts = []
        for a in atts:
            p, name = fake_attachment(a)
            p.add_header("Content-Disposition", "attachment", filename=name)
            atts_parts.append(p)
        if atts_parts:
            msg = MIMEMultipart("mixed")
            msg.attach(body)
            for p in atts_parts:
                msg.attach(p)
        else:
            msg = body
        n = 0
        for part in msg.walk():
            if part is not msg and "MIME-Version" in part:
                del part["MIME-Version"]
            if part.is_multipart():
                n += 1
                if style == "gmail":
                    bnd = "0000000000%s" % h(b["key"] + str(n), 16)
                elif style == "outlook":
                    bnd = "_%03d_%s_" % (n - 1, h(b["key"] + str(n), 24).upper())
                else:
                    bnd = "----=_Part_%d_%d.%d" % (int(h(b["key"], 6), 16), n, int(b["dt"].timestamp()) * 1000)
                part.set_boundary(bnd)
        ctype = msg["Content-Type"]
        cte = msg["Content-Transfer-Encoding"]
        for hd in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
            del msg[hd]
        msg["From"] = enc_addrs(b["F"])
        msg["To"] = enc_addrs(b["T"])
        if b.get("C"):
            msg["Cc"] = enc_addrs(b["C"])
        msg["Subject"] = enc_header(b["S"])
        msg["Date"] = format_datetime(b["dt"])
        msg["Message-ID"] = "<%s>" % b["mid"]
        if "reply" in kv:
            par = keys[kv["reply"][0]]
            if "mid" not in par:
                sys.exit("parent later than child: %s -> %s" % (b["key"], par["key"]))
            msg["In-Reply-To"] = "<%s>" % par["mid"]
            b["refs"] = par.get("refs", []) + [par["mid"]]
            msg["References"] = " ".join("<%s>" % r for r in b["refs"])
        for extra in b["H"]:
            k, _, v = extra.partition(": ")
            msg[k] = enc_header(v)
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = ctype
        if cte:
            msg["Content-Transfer-Encoding"] = cte
        fname = "%04d-%s.eml" % (i, b["key"])
        bio = io.BytesIO()
        BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(msg)
        with open(os.path.join(OUT, "mail", fname), "wb") as fh:
            fh.write(bio.getvalue())
        rec = {"file": fname, "message_id": b["mid"]}
        rec.update(parse_label(b["L"], b["key"]))
        order = ["file", "message_id", "label", "event_type", "company", "company_aliases", "role", "app_key",
                 "source", "posting_url", "lang", "kind"]
        labels.append({k: rec[k] for k in order})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "person.toml"), "w", encoding="utf-8") as fh:
        fh.write('name = "%s"\nemails = [%s]\n' % (PERSON_NAME, ", ".join('"%s"' % e for e in PERSON_EMAILS)))
    shutil.copy(os.path.join(HERE, "NOTES.md"), os.path.join(OUT, "NOTES.md"))
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    build()
