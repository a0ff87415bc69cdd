package tandem.studio.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tandem.model.validation.Problem;
import tandem.model.validation.ProjectValidator;

/**
 * After every command, executed, undone or redone, the problems the studio shows (its incremental validation) are
 * exactly those a fresh full validation of the project as it is then reports: the same problems, in the same
 * order, in the same words. Hundreds of random edits of the demo project per seed ({@link RandomEdits}), with
 * undo and redo now and then; a difference names the step and the edits that led to it.
 */
class IncrementalValidatorIdentityTest {

	private static final int STEPS = 1000;

	@TempDir
	Path temp;

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 13, 2025, 77_001, 4_242 })
	void afterEveryCommandTheProblemsAreThoseOfAFullValidation(long seed) throws Exception {
		ProjectSession session = Sessions.demo(temp);
		RandomEdits edits = new RandomEdits(session, seed, true);
		Random random = new Random(seed * 31);
		Deque<String> log = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		List<Integer> rechecked = new ArrayList<>();
		int undos = 0;
		int redos = 0;
		for (int step = 1; step <= STEPS; step++) {
			String what;
			if (random.nextInt(10) == 0 && session.canUndo()) {
				what = "undo " + session.undoLabel();
				session.undo();
				undos++;
			} else if (session.canRedo() && random.nextInt(3) == 0) {
				what = "redo " + session.redoLabel();
				session.redo();
				redos++;
			} else {
				what = edits.next();
				if (what == null) {
					continue;
				}
				rechecked.add(session.lastValidationRechecked());
			}
			log.addLast(step + ": " + what);
			if (log.size() > 12) {
				log.removeFirst();
			}
			assertSameAsFull(session, log);
			session.problems().problems().forEach(p -> seen.add(p.message()));
		}
		assertTrue(rechecked.size() > STEPS / 2 && undos > STEPS / 40 && redos > STEPS / 60,
				rechecked.size() + " edits, " + undos + " undos, " + redos + " redos");
		System.out.println("seed " + seed + ": " + edits.applied() + "; " + undos + " undos, " + redos + " redos, " + seen.size() + " messages");
		assertTrue(edits.neverApplied().size() <= 3, "kinds of edit never made (a removed recipe group, say, ends some): " + edits.neverApplied());
		assertTrue(seen.size() > 60, "the edits made few different problems: " + seen);
		rechecked.sort(null);
		int median = rechecked.get(rechecked.size() / 2);
		assertTrue(median * 10 < session.project().eContents().size(),
				"an edit re-checks a few elements, not the project: median " + median + " of " + session.project().eContents().size());
	}

	private static void assertSameAsFull(ProjectSession session, Deque<String> log) {
		List<Problem> full = new ProjectValidator().validate(session.project()).problems();
		List<Problem> shown = session.problems().problems();
		if (full.equals(shown)) {
			return;
		}
		List<Problem> missing = new ArrayList<>(full);
		missing.removeAll(shown);
		List<Problem> extra = new ArrayList<>(shown);
		extra.removeAll(full);
		fail("after\n  " + String.join("\n  ", log) + "\nthe studio shows other problems than a full validation:\n  missing "
				+ missing + "\n  not reported by a full run " + extra
				+ (missing.isEmpty() && extra.isEmpty() ? "\n  (same problems, other order)\n  full: " + full + "\n  shown: " + shown : ""));
	}
}
