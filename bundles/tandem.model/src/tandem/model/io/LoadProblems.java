package tandem.model.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import tandem.model.naming.ElementPath;

/** Turns EMF/SAX load failures into lines "file:line:column: element: problem". */
final class LoadProblems {

    private LoadProblems() {
    }

    static List<String> describe(Path file, Resource resource, Throwable failure) {
        Set<String> problems = new LinkedHashSet<>(describeDiagnostics(file, resource.getErrors()));
        if (problems.isEmpty()) {
            problems.add(describeThrowable(file, failure));
        }
        return new ArrayList<>(problems);
    }

    static List<String> describeDiagnostics(Path file, List<Resource.Diagnostic> diagnostics) {
        List<String> problems = new ArrayList<>();
        for (Resource.Diagnostic diagnostic : diagnostics) {
            problems.add(location(file, diagnostic.getLine(), diagnostic.getColumn()) + explain(diagnostic));
        }
        return problems;
    }

    private static String describeThrowable(Path file, Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof SAXParseException sax) {
                return location(file, sax.getLineNumber(), sax.getColumnNumber()) + "not a well-formed XML file: " + sax.getMessage();
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return location(file, diagnostic.getLine(), diagnostic.getColumn()) + explain(diagnostic);
            }
            Throwable next = cause instanceof WrappedException wrapped ? wrapped.exception() : cause.getCause();
            if (next == cause) {
                break;
            }
            cause = next;
        }
        return file + ": " + failure;
    }

    private static String location(Path file, int line, int column) {
        return line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
    }

    private static String explain(Resource.Diagnostic diagnostic) {
        if (diagnostic instanceof FeatureNotFoundException e) {
            return owner(e.getObject()) + "unknown attribute or element '" + e.getName() + "'";
        }
        if (diagnostic instanceof IllegalValueException e) {
            return owner(e.getObject()) + "'" + e.getValue() + "' is not a valid value for '" + e.getFeature().getName() + "'";
        }
        if (diagnostic instanceof UnresolvedReferenceException e) {
            String feature = e.getFeature() == null ? "reference" : e.getFeature().getName();
            return owner(e.getObject()) + feature + " refers to '" + e.getReference() + "', which does not exist";
        }
        if (diagnostic instanceof ClassNotFoundException e) {
            return "unknown element type '" + e.getName() + "'";
        }
        if (diagnostic instanceof PackageNotFoundException e) {
            return "not a Tandem project file: unknown namespace '" + e.uri() + "' (expected http://tandem/model/1.0)";
        }
        if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException sax) {
            return "not a well-formed XML file: " + sax.getMessage();
        }
        if (diagnostic instanceof XMIException e && e.getCause() != null && e.getCause() != e) {
            return String.valueOf(e.getCause().getMessage());
        }
        return diagnostic.getMessage();
    }

    private static String owner(Object object) {
        return object instanceof EObject eObject ? ElementPath.of(eObject) + ": " : "";
    }
}
