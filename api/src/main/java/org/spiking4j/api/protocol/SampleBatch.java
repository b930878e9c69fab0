package org.spiking4j.api.protocol;

import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchPhase;

/**
 * A batch as a protocol builds it from samples. Rows {@code 0 .. samples-1} are the samples
 * themselves, in the order given, and are what readouts read; any further rows are the protocol's
 * own (e.g. CSDP's negatives).
 *
 * @param clamps per encoder population, (rows, size) values (intensities or spikes)
 * @param contrast per row, the value signals read as the row's label (CSDP: 1 positive, 0 negative)
 * @param phases empty for one phase of the circuit's steps; otherwise what follows the first phase
 *     is the protocol's own (e.g. a rest without input), and the first phase's clamps are {@code clamps}
 */
public record SampleBatch(int rows, int samples, Map<String, float[]> clamps, float[] contrast,
        List<BatchPhase> phases) {

    public SampleBatch {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A batch of one phase of the circuit's steps. */
    public SampleBatch(int rows, int samples, Map<String, float[]> clamps, float[] contrast) {
        this(rows, samples, clamps, contrast, List.of());
    }

    /** The simulation's batch, with or without plasticity, at this random coordinate. */
    public Batch toBatch(boolean learn, int randomCoordinate) {
        return new Batch(rows, clamps, contrast, learn, randomCoordinate, null, null, phases);
    }
}
