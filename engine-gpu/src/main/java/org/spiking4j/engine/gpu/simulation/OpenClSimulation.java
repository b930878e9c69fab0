package org.spiking4j.engine.gpu.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.PhaseCommands;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.KernelStates;
import org.spiking4j.api.engine.ProfilePhases;
import org.spiking4j.api.engine.StepDriver;
import org.spiking4j.api.plan.OutputKind;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.plan.ProjectionPlan;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceInfo;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;

/**
 * A circuit compiled for an OpenCL device, driven by the {@link StepDriver}. Weights, optimiser
 * moments and neuron state stay on the device for the simulation's whole life; per batch only the
 * clamped inputs (and contrast) go up and the outputs come down. Each step enqueues, on one in-order
 * queue, exactly the CPU engine's sequence: for each population in step order its delay-1 then
 * delay-0 currents (event-driven gathers), its neuron kernel, its event lists, trace and outputs;
 * then the signals; then, when learning, each plastic projection's rule accumulation and the
 * optimiser's fused pass. Compiled to profile, it names the phase of what it enqueues (the CPU
 * engine's phase names), so {@link #phaseSeconds()} is device time per phase from event timestamps.
 */
public final class OpenClSimulation extends StepDriver {
    private final CompiledDeviceCircuit compiled;
    private final BatchContext batch;
    private final DeviceBuffer rowContrast;
    private final OpenClDevice device;
    private final EngineKernels engine;
    private final Map<DevicePopulation, byte[]> observedSpikes = new LinkedHashMap<>();
    private boolean closed;

    OpenClSimulation(CompiledDeviceCircuit compiled, BatchContext batch, DeviceBuffer rowContrast, OpenClDevice device,
            EngineKernels engine) {
        super(compiled.plan(), batch, KernelStates.of(compiled.populations(),
                CompiledDeviceCircuit.Population::kernel, compiled.plastic(), CompiledDeviceCircuit.Plastic::rule,
                compiled.optimizer()));
        this.compiled = compiled;
        this.batch = batch;
        this.rowContrast = rowContrast;
        this.device = device;
        this.engine = engine;
        device.resetProfile();
    }

    /** The device this simulation runs on (for benchmarks and messages). */
    public DeviceInfo device() {
        return device.info();
    }

    /** Bytes of device memory this simulation holds. */
    public long deviceBytes() {
        return device.liveBytes();
    }

    /** Device seconds per phase from the commands' event timestamps (empty unless compiled to profile). */
    @Override
    public Map<String, Double> phaseSeconds() {
        requireOpen();
        return device.profileSeconds();
    }

    @Override
    public Map<String, PhaseCommands> phaseCommands() {
        requireOpen();
        return device.profileCommands();
    }

    @Override
    protected void beginBatch(BatchContext context) {
        device.profilePhase(ProfilePhases.BATCH_SETUP);
        rowContrast.write(context.contrast(), context.rows());
    }

    @Override
    protected void resetPopulation(PopulationPlan plan, int rows) {
        CompiledDeviceCircuit.Population population = compiled.populations().get(plan.index());
        DevicePopulation buffers = population.buffers();
        long cells = (long) rows * buffers.size();
        buffers.spikes().clear(rows);
        if (buffers.trace() != null) {
            buffers.trace().clear(cells * Float.BYTES);
        }
        population.kernel().resetBatch(rows);
        if (population.outputSums() != null) {
            population.outputSums().clear(cells * Float.BYTES);
        }
        population.spikeTotals().clear((long) rows * Integer.BYTES);
    }

    @Override
    protected void setInputs(PopulationPlan plan, int rows, float[] clamp, byte[][] injected) {
        DevicePopulation buffers = compiled.populations().get(plan.index()).buffers();
        buffers.setClamp(clamp, rows);
        buffers.setInjectedSpikes(injected, rows);
    }

    @Override
    protected void populationsReset(int rows) {
        for (OpenClSignalKernel signal : compiled.signals()) {
            signal.beginBatch(rows);
        }
    }

    @Override
    protected void advanceStep(int rows, boolean learning) {
        device.profilePhase(ProfilePhases.ROW_PHASE);
        for (CompiledDeviceCircuit.Population population : compiled.populations()) {
            population.buffers().spikes().advance();
        }
        for (CompiledDeviceCircuit.Population population : compiled.stepOrder()) {
            DevicePopulation buffers = population.buffers();
            if (!buffers.plan().encoder()) {
                buffers.current().clear((long) rows * buffers.size() * Float.BYTES);
                for (DeviceProjection projection : population.inputs()) {
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
        for (OpenClSignalKernel signal : compiled.signals()) {
            signal.compute(rows);
        }
    }

    private void accumulateOutputs(CompiledDeviceCircuit.Population population, int rows) {
        DevicePopulation buffers = population.buffers();
        engine.addRowTotals(population.spikeTotals(), buffers, rows);
        OutputKind output = buffers.plan().output();
        if (output == OutputKind.SPIKE_COUNTS) {
            engine.addSpikeCounts(population.outputSums(), buffers, rows);
        } else if (output == OutputKind.TRACE_SUMS) {
            engine.addTraceSums(population.outputSums(), buffers, rows);
        }
    }

    @Override
    protected void learn(int rows) {
        compiled.optimizer().beginStep();
        for (CompiledDeviceCircuit.Plastic plastic : compiled.plastic()) {
            device.profilePhase(ProfilePhases.learning(plastic.projection().plan()));
            plastic.rule().beginStep(rows);
            plastic.rule().accumulate(rows);
            compiled.optimizer().apply(plastic.projection(), plastic.constraints());
        }
    }

    /** Downloads the population's spikes (only when a caller observes). */
    @Override
    protected byte[] spikes(PopulationPlan plan, int rows) {
        DevicePopulation buffers = compiled.populations().get(plan.index()).buffers();
        byte[] spikes = observedSpikes.computeIfAbsent(buffers, key -> new byte[key.capacityRows() * key.size()]);
        buffers.spikes().now().spikes().readBytes(spikes, rows * buffers.size());
        return spikes;
    }

    @Override
    protected int[] spikeTotals(PopulationPlan plan, int rows) {
        return compiled.populations().get(plan.index()).spikeTotals().readInts(rows);
    }

    @Override
    protected float[] outputSums(PopulationPlan plan, int rows) {
        return compiled.populations().get(plan.index()).outputSums().readFloats(rows * plan.size());
    }

    @Override
    protected float[] readWeights(ProjectionPlan projection) {
        return compiled.projections().get(projection.index()).weights().readFloats(projection.weightCount());
    }

    @Override
    protected void writeWeights(ProjectionPlan projection, float[] values) {
        compiled.projections().get(projection.index()).weights().write(values);
    }

    @Override
    protected void requireOpen() {
        if (closed) {
            throw new Spiking4jException("The OpenCL simulation of circuit '" + circuit().name() + "' on "
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
