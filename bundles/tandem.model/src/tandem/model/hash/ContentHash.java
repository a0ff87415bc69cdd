package tandem.model.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.Project;

/**
 * SHA-256 over a canonical form of a project: every element in containment order with every feature's value
 * (defaults included, so writing or omitting a default in the file does not matter), references written as the
 * target's position in the project. XMI layout, whitespace and reference syntax do not enter the hash; list order
 * does, because it is kept by save and load. Nodes compare this hash to make sure they run the same project.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of the project's canonical form. */
    public static String of(Project project) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
        new Canonical(digest).element(project);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final class Canonical {
        private final MessageDigest digest;

        Canonical(MessageDigest digest) {
            this.digest = digest;
        }

        void element(EObject element) {
            text("{" + element.eClass().getName());
            for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived()) {
                    continue;
                }
                text(feature.getName());
                if (feature instanceof EAttribute attribute) {
                    attribute(element, attribute);
                } else {
                    reference(element, (EReference) feature);
                }
            }
            text("}");
        }

        private void attribute(EObject element, EAttribute attribute) {
            Object value = element.eGet(attribute);
            if (attribute.isMany()) {
                List<?> values = (List<?>) value;
                text("[" + values.size());
                for (Object v : values) {
                    text(EcoreUtil.convertToString(attribute.getEAttributeType(), v));
                }
            } else {
                text(value == null ? "\u0000null" : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
            }
        }

        private void reference(EObject element, EReference reference) {
            Object value = element.eGet(reference, false);
            List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            text("[" + targets.size());
            for (Object target : targets) {
                if (reference.isContainment()) {
                    element((EObject) target);
                } else {
                    text(position((EObject) target));
                }
            }
        }

        /** "/variables.3/..." within the project; proxies and foreign objects by their URI. */
        private static String position(EObject target) {
            if (target.eIsProxy()) {
                return "proxy:" + ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI();
            }
            StringBuilder path = new StringBuilder();
            for (EObject e = target; e.eContainer() != null; e = e.eContainer()) {
                EReference feature = e.eContainmentFeature();
                String segment = feature.isMany()
                        ? feature.getName() + "." + ((List<?>) e.eContainer().eGet(feature)).indexOf(e)
                        : feature.getName();
                path.insert(0, "/" + segment);
            }
            return path.length() == 0 ? "/" : path.toString();
        }

        private void text(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            int n = bytes.length;
            digest.update(new byte[] { (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n });
            digest.update(bytes);
        }
    }
}
