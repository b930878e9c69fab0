package org.spiking4j.report.analysis;

import de.javagl.tsne.Tsne;
import java.util.function.DoubleConsumer;

/**
 * A 2-D Barnes-Hut t-SNE (de.javagl bh-tsne, a port of van der Maaten's code) of rows already
 * reduced by PCA, with a fixed seed so the same model gives the same picture.
 *
 * @param perplexity the effective number of neighbours (30, as the reference's script and van der Maaten use)
 * @param theta Barnes-Hut accuracy (0.5 as in van der Maaten's bhtsne)
 */
public record TsneEmbedding(double perplexity, double theta, int iterations, long seed) {
    public static final double DEFAULT_PERPLEXITY = 30;
    public static final double DEFAULT_THETA = 0.5;
    public static final int DEFAULT_ITERATIONS = 1000;

    public static TsneEmbedding defaults(long seed) {
        return new TsneEmbedding(DEFAULT_PERPLEXITY, DEFAULT_THETA, DEFAULT_ITERATIONS, seed);
    }

    /** @param progress told the fraction done, 0 to 1 */
    public double[][] embed(double[][] rows, DoubleConsumer progress) {
        // Barnes-Hut t-SNE needs more than 3 perplexities' worth of neighbours per point.
        double usablePerplexity = Math.min(perplexity, (rows.length - 1) / 3.0);
        Tsne tsne = new Tsne();
        tsne.setOutputDims(2);
        tsne.setInitialDims(0);
        tsne.setPerplexity(usablePerplexity);
        tsne.setTheta(theta);
        tsne.setMaxIterations(iterations);
        tsne.setRandomSeed(seed);
        tsne.setProgressConsumer(progress);
        tsne.setMessageConsumer(message -> { });
        return tsne.run(rows);
    }
}
