package tandem.runtime.node.drill;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The drill as a picture: one band per node coloured by its role over time (server, standby, down, frozen), under it
 * a strip where the node held the server lease (a server acts on the field and admits operator actions only then;
 * the strips of two nodes never overlap), the faults as labelled red lines, and the station's answered writes as ticks, so a pause in its stream is visible.
 * Drawn with Java2D offscreen, without a display.
 */
public final class DrillTimeline {

	private static final int WIDTH = 1400;
	private static final int LEFT = 120;
	private static final int RIGHT = 30;
	private static final int ROW = 56;
	private static final int BAND = 28;
	private static final int TOP = 78;
	private static final Color SERVER = new Color(0x2E, 0x7D, 0x32);
	private static final Color STANDBY = new Color(0x5C, 0x8F, 0xC8);
	private static final Color DOWN = new Color(0x30, 0x30, 0x30);
	private static final Color FROZEN = new Color(0x9E, 0x9E, 0x9E);
	private static final Color OTHER = new Color(0xD8, 0xB0, 0x50);
	private static final Color FAULT = new Color(0xC6, 0x28, 0x28);
	private static final Color LEASE = new Color(0x6A, 0x1B, 0x9A);
	private static final Color NO_LEASE = new Color(0xEE, 0xEE, 0xEE);

	private DrillTimeline() {
	}

	/** @throws IOException naming the file when the picture cannot be written */
	public static void write(DrillEvents events, Path png) throws IOException {
		Map<String, List<DrillEvents.Span>> spans = events.spans();
		int height = TOP + (spans.size() + 1) * ROW + 100;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
			g.drawString("Failover drill — roles, server lease, faults and the station's confirmed writes", LEFT, 32);
			int y = TOP;
			for (Map.Entry<String, List<DrillEvents.Span>> node : spans.entrySet()) {
				band(g, events, node.getKey(), node.getValue(), y);
				lease(g, events, node.getKey(), y + 6 + BAND + 4);
				y += ROW;
			}
			stream(g, events, y);
			axis(g, events, y + ROW);
			faults(g, events, TOP, y + ROW);
			legend(g, y + ROW + 60);
		} finally {
			g.dispose();
		}
		if (!ImageIO.write(image, "png", png.toFile())) {
			throw new IOException("no PNG writer for " + png);
		}
	}

	private static int x(DrillEvents e, long at) {
		double span = Math.max(1, e.end() - e.start());
		return LEFT + (int) Math.round((at - e.start()) / span * (WIDTH - LEFT - RIGHT));
	}

	private static void band(Graphics2D g, DrillEvents e, String node, List<DrillEvents.Span> spans, int y) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		g.drawString(node, 16, y + 24);
		for (DrillEvents.Span s : spans) {
			g.setColor(switch (s.role()) {
			case "SERVER" -> SERVER;
			case "STANDBY" -> STANDBY;
			case "DOWN" -> DOWN;
			case "FROZEN" -> FROZEN;
			default -> OTHER;
			});
			int x0 = x(e, s.from());
			g.fillRect(x0, y + 6, Math.max(1, x(e, s.to()) - x0), BAND);
		}
	}

	private static void lease(Graphics2D g, DrillEvents e, String node, int y) {
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		g.drawString("lease", 16 + 8, y + 9);
		g.setColor(NO_LEASE);
		g.fillRect(LEFT, y, WIDTH - LEFT - RIGHT, 10);
		g.setColor(LEASE);
		for (DrillEvents.Lease l : e.leases()) {
			if (l.node().equals(node)) {
				int x0 = x(e, l.from());
				g.fillRect(x0, y, Math.max(1, x(e, l.to()) - x0), 10);
			}
		}
	}

	private static void stream(Graphics2D g, DrillEvents e, int y) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		g.drawString("station", 16, y + 24);
		for (DrillEvents.Answer a : e.answers()) {
			g.setColor(a.confirmed() ? SERVER : FAULT);
			int x = x(e, a.at());
			g.drawLine(x, y + 8, x, y + BAND + 4);
		}
	}

	private static void axis(Graphics2D g, DrillEvents e, int y) {
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.drawLine(LEFT, y, WIDTH - RIGHT, y);
		long seconds = (e.end() - e.start()) / 1000;
		long step = seconds > 300 ? 60 : seconds > 120 ? 30 : 10;
		for (long s = 0; s <= seconds; s += step) {
			int x = x(e, e.start() + s * 1000);
			g.drawLine(x, y, x, y + 5);
			g.drawString(s + " s", x - 10, y + 20);
		}
	}

	private static void faults(Graphics2D g, DrillEvents e, int top, int bottom) {
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		int label = 0;
		for (DrillEvents.Fault f : e.faults()) {
			int x = x(e, f.at());
			g.setColor(FAULT);
			g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
			g.drawLine(x, top, x, bottom);
			g.setStroke(new BasicStroke(1));
			g.drawString(f.what(), x + 4, top - 6 - (label++ % 2) * 14); // alternate heights: close faults stay readable
		}
	}

	private static void legend(Graphics2D g, int y) {
		Object[][] items = { { SERVER, "server" }, { STANDBY, "standby" }, { DOWN, "down (killed)" },
				{ FROZEN, "frozen (SIGSTOP)" }, { OTHER, "joining / other" },
				{ LEASE, "holds the server lease" }, { FAULT, "fault, unconfirmed write" } };
		int x = LEFT;
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		for (Object[] item : items) {
			g.setColor((Color) item[0]);
			g.fillRect(x, y - 11, 14, 14);
			g.setColor(Color.BLACK);
			g.drawString((String) item[1], x + 20, y);
			x += 40 + g.getFontMetrics().stringWidth((String) item[1]);
		}
	}
}
