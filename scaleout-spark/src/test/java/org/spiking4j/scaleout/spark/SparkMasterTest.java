package org.spiking4j.scaleout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.ClusterSettings;

/** Choosing the master, and masters that cannot be used. */
class SparkMasterTest {
    /** The connect timeout given, plus room for a loaded 2-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void theDefaultIsEmbeddedWithOneCorePerThreadAndRetries() {
        int cores = Runtime.getRuntime().availableProcessors();
        SparkMaster master = SparkMaster.choose(new ClusterSettings(null, 1, 3, Duration.ofSeconds(1), Map.of()));
        assertEquals("local[" + cores + ",3]", master.url());
        assertEquals(cores, master.localSlots());
        assertTrue(master.onThisMachine());
        SparkMaster wide = SparkMaster.choose(new ClusterSettings(null, cores + 2, 2, Duration.ofSeconds(1), Map.of()));
        assertEquals("local[" + (cores + 2) + ",2]", wide.url());
    }

    @Test
    void anUnreachableStandaloneMasterIsOneSentenceWithinTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String url = "spark://127.0.0.1:" + closedPort;
        Spiking4jException error = assertTimeoutPreemptively(BOUND, () -> assertThrows(Spiking4jException.class,
                () -> new SparkScaleOut().connect(new ClusterSettings(url, 1, 2, Duration.ofSeconds(3), Map.of()))));
        assertTrue(error.getMessage().startsWith("Cannot reach the Spark master " + url + ": nothing accepted a "
                + "connection at 127.0.0.1:" + closedPort + " within 3 s"), error.getMessage());
        assertTrue(error.getMessage().contains("--master"), error.getMessage());
    }

    @Test
    void aMasterUrlSparkDoesNotKnowIsRefusedWithTheChoices() {
        Spiking4jException error = assertTimeoutPreemptively(BOUND, () -> assertThrows(Spiking4jException.class,
                () -> new SparkScaleOut().connect(new ClusterSettings("nowhere[2]", 1, 1, Duration.ofSeconds(3),
                        Map.of()))));
        assertTrue(error.getMessage().startsWith("'nowhere[2]' is not a Spark master URL; use local[N]"), error.getMessage());
        assertTrue(error.getMessage().contains("spark://HOST:PORT"), error.getMessage());
    }

    @Test
    void aMasterSparkRefusesWhenStartingIsOneSentenceToo() {
        // A form the quick check lets through; Spark itself refuses it (no cluster manager for yarn here).
        Spiking4jException error = assertTimeoutPreemptively(BOUND, () -> assertThrows(Spiking4jException.class,
                () -> new SparkScaleOut().connect(new ClusterSettings("yarn", 1, 1, Duration.ofSeconds(3), Map.of()))));
        assertTrue(error.getMessage().startsWith("Spark could not start with the master yarn: "), error.getMessage());
        assertTrue(!error.getMessage().contains("\tat "), error.getMessage());
    }
}
