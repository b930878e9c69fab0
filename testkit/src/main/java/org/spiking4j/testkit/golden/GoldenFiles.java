package org.spiking4j.testkit.golden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.spiking4j.api.Spiking4jException;

/** The golden file shipped with the testkit (a copy of shared/oracle/csdp-small.npz). */
public final class GoldenFiles {
    /** Class-path location of the bundled golden file. */
    public static final String BUNDLED = "/golden/csdp-small.npz";

    private GoldenFiles() {
    }

    /** Copies the bundled golden file into a folder and returns its path. */
    public static Path copyBundled(Path folder) {
        Path target = folder.resolve("csdp-small.npz");
        try (InputStream in = GoldenFiles.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new Spiking4jException("The testkit jar lacks " + BUNDLED + "; rebuild it.");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new Spiking4jException("Cannot copy the golden file to " + folder + ": " + e.getMessage());
        }
    }
}
