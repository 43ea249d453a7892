"""Shared helpers: message records, labels, and the .eml builder."""
import hashlib, random, re, html as htmlmod, datetime
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from email import policy
from zoneinfo import ZoneInfo

TZ = {
    'ams': ZoneInfo('Europe/Amsterdam'), 'utc': datetime.timezone.utc,
    'ny': ZoneInfo('America/New_York'), 'la': ZoneInfo('America/Los_Angeles'),
    'lon': ZoneInfo('Europe/London'), 'ist': ZoneInfo('Europe/Istanbul'),
    'dub': ZoneInfo('Europe/Dublin'), 'sto': ZoneInfo('Europe/Stockholm'),
}

# ---------------------------------------------------------------- labels
def APP(app, event, kind, lang='nl', **over):
    d = dict(label='application', event_type=event, company=app['company'],
             company_aliases=list(app.get('aliases', [])), role=app.get('role'),
             app_key=app['key'], source=app['source'], posting_url=app.get('url'),
             lang=lang, kind=kind)
    d.update(over)
    return d

def _plain(label, kind, lang, company=None, role=None, aliases=None):
    return dict(label=label, event_type=None, company=company,
                company_aliases=list(aliases or []), role=role, app_key=None,
                source=None, posting_url=None, lang=lang, kind=kind)

def NJ(kind, lang='nl'):
    return _plain('not_job', kind, lang)

def OUT(kind, lang='nl', company=None, role=None, aliases=None):
    return _plain('recruiter_outreach', kind, lang, company, role, aliases)

def ALERT(kind, lang='nl'):
    return _plain('job_alert', kind, lang)

# ---------------------------------------------------------------- records
ALL = {}

def M(key, when, frm, to, subject, body, label, *, tz='ams', html=None,
      html_only=False, cte=None, charset='utf-8', reply_to=None, quote=None,
      cc=None, mid=None, headers=None, attach=None, ics=None, legacy=False,
      brand=None, color='#222222', replyto_hdr=None, footer=None):
    """One message. `when` is local time in zone `tz` ('YYYY-MM-DD HH:MM')."""
    dt = datetime.datetime.strptime(when, '%Y-%m-%d %H:%M').replace(tzinfo=TZ[tz])
    sec = int(hashlib.md5(key.encode()).hexdigest()[:2], 16) % 60
    dt = dt.replace(second=sec)
    rec = dict(key=key, dt=dt, frm=frm, to=to, subject=subject, body=body,
               label=label, html=html, html_only=html_only, cte=cte,
               charset=charset, reply_to=reply_to, quote=quote, cc=cc,
               mid=mid, headers=headers or {}, attach=attach or [], ics=ics,
               legacy=legacy, brand=brand, color=color, replyto_hdr=replyto_hdr,
               footer=footer)
    return rec

# ---------------------------------------------------------------- ids
def _rng(key):
    return random.Random(hashlib.sha256(key.encode()).hexdigest())

B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

def make_mid(rec):
    r = _rng('mid:' + rec['key'])
    style = rec['mid']
    addr = parseaddr(rec['frm'])[1]
    dom = addr.split('@')[-1].lower()
    if style is None:
        if dom in ('gmail.com', 'googlemail.com'):
            style = 'gmail'
        elif dom in ('outlook.com', 'hotmail.com', 'live.nl', 'hotmail.nl', 'outlook.nl'):
            style = 'outlook'
        else:
            style = dom
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (''.join(r.choice(B62) for _ in range(12)),
               ''.join(r.choice(B62 + '+_-') for _ in range(36)))
    if style == 'outlook':
        a = 'AM%dPR%02dMB%04d' % (r.randint(0, 9), r.randint(1, 9), r.randint(1000, 9999))
        return '<%s%s@%s.eurprd%02d.prod.outlook.com>' % (
            a, ''.join(r.choice('0123456789ABCDEF') for _ in range(20)), a,
            r.randint(1, 9))
    if style == 'apple':
        u = '%08X-%04X-%04X-%04X-%012X' % (r.getrandbits(32), r.getrandbits(16),
              r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
        return '<%s@%s>' % (u, dom)
    if style.startswith('exch:'):
        a = '%s%dP%04dMB%04d' % (style[5:], r.randint(1, 9), r.randint(100, 999), r.randint(1000, 9999))
        return '<%s%s@%s.EURP%03d.PROD.OUTLOOK.COM>' % (
            a, ''.join(r.choice('0123456789ABCDEF') for _ in range(20)), a, r.randint(100, 300))
    # generic: uuid or timestamp styles
    if r.random() < 0.5:
        u = '%08x-%04x-%04x-%04x-%012x' % (r.getrandbits(32), r.getrandbits(16),
              r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
        return '<%s@%s>' % (u, style)
    ts = int(rec['dt'].timestamp())
    return '<%d.%d.%s@%s>' % (ts, r.randint(10000, 99999),
           ''.join(r.choice('0123456789abcdef') for _ in range(16)), style)

# ---------------------------------------------------------------- quoting
NL_DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
NL_DAYS_LONG = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
NL_MON = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
NL_MON_LONG = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
               'september', 'oktober', 'november', 'december']
EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def local(dt):
    return dt.astimezone(TZ['ams'])

def quote_block(parent, style):
    dt = local(parent['dt'])
    name, addr = parseaddr(parent['frm'])
    name = name or addr
    body = parent['body'].rstrip('\n')
    gt = '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))
    if style == 'nl':
        head = 'Op %s %d %s %d om %02d:%02d schreef %s <%s>:' % (
            NL_DAYS[dt.weekday()], dt.day, NL_MON[dt.month - 1], dt.year, dt.hour, dt.minute, name, addr)
        return '\n\n' + head + '\n\n' + gt + '\n'
    if style == 'en':
        h12 = dt.hour % 12 or 12
        head = 'On %s, %d %s %d at %d:%02d %s, %s <%s> wrote:' % (
            EN_DAYS[dt.weekday()], dt.day, EN_MON[dt.month - 1], dt.year, h12, dt.minute,
            'AM' if dt.hour < 12 else 'PM', name, addr)
        return '\n\n' + head + '\n\n' + gt + '\n'
    if style == 'apple-nl':
        head = 'Op %d %s %d, om %02d:%02d heeft %s <%s> het volgende geschreven:' % (
            dt.day, NL_MON[dt.month - 1], dt.year, dt.hour, dt.minute, name, addr)
        return '\n\n' + head + '\n\n' + gt + '\n'
    if style in ('outlook-nl', 'outlook-en'):
        to = parent['to']
        if style == 'outlook-nl':
            head = ('Van: %s <%s>\nVerzonden: %s %d %s %d %02d:%02d\nAan: %s\nOnderwerp: %s'
                    % (name, addr, NL_DAYS_LONG[dt.weekday()], dt.day, NL_MON_LONG[dt.month - 1],
                       dt.year, dt.hour, dt.minute, to, parent['subject']))
        else:
            head = ('From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s'
                    % (name, addr, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][dt.weekday()],
                       ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][dt.month - 1],
                       dt.day, dt.year, dt.hour % 12 or 12, dt.minute, 'AM' if dt.hour < 12 else 'PM', to, parent['subject']))
        return '\n\n________________________________\n' + head + '\n\n' + body + '\n'
    raise ValueError(style)

# ---------------------------------------------------------------- html
URL_RE = re.compile(r'(https?://[^\s<>"]+)')

def text_to_html(text, brand=None, color='#222222', footer=None):
    paras = [p for p in re.split(r'\n\s*\n', text.strip('\n'))]
    out = []
    for p in paras:
        esc = htmlmod.escape(p)
        esc = URL_RE.sub(lambda m: '<a href="%s" style="color:%s">%s</a>' % (m.group(1), color, m.group(1)), esc)
        if p.startswith('>'):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % esc.replace('\n', '<br>\n'))
        else:
            out.append('<p style="margin:0 0 14px 0">%s</p>' % esc.replace('\n', '<br>\n'))
    head = ''
    if brand:
        head = ('<tr><td style="background:%s;padding:18px 24px;color:#ffffff;font-size:20px;'
                'font-weight:bold;font-family:Arial,Helvetica,sans-serif">%s</td></tr>\n' % (color, htmlmod.escape(brand)))
    foot = ''
    if footer:
        foot = ('<tr><td style="padding:12px 24px;color:#888888;font-size:11px;font-family:Arial,Helvetica,sans-serif">%s</td></tr>\n'
                % htmlmod.escape(footer).replace('\n', '<br>'))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f4">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:600px">\n'
            '%s<tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222">\n%s\n</td></tr>\n%s'
            '</table>\n</td></tr></table>\n</body></html>\n' % (head, '\n'.join(out), foot))

# ---------------------------------------------------------------- pdf
def tiny_pdf(lines):
    txt = ' '.join('(%s) Tj T*' % l.replace('(', '[').replace(')', ']') for l in lines)
    stream = 'BT /F1 11 Tf 14 TL 60 780 Td %s ET' % txt
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(stream), stream),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = '%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    xref = len(out)
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += '%010d 00000 n \n' % o
    out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')

# ---------------------------------------------------------------- ics
def make_ics(uid, start, end, summary, organizer, attendee, location='', description='', method='REQUEST'):
    """start/end: aware datetimes."""
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    desc = description.replace('\\', '\\\\').replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:%s' % method, 'BEGIN:VEVENT',
             'DTSTART:%s' % f(start), 'DTEND:%s' % f(end), 'DTSTAMP:%s' % f(start - datetime.timedelta(days=3)),
             'ORGANIZER;CN=%s:mailto:%s' % organizer,
             'UID:%s' % uid,
             'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % attendee,
             'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % organizer,
             'DESCRIPTION:%s' % desc, 'LOCATION:%s' % location.replace(',', '\\,'),
             'SEQUENCE:0', 'STATUS:CONFIRMED', 'SUMMARY:%s' % summary.replace(',', '\\,'),
             'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 75 octets
    out = []
    for l in lines:
        while len(l) > 75:
            out.append(l[:75]); l = ' ' + l[75:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'

# ---------------------------------------------------------------- build
def build(rec, byk, seen_mids):
    mid = make_mid(rec)
    assert mid not in seen_mids, rec['key']
    seen_mids.add(mid)
    rec['msgid'] = mid
    body = rec['body']
    refs = []
    if rec['reply_to']:
        parent = byk[rec['reply_to']]
        refs = list(parent.get('refs', [])) + [parent['msgid']]
        if rec['quote']:
            body = body.rstrip('\n') + '\n' + quote_block(parent, rec['quote'])
    rec['refs'] = refs
    rec['full_body'] = body
    html = rec['html']
    if html is True:
        html = text_to_html(body, rec['brand'], rec['color'], rec['footer'])

    if rec['legacy']:
        cs = rec['charset']
        if html:
            msg = MIMEMultipart('alternative')
            t = MIMEText(body, 'plain', cs); msg.attach(t)
            h = MIMEText(html, 'html', cs); msg.attach(h)
        else:
            msg = MIMEText(body, 'plain', cs)
        def sethdr(k, v):
            if any(ord(c) > 127 for c in v):
                msg[k] = Header(v, cs)
            else:
                msg[k] = v
        name, addr = parseaddr(rec['frm'])
        msg['From'] = formataddr((str(Header(name, cs)) if any(ord(c) > 127 for c in name) else name, addr))
        msg['To'] = rec['to']
        if rec['cc']:
            msg['Cc'] = rec['cc']
        sethdr('Subject', rec['subject'])
        msg['Date'] = format_datetime(rec['dt'])
        msg['Message-ID'] = mid
        if refs:
            msg['In-Reply-To'] = refs[-1]
            msg['References'] = ' '.join(refs)
        if 'MIME-Version' not in msg:
            msg['MIME-Version'] = '1.0'
        for k, v in rec['headers'].items():
            msg[k] = v
        return msg.as_bytes()

    msg = EmailMessage(policy=policy.default.clone(max_line_length=120))
    msg['From'] = rec['frm']
    msg['To'] = rec['to']
    if rec['cc']:
        msg['Cc'] = rec['cc']
    if rec['replyto_hdr']:
        msg['Reply-To'] = rec['replyto_hdr']
    msg['Subject'] = rec['subject']
    msg['Date'] = format_datetime(rec['dt'])
    msg['Message-ID'] = mid
    if refs:
        msg['In-Reply-To'] = refs[-1]
        msg['References'] = ' '.join(refs)
    msg['MIME-Version'] = '1.0'
    for k, v in rec['headers'].items():
        msg[k] = v
    cs = rec['charset']
    cte = rec['cte']
    if rec['html_only']:
        msg.set_content(html, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if html:
            msg.add_alternative(html, subtype='html', charset=cs, cte=cte)
    if rec['ics']:
        ics = rec['ics']
        if msg.get_content_type() == 'text/plain':
            msg.make_alternative()
        msg.add_alternative(ics, subtype='calendar', params={'method': 'REQUEST'}, charset='utf-8',
                            cte='7bit' if ics.isascii() else 'base64')
        msg.add_attachment(ics.encode('utf-8'), maintype='application', subtype='ics', filename='invite.ics')
    for fname, data, mtype in rec['attach']:
        mt, st = mtype.split('/')
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return msg.as_bytes(policy=policy.default.clone(max_line_length=120))
