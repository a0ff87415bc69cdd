#!/usr/bin/env bash
# `tandem demo`: server + standby + operator client on this machine with the bundled demo project. A runtime node
# that exits is reported and restarted after 10 s, so a visitor can kill -9 the server and watch the standby take
# over. `tandem demo --drill` runs a scripted failover drill instead and prints its report (see demo_drill).
# Sourced by runtime-launcher/tandem.

DEMO_PIDS=()
DEMO_NODES=(alpha beta)
DEMO_RESTART_S=10
declare -A DEMO_NODE_PID=() DEMO_NODE_DOWN=()
DEMO_EVENTS="" # drill only: the file that collects every process' READY/ROLE/ACTION lines with their time
DEMO_DIR=""
source "$HERE/demo-devices.sh"

demo_log() { printf '\033[1m[demo]\033[0m %s\n' "$*"; }
demo_now_ms() { date +%s%3N; }

demo_stop() {
	trap '' INT TERM # a second Ctrl-C must not cut the orderly stop short
	demo_log "stopping: ${DEMO_PIDS[*]}"
	for pid in "${DEMO_PIDS[@]}"; do kill -CONT "$pid" 2>/dev/null; kill -TERM "$pid" 2>/dev/null || true; done
	for pid in "${DEMO_PIDS[@]}"; do
		for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$pid" 2>/dev/null || true
	done
	[ -n "${DEMO_XVFB:-}" ] && kill "$DEMO_XVFB" 2>/dev/null
	sleep 0.3 # let the output filters print the last lines
	demo_log "all stopped; data and logs in $DEMO_DIR"
	exit "${1:-0}"
}

# Starts a background process whose output is prefixed and appended to a log; prints nothing, sets LAST_PID.
# Ctrl-C in a terminal signals the whole foreground process group: the process runs in a session of its own and
# its output filter ignores INT and TERM, so the demo stops everything itself, in order, and every last line
# (STOPPED ...) still reaches the screen and the log. In a drill the filter also appends the READY, ROLE and
# ACTION lines, stamped with the time they arrived, to the drill's events file.
demo_start() { # name log command...
	local name=$1 log=$2; shift 2
	echo "RESTARTED $(date -Is)" >>"$log"
	setsid "$@" > >(trap '' INT TERM; NAME=$name LOG=$log EVENTS=$DEMO_EVENTS perl -MTime::HiRes=time -ne '
		BEGIN { $| = 1; open(LOG, ">>", $ENV{LOG}) or die "$ENV{LOG}: $!"; LOG->autoflush(1); }
		print LOG $_;
		print "[$ENV{NAME}] $_" unless /^ACTION .* CONFIRMED/ || /^QUERY / && !/ FAILED /;
		if ($ENV{EVENTS} ne "" && /^(READY|ROLE|LEASE|ACTION|VALUES) /) {
			open(my $e, ">>", $ENV{EVENTS}); printf $e "%d %s %s", time() * 1000, $ENV{NAME}, $_; close $e;
		}') 2>&1 &
	LAST_PID=$!
	disown "$LAST_PID" # bash would print the whole command line when a node is killed
	DEMO_PIDS+=("$LAST_PID")
}

demo_event() { # text: a drill event (a fault) in the events file and on screen
	echo "$(demo_now_ms) drill FAULT $*" >>"$DEMO_EVENTS"
	demo_log "FAULT $*"
}

demo_node() { # name: starts (or restarts) a runtime node of the demo
	local name=$1
	demo_start "$name" "$DEMO_DIR/$name.log" "$HERE/tandem" node --project "$DEMO_PROJECT" --node "$name" \
		--data "$DEMO_DIR/$name"
	DEMO_NODE_PID[$name]=$LAST_PID
	DEMO_NODE_DOWN[$name]=""
}

# The role a node reported last since it was (re)started: SERVER, STANDBY, ... or nothing before READY.
demo_role() { # name
	awk '/^RESTARTED/ { r = "" } /^(READY|ROLE) / { for (i = 1; i <= NF; i++) if ($i ~ /^role=/) r = substr($i, 6) }
		END { print r }' "$DEMO_DIR/$1.log" 2>/dev/null
}

demo_server() { # prints the name of the live node that serves, or nothing
	for name in "${DEMO_NODES[@]}"; do
		if kill -0 "${DEMO_NODE_PID[$name]}" 2>/dev/null && [ "$(demo_role "$name")" = SERVER ]; then
			echo "$name"
			return
		fi
	done
}

demo_wait_ready() { # name log pid
	for _ in $(seq 1 600); do
		awk '/^RESTARTED/ { r = 0 } /^READY/ { r = 1 } END { exit !r }' "$2" 2>/dev/null && return 0
		kill -0 "$3" 2>/dev/null || { demo_log "$1 exited before it was ready; see $2"; demo_stop 1; }
		sleep 0.1
	done
	demo_log "$1 not ready after 60 s; see $2"
	demo_stop 1
}

# Reports a node that exited and restarts it DEMO_RESTART_S later; tells the visitor how to kill the server.
DEMO_LAST_SERVER=""
demo_supervise() {
	local name pid server
	for name in "${DEMO_NODES[@]}"; do
		pid=${DEMO_NODE_PID[$name]}
		if [ -z "${DEMO_NODE_DOWN[$name]}" ] && ! kill -0 "$pid" 2>/dev/null; then
			demo_log "node $name (pid $pid) has ended; restarting it in $DEMO_RESTART_S s"
			DEMO_NODE_DOWN[$name]=$(date +%s)
		elif [ -n "${DEMO_NODE_DOWN[$name]}" ] && [ $(($(date +%s) - DEMO_NODE_DOWN[$name])) -ge "$DEMO_RESTART_S" ]; then
			demo_log "restarting node $name: it joins as standby, aligns its history, then takes its role back"
			demo_node "$name"
		fi
	done
	server=$(demo_server)
	if [ -n "$server" ] && [ "$server" != "$DEMO_LAST_SERVER" ]; then
		DEMO_LAST_SERVER=$server
		demo_log "$server serves now (pid ${DEMO_NODE_PID[$server]}). Try a failover: kill -9 ${DEMO_NODE_PID[$server]}"
	fi
}

demo_display() {
	if [ -n "${DISPLAY:-}" ]; then
		return 0
	fi
	tandem_install_packages xvfb xauth
	export DISPLAY=:$((90 + RANDOM % 9))
	setsid Xvfb "$DISPLAY" -screen 0 1280x1024x24 >/dev/null 2>&1 &
	DEMO_XVFB=$!
	sleep 1
	DEMO_HEADLESS=1
	demo_log "no display here: the operator window runs on the virtual display $DISPLAY;"
	demo_log "it writes its picture to $DEMO_DIR/operator.png every 5 s"
}

demo_prepare() { # folder [--modbus]
	tandem_ui_prerequisites
	ensure_built "$RUNTIME"
	if [ ! -f "$DEMO_PROJECT" ]; then
		echo "tandem demo: the demo project $DEMO_PROJECT is missing" >&2
		exit 2
	fi
	DEMO_DIR=$1
	mkdir -p "$DEMO_DIR"
	trap demo_stop INT TERM
	demo_devices "${@:2}"
	demo_log "project $DEMO_PROJECT"
}

verb_demo() {
	case "${1:-}" in
	--drill) demo_drill; return ;;
	"" | --modbus) ;;
	*) echo "tandem demo: unknown option '$1'; usage: tandem demo [--drill | --modbus]" >&2; exit 2 ;;
	esac
	demo_prepare "$WORK/demo" "$@"
	for name in "${DEMO_NODES[@]}"; do demo_node "$name"; done
	for name in "${DEMO_NODES[@]}"; do demo_wait_ready "$name" "$DEMO_DIR/$name.log" "${DEMO_NODE_PID[$name]}"; done
	demo_display
	local picture=()
	[ -n "${DEMO_HEADLESS:-}" ] && picture=(--screenshot "$DEMO_DIR/operator.png" --after 5 --every 5)
	demo_start client "$DEMO_DIR/client.log" "$HERE/tandem" client --project "$DEMO_PROJECT" "${picture[@]}"
	local client=$LAST_PID
	demo_log "server, standby and operator client are running; log in as operator/operator; Ctrl-C stops them"
	while kill -0 "$client" 2>/dev/null; do
		demo_supervise
		sleep 0.5
	done
	demo_log "the operator client was closed"
	demo_stop
}

# --- the scripted drill -------------------------------------------------------------------------------------

demo_pid_of() { echo "${DEMO_NODE_PID[$1]}"; }

# Waits until node reports role after the given time (epoch ms); prints the time it did, or fails the drill.
demo_wait_role() { # node role since-ms timeout-s
	local end=$(($(date +%s) + $4)) at
	while [ "$(date +%s)" -le "$end" ]; do
		at=$(awk -v n="$1" -v r="role=$2" -v s="$3" '$1 >= s && $2 == n && index($0, r) { print $1; exit }' "$DEMO_EVENTS")
		[ -n "$at" ] && { echo "$at"; return 0; }
		sleep 0.1
	done
	demo_log "drill failed: $1 did not report $2 within $4 s; logs in $DEMO_DIR" >&2
	return 1
}

demo_other() { [ "$1" = alpha ] && echo beta || echo alpha; }

demo_drill() {
	demo_prepare "$WORK/drill"
	rm -rf "${DEMO_DIR:?}"/* # every drill starts from empty histories: the checker compares this run only
	DEMO_EVENTS=$DEMO_DIR/events.txt
	: >"$DEMO_EVENTS"
	local t0 from to server standby at failover1 back1 failover2 back2
	demo_log "drill: kill -9 the server, restart it, planned switch-back, SIGSTOP the server, resume; then check"
	for name in "${DEMO_NODES[@]}"; do demo_node "$name"; done
	for name in "${DEMO_NODES[@]}"; do demo_wait_ready "$name" "$DEMO_DIR/$name.log" "${DEMO_NODE_PID[$name]}"; done
	(umask 077 && printf 'operator\n' > "$DEMO_DIR/operator.password") # the demo user's password, not in ps
	demo_start station "$DEMO_DIR/station.log" "$HERE/tandem" station --project "$DEMO_PROJECT" --node console \
		--user operator --password-file "$DEMO_DIR/operator.password" --write Chlorine.DosingSetpoint --every 200 \
		--confirmed "$DEMO_DIR/confirmed-actions.txt" --query-every 1000 --trend Tank1.Level
	demo_wait_ready station "$DEMO_DIR/station.log" "$LAST_PID"
	from=$(demo_now_ms)
	sleep 15

	server=$(demo_server) standby=$(demo_other "$(demo_server)")
	t0=$(demo_now_ms)
	demo_event "kill -9 $server"
	kill -KILL "$(demo_pid_of "$server")"
	at=$(demo_wait_role "$standby" SERVER "$t0" 30) || demo_stop 1
	failover1=$((at - t0))
	demo_log "$standby serves $failover1 ms after the kill"
	sleep 10
	t0=$(demo_now_ms)
	demo_event "restart $server"
	demo_node "$server"
	at=$(demo_wait_role "$server" SERVER "$t0" 120) || demo_stop 1
	back1=$((at - t0))
	demo_log "$server took its role back $back1 ms after its restart (alignment, then planned switch-back)"
	sleep 10

	server=$(demo_server) standby=$(demo_other "$server")
	t0=$(demo_now_ms)
	demo_event "SIGSTOP $server"
	kill -STOP "$(demo_pid_of "$server")"
	at=$(demo_wait_role "$standby" SERVER "$t0" 30) || demo_stop 1
	failover2=$((at - t0))
	demo_log "$standby serves $failover2 ms after the SIGSTOP"
	sleep 6
	t0=$(demo_now_ms)
	demo_event "SIGCONT $server"
	kill -CONT "$(demo_pid_of "$server")"
	at=$(demo_wait_role "$server" SERVER "$t0" 120) || demo_stop 1
	back2=$((at - t0))
	demo_log "$server took its role back $back2 ms after it resumed"
	sleep 10
	to=$(demo_now_ms)
	demo_drill_report "$from" "$to" "$failover1" "$back1" "$failover2" "$back2"
}

demo_drill_report() { # from to failover1 back1 failover2 back2
	local pids=("${DEMO_PIDS[@]}") code=0 checked=0
	DEMO_PIDS=()
	for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do
		for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	done
	demo_log "checking every recorded fact against the simulated plant ..."
	"$HERE/tandem" check --project "$DEMO_PROJECT" --data "$DEMO_DIR/alpha,$DEMO_DIR/beta" --from "$1" --to "$2" \
		--actions "$DEMO_DIR/confirmed-actions.txt" >"$DEMO_DIR/check.txt" 2>&1 || checked=$?
	"$HERE/tandem" timeline --events "$DEMO_EVENTS" --out "$DEMO_DIR/timeline.png" >"$DEMO_DIR/timeline.txt" 2>&1
	cat <<REPORT

===== Failover drill report ($(date -Is)) =====
kill -9 of the server -> standby serves:       $3 ms
restarted server takes its role back after:    $4 ms (alignment + planned switch-back)
SIGSTOP of the server -> standby serves:       $5 ms
resumed server takes its role back after:      $6 ms
station: $(wc -l <"$DEMO_DIR/confirmed-actions.txt") confirmed writes; longest pause between confirmed writes: $(sed -n 's/.*station-longest-pause-ms=\([0-9]*\).*/\1/p' "$DEMO_DIR/timeline.txt") ms
history queries of the station (a CEL page and a trend every second): $(grep -c '^QUERY ' "$DEMO_DIR/station.log") asked, $(grep -c '^QUERY .* FAILED ' "$DEMO_DIR/station.log") failed; CEL pages answered by: $(sed -n 's/^QUERY cel answered-by=\([a-z]*\).*/\1/p' "$DEMO_DIR/station.log" | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}'); slowest $(sed -n 's/^QUERY .* ms=\([0-9]*\)$/\1/p' "$DEMO_DIR/station.log" | sort -n | tail -1) ms
checker (tandem check, exit status $checked):
$(grep -v '^RESTARTED' "$DEMO_DIR/check.txt" | sed 's/^/  /')
timeline picture: $DEMO_DIR/timeline.png
REPORT
	# the drill passes when nothing was lost or doubled; unexpected facts are reported by the checker above
	grep -Eq '^RESULT lost=0 duplicated=0 unexpected=[0-9]+ lostActions=0' "$DEMO_DIR/check.txt" || code=1
	grep -q '^QUERY .* FAILED ' "$DEMO_DIR/station.log" && code=1 # a history query must survive every fault
	demo_log "drill $([ "$code" = 0 ] && echo passed: nothing lost or duplicated || echo FAILED: see the checker)"
	demo_log "data and logs in $DEMO_DIR"
	exit "$code"
}
