"""The ``archnorm`` command line.

``archnorm normalize PATH... [-o OUT.jsonl] [--format auto|text|html|jsonl]`` reads pages from
files, folders (recursive), JSONL files or ``-`` (stdin), writes one JSON record per line, shows a
progress line on stderr when there are many pages, and ends with a summary line.  The exit status
is 0 when at least one page became a record, 1 when none could, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from archnorm._version import __version__
from archnorm.io.readers import iter_pages
from archnorm.io.writers import JsonlWriter
from archnorm.pipeline import normalize

_EXAMPLES = """\
examples:
  archnorm normalize page.txt                  one page, record to stdout
  archnorm normalize pages/ -o records.jsonl   every file under pages/, recursively
  archnorm normalize export.jsonl -o out.jsonl one page per JSONL line ("text"/"html", "url")
  cat page.html | archnorm normalize - --format html
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

    def update(self, pages: int, errors: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.start < 1.0 or now - self.last < 0.2:
            return
        self.last = now
        rate = pages / (now - self.start)
        self.stream.write(f"\r{pages} pages, {errors} errors, {rate:.0f} pages/s ")
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
        metavar="OUT.jsonl",
        help="where to write records (default: stdout)",
    )
    norm.add_argument(
        "--format",
        choices=("auto", "text", "html", "jsonl"),
        default="auto",
        help="how to read inputs (default: by extension and content)",
    )
    norm.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: on a terminal)",
    )
    return parser


def run_normalize(args: argparse.Namespace, stderr: TextIO) -> int:
    pages = records = errors = 0
    started = time.perf_counter()
    show = args.progress if args.progress is not None else stderr.isatty()
    progress = Progress(stderr, enabled=show)
    with JsonlWriter(args.output) as out:
        for page in iter_pages(args.paths, args.format):
            record = normalize(page, on_error="record")
            out.write(record)
            pages += 1
            if record.error is None:
                records += 1
            else:
                errors += 1
            progress.update(pages, errors)
    progress.close()
    seconds = time.perf_counter() - started
    stderr.write(f"archnorm: {pages} pages, {records} records, {errors} errors, {seconds:.2f} s\n")
    return 0 if records else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return run_normalize(args, sys.stderr)
    except KeyboardInterrupt:
        sys.stderr.write("archnorm: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the output file: inputs that fail become error records instead
        sys.stderr.write(f"archnorm: cannot write {exc.filename or args.output}: {exc.strerror}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
