package tandem.hmi;

/** The kinds of drawn element, one painter each. A group is not drawn itself: its children are. */
public enum ElementKind {
	RECTANGLE, ELLIPSE, LINE, POLYLINE, TEXT, NUMERIC, BAR_GRAPH, BUTTON, TREND, ALARM_LIST, CEL_LIST, IMAGE, GROUP
}
