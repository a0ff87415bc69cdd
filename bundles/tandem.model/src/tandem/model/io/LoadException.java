package tandem.model.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A project file could not be read. The message names the file and, for every problem found, the line where
 * possible, the element and what is wrong. Nothing of a file that fails is ever handed out.
 */
public class LoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final List<String> problems;

    public LoadException(Path file, List<String> problems, Throwable cause) {
        super(file + ": cannot load project:\n  " + String.join("\n  ", problems), cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** One line per problem, each starting with file name and line when known. */
    public List<String> problems() {
        return problems;
    }
}
