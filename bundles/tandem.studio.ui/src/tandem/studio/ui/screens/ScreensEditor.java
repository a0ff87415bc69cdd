package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;

import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.studio.core.screen.Arrangement;
import tandem.studio.core.screen.Box;
import tandem.studio.core.screen.ScreenEditOperation;
import tandem.studio.ui.editors.OutlineNode;
import tandem.studio.ui.editors.ProjectEditor;

/**
 * The screen editor: the project's screens drawn WYSIWYG with the operator client's painters, a palette of every
 * element type, selection, move and resize with snapping, arrangement, z-order, groups, clipboard, zoom, and a
 * readout of the pointer and the selection. Every gesture is one labelled command on the project's stack, so
 * Edit &gt; Undo names it and the Problems view follows at once. Contributed for the Screens category with a
 * higher priority than the studio's list editor.
 */
public final class ScreensEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.screensEditor";

	private EditorCanvas canvas;
	private Palette palette;
	private BindingsPanel bindings;
	private ScreenPreview preview;
	private VariableDropTarget dropTarget;
	private EditorToolBar toolBar;
	private EditorReadout readout;
	private final ElementSelection selectionProvider = new ElementSelection();
	private final SelectionEdits edits = new SelectionEdits(this);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), action("Copy", edits::copy));
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), action("Cut", () -> {
			edits.copy();
			edits.delete();
		}));
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), action("Paste", edits::paste));
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), action("Delete", edits::delete));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), action("Select all", edits::selectAll));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	@Override
	protected void createContent(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		toolBar = new EditorToolBar(parent, this);
		palette = new Palette(parent, session().project().getSymbols());
		palette.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new EditorCanvas(sash);
		bindings = new BindingsPanel(sash, this);
		sash.setWeights(new int[] { 72, 28 });
		new SelectionTracker(this, canvas);
		preview = new ScreenPreview(this, canvas, toolBar.previewSource());
		dropTarget = new VariableDropTarget(this, canvas);
		EditorKeys.attach(this, canvas);
		CanvasMenu.attach(this, canvas);
		canvas.control().addListener(SWT.Dispose, e -> preview.stop());
		readout = new EditorReadout(parent);
		getSite().setSelectionProvider(selectionProvider);
		fillScreens();
		List<Screen> all = session().project().getScreens();
		Screen start = all.stream().filter(Screen::isStart).findFirst().orElse(all.isEmpty() ? null : all.get(0));
		showScreen(start);
		toolBar.showFit();
		canvas.fit();
	}

	private void fillScreens() {
		toolBar.showScreens(session().project().getScreens(), screen());
	}

	/** Shows screen (one of the project's) in the canvas, selecting nothing. */
	public void showScreen(Screen screen) {
		canvas.show(screen, DesignValues.of(session().project()));
		canvas.setProblems(tandem.studio.core.screen.ElementProblems.errors(session().problems(), screen));
		toolBar.selectScreen(session().project().getScreens().indexOf(screen));
		select(List.of());
		setPartName(screen == null ? "Screens" : screen.getName());
	}

	public Screen screen() {
		return canvas == null ? null : canvas.screen();
	}

	/** The canvas control, for tests that drive the mouse. */
	public org.eclipse.swt.widgets.Canvas canvasControl() {
		return canvas.control();
	}

	/** Converts a screen point to where it is on the canvas control now (zoom and scrolling). */
	public org.eclipse.swt.graphics.Point toCanvas(int screenX, int screenY) {
		return new org.eclipse.swt.graphics.Point(canvas.transform().toCanvasX(screenX), canvas.transform().toCanvasY(screenY));
	}

	public void setZoom(double z) {
		canvas.setZoom(z);
		toolBar.showZoom(z);
		updateReadout();
	}

	public double zoom() {
		return canvas.zoom();
	}

	public void fit() {
		canvas.fit();
		toolBar.showFit();
		updateReadout();
	}

	/** The palette's chosen element type, null for the selection tool. */
	public EClass tool() {
		return palette.tool();
	}

	public void setTool(EClass kind) {
		palette.setTool(kind);
	}

	/** Selects the palette's tool that places instances of the symbol of that name. */
	public void setSymbolTool(String symbol) {
		palette.setSymbol(symbol);
	}

	/** For tests: pixels of the palette's last tool that it does not show now. */
	public int paletteLastToolHidden() {
		return palette.lastToolHidden();
	}

	/** The palette's labels, in order (element types, then the project's symbols). */
	public List<String> paletteLabels() {
		return palette.labels();
	}

	public List<ScreenElement> selection() {
		return canvas.selection();
	}

	/** New screen: an empty screen of the project's usual size under a free name, shown at once (one undo step). */
	public void addScreen() {
		Screen screen = tandem.model.TandemFactory.eINSTANCE.createScreen();
		screen.setName("Screen" + (session().project().getScreens().size() + 1));
		List<Screen> all = session().project().getScreens();
		if (!all.isEmpty()) {
			screen.setWidth(all.get(0).getWidth());
			screen.setHeight(all.get(0).getHeight());
		}
		edit(() -> {
			new tandem.studio.core.op.AddElementsOperation(session(), session().project(), tandem.model.TandemPackage.Literals.PROJECT__SCREENS,
					List.of(screen), "Add screen").execute();
			fillScreens();
			showScreen(screen);
		});
	}

	/**
	 * Selects elements of the shown screen (first: the one Align and Same size go by); with none selected the
	 * Properties view shows the screen itself (name, size, background, start screen).
	 */
	public void select(List<ScreenElement> elements) {
		canvas.setSelection(elements);
		selectionProvider.setSelection(elements.isEmpty() && screen() != null ? new StructuredSelection(screen())
				: new StructuredSelection(elements));
		bindings.show(elements);
		updateReadout();
	}

	/** The Bindings panel right of the canvas (the selected element's dynamic bindings). */
	public BindingsPanel bindings() {
		return bindings;
	}

	/** The error validation found in element (its bindings included), null when there is none. */
	public String problemOf(ScreenElement element) {
		return canvas.problems().get(element);
	}

	/**
	 * A variable let go at screen point (x, y), as a drop from the Project Explorer: binds the element there, or
	 * pops up the elements that fit the variable and returns that menu (null after a bind).
	 */
	public org.eclipse.swt.widgets.Menu dropVariable(tandem.model.Variable variable, int x, int y) {
		if (previewing() || screen() == null) {
			return null;
		}
		return dropTarget.drop(variable, x, y);
	}

	/**
	 * A drop on the canvas at a display point, with the data of the drop (the dragged selection, or variable names
	 * as text), as the canvas' drop target handles it; false when it names no variable of the project.
	 */
	public boolean drop(Object data, org.eclipse.swt.graphics.Point display) {
		return dropTarget.dropped(data, display);
	}

	/** Turns the preview (live simulated values, read-only) on or off, as the tool bar's Preview button does. */
	public void setPreview(boolean on) {
		if (on == previewing()) {
			return;
		}
		if (on) {
			edit(() -> preview.start());
		} else {
			preview.stop();
		}
		toolBar.showPreviewRunning(preview.running());
		canvas.setLive(preview.running());
		palette.setTool(null);
		palette.setEnabled(!preview.running());
		bindings.setReadOnly(preview.running());
		bindings.show(selection());
		updateReadout();
	}

	/** The running preview's source or state changed: the readout says so. */
	void previewChanged() {
		updateReadout();
	}

	/** Starts a running preview again (its source was chosen anew). */
	void restartPreview() {
		if (previewing()) {
			setPreview(false);
			setPreview(true);
		}
	}

	/** Chooses the preview's source as the Values drop-down does: the running cluster or the simulator (tests). */
	public void choosePreviewSource(boolean fromCluster) {
		toolBar.previewSource().choose(fromCluster);
	}

	/** The preview's state beside the Values drop-down ("Live from alpha (SERVER, epoch 1) · read-only"). */
	public String previewState() {
		return toolBar.previewSource().stateText();
	}

	public boolean previewing() {
		return preview != null && preview.running();
	}

	/** What the canvas draws now (the preview's live values while it runs), for tests. */
	public tandem.hmi.ScreenPicture picture() {
		return canvas.picture();
	}

	/** Runs an edit of the editor's panels: refused in preview, and a refused change is reported in a dialog. */
	void change(Runnable change) {
		edit(change);
	}

	@Override
	protected void edit(Runnable change) {
		if (!previewing()) {
			super.edit(change);
		}
	}

	public String readoutText() {
		return readout.text();
	}

	void pointerAt(int x, int y) {
		readout.pointerAt(x, y);
		updateReadout();
	}

	void showGesture(Box box) {
		readout.gesture(box);
		updateReadout();
	}

	private void updateReadout() {
		if (readout != null) {
			readout.show(previewing() ? preview.describe() + "     " : "", canvas.selection(), canvas.zoom(),
					canvas.gridShown() ? canvas.grid() : null);
		}
	}

	private ScreenEditOperation op() {
		return new ScreenEditOperation(session(), screen());
	}

	/**
	 * Paints the selection moved by (dx, dy) now, as a drag does between mouse events, without changing the model
	 * (for the benchmark's frame rate); {@link #endPreview()} ends it.
	 */
	public void previewMove(int dx, int dy) {
		canvas.previewMove(dx, dy, List.of());
	}

	public void endPreview() {
		canvas.endPreview();
	}

	/** The gestures on the selection (arrange, group, clipboard, delete), for the bars, menu and keys. */
	SelectionEdits edits() {
		return edits;
	}

	/** Draws a new element of kind in box (a click: its default size), selects it and returns to the selection tool. */
	public void create(EClass kind, Box box) {
		if (screen() == null || kind == null) {
			return;
		}
		tandem.model.SymbolDefinition symbol = palette.symbol();
		Map<String, String> values = symbol == null ? null : SymbolDialogs.askParameters(canvas.control().getShell(), symbol);
		if (symbol != null && values == null) {
			palette.setTool(null);
			return; // cancelled: nothing placed
		}
		edit(() -> {
			ScreenElement e = symbol != null ? new tandem.studio.core.screen.SymbolOperation(session(), screen())
					.place(symbol, box.x(), box.y(), values) : op().create(kind, box);
			palette.setTool(null);
			select(List.of(e));
		});
	}

	/**
	 * Save as Symbol…: asks the symbol's name and parameters (proposing the selection's common variable-name prefix
	 * as $UNIT), then saves the selection as a symbol of the project's library, replaced by an instance of it.
	 */
	public void saveAsSymbol() {
		List<ScreenElement> chosen = selection();
		if (previewing() || chosen.isEmpty()) {
			return;
		}
		SymbolDialogs.NewSymbol symbol = SymbolDialogs.askNewSymbol(canvas.control().getShell(), session().project().getSymbols(), chosen);
		if (symbol != null) {
			saveAsSymbol(symbol.name(), symbol.parameters());
		}
	}

	/** Saves the selection as symbol name with parameters (→ the text each stands for), one undo step. */
	public void saveAsSymbol(String name, Map<String, String> parameters) {
		List<ScreenElement> chosen = selection();
		if (!chosen.isEmpty()) {
			edit(() -> select(List.of(new tandem.studio.core.screen.SymbolOperation(session(), screen()).saveAsSymbol(name, chosen, parameters))));
		}
	}

	/** Aligns the selection to its first element, as the Align menu does (one undo step). */
	public void align(Arrangement.Align how) {
		edits.align(how);
	}

	void toggleGrid() {
		canvas.setGridShown(!canvas.gridShown());
		updateReadout();
	}

	@Override
	protected void refresh(Collection<?> affected) {
		if (screen() != null && !session().project().getScreens().contains(screen())) {
			List<Screen> all = session().project().getScreens();
			showScreen(all.isEmpty() ? null : all.get(0));
		}
		fillScreens();
		palette.update(session().project().getSymbols());
		List<ScreenElement> still = selection().stream().filter(e -> e.eContainer() == screen()).toList();
		if (still.size() != selection().size()) {
			select(still);
		}
		if (!previewing() && affected.stream().anyMatch(o -> o instanceof tandem.model.Variable || o == session().project())) {
			// a variable came, went or changed: draw with its design value at once instead of "no value"
			canvas.setValues(DesignValues.of(session().project()));
		} else {
			canvas.modelChanged();
		}
		canvas.setProblems(tandem.studio.core.screen.ElementProblems.errors(session().problems(), screen()));
		bindings.show(selection());
		updateReadout();
	}

	@Override
	public void select(EObject element) {
		EObject top = element;
		while (top != null && !(top.eContainer() instanceof Screen)) {
			top = top.eContainer();
		}
		if (element instanceof Screen s) {
			showScreen(s);
		} else if (top instanceof ScreenElement e) {
			if (e.eContainer() != screen()) {
				showScreen((Screen) e.eContainer());
			}
			select(List.of(e));
		}
	}

	@Override
	public List<OutlineNode> outline() {
		List<OutlineNode> nodes = new ArrayList<>();
		if (screen() != null) {
			for (ScreenElement e : screen().getElements()) {
				nodes.add(new OutlineNode(e.getName() + " (" + e.eClass().getName() + ")", e, null, List.of()));
			}
		}
		return nodes;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}
}
