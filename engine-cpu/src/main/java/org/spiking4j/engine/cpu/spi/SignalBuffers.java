package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.plan.SignalPlan;

/**
 * A signal's output and the populations it reads. Besides the dense values (rows, size) a signal
 * kernel lists, per row, the units whose value is non-zero ({@code support}, ascending, count in
 * {@code supportCount}) and those values in the same order ({@code supportValues}), so that rules
 * read only the non-zeros, contiguously: the goodness is zero wherever the trace is, and an error
 * signal is zero on negative rows. Row r's lists start at r·size.
 *
 * @param target the target population, or null
 */
public record SignalBuffers(SignalPlan plan, PopulationBuffers population, PopulationBuffers target, float[] values,
        int[] support, float[] supportValues, int[] supportCount) {

    public static SignalBuffers allocate(SignalPlan plan, PopulationBuffers population, PopulationBuffers target,
            int capacityRows) {
        int cells = capacityRows * population.size();
        return new SignalBuffers(plan, population, target, new float[cells], new int[cells], new float[cells],
                new int[capacityRows]);
    }

    public String name() {
        return plan.name();
    }

    /** Rebuilds row's support lists from its dense values. */
    public void indexRow(int row) {
        int size = population.size();
        int base = row * size;
        int found = 0;
        for (int unit = 0; unit < size; unit++) {
            float value = values[base + unit];
            if (value != 0f) {
                support[base + found] = unit;
                supportValues[base + found] = value;
                found++;
            }
        }
        supportCount[row] = found;
    }
}
