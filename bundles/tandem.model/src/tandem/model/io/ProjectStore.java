package tandem.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.Project;

/**
 * Loads and saves .tandem project files (XMI). Load returns a complete project or throws a {@link LoadException};
 * save writes a temporary file next to the target and renames it, so a crash never leaves a half-written project.
 */
public class ProjectStore {

    /** Loads the project in file into a fresh resource set. */
    public Project load(Path file) throws LoadException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new LoadException(file, List.of(file + ": no such file"), null);
        }
        Resource resource = TandemResources.newResourceSet().createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            List<String> problems = LoadProblems.describe(file, resource, e);
            resource.unload();
            throw new LoadException(file, problems, e);
        }
        Project project = checkContents(file, resource);
        return project;
    }

    /** Loads from bytes (e.g. a project received over the network); name is used in messages. */
    public Project load(byte[] content, String name) throws LoadException {
        Path file = Path.of(name);
        Resource resource = TandemResources.newResourceSet().createResource(URI.createURI("memory:/" + name));
        try {
            resource.load(new java.io.ByteArrayInputStream(content), null);
        } catch (IOException | RuntimeException e) {
            List<String> problems = LoadProblems.describe(file, resource, e);
            resource.unload();
            throw new LoadException(file, problems, e);
        }
        return checkContents(file, resource);
    }

    private Project checkContents(Path file, Resource resource) throws LoadException {
        List<String> problems = new ArrayList<>(LoadProblems.describeDiagnostics(file, resource.getErrors()));
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Project)) {
            problems.add(file + ": expected exactly one <tandem:Project> root element, found "
                    + resource.getContents().stream().map(o -> o.eClass().getName()).toList());
        }
        Map<EObject, ?> proxies = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        for (EObject owner : proxies.keySet()) {
            problems.add(file + ": " + tandem.model.naming.ElementPath.of(owner)
                    + ": refers to an element in another file; a project is a single file");
        }
        if (!problems.isEmpty()) {
            resource.unload();
            throw new LoadException(file, problems, null);
        }
        return (Project) resource.getContents().get(0);
    }

    /** The file content save would write, e.g. to send a project to a server. */
    public byte[] toBytes(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(project, out, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot serialize project '" + project.getName() + "'", e);
        }
        return out.toByteArray();
    }

    /**
     * Saves project to file atomically. A project without a resource is attached to a new one for file; a project
     * in a foreign resource is saved from a copy so its resource is left untouched.
     */
    public void save(Project project, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            keepPermissions(absolute, temp);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                write(project, out, absolute);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temp file is private (rw-------); the saved project keeps the old file's permissions, or gets rw-r--r--. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    private void write(Project project, OutputStream out, Path target) throws IOException {
        Resource resource = project.eResource();
        if (resource == null) {
            URI uri = target == null ? URI.createURI("memory:/project.tandem") : URI.createFileURI(target.toString());
            resource = TandemResources.newResourceSet().createResource(uri);
            resource.getContents().add(project);
        } else if (!(resource instanceof TandemResource)) {
            resource = TandemResources.newResourceSet().createResource(URI.createURI("memory:/project.tandem"));
            resource.getContents().add(EcoreUtil.copy(project));
        }
        resource.save(out, null);
    }
}
