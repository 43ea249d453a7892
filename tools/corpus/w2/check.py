#!/usr/bin/env python3
"""Validate the verena-hofstaetter mailbox and print a summary: python3 src/check.py"""
import collections
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BOX = os.path.join(os.path.dirname(HERE), "verena-hofstaetter")
MAILDIR = os.path.join(BOX, "mail")
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
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            try:
                found.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                err(f"cannot decode part: {e}")
    return "".join(found).strip()


def main():
    files = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    with open(os.path.join(BOX, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    if len(files) != len(labels):
        err(f"{len(files)} files but {len(labels)} label lines")

    seen_ids = {}
    prev_date = None
    parsed = []
    for i, fname in enumerate(files):
        with open(os.path.join(MAILDIR, fname), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        parsed.append(msg)
        if not fname.startswith(f"{i+1:04d}-"):
            err(f"{fname}: numbering out of sequence")
        for h in REQUIRED:
            if msg[h] is None:
                err(f"{fname}: missing header {h}")
        mid = str(msg["Message-ID"]).strip().strip("<>")
        if mid in seen_ids:
            err(f"{fname}: duplicate Message-ID (also {seen_ids[mid]})")
        seen_ids[mid] = i
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
        except Exception:  # noqa: BLE001
            err(f"{fname}: bad Date")
            d = None
        if d is not None:
            if d.tzinfo is None:
                err(f"{fname}: Date without time zone")
            elif prev_date and d < prev_date:
                err(f"{fname}: date earlier than previous message")
            prev_date = d
        irt = msg["In-Reply-To"]
        if irt:
            pid = str(irt).strip().strip("<>")
            if pid not in seen_ids or seen_ids[pid] >= i:
                err(f"{fname}: In-Reply-To parent not found earlier")
        if not body_text(msg):
            err(f"{fname}: empty body")
        if i < len(labels):
            lab = labels[i]
            if sorted(lab.keys()) != sorted(KEYS):
                err(f"{fname}: label keys {sorted(lab.keys())}")
            if lab["file"] != fname:
                err(f"{fname}: label file is {lab['file']}")
            if lab["message_id"] != mid:
                err(f"{fname}: label message_id mismatch")

    app_sig = {}
    for lab in labels:
        f = lab["file"]
        if lab["label"] not in LABELS:
            err(f"{f}: bad label {lab['label']}")
        if lab["label"] == "application":
            if lab["event_type"] not in EVENTS:
                err(f"{f}: application without valid event_type")
            for k in ("company", "role", "app_key", "source"):
                if not lab[k]:
                    err(f"{f}: application missing {k}")
            if lab["source"] not in SOURCES:
                err(f"{f}: bad source {lab['source']}")
            sig = (lab["company"], lab["role"], lab["source"])
            if app_sig.setdefault(lab["app_key"], sig) != sig:
                err(f"{f}: app_key {lab['app_key']} has differing company/role/source")
        else:
            if lab["event_type"] is not None or lab["app_key"] is not None:
                err(f"{f}: non-application with event_type/app_key")
            if lab["label"] in ("job_alert", "not_job") and (lab["company"] or lab["role"] or lab["source"]):
                err(f"{f}: {lab['label']} with company/role/source")

    n = len(labels)
    by_label = collections.Counter(l["label"] for l in labels)
    recruiting = by_label["application"] + by_label["recruiter_outreach"] + by_label["job_alert"]
    share = recruiting / n if n else 0
    if not (0.10 <= share <= 0.18):
        err(f"recruiting share {share:.1%} outside 10-18%")
    if not (230 <= n <= 280):
        err(f"{n} messages, expected 230-280")
    n_apps = len(app_sig)
    if not (15 <= n_apps <= 22):
        err(f"{n_apps} applications, expected 15-22")
    rejections = sum(1 for l in labels if l["event_type"] == "rejected")
    lookalikes = sum(1 for l in labels if l["kind"].startswith("lookalike"))

    print(f"messages: {n}")
    print("by label:", dict(by_label))
    print("by event_type:", dict(collections.Counter(l["event_type"] for l in labels if l["event_type"])))
    print(f"applications (distinct app_key): {n_apps}")
    print("by source:", dict(collections.Counter(v[2] for v in app_sig.values())))
    print(f"recruiting share: {recruiting}/{n} = {share:.1%}")
    rec_lang = collections.Counter(l["lang"] for l in labels if l["label"] != "not_job")
    print("by lang (all):", dict(collections.Counter(l["lang"] for l in labels)))
    print("by lang (recruiting):", dict(rec_lang))
    print(f"rejections: {rejections}, look-alikes: {lookalikes}")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
