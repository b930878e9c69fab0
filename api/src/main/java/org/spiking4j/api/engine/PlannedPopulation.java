package org.spiking4j.api.engine;

import org.spiking4j.api.plan.PopulationPlan;

/** An engine's buffers of one population, which know the population's plan. */
public interface PlannedPopulation {

    PopulationPlan plan();

    default String name() {
        return plan().name();
    }

    default int size() {
        return plan().size();
    }
}
