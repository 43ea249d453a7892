#!/usr/bin/env python3
"""Build the mailbox of Rossella Iovine. Deterministic: python3 src/build.py"""
import json
import os
import re
import shutil
import sys
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mailkit as K  # noqa: E402
import c_apps  # noqa: E402,F401  (application definitions)
import c_jobs  # noqa: E402,F401  (recruiting mail)
import c_life_a  # noqa: E402,F401  (Feb-Mar everyday mail)
import c_life_b  # noqa: E402,F401  (Apr-May everyday mail)
import c_life_c  # noqa: E402,F401  (Jun-Jul everyday mail)
import c_life_d  # noqa: E402,F401  (extra everyday mail)

BOX = "rossella-iovine"
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, BOX)


def slug(key):
    s = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    return s[:48]


def main():
    if os.path.isdir(os.path.join(OUT, "mail")):
        shutil.rmtree(os.path.join(OUT, "mail"))
    os.makedirs(os.path.join(OUT, "mail"), exist_ok=True)
    msgs = sorted(K.MSGS, key=lambda r: (r["date"].timestamp(), r["order"]))
    # parents must come first
    pos = {r["key"]: i for i, r in enumerate(msgs)}
    for r in msgs:
        if r["parent"] is not None:
            assert pos[r["parent"]["key"]] < pos[r["key"]], ("parent after child", r["key"])
    # build in order so References chains are complete
    labels = []
    pol = email.policy.default.clone(linesep="\r\n", max_line_length=78)
    for i, r in enumerate(msgs, 1):
        fname = f"{i:04d}-{slug(r['key'])}.eml"
        em = K.build_email(r)
        with open(os.path.join(OUT, "mail", fname), "wb") as f:
            f.write(em.as_bytes(policy=pol))
        lab = {"file": fname, "message_id": r["mid"], "label": r["label"], "event_type": None,
               "company": None, "company_aliases": [], "role": None, "app_key": None, "source": None,
               "posting_url": r["url"], "lang": r["lang"], "kind": r["kind"]}
        if r["label"] == "application":
            company, aliases, role, source = K.APPS[r["app_key"]]
            lab.update(event_type=r["ev"], company=company, company_aliases=aliases, role=role,
                       app_key=r["app_key"], source=source)
        elif r["label"] == "recruiter_outreach":
            o = r["outreach"]
            lab.update(company=o.get("company"), company_aliases=o.get("aliases", []), role=o.get("role"))
        labels.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "person.toml"), "w", encoding="utf-8") as f:
        f.write('name = "Rossella Iovine"\n')
        f.write('emails = ["rossella.iovine@gmail.com", "r.iovine@libero.it"]\n')
    shutil.copy(os.path.join(HERE, "NOTES.md"), os.path.join(OUT, "NOTES.md"))
    print(f"wrote {len(msgs)} messages to {OUT}")


if __name__ == "__main__":
    main()
