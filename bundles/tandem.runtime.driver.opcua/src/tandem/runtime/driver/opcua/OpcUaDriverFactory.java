package tandem.runtime.driver.opcua;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverFactory;

/**
 * Factory of the {@code "opcua"} driver kind. {@code pki} is the node's certificate folder (its data directory's
 * {@code pki/}): own certificate, trusted, issuer and rejected certificates. {@code deployment} looks up the
 * deployment's secrets (the node's environment), see {@link ServerSettings}.
 */
public final class OpcUaDriverFactory implements DriverFactory {

	public static final String KIND = "opcua";

	private final Path pki;
	private final UnaryOperator<String> deployment;

	public OpcUaDriverFactory(Path pki, UnaryOperator<String> deployment) {
		this.pki = pki;
		this.deployment = deployment;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Driver create(DriverConfiguration configuration) throws DriverException {
		try {
			return new OpcUaDriver(configuration, pki, deployment);
		} catch (IllegalArgumentException e) {
			throw new DriverException(e.getMessage(), e);
		}
	}
}
