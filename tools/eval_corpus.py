#!/usr/bin/env python3
"""Runs jobtrack on a part of the unseen corpus and scores it.

    tools/eval_corpus.py dev                 # the development part (tune on it)
    tools/eval_corpus.py test --final        # the test part: run once, at the end
    tools/eval_corpus.py test2 --final       # the second test part (six more writers): once, at the end
    tools/eval_corpus.py dev --lang de       # only the German label lines
    tools/eval_corpus.py dev --mailbox NAME  # one mailbox

Every mailbox of the part (corpora/unseen/<part>/<mailbox>/: mail/*.eml,
labels.jsonl, person.toml) becomes an `eml` account of one user whose
addresses are the mailboxes' people's (person.toml), in a fresh data root;
`jobtrack run` classifies and groups it, and `jobtrack eval` scores it
against the concatenated labels. Extra arguments after `--` go to eval
(e.g. `-- --format json`).
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def toml_str(s: str) -> str:
    return json.dumps(s)  # a JSON string is a valid TOML basic string


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", choices=["dev", "test", "test2"])
    ap.add_argument("--final", action="store_true", help="required for the test part")
    ap.add_argument("--lang", help="only label lines of this language")
    ap.add_argument("--mailbox", action="append", help="only these mailboxes")
    ap.add_argument("--binary", default=None, help="the jobtrack binary [cargo run]")
    ap.add_argument("--keep", help="keep the data root here instead of a temporary folder")
    ap.add_argument("--sensitivity", help="[classify] sensitivity: balanced, high-recall, high-precision or a factor")
    args, extra = ap.parse_known_args()
    args.eval_args = [a for a in extra if a != "--"]
    if args.part.startswith("test") and not args.final:
        print("the test part is run once, when the work is done: add --final", file=sys.stderr)
        return 2
    part = ROOT / "corpora" / "unseen" / args.part
    boxes = sorted(p for p in part.iterdir() if (p / "labels.jsonl").exists())
    if args.mailbox:
        boxes = [b for b in boxes if b.name in args.mailbox]
    if not boxes:
        print(f"no mailboxes under {part}", file=sys.stderr)
        return 2
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="jt-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    emails, names = [], []
    accounts, labels = [], []
    for box in boxes:
        person = tomllib.loads((box / "person.toml").read_text())
        emails += person.get("emails", [])
        names.append(person.get("name", ""))
        accounts.append(
            f"[[accounts]]\nname = {toml_str(box.name)}\nprovider = \"eml\"\npath = {toml_str(str(box / 'mail'))}\n"
        )
        labels += [l for l in (box / "labels.jsonl").read_text().splitlines() if l.strip()]
    config = work / "jobtrack.toml"
    config.write_text(
        "[user]\nid = \"corpus\"\n"
        f"emails = [{', '.join(toml_str(e) for e in emails)}]\n"
        f"\n[storage]\ndata-dir = {toml_str(str(work / 'data'))}\n\n"
        + (f"[classify]\nsensitivity = {toml_str(args.sensitivity)}\n\n" if args.sensitivity else "")
        + "\n".join(accounts)
    )
    (work / "labels.jsonl").write_text("\n".join(labels) + "\n")
    binary = [args.binary] if args.binary else ["cargo", "run", "--quiet", "-p", "jobtrack", "--"]
    run = subprocess.run(binary + ["--config", str(config), "run"], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout + run.stderr, file=sys.stderr)
        return run.returncode
    ev = binary + ["--config", str(config), "eval", "--labels", str(work / "labels.jsonl")]
    if args.lang:
        ev += ["--lang", args.lang]
    code = subprocess.run(ev + args.eval_args, cwd=ROOT).returncode
    print(f"({len(boxes)} mailboxes, {len(labels)} labels; data root {work})", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
