"""Shared helpers to turn hand-written message dicts into .eml files + labels."""
import unicodedata, datetime, email.utils, hashlib, json, os, random, re, html as htmlmod
from email.message import EmailMessage
from email import policy
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
             "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def M(**kw):
    """A message record. Keys: key, date ('YYYY-MM-DD HH:MM' Paris time), tz (zone
    used for the Date header), frm (name, addr), to, cc, subject, text, html, fmt
    (plain|alt|html), cte, charset, parent, quote, attach, ics, headers, mid,
    label, app, event, kind, lang, desc."""
    kw.setdefault("fmt", "plain")
    kw.setdefault("label", "not_job")
    kw.setdefault("lang", "fr")
    return kw


def rng_for(key):
    return random.Random(hashlib.sha1(key.encode()).hexdigest())


def local_dt(m):
    s = m["date"]
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    sec = rng_for(m["key"] + "sec").randint(0, 59)
    return dt.replace(second=sec)


def header_dt(m):
    dt = local_dt(m)
    if m.get("tz"):
        dt = dt.astimezone(ZoneInfo(m["tz"]))
    return dt


def _rand_token(r, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def make_mid(m):
    r = rng_for(m["key"] + "mid")
    style = m.get("mid")
    addr = m["frm"][1]
    dom = addr.split("@")[1].lower()
    if style is None:
        if dom in ("gmail.com", "googlemail.com"):
            style = "gmail"
        elif dom in ("orange.fr", "wanadoo.fr"):
            style = "orange"
        elif dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr"):
            style = "outlook"
        elif dom in ("icloud.com", "me.com"):
            style = "apple"
        else:
            style = dom
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if style == "gmail":
        return "CA" + _rand_token(r, 2, "BCDEFGHJKMNP") + _rand_token(r, 40, B64 + "+_-") + "@mail.gmail.com"
    if style == "orange":
        return "%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd.rouen.francetelecom.fr" % (
            r.randint(100000000, 999999999), r.randint(1000, 99999), int(local_dt(m).timestamp() * 1000), r.randint(1, 30))
    if style == "outlook":
        box = "PA%dP%dMB%04d" % (r.randint(4, 9), r.randint(100, 299), r.randint(1000, 9999))
        return box + _rand_token(r, 28, "0123456789ABCDEF") + "@" + box + ".EURP%d.PROD.OUTLOOK.COM" % r.randint(190, 195)
    if style == "exchange":
        box = "PR%dP%dMB%04d" % (r.randint(1, 3), r.randint(190, 199), r.randint(1000, 9999))
        return box + _rand_token(r, 28, "0123456789ABCDEF") + "@" + box + ".EURP%d.PROD.OUTLOOK.COM" % r.randint(190, 195)
    if style == "outlookdesk":
        return "%04x01db%04x$%08x$%08x$@%s" % (r.randint(1, 0xff), r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32), dom)
    if style == "apple":
        return "%s-%s-%s-%s-%s@icloud.com" % tuple(_rand_token(r, n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))
    if style == "ses":
        return "0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com" % (
            _rand_token(r, 12, "0123456789abcdef"), _rand_token(r, 8, "0123456789abcdef"),
            _rand_token(r, 4, "0123456789abcdef"), _rand_token(r, 4, "0123456789abcdef"),
            _rand_token(r, 12, "0123456789abcdef"))
    if style == "sendgrid":
        return "%s.%s@geopod-ismtpd-%d" % (_rand_token(r, 22, B64), _rand_token(r, 6, "0123456789"), r.randint(1, 40))
    if style == "mailchimp":
        return "%s.%s@mail%d.atl%d.mcdlv.net" % (_rand_token(r, 20, "0123456789abcdef"), r.randint(10, 99), r.randint(100, 250), r.randint(10, 99))
    if style == "google-calendar":
        return _rand_token(r, 22, B64) + "@google.com"
    if style == "uuid":
        return "%s-%s-%s-%s-%s@%s" % (_rand_token(r, 8, "0123456789abcdef"), _rand_token(r, 4, "0123456789abcdef"),
                                      _rand_token(r, 4, "0123456789abcdef"), _rand_token(r, 4, "0123456789abcdef"),
                                      _rand_token(r, 12, "0123456789abcdef"), dom)
    # plain domain style: the pattern depends on the sending system (stable per domain)
    pat = int(hashlib.md5(style.encode()).hexdigest(), 16) % 5
    hexd = "0123456789abcdef"
    ts = int(local_dt(m).timestamp())
    if pat == 0:
        return "%s.%s@%s" % (_rand_token(r, 16, hexd), _rand_token(r, 8, "0123456789"), style)
    if pat == 1:
        return "%s-%s-%s-%s-%s@%s" % (_rand_token(r, 8, hexd), _rand_token(r, 4, hexd), _rand_token(r, 4, hexd),
                                      _rand_token(r, 4, hexd), _rand_token(r, 12, hexd), style)
    if pat == 2:
        return "%d.%d.JavaMail.%s@%s" % (r.randint(10**8, 10**9), ts * 1000 + r.randint(0, 999), "app", "mail01." + style)
    if pat == 3:
        return "%d.%s@mx.%s" % (ts, _rand_token(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), style)
    return "%s@%s" % (_rand_token(r, 32, hexd), style)


def fmt_addr(pair):
    name, addr = pair
    return email.utils.formataddr((name, addr)) if name else addr


def fr_quote_header(pm, style):
    dt = local_dt(pm)
    name, addr = pm["frm"]
    hhmm = dt.strftime("%H:%M")
    if style == "gmail_fr":
        return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (JOURS_ABBR[dt.weekday()], dt.day, MOIS_ABBR[dt.month - 1], dt.year, hhmm, name, addr)
    if style == "apple_fr":
        return "Le %d %s %d à %s, %s <%s> a écrit :" % (dt.day, MOIS_ABBR[dt.month - 1], dt.year, hhmm, name, addr)
    if style == "gmail_en":
        h = dt.strftime("%H:%M")
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (EN_DAYS[dt.weekday()], dt.day, EN_MON[dt.month - 1], dt.year, h, name, addr)
    if style == "thunderbird_fr":
        return "Le %02d/%02d/%d à %s, %s a écrit :" % (dt.day, dt.month, dt.year, hhmm, name)
    raise ValueError(style)


def quoted(text):
    return "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">" for l in text.rstrip("\n").splitlines())


def build_quote(pm, style, me_name=None):
    ptext = pm["_fulltext"]
    if style in ("gmail_fr", "apple_fr", "gmail_en", "thunderbird_fr"):
        return fr_quote_header(pm, style) + "\n" + quoted(ptext)
    dt = local_dt(pm)
    to = ", ".join(fmt_addr(t) for t in pm["to"])
    if style == "outlook_fr":
        return ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n\n%s" % (
            fmt_addr(pm["frm"]), JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year, dt.strftime("%H:%M"),
            to, pm["subject"], ptext))
    if style == "outlook_fr_old":
        return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n\n%s" % (
            fmt_addr(pm["frm"]), JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year, dt.strftime("%H:%M"),
            to, pm["subject"], ptext))
    if style == "orange":
        head = "> Message du %s\n> De : \"%s\" <%s>\n> A : %s\n> Copie à : \n> Objet : %s\n>\n" % (
            dt.strftime("%d/%m/%y %H:%M"), pm["frm"][0], pm["frm"][1], to, pm["subject"])
        return head + quoted(ptext)
    raise ValueError(style)


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def text_to_html(text, brand=None, color="#1f2937", footer=None):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    quote_buf = []

    def esc(s):
        s = htmlmod.escape(s)
        return URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), s)

    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % "<br>".join(esc(l) for l in inner.split("\n")))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    body = "\n".join(out)
    if brand:
        foot = ('<tr><td style="padding:16px 24px;font-size:11px;color:#888">%s</td></tr>' % esc(footer)) if footer else ""
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
                '<body style="margin:0;background:#f4f4f5;font-family:Helvetica,Arial,sans-serif">'
                '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
                '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">'
                '<tr><td style="background:%s;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>'
                '<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">%s</td></tr>%s'
                '</table></td></tr></table></body></html>') % (color, htmlmod.escape(brand), body, foot)
    return '<div dir="ltr">%s</div>' % body


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"xref\n0 4\n0000000000 65535 f \n0000000015 00000 n \n0000000064 00000 n \n0000000121 00000 n \n"
            b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n190\n%%EOF\n")


def make_ics(ev, m):
    """ev: dict(summary, start 'YYYY-MM-DD HH:MM' Paris, end, organizer (name, addr), attendees [...], location, description, uid)"""
    def utc(s):
        d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS).astimezone(datetime.timezone.utc)
        return d.strftime("%Y%m%dT%H%M%SZ")
    stamp = local_dt(m).astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:%s" % ev.get("prodid", "-//Google Inc//Google Calendar 70.9054//EN"),
             "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "DTSTART:" + utc(ev["start"]), "DTEND:" + utc(ev["end"]), "DTSTAMP:" + stamp,
             "ORGANIZER;CN=%s:mailto:%s" % ev["organizer"], "UID:" + ev["uid"]]
    for n, a in ev["attendees"]:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (n, a))
    desc = ev.get("description", "").replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    lines += ["CREATED:" + stamp, "DESCRIPTION:" + desc, "LAST-MODIFIED:" + stamp,
              "LOCATION:" + ev.get("location", "").replace(",", "\\,"), "SEQUENCE:0", "STATUS:CONFIRMED",
              "SUMMARY:" + ev["summary"].replace(",", "\\,"), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 75 octets (simple char-based fold)
    out = []
    for l in lines:
        while len(l.encode("utf-8")) > 75:
            cut = 73
            while len(l[:cut].encode("utf-8")) > 73:
                cut -= 1
            out.append(l[:cut])
            l = " " + l[cut:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


LATIN_FIX = {"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "–": "-", "—": "-", "œ": "oe", "Œ": "OE", "€": "EUR", "\u202f": " "}


def fit_charset(s, cs):
    if cs.lower() in ("utf-8", "us-ascii"):
        return s
    try:
        s.encode(cs)
        return s
    except UnicodeEncodeError:
        for a, b in LATIN_FIX.items():
            try:
                a.encode(cs)
            except UnicodeEncodeError:
                s = s.replace(a, b)
        s.encode(cs)
        return s


def build_mailbox(outdir, person, messages):
    """person: dict(name, emails, notes, mailbox). messages: list of M dicts."""
    me = (person["name"], person["emails"][0])
    keys = {}
    for m in messages:
        if m["key"] in keys:
            raise ValueError("duplicate key " + m["key"])
        keys[m["key"]] = m
    msgs = sorted(messages, key=lambda m: local_dt(m))
    # message ids
    for m in msgs:
        m.setdefault("to", [me])
        m["_mid"] = make_mid(m)
    # compose full texts in date order (parents first)
    for m in msgs:
        text = m["text"].strip("\n")
        if m.get("parent"):
            p = keys[m["parent"]]
            if local_dt(p) >= local_dt(m):
                raise ValueError("parent after child: %s" % m["key"])
            if m.get("quote"):
                sep = "\n\n" if not m["quote"].startswith("outlook") else "\n\n"
                text = text + sep + build_quote(p, m["quote"])
        m["_fulltext"] = text + "\n"
    maildir = os.path.join(outdir, person["mailbox"], "mail")
    os.makedirs(maildir, exist_ok=True)
    for f in os.listdir(maildir):
        os.remove(os.path.join(maildir, f))
    labels = []
    seen_mids = set()
    for i, m in enumerate(msgs, 1):
        if m["_mid"] in seen_mids:
            raise ValueError("dup mid")
        seen_mids.add(m["_mid"])
        msg = EmailMessage(policy=policy.default)
        msg["From"] = fmt_addr(m["frm"])
        msg["To"] = ", ".join(fmt_addr(t) for t in m["to"])
        if m.get("cc"):
            msg["Cc"] = ", ".join(fmt_addr(t) for t in m["cc"])
        if m.get("reply_to"):
            msg["Reply-To"] = fmt_addr(m["reply_to"])
        msg["Subject"] = m["subject"]
        msg["Date"] = email.utils.format_datetime(header_dt(m))
        msg["Message-ID"] = "<%s>" % m["_mid"]
        if m.get("parent"):
            p = keys[m["parent"]]
            refs = p.get("_refs", []) + [p["_mid"]]
            m["_refs"] = refs
            msg["In-Reply-To"] = "<%s>" % p["_mid"]
            msg["References"] = " ".join("<%s>" % x for x in refs)
        for h, v in (m.get("headers") or {}).items():
            msg[h] = v
        cs = m.get("charset", "utf-8")
        cte = m.get("cte")
        text = fit_charset(m["_fulltext"], cs)
        fmt = m["fmt"]
        html = m.get("html")
        if fmt in ("alt", "html") and html is None:
            html = text_to_html(text if fmt == "alt" else m["_fulltext"], brand=m.get("brand"), color=m.get("color", "#1f2937"), footer=m.get("footer"))
        if html is not None:
            html = fit_charset(html, cs)
        if fmt == "plain":
            msg.set_content(text, subtype="plain", charset=cs, cte=cte)
        elif fmt == "alt":
            msg.set_content(text, subtype="plain", charset=cs, cte=cte)
            msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
        elif fmt == "html":
            msg.set_content(html, subtype="html", charset=cs, cte=cte)
        else:
            raise ValueError(fmt)
        if m.get("ics"):
            ics = make_ics(m["ics"], m)
            if fmt == "plain":
                msg.make_alternative()
            msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte="7bit" if ics.isascii() else "base64", params={"method": "REQUEST"})
            msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
        for att in m.get("attach") or []:
            fname, data, mt = att
            maintype, subtype = mt.split("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        desc = m.get("desc") or m["key"]
        desc = unicodedata.normalize("NFKD", desc).encode("ascii", "ignore").decode()
        desc = re.sub(r"[^a-z0-9]+", "-", desc.lower()).strip("-")[:48]
        fname = "%04d-%s.eml" % (i, desc)
        for part in msg.walk():
            if part is not msg and "MIME-Version" in part:
                del part["MIME-Version"]
        raw = msg.as_bytes(policy=policy.default)
        # write id headers ourselves: one message-id per folded line, never encoded
        head, sep, body = raw.partition(b"\n\n")
        fix = {"Message-ID": "<%s>" % m["_mid"]}
        if m.get("parent"):
            fix["In-Reply-To"] = "<%s>" % keys[m["parent"]]["_mid"]
            fix["References"] = "\n ".join("<%s>" % x for x in m["_refs"])
        for hname, hval in fix.items():
            head, n = re.subn(rb"(?m)^" + hname.encode() + rb":.*?(?=\n[^ \t])", (hname + ": " + hval).encode().replace(b"\\", b"\\\\"), head, count=1, flags=re.S)
            assert n == 1, hname
        raw = head + sep + body
        with open(os.path.join(maildir, fname), "wb") as fh:
            fh.write(raw)
        lab = {"file": fname, "message_id": m["_mid"], "label": m["label"], "event_type": None,
               "company": None, "company_aliases": [], "role": None, "app_key": None, "source": None,
               "posting_url": None, "lang": m["lang"], "kind": m.get("kind", "")}
        app = m.get("app")
        if app:
            lab.update(company=app.get("company"), company_aliases=app.get("aliases", []), role=app.get("role"))
            if m["label"] == "application":
                lab.update(event_type=m["event"], app_key=app["key"], source=app["source"])
                u = app.get("url")
                if u and (u in m["_fulltext"] or (html and u in html)):
                    lab["posting_url"] = u
        labels.append(lab)
    with open(os.path.join(outdir, person["mailbox"], "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, person["mailbox"], "person.toml"), "w", encoding="utf-8") as fh:
        fh.write('name = "%s"\nemails = [%s]\n' % (person["name"], ", ".join('"%s"' % e for e in person["emails"])))
    with open(os.path.join(outdir, person["mailbox"], "NOTES.md"), "w", encoding="utf-8") as fh:
        fh.write(person["notes"].strip() + "\n")
    return labels
