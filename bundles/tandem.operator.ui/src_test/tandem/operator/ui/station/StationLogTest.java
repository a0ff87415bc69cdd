package tandem.operator.ui.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.hmi.PlantSnapshot.StationEvent;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.ServerInfo;

class StationLogTest {

	private static AlarmState alarm(boolean acknowledged, boolean cleared) {
		return new AlarmState("Tank.High@1", "Tank.High", "Tank1.Level", 1, 10, "Tank high", acknowledged, cleared);
	}

	@Test
	void theStationLogsAlarmsAndServerChangesNewestFirst() {
		StationLog log = new StationLog();
		log.server(new ServerInfo("alpha", 1, "h", ConnectionState.CONNECTED), 1);
		log.alarms(List.of(alarm(false, false)), 2);
		log.alarms(List.of(alarm(true, false)), 3);
		log.server(new ServerInfo("alpha", 1, "h", ConnectionState.SWITCHING), 4);
		log.alarms(List.of(), 5);
		log.server(new ServerInfo("beta", 2, "h", ConnectionState.CONNECTED), 6);
		assertEquals(List.of("Server beta serves (epoch 2, CONNECTED)", "Alarm ended: Tank high",
				"No server serves this station (SWITCHING)", "Alarm acknowledged: Tank high", "Alarm raised: Tank high",
				"Server alpha serves (epoch 1, CONNECTED)"), log.events().stream().map(StationEvent::text).toList());
	}
}
