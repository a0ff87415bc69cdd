package tandem.runtime.redundancy.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The project versions a node holds on disk, in {@code DIR/versions}: {@code NNNNNN.tandem} (the project) and
 * {@code NNNNNN.properties} (hash, base, author, time, changes) per version, {@code staged/} for a version that is
 * staged but not activated yet, and {@code active} naming the version the node runs. Every file is written to a
 * temporary name and moved into place, so a crash leaves the previous state, never half a version. A version whose
 * content does not match its recorded hash is reported, not used.
 */
public final class VersionStore {

	private final Path dir;
	private final Path staged;

	public VersionStore(Path dataDir) {
		this.dir = dataDir.resolve("versions");
		this.staged = dir.resolve("staged");
		try {
			Files.createDirectories(staged);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create the version store " + dir + ": " + e.getMessage(), e);
		}
	}

	public Path directory() {
		return dir;
	}

	/** Every version held, oldest first (without content). */
	public synchronized List<ProjectVersion> list() {
		List<ProjectVersion> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
				out.add(readMeta(p, null).summary());
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
		}
		return out;
	}

	public synchronized Optional<ProjectVersion> get(int number) {
		return read(dir, number);
	}

	public synchronized boolean holds(int number) {
		return Files.isRegularFile(meta(dir, number));
	}

	/** The newest version number held, 0 when none. */
	public synchronized int newest() {
		List<ProjectVersion> all = list();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).number();
	}

	/**
	 * Adds a version to the history (replicated or staged-then-activated); a version held already is kept. A held
	 * version of that number with another hash is one this node activated alone before a crash while the cluster
	 * went on without it: the cluster's version takes the number, the other moves to {@code abandoned/}.
	 */
	public synchronized void add(ProjectVersion v) {
		Optional<ProjectVersion> held = get(v.number());
		if (held.isPresent() && held.get().hash().equals(v.hash())) {
			return;
		}
		if (held.isPresent()) {
			abandon(v.number());
		}
		write(dir, v);
	}

	private void abandon(int number) {
		Path abandoned = dir.resolve("abandoned");
		try {
			Files.createDirectories(abandoned);
			String stamp = "-" + System.currentTimeMillis();
			Files.move(content(dir, number), abandoned.resolve(content(dir, number).getFileName() + stamp));
			Files.move(meta(dir, number), abandoned.resolve(meta(dir, number).getFileName() + stamp));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot set aside version " + number + " in " + abandoned + ": "
					+ e.getMessage(), e);
		}
	}

	/** Keeps a version aside until it is activated or dropped; replaces an earlier staged one of that number. */
	public synchronized void stage(ProjectVersion v) {
		write(staged, v);
	}

	public synchronized Optional<ProjectVersion> staged(int number) {
		return read(staged, number);
	}

	/** A staged version that will not be activated (the deploy was abandoned). */
	public synchronized void dropStaged(int number) {
		try {
			Files.deleteIfExists(content(staged, number));
			Files.deleteIfExists(meta(staged, number));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot drop staged version " + number + ": " + e.getMessage(), e);
		}
	}

	/** Puts this version (staged or received) into the history, replacing a held one of another hash, and makes it active. */
	public synchronized ProjectVersion activate(ProjectVersion v) {
		add(v);
		dropStaged(v.number());
		setActive(v.number());
		return v;
	}

	/** The version this node ran last; empty before the first. */
	public synchronized Optional<ProjectVersion> active() {
		Path f = dir.resolve("active");
		if (!Files.isRegularFile(f)) {
			return Optional.empty();
		}
		try {
			return get(Integer.parseInt(Files.readString(f, StandardCharsets.UTF_8).strip()));
		} catch (IOException | NumberFormatException e) {
			throw new IllegalStateException(f + ": cannot read the active version: " + e.getMessage(), e);
		}
	}

	public synchronized void setActive(int number) {
		if (!holds(number)) {
			throw new IllegalStateException("version " + number + " is not held in " + dir);
		}
		writeAtomically(dir.resolve("active"), String.valueOf(number).getBytes(StandardCharsets.UTF_8));
	}

	private static Path content(Path d, int n) {
		return d.resolve(String.format("%06d.tandem", n));
	}

	private static Path meta(Path d, int n) {
		return d.resolve(String.format("%06d.properties", n));
	}

	private void write(Path d, ProjectVersion v) {
		Properties p = new Properties();
		p.setProperty("number", String.valueOf(v.number()));
		p.setProperty("hash", v.hash());
		p.setProperty("base", String.valueOf(v.base()));
		p.setProperty("author", v.author());
		p.setProperty("time", String.valueOf(v.time()));
		p.setProperty("changes", String.join("\n", v.changes()));
		writeAtomically(content(d, v.number()), v.content());
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			p.store(w, "Tandem project version " + v.number());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		writeAtomically(meta(d, v.number()), out.toByteArray()); // last: a version counts once its meta exists
	}

	private Optional<ProjectVersion> read(Path d, int number) {
		Path m = meta(d, number);
		if (!Files.isRegularFile(m)) {
			return Optional.empty();
		}
		try {
			return Optional.of(readMeta(m, Files.readAllBytes(content(d, number))));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read version " + number + " in " + d + ": " + e.getMessage(), e);
		}
	}

	private static ProjectVersion readMeta(Path m, byte[] content) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
			p.load(r);
		}
		try {
			String changes = p.getProperty("changes", "");
			return new ProjectVersion(Integer.parseInt(p.getProperty("number")), p.getProperty("hash"),
					Integer.parseInt(p.getProperty("base", "0")), p.getProperty("author", ""),
					Long.parseLong(p.getProperty("time", "0")),
					changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n")),
					content == null ? new byte[0] : content);
		} catch (RuntimeException e) {
			throw new IOException(m + ": not a version description (" + e.getMessage() + ")", e);
		}
	}

	private static void writeAtomically(Path target, byte[] bytes) {
		try {
			Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
			Files.write(tmp, bytes);
			try {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
	}
}
