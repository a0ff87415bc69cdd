#!/usr/bin/env bash
# The README's test command: installs what a fresh Debian machine lacks (Xvfb, GTK 3, iproute2, iptables, the
# driver tests' Modbus and OPC UA servers), then runs the whole build with every test tier under a virtual display.
# CI (.ci/run) calls exactly this.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
source "$ROOT/releng/scripts/prerequisites.sh"
tandem_require_java
tandem_ui_prerequisites
tandem_network_prerequisites
tandem_driver_peers "$ROOT"
cd "$ROOT"
start=$(date +%s)
xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B verify "$@"
echo "tandem: full build with all tests took $(( $(date +%s) - start )) s"
