package org.spiking4j.testkit.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs every kernel of a candidate engine with its twin in the reference engine (same kind, same
 * model id), in the manner of EJML's CheckMultiThreadAgainstSingleThread: a kernel without a twin
 * is reported, and the caller asserts that the number of pairs equals the number of candidate
 * kernels, so nothing is skipped silently.
 */
public final class KernelPairs {

    /** A candidate kernel and its reference twin. */
    public record Pair(String kind, String modelId) {
    }

    /** The outcome: the pairs found and the candidate kernels without a twin. */
    public record Result(List<Pair> pairs, List<String> unpaired, int candidateKernels) {
    }

    private KernelPairs() {
    }

    /**
     * @param candidate model ids per kernel kind (e.g. "neuron" → [bernoulli, clamp, slif])
     * @param reference the reference engine's model ids per kind
     */
    public static Result pair(Map<String, List<String>> candidate, Map<String, List<String>> reference) {
        List<Pair> pairs = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<String>> kind : candidate.entrySet()) {
            Set<String> twins = new TreeSet<>(reference.getOrDefault(kind.getKey(), List.of()));
            for (String id : kind.getValue()) {
                total++;
                if (twins.contains(id)) {
                    pairs.add(new Pair(kind.getKey(), id));
                } else {
                    unpaired.add(kind.getKey() + " '" + id + "'");
                }
            }
        }
        return new Result(pairs, unpaired, total);
    }
}
