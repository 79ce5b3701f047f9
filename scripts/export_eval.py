#!/usr/bin/env python3
"""Measures how well geodash cuts news database exports into articles and reads each article's metadata.

Usage, from anywhere:  python3 scripts/export_eval.py [--geodash PATH] [--files N] [--seed S] [--min-share R]
Defaults: target/release/geodash, 400 export files, seed 11.

Writes N export files, each holding 1 to 12 articles, in the layouts the vendors' documentation and user guides
show: Nexis Uni (headline, outlet, "March 3, 2024 Sunday" with or without a time, Copyright, Section, Length,
Byline, Body, the text, Classification, Language, Publication-Type, Subject, Load-Date, End of Document); the
older LexisNexis layout ("3 of 12 DOCUMENTS", outlet, date, edition, headline, BYLINE, SECTION, LENGTH,
DATELINE, the text, LOAD-DATE, LANGUAGE, copyright); Factiva with its field codes, alone on their line or before a
tab (HD, BY, WC, PD, ET, SN, SC, LA, CY, LP, TD, CO, NS, RE, AN); and Factiva's article layout without codes
(headline, byline, "812 words", date, time, source, code, language, copyright, text, "Document" and an
accession number). Headlines, outlets, bylines, days (1990-2025) and texts are drawn at random; a text may
mention other dates. Runs `geodash text --format jsonl` and counts, per layout, the articles found and those
whose day, headline, outlet and byline are the export's, and whose text keeps no metadata line.
Exit status 1 when any share is below --min-share (default 0.99).
"""

import argparse
import datetime
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
OUTLETS = ["The Sahel Ledger", "Meridian Wire", "Agence Sahel Presse", "The Harmattan Herald (Kano)",
           "Eastern Courier", "Daily Lagoon", "The Niger Delta Times", "Courier of the Plains"]
NAMES = ["Amina Diallo", "Ibrahim Sani", "Claire Martin", "Fatouma Issa", "John Okafor", "Maria Lopez"]
SUBJECTS = ["Niger", "ECOWAS", "the junta", "Mali", "the border", "uranium exports", "the airport", "talks"]
VERBS = ["reopens", "closes", "resumes", "suspends", "reviews", "extends"]
SENTENCES = [
    "Officials said {s} would be discussed again on {d}.",
    "The ministry said {s} had been under review since {d}.",
    "Diplomats in the capital said the decision surprised them.",
    "The statement, read on state television, gave no further detail.",
    "Traders at the market said prices had risen by a third.",
]
METADATA = ["Load-Date", "LOAD-DATE", "Length:", "LENGTH:", "Copyright", "Classification", "Publication-Type",
            "End of Document", "DOCUMENTS", "Document ", "Subject:", "words\n"]


def article(rng):
    day = datetime.date(1990, 1, 1) + datetime.timedelta(days=rng.randint(0, 13148))
    other = datetime.date(1990, 1, 1) + datetime.timedelta(days=rng.randint(0, 13148))
    title = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(SUBJECTS)}".replace("  ", " ")
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        sentence = rng.choice(SENTENCES).format(s=rng.choice(SUBJECTS), d=f"{other.day} {MONTHS[other.month - 1]}")
        paragraphs.append(sentence)
    author = rng.choice(NAMES) if rng.random() < 0.7 else None
    return {"day": day, "title": title, "outlet": rng.choice(OUTLETS), "author": author,
            "text": "\n\n".join(paragraphs), "words": 40 + rng.randint(0, 900)}


def us_date(day, rng, with_time=False):
    text = f"{MONTHS[day.month - 1]} {day.day}, {day.year} {WEEKDAYS[day.weekday()]}"
    return text + (f" {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM GMT" if with_time else "")


def nexis_uni(items, rng):
    out = []
    for a in items:
        out += [a["title"], a["outlet"], us_date(a["day"], rng, rng.random() < 0.4),
                f"Copyright {a['day'].year} {a['outlet']} All Rights Reserved", "",
                f"Section: {rng.choice(['WORLD', 'NEWS; Pg. 4', 'AFRICA'])}", f"Length: {a['words']} words"]
        if a["author"]:
            out.append(f"Byline: {a['author']}")
        out += ["", "Body", "", a["text"], "", "Classification", "", "Language: ENGLISH", "",
                "Publication-Type: Newspaper", "", "Subject: POLITICS (90%); MILITARY COUPS (77%);", " ELECTIONS (70%)",
                "", f"Load-Date: {us_date(a['day'] + datetime.timedelta(days=1), rng)}", "", "End of Document", ""]
    return "\n".join(out)


def lexis_academic(items, rng):
    out = []
    for number, a in enumerate(items, 1):
        out += ["", f"                    {number} of {len(items)} DOCUMENTS", "", "", f"          {a['outlet']}", "",
                f"          {us_date(a['day'], rng)}"]
        if rng.random() < 0.5:
            out.append("          Final Edition")
        out += ["", a["title"], ""]
        if a["author"]:
            out += [f"BYLINE: {a['author']}", ""]
        out += ["SECTION: NEWS; Pg. 12", "", f"LENGTH: {a['words']} words", "", "DATELINE: NIAMEY", "", a["text"], "", "",
                f"LOAD-DATE: {us_date(a['day'] + datetime.timedelta(days=1), rng)}", "", "LANGUAGE: ENGLISH", "",
                f"          Copyright {a['day'].year} {a['outlet']}", ""]
    return "\n".join(out)


def factiva_coded(items, rng):
    out = []
    tab = rng.random() < 0.5
    for a in items:
        fields = [("HD", a["title"])]
        if a["author"]:
            fields.append(("BY", f"By {a['author']}"))
        paragraphs = a["text"].split("\n\n")
        fields += [("WC", f"{a['words']} words"), ("PD", f"{a['day'].day} {MONTHS[a['day'].month - 1]} {a['day'].year}"),
                   ("ET", "10:42"), ("SN", a["outlet"]), ("SC", "ASPR"), ("LA", "English"),
                   ("CY", f"(c) {a['day'].year} {a['outlet']}. All rights reserved."), ("LP", paragraphs[0])]
        if len(paragraphs) > 1:
            fields.append(("TD", "\n\n".join(paragraphs[1:])))
        fields += [("NS", "gpol : Domestic Politics"), ("RE", "niger : Niger"),
                   ("AN", f"Document ASPR0000{a['day']:%Y%m%d}ej{rng.randint(100000, 999999)}")]
        for code, value in fields:
            out.append(f"{code}\t{value}" if tab else f"{code}\n{value}")
        out.append("")
    return "\n".join(out)


def factiva_article(items, rng):
    out = []
    for a in items:
        out.append(a["title"])
        if a["author"]:
            out.append(f"By {a['author']}")
        out += [f"{a['words']:,} words", f"{a['day'].day} {MONTHS[a['day'].month - 1]} {a['day'].year}"]
        if rng.random() < 0.5:
            out.append("14:20")
        out += [a["outlet"], "SAHDIS", "English", f"Copyright {a['day'].year} {a['outlet']}. All Rights Reserved.", "",
                a["text"], "", f"Document SAHDIS00{a['day']:%Y%m%d}ej8500{rng.randint(100, 999)}", "", ""]
    return "\n".join(out)


LAYOUTS = {"Nexis Uni": nexis_uni, "LexisNexis (older)": lexis_academic, "Factiva with codes": factiva_coded,
           "Factiva article layout": factiva_article}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--min-share", type=float, default=0.99)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    expected = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, "exports")
        folder.mkdir()
        for number in range(args.files):
            layout = list(LAYOUTS)[number % len(LAYOUTS)]
            items = [article(rng) for _ in range(rng.randint(1, 12))]
            name = f"export-{number:04d}"
            Path(folder, f"{name}.txt").write_text(LAYOUTS[layout](items, rng), encoding="utf-8")
            for index, item in enumerate(items, 1):
                expected[f"{name}-{index}"] = (layout, item)
        env = {"GEODASH_CACHE_DIR": str(Path(scratch, "cache")), "PATH": "/usr/bin:/bin"}
        run = subprocess.run([args.geodash, "text", "--format", "jsonl", str(folder)], capture_output=True, check=True,
                             env=env)
    got = {record["id"]: record for record in map(json.loads, run.stdout.decode().splitlines())}
    checks = ["found", "day", "headline", "outlet", "byline", "clean text"]
    right, total = Counter(), Counter()
    for key, (layout, item) in expected.items():
        total[layout] += 1
        record = got.get(key)
        if record is None:
            continue
        text = record["text"]
        results = {"found": True, "day": record.get("published") == item["day"].isoformat(),
                   "headline": record.get("title") == item["title"], "outlet": record.get("outlet") == item["outlet"],
                   "byline": record.get("author") == item["author"],
                   "clean text": text.endswith(item["text"].split("\n\n")[-1]) and not any(m in text for m in METADATA)}
        for check, ok in results.items():
            right[(layout, check)] += ok
    extra = len(got) - sum(1 for key in expected if key in got)
    print("| layout | articles | " + " | ".join(checks) + " |\n|---|---:|" + "---:|" * len(checks))
    worst = 1.0
    for layout in LAYOUTS:
        shares = [right[(layout, check)] / total[layout] for check in checks]
        worst = min(worst, *shares)
        print(f"| {layout} | {total[layout]} | " + " | ".join(str(right[(layout, c)]) for c in checks) + " |")
    print(f"\n{len(expected)} articles in {args.files} files; documents that are no article: {extra}; "
          f"lowest share: {worst:.4f}")
    sys.exit(1 if worst < args.min_share or extra else 0)


if __name__ == "__main__":
    main()
