package tandem.studio.core;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;

/** Tests that start from the demo project saved to a temporary file and opened in a fresh workspace. */
public abstract class OnTheDemo {

	@TempDir
	protected Path temp;

	protected ProjectSession session;
	protected Project project;

	@BeforeEach
	void openDemo() throws Exception {
		session = Sessions.demo(temp);
		project = session.project();
	}
}
