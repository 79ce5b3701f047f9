#!/usr/bin/env python3
"""Measures geodash's web-page reader on real news pages that another extraction library ships with their bodies.

Usage, from anywhere:  python3 scripts/real_pages_eval.py [--geodash PATH] [--strip-title] [--min-f1 X]
Defaults: target/release/geodash.

The pages are not ours and are never committed: the script fetches the source distribution of newspaper4k 0.9.6
from PyPI (`pip download --no-deps --no-binary :all:`) into target/webeval/ (git-ignored) once, and uses the
English pages of its test data (tests/data/html/NAME.html) with the article bodies its tests expect
(tests/data/txt/NAME.txt). Those bodies are the package's own expected output, checked by its maintainers, not
marked by us. Scores are word-shingle precision, recall and F1 as scripts/html_eval.py computes them, per page,
then micro and macro averages. geodash's text opens with the headline; the bodies mostly do not, so
--strip-title drops a first paragraph equal to the title before scoring. Exit status 1 when --min-f1 is given
and the macro F1 is below it.
"""

import argparse
import importlib.util
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "newspaper4k==0.9.6"
FOLDER = ROOT / "target" / "webeval" / "pkgs"
DATA = FOLDER / "newspaper4k-0.9.6" / "tests" / "data"
ENGLISH = ["article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article",
           "cnn_test_nlp", "fox13now_001", "time_001", "video_article_01", "video_article_02", "wired_001", "yna_co_kr"]


def html_eval():
    spec = importlib.util.spec_from_file_location("html_eval", ROOT / "scripts" / "html_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fetch():
    if DATA.is_dir():
        return
    FOLDER.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:", "-d",
                    str(FOLDER), PACKAGE], check=True)
    with tarfile.open(FOLDER / "newspaper4k-0.9.6.tar.gz") as archive:
        archive.extractall(FOLDER, filter="data")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--strip-title", action="store_true")
    parser.add_argument("--min-f1", type=float)
    args = parser.parse_args()
    fetch()
    he = html_eval()
    rows, total = [], Counter()
    for name in ENGLISH:
        record, error = he.extract(args.geodash, DATA / "html" / f"{name}.html")
        if error:
            print(name, error, file=sys.stderr)
        text = record.get("text") or ""
        title = (record.get("title") or "").strip()
        if args.strip_title and title and text.split("\n\n", 1)[0].strip() == title:
            text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
        want = he.shingles(he.words((DATA / "txt" / f"{name}.txt").read_text(encoding="utf-8")))
        got = he.shingles(he.words(text))
        shared = sum((want & got).values())
        total.update(shared=shared, got=sum(got.values()), want=sum(want.values()))
        rows.append((name, *he.prf(shared, sum(got.values()), sum(want.values()))))
    print("| page | P | R | F1 |\n|---|---:|---:|---:|")
    for name, precision, recall, f1 in rows:
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")
    micro = he.prf(total["shared"], total["got"], total["want"])
    macro = [sum(row[i] for row in rows) / len(rows) for i in (1, 2, 3)]
    print(f"| **micro** ({len(rows)} pages) | {micro[0]:.3f} | {micro[1]:.3f} | {micro[2]:.3f} |")
    print(f"| **macro** | {macro[0]:.3f} | {macro[1]:.3f} | {macro[2]:.3f} |")
    sys.exit(1 if args.min_f1 is not None and macro[2] < args.min_f1 else 0)


if __name__ == "__main__":
    main()
