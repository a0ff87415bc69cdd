package tandem.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.ui.tests.EventLoop.settle;
import static tandem.studio.ui.tests.EventLoop.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tandem.model.LimitAlarm;
import tandem.model.Project;
import tandem.model.TandemPackage;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.redundancy.RedundantNode;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;
import tandem.runtime.redundancy.deploy.VersionStore;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.core.deploy.DeployPlan;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.deploy.ClusterView;
import tandem.studio.ui.deploy.DeployHandler;
import tandem.studio.ui.deploy.DeployWizard;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.ui.testsupport.Screenshots;

/**
 * Tier 3: the studio connected to a running pair (two runtime nodes of the demo in this JVM over SHARED_LOOPBACK):
 * the Cluster view lists both with role and version, the engineer changes an alarm limit, deploys it with the
 * wizard, and both nodes run version 2 while the view shows it. Screenshots: studio-cluster-view,
 * studio-deploy-changes, studio-deploy-result.
 */
class DeployWizardTest {

	private static final byte[] SECRET = "studio-deploy-test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
	private static Path dir;
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;
	private static final List<RedundantNode> nodes = new ArrayList<>();
	private static ClusterConnection connection;

	@BeforeAll
	static void aRunningPairAndTheStudioConnected() throws Exception {
		dir = Files.createTempDirectory("studio-deploy");
		Path file = dir.resolve("water-treatment.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		ClusterSettings settings = ClusterSettings.builder("studio-deploy-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(1000, 300, 200)
				.joinTimeoutMs(300).announceGraceMs(600).node(NodeSpec.server("alpha", 1))
				.node(NodeSpec.server("beta", 2)).node(NodeSpec.of("studio", NodeKind.STUDIO)).build();
		for (String name : List.of("alpha", "beta")) {
			Project p = new ProjectStore().load(file);
			VersionStore store = new VersionStore(dir.resolve(name));
			ProjectVersion v = Deployment.startingVersion(store, p, System.currentTimeMillis());
			RedundantNode n = new RedundantNode(new ProjectCompiler().compile(p), v.hash(), name, dir.resolve(name),
					settings, List.of(new SimulatorDriverFactory()), RedundantNode.Options.defaults());
			n.deployable(store, v, p);
			n.start();
			nodes.add(n);
		}
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
		CategoryEditors.open(page, session, Category.ALARMS, null);
		connection = ClusterConnection.open(settings, "studio");
		StudioPlugin.get().clusters().use(session, connection);
		waitFor(() -> nodes.get(0).role() == MemberRole.SERVER && nodes.get(1).role() == MemberRole.STANDBY
				&& nodes.get(1).member().aligned(), "alpha serves and beta stands by aligned");
		StudioPlugin.get().clusters().refreshVersions(session);
	}

	@AfterAll
	static void stopAll() {
		page.closeAllEditors(false);
		StudioPlugin.get().clusters().disconnect(session);
		new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
		nodes.forEach(RedundantNode::close);
	}

	@Test
	void theEngineerDeploysAChangedAlarmLimitAndTheClusterViewShowsVersionTwoOnBothNodes() throws Exception {
		ClusterView view = (ClusterView) page.showView(ClusterView.ID);
		Table members = table(view);
		waitFor(() -> rows(members).stream().filter(r -> r.contains("v1")).count() == 2,
				"the Cluster view lists alpha and beta on version 1: " + rows(members));
		assertTrue(rows(members).stream().anyMatch(r -> r.startsWith("alpha SERVER")), rows(members).toString());
		assertTrue(rows(members).stream().anyMatch(r -> r.startsWith("beta STANDBY")), rows(members).toString());
		Screenshots.save(window.getShell(), "studio-cluster-view");

		LimitAlarm tank = (LimitAlarm) session.project().getAlarms().stream()
				.filter(a -> a.getName().equals("Tank1.Level.Limits")).findFirst().orElseThrow();
		session.execute("Change limit", SetCommand.create(session.editingDomain(), tank.getHigh(),
				TandemPackage.Literals.LIMIT_DEFINITION__VALUE, 3.9));
		DeployPlan plan = DeployPlan.of(session.project(), connection.versions(10_000), Optional.empty());
		assertTrue(plan.changes().stream().anyMatch(c -> c.contains("'4.2' to '3.9'")), plan.changes().toString());
		WizardDialog dialog = DeployHandler.open(window.getShell(), session, connection, plan);
		settle();
		Screenshots.save(dialog.getShell(), "studio-deploy-changes");
		DeployWizard wizard = (DeployWizard) dialog.getCurrentPage().getWizard();
		dialog.showPage(dialog.getCurrentPage().getNextPage());
		dialog.showPage(dialog.getCurrentPage().getNextPage());
		wizard.typePassword("engineer");
		settle();
		assertTrue(wizard.canFinish(), "user and password given: Finish is enabled");
		wizard.performFinish();
		settle();
		assertTrue(wizard.outcome().active(), wizard.outcome().message() + " " + wizard.outcome().lines());
		assertEquals(2, wizard.outcome().version());
		waitFor(() -> nodes.stream().allMatch(n -> n.deployment().active().number() == 2), "both nodes run v2");
		Screenshots.save(dialog.getShell(), "studio-deploy-result");
		dialog.close();
		waitFor(() -> rows(members).stream().filter(r -> r.contains("v2")).count() == 2,
				"the Cluster view shows version 2 on alpha and beta: " + rows(members));
		Screenshots.save(window.getShell(), "studio-cluster-view-after-deploy");
		for (RedundantNode n : nodes) {
			assertEquals(3.9, n.configuration().alarms().stream().filter(d -> d.variable().equals("Tank1.Level")
					&& d.kind() == tandem.runtime.core.config.AlarmDefinition.Kind.HIGH).findFirst().orElseThrow()
					.limit(), 1e-9, n.name());
		}
	}

	private static Table table(ClusterView view) {
		return findTable(view.getSite().getShell(), view);
	}

	private static Table findTable(org.eclipse.swt.widgets.Shell shell, ClusterView view) {
		return view.membersTable();
	}

	private static List<String> rows(Table t) {
		List<String> out = new ArrayList<>();
		for (var item : t.getItems()) {
			StringBuilder b = new StringBuilder();
			for (int c = 0; c < t.getColumnCount(); c++) {
				b.append(c == 0 ? "" : " ").append(item.getText(c));
			}
			out.add(b.toString());
		}
		return out;
	}
}
