package tandem.runtime.driver.modbus;

import java.util.Locale;

import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * Where a variable lives in a Modbus device. Two spellings, both stating their convention:
 * <ul>
 * <li><b>area and zero-based offset</b> — {@code HR:0} is the first holding register, the PDU address 0 the
 * request carries; areas {@code HR} holding registers, {@code IR} input registers, {@code CO} coils, {@code DI}
 * discrete inputs;</li>
 * <li><b>Modicon numbers</b> as device manuals print them, one-based: {@code 40001} is {@code HR:0}, {@code 30001}
 * {@code IR:0}, {@code 00001} {@code CO:0}, {@code 10001} {@code DI:0}; six digits ({@code 400001..465536}) reach
 * every offset.</li>
 * </ul>
 * Registers may add {@code .bit} (0..15, 0 = least significant of the register as the protocol carries it, the
 * device's word order does not apply) for one bit of a register, and {@code :type} for
 * the data type ({@code int16 uint16 int32 uint32 float32 float64}); without a type an INT variable is int16, a
 * FLOAT variable float32 and a BOOL variable "register not 0". Examples: {@code HR:100:float32},
 * {@code 40101:float32} (the same register), {@code HR:7.3}, {@code CO:12}.
 */
record ModbusAddress(Area area, int offset, DataType type, int bit) {

	/** Registers or bits this address occupies from {@link #offset()}. */
	int length() {
		return area.bits ? 1 : type.registers;
	}

	int end() {
		return offset + length();
	}

	@Override
	public String toString() {
		String base = area.prefix + ":" + offset;
		if (type == DataType.BIT) {
			return base + "." + bit;
		}
		return area.bits || type == DataType.BOOL ? base : base + ":" + type.label();
	}

	static ModbusAddress parse(DriverTag tag) {
		String text = tag.address().trim();
		try {
			return parse(text, tag.type());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("variable " + tag.variable() + ": Modbus address '" + tag.address()
					+ "' " + e.getMessage(), e);
		}
	}

	private static ModbusAddress parse(String text, TagType tagType) {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("is empty (examples: HR:0, 40001, HR:10:float32, HR:7.3, CO:12)");
		}
		String location = text;
		String typeName = null;
		int colon = text.lastIndexOf(':');
		if (colon > 0 && colon + 1 < text.length() && Character.isLetter(text.charAt(colon + 1))) {
			location = text.substring(0, colon);
			typeName = text.substring(colon + 1).trim();
		}
		int bit = -1;
		int dot = location.indexOf('.');
		if (dot >= 0) {
			bit = number(location.substring(dot + 1), "bit");
			location = location.substring(0, dot);
			if (bit > 15) {
				throw new IllegalArgumentException("has bit " + bit + "; a register has bits 0..15");
			}
		}
		Area area;
		int offset;
		int areaColon = location.indexOf(':');
		if (areaColon >= 0) {
			area = area(location.substring(0, areaColon).trim());
			offset = number(location.substring(areaColon + 1).trim(), "offset");
		} else {
			int[] modicon = modicon(location.trim());
			area = areaOfDigit(modicon[0]);
			offset = modicon[1];
		}
		if (offset > 65535) {
			throw new IllegalArgumentException("has offset " + offset + "; Modbus offsets are 0..65535");
		}
		DataType type = type(area, typeName, bit, tagType);
		if (offset + (area.bits ? 1 : type.registers) > 65536) {
			throw new IllegalArgumentException("runs past the last register 65535");
		}
		return new ModbusAddress(area, offset, type, Math.max(bit, 0));
	}

	private static DataType type(Area area, String typeName, int bit, TagType tagType) {
		if (tagType == TagType.STRING) {
			throw new IllegalArgumentException("is for a STRING variable; Modbus variables are BOOL, INT or FLOAT");
		}
		if (area.bits) {
			if (typeName != null || bit >= 0) {
				throw new IllegalArgumentException("is a coil or discrete input: one bit, without type or .bit");
			}
			return DataType.BOOL;
		}
		if (bit >= 0) {
			if (typeName != null) {
				throw new IllegalArgumentException("has both a bit and a type");
			}
			return DataType.BIT;
		}
		if (typeName == null) {
			return switch (tagType) {
			case BOOL -> DataType.BOOL;
			case INT -> DataType.INT16;
			default -> DataType.FLOAT32;
			};
		}
		DataType type;
		try {
			type = DataType.valueOf(typeName.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			type = null;
		}
		if (type == null || type == DataType.BOOL || type == DataType.BIT) {
			throw new IllegalArgumentException("has unknown type '" + typeName + "' (known: " + DataType.known() + ")");
		}
		return type;
	}

	private static Area area(String prefix) {
		for (Area a : Area.values()) {
			if (a.prefix.equalsIgnoreCase(prefix)) {
				return a;
			}
		}
		throw new IllegalArgumentException("has unknown area '" + prefix + "' (known: HR, IR, CO, DI)");
	}

	/** {@code [digit, offset]} of a five- or six-digit Modicon number. */
	private static int[] modicon(String digits) {
		if (!digits.matches("\\d{5,6}")) {
			throw new IllegalArgumentException("is neither AREA:OFFSET (e.g. HR:0) nor a five- or six-digit Modicon"
					+ " number (e.g. 40001)");
		}
		int digit = digits.charAt(0) - '0';
		int number = Integer.parseInt(digits.substring(1));
		if (number == 0) {
			throw new IllegalArgumentException("counts from 1: " + digit + "0001 is offset 0");
		}
		return new int[] { digit, number - 1 };
	}

	private static Area areaOfDigit(int digit) {
		for (Area a : Area.values()) {
			if (a.modiconDigit == digit) {
				return a;
			}
		}
		throw new IllegalArgumentException("starts with " + digit + "; Modicon numbers start with 0 (coils), 1"
				+ " (discrete inputs), 3 (input registers) or 4 (holding registers)");
	}

	private static int number(String text, String what) {
		try {
			int n = Integer.parseInt(text.trim());
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("has " + what + " '" + text + "', which is not a number >= 0", e);
		}
	}
}
