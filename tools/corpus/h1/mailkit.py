"""Small helper to turn hand-written message specs into RFC 5322 .eml files.

A spec is a dict (see a_apps.py / b_apps.py for examples):
  key       unique key inside the mailbox (used for threading)
  d         local date-time 'YYYY-MM-DD HH:MM' (seconds optional)
  tz        IANA zone of the sender (default: mailbox home zone)
  frm       (display, address)
  to        list of (display, address) or a single tuple; default: the person
  cc        optional list
  subject   str
  body      plain-text body (str)
  html      optional explicit HTML; 'auto' builds one from the body
  fmt       'plain' | 'alt' | 'html'   (default 'plain' or 'alt' if html given)
  cte       None | 'quoted-printable' | 'base64' | '8bit' | '7bit'
  charset   'utf-8' (default) | 'iso-8859-1' | 'windows-1252'
  parent    key of the message this one replies to
  refs_extra list of extra Message-IDs to put first in References (thread started outside the mailbox)
  quote     'gmail' | 'outlook' | 'iphone' | None  (quote the parent's text below the body)
  attach    list of (filename, mime 'type/subtype', bytes|str)
  ics       dict(summary, start, end, tz, organizer, attendees, location, description, uid) -> text/calendar part
  headers   dict of extra headers
  mid_domain optional domain for the Message-ID
  label     dict of label fields (filled by build.py)
  slug      short description for the file name
"""
import hashlib
import html as htmlmod
import random
import re
from datetime import datetime
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

POL = policy.default.clone(max_line_length=78)


def rng_for(key):
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest()[:12], 16))


def parse_dt(d, tz):
    fmt = '%Y-%m-%d %H:%M:%S' if d.count(':') == 2 else '%Y-%m-%d %H:%M'
    return datetime.strptime(d, fmt).replace(tzinfo=ZoneInfo(tz))


def make_mid(spec, dt, mbox_key):
    r = rng_for(mbox_key + spec['key'])
    dom = spec.get('mid_domain')
    addr = spec['frm'][1]
    sdom = addr.split('@')[1].lower()
    if dom is None and spec.get('quote') == 'iphone':
        dom = sdom
    if dom is None:
        if sdom in ('gmail.com', 'googlemail.com'):
            dom = 'mail.gmail.com'
        elif sdom.endswith('yahoo.com'):
            dom = 'mail.yahoo.com'
        elif sdom in ('outlook.com', 'hotmail.com'):
            dom = 'SN7PR11MB6871.namprd11.prod.outlook.com'
        else:
            dom = sdom
    alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    if dom == 'mail.gmail.com':
        tail = ''.join(r.choice(alnum + '-_+') for _ in range(r.randint(34, 44)))
        local = 'CA' + r.choice(['F', 'J', 'K', 'L', 'P', 'G']) + tail
    elif dom == 'mail.yahoo.com':
        local = str(r.randint(10**8, 10**9)) + '.' + str(r.randint(10**6, 10**7))
    elif 'outlook.com' in dom:
        local = ''.join(r.choice('ABCDEF0123456789') for _ in range(32))
    elif 'calendar' in spec.get('kind_hint', ''):
        local = ''.join(r.choice('0123456789abcdef') for _ in range(22))
    else:
        style = r.randint(0, 3)
        if style == 0:
            local = '%s.%s' % (''.join(r.choice('0123456789abcdef') for _ in range(16)),
                               ''.join(r.choice('0123456789abcdef') for _ in range(8)))
        elif style == 1:
            local = '%d.%d.JavaMail.%s' % (r.randint(10**6, 10**7), r.randint(10**12, 10**13), r.choice(['app', 'mailer', 'prod']))
        elif style == 2:
            local = '%08x-%04x-%04x-%04x-%012x' % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
        else:
            local = dt.strftime('%Y%m%d%H%M%S') + '.' + ''.join(r.choice(alnum) for _ in range(12))
    return '%s@%s' % (local, dom)


def fmt_addr(pair):
    name, addr = pair
    local, dom = addr.split('@')
    return Address(display_name=name or '', username=local, domain=dom)


def text_to_html(body, brand=None, color='#1f2937'):
    paras = re.split(r'\n\s*\n', body.strip())
    out = []
    for p in paras:
        esc = htmlmod.escape(p)
        esc = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', esc)
        esc = esc.replace('\n', '<br>\n')
        out.append('<p style="margin:0 0 14px 0">%s</p>' % esc)
    head = ''
    if brand:
        head = ('<tr><td style="padding:18px 24px;border-bottom:3px solid %s;font-size:20px;'
                'font-weight:bold;color:%s">%s</td></tr>\n' % (color, color, htmlmod.escape(brand)))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width"></head>\n<body style="margin:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">\n'
            '%s<tr><td style="padding:24px">\n%s\n</td></tr></table>\n</td></tr></table>\n</body></html>\n'
            % (head, '\n'.join(out)))


def wrap_text(body, width=72):
    import textwrap
    out = []
    for line in body.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = ''
        m = re.match(r'^((?:> ?)+)', line)
        if m:
            prefix = m.group(1)
        out.extend(textwrap.wrap(line[len(prefix):], width=width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False) or [line])
    return '\n'.join(out)


def gmail_html(own, quoted):
    def paras(t):
        t = htmlmod.escape(t.strip())
        t = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', t)
        return ''.join('<div>%s</div>' % (l if l else '<br>') for l in t.split('\n'))
    h = '<div dir="ltr">%s</div>' % paras(own)
    if quoted.strip():
        lines = quoted.strip().split('\n')
        attr = lines[0]
        q = '\n'.join(l[2:] if l.startswith('> ') else l.lstrip('>') for l in lines[1:])
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              '%s</blockquote></div>' % (htmlmod.escape(attr), paras(q)))
    return h + '\n'


def quote_block(style, parent, pdt, body):
    pname, paddr = parent['frm']
    if style == 'outlook':
        to = parent.get('to_resolved', '')
        hdr = ('\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n'
               % (pname, paddr, pdt.strftime('%A, %B %-d, %Y %-I:%M %p'), to, parent['subject']))
        return hdr + body.strip() + '\n'
    if style == 'iphone':
        intro = '\n\nSent from my iPhone\n\n> On %s, at %s, %s <%s> wrote:\n> \n' % (
            pdt.strftime('%b %-d, %Y'), pdt.strftime('%-I:%M %p'), pname, paddr)
        return intro + '\n'.join('> ' + l if l else '>' for l in body.strip().split('\n')) + '\n'
    intro = '\n\nOn %s %s <%s> wrote:\n' % (
        pdt.strftime('%a, %b %-d, %Y at %-I:%M %p'), pname, paddr)
    return intro + '\n'.join('> ' + l if l else '>' for l in body.strip().split('\n')) + '\n'


def ics_text(ic, uid):
    def dtv(s):
        return datetime.strptime(s, '%Y-%m-%d %H:%M').strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:%s' % ic.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN'),
             'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:%s' % ic.get('method', 'REQUEST'), 'BEGIN:VEVENT',
             'DTSTART;TZID=%s:%s' % (ic['tz'], dtv(ic['start'])),
             'DTEND;TZID=%s:%s' % (ic['tz'], dtv(ic['end'])),
             'DTSTAMP:%s' % ic.get('stamp', '20250101T000000Z'),
             'ORGANIZER;CN=%s:mailto:%s' % ic['organizer']]
    for n, a in ic['attendees']:
        lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (n, a))
    lines += ['UID:%s' % uid, 'SEQUENCE:0', 'STATUS:CONFIRMED',
              'SUMMARY:%s' % ic['summary'],
              'LOCATION:%s' % ic.get('location', ''),
              'DESCRIPTION:%s' % ic.get('description', '').replace('\n', '\\n').replace(',', '\\,'),
              'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = ' ' + l[74:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


def build_message(spec, mbox, mids, specs_by_key, dt):
    msg = EmailMessage(policy=POL)
    msg['From'] = fmt_addr(spec['frm'])
    to = spec.get('to') or mbox['self']
    if isinstance(to, tuple):
        to = [to]
    msg['To'] = [fmt_addr(t) for t in to]
    if spec.get('cc'):
        msg['Cc'] = [fmt_addr(t) for t in spec['cc']]
    if spec.get('reply_to'):
        msg['Reply-To'] = fmt_addr(spec['reply_to'])
    msg['Subject'] = spec['subject']
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = '<%s>' % mids[spec['key']]
    refs = list(spec.get('refs_extra', []))
    parent = spec.get('parent')
    if parent:
        p = specs_by_key[parent]
        prefs = p.get('_refs', [])
        refs = prefs + ['<%s>' % mids[parent]] if not refs else refs + prefs + ['<%s>' % mids[parent]]
        msg['In-Reply-To'] = '<%s>' % mids[parent]
    elif refs:
        msg['In-Reply-To'] = refs[-1]
    if refs:
        msg['References'] = ' '.join(refs)
    spec['_refs'] = refs
    msg['MIME-Version'] = '1.0'
    for k, v in spec.get('headers', {}).items():
        msg[k] = v

    body = spec.get('body', '')
    if spec.get('quote') and parent:
        p = specs_by_key[parent]
        pdt = p['_dt']
        body = body.rstrip('\n') + quote_block(spec['quote'], p, pdt, p.get('_plain', p.get('body', '')))
    spec['_plain'] = spec.get('body', '')
    charset = spec.get('charset', 'utf-8')
    cte = spec.get('cte')
    html = spec.get('html')
    sdom = spec['frm'][1].split('@')[1].lower()
    fmt = spec.get('fmt') or ('alt' if html else ('gmail' if sdom == 'gmail.com' and spec.get('quote') != 'iphone' else 'plain'))
    is_gmail = fmt == 'gmail'
    if is_gmail:
        html = gmail_html(spec.get('body', ''), body[len(spec.get('body', '').rstrip('\n')):] if spec.get('quote') else '')
        fmt = 'alt'
    wrap = spec.get('wrap')
    if wrap is None:
        p = rng_for(spec['key']).random()
        wrap = (not cte and not is_gmail and ((fmt == 'plain' and p < 0.6) or (fmt == 'alt' and p < 0.4)))
    if wrap:
        body = wrap_text(body)
    if not cte and fmt == 'html' and rng_for('b64' + spec['key']).random() < 0.25:
        cte = 'base64'
    if html == 'auto' or (fmt in ('alt', 'html') and not html):
        html = text_to_html(body, spec.get('brand'), spec.get('brand_color', '#1f2937'))
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    if fmt == 'plain':
        msg.set_content(body, **kw)
    elif fmt == 'html':
        msg.set_content(html, subtype='html', **kw)
    else:
        msg.set_content(body, **kw)
        hkw = dict(kw)
        if spec.get('html_cte'):
            hkw['cte'] = spec['html_cte']
        msg.add_alternative(html, subtype='html', **hkw)
    if spec.get('ics'):
        ic = spec['ics']
        uid = ic.get('uid') or (mids[spec['key']].split('@')[0][:26] + '@google.com')
        cal = ics_text(ic, uid)
        if msg.get_content_type() == 'text/plain':
            msg.make_alternative()
        # calendar invitation as alternative + attachment, like Google Calendar
        part = EmailMessage(policy=POL)
        part.set_content(cal, subtype='calendar', charset='UTF-8', cte='7bit')
        part.set_param('method', ic.get('method', 'REQUEST'))
        msg.attach(part)
        msg.make_mixed()
        msg.add_attachment(cal.encode('utf-8'), maintype='application', subtype='ics', filename='invite.ics')
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
    for fn, ctype, data in spec.get('attach', []):
        if isinstance(data, str):
            data = data.encode('utf-8')
        mt, st = ctype.split('/')
        if msg.get_content_maintype() != 'multipart' or msg.get_content_subtype() != 'mixed':
            msg.make_mixed()
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg


def fake_pdf(title, lines):
    """A tiny but valid-looking one-page PDF with some text."""
    text = ' '.join(lines)[:400].replace('(', '[').replace(')', ']')
    stream = 'BT /F1 11 Tf 72 720 Td (%s) Tj ET' % (title + ' - ' + text)
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
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
