#!/usr/bin/env bash
# Installs the system packages ListLineage builds and runs with, on Debian or Ubuntu:
# libxml2 (headers for the build, xmllint for comparisons), SQLite (headers for the case store, through GRDB;
# the sqlite3 shell, which the tests use to tamper with a store as an investigator's adversary would),
# Graphviz to render diagrams, a CJK font so Japanese and Korean names render, poppler-utils (pdffonts, with
# which the tests check that an exhibit PDF embeds its fonts), Chromium with its WebDriver for the browser tests of
# `lineage serve`; and the Python packages the interop tests read our
# exports with: prov (the W3C PROV reference library; the PROV tests also keep their own copy in a virtual
# environment under .build) and networkx (reads the GraphML export). Swift itself is expected on PATH.
set -euo pipefail
python_packages=(prov networkx)
missing_python=()
for package in "${python_packages[@]}"; do
    python3 -c "import $package" 2>/dev/null || missing_python+=("$package")
done
if [ ${#missing_python[@]} -gt 0 ]; then
    echo "installing Python packages: ${missing_python[*]}" >&2
    python3 -m pip install --quiet "${missing_python[@]}"
fi
packages=(pkg-config libxml2-dev libxml2-utils libsqlite3-dev sqlite3 graphviz fonts-noto-cjk poppler-utils chromium chromium-driver)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
