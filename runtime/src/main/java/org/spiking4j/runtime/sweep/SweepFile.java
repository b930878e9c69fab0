package org.spiking4j.runtime.sweep;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A sweep file as written: the base circuit (relative to the sweep file), the seeds, and what
 * varies, either a {@code grid} (every combination of the listed values, by override path) or a
 * list of {@code settings} (each a map of override paths to values). The remaining keys are the
 * options of {@code spiking4j train} that every trial shares.
 */
public record SweepFile(String circuit, List<Long> seeds, LinkedHashMap<String, List<Object>> grid,
        List<LinkedHashMap<String, Object>> settings, Integer trainLimit, Integer epochs, String dataset, String data,
        String backend, Integer checkpointEvery) {

    public SweepFile {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        grid = grid == null ? new LinkedHashMap<>() : grid;
        settings = settings == null ? List.of() : List.copyOf(settings);
    }
}
