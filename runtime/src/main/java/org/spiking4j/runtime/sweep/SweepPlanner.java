package org.spiking4j.runtime.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.circuit.CircuitLoader;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.circuit.CircuitValidator;
import org.spiking4j.runtime.circuit.ParsedCircuit;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Expands a sweep file into trials (settings × seeds) and validates every one before anything
 * runs: each override alone against the base circuit (so a bad one is named by trial and path),
 * then each setting's overrides together. A trial's circuit is what {@code spiking4j train} would
 * train from the base file with these values written into it and {@code --seed}, {@code --epochs}
 * and {@code --train-limit} given: loaded, validated, resolved, then the options applied.
 */
public final class SweepPlanner {
    private static final YAMLMapper YAML = new YAMLMapper();

    private final PluginRegistry registry;
    private final CircuitLoader loader = new CircuitLoader();

    public SweepPlanner(PluginRegistry registry) {
        this.registry = registry;
    }

    public SweepPlan plan(Path sweepPath) {
        SweepFile sweep = new SweepFileReader().read(sweepPath);
        Path folder = sweepPath.toAbsolutePath().getParent();
        Path base = folder.resolve(sweep.circuit()).normalize();
        String baseText = readBase(sweepPath, base);
        ObjectNode baseTree = tree(baseText, base);
        List<Map<String, Object>> settings = settings(sweep, sweepPath);
        List<Long> seeds = sweep.seeds().isEmpty() ? List.of(baseSeed(base, baseText)) : sweep.seeds();
        if (seeds.stream().distinct().count() != seeds.size()) {
            throw new Spiking4jException(sweepPath + ": the seeds list " + seeds + " names a seed twice; "
                    + "each seed is one trial, so list each once.");
        }
        List<PlannedTrial> trials = new ArrayList<>();
        for (int index = 0; index < settings.size(); index++) {
            Map<String, Object> overrides = settings.get(index);
            String settingName = settings.size() == 1 ? "" : "s" + pad(index + 1, settings.size()) + "-";
            String firstTrial = settingName + "seed" + seeds.get(0);
            CircuitDescription circuit = settingCircuit(sweepPath, base, baseTree, overrides, firstTrial);
            for (long seed : seeds) {
                String id = settingName + "seed" + seed;
                trials.add(new PlannedTrial(id, index, overrides, seed, withOptions(circuit, sweep, seed)));
            }
        }
        Path data = sweep.data() == null ? null : folder.resolve(sweep.data()).normalize();
        int checkpointEvery = sweep.checkpointEvery() == null ? 0 : sweep.checkpointEvery();
        return new SweepPlan(sweepPath, trials, sweep.dataset(), data, sweep.backend(), checkpointEvery,
                fingerprint(trials, sweep, data));
    }

    private CircuitDescription settingCircuit(Path sweepPath, Path base, ObjectNode baseTree,
            Map<String, Object> overrides, String trialId) {
        for (Map.Entry<String, Object> override : overrides.entrySet()) {
            ObjectNode single = baseTree.deepCopy();
            String what = "trial " + trialId + " of " + sweepPath + ": the override " + override.getKey() + " = "
                    + describe(override.getValue());
            String sourceName = base + " with " + override.getKey() + " = " + describe(override.getValue());
            try {
                OverridePath.apply(single, override.getKey(), YAML.valueToTree(override.getValue()));
                load(single, sourceName);
            } catch (Spiking4jException e) {
                throw new Spiking4jException(what + " does not fit the circuit " + base + ": "
                        + withoutGeneratedPositions(e.getMessage(), sourceName), e);
            }
        }
        ObjectNode combined = baseTree.deepCopy();
        overrides.forEach((path, value) -> OverridePath.apply(combined, path, YAML.valueToTree(value)));
        try {
            return new CircuitResolver(registry).resolve(load(combined, base + " with " + SweepPlan.label(overrides)));
        } catch (Spiking4jException e) {
            throw new Spiking4jException("trial " + trialId + " of " + sweepPath + ": its overrides "
                    + SweepPlan.label(overrides) + " together do not fit the circuit " + base + ": " + e.getMessage(), e);
        }
    }

    private CircuitDescription load(ObjectNode tree, String sourceName) {
        String text;
        try {
            text = YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new Spiking4jException("Cannot write " + sourceName + " as YAML: " + e.getOriginalMessage(), e);
        }
        ParsedCircuit parsed = loader.parseWithLocations(text, sourceName);
        new CircuitValidator(registry).validate(parsed);
        return parsed.circuit();
    }

    /** The options every trial shares, applied as {@code spiking4j train} applies its command line. */
    private static CircuitDescription withOptions(CircuitDescription circuit, SweepFile sweep, long seed) {
        ProtocolSpec protocol = circuit.protocol();
        if (sweep.epochs() != null) {
            protocol = protocol.withEpochs(sweep.epochs());
        }
        if (sweep.trainLimit() != null) {
            protocol = protocol.withTrainLimit(sweep.trainLimit());
        }
        return circuit.withProtocol(protocol).withSeed(seed);
    }

    private static List<Map<String, Object>> settings(SweepFile sweep, Path sweepPath) {
        if (!sweep.grid().isEmpty() && !sweep.settings().isEmpty()) {
            throw new Spiking4jException(sweepPath + " has both a grid and a settings list; use one of them "
                    + "(a grid varies every combination, settings list each combination explicitly).");
        }
        List<Map<String, Object>> settings = new ArrayList<>();
        if (!sweep.settings().isEmpty()) {
            settings.addAll(sweep.settings());
            return settings;
        }
        settings.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> axis : sweep.grid().entrySet()) {
            if (axis.getValue() == null || axis.getValue().isEmpty()) {
                throw new Spiking4jException(sweepPath + ": the grid entry " + axis.getKey()
                        + " lists no values; give at least one, such as [256, 512].");
            }
            List<Map<String, Object>> expanded = new ArrayList<>();
            for (Map<String, Object> setting : settings) {
                for (Object value : axis.getValue()) {
                    Map<String, Object> next = new LinkedHashMap<>(setting);
                    next.put(axis.getKey(), value);
                    expanded.add(next);
                }
            }
            settings = expanded;
        }
        return settings;
    }

    private long baseSeed(Path base, String baseText) {
        CircuitDescription circuit = loader.parse(baseText, base.toString());
        return circuit.seed() == null ? new CircuitResolver(registry).resolve(circuit).seed() : circuit.seed();
    }

    private static String readBase(Path sweepPath, Path base) {
        try {
            return Files.readString(base, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new Spiking4jException(sweepPath + " names the circuit " + base + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the path is relative to the sweep file.", e);
        }
    }

    private ObjectNode tree(String baseText, Path base) {
        // The loader reports any syntax problem of the base file with its own line and column.
        loader.parse(baseText, base.toString());
        try {
            JsonNode node = YAML.readTree(baseText);
            return (ObjectNode) node;
        } catch (JsonProcessingException | ClassCastException e) {
            throw new Spiking4jException(base + " is not a circuit file (its top level is not a map of keys).", e);
        }
    }

    /**
     * The loader names lines of the YAML written from the overridden tree, which the user never
     * sees; the override's path says where the problem is.
     */
    private static String withoutGeneratedPositions(String message, String sourceName) {
        String source = Pattern.quote(sourceName);
        return message.replaceFirst("^" + source + " has \\d+ problems?:\\s*", "")
                .replaceAll(source + "(, line \\d+, column \\d+)?:? ?", "");
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static String pad(int number, int count) {
        return String.format("%0" + Integer.toString(count).length() + "d", number);
    }

    private static String fingerprint(List<PlannedTrial> trials, SweepFile sweep, Path data) {
        CircuitFiles files = new CircuitFiles();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PlannedTrial trial : trials) {
                digest.update((trial.id() + "\n" + files.write(trial.circuit()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update((sweep.dataset() + "\n" + data + "\n" + sweep.backend()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
