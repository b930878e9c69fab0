package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.model.ModelDirectory;
import org.spiking4j.runtime.plugin.PluginRegistry;

/** What evaluate, export and report do first with a trained model: read it, pick its backend, load its data. */
final class TrainedModelServices {
    private final PluginRegistry registry;
    private final ModelDirectory models;
    private final BackendSelector backends;
    private final DatasetLoader datasets;

    @Inject
    TrainedModelServices(PluginRegistry registry, ModelDirectory models, BackendSelector backends,
            DatasetLoader datasets) {
        this.registry = registry;
        this.models = models;
        this.backends = backends;
        this.datasets = datasets;
    }

    PluginRegistry registry() {
        return registry;
    }

    Checkpoint read(ModelOptions options) {
        return models.read(options.model);
    }

    Backend backend(CircuitDescription circuit, ModelOptions options) {
        return backends.select(options.backendOptions.backendId(circuit.backend()));
    }

    SimulationOptions simulationOptions(CircuitDescription circuit, ModelOptions options) {
        return options.backendOptions.simulationOptions(circuit.backend());
    }

    LabeledDataset data(CircuitDescription circuit, ModelOptions options) {
        return datasets.load(circuit, options.dataOptions.dataset, options.dataOptions.folder);
    }
}
