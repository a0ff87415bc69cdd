package tandem.runtime.driver.modbus;

import java.util.Map;

import tandem.runtime.api.driver.DriverConfiguration;

/**
 * A Modbus TCP device as the project describes it. Properties (all but {@code host} optional):
 * {@code host}, {@code port} (502), {@code unitId} (1, 0..255), {@code timeoutMs} per request (1000),
 * {@code wordOrder} ({@link WordOrder}, ABCD), {@code maxRegistersPerRead} (125: many devices allow fewer),
 * {@code maxBitsPerRead} (2000), {@code maxGap} unused registers a read may span to join two addresses (8),
 * {@code reconnectMinMs} / {@code reconnectMaxMs}, the back-off between connection attempts (1000 / 16000).
 */
record DeviceSettings(String driver, String host, int port, int unitId, long timeoutMillis, WordOrder wordOrder,
		int maxRegistersPerRead, int maxBitsPerRead, int maxGap, long reconnectMinMillis, long reconnectMaxMillis) {

	static DeviceSettings of(DriverConfiguration c) {
		Map<String, String> p = c.properties();
		String name = c.name();
		String host = p.getOrDefault("host", "").trim();
		if (host.isEmpty() || host.equals("null")) {
			throw new IllegalArgumentException("modbus-tcp driver " + name + ": no host configured");
		}
		long reconnectMin = number(name, p, "reconnectMinMs", 1000, 10, 600_000);
		return new DeviceSettings(name, host, (int) number(name, p, "port", 502, 1, 65535),
				(int) number(name, p, "unitId", 1, 0, 255), number(name, p, "timeoutMs", 1000, 10, 60_000),
				WordOrder.parse(name, p.get("wordOrder")),
				(int) number(name, p, "maxRegistersPerRead", 125, 1, Area.HOLDING_REGISTERS.protocolMaximum),
				(int) number(name, p, "maxBitsPerRead", 2000, 1, Area.COILS.protocolMaximum),
				(int) number(name, p, "maxGap", 8, 0, 124), reconnectMin,
				number(name, p, "reconnectMaxMs", 16_000, reconnectMin, 3_600_000));
	}

	String endpoint() {
		return host + ":" + port + " (unit " + unitId + ")";
	}

	private static long number(String driver, Map<String, String> p, String key, long fallback, long min, long max) {
		String text = p.get(key);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			long v = Long.parseLong(text.trim());
			if (v >= min && v <= max) {
				return v;
			}
		} catch (NumberFormatException e) {
			// reported below with the allowed range
		}
		throw new IllegalArgumentException("modbus-tcp driver " + driver + ": " + key + " is '" + text
				+ "', expected a whole number " + min + ".." + max);
	}
}
