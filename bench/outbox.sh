#!/usr/bin/env bash
# The outbox benchmark of the issue: a newsletter to 10,000 partners queued through Outbox.queueAll
# (target: well under 5 s), then delivered by the scheduled courier to a local SMTP server, GreenMail
# in the same JVM (target: at least 50 messages/s). Runs the test class OutboxBenchmark, which the
# build's own test runs leave out; writes bench/out/outbox.md and prints it.
#
#   bench/outbox.sh              # 10,000 mails
#   MAILS=50000 bench/outbox.sh
#
# Environment: MAILS (10000), JAVA_HOME (the JDK Maven runs the tests with), OUT (bench/out).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-bench/out}
MAILS=${MAILS:-10000}
mkdir -p "$OUT"
LOG=$OUT/outbox.log
start=$(date +%s)
timeout 1800 ./mvnw -q verify -Dit.test=OutboxBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
	-Dbench.mails="$MAILS" >"$LOG" 2>&1 || { tail -60 "$LOG" >&2; exit 1; }
{
	echo "# Outbox benchmark"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), build and run $(($(date +%s) - start)) s"
	echo
	echo '```'
	grep -E '^Outbox ' "$LOG"
	echo '```'
} >"$OUT/outbox.md"
cat "$OUT/outbox.md"
