package org.spiking4j.export.loihi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.export.loihi.write.LoaderScript;

/** The files one export writes, decided before anything is computed, and the no-overwrite rule. */
record ExportFiles(Path folder, Map<ExportFormat, Path> formatFiles, Path loader, Path vectors, Path report) {

    static final String VECTORS_SUFFIX = ".vectors.h5";
    static final String REPORT_SUFFIX = ".export-report.json";

    static ExportFiles plan(Path folder, String baseName, Set<ExportFormat> formats, boolean withVectors) {
        Map<ExportFormat, Path> files = new LinkedHashMap<>();
        for (ExportFormat format : formats) {
            files.put(format, folder.resolve(baseName + format.suffix()));
        }
        Path loader = formats.contains(ExportFormat.LAVA) ? folder.resolve(LoaderScript.FILE_NAME) : null;
        Path vectors = withVectors ? folder.resolve(baseName + VECTORS_SUFFIX) : null;
        return new ExportFiles(folder, files, loader, vectors, folder.resolve(baseName + REPORT_SUFFIX));
    }

    List<Path> all() {
        List<Path> all = new ArrayList<>(formatFiles.values());
        if (loader != null) {
            all.add(loader);
        }
        if (vectors != null) {
            all.add(vectors);
        }
        all.add(report);
        return all;
    }

    /** Fails, before any work, when the folder is unusable or a file exists and {@code force} is off. */
    void checkWritable(boolean force) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Spiking4jException("The export folder " + folder + " is a file, not a folder; give --out a "
                    + "folder (it is created if missing).");
        }
        if (force) {
            return;
        }
        List<String> existing = all().stream().filter(Files::exists).map(p -> p.getFileName().toString()).toList();
        if (!existing.isEmpty()) {
            throw new Spiking4jException("The export would overwrite " + String.join(", ", existing) + " in " + folder
                    + ", and spiking4j never overwrites files without --force. Pass --force to replace them, or "
                    + "choose another --out folder.");
        }
    }

    /**
     * Runs {@code writing}; if it fails, deletes every planned file that did not exist before, since a
     * half set of files is as misleading as a half file.
     */
    <T> T writeOrRemove(java.util.function.Supplier<T> writing) {
        java.util.Set<Path> existedBefore = new java.util.HashSet<>(all().stream().filter(Files::exists).toList());
        try {
            return writing.get();
        } catch (RuntimeException e) {
            for (Path written : all()) {
                if (!existedBefore.contains(written)) {
                    try {
                        Files.deleteIfExists(written);
                    } catch (java.io.IOException ignored) {
                        // The original failure is what the user needs to see.
                    }
                }
            }
            throw e;
        }
    }
}
