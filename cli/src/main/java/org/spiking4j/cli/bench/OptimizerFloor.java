package org.spiking4j.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProjectionSpec;

/**
 * The least memory traffic training can cause: the optimiser reads and writes its state for every
 * plastic weight at every step, whatever the forward pass costs. Adam reads the weight, both
 * moments and the update and writes the weight and both moments (7 floats, 28 bytes); SGD reads
 * the weight and the update and writes the weight (12 bytes). Divided by the measured bandwidth,
 * this is the time per positive sample below which no implementation on this machine can go.
 */
public record OptimizerFloor(
        @JsonProperty("optimizer") String optimizer,
        @JsonProperty("plastic_parameters") long plasticParameters,
        @JsonProperty("bytes_per_parameter_per_step") int bytesPerParameterPerStep,
        @JsonProperty("bytes_per_positive_sample") double bytesPerPositiveSample) {

    static final Map<String, Integer> BYTES_PER_PARAMETER_PER_STEP = Map.of("adam", 7 * Float.BYTES,
            "sgd", 3 * Float.BYTES);

    /** The floor of a resolved circuit, or null when its optimiser's traffic is not known. */
    public static OptimizerFloor of(CircuitDescription circuit) {
        String optimizer = circuit.optimizer() == null ? null : circuit.optimizer().model();
        Integer bytes = optimizer == null ? null : BYTES_PER_PARAMETER_PER_STEP.get(optimizer);
        if (bytes == null) {
            return null;
        }
        long parameters = 0;
        for (ProjectionSpec projection : circuit.projections().values()) {
            if (projection.rule() != null) {
                parameters += (long) circuit.population(projection.from()).size()
                        * circuit.population(projection.to()).size();
            }
        }
        double perSample = (double) bytes * parameters * circuit.time().steps() / circuit.protocol().batchSize();
        return new OptimizerFloor(optimizer, parameters, bytes, perSample);
    }

    /** Seconds per positive sample at this bandwidth (bytes per second). */
    public double secondsPerSample(double bytesPerSecond) {
        return bytesPerPositiveSample / bytesPerSecond;
    }
}
