#!/usr/bin/env bash
# `tandem demo`: server + standby + operator client on this machine with the bundled demo project.
# Sourced by runtime-launcher/tandem.

DEMO_PIDS=()
source "$HERE/demo-devices.sh"

demo_log() { printf '\033[1m[demo]\033[0m %s\n' "$*"; }

demo_stop() {
	trap '' INT TERM # a second Ctrl-C must not cut the orderly stop short
	demo_log "stopping: ${DEMO_PIDS[*]}"
	for pid in "${DEMO_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
	for pid in "${DEMO_PIDS[@]}"; do
		for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$pid" 2>/dev/null || true
	done
	[ -n "${DEMO_XVFB:-}" ] && kill "$DEMO_XVFB" 2>/dev/null
	sleep 0.3 # let the output filters print the last lines
	demo_log "all stopped; data and logs in $WORK/demo"
	exit 0
}

# Starts a background process whose output is prefixed and kept in a log; prints nothing, sets LAST_PID.
# Ctrl-C in a terminal signals the whole foreground process group: the process runs in a session of its own and
# its output filter ignores INT and TERM, so the demo stops everything itself, in order, and every last line
# (STOPPED ...) still reaches the screen and the log.
demo_start() { # name log command...
	local name=$1 log=$2; shift 2
	setsid "$@" > >(trap '' INT TERM; tee "$log" | sed -u "s/^/[$name] /") 2>&1 &
	LAST_PID=$!
	DEMO_PIDS+=("$LAST_PID")
}

demo_wait_ready() { # name log pid
	for _ in $(seq 1 600); do
		grep -q '^READY' "$2" 2>/dev/null && return 0
		kill -0 "$3" 2>/dev/null || { demo_log "$1 exited before it was ready; see $2"; demo_stop; }
		sleep 0.1
	done
	demo_log "$1 not ready after 60 s; see $2"
	demo_stop
}

demo_display() {
	if [ -n "${DISPLAY:-}" ]; then
		return 0
	fi
	tandem_install_packages xvfb xauth x11-apps imagemagick
	export DISPLAY=:$((90 + RANDOM % 9))
	setsid Xvfb "$DISPLAY" -screen 0 1280x1024x24 >/dev/null 2>&1 &
	DEMO_XVFB=$!
	sleep 1
	demo_log "no display here: the operator window runs on the virtual display $DISPLAY;"
	demo_log "a screenshot is written to $WORK/demo/operator.png every 5 s"
	(while kill -0 "$DEMO_XVFB" 2>/dev/null; do
		sleep 5
		xwd -root -silent -display "$DISPLAY" 2>/dev/null | convert xwd:- "$WORK/demo/operator.png" 2>/dev/null
	done) &
}

verb_demo() {
	tandem_ui_prerequisites
	ensure_built "$RUNTIME"
	if [ ! -f "$DEMO_PROJECT" ]; then
		echo "tandem demo: the demo project $DEMO_PROJECT is missing" >&2
		exit 2
	fi
	mkdir -p "$WORK/demo"
	trap demo_stop INT TERM
	demo_devices "$@"
	demo_log "project $DEMO_PROJECT"
	demo_start alpha "$WORK/demo/alpha.log" "$HERE/tandem" node --project "$DEMO_PROJECT" --node alpha --data "$WORK/demo/alpha"
	local alpha=$LAST_PID
	demo_start beta "$WORK/demo/beta.log" "$HERE/tandem" node --project "$DEMO_PROJECT" --node beta --data "$WORK/demo/beta"
	local beta=$LAST_PID
	demo_wait_ready alpha "$WORK/demo/alpha.log" "$alpha"
	demo_wait_ready beta "$WORK/demo/beta.log" "$beta"
	demo_display
	demo_start client "$WORK/demo/client.log" "$HERE/tandem" client --project "$DEMO_PROJECT"
	local client=$LAST_PID
	demo_log "server, standby and operator client are running; press Ctrl-C to stop them"
	while kill -0 "$client" 2>/dev/null && kill -0 "$alpha" 2>/dev/null && kill -0 "$beta" 2>/dev/null; do
		sleep 0.5
	done
	demo_log "a demo process ended (client $(kill -0 "$client" 2>/dev/null && echo running || echo closed))"
	demo_stop
}
