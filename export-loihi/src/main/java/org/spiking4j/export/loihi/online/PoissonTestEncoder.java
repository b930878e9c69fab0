package org.spiking4j.export.loihi.online;

import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/**
 * The export's own Poisson input for an image: each input unit fires in a step with probability
 * pixel · intensity · dt / 1000 (the {@code poisson} encoder's Bernoulli process, drawn as geometric
 * gaps between spikes), keyed by (image, presentation) on the circuit seed's INPUT_SPIKES stream at
 * a coordinate no training or test presentation uses. The float model and the bit-accurate model
 * are given the same spikes.
 */
public final class PoissonTestEncoder {
    /** Test images' draws, far from the coordinates the unsupervised protocol's own presentations use. */
    public static final int TEST_COORDINATE = 7_000_001;
    /** The calibration's training images. */
    public static final int CALIBRATION_COORDINATE = 7_000_003;

    private final LabeledImages images;
    private final CounterRandom random;
    private final int steps;
    private final double dt;
    private final int coordinate;

    public PoissonTestEncoder(LabeledImages images, long seed, int steps, double dt, int coordinate) {
        this.coordinate = coordinate;
        this.images = images;
        this.random = new CounterRandom(seed, RandomStream.INPUT_SPIKES);
        this.steps = steps;
        this.dt = dt;
    }

    public LabeledImages images() {
        return images;
    }

    public int steps() {
        return steps;
    }

    /** (steps, inputs) row-major 0/1 spikes of one presentation of image {@code image} at {@code intensityHz}. */
    public byte[] encode(int image, int presentation, double intensityHz) {
        int inputs = images.features();
        byte[] spikes = new byte[steps * inputs];
        float[] pixels = images.pixels();
        for (int unit = 0; unit < inputs; unit++) {
            double probability = pixels[image * inputs + unit] * intensityHz * dt / 1000.0;
            if (probability <= 0.0) {
                continue;
            }
            if (probability >= 1.0) {
                for (int step = 0; step < steps; step++) {
                    spikes[step * inputs + unit] = 1;
                }
                continue;
            }
            double logStay = Math.log1p(-probability);
            long step = -1;
            for (int draw = 0; ; draw++) {
                double uniform = 1.0 - random.uniform(draw, presentation * inputs + unit, image, coordinate);
                step += 1 + (long) Math.floor(Math.log(uniform) / logStay);
                if (step >= steps) {
                    break;
                }
                spikes[(int) step * inputs + unit] = 1;
            }
        }
        return spikes;
    }

    public String description() {
        return "Poisson input drawn by the export (seeded, keyed by image and presentation), the same spikes for "
                + "both models";
    }
}
