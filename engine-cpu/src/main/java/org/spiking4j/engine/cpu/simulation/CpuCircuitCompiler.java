package org.spiking4j.engine.cpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.circuit.StepSchedule;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.cpu.parallel.RangeTask;
import org.spiking4j.engine.cpu.parallel.WorkerPool;
import org.spiking4j.engine.cpu.spi.BatchContext;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SignalBuffers;

/**
 * Turns a resolved circuit into a {@link CpuSimulation}: allocates every buffer once, creates the
 * kernels, orders the populations, and draws the initial weights U(−1, 1) from the WEIGHT_INIT
 * stream at counter (index / 4, 0, 0, hash of the projection name).
 */
public final class CpuCircuitCompiler {
    private final CpuKernelCatalog catalog;

    public CpuCircuitCompiler(CpuKernelCatalog catalog) {
        this.catalog = catalog;
    }

    public CpuSimulation compile(CircuitDescription circuit, SimulationOptions options) {
        catalog.requireAll(circuit);
        int workers = options.effectiveThreads();
        int capacityRows = capacityRows(circuit.protocol());
        BatchContext batch = new BatchContext();
        CpuKernelSetup setup = new CpuKernelSetup(circuit, batch, capacityRows, workers);

        Map<String, PopulationBuffers> buffers = new LinkedHashMap<>();
        int largest = 1;
        for (Map.Entry<String, PopulationSpec> entry : circuit.populations().entrySet()) {
            PopulationSpec spec = entry.getValue();
            float decay = spec.trace() == null ? Float.NaN
                    : 1f - (float) circuit.time().dt() / (float) spec.trace().tau();
            buffers.put(entry.getKey(), new PopulationBuffers(entry.getKey(), spec, capacityRows, decay));
            largest = Math.max(largest, spec.size());
        }

        Map<String, SignalBuffers> signalBuffers = new LinkedHashMap<>();
        List<CompiledCircuit.Signal> signals = new ArrayList<>();
        for (Map.Entry<String, SignalSpec> entry : circuit.signals().entrySet()) {
            SignalSpec spec = entry.getValue();
            PopulationBuffers target = spec.target() == null ? null : buffers.get(spec.target());
            SignalBuffers signal = SignalBuffers.allocate(entry.getKey(), spec, buffers.get(spec.population()), target,
                    capacityRows);
            signalBuffers.put(entry.getKey(), signal);
            signals.add(new CompiledCircuit.Signal(entry.getKey(), catalog.signal(spec.model()).create(setup, signal)));
        }

        CpuOptimizerKernel optimizer = catalog.optimizer(circuit.optimizer().model()).create(setup);
        List<ProjectionBuffers> projections = new ArrayList<>();
        List<CompiledCircuit.Plastic> plastic = new ArrayList<>();
        CounterRandom weightRandom = new CounterRandom(setup.seed(), RandomStream.WEIGHT_INIT);
        for (Map.Entry<String, ProjectionSpec> entry : circuit.projections().entrySet()) {
            ProjectionSpec spec = entry.getValue();
            SignalBuffers signal = spec.rule() == null ? null : signalBuffers.get(spec.rule().signal());
            ProjectionBuffers projection = new ProjectionBuffers(entry.getKey(), spec, buffers.get(spec.from()),
                    buffers.get(spec.to()), signal);
            initialiseWeights(projection, weightRandom);
            projections.add(projection);
            if (spec.rule() != null) {
                CpuRuleKernel rule = catalog.rule(spec.rule().model()).create(setup, projection);
                optimizer.attach(projection);
                WeightConstraints constraints = new WeightConstraints((float) spec.lowerBound(),
                        (float) spec.upperBound(), spec.isHollow());
                plastic.add(new CompiledCircuit.Plastic(projection, rule, constraints,
                        learningPass(projection, rule, optimizer, constraints)));
            }
        }

        List<CompiledCircuit.Population> populations = new ArrayList<>();
        for (Map.Entry<String, PopulationBuffers> entry : buffers.entrySet()) {
            PopulationBuffers population = entry.getValue();
            PopulationSpec spec = population.spec();
            CpuNeuronKernel kernel = catalog.neuron(spec.model()).create(setup, population);
            boolean encoder = StepSchedule.isEncoder(spec);
            boolean keepsOutput = spec.effectiveRole() == PopulationRole.CLASSIFIER
                    || spec.effectiveRole() == PopulationRole.RECONSTRUCTION;
            List<ProjectionBuffers> delayed = new ArrayList<>();
            List<ProjectionBuffers> immediate = new ArrayList<>();
            for (ProjectionBuffers projection : projections) {
                if (projection.post() == population) {
                    (projection.spec().effectiveDelay() == 0 ? immediate : delayed).add(projection);
                }
            }
            if (encoder && !(delayed.isEmpty() && immediate.isEmpty())) {
                throw new Spiking4jException("Population '" + entry.getKey() + "' is an " + spec.effectiveRole()
                        .name().toLowerCase(java.util.Locale.ROOT) + " encoder and cannot receive projections.");
            }
            if (spec.effectiveRole() == PopulationRole.RECONSTRUCTION && spec.trace() == null) {
                throw new Spiking4jException("Reconstruction population '" + entry.getKey()
                        + "' needs a trace (add 'trace: {tau: 13}').");
            }
            populations.add(new CompiledCircuit.Population(population, kernel, encoder, spec.effectiveRole(), delayed,
                    immediate, keepsOutput ? new float[capacityRows * population.size()] : null,
                    new int[capacityRows]));
        }
        List<CompiledCircuit.Population> stepOrder = new ArrayList<>();
        for (String name : StepSchedule.populationOrder(circuit)) {
            populations.stream().filter(population -> population.buffers().name().equals(name)).forEach(stepOrder::add);
        }
        WorkerPool pool = new WorkerPool(workers);
        ForwardCurrents forward = new ForwardCurrents(options.kernels(), workers, largest);
        return new CpuSimulation(new CompiledCircuit(circuit, capacityRows, populations, stepOrder, signals, projections,
                plastic, optimizer), batch, pool, forward);
    }

    private static RangeTask learningPass(ProjectionBuffers projection, CpuRuleKernel rule,
            CpuOptimizerKernel optimizer, WeightConstraints constraints) {
        return (from, to, worker) -> {
            rule.accumulate(from, to, worker);
            for (int preRow = from; preRow < to; preRow++) {
                rule.shapeDelta(preRow);
                optimizer.apply(projection, preRow);
                rule.constrain(preRow);
                constraints.apply(projection, preRow);
            }
        };
    }

    private static int capacityRows(ProtocolSpec protocol) {
        int batchSize = protocol == null || protocol.batchSize() == null ? 1 : protocol.batchSize();
        int testBatch = protocol == null ? ProtocolSpec.DEFAULT_TEST_BATCH_SIZE : protocol.effectiveTestBatchSize();
        return Math.max(2 * batchSize, testBatch);
    }

    private static void initialiseWeights(ProjectionBuffers projection, CounterRandom random) {
        float[] weights = projection.weights();
        random.fillUniform(weights, 0, weights.length, 0, 0, projection.name().hashCode());
        for (int index = 0; index < weights.length; index++) {
            weights[index] = 2f * weights[index] - 1f;
        }
    }
}
