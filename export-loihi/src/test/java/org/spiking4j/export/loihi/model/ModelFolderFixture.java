package org.spiking4j.export.loihi.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.export.loihi.TrainedCircuit;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/** Writes a model directory the way training does (the contract of architecture.md), for reader tests. */
final class ModelFolderFixture {

    private ModelFolderFixture() {
    }

    static void write(Path folder, TrainedCircuit trained) throws IOException {
        Files.createDirectories(folder);
        CircuitDescription circuit = trained.circuit();
        new ObjectMapper(new YAMLFactory()).writeValue(folder.resolve(ModelFolderReader.CIRCUIT).toFile(), circuit);
        Map<String, NdArray> weights = new LinkedHashMap<>();
        Map<String, NdArray> state = new LinkedHashMap<>();
        trained.weights().forEach((name, values) -> {
            var spec = circuit.projections().get(name);
            int pre = circuit.population(spec.from()).size();
            int post = circuit.population(spec.to()).size();
            weights.put(name, NdArray.ofFloats(values, pre, post));
            state.put("adam.m/" + name, NdArray.ofFloats(new float[values.length], values.length));
        });
        trained.initialThresholds().forEach((population, values) ->
                state.put(TrainedCircuit.thresholdKey(population), NdArray.ofFloats(values, values.length)));
        state.put("scalar/adam.step", NdArray.ofDoubles(new double[] {100}, 1));
        state.put("progress", NdArray.ofDoubles(new double[] {1, 0, 0, 0, 0}, 5));
        NpzArchive.write(folder.resolve(ModelFolderReader.WEIGHTS), weights);
        NpzArchive.write(folder.resolve(ModelFolderReader.STATE), state);
        Files.writeString(folder.resolve(ModelFolderReader.METRICS), "{\"epoch\":1,\"test_accuracy\":0.5}\n");
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", ModelFolderReader.FORMAT);
        manifest.put("formatVersion", ModelFolderReader.VERSION);
        ObjectNode sums = manifest.putObject("sha256");
        for (String file : ModelFolderReader.FINGERPRINTED) {
            sums.put(file, ModelFolderReader.sha256(folder.resolve(file)));
        }
        json.writeValue(folder.resolve(ModelFolderReader.MANIFEST).toFile(), manifest);
    }
}
