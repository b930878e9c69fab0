package org.spiking4j.runtime.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sweep ready to run: every trial validated, and the options all trials share.
 *
 * @param fingerprint identifies the sweep's content (circuits, ids, data), so a rerun can tell
 *                    its own output folder from another sweep's
 */
public record SweepPlan(Path sweepFile, List<PlannedTrial> trials, String dataset, Path dataFolder, String backend,
        int checkpointEvery, String fingerprint) {

    public SweepPlan {
        trials = List.copyOf(trials);
    }

    static String label(Map<String, Object> overrides) {
        return overrides.isEmpty() ? "(base circuit)" : overrides.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
    }
}
