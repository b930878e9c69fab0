package org.spiking4j.api.engine.builtin;

import java.util.List;
import org.spiking4j.api.plan.Parameters;

/**
 * Adam's parameters as every engine's kernel computes with them (csdp.md §3a): float32 values, and
 * 1 − β computed in double before the rounding, as ngclearn does. Its state per projection is the
 * first and second moment ({@link #STATE_KEYS}).
 */
public record AdamParameters(float eta, float beta1, float beta2, float epsilon, float oneMinusBeta1,
        float oneMinusBeta2) {
    public static final String FIRST_MOMENT = "m";
    public static final String SECOND_MOMENT = "v";
    public static final List<String> STATE_KEYS = List.of(FIRST_MOMENT, SECOND_MOMENT);

    public static AdamParameters of(Parameters parameters) {
        return new AdamParameters(parameters.single("eta"), parameters.single("beta1"), parameters.single("beta2"),
                parameters.single("epsilon"), (float) (1.0 - parameters.number("beta1")),
                (float) (1.0 - parameters.number("beta2")));
    }
}
