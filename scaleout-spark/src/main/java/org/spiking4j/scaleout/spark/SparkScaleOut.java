package org.spiking4j.scaleout.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.scaleout.ClusterSettings;
import org.spiking4j.api.scaleout.ScaleOut;
import org.spiking4j.api.scaleout.TrialCluster;

/** Apache Spark (spark-core's RDD API) as the scale-out engine; registered for {@link java.util.ServiceLoader}. */
public final class SparkScaleOut implements ScaleOut {

    @Override
    public String id() {
        return "spark";
    }

    @Override
    public TrialCluster connect(ClusterSettings settings) {
        SparkMaster master = SparkMaster.choose(settings);
        master.requireKnownForm();
        new MasterReachability(settings.connectTimeout()).check(master);
        SparkConf conf = new SparkSettings().conf(master, settings);
        try {
            return new SparkTrialCluster(new JavaSparkContext(conf), master, settings);
        } catch (Exception e) { // Scala code throws SparkException without declaring it
            throw new Spiking4jException("Spark could not start with the master " + master.url() + ": "
                    + SparkFailures.firstLine(e) + ". Check --master (local[N], local-cluster[N,cores,MB] or "
                    + "spark://HOST:PORT) and the --conf values.", e);
        }
    }
}
