package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.Topology;

/**
 * The topology as a small picture: server-capable nodes in priority order across the top (primary first, then
 * standbys), the witness and clients below, every member linked to the servers; voters are drawn bold.
 */
final class TopologyDiagram extends Canvas {

	private static final int MAX_BOX_W = 190;
	private int boxWidth = MAX_BOX_W;
	private static final int BOX_H = 62;
	private final Supplier<Topology> topology;

	TopologyDiagram(Composite parent, Supplier<Topology> topology) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.topology = topology;
		addPaintListener(e -> paint(e.gc));
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 420 : wHint, hHint == SWT.DEFAULT ? 2 * BOX_H + 72 : hHint);
	}

	private void paint(GC gc) {
		Topology t = topology.get();
		gc.setAntialias(SWT.ON);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(getClientArea());
		if (t == null) {
			return;
		}
		List<Node> servers = t.getNodes().stream().filter(n -> n.getRole() == NodeRole.SERVER_CAPABLE)
				.sorted(Comparator.comparingInt(Node::getPriority)).toList();
		List<Node> others = new ArrayList<>(t.getNodes().stream().filter(n -> n.getRole() != NodeRole.SERVER_CAPABLE).toList());
		int width = getClientArea().width;
		int most = Math.max(1, Math.max(servers.size(), others.size()));
		boxWidth = Math.min(MAX_BOX_W, (width - 16 - (most - 1) * 16) / most);
		List<Point> serverAt = row(servers.size(), width, 16);
		List<Point> otherAt = row(others.size(), width, 16 + BOX_H + 40);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.setLineWidth(1);
		for (Point o : otherAt) {
			for (Point s : serverAt) {
				gc.drawLine(o.x + boxWidth / 2, o.y, s.x + boxWidth / 2, s.y + BOX_H);
			}
		}
		for (int i = 1; i < serverAt.size(); i++) {
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawLine(serverAt.get(i - 1).x + boxWidth, serverAt.get(i - 1).y + BOX_H / 2, serverAt.get(i).x, serverAt.get(i).y + BOX_H / 2);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		for (int i = 0; i < servers.size(); i++) {
			box(gc, serverAt.get(i), servers.get(i), i == 0 ? "primary server" : "standby " + i, new RGB(0xD8, 0xE8, 0xFF), true);
		}
		for (int i = 0; i < others.size(); i++) {
			Node n = others.get(i);
			boolean voter = n == t.getWitness();
			box(gc, otherAt.get(i), n, voter ? "witness (votes)" : n.getRole() == NodeRole.WITNESS ? "witness, not voting" : "client",
					voter ? new RGB(0xFF, 0xF0, 0xC8) : new RGB(0xEE, 0xEE, 0xEE), voter);
		}
	}

	private List<Point> row(int count, int width, int y) {
		List<Point> points = new ArrayList<>();
		int gap = 16;
		int total = count * boxWidth + Math.max(0, count - 1) * gap;
		int x = Math.max(8, (width - total) / 2);
		for (int i = 0; i < count; i++) {
			points.add(new Point(x + i * (boxWidth + gap), y));
		}
		return points;
	}

	private void box(GC gc, Point at, Node node, String role, RGB fill, boolean voter) {
		Color color = new Color(getDisplay(), fill);
		try {
			gc.setBackground(color);
			gc.fillRoundRectangle(at.x, at.y, boxWidth, BOX_H, 10, 10);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.setLineWidth(voter ? 3 : 1);
			gc.drawRoundRectangle(at.x, at.y, boxWidth, BOX_H, 10, 10);
			gc.setLineWidth(1);
			gc.drawText(node.getName() + "  (" + node.getPriority() + ")", at.x + 8, at.y + 5, true);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(role, at.x + 8, at.y + 24, true);
			gc.drawText(node.getHost() + ":" + node.getPort(), at.x + 8, at.y + 41, true);
		} finally {
			color.dispose();
		}
	}
}
