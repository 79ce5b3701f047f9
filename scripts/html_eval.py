#!/usr/bin/env python3
"""Measures how well geodash's HTML reader keeps the article body of a saved news page and drops the rest.

Usage, from anywhere:  python3 scripts/html_eval.py [--geodash PATH] [--min-f1 X] [FIXTURE_DIR]
Defaults: the binary target/release/geodash and the fixtures tests/fixtures/html, both under the repository's root
(build the binary first with `cargo build --release`).

For each NAME.html in FIXTURE_DIR it runs `geodash text NAME.html --format jsonl` and compares:
  - the extracted text with NAME.body.txt, the hand-marked article body. Both are lowercased and split into
    words (runs of Unicode letters and digits); each becomes a multiset of shingles of 3 consecutive words.
    Precision = shared shingles / extracted shingles (how much of what was kept is article),
    recall = shared shingles / expected shingles (how much of the article was kept), F1 = their harmonic mean;
  - the title with the "title" of NAME.meta.json (exact match after trimming whitespace);
  - the publication date with its "published" (YYYY-MM-DD, or null when the page carries no date).
It prints a Markdown table, one row a page, then micro averages (shingle counts summed over all pages) and macro
averages (the mean of the pages' scores). Exit status 0; with --min-f1 X, 1 when the macro F1 is below X;
2 when the binary or the fixtures are missing.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHINGLE = 3


def words(text):
    """Lowercased words: runs of Unicode letters and digits."""
    return re.findall(r"[^\W_]+", text.lower())


def shingles(ws):
    """The multiset of runs of SHINGLE consecutive words (a shorter text is one shingle)."""
    if len(ws) < SHINGLE:
        return Counter([tuple(ws)]) if ws else Counter()
    return Counter(tuple(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1))


def prf(overlap, extracted, expected):
    p = overlap / extracted if extracted else 0.0
    r = overlap / expected if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def extract(geodash, page):
    """Runs geodash on one page; returns (record, error). A failure gives an empty record and a message."""
    empty = {"title": "", "published": None, "text": ""}
    try:
        done = subprocess.run([geodash, "text", str(page), "--format", "jsonl"],
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        return empty, f"could not run {geodash}: {error}"
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["(no message)"]
        message = next((line for line in lines if "error" in line.lower()), lines[-1])
        return empty, f"geodash exited with status {done.returncode}: {message.strip()}"
    try:
        records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    except json.JSONDecodeError as error:
        return empty, f"geodash printed something that is not JSON lines: {error}"
    if not records:
        return empty, "geodash printed no document"
    record = dict(records[0])
    record["text"] = "\n\n".join(r.get("text") or "" for r in records)  # several documents: score them together
    return record, None


def date_ok(got, want):
    got = got or None
    return got == want or (got is not None and want is not None and got.startswith(want + "T"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"), help="the geodash binary")
    parser.add_argument("--min-f1", type=float, help="exit 1 when the macro-averaged F1 is below this")
    parser.add_argument("fixtures", nargs="?", default=str(ROOT / "tests" / "fixtures" / "html"), help="fixture folder")
    args = parser.parse_args()

    geodash = shutil.which(args.geodash)
    if geodash is None:
        print(f"error: no executable geodash at {args.geodash}; build it with `cargo build --release` "
              "or pass --geodash PATH", file=sys.stderr)
        return 2
    pages = sorted(Path(args.fixtures).glob("*.html"))
    if not pages:
        print(f"error: no *.html fixtures in {args.fixtures}", file=sys.stderr)
        return 2

    rows, failures = [], 0
    total = Counter()
    for page in pages:
        name = page.name[:-len(".html")]
        expected = (page.parent / f"{name}.body.txt").read_text(encoding="utf-8")
        meta = json.loads((page.parent / f"{name}.meta.json").read_text(encoding="utf-8"))
        record, error = extract(geodash, page)
        if error:
            failures += 1
            print(f"{page.name}: {error}", file=sys.stderr)
        want_words, got_words = words(expected), words(record.get("text") or "")
        want, got = shingles(want_words), shingles(got_words)
        overlap = sum((want & got).values())
        p, r, f1 = prf(overlap, sum(got.values()), sum(want.values()))
        total.update(overlap=overlap, extracted=sum(got.values()), expected=sum(want.values()))
        title_ok = (record.get("title") or "").strip() == meta["title"].strip()
        rows.append((name, len(want_words), len(got_words), p, r, f1, title_ok,
                     date_ok(record.get("published"), meta.get("published"))))

    yes = {True: "yes", False: "no"}
    print("| page | words expected | words extracted | P | R | F1 | title ok | date ok |")
    print("|---|---:|---:|---:|---:|---:|:---:|:---:|")
    for name, n_want, n_got, p, r, f1, t_ok, d_ok in rows:
        print(f"| {name} | {n_want} | {n_got} | {p:.3f} | {r:.3f} | {f1:.3f} | {yes[t_ok]} | {yes[d_ok]} |")
    micro = prf(total["overlap"], total["extracted"], total["expected"])
    macro = [sum(row[i] for row in rows) / len(rows) for i in (3, 4, 5)]
    titles, dates = sum(row[6] for row in rows), sum(row[7] for row in rows)
    print(f"| **micro average** | | | {micro[0]:.3f} | {micro[1]:.3f} | {micro[2]:.3f} | {titles}/{len(rows)} | {dates}/{len(rows)} |")
    print(f"| **macro average** | | | {macro[0]:.3f} | {macro[1]:.3f} | {macro[2]:.3f} | | |")
    if failures:
        print(f"\n{failures} of {len(rows)} pages could not be read; they count as empty extractions "
              f"(does {geodash} have `text --format jsonl` and an HTML reader?).", file=sys.stderr)
    if args.min_f1 is not None and macro[2] < args.min_f1:
        print(f"\nmacro F1 {macro[2]:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
