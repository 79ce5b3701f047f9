#!/usr/bin/env python3
"""Counts the publication dates geodash invents on a corpus that carries none.

Usage, from anywhere:  python3 scripts/false_dates.py [--geodash PATH] [--corpus DIR] [--max-invented N]
Defaults: target/release/geodash; the UN General Debate speeches unpacked under target/corpora/TXT (every
session: 10,952 speeches; ../shared/README.md says how to unpack them).

The speeches carry no header and no dateline; their file names ("NER_78_2023.txt") give the year. The script
copies them to a scratch folder under names that give none, the way a folder of numbered stories is named
("story-1.txt" ... "story-10952.txt", so that "story-1999.txt" looks like a year and is not one), runs
`geodash timeline --format csv` on them and lists the documents that get a publication date anyway. A few
records carry their meeting's date in a page header ("29/09/2015 A/70/PV.16"): a date of the speech's own year
is such a date, printed on the record; a date of any other year is invented. It prints both counts and the
first 20 dated documents with the sentence the date was read from. Exit status 1 when more than --max-invented
(default 0) are invented; 2 when the corpus or the binary is missing.
"""

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--corpus", default=str(ROOT / "target" / "corpora" / "TXT"))
    parser.add_argument("--max-invented", type=int, default=0)
    args = parser.parse_args()
    texts = sorted(Path(args.corpus).rglob("*.txt"))
    if not texts or not Path(args.geodash).exists():
        print(f"no texts under {args.corpus}, or no binary at {args.geodash}", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as scratch:
        stories = Path(scratch, "stories")
        stories.mkdir()
        real_years = {}
        for number, text in enumerate(texts, start=1):
            shutil.copy(text, stories / f"story-{number}.txt")
            real_years[f"story-{number}"] = text.stem.rsplit("_", 1)[-1]
        env = {"GEODASH_CACHE_DIR": str(Path(scratch, "cache")), "PATH": "/usr/bin:/bin"}
        run = subprocess.run([args.geodash, "timeline", "--format", "csv", str(stories)],
                             capture_output=True, check=True, env=env)
    rows = [row for row in csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))) if row["kind"] == "published"]
    dated = {row["document"]: row for row in rows}
    invented = [document for document, row in dated.items() if row["date"][:4] != real_years.get(document)]
    print(f"{len(texts)} documents with no header, dateline or dated file name; dated anyway: {len(dated)}, "
          f"of which in another year than the speech's (invented): {len(invented)}")
    for document, row in list(dated.items())[:20]:
        verdict = "INVENTED" if document in invented else "the record's own date"
        print(f"  {document} ({verdict}): {row['label']} from \"{row['sentence'][:100]}\"")
    sys.exit(1 if len(invented) > args.max_invented else 0)


if __name__ == "__main__":
    main()
