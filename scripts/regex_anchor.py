#!/usr/bin/env python3
"""The anchor an analyst writes by hand: one regular expression of every actor alias, counted over every file.

Usage: python3 scripts/regex_anchor.py ALIASES_FILE FOLDER   (prints the 15 most frequent aliases)
"""

import re
import sys
from collections import Counter
from pathlib import Path


def main():
    aliases = [line for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line]
    aliases.sort(key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(alias) for alias in aliases) + r")\b")
    counts = Counter()
    for path in Path(sys.argv[2]).rglob("*.txt"):
        text = path.read_text(encoding="utf-8", errors="replace")
        counts.update(match.group(0) for match in pattern.finditer(text))
    for alias, count in counts.most_common(15):
        print(f"{count}\t{alias}")


if __name__ == "__main__":
    main()
