"""Corpus runs: pages/s for 1 and 2 workers, peak memory while streaming, WARC reading speed.

    python benchmarks/corpus.py                 # 10,000 pages per run (the aeb-dev pages repeated)
    python benchmarks/corpus.py --pages 2000    # quicker

1. **Throughput**: the aeb-dev text dumps and HTML pages (../shared/data/aeb-dev), repeated
   under distinct URLs to ``--pages`` pages, through ``Corpus.write`` to a JSONL file with 1 and
   2 worker processes (both passes when this build has learners).
   Also the CPU time per page (this process and its workers): on a busy machine the wall-clock
   speedup depends on free cores, the CPU time shows what parallelism costs.
2. **Memory**: peak RSS of a process streaming ``--stream-pages`` generated pages (and a tenth of
   that, to show it stays flat) through ``Corpus.write``.
3. **WARC reading**: a WARC.gz written here with warcio from the aeb-dev HTML, read with FastWARC
   (the library archnorm uses), with warcio, and with ``archnorm.io.warc.read_warc``
   (FastWARC plus digest checks and ``Page`` building); best of 3.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from archnorm import Corpus, Page

AEB = Path(__file__).resolve().parents[2] / "shared" / "data" / "aeb-dev"


def _aeb(kind: str) -> list[tuple[str, bytes]]:
    if kind == "text":
        return [(p.stem, p.read_bytes()) for p in sorted((AEB / "text").glob("*.txt"))]
    return [
        (p.name.split(".")[0], gzip.decompress(p.read_bytes()))
        for p in sorted((AEB / "html").glob("*.html.gz"))
    ]


def _repeated(docs: list[tuple[str, bytes]], n: int, fmt: str) -> list[Page]:
    pages = []
    for i in range(n):
        pid, data = docs[i % len(docs)]
        rep = i // len(docs)
        pages.append(
            Page(data=data, url=f"https://s{rep % 50}.aeb.example/{pid}/{rep}", format=fmt)  # type: ignore[arg-type]
        )
    return pages


def throughput(n: int) -> list[tuple[str, int, int, int, float, float, float]]:
    rows = []
    for kind, fmt in (("text", "text"), ("html", "html")):
        pages = _repeated(_aeb(kind), n, fmt)
        base = None
        for workers in (1, 2):
            with tempfile.TemporaryDirectory() as tmp:
                corpus = Corpus(pages, workers=workers, chunk_size=100)
                passes = 2 if corpus.learners else 1
                start, cpu0 = time.perf_counter(), _cpu()
                stats = corpus.write(Path(tmp) / "out.jsonl")
                secs, cpu = time.perf_counter() - start, _cpu() - cpu0
            assert stats.pages == n, stats
            rate = n / secs
            base = base or rate
            rows.append((kind, n, workers, passes, rate, rate / base, 1000 * cpu / n))
    return rows


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the pool's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _generated(n: int) -> Iterator[Page]:
    for i in range(n):
        text = (
            f"Home | News | Sport\nStory {i}\nBy Staff Writer\n"
            f"The council of district {i % 977} met on Tuesday to discuss the bridge, and members"
            f" agreed that work on span {i} should start before the end of the year.\n"
            f"Residents said the crossing number {i % 313} had been closed for months, which made"
            " the trip to the market longer for everyone.\nAll rights reserved.\n"
        )
        yield Page(data=text, url=f"https://site{i % 40}.example/story/{i}")


def _stream_child(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        stats = Corpus(lambda: _generated(n), chunk_size=200).write(Path(tmp) / "out.jsonl")
        secs = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{stats.pages} {peak_mb:.1f} {secs:.2f}")


def memory(n: int) -> list[tuple[int, float, float]]:
    rows = []
    for size in (n // 10, n):
        out = subprocess.run(
            [sys.executable, __file__, "--stream-child", str(size)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        pages, peak, secs = int(out[0]), float(out[1]), float(out[2])
        assert pages == size
        rows.append((size, peak, size / secs))
    return rows


def _write_warc(path: Path, docs: list[tuple[str, bytes]], records: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(records):
            pid, body = docs[i % len(docs)]
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                f"https://aeb.example/{pid}/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(rec)


def _read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            rec.reader.read()
            _ = rec.headers.get("WARC-Record-ID"), rec.http_charset
            n += 1
    return n


def _read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            rec.content_stream().read()
            _ = rec.rec_headers.get_header("WARC-Record-ID")
            _ = rec.http_headers.get_header("Content-Type")
            n += 1
    return n


def _read_archnorm(path: Path) -> int:
    from archnorm.io.warc import read_warc

    return sum(1 for p in read_warc(path) if p.error is None)


def warc(records: int) -> list[tuple[str, int, float, float, float]]:
    docs = _aeb("html")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "aeb.warc.gz"
        _write_warc(path, docs, records)
        raw_mb = sum(len(docs[i % len(docs)][1]) for i in range(records)) / 1e6
        times = {}
        for name, fn in (
            ("fastwarc", _read_fastwarc),
            ("warcio", _read_warcio),
            ("archnorm read_warc (fastwarc + checks)", _read_archnorm),
        ):
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                got = fn(path)
                best = min(best, time.perf_counter() - start)
            assert got == records, (name, got)
            times[name] = best
        for name, secs in times.items():
            rows.append((name, records, records / secs, raw_mb / secs, times["warcio"] / secs))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages per throughput run")
    parser.add_argument("--stream-pages", type=int, default=100_000, help="pages streamed")
    parser.add_argument("--warc-records", type=int, default=880, help="records in the WARC")
    parser.add_argument("--stream-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--skip", nargs="*", default=(), choices=("throughput", "memory", "warc"))
    args = parser.parse_args()
    if args.stream_child:
        _stream_child(args.stream_child)
        return
    if not AEB.is_dir():
        sys.exit(f"{AEB} not present: the shared dev data sits beside the project checkout")
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    if "throughput" not in args.skip:
        print("\nThroughput: Corpus.write to JSONL (aeb-dev pages repeated under distinct URLs)")
        head = ("input", "pages", "workers", "passes", "pages/s", "speedup", "CPU ms/page")
        print("{:<6} {:>7} {:>7} {:>6} {:>9} {:>8} {:>12}".format(*head))
        for kind, n, w, passes, rate, ratio, cpu_ms in throughput(args.pages):
            print(
                f"{kind:<6} {n:>7} {w:>7} {passes:>6} {rate:>9.1f} {ratio:>7.2f}x {cpu_ms:>12.1f}"
            )
    if "memory" not in args.skip:
        print("\nMemory: peak RSS streaming generated pages through Corpus.write (1 worker)")
        print(f"{'pages':>8} {'peak RSS MB':>12} {'pages/s':>9}")
        for size, peak, rate in memory(args.stream_pages):
            print(f"{size:>8} {peak:>12.1f} {rate:>9.1f}")
    if "warc" not in args.skip:
        print("\nWARC reading: WARC.gz of aeb-dev HTML responses, best of 3")
        print(f"{'reader':<40} {'records':>8} {'records/s':>10} {'MB/s':>8} {'vs warcio':>10}")
        for name, n, rps, mbs, ratio in warc(args.warc_records):
            print(f"{name:<40} {n:>8} {rps:>10.0f} {mbs:>8.1f} {ratio:>9.2f}x")


if __name__ == "__main__":
    main()
