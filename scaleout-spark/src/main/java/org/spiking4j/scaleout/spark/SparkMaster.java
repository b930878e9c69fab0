package org.spiking4j.scaleout.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.ClusterSettings;

/**
 * The master URL and what follows from it. Without one, trials run embedded on
 * {@code local[C,A]}: C = the machine's cores (at least one trial's threads), A = the attempts a
 * trial gets, since a plain {@code local[N]} never retries a failed task.
 */
record SparkMaster(String url, int localSlots) {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\d+,\\d+,\\d+]");
    private static final String STANDALONE_PREFIX = "spark://";
    /** Not known on the driver: the cluster's workers decide. */
    static final int UNKNOWN_SLOTS = -1;

    static SparkMaster choose(ClusterSettings settings) {
        if (settings.master() != null) {
            return of(settings.master());
        }
        int cores = Math.max(settings.threadsPerTrial(), Runtime.getRuntime().availableProcessors());
        return new SparkMaster("local[" + cores + "," + settings.maxAttempts() + "]", cores);
    }

    static SparkMaster of(String url) {
        Matcher local = LOCAL.matcher(url);
        if (local.matches()) {
            int cores = local.group(2) == null ? 1 : local.group(2).equals("*")
                    ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(local.group(2));
            return new SparkMaster(url, cores);
        }
        return new SparkMaster(url, UNKNOWN_SLOTS);
    }

    /** Refuses, before Spark starts (seconds), a URL of no form Spark accepts. */
    void requireKnownForm() {
        boolean known = LOCAL.matcher(url).matches() || LOCAL_CLUSTER.matcher(url).matches()
                || url.startsWith(STANDALONE_PREFIX) || url.equals("yarn") || url.startsWith("k8s://");
        if (!known) {
            throw new Spiking4jException("'" + url + "' is not a Spark master URL; use local[N] (N cores here), "
                    + "local-cluster[WORKERS,CORES,MB] (separate executor JVMs here) or spark://HOST:PORT (a standalone "
                    + "cluster), or leave --master out to run on this machine.");
        }
    }

    /** Everything runs on this machine: bind to loopback only. */
    boolean onThisMachine() {
        return LOCAL.matcher(url).matches() || LOCAL_CLUSTER.matcher(url).matches();
    }

    boolean embedded() {
        return LOCAL.matcher(url).matches();
    }

    boolean standalone() {
        return url.startsWith(STANDALONE_PREFIX);
    }

    /** The host:port pairs of a standalone master URL (several for a high-availability master). */
    String[] standaloneAddresses() {
        return url.substring(STANDALONE_PREFIX.length()).split(",");
    }
}
