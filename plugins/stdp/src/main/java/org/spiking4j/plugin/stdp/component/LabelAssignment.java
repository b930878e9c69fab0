package org.spiking4j.plugin.stdp.component;

import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.component.Readout;
import org.spiking4j.api.component.UsageCheck;

/**
 * {@code label-assignment} (Diehl &amp; Cook; BindsNET's assign_labels / all_activity /
 * proportion_weighting): each unit takes the class with its highest mean spike count per
 * presentation over the labelling samples; a sample is classified by the class whose units have the
 * largest mean count ({@code vote: mean}) or the largest proportion-weighted sum ({@code vote: proportion}).
 */
public final class LabelAssignment implements Readout, UsageCheck {

    @Override
    public String id() {
        return StdpComponents.LABEL_ASSIGNMENT;
    }

    @Override
    public String description() {
        return "labels each unit with the class of its highest mean spike count over labelling (training) samples; "
                + "option vote: mean | proportion";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public List<Problem> problems(org.spiking4j.api.circuit.CircuitDescription circuit, List<String> path) {
        return StdpUsage.ofReadout(circuit, path);
    }

    @Override
    public String dataProblem(ReadoutSpec spec, int units, int classes) {
        if (classes < 1) {
            return "label-assignment needs labelled training images, but the dataset has no classes; use a labelled "
                    + "dataset or another readout.";
        }
        if (classes > units) {
            return "label-assignment labels each unit of population '" + spec.population() + "' with one class, but "
                    + "it has " + units + " units for " + classes + " classes; give the population at least " + classes
                    + " units.";
        }
        return null;
    }

    @Override
    public FittedReadout fit(ReadoutSpec spec, float[] counts, int[] labels, int samples, int units, int classes) {
        String problem = dataProblem(spec, units, classes);
        if (problem != null) {
            throw new Spiking4jException(problem);
        }
        String vote = spec.option(StdpComponents.VOTE, StdpComponents.VOTE_MEAN);
        if (!StdpComponents.VOTE_MEAN.equals(vote) && !StdpComponents.VOTE_PROPORTION.equals(vote)) {
            throw new Spiking4jException("label-assignment has 'vote: " + vote + "'; use mean or proportion.");
        }
        double[] rates = new double[classes * units];
        int[] perClass = new int[classes];
        for (int sample = 0; sample < samples; sample++) {
            int label = labels[sample];
            perClass[label]++;
            for (int unit = 0; unit < units; unit++) {
                rates[label * units + unit] += counts[sample * units + unit];
            }
        }
        for (int label = 0; label < classes; label++) {
            for (int unit = 0; unit < units; unit++) {
                rates[label * units + unit] = perClass[label] == 0 ? 0 : rates[label * units + unit] / perClass[label];
            }
        }
        int[] assignment = new int[units];
        double[] proportion = new double[units * classes];
        for (int unit = 0; unit < units; unit++) {
            int best = 0;
            double total = 0;
            for (int label = 0; label < classes; label++) {
                double rate = rates[label * units + unit];
                total += rate;
                if (rate > rates[best * units + unit]) {
                    best = label;
                }
            }
            assignment[unit] = best;
            for (int label = 0; label < classes; label++) {
                proportion[unit * classes + label] = total == 0 ? 0 : rates[label * units + unit] / total;
            }
        }
        return new Fitted(assignment, proportion, units, classes, StdpComponents.VOTE_PROPORTION.equals(vote));
    }

    /** The units' classes (and class proportions) learned from the labelling samples. */
    record Fitted(int[] assignment, double[] proportion, int units, int classes, boolean proportional)
            implements FittedReadout {

        @Override
        public int[] predict(float[] counts, int samples) {
            int[] assigned = new int[classes];
            for (int unit = 0; unit < units; unit++) {
                assigned[assignment[unit]]++;
            }
            int[] predictions = new int[samples];
            double[] score = new double[classes];
            for (int sample = 0; sample < samples; sample++) {
                java.util.Arrays.fill(score, 0);
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

        @Override
        public Map<String, float[]> exportState() {
            float[] classesOfUnits = new float[units];
            for (int unit = 0; unit < units; unit++) {
                classesOfUnits[unit] = assignment[unit];
            }
            float[] proportions = new float[units * classes];
            for (int cell = 0; cell < proportions.length; cell++) {
                proportions[cell] = (float) proportion[cell];
            }
            return Map.of("readout/assignment", classesOfUnits, "readout/proportion", proportions);
        }
    }
}
