package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.engine.OptimizerState;

/**
 * An optimiser on the device: owns its per-projection state (exported through {@link OptimizerState}
 * under the CPU twin's names) and applies a projection's delta to its weights in one fused pass that
 * ends with the {@link WeightConstraints}.
 */
public interface OpenClOptimizerKernel extends OptimizerState {

    /** Registers a plastic projection (allocates its state). */
    default void attach(DeviceProjection projection) {
    }

    /** Called once per learning step before any projection is applied (e.g. Adam's step counter). */
    default void beginStep() {
    }

    /** Enqueues the fused pass: optimiser step, then decrement, bounds and hollow mask. */
    void apply(DeviceProjection projection, WeightConstraints constraints);
}
