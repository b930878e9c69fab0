package org.spiking4j.engine.cpu.simulation;

/**
 * For row pairs (r, r + offset) of one pre population, the ascending units that spiked in either
 * row, each with its 0/1 membership in the first and in the second row: the merged list that
 * {@link WeightRowSums#addScaledPair} reads. Pair p's list sits at [p·size, p·size + count(p)), so
 * workers building disjoint pair ranges never share a slot.
 */
final class TwinSpikeLists {
    private final int size;
    private final int[] units;
    private final float[] first;
    private final float[] second;
    private final int[] count;

    TwinSpikeLists(int size, int capacityPairs) {
        this.size = size;
        this.units = new int[capacityPairs * size];
        this.first = new float[capacityPairs * size];
        this.second = new float[capacityPairs * size];
        this.count = new int[capacityPairs];
    }

    /** Merges the spike bytes of rows p and p + offset for pairs p in [fromPair, toPair). */
    void build(byte[] spikes, int fromPair, int toPair, int offset) {
        for (int pair = fromPair; pair < toPair; pair++) {
            int firstBase = pair * size;
            int secondBase = (pair + offset) * size;
            int found = pair * size;
            for (int unit = 0; unit < size; unit++) {
                int inFirst = spikes[firstBase + unit];
                int inSecond = spikes[secondBase + unit];
                // Branch-free, as in the encoder: always write, advance only when either row spiked.
                units[found] = unit;
                first[found] = inFirst;
                second[found] = inSecond;
                found += inFirst | inSecond;
            }
            count[pair] = found - pair * size;
        }
    }

    int capacityPairs() {
        return count.length;
    }

    int[] units() {
        return units;
    }

    float[] first() {
        return first;
    }

    float[] second() {
        return second;
    }

    int start(int pair) {
        return pair * size;
    }

    int count(int pair) {
        return count[pair];
    }
}
