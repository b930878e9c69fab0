package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.ComponentState;

/**
 * A plasticity rule on the CPU. Each learning step the engine calls {@link #beginStep()} once,
 * {@link #accumulate} over ranges of pre units (adding into the projection's delta), then, in
 * one fused pass per weight row: {@link #shapeDelta}, the optimiser, {@link #constrain}, and
 * finally the projection's bounds and hollow mask. State that must survive a checkpoint is exported
 * through {@link ComponentState}.
 */
public interface CpuRuleKernel extends ComponentState {

    default void beginStep() {
    }

    /** Adds this step's update for pre units [fromPre, toPre) into the delta. */
    void accumulate(int fromPre, int toPre, int worker);

    /** Transforms one row of the accumulated delta before the optimiser sees it. */
    default void shapeDelta(int preRow) {
    }

    /** Applies the rule's own change to one weight row after the optimiser (e.g. CSDP's decay). */
    default void constrain(int preRow) {
    }
}
