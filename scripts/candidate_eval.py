#!/usr/bin/env python3
"""Measures geodash's candidate actors against corpora whose actors were listed by hand.

Usage, from anywhere:  python3 scripts/candidate_eval.py [--geodash PATH] [--top N] [--min-recall R] [CORPUS_DIR...]
Defaults: target/release/geodash, the top 60, every folder under eval/candidates.

Each CORPUS_DIR holds the articles (.txt), or names their folder with a `corpus` key in gold.toml (for texts that
may not be copied here: eval/candidates-un), and gold.toml: the actors an analyst would name that the dictionary does
not know, each with its kind and every variant written in the texts (eval/candidates/*/README.md). The script runs
`geodash candidates --limit N --format json` on the articles alone (copied to a scratch folder) and counts:
  - found: gold actors one of whose variants is the name or a variant of a candidate among the first N;
  - twice: gold actors matched by more than one candidate (they should be merged into one);
  - junk in the first 30: candidates that are a weekday, a month or a bare title;
  - kinds: among the found, how often the guessed kind is the gold one (a guess of "unknown" is counted apart).
It prints a table per corpus and a total. Exit status 0; 1 when the recall of any corpus, or of all together, is
below --min-recall, or an actor is matched twice, or junk is found in the first 30, with --min-recall given; 2 when
the binary or a gold file is missing.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUNK = {w.lower() for w in (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars "
    "avril mai juin juillet août septembre octobre novembre décembre President Minister Prime Mr Mrs Ms Dr General "
    "Colonel Sheikh Governor Senator King Queen Président Ministre Général M Mme").split()}


def texts_folder(folder):
    """Where a gold list's articles are: beside it, or (for corpora that may not be copied into the repository)
    the folder its `corpus` key names, relative to the repository root."""
    gold = tomllib.loads(Path(folder, "gold.toml").read_text(encoding="utf-8"))
    return ROOT / gold["corpus"] if "corpus" in gold else Path(folder)


def candidates(binary, folder, top):
    with tempfile.TemporaryDirectory() as scratch:
        articles = Path(scratch, "articles")
        articles.mkdir()
        source = texts_folder(folder)
        if not source.is_dir():
            print(f"{source}: not there (unpack the corpus first)", file=sys.stderr)
            sys.exit(2)
        for text in source.glob("*.txt"):
            shutil.copy(text, articles / text.name)
        env = {"GEODASH_CACHE_DIR": str(Path(scratch, "cache")), "PATH": "/usr/bin:/bin"}
        run = subprocess.run([binary, "candidates", "--limit", str(top), "--format", "json", str(articles)],
                             capture_output=True, check=True, env=env)
    return json.loads(run.stdout.decode("utf-8"))


def forms(candidate):
    return {candidate["name"].lower()} | {v.strip().lower() for v in candidate["variants"].split(" | ") if v.strip()}


def score(folder, found):
    gold = tomllib.loads(Path(folder, "gold.toml").read_text(encoding="utf-8"))["actor"]
    rows, kinds_right, kinds_guessed, unknown = [], 0, 0, 0
    for actor in gold:
        variants = {v.lower() for v in actor["variants"]} | {actor["name"].lower()}
        ranks = [rank for rank, candidate in enumerate(found, 1) if forms(candidate) & variants]
        rows.append((actor, ranks))
        if ranks:
            guess = found[ranks[0] - 1]["kind"].replace(" ", "_")
            if guess == "unknown":
                unknown += 1
            else:
                kinds_guessed += 1
                kinds_right += guess == actor["kind"]
    junk = [c["name"] for c in found[:30] if c["name"].lower() in JUNK]
    return rows, junk, (kinds_right, kinds_guessed, unknown)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--min-recall", type=float)
    args = parser.parse_args()
    folders = args.folders or sorted(str(p.parent) for p in (ROOT / "eval" / "candidates").glob("*/gold.toml"))
    if not Path(args.geodash).exists() or not folders:
        print("missing binary or gold files", file=sys.stderr)
        sys.exit(2)
    total_found = total_gold = total_twice = 0
    all_junk = []
    short = []
    for folder in folders:
        found = candidates(args.geodash, folder, args.top)
        rows, junk, (right, guessed, unknown) = score(folder, found)
        print(f"\n## {Path(folder).name}: {len(found)} candidates\n")
        print("| gold actor | kind | documents | rank(s) |")
        print("|---|---|---:|---|")
        for actor, ranks in rows:
            shown = ", ".join(map(str, ranks)) if ranks else "**missing**"
            print(f"| {actor['name']} | {actor['kind']} | {actor.get('documents', '')} | {shown} |")
        hits = sum(1 for _, ranks in rows if ranks)
        twice = sum(1 for _, ranks in rows if len(ranks) > 1)
        print(f"\nfound {hits} of {len(rows)} in the first {args.top} ({hits / len(rows):.3f}); "
              f"matched by two candidates or more: {twice}; junk in the first 30: {junk or 'none'}; "
              f"kinds: {right} of {guessed} guesses right, {unknown} left unknown")
        if args.min_recall is not None and hits / len(rows) < args.min_recall:
            short.append(Path(folder).name)
        total_found += hits
        total_gold += len(rows)
        total_twice += twice
        all_junk += junk
    recall = total_found / total_gold if total_gold else 0.0
    print(f"\nall: found {total_found} of {total_gold} ({recall:.3f}); twice {total_twice}; junk {len(all_junk)}")
    if short:
        print(f"below {args.min_recall}: {', '.join(short)}")
    if args.min_recall is not None and (recall < args.min_recall or short or all_junk or total_twice):
        sys.exit(1)


if __name__ == "__main__":
    main()
