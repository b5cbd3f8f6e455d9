"""Places-only precision and recall of the places stage on the labelled sentence sets.

Run: python scripts/eval_places.py [--half dev] [--show N]
Reads tests/claims_data/sentences/<half>/*.txt (format: tests/claims_data's README / the claims data
brief). For each sentence the expected places are the last fields of its label items (`-` = none).
The stage's answer is every settlement find_places() reports that is neither only a locator
("60 km west of X", "Zvanivka, northeast of Siversk") nor a speaker ("Kyiv denies"), after a leading
dateline is stripped.

- recall: expected (sentence, place) pairs the stage reports;
- precision: over sentences that carry at least one expected place, reported places that are expected
  (a sentence may name other places for good reason, so this is a floor);
- region-only: sentences whose statements all name no settlement (`claim ru -`): the share where
  the stage still reports a settlement (regions and directions must not become settlements);
- none: sentences labelled `none`, the share where the stage reports a settlement (information only:
  "fighting near A, B and C" names places without a claim; the pipeline decides).
Rules are tuned on the dev half only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.claims.gazetteer import Gazetteer, fold  # noqa: E402
from tui.core.claims.clean import strip_labels  # noqa: E402
from tui.core.claims.places import find_places  # noqa: E402

DATA = ROOT / "tests" / "claims_data" / "sentences"


def read_sentences(path: Path) -> list[tuple[list[str] | None, str]]:
    """(expected places or None for a `none` line, sentence) of each sentence line of a file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or " :: " not in line:
            continue
        label, sentence = line.split(" :: ", 1)
        label = label.strip()
        if label == "none":
            out.append((None, sentence))
            continue
        places = [item.strip().split(" ", 2)[2] for item in label.split(" | ") if len(item.strip().split(" ", 2)) == 3]
        out.append(([p for p in places if p != "-"], sentence))
    return out


def predicted(sentence: str, gaz: Gazetteer) -> list[str]:
    """The settlements the stage reports for one sentence (locators left out)."""
    text = strip_labels(sentence)
    return list(dict.fromkeys(p.name for p in find_places(text, gazetteer=gaz)
                              if p.kind == "settlement" and not p.locates and not p.speaker))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="dev", choices=("dev", "test"))
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and extras per language")
    args = parser.parse_args(argv)
    gaz = Gazetteer.load()
    files = sorted((DATA / args.half).glob("*.txt"))
    if not files:
        print(f"no sentence files in {DATA / args.half}")
        return 1
    tally: dict[str, Counter] = defaultdict(Counter)
    shown: Counter = Counter()
    for path in files:
        lang = path.name.split("_", 1)[0]
        for expected, sentence in read_sentences(path):
            got = predicted(sentence, gaz)
            for key in (lang, "all"):
                t = tally[key]
                t["sentences"] += 1
                if expected is None:
                    t["none"] += 1
                    t["none_with_place"] += bool(got)
                    continue
                if not expected:
                    t["region_only"] += 1
                    t["region_only_with_place"] += bool(got)
                    continue
                want = {fold(p) for p in expected}
                have = {fold(p) for p in got}
                t["expected"] += len(want)
                t["found"] += len(want & have)
                t["reported"] += len(have)
                t["right"] += len(have & want)
            if expected and args.show and shown[lang] < args.show and {fold(p) for p in expected} != {fold(p) for p in got}:
                shown[lang] += 1
                print(f"[{path.name}] want {expected} got {got}\n    {sentence}")
            elif expected == [] and got and args.show and shown[lang] < args.show:
                shown[lang] += 1
                print(f"[{path.name}] region-only, got {got}\n    {sentence}")
    print(f"places stage on the {args.half} half ({len(files)} files)")
    print(f"{'':6} {'sent':>5} {'recall':>7} {'prec':>6} {'region-only->place':>19} {'none->place':>12}")
    for key in sorted(tally, key=lambda k: (k == "all", k)):
        t = tally[key]
        recall = t["found"] / t["expected"] if t["expected"] else float("nan")
        precision = t["right"] / t["reported"] if t["reported"] else float("nan")
        region = f"{t['region_only_with_place']}/{t['region_only']}"
        none = f"{t['none_with_place'] / t['none']:.2f}" if t["none"] else "-"
        print(f"{key:6} {t['sentences']:5} {recall:7.3f} {precision:6.3f} {region:>19} {none:>12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
