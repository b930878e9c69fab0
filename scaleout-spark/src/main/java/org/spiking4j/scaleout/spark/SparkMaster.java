package org.spiking4j.scaleout.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spiking4j.api.scaleout.ClusterSettings;

/**
 * The master URL and what follows from it. Without one, trials run embedded on
 * {@code local[C,A]}: C = the machine's cores (at least one trial's threads), A = the attempts a
 * trial gets, since a plain {@code local[N]} never retries a failed task.
 */
record SparkMaster(String url, int localSlots) {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?");
    private static final String LOCAL_CLUSTER_PREFIX = "local-cluster[";
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

    /** Everything runs on this machine: bind to loopback only. */
    boolean onThisMachine() {
        return LOCAL.matcher(url).matches() || url.startsWith(LOCAL_CLUSTER_PREFIX);
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
