#!/usr/bin/env bash
# Builds lineage (release) and copies it to a folder on your PATH, so that every example's bare `lineage` works.
# The binary is self-contained: the evidence schema is compiled into it, so the copy works without the build
# folder. Usage: bash scripts/install.sh [folder]   (default: $HOME/.local/bin; PREFIX=/usr/local also works:
# the binary goes to $PREFIX/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-${PREFIX:+$PREFIX/bin}}
target=${target:-$HOME/.local/bin}
bash scripts/install-dependencies.sh
swift build -c release --product lineage >&2
mkdir -p "$target"
install -m 0755 .build/release/lineage "$target/lineage"
echo "installed $target/lineage"
case ":$PATH:" in
    *":$target:"*) ;;
    *) echo "note: $target is not on your PATH; add it, for example: echo 'export PATH=\"$target:\$PATH\"' >> ~/.bashrc" ;;
esac
