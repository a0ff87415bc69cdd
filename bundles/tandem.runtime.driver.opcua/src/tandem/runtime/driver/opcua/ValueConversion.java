package tandem.runtime.driver.opcua;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * OPC UA data values to Tandem values and back. The value's time is the <b>source timestamp</b>, which every
 * client of the server sees alike (the natural key of server and standby); a server that sends none gets its
 * server timestamp used instead, and the node logs that once per variable. The status code becomes the quality:
 * Good → GOOD, Uncertain → UNCERTAIN, Bad → BAD.
 */
final class ValueConversion {

	private static final System.Logger LOG = System.getLogger(ValueConversion.class.getName());

	private final String driver;
	private final Set<String> withoutSourceTime = ConcurrentHashMap.newKeySet();

	ValueConversion(String driver) {
		this.driver = driver;
	}

	Value toValue(DataValue dv, DriverTag tag, long fallbackTime) {
		StatusCode status = dv.statusCode() == null ? StatusCode.GOOD : dv.statusCode();
		Quality quality = status.isGood() ? Quality.GOOD : status.isUncertain() ? Quality.UNCERTAIN : Quality.BAD;
		long time = time(dv, tag, fallbackTime);
		Object raw = dv.value() == null ? null : dv.value().value();
		Object data = raw == null || quality == Quality.BAD ? null : data(raw, tag.type());
		return new Value(data, data == null && quality == Quality.GOOD ? Quality.BAD : quality, time);
	}

	private long time(DataValue dv, DriverTag tag, long fallbackTime) {
		DateTime source = dv.sourceTime();
		if (source != null && source.isValid() && !source.isNull()) {
			return source.getJavaTime();
		}
		if (withoutSourceTime.add(tag.variable())) {
			LOG.log(Level.WARNING, "opcua driver {0}: the server sends no source timestamp for {1} ({2}); its server"
					+ " timestamp is used as the value's time, so server and standby may key it differently",
					driver, tag.variable(), tag.address());
		}
		DateTime server = dv.serverTime();
		return server != null && server.isValid() && !server.isNull() ? server.getJavaTime() : fallbackTime;
	}

	static Object data(Object raw, TagType type) {
		return switch (type) {
		case BOOL -> raw instanceof Boolean b ? b : raw instanceof Number n ? n.doubleValue() != 0
				: Boolean.parseBoolean(text(raw));
		case INT -> raw instanceof Number n ? (n instanceof Double || n instanceof Float ? Math.round(n.doubleValue())
				: n.longValue()) : raw instanceof Boolean b ? (b ? 1L : 0L) : parseLong(text(raw));
		case FLOAT -> raw instanceof Number n ? n.doubleValue() : raw instanceof Boolean b ? (b ? 1.0 : 0.0)
				: parseDouble(text(raw));
		case STRING -> text(raw);
		};
	}

	private static String text(Object raw) {
		return raw instanceof LocalizedText t ? String.valueOf(t.text()) : String.valueOf(raw);
	}

	private static Long parseLong(String s) {
		try {
			return Long.parseLong(s.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Double parseDouble(String s) {
		try {
			return Double.parseDouble(s.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** {@code data} as the Java type the server's variable holds ({@code sample}, its current value). */
	static Object forServer(Object data, Object sample, String variable) {
		double number = data instanceof Boolean b ? (b ? 1 : 0) : data instanceof Number n ? n.doubleValue() : 0;
		if (sample instanceof String) {
			return String.valueOf(data);
		}
		if (!(data instanceof Number || data instanceof Boolean)) {
			throw new IllegalArgumentException("variable " + variable + ": cannot write '" + data + "' to a "
					+ sample.getClass().getSimpleName() + " variable");
		}
		long whole = Math.round(number);
		return switch (sample.getClass().getSimpleName()) {
		case "Boolean" -> number != 0;
		case "Double" -> number;
		case "Float" -> (float) number;
		case "Byte" -> (byte) checked(whole, Byte.MIN_VALUE, Byte.MAX_VALUE, variable);
		case "Short" -> (short) checked(whole, Short.MIN_VALUE, Short.MAX_VALUE, variable);
		case "Integer" -> (int) checked(whole, Integer.MIN_VALUE, Integer.MAX_VALUE, variable);
		case "Long" -> whole;
		case "UByte" -> UByte.valueOf(checked(whole, 0, 255, variable));
		case "UShort" -> UShort.valueOf((int) checked(whole, 0, 65535, variable));
		case "UInteger" -> UInteger.valueOf(checked(whole, 0, 0xffff_ffffL, variable));
		case "ULong" -> ULong.valueOf(checked(whole, 0, Long.MAX_VALUE, variable));
		default -> throw new IllegalArgumentException("variable " + variable + ": the server's variable holds "
				+ sample.getClass().getSimpleName() + ", which Tandem cannot write");
		};
	}

	private static long checked(long v, long min, long max, String variable) {
		if (v < min || v > max) {
			throw new IllegalArgumentException("variable " + variable + ": " + v + " is outside " + min + ".." + max
					+ " of the server's variable");
		}
		return v;
	}
}
