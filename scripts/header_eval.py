#!/usr/bin/env python3
"""Measures how often geodash reads the day a document's header block gives, over every header form.

Usage, from anywhere:  python3 scripts/header_eval.py [--geodash PATH] [--documents N] [--seed S] [--min-share R]
Defaults: target/release/geodash, 2,400 documents, seed 7.

Writes N texts to a scratch folder, each opening with a block of `Key: value` lines as wire archives, news
databases and notes write them: the keys in English, French or a database's two letters, in any case; the day in
one of the written forms the header-block issue lists (ISO 8601 with or without time and zone, RFC 2822,
"03-MAR-2024 10:00:00.00", "3 March 2024", "March 3, 2024", "3 Mar. 2024", "2024/03/03", "03.03.2024", French
"3 mars 2024" and "le 3 mars 2024 à 10h30", and day-first or month-first numbers where only one order can be);
then a short story. Each day is drawn at random from 1990-2025 and kept. Runs `geodash text --format jsonl` and
counts the documents whose publication date is that day, and whose time is the one written (or none), per form. A day written in numbers that reads both
ways ("03/04/2024") is written into a tenth of the documents as well: desks 1-4 write their other numeric dates
day first and desks 5-8 month first, so theirs must be read that way; desk 9 writes none, so its must stay
undated (not guessed).
Exit status 1 when the share read right is below --min-share (default 0.99) or an ambiguous day was guessed.
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
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()

FORMS = {
    "iso": lambda d: d.isoformat(),
    "iso time zone": lambda d: f"{d.isoformat()}T10:15:00+01:00",
    "iso space time": lambda d: f"{d.isoformat()} 08:30:00",
    "rfc 2822": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} 10:00:00 +0000",
    "dd-MON-yyyy time": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year} 10:00:00.00",
    "d Month yyyy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "Month d, yyyy": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "d Mon. yyyy": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]}. {d.year}" if d.month != 5 else f"{d.day} May {d.year}",
    "yyyy/mm/dd": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "d mois yyyy": lambda d: f"{d.day} {MOIS[d.month - 1]} {d.year}",
    "le d mois yyyy à hh": lambda d: f"le {d.day} {MOIS[d.month - 1]} {d.year} à 10h30",
    "dd/mm/yyyy, day > 12": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "mm/dd/yyyy, day > 12": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
}
# The time of day each form writes, as `geodash text` labels it (none: the form gives no time).
TIMES = {"iso time zone": "10:15 UTC+01:00", "iso space time": "08:30", "rfc 2822": "10:00 UTC",
         "dd-MON-yyyy time": "10:00", "le d mois yyyy à hh": "10:30"}
KEYS = [
    ("Title", "Date", "Source"), ("Headline", "Published", "Publication"), ("HD", "PD", "SN"),
    ("TITLE", "PUBLICATION DATE", "PUBLISHER"), ("title", "load-date", "source"), ("Titre", "Date de publication", "Source"),
    ("Headline", "Date", "Outlet"),
]
STORY = ("The ministers of the three states met in the capital and agreed to keep the border open.\n\n"
         "They said the talks would resume next month.\n")


def header(keys, day_value, desk, rng):
    title, date, outlet = keys
    lines = [f"{title}: Talks on the border resume", f"{date}: {day_value}", f"{outlet}: Desk {desk}"]
    if rng.random() < 0.5:
        lines.append("Byline: A. Reporter")
    rng.shuffle(lines)
    return "\n".join(lines) + "\n\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--documents", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-share", type=float, default=0.99)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    expected, forms, settles = {}, {}, {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, "headers")
        folder.mkdir()
        for number in range(args.documents):
            ambiguous = number % 10 == 9
            desk = rng.randint(1, 9)
            if ambiguous:
                day = datetime.date(rng.randint(1990, 2025), rng.randint(1, 12), rng.randint(1, 12))
                day = day if day.day != day.month else day.replace(day=day.month % 12 + 1)
                form, value = "ambiguous dd/mm", f"{day.day:02d}/{day.month:02d}/{day.year}"
                # Desks 1-4 write day first, 5-8 month first (their other dates settle it); desk 9 only ever
                # writes dates that read both ways, so nothing settles them.
                if 5 <= desk <= 8:
                    day = day.replace(day=day.month, month=day.day)
                expect = None if desk == 9 else day.isoformat()
            else:
                day = datetime.date(1990, 1, 1) + datetime.timedelta(days=rng.randint(0, 13148))
                form = rng.choice(list(FORMS))
                if "day > 12" in form:
                    form = "dd/mm/yyyy, day > 12" if desk <= 4 else "mm/dd/yyyy, day > 12"
                    form = form if desk != 9 else "iso"
                    day = day.replace(day=rng.randint(13, 28)) if form != "iso" else day
                value = FORMS[form](day)
                expect = day.isoformat()
            name = f"wire-{number:05d}"
            text = header(rng.choice(KEYS), value, desk, rng) + STORY
            Path(folder, f"{name}.txt").write_text(text, encoding="utf-8")
            expected[name], forms[name] = expect, form
            settles[name] = desk != 9
        env = {"GEODASH_CACHE_DIR": str(Path(scratch, "cache")), "PATH": "/usr/bin:/bin"}
        run = subprocess.run([args.geodash, "text", "--format", "jsonl", str(folder)], capture_output=True, check=True,
                             env=env)
    records = {record["id"]: record for record in map(json.loads, run.stdout.decode().splitlines())}
    got = {name: record.get("published") for name, record in records.items()}
    right, total, guessed, timed, settled = Counter(), Counter(), 0, Counter(), Counter()
    for name, day in expected.items():
        total[forms[name]] += 1
        if forms[name] == "ambiguous dd/mm":
            settled[settles[name]] += got.get(name) == day
            guessed += day is None and got.get(name) is not None
        else:
            right[forms[name]] += got.get(name) == day
            timed[forms[name]] += records.get(name, {}).get("time") == TIMES.get(forms[name])
    print("| form | documents | header's day read | time read as written (or none) |\n|---|---:|---:|---:|")
    for form in sorted(total):
        if form != "ambiguous dd/mm":
            print(f"| {form} | {total[form]} | {right[form]} | {timed[form]} |")
    dated = sum(n for form, n in total.items() if form != "ambiguous dd/mm")
    ambiguous = [name for name, form in forms.items() if form == "ambiguous dd/mm"]
    can_settle = sum(settles[name] for name in ambiguous)
    share = sum(right.values()) / dated
    time_share = sum(timed.values()) / dated
    print(f"\n{sum(right.values())} of {dated} documents got their header's day ({share:.4f}) and "
          f"{sum(timed.values())} its time as written, or none where it gives none ({time_share:.4f}); "
          f"{total['ambiguous dd/mm']} with a day that reads both ways: {settled[True]} of {can_settle} settled "
          f"by their outlet's other dates, {len(ambiguous) - can_settle} left undated where nothing settles them, "
          f"guessed: {guessed}")
    wrong = settled[True] < can_settle or settled[False] < len(ambiguous) - can_settle
    sys.exit(1 if min(share, time_share) < args.min_share or guessed or wrong else 0)


if __name__ == "__main__":
    main()
