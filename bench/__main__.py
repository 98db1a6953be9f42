"""``python -m bench all [--articles N] [--quick]``: run the benchmarks, print
one table, and with ``--record`` write bench/RESULTS.md.

Stages: ``extract`` (throughput against bare spaCy, worker scaling),
``writes`` (batched writer against one transaction per article), ``scale``
(N articles end to end, then the same corpus again), ``writer`` (the same
corpus extracted once beforehand, then written alone, per block), ``queries`` (explorer
queries and schema examples on the loaded graph), ``app`` (server-side render
of a 300-node view). ``profile`` runs pyinstrument over extraction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import time

from bench.run import Bench, machine

STAGES = ("extract", "writes", "scale", "writer", "queries", "app")


def table(figures) -> str:
    header = ["area", "measure", "value", "reference", "ratio", "target"]
    rows = [header] + [f.row() for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", nargs="+", choices=["all", *STAGES, "profile"],
                        help="one or more stages, run in the order given (all: every stage)")
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size for scale/queries/app")
    parser.add_argument("--quick", action="store_true", help="a few hundred articles, under two minutes")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--record", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles = min(args.articles, 300)
    bench = Bench(articles=args.articles, quick=args.quick, seed=args.seed, workers=args.workers)
    if "profile" in args.stage:
        from bench.profile import profile_extraction

        profile_extraction(bench)
        return 0
    stages = STAGES if "all" in args.stage else tuple(dict.fromkeys(args.stage))
    # SIGTERM (kill, a closed terminal's session) unwinds like Ctrl-C, so the finally below runs; and Ctrl-C
    # itself, also when the shell that started the run ignored it (a background job without job control)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    previous_int = signal.signal(signal.SIGINT, _interrupt)
    try:
        code = run_stages(bench, args, stages)
        if _INTERRUPTED:  # a library swallowed the KeyboardInterrupt: the run still ends as interrupted
            print("interrupted", file=sys.stderr)
            return 130
        return code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        try:
            bench.close()
        except KeyboardInterrupt:  # a second Ctrl-C while stopping: stop all the same
            bench.close()
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)


_INTERRUPTED: list[int] = []


def _interrupt(signum, frame):
    _INTERRUPTED.append(signum)
    raise KeyboardInterrupt


def run_stages(bench, args, stages) -> int:
    """Run the stages and print the table of figures."""
    started = time.monotonic()
    driver = bench.driver() if set(stages) - {"extract"} else None
    for stage in stages:
        if _INTERRUPTED:
            raise KeyboardInterrupt
        print(f"== {stage}", file=sys.stderr, flush=True)
        if stage == "extract":
            bench.extraction()
        elif stage == "writes":
            bench.writes(driver)
        elif stage == "scale":
            bench.scale(driver)
        elif stage == "writer":
            bench.writer(driver)
        elif stage in ("queries", "app"):
            if not {"scale", "writer"} & set(stages):
                print(f"   ({stage} runs on whatever the bench graph holds now)", file=sys.stderr)
            getattr(bench, stage)(driver)
    total = time.monotonic() - started
    print(table(bench.figures))
    for note in bench.notes:
        print(f"note: {note}")
    print(f"total benchmark time {total:.0f} s")
    if args.record:
        record(bench, args, total)
    return 0


def record(bench, args, total: float) -> None:
    from pathlib import Path

    info = machine()
    command = "python -m bench " + " ".join(a for a in sys.argv[1:] if a != "--record")
    text = f"""# Benchmark results

Recorded {dt.date.today().isoformat()} with `{command}` (total {total:.0f} s).

Machine: {info['cpu']}, {info['cores']} cores, {info['memory']} RAM; {info['os']};
Python {info['python']}; {info['java']}; Neo4j 5.26.30 (local, heap 2 GB, page cache 1 GB).

{table(bench.figures)}

""" + "".join(f"- {n}\n" for n in bench.notes) + """
The reference for each ratio was measured in the same run: bare `nlp.pipe`
of the same spaCy model on the same texts (extraction), one process
(workers), one transaction per article with one statement per fact (writes),
the same ingest with its writes discarded (what writing adds), and the first
load of the corpus (re-ingest). See bench/README.md for what each stage does.
"""
    Path(__file__).resolve().parent.joinpath("RESULTS.md").write_text(text, encoding="utf-8")
    print("wrote bench/RESULTS.md")


if __name__ == "__main__":
    sys.exit(main())
