package tandem.runtime.driver.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

class ModbusAddressTest {

	private static ModbusAddress parse(String address, TagType type) {
		return ModbusAddress.parse(new DriverTag("level", address, 1000, type, false));
	}

	@ParameterizedTest(name = "{0} as {1} is {2}")
	@CsvSource({ "40001, INT, HR:0:int16", "HR:0, INT, HR:0:int16", "hr:0:INT32, INT, HR:0:int32",
			"40101:float32, FLOAT, HR:100:float32", "HR:100, FLOAT, HR:100:float32", "465536, INT, HR:65535:int16",
			"400001:uint32, INT, HR:0:uint32", "30006, INT, IR:5:int16", "IR:5:float64, FLOAT, IR:5:float64",
			"00004, BOOL, CO:3", "CO:3, BOOL, CO:3", "10010, BOOL, DI:9", "HR:7.3, BOOL, HR:7.3", "40008.15, BOOL, HR:7.15",
			"HR:9, BOOL, HR:9" })
	void bothSpellingsNameTheSameZeroBasedOffset(String text, TagType type, String expected) {
		assertEquals(expected, parse(text, type).toString());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "40000|counts from 1: 40001 is offset 0", "XX:3|unknown area 'XX'",
			"HR:-1|not a number >= 0", "HR:65536|offsets are 0..65535", "HR:65535:float32|runs past the last register",
			"HR:3:float16|unknown type 'float16'", "HR:3.16|bits 0..15", "CO:3:int16|one bit",
			"20001|start with 0 (coils)", "4001|five- or six-digit Modicon number", "|is empty" })
	void aWrongAddressIsRefusedNamingVariableAndProblem(String text, String problem) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> parse(text == null ? "" : text, TagType.INT));
		assertTrue(e.getMessage().startsWith("variable level: Modbus address"), e.getMessage());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "HR:1, STRING" })
	void stringVariablesAreRefused(String text, TagType type) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text, type));
		assertTrue(e.getMessage().contains("STRING"), e.getMessage());
	}
}
