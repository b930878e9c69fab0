package org.spiking4j.export.loihi.write;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.util.HashSet;
import java.util.Set;

/**
 * A group being written with jHDF, with the guards jHDF lacks: a repeated name would silently
 * replace the earlier node, and an empty array cannot be written at all. Arrays are read at
 * close(), so callers pass arrays they no longer modify.
 */
final class H5Group {
    private final WritableGroup group;
    private final String path;
    private final Set<String> names = new HashSet<>();

    H5Group(WritableGroup group, String path) {
        this.group = group;
        this.path = path;
    }

    H5Group group(String name) {
        claim(name);
        return new H5Group(group.putGroup(name), path + name + "/");
    }

    void int32(String name, int value) {
        put(name, Integer.valueOf(value));
    }

    void float64(String name, double value) {
        put(name, Double.valueOf(value));
    }

    /** A scalar fixed-length UTF-8 string, which h5py reads with {@code [()]} as bytes. */
    void scalarString(String name, String value) {
        put(name, value);
    }

    /** A 1-D fixed-length UTF-8 string array. */
    void stringArray(String name, String[] values) {
        requireNonEmpty(name, values.length);
        put(name, values);
    }

    /** A 2-D fixed-length UTF-8 string array. */
    void stringMatrix(String name, String[][] values) {
        requireNonEmpty(name, values.length);
        put(name, values);
    }

    void int32Array(String name, int[] values) {
        requireNonEmpty(name, values.length);
        put(name, values);
    }

    void int64Array(String name, long[] values) {
        requireNonEmpty(name, values.length);
        put(name, values);
    }

    void float32Array(String name, float[] values) {
        requireNonEmpty(name, values.length);
        put(name, values);
    }

    void float32Matrix(String name, float[][] values) {
        requireNonEmpty(name, values.length * (values.length == 0 ? 0 : values[0].length));
        put(name, values);
    }

    void int16Matrix(String name, short[][] values) {
        requireNonEmpty(name, values.length * (values.length == 0 ? 0 : values[0].length));
        put(name, values);
    }

    /** An unsigned 8-bit array of any rank (a byte[][]… of equal extents). */
    void uint8(String name, Object byteArrays, long elements) {
        requireNonEmpty(name, elements);
        UnsignedBytes.markUnsigned(put(name, byteArrays));
    }

    private WritableDataset put(String name, Object value) {
        claim(name);
        return group.putDataset(name, value);
    }

    private void claim(String name) {
        if (!names.add(name)) {
            throw new IllegalStateException("Two nodes named '" + path + name + "'; jHDF would keep only the last.");
        }
    }

    private void requireNonEmpty(String name, long elements) {
        if (elements == 0) {
            throw new IllegalStateException("Dataset '" + path + name + "' would be empty, which jHDF cannot write.");
        }
    }
}
