package org.spiking4j.api.plan;

/**
 * A projection's plasticity rule.
 *
 * @param signal index of its modulating signal in {@link CircuitPlan#signals()}, or -1 when it has none
 * @param signalScale f32(scale) of the projection, which the CSDP rule applies to its signal
 */
public record RulePlan(String model, int signal, float signalScale, Parameters parameters) {
}
