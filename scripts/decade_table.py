#!/usr/bin/env python3
"""The ten most mentioned actors of the UN General Debate corpus, decade by decade, as geodash counts them.

Usage, from anywhere:  python3 scripts/decade_table.py [--geodash PATH] [--corpus DIR] [--top N]
Defaults: target/release/geodash and target/corpora/TXT (the corpus unpacked as ../shared/README.md says).
For each decade it runs `geodash actors --format csv` on that decade's session folders (each speech dated by
its session's year) and prints one Markdown table: a row per decade, "name (mentions)" per rank.
"""

import argparse
import csv
import io
import re
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--corpus", default=str(ROOT / "target" / "corpora" / "TXT"))
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    decades = defaultdict(list)
    for folder in sorted(Path(args.corpus).iterdir()):
        year = re.search(r"(\d{4})$", folder.name)
        if folder.is_dir() and year:
            decades[int(year.group(1)) // 10 * 10].append(str(folder))
    print("| decade | speeches | " + " | ".join(str(rank) for rank in range(1, args.top + 1)) + " |")
    print("|---|---:|" + "---|" * args.top)
    with tempfile.TemporaryDirectory() as cache:
        for decade, folders in sorted(decades.items()):
            speeches = sum(len(list(Path(folder).glob("*.txt"))) for folder in folders)
            run = subprocess.run([args.geodash, "actors", "--format", "csv", *folders], capture_output=True,
                                 check=True, env={"GEODASH_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"})
            rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))))[: args.top]
            cells = [f"{row['name']} ({int(row['mentions']):,})" for row in rows]
            print(f"| {decade}s | {speeches:,} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
