package org.spiking4j.plugin.stdp;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.plugin.Spiking4jPlugin;
import org.spiking4j.plugin.stdp.component.LabelAssignment;
import org.spiking4j.plugin.stdp.component.StdpComponents;
import org.spiking4j.plugin.stdp.engine.UnsupervisedProtocol;

/** STDP and the Diehl &amp; Cook circuit's components (stdp.md §1), as a third-party plugin sees the api. */
public final class StdpPlugin implements Spiking4jPlugin {

    @Override
    public String id() {
        return "stdp";
    }

    @Override
    public List<ComponentDescriptor> components() {
        List<ComponentDescriptor> components = new ArrayList<>(StdpComponents.descriptors());
        components.add(new UnsupervisedProtocol());
        components.add(new LabelAssignment());
        return components;
    }
}
