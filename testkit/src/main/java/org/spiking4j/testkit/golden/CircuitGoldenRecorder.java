package org.spiking4j.testkit.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Records a circuit golden file from a run on a backend: the first images, as Bernoulli input spikes
 * (rate pixel · {@code intensity} Hz) drawn here and stored, presented one after another with learning
 * on; every population's spikes, the initial and final weights and θ. A replay injects the stored
 * spikes, so it depends on no random generator.
 */
public final class CircuitGoldenRecorder {
    static final String INTENSITY = "intensity";
    /** The recorder's own coordinate in the input-spike stream, apart from training and readout draws. */
    private static final int RECORDING_STREAM = 3_000_000;

    private final OnlineSessions sessions;
    private final String backend;

    public CircuitGoldenRecorder(PluginRegistry registry, String backend) {
        this.sessions = new OnlineSessions(registry);
        this.backend = backend;
    }

    /** Records {@code presentations} images of the circuit file's text and writes the golden file. */
    public CircuitGoldenFile record(String circuitYaml, String source, LabeledImages images, int presentations,
            Path out) {
        CircuitDescription circuit = sessions.circuit(circuitYaml, source);
        Double intensity = circuit.protocol().params().get(INTENSITY);
        if (intensity == null) {
            throw new Spiking4jException(source + ": the recorder draws the input at the protocol's 'intensity' "
                    + "(Hz at pixel 1); add it to the protocol's params, e.g. 'params: {intensity: 63.75}'.");
        }
        if (presentations < 1 || presentations > images.count()) {
            throw new Spiking4jException("--samples must be between 1 and the " + images.count()
                    + " training images; it is " + presentations + ".");
        }
        try (OnlineTraining session = sessions.open(circuit, backend, source)) {
            int steps = session.stepsPerSample();
            int on = circuit.time().steps();
            int units = images.features();
            List<String> recorded = new ArrayList<>();
            circuit.populations().keySet().stream().filter(name -> !name.equals(session.inputPopulation()))
                    .forEach(recorded::add);
            Map<String, byte[]> spikes = new LinkedHashMap<>();
            for (String population : recorded) {
                spikes.put(population, new byte[presentations * steps * circuit.populations().get(population).size()]);
            }
            List<String> stateNames = new ArrayList<>(circuit.projections().keySet());
            session.exportState().arrays().keySet().stream().filter(name -> name.startsWith("theta/"))
                    .forEach(stateNames::add);
            Map<String, NdArray> initial = OnlineSessions.exported(session.exportState(), stateNames);
            byte[] input = new byte[presentations * steps * units];
            CounterRandom random = new CounterRandom(circuit.seed() == null ? 0L : circuit.seed(),
                    RandomStream.INPUT_SPIKES);
            double perStep = intensity * circuit.time().dt() / 1000.0;
            for (int presentation = 0; presentation < presentations; presentation++) {
                int base = presentation * steps * units;
                for (int step = 0; step < on; step++) {
                    for (int unit = 0; unit < units; unit++) {
                        double probability = images.pixels()[presentation * units + unit] * perStep;
                        if (random.uniform(step, unit, presentation, RECORDING_STREAM) < probability) {
                            input[base + step * units + unit] = 1;
                        }
                    }
                }
                int first = presentation * steps;
                session.presentInjected(SpikeGrid.presentation(input, presentation, steps, units), true,
                        (step, population, fired, count) -> {
                            byte[] grid = spikes.get(population);
                            if (grid == null) {
                                return;
                            }
                            int size = circuit.populations().get(population).size();
                            for (int index = 0; index < count; index++) {
                                grid[(first + step) * size + fired[index]] = 1;
                            }
                        });
            }
            Map<String, NdArray> expectedFinal = OnlineSessions.exported(session.exportState(), stateNames);
            CircuitGoldenHeader header = new CircuitGoldenHeader(CircuitGoldenHeader.VERSION, "spiking4j " + backend,
                    presentations, steps, true, session.inputPopulation(), List.copyOf(recorded),
                    GoldenTolerances.defaults());
            CircuitGoldenFile file = new CircuitGoldenFile(header, circuitYaml, input, spikes, initial, expectedFinal);
            file.write(out);
            return file;
        }
    }
}
