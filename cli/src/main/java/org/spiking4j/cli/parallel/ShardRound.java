package org.spiking4j.cli.parallel;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.scaleout.ShardResult;
import org.spiking4j.api.scaleout.ShardWork;
import org.spiking4j.cli.wiring.BackendSelector;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.cli.wiring.Spiking4jModule;
import org.spiking4j.runtime.circuit.CircuitLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.CircuitTraining;
import org.spiking4j.runtime.training.ShardPlan;
import org.spiking4j.runtime.training.ShardSteps;

/**
 * One worker's part of a data-parallel round as it travels to an executor: the resolved circuit as
 * YAML text, the state to start from, its batches. On the executor it wires the command line's
 * services, compiles the circuit on the CPU engine (one thread: Spark reserves one core per task)
 * and trains its batches through {@link ShardSteps}.
 */
public record ShardRound(int shard, String circuitYaml, String dataset, String dataFolder, LinkedHashMap<String, float[]> arrays,
        LinkedHashMap<String, Double> scalars, int[] sampleIndices, int[] coordinates) implements ShardWork {
    private static final long serialVersionUID = 1L;
    private static final String CPU = "cpu";

    static ShardRound of(ShardPlan plan, String circuitYaml, String dataset, String dataFolder) {
        return new ShardRound(plan.shard(), circuitYaml, dataset, dataFolder, new LinkedHashMap<>(plan.start().arrays()),
                new LinkedHashMap<>(plan.start().scalars()), plan.sampleIndices(), plan.coordinates());
    }

    @Override
    public ShardResult run() {
        Injector services = Guice.createInjector(new Spiking4jModule());
        PluginRegistry registry = services.getInstance(PluginRegistry.class);
        CircuitDescription circuit = new CircuitLoader().parse(circuitYaml, "the circuit of shard " + shard);
        Backend backend = services.getInstance(BackendSelector.class).select(CPU);
        LabeledImages training = services.getInstance(DatasetLoader.class)
                .load(circuit, dataset, dataFolder == null ? null : Path.of(dataFolder)).train()
                .head(circuit.protocol().effectiveTrainLimit());
        String kernels = circuit.backend() == null ? "auto" : circuit.backend().effectiveKernels();
        try (Simulation simulation = backend.compile(circuit, new SimulationOptions(1, KernelChoice.parse(kernels)))) {
            return new ShardSteps(CircuitTraining.of(registry, circuit)).train(shard, simulation,
                    new SimulationState(arrays, scalars), training, sampleIndices,
                    coordinates, circuit.protocol().batchSize());
        }
    }
}
