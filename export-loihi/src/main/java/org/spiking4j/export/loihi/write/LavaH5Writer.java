package org.spiking4j.export.loihi.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.spiking4j.export.loihi.learning.OnChipLearningRule;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.QuantizedProjection;

/**
 * The lossless process-level file {@code <name>.lava.h5} (loihi-export.md §3.1): every LIF and
 * Dense parameter exactly as Lava's constructors take them. Scalars are scalar datasets (int32
 * unless stated), strings scalar UTF-8 strings.
 */
public final class LavaH5Writer {
    public static final String FORMAT = "spiking4j-lava";
    public static final int FORMAT_VERSION = 1;

    public void write(Path target, QuantizedNetwork network) {
        write(target, network, List.of());
    }

    /**
     * With the rules for Lava's on-chip learning in {@code learning/<projection>}: the rule's class,
     * its dw string, its constructor arguments, and what it cannot represent (in the float circuit's units).
     */
    public void write(Path target, QuantizedNetwork network, List<OnChipLearningRule> rules) {
        H5File.write(target, root -> {
            root.scalarString("format", FORMAT);
            root.int32("format_version", FORMAT_VERSION);
            root.float64("dt", network.dt());
            H5Group populations = root.group("populations");
            for (QuantizedPopulation population : network.populations()) {
                H5Group group = populations.group(population.name());
                group.int32("size", population.size());
                group.int32("du", population.du());
                group.int32("dv", population.dv());
                group.int32("vth", population.vth());
                group.int32Array("bias_mant", population.biasMantissa().clone());
                group.int32Array("bias_exp", population.biasExponent().clone());
                group.scalarString("role", population.role().name().toLowerCase(Locale.ROOT));
            }
            H5Group projections = root.group("projections");
            for (QuantizedProjection projection : network.projections()) {
                H5Group group = projections.group(projection.name());
                group.scalarString("src", projection.source());
                group.scalarString("dst", projection.target());
                group.int16Matrix("weights", int16(projection));
                group.int32("weight_exp", projection.weightExponent());
                group.int32("num_weight_bits", projection.numWeightBits());
                group.int32("sign_mode", projection.signMode().code());
            }
            if (!rules.isEmpty()) {
                H5Group learning = root.group("learning");
                for (OnChipLearningRule rule : rules) {
                    H5Group group = learning.group(rule.projection());
                    group.scalarString("rule", rule.rule());
                    group.scalarString("dw", rule.dw());
                    group.float64("learning_rate", rule.learningRate());
                    group.float64("A_plus", rule.aPlus());
                    group.float64("A_minus", rule.aMinus());
                    group.float64("tau_plus", rule.tauPlus());
                    group.float64("tau_minus", rule.tauMinus());
                    group.int32("t_epoch", rule.tEpoch());
                    group.scalarString("not_representable", String.join("\n", rule.notRepresentable()));
                }
            }
        });
    }

    private static short[][] int16(QuantizedProjection projection) {
        short[][] matrix = new short[projection.targetSize()][projection.sourceSize()];
        for (int target = 0; target < projection.targetSize(); target++) {
            for (int source = 0; source < projection.sourceSize(); source++) {
                matrix[target][source] = (short) projection.weight(target, source);
            }
        }
        return matrix;
    }
}
