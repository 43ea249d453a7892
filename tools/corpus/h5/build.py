#!/usr/bin/env python3
"""Build both mailboxes of corpus h5 from the hand-written data files.
Usage: python3 build.py   (writes ../<mailbox>/...)"""
import collections
import json
import os
import sys
from email import policy
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eml_lib import Mailbox  # noqa: E402

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def build_irene():
    import data_irene_apps as A
    import data_irene_life as L
    import data_irene_bulk as B
    mb = Mailbox("irene-castano-madrid", "Irene Castaño Ruiz",
                 ["irene.castano.ruiz@gmail.com", "irecasta93@hotmail.com"], "Europe/Madrid", 5001)
    mb.extend(A.SPECS)
    mb.extend(L.SPECS)
    mb.extend(B.build(mb.rng))
    apply_b64(mb)
    labels = mb.write(OUT, A.APPS)
    return mb, labels, A.APPS


def build_armando():
    import data_armando_apps as A
    import data_armando_life as L
    import data_armando_bulk as B
    mb = Mailbox("armando-villasenor-cdmx", "José Armando Villaseñor Téllez",
                 ["armando.villasenor.t@gmail.com", "armando_vt86@hotmail.com"], "America/Mexico_City", 5002)
    mb.extend(A.SPECS)
    mb.extend(L.SPECS)
    mb.extend(B.build(mb.rng))
    apply_b64(mb)
    labels = mb.write(OUT, A.APPS)
    return mb, labels, A.APPS


# a few bodies are sent base64-encoded, as some mail servers and ESPs do
B64 = {
    "irene-castano-madrid": ["kua-conf", "lk-master", "promo-0", "promo-3", "promo-6", "promo-9", "glovo-2", "glovo-5",
                             "hor-rej", "lk-tarjeta", "mudanzas", "tgss-2412"],
    "armando-villasenor-cdmx": ["ver-conf", "ver-rej", "esp-conf", "nor-conf", "lk-credito-rej", "promo-1", "promo-5",
                                "disney-02", "disney-04", "fb-1", "fb-4", "casero-renta", "escuela-marzo"],
}


def apply_b64(mb):
    for sid in B64.get(mb.name, []):
        mb.by_id[sid]["cte"] = "base64"


def copy_notes(mb):
    import shutil
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes_%s.md" % mb.name)
    shutil.copy(src, os.path.join(OUT, mb.name, "NOTES.md"))


def check(mb, labels, apps):
    base = os.path.join(OUT, mb.name)
    files = sorted(f for f in os.listdir(os.path.join(base, "mail")) if f.endswith(".eml"))
    assert len(files) == len(labels), (len(files), len(labels))
    prev = None
    ids = set()
    for f, lab in zip(files, labels):
        assert f == lab["file"]
        with open(os.path.join(base, "mail", f), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        mid = msg["Message-ID"].strip()[1:-1]
        assert mid == lab["message_id"], (f, mid)
        assert mid not in ids
        ids.add(mid)
        for h in ("From", "To", "Date", "Subject", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (f, h)
        d = msg["Date"].datetime
        assert prev is None or d >= prev, f
        prev = d
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content(), f
        if msg["In-Reply-To"]:
            assert msg["In-Reply-To"].strip()[1:-1] in ids, (f, "parent missing")
    c = collections.Counter(l["label"] for l in labels)
    ev = collections.Counter(l["event_type"] for l in labels if l["label"] == "application")
    langs = collections.Counter(l["lang"] for l in labels)
    keys = collections.Counter(l["app_key"] for l in labels if l["app_key"])
    for k in keys:
        rows = [l for l in labels if l["app_key"] == k]
        assert len({(r["company"], r["role"], r["source"]) for r in rows}) == 1, k
    lk = sum(1 for l in labels if l["kind"].startswith("lookalike:"))
    rec = c["application"] + c["recruiter_outreach"] + c["job_alert"]
    print("==", mb.name, "total", len(labels))
    print("   labels", dict(c))
    print("   events", dict(ev))
    print("   applications", len(keys), "lookalikes", lk, "langs", dict(langs))
    print("   recruiting share %.1f%% (application only %.1f%%)" % (100 * rec / len(labels), 100 * c["application"] / len(labels)))
    print("   first", labels[0]["file"], "last", labels[-1]["file"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["irene", "armando"]
    for w in which:
        mb, labels, apps = {"irene": build_irene, "armando": build_armando}[w]()
        copy_notes(mb)
        check(mb, labels, apps)
