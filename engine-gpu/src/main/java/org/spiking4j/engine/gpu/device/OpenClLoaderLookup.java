package org.spiking4j.engine.gpu.device;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whether the OpenCL loader library ({@code libOpenCL.so}) is installed, found before JOCL tries it:
 * JOCL's native initialiser prints "Could not load libOpenCL.so" to the terminal for every name it
 * tries, before any log level can be set, so a CPU-only machine would see those lines on every run.
 * On Linux the dynamic linker's cache and {@code LD_LIBRARY_PATH} are searched; elsewhere the answer
 * is "maybe", and JOCL decides.
 */
final class OpenClLoaderLookup {
    private static final String LIBRARY = "libOpenCL.so";
    private static final Path LINKER_CACHE = Path.of("/etc/ld.so.cache");

    private final Path linkerCache;
    private final String libraryPath;
    private final boolean linux;

    OpenClLoaderLookup(Path linkerCache, String libraryPath, boolean linux) {
        this.linkerCache = linkerCache;
        this.libraryPath = libraryPath;
        this.linux = linux;
    }

    static OpenClLoaderLookup ofThisMachine() {
        return new OpenClLoaderLookup(LINKER_CACHE, System.getenv("LD_LIBRARY_PATH"),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"));
    }

    /** False only when the library is certainly absent; then JOCL need not be touched at all. */
    boolean mayBePresent() {
        if (!linux || !Files.isRegularFile(linkerCache)) {
            return true;
        }
        if (libraryPath != null) {
            for (String folder : libraryPath.split(File.pathSeparator)) {
                if (!folder.isEmpty() && hasLibrary(Path.of(folder))) {
                    return true;
                }
            }
        }
        try {
            // The cache holds every library name as text; a substring search is enough to know.
            return new String(Files.readAllBytes(linkerCache), StandardCharsets.ISO_8859_1).contains(LIBRARY);
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean hasLibrary(Path folder) {
        for (String name : List.of(LIBRARY, LIBRARY + ".1")) {
            if (Files.exists(folder.resolve(name))) {
                return true;
            }
        }
        return false;
    }
}
