package org.spiking4j.engine.gpu.simulation;

import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.DeviceSpikes;

/**
 * The engine's own kernels, which every circuit uses whatever its models: event lists, forward
 * currents, traces and batch outputs. Each is the twin of a step of CpuSimulation.
 */
final class EngineKernels {
    static final ProgramSource PROGRAM = ProgramSource.builtin("spikes.cl", "forward-event.cl", "trace.cl",
            "outputs.cl");
    /** The CPU engine's rule for the automatic kernel choice: dense above half the pre units active. */
    static final double DENSE_ACTIVITY_THRESHOLD = 0.5;
    private static final int MODE_AUTO = 0;
    private static final int MODE_EVENT = 1;
    private static final int MODE_DENSE = 2;

    private final OpenClDevice device;
    private final int forwardMode;
    private final DeviceKernel unitsPerRow;
    private final DeviceKernel rowsPerUnit;
    private final DeviceKernel forward;
    private final DeviceKernel trace;
    private final DeviceKernel addSpikes;
    private final DeviceKernel addTrace;
    private final DeviceKernel addRowTotals;

    EngineKernels(OpenClDevice device, KernelChoice choice) {
        this.device = device;
        this.forwardMode = switch (choice) {
            case AUTO -> MODE_AUTO;
            case EVENT -> MODE_EVENT;
            case DENSE -> MODE_DENSE;
        };
        this.unitsPerRow = device.kernel(PROGRAM, "list_units_per_row");
        this.rowsPerUnit = device.kernel(PROGRAM, "list_rows_per_unit");
        this.forward = device.kernel(PROGRAM, "forward_add");
        this.trace = device.kernel(PROGRAM, "trace_update");
        this.addSpikes = device.kernel(PROGRAM, "add_spikes");
        this.addTrace = device.kernel(PROGRAM, "add_trace");
        this.addRowTotals = device.kernel(PROGRAM, "add_row_totals");
    }

    /** Lists this step's spiking units per row (and, when asked, the spiking rows per unit). */
    void listSpikes(DevicePopulation population, int rows, boolean rowsPerUnitToo) {
        DeviceSpikes.Lists now = population.spikes().now();
        int size = population.size();
        unitsPerRow.launch(device.groupPerRow(rows), now.spikes(), now.active(), now.activeCount(), size, rows);
        if (rowsPerUnitToo) {
            rowsPerUnit.launch(device.range(size), now.spikes(), now.spikingRows(), now.spikingRowCount(), size, rows,
                    population.capacityRows());
        }
    }

    /** Adds the projection's current into its post population's current. */
    void addCurrent(DeviceProjection projection, int rows) {
        DeviceSpikes.Lists pre = projection.preLists();
        int preSize = projection.pre().size();
        int postSize = projection.post().size();
        float scale = projection.plan().currentScale();
        int denseAbove = (int) Math.floor(DENSE_ACTIVITY_THRESHOLD * preSize);
        forward.launch(device.range(postSize, rows), projection.post().current(), projection.weights(), pre.spikes(),
                pre.active(), pre.activeCount(), scale, preSize, postSize, rows, forwardMode, denseAbove);
    }

    void updateTrace(DevicePopulation population, int rows) {
        int count = rows * population.size();
        trace.launch(device.range(count), population.trace(), population.spikes().now().spikes(),
                population.traceDecay(), count);
    }

    void addSpikeCounts(DeviceBuffer sums, DevicePopulation population, int rows) {
        int count = rows * population.size();
        addSpikes.launch(device.range(count), sums, population.spikes().now().spikes(), count);
    }

    void addTraceSums(DeviceBuffer sums, DevicePopulation population, int rows) {
        int count = rows * population.size();
        addTrace.launch(device.range(count), sums, population.trace(), count);
    }

    void addRowTotals(DeviceBuffer totals, DevicePopulation population, int rows) {
        addRowTotals.launch(device.range(rows), totals, population.spikes().now().activeCount(), rows);
    }
}
