package org.spiking4j.plugin.stdp.component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.readout.Readout;

/**
 * One label assignment: sums each unit's counts per class over the observed training samples, then
 * (at the first prediction) labels every unit and votes. Its state: each unit's class and class
 * proportions.
 */
final class Assignment implements Readout {
    private static final String ASSIGNMENT = "assignment";
    private static final String PROPORTION = "proportion";

    private final String population;
    private final int units;
    private final boolean proportional;
    private double[] countSums = new double[0];
    private int[] samplesPerClass = new int[0];
    private int classes;
    private int[] assignment;
    private double[] proportion;

    Assignment(String population, int units, boolean proportional) {
        this.population = population;
        this.units = units;
        this.proportional = proportional;
    }

    @Override
    public void observeTraining(BatchResult result, int[] labels, int samples) {
        float[] counts = counts(result);
        for (int sample = 0; sample < samples; sample++) {
            int label = labels[sample];
            growTo(label + 1);
            samplesPerClass[label]++;
            for (int unit = 0; unit < units; unit++) {
                countSums[label * units + unit] += counts[sample * units + unit];
            }
        }
        assignment = null;
    }

    @Override
    public int[] predict(BatchResult result, int samples) {
        if (assignment == null) {
            label();
        }
        float[] counts = counts(result);
        int[] assigned = new int[classes];
        for (int unit = 0; unit < units; unit++) {
            assigned[assignment[unit]]++;
        }
        int[] predictions = new int[samples];
        double[] score = new double[classes];
        for (int sample = 0; sample < samples; sample++) {
            Arrays.fill(score, 0);
            for (int unit = 0; unit < units; unit++) {
                int label = assignment[unit];
                double count = counts[sample * units + unit];
                score[label] += proportional ? proportion[unit * classes + label] * count : count;
            }
            int best = 0;
            for (int label = 0; label < classes; label++) {
                if (!proportional) {
                    score[label] = assigned[label] == 0 ? 0 : score[label] / assigned[label];
                }
                if (score[label] > score[best]) {
                    best = label;
                }
            }
            predictions[sample] = best;
        }
        return predictions;
    }

    /** Each unit's class: its highest mean count per presentation (first on ties, so silence means class 0). */
    private void label() {
        if (classes == 0) {
            throw new Spiking4jException("label-assignment has seen no training samples, so it has labelled no unit "
                    + "of population '" + population + "'.");
        }
        assignment = new int[units];
        proportion = new double[units * classes];
        for (int unit = 0; unit < units; unit++) {
            int best = 0;
            double total = 0;
            for (int label = 0; label < classes; label++) {
                double rate = meanCount(label, unit);
                total += rate;
                if (rate > meanCount(best, unit)) {
                    best = label;
                }
            }
            assignment[unit] = best;
            for (int label = 0; label < classes; label++) {
                proportion[unit * classes + label] = total == 0 ? 0 : meanCount(label, unit) / total;
            }
        }
    }

    private double meanCount(int label, int unit) {
        return samplesPerClass[label] == 0 ? 0 : countSums[label * units + unit] / samplesPerClass[label];
    }

    private float[] counts(BatchResult result) {
        float[] counts = result.classifierCounts().get(population);
        if (counts == null) {
            throw new Spiking4jException("label-assignment reads population '" + population + "', but the batch "
                    + "result has no spike counts for it.");
        }
        return counts;
    }

    private void growTo(int needed) {
        if (needed <= classes) {
            return;
        }
        countSums = Arrays.copyOf(countSums, needed * units);
        samplesPerClass = Arrays.copyOf(samplesPerClass, needed);
        classes = needed;
    }

    @Override
    public Map<String, float[]> exportState() {
        if (assignment == null && classes > 0) {
            label();
        }
        Map<String, float[]> state = new LinkedHashMap<>();
        if (assignment == null) {
            return state;
        }
        float[] classOfUnit = new float[units];
        for (int unit = 0; unit < units; unit++) {
            classOfUnit[unit] = assignment[unit];
        }
        float[] proportions = new float[proportion.length];
        for (int cell = 0; cell < proportions.length; cell++) {
            proportions[cell] = (float) proportion[cell];
        }
        state.put(ASSIGNMENT, classOfUnit);
        state.put(PROPORTION, proportions);
        return state;
    }

    @Override
    public void importState(Map<String, float[]> state) {
        float[] classOfUnit = state.get(ASSIGNMENT);
        float[] proportions = state.get(PROPORTION);
        if (classOfUnit == null || proportions == null) {
            return;
        }
        classes = proportions.length / units;
        assignment = new int[units];
        for (int unit = 0; unit < units; unit++) {
            assignment[unit] = (int) classOfUnit[unit];
        }
        proportion = new double[proportions.length];
        for (int cell = 0; cell < proportions.length; cell++) {
            proportion[cell] = proportions[cell];
        }
    }
}
