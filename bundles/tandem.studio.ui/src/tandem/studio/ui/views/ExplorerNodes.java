package tandem.studio.ui.views;

import java.nio.file.Path;

import tandem.studio.core.Category;
import tandem.studio.core.ProjectSession;

/** The nodes of the Project Explorer: project files, and the categories of an open project. */
final class ExplorerNodes {

	private ExplorerNodes() {
	}

	/** A *.tandem file of the workspace; open once expanded. */
	record ProjectFile(Path file) {
	}

	/** One category of an open project. */
	record CategoryNode(ProjectSession session, Category category) {
	}

	/** A file that could not be opened, with why. */
	record Unreadable(Path file, String message) {
	}
}
