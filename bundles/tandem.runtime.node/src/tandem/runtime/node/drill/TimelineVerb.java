package tandem.runtime.node.drill;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import tandem.runtime.node.CommandLine;
import tandem.runtime.node.CommandLine.UsageException;
import tandem.runtime.node.StopSignal;
import tandem.runtime.node.Verb;

/**
 * {@code tandem timeline --events FILE --out PNG}: draws what a failover drill ({@code tandem demo --drill})
 * recorded, and prints the station's longest pause between confirmed writes.
 */
public final class TimelineVerb implements Verb {

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public String usage() {
		return "timeline --events FILE --out PNG   draw a failover drill's roles, leases, faults and writes";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("events", "out"), Set.of());
		Path events = Path.of(line.required("events"));
		Path png = Path.of(line.required("out"));
		try {
			DrillEvents drill = DrillEvents.read(events);
			DrillTimeline.write(drill, png);
			out.println("TIMELINE " + png.toAbsolutePath() + " station-longest-pause-ms=" + drill.longestPauseMs()
					+ " confirmed-writes=" + drill.answers().stream().filter(DrillEvents.Answer::confirmed).count()
					+ " leases=" + drill.leases().size() + " lease-overlap-ms=" + drill.leaseOverlapMs());
			return 0;
		} catch (IOException | IllegalArgumentException e) {
			err.println("tandem timeline: " + e.getMessage());
			return 1;
		}
	}
}
