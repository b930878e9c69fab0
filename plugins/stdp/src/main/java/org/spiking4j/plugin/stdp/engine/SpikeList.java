package org.spiking4j.plugin.stdp.engine;

/** The units of one population that spiked this step: an ascending list and 0/1 flags. */
final class SpikeList {
    private final int[] units;
    private final byte[] fired;
    private int count;

    SpikeList(int size) {
        this.units = new int[size];
        this.fired = new byte[size];
    }

    void clear() {
        for (int index = 0; index < count; index++) {
            fired[units[index]] = 0;
        }
        count = 0;
    }

    /** Units must be added in ascending order. */
    void add(int unit) {
        units[count++] = unit;
        fired[unit] = 1;
    }

    int count() {
        return count;
    }

    /** The backing list, valid up to {@link #count()} (read only). */
    int[] units() {
        return units;
    }

    int unit(int index) {
        return units[index];
    }

    boolean fired(int unit) {
        return fired[unit] != 0;
    }

    int size() {
        return fired.length;
    }
}
