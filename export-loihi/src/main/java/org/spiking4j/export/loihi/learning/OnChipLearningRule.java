package org.spiking4j.export.loihi.learning;

import java.util.List;

/**
 * A projection's plasticity as Lava's {@code STDPLoihi} learning rule, in the float circuit's units
 * (weights in mV per spike, traces 1 just after a spike), with what Loihi's sum-of-products rule
 * cannot represent.
 *
 * @param dw the weight update as Lava's learning-rule string (stdp.md §6): x0/y0 a pre/post spike in
 *     the learning epoch, x1/y1 the pre/post traces
 * @param notRepresentable one sentence per part of the float rule the chip's rule leaves out
 */
public record OnChipLearningRule(String projection, String rule, String dw, double learningRate, double aPlus,
        double aMinus, double tauPlus, double tauMinus, int tEpoch, List<String> notRepresentable) {

    public static final String STDP_LOIHI = "STDPLoihi";

    public OnChipLearningRule {
        notRepresentable = List.copyOf(notRepresentable);
    }
}
