#!/usr/bin/env python3
"""Measures geodash's actor mentions against texts labelled by hand: mention-level precision and recall for
states and international bodies.

Usage, from anywhere:
    python3 scripts/actor_eval.py [--geodash PATH] [--corpus DIR] [--min-precision P] [--min-recall R]
                                  [--mistakes] LABEL_DIR...
Defaults: the binary target/release/geodash, the UN General Debate corpus unpacked at target/corpora/TXT, and
the label folder eval/actors/dev, all under the repository's root (build the binary first).

Each LABEL_DIR holds one TOML file per text (the format is in eval/actors/README.md): either a text written for
the evaluation ("own", the text in the file) or an excerpt of a UN speech ("ungdc", only its path and byte
offsets, the text read from the corpus), with its date and the hand-labelled mentions in text order, each the
words as written and the actor's id. The texts are written as one JSON Lines file (id, title, date, text) in a
scratch folder and read by `geodash text` and `geodash mentions`, as a user's corpus would be.

Scoring: each hand label is found in the text as geodash kept it, in order, as a whole word. A counted
mention geodash finds of a state or body ("state" or "organisation") is right when it overlaps a label of the
same actor not yet matched; otherwise it is a false positive. A label no right mention matches is a false
negative (its actor may be a state or body geodash does not know: "?Name"). Precision = right / found,
recall = right / labels. Prints the figures for the own texts, the UN excerpts and all, and with --mistakes each
mistake with its words around. Exit status 0; 1 when a minimum is missed; 2 when labels or binary are missing or
a label cannot be found in its text.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORED_KINDS = {"state", "organisation"}


def load_labels(folders, corpus):
    """Every labelled text: (name, source, date, text, [(words, actor id)])."""
    texts = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.toml")):
            entry = tomllib.loads(path.read_text(encoding="utf-8"))
            if entry["source"] == "ungdc":
                raw = (Path(corpus) / entry["path"]).read_bytes()
                text = raw[entry["start"]:entry["end"]].decode("utf-8")
            else:
                text = entry["text"]
            labels = [(mention["text"], mention["actor"]) for mention in entry.get("mention", [])]
            texts.append((path.stem, entry["source"], entry["date"], text, labels))
    return texts


def run_geodash(binary, texts):
    """geodash's kept text and mentions per text name."""
    with tempfile.TemporaryDirectory() as scratch:
        lines = [json.dumps({"id": name, "title": name, "date": date, "text": text}, ensure_ascii=False)
                 for name, _, date, text, _ in texts]
        Path(scratch, "labelled.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        env = {"GEODASH_CACHE_DIR": str(Path(scratch, "cache")), "PATH": "/usr/bin:/bin"}
        kept = subprocess.run([binary, "text", "--format", "jsonl", scratch], capture_output=True, check=True,
                              env=env).stdout.decode("utf-8")
        found = subprocess.run([binary, "mentions", "--format", "json", scratch], capture_output=True, check=True,
                               env=env).stdout.decode("utf-8")
    kept_texts = {record["id"]: record["text"] for record in map(json.loads, kept.splitlines()) if record}
    mentions = {}
    for record in json.loads(found):
        mentions.setdefault(record["document"], []).append(record)
    return kept_texts, mentions


def locate(text, labels, name):
    """Each label's byte span in the text, found in order as whole words."""
    spans, at = [], 0
    data = text.encode("utf-8")
    for words, actor in labels:
        pattern = re.compile(rb"(?<![^\W_])" + re.escape(words.encode("utf-8")) + rb"(?![^\W_])")
        match = pattern.search(data, at)
        if match is None:
            print(f"{name}: the label {words!r} ({actor}) is not in the text after byte {at}", file=sys.stderr)
            sys.exit(2)
        spans.append((match.start(), match.end(), actor, words))
        at = match.end()
    return spans


def score(name, text, labels, found):
    """(right, found, labelled, mistakes) for one text."""
    gold = locate(text, labels, name)
    matched = [False] * len(gold)
    right, mistakes = 0, []
    scored = [m for m in found if m["counted"] and m["kind"] in SCORED_KINDS]
    for mention in scored:
        hit = next((i for i, (start, end, actor, _) in enumerate(gold)
                    if not matched[i] and actor == mention["actor_id"] and start < mention["end"]
                    and mention["start"] < end), None)
        if hit is None:
            mistakes.append(("found, wrong", mention["start"], mention["end"], mention["actor_id"], mention["text"]))
        else:
            matched[hit] = True
            right += 1
    for (start, end, actor, words), done in zip(gold, matched):
        if not done:
            mistakes.append(("missed", start, end, actor, words))
    return right, len(scored), len(gold), mistakes


def context(text, start, end, reach=60):
    data = text.encode("utf-8")
    before = data[max(0, start - reach):start].decode("utf-8", "replace")
    after = data[end:end + reach].decode("utf-8", "replace")
    return " ".join(f"{before}[{data[start:end].decode('utf-8', 'replace')}]{after}".split())


def figures(right, found, labelled):
    precision = right / found if found else 0.0
    recall = right / labelled if labelled else 0.0
    return precision, recall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "eval" / "actors" / "dev")])
    parser.add_argument("--geodash", default=str(ROOT / "target" / "release" / "geodash"))
    parser.add_argument("--corpus", default=str(ROOT / "target" / "corpora" / "TXT"))
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    parser.add_argument("--mistakes", action="store_true", help="list every mistake with the words around it")
    args = parser.parse_args()
    if not Path(args.geodash).exists():
        print(f"no geodash binary at {args.geodash}", file=sys.stderr)
        sys.exit(2)
    texts = load_labels(args.folders, args.corpus)
    if not texts:
        print("no labelled texts", file=sys.stderr)
        sys.exit(2)
    kept, mentions = run_geodash(args.geodash, texts)
    totals = {"own": [0, 0, 0], "ungdc": [0, 0, 0]}
    print("| text | date | labels | found | right | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|")
    all_mistakes = []
    for name, source, date, _, labels in texts:
        text = kept.get(name, "")
        right, found, labelled, mistakes = score(name, text, labels, mentions.get(name, []))
        totals[source] = [a + b for a, b in zip(totals[source], (right, found, labelled))]
        precision, recall = figures(right, found, labelled)
        print(f"| {name} | {date} | {labelled} | {found} | {right} | {precision:.3f} | {recall:.3f} |")
        all_mistakes += [(name, text, mistake) for mistake in mistakes]
    everything = [sum(column) for column in zip(*totals.values())]
    print()
    for label, (right, found, labelled) in [("own texts", totals["own"]), ("UN excerpts", totals["ungdc"]),
                                            ("all", everything)]:
        precision, recall = figures(right, found, labelled)
        print(f"{label}: {labelled} labels, {found} found, {right} right: "
              f"precision {precision:.3f}, recall {recall:.3f}")
    if args.mistakes:
        print()
        for name, text, (what, start, end, actor, words) in all_mistakes:
            print(f"- {name}: {what} {actor} {words!r}: {context(text, start, end)}")
    precision, recall = figures(*everything)
    low = (args.min_precision is not None and precision < args.min_precision) or (
        args.min_recall is not None and recall < args.min_recall)
    sys.exit(1 if low else 0)


if __name__ == "__main__":
    main()
