package org.spiking4j.engine.gpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.engine.gpu.device.DeviceInfo;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.OpenClBatchContext;

/**
 * A circuit compiled for an OpenCL device. Weights, optimiser moments and neuron state stay on the
 * device for the simulation's whole life; per batch only the clamped inputs (and contrast) go up
 * and the outputs come down. Each step enqueues, on one in-order queue, exactly the CPU engine's
 * sequence: for each population in step order its delay-1 then delay-0 currents (event-driven
 * gathers), its neuron kernel, its event lists, trace and outputs; then the signals; then, when
 * learning, each plastic projection's rule accumulation and the optimiser's fused pass.
 */
public final class OpenClSimulation implements Simulation {
    private static final String THRESHOLD_PREFIX = "thr0/";

    private final CompiledDeviceCircuit compiled;
    private final OpenClBatchContext batch;
    private final OpenClDevice device;
    private final EngineKernels engine;
    private final Map<DevicePopulation, byte[]> observedSpikes = new LinkedHashMap<>();
    private boolean closed;

    OpenClSimulation(CompiledDeviceCircuit compiled, OpenClBatchContext batch, OpenClDevice device,
            EngineKernels engine) {
        this.compiled = compiled;
        this.batch = batch;
        this.device = device;
        this.engine = engine;
    }

    @Override
    public CircuitDescription circuit() {
        return compiled.circuit();
    }

    /** The device this simulation runs on (for benchmarks and messages). */
    public DeviceInfo device() {
        return device.info();
    }

    /** Bytes of device memory this simulation holds. */
    public long deviceBytes() {
        return device.liveBytes();
    }

    @Override
    public BatchResult run(Batch input) {
        requireOpen();
        int rows = input.rows();
        if (rows > compiled.capacityRows()) {
            throw new Spiking4jException("A batch of " + rows + " rows does not fit the " + compiled.capacityRows()
                    + " rows this simulation was compiled for; lower the batch size.");
        }
        batch.beginBatch(rows, input.contrast(), input.learn(), input.randomCoordinate());
        resetState(input);
        int steps = compiled.circuit().time().steps();
        for (int step = 0; step < steps; step++) {
            batch.beginStep(step);
            for (CompiledDeviceCircuit.Population population : compiled.populations()) {
                population.buffers().spikes().advance();
            }
            advance(rows, input.learn());
            if (input.learn()) {
                learn(rows);
            }
            observe(input.observer(), step, rows);
        }
        return collectResult(rows, steps);
    }

    private void resetState(Batch input) {
        int rows = input.rows();
        for (CompiledDeviceCircuit.Population population : compiled.populations()) {
            DevicePopulation buffers = population.buffers();
            long cells = (long) rows * buffers.size();
            buffers.spikes().clear(rows);
            if (buffers.trace() != null) {
                buffers.trace().clear(cells * Float.BYTES);
            }
            if (population.isEncoder()) {
                float[] clamp = input.clamps().get(buffers.name());
                byte[][] injected = input.injectedSpikes().get(buffers.name());
                if (clamp == null && injected == null) {
                    throw new Spiking4jException("The batch gives no values for encoder population '"
                            + buffers.name() + "'.");
                }
                buffers.setClamp(clamp, rows);
                buffers.setInjectedSpikes(injected, rows);
            }
            population.kernel().resetBatch(rows);
            if (population.outputSums() != null) {
                population.outputSums().clear(cells * Float.BYTES);
            }
            population.spikeTotals().clear((long) rows * Integer.BYTES);
        }
        for (CompiledDeviceCircuit.Signal signal : compiled.signals()) {
            signal.kernel().beginBatch(rows);
        }
    }

    private void advance(int rows, boolean learning) {
        for (CompiledDeviceCircuit.Population population : compiled.stepOrder()) {
            DevicePopulation buffers = population.buffers();
            if (!population.isEncoder()) {
                buffers.current().clear((long) rows * buffers.size() * Float.BYTES);
                for (DeviceProjection projection : population.delayedInputs()) {
                    engine.addCurrent(projection, rows);
                }
                for (DeviceProjection projection : population.immediateInputs()) {
                    engine.addCurrent(projection, rows);
                }
            }
            population.kernel().step(rows);
            engine.listSpikes(buffers, rows, learning && buffers.spikes().listsRowsPerUnit());
            population.kernel().adapt(rows);
            if (buffers.trace() != null) {
                engine.updateTrace(buffers, rows);
            }
            accumulateOutputs(population, rows);
        }
        for (CompiledDeviceCircuit.Signal signal : compiled.signals()) {
            signal.kernel().compute(rows);
        }
    }

    private void accumulateOutputs(CompiledDeviceCircuit.Population population, int rows) {
        DevicePopulation buffers = population.buffers();
        engine.addRowTotals(population.spikeTotals(), buffers, rows);
        if (population.outputSums() == null) {
            return;
        }
        if (population.role() == PopulationRole.CLASSIFIER) {
            engine.addSpikeCounts(population.outputSums(), buffers, rows);
        } else {
            engine.addTraceSums(population.outputSums(), buffers, rows);
        }
    }

    private void learn(int rows) {
        compiled.optimizer().beginStep();
        for (CompiledDeviceCircuit.Plastic plastic : compiled.plastic()) {
            plastic.rule().beginStep(rows);
            plastic.rule().accumulate(rows);
            compiled.optimizer().apply(plastic.projection(), plastic.constraints());
        }
    }

    /** Downloads every population's spikes for the observer (only when a caller observes). */
    private void observe(StepObserver observer, int step, int rows) {
        if (observer == null) {
            return;
        }
        for (CompiledDeviceCircuit.Population population : compiled.populations()) {
            DevicePopulation buffers = population.buffers();
            byte[] spikes = observedSpikes.computeIfAbsent(buffers,
                    key -> new byte[key.capacityRows() * key.size()]);
            buffers.spikes().now().spikes().readBytes(spikes, rows * buffers.size());
            observer.onStep(step, buffers.name(), spikes, rows, buffers.size());
        }
    }

    private BatchResult collectResult(int rows, int steps) {
        Map<String, float[]> counts = new LinkedHashMap<>();
        Map<String, float[]> traceSums = new LinkedHashMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (CompiledDeviceCircuit.Population population : compiled.populations()) {
            DevicePopulation buffers = population.buffers();
            long total = 0;
            for (int count : population.spikeTotals().readInts(rows)) {
                total += count;
            }
            rates.put(buffers.name(), total / (double) rows / steps);
            if (population.outputSums() != null) {
                float[] sums = population.outputSums().readFloats(rows * buffers.size());
                (population.role() == PopulationRole.CLASSIFIER ? counts : traceSums).put(buffers.name(), sums);
            }
        }
        return new BatchResult(counts, traceSums, rates);
    }

    @Override
    public Map<String, float[]> weights() {
        requireOpen();
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (DeviceProjection projection : compiled.projections()) {
            weights.put(projection.name(), projection.weights().readFloats(projection.weightCount()));
        }
        return weights;
    }

    @Override
    public SimulationState exportState() {
        Map<String, float[]> arrays = new LinkedHashMap<>(weights());
        for (CompiledDeviceCircuit.Population population : compiled.populations()) {
            population.kernel().exportState().forEach((key, values) ->
                    arrays.put(THRESHOLD_PREFIX + population.buffers().name() + "/" + key, values));
        }
        Map<String, Double> scalars = new LinkedHashMap<>();
        if (compiled.optimizer() != null) {
            arrays.putAll(compiled.optimizer().exportArrays());
            scalars.putAll(compiled.optimizer().exportScalars());
        }
        return new SimulationState(arrays, scalars);
    }

    @Override
    public void importState(SimulationState state) {
        requireOpen();
        for (DeviceProjection projection : compiled.projections()) {
            float[] values = state.arrays().get(projection.name());
            if (values == null) {
                continue;
            }
            if (values.length != projection.weightCount()) {
                throw new Spiking4jException("Weights '" + projection.name() + "' have " + values.length
                        + " values; the projection " + projection.pre().name() + "→" + projection.post().name()
                        + " needs " + projection.weightCount() + ".");
            }
            projection.weights().write(values);
        }
        for (CompiledDeviceCircuit.Population population : compiled.populations()) {
            String prefix = THRESHOLD_PREFIX + population.buffers().name() + "/";
            Map<String, float[]> own = new LinkedHashMap<>();
            state.arrays().forEach((key, values) -> {
                if (key.startsWith(prefix)) {
                    own.put(key.substring(prefix.length()), values);
                }
            });
            population.kernel().importState(own);
        }
        if (compiled.optimizer() != null) {
            compiled.optimizer().importState(state.arrays(), state.scalars());
        }
    }

    /** Names of the populations, for callers that observe spikes. */
    public List<String> populationNames() {
        List<String> names = new ArrayList<>();
        compiled.populations().forEach(population -> names.add(population.buffers().name()));
        return names;
    }

    private void requireOpen() {
        if (closed) {
            throw new Spiking4jException("The OpenCL simulation of circuit '" + compiled.circuit().name() + "' on "
                    + device.info().name() + " was used after it was closed.");
        }
    }

    /** Releases every buffer, kernel, program, queue and context of this simulation. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            device.close();
        }
    }
}
