package org.spiking4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NdArrayTest {

    @Test
    void factoriesDefaultToOneDimension() {
        NdArray array = NdArray.ofInts(new int[] {1, 2, 3});
        assertArrayEquals(new int[] {3}, array.shape());
        assertEquals(3, array.size());
        assertEquals(DType.INT32, array.dtype());
    }

    @Test
    void shapeMustMatchData() {
        assertThrows(IllegalArgumentException.class, () -> NdArray.ofFloats(new float[5], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new NdArray(DType.FLOAT32, new int[] {2}, new int[2]));
    }

    @Test
    void asFloatsConvertsEveryDtype() {
        assertArrayEquals(new float[] {0, 128, 255}, NdArray.ofBytes(new byte[] {0, (byte) 128, (byte) 255}).asFloats());
        assertArrayEquals(new float[] {-1, 7}, NdArray.ofLongs(new long[] {-1, 7}).asFloats());
        assertArrayEquals(new float[] {1, 0}, NdArray.ofBooleans(new boolean[] {true, false}).asFloats());
        assertArrayEquals(new float[] {0.5f}, NdArray.ofDoubles(new double[] {0.5}).asFloats());
        float[] floats = {1, 2};
        assertSame(floats, NdArray.ofFloats(floats).asFloats());
    }

    @Test
    void equalityComparesContent() {
        assertEquals(NdArray.ofFloats(new float[] {1, 2, 3, 4}, 2, 2), NdArray.ofFloats(new float[] {1, 2, 3, 4}, 2, 2));
        assertEquals(NdArray.ofFloats(new float[] {1, 2}).hashCode(), NdArray.ofFloats(new float[] {1, 2}).hashCode());
        assertNotEquals(NdArray.ofFloats(new float[] {1, 2, 3, 4}, 2, 2), NdArray.ofFloats(new float[] {1, 2, 3, 4}, 4));
    }

    @Test
    void shapeIsDefensivelyCopied() {
        int[] shape = {2, 2};
        NdArray array = NdArray.ofFloats(new float[4], shape);
        shape[0] = 4;
        array.shape()[1] = 9;
        assertArrayEquals(new int[] {2, 2}, array.shape());
    }
}
