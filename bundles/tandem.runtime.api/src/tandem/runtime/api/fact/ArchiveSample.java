package tandem.runtime.api.fact;

import java.util.Objects;

import tandem.runtime.api.Quality;

/** A recorded value of a variable; natural key (variable, source time). */
public record ArchiveSample(String variable, long sourceTime, double value, Quality quality) implements Fact {

	public ArchiveSample {
		Objects.requireNonNull(variable, "variable");
		Objects.requireNonNull(quality, "quality");
	}

	@Override
	public String key() {
		return "sample:" + variable + "@" + sourceTime;
	}

	@Override
	public long time() {
		return sourceTime;
	}
}
