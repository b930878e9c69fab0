package org.spiking4j.runtime.preflight;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.api.data.LabeledImages;

/**
 * Checks, before the first batch, that a circuit fits its dataset: one input unit per pixel, one
 * label and one classifier unit per class, every label of every split a valid class. Without these a
 * run would train for an epoch and then fail deep inside a kernel, or quietly score at chance.
 */
public final class DatasetFit {

    private DatasetFit() {
    }

    /** Throws a sentence naming the population, the dataset and the fix for the first mismatch. */
    public static void check(CircuitDescription circuit, LabeledDataset data) {
        String input = circuit.populationWithRole(PopulationRole.INPUT);
        if (input == null) {
            throw new Spiking4jException("Circuit " + circuit.name() + " has no population with role input, so no "
                    + "image can reach it; give the population the images drive 'role: input'.");
        }
        int inputSize = circuit.population(input).size();
        for (LabeledImages split : new LabeledImages[] {data.train(), data.test()}) {
            if (split.features() != inputSize) {
                throw new Spiking4jException("Input population '" + input + "' of circuit " + circuit.name() + " has "
                        + inputSize + " units, but the images of " + data.name() + " have " + split.features()
                        + " pixels; set its size to " + split.features() + " or use a dataset with "
                        + inputSize + "-pixel images.");
            }
        }
        String classifier = requireReadout(circuit);
        if (classifier == null) {
            checkReconstruction(circuit, input, inputSize);
            return; // a readout of its own (label-assignment) checks the dataset itself
        }
        int classes = circuit.population(classifier).size();
        checkLabels(data.train(), "training", data.name(), classifier, classes);
        checkLabels(data.test(), "test", data.name(), classifier, classes);
        if (data.train().classes() != classes) {
            throw new Spiking4jException("Classifier population '" + classifier + "' has " + classes + " units, but "
                    + data.name() + " has " + data.train().classes() + " classes; give it one unit per class.");
        }
        String label = circuit.populationWithRole(PopulationRole.LABEL);
        if (label != null && circuit.population(label).size() != classes) {
            throw new Spiking4jException("Label population '" + label + "' has " + circuit.population(label).size()
                    + " units, but the classifier '" + classifier + "' and the dataset have " + classes
                    + " classes; give it one unit per class.");
        }
        checkReconstruction(circuit, input, inputSize);
    }

    private static void checkReconstruction(CircuitDescription circuit, String input, int inputSize) {
        String reconstruction = circuit.populationWithRole(PopulationRole.RECONSTRUCTION);
        if (reconstruction != null && circuit.population(reconstruction).size() != inputSize) {
            throw new Spiking4jException("Reconstruction population '" + reconstruction + "' has "
                    + circuit.population(reconstruction).size() + " units, but it reconstructs the input '" + input
                    + "' of " + inputSize + " units; give both the same size.");
        }
    }

    /**
     * The classifier population, which the default readout (classifier-argmax) reads: training
     * evaluates after every epoch, which needs a readout. Null for a circuit whose readout is another
     * component (it needs no classifier population).
     */
    public static String requireReadout(CircuitDescription circuit) {
        String classifier = circuit.populationWithRole(PopulationRole.CLASSIFIER);
        boolean readsClassifier = ReadoutSpec.DEFAULT_MODEL.equals(circuit.protocol().effectiveReadout().model());
        if (classifier == null && readsClassifier) {
            throw new Spiking4jException("Circuit " + circuit.name() + " has no population with role classifier, so "
                    + "the test accuracy measured after every epoch would be undefined; add a classifier (readout) "
                    + "population with one unit per class.");
        }
        return classifier;
    }

    private static void checkLabels(LabeledImages split, String splitName, String dataset, String classifier,
            int classes) {
        int[] labels = split.labels();
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] < 0 || labels[row] >= classes) {
                throw new Spiking4jException("The " + splitName + " split of " + dataset + " has the label "
                        + labels[row] + " at row " + row + ", outside the " + classes + " classes (0.." + (classes - 1)
                        + ") of classifier '" + classifier + "'; check that the labels belong to these images.");
            }
        }
    }
}
