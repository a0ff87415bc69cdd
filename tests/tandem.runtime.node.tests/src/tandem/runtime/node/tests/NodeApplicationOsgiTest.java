package tandem.runtime.node.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Tier 2: the runtime node inside a real Equinox. What the product relies on — the application extension,
 * the bundle resolving and its class loading through the registry — only exists in OSGi.
 */
class NodeApplicationOsgiTest {

	private static final String APPLICATION_ID = "tandem.runtime.node.application";

	@Test
	void theNodeBundleIsActiveOrResolvedInEquinox() {
		Bundle self = FrameworkUtil.getBundle(NodeApplicationOsgiTest.class);
		Bundle node = Platform.getBundle("tandem.runtime.node");
		assertNotNull(self, "test runs inside OSGi");
		assertNotNull(node, "tandem.runtime.node is installed");
		assertTrue((node.getState() & (Bundle.RESOLVED | Bundle.ACTIVE | Bundle.STARTING)) != 0,
				"tandem.runtime.node resolves, state " + node.getState());
	}

	@Test
	void theLauncherApplicationIsRegisteredAndAnswersHelp() throws Exception {
		IApplication app = createApplication();
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.out;
		Object code;
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			code = app.start(new ArgumentsContext("--help"));
		} finally {
			System.setOut(original);
		}
		assertEquals(Integer.valueOf(0), code);
		String help = captured.toString(StandardCharsets.UTF_8);
		assertTrue(help.contains("node --project FILE --node NAME"), help);
	}

	@Test
	void aNodeWithoutItsProjectFileRefusesToStartWithExitCodeTwo() throws Exception {
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.err;
		Object code;
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			code = createApplication()
					.start(new ArgumentsContext("node", "--project", "/nonexistent/plant.tandem", "--node", "alpha"));
		} finally {
			System.setErr(original);
		}
		assertEquals(Integer.valueOf(2), code);
		assertTrue(captured.toString(StandardCharsets.UTF_8).contains("/nonexistent/plant.tandem"));
	}

	private static IApplication createApplication() throws Exception {
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME,
				Platform.PT_APPLICATIONS, APPLICATION_ID);
		assertNotNull(extension, "application " + APPLICATION_ID + " is registered");
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		return (IApplication) run.createExecutableExtension("class");
	}

	/** The smallest application context: only the command-line arguments. */
	private record ArgumentsContext(String... args) implements IApplicationContext {
		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, args);
		}

		@Override
		public void applicationRunning() {
			// nothing to close: no splash screen in tests
		}

		@Override
		public String getBrandingApplication() {
			return null;
		}

		@Override
		public String getBrandingName() {
			return null;
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public org.osgi.framework.Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, IApplication application) {
			// results are read from start()
		}
	}
}
