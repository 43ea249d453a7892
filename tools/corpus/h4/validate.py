#!/usr/bin/env python3
"""Checks: every .eml parses, labels match files and Message-IDs, app_keys consistent, shares."""
import collections, email, json, os, sys
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for box in sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d, "mail"))):
    mdir = os.path.join(ROOT, box, "mail")
    files = sorted(os.listdir(mdir))
    labels = [json.loads(l) for l in open(os.path.join(ROOT, box, "labels.jsonl"), encoding="utf-8")]
    assert len(files) == len(labels), (len(files), len(labels))
    dates, mids = [], set()
    for f, lab in zip(files, labels):
        assert f == lab["file"], (f, lab["file"])
        with open(os.path.join(mdir, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (f, h)
        mid = msg["Message-ID"].strip()[1:-1]
        assert mid == lab["message_id"], (f, mid, lab["message_id"])
        assert mid not in mids
        mids.add(mid)
        if msg["In-Reply-To"]:
            assert msg["In-Reply-To"].strip()[1:-1] in mids, f
        dates.append(email.utils.parsedate_to_datetime(msg["Date"]))
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip() != "", f
    assert dates == sorted(dates), "dates out of order"
    by_label = collections.Counter(l["label"] for l in labels)
    events = collections.Counter(l["event_type"] for l in labels if l["label"] == "application")
    langs = collections.Counter(l["lang"] for l in labels)
    apps = collections.defaultdict(list)
    for l in labels:
        if l["label"] == "application":
            apps[l["app_key"]].append(l)
    for k, ls in apps.items():
        assert len({(x["company"], x["role"], x["source"]) for x in ls}) == 1, k
    look = sum(1 for l in labels if l["kind"].startswith("lookalike"))
    rej_kinds = [l["kind"] for l in labels if l["event_type"] == "rejected"]
    rec = by_label["application"] + by_label["recruiter_outreach"] + by_label["job_alert"]
    print("==", box, len(files), "messages", dates[0].date(), "->", dates[-1].date())
    print("  labels:", dict(by_label), " lookalikes:", look)
    print("  events:", dict(events))
    print("  applications:", len(apps), " sources:", dict(collections.Counter(ls[0]["source"] for ls in apps.values())))
    print("  langs:", dict(langs))
    print("  recruiting share (app+outreach+alert): %.1f%%  application share: %.1f%%" % (100 * rec / len(files), 100 * by_label["application"] / len(files)))
    print("  rejections:", len(rej_kinds))
    for k, ls in sorted(apps.items()):
        print("   %-52s %s" % (k, " > ".join(x["event_type"] for x in ls)))
