package org.spiking4j.runtime.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.spiking4j.api.Spiking4jException;

/**
 * Reads and writes single arrays in NumPy's .npy format: reads header versions 1.0, 2.0 and 3.0,
 * writes version 1.0 (2.0 only for a header too long for 1.0), so that {@code numpy.load} reads
 * every file written here.
 */
public final class NpyFormat {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int VERSION_BYTES = 2;
    private static final int SHORT_LENGTH_BYTES = 2;
    private static final int LONG_LENGTH_BYTES = 4;
    /** NumPy pads the header so the data starts on a 64-byte boundary, which lets it be memory-mapped aligned. */
    private static final int HEADER_ALIGNMENT = 64;
    private static final int MAX_VERSION_1_HEADER = 0xFFFF;
    /** The largest Java array most virtual machines allocate. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    private static final long UNKNOWN_LENGTH = -1;
    /** Real headers are a few hundred bytes; a larger claim means a damaged length field. */
    private static final long MAX_HEADER_BYTES = 1 << 20;

    private NpyFormat() {
    }

    /** Reads a .npy file. */
    public static NdArray readNpy(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString(), Files.size(file));
        } catch (NoSuchFileException e) {
            throw new Spiking4jException("The array file " + file + " does not exist. Check the path.", e);
        } catch (IOException e) {
            throw new Spiking4jException("Could not read " + file + ": " + e.getMessage()
                    + ". Check that the file exists and is readable.", e);
        }
    }

    /** Reads one array from a stream; {@code source} names it in messages (a file or archive entry). */
    public static NdArray read(InputStream in, String source) {
        return read(in, source, UNKNOWN_LENGTH);
    }

    /** Reads one array from the bytes of a .npy file. */
    public static NdArray read(byte[] bytes, String source) {
        return read(new ByteArrayInputStream(bytes), source, bytes.length);
    }

    /**
     * Reads one array; when {@code totalBytes} is known a truncated file is reported before the
     * array is allocated.
     */
    static NdArray read(InputStream in, String source, long totalBytes) {
        NpyHeader header;
        long headerEnd;
        try {
            byte[] prefix = readBytes(in, MAGIC.length + VERSION_BYTES);
            checkMagic(prefix, source);
            int major = prefix[MAGIC.length];
            int lengthBytes = major == 1 ? SHORT_LENGTH_BYTES : LONG_LENGTH_BYTES;
            if (major < 1 || major > 3) {
                throw new Spiking4jException(source + " is a .npy file of format version " + major + "."
                        + prefix[MAGIC.length + 1] + ", but spiking4j reads versions 1.0, 2.0 and 3.0. "
                        + "Save it again with numpy.save, which writes version 1.0 when it can.");
            }
            long headerLength = littleEndian(readBytes(in, lengthBytes));
            if (headerLength > MAX_HEADER_BYTES) {
                throw new Spiking4jException(source + " declares a .npy header of " + headerLength
                        + " bytes, which no NumPy file has: the file is damaged. Write or download it again.");
            }
            Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            header = NpyHeader.parse(new String(readBytes(in, Math.toIntExact(headerLength)), charset), source);
            headerEnd = prefix.length + lengthBytes + headerLength;
        } catch (EOFException e) {
            throw new Spiking4jException(source + " ends inside its .npy header: the file is truncated or empty. "
                    + "Write or download it again.", e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        long count = header.elementCount();
        if (count > MAX_ELEMENTS) {
            throw new Spiking4jException(source + " holds " + count + " elements (shape "
                    + Arrays.toString(header.shape()) + "), more than the " + MAX_ELEMENTS
                    + " one Java array can hold. Split it into smaller arrays.");
        }
        long dataBytes = count * header.dtype().itemSize();
        if (totalBytes != UNKNOWN_LENGTH && totalBytes < headerEnd + dataBytes) {
            throw truncated(source, header, headerEnd + dataBytes, totalBytes);
        }
        try {
            Object data = NpyDataCodec.read(in, header.dtype(), (int) count);
            return new NdArray(header.dtype(), header.shape(), data);
        } catch (EOFException e) {
            throw truncated(source, header, headerEnd + dataBytes, UNKNOWN_LENGTH);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Writes one array in .npy format. */
    public static void write(NdArray array, OutputStream out) throws IOException {
        byte[] header = paddedHeader(new NpyHeader(array.dtype(), array.shape()).format());
        out.write(header);
        NpyDataCodec.write(out, array);
    }

    /** The bytes of a .npy file holding {@code array}. */
    public static byte[] toBytes(NdArray array) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(array, out);
        } catch (IOException e) {
            throw new IllegalStateException("In-memory streams do not fail.", e);
        }
        return out.toByteArray();
    }

    /** Writes a .npy file atomically: readers see the old file or the complete new one. */
    public static void writeNpy(Path file, NdArray array) {
        AtomicFileWriter.write(file, out -> write(array, out));
    }

    private static byte[] paddedHeader(String text) {
        int fixed = MAGIC.length + VERSION_BYTES + SHORT_LENGTH_BYTES;
        boolean longHeader = text.length() + 1 + fixed + HEADER_ALIGNMENT > MAX_VERSION_1_HEADER;
        if (longHeader) {
            fixed = MAGIC.length + VERSION_BYTES + LONG_LENGTH_BYTES;
        }
        int unpadded = fixed + text.length() + 1;
        int padding = (HEADER_ALIGNMENT - unpadded % HEADER_ALIGNMENT) % HEADER_ALIGNMENT;
        String padded = text + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(fixed + padded.length()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) (longHeader ? 2 : 1)).put((byte) 0);
        if (longHeader) {
            buffer.putInt(padded.length());
        } else {
            buffer.putShort((short) padded.length());
        }
        buffer.put(padded.getBytes(StandardCharsets.ISO_8859_1));
        return buffer.array();
    }

    private static void checkMagic(byte[] prefix, String source) {
        if (Arrays.equals(prefix, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return;
        }
        boolean zip = prefix[0] == 'P' && prefix[1] == 'K';
        throw new Spiking4jException(source + " is not a .npy file: it does not start with NumPy's magic bytes"
                + (zip ? " (it looks like a zip archive; read .npz archives with NpzArchive)" : "")
                + ". Check the file name, or write the array again with numpy.save.");
    }

    private static Spiking4jException truncated(String source, NpyHeader header, long expected, long found) {
        return new Spiking4jException(source + " is truncated: its header promises a " + header.dtype().descriptor()
                + " array of shape " + Arrays.toString(header.shape()) + ", " + expected + " bytes in all, but "
                + (found == UNKNOWN_LENGTH ? "the data ends early" : "the file has only " + found + " bytes")
                + ". Write or download it again.");
    }

    private static Spiking4jException unreadable(String source, IOException e) {
        return new Spiking4jException("Could not read " + source + ": " + e.getMessage()
                + ". Check that the file is complete and readable.", e);
    }

    private static byte[] readBytes(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        NpyDataCodec.readFully(in, bytes, length);
        return bytes;
    }

    private static long littleEndian(byte[] bytes) {
        long value = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            value = (value << 8) | Byte.toUnsignedInt(bytes[i]);
        }
        return value;
    }
}
