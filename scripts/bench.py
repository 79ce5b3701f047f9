#!/usr/bin/env python3
"""Runs geodash's benchmark and the tools an analyst would use instead, on the same files, and writes BENCHMARKS.md.

Usage, from the repository's root:  python3 scripts/bench.py [--quick]

It builds geodash in release mode, unpacks the UN General Debate corpus from ../shared/corpora under target/
(and a five-fold copy of it), then times on each corpus:
  - geodash bench           read + analyse (actors, dates) + index, peak RSS, search p50/p95;
  - rg -c -w Niger          ripgrep counting one word;
  - rg -c -w -F -f ALIASES  ripgrep counting every alias of the actor dictionary;
  - scripts/regex_anchor.py a short Python script counting the same aliases with one regular expression;
and, once, the window's first frame on the seeds (scripts/first_frame.py, under Xvfb).
--quick runs only the UN corpus and skips the five-fold copy.
"""

import json
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from first_frame import describe as describe_first_frames
from first_frame import first_frames

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "target"
ARCHIVE = ROOT.parent / "shared" / "corpora" / "ungdc-1946-2024.tar.zst"
UN = TARGET / "corpora" / "TXT"
FIVEFOLD = TARGET / "corpora-5x"
ALIASES = TARGET / "bench-aliases.txt"
BINARY = TARGET / "release" / "geodash"


def run(command, **kwargs):
    """Runs a command, returning (seconds, stdout)."""
    started = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - started, done.stdout


def prepare():
    subprocess.run(["cargo", "build", "--release", "--locked", "--bins", "--examples"], cwd=ROOT, check=True)
    if shutil.which("rg") is None:
        sys.exit("ripgrep is needed as an anchor: apt-get install ripgrep")
    if not UN.is_dir():
        (TARGET / "corpora").mkdir(parents=True, exist_ok=True)
        subprocess.run(["tar", "--zstd", "-xf", str(ARCHIVE), "-C", str(TARGET / "corpora")], check=True)
    dictionary = tomllib.loads((ROOT / "assets" / "actors.toml").read_text(encoding="utf-8"))
    aliases = sorted({alias for actor in dictionary["actor"] for alias in actor["aliases"]})
    ALIASES.write_text("\n".join(aliases) + "\n", encoding="utf-8")


def make_fivefold():
    """Five copies of the UN corpus, each file ending with a line naming its copy: geodash counts the same text
    once, so plain copies would collapse into one corpus again."""
    marker = FIVEFOLD / ".distinct-copies"
    if marker.exists():
        return
    shutil.rmtree(FIVEFOLD, ignore_errors=True)
    for copy in range(1, 6):
        for source in UN.rglob("*.txt"):
            target = FIVEFOLD / f"copy{copy}" / source.relative_to(UN)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes() + f"\n(copy {copy})\n".encode())
    marker.touch()


def measure(corpus):
    """Every figure for one corpus, after one untimed pass that puts the files in the page cache."""
    run(["rg", "-c", "-w", "Niger", str(corpus)])
    _, report = run([str(BINARY), "bench", str(corpus), "--format", "json"])
    figures = {"geodash": json.loads(report)}
    files = sum(1 for _ in corpus.rglob("*.txt"))
    size = sum(path.stat().st_size for path in corpus.rglob("*.txt"))
    figures["files"], figures["bytes"] = files, size
    figures["rg_word"], _ = run(["rg", "-c", "-w", "Niger", str(corpus)])
    figures["rg_aliases"], _ = run(["rg", "-c", "-w", "-F", "-f", str(ALIASES), str(corpus)])
    figures["python"], _ = run([sys.executable, str(ROOT / "scripts" / "regex_anchor.py"), str(ALIASES), str(corpus)])
    figures["frames"] = frame_times(corpus)
    return figures


def frame_times(corpus):
    """The window's frame times on the corpus, from the headless example, as it prints them."""
    _, out = run([str(TARGET / "release" / "examples" / "frame_times"), str(corpus)])
    return out.strip()


def machine():
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    return f"{os.cpu_count()} cores ({model}), {int(memory) / 1024 / 1024:.0f} GiB, {platform.system()} {platform.release()}"


def section(title, corpus, figures, targets):
    g = figures["geodash"]
    load = g["total_seconds"]
    lines = [
        f"## {title}",
        "",
        f"`{corpus.relative_to(ROOT)}`: {figures['files']:,} files, {figures['bytes'] / 1e6:.0f} MB; geodash read "
        f"{g['documents']:,} documents ({g['words']:,} words), {g['problems']} files not loaded, "
        f"{g['duplicates']} duplicates.",
        "",
        "| figure | geodash | anchor | ratio (anchor / geodash) | target |",
        "|---|---|---|---|---|",
        f"| read | {g['read_seconds']:.2f} s | | | |",
        f"| analyse (actors, dates) | {g['analyse_seconds']:.2f} s | | | |",
        f"| index | {g['index_seconds']:.2f} s | | | |",
        f"| read + analyse + index | {load:.2f} s | Python regex, aliases: {figures['python']:.2f} s | "
        f"{figures['python'] / load:.1f}× | {targets['load']} |",
        f"| | | rg -c -w -F -f aliases: {figures['rg_aliases']:.2f} s | {figures['rg_aliases'] / load:.2f}× | |",
        f"| | | rg -c -w Niger: {figures['rg_word']:.2f} s | {figures['rg_word'] / load:.2f}× | |",
        f"| peak RSS | {g['peak_rss_mib']:.0f} MiB | text {figures['bytes'] / 2**20:.0f} MiB | "
        f"{g['peak_rss_mib'] / (figures['bytes'] / 2**20):.2f}× the text | {targets['rss']} |",
        f"| search, best 50 (p50 / p95) | {g['search']['p50_ms']:.2f} / {g['search']['p95_ms']:.2f} ms | | | "
        f"{targets['p95']} (p95) |",
        f"| dashboard update: 500 hits listed, actor table, timeline, 8 snippets (p50 / p95) | "
        f"{g['dashboard_update']['p50_ms']:.2f} / {g['dashboard_update']['p95_ms']:.2f} ms | | | 16 ms a frame |",
        f"| `geodash search`: best 50 with snippets (p50 / p95) | {g['search_with_snippets']['p50_ms']:.2f} / "
        f"{g['search_with_snippets']['p95_ms']:.2f} ms | | | |",
        f"| saving the corpus to the cache ({g['saved']['bytes'] / 1e6:.0f} MB on disk) | "
        f"{g['saved']['save_seconds']:.2f} s | | | |",
        f"| reopening it from the saved index ({g['saved']['documents']:,} documents) | "
        f"{g['saved']['reopen_seconds']:.2f} s | read + analyse + index: {load:.2f} s | "
        f"{load / g['saved']['reopen_seconds']:.1f}× | {targets['reopen']} |",
        f"| adding the 5 seed articles to the reopened corpus | {g['saved']['add_seconds'] * 1000:.0f} ms | | | "
        "only the new files |",
        "",
        "| query | kind | matching documents | search p50 | dashboard update p50 |",
        "|---|---|---|---|---|",
    ]
    for query in g["queries"]:
        lines.append(
            f"| `{query['query']}` | {query['kind']} | {query['matches']:,} | {query['search_p50_ms']:.2f} ms | "
            f"{query['dashboard_p50_ms']:.2f} ms |"
        )
    lines += [
        "",
        "The window's frames (`cargo run --release --example frame_times -- "
        f"{corpus.relative_to(ROOT)}`; from 2,000 documents the dashboard update runs off the window's thread, "
        "so a frame does not wait for it; target ≤ 16 ms every frame):",
        "",
        "```",
        figures.get("frames", "(not measured)"),
        "```",
    ]
    return lines + [""]


def main():
    quick = "--quick" in sys.argv
    prepare()
    corpora = [("UN General Debate corpus", UN,
                {"load": "≤ 3 s, ≥ 5× the Python script", "rss": "", "p95": "≤ 10 ms", "reopen": "≤ 0.5 s"})]
    if not quick:
        make_fivefold()
        corpora.append(("Five-fold copy", FIVEFOLD,
                        {"load": "≤ 15 s", "rss": "≤ 2× the text", "p95": "≤ 30 ms", "reopen": ""}))
    lines = [
        "# Benchmarks",
        "",
        f"Made by `python3 scripts/bench.py` on {time.strftime('%Y-%m-%d')}, {machine()}.",
        "Each tool reads the same files from a warm page cache. The UN corpus: Jankin, Baturo & Dasandi, UN General",
        "Debate Corpus 1946–2024 (CC0). Each query of the set runs 20 times; *search* ranks the best 50 documents,",
        "*dashboard update* is what a keystroke costs the window (every panel's figures and one screen of snippets),",
        "`geodash search` adds a snippet to each of the best 50. The anchors count; they do not index or rank.",
        "",
    ]
    lines += [
        "## Start",
        "",
        "The window's first frame on the seeds, from starting the release binary to its window being shown "
        f"(`python3 scripts/first_frame.py`, Xvfb, software rendering; target ≤ 0.3 s): {describe_first_frames(first_frames())}.",
        "",
    ]
    for title, corpus, targets in corpora:
        figures = measure(corpus)
        (TARGET / f"bench-{corpus.name}.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
        lines += section(title, corpus, figures, targets)
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
