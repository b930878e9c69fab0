package org.spiking4j.cli.wiring;

import java.nio.file.Path;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.component.DatasetSource;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Loads the dataset a command asks for: the command line's {@code --dataset}/{@code --data} win
 * over the circuit's {@code data} section; the default is MNIST, fetched when needed.
 */
public final class DatasetLoader {
    public static final String DEFAULT_SOURCE = "mnist";
    /** A folder holding this file follows the reference's NumPy convention. */
    private static final String NUMPY_MARKER = "trainX.npy";

    private final PluginRegistry registry;
    private final Path cacheFolder;

    public DatasetLoader(PluginRegistry registry, Path cacheFolder) {
        this.registry = registry;
        this.cacheFolder = cacheFolder;
    }

    public LabeledDataset load(CircuitDescription circuit, String sourceOption, Path folderOption) {
        String source = sourceOption;
        Path folder = folderOption;
        if (circuit != null && circuit.data() != null) {
            source = source != null ? source : circuit.data().source();
            folder = folder != null ? folder : circuit.data().path() == null ? null : Path.of(circuit.data().path());
        }
        if (source == null) {
            source = folder == null ? DEFAULT_SOURCE
                    : java.nio.file.Files.exists(folder.resolve(NUMPY_MARKER)) ? "npy" : "idx";
        }
        DatasetSource dataset = registry.require(DatasetSource.class, ComponentKind.DATASET_SOURCE, source);
        return dataset.load(folder, cacheFolder.resolve(source));
    }

    public DatasetSource source(String id) {
        return registry.require(DatasetSource.class, ComponentKind.DATASET_SOURCE, id);
    }

    public Path cacheFolder(String id) {
        return cacheFolder.resolve(id);
    }
}
