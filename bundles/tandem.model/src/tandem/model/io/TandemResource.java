package tandem.model.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.Driver;
import tandem.model.NamedElement;
import tandem.model.Node;
import tandem.model.Project;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.Topology;
import tandem.model.Variable;

/**
 * XMI resource whose references name their target ({@code variable="var/Tank1.Level"}) instead of EMF's
 * positional paths ({@code //@variables.12}), so inserting a variable does not rewrite every reference in the file
 * and project files stay readable and mergeable. Objects whose name is missing or not unique in their list fall
 * back to positional paths, so a save never writes an ambiguous reference.
 */
public class TandemResource extends XMIResourceImpl {

    private static final Object DUPLICATE = new Object();

    private Map<String, Object> index;

    public TandemResource(URI uri) {
        super(uri);
        setEncoding("UTF-8");
        getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 160);
        getDefaultSaveOptions().put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL, ParserPoolHolder.POOL);
        getDefaultLoadOptions().put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        getDefaultLoadOptions().put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
    }

    @Override
    public String getURIFragment(EObject eObject) {
        String key = key(eObject);
        if (key != null && lookup(key) == eObject) {
            return key;
        }
        return super.getURIFragment(eObject);
    }

    @Override
    public EObject getEObject(String uriFragment) {
        int slash = uriFragment.indexOf('/');
        if (slash > 0 && Kind.of(uriFragment.substring(0, slash)) != null) {
            Object found = lookup(uriFragment);
            return found instanceof EObject eObject ? eObject : null;
        }
        return super.getEObject(uriFragment);
    }

    /** Returns the object registered under key, rebuilding the index once when it is stale. */
    private Object lookup(String key) {
        if (index != null) {
            Object found = index.get(key);
            if (found instanceof Entry entry && entry.isCurrent(this)) {
                return entry.element;
            }
        }
        index = buildIndex();
        Object found = index.get(key);
        return found instanceof Entry entry ? entry.element : found;
    }

    /** An indexed element with the name it had when indexed, so a rename since then is noticed cheaply. */
    private record Entry(NamedElement element, String name) {
        boolean isCurrent(TandemResource resource) {
            return name.equals(element.getName()) && element.eResource() == resource;
        }
    }

    private Map<String, Object> buildIndex() {
        Map<String, Object> result = new HashMap<>();
        for (EObject root : getContents()) {
            if (root instanceof Project project) {
                addAll(result, project.getDrivers());
                addAll(result, project.getVariables());
                addAll(result, project.getAlarmClasses());
                addAll(result, project.getAlarmGroups());
                addAll(result, project.getRoles());
                addAll(result, project.getSymbols());
                addAll(result, project.getScreens());
                Topology topology = project.getTopology();
                if (topology != null) {
                    addAll(result, topology.getNodes());
                }
            }
        }
        return result;
    }

    private static void addAll(Map<String, Object> result, Iterable<? extends NamedElement> elements) {
        for (NamedElement element : elements) {
            String key = key(element);
            if (key != null) {
                result.merge(key, new Entry(element, element.getName()), (a, b) -> DUPLICATE);
            }
        }
    }

    /** The name-based fragment of a referencable element, or null when it has none. */
    static String key(EObject eObject) {
        Kind kind = Kind.of(eObject);
        if (kind == null) {
            return null;
        }
        String name = ((NamedElement) eObject).getName();
        if (name == null || name.isEmpty()) {
            return null;
        }
        return kind.prefix + "/" + encode(name);
    }

    /**
     * Percent-encodes what would break an IDREF list: whitespace and control characters, '%', '#' and ':' (EMF's
     * XML loader reads a token with ':' as a type name).
     */
    static String encode(String name) {
        if (name.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '%' && c != '#' && c != ':')) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= ' ' || c == '%' || c == '#' || c == ':' || c == 0x7F) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        // Non-ASCII bytes were appended as chars; re-decode them as UTF-8.
        return new String(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Kinds of elements other elements refer to, with the prefix used in the file. */
    enum Kind {
        DRIVER("driver", Driver.class), VARIABLE("var", Variable.class), ALARM_CLASS("alarmClass", AlarmClass.class),
        ALARM_GROUP("alarmGroup", AlarmGroup.class), ROLE("role", Role.class), SCREEN("screen", Screen.class),
        SYMBOL("symbol", SymbolDefinition.class), NODE("node", Node.class);

        final String prefix;
        final Class<?> type;

        Kind(String prefix, Class<?> type) {
            this.prefix = prefix;
            this.type = type;
        }

        static Kind of(String prefix) {
            for (Kind kind : values()) {
                if (kind.prefix.equals(prefix)) {
                    return kind;
                }
            }
            return null;
        }

        static Kind of(EObject eObject) {
            for (Kind kind : values()) {
                if (kind.type.isInstance(eObject)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** One parser pool per JVM is what EMF recommends; it only caches SAX parsers. */
    private static final class ParserPoolHolder {
        static final org.eclipse.emf.ecore.xmi.XMLParserPool POOL = new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();
    }
}
