package org.spiking4j.testkit.golden;

import java.nio.file.Path;
import java.util.Map;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Replays a circuit golden file on a backend: the file's initial state, then every presentation with
 * its injected input spikes; every recorded population's spikes are compared exactly at every step,
 * then the final weights and state within the file's named tolerances.
 */
public final class CircuitGoldenReplay {
    private final OnlineSessions sessions;
    private final String backend;

    public CircuitGoldenReplay(PluginRegistry registry, String backend) {
        this.sessions = new OnlineSessions(registry);
        this.backend = backend;
    }

    public CircuitGoldenReport replay(Path path) {
        CircuitGoldenFile file = CircuitGoldenFile.read(path);
        String source = path.getFileName().toString();
        CircuitGoldenHeader header = file.header();
        CircuitDescription circuit = sessions.circuit(file.circuitYaml(), source);
        SpikeComparison spikes = new SpikeComparison(header);
        try (OnlineTraining session = sessions.open(circuit, backend, source)) {
            SpikeGrid.requireShape(session, header, file.input().length, source);
            session.importState(OnlineSessions.imported(session.exportState(), file.initial()));
            int units = file.input().length / (header.presentations() * header.steps());
            for (int presentation = 0; presentation < header.presentations() && spikes.passed(); presentation++) {
                byte[][] input = SpikeGrid.presentation(file.input(), presentation, header.steps(), units);
                spikes.begin(presentation, file.spikes());
                session.presentInjected(input, header.learn(), spikes::fired);
            }
            if (!spikes.passed()) {
                return new CircuitGoldenReport(source, header.producer(), spikes.firstDifference(), spikes.compared(),
                        Double.NaN, Double.NaN, header.tolerances());
            }
            return finalState(source, header, circuit, session.exportState(), file.expectedFinal(), spikes.compared());
        }
    }

    private static CircuitGoldenReport finalState(String source, CircuitGoldenHeader header, CircuitDescription circuit,
            SimulationState state, Map<String, NdArray> expected, long compared) {
        double largestWeight = 0;
        double largestState = 0;
        String difference = null;
        for (Map.Entry<String, NdArray> entry : expected.entrySet()) {
            String name = entry.getKey();
            boolean weights = circuit.projections().containsKey(name);
            double tolerance = weights ? header.tolerances().weights() : header.tolerances().state();
            double[] actual = OnlineSessions.exactScalars(state, name);
            if (actual == null && state.arrays().containsKey(name)) {
                float[] rounded = state.arrays().get(name);
                actual = new double[rounded.length];
                for (int index = 0; index < rounded.length; index++) {
                    actual[index] = rounded[index];
                }
            }
            double[] wanted = entry.getValue().asDoubles();
            if (actual == null || actual.length != wanted.length) {
                difference = difference != null ? difference : "final '" + name + "': the session has "
                        + (actual == null ? "no such state" : actual.length + " values, the file " + wanted.length);
                continue;
            }
            double largest = 0;
            int worst = 0;
            for (int index = 0; index < wanted.length; index++) {
                double error = Math.abs(actual[index] - wanted[index]);
                if (!(error <= largest)) {
                    largest = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
                    worst = index;
                }
            }
            if (weights) {
                largestWeight = Math.max(largestWeight, largest);
            } else {
                largestState = Math.max(largestState, largest);
            }
            if (largest > tolerance && difference == null) {
                difference = String.format(java.util.Locale.ROOT, "final '%s' differs by %.3e at index %d (got %s, "
                        + "expected %s; tolerance %s = %.1e)", name, largest, worst, actual[worst], wanted[worst],
                        weights ? "weights" : "state", tolerance);
            }
        }
        return new CircuitGoldenReport(source, header.producer(), difference, compared, largestWeight, largestState,
                header.tolerances());
    }
}
