"""What a data dir holds, read with plain TinyDB (as any tool would), for store tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb import TinyDB


def table(path: Path, name: str) -> list[dict[str, Any]]:
    """Every document of one table of a TinyDB file (missing file: none)."""
    if not path.exists():
        return []
    db = TinyDB(path, access_mode="r")
    try:
        return [dict(doc) for doc in db.table(name).all()]
    finally:
        db.close()


def stories(data_dir: Path) -> dict[str, dict[str, Any]]:
    """Every stored story document by id, over all partitions."""
    return {doc["id"]: doc for path in sorted(data_dir.glob("stories-*.json"))
            for doc in table(path, "stories")}


def marks(data_dir: Path) -> dict[str, dict[str, Any]]:
    """marks.json's documents by story id."""
    return {doc["id"]: doc for doc in table(data_dir / "marks.json", "marks")}


def health(data_dir: Path) -> dict[str, dict[str, Any]]:
    """feeds.json's health documents by feed id."""
    return {doc["feed_id"]: doc for doc in table(data_dir / "feeds.json", "health")}


def articles(data_dir: Path) -> dict[str, dict[str, Any]]:
    """Every articles document by story id, over all partitions."""
    return {doc["id"]: doc for path in sorted(data_dir.glob("articles-*.json"))
            for doc in table(path, "articles")}
