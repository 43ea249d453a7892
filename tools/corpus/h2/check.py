#!/usr/bin/env python3
"""Validate the h2 mailboxes: parse, labels, ids, threads, app keys, share."""
import email
import glob
import json
import os
import sys
from collections import Counter, defaultdict
from email import policy
from email.utils import parsedate_to_datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
for box in sorted(d for d in os.listdir(OUT) if os.path.isdir(os.path.join(OUT, d, "mail"))):
    files = sorted(glob.glob(os.path.join(OUT, box, "mail", "*.eml")))
    labels = [json.loads(l) for l in open(os.path.join(OUT, box, "labels.jsonl"))]
    assert len(files) == len(labels), (box, len(files), len(labels))
    ids, prev = set(), None
    apps = defaultdict(set)
    for f, lab in zip(files, labels):
        assert os.path.basename(f) == lab["file"], (f, lab["file"])
        raw = open(f, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (f, h)
        mid = msg["Message-ID"].strip()[1:-1]
        assert mid == lab["message_id"], (f, mid, lab["message_id"])
        assert mid not in ids
        ids.add(mid)
        d = parsedate_to_datetime(msg["Date"])
        assert prev is None or d >= prev, (f, "date order")
        prev = d
        if msg["In-Reply-To"]:
            assert msg["In-Reply-To"].strip()[1:-1] in ids, (f, "parent missing")
            assert msg["References"], f
        body = msg.get_body(("plain", "html"))
        assert body is not None and body.get_content().strip(), f
        if lab["label"] == "application":
            assert lab["event_type"] in {"applied", "assessment", "interview", "offer", "rejected", "withdrawn", "update"}
            apps[lab["app_key"]].add((lab["company"], lab["role"], lab["source"]))
        else:
            assert lab["event_type"] is None and lab["app_key"] is None
    for k, v in apps.items():
        assert len(v) == 1, (k, v)
    c = Counter(l["label"] for l in labels)
    share = (c["application"] + c["recruiter_outreach"] + c["job_alert"]) / len(labels)
    print(f"{box}: {len(files)} files OK; {dict(c)}; apps={len(apps)}; share={share:.1%}")
    ok &= 0.10 <= share <= 0.18
print("ALL OK" if ok else "SHARE OUT OF RANGE")
sys.exit(0 if ok else 1)
