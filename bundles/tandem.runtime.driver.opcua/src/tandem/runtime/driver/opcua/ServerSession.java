package tandem.runtime.driver.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/**
 * Opens a session to one server: endpoint chosen by the configured security policy and mode (its host and port
 * replaced by the configured ones, servers often announce a name the client cannot resolve), the node's
 * {@link ApplicationCertificate}, a file trust list under {@code <pki>} ({@code trusted/certs}, {@code issuer},
 * {@code rejected}) and the deployment's user, if any. A server certificate that is not trusted is saved to
 * {@code rejected/} and the error says how to trust it.
 */
final class ServerSession {

	private final ServerSettings settings;
	private final Path pki;

	ServerSession(ServerSettings settings, Path pki) {
		this.settings = settings;
		this.pki = pki;
	}

	Path trustedDir() {
		return pki.resolve("trusted").resolve("certs");
	}

	Path rejectedDir() {
		return pki.resolve("rejected");
	}

	/** A connected client; the caller keeps it (Milo reconnects it by itself from now on). */
	OpcUaClient open(SessionActivityListener listener) throws UaException, IOException, GeneralSecurityException {
		ApplicationCertificate own = ApplicationCertificate.loadOrCreate(pki);
		FileBasedTrustListManager trust = FileBasedTrustListManager.createAndInitialize(pki);
		FileBasedCertificateQuarantine quarantine = FileBasedCertificateQuarantine.create(rejectedDir());
		String host = EndpointUtil.getHost(settings.endpoint());
		int port = EndpointUtil.getPort(settings.endpoint());
		OpcUaClient client = OpcUaClient.create(settings.endpoint(),
				endpoints -> endpoints.stream().filter(this::matches).findFirst()
						.map(e -> EndpointUtil.updateUrl(e, host, port)),
				transport -> transport.setConnectTimeout(uint(settings.requestTimeoutMillis())),
				config -> config.setApplicationName(LocalizedText.english("Tandem runtime"))
						.setApplicationUri(own.applicationUri()).setProductUri("urn:tandem:runtime")
						.setKeyPair(own.keyPair()).setCertificate(own.certificate())
						.setCertificateChain(new java.security.cert.X509Certificate[] { own.certificate() })
						.setCertificateValidator(new DefaultClientCertificateValidator(trust, quarantine))
						.setIdentityProvider(settings.user() == null ? new AnonymousProvider()
								: new UsernameProvider(settings.user(), settings.password()))
						.setRequestTimeout(uint(settings.requestTimeoutMillis()))
						.setKeepAliveInterval(uint(settings.keepAliveMillis()))
						.setKeepAliveTimeout(uint(settings.keepAliveMillis()))
						.setKeepAliveFailuresAllowed(uint(1)).setSessionTimeout(uint(60_000)));
		client.addSessionActivityListener(listener);
		try {
			client.connect();
		} catch (UaException e) {
			client.removeSessionActivityListener(listener);
			throw e;
		}
		return client;
	}

	private boolean matches(EndpointDescription e) {
		return settings.policy().getUri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == settings.mode();
	}

	/** The reason a connection attempt failed, in words an engineer can act on. */
	String reason(Throwable failure) {
		UaException ua = unwrap(failure);
		if (ua != null && (ua.getStatusCode().getValue() == StatusCodes.Bad_CertificateUntrusted
				|| ua.getStatusCode().getValue() == StatusCodes.Bad_SecurityChecksFailed)
				&& newestRejected().isPresent()) {
			return "the server's certificate is not trusted; it was saved as " + newestRejected().get()
					+ ": move it to " + trustedDir() + "/ to trust this server";
		}
		if (ua != null && ua.getStatusCode().getValue() == StatusCodes.Bad_ConfigurationError) {
			return "the server offers no endpoint with security " + settings.policy().name() + "/" + settings.mode();
		}
		if (ua != null && (ua.getStatusCode().getValue() == StatusCodes.Bad_UserAccessDenied
				|| ua.getStatusCode().getValue() == StatusCodes.Bad_IdentityTokenRejected
				|| ua.getStatusCode().getValue() == StatusCodes.Bad_IdentityTokenInvalid)) {
			return "the server refuses the " + (settings.user() == null ? "anonymous login" : "user " + settings.user())
					+ " (" + OpcUaDriver.statusName(ua.getStatusCode()) + ")";
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		if (settings.user() == null && message.contains("no anonymous token policy")) {
			return "the server refuses the anonymous login: give the node a user in its environment ("
					+ settings.userVariable() + ", " + settings.userVariable().replace("_USER", "_PASSWORD") + ")";
		}
		return ua != null && ua == root ? OpcUaDriver.statusName(ua.getStatusCode()) + ": " + message : message;
	}

	private static UaException unwrap(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
			if (c instanceof UaException ua) {
				return ua;
			}
		}
		return null;
	}

	private Optional<Path> newestRejected() {
		try (Stream<Path> files = Files.list(rejectedDir())) {
			return files.filter(f -> f.toString().endsWith(".der"))
					.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
