#!/usr/bin/env python3
"""Build both mailboxes: python3 build.py  (writes ../<mailbox>/mail/*.eml, labels.jsonl, person.toml, NOTES.md)"""
import json
import os
import re
import shutil
import sys
from datetime import timezone
from email import policy
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import build_message, make_mid, parse_dt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def slugify(s):
    s = s.lower()
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s[:60].strip('-') or 'message'


def tidy_headers(raw):
    """Re-fold top-level headers that the email package put entirely on a continuation line."""
    head, sep, body = raw.partition(b'\n\n')
    lines = head.split(b'\n')
    groups = []
    for l in lines:
        if l[:1] in (b' ', b'\t') and groups:
            groups[-1].append(l)
        else:
            groups.append([l])
    out = []
    for g in groups:
        first = g[0]
        if len(g) > 1 and re.match(rb'^[A-Za-z-]+:\s*$', first):
            name = first.rstrip().rstrip(b':')
            value = b' '.join(x.strip() for x in g[1:])
            if name.lower() in (b'message-id', b'in-reply-to') or b' ' not in value:
                out.append(name + b': ' + value)
                continue
            words = value.split(b' ')
            cur = name + b': ' + words[0]
            for w in words[1:]:
                if len(cur) + 1 + len(w) > 78:
                    out.append(cur)
                    cur = b' ' + w
                else:
                    cur += b' ' + w
            out.append(cur)
        else:
            out.extend(g)
    return b'\n'.join(out) + sep + body


def build_mailbox(cfg):
    name, emails, home = cfg['name'], cfg['emails'], cfg['tz']
    specs = cfg['specs']
    apps = cfg['apps']
    keys = set()
    for s in specs:
        assert s['key'] not in keys, s['key']
        keys.add(s['key'])
        tz = s.get('tz') or home
        if s['frm'][1] in emails:
            tz = s.get('tz') or home
            assert s.get('to'), 'sent mail needs To: %s' % s['key']
        s['_dt'] = parse_dt(s['d'], tz)
    order = sorted(specs, key=lambda s: s['_dt'].astimezone(timezone.utc))
    by_key = {s['key']: s for s in specs}
    pos = {s['key']: i for i, s in enumerate(order)}
    for s in specs:
        if s.get('parent'):
            assert pos[s['parent']] < pos[s['key']], 'parent after child: %s' % s['key']
    mids = {s['key']: make_mid(s, s['_dt'], cfg['dir']) for s in specs}
    assert len(set(mids.values())) == len(mids)
    root = os.path.join(OUT, cfg['dir'])
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(os.path.join(root, 'mail'))
    labels = []
    for i, s in enumerate(order, 1):
        msg = build_message(s, {'self': cfg['self']}, mids, by_key, s['_dt'])
        s['to_resolved'] = msg['To']
        fn = '%04d-%s.eml' % (i, slugify(s.get('slug') or s['subject']))
        with open(os.path.join(root, 'mail', fn), 'wb') as f:
            f.write(tidy_headers(msg.as_bytes()))
        lab = s.get('lab')
        rec = {'file': fn, 'message_id': mids[s['key']]}
        if s.get('app'):
            a = apps[s['app']]
            rec.update(label='application', event_type=s['ev'], company=a['company'],
                       company_aliases=a['aliases'], role=a['role'], app_key=s['app'], source=a['source'],
                       posting_url=a['url'])
        else:
            assert lab in ('not_job', 'recruiter_outreach', 'job_alert'), s['key']
            rec.update(label=lab, event_type=None, company=s.get('company'), company_aliases=s.get('aliases', []),
                       role=s.get('role'), app_key=None, source=None, posting_url=s.get('posting_url'))
        rec['lang'] = s.get('lang', cfg.get('lang', 'en'))
        rec['kind'] = s.get('kind', '')
        labels.append(rec)
    with open(os.path.join(root, 'labels.jsonl'), 'w') as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(root, 'person.toml'), 'w') as f:
        f.write('name = "%s"\nemails = [%s]\n' % (name, ', '.join('"%s"' % e for e in emails)))
    with open(os.path.join(root, 'NOTES.md'), 'w') as f:
        f.write(cfg['notes'])
    return root, labels


def verify(root, labels):
    files = sorted(os.listdir(os.path.join(root, 'mail')))
    assert files == [r['file'] for r in labels], 'file list mismatch'
    prev = None
    for r in labels:
        with open(os.path.join(root, 'mail', r['file']), 'rb') as f:
            msg = BytesParser(policy=policy.default).parse(f)
        assert msg['Message-ID'].strip().strip('<>') == r['message_id'], r['file']
        dt = msg['Date'].datetime
        if prev:
            assert dt >= prev, r['file']
        prev = dt
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            assert msg[h], (r['file'], h)
    return len(files)


def summary(labels):
    from collections import Counter
    c = Counter(r['label'] for r in labels)
    e = Counter(r['event_type'] for r in labels if r['event_type'])
    apps = Counter(r['app_key'] for r in labels if r['app_key'])
    rec = c['application'] + c['recruiter_outreach'] + c['job_alert']
    lk = sum(1 for r in labels if r['kind'].startswith('lookalike'))
    print('  total', len(labels), dict(c))
    print('  events', dict(e))
    print('  applications', len(apps), 'recruiting share %.1f%%' % (100.0 * rec / len(labels)),
          'application-only %.1f%%' % (100.0 * c['application'] / len(labels)), 'lookalikes', lk)
    print('  langs', dict(Counter(r['lang'] for r in labels)))
    print('  sources', dict(Counter(r['source'] for r in labels if r['source'])))


if __name__ == '__main__':
    import mailbox_a
    import mailbox_b
    for cfg in (mailbox_a.CFG, mailbox_b.CFG):
        root, labels = build_mailbox(cfg)
        n = verify(root, labels)
        print(cfg['dir'], n, 'messages OK')
        summary(labels)
