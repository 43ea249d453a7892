"""Small helpers shared by the hand-written data files."""


def app(company, aliases, role, key, source, url=None):
    return dict(company=company, company_aliases=aliases, role=role, app_key=key,
                source=source, posting_url=url)


def lab(base, event, kind, lang="it", label="application"):
    d = dict(base)
    d.update(label=label, event_type=event, kind=kind, lang=lang)
    return d


def nj(kind, lang="it"):
    """not_job label."""
    return dict(label="not_job", kind=kind, lang=lang)


def outreach(company, aliases, role, kind, lang="it"):
    return dict(label="recruiter_outreach", company=company, company_aliases=aliases, role=role,
                kind=kind, lang=lang)


def alert(kind, lang="it"):
    return dict(label="job_alert", kind=kind, lang=lang)
