#!/usr/bin/env python3
"""Validate the laura-rincon mailbox and print a summary."""
import collections, email, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOX = os.path.join(ROOT, "laura-rincon")
REQ = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"]
LABELS = {"application", "recruiter_outreach", "job_alert", "not_job"}
EVENTS = {"applied", "assessment", "interview", "offer", "rejected", "withdrawn", "update"}
SOURCES = {"greenhouse", "lever", "workday", "ashby", "icims", "smartrecruiters", "taleo", "workable", "bamboohr",
           "linkedin", "indeed", "agency", "company_site", "other"}
errors = []


def err(m):
    errors.append(m)


files = sorted(f for f in os.listdir(os.path.join(BOX, "mail")) if f.endswith(".eml"))
labels = [json.loads(l) for l in open(os.path.join(BOX, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(files) != len(labels):
    err("count mismatch: %d files vs %d labels" % (len(files), len(labels)))

seen_ids = {}
prev_dt = None
apps = {}
for i, (fn, lab) in enumerate(zip(files, labels)):
    if fn != lab["file"]:
        err("%s: label file name %s" % (fn, lab["file"]))
    if not fn.startswith("%04d-" % (i + 1)):
        err("%s: numbering" % fn)
    raw = open(os.path.join(BOX, "mail", fn), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in REQ:
        if msg[h] is None:
            err("%s: missing %s" % (fn, h))
    mid = str(msg["Message-ID"]).strip().strip("<>")
    if mid != lab["message_id"]:
        err("%s: message-id %s != label %s" % (fn, mid, lab["message_id"]))
    if mid in seen_ids:
        err("%s: duplicate Message-ID (also %s)" % (fn, seen_ids[mid]))
    seen_ids[mid] = fn
    dt = parsedate_to_datetime(str(msg["Date"]))
    if dt.tzinfo is None:
        err("%s: date without zone" % fn)
    if prev_dt and dt < prev_dt:
        err("%s: date goes backwards" % fn)
    prev_dt = dt
    for hdr in ("In-Reply-To", "References"):
        if msg[hdr]:
            for ref in str(msg[hdr]).split():
                r = ref.strip().strip("<>")
                if r not in seen_ids or seen_ids[r] == fn:
                    err("%s: %s parent %s not earlier in mailbox" % (fn, hdr, r))
    body = ""
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            try:
                body += part.get_content()
            except Exception as e:  # noqa
                err("%s: cannot decode body: %s" % (fn, e))
    if not body.strip():
        err("%s: empty body" % fn)
    # labels
    L = lab["label"]
    if L not in LABELS:
        err("%s: bad label %s" % (fn, L))
    if L == "application":
        if lab["event_type"] not in EVENTS:
            err("%s: application without valid event_type" % fn)
        if not (lab["company"] and lab["role"] and lab["app_key"] and lab["source"] in SOURCES):
            err("%s: application missing company/role/app_key/source" % fn)
        key = (lab["company"], lab["role"], lab["source"], tuple(lab["company_aliases"]))
        if apps.setdefault(lab["app_key"], key) != key:
            err("%s: app_key %s has inconsistent company/role/source" % (fn, lab["app_key"]))
    else:
        if lab["event_type"] is not None or lab["app_key"] is not None:
            err("%s: non-application with event_type/app_key" % fn)
        if L in ("job_alert", "not_job") and any(lab[k] for k in ("company", "role", "source", "posting_url")):
            err("%s: %s must have null fields" % (fn, L))
    pu = lab["posting_url"]
    if pu and pu not in body and pu.rstrip("/").split("/")[-1] not in body:
        err("%s: posting_url not shown in body" % fn)
    if not lab.get("lang") or not lab.get("kind"):
        err("%s: lang/kind missing" % fn)

n = len(labels)
by_label = collections.Counter(l["label"] for l in labels)
recruit = n - by_label["not_job"]
share = recruit / n if n else 0
if not 0.10 <= share <= 0.18:
    err("recruiting share %.3f outside 10-18%%" % share)
if not 230 <= n <= 280:
    err("message count %d outside 230-280" % n)
if not 15 <= len(apps) <= 22:
    err("%d applications outside 15-22" % len(apps))

ev = collections.Counter(l["event_type"] for l in labels if l["label"] == "application")
langs = collections.Counter(l["lang"] for l in labels)
rec_langs = collections.Counter(l["lang"] for l in labels if l["label"] != "not_job")
sources = collections.Counter(v[2] for v in apps.values())
lookalikes = sum(1 for l in labels if l["kind"].startswith("lookalike"))

print("mailbox: laura-rincon  messages: %d" % n)
print("by label:", dict(by_label))
print("recruiting share: %d/%d = %.1f%%" % (recruit, n, 100 * share))
print("application event types:", dict(ev))
print("applications (distinct app_key): %d" % len(apps))
print("application sources:", dict(sources))
print("by lang (all):", dict(langs))
print("by lang (recruiting): %s  -> es share %.0f%%" % (dict(rec_langs), 100 * rec_langs["es"] / max(recruit, 1)))
print("look-alikes (kind lookalike:*): %d" % lookalikes)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
