#!/usr/bin/env python3
"""Independent checks over the built mailboxes."""
import json, os, sys
from collections import Counter, defaultdict
from email import policy
from email.parser import BytesParser

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
for box in ('tom-kowalczyk', 'danielle-whitaker'):
    root = os.path.join(OUT, box)
    labels = [json.loads(l) for l in open(os.path.join(root, 'labels.jsonl'))]
    files = sorted(f for f in os.listdir(os.path.join(root, 'mail')) if f.endswith('.eml'))
    assert files == [r['file'] for r in labels], box
    mids, prev = set(), None
    for r in labels:
        for pol in (policy.default, policy.compat32):
            with open(os.path.join(root, 'mail', r['file']), 'rb') as f:
                msg = BytesParser(policy=pol).parse(f)
            assert not msg.defects, (r['file'], msg.defects)
        mid = msg['Message-ID'].strip().strip('<>')
        assert mid == r['message_id'] and mid not in mids, r['file']
        mids.add(mid)
        from email.utils import parsedate_to_datetime
        dt = parsedate_to_datetime(msg['Date'])
        assert prev is None or dt >= prev, r['file']
        prev = dt
        irt = msg['In-Reply-To']
        if irt and irt.strip('<> ') in mids:
            pass
    apps = defaultdict(set)
    for r in labels:
        if r['label'] == 'application':
            apps[r['app_key']].add((r['company'], r['role'], r['source'], r['posting_url']))
            assert r['event_type'] in ('applied', 'assessment', 'interview', 'offer', 'rejected', 'withdrawn', 'update')
        else:
            assert r['event_type'] is None and r['app_key'] is None
    for k, v in apps.items():
        assert len(v) == 1, (k, v)
    c = Counter(r['label'] for r in labels)
    rec = c['application'] + c['recruiter_outreach'] + c['job_alert']
    print(box, len(labels), dict(c), 'apps=%d' % len(apps), 'recruiting=%.1f%%' % (100.0 * rec / len(labels)))
    print('   events', dict(Counter(r['event_type'] for r in labels if r['event_type'])))
    print('   period', labels[0]['file'], '->', labels[-1]['file'])
print('all checks passed')
