#!/usr/bin/env bash
# The desk statistics benchmark of the issue: 1,000,000 requests of one office over five years
# (with door counts), drawn in SQL with generate_series on the embedded PostgreSQL, then every view
# of /desk/stats timed as a browser asks for it (a day, a month, a season, a year, 365 days; each
# grouping; the CSV): warm, median and max of several runs; target: every view under 200 ms. Then
# 20 counsellors logging at once at the same office (the day's rollup lines shared by all).
# Runs the test class DeskStatsBenchmark, which the build's own test runs leave out; writes
# bench/out/desk-stats.md and prints it.
#
#   bench/desk-stats.sh                       # 1,000,000 requests, 7 timed runs of each view
#   REQUESTS=200000 RUNS=11 bench/desk-stats.sh
#
# Environment: REQUESTS (1000000), RUNS (7), OUT (bench/out).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-bench/out}
REQUESTS=${REQUESTS:-1000000}
RUNS=${RUNS:-7}
mkdir -p "$OUT"
LOG=$OUT/desk-stats.log
start=$(date +%s)
timeout 3600 ./mvnw -q verify -Dit.test=DeskStatsBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
	-Dbench.requests="$REQUESTS" -Dbench.runs="$RUNS" >"$LOG" 2>&1 || { tail -60 "$LOG" >&2; exit 1; }
{
	echo "# Desk statistics benchmark"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), build and run $(($(date +%s) - start)) s"
	echo
	grep -E '^DeskStats ' "$LOG" | grep -v '|' | sed 's/^DeskStats //'
	echo
	grep -E '^DeskStats \|' "$LOG" | sed 's/^DeskStats //'
} >"$OUT/desk-stats.md"
cat "$OUT/desk-stats.md"
