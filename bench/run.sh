#!/usr/bin/env bash
# The whole benchmark of the issue, one command: import (check = parse-only floor, then import;
# 1,432 real objects, then 100,000 synthetic ones, then the 100k re-import), then search over HTTP
# (SearchLoad, 16 clients) on the imported 100k, then the bare-SQL baseline of the same queries
# (pgbench, 16 clients) in the same PostgreSQL. Writes bench/out/results.md and prints it.
#
#   bench/run.sh                 # everything
#   bench/run.sh import          # only the import part
#   bench/run.sh search sql      # only search + SQL baseline, on an existing bench/out/home-100k
#
# Environment: JAVA (default java), PORT (18437), CLIENTS (16), DURATION (60 s per load),
# APP_OPTS (-Xmx1g, heap of the app serving searches), SOURCE (../shared/data/datatourisme/export-37),
# OUT (bench/out).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-bench/out}
# The newest JDK of the machine when there is one (Temurin 25 here): on 21+ Escale serves on
# virtual threads and the JIT does better. JAVA=java measures the default Java 17.
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2[1-9]*/bin/java 2>/dev/null | tail -1)}
JAVA=${JAVA:-java}
PORT=${PORT:-18437}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-60}
APP_OPTS=${APP_OPTS:--Xmx1g}
SOURCE=${SOURCE:-../shared/data/datatourisme/export-37}
SYNTH=$OUT/synthetic-100k.zip
EXPECTED=${EXPECTED:-100000}
STEPS=${*:-import search sql}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
SYNTH=$OUT/synthetic-100k.zip
RESULTS=$OUT/results.md
has() { [[ " $STEPS " == *" $1 "* ]]; }
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

APP_PID=
cleanup() {
	if [[ -f $OUT/cli.pid ]]; then kill "$(cat "$OUT/cli.pid")" 2>/dev/null || true; rm -f "$OUT/cli.pid"; fi
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		say "stopping the app (pid $APP_PID)"
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	# An embedded PostgreSQL left behind by a killed JVM: stop it by its own pid file.
	local pidfile=$OUT/home-100k/postgres/postmaster.pid
	if [[ -z "${KEEP_PG:-}" && -f "$pidfile" ]]; then
		local pg; pg=$(head -1 "$pidfile")
		if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null && [[ -z "$APP_PID" || ! -e /proc/$APP_PID ]]; then
			kill "$pg" 2>/dev/null || true
		fi
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build and data ---------------------------------------------------------------------------
JAR=$(ls target/escale-*.jar 2>/dev/null | head -1 || true)
if [[ -z "$JAR" ]]; then
	say "building the jar"
	timeout 900 ./mvnw -q -o package -DskipTests
	JAR=$(ls target/escale-*.jar | head -1)
fi
if [[ ! -f "$SYNTH" ]]; then
	say "generating $SYNTH"
	timeout 900 python3 bench/make-synthetic-export.py --source "$SOURCE" --count 100000 --out "$SYNTH"
fi
cores=$(nproc)
jver=$("$JAVA" -version 2>&1 | head -1)

# --- import -----------------------------------------------------------------------------------
# run_cli <log> <home> <command> <path> [fresh]: one command-line run with -Xmx512m; prints its
# last line and the process wall time. A run whose embedded PostgreSQL went away (the machine is
# shared) is retried once, on a wiped home when "fresh".
run_cli() {
	local attempt line
	for attempt in 1 2; do
		[[ ${5:-} == fresh ]] && rm -rf "$2"
		if line=$(run_cli_once "$@"); then echo "$line"; return 0; fi
		say "attempt $attempt failed: $3 $4 (see $1.$attempt)"; cp "$1" "$1.$attempt"; tail -5 "$1" | cut -c1-300 >&2
	done
	return 1
}
run_cli_once() {
	local log=$1 home=$2 cmd=$3 path=$4 start end pid failed_at=
	start=$(date +%s.%N)
	ESCALE_HOME=$home ESCALE_DEMO=false ESCALE_ADMIN_PASSWORD=bench-only SERVER_PORT=0 \
		timeout 3600 "$JAVA" -Xmx512m -jar "$JAR" "$cmd" "$path" >"$log" 2>&1 &
	pid=$!
	echo "$pid" >"$OUT/cli.pid"
	while kill -0 "$pid" 2>/dev/null; do
		# A context that failed to start may leave the JVM hanging: give it 20 s to end, then end it.
		if [[ -z $failed_at ]] && grep -q "Exception encountered during context initialization" "$log"; then failed_at=$SECONDS; fi
		if [[ -n $failed_at ]] && ((SECONDS - failed_at > 20)); then kill "$pid" 2>/dev/null; fi
		sleep 1
	done
	rm -f "$OUT/cli.pid"
	wait "$pid" || return 1
	end=$(date +%s.%N)
	line=$(tr '\r' '\n' <"$log" | grep -E '^(Check|Import [0-9a-f-]+): ' | tail -1)
	[[ -n $line ]] || return 1
	say "$line (process wall $(printf '%.0f' "$(echo "$end - $start" | bc)") s)"
	echo "$line|$(printf '%.1f' "$(echo "$end - $start" | bc)")"
}
rate() { sed -E 's/.*\(([0-9]+)\/s\).*/\1/' <<<"$1"; }
secs() { sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$1"; }
heap() { sed -E 's/.*peak heap ([0-9]+) MB.*/\1/' <<<"$1"; }
objs() { sed -E 's/.* — ([0-9]+) objects in.*/\1/' <<<"$1"; }
counts() { sed -E 's/^Import [^:]+: (created [0-9]+, updated [0-9]+, unchanged [0-9]+, rejected [0-9]+).*/\1/' <<<"$1"; }

if has import; then
	rm -rf "$OUT/home-check" "$OUT/home-1432" "$OUT/home-100k"
	IMPORT_SETS=${IMPORT_SETS:-1432 100k}
	: >"$OUT/import.txt"
	for set in $IMPORT_SETS; do
		path=$SOURCE; [[ $set == 100k ]] && path=$SYNTH
		say "check $set ($path)"
		c=$(run_cli "$OUT/check-$set.log" "$OUT/home-check" check "$path")
		say "import $set into a fresh home"
		i=$(run_cli "$OUT/import-$set.log" "$OUT/home-$set" import "$path" fresh)
		echo "$set|${c%|*}|${c##*|}|${i%|*}|${i##*|}" >>"$OUT/import.txt"
	done
	say "re-import 100k (unchanged)"
	c=$(run_cli "$OUT/check-100k-again.log" "$OUT/home-check" check "$SYNTH")
	i=$(run_cli "$OUT/reimport-100k.log" "$OUT/home-100k" import "$SYNTH")
	echo "100k again|${c%|*}|${c##*|}|${i%|*}|${i##*|}" >>"$OUT/import.txt"
fi

# --- search -----------------------------------------------------------------------------------
start_app() { # start_app [app arguments…]
	say "starting the app on $OUT/home-100k, port $PORT $*"
	ESCALE_HOME=$OUT/home-100k ESCALE_DEMO=false SERVER_PORT=$PORT ESCALE_ADMIN_PASSWORD=bench-only \
		"$JAVA" $APP_OPTS -jar "$JAR" "$@" >"$OUT/app.log" 2>&1 &
	APP_PID=$!
	local t0=$SECONDS
	until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health") == 200 ]]; do
		kill -0 "$APP_PID" 2>/dev/null || { say "the app died"; tail -30 "$OUT/app.log" >&2; exit 1; }
		((SECONDS - t0 < 900)) || { say "no health after 900 s"; exit 1; }
		sleep 2
	done
	say "healthy after $((SECONDS - t0)) s; waiting for $EXPECTED offers in the index"
	local total=0
	while ((total < EXPECTED)); do
		total=$(curl -s "http://localhost:$PORT/api/v1/offers?size=1" | sed -E 's/^\{"total":([0-9]+).*/\1/')
		[[ $total =~ ^[0-9]+$ ]] || total=0
		((SECONDS - t0 < 1200)) || { say "index holds only $total after 1200 s"; exit 1; }
		((total >= EXPECTED)) || sleep 2
	done
	say "index holds $total offers, $((SECONDS - t0)) s after start"
	echo "$((SECONDS - t0))" >"$OUT/app-ready-seconds.txt"
}

if has search || has sql; then
	[[ -d $OUT/home-100k/postgres ]] || { say "no $OUT/home-100k: run 'bench/run.sh import' first"; exit 1; }
	# First without the result cache: what searching costs, to compare with SQL (which has none).
	start_app --escale.search.cached-results=0
fi
if has search; then
	say "SearchLoad: $CLIENTS clients, $DURATION s, no result cache"
	timeout $((DURATION + 400)) "$JAVA" bench/SearchLoad.java "http://localhost:$PORT" "$CLIENTS" "$DURATION" \
		| tee "$OUT/searchload.txt" >&2
fi
if has sql; then
	PGPORT=$(sed -n 4p "$OUT/home-100k/postgres/postmaster.pid")
	export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=postgres
	say "SQL baseline: building schema bench in PostgreSQL :$PGPORT"
	t0=$SECONDS
	timeout 1200 psql -q -v ON_ERROR_STOP=1 -f bench/sql/schema.sql >"$OUT/sql-schema.log" 2>&1 \
		|| { cat "$OUT/sql-schema.log" >&2; exit 1; }
	say "schema built in $((SECONDS - t0)) s"
	timeout 300 psql -X -A -t -F '|' -v ON_ERROR_STOP=1 -f bench/sql/counts.sql >"$OUT/sql-counts.txt"
	timeout 300 psql -X -v ON_ERROR_STOP=1 -f bench/sql/explain.sql >"$OUT/sql-explain.txt" 2>&1 || true
	rm -f "$OUT"/pgbench_log.* "$OUT"/pgbench.*
	say "pgbench: $CLIENTS clients, $DURATION s, the four queries in equal shares"
	(cd "$OUT" && timeout $((DURATION + 120)) pgbench -n -c "$CLIENTS" -j 2 -T "$DURATION" \
		-f "$ROOT/bench/sql/q1-broad-word.sql@1" -f "$ROOT/bench/sql/q2-text-type-commune.sql@1" \
		-f "$ROOT/bench/sql/q3-around-point.sql@1" -f "$ROOT/bench/sql/q4-on-date.sql@1" \
		-l --log-prefix=pgbench) | tee "$OUT/pgbench.txt" >&2
	# Per-transaction log: client tx latency_us script_no epoch epoch_us
	cat "$OUT"/pgbench.[0-9]* | awk '{print $4, $3}' >"$OUT/sql-latencies.txt"
fi
if [[ -n "$APP_PID" ]]; then
	cleanup
	APP_PID=
fi
if has search; then
	# Then as deployed: recent results served again until the catalogue changes.
	KEEP_PG=1 start_app
	say "SearchLoad: $CLIENTS clients, $DURATION s, with the result cache (as deployed)"
	timeout $((DURATION + 400)) "$JAVA" bench/SearchLoad.java "http://localhost:$PORT" "$CLIENTS" "$DURATION" \
		| tee "$OUT/searchload-cached.txt" >&2
	cleanup
	APP_PID=
fi

# --- results ----------------------------------------------------------------------------------
pct() { # pct <p> : percentile (ms) of the µs values on stdin, same rule as SearchLoad
	sort -n | awk -v p="$1" '{v[NR]=$1} END {if (NR==0) {print "n/a"; exit} i=int(p/100*NR+0.999999); if (i<1) i=1; printf "%.1f", v[i]/1000}'
}
{
	echo "# Escale benchmark results"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $cores cores, $jver, commit $(git rev-parse --short HEAD)"
	if [[ -f $OUT/import.txt ]]; then
		echo
		echo "## Import (\`-Xmx512m\`, fresh ESCALE_HOME; check = read + parse + validate only)"
		echo
		echo "| export | objects | import objects/s | parse-only objects/s | ratio | import s | peak heap (import) | peak heap (check) | process wall (import) | outcome |"
		echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
		while IFS='|' read -r set c cw i iw; do
			ri=$(rate "$i"); rc=$(rate "$c")
			echo "| $set | $(objs "$i") | $ri | $rc | $(awk -v a="$ri" -v b="$rc" 'BEGIN{printf "%.2f", a/b}') | $(secs "$i") | $(heap "$i") MB | $(heap "$c") MB | $iw s | $(counts "$i") |"
		done <"$OUT/import.txt"
	fi
	if [[ -f $OUT/searchload.txt ]]; then
		echo
		echo "## Search ($CLIENTS clients over HTTP, ${DURATION} s, then the same queries in bare SQL with pgbench)"
		echo
		echo "Without the result cache:"
		echo
		echo '```'
		cat "$OUT/searchload.txt"
		echo '```'
		if [[ -f $OUT/searchload-cached.txt ]]; then
			echo
			echo "With the result cache, as deployed (the mix repeats values, so many answers come from it):"
			echo
			echo '```'
			cat "$OUT/searchload-cached.txt"
			echo '```'
		fi
	fi
	if [[ -f $OUT/sql-latencies.txt && -f $OUT/searchload.txt ]]; then
		echo
		echo "| query | Escale avg matches | Escale p50 ms | Escale p95 ms | SQL matches (first value) | SQL tx | SQL p50 ms | SQL p95 ms | SQL p95 ÷ Escale p95 |"
		echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
		n=0
		while IFS= read -r line; do
			n=$((n + 1))
			name=$(cut -c1-28 <<<"$line" | sed 's/ *$//')
			read -r m r p50 p95 p99 <<<"$(cut -c29- <<<"$line")"
			s95=$(awk -v s=$((n - 1)) '$1==s {print $2}' "$OUT/sql-latencies.txt" | pct 95)
			s50=$(awk -v s=$((n - 1)) '$1==s {print $2}' "$OUT/sql-latencies.txt" | pct 50)
			stx=$(awk -v s=$((n - 1)) '$1==s' "$OUT/sql-latencies.txt" | wc -l)
			sm=$(sed -n "${n}p" "$OUT/sql-counts.txt")
			echo "| $name | $m | $p50 | $p95 | $sm | $stx | $s50 | $s95 | $(awk -v a="$s95" -v b="$p95" 'BEGIN{printf "%.0f×", a/b}') |"
		done < <(sed -n '3,6p' "$OUT/searchload.txt")
		all=$(grep -E '^all ' "$OUT/searchload.txt")
		read -r _ r p50 p95 p99 <<<"$all"
		s50=$(awk '{print $2}' "$OUT/sql-latencies.txt" | pct 50)
		s95=$(awk '{print $2}' "$OUT/sql-latencies.txt" | pct 95)
		stx=$(wc -l <"$OUT/sql-latencies.txt")
		echo "| all | | $p50 | $p95 | | $stx | $s50 | $s95 | $(awk -v a="$s95" -v b="$p95" 'BEGIN{printf "%.0f×", a/b}') |"
		echo
		echo "Escale: $(grep throughput "$OUT/searchload.txt"). SQL: $(grep -E '^tps' "$OUT/pgbench.txt" | head -1)."
	fi
} >"$RESULTS"
cat "$RESULTS"
