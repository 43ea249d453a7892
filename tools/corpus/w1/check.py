#!/usr/bin/env python3
"""Validate the nicola-fairclough mailbox and print a summary: python3 src/check.py"""
import collections
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
BOX = os.path.join(os.path.dirname(HERE), "nicola-fairclough")
REQUIRED = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"]
LABELS = {"application", "recruiter_outreach", "job_alert", "not_job"}
EVENTS = {"applied", "assessment", "interview", "offer", "rejected", "withdrawn", "update"}
SOURCES = {"greenhouse", "lever", "workday", "ashby", "icims", "smartrecruiters", "taleo", "workable",
           "bamboohr", "linkedin", "indeed", "agency", "company_site", "other"}
KEYS = ["file", "message_id", "label", "event_type", "company", "company_aliases", "role", "app_key",
        "source", "posting_url", "lang", "kind"]

errors = []


def err(msg):
    errors.append(msg)


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                err("cannot decode part: %s" % e)
    return "".join(out)


def main():
    mdir = os.path.join(BOX, "mail")
    files = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    with open(os.path.join(BOX, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    toml = open(os.path.join(BOX, "person.toml"), encoding="utf-8").read()
    person_addrs = set(re.findall(r'"([^"@\s]+@[^"\s]+)"', toml))
    if not re.search(r'^name\s*=\s*".+"', toml, re.M):
        err("person.toml has no name")
    if not os.path.exists(os.path.join(BOX, "NOTES.md")):
        err("NOTES.md missing")

    if len(files) != len(labels):
        err("file count %d != label count %d" % (len(files), len(labels)))
    for i, f in enumerate(files, 1):
        if not f.startswith("%04d-" % i):
            err("file numbering gap at %s" % f)

    seen_mids = {}
    prev_date = None
    apps = {}
    not_addressed = 0
    for i, (fn, lab) in enumerate(zip(files, labels)):
        with open(os.path.join(mdir, fn), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        for h in REQUIRED:
            if msg[h] is None:
                err("%s: missing header %s" % (fn, h))
        mid = msg["Message-ID"].strip().strip("<>")
        if lab.get("file") != fn:
            err("%s: label file mismatch (%s)" % (fn, lab.get("file")))
        if lab.get("message_id") != mid:
            err("%s: label message_id mismatch" % fn)
        if mid in seen_mids:
            err("%s: duplicate Message-ID (also %s)" % (fn, seen_mids[mid]))
        seen_mids[mid] = fn
        d = parsedate_to_datetime(msg["Date"])
        if d.tzinfo is None:
            err("%s: date without zone" % fn)
        if prev_date is not None and d < prev_date:
            err("%s: date goes backwards" % fn)
        prev_date = d
        irt = msg["In-Reply-To"]
        if irt:
            pid = irt.strip().strip("<>")
            if pid not in seen_mids:
                err("%s: In-Reply-To parent not earlier in mailbox" % fn)
            refs = (msg["References"] or "").split()
            if refs and refs[-1].strip("<>") != pid:
                err("%s: References does not end with In-Reply-To" % fn)
        if not body_text(msg).strip():
            err("%s: empty body" % fn)
        addrs = {a.lower() for _, a in getaddresses([str(msg[h] or "") for h in ("From", "To", "Cc")])}
        if not addrs & person_addrs:
            not_addressed += 1
        # label checks
        if sorted(lab.keys()) != sorted(KEYS):
            err("%s: label keys %s" % (fn, sorted(lab.keys())))
        if lab["label"] not in LABELS:
            err("%s: bad label %s" % (fn, lab["label"]))
        if lab["label"] == "application":
            if lab["event_type"] not in EVENTS:
                err("%s: application without valid event_type" % fn)
            for k in ("company", "role", "app_key", "source"):
                if not lab[k]:
                    err("%s: application missing %s" % (fn, k))
            if lab["source"] not in SOURCES:
                err("%s: bad source %s" % (fn, lab["source"]))
            key = (lab["company"], lab["role"], lab["source"], tuple(lab["company_aliases"]))
            apps.setdefault(lab["app_key"], set()).add(key)
        else:
            if lab["event_type"] is not None or lab["app_key"] is not None or lab["source"] is not None:
                err("%s: non-application label with event/app/source" % fn)
            if lab["label"] in ("job_alert", "not_job"):
                if lab["company"] or lab["role"] or lab["posting_url"]:
                    err("%s: %s with company/role/url" % (fn, lab["label"]))
        if not lab.get("kind"):
            err("%s: empty kind" % fn)

    for k, v in apps.items():
        if len(v) != 1:
            err("app_key %s has %d different (company, role, source)" % (k, len(v)))

    n = len(labels)
    bylabel = collections.Counter(l["label"] for l in labels)
    byevent = collections.Counter(l["event_type"] for l in labels if l["label"] == "application")
    bylang = collections.Counter(l["lang"] for l in labels)
    recruiting = n - bylabel["not_job"]
    share = recruiting / n if n else 0
    if not 0.10 <= share <= 0.18:
        err("recruiting share %.1f%% outside 10-18%%" % (share * 100))
    if not 230 <= n <= 280:
        err("message count %d outside 230-280" % n)
    if not 15 <= len(apps) <= 22:
        err("%d applications outside 15-22" % len(apps))
    if byevent["rejected"] < 10:
        err("fewer than 10 rejections")
    lookalikes = sum(1 for l in labels if l["kind"].startswith("lookalike"))
    if lookalikes < 12:
        err("fewer than 12 look-alikes")
    bysource = collections.Counter(next(iter(v))[2] for v in apps.values())

    print("mailbox: %s" % BOX)
    print("messages: %d" % n)
    print("by label: %s" % dict(bylabel.most_common()))
    print("recruiting share: %d/%d = %.1f%%" % (recruiting, n, share * 100))
    print("by event_type (applications): %s" % dict(byevent.most_common()))
    print("applications (app_keys): %d; by source: %s" % (len(apps), dict(bysource.most_common())))
    print("by lang: %s" % dict(bylang.most_common()))
    print("look-alikes (kind lookalike:*): %d" % lookalikes)
    print("messages not addressed to/from the person (mailing lists): %d" % not_addressed)
    print("first/last file: %s / %s" % (files[0], files[-1]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
