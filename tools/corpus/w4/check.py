"""Validate the mailbox and print a summary: python3 src/check.py"""
import collections
import email
import json
import os
import sys
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BOX = os.path.join(os.path.dirname(HERE), "genevieve-berube")
REQ = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"]
LABELS = {"application", "recruiter_outreach", "job_alert", "not_job"}
EVENTS = {"applied", "assessment", "interview", "offer", "rejected", "withdrawn", "update"}
SOURCES = {"greenhouse", "lever", "workday", "ashby", "icims", "smartrecruiters", "taleo", "workable", "bamboohr",
           "linkedin", "indeed", "agency", "company_site", "other"}
errors = []


def err(s):
    errors.append(s)


def body_text(m):
    out = []
    for part in m.walk():
        if part.get_content_maintype() == "multipart" or part.get_filename():
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                err(f"decode error {e}")
    return "".join(out).strip()


files = sorted(f for f in os.listdir(os.path.join(BOX, "mail")) if f.endswith(".eml"))
labels = [json.loads(l) for l in open(os.path.join(BOX, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(files) != len(labels):
    err(f"count mismatch: {len(files)} files vs {len(labels)} labels")
seen = {}
prev = None
for i, f in enumerate(files):
    with open(os.path.join(BOX, "mail", f), "rb") as fh:
        m = email.message_from_binary_file(fh, policy=policy.default)
    for h in REQ:
        if m[h] is None:
            err(f"{f}: missing {h}")
    mid = str(m["Message-ID"]).strip()[1:-1]
    if mid in seen:
        err(f"{f}: duplicate Message-ID")
    seen[mid] = i
    if i < len(labels):
        lab = labels[i]
        if lab["file"] != f:
            err(f"{f}: label file {lab['file']}")
        if lab["message_id"] != mid:
            err(f"{f}: label message_id mismatch")
    d = parsedate_to_datetime(str(m["Date"]))
    if d.tzinfo is None:
        err(f"{f}: naive date")
    if prev and d < prev:
        err(f"{f}: date goes backwards")
    prev = d
    irt = m["In-Reply-To"]
    if irt:
        p = str(irt).strip()[1:-1]
        if p not in seen or seen[p] >= i:
            err(f"{f}: In-Reply-To parent not earlier in mailbox")
    if not body_text(m):
        err(f"{f}: empty body")
    if not f[:4].isdigit() or int(f[:4]) != i + 1:
        err(f"{f}: bad numbering")

apps = {}
for lab in labels:
    if lab["label"] not in LABELS:
        err(f"{lab['file']}: bad label")
    if lab["label"] == "application":
        if lab["event_type"] not in EVENTS:
            err(f"{lab['file']}: application without valid event_type")
        if lab["source"] not in SOURCES:
            err(f"{lab['file']}: bad source")
        if not (lab["company"] and lab["role"] and lab["app_key"]):
            err(f"{lab['file']}: application missing company/role/app_key")
        t = (lab["company"], lab["role"], lab["source"])
        if apps.setdefault(lab["app_key"], t) != t:
            err(f"{lab['file']}: app_key {lab['app_key']} has inconsistent company/role/source")
    else:
        if lab["event_type"] is not None or lab["app_key"] is not None:
            err(f"{lab['file']}: non-application with event_type/app_key")
        if lab["label"] in ("job_alert", "not_job") and any(lab[k] for k in ("company", "role", "source")):
            err(f"{lab['file']}: {lab['label']} should have null fields")

n = len(labels)
by_label = collections.Counter(l["label"] for l in labels)
rec = by_label["application"] + by_label["recruiter_outreach"] + by_label["job_alert"]
share = rec / n if n else 0
if not 0.10 <= share <= 0.18:
    err(f"recruiting share {share:.1%} outside 10-18%")
if not 230 <= n <= 280:
    err(f"size {n} outside 230-280")
if not 15 <= len(apps) <= 22:
    err(f"{len(apps)} applications outside 15-22")

print(f"messages: {n}")
print("by label:", dict(sorted(by_label.items())))
print("by event_type:", dict(sorted(collections.Counter(l["event_type"] for l in labels if l["event_type"]).items())))
print(f"applications: {len(apps)}")
print(f"recruiting share: {rec}/{n} = {share:.1%}")
print("by lang:", dict(sorted(collections.Counter(l["lang"] for l in labels).items())))
rl = collections.Counter(l["lang"] for l in labels if l["label"] != "not_job")
print("recruiting by lang:", dict(sorted(rl.items())), f"(fr {rl['fr'] / max(1, rec):.0%})")
print("by source:", dict(sorted(collections.Counter(v[2] for v in apps.values()).items())))
print("look-alikes:", sum(1 for l in labels if l["kind"].startswith("lookalike")))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
