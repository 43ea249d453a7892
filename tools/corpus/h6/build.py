# -*- coding: utf-8 -*-
"""Build both mailboxes under /work/corpus-work/h6/ from the hand-written data.
Usage: python3 build.py"""
import collections
import email
import email.policy
import json
import re
from email.header import Header
import os
import shutil
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

MAILBOXES = []
EXTRA_PLATFORM = {"orbitale--ux-research-consultant": "welcometothejungle"}


def register():
    import a_jobs, a_life, a_series, b_jobs, b_life, b_series  # noqa
    MAILBOXES.append(dict(
        name="davide-ferraresi-bologna", addr="Davide Ferraresi <davide.ferraresi84@gmail.com>",
        person='name = "Davide Ferraresi"\nemails = ["davide.ferraresi84@gmail.com", "d.ferraresi@libero.it"]\n',
        notes=open(os.path.join(OUT, "src", "notes_a.md"), encoding="utf-8").read(),
        msgs=a_jobs.messages() + a_life.lookalikes() + a_life.personal() + a_series.series()))
    MAILBOXES.append(dict(
        name="giulia-marengo-torino", addr="Giulia Marengo <giulia.marengo.ux@gmail.com>",
        person='name = "Giulia Marengo"\nemails = ["giulia.marengo.ux@gmail.com", "giulia.marengo@outlook.it"]\n',
        notes=open(os.path.join(OUT, "src", "notes_b.md"), encoding="utf-8").read(),
        msgs=b_jobs.messages() + b_life.lookalikes() + b_life.personal() + b_life.extra() + b_series.series()))


def build_box(box):
    msgs = box["msgs"]
    keys = collections.Counter(m["key"] for m in msgs)
    dup = [k for k, v in keys.items() if v > 1]
    assert not dup, dup
    by_key = {m["key"]: m for m in msgs}
    for m in msgs:
        m["_utc"] = lib.local_dt(m).astimezone(ZoneInfo("UTC"))
    msgs.sort(key=lambda m: (m["_utc"], m["key"]))
    seen = set()
    for m in msgs:
        mid = lib.make_mid(m)
        while mid in seen:
            m["key"] += "x"
            mid = lib.make_mid(m)
        seen.add(mid)
        m["_mid"] = mid
        if m.get("parent"):
            p = by_key[m["parent"]]
            assert p["_utc"] < m["_utc"], (m["key"], "before parent", p["key"])
    base = os.path.join(OUT, box["name"])
    if os.path.exists(base):
        shutil.rmtree(base)
    os.makedirs(os.path.join(base, "mail"))
    rendered = {}
    labels = []
    for i, m in enumerate(msgs, 1):
        msg, text = lib.build(m, by_key, box["addr"], rendered)
        rendered[m["key"]] = text
        fname = "%04d-%s.eml" % (i, m.get("slug") and lib.slugify(m["slug"]) or lib.slugify(m["subj"]))
        data = msg.as_bytes(policy=email.policy.SMTP)
        if m.get("subj_cs"):
            # keep the legacy charset in the encoded-word (the default policy would re-encode as UTF-8)
            enc = Header(m["subj"], m["subj_cs"], maxlinelen=76, header_name="Subject").encode(linesep="\r\n")
            data = re.sub(rb"^Subject:.*?\r\n(?![ \t])", b"Subject: " + enc.encode("ascii") + b"\r\n", data,
                          count=1, flags=re.M | re.S)
        with open(os.path.join(base, "mail", fname), "wb") as f:
            f.write(data)
        lab = lib.label_of(m)
        row = {"file": fname, "message_id": m["_mid"].strip("<>")}
        row.update({k: lab[k] for k in ("label", "event_type", "company", "company_aliases", "role", "app_key",
                                        "source", "posting_url", "lang", "kind")})
        labels.append(row)
    # source "other": name the platform in kind on every message of that application
    plat = dict(EXTRA_PLATFORM)
    for r in labels:
        if r["label"] == "application" and r["source"] == "other" and r["app_key"] not in plat:
            k = r["kind"]
            if k.startswith(("ats-", "jobboard-")) and ":" in k:
                plat[r["app_key"]] = k.split(":", 1)[1].split("-")[0]
    for r in labels:
        if r["label"] == "application" and r["source"] == "other":
            p = plat.get(r["app_key"])
            assert p, r
            if p not in r["kind"]:
                r["kind"] += ";via:" + p
    with open(os.path.join(base, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(base, "person.toml"), "w", encoding="utf-8") as f:
        f.write(box["person"])
    with open(os.path.join(base, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write(box["notes"])
    return base


def check(base):
    rows = [json.loads(l) for l in open(os.path.join(base, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(os.path.join(base, "mail")))
    assert [r["file"] for r in rows] == files, "labels/file mismatch"
    prev = None
    mids = set()
    for r in rows:
        raw = open(os.path.join(base, "mail", r["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (r["file"], h)
        assert msg["Message-ID"].strip().strip("<>") == r["message_id"], r["file"]
        assert r["message_id"] not in mids
        mids.add(r["message_id"])
        dt = msg["Date"].datetime
        assert prev is None or dt >= prev, r["file"]
        prev = dt
        if msg["In-Reply-To"]:
            assert msg["In-Reply-To"].strip().strip("<>") in mids, (r["file"], "parent missing")
        # every text part decodes
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        if r["label"] == "application":
            assert r["event_type"] in ("applied", "assessment", "interview", "offer", "rejected", "withdrawn", "update"), r
            assert r["app_key"] and r["source"], r
        else:
            assert r["event_type"] is None and r["app_key"] is None, r
    # app_key consistency
    apps = collections.defaultdict(set)
    for r in rows:
        if r["label"] == "application":
            apps[r["app_key"]].add((r["company"], r["role"], r["source"], r["posting_url"]))
    for k, v in apps.items():
        assert len(v) == 1, (k, v)
    c = collections.Counter(r["label"] for r in rows)
    ev = collections.Counter(r["event_type"] for r in rows if r["event_type"])
    langs = collections.Counter(r["lang"] for r in rows)
    rec = c["application"] + c["recruiter_outreach"] + c["job_alert"]
    lk = sum(1 for r in rows if r["kind"].startswith("lookalike"))
    print("==", os.path.basename(base), "messages:", len(rows))
    print("  labels:", dict(c))
    print("  events:", dict(ev))
    print("  applications:", len(apps), " lookalikes:", lk)
    print("  langs:", dict(langs))
    print("  recruiting share: %.1f%% (application only %.1f%%)" % (100.0 * rec / len(rows), 100.0 * c["application"] / len(rows)))
    ctypes = collections.Counter()
    for r in rows:
        msg = email.message_from_bytes(open(os.path.join(base, "mail", r["file"]), "rb").read(), policy=email.policy.default)
        ctypes[msg.get_content_type()] += 1
        for part in msg.walk():
            if not part.is_multipart():
                ctypes["cte:" + str(part["Content-Transfer-Encoding"])] += 1
                ctypes["cs:" + str(part.get_content_charset())] += 1
    print("  mime:", dict(ctypes))


if __name__ == "__main__":
    register()
    for box in MAILBOXES:
        check(build_box(box))
