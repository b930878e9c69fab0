package org.spiking4j.plugin.stdp.engine;

import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.WorkRange;

/** A lif population's state on the device (doubles as on the CPU) and its step's spike flags. */
final class OpenClLifState {
    private final LifPopulation host;
    private final DeviceBuffer potential;
    private final DeviceBuffer theta;
    private final DeviceBuffer pending;
    private final DeviceBuffer lastSpike;
    private final DeviceBuffer gateOpen;
    private final DeviceBuffer fired;
    private final WorkRange range;
    private final byte[] flags;

    OpenClLifState(LifPopulation host, OpenClDevice device) {
        this.host = host;
        int size = host.size();
        String name = "lif '" + host.name() + "' ";
        this.potential = device.allocate(name + "v", (long) size * Double.BYTES);
        this.theta = device.allocate(name + "theta", (long) size * Double.BYTES);
        this.pending = device.allocate(name + "pending current", (long) size * Double.BYTES);
        this.lastSpike = device.allocate(name + "last spike", (long) size * Long.BYTES);
        this.gateOpen = device.allocate(name + "gate", size);
        this.fired = device.allocate(name + "spikes", size);
        this.range = device.range(size);
        this.flags = new byte[size];
    }

    LifPopulation host() {
        return host;
    }

    DeviceBuffer fired() {
        return fired;
    }

    DeviceBuffer pending() {
        return pending;
    }

    void step(OpenClKernels kernels, long t, boolean learn, DeviceBuffer counts, boolean count) {
        LifParameters parameters = host.parameters();
        kernels.lifStep().launch(range, potential, theta, pending, lastSpike, gateOpen, fired, counts, host.size(), t,
                learn ? 1 : 0, count ? 1 : 0, parameters.rest(), parameters.reset(), parameters.threshold(),
                parameters.membraneDecay(), parameters.thetaDecay(), parameters.thetaPlus(),
                parameters.refractorySteps());
    }

    void reset(OpenClKernels kernels) {
        kernels.lifReset().launch(range, potential, pending, host.size(), host.parameters().rest());
    }

    /** This step's spikes into the host's spike list (ascending), for a step observer. */
    void readSpikes() {
        fired.readBytes(flags, flags.length);
        SpikeList spikes = host.spikes();
        spikes.clear();
        for (int unit = 0; unit < flags.length; unit++) {
            if (flags[unit] != 0) {
                spikes.add(unit);
            }
        }
    }

    void upload() {
        potential.write(host.potential());
        theta.write(host.theta());
        pending.write(host.pendingCurrent());
        lastSpike.write(host.lastSpike());
        boolean[] gates = host.gateOpen();
        byte[] bytes = new byte[gates.length];
        for (int unit = 0; unit < gates.length; unit++) {
            bytes[unit] = (byte) (gates[unit] ? 1 : 0);
        }
        gateOpen.write(bytes, bytes.length, 0);
    }

    void download() {
        potential.readDoubles(host.potential());
        theta.readDoubles(host.theta());
        pending.readDoubles(host.pendingCurrent());
        lastSpike.readLongs(host.lastSpike());
        byte[] bytes = new byte[host.size()];
        gateOpen.readBytes(bytes, bytes.length);
        boolean[] gates = host.gateOpen();
        for (int unit = 0; unit < gates.length; unit++) {
            gates[unit] = bytes[unit] != 0;
        }
        readSpikes();
    }
}
