package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.engine.ComponentState;
import org.spiking4j.engine.gpu.device.DeviceBuffer;

/**
 * A plasticity rule on the device. Each learning step the engine calls {@link #beginStep}, then
 * {@link #accumulate}, which must write the projection's whole {@code delta} (already shaped, as
 * the optimiser will see it; every element, since it is not cleared between steps), and then lets
 * the optimiser apply it in one fused pass together with {@link #decrement()}, bounds and hollow mask.
 */
public interface OpenClRuleKernel extends ComponentState {

    default void beginStep(int rows) {
    }

    void accumulate(int rows);

    /**
     * Per-weight amount the fused pass subtracts after the optimiser step (CSDP's decay), written by
     * {@link #accumulate}; null when the rule has none.
     */
    default DeviceBuffer decrement() {
        return null;
    }
}
