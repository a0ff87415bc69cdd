package tandem.studio.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The projects open in one studio, at most one session per file, so every editor of a file shares its command
 * stack. The UI keeps one instance; tests make their own.
 */
public final class StudioWorkspace {

	private final Map<Path, ProjectSession> sessions = new LinkedHashMap<>();
	private final List<Consumer<ProjectSession>> openListeners = new CopyOnWriteArrayList<>();

	public List<ProjectSession> sessions() {
		return new ArrayList<>(sessions.values());
	}

	public Optional<ProjectSession> session(Path file) {
		return Optional.ofNullable(sessions.get(key(file)));
	}

	/** Told when a project is opened or created (the explorer expands it). */
	public void addOpenListener(Consumer<ProjectSession> listener) {
		openListeners.add(listener);
	}

	ProjectSession register(Path file, tandem.model.Project project) {
		ProjectSession session = new ProjectSession(file, project);
		sessions.put(key(file), session);
		openListeners.forEach(l -> l.accept(session));
		return session;
	}

	void moved(ProjectSession session, Path from, Path to) {
		if (from != null) {
			sessions.remove(key(from));
		}
		sessions.put(key(to), session);
	}

	void unregister(ProjectSession session) {
		sessions.values().remove(session);
	}

	static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
