package org.spiking4j.runtime.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Converts between little-endian element bytes and typed Java arrays, a chunk at a time so that a
 * large array never needs a second full-size byte copy.
 */
final class NpyDataCodec {

    private static final int CHUNK_BYTES = 1 << 16;

    private NpyDataCodec() {
    }

    /** Reads {@code count} elements; throws EOFException when the stream ends first. */
    static Object read(InputStream in, DType dtype, int count) throws IOException {
        Object data = java.lang.reflect.Array.newInstance(dtype.arrayType().getComponentType(), count);
        int perChunk = CHUNK_BYTES / dtype.itemSize();
        byte[] chunk = new byte[perChunk * dtype.itemSize()];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < count; start += perChunk) {
            int n = Math.min(perChunk, count - start);
            readFully(in, chunk, n * dtype.itemSize());
            buffer.clear();
            decode(buffer, dtype, data, start, n);
        }
        return data;
    }

    /** Writes every element of {@code array}. */
    static void write(OutputStream out, NdArray array) throws IOException {
        DType dtype = array.dtype();
        int count = Math.toIntExact(array.size());
        int perChunk = CHUNK_BYTES / dtype.itemSize();
        byte[] chunk = new byte[perChunk * dtype.itemSize()];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < count; start += perChunk) {
            int n = Math.min(perChunk, count - start);
            buffer.clear();
            encode(buffer, dtype, array.data(), start, n);
            out.write(chunk, 0, n * dtype.itemSize());
        }
    }

    private static void decode(ByteBuffer buffer, DType dtype, Object data, int start, int n) {
        switch (dtype) {
            case FLOAT32 -> buffer.asFloatBuffer().get((float[]) data, start, n);
            case FLOAT64 -> buffer.asDoubleBuffer().get((double[]) data, start, n);
            case UINT8 -> buffer.get((byte[]) data, start, n);
            case INT32 -> buffer.asIntBuffer().get((int[]) data, start, n);
            case INT64 -> buffer.asLongBuffer().get((long[]) data, start, n);
            case BOOL -> {
                boolean[] flags = (boolean[]) data;
                for (int i = 0; i < n; i++) {
                    flags[start + i] = buffer.get(i) != 0;
                }
            }
        }
    }

    private static void encode(ByteBuffer buffer, DType dtype, Object data, int start, int n) {
        switch (dtype) {
            case FLOAT32 -> buffer.asFloatBuffer().put((float[]) data, start, n);
            case FLOAT64 -> buffer.asDoubleBuffer().put((double[]) data, start, n);
            case UINT8 -> buffer.put((byte[]) data, start, n);
            case INT32 -> buffer.asIntBuffer().put((int[]) data, start, n);
            case INT64 -> buffer.asLongBuffer().put((long[]) data, start, n);
            case BOOL -> {
                boolean[] flags = (boolean[]) data;
                for (int i = 0; i < n; i++) {
                    buffer.put(i, (byte) (flags[start + i] ? 1 : 0));
                }
            }
        }
    }

    static void readFully(InputStream in, byte[] target, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(target, done, length - done);
            if (n < 0) {
                throw new EOFException("Stream ended after " + done + " of " + length + " bytes.");
            }
            done += n;
        }
    }
}
