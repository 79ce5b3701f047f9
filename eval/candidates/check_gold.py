#!/usr/bin/env python3
"""Check a candidate-actor corpus: gold.toml parses, every variant occurs in the
texts (whole word, case-sensitive), and `documents` equals the number of
articles naming the actor by at least one variant.

Usage: python3 check_gold.py election-en [conflit-fr ...]   (run from eval/candidates)
"""
import glob, os, re, sys, tomllib

def check(folder):
    texts = {os.path.basename(p): open(p, encoding="utf-8").read()
             for p in sorted(glob.glob(os.path.join(folder, "*.txt")))}
    gold = tomllib.load(open(os.path.join(folder, "gold.toml"), "rb"))["actor"]
    errors = 0
    for a in gold:
        docs = set()
        for v in a["variants"]:
            rx = re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)")
            hits = {f for f, t in texts.items() if rx.search(t)}
            if not hits:
                print(f"{folder}: variant not found: {v!r} ({a['name']})"); errors += 1
            docs |= hits
        if len(docs) != a["documents"]:
            print(f"{folder}: {a['name']}: documents = {a['documents']}, counted {len(docs)}"); errors += 1
        if a["kind"] not in ("person", "party", "armed_group", "company", "organisation"):
            print(f"{folder}: {a['name']}: bad kind {a['kind']!r}"); errors += 1
    print(f"{folder}: {len(texts)} articles, {len(gold)} gold actors, {errors} error(s)")
    return errors

if __name__ == "__main__":
    sys.exit(1 if sum(check(f.rstrip("/")) for f in sys.argv[1:] or ["election-en", "conflit-fr"]) else 0)
