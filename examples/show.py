"""Print a short, readable view of the records `make demo` wrote (one block per page)."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path


def main(path: str) -> None:
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            print("=" * 78)
            print(f"source    {rec['source']['name']}  ({rec['source']['format']})")
            if rec["error"]:
                print(f"ERROR     {rec['error_type']}: {rec['error']}")
                continue
            print(f"title     {rec['title']}")
            print(f"author    {rec['author']}")
            print(f"published {rec['published']}")
            body = rec["body"]
            print("body      " + textwrap.shorten(body, 300, placeholder=" ..."))
            print(f"          ({len(body)} chars kept of {len(rec['text'])})")
            if rec["dates"]:
                dates = ", ".join(f"{d['text']!r}->{d['value']}" for d in rec["dates"][:6])
                print(f"dates     {dates}")
            if rec["names"]:
                names = ", ".join(
                    f"{n['text']}"
                    + (f" => {n['canonical']}" if n["canonical"] != n["text"] else "")
                    for n in rec["names"][:8]
                )
                print(f"names     {names}")
            for r in rec["removed"]:
                print(f"  removed [{r['reason']}] {textwrap.shorten(r['text'], 60)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/out.jsonl")
