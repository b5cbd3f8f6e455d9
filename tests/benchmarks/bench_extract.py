"""Article extraction on a page built of attribute-heavy spans (15k spans, 20 attributes each).

Times `extract_article` end to end and trafilatura alone on the raw and on the tamed page, so
the effect of dropping the attributes extraction never reads shows on its own.

    python -m tests.benchmarks.bench_extract [--quick] [--reps 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from tui.core import extract

URL = "https://news.example/reports/night-shelling"


def span_page(spans: int, attributes: int = 20) -> bytes:
    """An article whose paragraphs are made of spans, each carrying `attributes` attributes."""
    tracking = " ".join(f'd{i}="{i:03d}"' for i in range(attributes - 1))
    paragraphs = []
    for start in range(0, spans, 50):
        words = "".join(f'<span class="w" {tracking}>Word {n} of the night report. </span>'
                        for n in range(start, min(start + 50, spans)))
        paragraphs.append(f"<p>{words}</p>")
    return ("<!DOCTYPE html><html><head><title>Night shelling</title></head><body><article>"
            "<h1>Night shelling</h1>" + "".join(paragraphs) + "</article></body></html>").encode()


def timed(func, *args, **kwargs) -> float:
    started = time.perf_counter()
    func(*args, **kwargs)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,500 spans, one rep")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    spans, reps = (1_500, 1) if args.quick else (15_000, args.reps)
    page = span_page(spans)
    tamed = extract.tame_markup(page[: extract.MAX_PAGE_BYTES])
    extract.trafilatura_markdown(b"<html><body><p>warm-up</p></body></html>", URL)  # imports, not timed
    full = [timed(extract.extract_article, page, URL, timeout=120.0) for _ in range(reps)]
    raw = [timed(extract.trafilatura_markdown, page[: extract.MAX_PAGE_BYTES], URL) for _ in range(reps)]
    lean = [timed(extract.trafilatura_markdown, tamed, URL) for _ in range(reps)]
    print(f"page: {spans} spans, {len(page) / 1e6:.1f} MB ({len(tamed) / 1e6:.2f} MB tamed), {reps} reps")
    print("| step | median s | min-max s |")
    print("|---|---|---|")
    for label, values in (("extract_article", full), ("trafilatura, raw page", raw),
                          ("trafilatura, tamed page", lean)):
        print(f"| {label} | {statistics.median(values):.2f} | {min(values):.2f}-{max(values):.2f} |")
    print("BENCH_RESULT " + json.dumps({"extract_span_flood_s": round(statistics.median(full), 3)}))


if __name__ == "__main__":
    main()
