package tandem.runtime.driver.sim;

import java.nio.charset.StandardCharsets;

import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * The simulated plant's maths: the value of one variable in one time slot, computed only from the project seed,
 * the variable name and the slot start time. No state, no clock, no random generator: the same inputs give the
 * same value on every machine.
 *
 * <p>Shapes (address {@code shape?min=..&max=..&period=..}, period in seconds):
 * <ul>
 * <li>{@code tank} – slow level: two superposed waves slightly wider than the range, so it reaches the high and low
 * ends now and then and rests there (clamped), plus a little noise;</li>
 * <li>{@code flow} – a pump-gated flow: near zero while the pump block is off, else base flow with noise;</li>
 * <li>{@code pump} – on/off state in blocks of a quarter period, on about 60 % of the time;</li>
 * <li>{@code event} – rare faults and trips: at {@code max} in about 5 % of blocks of a twentieth period, else
 * {@code min};</li>
 * <li>{@code sine}, {@code ramp} (sawtooth), {@code noise} – for tests and fast demo variables.</li>
 * </ul>
 */
final class PlantFunction {

	private final Shape shape;
	private final double min;
	private final double max;
	private final double periodSeconds;
	private final long identity;
	private final TagType type;

	enum Shape {
		TANK, FLOW, PUMP, EVENT, SINE, RAMP, NOISE
	}

	PlantFunction(long seed, String variable, SimAddress address, TagType type) {
		this.type = type;
		this.shape = address.shape() != null ? address.shape() : type == TagType.BOOL ? Shape.PUMP : Shape.SINE;
		this.min = address.min();
		this.max = address.max();
		this.identity = mix(seed ^ fnv64(variable));
		this.periodSeconds = address.periodSeconds() * (0.8 + 0.4 * unit(mix(identity + 1)));
	}

	/** The value in the slot starting at {@code slotStart} (epoch ms), typed as {@link TagType} demands. */
	Object valueAt(long slotStart) {
		double raw = raw(slotStart);
		return switch (type) {
		case BOOL -> raw >= 0.5 * (min + max);
		case INT -> Long.valueOf(Math.round(raw));
		case FLOAT -> Double.valueOf(raw);
		case STRING -> Double.toString(raw);
		};
	}

	private double raw(long slotStart) {
		double t = slotStart / 1000.0;
		double span = max - min;
		double phase = 2 * Math.PI * unit(mix(identity + 2));
		double noise = unit(mix(identity ^ mix(slotStart))) - 0.5;
		return switch (shape) {
		case TANK -> clamp(min + span * (0.5 + 0.55 * (0.75 * Math.sin(2 * Math.PI * t / periodSeconds + phase)
				+ 0.25 * Math.sin(2 * Math.PI * t / (periodSeconds * 0.37) + 2 * phase)) + 0.01 * noise));
		case FLOW -> pumpOn(t) ? clamp(min + span * (0.7 + 0.1 * noise)) : clamp(min + span * 0.02 * (noise + 0.5));
		case PUMP -> pumpOn(t) ? max : min;
		case EVENT -> unit(mix(identity ^ mix((long) Math.floor(t / (periodSeconds / 20)) + 11))) < 0.05 ? max : min;
		case SINE -> min + span * (0.5 + 0.5 * Math.sin(2 * Math.PI * t / periodSeconds + phase));
		case RAMP -> min + span * frac(t / periodSeconds + phase);
		case NOISE -> min + span * (noise + 0.5);
		};
	}

	private boolean pumpOn(double t) {
		long block = (long) Math.floor(t / (periodSeconds / 4));
		return unit(mix(identity ^ mix(block + 7))) < 0.6;
	}

	private double clamp(double v) {
		return Math.max(min, Math.min(max, v));
	}

	private static double frac(double x) {
		return x - Math.floor(x);
	}

	/** SplitMix64 finaliser: spreads every input bit over the output. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** Maps 64 random bits to [0, 1). */
	static double unit(long bits) {
		return (bits >>> 11) * 0x1.0p-53;
	}

	/** FNV-1a over UTF-8: stable across JVMs, unlike {@code String.hashCode} it is specified here, not by a JDK. */
	static long fnv64(String s) {
		long h = 0xcbf29ce484222325L;
		for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
			h ^= b & 0xff;
			h *= 0x100000001b3L;
		}
		return h;
	}
}
