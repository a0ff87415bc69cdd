package tandem.runtime.driver.modbus;

/**
 * One read request of a plan: {@code quantity} registers (or bits) of {@code area} from {@code offset}, answering
 * the tags {@code items[from..to)} of the plan's offset-sorted item list.
 */
record ReadBlock(Area area, int offset, int quantity, int from, int to) {

	int end() {
		return offset + quantity;
	}

	int items() {
		return to - from;
	}

	@Override
	public String toString() {
		return area.prefix + ":" + offset + "+" + quantity;
	}
}
