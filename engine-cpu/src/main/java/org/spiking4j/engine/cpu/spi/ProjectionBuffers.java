package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.PlannedProjection;
import org.spiking4j.api.plan.ProjectionPlan;

/**
 * A projection's weights (pre, post) row-major, the populations and the signal it connects and,
 * during a learning step, its pre spikes listed by unit.
 */
public final class ProjectionBuffers implements PlannedProjection {
    private final ProjectionPlan plan;
    private final PopulationBuffers pre;
    private final PopulationBuffers post;
    private final SignalBuffers signal;
    private final float[] weights;
    private final boolean immediate;
    private UnitSpikeRows preSpikeRows;

    public ProjectionBuffers(ProjectionPlan plan, PopulationBuffers pre, PopulationBuffers post, SignalBuffers signal) {
        this.plan = plan;
        this.pre = pre;
        this.post = post;
        this.signal = signal;
        this.weights = new float[plan.weightCount()];
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

    /** Lists the pre spikes this projection learns from by unit; the engine calls it before a learning pass. */
    public void indexPreSpikesByUnit(int rows) {
        preSpikeRows = immediate ? pre.spikes().byUnit(rows) : pre.spikes().previousByUnit(rows);
    }

    /** The batch rows in which each pre unit spiked, at the step this projection reads (see {@link #preSpikes()}). */
    public UnitSpikeRows preSpikeRows() {
        return preSpikeRows;
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
