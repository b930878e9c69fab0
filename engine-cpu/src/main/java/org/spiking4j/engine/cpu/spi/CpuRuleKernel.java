package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.ComponentState;

/**
 * A plasticity rule on the CPU. Each learning step the engine calls {@link #beginStep()} once, then
 * walks the weight rows (split over workers) in small groups: for each row of a group
 * {@link #accumulateRow} into a zeroed scratch row and {@link #shapeDelta}; then for each row the
 * optimiser, {@link #constrain}, and the projection's bounds and hollow mask, so each weight row is
 * streamed from memory once per step. Accumulating and shaping one row must therefore not read
 * other rows' weights.
 * The pre spikes, listed by unit, are {@link ProjectionBuffers#preSpikeRows()}. State that must
 * survive a checkpoint is exported through {@link ComponentState}.
 */
public interface CpuRuleKernel extends ComponentState {

    default void beginStep() {
    }

    /**
     * Adds this step's update of weight row {@code preRow} into {@code delta} (post-size floats, all
     * zero on entry), summing over batch rows in ascending order.
     */
    void accumulateRow(int preRow, float[] delta, int worker);

    /** Transforms the accumulated update of one weight row before the optimiser sees it. */
    default void shapeDelta(int preRow, float[] delta) {
    }

    /** Applies the rule's own change to one weight row after the optimiser (e.g. CSDP's decay). */
    default void constrain(int preRow, int worker) {
    }
}
