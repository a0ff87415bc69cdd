package tandem.runtime.driver.modbus;

import java.nio.ByteBuffer;

import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * Turns register bytes into the variable's data and back, for one device's {@link WordOrder}. Data follows the
 * variable's type: an INT variable on a float register is rounded, a FLOAT variable on an integer register is
 * the integer as a number, a BOOL variable is "not 0".
 */
final class RegisterCodec {

	private final WordOrder order;

	RegisterCodec(WordOrder order) {
		this.order = order;
	}

	/** The value at {@code address} in {@code wire}, the bytes of registers starting at {@code wireOffset}. */
	Object decode(byte[] wire, int wireOffset, ModbusAddress address, TagType variableType) {
		int from = 2 * (address.offset() - wireOffset);
		if (address.type() == DataType.BIT) { // a bit of the register as the protocol carries it, as a mask write
			int register = (wire[from] & 0xff) << 8 | wire[from + 1] & 0xff;
			return typed((register >> address.bit()) & 1, variableType);
		}
		byte[] value = order.arrange(wire, from, address.type().registers);
		ByteBuffer b = ByteBuffer.wrap(value);
		return switch (address.type()) {
		case BOOL, UINT16, BIT -> typed(b.getShort() & 0xffff, variableType);
		case INT16 -> typed(b.getShort(), variableType);
		case INT32 -> typed(b.getInt(), variableType);
		case UINT32 -> typed(b.getInt() & 0xffff_ffffL, variableType);
		case FLOAT32 -> typed((double) b.getFloat(), variableType);
		case FLOAT64 -> typed(b.getDouble(), variableType);
		};
	}

	private static Object typed(long exact, TagType variableType) {
		return switch (variableType) {
		case BOOL -> exact != 0;
		case FLOAT -> (double) exact;
		default -> exact;
		};
	}

	private static Object typed(double number, TagType variableType) {
		return switch (variableType) {
		case BOOL -> number != 0;
		case INT -> Math.round(number);
		default -> number;
		};
	}

	/** The registers (device order) that hold {@code data} as {@code address}'s type; not for bits. */
	byte[] encode(Object data, ModbusAddress address, String variable) {
		double number = number(data, variable);
		ByteBuffer b = ByteBuffer.allocate(address.type().registers * 2);
		switch (address.type()) {
		case BOOL -> b.putShort((short) (number != 0 ? 1 : 0));
		case INT16 -> b.putShort((short) checked(number, Short.MIN_VALUE, Short.MAX_VALUE, address, variable));
		case UINT16 -> b.putShort((short) checked(number, 0, 0xffff, address, variable));
		case INT32 -> b.putInt((int) checked(number, Integer.MIN_VALUE, Integer.MAX_VALUE, address, variable));
		case UINT32 -> b.putInt((int) checked(number, 0, 0xffff_ffffL, address, variable));
		case FLOAT32 -> b.putFloat((float) number);
		case FLOAT64 -> b.putDouble(number);
		case BIT -> throw new IllegalStateException("a bit is written with a mask, not as registers");
		}
		return order.arrange(b.array(), 0, address.type().registers);
	}

	static double number(Object data, String variable) {
		if (data instanceof Boolean bool) {
			return bool ? 1 : 0;
		}
		if (data instanceof Number n) {
			return n.doubleValue();
		}
		throw new IllegalArgumentException("variable " + variable + ": cannot write " + data + " to a Modbus device,"
				+ " it takes numbers and booleans");
	}

	private static long checked(double number, long min, long max, ModbusAddress address, String variable) {
		long rounded = Math.round(number);
		if (rounded < min || rounded > max) {
			throw new IllegalArgumentException("variable " + variable + ": " + number + " does not fit "
					+ address.type().label() + " (" + min + ".." + max + ") at " + address);
		}
		return rounded;
	}
}
