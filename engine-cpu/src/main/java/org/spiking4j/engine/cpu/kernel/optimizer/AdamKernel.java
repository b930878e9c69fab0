package org.spiking4j.engine.cpu.kernel.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.engine.builtin.AdamParameters;
import org.spiking4j.api.engine.builtin.AdamSchedule;
import org.spiking4j.api.engine.builtin.AdamState;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * Adam as ngclearn computes it (csdp.md §3a, §5): one float32 step counter shared by every
 * projection ({@link AdamSchedule}), incremented on every learning step and never reset; descent on
 * the rule's Δ.
 */
public final class AdamKernel implements CpuOptimizerKernel, AdamState {
    private final AdamParameters parameters;
    private final AdamSchedule schedule;
    /** Per projection name: the first and second moment. */
    private final Map<String, float[][]> moments = new LinkedHashMap<>();

    public AdamKernel(CpuKernelSetup setup) {
        this.parameters = AdamParameters.of(setup.plan().optimizer().parameters());
        this.schedule = new AdamSchedule(parameters);
    }

    @Override
    public void attach(ProjectionBuffers projection) {
        int count = projection.weights().length;
        moments.put(projection.name(), new float[][] {new float[count], new float[count]});
    }

    @Override
    public void beginStep() {
        schedule.advance();
    }

    @Override
    public void apply(ProjectionBuffers projection, int preRow, float[] delta) {
        float[][] state = moments.get(projection.name());
        int postSize = projection.post().size();
        AdamRow.apply(parameters, schedule.firstCorrection(), schedule.secondCorrection(), projection.weights(),
                state[0], state[1], preRow * postSize, delta, postSize);
        java.util.Arrays.fill(delta, 0, postSize, 0f);
    }

    @Override
    public float[] exportState(String projection, String key) {
        return moments.get(projection)[AdamParameters.STATE_KEYS.indexOf(key)].clone();
    }

    @Override
    public void importState(String projection, String key, float[] values) {
        float[] target = moments.get(projection)[AdamParameters.STATE_KEYS.indexOf(key)];
        System.arraycopy(values, 0, target, 0, values.length);
    }

    @Override
    public AdamSchedule schedule() {
        return schedule;
    }
}
