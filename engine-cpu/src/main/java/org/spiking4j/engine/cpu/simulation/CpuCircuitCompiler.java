package org.spiking4j.engine.cpu.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.InitialWeights;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.CircuitPlanner;
import org.spiking4j.api.plan.OutputKind;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.plan.ProjectionPlan;
import org.spiking4j.api.plan.SignalPlan;
import org.spiking4j.engine.cpu.parallel.RangeTask;
import org.spiking4j.engine.cpu.parallel.WorkerPool;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SignalBuffers;

/**
 * Turns a circuit's {@link CircuitPlan} into a {@link CpuSimulation}: allocates every buffer once
 * and creates the kernels, in the plan's order, starting from the {@link InitialWeights}.
 */
public final class CpuCircuitCompiler {
    /**
     * Weight rows accumulated before they are applied: 32 rows of 3000 floats (384 KiB) stay in a
     * 512 KiB L2 and gave the input layer's pass 1.3× on a 2-core EPYC (issue 12, README).
     */
    static final int LEARNING_ROW_BLOCK = 32;
    private final CpuKernelCatalog catalog;

    public CpuCircuitCompiler(CpuKernelCatalog catalog) {
        this.catalog = catalog;
    }

    public CpuSimulation compile(CircuitDescription circuit, SimulationOptions options) {
        catalog.requireAll(circuit);
        CircuitPlan plan = CircuitPlanner.plan(circuit);
        int workers = options.effectiveThreads();
        int capacityRows = plan.capacityRows();
        BatchContext batch = new BatchContext();
        CpuKernelSetup setup = new CpuKernelSetup(plan, batch, workers);

        List<PopulationBuffers> buffers = new ArrayList<>();
        int largest = 1;
        for (PopulationPlan population : plan.populations()) {
            buffers.add(new PopulationBuffers(population, capacityRows));
            largest = Math.max(largest, population.size());
        }
        List<SignalBuffers> signalBuffers = new ArrayList<>();
        List<CpuSignalKernel> signals = new ArrayList<>();
        for (SignalPlan signal : plan.signals()) {
            SignalBuffers values = SignalBuffers.allocate(signal, buffers.get(signal.population()),
                    signal.hasTarget() ? buffers.get(signal.target()) : null, capacityRows);
            signalBuffers.add(values);
            signals.add(catalog.signal(signal.model()).create(setup, values));
        }
        CpuOptimizerKernel optimizer = plan.optimizer() == null ? null
                : catalog.optimizer(plan.optimizer().model()).create(setup);
        List<ProjectionBuffers> projections = new ArrayList<>();
        List<CompiledCircuit.Plastic> plastic = new ArrayList<>();
        float[][][] deltaRowsPerWorker = new float[workers][LEARNING_ROW_BLOCK][largest];
        for (ProjectionPlan projection : plan.projections()) {
            SignalBuffers signal = projection.isPlastic() && projection.rule().signal() >= 0
                    ? signalBuffers.get(projection.rule().signal()) : null;
            ProjectionBuffers weights = new ProjectionBuffers(projection, buffers.get(projection.pre()),
                    buffers.get(projection.post()), signal);
            float[] initial = InitialWeights.draw(plan.seed(), projection);
            System.arraycopy(initial, 0, weights.weights(), 0, initial.length);
            projections.add(weights);
            if (projection.isPlastic()) {
                CpuRuleKernel rule = catalog.rule(projection.rule().model()).create(setup, weights);
                optimizer.attach(weights);
                plastic.add(new CompiledCircuit.Plastic(weights, rule, learningPass(weights, rule, optimizer,
                        new WeightConstraints(projection.lowerBound(), projection.upperBound(), projection.hollow()),
                        deltaRowsPerWorker)));
            }
        }
        List<CompiledCircuit.Population> populations = new ArrayList<>();
        for (PopulationPlan population : plan.populations()) {
            PopulationBuffers own = buffers.get(population.index());
            populations.add(new CompiledCircuit.Population(own, catalog.neuron(population.model()).create(setup, own),
                    population.delayedInputs().stream().map(input -> projections.get(input.index())).toList(),
                    population.immediateInputs().stream().map(input -> projections.get(input.index())).toList(),
                    population.output() == OutputKind.NONE ? null : new float[capacityRows * population.size()],
                    new int[capacityRows]));
        }
        List<CompiledCircuit.Population> stepOrder = plan.stepOrder().stream()
                .map(population -> populations.get(population.index())).toList();
        return new CpuSimulation(new CompiledCircuit(plan, populations, stepOrder, signals, projections, plastic,
                optimizer), batch, new WorkerPool(workers), new ForwardCurrents(options.kernels(), workers, largest));
    }

    /**
     * One pass over the weight rows, {@link #LEARNING_ROW_BLOCK} rows at a time: their updates are
     * summed into the worker's scratch rows (kept in cache, zeroed again by the optimiser), then the
     * optimiser, the rule's constraint and the bounds run on each, so the weights and moments stream
     * from memory once per step, in runs long enough for the hardware prefetcher. Accumulation reads
     * no weights of other rows, so the grouping changes no result.
     */
    private static RangeTask learningPass(ProjectionBuffers projection, CpuRuleKernel rule,
            CpuOptimizerKernel optimizer, WeightConstraints constraints, float[][][] deltaRowsPerWorker) {
        return (from, to, worker) -> {
            float[][] deltas = deltaRowsPerWorker[worker];
            for (int blockStart = from; blockStart < to; blockStart += LEARNING_ROW_BLOCK) {
                int blockEnd = Math.min(to, blockStart + LEARNING_ROW_BLOCK);
                for (int preRow = blockStart; preRow < blockEnd; preRow++) {
                    rule.accumulateRow(preRow, deltas[preRow - blockStart], worker);
                    rule.shapeDelta(preRow, deltas[preRow - blockStart]);
                }
                for (int preRow = blockStart; preRow < blockEnd; preRow++) {
                    optimizer.apply(projection, preRow, deltas[preRow - blockStart]);
                    rule.constrain(preRow, worker);
                    constraints.apply(projection, preRow);
                }
            }
        };
    }
}
