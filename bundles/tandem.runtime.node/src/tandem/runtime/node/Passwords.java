package tandem.runtime.node;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import tandem.runtime.node.CommandLine.UsageException;

/**
 * A verb's password, never from its arguments (every user of the machine sees those in the process list): from
 * {@code --password-file F} (its first line) or else from the terminal without echo, or from standard input when
 * there is no terminal (a pipe in a script).
 */
final class Passwords {

	private Passwords() {
	}

	static char[] read(CommandLine line, String user) throws UsageException {
		Optional<String> file = line.option("password-file");
		if (file.isPresent()) {
			try {
				String text = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8);
				String first = text.lines().findFirst().orElse("");
				if (first.isEmpty()) {
					throw new UsageException("password file " + file.get() + " is empty");
				}
				return first.toCharArray();
			} catch (IOException e) {
				throw new UsageException("cannot read password file " + file.get() + ": " + e.getMessage());
			}
		}
		Console console = System.console();
		if (console != null) {
			char[] p = console.readPassword("password for %s: ", user);
			if (p == null || p.length == 0) {
				throw new UsageException("no password given for " + user);
			}
			return p;
		}
		try {
			String p = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (p == null || p.isEmpty()) {
				throw new UsageException("no password for " + user + " on standard input (or use --password-file F)");
			}
			return p.toCharArray();
		} catch (IOException e) {
			throw new UsageException("cannot read the password from standard input: " + e.getMessage());
		}
	}
}
