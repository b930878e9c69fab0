package org.spiking4j.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.api.scaleout.TrialOutcome;

class SweepSummaryTest {
    /** Doubles summed in a different order than by hand differ in the last bits only. */
    private static final double ARITHMETIC_TOLERANCE = 1e-12;

    @Test
    void sampleStatisticsMatchHandComputedValues() {
        // 0.90, 0.92, 0.97: mean 0.93; deviations -0.03, -0.01, 0.04; squares sum 0.0026; / 2 = 0.0013.
        SampleStatistics stats = SampleStatistics.of(new double[] {0.90, 0.92, 0.97});
        assertEquals(3, stats.count());
        assertEquals(0.93, stats.mean(), ARITHMETIC_TOLERANCE);
        assertEquals(Math.sqrt(0.0013), stats.standardDeviation(), ARITHMETIC_TOLERANCE);
        assertEquals(0.90, stats.minimum());
        assertEquals(0.97, stats.maximum());
        SampleStatistics single = SampleStatistics.of(new double[] {0.5});
        assertEquals(0.0, single.standardDeviation());
        assertEquals(0, SampleStatistics.of(new double[0]).count());
    }

    @Test
    void perSettingStatisticsUseOnlyFinishedTrialsAndBothFilesSayWhatFailed(@TempDir Path folder) throws Exception {
        SweepPlan plan = new SweepPlan(folder.resolve("sweep.yaml"), List.of(
                trial("s1-seed1", 0, 1), trial("s1-seed2", 0, 2), trial("s1-seed3", 0, 3),
                trial("s2-seed1", 1, 1), trial("s2-seed2", 1, 2), trial("s2-seed3", 1, 3)),
                null, null, null, 0, "fingerprint");
        List<TrialOutcome> outcomes = List.of(finished("s1-seed1", 0.90), finished("s1-seed2", 0.92),
                TrialOutcome.earlier("s1-seed3", metrics(0.97)),
                finished("s2-seed1", 0.80), TrialOutcome.failed("s2-seed2", "executor lost, twice", "1", 2),
                finished("s2-seed3", 0.84));
        SweepSummary summary = new SweepSummary(plan, outcomes);
        List<SweepSummary.SettingStatistics> settings = summary.settings();
        assertEquals(2, settings.size());
        assertEquals("populations.z1.size=100", settings.get(0).label());
        assertEquals(0.93, settings.get(0).testAccuracy().mean(), ARITHMETIC_TOLERANCE);
        assertEquals(Math.sqrt(0.0013), settings.get(0).testAccuracy().standardDeviation(), ARITHMETIC_TOLERANCE);
        // Setting 2: 0.80 and 0.84 finished: mean 0.82, deviations ±0.02, squares 0.0008 / 1.
        assertEquals(2, settings.get(1).testAccuracy().count());
        assertEquals(3, settings.get(1).trials());
        assertEquals(0.82, settings.get(1).testAccuracy().mean(), ARITHMETIC_TOLERANCE);
        assertEquals(Math.sqrt(0.0008), settings.get(1).testAccuracy().standardDeviation(), ARITHMETIC_TOLERANCE);
        assertEquals(0.80, settings.get(1).testAccuracy().minimum());
        assertFalse(summary.allSucceeded());

        summary.write(folder);
        List<String> csv = Files.readAllLines(folder.resolve(SweepSummary.CSV));
        assertEquals(1 + 6 + 2, csv.size());
        assertTrue(csv.get(0).startsWith("row,trial,setting,seed,status,test_accuracy,test_accuracy_std"), csv.get(0));
        assertEquals("trial,s2-seed2,populations.z1.size=200,2,failed,,,,,,,,,,1,2,\"executor lost, twice\"", csv.get(5));
        assertTrue(csv.get(3).startsWith("trial,s1-seed3,populations.z1.size=100,3,finished_earlier,0.97,"), csv.get(3));
        assertTrue(csv.get(8).startsWith("setting,,populations.z1.size=200,,,0.82"), csv.get(8));
        String markdown = Files.readString(folder.resolve(SweepSummary.MARKDOWN));
        assertTrue(markdown.contains("| populations.z1.size=100 | 3 of 3 | 93.00% ± 3.61 | 90.00% | 97.00% |"), markdown);
        assertTrue(markdown.contains("| populations.z1.size=200 | 2 of 3 | 82.00% ± 2.83 | 80.00% | 84.00% |"), markdown);
        assertTrue(markdown.contains("| s2-seed2 | populations.z1.size=200 | 2 | failed: executor lost, twice |"), markdown);
    }

    private static PlannedTrial trial(String id, int setting, long seed) {
        return new PlannedTrial(id, setting, Map.of("populations.z1.size", 100 * (setting + 1)), seed, null);
    }

    private static TrialOutcome finished(String id, double accuracy) {
        return TrialOutcome.finished(id, metrics(accuracy), "driver", 1);
    }

    private static TrialMetrics metrics(double accuracy) {
        return new TrialMetrics(1, accuracy - 0.1, accuracy, 0.02, 12.5);
    }
}
