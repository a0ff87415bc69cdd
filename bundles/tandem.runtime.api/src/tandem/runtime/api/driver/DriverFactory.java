package tandem.runtime.api.driver;

/**
 * Creates drivers of one kind. Registered with the runtime by kind (plain constructor injection or an OSGi
 * service); the project names the kind per driver.
 */
public interface DriverFactory {

	/** The driver kind this factory serves, e.g. {@code "sim"}. */
	String kind();

	Driver create(DriverConfiguration configuration) throws DriverException;
}
