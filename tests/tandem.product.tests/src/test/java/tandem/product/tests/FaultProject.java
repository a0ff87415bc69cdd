package tandem.product.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plant of the fault harness: the bundled demo project, made fast (every variable polled every
 * {@code rateMs}, the cyclic archive recording every poll) and moved to free ports on 127.0.0.1 so a run cannot
 * collide with a demo that happens to run on the same machine, or onto the addresses of a {@link NetworkLab}.
 */
final class FaultProject {

	/** The plain operator client that the topology gets in a {@link NetworkLab}: no witness, no voter. */
	static final String PANEL = "panel";

	final Path file;
	final Map<String, Integer> ports = new LinkedHashMap<>();

	private FaultProject(Path file) {
		this.file = file;
	}

	static FaultProject create(Path folder, int rateMs) throws Exception {
		return create(folder, rateMs, null);
	}

	/**
	 * With a {@link NetworkLab}: every node gets a namespace of its own and that namespace's address as host, and
	 * the topology gains {@value #PANEL}, a plain operator client that is no voter (every operator PC is a cluster
	 * member, and none may be able to take the plant's server down).
	 */
	static FaultProject create(Path folder, int rateMs, NetworkLab lab) throws Exception {
		return create(folder, rateMs, "water-treatment.tandem", lab, doc -> {
		});
	}

	/** The same from another demo project of {@code runtime-launcher/demo}, on 127.0.0.1, with a last {@code adjust}ment. */
	static FaultProject create(Path folder, int rateMs, String demo, java.util.function.Consumer<Document> adjust)
			throws Exception {
		return create(folder, rateMs, demo, null, adjust);
	}

	private static FaultProject create(Path folder, int rateMs, String demo, NetworkLab lab,
			java.util.function.Consumer<Document> adjust) throws Exception {
		Path demoFolder = LaunchedProcess.ROOT.resolve("runtime-launcher/demo");
		Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(demoFolder.resolve(demo).toFile());
		FaultProject project = new FaultProject(folder.resolve("fault-plant.tandem"));
		forEach(doc, "variables", v -> v.setAttribute("rateMs", Integer.toString(rateMs)));
		forEach(doc, "archives", a -> {
			if (!a.hasAttribute("mode") || "CYCLIC".equals(a.getAttribute("mode"))) {
				a.setAttribute("periodMs", Integer.toString(rateMs));
			}
		});
		if (lab != null) {
			Element panel = doc.createElement("nodes");
			panel.setAttribute("name", PANEL);
			panel.setAttribute("role", "CLIENT");
			doc.getElementsByTagName("topology").item(0).appendChild(panel);
		}
		forEach(doc, "nodes", n -> {
			int port = freePort();
			n.setAttribute("host", lab == null ? "127.0.0.1" : lab.add(n.getAttribute("name")).address());
			n.setAttribute("port", Integer.toString(port));
			project.ports.put(n.getAttribute("name"), port);
		});
		forEach(doc, "topology", t -> t.setAttribute("clusterName", "tandem-fault-" + ProcessHandle.current().pid()));
		try (var files = Files.list(demoFolder)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				if (!f.getFileName().toString().endsWith(".tandem") && Files.isRegularFile(f)) {
					Files.copy(f, folder.resolve(f.getFileName())); // the cluster secret and other deployment files
				}
			}
		}
		adjust.accept(doc);
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.transform(new DOMSource(doc), new StreamResult(project.file.toFile()));
		return project;
	}

	static void forEach(Document doc, String tag, java.util.function.Consumer<Element> action) {
		NodeList list = doc.getElementsByTagName(tag);
		for (int i = 0; i < list.getLength(); i++) {
			action.accept((Element) list.item(i));
		}
	}

	/**
	 * A free port below Linux's ephemeral range (32768+): a port from that range can be taken by some outgoing
	 * connection while its node is dead, and the restarted node could then not bind it again.
	 */
	static int freePort() {
		java.util.Random random = new java.util.Random();
		for (int attempt = 0; attempt < 200; attempt++) {
			int port = 20_000 + random.nextInt(12_000);
			try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			} catch (IOException e) {
				// taken; try another
			}
		}
		throw new IllegalStateException("no free port between 20000 and 32000 on 127.0.0.1");
	}
}
