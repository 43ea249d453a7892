"""Runs every notebooks/*.ipynb headless against a warehouse and checks what they show.

Usage: python3 notebooks/run_all.py PATH/TO/warehouse.duckdb [--out DIR]

Each notebook runs top to bottom with nbclient (kernel python3, at most 120 s a cell, working
directory notebooks/ as in Jupyter) with JOBTRACK_WAREHOUSE set to the warehouse. A notebook passes
when no cell fails, it shows at least one image/png (a matplotlib chart), it printed at least one
"<table>: N rows" line, every such N equals `select count(*)` on the warehouse, and every warehouse
table or view its code reads (`from X` / `join X` in SQL, `read_table("X")`) has such a line.

The .ipynb files in the repository are never written: the executed copies go to --out DIR, or to a
temporary directory removed at the end. One line per notebook; exit 1 if any notebook failed, 2 on
a usage error.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

HERE = Path(__file__).resolve().parent
CELL_TIMEOUT = 120
COUNT_LINE = re.compile(r"^(\w+): (\d+) rows$")
SQL_SOURCE = re.compile(r'\b(?:from|join)\s+"?(\w+)"?', re.IGNORECASE)
READ_TABLE = re.compile(r"""\bread_table\(\s*["'](\w+)["']""")


def warehouse_counts(path: Path) -> dict[str, int]:
    """`select count(*)` of every table and view in the warehouse, opened read-only."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            row[0]
            for row in con.sql(
                "select table_name from information_schema.tables "
                "where table_schema = 'main' order by table_name"
            ).fetchall()
        ]
        return {name: con.sql(f'select count(*) from "{name}"').fetchall()[0][0] for name in names}
    finally:
        con.close()


def printed_counts(nb: nbformat.NotebookNode) -> list[tuple[str, int]]:
    """The "<table>: N rows" lines a run printed on stdout."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                for line in out.get("text", "").splitlines():
                    m = COUNT_LINE.match(line.strip())
                    if m:
                        found.append((m.group(1), int(m.group(2))))
    return found


def tables_read(nb: nbformat.NotebookNode, known: set[str]) -> set[str]:
    """The warehouse tables and views a notebook's code names as a SQL source or in read_table()."""
    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            names.update(SQL_SOURCE.findall(cell.source))
            names.update(READ_TABLE.findall(cell.source))
    return names & known


def image_count(nb: nbformat.NotebookNode) -> int:
    return sum(
        1
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if "image/png" in out.get("data", {})
    )


def describe_cell(nb: nbformat.NotebookNode, index: int | None) -> str:
    if index is None:
        return "before the first cell"
    cell = nb.cells[index]
    first = next((line for line in cell.source.splitlines() if line.strip()), "")
    return f"cell {index + 1} ({first.strip()[:60]!r})"


def run_one(path: Path, counts: dict[str, int], out_dir: Path) -> tuple[bool, str]:
    """Executes one notebook and checks it; (passed, one-line summary)."""
    nb = nbformat.read(path, as_version=4)
    current: dict[str, int | None] = {"index": None}

    def on_cell_start(cell, cell_index):  # noqa: ANN001 (nbclient hook)
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        on_cell_start=on_cell_start,
    )
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except CellExecutionError as exc:
        evalue = " ".join(line.strip() for line in str(getattr(exc, "evalue", "")).splitlines() if line.strip())
        error = f"{describe_cell(nb, current['index'])} raised {getattr(exc, 'ename', 'an error')}: {evalue[:300]}"
    except CellTimeoutError:
        error = f"{describe_cell(nb, current['index'])} timed out after {CELL_TIMEOUT} s"
    except DeadKernelError as exc:
        error = f"the kernel died in {describe_cell(nb, current['index'])}: {exc}"
    except Exception as exc:  # noqa: BLE001 (kernel start-up and the like: report, go on)
        error = f"{describe_cell(nb, current['index'])}: {type(exc).__name__}: {exc}"
    elapsed = time.monotonic() - started
    nbformat.write(nb, out_dir / path.name)
    if error:
        return False, f"FAIL {path.name} ({elapsed:.1f} s): {error}"

    problems = []
    images = image_count(nb)
    if images == 0:
        problems.append("no image/png output (no chart shown)")
    printed = printed_counts(nb)
    if not printed:
        problems.append('printed no "<table>: N rows" line')
    for name, n in printed:
        if name not in counts:
            problems.append(f"printed {name}: {n} rows, but the warehouse has no table {name}")
        elif n != counts[name]:
            problems.append(f"printed {name}: {n} rows, but select count(*) says {counts[name]}")
    missing = sorted(tables_read(nb, set(counts)) - {name for name, _ in printed})
    if missing:
        problems.append("reads " + ", ".join(missing) + " without printing its row count")
    if problems:
        return False, f"FAIL {path.name} ({elapsed:.1f} s): " + "; ".join(problems)
    shown = ", ".join(f"{name}={n}" for name, n in dict(printed).items())
    return True, f"ok   {path.name} ({elapsed:.1f} s): {images} chart(s), rows {shown}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warehouse", type=Path, help="the published warehouse.duckdb")
    parser.add_argument("--out", type=Path, help="keep the executed notebooks here (default: a temporary directory, removed)")
    args = parser.parse_args()

    warehouse = args.warehouse.expanduser().resolve()
    if not warehouse.is_file():
        print(f"run_all: no warehouse at {warehouse}", file=sys.stderr)
        return 2
    notebooks = sorted(HERE.glob("*.ipynb"))
    if not notebooks:
        print(f"run_all: no notebooks in {HERE}", file=sys.stderr)
        return 2

    counts = warehouse_counts(warehouse)
    os.environ["JOBTRACK_WAREHOUSE"] = str(warehouse)  # the kernels inherit it
    if args.out:
        out_dir = args.out.expanduser().resolve()
        if out_dir == HERE:
            print("run_all: --out must not be the notebooks directory itself", file=sys.stderr)
            return 2
        out_dir.mkdir(parents=True, exist_ok=True)
        temp = None
    else:
        temp = tempfile.mkdtemp(prefix="jobtrack-notebooks-")
        out_dir = Path(temp)

    started = time.monotonic()
    failed = 0
    try:
        for path in notebooks:
            ok, line = run_one(path, counts, out_dir)
            failed += not ok
            print(line, flush=True)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    total = time.monotonic() - started
    where = f"; executed copies in {out_dir}" if args.out else ""
    print(f"{len(notebooks) - failed} of {len(notebooks)} notebooks passed in {total:.1f} s{where}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
