package org.spiking4j.runtime.circuit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ParameterSpec;

/**
 * Checks a component's {@code params} against the parameters its descriptor declares: no unknown
 * names, no empty values, every value in its declared range, and every required parameter given.
 * Jackson cannot do this because {@code params} is an open map.
 */
final class ParameterCheck {
    /** Parameters whose missing values the batch-size rule derives (see {@link CircuitResolver}). */
    private static final Set<String> DERIVED = Set.of(CircuitResolver.LEARNING_RATE, CircuitResolver.WEIGHT_DECAY);
    /** Descriptors write "no limit" as the largest double. */
    private static final double UNBOUNDED = Double.MAX_VALUE;

    private final ProblemCollector problems;

    ParameterCheck(ProblemCollector problems) {
        this.problems = problems;
    }

    /**
     * @param paramsPath the YAML path of the {@code params} mapping
     * @param owner what the parameters belong to, for messages, e.g. "population 'z1'"
     */
    void check(ComponentDescriptor descriptor, Map<String, Double> params, List<String> paramsPath, String owner) {
        String component = CircuitValidator.kindName(descriptor.kind()) + " '" + descriptor.id() + "'";
        for (Map.Entry<String, Double> entry : params.entrySet()) {
            List<String> path = child(paramsPath, entry.getKey());
            Optional<ParameterSpec> declared = descriptor.parameter(entry.getKey());
            if (declared.isEmpty()) {
                problems.atKey(path, unknownParameter(entry.getKey(), descriptor, component, owner));
            } else if (entry.getValue() == null) {
                problems.atKey(path, "parameter '" + entry.getKey() + "' of " + owner
                        + " has no value; give a number, or remove the line to use the default.");
            } else if (!declared.get().accepts(entry.getValue())) {
                ParameterSpec parameter = declared.get();
                problems.atValue(path, "parameter '" + parameter.name() + "' of " + owner + " is "
                        + withUnit(entry.getValue(), parameter.unit()) + ", outside the range " + component
                        + " allows: " + range(parameter) + ".");
            }
        }
        for (ParameterSpec parameter : descriptor.parameters()) {
            if (!parameter.hasDefault() && !DERIVED.contains(parameter.name())
                    && !params.containsKey(parameter.name())) {
                problems.atValue(paramsPath, owner + " must set parameter '" + parameter.name() + "' ("
                        + parameter.doc() + "): " + component + " has no default for it.");
            }
        }
    }

    private static String unknownParameter(String name, ComponentDescriptor descriptor, String component,
            String owner) {
        if (descriptor.parameters().isEmpty()) {
            return "unknown parameter '" + name + "' of " + owner + ": " + component
                    + " takes no parameters, so remove its params.";
        }
        List<String> known = new ArrayList<>();
        descriptor.parameters().forEach(parameter -> known.add(parameter.name()));
        return "unknown parameter '" + name + "' of " + owner + ". The parameters of " + component + " are: "
                + String.join(", ", known) + "." + NameSuggestion.hint(name, known);
    }

    /** The declared range in words, with the unit: "from 0 to 1", "at least 0.000001 ms". */
    private static String range(ParameterSpec parameter) {
        boolean hasMin = parameter.min() > -UNBOUNDED;
        boolean hasMax = parameter.max() < UNBOUNDED;
        if (hasMin && hasMax) {
            return "from " + NumberText.of(parameter.min()) + " to " + withUnit(parameter.max(), parameter.unit());
        }
        if (hasMin) {
            return "at least " + withUnit(parameter.min(), parameter.unit());
        }
        if (hasMax) {
            return "at most " + withUnit(parameter.max(), parameter.unit());
        }
        return "any finite number";
    }

    private static String withUnit(double value, String unit) {
        return unit == null || unit.isEmpty() ? NumberText.of(value) : NumberText.of(value) + " " + unit;
    }

    private static List<String> child(List<String> path, String element) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(element);
        return List.copyOf(childPath);
    }
}
