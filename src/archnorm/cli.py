"""The ``archnorm`` command line.

``archnorm normalize PATH... [-o OUT]`` reads pages from files, folders (recursive, ``.gz`` too),
JSONL files, WARC / WARC.gz files or ``-`` (stdin) and runs a corpus run (``archnorm.corpus``):
pass one learns site profiles and the name index, pass two writes records to ``OUT`` (JSONL or
Parquet by the file name, a folder of shards, or stdout), on ``--workers`` processes, resuming
what an interrupted run left.  A progress line shows pages/s; a summary line ends the run.  The
exit status is 0 when at least one page became a record (or all were already written), 1 when
none could, 2 for usage errors.

``archnorm dates TEXT...`` and ``archnorm names FILE`` are quick checks of the dates and names
stages at the shell.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from archnorm._version import __version__
from archnorm.corpus import Corpus, RunStats
from archnorm.dates import find_dates
from archnorm.errors import ArchnormError
from archnorm.io.writers import JsonlWriter
from archnorm.names import cluster_names

_EXAMPLES = """\
examples:
  archnorm normalize page.txt                  one page, record to stdout
  archnorm normalize pages/ -o records.jsonl   every file under pages/, recursively
  archnorm normalize export.jsonl -o out.jsonl one page per JSONL line ("text"/"html", "url")
  cat page.html | archnorm normalize - --format html
  archnorm normalize crawl/*.warc.gz -o records.parquet --workers 2
  archnorm normalize site/ -o out.jsonl --site-profiles save profiles.json
  archnorm dates "Tuesday, 3 March 2025" --anchor 2025-03-05
  archnorm names people.txt
"""


class Progress:
    """A one-line progress display on stderr, redrawn at most 5 times a second.

    It appears only on a terminal (or when forced) and only once a run has taken a second, so
    short runs and logs stay clean.
    """

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.start = time.perf_counter()
        self.last = 0.0
        self.shown = False
        self.width = 0

    def update(self, stats: RunStats) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.start < 1.0 or now - self.last < 0.2:
            return
        self.last = now
        if stats.phase == "learn":
            line = f"learning: {stats.learned_pages} pages, {stats.rate:.0f} pages/s"
        else:
            line = f"writing: {stats.pages} pages, {stats.errors} errors, {stats.rate:.0f} pages/s"
            if stats.skipped:
                line += f", {stats.skipped} already written"
        self.width = max(len(line), self.width)  # pad over a longer line shown before
        self.stream.write(f"\r{line.ljust(self.width)} ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="archnorm",
        description="Turn scraped news pages into clean, normalised, explained records.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"archnorm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    norm = sub.add_parser(
        "normalize",
        help="normalise pages into JSONL records",
        description="Normalise pages (text dumps, HTML, JSONL) into JSONL records.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    norm.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, JSONL file or -")
    norm.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUT",
        help="where to write records: a .jsonl, .jsonl.gz or .parquet file, a folder of shards"
        " (an existing folder or a name ending in /), or - for stdout (default)",
    )
    norm.add_argument(
        "--format",
        choices=("auto", "text", "markdown", "html", "jsonl"),
        default="auto",
        help="how to read inputs (default: by extension and content)",
    )
    norm.add_argument(
        "--output-format",
        choices=("jsonl", "parquet"),
        default=None,
        help="format of the shards when OUT is a folder (default: jsonl)",
    )
    norm.add_argument(
        "--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)"
    )
    norm.add_argument(
        "--chunk-size",
        type=int,
        default=200,
        metavar="N",
        help="pages per chunk of work and per output shard (default: 200)",
    )
    norm.add_argument(
        "--site-profiles",
        nargs=2,
        metavar=("save|load", "PATH"),
        help="save the learned site profiles to PATH, or load them from PATH instead of learning",
    )
    norm.add_argument(
        "--authority",
        metavar="PATH",
        help="authority file (CSV or JSON) of canonical names, for the names stage",
    )
    norm.add_argument(
        "--no-learn",
        action="store_true",
        help="one pass only: no site profiles or name index learned from the corpus",
    )
    norm.add_argument(
        "--non-html",
        choices=("error", "skip"),
        default="error",
        help="WARC responses that are not HTML or text (PDF, images): error records or skip",
    )
    norm.add_argument(
        "--overwrite",
        action="store_true",
        help="start OUT afresh instead of resuming (skipping records already written)",
    )
    norm.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: on a terminal)",
    )

    dates = sub.add_parser(
        "dates",
        help="find dates in text (a quick check at the shell)",
        description="Print the date mentions archnorm finds in each TEXT.",
    )
    dates.add_argument("texts", nargs="+", metavar="TEXT", help="text to search (- for stdin)")
    dates.add_argument("--anchor", help="ISO date that relative dates are resolved against")
    order = dates.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True)
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False)
    dates.add_argument("--json", action="store_true", help="one JSON object per mention")

    names = sub.add_parser(
        "names",
        help="cluster names (a quick check at the shell)",
        description="Cluster the names in FILE (one per line; - for stdin) and print the clusters.",
    )
    names.add_argument("file", metavar="FILE")
    names.add_argument("--authority", metavar="PATH", help="authority file (CSV or JSON)")
    names.add_argument("--json", action="store_true", help="one JSON object per cluster")
    return parser


def _site_profiles(args: argparse.Namespace) -> tuple[str | None, Any]:
    """(``save`` path or None, loaded profiles or None) from ``--site-profiles``."""
    if not args.site_profiles:
        return None, None
    verb, path = args.site_profiles
    if verb == "save":
        return path, None
    if verb == "load":
        from archnorm.partition import load_site_profiles  # noqa: PLC0415

        return None, load_site_profiles(path)
    raise ArchnormError(f"--site-profiles takes save or load, not {verb!r}")


def run_normalize(args: argparse.Namespace, stderr: TextIO) -> int:
    show = args.progress if args.progress is not None else stderr.isatty()
    progress = Progress(stderr, enabled=show)
    save_profiles, profiles = _site_profiles(args)
    from_stdin = "-" in args.paths
    if from_stdin and save_profiles:
        raise ArchnormError("--site-profiles save needs file inputs (stdin can be read once)")
    corpus = Corpus(
        args.paths,
        read_format=args.format,
        non_html=args.non_html,
        learners=[] if (args.no_learn or from_stdin) else None,
        profiles=profiles,
        authority=args.authority,
        workers=args.workers,
        chunk_size=args.chunk_size,
        progress=progress.update,
    )
    if save_profiles:
        from archnorm.partition import save_site_profiles  # noqa: PLC0415

        learned = corpus.learn()
        if "site-profiles" not in learned:
            raise ArchnormError("--site-profiles save: this build has no site profiles stage")
        save_site_profiles(learned["site-profiles"], save_profiles)
    if args.output == "-":
        with JsonlWriter("-") as out:
            for record in corpus.records():
                out.write(record)
        stats = corpus.stats
    else:
        stats = corpus.write(args.output, format=args.output_format, overwrite=args.overwrite)
    progress.close()
    where = "" if args.output == "-" else f" -> {args.output}"
    stderr.write(f"archnorm: {stats.summary()}{where}\n")
    return 0 if stats.records or (stats.skipped and not stats.pages) else 1


def run_dates(args: argparse.Namespace, stdout: TextIO) -> int:
    texts = [sys.stdin.read() if t == "-" else t for t in args.texts]
    for i, text in enumerate(texts):
        for m in find_dates(text, anchor=args.anchor, dayfirst=args.dayfirst):
            if args.json:
                stdout.write(json.dumps({"text_index": i, **m.to_dict()}, ensure_ascii=False))
                stdout.write("\n")
            else:
                stdout.write(f"{m.text}\t{m.value}\t{m.precision}\t{m.start}-{m.end}\n")
    return 0


def run_names(args: argparse.Namespace, stdout: TextIO) -> int:
    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchnormError(f"cannot read the names file: {exc}", input_id=args.file) from exc
    names = [line.strip() for line in raw.splitlines() if line.strip()]
    for cluster in cluster_names(names, authority=args.authority):
        if args.json:
            stdout.write(json.dumps(cluster.to_dict(), ensure_ascii=False) + "\n")
        else:
            others = [m for m in cluster.members if m != cluster.canonical]
            stdout.write(cluster.canonical + ("\t" + " | ".join(others) if others else "") + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "dates":
            return run_dates(args, sys.stdout)
        if args.command == "names":
            return run_names(args, sys.stdout)
        return run_normalize(args, sys.stderr)
    except KeyboardInterrupt:
        sys.stderr.write("archnorm: interrupted; run the same command again to resume\n")
        return 130
    except BrokenPipeError:
        return 0
    except ArchnormError as exc:
        sys.stderr.write(f"archnorm: {exc}\n")
        return 2
    except OSError as exc:  # the output file: inputs that fail become error records instead
        target = exc.filename or getattr(args, "output", "")
        sys.stderr.write(f"archnorm: cannot write {target}: {exc.strerror or exc}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
