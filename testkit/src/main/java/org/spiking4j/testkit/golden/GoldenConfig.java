package org.spiking4j.testkit.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.spiking4j.api.Spiking4jException;

/** The {@code config_json} entry of a golden file (shared/oracle/README.md). */
public record GoldenConfig(int inputs, int hidden1, int hidden2, int classes, int steps, double dt, int batchSize,
        int trainBatches, int testBatches, double eta, double weightDecay, double adamStepsFinal) {

    public static GoldenConfig parse(byte[] utf8Json, String source) {
        try {
            JsonNode json = new ObjectMapper().readTree(new String(utf8Json, StandardCharsets.UTF_8));
            return new GoldenConfig(json.get("n_in").asInt(), json.get("n1").asInt(), json.get("n2").asInt(),
                    json.get("n_classes").asInt(), json.get("T").asInt(), json.get("dt").asDouble(),
                    json.get("batch_size").asInt(), json.get("train_batches").asInt(),
                    json.get("test_batches").asInt(), json.get("eta").asDouble(), json.get("w_decay").asDouble(),
                    json.get("adam_steps_final").asDouble());
        } catch (IOException | NullPointerException e) {
            throw new Spiking4jException(source + " has no readable config_json (n_in, n1, n2, n_classes, T, dt, "
                    + "batch_size, train_batches, test_batches, eta, w_decay, adam_steps_final); is it a golden file?");
        }
    }
}
