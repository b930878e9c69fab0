package org.spiking4j.export.loihi.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.RuleSpec;

/**
 * Writes the {@code stdp} rule (pair STDP, stdp.md §1) as {@code STDPLoihi}: depression
 * {@code −nuPre·x_post} on a pre spike is {@code A_minus·x0·y1}, potentiation {@code nuPost·x_pre}
 * on a post spike is {@code A_plus·y0·x1}. Everything else the float rule does is listed as not
 * representable, so that the user knows on-chip learning is approximate while the exported
 * inference circuit is not.
 */
public final class StdpRuleTranslator {
    public static final String STDP = "stdp";
    private static final double LEARNING_RATE = 1.0;
    /** The float circuit updates weights every step. */
    private static final int EVERY_STEP = 1;

    public Optional<OnChipLearningRule> translate(String name, ProjectionSpec projection, CircuitDescription circuit) {
        RuleSpec rule = projection.rule();
        if (rule == null || !STDP.equals(rule.model())) {
            return Optional.empty();
        }
        double nuPre = rule.params().getOrDefault("nuPre", 0.0);
        double nuPost = rule.params().getOrDefault("nuPost", 0.0);
        PopulationSpec pre = circuit.population(projection.from());
        PopulationSpec post = circuit.population(projection.to());
        double tauPlus = pre.trace() == null ? Double.NaN : pre.trace().tau();
        double tauMinus = post.trace() == null ? Double.NaN : post.trace().tau();
        double aMinus = -nuPre;
        String dw = String.format(Locale.ROOT, "%s * %s * x0 * y1 + %s * %s * y0 * x1", number(LEARNING_RATE),
                number(aMinus), number(LEARNING_RATE), number(nuPost));
        List<String> lost = new ArrayList<>();
        String traceMode = rule.options().getOrDefault("traceMode", "set");
        lost.add("set".equals(traceMode)
                ? "Nearest-spike traces (traceMode: set, a trace jumps to 1 at a spike): Loihi's traces add a fixed "
                        + "impulse per spike and saturate at 7 bits, so bursts count more on chip."
                : "Traces that add 1 per spike (traceMode: add) are unbounded floats here; Loihi's are 7-bit and "
                        + "saturate.");
        if ("soft".equals(rule.options().get("weightDependence"))) {
            lost.add("Soft weight dependence (terms in w − wMin and wMax − w) is not part of STDPLoihi; it would need "
                    + "a Loihi2FLearningRule string with w terms, which the export does not write.");
        }
        if (projection.constraint() != null) {
            lost.add("Constraint " + projection.constraint().model() + " rescales each post unit's incoming weights "
                    + "by their sum before every sample; a Loihi learning rule sees one synapse at a time, so on chip "
                    + "the columns are not normalised.");
        }
        if (post.params().getOrDefault("thetaPlus", 0.0) != 0.0) {
            lost.add("The adaptive threshold θ of " + projection.to() + " (thetaPlus " + number(
                    post.params().get("thetaPlus")) + " mV per spike) belongs to the neuron: Lava's LIF has one "
                    + "fixed vth, so θ stays at its trained value (exact for inference) and does not grow on chip.");
        }
        lost.add(String.format(Locale.ROOT, "Weight bounds [%s, %s] and the per-unit θ folding: the exported weights "
                + "onto unit i are scaled by (threshold − rest)/(threshold − rest + θ_i) and held as 8-bit mantissas, "
                + "so one learning rate per projection is exact only for units with equal θ, and updates are rounded "
                + "to the mantissa's step.", number(projection.lowerBound()), number(projection.upperBound())));
        return Optional.of(new OnChipLearningRule(name, OnChipLearningRule.STDP_LOIHI, dw, LEARNING_RATE, nuPost,
                aMinus, tauPlus, tauMinus, EVERY_STEP, lost));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
