package tandem.runtime.driver.modbus;

/**
 * The four Modbus data areas. Each has its own zero-based address space (PDU offsets 0..65535), its own read
 * function and its protocol limit per read request: 125 registers (FC03/FC04) or 2000 bits (FC01/FC02).
 */
enum Area {
	COILS("CO", 0, 2000, true, true), DISCRETE_INPUTS("DI", 1, 2000, true, false),
	INPUT_REGISTERS("IR", 3, 125, false, false), HOLDING_REGISTERS("HR", 4, 125, false, true);

	/** Prefix of the offset syntax, e.g. {@code HR:12}. */
	final String prefix;
	/** Leading digit of the Modicon syntax, e.g. 4 in {@code 40001}. */
	final int modiconDigit;
	/** The protocol's maximum quantity per read request. */
	final int protocolMaximum;
	final boolean bits;
	final boolean writable;

	Area(String prefix, int modiconDigit, int protocolMaximum, boolean bits, boolean writable) {
		this.prefix = prefix;
		this.modiconDigit = modiconDigit;
		this.protocolMaximum = protocolMaximum;
		this.bits = bits;
		this.writable = writable;
	}
}
