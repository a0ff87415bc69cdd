package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.TandemPackage;
import tandem.model.TandemPackage.Literals;

/**
 * The palette: the selection tool and one tool per element type the metamodel can draw, read from the model so a
 * new type appears without changes here. A group is made from a selection (Group), not drawn. Choosing a tool
 * and clicking places an element of its default size; dragging draws its box.
 */
final class Palette {

	/** Room below the last tool, at least; see {@link #fit()}. */
	private static final int END_ROOM = 12;

	private final org.eclipse.swt.custom.ScrolledComposite scroll;
	private final ToolBar bar;
	private final List<ToolItem> items = new ArrayList<>();
	private final List<EClass> kinds = new ArrayList<>();
	/** Per item: the symbol it places (symbol items), else null. */
	private final List<tandem.model.SymbolDefinition> symbols = new ArrayList<>();

	/** @param library the project's symbols: one tool each, below the element types */
	Palette(Composite parent, List<tandem.model.SymbolDefinition> library) {
		// scrolls, so a library of many symbols stays reachable below the element types
		scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		bar = new ToolBar(scroll, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
		scroll.setContent(bar);
		add(null, "Select");
		for (EClass kind : types()) {
			add(kind, words(kind.getName()));
		}
		addSymbols(library);
		items.get(0).setSelection(true);
		fit();
	}

	/**
	 * Makes the scrolled area end below the last tool by half a tool's height: GTK's overlay scroll bars are drawn
	 * over the content, and without this room one covered half of the last tool even when scrolled to the end.
	 */
	private void fit() {
		Point size = bar.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		bar.setSize(size);
		int bottom = size.y;
		int itemHeight = 0;
		for (ToolItem item : items) {
			Rectangle bounds = item.getBounds();
			bottom = Math.max(bottom, bounds.y + bounds.height);
			itemHeight = Math.max(itemHeight, bounds.height);
		}
		scroll.setMinSize(size.x, bottom + Math.max(END_ROOM, itemHeight / 2));
	}

	/** Scrolls so that the last tool (a symbol just saved) is in sight, whole. */
	private void revealLast() {
		if (items.isEmpty()) {
			return;
		}
		Rectangle last = items.get(items.size() - 1).getBounds();
		int visible = scroll.getClientArea().height;
		int needed = last.y + last.height + Math.max(END_ROOM, last.height / 2) - visible;
		if (needed > scroll.getOrigin().y) {
			scroll.setOrigin(0, needed);
		}
	}

	private void addSymbols(List<tandem.model.SymbolDefinition> library) {
		for (tandem.model.SymbolDefinition symbol : library) {
			add(Literals.SYMBOL_INSTANCE, "◆ " + symbol.getName());
			symbols.set(symbols.size() - 1, symbol);
			items.get(items.size() - 1).setToolTipText("Click on the screen to place an instance of the symbol "
					+ symbol.getName() + (symbol.getParameters().isEmpty() ? "" : " (parameters: "
							+ String.join(", ", symbol.getParameters().stream().map(x -> "$" + x.getName()).toList()) + ")"));
		}
	}

	/**
	 * Shows a tool per symbol of library again when the library changed (a symbol saved, renamed, deleted, or such
	 * a change undone); true when the tools changed. A chosen symbol tool that is gone falls back to Select.
	 */
	boolean update(List<tandem.model.SymbolDefinition> library) {
		List<String> now = library.stream().map(s -> "◆ " + s.getName()).toList();
		List<tandem.model.SymbolDefinition> shown = symbols.stream().filter(java.util.Objects::nonNull).toList();
		List<String> shownLabels = labels().subList(labels().size() - shown.size(), labels().size());
		if (shown.equals(library) && shownLabels.equals(now)) {
			return false;
		}
		tandem.model.SymbolDefinition chosen = symbol();
		for (int i = items.size() - 1; i >= 0; i--) {
			if (symbols.get(i) != null) {
				items.remove(i).dispose();
				kinds.remove(i);
				symbols.remove(i);
			}
		}
		addSymbols(library);
		if (chosen != null && library.contains(chosen)) {
			setSymbol(chosen.getName());
		} else if (chosen != null || tool() == null && items.stream().noneMatch(ToolItem::getSelection)) {
			setTool(null);
		}
		fit();
		scroll.getParent().layout(true, true);
		revealLast();
		return true;
	}

	/**
	 * Every concrete element type of the metamodel except Group, and SymbolInstance: an instance is placed from its
	 * symbol's own tool, never without a symbol.
	 */
	static List<EClass> types() {
		List<EClass> types = new ArrayList<>();
		for (EClassifier c : TandemPackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EClass k && !k.isAbstract() && Literals.SCREEN_ELEMENT.isSuperTypeOf(k) && k != Literals.GROUP
					&& k != Literals.SYMBOL_INSTANCE) {
				types.add(k);
			}
		}
		return types;
	}

	private void add(EClass kind, String label) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(label);
		item.setToolTipText(kind == null ? "Select, move and resize (Esc)" : "Click on the screen to place a " + label.toLowerCase()
				+ ", or drag to draw its box");
		items.add(item);
		kinds.add(kind);
		symbols.add(null);
	}

	/** The symbol of the selected tool, or null when it is no symbol tool. */
	tandem.model.SymbolDefinition symbol() {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).getSelection()) {
				return symbols.get(i);
			}
		}
		return null;
	}

	private static String words(String name) {
		return name.replaceAll("([a-z])([A-Z])", "$1 $2");
	}

	org.eclipse.swt.widgets.Control control() {
		return scroll;
	}

	void setEnabled(boolean enabled) {
		bar.setEnabled(enabled);
	}

	EClass tool() {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).getSelection()) {
				return kinds.get(i);
			}
		}
		return null;
	}

	void setTool(EClass kind) {
		for (int i = 0; i < items.size(); i++) {
			items.get(i).setSelection(kinds.get(i) == kind);
		}
	}

	void setSymbol(String name) {
		for (int i = 0; i < items.size(); i++) {
			items.get(i).setSelection(symbols.get(i) != null && symbols.get(i).getName().equals(name));
		}
	}

	/** For tests: how many pixels of the last tool lie outside what the palette shows now (0: all of it is shown). */
	int lastToolHidden() {
		Rectangle last = items.get(items.size() - 1).getBounds();
		int top = bar.getLocation().y + last.y;
		return Math.max(0, top + last.height - scroll.getClientArea().height) + Math.max(0, -top);
	}

	/** The labels shown, for tests. */
	List<String> labels() {
		return items.stream().map(ToolItem::getText).toList();
	}
}
