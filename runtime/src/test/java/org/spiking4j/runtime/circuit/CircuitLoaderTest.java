package org.spiking4j.runtime.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;

class CircuitLoaderTest {
    private static final String SOURCE = "configs/edited.yaml";

    private final CircuitLoader loader = new CircuitLoader();

    @Test
    void theValidCircuitMapsEveryPartInWrittenOrder() {
        CircuitDescription circuit = loader.load(CircuitFixtures.circuit("csdp-small.yaml"));

        assertEquals(CircuitDescription.API_VERSION, circuit.apiVersion());
        assertEquals(7L, circuit.seed());
        assertEquals(3.0, circuit.time().dt());
        assertEquals(16, circuit.time().steps());
        assertEquals(List.of("z0", "z3", "z1", "z2", "zy", "zR"), List.copyOf(circuit.populations().keySet()));
        assertEquals(List.of("W1", "M1", "V2", "V2y", "W2", "M2", "V3y", "C2", "C3", "R1"),
                List.copyOf(circuit.projections().keySet()));
        assertEquals(PopulationRole.RECONSTRUCTION, circuit.population("zR").role());
        assertEquals(0.0, circuit.population("zR").params().get("rhoB"));
        assertEquals(List.of(0.0, 1.0), circuit.projections().get("M1").bounds());
        assertEquals(-1, circuit.projections().get("M1").sign());
        assertEquals(0, circuit.projections().get("R1").delay());
        assertEquals("trace", circuit.signals().get("ey").estimate());
        assertEquals(4, circuit.protocol().testBatchSize());
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKnownKeys() {
        String message = failureOf(CircuitFixtures.circuit("broken-typo-key.yaml"));

        assertTrue(message.contains("broken-typo-key.yaml, line 11, column 5: unknown key 'sise' in populations.z1."),
                message);
        assertTrue(message.contains("Known keys here: model, size, role, params, trace."), message);
        assertTrue(message.contains("Did you mean 'size'?"), message);
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsAWrongType() {
        String message = failureOf(CircuitFixtures.circuit("broken-wrong-type.yaml"));

        assertTrue(message.contains("broken-wrong-type.yaml, line 11, column 11: wrong value for populations.z1.size: "
                + "expected a whole number, found '1.5'."), message);
    }

    @Test
    void aSyntaxErrorPointsAtWhereTheParserStoppedAndWhereTheConstructBegan() {
        String message = failureOf(CircuitFixtures.circuit("broken-syntax.yaml"));

        assertTrue(message.contains("broken-syntax.yaml, line 8, column 5: not valid YAML:"), message);
        assertTrue(message.contains("while parsing a flow mapping at line 7, column 7"), message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "steps: 16             | steps: \"16\"       | line 5, column 24: wrong value for time.steps: expected a whole number, found '16'.",
        "steps: 16             | steps: 16.0         | line 5, column 24: wrong value for time.steps: expected a whole number, found '16.0'.",
        "size: 40              | size: abc           | line 11, column 11: wrong value for populations.z1.size: expected a whole number, found 'abc'.",
        "size: 40              | size:               | line 11, column 5: wrong value for populations.z1.size: expected a whole number, found nothing.",
        "role: input           | role: inptu         | line 7, column 43: wrong value for populations.z0.role: expected one of input, label, hidden, classifier, reconstruction, found 'inptu'.",
        "hollow: true, bounds  | hollow: yes, bounds | line 27, column 58: wrong value for projections.M1.hollow: expected true or false, found 'yes'.",
        "tauM: 100             | tauM: \"100\"       | line 12, column 20: wrong value for populations.z1.params.tauM: expected a number, found '100'.",
        "bounds: [0, 1], rule: {model: csdp, signal: g1} | bounds: [0, x], rule: {model: csdp, signal: g1} | line 27, column 76: wrong value for projections.M1.bounds[1]: expected a number, found 'x'.",
        "time: {dt: 3.0, steps: 16} | time: [3.0, 16] | line 5, column 7: wrong value for time: expected a mapping with the keys dt, steps, found a list.",
        "steps: 16             | steps: 99999999999 | line 5, column 24: the number at time.steps is too large: expected a whole number that fits in 32 bits.",
    })
    void wrongTypesSayWhatWasExpectedAndWhere(String original, String replacement, String expected) {
        String message = failureOf(edited(original, replacement));

        assertEquals(SOURCE + ", " + expected, message);
    }

    @Test
    void aMissingRequiredValueIsNamed() {
        String message = failureOf(edited("    size: 40\n", ""));

        assertEquals(SOURCE + ", line 9, column 3: missing key 'size' in populations.z1: expected a whole number.",
                message);
    }

    @Test
    void anUnknownTopLevelKeyListsTheTopLevelKeys() {
        String message = failureOf(edited("seed: 7", "sead: 7"));

        assertTrue(message.startsWith(SOURCE + ", line 4, column 1: unknown key 'sead' in the top level. Known keys "
                + "here: apiVersion, name, seed, time, populations, signals, projections, optimizer, protocol, data, "
                + "backend. Did you mean 'seed'?"), message);
    }

    @Test
    void aKeyWrittenTwiceIsAnError() {
        String message = failureOf(edited("seed: 7", "seed: 7\nseed: 8"));

        assertEquals(SOURCE + ", line 5, column 1: the key 'seed' is written twice in the top level (first at line 4, "
                + "column 1); keep only one of them.", message);
    }

    @Test
    void aSecondDocumentIsAnError() {
        String message = failureOf(edited("seed: 7", "seed: 7\n---\nname: other"));

        assertTrue(message.startsWith(SOURCE + ", line 5, column 1: not valid YAML:"), message);
    }

    @Test
    void aTopLevelListIsNotACircuit() {
        String message = assertThrows(Spiking4jException.class, () -> loader.parse("- a\n- b\n", SOURCE)).getMessage();

        assertTrue(message.startsWith(SOURCE + ", line 1, column 1: wrong value for the circuit: expected a mapping "
                + "with the keys apiVersion, name, seed,"), message);
    }

    @Test
    void emptyTextAndMissingFilesGetPlainMessages(@TempDir Path folder) throws IOException {
        String empty = assertThrows(Spiking4jException.class, () -> loader.parse("# nothing yet\n", SOURCE))
                .getMessage();
        assertTrue(empty.startsWith(SOURCE + " is empty."), empty);
        String tilde = assertThrows(Spiking4jException.class, () -> loader.parse("~\n", SOURCE)).getMessage();
        assertTrue(tilde.startsWith(SOURCE + " holds only an empty value."), tilde);

        Path missing = folder.resolve("absent.yaml");
        String notFound = assertThrows(Spiking4jException.class, () -> loader.load(missing)).getMessage();
        assertTrue(notFound.contains(missing + " does not exist"), notFound);

        String isFolder = assertThrows(Spiking4jException.class, () -> loader.load(folder)).getMessage();
        assertTrue(isFolder.contains("is a folder"), isFolder);

        Path latin1 = folder.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        String notUtf8 = assertThrows(Spiking4jException.class, () -> loader.load(latin1)).getMessage();
        assertTrue(notUtf8.contains("is not UTF-8 text"), notUtf8);
    }

    @Test
    void messagesAreOneParagraphWithoutJavaNames() {
        for (String fixture : List.of("broken-typo-key.yaml", "broken-wrong-type.yaml", "broken-syntax.yaml")) {
            String message = failureOf(CircuitFixtures.circuit(fixture));
            assertFalse(message.contains("\n"), message);
            for (String javaWord : List.of("Exception", "com.fasterxml", "org.spiking4j", "java.", "`", "\tat ")) {
                assertFalse(message.contains(javaWord), message);
            }
        }
    }

    @Test
    void anchorsAndAliasesAreNamedAsSuch() {
        String anchored = edited("  z2:\n", "  z2: &hidden\n");
        String message = failureOf(anchored);
        assertTrue(message.contains("the anchor '&hidden'") && message.contains("no YAML anchors or aliases"), message);
        assertTrue(!message.contains("found a mapping"), message);
    }

    @Test
    void notANumberAndInfinityAreNamedAsNotFinite() {
        String message = failureOf(edited("threshold: 10}", "threshold: .nan}"));
        assertTrue(message.contains("line 21") && message.contains("'.nan' is not a finite number"), message);
        message = failureOf(edited("scale: 0.1", "scale: -.inf"));
        assertTrue(message.contains("'-.inf' is not a finite number"), message);
    }

    private String failureOf(Path file) {
        return assertThrows(Spiking4jException.class, () -> loader.load(file)).getMessage();
    }

    private String failureOf(String yamlText) {
        return assertThrows(Spiking4jException.class, () -> loader.parse(yamlText, SOURCE)).getMessage();
    }

    /** The valid circuit with the first occurrence of {@code original} replaced. */
    static String edited(String original, String replacement) {
        String text = validText();
        int at = text.indexOf(original);
        if (at < 0) {
            throw new IllegalArgumentException("csdp-small.yaml has no '" + original + "'");
        }
        return text.substring(0, at) + replacement + text.substring(at + original.length());
    }

    static String validText() {
        try {
            return Files.readString(CircuitFixtures.circuit("csdp-small.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
