package tandem.runtime.driver.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * A headless operation for the studio: lists the variables a server offers under its Objects folder (the
 * standard namespace 0 left out), each with its node id (the variable address to use), browse path, the Tandem
 * data type that fits and whether the session's user may write it. The studio's variables table imports from the
 * list; nothing here changes the project.
 */
public final class AddressSpaceBrowser {

	/** A variable of the server, as a Tandem variable would address it. */
	public record BrowsedVariable(String nodeId, String path, TagType type, boolean writable) {
	}

	private AddressSpaceBrowser() {
	}

	/**
	 * Connects with the driver's settings and security, browses at most {@code limit} variables and disconnects.
	 *
	 * @throws DriverException naming the server and the reason when it cannot be reached or browsed
	 */
	public static List<BrowsedVariable> browse(DriverConfiguration driver, Path pki, UnaryOperator<String> deployment,
			int limit) throws DriverException {
		ServerSettings settings;
		try {
			settings = ServerSettings.of(driver, deployment);
		} catch (IllegalArgumentException e) {
			throw new DriverException(e.getMessage(), e);
		}
		ServerSession session = new ServerSession(settings, pki);
		OpcUaClient client;
		try {
			client = session.open(new SessionActivityListener() {
			});
		} catch (Exception e) {
			throw new DriverException("opcua driver " + driver.name() + ": cannot browse " + settings.endpoint() + ": "
					+ session.reason(e), e);
		}
		try {
			return variables(client, limit);
		} catch (UaException e) {
			throw new DriverException("opcua driver " + driver.name() + ": browsing " + settings.endpoint()
					+ " failed: " + session.reason(e), e);
		} finally {
			try {
				client.disconnect();
			} catch (UaException e) {
				// the list is complete; a failed goodbye changes nothing
			}
		}
	}

	private record Pending(NodeId node, String path) {
	}

	private static List<BrowsedVariable> variables(OpcUaClient client, int limit) throws UaException {
		List<Pending> found = new ArrayList<>();
		Deque<Pending> todo = new ArrayDeque<>(List.of(new Pending(NodeIds.ObjectsFolder, "")));
		Set<NodeId> seen = new HashSet<>();
		while (!todo.isEmpty() && found.size() < limit) {
			Pending p = todo.removeFirst();
			BrowseResult result = client.browse(new BrowseDescription(p.node(), BrowseDirection.Forward,
					NodeIds.HierarchicalReferences, true, uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
					uint(BrowseResultMask.All.getValue())));
			ReferenceDescription[] refs = result.getReferences() == null ? new ReferenceDescription[0]
					: result.getReferences();
			for (ReferenceDescription r : refs) {
				NodeId id = r.getNodeId().toNodeId(client.getNamespaceTable()).orElse(null);
				if (id == null || id.getNamespaceIndex().intValue() == 0 || !seen.add(id)) {
					continue;
				}
				Pending child = new Pending(id, p.path().isEmpty() ? r.getBrowseName().name()
						: p.path() + "/" + r.getBrowseName().name());
				if (r.getNodeClass() == NodeClass.Variable && found.size() < limit) {
					found.add(child);
				}
				todo.addLast(child);
			}
		}
		return describe(client, found);
	}

	private static List<BrowsedVariable> describe(OpcUaClient client, List<Pending> found) throws UaException {
		List<ReadValueId> reads = new ArrayList<>();
		for (Pending p : found) {
			reads.add(new ReadValueId(p.node(), AttributeId.DataType.uid(), null, null));
			reads.add(new ReadValueId(p.node(), AttributeId.UserAccessLevel.uid(), null, null));
		}
		DataValue[] results = reads.isEmpty() ? new DataValue[0]
				: client.read(0, TimestampsToReturn.Neither, reads).getResults();
		List<BrowsedVariable> variables = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Object type = results[2 * i].value() == null ? null : results[2 * i].value().value();
			Object access = results[2 * i + 1].value() == null ? null : results[2 * i + 1].value().value();
			boolean writable = access instanceof Number n && (n.intValue() & 0x02) != 0;
			variables.add(new BrowsedVariable(found.get(i).node().toParseableString(), found.get(i).path(),
					tandemType(type), writable));
		}
		return variables;
	}

	/** The standard data types of namespace 0 by number; anything else is read as text. */
	static TagType tandemType(Object dataType) {
		if (!(dataType instanceof NodeId id) || id.getNamespaceIndex().intValue() != 0
				|| !(id.getIdentifier() instanceof Number n)) {
			return TagType.STRING;
		}
		return switch (n.intValue()) {
		case 1 -> TagType.BOOL;
		case 2, 3, 4, 5, 6, 7, 8, 9 -> TagType.INT;
		case 10, 11 -> TagType.FLOAT;
		default -> TagType.STRING;
		};
	}
}
