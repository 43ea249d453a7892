"""Shared spec registry and helpers for the verena-hofstaetter mailbox.

Every message is described by a call to M(...).  build.py sorts by date,
numbers the files and renders RFC 5322 messages with the email package.
Nothing here is random: ids are derived from hashes of the spec key.
"""
import hashlib
from datetime import datetime

MSGS = []

ME = "Verena Hofstätter"
ME_CH = "verena.hofstaetter@gmx.ch"
ME_AT = "v.hofstaetter@gmx.at"
ME_FROM = f"{ME} <{ME_CH}>"
ME_FROM_AT = f"{ME} <{ME_AT}>"

RETO = "Reto Ammann <reto.ammann@bluewin.ch>"
MAMA = "Trude Hofstätter <trude.hofstaetter@aon.at>"
JULIA = "Julia Winkler <julia.winkler.wien@gmail.com>"
NINA = "Nina Pölzl <nina.poelzl@gmail.com>"
SABINE = "Sabine Keller <sabine.keller@sunrise.ch>"

# Applications: key -> (company, aliases, role, source)
APPS = {
    "rheinfels-hr-administrator": ("Rheinfels Versicherungen AG", ["Rheinfels Versicherungen", "Rheinfels"],
                                    "HR Administrator 80–100%", "other"),
    "brunner-lohnbuchhalterin": ("Brunner Bau AG", ["Brunner Bau", "Brunner Bau AG, Schlieren"],
                                 "Lohnbuchhalter/in 100%", "other"),
    "hallwyl-payroll-specialist": ("Hallwyl Logistik AG", ["Hallwyl Logistik", "Hallwyl"],
                                   "Payroll Specialist 100%", "agency"),
    "sanovia-payroll-specialist": ("Sanovia Medical AG", ["Sanovia", "Sanovia Medical"],
                                   "Payroll Specialist", "workday"),
    "orbis-hr-operations": ("Orbis Reinsurance Ltd", ["Orbis Re", "Orbis Reinsurance"],
                            "HR Operations Specialist", "greenhouse"),
    "valtea-gestionnaire-rh": ("Groupe Valtéa SA", ["Valtéa"],
                               "Gestionnaire RH bilingue (f/d) 80-100%", "other"),
    "meier-sachbearbeiterin-lohn": ("Treuhand Meier & Partner AG", ["Meier & Partner", "Treuhand Meier"],
                                    "Sachbearbeiterin Lohnbuchhaltung 80%", "company_site"),
    "fehr-initiativ-payroll": ("Fehr Lohn & Personal GmbH", ["Fehr Lohn", "Fehr Lohn + Personal"],
                               "Initiativbewerbung Payroll / Lohnadministration", "company_site"),
    "quantival-people-ops": ("Quantival AG", ["Quantival"],
                             "People Operations Specialist (Payroll & Benefits)", "linkedin"),
    "tanner-payroll-temp": ("Gebrüder Tanner AG", ["Tanner"],
                            "Payroll Specialist (temporär, 6 Monate)", "agency"),
    "sva-limmattal-personaladmin": ("Sozialversicherungsanstalt Limmattal", ["SVA Limmattal"],
                                    "Sachbearbeiter/in Personaladministration 80%", "other"),
    "lindenhof-hr-assistant": ("Lindenhof Hotels AG", ["Hotel Lindenhof Zürich", "Lindenhof Hotels"],
                               "HR Assistant / Personalassistent:in 60–80%", "other"),
    "steirerwerk-payroll-dach": ("Steirerwerk Holding GmbH", ["Steirerwerk"],
                                 "Payroll Specialist DACH (m/w/d)", "other"),
    "vitalis-payroll-hr": ("Vitalis Gesundheitsgruppe AG", ["Vitalis", "Vitalis Gesundheitsgruppe"],
                           "Fachspezialist:in Payroll & HR-Administration 80–100%", "other"),
    "rosengarten-hr-sachbearbeitung": ("Pflegezentrum Rosengarten AG", ["Pflegezentrum Rosengarten"],
                                       "HR-Sachbearbeiter/in 60–80%", "indeed"),
    "tellur-initiativ-payroll": ("Tellur Labs AG", ["Tellur Labs", "Tellur"],
                                 "Payroll & HR admin", "company_site"),
}


def M(key, date, frm, to, subject, body, **kw):
    """Register one message. date: 'YYYY-MM-DD HH:MM +ZZZZ'."""
    kw.update(dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body))
    kw["dt"] = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    MSGS.append(kw)
    return key


def h(key, n=16):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def msgid(spec):
    """Message-ID in the style of the sending system."""
    key = spec["key"]
    style = spec.get("mid", "default")
    dt = spec["dt"]
    ms = int(dt.timestamp() * 1000) + int(h(key + "ms", 3), 16)
    x = h(key, 40)
    if style == "gmail":
        raw = hashlib.sha256(key.encode()).digest()
        import base64
        b = base64.b64encode(raw).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"CA{b[:10]}+{b[10:40]}@mail.gmail.com"
    if style == "gmx":
        return f"trinity-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}-{ms}@3c-app-gmx-bap{int(x[32:34],16)%70+1:02d}"
    if style == "outlook":
        host = "ZR0P278MB0" + str(int(x[:4], 16) % 900 + 100)
        return f"{host}{x[4:12].upper()}{x[12:20].upper()}@{host}.CHEP278.PROD.OUTLOOK.COM"
    if style == "outlook_at":
        host = "VI1PR08MB" + str(int(x[:4], 16) % 9000 + 1000)
        return f"{host}{x[4:16].upper()}@{host}.eurprd08.prod.outlook.com"
    if style == "ses":
        return f"0102019{x[:9]}-{x[9:17]}-{x[17:21]}-{x[21:25]}-{x[25:29]}-{x[29:40]}-000000@eu-west-1.amazonses.com"
    if style == "sendgrid":
        return f"{x[:22]}@geopod-ismtpd-{int(x[22:24],16)%30}"
    if style == "bluewin":
        return f"{x[:8]}.{x[8:14]}.{ms}.JavaMail.open-xchange@bluewin.ch"
    if style == "aon":
        return f"{ms}.{x[:6]}.1{x[6:9]}@webmail.aon.at"
    if style == "sunrise":
        return f"{x[:24]}@mail.sunrise.ch"
    if style == "apple":
        return f"{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@icloud.com"
    if style == "mailchimp":
        return f"{x[:20]}.{x[20:30]}@mail{int(x[30:32],16)%200}.atl{int(x[32:34],16)%300}.mcdlv.net"
    domain = spec.get("mid_domain") or spec["frm"].split("@")[-1].rstrip(">").strip()
    if style == "uuid":
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}"
    return f"{x[:12]}.{x[12:24]}@{domain}"


def pdf(title):
    """A tiny fake PDF attachment payload."""
    return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            f"% {title}\ntrailer <</Root 1 0 R>>\n%%EOF\n").encode("latin-1")


def ics(uid, start, end, summary, location, organizer, attendee, description, tz="Europe/Zurich"):
    """A METHOD:REQUEST calendar invitation. start/end: 'YYYYMMDDTHHMMSS' local time."""
    desc = description.replace("\n", "\\n")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\n"
            "DTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\n"
            "TZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
            "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
            f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}\r\n"
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{attendee[0]}\":mailto:{attendee[1]}\r\n"
            f"DESCRIPTION;LANGUAGE=de-CH:{desc}\r\nUID:{uid}\r\nSUMMARY;LANGUAGE=de-CH:{summary}\r\n"
            f"DTSTART;TZID=W. Europe Standard Time:{start}\r\nDTEND;TZID=W. Europe Standard Time:{end}\r\n"
            "CLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:20250101T000000Z\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\n"
            f"SEQUENCE:0\r\nLOCATION;LANGUAGE=de-CH:{location}\r\nBEGIN:VALARM\r\nDESCRIPTION:REMINDER\r\n"
            "TRIGGER;RELATED=START:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
