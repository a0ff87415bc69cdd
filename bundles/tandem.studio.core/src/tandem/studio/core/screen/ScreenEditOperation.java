package tandem.studio.core.screen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.Group;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.studio.core.ProjectSession;

/**
 * Every gesture of the screen editor as one command on the project's stack, named as the Edit menu shows it
 * ("Move 12 elements"): placing, moving and resizing, z-order, grouping, paste and duplicate. The editor works
 * out where things go ({@link Snapping}, {@link Arrangement}, {@link Handle}); this class only changes the model.
 */
public final class ScreenEditOperation {

	/** Where in the drawing order the selection goes. */
	public enum ZOrder {
		FRONT("Bring to front"), FORWARD("Bring forward"), BACKWARD("Send backward"), BACK("Send to back");

		private final String label;

		ZOrder(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final ProjectSession session;
	private final Screen screen;

	public ScreenEditOperation(ProjectSession session, Screen screen) {
		this.session = session;
		this.screen = screen;
	}

	/** "Move 12 elements" / "Move rectangle1". */
	public static String label(String verb, Collection<? extends ScreenElement> elements) {
		return verb + " " + (elements.size() == 1 ? elements.iterator().next().getName() : elements.size() + " elements");
	}

	/**
	 * Gives every element its new box as one undo step labelled label; elements whose box does not change are
	 * left alone, and nothing is put on the stack when none changes. A line keeps its direction.
	 *
	 * @return whether anything changed
	 */
	public boolean setBounds(String label, Map<ScreenElement, Box> boxes) {
		List<Command> commands = new ArrayList<>();
		for (Map.Entry<ScreenElement, Box> entry : boxes.entrySet()) {
			ScreenElement e = entry.getKey();
			Box b = entry.getValue();
			boolean flipX = e.getWidth() < 0;
			boolean flipY = e.getHeight() < 0;
			set(commands, e, Literals.SCREEN_ELEMENT__X, flipX ? b.right() : b.x());
			set(commands, e, Literals.SCREEN_ELEMENT__Y, flipY ? b.bottom() : b.y());
			set(commands, e, Literals.SCREEN_ELEMENT__WIDTH, flipX ? -b.width() : b.width());
			set(commands, e, Literals.SCREEN_ELEMENT__HEIGHT, flipY ? -b.height() : b.height());
		}
		if (commands.isEmpty()) {
			return false;
		}
		session.execute(label, commands);
		return true;
	}

	/** Moves elements by (dx, dy): a nudge with the arrow keys. */
	public boolean moveBy(List<ScreenElement> elements, int dx, int dy) {
		Map<ScreenElement, Box> boxes = new java.util.LinkedHashMap<>();
		elements.forEach(e -> boxes.put(e, Box.of(e).moved(dx, dy)));
		return setBounds(label("Move", elements), boxes);
	}

	private void set(List<Command> commands, ScreenElement e, EAttribute feature, int value) {
		if (!Integer.valueOf(value).equals(e.eGet(feature))) {
			commands.add(SetCommand.create(session.editingDomain(), e, feature, value));
		}
	}

	/** Places a new element of kind (any concrete screen element type) in box, with a free name; returns it. */
	public ScreenElement create(EClass kind, Box box) {
		if (!Literals.SCREEN_ELEMENT.isSuperTypeOf(kind) || kind.isAbstract()) {
			throw new IllegalArgumentException(kind.getName() + " is not an element that can be drawn on a screen");
		}
		ScreenElement element = (ScreenElement) EcoreUtil.create(kind);
		ElementDefaults.apply(element, box);
		element.setName(new ElementNames(screen).forKind(kind.getName()));
		session.execute("Add " + element.getName(), AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, element));
		return element;
	}

	/** Adds elements already made (a variable dropped on the canvas, a paste) under free names, as one step. */
	public List<ScreenElement> add(String verb, List<ScreenElement> elements) {
		ElementNames names = new ElementNames(screen);
		elements.forEach(names::makeUnique);
		session.execute(label(verb, elements), AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, elements));
		return elements;
	}

	/** Paste and duplicate: copies of originals moved by (dx, dy), bindings and references kept, names made free. */
	public List<ScreenElement> paste(String verb, List<ScreenElement> originals, int dx, int dy) {
		List<ScreenElement> copies = new ArrayList<>();
		for (ScreenElement original : originals) {
			ScreenElement copy = EcoreUtil.copy(original);
			copy.setX(copy.getX() + dx);
			copy.setY(copy.getY() + dy);
			copies.add(copy);
		}
		return add(verb, copies);
	}

	/** Changes where the selection is in the drawing order; the selected keep their order among themselves. */
	public boolean zOrder(List<ScreenElement> selection, ZOrder where) {
		List<ScreenElement> elements = screen.getElements();
		List<ScreenElement> ordered = new ArrayList<>(selection);
		ordered.sort(Comparator.comparingInt(elements::indexOf));
		List<ScreenElement> after = new ArrayList<>(elements);
		switch (where) {
		case FRONT -> {
			after.removeAll(ordered);
			after.addAll(ordered);
		}
		case BACK -> {
			after.removeAll(ordered);
			after.addAll(0, ordered);
		}
		case FORWARD -> {
			for (int i = after.size() - 2; i >= 0; i--) {
				if (ordered.contains(after.get(i)) && !ordered.contains(after.get(i + 1))) {
					java.util.Collections.swap(after, i, i + 1);
				}
			}
		}
		case BACKWARD -> {
			for (int i = 1; i < after.size(); i++) {
				if (ordered.contains(after.get(i)) && !ordered.contains(after.get(i - 1))) {
					java.util.Collections.swap(after, i, i - 1);
				}
			}
		}
		}
		List<Command> commands = new ArrayList<>();
		List<ScreenElement> simulated = new ArrayList<>(elements);
		for (int target = 0; target < after.size(); target++) {
			ScreenElement e = after.get(target);
			if (simulated.get(target) != e) {
				commands.add(MoveCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, e, target));
				simulated.remove(e);
				simulated.add(target, e);
			}
		}
		if (commands.isEmpty()) {
			return false;
		}
		session.execute(label(where.label(), selection), commands);
		return true;
	}

	/** Puts the selection into a new group where the topmost of them was; children keep their place on screen. */
	public Group group(List<ScreenElement> selection) {
		if (selection.size() < 2) {
			throw new IllegalArgumentException("select at least two elements to group");
		}
		List<ScreenElement> elements = screen.getElements();
		List<ScreenElement> ordered = new ArrayList<>(selection);
		ordered.sort(Comparator.comparingInt(elements::indexOf));
		Box around = Box.around(ordered.stream().map(Box::of).toList());
		Group group = TandemFactory.eINSTANCE.createGroup();
		group.setName(new ElementNames(screen).forKind("Group"));
		group.setX(around.x());
		group.setY(around.y());
		group.setWidth(around.width());
		group.setHeight(around.height());
		int index = elements.indexOf(ordered.get(ordered.size() - 1)) - (ordered.size() - 1);
		List<Command> commands = new ArrayList<>();
		commands.add(RemoveCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, ordered));
		for (ScreenElement e : ordered) {
			commands.add(SetCommand.create(session.editingDomain(), e, Literals.SCREEN_ELEMENT__X, e.getX() - around.x()));
			commands.add(SetCommand.create(session.editingDomain(), e, Literals.SCREEN_ELEMENT__Y, e.getY() - around.y()));
		}
		commands.add(AddCommand.create(session.editingDomain(), group, Literals.GROUP__CHILDREN, ordered));
		commands.add(AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, group, index));
		session.execute(label("Group", ordered), commands);
		return group;
	}

	/**
	 * Puts the children of group back on the screen where the group was, at their places on screen; an empty group
	 * just goes (EMF cannot remove or add an empty list, so those commands are left out).
	 */
	public List<ScreenElement> ungroup(Group group) {
		List<ScreenElement> children = List.copyOf(group.getChildren());
		int index = screen.getElements().indexOf(group);
		List<Command> commands = new ArrayList<>();
		if (!children.isEmpty()) {
			commands.add(RemoveCommand.create(session.editingDomain(), group, Literals.GROUP__CHILDREN, children));
		}
		for (ScreenElement e : children) {
			commands.add(SetCommand.create(session.editingDomain(), e, Literals.SCREEN_ELEMENT__X, e.getX() + group.getX()));
			commands.add(SetCommand.create(session.editingDomain(), e, Literals.SCREEN_ELEMENT__Y, e.getY() + group.getY()));
		}
		commands.add(RemoveCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, group));
		if (!children.isEmpty()) {
			commands.add(AddCommand.create(session.editingDomain(), screen, Literals.SCREEN__ELEMENTS, children, index));
		}
		session.execute("Ungroup " + group.getName(), commands);
		return children;
	}
}
