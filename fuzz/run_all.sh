#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 120), seeded with the test fixtures of its format, and prints
# libFuzzer's last status line per target. Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain
# RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its flags, and `-s none` skips the sanitizer, which needs nightly.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-120}
fixtures=../tests/fixtures
export RUSTC_BOOTSTRAP=1
for target in html pdf docx odt rtf eml mbox csv json zip txt; do
  mkdir -p "corpus/$target"
  case $target in
    html) cp "$fixtures"/formats/*.html "$fixtures"/html/*.html "corpus/$target/" 2>/dev/null || true ;;
    json) cp "$fixtures"/formats/*.jsonl "corpus/$target/" ;;
    txt) printf 'Niamey, 26 July 2023. Niger.\n' > "corpus/$target/seed" ;;
    *) cp "$fixtures"/formats/*."$target" "$fixtures"/formats/hostile/*."$target" "corpus/$target/" 2>/dev/null || true ;;
  esac
  cargo fuzz run --dev -s none "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    > "fuzz-$target.log" 2>&1 || echo "$target: CRASH, see fuzz/fuzz-$target.log and fuzz/artifacts/$target"
  echo "$target: $(grep -E '^#[0-9]+' "fuzz-$target.log" | tail -1)"
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "fuzz-$target.log" | tr '\n' ' '; echo
done
