package org.spiking4j.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.io.AtomicFileWriter;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Reads and writes a model directory. Every file is written under a temporary name and renamed
 * into place, the manifest (with each file's SHA-256) last, so a crash leaves the previous
 * checkpoint or the new one; reading checks format, version and fingerprints before anything else.
 */
public final class ModelDirectory {
    private static final String SCALAR_PREFIX = "scalar/";
    private static final String PROGRESS_KEY = "progress";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginRegistry registry;

    public ModelDirectory(PluginRegistry registry) {
        this.registry = registry;
    }

    public void write(Path folder, Checkpoint checkpoint) {
        Map<String, NdArray> weights = new LinkedHashMap<>();
        Map<String, NdArray> state = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> entry : checkpoint.state().arrays().entrySet()) {
            ProjectionSpec projection = checkpoint.circuit().projections().get(entry.getKey());
            if (projection != null) {
                int pre = checkpoint.circuit().population(projection.from()).size();
                int post = checkpoint.circuit().population(projection.to()).size();
                weights.put(entry.getKey(), NdArray.ofFloats(entry.getValue(), pre, post));
            } else {
                state.put(entry.getKey(), NdArray.ofFloats(entry.getValue(), entry.getValue().length));
            }
        }
        checkpoint.state().scalars().forEach((name, value) ->
                state.put(SCALAR_PREFIX + name, NdArray.ofDoubles(new double[] {value}, 1)));
        TrainingProgress progress = checkpoint.progress();
        state.put(PROGRESS_KEY, NdArray.ofDoubles(new double[] {progress.epoch(), progress.batch(),
                progress.trainCorrect(), progress.trainSeen(), progress.epochSeconds()}, 5));

        byte[] circuitYaml = new CircuitFiles().write(checkpoint.circuit()).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(folder.resolve(ModelFormat.CIRCUIT), out -> out.write(circuitYaml));
        NpzArchive.write(folder.resolve(ModelFormat.WEIGHTS), weights);
        NpzArchive.write(folder.resolve(ModelFormat.STATE), state);
        byte[] metrics = metricsLines(checkpoint.metrics());
        AtomicFileWriter.write(folder.resolve(ModelFormat.METRICS), out -> out.write(metrics));
        byte[] manifest = manifest(folder, checkpoint);
        AtomicFileWriter.write(folder.resolve(ModelFormat.MANIFEST), out -> out.write(manifest));
    }

    private static byte[] metricsLines(List<EpochMetrics> metrics) {
        StringBuilder lines = new StringBuilder();
        try {
            for (EpochMetrics epoch : metrics) {
                lines.append(JSON.writeValueAsString(epoch)).append('\n');
            }
        } catch (IOException e) {
            throw new Spiking4jException("Cannot encode metrics: " + e.getMessage());
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manifest(Path folder, Checkpoint checkpoint) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", ModelFormat.NAME);
        manifest.put("formatVersion", ModelFormat.VERSION);
        manifest.put("circuit", checkpoint.circuit().name());
        ObjectNode sizes = manifest.putObject("populations");
        checkpoint.circuit().populations().forEach((name, spec) -> sizes.put(name, spec.size()));
        manifest.put("epochsCompleted", checkpoint.progress().epoch());
        manifest.put("batchesIntoEpoch", checkpoint.progress().batch());
        ObjectNode files = manifest.putObject("sha256");
        for (String file : ModelFormat.FINGERPRINTED) {
            files.put(file, Fingerprint.sha256(folder.resolve(file)));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot encode the manifest: " + e.getMessage());
        }
    }

    /** Reads and checks a model directory; every problem becomes a message naming the file and the fix. */
    public Checkpoint read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new Spiking4jException("There is no model directory at " + folder
                    + "; give the folder that 'spiking4j train --out' wrote.");
        }
        JsonNode manifest = readManifest(folder);
        for (String file : ModelFormat.FINGERPRINTED) {
            Path path = folder.resolve(file);
            String expected = manifest.path("sha256").path(file).asText("");
            if (!Files.isRegularFile(path)) {
                throw new Spiking4jException("Model directory " + folder + " has no " + file
                        + "; it is incomplete. Use another checkpoint or train again.");
            }
            String actual = Fingerprint.sha256(path);
            if (!actual.equals(expected)) {
                throw new Spiking4jException(path + " does not match the checksum in " + ModelFormat.MANIFEST
                        + ": the file is corrupted or was changed after training. Restore it from a copy, or train "
                        + "again; spiking4j will not load a model it cannot vouch for.");
            }
        }
        CircuitDescription circuit = new CircuitFiles().read(folder.resolve(ModelFormat.CIRCUIT), registry);
        Map<String, float[]> arrays = new LinkedHashMap<>();
        Map<String, NdArray> weights = NpzArchive.read(folder.resolve(ModelFormat.WEIGHTS));
        circuit.projections().forEach((name, spec) -> {
            NdArray array = weights.get(name);
            int pre = circuit.population(spec.from()).size();
            int post = circuit.population(spec.to()).size();
            if (array == null || array.rank() != 2 || array.dimension(0) != pre || array.dimension(1) != post) {
                throw new Spiking4jException(folder.resolve(ModelFormat.WEIGHTS) + " has no (" + pre + ", " + post
                        + ") array '" + name + "' for projection " + spec.from() + "→" + spec.to()
                        + "; it does not belong to this circuit.");
            }
            arrays.put(name, array.asFloats());
        });
        Map<String, Double> scalars = new LinkedHashMap<>();
        TrainingProgress progress = TrainingProgress.start();
        for (Map.Entry<String, NdArray> entry : NpzArchive.read(folder.resolve(ModelFormat.STATE)).entrySet()) {
            if (entry.getKey().equals(PROGRESS_KEY)) {
                double[] values = entry.getValue().asDoubles();
                progress = new TrainingProgress((int) values[0], (int) values[1], (long) values[2], (long) values[3],
                        values[4]);
            } else if (entry.getKey().startsWith(SCALAR_PREFIX)) {
                scalars.put(entry.getKey().substring(SCALAR_PREFIX.length()), entry.getValue().asDoubles()[0]);
            } else {
                arrays.put(entry.getKey(), entry.getValue().asFloats());
            }
        }
        return new Checkpoint(circuit, new SimulationState(arrays, scalars), progress,
                readMetrics(folder.resolve(ModelFormat.METRICS)));
    }

    private static JsonNode readManifest(Path folder) {
        Path path = folder.resolve(ModelFormat.MANIFEST);
        if (!Files.isRegularFile(path)) {
            throw new Spiking4jException(folder + " is not a spiking4j model directory: it has no "
                    + ModelFormat.MANIFEST + ". Give the folder that 'spiking4j train --out' wrote.");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new Spiking4jException(path + " is not valid JSON (" + e.getMessage()
                    + "); the model directory is damaged.");
        }
        if (!ModelFormat.NAME.equals(manifest.path("format").asText())) {
            throw new Spiking4jException(path + " does not describe a spiking4j model (format is '"
                    + manifest.path("format").asText() + "', expected '" + ModelFormat.NAME + "').");
        }
        int version = manifest.path("formatVersion").asInt(-1);
        if (version > ModelFormat.VERSION) {
            throw new Spiking4jException(folder + " was written by a newer spiking4j (model format " + version
                    + "; this version reads up to " + ModelFormat.VERSION + "). Upgrade spiking4j to load it.");
        }
        if (version < 1) {
            throw new Spiking4jException(path + " has no valid formatVersion; the model directory is damaged.");
        }
        return manifest;
    }

    private static List<EpochMetrics> readMetrics(Path path) {
        List<EpochMetrics> metrics = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    metrics.add(JSON.readValue(line, EpochMetrics.class));
                }
            }
        } catch (IOException e) {
            throw new Spiking4jException(path + " cannot be read as metrics lines: " + e.getMessage());
        }
        return metrics;
    }
}
