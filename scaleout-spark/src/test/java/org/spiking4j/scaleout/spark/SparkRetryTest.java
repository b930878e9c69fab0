package org.spiking4j.scaleout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.TrialCluster;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.api.scaleout.TrialStatus;
import org.spiking4j.scaleout.spark.RecordingTrial.Failure;

/** Spark's task retry on local[2,2]: two attempts per task. */
class SparkRetryTest {
    private static TrialCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SparkScaleOut().connect(new ClusterSettings("local[2,2]", 1, 2, Duration.ofSeconds(5), Map.of()));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aTrialThatThrowsOnItsFirstAttemptSucceedsOnTheSecond(@TempDir Path runs) {
        RecordingTrial flaky = new RecordingTrial("flaky", runs.toString(), Failure.FIRST_ATTEMPT, 0.9);
        RecordingTrial steady = new RecordingTrial("steady", runs.toString(), Failure.NONE, 0.8);
        List<TrialOutcome> outcomes = cluster.runAll(List.of(flaky, steady), outcome -> { });
        assertEquals(TrialStatus.FINISHED, outcomes.get(0).status());
        assertEquals(2, outcomes.get(0).attempts());
        assertEquals(0.9, outcomes.get(0).metrics().testAccuracy());
        assertEquals(2, flaky.starts());
        assertEquals(1, outcomes.get(1).attempts());
        assertEquals(1, steady.starts());
    }

    @Test
    void aTrialFailingOnEveryAttemptIsTriedTwiceThenFailedWithItsReason(@TempDir Path runs) {
        RecordingTrial crashing = new RecordingTrial("crashing", runs.toString(), Failure.ALWAYS, 0);
        TrialOutcome outcome = cluster.runAll(List.of(crashing), ignored -> { }).get(0);
        assertEquals(TrialStatus.FAILED, outcome.status());
        assertEquals(2, crashing.starts());
        assertEquals(2, outcome.attempts());
        assertTrue(outcome.failure().contains("failed 2 times") && outcome.failure().contains("simulated crash"),
                outcome.failure());
        assertTrue(!outcome.failure().contains("\tat "), "one line, no stack trace: " + outcome.failure());
    }
}
