"""Readers (files, folders, JSONL, stdin) and writers (JSONL) at the edges of the pipeline."""

from archnorm.io.readers import iter_pages, read_jsonl
from archnorm.io.writers import JsonlWriter

__all__ = ["JsonlWriter", "iter_pages", "read_jsonl"]
