package org.spiking4j.scaleout.spark;

import org.apache.spark.SparkConf;
import org.spiking4j.api.scaleout.ClusterSettings;

/**
 * The Spark configuration of a sweep: each trial reserves its threads ({@code spark.task.cpus}),
 * failed tasks are retried, nothing is speculated (a trial writes its own folder), local runs bind
 * to loopback with no web UI, and executors get the Vector API module the CPU engine uses. The
 * user's {@code --conf} values are applied last and win.
 */
final class SparkSettings {
    static final String APPLICATION_NAME = "spiking4j sweep";
    private static final String LOOPBACK = "127.0.0.1";
    /** The CPU engine's forward and decay kernels use the JDK's incubating Vector API. */
    private static final String EXECUTOR_JAVA_OPTIONS = "--add-modules jdk.incubator.vector";

    SparkConf conf(SparkMaster master, ClusterSettings settings) {
        SparkConf conf = new SparkConf(false)
                .setAppName(APPLICATION_NAME)
                .setMaster(master.url())
                .set("spark.task.cpus", Integer.toString(settings.threadsPerTrial()))
                .set("spark.task.maxFailures", Integer.toString(settings.maxAttempts()))
                .set("spark.speculation", "false")
                .set("spark.ui.enabled", "false")
                .set("spark.executor.extraJavaOptions", EXECUTOR_JAVA_OPTIONS)
                // One task per trial: never wait for a "better" executor while a core is free.
                .set("spark.locality.wait", "0s");
        if (master.onThisMachine()) {
            conf.set("spark.driver.host", LOOPBACK)
                    .set("spark.driver.bindAddress", LOOPBACK)
                    .set("spark.executorEnv.SPARK_LOCAL_IP", LOOPBACK);
        }
        settings.properties().forEach(conf::set);
        return conf;
    }
}
