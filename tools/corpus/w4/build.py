"""Build the mailbox: python3 src/build.py (deterministic, stdlib only)."""
import json
import os
import shutil
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import apps  # noqa: E402,F401  (registers application / outreach / alert mail)
import life  # noqa: E402,F401  (ordinary mail, part 1)
import life2  # noqa: E402,F401  (ordinary mail, part 2)
import look  # noqa: E402,F401  (look-alikes)

MAILBOX = "genevieve-berube"
OUT = os.path.join(os.path.dirname(HERE), MAILBOX)

CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def main():
    msgs = lib.MSGS
    keys = {}
    for i, d in enumerate(msgs):
        if d["key"] in keys:
            raise SystemExit("duplicate key " + d["key"])
        keys[d["key"]] = d
        d["_dt"] = lib.local_dt(d["date"])
        d["_i"] = i
        n, a = parseaddr(d["frm"])
        d["_from_name"], d["_from_addr"] = n, a
    msgs.sort(key=lambda d: (d["_dt"], d["_i"]))
    for d in msgs:
        d["_mid"] = lib.make_mid(d["key"], d["_from_addr"], d["_dt"], d.get("mid"), d.get("mid_dom"))

    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "mail"))
    labels = []
    for n, d in enumerate(msgs, 1):
        fname = f"{n:04d}-{d['key']}.eml"
        m = EmailMessage(policy=policy.default)
        m["From"] = d["frm"]
        m["To"] = ", ".join(d["to"])
        if d.get("cc"):
            m["Cc"] = ", ".join(d["cc"])
        if d.get("reply_to"):
            m["Reply-To"] = d["reply_to"]
        m["Subject"] = d["subj"]
        m["Date"] = format_datetime(lib.header_dt(d["_dt"], d.get("tz")))
        m["Message-ID"] = "<" + d["_mid"] + ">"
        text = d["body"].strip("\n") + "\n"
        if d.get("reply"):
            p = keys[d["reply"]]
            if p["_dt"] >= d["_dt"]:
                raise SystemExit(f"reply before parent: {d['key']}")
            refs = (p.get("_refs") or []) + [p["_mid"]]
            d["_refs"] = refs
            m["In-Reply-To"] = "<" + p["_mid"] + ">"
            m["References"] = " ".join("<" + r + ">" for r in refs[-6:])
            if d.get("quote", True) and not d.get("html_only"):
                ptxt = p["body"].strip("\n")
                text = text + "\n" + lib.attribution(p, d.get("qlang", d["lang"])) + "\n" + lib.quote_block(ptxt) + "\n"
        for hk, hv in (d.get("headers") or {}).items():
            m[hk] = hv
        charset = d.get("charset", "utf-8")
        if charset != "utf-8":
            for a, b in (("\u2014", "-"), ("\u2013", "-"), ("\u2019", "'"), ("\u2026", "...")):
                text = text.replace(a, b)
            text.encode(charset)
        cte = CTE[d.get("cte", "qp")]
        html = d.get("html")
        if html is True:
            html = lib.auto_html(d["body"], d.get("brand"), d.get("color", "#1f3b57"), d.get("footer"), d["lang"])
        if d.get("html_only"):
            m.set_content(html, subtype="html", charset=charset, cte=cte)
        else:
            m.set_content(text, subtype="plain", charset=charset, cte=cte)
            if html:
                m.add_alternative(html, subtype="html", charset=charset, cte=CTE[d.get("html_cte", d.get("cte", "qp"))])
        if d.get("ics"):
            ics_txt = d["ics"]
            if m.get_content_type() != "multipart/alternative":
                m.make_alternative()
            m.add_alternative(ics_txt, subtype="calendar", charset="utf-8", cte="7bit" if ics_txt.isascii() else "quoted-printable",
                              params={"method": "REQUEST"})
            m.add_attachment(ics_txt.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
        for fn, mime, data in d.get("atts") or []:
            mt, st = mime.split("/")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        for j, part in enumerate(m.walk()):
            if part.is_multipart():
                part.set_boundary("----=_Part_" + lib._h(d["key"] + str(j), 24))
        if "MIME-Version" not in m:
            m["MIME-Version"] = "1.0"
        with open(os.path.join(OUT, "mail", fname), "wb") as f:
            f.write(m.as_bytes(policy=policy.default))

        lab = d["label"]
        rec = {"file": fname, "message_id": d["_mid"], "label": lab, "event_type": None, "company": None,
               "company_aliases": [], "role": None, "app_key": None, "source": None,
               "posting_url": d.get("posting"), "lang": d["lang"], "kind": d["kind"]}
        if lab == "application":
            company, aliases, role, source = lib.APPS[d["app"]]
            rec.update(event_type=d["ev"], company=company, company_aliases=aliases, role=role,
                       app_key=d["app"], source=source)
        elif lab == "recruiter_outreach":
            rec.update(company=d.get("company"), company_aliases=d.get("aliases", []), role=d.get("role"))
        labels.append(rec)

    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "person.toml"), "w", encoding="utf-8") as f:
        f.write('name = "Geneviève Bérubé"\n')
        f.write("emails = [" + ", ".join(f'"{a}"' for a in lib.MY_ADDRS) + "]\n")
    shutil.copy(os.path.join(HERE, "NOTES.md"), os.path.join(OUT, "NOTES.md"))
    print(f"wrote {len(msgs)} messages to {OUT}")


if __name__ == "__main__":
    main()
