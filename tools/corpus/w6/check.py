#!/usr/bin/env python3
"""Validate the rossella-iovine mailbox and print a summary. Exit code 1 on any error."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOX = os.path.join(ROOT, "rossella-iovine")
REQUIRED = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"]
LABELS = {"application", "recruiter_outreach", "job_alert", "not_job"}
EVENTS = {"applied", "assessment", "interview", "offer", "rejected", "withdrawn", "update"}
SOURCES = {"greenhouse", "lever", "workday", "ashby", "icims", "smartrecruiters", "taleo", "workable", "bamboohr",
           "linkedin", "indeed", "agency", "company_site", "other"}

errors = []


def err(msg):
    errors.append(msg)


def body_text(msg):
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            try:
                parts.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                err(f"cannot decode part: {e}")
    return "".join(parts).strip()


def main():
    maildir = os.path.join(BOX, "mail")
    files = sorted(f for f in os.listdir(maildir) if f.endswith(".eml"))
    with open(os.path.join(BOX, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    if len(files) != len(labels):
        err(f"{len(files)} files but {len(labels)} labels")
    for i, f in enumerate(files, 1):
        if not f.startswith(f"{i:04d}-"):
            err(f"bad numbering: {f}")
    seen_ids = {}
    prev_date = None
    apps = {}
    for idx, (fname, lab) in enumerate(zip(files, labels)):
        if lab["file"] != fname:
            err(f"label file {lab['file']} != {fname}")
        with open(os.path.join(maildir, fname), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in REQUIRED:
            if msg[h] is None:
                err(f"{fname}: missing {h}")
        mid = str(msg["Message-ID"]).strip().strip("<>")
        if mid != lab["message_id"]:
            err(f"{fname}: Message-ID {mid} != label {lab['message_id']}")
        if mid in seen_ids:
            err(f"{fname}: duplicate Message-ID")
        seen_ids[mid] = idx
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d.tzinfo is None:
            err(f"{fname}: Date without zone")
        if prev_date and d < prev_date:
            err(f"{fname}: date goes backwards")
        prev_date = d
        irt = msg["In-Reply-To"]
        if irt:
            p = str(irt).strip().strip("<>")
            if p not in seen_ids:
                err(f"{fname}: In-Reply-To parent not earlier in mailbox")
        if not body_text(msg):
            err(f"{fname}: empty body")
        # label checks
        if lab["label"] not in LABELS:
            err(f"{fname}: bad label")
        if lab["label"] == "application":
            if lab["event_type"] not in EVENTS:
                err(f"{fname}: application without valid event_type")
            if lab["source"] not in SOURCES:
                err(f"{fname}: bad source")
            for k in ("company", "role", "app_key"):
                if not lab[k]:
                    err(f"{fname}: application without {k}")
            trip = (lab["company"], lab["role"], lab["source"])
            apps.setdefault(lab["app_key"], set()).add(trip)
        else:
            if lab["event_type"] is not None or lab["app_key"] is not None:
                err(f"{fname}: non-application with event_type/app_key")
            if lab["label"] in ("job_alert", "not_job") and any(lab[k] for k in ("company", "role", "source")):
                err(f"{fname}: {lab['label']} with company/role/source")
    for k, v in apps.items():
        if len(v) != 1:
            err(f"app_key {k} has several (company, role, source): {v}")
    n = len(labels)
    by_label = collections.Counter(l["label"] for l in labels)
    by_event = collections.Counter(l["event_type"] for l in labels if l["label"] == "application")
    by_lang = collections.Counter(l["lang"] for l in labels)
    recruiting = [l for l in labels if l["label"] != "not_job"]
    share = len(recruiting) / n if n else 0
    if not (0.10 <= share <= 0.18):
        err(f"recruiting share {share:.3f} outside 10-18%")
    if not (230 <= n <= 280):
        err(f"message count {n} outside 230-280")
    if not (15 <= len(apps) <= 22):
        err(f"{len(apps)} applications outside 15-22")
    rej = by_event.get("rejected", 0)
    if rej < 10:
        err(f"only {rej} rejections")
    lookalikes = sum(1 for l in labels if l["kind"].startswith("lookalike"))
    if lookalikes < 12:
        err(f"only {lookalikes} look-alikes")
    rec_lang = collections.Counter(l["lang"] for l in recruiting)

    print(f"mailbox: rossella-iovine  messages: {n}")
    print("by label:", dict(sorted(by_label.items())))
    print("by event_type:", dict(sorted(by_event.items())))
    print(f"applications: {len(apps)}")
    print(f"recruiting share: {len(recruiting)}/{n} = {share:.1%}")
    print("by lang (all):", dict(sorted(by_lang.items())))
    print("by lang (recruiting):", dict(sorted(rec_lang.items())))
    print("by source (applications):", dict(sorted(collections.Counter(next(iter(v))[2] for v in apps.values()).items())))
    print(f"look-alikes: {lookalikes}  rejections: {rej}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
