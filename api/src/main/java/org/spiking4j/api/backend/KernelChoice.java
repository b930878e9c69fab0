package org.spiking4j.api.backend;

import java.util.Locale;
import org.spiking4j.api.Spiking4jException;

/**
 * Which forward/plasticity kernels a backend uses: chosen per projection from spike counts
 * ({@code AUTO}), or forced. The choice never changes results, only speed.
 */
public enum KernelChoice {
    AUTO, EVENT, DENSE;

    public static KernelChoice parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Spiking4jException("Unknown kernel choice '" + text + "': use auto, event or dense.");
        }
    }
}
