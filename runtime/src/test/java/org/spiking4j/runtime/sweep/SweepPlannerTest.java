package org.spiking4j.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;

class SweepPlannerTest {
    private final PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
    @TempDir
    Path folder;

    @Test
    void aGridExpandsToEveryCombinationTimesEverySeedInFileOrder() throws Exception {
        SweepPlan plan = plan("""
                seeds: [11, 12]
                grid:
                  populations.z1.size: [30, 50]
                  optimizer.params.eta: [0.001, 0.004]
                trainLimit: 16
                epochs: 2
                """);
        assertEquals(8, plan.trials().size());
        List<String> ids = plan.trials().stream().map(PlannedTrial::id).toList();
        assertEquals(List.of("s1-seed11", "s1-seed12", "s2-seed11", "s2-seed12", "s3-seed11", "s3-seed12",
                "s4-seed11", "s4-seed12"), ids);
        PlannedTrial third = plan.trials().get(2);
        assertEquals(Map.of("populations.z1.size", 30, "optimizer.params.eta", 0.004), third.overrides());
        assertEquals("populations.z1.size=30, optimizer.params.eta=0.004", third.settingLabel());
        assertEquals(30, third.circuit().population("z1").size());
        assertEquals(0.004, third.circuit().optimizer().params().get("eta"));
        assertEquals(11L, third.circuit().seed());
        assertEquals(16, third.circuit().protocol().trainLimit());
        assertEquals(2, third.circuit().protocol().epochs());
    }

    @Test
    void aTrialsCircuitIsWhatTrainResolvesFromTheFileWithTheSameValuesAndSeed() throws Exception {
        SweepPlan plan = plan("""
                seeds: [99]
                settings:
                  - {populations.z2.size: 24}
                trainLimit: 8
                """);
        String edited = Files.readString(base()).replace("    size: 20\n", "    size: 24\n");
        Path editedFile = Files.writeString(folder.resolve("edited.yaml"), edited);
        CircuitDescription fromTrain = new CircuitResolver(registry).resolve(new CircuitFiles().read(editedFile, registry));
        fromTrain = fromTrain.withProtocol(fromTrain.protocol().withTrainLimit(8)).withSeed(99);
        assertEquals(fromTrain, plan.trials().get(0).circuit());
        assertEquals("seed99", plan.trials().get(0).id());
    }

    @Test
    void withoutSeedsTheCircuitsOwnSeedIsTheOneTrial() throws Exception {
        SweepPlan plan = plan("");
        assertEquals(1, plan.trials().size());
        assertEquals("seed7", plan.trials().get(0).id());
        assertEquals("(base circuit)", plan.trials().get(0).settingLabel());
    }

    @Test
    void anUnknownOverridePathNamesTheTrialAndThePath() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> plan("""
                seeds: [1, 2]
                grid:
                  populations.z1.size: [30]
                  populations.z1.siz: [40]
                """));
        assertTrue(error.getMessage().startsWith("trial seed1 of "), error.getMessage());
        assertTrue(error.getMessage().contains("the override populations.z1.siz = 40 does not fit the circuit"),
                error.getMessage());
        assertTrue(error.getMessage().contains("siz"), error.getMessage());
    }

    @Test
    void aPopulationThatDoesNotExistIsNamedWithTheOnesThatDo() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> plan("""
                settings:
                  - {populations.z1.size: 30}
                  - {populations.z9.size: 30}
                """));
        assertTrue(error.getMessage().startsWith("trial s2-seed7 of "), error.getMessage());
        assertTrue(error.getMessage().contains("populations.z9 does not exist in the base circuit; its populations are "
                + "z0, z3, z1, z2, zy, zR"), error.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeNamesThePath() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> plan("""
                grid:
                  populations.z1.size: [30, "big"]
                """));
        assertTrue(error.getMessage().startsWith("trial s2-seed7 of "), error.getMessage());
        assertTrue(error.getMessage().contains("the override populations.z1.size = 'big'"), error.getMessage());
        assertTrue(error.getMessage().endsWith("wrong value for populations.z1.size: expected a whole number, found 'big'."),
                error.getMessage());
    }

    @Test
    void aValueOutOfRangeIsCaughtBeforeAnythingRuns() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> plan("""
                grid:
                  optimizer.params.eta: [-1.0]
                """));
        assertTrue(error.getMessage().contains("the override optimizer.params.eta = -1.0"), error.getMessage());
        assertTrue(!error.getMessage().contains("line "), "no positions in YAML the user never wrote: " + error.getMessage());
    }

    @Test
    void anUnknownSweepKeyNamesItsLine() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> plan("""
                seeds: [1]
                seed: 2
                """));
        assertTrue(error.getMessage().contains("sweep.yaml: unknown key 'seed'. A sweep file has the keys circuit, seeds"),
                error.getMessage());
    }

    @Test
    void gridAndSettingsTogetherAreRefused() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> plan("""
                grid: {populations.z1.size: [30]}
                settings: [{populations.z1.size: 40}]
                """));
        assertTrue(error.getMessage().contains("both a grid and a settings list"), error.getMessage());
    }

    @Test
    void theFingerprintFollowsTheContent() throws Exception {
        String first = plan("seeds: [1, 2]\n").fingerprint();
        assertEquals(first, plan("seeds: [1, 2]\n").fingerprint());
        assertNotEquals(first, plan("seeds: [1, 3]\n").fingerprint());
        assertNotEquals(first, plan("seeds: [1, 2]\ntrainLimit: 8\n").fingerprint());
    }

    private SweepPlan plan(String body) throws IOException, URISyntaxException {
        Path sweep = folder.resolve("sweep.yaml");
        Files.writeString(sweep, "circuit: " + base() + "\n" + body);
        return new SweepPlanner(registry).plan(sweep);
    }

    private Path base() throws URISyntaxException {
        return Paths.get(getClass().getResource("/circuits/csdp-small.yaml").toURI());
    }
}
