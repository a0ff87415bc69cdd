package tandem.model.demo;

import tandem.model.Variable;

/** The demo's variables by role, shared between the variable part and the screen part of the factory. */
final class DemoVariables {
    Variable intakeFlow, intakeTurbidity, intakePump1Running, intakePump1Speed, intakePump1Fault, intakePump2Running,
            intakePump2Speed, intakePump2Fault, intakeValveOpen;
    Variable tank1Level, tank1Inflow, tank1Outflow, tank1InletOpen, tank1OutletOpen, tank1Setpoint;
    Variable filterDiffPressure, filterTurbidity, filterBackwashActive, filterBackwashRequest;
    Variable chlorineDosingRate, chlorineSetpoint, chlorineResidual, chlorinePumpRunning, chlorineTankLevel, chlorineLeak;
    Variable tank2Level, tank2Inflow, tank2Outflow, tank2InletOpen, tank2OutletOpen, tank2Setpoint, tank2Overflow;
    Variable distPump1Running, distPump1Speed, distPump1Setpoint, distPump1Start, distPump1Fault;
    Variable distPump2Running, distPump2Speed, distPump2Setpoint, distPump2Start, distPump2Fault;
    Variable distPressure, distFlow;
    Variable ph, temperature, conductivity;
    Variable plantMode, operatorMessage, totalVolume, power, emergencyStop;
}
