"""Readers: WARC / WARC.gz (provenance, charset, damage), .gz files, JSONL with bad lines."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archnorm import normalize
from archnorm.io.readers import iter_pages, list_inputs
from archnorm.io.warc import read_warc

pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) reads WARCs")

ARTICLE = (
    "<html><head><title>Harbour {i} reopens</title></head><body><nav>Home | News | Sport</nav>"
    "<h1>Harbour {i} reopens</h1><p>By Ines Carvalho</p>"
    "<p>The harbour at pier {i} reopened on Monday after a long repair, and fishing boats were"
    " back at work by noon, the port authority said in a statement.</p>"
    "<p>Workers replaced the old timber with concrete, which the authority expects to last for"
    " fifty years with little upkeep, according to the chief engineer.</p></body></html>"
)


def _warc_record(rtype: str, url: str, block: bytes, content_type: str, n: int) -> bytes:
    digest = base64.b32encode(hashlib.sha1(block).digest()).decode()
    head = (
        f"WARC/1.0\r\nWARC-Type: {rtype}\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=n)}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-05-0{1 + n % 9}T10:00:00Z\r\n"
        f"WARC-Block-Digest: sha1:{digest}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def make_warc(
    bodies: list[tuple[str, bytes, str]], *, gz: bool = True, extra_records: bool = False
) -> bytes:
    """A WARC (one gzip member per record when ``gz``) with one HTTP response per
    (url, body, content type), and optionally a request record before each."""
    out = []
    for n, (url, body, ctype) in enumerate(bodies):
        records = []
        if extra_records:
            req = b"GET / HTTP/1.1\r\nHost: example\r\n\r\n"
            records.append(
                _warc_record("request", url, req, "application/http; msgtype=request", 2 * n)
            )
        http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + body
        records.append(
            _warc_record("response", url, http, "application/http; msgtype=response", 2 * n + 1)
        )
        out.extend(gzip.compress(r) if gz else r for r in records)
    return b"".join(out)


def _articles(n: int) -> list[tuple[str, bytes, str]]:
    return [
        (f"https://news.example/{i}", ARTICLE.format(i=i).encode(), "text/html; charset=utf-8")
        for i in range(n)
    ]


def test_warc_gz_pages_carry_provenance(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(make_warc(_articles(3), extra_records=True))
    pages = list(iter_pages([tmp_path]))
    assert [p.url for p in pages] == [f"https://news.example/{i}" for i in range(3)]
    assert all(p.error is None and p.format == "html" for p in pages)
    assert all(p.warc_record_id and p.warc_record_id.startswith("<urn:uuid:") for p in pages)
    rec = normalize(pages[1])
    assert rec.ok and rec.url == "https://news.example/1"
    assert rec.source.warc_record_id == pages[1].warc_record_id
    assert rec.source.warc_date == pages[1].warc_date and rec.source.warc_date
    assert "pier 1 reopened" in rec.body
    assert (rec.source.name or "").startswith(str(path) + "@")


def test_charset_from_http_header(tmp_path: Path) -> None:
    text = (
        "<html><body><p>Le ministre a déclaré mardi que la réforme était nécessaire.</p>"
        "</body></html>"
    )
    body = text.encode("iso-8859-1")
    path = tmp_path / "latin.warc"
    path.write_bytes(
        make_warc([("https://a.example/x", body, "text/html; charset=ISO-8859-1")], gz=False)
    )
    (page,) = read_warc(path)
    assert (page.encoding or "").lower() == "iso-8859-1"
    rec = normalize(page)
    assert "déclaré" in rec.body and rec.source.encoding == "iso8859-1"


def test_truncated_warc_gz_keeps_records_before_the_cut(tmp_path: Path) -> None:
    data = make_warc(_articles(5))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-100])
    pages = list(read_warc(path))
    good = [p for p in pages if p.error is None]
    bad = [p for p in pages if p.error]
    assert [p.url for p in good] == [f"https://news.example/{i}" for i in range(4)]
    assert bad and all(str(path) in (p.name or "") for p in bad)
    assert any("truncated" in (p.error or "") or "Digest" in (p.error or "") for p in bad)


@pytest.mark.parametrize("delta", [-40, 400])
def test_wrong_content_length_is_one_error_page_and_reading_resumes(
    tmp_path: Path, delta: int
) -> None:
    data = make_warc(_articles(4), gz=False)
    # Change the second record's Content-Length (short: the record is cut; long: it swallows
    # the next one); the block digest no longer matches.
    marker = b"Content-Length: "
    first = data.index(marker)
    second = data.index(marker, data.index(b"WARC/1.0", first) + 1)
    end = data.index(b"\r\n", second)
    value = int(data[second + len(marker) : end])
    bad = data[: second + len(marker)] + str(value + delta).encode() + data[end:]
    path = tmp_path / "bad.warc"
    path.write_bytes(bad)
    pages = list(read_warc(path))
    errors = [p for p in pages if p.error]
    assert any(
        p.url == "https://news.example/1" and "Content-Length" in (p.error or "") for p in errors
    )
    good_urls = {p.url for p in pages if p.error is None}
    assert "https://news.example/0" in good_urls and "https://news.example/3" in good_urls
    if delta < 0:
        assert good_urls == {f"https://news.example/{i}" for i in (0, 2, 3)}


def test_non_html_responses_are_error_pages_or_skipped(tmp_path: Path) -> None:
    bodies = [
        ("https://a.example/doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"),
        ("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        *_articles(1),
    ]
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(make_warc(bodies))
    pages = list(read_warc(path))
    assert [p.error is None for p in pages] == [False, False, True]
    assert "application/pdf" in (pages[0].error or "") and "image/png" in (pages[1].error or "")
    recs = [normalize(p, on_error="record") for p in pages]
    assert recs[0].url == "https://a.example/doc.pdf" and recs[0].source.warc_record_id
    assert len({r.id for r in recs}) == 3
    assert [p.url for p in read_warc(path, non_html="skip")] == ["https://news.example/0"]


def test_not_a_warc_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(b"just some notes\nnot a web archive\n")
    (page,) = read_warc(path)
    assert page.error and "WARC" in page.error


def test_gz_files_are_read_by_their_inner_name(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(ARTICLE.format(i=7).encode()))
    lines = [json.dumps({"text": f"Line {i} of a short page.", "url": f"u{i}"}) for i in range(3)]
    (tmp_path / "export.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(b"some text")[:-6])
    pages = {p.name: p for p in iter_pages([tmp_path])}
    html = pages[str(tmp_path / "page.html.gz")]
    assert html.format == "html" and b"pier 7" in html.data  # type: ignore[operator]
    assert [pages[f"{tmp_path / 'export.jsonl.gz'}:{i}"].url for i in (1, 2, 3)] == [
        "u0",
        "u1",
        "u2",
    ]
    assert "decompress" in (pages[str(tmp_path / "broken.txt.gz")].error or "")
    assert list_inputs([tmp_path]) == sorted(str(p) for p in tmp_path.iterdir())


def test_jsonl_bad_line_in_the_middle(tmp_path: Path) -> None:
    good = json.dumps({"text": "A fine page about the harbour reopening on Monday.", "url": "a"})
    path = tmp_path / "pages.jsonl"
    other = good.replace('"a"', '"b"')
    path.write_text(f"{good}\n{{oops\n{other}\n", encoding="utf-8")
    pages = list(iter_pages([path]))
    assert [p.error is None for p in pages] == [True, False, True]
    assert pages[1].name == f"{path}:2" and "not valid JSON" in (pages[1].error or "")


@settings(max_examples=60)
@given(st.binary(max_size=600), st.booleans())
def test_any_bytes_as_a_warc_never_raise(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, gz: bool
) -> None:
    path = tmp_path_factory.mktemp("w") / "x.warc"
    path.write_bytes(gzip.compress(data) if gz else data)
    pages = list(read_warc(path))
    assert all(p.name and (p.error or p.data is not None) for p in pages)
    for p in pages:
        normalize(p, on_error="record")


@settings(max_examples=40)
@given(st.integers(1, 4), st.data())
def test_any_cut_of_a_warc_keeps_the_records_before_it(
    tmp_path_factory: pytest.TempPathFactory, n: int, data: st.DataObject
) -> None:
    whole = make_warc(_articles(n))
    cut = data.draw(st.integers(0, len(whole)))
    path = tmp_path_factory.mktemp("w") / "cut.warc.gz"
    path.write_bytes(whole[:cut])
    pages = list(read_warc(path))
    good = [p.url for p in pages if p.error is None]
    assert good == [f"https://news.example/{i}" for i in range(len(good))]
    # the ends of whole records (one gzip member each): a cut there cuts no record
    ends = [len(make_warc(_articles(k))) for k in range(n + 1)]
    if cut == 0:
        assert good == []  # an empty file is reported as such
    elif cut in ends:
        assert len(good) == ends.index(cut) and len(pages) == len(good)
    else:
        assert len(pages) > len(good), "a cut inside a record must be reported"
