package org.spiking4j.api.engine.builtin;

import org.spiking4j.api.plan.Parameters;

/** Plain descent's learning rate, W = W − η·Δ. */
public record SgdParameters(float eta) {

    public static SgdParameters of(Parameters parameters) {
        return new SgdParameters(parameters.single("eta"));
    }
}
