package org.spiking4j.runtime.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledImages;

/**
 * Reads the IDX files MNIST and its look-alikes ship in: big-endian headers followed by unsigned
 * bytes. Gzipped files are recognised by their first two bytes, whatever their name.
 */
public final class IdxReader {

    /** Unsigned bytes, 3 dimensions: (count, rows, columns). */
    static final int IMAGES_MAGIC = 0x00000803;
    /** Unsigned bytes, 1 dimension: (count). */
    static final int LABELS_MAGIC = 0x00000801;
    private static final int GZIP_FIRST = 0x1f;
    private static final int GZIP_SECOND = 0x8b;
    private static final float MAX_INTENSITY = 255f;
    private static final int CHUNK_BYTES = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 16;

    private IdxReader() {
    }

    /** Reads an image file such as train-images-idx3-ubyte(.gz). */
    public static IdxImages readImages(Path file) {
        try (DataInputStream in = open(file)) {
            checkMagic(in.readInt(), IMAGES_MAGIC, "an image file (unsigned bytes, 3 dimensions)", file);
            int count = dimension(in.readInt(), file);
            int rows = dimension(in.readInt(), file);
            int columns = dimension(in.readInt(), file);
            long total = (long) count * rows * columns;
            if (total > Integer.MAX_VALUE - 8) {
                throw new Spiking4jException(file + " declares " + count + " images of " + rows + "x" + columns
                        + " pixels, more than one Java array holds. The header is damaged, or the set must be split.");
            }
            float[] pixels = readIntensities(in, (int) total, file,
                    "it ends before the " + count + " images of " + rows + "x" + columns + " pixels its header promises");
            return new IdxImages(pixels, count, rows, columns);
        } catch (EOFException e) {
            throw truncated(file, "it ends inside its IDX header");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads a label file such as train-labels-idx1-ubyte(.gz): one class index (0..255) per image. */
    public static int[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            checkMagic(in.readInt(), LABELS_MAGIC, "a label file (unsigned bytes, 1 dimension)", file);
            int count = dimension(in.readInt(), file);
            byte[] bytes = new byte[count];
            try {
                in.readFully(bytes);
            } catch (EOFException e) {
                throw truncated(file, "it ends before the " + count + " labels its header promises");
            }
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = Byte.toUnsignedInt(bytes[i]);
            }
            return labels;
        } catch (EOFException e) {
            throw truncated(file, "it ends inside its IDX header");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads an image file and its label file as one split, checking that they agree. */
    public static LabeledImages readSplit(Path imagesFile, Path labelsFile, int classes) {
        IdxImages images = readImages(imagesFile);
        int[] labels = readLabels(labelsFile);
        if (images.count() != labels.length) {
            throw new Spiking4jException(imagesFile + " holds " + images.count() + " images but " + labelsFile
                    + " holds " + labels.length + " labels; they must match one to one. Check that both files "
                    + "belong to the same split (train or t10k) of the same dataset.");
        }
        ClassLabels.checkRange(labels, classes, labelsFile.toString());
        return new LabeledImages(images.pixels(), labels, images.count(), images.features(), classes);
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        } catch (NoSuchFileException e) {
            throw new Spiking4jException("The IDX file " + file + " does not exist. Check the --data folder.", e);
        }
        try {
            raw.mark(2);
            boolean gzipped = raw.read() == GZIP_FIRST && raw.read() == GZIP_SECOND;
            raw.reset();
            InputStream content = gzipped ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER_BYTES), BUFFER_BYTES) : raw;
            return new DataInputStream(content);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static float[] readIntensities(DataInputStream in, int total, Path file, String shortfall) throws IOException {
        float[] pixels = new float[total];
        byte[] chunk = new byte[CHUNK_BYTES];
        for (int start = 0; start < total; start += CHUNK_BYTES) {
            int n = Math.min(CHUNK_BYTES, total - start);
            try {
                in.readFully(chunk, 0, n);
            } catch (EOFException e) {
                throw truncated(file, shortfall);
            }
            for (int i = 0; i < n; i++) {
                pixels[start + i] = Byte.toUnsignedInt(chunk[i]) / MAX_INTENSITY;
            }
        }
        return pixels;
    }

    private static void checkMagic(int found, int expected, String what, Path file) {
        if (found != expected) {
            throw new Spiking4jException(file + " starts with the magic number " + hex(found) + ", but " + what
                    + " starts with " + hex(expected) + ". Check that the file is the one its name says "
                    + "(images: *-images-idx3-ubyte, labels: *-labels-idx1-ubyte) and not damaged.");
        }
    }

    private static int dimension(int value, Path file) {
        if (value < 0) {
            throw new Spiking4jException(file + " declares a negative dimension (" + value
                    + ") in its IDX header: the file is damaged. Download it again.");
        }
        return value;
    }

    private static String hex(int value) {
        return String.format("0x%08X", value);
    }

    private static Spiking4jException truncated(Path file, String detail) {
        return new Spiking4jException(file + " is truncated: " + detail
                + ". The download was probably interrupted; delete the file and download it again.");
    }

    private static Spiking4jException unreadable(Path file, IOException e) {
        return new Spiking4jException("Could not read the IDX file " + file + ": " + e.getMessage()
                + ". If it is gzipped it may be damaged; download it again.", e);
    }
}
