package tandem.studio.core.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import tandem.runtime.redundancy.deploy.DeployMessage;

/**
 * Deploys a {@link DeployPlan} through the studio's {@link ClusterConnection} as a project user with the deploy
 * permission (checked by the server, not here), reporting every step and node to a listener, and returns the end:
 * active with the new version number, refused with the server's reason and lines, or failed (nothing activated,
 * naming the node that could not stage). On success the version is recorded next to the project file
 * ({@code FILE.deployed}) as the base of the engineer's next deploy.
 */
public final class DeployOperation {

	/** How long the server may stay silent before the deploy is reported as failed. */
	public static final long SILENCE_MS = 40_000;

	/** The outcome as the wizard shows it. */
	public record Outcome(DeployMessage.Step step, int version, String message, List<String> lines,
			List<DeployMessage.Progress> steps) {
		public boolean active() {
			return step == DeployMessage.Step.ACTIVE;
		}
	}

	private final ClusterConnection connection;

	public DeployOperation(ClusterConnection connection) {
		this.connection = connection;
	}

	public Outcome deploy(DeployPlan plan, String user, char[] password, boolean force, Set<String> overwrite,
			Path projectFile, Consumer<DeployMessage.Progress> progress) throws Exception {
		List<DeployMessage.Progress> steps = Collections.synchronizedList(new ArrayList<>());
		DeployMessage.Progress end = connection.client().deploy(user, password, plan.base(), plan.hash(),
				plan.content(), force, overwrite, p -> {
					steps.add(p);
					progress.accept(p);
				}, SILENCE_MS);
		if (end.step() == DeployMessage.Step.ACTIVE && projectFile != null) {
			recordBase(projectFile, end.version());
		}
		return new Outcome(end.step(), end.version(), end.message(), end.lines(), List.copyOf(steps));
	}

	/** The version the engineer's project file was last deployed as (its base), if recorded. */
	public static Optional<Integer> recordedBase(Path projectFile) {
		Path f = sidecar(projectFile);
		try {
			return Files.isRegularFile(f) ? Optional.of(Integer.parseInt(Files.readString(f, StandardCharsets.UTF_8)
					.strip())) : Optional.empty();
		} catch (IOException | NumberFormatException e) {
			return Optional.empty(); // an unreadable record: the running version is the base, as for a new file
		}
	}

	static void recordBase(Path projectFile, int version) throws IOException {
		Files.writeString(sidecar(projectFile), version + "\n", StandardCharsets.UTF_8);
	}

	private static Path sidecar(Path projectFile) {
		return projectFile.resolveSibling(projectFile.getFileName() + ".deployed");
	}
}
