package org.spiking4j.api.engine;

import org.spiking4j.api.plan.ProjectionPlan;

/** The profile's phase names, shared by every engine so that their {@code bench --profile} tables compare. */
public final class ProfilePhases {
    /** Everything of one step that is independent per row. */
    public static final String ROW_PHASE = "currents, neurons, traces, signals";
    /** Per-batch resets and input uploads outside the steps (engines that enqueue them). */
    public static final String BATCH_SETUP = "batch setup (resets, inputs)";
    /** Host ↔ device copies (engines with a device). */
    public static final String TRANSFERS = "transfers (host <-> device)";

    private ProfilePhases() {
    }

    /** A plastic projection's learning pass: accumulate the update, optimiser, rule constraint, bounds. */
    public static String learning(ProjectionPlan projection) {
        return "learning " + projection.name() + " (" + projection.rule().model() + ")";
    }
}
