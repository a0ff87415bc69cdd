package tandem.runtime.driver.modbus;

import java.util.Locale;

/** How a value is stored in registers (or as one bit), named as in the address syntax ({@code :float32}). */
enum DataType {
	BOOL(1), BIT(1), INT16(1), UINT16(1), INT32(2), UINT32(2), FLOAT32(2), FLOAT64(4);

	/** Registers (for register areas) the value occupies; one bit in a bit area. */
	final int registers;

	DataType(int registers) {
		this.registers = registers;
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	static String known() {
		return "int16, uint16, int32, uint32, float32, float64";
	}
}
