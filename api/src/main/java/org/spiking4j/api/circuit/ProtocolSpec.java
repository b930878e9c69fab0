package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the circuit is trained: the protocol id, positives per batch, epochs, the test batch size,
 * how many training images to use (0: all), protocol parameters, the readout (absent:
 * {@link ReadoutSpec#DEFAULT_MODEL}) and named choices ({@code options}, e.g. {@code between: rest}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProtocolSpec(String model, Integer batchSize, Integer epochs, Integer testBatchSize,
        Integer trainLimit, Map<String, Double> params, ReadoutSpec readout, Map<String, String> options) {

    public static final int DEFAULT_TEST_BATCH_SIZE = 1000;

    public ProtocolSpec {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        options = options == null || options.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public ProtocolSpec(String model, Integer batchSize, Integer epochs, Integer testBatchSize, Integer trainLimit,
            Map<String, Double> params, ReadoutSpec readout) {
        this(model, batchSize, epochs, testBatchSize, trainLimit, params, readout, null);
    }

    /** The named choice, or {@code fallback} when the protocol does not give it. */
    public String option(String name, String fallback) {
        return options == null ? fallback : options.getOrDefault(name, fallback);
    }

    public ProtocolSpec(String model, Integer batchSize, Integer epochs, Integer testBatchSize, Integer trainLimit,
            Map<String, Double> params) {
        this(model, batchSize, epochs, testBatchSize, trainLimit, params, null);
    }

    public ReadoutSpec effectiveReadout() {
        return readout == null ? new ReadoutSpec(ReadoutSpec.DEFAULT_MODEL, null) : readout;
    }

    public ProtocolSpec withReadout(ReadoutSpec newReadout) {
        return new ProtocolSpec(model, batchSize, epochs, testBatchSize, trainLimit, params, newReadout, options);
    }

    public int effectiveTestBatchSize() {
        return testBatchSize == null ? DEFAULT_TEST_BATCH_SIZE : testBatchSize;
    }

    public int effectiveTrainLimit() {
        return trainLimit == null ? 0 : trainLimit;
    }

    public ProtocolSpec withEpochs(int newEpochs) {
        return new ProtocolSpec(model, batchSize, newEpochs, testBatchSize, trainLimit, params, readout, options);
    }

    public ProtocolSpec withTrainLimit(int newLimit) {
        return new ProtocolSpec(model, batchSize, epochs, testBatchSize, newLimit, params, readout, options);
    }

    public ProtocolSpec withBatchSize(int newBatchSize) {
        return new ProtocolSpec(model, newBatchSize, epochs, testBatchSize, trainLimit, params, readout, options);
    }

    public ProtocolSpec withParams(Map<String, Double> newParams) {
        return new ProtocolSpec(model, batchSize, epochs, testBatchSize, trainLimit, newParams, readout, options);
    }
}
