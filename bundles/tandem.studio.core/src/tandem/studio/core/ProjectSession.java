package tandem.studio.core;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import tandem.model.Project;
import tandem.model.validation.ValidationResult;

/**
 * One open project: its model, the one editing domain and command stack every editor of it shares, and the
 * validation that re-runs after every command. Every change goes through {@link #execute}, so one user gesture is
 * one undo step and nothing changes the model behind the stack's back. Editors reach the session from their
 * input; later editors (screens, deploy) plug in the same way.
 */
public final class ProjectSession {

	private final Project project;
	private final ComposedAdapterFactory adapterFactory;
	private final BasicCommandStack stack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final LiveValidation validation;
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private Path file;
	private boolean closed;

	ProjectSession(Path file, Project project) {
		this.file = file;
		this.project = project;
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack,
				project.eResource() == null ? new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl()
						: project.eResource().getResourceSet());
		validation = new LiveValidation(project);
		stack.addCommandStackListener(event -> edited());
	}

	public Project project() {
		return project;
	}

	/** The file the project was opened from or last saved to. */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** The name the studio shows: the file name, or the project's name before it was ever saved. */
	public String displayName() {
		return file == null ? project.getName() : file.getFileName().toString();
	}

	public EditingDomain editingDomain() {
		return domain;
	}

	public CommandStack commandStack() {
		return stack;
	}

	/** True when there are changes the file does not hold yet (undoing back to the saved state clears it). */
	public boolean isDirty() {
		return stack.isSaveNeeded();
	}

	/** The problems of the project after the last command. */
	public ValidationResult problems() {
		return validation.result();
	}

	/** How long the last validation after a command took (shown in the status line, measured by the benchmark). */
	public long lastValidationMillis() {
		return validation.lastRunMillis();
	}

	/** The same in nanoseconds, for the benchmark: on a small project the run takes well under a millisecond. */
	long lastValidationNanos() {
		return validation.lastRunNanos();
	}

	/** How many elements of the project validation re-checked after the last command (the others kept their problems). */
	public int lastValidationRechecked() {
		return validation.lastRechecked();
	}

	/**
	 * Runs commands as one undo step named label. Refuses (and changes nothing) when any of them cannot execute,
	 * e.g. a value of the wrong type.
	 */
	public void execute(String label, List<? extends Command> commands) {
		checkOpen();
		if (commands.isEmpty()) {
			return;
		}
		Command command = compound(label, commands);
		if (!command.canExecute()) {
			throw new IllegalArgumentException(label + ": the change cannot be applied to project '" + project.getName() + "'");
		}
		stack.execute(command);
	}

	public void execute(String label, Command command) {
		execute(label, List.of(command));
	}

	public boolean canUndo() {
		return stack.canUndo();
	}

	public boolean canRedo() {
		return stack.canRedo();
	}

	public String undoLabel() {
		return stack.getUndoCommand() == null ? "" : stack.getUndoCommand().getLabel();
	}

	public String redoLabel() {
		return stack.getRedoCommand() == null ? "" : stack.getRedoCommand().getLabel();
	}

	public void undo() {
		checkOpen();
		stack.undo();
	}

	public void redo() {
		checkOpen();
		stack.redo();
	}

	public void addListener(SessionListener listener) {
		listeners.add(listener);
	}

	public void removeListener(SessionListener listener) {
		listeners.remove(listener);
	}

	public boolean isClosed() {
		return closed;
	}

	void saved(Path target) {
		file = target;
		stack.saveIsDone();
		fire(SessionListener.Change.SAVED, List.of(project));
	}

	void close() {
		closed = true;
		fire(SessionListener.Change.CLOSED, List.of(project));
		listeners.clear();
		stack.flush();
		adapterFactory.dispose();
		if (project.eResource() != null) {
			project.eResource().unload();
		}
	}

	private void edited() {
		Command last = stack.getMostRecentCommand();
		Collection<?> affected = last == null ? List.of() : last.getAffectedObjects();
		validation.run(last);
		fire(SessionListener.Change.EDITED, affected);
	}

	private void fire(SessionListener.Change change, Collection<?> affected) {
		for (SessionListener listener : listeners) {
			listener.sessionChanged(this, change, affected);
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("project '" + displayName() + "' is closed");
		}
	}

	private static Command compound(String label, List<? extends Command> commands) {
		CompoundCommand compound = new CompoundCommand(label);
		commands.forEach(compound::append);
		return compound;
	}
}
