package tandem.model.validation;

import java.util.HashSet;
import java.util.Set;

import tandem.model.DataType;
import tandem.model.Driver;
import tandem.model.ModbusTcpDriver;
import tandem.model.OpcUaDriver;
import tandem.model.Project;
import tandem.model.Variable;

/** Drivers and variables: connection settings, driver binding and address, range, initial value, rate. */
final class VariableRules {

    private final Problems problems;

    VariableRules(Problems problems) {
        this.problems = problems;
    }

    /** The drivers, each warned about when no variable uses it (so they all depend on every variable). */
    void checkDrivers() {
        Project project = problems.project();
        Set<Driver> used = new HashSet<>();
        Driver last = null;
        for (Variable variable : project.getVariables()) {
            if (variable.getDriver() != null && variable.getDriver() != last) {
                last = variable.getDriver();
                used.add(last);
            }
        }
        for (Driver driver : project.getDrivers()) {
            checkDriver(driver);
            if (!used.contains(driver)) {
                problems.warning(driver, "no variable uses this driver");
            }
        }
    }

    private void checkDriver(Driver driver) {
        if (driver instanceof ModbusTcpDriver modbus) {
            if (modbus.getHost() == null || modbus.getHost().isBlank()) {
                problems.error(driver, "has no host");
            }
            if (modbus.getPort() < 1 || modbus.getPort() > 65535) {
                problems.error(driver, "port " + modbus.getPort() + " is not between 1 and 65535");
            }
            if (modbus.getUnitId() < 0 || modbus.getUnitId() > 255) {
                problems.error(driver, "unit id " + modbus.getUnitId() + " is not between 0 and 255");
            }
            if (!java.util.List.of("ABCD", "CDAB", "BADC", "DCBA").contains(String.valueOf(modbus.getWordOrder()))) {
                problems.error(driver, "word order '" + modbus.getWordOrder() + "' is not one of ABCD, CDAB, BADC, DCBA");
            }
            if (modbus.getTimeoutMs() < 10 || modbus.getTimeoutMs() > 60_000) {
                problems.error(driver, "timeout " + modbus.getTimeoutMs() + " ms is not between 10 and 60000");
            }
            if (modbus.getMaxRegistersPerRead() < 1 || modbus.getMaxRegistersPerRead() > 125) {
                problems.error(driver, "at most " + modbus.getMaxRegistersPerRead()
                        + " registers per read is not between 1 and 125 (the protocol's limit)");
            }
        } else if (driver instanceof OpcUaDriver opcUa) {
            if (opcUa.getEndpoint() == null || !opcUa.getEndpoint().startsWith("opc.tcp://")) {
                problems.error(driver, "endpoint '" + opcUa.getEndpoint() + "' is not an OPC UA endpoint (opc.tcp://host:port/...)");
            }
        }
    }

    void checkVariable(Variable variable) {
        if (variable.getDataType() == null) {
            problems.error(variable, "has no data type");
            return;
        }
        Driver driver = variable.getDriver();
        if (driver == null) {
            problems.error(variable, "has no driver");
        } else if (driver.eContainer() != problems.project()) {
            problems.error(variable, "refers to driver '" + driver.getName() + "', which is not part of the project");
        } else {
            String addressProblem = DriverAddresses.check(driver, variable.getAddress());
            if (addressProblem != null) {
                problems.error(variable, addressProblem);
            }
        }
        checkRange(variable);
        if (variable.getInitialValue() != null) {
            String valueProblem = ValueSyntax.check(variable, variable.getInitialValue());
            if (valueProblem != null) {
                problems.error(variable, "initial value: " + valueProblem);
            }
        }
        if (variable.getRateMs() < 10) {
            problems.error(variable, "rate " + variable.getRateMs() + " ms is too fast; at least 10 ms");
        }
    }

    private void checkRange(Variable variable) {
        Double min = variable.getRangeMin();
        Double max = variable.getRangeMax();
        if (!ValueSyntax.isNumeric(variable)) {
            if (min != null || max != null) {
                problems.warning(variable, "a " + variable.getDataType() + " variable has no engineering range; it is ignored");
            }
            return;
        }
        if (min != null && max != null && !(min < max)) {
            problems.error(variable, "range minimum " + min + " is not below maximum " + max);
        }
        if (variable.getDataType() == DataType.FLOAT && (min == null || max == null)) {
            problems.warning(variable, "has no complete engineering range; displays and bar graphs cannot scale it");
        }
    }
}
