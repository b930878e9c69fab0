package org.spiking4j.engine.cpu.spi;

import java.util.Map;

/**
 * An optimiser on the CPU: owns its per-projection state, applies one row of a projection's delta
 * to its weights and zeroes that delta row.
 */
public interface CpuOptimizerKernel {

    /** Registers a plastic projection (allocates its state). */
    void attach(ProjectionBuffers projection);

    /** Called once per learning step before any row is applied (e.g. Adam's step counter). */
    void beginStep();

    /** Applies delta row {@code preRow} of the projection and clears it. */
    void apply(ProjectionBuffers projection, int preRow);

    Map<String, float[]> exportArrays();

    Map<String, Double> exportScalars();

    void importState(Map<String, float[]> arrays, Map<String, Double> scalars);
}
