package org.spiking4j.cli;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small IDX dataset (class k lights row band k) so the CLI can train end to end in seconds. */
public final class TinyIdxDataset {
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;
    private static final int SIDE = 28;
    private static final int CLASSES = 10;

    private TinyIdxDataset() {
    }

    public static Path write(Path folder, int trainCount, int testCount) throws IOException {
        Files.createDirectories(folder);
        writeImages(folder.resolve("train-images-idx3-ubyte"), trainCount);
        writeLabels(folder.resolve("train-labels-idx1-ubyte"), trainCount);
        writeImages(folder.resolve("t10k-images-idx3-ubyte"), testCount);
        writeLabels(folder.resolve("t10k-labels-idx1-ubyte"), testCount);
        return folder;
    }

    private static void writeImages(Path file, int count) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(stream)) {
            out.writeInt(IMAGES_MAGIC);
            out.writeInt(count);
            out.writeInt(SIDE);
            out.writeInt(SIDE);
            for (int image = 0; image < count; image++) {
                for (int pixel = 0; pixel < SIDE * SIDE; pixel++) {
                    out.writeByte(pixel / (SIDE * SIDE / CLASSES) == image % CLASSES ? 230 : 0);
                }
            }
        }
    }

    private static void writeLabels(Path file, int count) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(stream)) {
            out.writeInt(LABELS_MAGIC);
            out.writeInt(count);
            for (int image = 0; image < count; image++) {
                out.writeByte(image % CLASSES);
            }
        }
    }
}
