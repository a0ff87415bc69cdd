package tandem.model.validation;

import java.util.List;

import tandem.model.Group;
import tandem.model.Image;
import tandem.model.Line;
import tandem.model.Polyline;
import tandem.model.Project;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.model.SymbolInstance;
import tandem.model.symbol.SymbolExpansion;

/** Screens: size, grid, exactly one start screen, elements inside their screen, group or symbol, element geometry. */
final class ScreenRules {

    private final Problems problems;
    private final BindingRules bindings;

    private final SymbolInstanceRules instances;

    ScreenRules(Problems problems) {
        this.problems = problems;
        this.bindings = new BindingRules(problems);
        this.instances = new SymbolInstanceRules(problems, bindings);
    }

    void checkStartScreen() {
        Project project = problems.project();
        long startScreens = project.getScreens().stream().filter(Screen::isStart).count();
        if (!project.getScreens().isEmpty() && startScreens == 0) {
            problems.error(project, "no screen is marked as start screen");
        } else if (startScreens > 1) {
            problems.error(project, startScreens + " screens are marked as start screen; exactly one may be");
        }
    }

    void checkScreen(Screen screen) {
        if (screen.getWidth() < 1 || screen.getHeight() < 1) {
            problems.error(screen, "size " + screen.getWidth() + " x " + screen.getHeight() + " is empty");
        }
        if (screen.getGridStep() < 1) {
            problems.error(screen, "grid step " + screen.getGridStep() + " must be at least 1");
        }
        checkElements(screen.getElements(), screen.getWidth(), screen.getHeight(), "screen '" + screen.getName() + "'", false);
    }

    /**
     * Geometry of every element, and unless inSymbol the bindings and symbol instances too: inside a symbol's
     * definition variables are named with placeholders, checked in each instance's expansion instead.
     */
    void checkElements(List<ScreenElement> elements, int width, int height, String container, boolean inSymbol) {
        for (ScreenElement element : elements) {
            checkGeometry(element, width, height, container);
            if (element instanceof SymbolInstance instance) {
                instances.check(instance, inSymbol);
            } else if (!inSymbol) {
                bindings.check(element);
            }
            if (element instanceof Group group) {
                checkElements(group.getChildren(), group.getWidth(), group.getHeight(), "group '" + group.getName() + "'", inSymbol);
            }
        }
    }

    private void checkGeometry(ScreenElement element, int width, int height, String container) {
        int[] size = element instanceof SymbolInstance instance ? SymbolExpansion.placedSize(instance)
                : new int[] { element.getWidth(), element.getHeight() };
        int x1 = element.getX();
        int y1 = element.getY();
        int x2 = x1 + size[0];
        int y2 = y1 + size[1];
        if (element instanceof Line) {
            x1 = Math.min(x1, x2);
            x2 = Math.max(element.getX(), x2);
            y1 = Math.min(y1, y2);
            y2 = Math.max(element.getY(), y2);
            if (x1 == x2 && y1 == y2) {
                problems.error(element, "line has no length");
            }
        } else if (size[0] < 1 || size[1] < 1) {
            problems.error(element, "size " + size[0] + " x " + size[1] + " is empty");
            return;
        }
        if (x1 < 0 || y1 < 0 || x2 > width || y2 > height) {
            problems.error(element, "lies outside its " + container + " (" + width + " x " + height + "): spans (" + x1 + ", " + y1
                    + ") to (" + x2 + ", " + y2 + ")");
        }
        if (element.getLineWidth() < 0) {
            problems.error(element, "line width " + element.getLineWidth() + " is negative");
        }
        if (element instanceof Polyline polyline) {
            checkPoints(polyline);
        }
        if (element instanceof Image image && (image.getSymbol() == null || image.getSymbol().isBlank())) {
            problems.error(element, "names no image or symbol file");
        }
    }

    private void checkPoints(Polyline polyline) {
        String points = polyline.getPoints() == null ? "" : polyline.getPoints().trim();
        String[] pairs = points.isEmpty() ? new String[0] : points.split("\\s+");
        if (pairs.length < 2) {
            problems.error(polyline, "needs at least two points \"x,y x,y\", has '" + points + "'");
            return;
        }
        for (String pair : pairs) {
            String[] xy = pair.split(",");
            try {
                int x = Integer.parseInt(xy[0]);
                int y = Integer.parseInt(xy[1]);
                if (xy.length != 2 || x < 0 || y < 0 || x > polyline.getWidth() || y > polyline.getHeight()) {
                    problems.error(polyline, "point '" + pair + "' lies outside the element's " + polyline.getWidth() + " x "
                            + polyline.getHeight() + " box");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                problems.error(polyline, "point '" + pair + "' is not of the form x,y");
            }
        }
    }
}
