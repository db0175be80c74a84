#!/usr/bin/env bash
# The desk's logging benchmark of the issue: « logging a request answers in under 100 ms at p95 with
# 20 counsellors at once ». Starts Escale from the packaged jar on a fresh ESCALE_HOME (embedded
# PostgreSQL, the demo destination for offers to recommend), then bench/DeskLoad.java: the
# administrator creates the points and 20 counsellor accounts through the staff pages, each counsellor
# logs in through the login form and posts requests (three in four) and counted visitors (one in four)
# to POST /desk and POST /desk/count from a thread of its own: warm-up, rush-hour pace, all at the
# same instant, flat out.
# Then checks in the database that every post answered by the redirect is a row of welcome.request
# (nothing lost). Writes bench/out/desk-logging.md and prints it.
#
#   bench/desk-logging.sh
#   COUNSELLORS=40 RUSH=60 FLAT=60 bench/desk-logging.sh
#
# Environment: JAVA (default: the newest JDK under /usr/lib/jvm, as bench/run.sh; JAVA=java for the
# default Java 17), PORT (18438), COUNSELLORS (20), WARMUP (30 s), RUSH (120 s), BURST (30 s: all
# at once every 3 s), FLAT (60 s), APP_OPTS (-Xmx1g), APP_ARGS (more arguments for the app,
# e.g. --some.property=value), OUT (bench/out), PROFILE=1 (a Java Flight
# Recording of the app for each measured phase, bench/out/desk-<phase>.jfr, summed up by part of a
# request in bench/out/desk-profile.txt). The jar is rebuilt when the commit or a source changed.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-bench/out}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2[1-9]*/bin/java 2>/dev/null | tail -1)}
JAVA=${JAVA:-java}
PORT=${PORT:-18438}
COUNSELLORS=${COUNSELLORS:-20}
RUSH=${RUSH:-120}
FLAT=${FLAT:-60}
WARMUP=${WARMUP:-30}
BURST=${BURST:-30}
APP_OPTS=${APP_OPTS:--Xmx1g}
ADMIN=admin@escale.local
ADMIN_PASSWORD=bench-only-desk
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
HOME_DIR=$OUT/home-desk
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

APP_PID=
cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		say "stopping the app (pid $APP_PID)"
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	# An embedded PostgreSQL left behind by a killed JVM: stop it by its own pid file.
	local pidfile=$HOME_DIR/postgres/postmaster.pid
	if [[ -f "$pidfile" ]]; then
		local pg; pg=$(head -1 "$pidfile")
		if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null; then kill "$pg" 2>/dev/null || true; fi
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build ------------------------------------------------------------------------------------
JAR=$(ls target/escale-*.jar 2>/dev/null | head -1 || true)
# Built from this commit and these uncommitted changes, or built again (from clean: a migration renamed
# since would otherwise stay in the jar under its old name).
STAMP="$(git rev-parse HEAD) $(git diff HEAD -- src pom.xml | md5sum)"
if [[ -z "$JAR" || ! -f $OUT/desk-jar.stamp || $(cat "$OUT/desk-jar.stamp") != "$STAMP" \
	|| -n $(find src pom.xml -newer "$JAR" -type f 2>/dev/null | head -1) ]]; then
	say "building the jar"
	timeout 900 ./mvnw -q -o clean package -DskipTests
	JAR=$(ls target/escale-*.jar | head -1)
	echo "$STAMP" >"$OUT/desk-jar.stamp"
fi

# --- the app ----------------------------------------------------------------------------------
rm -rf "$HOME_DIR"
say "starting the app on $HOME_DIR, port $PORT ($("$JAVA" -version 2>&1 | head -1))"
ESCALE_HOME=$HOME_DIR ESCALE_DEMO=true SERVER_PORT=$PORT ESCALE_ADMIN_EMAIL=$ADMIN ESCALE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
	"$JAVA" $APP_OPTS -jar "$JAR" ${APP_ARGS:-} >"$OUT/desk-app.log" 2>&1 &
APP_PID=$!
t0=$SECONDS
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/actuator/health") == 200 ]]; do
	kill -0 "$APP_PID" 2>/dev/null || { say "the app died"; tail -30 "$OUT/desk-app.log" >&2; exit 1; }
	((SECONDS - t0 < 900)) || { say "no health after 900 s"; exit 1; }
	sleep 2
done
# The demo destination gives the offers a counsellor recommends: wait until its import is done.
until grep -q "Started Escale" "$OUT/desk-app.log"; do
	((SECONDS - t0 < 900)) || { say "not started after 900 s"; exit 1; }
	sleep 2
done
say "started after $((SECONDS - t0)) s"
PG_PID=$(head -1 "$HOME_DIR/postgres/postmaster.pid")
export PGHOST=localhost PGPORT=$(sed -n 4p "$HOME_DIR/postgres/postmaster.pid") PGUSER=postgres PGDATABASE=postgres
sql() { psql -X -A -t -v ON_ERROR_STOP=1 -c "$1"; }

# --- the load ---------------------------------------------------------------------------------
load0=$(cut -d' ' -f1-3 /proc/loadavg)
PROFILING=
if [[ -n ${PROFILE:-} ]]; then
	rm -f "$OUT"/desk-*.jfr
	PROFILING=-Djfr=$OUT/desk
fi
timeout $((WARMUP + RUSH + BURST + FLAT + 600)) "$JAVA" $PROFILING bench/DeskLoad.java "http://localhost:$PORT" "$ADMIN" "$ADMIN_PASSWORD" \
	"$COUNSELLORS" "$RUSH" "$FLAT" "$WARMUP" "$BURST" 4 "$APP_PID" "$PG_PID" >"$OUT/deskload.txt"

if [[ -n ${PROFILE:-} ]]; then
	# Where the app's threads were seen running over the measured phases: by part of a request, by layer.
	for jfr in "$OUT"/desk-*.jfr; do
		echo "## $(basename "$jfr" .jfr)"
		echo
		"$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jfr" print --events jdk.ExecutionSample --stack-depth 1000 \
			"$jfr" | python3 bench/jfr-top.py
		echo
	done >"$OUT/desk-profile.txt"
	say "profile: $OUT/desk-profile.txt"
fi

# --- nothing lost -----------------------------------------------------------------------------
read -r _ logged _ counted _ offers <<<"$(tail -1 "$OUT/deskload.txt")"
BENCH="counsellor LIKE 'conseiller%@banc.escale.local'"
rows=$(sql "SELECT count(*) FROM welcome.request WHERE $BENCH AND visitors IS NULL")
rows_counted=$(sql "SELECT count(*) FROM welcome.request WHERE $BENCH AND visitors IS NOT NULL")
rows_offers=$(sql "SELECT count(*) FROM welcome.request_offer o JOIN welcome.request r ON r.id = o.request_id WHERE $BENCH")
verdict() { [[ $1 == "$2" ]] && echo "equal" || echo "**DIFFERENT**"; }
{
	echo "# Desk logging benchmark"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (modified)'),"\
		"$(nproc) cores, $("$JAVA" -version 2>&1 | head -1), app $APP_OPTS ${APP_ARGS:-}, load average before: $load0"
	echo
	sed '$d' "$OUT/deskload.txt"
	echo "| posted and answered by the redirect (all phases) | rows in the database | |"
	echo "|---|---:|---|"
	echo "| $logged requests (POST /desk) | $rows | $(verdict "$logged" "$rows") |"
	echo "| $counted counted (POST /desk/count) | $rows_counted | $(verdict "$counted" "$rows_counted") |"
	echo "| $offers offers recommended | $rows_offers | $(verdict "$offers" "$rows_offers") |"
} >"$OUT/desk-logging.md"
cat "$OUT/desk-logging.md"
[[ $logged == "$rows" && $counted == "$rows_counted" && $offers == "$rows_offers" ]]
