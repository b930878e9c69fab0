package org.spiking4j.runtime.io;

import java.util.Arrays;
import java.util.Optional;

/** The NumPy element types spiking4j reads and writes, with their little-endian .npy descriptors. */
public enum DType {
    FLOAT32("<f4", 4, float[].class),
    FLOAT64("<f8", 8, double[].class),
    UINT8("|u1", 1, byte[].class),
    INT32("<i4", 4, int[].class),
    INT64("<i8", 8, long[].class),
    BOOL("|b1", 1, boolean[].class);

    private final String descriptor;
    private final int itemSize;
    private final Class<?> arrayType;

    DType(String descriptor, int itemSize, Class<?> arrayType) {
        this.descriptor = descriptor;
        this.itemSize = itemSize;
        this.arrayType = arrayType;
    }

    /** The descriptor NumPy writes in a .npy header, e.g. {@code <f4}. */
    public String descriptor() {
        return descriptor;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** The Java array class that holds elements of this type. */
    public Class<?> arrayType() {
        return arrayType;
    }

    /**
     * The type for a little-endian ({@code <}) or byte-order-free ({@code |}) descriptor; empty for
     * big-endian and for types spiking4j does not hold.
     */
    public static Optional<DType> fromDescriptor(String descriptor) {
        if (descriptor.length() < 2) {
            return Optional.empty();
        }
        String code = descriptor.substring(1);
        char order = descriptor.charAt(0);
        boolean littleOrNone = order == '<' || order == '|';
        if (!littleOrNone) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.descriptor.substring(1).equals(code)).findFirst();
    }
}
