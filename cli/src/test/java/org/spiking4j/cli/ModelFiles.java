package org.spiking4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginLoader;

/** Test helpers on model directories: copy one (with its checkpoint folders), find and read its current files. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** Copies the directory tree; hard links become independent files in the copy. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    /** The folder holding the current checkpoint's files. */
    static Path current(Path model) {
        return new ModelDirectory(new PluginLoader(ModelFiles.class.getClassLoader()).load(null)).currentFiles(model);
    }

    static Map<String, NdArray> weights(Path model) {
        return NpzArchive.read(current(model).resolve("weights.npz"));
    }

    /** Temporary files and checkpoint folders beyond the current and the previous one. */
    static java.util.List<Path> leftovers(Path model) {
        try (Stream<Path> walk = Files.walk(model)) {
            java.util.List<Path> found = new java.util.ArrayList<>(walk.filter(path -> path.getFileName().toString()
                    .endsWith(".partial")).toList());
            Path checkpoints = model.resolve("checkpoints");
            if (Files.isDirectory(checkpoints)) {
                try (Stream<Path> generations = Files.list(checkpoints)) {
                    java.util.List<Path> all = generations.sorted().toList();
                    found.addAll(all.subList(0, Math.max(0, all.size() - 2)));
                }
            }
            return found;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
