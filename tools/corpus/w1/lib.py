"""Registry for hand-written messages. Each module calls m(...) once per message."""

MSGS = []
APPS = {}

ME = "Nicola Fairclough <nicola.fairclough@gmail.com>"
ME_BT = "Nicky Fairclough <nicky.fairclough@btinternet.com>"
ME_ADDR = "nicola.fairclough@gmail.com"
ME_BT_ADDR = "nicky.fairclough@btinternet.com"

# CV is a few bytes of fake PDF
CV_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          b"% Nicola Fairclough - Quality Engineer - CV (fake test content)\n%%EOF\n")


def fake_pdf(title):
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% " + title + " (fake test content)\n%%EOF\n").encode()


def app(key, company, role, source, aliases=()):
    APPS[key] = dict(company=company, role=role, source=source, aliases=list(aliases))


def m(key, date, frm, to, subject, body, *, tz=None, cc=None, reply_to=None, quote=False,
      html=None, html_only=False, att=None, ics=None, ics_att=False, cte=None,
      label="not_job", ev=None, app=None, company=None, aliases=None, role=None, url=None,
      lang="en", kind="", mid=None, headers=None, slug=None):
    d = dict(locals())
    for x in MSGS:
        if x["key"] == key:
            raise ValueError("duplicate key " + key)
    MSGS.append(d)
