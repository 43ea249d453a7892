#!/usr/bin/env python3
"""Validate the w3 mailbox and print a summary: python3 src/check.py"""
import collections
import email
import json
import os
import sys
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BOX = os.path.join(os.path.dirname(HERE), "griet-vandenbussche")
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
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            try:
                texts.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                err("cannot decode part: %s" % e)
    return "".join(texts).strip()


def main():
    mail_dir = os.path.join(BOX, "mail")
    files = sorted(f for f in os.listdir(mail_dir) if f.endswith(".eml"))
    labels = [json.loads(line) for line in open(os.path.join(BOX, "labels.jsonl"), encoding="utf-8")]
    if len(files) != len(labels):
        err("count mismatch: %d files, %d labels" % (len(files), len(labels)))
    for i, f in enumerate(files, 1):
        if not f.startswith("%04d-" % i):
            err("bad numbering: %s" % f)

    seen_ids = {}
    last_date = None
    apps = {}
    for f, lab in zip(files, labels):
        raw = open(os.path.join(mail_dir, f), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # noqa: BLE001
            err("%s: does not parse: %s" % (f, e))
            continue
        for h in REQUIRED:
            if msg[h] is None:
                err("%s: missing header %s" % (f, h))
        if msg.defects:
            err("%s: defects %s" % (f, msg.defects))
        mid = str(msg["Message-ID"]).strip()
        if not (mid.startswith("<") and mid.endswith(">")):
            err("%s: Message-ID not bracketed" % f)
        mid = mid.strip("<>")
        if mid in seen_ids:
            err("%s: duplicate Message-ID (also %s)" % (f, seen_ids[mid]))
        seen_ids[mid] = f
        # labels line up
        if sorted(lab.keys()) != sorted(KEYS):
            err("%s: label keys %s" % (f, sorted(lab.keys())))
        if lab["file"] != f:
            err("%s: label file %s" % (f, lab["file"]))
        if lab["message_id"] != mid:
            err("%s: label message_id differs" % f)
        # date order
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.tzinfo is None:
            err("%s: date without zone" % f)
        if last_date and d < last_date:
            err("%s: date goes backwards" % f)
        last_date = d
        # threading
        irt = msg["In-Reply-To"]
        if irt is not None:
            p = str(irt).strip().strip("<>")
            if p not in seen_ids or seen_ids[p] == f:
                err("%s: In-Reply-To parent not earlier in mailbox" % f)
            refs = str(msg.get("References", "")).split()
            for r in refs:
                if r.strip("<>") not in seen_ids:
                    err("%s: References unknown id %s" % (f, r))
        # body
        if not body_text(msg):
            err("%s: empty body" % f)
        # label consistency
        L = lab["label"]
        if L not in LABELS:
            err("%s: bad label %s" % (f, L))
        if L == "application":
            if lab["event_type"] not in EVENTS:
                err("%s: application without valid event_type" % f)
            for k in ("company", "role", "app_key", "source"):
                if not lab[k]:
                    err("%s: application without %s" % (f, k))
            if lab["source"] not in SOURCES:
                err("%s: bad source %s" % (f, lab["source"]))
            key = (lab["company"], lab["role"], lab["source"], tuple(lab["company_aliases"]))
            apps.setdefault(lab["app_key"], set()).add(key)
        else:
            if lab["event_type"] is not None or lab["app_key"] is not None or lab["source"] is not None:
                err("%s: non-application with event/app_key/source" % f)
            if L in ("job_alert", "not_job"):
                if any(lab[k] for k in ("company", "role", "posting_url", "company_aliases")):
                    err("%s: %s must have null fields" % (f, L))
        if not lab["lang"] or not lab["kind"]:
            err("%s: lang/kind missing" % f)

    for k, v in apps.items():
        if len(v) != 1:
            err("app_key %s has %d different (company, role, source) tuples" % (k, len(v)))

    n = len(labels)
    by_label = collections.Counter(l["label"] for l in labels)
    recruiting = n - by_label["not_job"]
    share = recruiting / n if n else 0
    if not (0.10 <= share <= 0.18):
        err("recruiting share %.3f outside 10-18%%" % share)
    if not (230 <= n <= 280):
        err("message count %d outside 230-280" % n)
    if not (15 <= len(apps) <= 22):
        err("application count %d outside 15-22" % len(apps))

    print("mailbox: griet-vandenbussche")
    print("messages: %d" % n)
    print("by label: " + ", ".join("%s=%d" % kv for kv in sorted(by_label.items())))
    print("recruiting share: %.1f%% (%d messages)" % (100 * share, recruiting))
    ev = collections.Counter(l["event_type"] for l in labels if l["label"] == "application")
    print("application events: " + ", ".join("%s=%d" % kv for kv in sorted(ev.items())))
    print("applications (app_key): %d" % len(apps))
    src = collections.Counter(next(iter(v))[2] for v in apps.values())
    print("applications by source: " + ", ".join("%s=%d" % kv for kv in sorted(src.items())))
    print("by lang (all): " + ", ".join("%s=%d" % kv for kv in sorted(collections.Counter(l["lang"] for l in labels).items())))
    rl = collections.Counter(l["lang"] for l in labels if l["label"] != "not_job")
    print("by lang (recruiting): " + ", ".join("%s=%d" % kv for kv in sorted(rl.items())))
    look = sum(1 for l in labels if l["kind"].startswith("lookalike"))
    print("look-alikes (kind lookalike:*): %d" % look)
    print("threads (messages with In-Reply-To): %d" % sum(
        1 for f in files if email.message_from_bytes(open(os.path.join(mail_dir, f), "rb").read(),
                                                     policy=policy.default)["In-Reply-To"]))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
