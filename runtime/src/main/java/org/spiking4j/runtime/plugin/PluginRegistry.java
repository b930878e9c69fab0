package org.spiking4j.runtime.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.BackendContext;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.plugin.Spiking4jPlugin;

/**
 * Every loaded plugin's components by kind and id. Immutable once built; duplicate ids are an
 * error, never "first wins".
 */
public final class PluginRegistry implements BackendContext {
    private final List<Spiking4jPlugin> plugins;
    private final Map<ComponentKind, Map<String, ComponentDescriptor>> components;
    private final Map<String, String> pluginOfComponent;
    private final List<PluginFailure> failures;

    private PluginRegistry(List<Spiking4jPlugin> plugins, Map<ComponentKind, Map<String, ComponentDescriptor>> components,
            Map<String, String> pluginOfComponent, List<PluginFailure> failures) {
        this.plugins = plugins;
        this.components = components;
        this.pluginOfComponent = pluginOfComponent;
        this.failures = failures;
    }

    public static PluginRegistry of(List<Spiking4jPlugin> plugins) {
        return of(plugins, List.of());
    }

    /** The plugins, and the plugin folders left out because they could not be loaded. */
    public static PluginRegistry of(List<Spiking4jPlugin> plugins, List<PluginFailure> failures) {
        Map<ComponentKind, Map<String, ComponentDescriptor>> byKind = new EnumMap<>(ComponentKind.class);
        Map<String, String> owners = new TreeMap<>();
        Map<String, String> pluginIds = new TreeMap<>();
        for (Spiking4jPlugin plugin : plugins) {
            String previousPlugin = pluginIds.put(plugin.id(), plugin.getClass().getName());
            if (previousPlugin != null) {
                throw new Spiking4jException("Two plugins have the id '" + plugin.id() + "' (" + previousPlugin
                        + " and " + plugin.getClass().getName() + "); remove one of them.");
            }
            for (ComponentDescriptor component : plugin.components()) {
                Map<String, ComponentDescriptor> ofKind = byKind.computeIfAbsent(component.kind(), k -> new TreeMap<>());
                String key = component.kind() + ":" + component.id();
                if (ofKind.containsKey(component.id())) {
                    throw new Spiking4jException("The " + component.kind().title() + " id '" + component.id()
                            + "' is provided by both plugin '" + owners.get(key) + "' and plugin '" + plugin.id()
                            + "'; ids must be unique, so remove or rename one of them.");
                }
                ofKind.put(component.id(), component);
                owners.put(key, plugin.id());
            }
        }
        Map<ComponentKind, Map<String, ComponentDescriptor>> frozen = new EnumMap<>(ComponentKind.class);
        byKind.forEach((kind, ofKind) -> frozen.put(kind, Collections.unmodifiableMap(ofKind)));
        return new PluginRegistry(List.copyOf(plugins), Collections.unmodifiableMap(frozen),
                Collections.unmodifiableMap(owners), List.copyOf(failures));
    }

    /** Plugin folders that could not be loaded, with the reason; their components are missing. */
    public List<PluginFailure> failures() {
        return failures;
    }

    public List<Spiking4jPlugin> plugins() {
        return plugins;
    }

    /** Components of a kind, sorted by id. */
    public List<ComponentDescriptor> components(ComponentKind kind) {
        return new ArrayList<>(components.getOrDefault(kind, Map.of()).values());
    }

    /** The id of the plugin that provides this component. */
    public String pluginOf(ComponentDescriptor component) {
        return pluginOfComponent.get(component.kind() + ":" + component.id());
    }

    public boolean has(ComponentKind kind, String id) {
        return components.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** The component, or an error that lists the known ids of that kind. */
    public <D extends ComponentDescriptor> D require(Class<D> type, ComponentKind kind, String id) {
        ComponentDescriptor found = components.getOrDefault(kind, Map.of()).get(id);
        if (found == null) {
            throw new Spiking4jException(unknownIdMessage(kind, id));
        }
        return type.cast(found);
    }

    public String unknownIdMessage(ComponentKind kind, String id) {
        return "Unknown " + singular(kind) + " '" + id + "'. Known " + kind.title() + ": "
                + String.join(", ", components.getOrDefault(kind, Map.of()).keySet())
                + ". Run 'spiking4j plugins' to see them with their parameters, or add the plugin that provides it."
                + failureNote();
    }

    private String failureNote() {
        StringBuilder note = new StringBuilder();
        for (PluginFailure failure : failures) {
            note.append(" The plugin in ").append(failure.folder()).append(" could not be loaded and may provide it: ")
                    .append(failure.reason());
        }
        return note.toString();
    }

    public List<String> ids(ComponentKind kind) {
        return new ArrayList<>(components.getOrDefault(kind, Map.of()).keySet());
    }

    private static String singular(ComponentKind kind) {
        String title = kind.title();
        return title.endsWith("s") ? title.substring(0, title.length() - 1) : title;
    }

    @Override
    public <K> List<K> kernels(Class<K> kernelType) {
        List<K> kernels = new ArrayList<>();
        for (Spiking4jPlugin plugin : plugins) {
            kernels.addAll(plugin.kernels(kernelType));
        }
        return kernels;
    }

    @Override
    public <D extends ComponentDescriptor> D descriptor(Class<D> type, String id) {
        for (Map<String, ComponentDescriptor> ofKind : components.values()) {
            ComponentDescriptor found = ofKind.get(id);
            if (type.isInstance(found)) {
                return type.cast(found);
            }
        }
        return null;
    }
}
