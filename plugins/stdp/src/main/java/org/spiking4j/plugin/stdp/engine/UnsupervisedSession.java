package org.spiking4j.plugin.stdp.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.api.protocol.StepSpikes;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.plugin.stdp.component.StdpComponents;

/**
 * The unsupervised protocol's session: Poisson samples through the online circuit. Checkpointed
 * state: every projection's weights, θ of every lif population (as exact double scalars, plus a
 * float32 copy for readers), v, pending currents, gates, last spikes and traces (exact doubles) and
 * the global step counter, so a resumed run continues bit for bit. The circuit's backend
 * ({@code cpu}/{@code auto} or {@code opencl}) picks the driver that runs the steps.
 */
public final class UnsupervisedSession implements OnlineTraining {
    static final String THETA_PREFIX = "theta/";
    static final String GLOBAL_STEP = "stdp.globalStep";
    static final String DYNAMICS_PREFIX = "lif/";
    static final String TRACE_PREFIX = "stdp.trace/";

    private final OnlineCircuit circuit;
    private final OnlineDriver driver;
    private final double intensityHz;
    private final double dt;
    private final CounterRandom inputRandom;
    private final int minimumSpikes;
    private final double intensityStepHz;
    private final float[] sampleCounts;
    private final boolean poissonGaps;

    public UnsupervisedSession(CircuitDescription description) {
        this.circuit = new OnlineCircuitCompiler().compile(description);
        Double intensity = description.protocol().params().get(StdpComponents.INTENSITY);
        this.intensityHz = intensity == null ? UnsupervisedProtocol.DEFAULT_INTENSITY_HZ : intensity;
        this.dt = description.time().dt();
        this.inputRandom = new CounterRandom(description.seed() == null ? 0L : description.seed(),
                RandomStream.INPUT_SPIKES);
        Map<String, Double> params = description.protocol().params();
        this.minimumSpikes = (int) Math.round(params.getOrDefault(StdpComponents.MIN_SPIKES, 0.0));
        this.intensityStepHz = params.getOrDefault(StdpComponents.INTENSITY_STEP, UnsupervisedProtocol.DEFAULT_STEP_HZ);
        this.sampleCounts = new float[circuit.readoutUnits()];
        this.poissonGaps = StdpComponents.GAPS_POISSON.equals(
                description.protocol().option(StdpComponents.INPUT_GAPS, StdpComponents.GAPS_GEOMETRIC));
        // Last: a driver may hold device memory, and nothing after it can fail.
        this.driver = OnlineDrivers.open(circuit, description);
    }

    /**
     * Training pass p draws its input at stream coordinate 2p; the readout's presentations use odd ones.
     * The draws are keyed by (sample, stream, presentation), so the random state of a pass is its position.
     */
    @Override
    public void train(LabeledImages images, int pass, int fromSample, SampleProgress progress) {
        for (int sample = fromSample; sample < images.count(); sample++) {
            presentUntilActive(images, sample, 2 * pass, true, sampleCounts, 0);
            progress.presented(sample + 1, images.count());
        }
    }

    @Override
    public float[] spikeCounts(LabeledImages images, int stream, SampleProgress progress) {
        int units = circuit.readoutUnits();
        float[] counts = new float[images.count() * units];
        for (int sample = 0; sample < images.count(); sample++) {
            presentUntilActive(images, sample, 2 * stream + 1, false, counts, sample * units);
            progress.presented(sample + 1, images.count());
        }
        return counts;
    }

    /**
     * Presents a sample; with {@code minSpikes} set, presents it again with {@code intensityStep} Hz more
     * while the readout population fired fewer spikes (Diehl &amp; Cook), keeping the last presentation's counts.
     */
    private void presentUntilActive(LabeledImages images, int sample, int stream, boolean learn, float[] counts,
            int offset) {
        int units = circuit.readoutUnits();
        double intensity = intensityHz;
        for (int presentation = 0; ; presentation++) {
            java.util.Arrays.fill(counts, offset, offset + units, 0f);
            drawSample(images, sample, stream, intensity, presentation);
            driver.present(learn, counts, offset, null);
            if (minimumSpikes == 0 || presentation + 1 >= UnsupervisedProtocol.MAX_PRESENTATIONS
                    || total(counts, offset, units) >= minimumSpikes) {
                return;
            }
            intensity += intensityStepHz;
        }
    }

    private static double total(float[] counts, int offset, int units) {
        double sum = 0;
        for (int unit = offset; unit < offset + units; unit++) {
            sum += counts[unit];
        }
        return sum;
    }

    private void drawSample(LabeledImages images, int sample, int stream, double intensity, int presentation) {
        if (images.features() != circuit.schedule().inputs()) {
            throw new Spiking4jException("The images have " + images.features() + " pixels, but the poisson input "
                    + "population has " + circuit.schedule().inputs() + " units; size it to the dataset.");
        }
        if (poissonGaps) {
            circuit.schedule().fillPoissonGaps(images.pixels(), sample * images.features(), intensity, dt, inputRandom,
                    sample, stream, presentation);
        } else {
            circuit.schedule().fillPoisson(images.pixels(), sample * images.features(), intensity, dt, inputRandom,
                    sample, stream, presentation);
        }
    }

    @Override
    public void presentInjected(byte[][] inputSpikes, boolean learn, StepSpikes observer) {
        int steps = circuit.shape().steps();
        int inputs = circuit.schedule().inputs();
        int scheduled = circuit.schedule().steps();
        if (inputSpikes.length != steps) {
            throw new Spiking4jException("The injected input has " + inputSpikes.length + " steps; a sample of this "
                    + "circuit has " + steps + " (its time.steps plus the protocol's rest).");
        }
        int count = 0;
        for (int step = 0; step < steps; step++) {
            if (inputSpikes[step].length != inputs) {
                throw new Spiking4jException("The injected input has " + inputSpikes[step].length + " units at step "
                        + step + "; the input population has " + inputs + ".");
            }
            for (byte spike : inputSpikes[step]) {
                if (spike != 0) {
                    if (step >= scheduled) {
                        throw new Spiking4jException("The injected input fires at step " + step + ", in the rest "
                                + "period (steps " + scheduled + " to " + (steps - 1) + " carry no input).");
                    }
                    count++;
                }
            }
        }
        int[] localSteps = new int[count];
        int[] units = new int[count];
        int next = 0;
        for (int unit = 0; unit < inputs; unit++) { // unit-major, as the Poisson draw records them
            for (int step = 0; step < scheduled; step++) {
                if (inputSpikes[step][unit] != 0) {
                    localSteps[next] = step;
                    units[next++] = unit;
                }
            }
        }
        circuit.schedule().fillInjected(localSteps, units, 0, count);
        long first = circuit.globalStep();
        circuit.present(learn, null, 0, (t, population, fired) ->
                observer.fired((int) (t - first), population, fired.units(), fired.count()));
    }

    @Override
    public void presentObserved(LabeledImages images, int sample, int stream, StepSpikes observer) {
        // The presentations spikeCounts makes of this image (brighter while the readout stays silent); only
        // the last, the one whose counts are classified, is told to the observer.
        List<Fired> last = new ArrayList<>();
        driver.download();
        double intensity = intensityHz;
        for (int presentation = 0; ; presentation++) {
            last.clear();
            drawSample(images, sample, 2 * stream + 1, intensity, presentation);
            long first = circuit.globalStep();
            circuit.present(false, null, 0, (t, population, fired) -> last.add(new Fired((int) (t - first), population,
                    java.util.Arrays.copyOf(fired.units(), fired.count()))));
            long readoutSpikes = last.stream().filter(f -> f.population().equals(circuit.readout().name()))
                    .mapToLong(f -> f.units().length).sum();
            if (minimumSpikes == 0 || presentation + 1 >= UnsupervisedProtocol.MAX_PRESENTATIONS
                    || readoutSpikes >= minimumSpikes) {
                break;
            }
            intensity += intensityStepHz;
        }
        driver.upload();
        last.forEach(f -> observer.fired(f.step(), f.population(), f.units(), f.units().length));
    }

    /** One population's spikes at one step of an observed presentation. */
    private record Fired(int step, String population, int[] units) {
    }

    @Override
    public int stepsPerSample() {
        return circuit.shape().steps();
    }

    @Override
    public String inputPopulation() {
        return circuit.inputName();
    }

    @Override
    public int readoutUnits() {
        return circuit.readoutUnits();
    }

    @Override
    public SimulationState exportState() {
        driver.download();
        Map<String, float[]> arrays = new LinkedHashMap<>();
        Map<String, Double> scalars = new LinkedHashMap<>();
        for (OnlineCircuit.Connection connection : circuit.connections()) {
            arrays.put(connection.projection().name(), connection.projection().weights());
        }
        for (LifPopulation population : circuit.populations()) {
            double[] theta = population.theta();
            float[] rounded = new float[theta.length];
            for (int unit = 0; unit < theta.length; unit++) {
                rounded[unit] = (float) theta[unit];
                scalars.put(THETA_PREFIX + population.name() + "/" + unit, theta[unit]);
            }
            arrays.put(THETA_PREFIX + population.name(), rounded);
        }
        for (LifPopulation population : circuit.populations()) {
            population.exportDynamics(scalars, DYNAMICS_PREFIX + population.name() + "/");
        }
        for (OnlineCircuit.Plastic plastic : circuit.plastic()) {
            plastic.learning().exportTraces(scalars, TRACE_PREFIX + plastic.learning().projection().name() + "/");
        }
        scalars.put(GLOBAL_STEP, (double) circuit.globalStep());
        return new SimulationState(arrays, scalars);
    }

    @Override
    public void importState(SimulationState state) {
        driver.download(); // what the state leaves out keeps the driver's current values
        for (OnlineCircuit.Connection connection : circuit.connections()) {
            float[] weights = state.arrays().get(connection.projection().name());
            if (weights != null) {
                connection.projection().importWeights(weights);
            }
        }
        for (LifPopulation population : circuit.populations()) {
            double[] theta = population.theta().clone();
            for (int unit = 0; unit < theta.length; unit++) {
                Double exact = state.scalars().get(THETA_PREFIX + population.name() + "/" + unit);
                if (exact != null) {
                    theta[unit] = exact;
                }
            }
            population.importTheta(theta);
            population.importDynamics(state.scalars(), DYNAMICS_PREFIX + population.name() + "/");
        }
        for (OnlineCircuit.Plastic plastic : circuit.plastic()) {
            plastic.learning().importTraces(state.scalars(), TRACE_PREFIX + plastic.learning().projection().name() + "/");
        }
        Double step = state.scalars().get(GLOBAL_STEP);
        if (step != null) {
            circuit.setGlobalStep(step.longValue());
        }
        driver.upload();
    }

    @Override
    public void close() {
        driver.close();
    }
}
