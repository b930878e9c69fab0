package org.spiking4j.runtime.circuit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.runtime.plugin.PluginRegistry;

class CircuitValidatorTest {
    private static final String SOURCE = "configs/edited.yaml";

    private final PluginRegistry registry = CircuitFixtures.registry();
    private final CircuitLoader loader = new CircuitLoader();
    private final CircuitValidator validator = new CircuitValidator(registry);

    @Test
    void theValidCircuitHasNoProblems() {
        ParsedCircuit parsed = loader.loadWithLocations(CircuitFixtures.circuit("csdp-small.yaml"));

        assertEquals(List.of(), validator.problems(parsed.circuit(), parsed.locations()));
        assertDoesNotThrow(() -> validator.validate(parsed));
    }

    @Test
    void anUnknownModelIdListsTheKnownIds() {
        String message = failureOf("broken-unknown-model.yaml");

        assertTrue(message.contains("broken-unknown-model.yaml, line 10, column 12: population 'z1': Unknown neuron "
                + "model 'slf'. Known neuron models: bernoulli, clamp, slif."), message);
        assertTrue(message.contains("Did you mean 'slif'?"), message);
    }

    @Test
    void aParameterOutsideItsRangeSaysTheRange() {
        String message = failureOf("broken-param-range.yaml");

        assertTrue(message.contains("broken-param-range.yaml, line 12, column 73: parameter 'rhoB' of population 'z1' "
                + "is 1.5, outside the range neuron model 'slif' allows: from 0 to 1."), message);
    }

    @Test
    void anUnknownParameterListsTheDeclaredOnes() {
        String message = failureOf("broken-unknown-param.yaml");

        assertTrue(message.contains("broken-unknown-param.yaml, line 12, column 14: unknown parameter 'tauMm' of "
                + "population 'z1'. The parameters of neuron model 'slif' are: tauM, resistance, threshold, "
                + "thresholdJitter, rhoB, thresholdFloor. Did you mean 'tauM'?"), message);
    }

    @Test
    void aRuleReadingAMissingSignalListsTheSignals() {
        String message = failureOf("broken-dangling-signal.yaml");

        assertTrue(message.contains("broken-dangling-signal.yaml, line 26, column 67: the rule of projection 'W1' "
                + "reads signal 'g3', which does not exist. Signals: g1, g2, ey, eR."), message);
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        Path file = CircuitFixtures.circuit("broken-several.yaml");
        String message = failureOf("broken-several.yaml");
        String[] lines = message.split("\\R");

        assertEquals(file + " has 6 problems:", lines[0]);
        assertEquals(7, lines.length, message);
        List<String> expectedStarts = List.of(
                "line 5, column 12: time.dt must be a positive number of milliseconds, found 0.",
                "line 10, column 12: population 'z1': Unknown neuron model 'slf'.",
                "line 17, column 14: unknown parameter 'tauMm' of population 'z2'.",
                "line 24, column 46: signal 'ey' has target 'z9', which is not a population.",
                "line 27, column 67: the rule of projection 'W1' reads signal 'g3'",
                "line 38, column 54: protocol.batchSize must be at least 1, found 0.");
        for (int i = 0; i < expectedStarts.size(); i++) {
            assertTrue(lines[i + 1].startsWith(file + ", " + expectedStarts.get(i)), lines[i + 1]);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "apiVersion: spiking4j/v1 | apiVersion: spiking4j/v2 | line 2, column 13: apiVersion is 'spiking4j/v2', but this spiking4j reads 'spiking4j/v1'.",
        "name: csdp-small\\n | `` | line 2, column 1: the circuit has no name; add a line such as 'name: my-circuit'.",
        "time: {dt: 3.0, steps: 16}\\n | `` | line 2, column 1: time is missing; add for example 'time: {dt: 3.0, steps: 50}' (step length in ms, steps per sample).",
        "steps: 16 | steps: 0 | line 5, column 24: time.steps must be at least 1, found 0.",
        "size: 784, role: input | size: 0, role: input | line 7, column 32: population 'z0' needs a size of at least 1, found 0.",
        "role: input | role: hidden | line 6, column 1: no population has 'role: input'; give it to the population the images drive.",
        "role: label | role: input | line 8, column 38: population 'z3' has role input, but 'z0' already has it; a circuit has only one.",
        "role: reconstruction | role: classifier | line 19, column 38: population 'zR' has role classifier, but 'zy' already has it; a circuit has only one.",
        "trace: {tau: 13}}\\nsignals | trace: {tau: 0}}\\nsignals | line 19, column 86: the trace of population 'zR' needs a positive time constant tau in ms, found 0.",
        "population: z1, params | population: z5, params | line 21, column 37: signal 'g1' has population 'z5', which is not a population. Populations: z0, z3, z1, z2, zy, zR.",
        "target: z3, | `` | line 23, column 3: signal 'ey' has no target; add 'target: <population name>'.",
        "population: z2, params | population: z2, target: z0, params | line 22, column 49: signal 'g2' has a target, but signal 'goodness' uses none; remove it.",
        "estimate: trace | estimate: rate | line 23, column 60: signal 'ey' has estimate 'rate'; expected one of trace, spikes.",
        "population: zy, target: z3, estimate: trace | population: z0, target: z3, estimate: trace | line 23, column 60: signal 'ey' estimates with the trace of population 'z0', which has no trace: add 'trace: {tau: ...}' to it, or use 'estimate: spikes'.",
        "model: goodness | model: goodnes | line 21, column 15: signal 'g1': Unknown signal 'goodnes'. Known signals: error, goodness.",
        "from: z0, to: z1 | from: zz, to: z1 | line 26, column 15: projection 'W1' has from 'zz', which is not a population.",
        "sign: -1 | sign: -2 | line 27, column 46: the sign of projection 'M1' must be 1 (excitatory) or -1 (inhibitory), found -2.",
        "scale: 0.1 | scale: -0.1 | line 26, column 34: the scale of projection 'W1' must be a positive number, found -0.1; use 'sign: -1' for inhibition.",
        "bounds: [0, 1] | bounds: [1, 0] | line 27, column 72: the bounds of projection 'M1' are [1, 0]; the lower bound must not be above the upper one.",
        "bounds: [0, 1] | bounds: [0, 1, 2] | line 27, column 72: the bounds of projection 'M1' must be two numbers [lower, upper], found 3 values.",
        "bounds: [0, 1] | bounds: [0, ~] | line 27, column 72: the bounds of projection 'M1' must be two numbers [lower, upper]; one is empty.",
        "size: 20\\n | size: 20\\n    params: {tauM: ~}\\n | line 17, column 14: parameter 'tauM' of population 'z2' has no value; give a number, or remove the line to use the default.",
        "`  z2:\\n    model: slif\\n    size: 20\\n    trace: {tau: 13}\\n` | `  z2:\\n` | line 14, column 3: population 'z2' is empty; give at least its model and size.",
        "delay: 0 | delay: 2 | line 35, column 34: the delay of projection 'R1' must be 0 (this step's spikes) or 1 (the previous step's), found 2.",
        "model: hebbian-error, signal: ey | model: hebbian, signal: ey | line 33, column 41: the rule of projection 'C2': Unknown plasticity rule 'hebbian'. Known plasticity rules: csdp, hebbian-error.",
        "signal: eR} | signal: eR, params: {postWeight: 0.2, lr: 1}} | line 35, column 104: unknown parameter 'lr' of the rule of projection 'R1'. The parameters of plasticity rule 'hebbian-error' are: preWeight, postWeight.",
        "optimizer: {model: adam}\\n | `` | line 2, column 1: projections W1, M1, V2, V2y, W2, M2, V3y, C2, C3, R1 learn, so the circuit needs an optimizer, e.g. 'optimizer: {model: adam}'.",
        "optimizer: {model: adam} | optimizer: {model: adam, params: {beta1: 2}} | line 36, column 42: parameter 'beta1' of the optimizer is 2, outside the range optimiser 'adam' allows: from 0 to 0.999999.",
        "optimizer: {model: adam} | optimizer: {model: adamw} | line 36, column 20: the optimizer: Unknown optimiser 'adamw'. Known optimisers: adam, sgd.",
        "contrastive-supervised | contrastive-supervized | line 37, column 19: the protocol: Unknown training protocol 'contrastive-supervized'. Known training protocols: contrastive-supervised, contrastive-unsupervised.",
        "epochs: 1, | `` | line 37, column 1: protocol.epochs is missing; give a whole number of at least 1.",
        "testBatchSize: 4 | testBatchSize: 0 | line 37, column 83: protocol.testBatchSize must be at least 1, found 0.",
        "testBatchSize: 4 | testBatchSize: 4, trainLimit: -1 | line 37, column 98: protocol.trainLimit (0 uses every training image) must be at least 0, found -1.",
        "testBatchSize: 4} | testBatchSize: 4, params: {negatives: 2}} | line 37, column 95: unknown parameter 'negatives' of the protocol: training protocol 'contrastive-supervised' takes no parameters, so remove its params.",
        "protocol: {model: contrastive-supervised, batchSize: 4, epochs: 1, testBatchSize: 4}\\n | `` | line 2, column 1: protocol is missing; add for example 'protocol: {model: contrastive-supervised, batchSize: 500, epochs: 10}'.",
        "seed: 7 | seed: 7\\nbackend: {id: cuda} | line 5, column 15: Unknown backend 'cuda'. Known backends: cpu.",
        "seed: 7 | seed: 7\\nbackend: {id: auto, kernels: sparse} | line 5, column 30: backend.kernels is 'sparse'; expected one of auto, event, dense.",
        "seed: 7 | seed: 7\\nbackend: {threads: -1} | line 5, column 20: backend.threads must be 0 (let the backend choose) or more, found -1.",
    })
    void eachCheckPointsAtTheOffendingValue(String original, String replacement, String expected) {
        List<CircuitProblem> problems = problemsOf(original.replace("\\n", "\n"), replacement.replace("\\n", "\n"));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).describe(SOURCE).startsWith(SOURCE + ", " + expected),
                problems.get(0).describe(SOURCE));
    }

    @Test
    void theReadoutIsCheckedLikeEveryComponent() {
        String protocol = "testBatchSize: 4}";
        assertEquals(List.of(), problemsOf(protocol, "testBatchSize: 4, readout: {model: classifier-argmax}}"));
        List<CircuitProblem> problems = problemsOf(protocol, "testBatchSize: 4, readout: {model: clasifier-argmax}}");

        assertEquals(1, problems.size(), problems::toString);
        String message = problems.get(0).describe(SOURCE);
        assertTrue(message.contains("the readout: Unknown readout 'clasifier-argmax'. Known readouts: "
                + "classifier-argmax."), message);
        assertTrue(message.contains("line 37"), message);
    }

    @Test
    void anUnknownDatasetSourceIsReported() {
        List<CircuitProblem> problems = problemsOf("seed: 7", "seed: 7\ndata: {source: surely-no-such-dataset}");

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).describe(SOURCE).startsWith(SOURCE + ", line 5, column 16: Unknown dataset source "
                + "'surely-no-such-dataset'."), problems.get(0).message());
    }

    @Test
    void aCircuitWithoutLocationsIsReportedByFileNameOnly() {
        CircuitDescription circuit = loader.load(CircuitFixtures.circuit("csdp-small.yaml"));
        CircuitDescription unnamed = new CircuitDescription(circuit.apiVersion(), null, circuit.seed(), circuit.time(),
                circuit.populations(), circuit.signals(), circuit.projections(), circuit.optimizer(), circuit.protocol(),
                circuit.data(), circuit.backend());

        Spiking4jException failure = assertThrows(Spiking4jException.class,
                () -> validator.validate(unnamed, YamlLocations.none(), "built in code"));

        assertEquals("built in code has 1 problem:" + System.lineSeparator()
                + "built in code: the circuit has no name; add a line such as 'name: my-circuit'.", failure.getMessage());
        assertNull(validator.problems(unnamed, YamlLocations.none()).get(0).position());
    }

    private String failureOf(String fixture) {
        ParsedCircuit parsed = loader.loadWithLocations(CircuitFixtures.circuit(fixture));
        return assertThrows(Spiking4jException.class, () -> validator.validate(parsed)).getMessage();
    }

    private List<CircuitProblem> problemsOf(String original, String replacement) {
        ParsedCircuit parsed = loader.parseWithLocations(CircuitLoaderTest.edited(original, replacement), SOURCE);
        return validator.problems(parsed.circuit(), parsed.locations());
    }

    @Test
    void delayZeroCyclesAreReported() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Paths.get(
                getClass().getResource("/circuits/csdp-small.yaml").toURI()));
        String cyclic = text.replace("W2:  {from: z1, to: z2, scale: 0.1,", "W2:  {from: z1, to: z2, delay: 0, scale: 0.1,")
                .replace("V2:  {from: z2, to: z1, scale: 0.1,", "V2:  {from: z2, to: z1, delay: 0, scale: 0.1,");
        ParsedCircuit parsed = new CircuitLoader().parseWithLocations(cyclic, "cyclic.yaml");
        org.spiking4j.api.Spiking4jException error = org.junit.jupiter.api.Assertions.assertThrows(
                org.spiking4j.api.Spiking4jException.class, () -> new CircuitValidator(
                        new org.spiking4j.runtime.plugin.PluginLoader(getClass().getClassLoader()).load(null))
                        .validate(parsed));
        org.junit.jupiter.api.Assertions.assertTrue(error.getMessage().contains("form a cycle"), error.getMessage());
    }
}
