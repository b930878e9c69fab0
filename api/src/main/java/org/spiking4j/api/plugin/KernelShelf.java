package org.spiking4j.api.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernels a plugin ships, of any engine's types, and the lookup {@link Spiking4jPlugin#kernels}
 * needs: the ones of a requested type.
 */
public record KernelShelf(List<Object> kernels) {

    public KernelShelf {
        kernels = List.copyOf(kernels);
    }

    public static KernelShelf of(List<?>... groups) {
        List<Object> all = new ArrayList<>();
        for (List<?> group : groups) {
            all.addAll(group);
        }
        return new KernelShelf(all);
    }

    public <K> List<K> ofType(Class<K> kernelType) {
        List<K> matching = new ArrayList<>();
        for (Object kernel : kernels) {
            if (kernelType.isInstance(kernel)) {
                matching.add(kernelType.cast(kernel));
            }
        }
        return matching;
    }
}
