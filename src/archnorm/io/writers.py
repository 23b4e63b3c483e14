"""Write records out: JSONL, one record per line, keys in a stable order."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from archnorm.record import Record


def dumps(record: Record) -> str:
    """One JSON line for a record (no trailing newline); same record, same bytes."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))


class JsonlWriter:
    """Append records to a JSONL file (or stdout for ``-``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._fh: IO[str] = (
            sys.stdout if self.path == "-" else Path(path).open("w", encoding="utf-8")  # noqa: SIM115 - closed by close()/__exit__
        )
        self.count = 0

    def write(self, record: Record) -> None:
        self._fh.write(dumps(record))
        self._fh.write("\n")
        self.count += 1

    def close(self) -> None:
        if self._fh is sys.stdout:
            self._fh.flush()
        else:
            self._fh.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
