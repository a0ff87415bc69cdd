package tandem.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator for bundles/tandem.model outside Eclipse and compares the result with the committed
 * src-gen/. The generator writes to platform:/resource/tandem.model/..., which is mapped to a scratch folder, so
 * a check never touches the working tree; only with regenerate=true is src-gen/ replaced.
 *
 * <p>Arguments: BUNDLE_DIR WORK_DIR REGENERATE(true|false).
 */
public final class ModelCodegen {

    private static final String PROJECT = "tandem.model";

    private ModelCodegen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ModelCodegen BUNDLE_DIR WORK_DIR REGENERATE, got " + Arrays.toString(args));
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Path.of(args[1]).toAbsolutePath().normalize();
        boolean regenerate = Boolean.parseBoolean(args[2]);

        deleteTree(work);
        Path generatedProject = work.resolve(PROJECT);
        Files.createDirectories(generatedProject);
        generate(bundle.resolve("model/tandem.genmodel"), generatedProject);

        Path fresh = generatedProject.resolve("src-gen");
        Path committed = bundle.resolve("src-gen");
        if (regenerate) {
            deleteTree(committed);
            copyTree(fresh, committed);
            System.out.println("[tandem codegen] regenerated " + committed);
            return;
        }
        List<String> drift = compare(fresh, committed);
        if (!drift.isEmpty()) {
            throw new IllegalStateException("Generated EMF code in " + committed + " is out of date with model/tandem.ecore / tandem.genmodel ("
                    + drift.size() + " file(s)):\n  " + String.join("\n  ", drift)
                    + "\nRegenerate with: ./mvnw -B -pl releng/tandem.model.codegen verify -Dtandem.regenerate=true");
        }
        System.out.println("[tandem codegen] " + committed + " matches the model");
    }

    private static void generate(Path genmodelFile, Path outputProject) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + PROJECT + "/", false),
                URI.createFileURI(outputProject.toString() + "/"));

        Resource resource = resourceSet.getResource(URI.createFileURI(genmodelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        // The committed .genmodel holds only the settings; complete it with one GenClass/GenFeature per model element.
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic validation = genModel.diagnose();
        failOnError("The genmodel " + genmodelFile + " is invalid", validation);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        failOnError("EMF code generation from " + genmodelFile + " failed", result);
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder text = new StringBuilder(what).append(':');
            appendDiagnostic(text, diagnostic, "\n  ");
            throw new IllegalStateException(text.toString());
        }
    }

    private static void appendDiagnostic(StringBuilder text, Diagnostic diagnostic, String indent) {
        if (diagnostic.getMessage() != null) {
            text.append(indent).append(diagnostic.getMessage());
        }
        if (diagnostic.getException() != null) {
            text.append(indent).append(diagnostic.getException());
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            appendDiagnostic(text, child, indent + "  ");
        }
    }

    /** Relative paths of files that are new, missing or different, sorted. */
    static List<String> compare(Path fresh, Path committed) throws IOException {
        Set<String> all = new TreeSet<>();
        all.addAll(relativeFiles(fresh));
        all.addAll(relativeFiles(committed));
        List<String> drift = new ArrayList<>();
        for (String name : all) {
            Path a = fresh.resolve(name);
            Path b = committed.resolve(name);
            if (!Files.exists(b)) {
                drift.add("missing in src-gen: " + name);
            } else if (!Files.exists(a)) {
                drift.add("not generated any more (delete it): " + name);
            } else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                drift.add("differs: " + name);
            }
        }
        return drift;
    }

    private static Set<String> relativeFiles(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
        }
        return names;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot copy " + source + " to " + to, e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
