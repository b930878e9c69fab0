package org.spiking4j.engine.gpu.spi;

import java.util.Map;

/**
 * An optimiser on the device: owns its per-projection state and applies a projection's delta to
 * its weights in one fused pass that ends with the {@link WeightConstraints}.
 */
public interface OpenClOptimizerKernel {

    /** Registers a plastic projection (allocates its state). */
    void attach(DeviceProjection projection);

    /** Called once per learning step before any projection is applied (e.g. Adam's step counter). */
    void beginStep();

    /** Enqueues the fused pass: optimiser step, then decrement, bounds and hollow mask. */
    void apply(DeviceProjection projection, WeightConstraints constraints);

    /** Downloads the state arrays, named as the CPU engine names them (e.g. {@code adam.m/W1}). */
    Map<String, float[]> exportArrays();

    Map<String, Double> exportScalars();

    void importState(Map<String, float[]> arrays, Map<String, Double> scalars);
}
