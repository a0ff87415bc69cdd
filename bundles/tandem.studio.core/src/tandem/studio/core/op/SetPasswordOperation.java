package tandem.studio.core.op;

import java.util.Arrays;

import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.TandemPackage.Literals;
import tandem.model.User;
import tandem.model.security.PasswordHash;
import tandem.studio.core.ProjectSession;

/**
 * Sets a user's password: only its PBKDF2 hash ({@link PasswordHash}, as the runtime checks it) enters the
 * model, and the clear password array is wiped afterwards. One undo step.
 */
public final class SetPasswordOperation {

	/** Shorter passwords are refused. */
	public static final int MIN_LENGTH = 6;

	private final ProjectSession session;
	private final User user;
	private final char[] password;
	private final PasswordHash hasher;

	public SetPasswordOperation(ProjectSession session, User user, char[] password) {
		this(session, user, password, new PasswordHash());
	}

	/** hasher decides salts and iterations (tests use fewer iterations). */
	public SetPasswordOperation(ProjectSession session, User user, char[] password, PasswordHash hasher) {
		this.session = session;
		this.user = user;
		this.password = password;
		this.hasher = hasher;
	}

	public void execute() {
		try {
			if (password.length < MIN_LENGTH) {
				throw new IllegalArgumentException("the password of user '" + user.getName() + "' needs at least " + MIN_LENGTH
						+ " characters, has " + password.length);
			}
			String hash = hasher.hash(password);
			session.execute("Set password of '" + user.getName() + "'",
					SetCommand.create(session.editingDomain(), user, Literals.USER__PASSWORD_HASH, hash));
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
