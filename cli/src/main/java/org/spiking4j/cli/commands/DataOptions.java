package org.spiking4j.cli.commands;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the images come from. */
public final class DataOptions {
    @Option(names = "--dataset", description = "mnist, fashion-mnist, kmnist, idx or npy (default: the circuit's, else mnist).")
    String dataset;

    @Option(names = "--data", description = "Folder with the dataset's IDX (plain or gzipped) or .npy files.")
    Path folder;
}
