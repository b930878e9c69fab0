package org.spiking4j.report.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The report's embedding pipeline (PCA, then t-SNE, then the k-NN separation number) on data whose
 * clusters are known: separated clusters must come out separated, and labels that carry no
 * information must score at chance.
 */
class EmbeddingOnKnownClustersTest {
    private static final int CLASSES = 5;
    private static final int PER_CLASS = 60;
    private static final int DIMENSIONS = 200;
    /** Chance is 1/5; a shuffled labelling should stay well under this. */
    private static final double CHANCE_CEILING = 0.4;
    private static final NeighbourSeparation SEPARATION = new NeighbourSeparation(NeighbourSeparation.DEFAULT_NEIGHBOURS);

    @Test
    void separatedClustersStaySeparatedInTwoDimensions() {
        KnownClusters data = KnownClusters.generate(CLASSES, PER_CLASS, DIMENSIONS, 0.3, 11);
        double[][] embedding = embed(data.points, 3);
        assertEquals(2, embedding[0].length);
        assertEquals(1.0, SEPARATION.accuracy(embedding, data.labels, CLASSES), 1e-12,
                "clusters ~8 standard deviations apart must not mix in the t-SNE");
        assertTrue(SEPARATION.accuracy(embedding, data.shuffledLabels(5), CLASSES) < CHANCE_CEILING,
                "shuffled labels carry no information and must score near chance (0.2)");
    }

    @Test
    void overlappingClustersScoreBetweenChanceAndPerfect() {
        // Spread 1.4: centres are ~7 units apart against a within-cluster distance of ~28, so neighbours mix.
        KnownClusters data = KnownClusters.generate(CLASSES, PER_CLASS, DIMENSIONS, 1.4, 12);
        double accuracy = SEPARATION.accuracy(embed(data.points, 3), data.labels, CLASSES);
        assertTrue(accuracy > CHANCE_CEILING && accuracy < 1.0, "got " + accuracy);
    }

    @Test
    void theSameSeedGivesTheSamePicture() {
        KnownClusters data = KnownClusters.generate(CLASSES, 20, DIMENSIONS, 0.3, 13);
        double[][] first = embed(data.points, 9);
        double[][] second = embed(data.points, 9);
        for (int point = 0; point < first.length; point++) {
            assertArrayEquals(first[point], second[point], 0.0);
        }
    }

    private static double[][] embed(double[][] points, long seed) {
        double[][] components = new PrincipalComponents().project(points, 50);
        return TsneEmbedding.defaults(seed).embed(components, fraction -> { });
    }
}
