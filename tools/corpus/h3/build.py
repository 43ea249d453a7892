#!/usr/bin/env python3
"""Build both mailboxes: .eml files, labels.jsonl, person.toml, NOTES.md; then check them."""
import os, sys, json, re, shutil, email, collections
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common

OUT = os.path.dirname(HERE)

def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')[:60]

def build_box(name, records, person_name, emails, notes):
    root = os.path.join(OUT, name)
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(os.path.join(root, 'mail'))
    keys = [r['key'] for r in records]
    dup = [k for k, c in collections.Counter(keys).items() if c > 1]
    assert not dup, dup
    byk = {r['key']: r for r in records}
    # build parents first (they are always earlier), so sort by date
    records = sorted(records, key=lambda r: (r['dt'].timestamp(), r['key']))
    for r in records:
        if r['reply_to']:
            p = byk[r['reply_to']]
            assert p['dt'] < r['dt'], (r['key'], 'reply before parent')
    seen = set()
    labels = []
    for i, r in enumerate(records, 1):
        raw = common.build(r, byk, seen)
        fname = '%04d-%s.eml' % (i, slug(r['key']))
        with open(os.path.join(root, 'mail', fname), 'wb') as f:
            f.write(raw)
        lab = dict(file=fname, message_id=r['msgid'].strip('<>'))
        lab.update(r['label'])
        order = ['file', 'message_id', 'label', 'event_type', 'company', 'company_aliases', 'role',
                 'app_key', 'source', 'posting_url', 'lang', 'kind']
        labels.append({k: lab.get(k) for k in order})
    with open(os.path.join(root, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    with open(os.path.join(root, 'person.toml'), 'w', encoding='utf-8') as f:
        f.write('name = "%s"\nemails = [%s]\n' % (person_name, ', '.join('"%s"' % e for e in emails)))
    with open(os.path.join(root, 'NOTES.md'), 'w', encoding='utf-8') as f:
        f.write(notes.strip() + '\n')
    return root

def check_box(root, emails):
    maildir = os.path.join(root, 'mail')
    files = sorted(os.listdir(maildir))
    labels = [json.loads(l) for l in open(os.path.join(root, 'labels.jsonl'), encoding='utf-8')]
    assert len(files) == len(labels), (len(files), len(labels))
    prev = None
    mids = set()
    stats = collections.Counter(); ev = collections.Counter(); langs = collections.Counter()
    apps = collections.defaultdict(list)
    for fname, lab in zip(files, labels):
        assert lab['file'] == fname
        with open(os.path.join(maildir, fname), 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        mid = msg['Message-ID'].strip().strip('<>')
        assert mid == lab['message_id'], fname
        assert mid not in mids; mids.add(mid)
        for h in ('From', 'To', 'Date', 'Subject', 'MIME-Version', 'Content-Type'):
            assert msg[h] is not None, (fname, h)
        assert msg['Subject'] == msg['Subject'].strip(), (fname, 'subject whitespace')
        d = email.utils.parsedate_to_datetime(msg['Date'])
        assert prev is None or d >= prev, fname
        prev = d
        if msg['In-Reply-To']:
            assert msg['In-Reply-To'].strip().strip('<>') in mids, (fname, 'parent not earlier')
        body = msg.get_body(preferencelist=('plain', 'html'))
        assert body is not None and body.get_content().strip(), fname
        for h in ('From', 'To', 'Cc'):
            for v in msg.get_all(h, []):
                for nm, a in email.utils.getaddresses([str(v)]):
                    assert '@' in a and ' ' not in a, (fname, h, v)
        frm = email.utils.parseaddr(msg['From'])[1]
        tos = [a for _, a in email.utils.getaddresses(msg.get_all('To', []) + msg.get_all('Cc', []))]
        assert frm in emails or any(t in emails for t in tos), (fname, 'person not in From/To/Cc')
        stats[lab['label']] += 1
        langs[lab['lang']] += 1
        if lab['label'] == 'application':
            assert lab['event_type'] in ('applied', 'assessment', 'interview', 'offer', 'rejected', 'withdrawn', 'update'), fname
            assert lab['app_key'] and lab['source'] in ('greenhouse', 'lever', 'workday', 'ashby', 'icims', 'smartrecruiters', 'taleo', 'jobvite', 'workable', 'bamboohr', 'linkedin', 'indeed', 'wellfound', 'company_site', 'agency', 'other'), fname
            ev[lab['event_type']] += 1
            apps[lab['app_key']].append(lab)
        else:
            assert lab['event_type'] is None and lab['app_key'] is None, fname
    for k, ls in apps.items():
        for f in ('company', 'role', 'source', 'posting_url'):
            assert len({json.dumps(l[f]) for l in ls}) == 1, (k, f)
        assert len({tuple(l['company_aliases']) for l in ls}) == 1, k
    n = len(files)
    rec = stats['application'] + stats['recruiter_outreach'] + stats['job_alert']
    print('==', os.path.basename(root), 'messages:', n)
    print('   labels:', dict(stats))
    print('   events:', dict(ev))
    print('   applications:', len(apps), ' recruiting share: %.1f%%' % (100.0 * rec / n))
    print('   langs:', dict(langs))
    rej = [l for ls in apps.values() for l in ls if l['event_type'] == 'rejected']
    print('   rejections:', len(rej))
    for k, ls in sorted(apps.items()):
        print('     %-70s %s' % (k, ' > '.join(l['event_type'] for l in ls)))
    return n

def load(prefix):
    import importlib
    recs = []
    for part in ('jobs', 'lookalikes', 'daily_people', 'daily_services', 'daily_extra'):
        mod = importlib.import_module('%s_%s' % (prefix, part))
        for attr in ('J', 'L', 'D', 'S', 'X'):
            recs += getattr(mod, attr, [])
    return recs

BOXES = [
    ('lotte-verhoeven', 'a', 'Lotte Verhoeven', ['lotte.verhoeven.utr@gmail.com', 'lottev93@live.nl'], 'notes_a.md'),
    ('yusuf-demir', 'b', 'Yusuf Demir', ['yusuf.demir1991@outlook.com', 'yusufdemir91@hotmail.com'], 'notes_b.md'),
]

def main():
    only = sys.argv[1:]
    for name, prefix, pname, emails, notes in BOXES:
        if only and name not in only:
            continue
        root = build_box(name, load(prefix), pname, emails, open(os.path.join(HERE, notes)).read())
        check_box(root, emails)

if __name__ == '__main__':
    main()
