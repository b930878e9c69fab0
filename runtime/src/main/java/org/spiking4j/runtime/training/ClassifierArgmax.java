package org.spiking4j.runtime.training;

import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.api.readout.ReadoutModel;

/**
 * The CSDP classifier's readout (csdp.md §6): the class is the argmax of the classifier population's
 * spike counts over the sample, the first index on ties (so silence predicts class 0).
 */
public final class ClassifierArgmax implements ReadoutModel {
    public static final String ID = ReadoutSpec.DEFAULT_MODEL;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Class = argmax of the classifier population's spike counts over the sample (first on ties).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Readout create(CircuitDescription circuit, Map<String, Double> parameters) {
        String classifier = circuit.populationWithRole(PopulationRole.CLASSIFIER);
        if (classifier == null) {
            throw new Spiking4jException("Circuit '" + circuit.name() + "' has no population with role classifier, "
                    + "which the " + ID + " readout reads; give one population 'role: classifier'.");
        }
        int classes = circuit.population(classifier).size();
        return (result, samples) -> predict(result.classifierCounts().get(classifier), classes, samples);
    }

    private static int[] predict(float[] counts, int classes, int samples) {
        int[] predicted = new int[samples];
        for (int row = 0; row < samples; row++) {
            predicted[row] = Predictions.argmax(counts, row * classes, classes);
        }
        return predicted;
    }
}
