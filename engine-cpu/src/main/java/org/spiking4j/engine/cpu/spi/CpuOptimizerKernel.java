package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.OptimizerState;

/**
 * An optimiser on the CPU: owns its per-projection state (exported through {@link OptimizerState})
 * and applies one weight row's update to its weights.
 */
public interface CpuOptimizerKernel extends OptimizerState {

    /** Registers a plastic projection (allocates its state). */
    default void attach(ProjectionBuffers projection) {
    }

    /** Called once per learning step before any row is applied (e.g. Adam's step counter). */
    default void beginStep() {
    }

    /**
     * Applies the update of weight row {@code preRow} ({@code delta[0 .. post size)}) and sets those
     * delta elements back to zero, ready for the next row.
     */
    void apply(ProjectionBuffers projection, int preRow, float[] delta);
}
