package org.spiking4j.export.loihi;

import java.util.Arrays;
import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.export.CircuitExporter;
import org.spiking4j.api.plugin.Spiking4jPlugin;

/** Registers the lava, netx and nir exporters. */
public final class LoihiExportPlugin implements Spiking4jPlugin {

    @Override
    public String id() {
        return "export-loihi";
    }

    @Override
    public List<ComponentDescriptor> components() {
        return Arrays.stream(ExportFormat.values()).<ComponentDescriptor>map(FormatExporter::new).toList();
    }

    /** The descriptor of one format; {@link LoihiExporter} does the work for all of them. */
    record FormatExporter(ExportFormat format) implements CircuitExporter {

        @Override
        public String id() {
            return format.id();
        }

        @Override
        public String description() {
            return format.description() + " (" + format.suffix() + ").";
        }

        @Override
        public String fileSuffix() {
            return format.suffix();
        }
    }
}
