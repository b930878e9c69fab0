package org.spiking4j.runtime.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array in C (row-major) order, as NumPy stores it. The data is a typed Java
 * array matching the dtype: float[] for FLOAT32, double[] for FLOAT64, byte[] for UINT8 (read
 * unsigned), int[] for INT32, long[] for INT64 and boolean[] for BOOL. The array is shared, not
 * copied, because datasets run to hundreds of megabytes: do not modify it after construction.
 *
 * @param shape the extent of each axis; empty for a scalar
 */
public record NdArray(DType dtype, int[] shape, Object data) {

    public NdArray {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(data, "data");
        shape = shape.clone();
        if (!dtype.arrayType().isInstance(data)) {
            throw new IllegalArgumentException("A " + dtype + " array needs " + dtype.arrayType().getSimpleName()
                    + " data, not " + data.getClass().getSimpleName() + ".");
        }
        long expected = elementCount(shape);
        int actual = java.lang.reflect.Array.getLength(data);
        if (expected != actual) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " holds " + expected
                    + " elements but the data has " + actual + ".");
        }
    }

    /** A float32 array; with no shape given, one-dimensional. */
    public static NdArray ofFloats(float[] data, int... shape) {
        return new NdArray(DType.FLOAT32, shapeOrVector(shape, data.length), data);
    }

    public static NdArray ofDoubles(double[] data, int... shape) {
        return new NdArray(DType.FLOAT64, shapeOrVector(shape, data.length), data);
    }

    /** An unsigned 8-bit array (each byte read as 0..255). */
    public static NdArray ofBytes(byte[] data, int... shape) {
        return new NdArray(DType.UINT8, shapeOrVector(shape, data.length), data);
    }

    public static NdArray ofInts(int[] data, int... shape) {
        return new NdArray(DType.INT32, shapeOrVector(shape, data.length), data);
    }

    public static NdArray ofLongs(long[] data, int... shape) {
        return new NdArray(DType.INT64, shapeOrVector(shape, data.length), data);
    }

    public static NdArray ofBooleans(boolean[] data, int... shape) {
        return new NdArray(DType.BOOL, shapeOrVector(shape, data.length), data);
    }

    /** The number of elements. */
    public long size() {
        return elementCount(shape);
    }

    /** The shape (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The number of axes. */
    public int rank() {
        return shape.length;
    }

    /** The extent of one axis. */
    public int dimension(int axis) {
        return shape[axis];
    }

    /**
     * The elements as float32: the backing array itself when the dtype is FLOAT32, otherwise a
     * converted copy (uint8 as 0..255, booleans as 0 or 1).
     */
    public float[] asFloats() {
        if (data instanceof float[] floats) {
            return floats;
        }
        float[] out = new float[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) element(i);
        }
        return out;
    }

    /** The elements as float64 (a copy); exact for every dtype except int64 beyond 2^53. */
    public double[] asDoubles() {
        double[] out = new double[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = element(i);
        }
        return out;
    }

    /** One element by flat (row-major) index, as a double. */
    public double element(int index) {
        return switch (dtype) {
            case FLOAT32 -> ((float[]) data)[index];
            case FLOAT64 -> ((double[]) data)[index];
            case UINT8 -> Byte.toUnsignedInt(((byte[]) data)[index]);
            case INT32 -> ((int[]) data)[index];
            case INT64 -> ((long[]) data)[index];
            case BOOL -> ((boolean[]) data)[index] ? 1 : 0;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NdArray that
                && dtype == that.dtype
                && Arrays.equals(shape, that.shape)
                && Objects.deepEquals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {data}));
    }

    @Override
    public String toString() {
        return "NdArray[" + dtype + " " + Arrays.toString(shape) + "]";
    }

    static long elementCount(int[] shape) {
        long count = 1;
        for (int extent : shape) {
            if (extent < 0) {
                throw new IllegalArgumentException("Negative extent in shape " + Arrays.toString(shape) + ".");
            }
            count *= extent;
        }
        return count;
    }

    private static int[] shapeOrVector(int[] shape, int length) {
        return shape.length == 0 ? new int[] {length} : shape;
    }
}
