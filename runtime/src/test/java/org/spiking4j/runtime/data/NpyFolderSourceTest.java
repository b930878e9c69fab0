package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpyFormat;

class NpyFolderSourceTest {

    private static final float EXACT = 0f;

    @TempDir
    Path folder;

    /** uint8 images (N, 2, 2) with int64 labels (N,). */
    static void writeIntegerLabelled(Path folder) {
        NpyFormat.writeNpy(folder.resolve("trainX.npy"), NdArray.ofBytes(new byte[] {0, (byte) 255, 51, 102, 1, 2, 3, 4}, 2, 2, 2));
        NpyFormat.writeNpy(folder.resolve("trainY.npy"), NdArray.ofLongs(new long[] {2, 0}));
        NpyFormat.writeNpy(folder.resolve("testX.npy"), NdArray.ofBytes(new byte[4], 1, 2, 2));
        NpyFormat.writeNpy(folder.resolve("testY.npy"), NdArray.ofLongs(new long[] {4}));
    }

    @Test
    void readsOneHotFloatRows() {
        NpyFormat.writeNpy(folder.resolve("trainX.npy"), NdArray.ofFloats(new float[] {0, 0.5f, 1, 0.25f, 0, 0}, 2, 3));
        NpyFormat.writeNpy(folder.resolve("trainY.npy"), NdArray.ofFloats(new float[] {0, 0, 1, 0, 0, 1, 0, 0}, 2, 4));
        NpyFormat.writeNpy(folder.resolve("testX.npy"), NdArray.ofDoubles(new double[] {1, 1, 1}, 1, 3));
        NpyFormat.writeNpy(folder.resolve("testY.npy"), NdArray.ofFloats(new float[] {1, 0, 0, 0}, 1, 4));
        LabeledDataset dataset = new NpyFolderSource().load(folder, null);
        assertArrayEquals(new int[] {2, 1}, dataset.train().labels());
        assertArrayEquals(new int[] {0}, dataset.test().labels());
        assertEquals(4, dataset.train().classes(), "the one-hot width, though class 3 never occurs");
        assertEquals(3, dataset.train().features());
        assertArrayEquals(new float[] {0, 0.5f, 1, 0.25f, 0, 0}, dataset.train().pixels(), EXACT);
        assertArrayEquals(new float[] {1, 1, 1}, dataset.test().pixels(), EXACT);
    }

    @Test
    void readsIntegerLabelsAndScalesBytes() {
        writeIntegerLabelled(folder);
        LabeledDataset dataset = new NpyFolderSource().load(folder, null);
        assertArrayEquals(new int[] {2, 0}, dataset.train().labels());
        assertEquals(5, dataset.train().classes(), "largest label 4, plus one");
        assertEquals(4, dataset.train().features(), "(N, 2, 2) is flattened");
        assertArrayEquals(new float[] {0, 1, 0.2f, 0.4f}, java.util.Arrays.copyOf(dataset.train().pixels(), 4), EXACT);
    }

    @Test
    void floatPixelsOutsideTheUnitRangeAreRejectedWithAHint() {
        writeIntegerLabelled(folder);
        Path x = folder.resolve("trainX.npy");
        NpyFormat.writeNpy(x, NdArray.ofFloats(new float[] {0, 128, 255, 3, 1, 2, 3, 4}, 2, 4));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), x, "128.0", "divide them by 255");
    }

    @Test
    void shapesMustAgree() {
        writeIntegerLabelled(folder);
        Path y = folder.resolve("trainY.npy");
        NpyFormat.writeNpy(y, NdArray.ofInts(new int[] {1, 2, 3}));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), y, "2 images", "3 labels");

        writeIntegerLabelled(folder);
        Path testX = folder.resolve("testX.npy");
        NpyFormat.writeNpy(testX, NdArray.ofBytes(new byte[3], 1, 3));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), testX, "4 values", "3");

        writeIntegerLabelled(folder);
        Path flat = folder.resolve("trainX.npy");
        NpyFormat.writeNpy(flat, NdArray.ofBytes(new byte[8]));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), flat, "(N, features)");
    }

    @Test
    void labelsMustBeClassIndicesOrOneHot() {
        writeIntegerLabelled(folder);
        Path y = folder.resolve("trainY.npy");
        NpyFormat.writeNpy(y, NdArray.ofFloats(new float[] {0.5f, 0.5f, 0, 1}, 2, 2));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), y, "row 0", "one-hot");
        NpyFormat.writeNpy(y, NdArray.ofInts(new int[] {1, -1}));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), y, "-1", "row 1");
        NpyFormat.writeNpy(y, NdArray.ofFloats(new float[] {1.5f, 0}));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), y, "1.5");
    }

    @Test
    void missingFileListsTheNames() throws Exception {
        writeIntegerLabelled(folder);
        Files.delete(folder.resolve("testY.npy"));
        IdxReaderTest.assertProblem(() -> new NpyFolderSource().load(folder, null), folder, "lacks testY.npy", "trainX.npy");
    }
}
