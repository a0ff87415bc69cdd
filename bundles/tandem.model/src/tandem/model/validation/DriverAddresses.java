package tandem.model.validation;

import java.util.regex.Pattern;

import tandem.model.Driver;
import tandem.model.ModbusTcpDriver;
import tandem.model.OpcUaDriver;
import tandem.model.SimulatorDriver;

/**
 * Address syntax per driver kind. Modbus (the same rules as the driver's {@code ModbusAddress}): Modicon numbers
 * 00001-09999 (coils), 10001-19999 (discrete inputs), 30001-39999 (input registers), 40001-49999 (holding
 * registers), six digits up to 465536, or "HR:n", "IR:n", "CO:n", "DI:n" with a 0-based offset 0..65535; a
 * register may add ".bit" (0..15) or ":type" (int16, uint16, int32, uint32, float32, float64). OPC UA: node ids "ns=2;s=Tank.Level", "ns=3;i=1001", "i=2258", "ns=1;g=&lt;uuid&gt;",
 * "ns=1;b=&lt;base64&gt;". Simulator: any non-empty text.
 */
public final class DriverAddresses {

    private static final String SUFFIX = "(\\.(1[0-5]|[0-9]))?(:(int16|uint16|int32|uint32|float32|float64))?";
    private static final Pattern MODICON = Pattern.compile("([0134])([0-9]{4,5})" + SUFFIX, Pattern.CASE_INSENSITIVE);
    private static final Pattern MODBUS_AREA = Pattern.compile("(HR|IR|CO|DI):([0-9]{1,5})" + SUFFIX,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPC_UA = Pattern.compile(
            "(ns=[0-9]{1,5};)?(i=[0-9]{1,10}|s=.+|g=[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|b=[A-Za-z0-9+/=]+)");

    private DriverAddresses() {
    }

    /** null when address is valid for driver, else what is wrong. */
    public static String check(Driver driver, String address) {
        if (address == null || address.isBlank()) {
            return "has no address for driver '" + driver.getName() + "'";
        }
        if (driver instanceof ModbusTcpDriver) {
            return checkModbus(address);
        }
        if (driver instanceof OpcUaDriver) {
            return OPC_UA.matcher(address).matches() ? null
                    : "address '" + address + "' is not an OPC UA node id (e.g. ns=2;s=Tank1.Level or ns=2;i=1001)";
        }
        if (driver instanceof SimulatorDriver) {
            return null;
        }
        return "driver '" + driver.getName() + "' has an unknown kind " + driver.eClass().getName();
    }

    private static String checkModbus(String address) {
        var modicon = MODICON.matcher(address);
        if (modicon.matches()) {
            int number = Integer.parseInt(modicon.group(2));
            if (number == 0) {
                return "Modbus address '" + address + "' is not valid: register numbers start at 1 (e.g. 40001)";
            }
            return number > 65536 ? "Modbus address '" + address + "' is not valid: numbers end at 65536"
                    : bitAreaSuffix(address, "01".contains(modicon.group(1)), modicon.group(3), modicon.group(5));
        }
        var area = MODBUS_AREA.matcher(address);
        if (area.matches()) {
            if (Integer.parseInt(area.group(2)) > 65535) {
                return "Modbus address '" + address + "' is not valid: offset above 65535";
            }
            String prefix = area.group(1).toUpperCase(java.util.Locale.ROOT);
            return bitAreaSuffix(address, prefix.equals("CO") || prefix.equals("DI"), area.group(3), area.group(5));
        }
        return "address '" + address + "' is not a Modbus address (40001..49999, 30001..39999, 00001..09999, 10001..19999, "
                + "or HR:n / IR:n / CO:n / DI:n, optionally .bit or :int16/uint16/int32/uint32/float32/float64)";
    }

    private static String bitAreaSuffix(String address, boolean bitArea, String bit, String type) {
        if (bit != null && type != null) {
            return "Modbus address '" + address + "' is not valid: a bit of a register has no type";
        }
        return bitArea && (bit != null || type != null)
                ? "Modbus address '" + address + "' is not valid: coils and discrete inputs are single bits, without .bit or :type"
                : null;
    }
}
