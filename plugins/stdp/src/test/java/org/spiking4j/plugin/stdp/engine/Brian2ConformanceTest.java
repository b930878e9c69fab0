package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ConstraintSpec;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.circuit.TraceSpec;
import org.spiking4j.runtime.io.NdArray;

/**
 * The plugin's engine against Brian2 (stdp.md §4): the same circuit, the same injected input spikes
 * and initial weights, identical spike lists of every population and weights within
 * {@link #WEIGHT_TOLERANCE}.
 */
class Brian2ConformanceTest {
    /** Our weights are float32 (stdp.md §3), Brian2's float64: each update rounds once. */
    static final double WEIGHT_TOLERANCE = 1e-5;
    /** θ is double in both. */
    static final double THETA_TOLERANCE = 1e-9;

    @TempDir
    Path folder;

    /** One LIF neuron with pair STDP from 100 inputs, θ adapting, two samples with rest. */
    @Test
    void oneNeuronWithPairStdpFrom100InputsMatchesBrian2() throws Exception {
        Brian2Oracle.assumeAvailable();
        Scenario scenario = new Scenario(100, 1, 0, 3, 200, 100, "rest", "set", "none", null, 0.3f, 11);
        scenario.check(folder);
    }

    /** Diehl & Cook: 784 inputs, 100 E, 100 I, normalisation, three samples with rest. */
    @Test
    void diehlAndCookCircuitOverSeveralSamplesMatchesBrian2() throws Exception {
        Brian2Oracle.assumeAvailable();
        Scenario scenario = new Scenario(784, 100, 100, 3, 250, 150, "rest", "set", "none", 78.4, 0.2f, 12);
        scenario.check(folder);
    }

    /** Added traces, soft weight dependence and an explicit reset between samples. */
    @Test
    void addedTracesSoftBoundsAndResetMatchBrian2() throws Exception {
        Brian2Oracle.assumeAvailable();
        Scenario scenario = new Scenario(784, 100, 100, 2, 250, 0, "reset", "add", "soft", 78.4, 0.2f, 13);
        scenario.check(folder);
    }

    /** One circuit, its Brian2 spec and its random inputs. */
    record Scenario(int inputs, int excitatory, int inhibitory, int samples, int on, int rest, String between,
            String traceMode, String dependence, Double normalize, float rateScale, long seed) {

        int stepsPerSample() {
            return on + ("rest".equals(between) ? rest : 0);
        }

        String specJson() {
            String inhibitoryJson = inhibitory == 0 ? "null" : String.format(Locale.ROOT, "{\"size\": %d, \"rest\": -60,"
                    + " \"reset\": -45, \"threshold\": -40, \"tauM\": 10, \"refractory\": 2}", inhibitory);
            return String.format(Locale.ROOT, "{\"dt\": 1.0, \"inputs\": %d, \"excitatory\": {\"size\": %d, \"rest\": -65,"
                    + " \"reset\": -60, \"threshold\": -52, \"tauM\": 100, \"refractory\": 5, \"thetaPlus\": 0.05,"
                    + " \"tauTheta\": 1e7}, \"inhibitory\": %s, \"stdp\": {\"tauPre\": 20, \"tauPost\": 20,"
                    + " \"nuPre\": 1e-4, \"nuPost\": 1e-2, \"wMin\": 0, \"wMax\": 1, \"traceMode\": \"%s\","
                    + " \"weightDependence\": \"%s\"}, \"excitatoryToInhibitory\": 22.5, \"inhibitoryToExcitatory\": -120,"
                    + " \"normalize\": %s, \"samples\": %d, \"on\": %d, \"rest\": %d, \"between\": \"%s\"}",
                    inputs, excitatory, inhibitoryJson, traceMode, dependence, normalize == null ? "null" : normalize,
                    samples, on, rest, between);
        }

        CircuitDescription circuit() {
            Map<String, PopulationSpec> populations = new LinkedHashMap<>();
            populations.put("input", new PopulationSpec("poisson", inputs, PopulationRole.INPUT, Map.of(),
                    new TraceSpec(20)));
            populations.put("excitatory", new PopulationSpec("lif", excitatory, PopulationRole.HIDDEN, Map.of(
                    "rest", -65.0, "reset", -60.0, "threshold", -52.0, "tauM", 100.0, "refractory", 5.0,
                    "thetaPlus", 0.05, "tauTheta", 1e7), new TraceSpec(20)));
            Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
            projections.put("input-excitatory", new ProjectionSpec("input", "excitatory", null, null, null,
                    List.of(0.0, 1.0), null, new RuleSpec("stdp", null, Map.of("nuPre", 1e-4, "nuPost", 1e-2),
                    Map.of("traceMode", traceMode, "weightDependence", dependence)), null, null,
                    normalize == null ? null : new ConstraintSpec("normalize-columns", Map.of("total", normalize))));
            if (inhibitory > 0) {
                populations.put("inhibitory", new PopulationSpec("lif", inhibitory, PopulationRole.HIDDEN, Map.of(
                        "rest", -60.0, "reset", -45.0, "threshold", -40.0, "tauM", 10.0, "refractory", 2.0), null));
                projections.put("excitatory-inhibitory", new ProjectionSpec("excitatory", "inhibitory", null, null,
                        null, null, null, null, "one-to-one", 22.5, null));
                projections.put("inhibitory-excitatory", new ProjectionSpec("inhibitory", "excitatory", null, null,
                        null, null, null, null, "all-but-self", -120.0, null));
            }
            ProtocolSpec protocol = new ProtocolSpec("unsupervised", 1, 1, null, null, Map.of("rest", (double) rest),
                    new ReadoutSpec("label-assignment", null, "excitatory", null), Map.of("between", between));
            return new CircuitDescription(CircuitDescription.API_VERSION, "brian2-conformance", seed,
                    new TimeSpec(1.0, on), populations, Map.of(), projections, null, protocol, null, null);
        }

        void check(Path folder) throws Exception {
            java.util.Random random = new java.util.Random(seed);
            float[] initial = new float[inputs * excitatory];
            for (int cell = 0; cell < initial.length; cell++) {
                initial[cell] = random.nextFloat() * 0.3f;
            }
            List<long[]> spikes = new ArrayList<>();
            float[] rates = new float[inputs];
            for (int sample = 0; sample < samples; sample++) {
                for (int unit = 0; unit < inputs; unit++) {
                    rates[unit] = random.nextFloat() < 0.25 ? random.nextFloat() * rateScale : 0f;
                }
                for (int local = 0; local < on; local++) {
                    for (int unit = 0; unit < inputs; unit++) {
                        if (random.nextFloat() < rates[unit]) {
                            spikes.add(new long[] {(long) sample * stepsPerSample() + local, unit});
                        }
                    }
                }
            }
            long[] steps = spikes.stream().mapToLong(pair -> pair[0]).toArray();
            long[] units = spikes.stream().mapToLong(pair -> pair[1]).toArray();
            double[] initialDouble = new double[initial.length];
            for (int cell = 0; cell < initial.length; cell++) {
                initialDouble[cell] = initial[cell];
            }
            Map<String, NdArray> inputsNpz = new LinkedHashMap<>();
            inputsNpz.put("input_steps", NdArray.ofLongs(steps));
            inputsNpz.put("input_units", NdArray.ofLongs(units));
            inputsNpz.put("weights", NdArray.ofDoubles(initialDouble, inputs, excitatory));
            Map<String, NdArray> brian = Brian2Oracle.run("stdp_circuit.py", folder, specJson(), inputsNpz);

            OnlineCircuit circuit = new OnlineCircuitCompiler().compile(circuit());
            circuit.projection("input-excitatory").importWeights(initial);
            SpikeRecord excitatorySpikes = new SpikeRecord();
            SpikeRecord inhibitorySpikes = new SpikeRecord();
            StepObserver observer = (t, population, fired) -> {
                if (population.equals("excitatory")) {
                    excitatorySpikes.add(t, fired);
                } else if (population.equals("inhibitory")) {
                    inhibitorySpikes.add(t, fired);
                }
            };
            int[] localSteps = new int[steps.length];
            int[] unitsInt = new int[units.length];
            for (int index = 0; index < steps.length; index++) {
                localSteps[index] = (int) (steps[index] % stepsPerSample());
                unitsInt[index] = (int) units[index];
            }
            int from = 0;
            for (int sample = 0; sample < samples; sample++) {
                int to = from;
                while (to < steps.length && steps[to] / stepsPerSample() == sample) {
                    to++;
                }
                circuit.schedule().fillInjected(localSteps, unitsInt, from, to);
                circuit.present(true, null, 0, observer);
                from = to;
            }
            assertSpikes("excitatory", brian, excitatorySpikes);
            assertSpikes("inhibitory", brian, inhibitorySpikes);
            assertTrue(excitatorySpikes.steps.size() > samples, "the scenario must make the excitatory neurons "
                    + "spike; it made " + excitatorySpikes.steps.size() + " spikes");
            float[] weights = circuit.projection("input-excitatory").weights();
            double[] expected = brian.get("weights").asDoubles();
            double worst = 0;
            for (int cell = 0; cell < weights.length; cell++) {
                worst = Math.max(worst, Math.abs(weights[cell] - expected[cell]));
            }
            System.out.printf(Locale.ROOT, "Brian2 conformance %d-%d-%d: %d E and %d I spikes identical, weights within"
                    + " %.2e%n", inputs, excitatory, inhibitory, excitatorySpikes.steps.size(),
                    inhibitorySpikes.steps.size(), worst);
            assertTrue(worst <= WEIGHT_TOLERANCE, "weights differ from Brian2's by up to " + worst);
            double[] theta = circuit.population("excitatory").theta();
            double[] expectedTheta = brian.get("theta").asDoubles();
            for (int unit = 0; unit < theta.length; unit++) {
                assertTrue(Math.abs(theta[unit] - expectedTheta[unit]) <= THETA_TOLERANCE,
                        "theta of unit " + unit + ": " + theta[unit] + " vs Brian2 " + expectedTheta[unit]);
            }
        }

        private static void assertSpikes(String population, Map<String, NdArray> brian, SpikeRecord ours) {
            double[] steps = brian.get(population + "_steps").asDoubles();
            double[] units = brian.get(population + "_units").asDoubles();
            long[] expectedSteps = new long[steps.length];
            long[] expectedUnits = new long[units.length];
            for (int index = 0; index < steps.length; index++) {
                expectedSteps[index] = (long) steps[index];
                expectedUnits[index] = (long) units[index];
            }
            long[] ourSteps = ours.steps.stream().mapToLong(Long::longValue).toArray();
            long[] ourUnits = ours.units.stream().mapToLong(Long::longValue).toArray();
            int shared = Math.min(expectedSteps.length, ourSteps.length);
            for (int index = 0; index < shared; index++) {
                if (expectedSteps[index] != ourSteps[index] || expectedUnits[index] != ourUnits[index]) {
                    throw new AssertionError(population + " spike " + index + " differs: Brian2 unit "
                            + expectedUnits[index] + " at step " + expectedSteps[index] + ", ours unit "
                            + ourUnits[index] + " at step " + ourSteps[index]);
                }
            }
            assertArrayEquals(expectedSteps, ourSteps, population + " spike counts differ: Brian2 "
                    + expectedSteps.length + ", ours " + ourSteps.length);
            assertArrayEquals(expectedUnits, ourUnits);
        }
    }

    /** Spikes as (step, unit) in step, then unit order. */
    static final class SpikeRecord {
        final List<Long> steps = new ArrayList<>();
        final List<Long> units = new ArrayList<>();

        void add(long step, SpikeList fired) {
            for (int index = 0; index < fired.count(); index++) {
                steps.add(step);
                units.add((long) fired.unit(index));
            }
        }
    }
}
