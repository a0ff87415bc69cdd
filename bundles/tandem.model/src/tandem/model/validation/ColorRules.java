package tandem.model.validation;

import java.util.Iterator;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/** Every colour attribute (foreground, background, *Color) holds "#RRGGBB" when set. */
final class ColorRules {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private final Problems problems;

    ColorRules(Problems problems) {
        this.problems = problems;
    }

    void check() {
        for (Iterator<EObject> it = problems.project().eAllContents(); it.hasNext();) {
            EObject element = it.next();
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (isColor(attribute)) {
                    Object value = element.eGet(attribute);
                    if (value != null && !COLOR.matcher((String) value).matches()) {
                        problems.error(element, attribute.getName() + " '" + value + "' is not a colour of the form #RRGGBB");
                    }
                }
            }
        }
    }

    private static boolean isColor(EAttribute attribute) {
        String name = attribute.getName();
        return name.equals("foreground") || name.equals("background") || name.endsWith("Color") || name.equals("color");
    }
}
