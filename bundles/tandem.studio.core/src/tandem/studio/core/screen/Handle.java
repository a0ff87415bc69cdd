package tandem.studio.core.screen;

/**
 * The eight resize handles of a selection. Dragging one moves the edges it sits on; with the aspect ratio kept
 * (Shift), a corner scales both sides by the larger change and a side handle scales the other side with it.
 */
public enum Handle {
	NW(-1, -1), N(0, -1), NE(1, -1), E(1, 0), SE(1, 1), S(0, 1), SW(-1, 1), W(-1, 0);

	/** -1: moves the left (top) edge, 1: the right (bottom) edge, 0: neither. */
	private final int sx;
	private final int sy;

	Handle(int sx, int sy) {
		this.sx = sx;
		this.sy = sy;
	}

	public int sx() {
		return sx;
	}

	public int sy() {
		return sy;
	}

	/** Where the handle is drawn on box: its centre point. */
	public int[] centre(Box b) {
		return new int[] { b.x() + (sx + 1) * b.width() / 2, b.y() + (sy + 1) * b.height() / 2 };
	}

	/** The box after dragging this handle of start by (dx, dy); never smaller than 1 x 1, never flipped. */
	public Box resize(Box start, int dx, int dy, boolean keepAspect) {
		int left = start.x();
		int top = start.y();
		int right = start.right();
		int bottom = start.bottom();
		int w = start.width() + sx * dx;
		int h = start.height() + sy * dy;
		if (keepAspect && start.width() > 0 && start.height() > 0) {
			double ratio = start.width() / (double) start.height();
			if (sx != 0 && (sy == 0 || Math.abs(w / (double) start.width()) >= Math.abs(h / (double) start.height()))) {
				h = (int) Math.round(w / ratio);
			} else {
				w = (int) Math.round(h * ratio);
			}
		}
		w = Math.max(1, w);
		h = Math.max(1, h);
		int x = sx < 0 ? right - w : sx > 0 ? left : keepAspect ? start.centreX() - w / 2 : left;
		int y = sy < 0 ? bottom - h : sy > 0 ? top : keepAspect ? start.centreY() - h / 2 : top;
		if (sx == 0 && !keepAspect) {
			w = start.width();
		}
		if (sy == 0 && !keepAspect) {
			h = start.height();
		}
		return new Box(x, y, w, h);
	}
}
