package org.spiking4j.cli.commands;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that works on a trained model: the model, its backend and its data. */
public final class ModelOptions {
    @Option(names = "--model", required = true, description = "Model directory written by train.")
    Path model;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    DataOptions dataOptions;
}
