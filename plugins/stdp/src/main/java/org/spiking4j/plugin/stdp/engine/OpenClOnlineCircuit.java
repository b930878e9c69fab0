package org.spiking4j.plugin.stdp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.WorkRange;
import org.spiking4j.engine.gpu.spi.OpenClDevices;

/**
 * The online circuit on an OpenCL device, step for step the CPU driver's {@link OnlineCircuit#present}
 * (stdp.md §2): per step one launch per lif population, per projection and two per plastic
 * projection, all on the in-order queue, one work item per neuron or weight column. Weights, v, θ,
 * currents, refractoriness and traces stay on the device; per sample the host uploads the input
 * spikes (drawn on the host, as a 0/1 raster: device logarithms need not round like Java's) and
 * reads back only the readout's spike counts. The compiled host circuit supplies every parameter and
 * the initial state, and is where checkpoints read and write the state ({@link #download()},
 * {@link #upload()}).
 */
final class OpenClOnlineCircuit implements OnlineDriver {
    private final OnlineCircuit host;
    private final OpenClDevice device;
    private final OpenClKernels kernels;
    private final List<OpenClLifState> populations = new ArrayList<>();
    private final Map<LifPopulation, OpenClLifState> byPopulation = new IdentityHashMap<>();
    private final Map<DenseProjection, DeviceBuffer> weights = new IdentityHashMap<>();
    private final List<PlasticState> plastic = new ArrayList<>();
    private final int inputs;
    private final int scheduleSteps;
    private final byte[] raster;
    private final DeviceBuffer inputRaster;
    private final DeviceBuffer counts;
    private final float[] sampleCounts;

    /** A plastic projection's traces on the device. */
    private record PlasticState(OnlineCircuit.Plastic rule, DeviceBuffer weights, DeviceBuffer preAtSpike,
            DeviceBuffer preLastSpike, DeviceBuffer postTrace, PreTraceDecayTable decay, OpenClLifState post) {
    }

    private OpenClOnlineCircuit(OnlineCircuit host, OpenClDevice device) {
        this.host = host;
        this.device = device;
        if (!device.info().fp64()) {
            throw new Spiking4jException("The OpenCL device " + device.info().describe() + " has no double "
                    + "precision (cl_khr_fp64), but the STDP circuit keeps v, theta and traces in double (stdp.md §3) "
                    + "and its OpenCL driver reproduces the CPU driver bit for bit only with them; use --backend cpu "
                    + "or choose a device with fp64 (" + org.spiking4j.engine.gpu.device.DeviceSelection.ENVIRONMENT
                    + ").");
        }
        this.kernels = OpenClKernels.build(device);
        for (LifPopulation population : host.populations()) {
            OpenClLifState state = new OpenClLifState(population, device);
            populations.add(state);
            byPopulation.put(population, state);
        }
        for (OnlineCircuit.Connection connection : host.connections()) {
            if (connection.projection() instanceof DenseProjection dense) {
                weights.put(dense, device.allocate("weights of '" + dense.name() + "'",
                        (long) dense.matrix().length * Float.BYTES));
            }
        }
        for (OnlineCircuit.Plastic rule : host.plastic()) {
            DenseProjection projection = rule.learning().projection();
            String name = projection.name();
            plastic.add(new PlasticState(rule, weights.get(projection),
                    device.allocate("pre traces of '" + name + "'", (long) projection.preSize() * Double.BYTES),
                    device.allocate("pre last spikes of '" + name + "'", (long) projection.preSize() * Long.BYTES),
                    device.allocate("post traces of '" + name + "'", (long) projection.postSize() * Double.BYTES),
                    new PreTraceDecayTable(device, rule.learning().preDecayPerStep(), name),
                    byPopulation.get(populationOf(rule.postSpikes()))));
        }
        this.inputs = host.schedule().inputs();
        this.scheduleSteps = host.schedule().steps();
        // One extra row of zeros: the input of the rest steps.
        this.raster = new byte[(scheduleSteps + 1) * inputs];
        this.inputRaster = device.allocate("input spikes", raster.length);
        this.counts = device.allocate("readout spike counts", (long) host.readoutUnits() * Float.BYTES);
        this.sampleCounts = new float[host.readoutUnits()];
        upload();
    }

    /** Opens the OpenCL backend's device and mirrors the compiled circuit there. */
    static OpenClOnlineCircuit open(OnlineCircuit host) {
        OpenClDevice device = OpenClDevices.open();
        try {
            return new OpenClOnlineCircuit(host, device);
        } catch (RuntimeException e) {
            device.close();
            throw e;
        }
    }

    String deviceDescription() {
        return device.info().describe();
    }

    @Override
    public void present(boolean learn, float[] readoutCounts, int countsOffset, StepObserver observer) {
        if (learn) {
            for (ColumnNormalization normalization : host.normalizations()) {
                DenseProjection projection = normalization.projection();
                kernels.normalizeColumn().launch(device.range(projection.postSize()), weights.get(projection),
                        projection.preSize(), projection.postSize(), normalization.total());
            }
        }
        uploadInput();
        SampleShape shape = host.shape();
        int steps = shape.steps();
        long first = host.globalStep();
        for (PlasticState state : plastic) {
            state.decay().cover(first + steps + 1);
        }
        boolean counting = readoutCounts != null;
        if (counting) {
            counts.clear((long) sampleCounts.length * Float.BYTES);
        }
        LifPopulation readout = host.readout();
        for (int local = 0; local < steps; local++) {
            long t = first + local;
            int inputOffset = Math.min(local, scheduleSteps) * inputs;
            for (OpenClLifState population : populations) {
                population.step(kernels, t, learn, counts, counting && local < shape.on()
                        && population.host() == readout);
            }
            for (OnlineCircuit.Connection connection : host.connections()) {
                deliver(connection, inputOffset);
            }
            if (learn) {
                for (PlasticState state : plastic) {
                    learn(state, t, inputOffset);
                }
            }
            if (observer != null) {
                observe(observer, t, local);
            }
        }
        host.setGlobalStep(first + steps);
        if (shape.resetBetween()) {
            for (OpenClLifState population : populations) {
                population.reset(kernels);
            }
            for (PlasticState state : plastic) {
                DenseProjection projection = state.rule().learning().projection();
                kernels.resetTraces().launch(device.range(Math.max(projection.preSize(), projection.postSize())),
                        state.preAtSpike(), state.preLastSpike(), projection.preSize(), state.postTrace(),
                        projection.postSize());
            }
        }
        if (counting) {
            counts.readFloats(sampleCounts);
            for (int unit = 0; unit < sampleCounts.length; unit++) {
                readoutCounts[countsOffset + unit] += sampleCounts[unit];
            }
        } else {
            device.finish();
        }
    }

    private void uploadInput() {
        Arrays.fill(raster, (byte) 0);
        SpikeList spikes = host.inputSpikes();
        for (int local = 0; local < scheduleSteps; local++) {
            host.schedule().spikesAt(local, spikes);
            for (int index = 0; index < spikes.count(); index++) {
                raster[local * inputs + spikes.unit(index)] = 1;
            }
        }
        inputRaster.write(raster, raster.length, 0);
    }

    private void deliver(OnlineCircuit.Connection connection, int inputOffset) {
        SpikeList pre = connection.preSpikes();
        DeviceBuffer preFired = spikesOf(pre);
        int preOffset = pre == host.inputSpikes() ? inputOffset : 0;
        OpenClLifState target = targetOf(connection.postCurrent());
        int postSize = target.host().size();
        WorkRange range = device.range(postSize);
        if (connection.projection() instanceof DenseProjection dense) {
            kernels.deliverDense().launch(range, weights.get(dense), preFired, preOffset, dense.preSize(), postSize,
                    target.pending());
        } else {
            PatternProjection pattern = (PatternProjection) connection.projection();
            kernels.deliverPattern().launch(range, preFired, preOffset, pattern.preSize(), postSize,
                    pattern.pattern().ordinal(), pattern.weight(), target.pending());
        }
    }

    private void learn(PlasticState state, long t, int inputOffset) {
        StdpLearning learning = state.rule().learning();
        StdpParameters rule = learning.rule();
        DenseProjection projection = learning.projection();
        SpikeList pre = state.rule().preSpikes();
        DeviceBuffer preFired = spikesOf(pre);
        int preOffset = pre == host.inputSpikes() ? inputOffset : 0;
        int addTraces = rule.addTraces() ? 1 : 0;
        kernels.preTraces().launch(device.range(projection.preSize()), preFired, preOffset, projection.preSize(),
                state.preAtSpike(), state.preLastSpike(), state.decay().buffer(), state.decay().size(), t, addTraces);
        kernels.column().launch(device.range(projection.postSize()), state.weights(), preFired, preOffset,
                projection.preSize(), projection.postSize(), state.post().fired(), state.postTrace(),
                state.preAtSpike(), state.preLastSpike(), state.decay().buffer(), state.decay().size(), t,
                learning.postDecay(), rule.nuPre(), rule.nuPost(), rule.wMin(), rule.wMax(), addTraces,
                rule.softBounds() ? 1 : 0);
    }

    private void observe(StepObserver observer, long t, int local) {
        host.schedule().spikesAt(local, host.inputSpikes());
        observer.onStep(t, host.inputName(), host.inputSpikes());
        for (OpenClLifState population : populations) {
            population.readSpikes();
            observer.onStep(t, population.host().name(), population.host().spikes());
        }
    }

    private DeviceBuffer spikesOf(SpikeList spikes) {
        return spikes == host.inputSpikes() ? inputRaster : byPopulation.get(populationOf(spikes)).fired();
    }

    private LifPopulation populationOf(SpikeList spikes) {
        for (LifPopulation population : host.populations()) {
            if (population.spikes() == spikes) {
                return population;
            }
        }
        throw new IllegalStateException("a projection reads spikes of no population of the circuit");
    }

    private OpenClLifState targetOf(double[] pendingCurrent) {
        for (OpenClLifState population : populations) {
            if (population.host().pendingCurrent() == pendingCurrent) {
                return population;
            }
        }
        throw new IllegalStateException("a projection writes the current of no population of the circuit");
    }

    @Override
    public void download() {
        for (OpenClLifState population : populations) {
            population.download();
        }
        for (Map.Entry<DenseProjection, DeviceBuffer> entry : weights.entrySet()) {
            entry.getValue().readFloats(entry.getKey().matrix());
        }
        for (PlasticState state : plastic) {
            StdpLearning learning = state.rule().learning();
            state.preAtSpike().readDoubles(learning.preTraceAtSpike());
            state.preLastSpike().readLongs(learning.preLastSpike());
            state.postTrace().readDoubles(learning.postTrace());
        }
    }

    @Override
    public void upload() {
        for (OpenClLifState population : populations) {
            population.upload();
        }
        for (Map.Entry<DenseProjection, DeviceBuffer> entry : weights.entrySet()) {
            entry.getValue().write(entry.getKey().matrix());
        }
        for (PlasticState state : plastic) {
            StdpLearning learning = state.rule().learning();
            state.preAtSpike().write(learning.preTraceAtSpike());
            state.preLastSpike().write(learning.preLastSpike());
            state.postTrace().write(learning.postTrace());
        }
    }

    @Override
    public void close() {
        device.close();
    }
}
