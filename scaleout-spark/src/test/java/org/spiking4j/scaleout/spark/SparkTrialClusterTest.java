package org.spiking4j.scaleout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.TrialCluster;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.api.scaleout.TrialStatus;
import org.spiking4j.scaleout.spark.RecordingTrial.Failure;

/** Trials on an embedded local[2] Spark, one context for the class (Spark allows one per JVM). */
class SparkTrialClusterTest {
    private static TrialCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SparkScaleOut().connect(new ClusterSettings("local[2]", 1, 1, Duration.ofSeconds(5), Map.of()));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void everyTrialRunsExactlyOnceAndOutcomesKeepTaskOrder(@TempDir Path runs) {
        List<RecordingTrial> trials = new ArrayList<>();
        IntStream.range(0, 6).forEach(index -> trials.add(
                new RecordingTrial("t" + index, runs.toString(), Failure.NONE, index / 10.0)));
        List<TrialOutcome> heard = new CopyOnWriteArrayList<>();
        List<TrialOutcome> outcomes = cluster.runAll(trials, heard::add);
        assertEquals(6, outcomes.size());
        assertEquals(6, heard.size());
        for (int index = 0; index < trials.size(); index++) {
            TrialOutcome outcome = outcomes.get(index);
            assertEquals("t" + index, outcome.trialId());
            assertEquals(TrialStatus.FINISHED, outcome.status());
            assertEquals(index / 10.0, outcome.metrics().testAccuracy());
            assertEquals("driver", outcome.executor());
            assertEquals(1, outcome.attempts());
            assertEquals(1, trials.get(index).starts(), "trial t" + index + " started once");
        }
    }

    @Test
    void aTrialThatKeepsFailingIsMarkedFailedWhileTheOthersComplete(@TempDir Path runs) {
        List<RecordingTrial> trials = List.of(new RecordingTrial("good-a", runs.toString(), Failure.NONE, 0.5),
                new RecordingTrial("crashes", runs.toString(), Failure.ALWAYS, 0),
                new RecordingTrial("bad-input", runs.toString(), Failure.BAD_INPUT, 0),
                new RecordingTrial("good-b", runs.toString(), Failure.NONE, 0.75));
        List<TrialOutcome> outcomes = cluster.runAll(trials, outcome -> { });
        assertEquals(TrialStatus.FINISHED, outcomes.get(0).status());
        assertEquals(TrialStatus.FAILED, outcomes.get(1).status());
        assertTrue(outcomes.get(1).failure().contains("simulated crash of crashes"), outcomes.get(1).failure());
        assertNull(outcomes.get(1).metrics());
        assertEquals(TrialStatus.FAILED, outcomes.get(2).status());
        assertEquals("the data folder of bad-input is missing", outcomes.get(2).failure());
        assertEquals(TrialStatus.FINISHED, outcomes.get(3).status());
        assertEquals(0.75, outcomes.get(3).metrics().testAccuracy());
    }

    @Test
    void describesWhereTrialsRun() {
        assertEquals("Spark local[2] on this machine, 2 trials at a time, 1 thread each", cluster.description());
    }
}
