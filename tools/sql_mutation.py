#!/usr/bin/env python3
"""Line-deletion mutation testing of the SQL models against their golden test.

For every model, `sql/**/*.sql` outside `sql/views/`, and every line of it
that is neither blank nor a `--` comment, deletes that one line, runs the golden test
(`stages/tests/it/sql_golden.rs`, which reads the SQL from disk) and restores
the file. A deletion the test does not notice "survives": the fixtures under
`stages/tests/fixtures/sql/` do not cover that line, or deleting it gives
SQL that means the same on every input the upstream stages can produce.
Survivors of the second kind are explained in EQUIVALENT below; the run
prints those explanations first, then every survivor.

The warehouse views of `sql/views/` are left out: they are DuckDB SQL
compiled into the binary (the views of `tables::TABLES`, through include_str!)
and checked by another test (`resolve.rs`, `warehouse_views`), so a deletion
on disk would reach neither.

Usage (from anywhere in the repository):

    tools/sql_mutation.py                 # every model
    tools/sql_mutation.py --only applications --runs 3

The test binary is built once (`cargo test --workspace --test it --no-run`),
copied away (clones sharing CARGO_TARGET_DIR write their test binaries under
the same names) and run directly, so no deletion causes a rebuild. Exit
status: 0 when every survivor is explained, 1 otherwise, 2 when the unmutated
test fails or the binary is not this clone's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lines whose deletion cannot change any output (file, stripped line) -> why.
EQUIVALENT: dict[tuple[str, str], str] = {
    # Row order: the golden test sorts every output by all its columns, so a
    # model's final ORDER BY (the row order of the Parquet file it writes) is
    # not what it checks.
    (
        "sql/intermediate/int_application_emails.sql",
        "order by application_id, event_timestamp nulls first, email_id",
    ): "final ORDER BY: the golden output is sorted by all columns",
    (
        "sql/marts/application_events.sql",
        "order by application_id, event_timestamp nulls first, email_id",
    ): "final ORDER BY: the golden output is sorted by all columns",
    (
        "sql/marts/applications.sql",
        "order by application_date desc nulls last, application_id",
    ): "final ORDER BY: the golden output is sorted by all columns",
    (
        "sql/marts/emails.sql",
        "order by received_at nulls last, email_id",
    ): "final ORDER BY: the golden output is sorted by all columns",
    (
        "sql/marts/users.sql",
        "order by user_id",
    ): "final ORDER BY: the golden output is sorted by all columns",
    # Filters that only save work: the rows they drop never reach the output.
    (
        "sql/intermediate/int_application_keys.sql",
        "where own_company_key is not null",
    ): "a null employer key joins nothing after it (its substr() and = are null)",
    (
        "sql/intermediate/int_application_keys.sql",
        "and substr(a.company_key, 1, 4) = substr(b.company_key, 1, 4)",
    ): "a pre-filter: keys that are equal or jt_company_similar share their first "
    "four letters (own_company_key is jt_company_key of the name)",
    (
        "sql/intermediate/int_application_emails.sql",
        "where role_key is not null",
    ): "a null role key has no jt_role_similarity and joins nothing after it",
    (
        "sql/intermediate/int_application_emails.sql",
        "where r.role_key is null",
    ): "roleless_match is only read for mail with a null role key (in assigned), "
    "and its ranking is per email",
    (
        "sql/intermediate/int_emails_in_context.sql",
        "where thread_id is not null",
    ): "a null thread id joins no mail in by_thread (= is null), and stg_emails.thread_id "
    "is never null",
    # Same meaning.
    (
        "sql/intermediate/int_emails_in_context.sql",
        "else m.event_type",
    ): "only mail that is not application mail gets there, and int_emails_corrected "
    "nulls the event of all such mail, as a case without else does",
    (
        "sql/intermediate/int_application_emails.sql",
        "rows between unbounded preceding and current row",
    ): "the default frame (range up to the current row) is the same rows: the "
    "order key (ts, email_id) is unique in a partition",
    (
        "sql/marts/applications.sql",
        "when 'applied' then 1",
    ): "the rank only orders events past 'applied'/'update', which come first; "
    "an 'applied' row that is first sets no status",
    (
        "sql/marts/applications.sql",
        "when 'assessment' then 2",
    ): "at 0 assessment still ranks below every other event that can be a status "
    "(event types are an enum: applied, assessment, interview, offer, rejected, "
    "withdrawn, update)",
    (
        "sql/marts/applications.sql",
        "else 0",
    ): "only 'update' gets there, and an update never sets the status",
    (
        "sql/marts/applications.sql",
        "max(company_key) as company_key",
    ): "grouped.company_key is not read by final",
}


def cargo_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", "/var/tmp/jobtrack-target")
    return env


def test_binary() -> str:
    """Builds the stages' integration-test binary and returns its path."""
    out = subprocess.run(
        ["cargo", "test", "--workspace", "--test", "it", "--no-run", "--message-format=json"],
        cwd=ROOT,
        env=cargo_env(),
        stdout=subprocess.PIPE,
        check=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if (
            msg.get("reason") == "compiler-artifact"
            and msg["target"]["name"] == "it"
            and "jobtrack-stages" in msg["package_id"]
            and msg.get("executable")
        ):
            return msg["executable"]
    sys.exit("sql_mutation: cargo built no `it` test binary of jobtrack-stages")


def golden_passes(binary: str, timeout: float) -> bool:
    env = dict(os.environ)
    # Never write .snap.new files for a mutant's output.
    env["INSTA_UPDATE"] = "no"
    env.pop("INSTA_FORCE_PASS", None)
    env["RUST_BACKTRACE"] = "0"
    try:
        run = subprocess.run(
            [binary, "sql_golden", "--quiet"],
            cwd=ROOT / "stages",
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return False
    return run.returncode == 0


def mutable_lines(text: str) -> list[int]:
    return [
        i
        for i, line in enumerate(text.splitlines(keepends=True))
        if line.strip() and not line.strip().startswith("--")
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="only sql files whose name contains this")
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="run each mutant N times: it survives if it passes every run, and is "
        "reported as flaky if it passes some (a model whose result depends on row order)",
    )
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per test run")
    parser.add_argument("--binary", help="the `it` test binary to run (default: cargo builds it)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sql_mutation.") as tmp:
        binary = Path(tmp) / "it"
        shutil.copy2(args.binary or test_binary(), binary)
        # The golden test finds sql/ through the CARGO_MANIFEST_DIR it was built with.
        if str(ROOT / "stages").encode() not in binary.read_bytes():
            print(f"sql_mutation: the test binary was not built from {ROOT}", file=sys.stderr)
            return 2
        return mutate(str(binary), args)


def mutate(binary: str, args: argparse.Namespace) -> int:
    started = time.monotonic()
    if not golden_passes(binary, args.timeout):
        print("sql_mutation: the golden test fails without any mutation", file=sys.stderr)
        return 2
    baseline = time.monotonic() - started

    files = sorted(f for f in ROOT.glob("sql/**/*.sql") if f.parent.name != "views")
    if args.only:
        files = [f for f in files if args.only in f.name]
    survivors: list[tuple[str, int, str]] = []
    flaky: list[tuple[str, int, str]] = []
    mutants = 0
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        original = path.read_text()
        lines = original.splitlines(keepends=True)
        try:
            for i in mutable_lines(original):
                mutants += 1
                path.write_text("".join(lines[:i] + lines[i + 1 :]))
                passes = sum(golden_passes(binary, args.timeout) for _ in range(args.runs))
                line = lines[i].strip()
                if passes == args.runs:
                    survivors.append((rel, i + 1, line))
                elif passes > 0:
                    flaky.append((rel, i + 1, line))
                verdict = "SURVIVED" if passes == args.runs else "flaky" if passes else "killed"
                print(f"{rel}:{i + 1}: {verdict}", file=sys.stderr, flush=True)
        finally:
            path.write_text(original)

    explained = [s for s in survivors if (s[0], s[2]) in EQUIVALENT]
    unexplained = [s for s in survivors if (s[0], s[2]) not in EQUIVALENT]
    print(f"# {mutants} line deletions in {len(files)} files, {len(survivors)} survived")
    print(f"# golden test run: {baseline:.1f} s; total {time.monotonic() - started:.0f} s")
    if explained:
        print("# Survivors that change nothing the test can see:")
        for rel, n, line in explained:
            print(f"#   {rel}:{n}: {EQUIVALENT[(rel, line)]}")
    for rel, n, line in survivors:
        mark = "" if (rel, line) in EQUIVALENT else "   <- not covered"
        print(f"{rel}:{n}: {line}{mark}")
    for rel, n, line in flaky:
        print(f"{rel}:{n}: {line}   <- killed in some runs only")
    return 1 if unexplained or flaky else 0


if __name__ == "__main__":
    sys.exit(main())
