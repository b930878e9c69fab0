package org.spiking4j.export.loihi.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.spiking4j.runtime.io.AtomicFileWriter;

/**
 * Copies the Python loader for .lava.h5 files next to the export. It builds the Lava processes,
 * prints the graph with {@code --dry-run} (NumPy and h5py only) and re-runs the golden vectors with
 * its own NumPy implementation of the integer equations with {@code --simulate}.
 */
public final class LoaderScript {
    public static final String FILE_NAME = "lava_loader.py";
    private static final String RESOURCE = "/org/spiking4j/export/loihi/lava_loader.py";

    public void copyTo(Path target) {
        byte[] script;
        try (InputStream in = LoaderScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The loader script " + RESOURCE + " is missing from the jar.");
            }
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the loader script " + RESOURCE + " from the jar.", e);
        }
        AtomicFileWriter.write(target, out -> out.write(script));
        target.toFile().setExecutable(true, false);
    }
}
