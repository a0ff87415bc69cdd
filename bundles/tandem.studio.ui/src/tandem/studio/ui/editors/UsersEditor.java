package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.NamedElement;
import tandem.model.Permission;
import tandem.model.Role;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.User;
import tandem.studio.core.op.AddElementsOperation;
import tandem.studio.core.op.SetFeatureOperation;
import tandem.studio.core.op.SetPasswordOperation;

/**
 * Users and roles: users with their full name, roles and whether a password is set (a password is typed in a
 * dialog and only its hash is stored); roles with their permissions.
 */
public final class UsersEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.usersEditor";

	private ElementTable users;
	private ElementTable roles;

	@Override
	protected void createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Group usersGroup = group(sash, "Users");
		ToolBar userBar = new ToolBar(usersGroup, SWT.FLAT | SWT.RIGHT);
		users = new ElementTable(usersGroup, this, () -> session().project().getUsers(), List.of(
				FeatureColumn.of("Name", 140, Literals.NAMED_ELEMENT__NAME), FeatureColumn.of("Full name", 200, Literals.USER__FULL_NAME),
				FeatureColumn.readOnly("Roles", 220, u -> names(((User) u).getRoles())),
				FeatureColumn.readOnly("Password", 160, u -> tandem.model.security.PasswordHash.isWellFormed(((User) u).getPasswordHash())
						? "set (PBKDF2 hash)" : "NOT SET")));
		users.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		button(userBar, "Add user", this::addUser);
		button(userBar, "Set password…", this::setPassword);
		button(userBar, "Roles…", this::chooseRoles);
		button(userBar, "Delete…", () -> Deletion.ask(this, users.selected()));

		Group rolesGroup = group(sash, "Roles");
		ToolBar roleBar = new ToolBar(rolesGroup, SWT.FLAT | SWT.RIGHT);
		roles = new ElementTable(rolesGroup, this, () -> session().project().getRoles(), List.of(
				FeatureColumn.of("Name", 140, Literals.NAMED_ELEMENT__NAME),
				FeatureColumn.readOnly("Permissions", 560, r -> String.join(", ", ((Role) r).getPermissions().stream().map(Permission::getName).toList()))));
		roles.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		button(roleBar, "Add role", this::addRole);
		button(roleBar, "Permissions…", this::choosePermissions);
		button(roleBar, "Delete…", () -> Deletion.ask(this, roles.selected()));
		getSite().setSelectionProvider(new MergedSelection(List.of(users.viewer(), roles.viewer())));
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(1, false));
		return group;
	}

	private static void button(ToolBar bar, String text, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private static String names(List<? extends NamedElement> elements) {
		return String.join(", ", elements.stream().map(NamedElement::getName).toList());
	}

	private User selectedUser() {
		List<EObject> selected = users.selected();
		if (selected.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Users", "Select a user first.");
			return null;
		}
		return (User) selected.get(0);
	}

	/** Asks for the selected user's new password (the "Set password…" button). */
	public void setPassword() {
		User user = selectedUser();
		if (user == null) {
			return;
		}
		PasswordDialog dialog = new PasswordDialog(getSite().getShell(), user.getName());
		if (dialog.open() == Window.OK) {
			edit(() -> new SetPasswordOperation(session(), user, dialog.password()).execute());
		}
	}

	private void chooseRoles() {
		User user = selectedUser();
		if (user == null) {
			return;
		}
		List<Role> all = session().project().getRoles();
		ChoiceDialog<Role> dialog = new ChoiceDialog<>(getSite().getShell(), "Roles of " + user.getName(), all, Role::getName, user.getRoles());
		if (dialog.open() == Window.OK) {
			edit(() -> new SetFeatureOperation(session(), user, Literals.USER__ROLES, dialog.chosen()).execute());
		}
	}

	private void choosePermissions() {
		List<EObject> selected = roles.selected();
		if (selected.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Roles", "Select a role first.");
			return;
		}
		Role role = (Role) selected.get(0);
		ChoiceDialog<Permission> dialog = new ChoiceDialog<>(getSite().getShell(), "Permissions of " + role.getName(), Permission.VALUES,
				Permission::getName, role.getPermissions());
		if (dialog.open() == Window.OK) {
			edit(() -> new SetFeatureOperation(session(), role, Literals.ROLE__PERMISSIONS, dialog.chosen()).execute());
		}
	}

	private void addUser() {
		User user = TandemFactory.eINSTANCE.createUser();
		user.setName("newuser");
		edit(() -> new AddElementsOperation(session(), session().project(), Literals.PROJECT__USERS, List.of(user), "Add user").execute());
		users.refresh();
		users.select(user);
	}

	private void addRole() {
		Role role = TandemFactory.eINSTANCE.createRole();
		role.setName("NewRole");
		role.getPermissions().add(Permission.VIEW);
		edit(() -> new AddElementsOperation(session(), session().project(), Literals.PROJECT__ROLES, List.of(role), "Add role").execute());
		roles.refresh();
		roles.select(role);
	}

	@Override
	protected void refresh(Collection<?> affected) {
		users.refresh();
		roles.refresh();
	}

	@Override
	public void select(EObject element) {
		if (element instanceof User) {
			users.select(element);
		} else if (element instanceof Role) {
			roles.select(element);
		}
	}

	@Override
	public void setFocus() {
		users.viewer().getControl().setFocus();
	}

	static <T> List<T> copy(Collection<T> values) {
		return new ArrayList<>(values);
	}
}
