package org.spiking4j.export.loihi.write;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.spiking4j.api.Spiking4jException;

/**
 * Writes one HDF5 file with jHDF under a temporary name in the target folder and renames it into
 * place once complete, so a failed export never leaves a half-written file under the real name.
 */
final class H5File {
    private static final String JHDF_MARKER = "_jHDF";

    /** Fills the root group of the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(H5Group root);
    }

    private H5File() {
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temporary);
            try (WritableHdfFile file = HdfFile.write(temporary)) {
                // jHDF tags the root with a version attribute; these layouts hold datasets only.
                file.removeAttribute(JHDF_MARKER);
                content.writeTo(new H5Group(file, "/"));
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | io.jhdf.exceptions.HdfException e) {
            throw new Spiking4jException("Could not write " + target + ": " + rootCause(e)
                    + ". Check that the folder is writable and the disk has space.", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A leftover hidden .partial file is harmless; the original outcome matters more.
            }
        }
    }

    /** jHDF wraps the operating system's reason ("No space left on device") in its own "Exception writing". */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
