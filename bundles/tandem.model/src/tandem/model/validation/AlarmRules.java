package tandem.model.validation;

import java.util.ArrayList;
import java.util.List;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.BinaryAlarm;
import tandem.model.CelSettings;
import tandem.model.DataType;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.Project;
import tandem.model.Variable;
import tandem.model.naming.ElementPath;

/** Alarm classes, limit and binary alarms, CEL settings. */
final class AlarmRules {

    private final Problems problems;

    AlarmRules(Problems problems) {
        this.problems = problems;
    }

    void checkAlarmClass(AlarmClass alarmClass) {
        if (alarmClass.getPriority() < 0) {
            problems.error(alarmClass, "priority " + alarmClass.getPriority() + " is negative");
        }
        if (alarmClass.getMaxShelveMinutes() < 0) {
            problems.error(alarmClass, "maximum shelving time " + alarmClass.getMaxShelveMinutes()
                    + " min is negative (0: the class's alarms cannot be shelved)");
        } else if (alarmClass.getMaxShelveMinutes() > 7 * 24 * 60) {
            problems.warning(alarmClass, "maximum shelving time " + alarmClass.getMaxShelveMinutes()
                    + " min is more than a week: ISA-18.2 asks that shelving ends by itself; take alarms out of"
                    + " service for maintenance instead");
        }
    }

    void checkCel() {
        CelSettings cel = problems.project().getCelSettings();
        if (cel != null) {
            if (cel.getRetentionDays() < 1) {
                problems.error(cel, "retention must be at least 1 day, is " + cel.getRetentionDays());
            }
            if (cel.getMaxEntries() < 100) {
                problems.error(cel, "must keep at least 100 entries, keeps " + cel.getMaxEntries());
            }
        }
    }

    void checkAlarm(Alarm alarm) {
        AlarmGroup group = alarm.getGroup();
        if (group != null && group.eContainer() != problems.project()) {
            problems.error(alarm, "refers to alarm group '" + group.getName() + "', which is not part of the project");
        }
        if (!problems.variableExists(alarm, alarm.getVariable(), "the monitored variable")) {
            return;
        }
        Variable variable = alarm.getVariable();
        if (alarm instanceof LimitAlarm limitAlarm) {
            if (!ValueSyntax.isNumeric(variable)) {
                problems.error(alarm, "a limit alarm needs an INT or FLOAT variable, but '" + variable.getName() + "' is "
                        + variable.getDataType());
                return;
            }
            checkLimits(limitAlarm);
        } else if (alarm instanceof BinaryAlarm binary) {
            if (variable.getDataType() != DataType.BOOL) {
                problems.error(alarm, "a binary alarm needs a BOOL variable, but '" + variable.getName() + "' is " + variable.getDataType());
            }
            checkCommon(alarm, binary.getAlarmClass(), binary.getDelayMs(), binary.getText());
        }
    }

    private void checkLimits(LimitAlarm alarm) {
        List<LimitDefinition> present = new ArrayList<>();
        for (LimitDefinition limit : new LimitDefinition[] { alarm.getLowLow(), alarm.getLow(), alarm.getHigh(), alarm.getHighHigh() }) {
            if (limit != null) {
                present.add(limit);
                checkLimit(limit, alarm.getVariable());
            }
        }
        if (present.isEmpty()) {
            problems.error(alarm, "has none of the limits LL, L, H, HH");
        }
        for (int i = 1; i < present.size(); i++) {
            LimitDefinition lower = present.get(i - 1);
            LimitDefinition upper = present.get(i);
            if (!(lower.getValue() < upper.getValue())) {
                problems.error(alarm, "limits must rise LL < L < H < HH, but " + ElementPath.label(lower) + " (" + lower.getValue()
                        + ") is not below " + ElementPath.label(upper) + " (" + upper.getValue() + ")");
            }
        }
    }

    private void checkLimit(LimitDefinition limit, Variable variable) {
        if (limit.getHysteresis() < 0) {
            problems.error(limit, "hysteresis " + limit.getHysteresis() + " is negative");
        }
        if (variable.getRangeMin() != null && limit.getValue() < variable.getRangeMin()
                || variable.getRangeMax() != null && limit.getValue() > variable.getRangeMax()) {
            problems.warning(limit, "limit " + limit.getValue() + " lies outside the range of '" + variable.getName()
                    + "' and can never be reached");
        }
        checkCommon(limit, limit.getAlarmClass(), limit.getDelayMs(), limit.getText());
    }

    private void checkCommon(org.eclipse.emf.ecore.EObject owner, AlarmClass alarmClass, int delayMs, String text) {
        if (alarmClass == null) {
            problems.error(owner, "has no alarm class");
        } else if (alarmClass.eContainer() != problems.project()) {
            problems.error(owner, "refers to alarm class '" + alarmClass.getName() + "', which is not part of the project");
        }
        if (delayMs < 0) {
            problems.error(owner, "delay " + delayMs + " ms is negative");
        }
        if (text == null || text.isBlank()) {
            problems.warning(owner, "has no alarm text; operators will only see the alarm's name");
        }
    }
}
