package org.spiking4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;

class NpzArchiveTest {

    @Test
    void readsNumpySavezCompressed() {
        Map<String, NdArray> arrays = NpzArchive.read(TestFixtures.data("numpy_arrays.npz"));
        assertEquals(List.of("floats", "doubles", "bytes", "ints", "longs", "flags", "scalar"), List.copyOf(arrays.keySet()));
        assertEquals(NdArray.ofFloats(new float[] {0.0f, 0.5f, 1.0f, -1.5f, 2.25f, 3.125f}, 2, 3), arrays.get("floats"));
        assertEquals(NdArray.ofDoubles(new double[] {0.1, -2.0, 1e300, 3.5}), arrays.get("doubles"));
        assertEquals(NdArray.ofBytes(new byte[] {(byte) 250, (byte) 251, (byte) 252, (byte) 253,
                (byte) 254, (byte) 255, 0, 1}, 2, 2, 2), arrays.get("bytes"));
        assertEquals(NdArray.ofInts(new int[] {-7, 0, Integer.MAX_VALUE}), arrays.get("ints"));
        assertEquals(NdArray.ofLongs(new long[] {-9007199254740993L, 42}), arrays.get("longs"));
        assertEquals(NdArray.ofBooleans(new boolean[] {true, false, true}), arrays.get("flags"));
        assertArrayEquals(new int[0], arrays.get("scalar").shape());
        assertArrayEquals(new float[] {4.5f}, arrays.get("scalar").asFloats());
    }

    @Test
    void readsOneEntryAndListsKeys() {
        Path archive = TestFixtures.data("numpy_arrays.npz");
        assertEquals(NdArray.ofInts(new int[] {-7, 0, Integer.MAX_VALUE}), NpzArchive.read(archive, "ints"));
        assertEquals(7, NpzArchive.keys(archive).size());
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> NpzArchive.read(archive, "weights"));
        assertTrue(e.getMessage().contains("'weights'") && e.getMessage().contains("floats"), e.getMessage());
    }

    @Test
    void roundTripKeepsOrderAndEveryDtype(@TempDir Path folder) {
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        List<NdArray> samples = NpyFormatTest.oneArrayPerDtype();
        for (int i = 0; i < samples.size(); i++) {
            arrays.put("z" + (samples.size() - i), samples.get(i));
        }
        Path archive = folder.resolve("all.npz");
        NpzArchive.write(archive, arrays);
        assertEquals(arrays, NpzArchive.read(archive));
        assertEquals(List.copyOf(arrays.keySet()), List.copyOf(NpzArchive.read(archive).keySet()));
    }

    @Test
    void writeReplacesAtomicallyAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path archive = folder.resolve("state.npz");
        NpzArchive.write(archive, Map.of("a", NdArray.ofInts(new int[] {1})));
        NpzArchive.write(archive, Map.of("b", NdArray.ofInts(new int[] {2})));
        assertEquals(List.of("b"), NpzArchive.keys(archive));
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(archive), listing.toList());
        }
    }

    @Test
    void failedWriteKeepsTheOldFile(@TempDir Path folder) {
        Path archive = folder.resolve("state.npz");
        NpzArchive.write(archive, Map.of("a", NdArray.ofInts(new int[] {1})));
        Map<String, NdArray> failing = new LinkedHashMap<>();
        failing.put("b", NdArray.ofInts(new int[] {2}));
        failing.put("c", null);
        assertThrows(NullPointerException.class, () -> NpzArchive.write(archive, failing));
        assertEquals(List.of("a"), NpzArchive.keys(archive));
    }

    @Test
    void garbageAndTruncatedArchivesNameTheFile(@TempDir Path folder) throws IOException {
        Path garbage = folder.resolve("garbage.npz");
        Files.writeString(garbage, "not a zip");
        assertMessageNames(garbage);
        byte[] real = Files.readAllBytes(TestFixtures.data("numpy_arrays.npz"));
        Path cut = folder.resolve("cut.npz");
        Files.write(cut, Arrays.copyOf(real, real.length / 2));
        assertMessageNames(cut);
        assertMessageNames(folder.resolve("absent.npz"));
    }

    @Test
    void numpyLoadsWhatWeWrite(@TempDir Path folder) throws IOException {
        assumeTrue(PythonNumpy.available(), "python3 with numpy is not installed");
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        arrays.put("weights", NdArray.ofFloats(new float[] {0.25f, -1f, 3f, 4.5f, 5f, 6f}, 2, 3));
        arrays.put("pixels", NdArray.ofBytes(new byte[] {0, (byte) 255}));
        arrays.put("labels", NdArray.ofInts(new int[] {7, -2}));
        arrays.put("steps", NdArray.ofLongs(new long[] {1L << 40}));
        arrays.put("rates", NdArray.ofDoubles(new double[] {0.1}));
        arrays.put("mask", NdArray.ofBooleans(new boolean[] {true, false}));
        Path archive = folder.resolve("from-java.npz");
        NpzArchive.write(archive, arrays);
        String script = String.join("\n",
                "import sys, numpy as np",
                "d = np.load(sys.argv[1])",
                "for k in d.files:",
                "    a = d[k]",
                "    print(k, a.dtype.str, a.shape, a.flatten().tolist())");
        PythonNumpy.Result result = PythonNumpy.run(script, archive.toString());
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(String.join("\n",
                "weights <f4 (2, 3) [0.25, -1.0, 3.0, 4.5, 5.0, 6.0]",
                "pixels |u1 (2,) [0, 255]",
                "labels <i4 (2,) [7, -2]",
                "steps <i8 (1,) [1099511627776]",
                "rates <f8 (1,) [0.1]",
                "mask |b1 (2,) [True, False]"), result.output().strip());
    }

    private static void assertMessageNames(Path archive) {
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> NpzArchive.read(archive));
        assertTrue(e.getMessage().contains(archive.toString()), e.getMessage());
    }
}
