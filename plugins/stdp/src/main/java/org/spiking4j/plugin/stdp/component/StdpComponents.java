package org.spiking4j.plugin.stdp.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.UsageCheck;
import org.spiking4j.api.component.NeuronModel;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.component.PlasticityRule;
import org.spiking4j.api.component.WeightConstraint;

/**
 * The descriptors of the plugin's neuron models, rule and constraint (stdp.md §1): ids, parameters
 * with units, defaults and ranges, and the names of the string options.
 */
public final class StdpComponents {
    public static final String LIF = "lif";
    public static final String POISSON = "poisson";
    public static final String STDP = "stdp";
    public static final String NORMALIZE_COLUMNS = "normalize-columns";
    public static final String UNSUPERVISED = "unsupervised";
    public static final String LABEL_ASSIGNMENT = "label-assignment";

    public static final String TOTAL = "total";
    public static final String INIT_MAX = "initMax";
    public static final String TRACE_MODE = "traceMode";
    public static final String TRACE_SET = "set";
    public static final String TRACE_ADD = "add";
    public static final String WEIGHT_DEPENDENCE = "weightDependence";
    public static final String DEPENDENCE_NONE = "none";
    public static final String DEPENDENCE_SOFT = "soft";
    public static final String BETWEEN = "between";
    public static final String BETWEEN_REST = "rest";
    public static final String BETWEEN_RESET = "reset";
    /** How the Poisson input's gaps between spikes are drawn: geometric (a Bernoulli process, Brian2) or poisson (BindsNET). */
    public static final String INPUT_GAPS = "inputGaps";
    public static final String GAPS_GEOMETRIC = "geometric";
    public static final String GAPS_POISSON = "poisson";
    public static final String REST_STEPS = "rest";
    public static final String INTENSITY = "intensity";
    public static final String LABEL_SAMPLES = "labelSamples";
    public static final String MIN_SPIKES = "minSpikes";
    public static final String INTENSITY_STEP = "intensityStep";
    public static final String VOTE = "vote";
    public static final String VOTE_MEAN = "mean";
    public static final String VOTE_PROPORTION = "proportion";

    private static final double HUGE = 1e12;

    private StdpComponents() {
    }

    /** A neuron model descriptor. */
    public record Neuron(String id, String description, List<ParameterSpec> parameters, boolean isEncoder)
            implements NeuronModel {
    }

    /** The stdp rule: it changes its weights itself, so it needs no optimiser. */
    public record Rule(String id, String description, List<ParameterSpec> parameters)
            implements PlasticityRule, UsageCheck {

        @Override
        public boolean needsOptimizer() {
            return false;
        }

        @Override
        public List<Problem> problems(CircuitDescription circuit, List<String> path) {
            return StdpUsage.ofRule(circuit, path);
        }
    }

    /** A projection-level constraint descriptor. */
    public record Constraint(String id, String description, List<ParameterSpec> parameters)
            implements WeightConstraint, UsageCheck {

        @Override
        public List<Problem> problems(CircuitDescription circuit, List<String> path) {
            return StdpUsage.ofNormalization(circuit, path);
        }
    }

    public static final Neuron LIF_MODEL = new Neuron(LIF, "current-based leaky integrate-and-fire, exact integration, "
            + "refractory period, persistent adaptive threshold theta (kept in double, checkpointed)", List.of(
            ParameterSpec.of("rest", "mV", -65, -1000, 1000, "resting potential; v starts here"),
            ParameterSpec.of("reset", "mV", -65, -1000, 1000, "potential after a spike"),
            ParameterSpec.of("threshold", "mV", -52, -1000, 1000, "spike when v > threshold + theta"),
            ParameterSpec.of("tauM", "ms", 100, 1e-6, HUGE, "membrane time constant (v leaks by e^(-dt/tauM))"),
            ParameterSpec.of("refractory", "ms", 5, 0, HUGE, "no leak, no input and no spike for this long after a spike"),
            ParameterSpec.of("thetaPlus", "mV", 0, 0, 1000, "theta added per spike while learning (0: fixed threshold)"),
            ParameterSpec.of("tauTheta", "ms", 1e7, 1e-6, 1e300, "theta's time constant (1e7 in Diehl & Cook)"),
            ParameterSpec.of("theta0", "mV", 0, -1000, 1000, "initial theta"),
            ParameterSpec.of("oneSpike", "flag", 0, 0, 1, "1: at most one unit emits a spike per step, the one furthest "
                    + "above its threshold; the others that crossed are reset and refractory (and their theta grows) "
                    + "without a spike (BindsNET's DiehlAndCookNodes one_spike)")), false);

    public static final Neuron POISSON_MODEL = new Neuron(POISSON, "Poisson input: a unit spikes with probability "
            + "pixel * intensity * dt / 1000 per step (the protocol's intensity, Hz), drawn event by event",
            List.of(), true);

    public static final Rule STDP_RULE = new Rule(STDP, "pair-based STDP with nearest-spike traces (PostPre): on a pre "
            + "spike w -= nuPre * x_post, on a post spike w += nuPost * x_pre, clipped to the projection's bounds; "
            + "options traceMode: set | add, weightDependence: none | soft; trace time constants come from the pre and "
            + "post populations' traces", List.of(
            ParameterSpec.of("nuPre", "1", 1e-4, 0, 1e6, "depression rate (on pre spikes)"),
            ParameterSpec.of("nuPost", "1", 1e-2, 0, 1e6, "potentiation rate (on post spikes)"),
            ParameterSpec.of(INIT_MAX, "1", 0.3, 0, 1e6, "initial weights uniform in [0, initMax)")));

    public static final Constraint NORMALIZE_COLUMNS_CONSTRAINT = new Constraint(NORMALIZE_COLUMNS, "before every "
            + "training sample, scales each post unit's incoming weights to sum to total", List.of(
            ParameterSpec.of(TOTAL, "1", Double.NaN, 0, HUGE, "the sum (78.4 for 784 inputs in BindsNET, 78 in "
                    + "Diehl & Cook's code); must be above 0")));

    public static List<ComponentDescriptor> descriptors() {
        return List.of(LIF_MODEL, POISSON_MODEL, STDP_RULE, NORMALIZE_COLUMNS_CONSTRAINT);
    }

    /** The unsupervised protocol's checks (its descriptor lives with the engine). */
    public static List<UsageCheck.Problem> protocolProblems(CircuitDescription circuit, List<String> path) {
        return StdpUsage.ofProtocol(circuit, path);
    }

    /** The given parameters with every declared default filled in. */
    public static Map<String, Double> withDefaults(String id, Map<String, Double> given) {
        ComponentDescriptor descriptor = descriptors().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
        Map<String, Double> filled = new LinkedHashMap<>();
        for (ParameterSpec parameter : descriptor.parameters()) {
            Double value = given.get(parameter.name());
            if (value == null && parameter.hasDefault()) {
                value = parameter.defaultValue();
            }
            if (value != null) {
                filled.put(parameter.name(), value);
            }
        }
        given.forEach(filled::putIfAbsent);
        return filled;
    }
}
