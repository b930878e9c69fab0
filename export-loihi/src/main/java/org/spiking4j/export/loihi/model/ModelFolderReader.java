package org.spiking4j.export.loihi.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.export.loihi.TrainedCircuit;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/**
 * Reads what the export needs from a model directory (circuit.yaml, weights.npz, state.npz),
 * after checking manifest.json's format, version and SHA-256 fingerprints. A stand-alone reader of
 * the model-directory contract; the command line may equally build a {@link TrainedCircuit} from the
 * runtime's own checkpoint reader.
 */
public final class ModelFolderReader {
    public static final String FORMAT = "spiking4j-model";
    public static final int VERSION = 1;
    public static final String CIRCUIT = "circuit.yaml";
    public static final String WEIGHTS = "weights.npz";
    public static final String STATE = "state.npz";
    public static final String METRICS = "metrics.jsonl";
    public static final String MANIFEST = "manifest.json";
    static final List<String> FINGERPRINTED = List.of(CIRCUIT, WEIGHTS, STATE, METRICS);
    private static final int BUFFER_BYTES = 1 << 16;

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public TrainedCircuit read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new Spiking4jException("There is no model directory at " + folder
                    + "; give the folder that 'spiking4j train --out' wrote.");
        }
        JsonNode manifest = manifest(folder);
        for (String file : FINGERPRINTED) {
            Path path = folder.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new Spiking4jException("Model directory " + folder + " has no " + file
                        + "; it is incomplete. Use another checkpoint or train again.");
            }
            if (!sha256(path).equals(manifest.path("sha256").path(file).asText(""))) {
                throw new Spiking4jException(path + " does not match the checksum in " + MANIFEST + ": the file is "
                        + "corrupted or was changed after training. Restore it from a copy, or train again; "
                        + "spiking4j will not export a model it cannot vouch for.");
            }
        }
        CircuitDescription circuit = circuit(folder.resolve(CIRCUIT));
        Map<String, float[]> weights = new LinkedHashMap<>();
        NpzArchive.read(folder.resolve(WEIGHTS)).forEach((name, array) -> weights.put(name, array.asFloats()));
        Map<String, float[]> thresholds = new LinkedHashMap<>();
        for (Map.Entry<String, NdArray> entry : NpzArchive.read(folder.resolve(STATE)).entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(TrainedCircuit.THRESHOLD_PREFIX) && key.endsWith(TrainedCircuit.THRESHOLD_SUFFIX)) {
                String population = key.substring(TrainedCircuit.THRESHOLD_PREFIX.length(),
                        key.length() - TrainedCircuit.THRESHOLD_SUFFIX.length());
                thresholds.put(population, entry.getValue().asFloats());
            }
        }
        Map<String, float[]> circuitWeights = new LinkedHashMap<>();
        circuit.projections().keySet().forEach(name -> {
            if (weights.containsKey(name)) {
                circuitWeights.put(name, weights.get(name));
            }
        });
        return new TrainedCircuit(circuit, circuitWeights, thresholds);
    }

    private JsonNode manifest(Path folder) {
        Path path = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(path)) {
            throw new Spiking4jException(folder + " is not a spiking4j model directory: it has no " + MANIFEST
                    + ". Give the folder that 'spiking4j train --out' wrote.");
        }
        JsonNode manifest;
        try {
            manifest = json.readTree(path.toFile());
        } catch (IOException e) {
            throw new Spiking4jException(path + " is not valid JSON; the model directory is damaged.", e);
        }
        if (manifest == null || !FORMAT.equals(manifest.path("format").asText())) {
            throw new Spiking4jException(path + " does not describe a spiking4j model (format is '"
                    + (manifest == null ? "" : manifest.path("format").asText()) + "', expected '" + FORMAT + "').");
        }
        int version = manifest.path("formatVersion").asInt(-1);
        if (version > VERSION) {
            throw new Spiking4jException(folder + " was written by a newer spiking4j (model format " + version
                    + "; this version reads up to " + VERSION + "). Upgrade spiking4j to export it.");
        }
        if (version < 1) {
            throw new Spiking4jException(path + " has no valid formatVersion; the model directory is damaged.");
        }
        return manifest;
    }

    private CircuitDescription circuit(Path path) {
        try {
            return yaml.readValue(path.toFile(), CircuitDescription.class);
        } catch (IOException e) {
            throw new Spiking4jException(path + " is not a readable circuit (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); the model directory is damaged.", e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER_BYTES];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new Spiking4jException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
