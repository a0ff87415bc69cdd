package tandem.studio.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.model.generator.ProjectGenerator;
import tandem.model.io.ProjectStore;
import tandem.model.validation.ProjectValidator;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * Not a timed test: prints what an engineer waits for in the studio with a project of 100,000 variables and 500
 * screens (the model's generator) beside the model's own load + validate in the same JVM: opening it, filtering
 * the variables table, and the validation after an edit (median and 95th percentile over random edits, beside a
 * full validation), on that project and on the demo. Goals: filter under 200 ms, validation after an edit under
 * 100 ms. Run with
 * {@code ./mvnw -B verify -pl bundles/tandem.studio.core -am -Dtest=StudioBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StudioBenchmark {

	@Test
	void validationAfterAnEditOfTheDemo() throws Exception {
		Path folder = Files.createTempDirectory("studio-benchmark");
		try {
			ProjectSession session = Sessions.demo(folder);
			validationAfterEdits("demo", session, 1000, 1000);
		} finally {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}

	@Test
	void openFilterAndEditALargeProject() throws Exception {
		Path file = Files.createTempFile("studio-benchmark", ".tandem");
		try {
			new ProjectStore().save(new ProjectGenerator(100_000, 500, 1).generate(), file);
			System.out.printf("StudioBenchmark: 100000 variables, 500 screens, %.1f MiB, %d cores%n", Files.size(file) / 1048576.0,
					Runtime.getRuntime().availableProcessors());
			for (int round = 1; round <= 3; round++) {
				round(file, round);
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private static void round(Path file, int round) throws Exception {
		System.gc();
		long t0 = System.nanoTime();
		Project baseline = new ProjectStore().load(file);
		long t1 = System.nanoTime();
		new ProjectValidator().validate(baseline);
		long t2 = System.nanoTime();
		baseline = null;
		System.gc();
		StudioWorkspace workspace = new StudioWorkspace();
		long t3 = System.nanoTime();
		ProjectSession session = new OpenProjectOperation(workspace, file).execute();
		long t4 = System.nanoTime();
		List<Variable> variables = session.project().getVariables();
		long filterWorst = 0;
		int matches = 0;
		for (String filter : new String[] { "Area042", "var0999", "unit3 Simulator", "no such variable" }) {
			long f0 = System.nanoTime();
			matches += VariableRows.filter(variables, filter).size();
			filterWorst = Math.max(filterWorst, System.nanoTime() - f0);
		}
		long f1 = System.nanoTime();
		VariableRows.sort(VariableRows.filter(variables, ""), VariableRows.Column.DESCRIPTION, false);
		long sortMs = (System.nanoTime() - f1) / 1_000_000;
		long editWorst = 0;
		for (int i = 0; i < 5; i++) {
			Variable v = variables.get(i * 20_000);
			long e0 = System.nanoTime();
			new SetFeatureOperation(session, v, Literals.VARIABLE__RATE_MS, 500 + i).execute();
			editWorst = Math.max(editWorst, System.nanoTime() - e0);
		}
		System.out.printf("  round %d: baseline model load %d ms + validate %d ms = %d ms | studio open %d ms | filter 100k rows worst %d ms"
				+ " (%d matches) | sort 100k %d ms | variable rate edit worst %d ms%n", round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
				(t2 - t0) / 1_000_000, (t4 - t3) / 1_000_000, filterWorst / 1_000_000, matches, sortMs, editWorst / 1_000_000);
		if (round == 3) {
			validationAfterEdits("100000 variables, 500 screens", session, 100, 5);
		}
		new CloseProjectOperation(workspace, session, true).execute();
	}

	/**
	 * Prints the median, 95th percentile and worst time of the validation after each of edits random edits
	 * ({@link RandomEdits}: renames, types and ranges, rebinding, adding, removing and moving elements; not renaming
	 * the project, which runs everything), beside the median of fullRuns full validations of the same project.
	 * The first quarter of each is a warm-up and not counted.
	 */
	private static void validationAfterEdits(String what, ProjectSession session, int edits, int fullRuns) {
		System.gc();
		RandomEdits random = new RandomEdits(session, 42, false);
		List<Long> afterEdit = new ArrayList<>();
		List<Integer> rechecked = new ArrayList<>();
		String slowest = "";
		long slowestNanos = 0;
		for (int done = 0; done < edits + edits / 4;) {
			String edit = random.next();
			if (edit != null && ++done > edits / 4) {
				afterEdit.add(session.lastValidationNanos());
				rechecked.add(session.lastValidationRechecked());
				if (session.lastValidationNanos() > slowestNanos) {
					slowestNanos = session.lastValidationNanos();
					slowest = edit + " (" + session.lastValidationRechecked() + " re-checked)";
				}
			}
		}
		List<Long> full = new ArrayList<>();
		for (int i = 0; i < fullRuns + fullRuns / 4; i++) {
			long f0 = System.nanoTime();
			new ProjectValidator().validate(session.project());
			if (i >= fullRuns / 4) {
				full.add(System.nanoTime() - f0);
			}
		}
		afterEdit.sort(null);
		rechecked.sort(null);
		full.sort(null);
		System.out.printf("StudioBenchmark %s (%d elements at the top): validation after an edit median %.3f ms, p95 %.3f ms, worst %.3f ms"
				+ " (%d edits; elements re-checked median %d, p95 %d) | full validation median %.3f ms (%d runs) | slowest after: %s%n", what,
				session.project().eContents().size(), ms(percentile(afterEdit, 50)), ms(percentile(afterEdit, 95)),
				ms(afterEdit.get(afterEdit.size() - 1)), afterEdit.size(), percentile(rechecked, 50), percentile(rechecked, 95),
				ms(percentile(full, 50)), full.size(), slowest.length() > 200 ? slowest.substring(0, 200) + "…" : slowest);
	}

	private static <T> T percentile(List<T> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}
}
