package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.OptimizerState;

/**
 * An optimiser on the CPU: owns its per-projection state (exported through {@link OptimizerState}),
 * applies one row of a projection's delta to its weights and zeroes that delta row.
 */
public interface CpuOptimizerKernel extends OptimizerState {

    /** Registers a plastic projection (allocates its state). */
    default void attach(ProjectionBuffers projection) {
    }

    /** Called once per learning step before any row is applied (e.g. Adam's step counter). */
    default void beginStep() {
    }

    /** Applies delta row {@code preRow} of the projection and clears it. */
    void apply(ProjectionBuffers projection, int preRow);
}
