package org.spiking4j.runtime.builtin;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.runtime.training.ClassifierArgmax;
import org.spiking4j.runtime.training.ContrastiveSupervisedProtocol;
import org.spiking4j.runtime.training.ContrastiveUnsupervisedProtocol;

/** The built-in components: CSDP's neuron models, signals, rules, optimisers, protocols and datasets. */
public final class BuiltinPlugin implements Spiking4jPlugin {

    @Override
    public String id() {
        return "builtin";
    }

    @Override
    public List<ComponentDescriptor> components() {
        List<ComponentDescriptor> components = new ArrayList<>(CsdpComponents.all());
        components.add(new ContrastiveSupervisedProtocol());
        components.add(new ContrastiveUnsupervisedProtocol());
        components.add(new ClassifierArgmax());
        components.addAll(BuiltinDatasets.all());
        return components;
    }
}
