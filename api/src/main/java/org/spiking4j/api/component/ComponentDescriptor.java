package org.spiking4j.api.component;

import java.util.List;
import java.util.Optional;

/** What every pluggable component declares: a kebab-case id, its parameters and a description. */
public interface ComponentDescriptor {

    String id();

    ComponentKind kind();

    String description();

    List<ParameterSpec> parameters();

    default Optional<ParameterSpec> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
