package org.spiking4j.runtime.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spiking4j.runtime.circuit.YamlLocations.Position;

/** Gathers a circuit's problems, each placed at the YAML position of the path it is about. */
final class ProblemCollector {
    /** Problems without a position (circuits built in code) come last. */
    private static final Comparator<CircuitProblem> BY_POSITION = Comparator.comparing(CircuitProblem::position,
            Comparator.nullsLast(Comparator.comparingInt(Position::line).thenComparingInt(Position::column)));

    private final YamlLocations locations;
    private final List<CircuitProblem> problems = new ArrayList<>();

    ProblemCollector(YamlLocations locations) {
        this.locations = locations;
    }

    /** A problem with the value at {@code path} (or, when it is not written, with the nearest enclosing key). */
    void atValue(List<String> path, String message) {
        problems.add(new CircuitProblem(locations.nearest(path).orElse(null), message));
    }

    /** A problem with the key at the end of {@code path} itself, such as a misspelt name. */
    void atKey(List<String> path, String message) {
        problems.add(new CircuitProblem(locations.nearestKey(path).orElse(null), message));
    }

    /** The problems in the order they appear in the file. */
    List<CircuitProblem> sorted() {
        List<CircuitProblem> sorted = new ArrayList<>(problems);
        sorted.sort(BY_POSITION);
        return List.copyOf(sorted);
    }
}
