package tandem.model.validation;

import java.util.regex.Pattern;

import tandem.model.Driver;
import tandem.model.ModbusTcpDriver;
import tandem.model.OpcUaDriver;
import tandem.model.SimulatorDriver;

/**
 * Address syntax per driver kind. Modbus: Modicon numbers 00001-09999 (coils), 10001-19999 (discrete inputs),
 * 30001-39999 (input registers), 40001-49999 (holding registers), or "HR:n", "IR:n", "CO:n", "DI:n" with a
 * 0-based offset 0..65535. OPC UA: node ids "ns=2;s=Tank.Level", "ns=3;i=1001", "i=2258", "ns=1;g=&lt;uuid&gt;",
 * "ns=1;b=&lt;base64&gt;". Simulator: any non-empty text.
 */
public final class DriverAddresses {

    private static final Pattern MODICON = Pattern.compile("[0134][0-9]{4}");
    private static final Pattern MODBUS_AREA = Pattern.compile("(HR|IR|CO|DI):([0-9]{1,5})");
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
        if (MODICON.matcher(address).matches()) {
            int number = Integer.parseInt(address) % 10000;
            return number == 0 ? "Modbus address '" + address + "' is not valid: register numbers start at 1 (e.g. 40001)" : null;
        }
        var area = MODBUS_AREA.matcher(address);
        if (area.matches()) {
            return Integer.parseInt(area.group(2)) <= 65535 ? null
                    : "Modbus address '" + address + "' is not valid: offset above 65535";
        }
        return "address '" + address + "' is not a Modbus address (40001..49999, 30001..39999, 00001..09999, 10001..19999, "
                + "or HR:n / IR:n / CO:n / DI:n)";
    }
}
