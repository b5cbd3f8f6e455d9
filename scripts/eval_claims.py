"""Precision and recall of (stance, side, place) triples on the labelled claims data.

Run: python scripts/eval_claims.py [--half dev|test] [--errors] [--lang en] [--genre wire]

Data (tests/claims_data/):
- sentences/<half>/<lang>_<genre>_<n>.txt: one sentence per line, `EXPECTED :: sentence`,
  grouped into stories by `## doc: <slug> date: YYYY-MM-DD` lines (the date is the story's own);
- documents/<half>/<lang>_<slug>.<html|xml|txt> with a .expect file (the exact set of triples,
  optional `@claim <event> <Place> <status>` lines);
- labelled.txt, the older set: even data-line ids are dev, odd ids test (items after a
  "#@dev-only" line take even ids).
Tune on dev only; the test half is for reporting.
Every sentence is extracted on its own with its story's date; every document as a whole, the
way `warfeed claims extract` reads it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.claims.pipeline import extract_source  # noqa: E402
from tui.core.claims.statements import extract_statements  # noqa: E402
from tui.core.claims.tracker import stands  # noqa: E402

DATA = ROOT / "tests" / "claims_data"
LABELLED = DATA / "labelled.txt"
Triple = tuple[str, str, str]


@dataclass
class Item:
    """One labelled sentence (or whole document) with what it must yield."""

    id: str
    text: str
    expected: set[Triple]
    half: str
    lang: str = "en"
    genre: str = "handwritten"
    date: float | None = None
    kind: str = "sentence"  # or "document"
    path: Path | None = None
    claims: set[tuple[str, str, str]] | None = None  # (event, place, status) a document must give


@dataclass
class Score:
    """Counts over (stance, side, place), over places only, and over negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ptp: int = 0
    pfp: int = 0
    pfn: int = 0
    negatives: int = 0
    noisy_negatives: int = 0
    n: int = 0
    errors: list[tuple[Item, set, set]] = field(default_factory=list)

    def add(self, item: Item, got: set[Triple]) -> None:
        """Count one item's result."""
        want = item.expected
        self.n += 1
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)
        gp = {p for _s, _d, p in got}
        wp = {p for _s, _d, p in want}
        self.ptp += len(gp & wp)
        self.pfp += len(gp - wp)
        self.pfn += len(wp - gp)
        if not want:
            self.negatives += 1
            self.noisy_negatives += bool(got)
        if got != want:
            self.errors.append((item, got, want))

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    def line(self) -> str:
        """One line of figures."""
        neg = f"{self.noisy_negatives / self.negatives:.2f} of {self.negatives}" if self.negatives else "-"
        return (f"n {self.n:4d}  P {self.precision:.3f}  R {self.recall:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
                f"  places P {self._ratio(self.ptp, self.ptp + self.pfp):.2f} R {self._ratio(self.ptp, self.ptp + self.pfn):.2f}"
                f"  negatives noisy {neg}")


def _parse_expected(label: str) -> set[Triple]:
    out: set[Triple] = set()
    label = label.strip()
    if label == "none" or not label:
        return out
    for part in label.split(" | "):
        stance, side, place = part.strip().split(" ", 2)
        out.add((stance, side, place))
    return out


def _date(text: str) -> float | None:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").replace(hour=12, tzinfo=timezone.utc).timestamp()
    except ValueError:
        return None


def load_labelled(path: Path = LABELLED) -> list[Item]:
    """The old labelled.txt: ids over data lines, even = dev, odd = test."""
    items: list[Item] = []
    dev_only = False
    last = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#@dev-only"):
            dev_only = True
            continue
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split(" :: ", 1)
        next_id = last + 1
        if dev_only and next_id % 2:
            next_id += 1
        last = next_id
        items.append(Item(f"labelled#{next_id}", text.strip(), _parse_expected(label),
                          "dev" if next_id % 2 == 0 else "test"))
    return items


def load_sentence_file(path: Path, half: str) -> list[Item]:
    """One writer's pass: header, `## doc:` lines and labelled sentences."""
    lang, genre = path.stem.split("_")[:2]
    date = None
    items: list[Item] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## doc:"):
            date = _date(line.split("date:", 1)[1]) if "date:" in line else None
            continue
        if line.startswith("# genre:"):
            genre = line.split(":", 1)[1].strip()
            continue
        if line.startswith("# lang:"):
            lang = line.split(":", 1)[1].strip()
            continue
        if not line.strip() or line.startswith("#") or " :: " not in line:
            continue
        label, text = line.split(" :: ", 1)
        try:
            expected = _parse_expected(label)
        except ValueError:
            print(f"skipped malformed label {path.name}:{n}", file=sys.stderr)
            continue
        items.append(Item(f"{path.name}:{n}", text.strip(), expected, half, lang, genre, date))
    return items


def load_document(path: Path, half: str) -> Item | None:
    """One whole document and its .expect file."""
    expect = path.with_suffix(".expect")
    if not expect.exists():
        return None
    lang = path.stem.split("_")[0]
    genre, date = "document", None
    expected: set[Triple] = set()
    claims: set[tuple[str, str, str]] = set()
    for line in expect.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("# genre:"):
            genre = line.split(":", 1)[1].strip()
        elif line.startswith("# lang:"):
            lang = line.split(":", 1)[1].strip()
        elif line.startswith("# date:"):
            date = _date(line.split(":", 1)[1])
        elif line.startswith("@claim "):
            _, event, rest = line.split(" ", 2)
            place, status = rest.rsplit(" ", 1)
            claims.add((event, place, status))
        elif line and not line.startswith("#"):
            expected |= _parse_expected(line)
    return Item(f"{path.name}", "", expected, half, lang, genre, date, "document", path, claims or None)


def load_all() -> list[Item]:
    """Every labelled item of both halves."""
    items = load_labelled() if LABELLED.exists() else []
    for half in ("dev", "test"):
        for path in sorted((DATA / "sentences" / half).glob("*.txt")):
            items.extend(load_sentence_file(path, half))
        for path in sorted((DATA / "documents" / half).glob("*")):
            if path.suffix in (".html", ".xml", ".txt"):
                doc = load_document(path, half)
                if doc is not None:
                    items.append(doc)
    return items


def extract(item: Item) -> tuple[set[Triple], set[tuple[str, str, str]]]:
    """The (stance, side, place) triples and (event, place, status) claims extraction gives."""
    if item.kind == "document":
        assert item.path is not None
        result = extract_source(item.path.read_bytes(), published=item.date)
        got = {(s["stance"], s["side"], s["place"] or "-") for s in result["statements"] + result["unplaced"]}
        return got, {(c["event"], c["place"], c["status"]) for c in result["claims"]}
    found = [s for s in extract_statements(item.text, published=item.date) if stands(s)]
    return {(s.stance, s.side, s.place or "-") for s in found}, set()


def evaluate(items: list[Item]) -> dict[str, Score]:
    """Scores overall, per language, per genre, and for documents."""
    scores: dict[str, Score] = defaultdict(Score)
    for item in items:
        got, claims = extract(item)
        for key in ("overall", f"lang {item.lang}", f"genre {item.genre}",
                    "documents" if item.kind == "document" else "sentences"):
            scores[key].add(item, got)
        if item.claims is not None and claims != item.claims:
            scores["document claims"].errors.append((item, claims, item.claims))
        if item.claims is not None:
            scores["document claims"].n += 1
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "test"), help="score only this half (tune with --half dev)")
    parser.add_argument("--errors", action="store_true", help="list the wrong items of the half")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--genre", help="only this genre")
    args = parser.parse_args(argv)
    if args.errors and not args.half:
        parser.error("--errors needs --half (list dev errors while tuning)")
    items = load_all()
    for half in (args.half,) if args.half else ("dev", "test"):
        part = [it for it in items if it.half == half and (not args.lang or it.lang == args.lang)
                and (not args.genre or it.genre == args.genre)]
        scores = evaluate(part)
        print(f"== {half}")
        for key in sorted(scores, key=lambda k: (k != "overall", k)):
            if key == "document claims":
                bad = len(scores[key].errors)
                print(f"  {key:22} {scores[key].n - bad}/{scores[key].n} documents give exactly their @claim lines")
                continue
            print(f"  {key:22} {scores[key].line()}")
        if args.errors:
            for key in ("overall", "document claims"):
                for item, got, want in scores[key].errors if key in scores else ():
                    text = item.text if item.kind == "sentence" else f"[document {item.path}]"
                    print(f"  {item.id} [{item.lang} {item.genre}] {text}\n     got  {sorted(got)}\n     want {sorted(want)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
