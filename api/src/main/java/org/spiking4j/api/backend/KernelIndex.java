package org.spiking4j.api.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spiking4j.api.Spiking4jException;

/**
 * One backend's kernel factories of one kind, by model id. Two plugins shipping a kernel for the
 * same id is an error, never "first wins".
 *
 * @param <F> the backend's factory type
 */
public final class KernelIndex<F> {
    private final Map<String, F> byId;

    private KernelIndex(Map<String, F> byId) {
        this.byId = byId;
    }

    public static <F> KernelIndex<F> of(String backendId, List<F> factories, Function<F, String> modelId) {
        Map<String, F> byId = new LinkedHashMap<>();
        for (F factory : factories) {
            if (byId.put(modelId.apply(factory), factory) != null) {
                throw new Spiking4jException("Two plugins ship a " + backendId + " kernel for '"
                        + modelId.apply(factory) + "'; remove one of them from the class path or the plugins folder.");
            }
        }
        return new KernelIndex<>(Collections.unmodifiableMap(byId));
    }

    public boolean has(String modelId) {
        return byId.containsKey(modelId);
    }

    /** The factory, or null when none is registered (check {@link MissingKernels} first). */
    public F get(String modelId) {
        return byId.get(modelId);
    }

    public int size() {
        return byId.size();
    }
}
