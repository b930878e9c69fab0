package org.spiking4j.engine.gpu.device;

import java.util.ArrayList;
import java.util.List;

/**
 * Several kernel files joined into one program ("include by concatenation": OpenCL 1.2 has no
 * portable #include from memory). Each file starts with a {@code #line 1 "name"} marker, so that
 * the compiler's messages point at the file and line the author wrote. The engine's prelude (float
 * semantics) always comes first.
 */
public record ProgramSource(List<KernelSource> files) {
    static final String PRELUDE = "prelude.cl";

    public ProgramSource {
        files = List.copyOf(files);
    }

    public static ProgramSource of(KernelSource... files) {
        return new ProgramSource(List.of(files));
    }

    /** The engine's own files by name, in order, e.g. ("philox.cl", "bernoulli.cl"). */
    public static ProgramSource builtin(String... fileNames) {
        List<KernelSource> sources = new ArrayList<>();
        for (String name : fileNames) {
            sources.add(KernelSource.builtin(name));
        }
        return new ProgramSource(sources);
    }

    /** A key that identifies the program among those a device has built. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (KernelSource file : files) {
            key.append(file.fileName()).append('#').append(file.text().hashCode()).append(';');
        }
        return key.toString();
    }

    /** The file names, for messages. */
    String names() {
        List<String> names = new ArrayList<>();
        files.forEach(file -> names.add(file.fileName()));
        return String.join(", ", names);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        List<KernelSource> all = new ArrayList<>();
        all.add(KernelSource.builtin(PRELUDE));
        all.addAll(files);
        for (KernelSource file : all) {
            text.append("#line 1 \"").append(file.fileName()).append("\"\n").append(file.text()).append('\n');
        }
        return text.toString();
    }
}
