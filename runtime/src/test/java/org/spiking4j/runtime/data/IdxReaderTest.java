package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledImages;

class IdxReaderTest {

    private static final float EXACT = 0f;

    @TempDir
    Path folder;

    @Test
    void readsPlainImagesAsScaledFloats() {
        Path file = IdxTestFiles.write(folder.resolve("images"), IdxTestFiles.images(2, 2, 3));
        IdxImages images = IdxReader.readImages(file);
        assertEquals(2, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.columns());
        assertEquals(6, images.features());
        for (int i = 0; i < 12; i++) {
            assertEquals(IdxTestFiles.pixel(i) / 255f, images.pixels()[i], EXACT);
        }
    }

    @Test
    void fullIntensityIsOne() {
        byte[] bytes = IdxTestFiles.images(1, 1, 2);
        bytes[bytes.length - 1] = (byte) 255;
        IdxImages images = IdxReader.readImages(IdxTestFiles.write(folder.resolve("white"), bytes));
        assertEquals(0f, images.pixels()[0], EXACT);
        assertEquals(1f, images.pixels()[1], EXACT);
    }

    @Test
    void detectsGzipByContentNotName() {
        Path gzippedWithoutSuffix = IdxTestFiles.write(folder.resolve("labels"), IdxTestFiles.gzip(IdxTestFiles.labels(3, 1, 4)));
        assertArrayEquals(new int[] {3, 1, 4}, IdxReader.readLabels(gzippedWithoutSuffix));
        Path gzipped = IdxTestFiles.write(folder.resolve("images.gz"), IdxTestFiles.gzip(IdxTestFiles.images(2, 2, 3)));
        Path plain = IdxTestFiles.write(folder.resolve("plain"), IdxTestFiles.images(2, 2, 3));
        assertArrayEquals(IdxReader.readImages(plain).pixels(), IdxReader.readImages(gzipped).pixels());
    }

    @Test
    void labelsAreUnsigned() {
        assertArrayEquals(new int[] {200, 255}, IdxReader.readLabels(
                IdxTestFiles.write(folder.resolve("labels"), IdxTestFiles.labels(200, 255))));
    }

    @Test
    void truncatedImagesNameTheFileAndTheShortfall() {
        byte[] bytes = IdxTestFiles.images(4, 3, 3);
        Path plain = IdxTestFiles.write(folder.resolve("cut"), Arrays.copyOf(bytes, bytes.length - 5));
        assertProblem(() -> IdxReader.readImages(plain), plain, "truncated", "4 images of 3x3");
        Path gzipped = IdxTestFiles.write(folder.resolve("cut.gz"), IdxTestFiles.gzip(Arrays.copyOf(bytes, bytes.length - 5)));
        assertProblem(() -> IdxReader.readImages(gzipped), gzipped, "truncated");
        byte[] zipped = IdxTestFiles.gzip(bytes);
        Path cutArchive = IdxTestFiles.write(folder.resolve("cut-archive.gz"), Arrays.copyOf(zipped, zipped.length / 2));
        assertProblem(() -> IdxReader.readImages(cutArchive), cutArchive, "truncated");
        Path header = IdxTestFiles.write(folder.resolve("header"), Arrays.copyOf(bytes, 6));
        assertProblem(() -> IdxReader.readImages(header), header, "truncated", "header");
        byte[] labels = IdxTestFiles.labels(1, 2, 3);
        Path cutLabels = IdxTestFiles.write(folder.resolve("cut-labels"), Arrays.copyOf(labels, labels.length - 1));
        assertProblem(() -> IdxReader.readLabels(cutLabels), cutLabels, "truncated", "3 labels");
    }

    @Test
    void wrongMagicSaysWhatWasExpectedAndFound() {
        Path labels = IdxTestFiles.write(folder.resolve("labels"), IdxTestFiles.labels(1, 2));
        assertProblem(() -> IdxReader.readImages(labels), labels, "0x00000801", "0x00000803");
        Path images = IdxTestFiles.write(folder.resolve("images"), IdxTestFiles.images(1, 1, 1));
        assertProblem(() -> IdxReader.readLabels(images), images, "0x00000803", "0x00000801");
        Path text = IdxTestFiles.write(folder.resolve("readme"), "hello, world".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertProblem(() -> IdxReader.readImages(text), text, "magic number");
    }

    @Test
    void splitChecksCountsAndLabelRange() {
        Path images = IdxTestFiles.write(folder.resolve("images"), IdxTestFiles.images(3, 2, 2));
        Path twoLabels = IdxTestFiles.write(folder.resolve("two-labels"), IdxTestFiles.labels(1, 2));
        assertProblem(() -> IdxReader.readSplit(images, twoLabels, 10), images, twoLabels.toString(), "3 images", "2 labels");
        Path bigLabel = IdxTestFiles.write(folder.resolve("big-label"), IdxTestFiles.labels(1, 2, 10));
        assertProblem(() -> IdxReader.readSplit(images, bigLabel, 10), bigLabel, "10", "row 2");
        LabeledImages split = IdxReader.readSplit(images,
                IdxTestFiles.write(folder.resolve("labels"), IdxTestFiles.labels(1, 2, 9)), 10);
        assertEquals(3, split.count());
        assertEquals(4, split.features());
        assertEquals(10, split.classes());
        assertArrayEquals(new int[] {1, 2, 9}, split.labels());
    }

    @Test
    void missingFileIsNamed() {
        Path absent = folder.resolve("absent");
        assertProblem(() -> IdxReader.readImages(absent), absent, "does not exist");
    }

    static void assertProblem(org.junit.jupiter.api.function.Executable action, Path file, String... fragments) {
        Spiking4jException e = assertThrows(Spiking4jException.class, action);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "missing '" + fragment + "' in: " + e.getMessage());
        }
    }
}
