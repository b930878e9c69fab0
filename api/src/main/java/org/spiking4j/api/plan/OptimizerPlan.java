package org.spiking4j.api.plan;

/** The optimiser that applies every plastic projection's update. */
public record OptimizerPlan(String model, Parameters parameters) {
}
