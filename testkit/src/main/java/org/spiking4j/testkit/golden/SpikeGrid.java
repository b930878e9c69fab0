package org.spiking4j.testkit.golden;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.protocol.OnlineTraining;

/** The (presentations, steps, units) uint8 spike arrays of a circuit golden file, one presentation at a time. */
final class SpikeGrid {

    private SpikeGrid() {
    }

    static byte[][] presentation(byte[] all, int presentation, int steps, int units) {
        byte[][] grid = new byte[steps][];
        int base = presentation * steps * units;
        for (int step = 0; step < steps; step++) {
            grid[step] = java.util.Arrays.copyOfRange(all, base + step * units, base + (step + 1) * units);
        }
        return grid;
    }

    static void requireShape(OnlineTraining session, CircuitGoldenHeader header, int inputCells, String source) {
        if (session.stepsPerSample() != header.steps()) {
            throw new Spiking4jException(source + ": format.json says " + header.steps() + " steps per presentation; "
                    + "its circuit presents " + session.stepsPerSample() + " (time.steps plus the protocol's rest).");
        }
        if (!session.inputPopulation().equals(header.input())) {
            throw new Spiking4jException(source + ": format.json injects population '" + header.input()
                    + "', but the circuit's input population is '" + session.inputPopulation() + "'.");
        }
        if (inputCells % (header.presentations() * header.steps()) != 0) {
            throw new Spiking4jException(source + ": the input spikes do not divide into presentations × steps.");
        }
    }
}
