"""Mail overview: emails per week and top senders, from the published warehouse.

Usage: python3 notebooks/mail_overview.py [PATH/TO/warehouse.duckdb]
"""
import sys

import duckdb

path = sys.argv[1] if len(sys.argv) > 1 else "jobtrack-data/warehouse.duckdb"
con = duckdb.connect(path, read_only=True)

per_week = con.sql(
    "select date_trunc('week', received_at) as week, count(*) as emails "
    "from emails group by 1 order by 1"
)
top_senders = con.sql(
    "select from_address, count(*) as emails from emails "
    "group by 1 order by 2 desc, 1 limit 15"
)
try:
    import polars  # noqa: F401  (optional: nicer frames)

    print(per_week.pl())
    print(top_senders.pl())
except ImportError:
    per_week.show()
    top_senders.show()
