package org.spiking4j.runtime.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes tiny IDX files for tests. */
final class IdxTestFiles {

    private IdxTestFiles() {
    }

    /** Image file bytes: {@code count} images of rows x columns, pixel i of the whole set = (i * 7) mod 256. */
    static byte[] images(int count, int rows, int columns) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(count);
            out.writeInt(rows);
            out.writeInt(columns);
            for (int i = 0; i < count * rows * columns; i++) {
                out.writeByte(pixel(i));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static int pixel(int index) {
        return (index * 7) % 256;
    }

    static byte[] labels(int... labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(labels.length);
            for (int label : labels) {
                out.writeByte(label);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete dataset folder: 3 training and 2 test images of 2x2, under the given file names. */
    static void writeDataset(Path folder, String trainImages, String trainLabels, String testImages, String testLabels,
            boolean gzipped) {
        write(folder.resolve(trainImages), maybeGzip(images(3, 2, 2), gzipped));
        write(folder.resolve(trainLabels), maybeGzip(labels(0, 9, 4), gzipped));
        write(folder.resolve(testImages), maybeGzip(images(2, 2, 2), gzipped));
        write(folder.resolve(testLabels), maybeGzip(labels(7, 1), gzipped));
    }

    static void writeStandardDataset(Path folder) {
        writeDataset(folder, "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                "t10k-labels-idx1-ubyte", false);
    }

    private static byte[] maybeGzip(byte[] content, boolean gzipped) {
        return gzipped ? gzip(content) : content;
    }
}
