package org.spiking4j.plugin.stdp.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.plugin.stdp.component.StdpComponents;

/**
 * The unsupervised protocol's session: Poisson samples through the online circuit. Checkpointed
 * state: every projection's weights, θ of every lif population (as exact double scalars, plus a
 * float32 copy for readers), v, pending currents, gates, last spikes and traces (exact doubles) and
 * the global step counter, so a resumed run continues bit for bit.
 */
public final class UnsupervisedSession implements OnlineTraining {
    static final String THETA_PREFIX = "theta/";
    static final String GLOBAL_STEP = "stdp.globalStep";
    static final String DYNAMICS_PREFIX = "lif/";
    static final String TRACE_PREFIX = "stdp.trace/";

    private final OnlineCircuit circuit;
    private final double intensityHz;
    private final double dt;
    private final CounterRandom inputRandom;

    public UnsupervisedSession(CircuitDescription description) {
        this.circuit = new OnlineCircuitCompiler().compile(description);
        Double intensity = description.protocol().params().get(StdpComponents.INTENSITY);
        this.intensityHz = intensity == null ? UnsupervisedProtocol.DEFAULT_INTENSITY_HZ : intensity;
        this.dt = description.time().dt();
        this.inputRandom = new CounterRandom(description.seed() == null ? 0L : description.seed(),
                RandomStream.INPUT_SPIKES);
    }

    /** Training pass p draws its input at stream coordinate 2p; the readout's presentations use odd ones. */
    @Override
    public void train(LabeledImages images, int pass, SampleProgress progress) {
        for (int sample = 0; sample < images.count(); sample++) {
            drawSample(images, sample, 2 * pass);
            circuit.present(true, null, 0, null);
            progress.presented(sample + 1, images.count());
        }
    }

    @Override
    public float[] spikeCounts(LabeledImages images, int stream, SampleProgress progress) {
        int units = circuit.readoutUnits();
        float[] counts = new float[images.count() * units];
        for (int sample = 0; sample < images.count(); sample++) {
            drawSample(images, sample, 2 * stream + 1);
            circuit.present(false, counts, sample * units, null);
            progress.presented(sample + 1, images.count());
        }
        return counts;
    }

    private void drawSample(LabeledImages images, int sample, int stream) {
        if (images.features() != circuit.schedule().inputs()) {
            throw new Spiking4jException("The images have " + images.features() + " pixels, but the poisson input "
                    + "population has " + circuit.schedule().inputs() + " units; size it to the dataset.");
        }
        circuit.schedule().fillPoisson(images.pixels(), sample * images.features(), intensityHz, dt, inputRandom,
                sample, stream);
    }

    @Override
    public int readoutUnits() {
        return circuit.readoutUnits();
    }

    @Override
    public SimulationState exportState() {
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
    }

    @Override
    public void close() {
        // Nothing held outside the heap.
    }
}
