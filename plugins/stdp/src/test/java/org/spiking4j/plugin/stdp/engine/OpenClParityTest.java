package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.BackendSpec;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.engine.gpu.OpenClBackendProvider;
import org.spiking4j.testkit.backend.BackendRequirement;

/**
 * CPU↔OpenCL parity of the STDP plugin's online circuit: the same seeded circuit and input on the
 * CPU driver and on the OpenCL driver (PoCL here) give identical spikes of every population at every
 * step and bit-identical weights, θ, v, traces and readout counts. Without an OpenCL driver the tests
 * skip saying why, unless REQUIRE_OPENCL=1.
 */
class OpenClParityTest {
    private static final int PIXELS = 784;

    @BeforeAll
    static void requireOpenCl() {
        BackendRequirement.requireAvailable(new OpenClBackendProvider(), BackendRequirement.REQUIRE_OPENCL);
    }

    /** One LIF neuron with pair STDP from 100 inputs, θ adapting, samples with rest. */
    @Test
    void oneNeuronIsBitIdentical() {
        stepParity(new Brian2ConformanceTest.Scenario(100, 1, 0, 3, 200, 100, "rest", "set", "none", null, 0.3f, 11));
    }

    /** Diehl & Cook: 784 → 100 E + 100 I, normalisation, rest between samples. */
    @Test
    void diehlAndCookCircuitIsBitIdentical() {
        stepParity(new Brian2ConformanceTest.Scenario(PIXELS, 100, 100, 3, 250, 150, "rest", "set", "none", 78.4, 0.2f,
                12));
    }

    /** Added traces, soft weight dependence and an explicit reset between samples. */
    @Test
    void addedTracesSoftBoundsAndResetAreBitIdentical() {
        stepParity(new Brian2ConformanceTest.Scenario(PIXELS, 100, 100, 3, 250, 0, "reset", "add", "soft", 78.4, 0.2f,
                13));
    }

    /**
     * Whole sessions: Poisson input drawn per pass, two training passes, the readout's spike counts,
     * a checkpoint written by one backend and resumed on the other; every exported array and scalar equal.
     */
    @Test
    void sessionsTrainCountAndResumeBitIdentically() {
        for (String between : List.of("rest", "reset")) {
            CircuitDescription cpu = new Brian2ConformanceTest.Scenario(PIXELS, 20, 20, 1, 60, 30, between, "set",
                    "none", 78.4, 0f, 5).circuit();
            Map<String, Double> params = new LinkedHashMap<>(cpu.protocol().params());
            params.put("minSpikes", 3.0); // re-presentation of quiet samples goes through the counts read back
            cpu = cpu.withProtocol(cpu.protocol().withParams(params));
            CircuitDescription openCl = cpu.withBackend(new BackendSpec(OnlineDrivers.OPENCL, null, null));
            LabeledImages images = images(10, 3);
            SimulationState cpuState;
            float[] cpuCounts;
            SimulationState afterOnePass;
            try (UnsupervisedSession session = new UnsupervisedSession(cpu)) {
                session.train(images, 0, SampleProgress.none());
                afterOnePass = session.exportState();
                session.train(images, 1, SampleProgress.none());
                cpuState = session.exportState();
                cpuCounts = session.spikeCounts(images, 0, SampleProgress.none());
            }
            try (UnsupervisedSession session = new UnsupervisedSession(openCl)) {
                session.train(images, 0, SampleProgress.none());
                assertStatesEqual(afterOnePass, session.exportState(), between + ", after one pass");
                session.train(images, 1, SampleProgress.none());
                assertStatesEqual(cpuState, session.exportState(), between + ", after two passes");
                assertArrayEquals(cpuCounts, session.spikeCounts(images, 0, SampleProgress.none()), between);
            }
            try (UnsupervisedSession session = new UnsupervisedSession(cpu)) {
                session.importState(afterOnePass);
                session.train(images, 1, SampleProgress.none());
                assertStatesEqual(cpuState, session.exportState(), between + ", resumed on the CPU");
            }
            try (UnsupervisedSession session = new UnsupervisedSession(openCl)) {
                session.importState(afterOnePass);
                session.train(images, 1, SampleProgress.none());
                assertStatesEqual(cpuState, session.exportState(), between + ", resumed on OpenCL");
            }
            double total = 0;
            for (float count : cpuCounts) {
                total += count;
            }
            assertTrue(total > 0, "the readout must spike for the comparison to mean something");
        }
    }

    private static void stepParity(Brian2ConformanceTest.Scenario scenario) {
        CircuitDescription description = scenario.circuit();
        OnlineCircuit cpu = new OnlineCircuitCompiler().compile(description);
        OnlineCircuit device = new OnlineCircuitCompiler().compile(description);
        java.util.Random random = new java.util.Random(scenario.seed());
        float[] initial = new float[scenario.inputs() * scenario.excitatory()];
        for (int cell = 0; cell < initial.length; cell++) {
            initial[cell] = random.nextFloat() * 0.3f;
        }
        cpu.projection("input-excitatory").importWeights(initial);
        device.projection("input-excitatory").importWeights(initial);
        Map<String, Brian2ConformanceTest.SpikeRecord> cpuSpikes = new LinkedHashMap<>();
        Map<String, Brian2ConformanceTest.SpikeRecord> deviceSpikes = new LinkedHashMap<>();
        try (OpenClOnlineCircuit openCl = OpenClOnlineCircuit.open(device)) {
            float[] rates = new float[scenario.inputs()];
            int[] localSteps = new int[scenario.inputs() * scenario.on()];
            int[] units = new int[localSteps.length];
            for (int sample = 0; sample < scenario.samples(); sample++) {
                for (int unit = 0; unit < rates.length; unit++) {
                    rates[unit] = random.nextFloat() < 0.25 ? random.nextFloat() * scenario.rateScale() : 0f;
                }
                int spikes = 0;
                for (int local = 0; local < scenario.on(); local++) {
                    for (int unit = 0; unit < rates.length; unit++) {
                        if (random.nextFloat() < rates[unit]) {
                            localSteps[spikes] = local;
                            units[spikes++] = unit;
                        }
                    }
                }
                cpu.schedule().fillInjected(localSteps, units, 0, spikes);
                device.schedule().fillInjected(localSteps, units, 0, spikes);
                boolean learn = sample + 1 < scenario.samples(); // the last sample with learning off, θ frozen
                float[] cpuCounts = new float[scenario.excitatory()];
                float[] deviceCounts = new float[scenario.excitatory()];
                cpu.present(learn, cpuCounts, 0, recorder(cpuSpikes));
                openCl.present(learn, deviceCounts, 0, recorder(deviceSpikes));
                assertArrayEquals(cpuCounts, deviceCounts, "readout counts of sample " + sample);
            }
            openCl.download();
        }
        int excitatorySpikes = cpuSpikes.get("excitatory").steps.size();
        assertTrue(excitatorySpikes > scenario.samples(), "the scenario must make the excitatory neurons spike");
        for (String population : cpuSpikes.keySet()) {
            assertEquals(cpuSpikes.get(population).steps, deviceSpikes.get(population).steps, population + " steps");
            assertEquals(cpuSpikes.get(population).units, deviceSpikes.get(population).units, population + " units");
        }
        assertArrayEquals(cpu.projection("input-excitatory").weights(), device.projection("input-excitatory").weights(),
                "weights");
        for (LifPopulation population : cpu.populations()) {
            LifPopulation twin = device.population(population.name());
            assertArrayEquals(population.theta(), twin.theta(), population.name() + " theta");
            assertArrayEquals(population.potential(), twin.potential(), population.name() + " v");
            assertArrayEquals(population.pendingCurrent(), twin.pendingCurrent(), population.name() + " current");
            assertArrayEquals(population.lastSpike(), twin.lastSpike(), population.name() + " last spikes");
        }
        StdpLearning cpuRule = cpu.plastic().get(0).learning();
        StdpLearning deviceRule = device.plastic().get(0).learning();
        assertArrayEquals(cpuRule.preTraceAtSpike(), deviceRule.preTraceAtSpike(), "pre traces");
        assertArrayEquals(cpuRule.preLastSpike(), deviceRule.preLastSpike(), "pre last spikes");
        assertArrayEquals(cpuRule.postTrace(), deviceRule.postTrace(), "post traces");
        System.out.printf(Locale.ROOT, "OpenCL parity %d-%d-%d (%s, %s, %s): %d E spikes, %d spikes in all identical;"
                + " weights, theta, v and traces bit-identical%n", scenario.inputs(), scenario.excitatory(),
                scenario.inhibitory(), scenario.between(), scenario.traceMode(), scenario.dependence(), excitatorySpikes,
                deviceSpikes.values().stream().mapToInt(record -> record.steps.size()).sum());
    }

    private static StepObserver recorder(Map<String, Brian2ConformanceTest.SpikeRecord> records) {
        return (t, population, fired) -> records.computeIfAbsent(population,
                name -> new Brian2ConformanceTest.SpikeRecord()).add(t, fired);
    }

    private static void assertStatesEqual(SimulationState expected, SimulationState actual, String where) {
        assertEquals(expected.arrays().keySet(), actual.arrays().keySet(), where);
        for (String name : expected.arrays().keySet()) {
            assertArrayEquals(expected.arrays().get(name), actual.arrays().get(name), where + ": " + name);
        }
        assertEquals(expected.scalars().keySet(), actual.scalars().keySet(), where);
        java.util.List<String> differing = new java.util.ArrayList<>();
        for (Map.Entry<String, Double> entry : expected.scalars().entrySet()) {
            if (!entry.getValue().equals(actual.scalars().get(entry.getKey()))) {
                differing.add(entry.getKey() + ": " + entry.getValue() + " vs " + actual.scalars().get(entry.getKey()));
            }
        }
        assertTrue(differing.isEmpty(), where + ": " + differing.size() + " scalars differ, e.g. "
                + differing.subList(0, Math.min(5, differing.size())));
    }

    private static LabeledImages images(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] pixels = new float[count * PIXELS];
        int[] labels = new int[count];
        for (int image = 0; image < count; image++) {
            labels[image] = image % 10;
            for (int pixel = 0; pixel < PIXELS; pixel++) {
                pixels[image * PIXELS + pixel] = random.nextFloat() < 0.2 ? random.nextFloat() : 0f;
            }
        }
        return new LabeledImages(pixels, labels, count, PIXELS, 10);
    }
}
