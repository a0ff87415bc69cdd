package tandem.runtime.driver.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tandem.runtime.api.driver.DriverTag.TagType;

/** Register layouts as device manuals print them, for 0x42F6E979 (float32 123.456). */
class RegisterCodecTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "ABCD, 42F6E979", "CDAB, E97942F6", "BADC, F64279E9", "DCBA, 79E9F642" })
	void eachWordOrderPlacesTheBytesAsTheManualsDraw(WordOrder order, String wire) {
		RegisterCodec codec = new RegisterCodec(order);
		ModbusAddress a = new ModbusAddress(Area.HOLDING_REGISTERS, 10, DataType.FLOAT32, 0);
		byte[] bytes = HexFormat.of().parseHex(wire);
		assertEquals(123.456f, ((Double) codec.decode(bytes, 10, a, TagType.FLOAT)).floatValue());
		assertArrayEquals(bytes, codec.encode(123.456, a, "v"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "INT16, FFFE, -2", "UINT16, FFFE, 65534", "INT32, FFFFFFFE, -2", "UINT32, FFFFFFFE, 4294967294",
			"UINT16, 0100, 256" })
	void signedAndUnsignedIntegersKeepTheirRange(DataType type, String wire, long expected) {
		ModbusAddress a = new ModbusAddress(Area.HOLDING_REGISTERS, 0, type, 0);
		Object v = new RegisterCodec(WordOrder.ABCD).decode(HexFormat.of().parseHex(wire), 0, a, TagType.INT);
		assertEquals(expected, v);
	}

	@ParameterizedTest(name = "{0} does not fit {1}")
	@CsvSource({ "70000, INT16", "-1, UINT16", "5000000000, INT32" })
	void aWriteOutsideTheTypesRangeIsRefused(double value, DataType type) {
		ModbusAddress a = new ModbusAddress(Area.HOLDING_REGISTERS, 0, type, 0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new RegisterCodec(WordOrder.ABCD).encode(value, a, "setpoint"));
		assertEquals(true, e.getMessage().startsWith("variable setpoint: "), e.getMessage());
	}
}
