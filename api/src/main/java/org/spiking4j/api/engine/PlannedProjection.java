package org.spiking4j.api.engine;

import org.spiking4j.api.plan.ProjectionPlan;

/** An engine's buffers of one projection, which know the projection's plan. */
public interface PlannedProjection {

    ProjectionPlan plan();

    default String name() {
        return plan().name();
    }

    default int weightCount() {
        return plan().weightCount();
    }
}
