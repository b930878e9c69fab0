package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains csdp.md §9's smallest calibration circuit (784-256-64, batch 100, the first 2 000 MNIST
 * training images, one epoch) through the command line and checks the test accuracy on all
 * 10 000 test images is far above chance. The reference reached 64.8% in that setting.
 */
class MnistEndToEndTest {
    /** Well above the 10% of chance, with room below the calibration figure for seed-to-seed spread. */
    private static final double MINIMUM_ACCURACY_PERCENT = 50.0;
    private static final Pattern ACCURACY = Pattern.compile("Test accuracy after epoch 1: ([0-9.]+)%");

    @Test
    void trainsOnRealMnistWellAboveChance(@TempDir Path folder) throws Exception {
        Path circuit = Paths.get(getClass().getResource("/csdp-e2e.yaml").toURI());
        CommandLineRun run = CommandLineRun.of("train", "--config", circuit.toString(), "--out",
                folder.resolve("model").toString());
        assertEquals(0, run.exitCode(), run.toString());
        Matcher accuracy = ACCURACY.matcher(run.out());
        assertTrue(accuracy.find(), run.toString());
        double percent = Double.parseDouble(accuracy.group(1));
        System.out.println("MNIST end-to-end (784-256-64, 2000 images, 1 epoch): " + percent + "%");
        assertTrue(percent >= MINIMUM_ACCURACY_PERCENT, run.toString());
    }
}
