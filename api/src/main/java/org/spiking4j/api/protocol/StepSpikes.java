package org.spiking4j.api.protocol;

/** Told one population's spikes at one step of a presentation: {@code units[0 .. count)}, ascending. */
@FunctionalInterface
public interface StepSpikes {

    void fired(int step, String population, int[] units, int count);
}
