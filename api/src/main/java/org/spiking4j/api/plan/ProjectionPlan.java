package org.spiking4j.api.plan;

/**
 * One projection as every engine builds it: which populations it joins (by plan index), how its
 * current is scaled, its constraints, and its rule when plastic.
 *
 * @param currentScale f32(sign · scale), the factor of the forward current
 * @param rule the plasticity rule, or null for a fixed projection
 */
public record ProjectionPlan(int index, String name, int pre, int post, int preSize, int postSize, int delay,
        float currentScale, float lowerBound, float upperBound, boolean hollow, RulePlan rule) {

    public boolean isPlastic() {
        return rule != null;
    }

    public int weightCount() {
        return preSize * postSize;
    }
}
