package org.spiking4j.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.ScaleOut;
import org.spiking4j.api.scaleout.TrialCluster;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.api.scaleout.TrialStatus;
import org.spiking4j.cli.CommandLineRun;
import org.spiking4j.cli.TinyIdxDataset;

/**
 * The sweep on {@code local-cluster[2,1,1024]}: two real executor JVMs with one core each, so the
 * two trials run side by side on different executors, and a trial's weights equal those of
 * {@code train} in this JVM. The small circuit on a tiny dataset keeps it to the executors' start-up
 * (the end-to-end circuit on MNIST took 120 s here, mostly each trial's 10 000 test images on one core).
 */
class SweepOnLocalClusterTest {
    private static final int TRAIN_IMAGES = 200;
    private static final int TEST_IMAGES = 40;

    @Test
    void trialsRunOnSeparateExecutorsAndTrainTheWeightsOfTrain(@TempDir Path folder) throws Exception {
        Path sparkHome = Path.of(System.getenv().getOrDefault("SPARK_HOME", "target/spark-home"));
        SparkHomeForTests.fill(sparkHome);
        Path circuit = Paths.get(getClass().getResource("/csdp-small.yaml").toURI());
        Path data = TinyIdxDataset.write(folder.resolve("data"), TRAIN_IMAGES, TEST_IMAGES);
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "circuit: " + circuit + "\nseeds: [1234, 1235]\n"
                + "dataset: idx\ndata: " + data + "\n");
        Path out = folder.resolve("out");
        CommandLineRun run = CommandLineRun.of("sweep", sweep.toString(), "--out", out.toString(),
                "--master", "local-cluster[2,1,1024]", "--conf", "spark.executor.memory=900m");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        String firstExecutor = column(csv.get(1), "executor", csv.get(0));
        String secondExecutor = column(csv.get(2), "executor", csv.get(0));
        assertTrue(firstExecutor.matches("\\d+") && secondExecutor.matches("\\d+"), csv.toString());
        assertNotEquals(firstExecutor, secondExecutor, csv.toString());

        Path alone = folder.resolve("train-1235");
        CommandLineRun train = CommandLineRun.of("train", "--config", circuit.toString(), "--dataset", "idx",
                "--data", data.toString(), "--seed", "1235", "--out", alone.toString());
        assertEquals(0, train.exitCode(), train.toString());
        assertEquals(-1L, Files.mismatch(alone.resolve("weights.npz"), out.resolve("trials/seed1235/weights.npz")));
    }

    @Test
    void trialsWhoseExecutorIsKilledAreRetriedAndFinish(@TempDir Path folder) throws Exception {
        SparkHomeForTests.fill(Path.of(System.getenv().getOrDefault("SPARK_HOME", "target/spark-home")));
        ScaleOut spark = ServiceLoader.load(ScaleOut.class).findFirst().orElseThrow();
        ClusterSettings settings = new ClusterSettings("local-cluster[2,1,1024]", 1, 2, Duration.ofSeconds(5),
                Map.of("spark.executor.memory", "600m"));
        List<TrialOutcome> outcomes;
        try (TrialCluster cluster = spark.connect(settings)) {
            outcomes = cluster.runAll(List.of(new ExecutorKillingTrial("killed-once", folder.toString()),
                    new ExecutorKillingTrial("also-killed-once", folder.toString())), outcome -> { });
        }
        for (TrialOutcome outcome : outcomes) {
            assertEquals(TrialStatus.FINISHED, outcome.status(), outcome.toString());
            assertEquals(2, outcome.attempts(), outcome.toString());
            assertEquals(ExecutorKillingTrial.ACCURACY, outcome.metrics().testAccuracy());
        }
    }

    private static String column(String row, String name, String header) {
        return row.split(",", -1)[List.of(header.split(",")).indexOf(name)];
    }
}
