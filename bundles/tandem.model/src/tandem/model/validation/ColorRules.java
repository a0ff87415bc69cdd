package tandem.model.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Every colour attribute (foreground, background, *Color) holds "#RRGGBB" when set. The colour attributes are
 * found once per element type: a large project has hundreds of thousands of elements, most without colours.
 */
final class ColorRules {

    private final Problems problems;
    private final Map<EClass, List<EAttribute>> colorAttributes = new HashMap<>();

    ColorRules(Problems problems) {
        this.problems = problems;
    }

    /** The colours of element and everything it contains. */
    void checkTree(EObject element) {
        checkOne(element);
        for (Iterator<EObject> it = element.eAllContents(); it.hasNext();) {
            checkOne(it.next());
        }
    }

    private void checkOne(EObject element) {
        for (EAttribute attribute : colorAttributes.computeIfAbsent(element.eClass(), ColorRules::colorAttributesOf)) {
            Object value = element.eGet(attribute);
            if (value != null && !isRgb((String) value)) {
                problems.error(element, attribute.getName() + " '" + value + "' is not a colour of the form #RRGGBB");
            }
        }
    }

    private static List<EAttribute> colorAttributesOf(EClass type) {
        return type.getEAllAttributes().stream().filter(ColorRules::isColor).toList();
    }

    /** "#RRGGBB" with hexadecimal digits. */
    static boolean isRgb(String value) {
        if (value.length() != 7 || value.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isColor(EAttribute attribute) {
        String name = attribute.getName();
        return name.equals("foreground") || name.equals("background") || name.endsWith("Color") || name.equals("color");
    }
}
