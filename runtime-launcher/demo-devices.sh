#!/usr/bin/env bash
# `tandem demo --modbus`: the demo on a real protocol. Starts a small Modbus TCP device (releng/peers/
# modbus-device.py on Debian's pymodbus, a live water plant on 127.0.0.1:15502) beside the nodes and runs the
# demo project variant whose intake and tank 1 are bound to it (demo/water-treatment-modbus.tandem).
# Sourced by demo.sh; kept apart so the demo verb itself stays one piece.

DEMO_MODBUS_PORT=15502

demo_devices() { # the demo's arguments
	local arg
	for arg in "$@"; do
		[ "$arg" = "--modbus" ] || continue
		tandem_install_packages python3-pymodbus
		DEMO_PROJECT="$HERE/demo/water-treatment-modbus.tandem"
		demo_start plc "$DEMO_DIR/plc.log" /usr/bin/python3 "$HERE/../releng/peers/modbus-device.py" \
			--port "$DEMO_MODBUS_PORT" --plant
		for _ in $(seq 1 100); do
			grep -q '^LISTENING' "$DEMO_DIR/plc.log" 2>/dev/null && break
			sleep 0.1
		done
		demo_log "Modbus TCP device on 127.0.0.1:$DEMO_MODBUS_PORT (log $DEMO_DIR/plc.log); intake and tank 1 read from it"
	done
}
