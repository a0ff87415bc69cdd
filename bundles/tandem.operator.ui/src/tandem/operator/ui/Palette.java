package tandem.operator.ui;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

import tandem.operator.ui.station.Rgb;
import tandem.hmi.Tone;

/**
 * Colours and fonts of the operator window: dark blue-grey surfaces so that alarm colours stand out, one colour per
 * {@link Tone}, and fonts a little larger than the desktop's because operators read them from a distance. Owns the
 * resources and disposes them with the window.
 */
final class Palette {

	final Color window;
	final Color panel;
	final Color header;
	final Color row;
	final Color rowAlternate;
	final Color group;
	final Color line;
	final Color text;
	final Color textMuted;
	final Color accent;
	final Color accentText;
	final Color input;
	private final Map<Tone, Color> tones = new EnumMap<>(Tone.class);
	private final Map<Rgb, Color> projectColours = new java.util.HashMap<>();

	final Font normal;
	final Font bold;
	final Font small;
	final Font mono;
	final Font monoBold;
	final Font title;
	final Font clock;

	private final Display display;

	Palette(Display display) {
		this.display = display;
		window = rgb(0x1b, 0x22, 0x29);
		panel = rgb(0x22, 0x2b, 0x34);
		header = rgb(0x14, 0x2a, 0x40);
		row = rgb(0x22, 0x2b, 0x34);
		rowAlternate = rgb(0x27, 0x31, 0x3b);
		group = rgb(0x2c, 0x3a, 0x48);
		line = rgb(0x3a, 0x48, 0x56);
		text = rgb(0xe4, 0xe9, 0xee);
		textMuted = rgb(0x8d, 0x9b, 0xa8);
		accent = rgb(0x2f, 0x80, 0xc8);
		accentText = rgb(0x8c, 0xc4, 0xf5);
		input = rgb(0x15, 0x1b, 0x21);
		tones.put(Tone.NORMAL, rgb(0xe4, 0xe9, 0xee));
		tones.put(Tone.GOOD, rgb(0x3c, 0xb8, 0x6e));
		tones.put(Tone.WARNING, rgb(0xf2, 0xa5, 0x1f));
		tones.put(Tone.ALARM, rgb(0xe8, 0x4a, 0x4a));
		tones.put(Tone.STALE, rgb(0x6b, 0x77, 0x83));

		FontData base = display.getSystemFont().getFontData()[0];
		int size = Math.max(10, base.getHeight() + 1);
		normal = font(base.getName(), size, SWT.NORMAL);
		bold = font(base.getName(), size, SWT.BOLD);
		small = font(base.getName(), size - 1, SWT.NORMAL);
		mono = font("DejaVu Sans Mono", size, SWT.NORMAL);
		monoBold = font("DejaVu Sans Mono", size, SWT.BOLD);
		title = font(base.getName(), size + 5, SWT.BOLD);
		clock = font("DejaVu Sans Mono", size + 4, SWT.BOLD);
	}

	Color tone(Tone tone) {
		return tones.get(tone);
	}

	/** A colour from the project (alarm classes); created once and disposed with the window. */
	Color of(Rgb rgb) {
		return projectColours.computeIfAbsent(rgb, c -> new Color(display, c.red(), c.green(), c.blue()));
	}

	/** Dark text on bright tone colours (green, amber, red badges). */
	Color onTone() {
		return window;
	}

	private Color rgb(int r, int g, int b) {
		return new Color(display, r, g, b);
	}

	private Font font(String name, int height, int style) {
		return new Font(display, name, height, style);
	}

	void dispose() {
		for (Font f : new Font[] { normal, bold, small, mono, monoBold, title, clock }) {
			f.dispose();
		}
		for (Color c : new Color[] { window, panel, header, row, rowAlternate, group, line, text, textMuted, accent,
				accentText, input }) {
			c.dispose();
		}
		tones.values().forEach(Color::dispose);
		projectColours.values().forEach(Color::dispose);
	}
}
