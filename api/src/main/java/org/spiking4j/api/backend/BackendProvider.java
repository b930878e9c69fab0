package org.spiking4j.api.backend;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.component.ParameterSpec;

/**
 * The cheap ServiceLoader entry point of a backend: creating one must not touch a device;
 * {@link #availability()} may probe, {@link #create} does the work.
 */
public interface BackendProvider extends ComponentDescriptor {

    /** Higher wins when the user asks for {@code auto}. */
    int priority();

    /** Whether this backend can run here; when not, the reason names what to install. */
    Availability availability();

    /** True when the backend runs on an accelerator ({@code auto} prefers those). */
    boolean isAccelerator();

    Backend create(BackendContext context);

    @Override
    default ComponentKind kind() {
        return ComponentKind.BACKEND;
    }

    @Override
    default List<ParameterSpec> parameters() {
        return List.of();
    }
}
