#!/usr/bin/env bash
# Installs the system packages ListLineage builds and runs with, on Debian or Ubuntu:
# libxml2 (headers for the build, xmllint for comparisons), SQLite (headers for the case store, through GRDB;
# the sqlite3 shell, which the tests use to tamper with a store as an investigator's adversary would),
# Graphviz to render diagrams, a CJK font so Japanese names render, and Chromium with its WebDriver for the
# browser tests of `lineage serve`. Swift itself is expected on PATH.
set -euo pipefail
packages=(pkg-config libxml2-dev libxml2-utils libsqlite3-dev sqlite3 graphviz fonts-noto-cjk chromium chromium-driver)
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
