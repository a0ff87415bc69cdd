package tandem.model;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tandem.model.generator.ProjectGenerator;
import tandem.model.io.ProjectStore;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.ValidationResult;

/**
 * Not a timed test: prints how long loading and validating a project of 100,000 variables and 500 screens takes,
 * and the peak heap. Goal: under 5 s and under 1 GiB on 2 cores. Run with
 * {@code ./mvnw -B verify -pl bundles/tandem.model -am -Dtest=ModelLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ModelLoadBenchmark {

    @Test
    void loadAndValidateALargeProject() throws Exception {
        Path file = Files.createTempFile("benchmark", ".tandem");
        try {
            long t0 = System.nanoTime();
            Project generated = new ProjectGenerator(100_000, 500, 1).generate();
            long t1 = System.nanoTime();
            new ProjectStore().save(generated, file);
            long t2 = System.nanoTime();
            generated = null;
            System.out.printf("ModelLoadBenchmark: 100000 variables, 500 screens, file %.1f MiB, %d cores, max heap %.0f MiB%n",
                    Files.size(file) / 1048576.0, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0);
            System.out.printf("  generate %d ms, save %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            // Round 1 is what "tandem validate" sees in a fresh JVM; later rounds show the cost once the JIT has warmed up.
            for (int round = 1; round <= 3; round++) {
                System.gc();
                resetPeaks();
                long t3 = System.nanoTime();
                Project loaded = new ProjectStore().load(file);
                long t4 = System.nanoTime();
                ValidationResult result = new ProjectValidator().validate(loaded);
                long t5 = System.nanoTime();
                System.out.printf("  round %d: load %d ms, validate %d ms, load+validate %d ms (%d errors, %d warnings), peak heap %.0f MiB%n",
                        round, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, (t5 - t3) / 1_000_000, result.errors().size(),
                        result.warnings().size(), peakHeap() / 1048576.0);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
