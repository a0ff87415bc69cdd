package tandem.studio.core.opcua;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import tandem.model.OpcUaDriver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.driver.opcua.AddressSpaceBrowser;
import tandem.runtime.driver.opcua.AddressSpaceBrowser.BrowsedVariable;

/**
 * Lists the variables an OPC UA server offers, for an import into the project: connects with the project's OPC
 * UA driver settings (endpoint, security policy) and the runtime driver's own browse, so the studio sees the
 * server exactly as a node will. The user name and password come from {@code credentials} (the studio asks for
 * them; they are never put into the project), under the names a node's environment would use. The studio's
 * application certificate and trust list live in {@code pki}: a server whose certificate is not trusted yet is
 * refused with the folder to move it to. Changes nothing in the project.
 */
public final class BrowseOpcUaOperation {

	/** At most this many variables are listed; a larger address space is cut with a note in the result. */
	public static final int LIMIT = 20_000;

	/** What a browse found; {@code complete} is false when the server held more than {@link #LIMIT} variables. */
	public record Result(List<BrowsedVariable> variables, boolean complete) {
	}

	private final OpcUaDriver driver;
	private final Path pki;
	private final String user;
	private final String password;

	public BrowseOpcUaOperation(OpcUaDriver driver, Path pki, String user, String password) {
		this.driver = Objects.requireNonNull(driver, "driver");
		this.pki = pki;
		this.user = user == null || user.isBlank() ? null : user.strip();
		this.password = password;
	}

	/** @throws DriverException naming the server and what is wrong (unreachable, untrusted, login refused) */
	public Result execute() throws DriverException {
		DriverConfiguration configuration = configuration(driver);
		String key = "TANDEM_OPCUA_" + driver.getName().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
		UnaryOperator<String> credentials = name -> user == null ? null
				: name.equals(key + "_USER") ? user : name.equals(key + "_PASSWORD") ? password : null;
		List<BrowsedVariable> found = AddressSpaceBrowser.browse(configuration, pki, credentials, LIMIT + 1);
		boolean complete = found.size() <= LIMIT;
		return new Result(complete ? found : found.subList(0, LIMIT), complete);
	}

	/** The driver as a node's runtime would be configured with it. */
	static DriverConfiguration configuration(OpcUaDriver driver) {
		if (driver.getEndpoint() == null || driver.getEndpoint().isBlank()) {
			throw new IllegalArgumentException("OPC UA driver " + driver.getName() + " has no endpoint; set it"
					+ " (opc.tcp://host:port) before browsing");
		}
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("endpoint", driver.getEndpoint().strip());
		properties.put("securityPolicy", driver.getSecurityPolicy() == null ? "None" : driver.getSecurityPolicy());
		return new DriverConfiguration(driver.getName(), "opcua", 0, false, properties);
	}
}
