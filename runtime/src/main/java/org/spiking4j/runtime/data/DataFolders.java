package org.spiking4j.runtime.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.spiking4j.api.Spiking4jException;

/** The checks and names every folder-reading dataset source shares. */
final class DataFolders {

    private DataFolders() {
    }

    /** The folder, or a message saying that this source needs one and what it must hold. */
    static Path require(Path folder, String sourceId, String expectedFiles) {
        if (folder == null) {
            throw new Spiking4jException("The '" + sourceId + "' dataset source reads its files from a folder you "
                    + "name: pass --data DIR with a folder holding " + expectedFiles + ".");
        }
        requireExisting(folder);
        return folder;
    }

    /** Throws unless {@code folder} is an existing folder. */
    static void requireExisting(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new Spiking4jException("The data folder " + folder + " does not exist or is not a folder. "
                    + "Check the --data path.");
        }
    }

    /** A short dataset name from the folder's own name. */
    static String nameOf(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
