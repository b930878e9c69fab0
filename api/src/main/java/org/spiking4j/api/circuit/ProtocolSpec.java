package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the circuit is trained: the protocol id, positives per batch, epochs, the test batch size,
 * how many training images to use (0: all), protocol parameters, and the readout (absent:
 * {@link ReadoutSpec#DEFAULT_MODEL}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProtocolSpec(String model, Integer batchSize, Integer epochs, Integer testBatchSize,
        Integer trainLimit, Map<String, Double> params, ReadoutSpec readout) {

    public static final int DEFAULT_TEST_BATCH_SIZE = 1000;

    public ProtocolSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public ProtocolSpec(String model, Integer batchSize, Integer epochs, Integer testBatchSize, Integer trainLimit,
            Map<String, Double> params) {
        this(model, batchSize, epochs, testBatchSize, trainLimit, params, null);
    }

    public ReadoutSpec effectiveReadout() {
        return readout == null ? new ReadoutSpec(ReadoutSpec.DEFAULT_MODEL, null) : readout;
    }

    public ProtocolSpec withReadout(ReadoutSpec newReadout) {
        return new ProtocolSpec(model, batchSize, epochs, testBatchSize, trainLimit, params, newReadout);
    }

    public int effectiveTestBatchSize() {
        return testBatchSize == null ? DEFAULT_TEST_BATCH_SIZE : testBatchSize;
    }

    public int effectiveTrainLimit() {
        return trainLimit == null ? 0 : trainLimit;
    }

    public ProtocolSpec withEpochs(int newEpochs) {
        return new ProtocolSpec(model, batchSize, newEpochs, testBatchSize, trainLimit, params, readout);
    }

    public ProtocolSpec withTrainLimit(int newLimit) {
        return new ProtocolSpec(model, batchSize, epochs, testBatchSize, newLimit, params, readout);
    }

    public ProtocolSpec withBatchSize(int newBatchSize) {
        return new ProtocolSpec(model, newBatchSize, epochs, testBatchSize, trainLimit, params, readout);
    }

    public ProtocolSpec withParams(Map<String, Double> newParams) {
        return new ProtocolSpec(model, batchSize, epochs, testBatchSize, trainLimit, newParams, readout);
    }
}
