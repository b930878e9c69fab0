package org.spiking4j.runtime.builtin;

import java.util.List;
import org.spiking4j.api.component.NeuronModel;
import org.spiking4j.api.component.OptimizerModel;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.component.PlasticityRule;
import org.spiking4j.api.component.SignalModel;

/** Plain descriptor records for components whose behaviour lives in the engines' kernels. */
public final class Descriptors {

    private Descriptors() {
    }

    public record Neuron(String id, String description, List<ParameterSpec> parameters, boolean isEncoder)
            implements NeuronModel {
    }

    public record Signal(String id, String description, List<ParameterSpec> parameters, boolean needsTarget)
            implements SignalModel {
    }

    public record Rule(String id, String description, List<ParameterSpec> parameters) implements PlasticityRule {
    }

    public record Optimizer(String id, String description, List<ParameterSpec> parameters) implements OptimizerModel {
    }
}
