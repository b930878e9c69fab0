package org.spiking4j.plugin.stdp.component;

import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.component.UsageCheck;
import org.spiking4j.api.readout.Readout;
import org.spiking4j.api.readout.ReadoutModel;

/**
 * {@code label-assignment} (Diehl &amp; Cook; BindsNET's assign_labels / all_activity /
 * proportion_weighting): each unit of the readout population takes the class with its highest mean
 * spike count per presentation over the training samples the readout observed; a sample is
 * classified by the class whose units have the largest mean count ({@code vote: mean}) or the largest
 * proportion-weighted sum ({@code vote: proportion}). It never sees test labels.
 */
public final class LabelAssignment implements ReadoutModel, UsageCheck {

    @Override
    public String id() {
        return StdpComponents.LABEL_ASSIGNMENT;
    }

    @Override
    public String description() {
        return "labels each unit of 'population' with the class of its highest mean spike count over the training "
                + "samples it observed; option vote: mean | proportion";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public List<Problem> problems(CircuitDescription circuit, List<String> path) {
        return StdpUsage.ofReadout(circuit, path);
    }

    @Override
    public String datasetProblem(CircuitDescription circuit, int classes) {
        ReadoutSpec spec = circuit.protocol().readout();
        if (classes < 1) {
            return "label-assignment needs labelled training images, but the dataset has no classes; use a labelled "
                    + "dataset or another readout.";
        }
        int units = circuit.population(spec.population()).size();
        if (classes > units) {
            return "label-assignment labels each unit of population '" + spec.population() + "' with one class, but "
                    + "it has " + units + " units for " + classes + " classes; give the population at least " + classes
                    + " units.";
        }
        return null;
    }

    @Override
    public Readout create(CircuitDescription circuit, Map<String, Double> parameters) {
        ReadoutSpec spec = circuit.protocol().readout();
        String vote = spec.option(StdpComponents.VOTE, StdpComponents.VOTE_MEAN);
        if (!StdpComponents.VOTE_MEAN.equals(vote) && !StdpComponents.VOTE_PROPORTION.equals(vote)) {
            throw new Spiking4jException("label-assignment has 'vote: " + vote + "'; use mean or proportion.");
        }
        return new Assignment(spec.population(), circuit.population(spec.population()).size(),
                StdpComponents.VOTE_PROPORTION.equals(vote));
    }
}
