package org.spiking4j.engine.gpu.spi;

import org.spiking4j.engine.gpu.device.DeviceBuffer;

/**
 * What an optimiser kernel applies after its step, in this order (as the CPU engine does): the
 * rule's decrement (e.g. CSDP's decay), the bounds, then the hollow mask. The engine's
 * {@code weight-constraints.cl} has the matching {@code constrain_weight} function.
 *
 * @param decrement per-weight amount to subtract; a placeholder when {@code withDecrement} is false
 */
public record WeightConstraints(DeviceBuffer decrement, boolean withDecrement, float lower, float upper,
        boolean hollow) {

    /** The kernel arguments (decrement, with_decrement, ... lower, upper, hollow) as launch values. */
    public int withDecrementFlag() {
        return withDecrement ? 1 : 0;
    }

    public int hollowFlag() {
        return hollow ? 1 : 0;
    }
}
