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
 * One complete checkpoint in one folder: circuit, weights, state, metrics, and last a manifest with
 * every file's SHA-256. The manifest is what makes the folder complete; reading verifies every
 * fingerprint before decoding anything. State arrays are stored under whatever names the backend
 * gives them: nothing here depends on those names.
 */
final class CheckpointFiles {
    private static final String SCALAR_PREFIX = "scalar/";
    private static final String PROGRESS_KEY = "progress";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginRegistry registry;
    private final PausePoints pausePoints;

    CheckpointFiles(PluginRegistry registry, PausePoints pausePoints) {
        this.registry = registry;
        this.pausePoints = pausePoints;
    }

    void write(Path folder, Checkpoint checkpoint) {
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
        pausePoints.reached("before-circuit");
        AtomicFileWriter.write(folder.resolve(ModelFormat.CIRCUIT), out -> out.write(circuitYaml));
        pausePoints.reached("before-weights");
        NpzArchive.write(folder.resolve(ModelFormat.WEIGHTS), weights);
        pausePoints.reached("before-state");
        NpzArchive.write(folder.resolve(ModelFormat.STATE), state);
        byte[] metrics = metricsLines(checkpoint.metrics());
        pausePoints.reached("before-metrics");
        AtomicFileWriter.write(folder.resolve(ModelFormat.METRICS), out -> out.write(metrics));
        byte[] manifest = manifest(folder, checkpoint);
        pausePoints.reached("before-manifest");
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
        ObjectNode manifest = ModelManifest.describe(checkpoint);
        ObjectNode files = manifest.putObject(ModelManifest.SHA256);
        for (String file : ModelFormat.FINGERPRINTED) {
            files.put(file, Fingerprint.sha256(folder.resolve(file)));
        }
        return ModelManifest.encode(manifest);
    }

    /** Reads and verifies the checkpoint in {@code folder}, whose manifest has already been parsed. */
    Checkpoint read(Path folder, JsonNode manifest) {
        for (String file : ModelFormat.FINGERPRINTED) {
            Path path = folder.resolve(file);
            String expected = manifest.path(ModelManifest.SHA256).path(file).asText("");
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

    private static List<EpochMetrics> readMetrics(Path path) {
        List<EpochMetrics> metrics = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    metrics.add(JSON.readValue(line, EpochMetrics.class));
                }
            }
        } catch (IOException e) {
            throw new Spiking4jException(path + " cannot be read as metrics lines (" + e.getClass().getSimpleName()
                    + "); the model directory is damaged.");
        }
        return metrics;
    }
}
