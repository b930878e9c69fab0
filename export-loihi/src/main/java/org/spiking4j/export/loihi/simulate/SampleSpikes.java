package org.spiking4j.export.loihi.simulate;

import java.util.Map;

/**
 * What one sample left behind in the bit-accurate simulator.
 *
 * @param spikes per LIF population, (steps, size) row-major 0/1
 * @param largestInput per LIF population, the largest |a| (summed Dense output) of any unit at any step
 */
public record SampleSpikes(Map<String, byte[]> spikes, Map<String, Long> largestInput) {
}
