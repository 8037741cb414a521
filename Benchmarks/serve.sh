#!/usr/bin/env bash
# Measures `lineage serve` on the shipped Benesse case: requests per second and latency of the JSON API and of
# the page, with wrk (Debian's package) on loopback, DURATION seconds per route with CONNECTIONS connections.
# Not a test: results go into docs/performance.md by hand.
#
#   bash Benchmarks/serve.sh                 # release build, 100 connections, 5 s per route
#   BUILD=debug DURATION=3 bash Benchmarks/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD:-release}"
connections="${CONNECTIONS:-100}"
duration="${DURATION:-5}"
if ! command -v wrk >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -qq wrk >/dev/null
fi
swift build -c "$build" --product lineage >/dev/null
binary=".build/$build/lineage"
scratch="$(mktemp -d)"
"$binary" serve --port 0 Graphs/benesse >"$scratch/out" 2>"$scratch/err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do
    [ -s "$scratch/out" ] && break
    sleep 0.1
done
address="$(head -n 1 "$scratch/out")"
echo "lineage serve ($build build) at $address; wrk, $connections connections, ${duration} s per route; $(nproc) cores"
echo
printf '| route | requests/s | latency p50 | p99 | errors |\n|---|---|---|---|---|\n'
for route in \
    "api/head" \
    "api/received?dataset=batch-2014-06-17" \
    "api/trace?subject=justsystems" \
    "api/timeline?known-by=2014-07-09" \
    "api/gaps" \
    "api/graph?format=svg&known-by=2014-07-09" \
    "?select=claim:t-bk-js"; do
    # wrk counts non-2xx answers and socket errors separately; both are errors here.
    result="$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$address$route")"
    rate="$(awk '/Requests\/sec/ {print $2}' <<<"$result")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$result")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$result")"
    errors="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result" | tr '\n' ' ')"
    printf '| `/%s` | %s | %s | %s | %s |\n' "$route" "$rate" "$p50" "$p99" "${errors:-0}"
done
