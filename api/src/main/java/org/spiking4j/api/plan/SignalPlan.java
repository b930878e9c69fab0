package org.spiking4j.api.plan;

/**
 * A signal computed every step.
 *
 * @param population plan index of the population it lives on
 * @param target plan index of its target population, or -1
 * @param estimate what an error signal compares the target with: {@code trace} or {@code spikes}
 */
public record SignalPlan(int index, String name, String model, int population, int target, String estimate,
        Parameters parameters) {

    public boolean hasTarget() {
        return target >= 0;
    }
}
