package org.spiking4j.cli.wiring;

import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli create commands (and their mixins) through Guice, so they receive their services. */
public final class GuiceCommandFactory implements CommandLine.IFactory {
    private final Injector injector;

    public GuiceCommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (com.google.inject.ConfigurationException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
