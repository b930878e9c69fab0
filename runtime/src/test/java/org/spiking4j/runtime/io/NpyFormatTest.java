package org.spiking4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;

class NpyFormatTest {

    private static final int NUMPY_ALIGNMENT = 64;
    private static final float[] FIXTURE_FLOATS = {0.0f, 0.5f, 1.0f, -1.5f, 2.25f, 3.125f};

    static List<NdArray> oneArrayPerDtype() {
        return List.of(
                NdArray.ofFloats(new float[] {0f, -1.5f, Float.MAX_VALUE, Float.MIN_VALUE, 3f, 4f}, 2, 3),
                NdArray.ofDoubles(new double[] {Math.PI, -0.0, 1e300}),
                NdArray.ofBytes(new byte[] {0, 1, (byte) 200, (byte) 255}, 2, 1, 2),
                NdArray.ofInts(new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}),
                NdArray.ofLongs(new long[] {Long.MIN_VALUE, 1L << 40}),
                NdArray.ofBooleans(new boolean[] {true, false, true, true}, 2, 2),
                new NdArray(DType.FLOAT32, new int[0], new float[] {4.5f}),
                NdArray.ofFloats(new float[0], 0, 784));
    }

    @Test
    void everyDtypeSurvivesARoundTrip() {
        for (NdArray array : oneArrayPerDtype()) {
            assertEquals(array, NpyFormat.read(NpyFormat.toBytes(array), "round-trip"), array.toString());
        }
    }

    @Test
    void largeArraysCrossChunkBoundaries() {
        final int count = 100_003;
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = i * 0.25f;
        }
        NdArray array = NdArray.ofFloats(values);
        assertEquals(array, NpyFormat.read(NpyFormat.toBytes(array), "large"));
    }

    @Test
    void headerIsPaddedLikeNumpy() {
        byte[] bytes = NpyFormat.toBytes(NdArray.ofFloats(new float[] {1, 2, 3}));
        int headerLength = Byte.toUnsignedInt(bytes[8]) | Byte.toUnsignedInt(bytes[9]) << 8;
        int dataStart = 10 + headerLength;
        assertEquals(0, dataStart % NUMPY_ALIGNMENT);
        assertEquals('\n', bytes[dataStart - 1]);
        assertEquals(1, bytes[6]);
        assertEquals(3 * Float.BYTES, bytes.length - dataStart);
        String header = new String(bytes, 10, headerLength, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }"), header);
    }

    @Test
    void readsNumpyVersions2And3() {
        for (String name : List.of("version2.npy", "version3.npy")) {
            NdArray array = NpyFormat.readNpy(TestFixtures.data(name));
            assertArrayEquals(new int[] {2, 3}, array.shape(), name);
            assertArrayEquals(FIXTURE_FLOATS, array.asFloats(), name);
        }
    }

    @Test
    void rejectsFortranOrderNamingTheFile() {
        Path file = TestFixtures.data("fortran_order.npy");
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> NpyFormat.readNpy(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("Fortran"), e.getMessage());
    }

    @Test
    void rejectsBigEndianNamingTheFile() {
        Path file = TestFixtures.data("big_endian.npy");
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> NpyFormat.readNpy(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("big-endian"), e.getMessage());
    }

    @Test
    void rejectsUnsupportedDtype() {
        byte[] bytes = NpyFormat.toBytes(NdArray.ofFloats(new float[] {1}));
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("<f4", "<c8");
        Spiking4jException e = assertThrows(Spiking4jException.class,
                () -> NpyFormat.read(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "complex.npy"));
        assertTrue(e.getMessage().contains("complex.npy") && e.getMessage().contains("<c8"), e.getMessage());
    }

    @Test
    void truncatedFileIsReportedBeforeReadingData(@TempDir Path folder) throws IOException {
        byte[] bytes = NpyFormat.toBytes(NdArray.ofFloats(new float[100], 10, 10));
        Path file = folder.resolve("cut.npy");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> NpyFormat.readNpy(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedStreamIsReported() {
        byte[] bytes = NpyFormat.toBytes(NdArray.ofInts(new int[] {1, 2, 3}));
        Spiking4jException e = assertThrows(Spiking4jException.class,
                () -> NpyFormat.read(new java.io.ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1)), "stream.npy"));
        assertTrue(e.getMessage().contains("stream.npy") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedHeaderAndGarbageAreReported(@TempDir Path folder) throws IOException {
        Path cut = folder.resolve("header.npy");
        Files.write(cut, Arrays.copyOf(NpyFormat.toBytes(NdArray.ofInts(new int[] {1})), 20));
        assertMessageNames(cut, "truncated");
        Path empty = folder.resolve("empty.npy");
        Files.write(empty, new byte[0]);
        assertMessageNames(empty, "truncated");
        Path garbage = folder.resolve("garbage.npy");
        Files.writeString(garbage, "this is not an array at all");
        assertMessageNames(garbage, "not a .npy file");
        assertMessageNames(folder.resolve("absent.npy"), "does not exist");
    }

    @Test
    void writeNpyReplacesTheFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("x.npy");
        NpyFormat.writeNpy(file, NdArray.ofInts(new int[] {1}));
        NpyFormat.writeNpy(file, NdArray.ofInts(new int[] {2, 3}));
        assertEquals(NdArray.ofInts(new int[] {2, 3}), NpyFormat.readNpy(file));
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    private static void assertMessageNames(Path file, String problem) {
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> NpyFormat.readNpy(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(problem), e.getMessage());
    }
}
