#!/usr/bin/env bash
# Shared by the README's two commands: make sure Java >= 17 is there and install what the UI and its
# tests need on a fresh Debian machine (Xvfb, GTK 3), and what the network fault tests need (iproute2,
# iptables). Sourced, not run.

tandem_require_java() {
	if ! command -v java >/dev/null 2>&1; then
		echo "tandem: Java 17 or newer is required, but 'java' is not on the PATH." >&2
		echo "        On Debian: apt-get install openjdk-17-jdk" >&2
		return 1
	fi
	local version
	version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
	if [ -z "$version" ] || [ "${version%%.*}" -lt 17 ] 2>/dev/null; then
		echo "tandem: Java 17 or newer is required; 'java' here is version ${version:-unknown}." >&2
		return 1
	fi
}

# Installs Debian packages that are missing (needs root or sudo). Arguments: package names.
tandem_install_packages() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "tandem: please install ${missing[*]} (no apt-get on this machine)" >&2
		return 1
	fi
	echo "tandem: installing ${missing[*]} ..."
	$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

tandem_ui_prerequisites() {
	tandem_install_packages xvfb xauth libgtk-3-0 x11-apps
}

# The product fault tests run every process in a network namespace of its own and make faults in the kernel:
# they need root, `ip` (iproute2) and `iptables`, and fail saying so when namespaces cannot be made.
tandem_network_prerequisites() {
	tandem_install_packages iproute2 iptables
	if [ "$(id -u)" -ne 0 ]; then
		echo "tandem: the network fault tests (tests/tandem.product.tests) need root for network namespaces;" >&2
		echo "        they will fail when run as $(id -un)." >&2
	fi
}

# The independent protocol peers the driver tests talk to (releng/peers): a Modbus TCP device on Debian's
# pymodbus (run with /usr/bin/python3) and an OPC UA server on node-opcua from npm (pinned in package.json;
# 2.182.x is the last line that runs on Node 18/20). Node.js itself comes from Debian if it is missing.
tandem_driver_peers() {
	local root=$1
	tandem_install_packages python3-pymodbus || return 1
	if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
		tandem_install_packages nodejs npm || return 1
	fi
	if [ ! -d "$root/releng/peers/node_modules/node-opcua" ]; then
		echo "tandem: installing node-opcua for the OPC UA driver tests ..."
		(cd "$root/releng/peers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || return 1
	fi
}
