package org.spiking4j.api.engine.builtin;

import java.util.Map;

/**
 * Adam's step counter on the host, shared by every projection: float32, incremented on every learning
 * step and never reset, with the bias corrections 1 − β^t computed from it once per step.
 */
public final class AdamSchedule {
    static final String STEP = "step";

    private final AdamParameters parameters;
    private float step;
    private float firstCorrection;
    private float secondCorrection;

    public AdamSchedule(AdamParameters parameters) {
        this.parameters = parameters;
    }

    public void advance() {
        step = step + 1f;
        firstCorrection = 1f - (float) Math.pow(parameters.beta1(), step);
        secondCorrection = 1f - (float) Math.pow(parameters.beta2(), step);
    }

    public float firstCorrection() {
        return firstCorrection;
    }

    public float secondCorrection() {
        return secondCorrection;
    }

    public Map<String, Double> exportScalars() {
        return Map.of(STEP, (double) step);
    }

    public void importScalars(Map<String, Double> scalars) {
        Double restored = scalars.get(STEP);
        if (restored != null) {
            step = restored.floatValue();
        }
    }
}
