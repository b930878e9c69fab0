package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.PlannedProjection;
import org.spiking4j.api.plan.ProjectionPlan;

/**
 * A projection's weights (pre, post) row-major and, when plastic, the update accumulated this
 * step (same shape), plus the populations and the signal it connects.
 */
public final class ProjectionBuffers implements PlannedProjection {
    private final ProjectionPlan plan;
    private final PopulationBuffers pre;
    private final PopulationBuffers post;
    private final SignalBuffers signal;
    private final float[] weights;
    private final float[] delta;
    private final boolean immediate;

    public ProjectionBuffers(ProjectionPlan plan, PopulationBuffers pre, PopulationBuffers post, SignalBuffers signal) {
        this.plan = plan;
        this.pre = pre;
        this.post = post;
        this.signal = signal;
        this.weights = new float[plan.weightCount()];
        this.delta = plan.isPlastic() ? new float[plan.weightCount()] : null;
        this.immediate = plan.delay() == 0;
    }

    /** The projection's plan: name, sizes, delay, scale, bounds, rule. */
    @Override
    public ProjectionPlan plan() {
        return plan;
    }

    public PopulationBuffers pre() {
        return pre;
    }

    public PopulationBuffers post() {
        return post;
    }

    /** The signal of the projection's rule, or null for a fixed projection. */
    public SignalBuffers signal() {
        return signal;
    }

    public float[] weights() {
        return weights;
    }

    /** This step's raw update, zeroed by the optimiser after use; null when fixed. */
    public float[] delta() {
        return delta;
    }

    /** Pre spike bytes this projection reads: the previous step's with delay 1, this step's with 0. */
    public byte[] preSpikes() {
        return immediate ? pre.spikes().spikes() : pre.spikes().previousSpikes();
    }

    public int[] preActive() {
        return immediate ? pre.spikes().active() : pre.spikes().previousActive();
    }

    public int[] preActiveCount() {
        return immediate ? pre.spikes().activeCount() : pre.spikes().previousActiveCount();
    }
}
