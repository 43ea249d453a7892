#!/usr/bin/env python3
"""Build both mailboxes: python3 build.py  (writes ../<mailbox>/...)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build_mailbox

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def mailbox_a():
    import a_jobs, a_lookalikes, a_life_series, a_life_personal
    person = dict(mailbox="maxime-delorme", name="Maxime Delorme",
                  emails=["maxime.delorme@gmail.com", "mdelorme@free.fr"],
                  notes=open(os.path.join(os.path.dirname(__file__), "notes_a.md"), encoding="utf-8").read())
    msgs = a_jobs.MSGS + a_lookalikes.MSGS + a_life_series.MSGS + a_life_personal.MSGS
    return build_mailbox(OUT, person, msgs)


def mailbox_b():
    import b_jobs, b_lookalikes, b_life_series, b_life_personal
    person = dict(mailbox="nadia-benhamou", name="Nadia Benhamou",
                  emails=["nadia.benhamou@orange.fr", "n.benhamou69@hotmail.fr"],
                  notes=open(os.path.join(os.path.dirname(__file__), "notes_b.md"), encoding="utf-8").read())
    msgs = b_jobs.MSGS + b_lookalikes.MSGS + b_life_series.MSGS + b_life_personal.MSGS
    return build_mailbox(OUT, person, msgs)


if __name__ == "__main__":
    which = sys.argv[1:] or ["a", "b"]
    for w in which:
        labels = {"a": mailbox_a, "b": mailbox_b}[w]()
        print(w, len(labels))
