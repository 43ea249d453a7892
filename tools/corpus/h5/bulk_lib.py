"""Helpers for generating the everyday (not_job) bulk mail from hand-written snippets."""
import datetime as dt
from eml_lib import M


def weekly(start, end, weekday, hour, minute, rng, jitter_min=25, skip=()):
    """Dates of a weekly stream, e.g. a newsletter every Thursday at 07:00."""
    d = start
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    out = []
    while d <= end:
        if d not in skip:
            m = max(0, min(59, minute + rng.randint(-jitter_min, jitter_min))) if jitter_min else minute
            out.append(dt.datetime(d.year, d.month, d.day, hour, m))
        d += dt.timedelta(days=7)
    return out


def monthly(start, end, day, hour, rng):
    out = []
    y, m = start.year, start.month
    while True:
        try:
            d = dt.date(y, m, day)
        except ValueError:
            d = dt.date(y, m, 28)
        if d > end:
            break
        if d >= start:
            out.append(dt.datetime(d.year, d.month, d.day, hour, rng.randint(0, 59)))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def random_dates(start, end, n, rng, hours=(8, 23), weekend_ok=True):
    span = (end - start).days
    out = []
    while len(out) < n:
        d = start + dt.timedelta(days=rng.randint(0, span))
        if not weekend_ok and d.weekday() >= 5:
            continue
        h = rng.randint(hours[0], hours[1] - 1)
        out.append(dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59)))
    return sorted(out)


def fmt_date(d):
    return d.strftime("%Y-%m-%d %H:%M")


def eur(x):
    s = "%.2f" % x
    ent, dec = s.split(".")
    ent = "{:,}".format(int(ent)).replace(",", ".")
    return "%s,%s €" % (ent, dec)


def mxn(x):
    return "${:,.2f}".format(x)
