#!/usr/bin/env bash
# The newsletter benchmark of the issue: a newsletter to 10,000 partners sent as staff send it
# (segment read, mails composed with each partner's unsubscribe link, queued in the outbox and
# recipients recorded, in one transaction; target: under 5 s), then delivered by the outbox's
# courier to a local SMTP server, GreenMail in the same JVM (target: at least 50 messages/s).
# Runs the test class NewsletterBenchmark, which the build's own test runs leave out; writes
# bench/out/newsletter.md and prints it.
#
#   bench/newsletter.sh                 # 10,000 partners
#   PARTNERS=50000 bench/newsletter.sh
#
# Environment: PARTNERS (10000), JAVA_HOME (the JDK Maven runs the tests with), OUT (bench/out).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-bench/out}
PARTNERS=${PARTNERS:-10000}
mkdir -p "$OUT"
LOG=$OUT/newsletter.log
start=$(date +%s)
timeout 1800 ./mvnw -q verify -Dit.test=NewsletterBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
	-Dbench.partners="$PARTNERS" >"$LOG" 2>&1 || { tail -60 "$LOG" >&2; exit 1; }
{
	echo "# Newsletter benchmark"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), build and run $(($(date +%s) - start)) s"
	echo
	echo '```'
	grep -E '^Newsletter ' "$LOG"
	echo '```'
} >"$OUT/newsletter.md"
cat "$OUT/newsletter.md"
