package tandem.runtime.driver.opcua;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

import tandem.runtime.api.driver.DriverConfiguration;

/**
 * An OPC UA server as the project and the deployment describe it. From the project: {@code endpoint}
 * ({@code opc.tcp://host:port/path}), {@code securityPolicy} ({@code None} or {@code Basic256Sha256}, then
 * SignAndEncrypt unless {@code securityMode=Sign}), {@code requestTimeoutMs} (5000) and {@code keepAliveMs} (1000:
 * a lost server is noticed within two keep-alives), {@code itemsPerSubscription} (1000: a larger rate group is
 * split into several subscriptions, see {@link RateSubscription}). From the deployment only, never the project: the user name
 * and password, read from the environment variables {@code TANDEM_OPCUA_<DRIVER>_USER} and
 * {@code TANDEM_OPCUA_<DRIVER>_PASSWORD} ({@code <DRIVER>} is the driver name in upper case, other characters
 * than letters and digits as {@code _}); without them the session is anonymous.
 */
record ServerSettings(String driver, String endpoint, SecurityPolicy policy, MessageSecurityMode mode, String user,
		String password, long requestTimeoutMillis, long keepAliveMillis, int itemsPerSubscription) {

	/** The environment variable that names the driver's user; {@code _PASSWORD} instead of {@code _USER} its password. */
	String userVariable() {
		return "TANDEM_OPCUA_" + driver.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_USER";
	}

	static ServerSettings of(DriverConfiguration c, UnaryOperator<String> deployment) {
		Map<String, String> p = c.properties();
		String name = c.name();
		String endpoint = p.getOrDefault("endpoint", "").trim();
		if (!endpoint.startsWith("opc.tcp://")) {
			throw new IllegalArgumentException("opcua driver " + name + ": endpoint '" + endpoint
					+ "' is not an opc.tcp:// URL");
		}
		String policyName = p.getOrDefault("securityPolicy", "None").trim();
		SecurityPolicy policy = switch (policyName.toLowerCase(Locale.ROOT)) {
		case "", "none", "null" -> SecurityPolicy.None;
		case "basic256sha256" -> SecurityPolicy.Basic256Sha256;
		default -> throw new IllegalArgumentException("opcua driver " + name + ": security policy '" + policyName
				+ "' is not supported (None or Basic256Sha256)");
		};
		MessageSecurityMode mode = policy == SecurityPolicy.None ? MessageSecurityMode.None
				: "sign".equalsIgnoreCase(p.getOrDefault("securityMode", "").trim()) ? MessageSecurityMode.Sign
						: MessageSecurityMode.SignAndEncrypt;
		String key = "TANDEM_OPCUA_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
		String user = deployment.apply(key + "_USER");
		String password = deployment.apply(key + "_PASSWORD");
		if (user != null && !user.isEmpty() && password == null) {
			throw new IllegalArgumentException("opcua driver " + name + ": " + key + "_USER is set but "
					+ key + "_PASSWORD is not");
		}
		return new ServerSettings(name, endpoint, policy, mode, user == null || user.isEmpty() ? null : user,
				password, number(name, p, "requestTimeoutMs", 5000), number(name, p, "keepAliveMs", 1000),
				itemsPerSubscription(name, p.get("itemsPerSubscription")));
	}

	private static int itemsPerSubscription(String driver, String text) {
		if (text == null || text.isBlank()) {
			return 1000;
		}
		try {
			int n = Integer.parseInt(text.trim());
			if (n >= 1 && n <= 100_000) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("opcua driver " + driver + ": itemsPerSubscription is '" + text
				+ "', expected 1..100000");
	}

	private static long number(String driver, Map<String, String> p, String key, long fallback) {
		String text = p.get(key);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			long v = Long.parseLong(text.trim());
			if (v >= 100 && v <= 600_000) {
				return v;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("opcua driver " + driver + ": " + key + " is '" + text
				+ "', expected milliseconds 100..600000");
	}

	@Override
	public String toString() { // never the password
		return endpoint + " (" + policy.name() + (user == null ? ", anonymous" : ", user " + user) + ")";
	}
}
