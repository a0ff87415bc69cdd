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
import java.util.UUID;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tandem.hmi.ShownQuality;
import tandem.model.Project;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.redundancy.RedundantNode;
import tandem.studio.core.Category;
import tandem.studio.core.CloseProjectOperation;
import tandem.studio.core.OpenProjectOperation;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.ui.StudioPlugin;
import tandem.studio.ui.editors.CategoryEditors;
import tandem.studio.ui.screens.ScreensEditor;
import tandem.ui.testsupport.Screenshots;

/**
 * The screen editor's preview from a running pair (alpha serves, beta stands by, in this JVM over SHARED_LOOPBACK):
 * with the studio connected, the preview takes the cluster by itself and says whom it reads, follows beta after
 * alpha is closed, and draws the last values stale when no server is left. Screenshots: screen-editor-preview-cluster,
 * screen-editor-preview-cluster-lost.
 */
class ScreenPreviewClusterTest {

	private static final byte[] SECRET = "studio-preview-ui-secret-0123456789".getBytes(StandardCharsets.UTF_8);
	private static ProjectSession session;
	private static IWorkbenchWindow window;
	private static IWorkbenchPage page;
	private static ScreensEditor editor;
	private static final List<RedundantNode> nodes = new ArrayList<>();

	@BeforeAll
	static void aRunningPairAndTheOverviewOpen() throws Exception {
		Path dir = Files.createTempDirectory("studio-preview-cluster");
		Path file = dir.resolve("water-treatment.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		ClusterSettings settings = ClusterSettings.builder("studio-preview-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(1000, 300, 200)
				.joinTimeoutMs(300).announceGraceMs(600).node(NodeSpec.server("alpha", 1))
				.node(NodeSpec.server("beta", 2)).node(NodeSpec.of("studio", NodeKind.STUDIO)).build();
		for (String name : List.of("alpha", "beta")) {
			Project p = new ProjectStore().load(file);
			RedundantNode n = new RedundantNode(new ProjectCompiler().compile(p), ContentHash.of(p), name,
					dir.resolve(name), settings, List.of(new SimulatorDriverFactory()), RedundantNode.Options.defaults());
			n.start();
			nodes.add(n);
		}
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		window.getShell().setSize(1280, 1000);
		session = new OpenProjectOperation(StudioPlugin.get().workspace(), file).execute();
		editor = (ScreensEditor) CategoryEditors.open(page, session, Category.SCREENS, null);
		settle();
		editor.fit();
		waitFor(() -> nodes.get(0).role() == MemberRole.SERVER && nodes.get(1).role() == MemberRole.STANDBY,
				"alpha serves and beta stands by");
		StudioPlugin.get().clusters().use(session, ClusterConnection.open(settings, "studio"));
	}

	@AfterAll
	static void stopAll() {
		editor.setPreview(false);
		page.closeAllEditors(false);
		StudioPlugin.get().clusters().disconnect(session);
		new CloseProjectOperation(StudioPlugin.get().workspace(), session, true).execute();
		nodes.forEach(RedundantNode::close);
	}

	private static String texts() {
		return String.join("|", editor.picture().elements().stream().map(e -> String.valueOf(e.text())).toList());
	}

	@Test
	void thePreviewShowsTheClustersLiveValuesFollowsTheStandbyAndMarksThemStaleWhenNoServerIsLeft() throws Exception {
		waitFor(() -> editor.previewState().startsWith("cluster reachable"), "the cluster is offered: " + editor.previewState());
		editor.setPreview(true);
		settle();
		waitFor(() -> editor.previewState().startsWith("Live from alpha (SERVER, epoch ")
				&& editor.picture().element("intakeFlow").quality() == ShownQuality.GOOD,
				"live from alpha: " + editor.previewState());
		assertTrue(editor.readoutText().startsWith("PREVIEW — live values from alpha (SERVER), read-only"),
				editor.readoutText());
		String first = texts();
		waitFor(() -> !texts().equals(first), "the shown values move (were " + first + ")");
		settle();
		Path png = Screenshots.save(window.getShell(), "screen-editor-preview-cluster");
		assertTrue(Screenshots.distinctColours(png) > 20);

		nodes.get(0).close();
		waitFor(() -> editor.previewState().startsWith("Live from beta (SERVER, epoch "), "live from beta: "
				+ editor.previewState());
		nodes.get(1).close();
		waitFor(() -> editor.previewState().contains("last values shown stale")
				&& editor.picture().element("intakeFlow").quality() == ShownQuality.STALE,
				"stale without a server: " + editor.previewState());
		settle();
		waitFor(() -> editor.readoutText().startsWith("PREVIEW — cluster not reachable"), editor.readoutText());
		Screenshots.save(window.getShell(), "screen-editor-preview-cluster-lost");

		editor.choosePreviewSource(false);
		settle();
		assertTrue(editor.previewing());
		assertTrue(editor.previewState().startsWith("simulating "), editor.previewState());
		assertEquals(ShownQuality.GOOD, editor.picture().element("intakeFlow").quality());
	}
}
