#!/usr/bin/env bash
# Builds geodash and installs it for the current user where the desktop finds it (XDG paths): the binary in
# ~/.local/bin, the desktop entry in ~/.local/share/applications and the icon in the hicolor theme. Afterwards
# geodash starts from the applications menu, and "Open with geodash" in a file manager loads the file or folder.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

cargo build --release --locked
install -Dm755 target/release/geodash "$bin/geodash"
install -Dm644 assets/geodash.desktop "$data/applications/geodash.desktop"
for size in 32 48 64 128 256; do
  install -Dm644 "assets/icon-$size.png" "$data/icons/hicolor/${size}x${size}/apps/geodash.png"
done
install -Dm644 assets/geodash.svg "$data/icons/hicolor/scalable/apps/geodash.svg"
# Refresh the desktop's caches where the tools exist; the entry works without them after a new login.
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH; the desktop entry runs 'geodash' from it, so add it to PATH." ;;
esac
echo "Installed: $bin/geodash, $data/applications/geodash.desktop and the icon."
