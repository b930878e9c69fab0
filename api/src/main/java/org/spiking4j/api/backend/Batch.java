package org.spiking4j.api.backend;

import java.util.List;
import java.util.Map;

/**
 * One simulated batch.
 *
 * @param rows rows simulated (positives plus their contrast rows when training)
 * @param clamps per encoder population, row-major (rows, size) values: intensities for
 *     {@code bernoulli}, spikes for {@code clamp}
 * @param contrast per row: 1 for a positive (real) sample, 0 for a negative one
 * @param learn whether plasticity runs
 * @param randomCoordinate identifies this batch in the input-spike random stream; see
 *     {@link org.spiking4j.api.random.CounterRandom} (the backend uses (row, step, coordinate))
 * @param injectedSpikes optional, per encoder population, per step (rows, size) spikes that replace
 *     the encoder's own draws (golden-vector replay); empty normally
 * @param observer optional per-step spike observer, or null
 * @param phases empty: one phase of the circuit's steps with {@code clamps} and {@code learn}; otherwise
 *     the phases in order (the first one's clamps replace {@code clamps}), state carried from one to the next
 */
public record Batch(int rows, Map<String, float[]> clamps, float[] contrast, boolean learn, int randomCoordinate,
        Map<String, byte[][]> injectedSpikes, StepObserver observer, List<BatchPhase> phases) {

    public Batch {
        injectedSpikes = injectedSpikes == null ? Map.of() : injectedSpikes;
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A batch of one phase: the circuit's steps with these clamps. */
    public Batch(int rows, Map<String, float[]> clamps, float[] contrast, boolean learn, int randomCoordinate,
            Map<String, byte[][]> injectedSpikes, StepObserver observer) {
        this(rows, clamps, contrast, learn, randomCoordinate, injectedSpikes, observer, List.of());
    }

    /** The phases to run: {@link #phases()}, or the single phase of {@code steps} steps. */
    public List<BatchPhase> phasesOr(int steps) {
        return phases.isEmpty() ? List.of(new BatchPhase(steps, clamps, learn)) : phases;
    }
}
