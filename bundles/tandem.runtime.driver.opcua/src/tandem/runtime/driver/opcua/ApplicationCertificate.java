package tandem.runtime.driver.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.X509Certificate;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * The node's OPC UA application instance certificate: made on first start (RSA 2048, self-signed, valid for the
 * host's name and 127.0.0.1) and kept in {@code <pki>/own/tandem-opcua-client.pfx}, readable by the node's user
 * only. A server that checks clients must trust this certificate once; it is also written as
 * {@code own/tandem-opcua-client.der} for that.
 */
record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

	private static final String ALIAS = "tandem-opcua-client";
	/** The key store is protected by its file permissions; the password only satisfies the PKCS#12 format. */
	private static final char[] STORE_PASSWORD = "tandem".toCharArray();

	static synchronized ApplicationCertificate loadOrCreate(Path pki) throws IOException, GeneralSecurityException {
		if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
			Security.addProvider(new BouncyCastleProvider());
		}
		Path own = Files.createDirectories(pki.resolve("own"));
		Path store = own.resolve(ALIAS + ".pfx");
		String host = InetAddress.getLocalHost().getHostName();
		String uri = "urn:" + host + ":tandem:runtime";
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		if (Files.exists(store)) {
			try (InputStream in = Files.newInputStream(store)) {
				keyStore.load(in, STORE_PASSWORD);
			}
			X509Certificate cert = (X509Certificate) keyStore.getCertificate(ALIAS);
			PrivateKey key = (PrivateKey) keyStore.getKey(ALIAS, STORE_PASSWORD);
			return new ApplicationCertificate(new KeyPair(cert.getPublicKey(), key), cert, uri);
		}
		KeyPair pair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
		X509Certificate cert;
		try {
			cert = new SelfSignedCertificateBuilder(pair).setCommonName("Tandem runtime " + host)
					.setOrganization("Tandem").setApplicationUri(uri).addDnsName(host).addDnsName("localhost")
					.addIpAddress("127.0.0.1").build();
		} catch (Exception e) {
			throw new GeneralSecurityException("the OPC UA application certificate cannot be made: " + e, e);
		}
		keyStore.load(null, STORE_PASSWORD);
		keyStore.setKeyEntry(ALIAS, pair.getPrivate(), STORE_PASSWORD, new X509Certificate[] { cert });
		Path temporary = own.resolve(ALIAS + ".pfx.tmp");
		try (OutputStream out = Files.newOutputStream(temporary)) {
			keyStore.store(out, STORE_PASSWORD);
		}
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's permissions apply
		}
		Files.move(temporary, store);
		Files.write(own.resolve(ALIAS + ".der"), cert.getEncoded());
		return new ApplicationCertificate(pair, cert, uri);
	}
}
