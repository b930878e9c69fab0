package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.engine.builtin.CsdpParameters;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.DeviceSpikes;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;

/**
 * The CSDP rule on the device (csdp.md §5, csdp.cl), the twin of the CPU's CsdpKernel: Δ = preᵀ·(g·r)
 * for the optimiser, and the decay wDecay·(1−p)ᵀq as the decrement the fused pass subtracts after it.
 */
public final class OpenClCsdpKernel implements OpenClRuleKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("csdp.cl");

    private final OpenClDevice device;
    private final DeviceProjection projection;
    private final float signalScale;
    private final float weightDecay;
    private final DeviceBuffer columnSpikes;
    private final DeviceBuffer decrement;
    private final DeviceKernel columns;
    private final DeviceKernel accumulate;

    public OpenClCsdpKernel(OpenClKernelSetup setup, DeviceProjection projection) {
        this.device = setup.device();
        this.projection = projection;
        CsdpParameters parameters = CsdpParameters.of(setup.plan(), projection.plan());
        this.signalScale = parameters.signalScale();
        this.weightDecay = parameters.weightDecay();
        boolean decays = parameters.decays();
        this.columnSpikes = device.allocate(projection.name() + " post spikes per column",
                (long) projection.post().size() * Float.BYTES);
        this.decrement = decays
                ? device.allocate(projection.name() + " decay", (long) projection.weightCount() * Float.BYTES)
                : null;
        this.columns = device.kernel(PROGRAM, "csdp_column_spikes");
        this.accumulate = device.kernel(PROGRAM, "csdp_accumulate");
    }

    @Override
    public void beginStep(int rows) {
        if (decrement != null) {
            int postSize = projection.post().size();
            columns.launch(device.range(postSize), projection.post().spikes().now().spikes(), columnSpikes, postSize,
                    rows);
        }
    }

    @Override
    public void accumulate(int rows) {
        int preSize = projection.pre().size();
        int postSize = projection.post().size();
        DeviceSpikes.Lists pre = projection.preLists();
        accumulate.launch(device.range(postSize, preSize), pre.spikingRows(), pre.spikingRowCount(),
                projection.signal().values(), projection.post().spikes().now().spikes(), columnSpikes,
                projection.delta(), decrement == null ? columnSpikes : decrement, signalScale, weightDecay,
                decrement == null ? 0 : 1, preSize, postSize, projection.pre().capacityRows());
    }

    @Override
    public DeviceBuffer decrement() {
        return decrement;
    }
}
