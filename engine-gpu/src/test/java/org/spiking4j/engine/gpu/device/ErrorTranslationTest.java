package org.spiking4j.engine.gpu.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.OpenClTestDevices;

/** OpenCL failures become messages that name the device, the file or buffer, and the remedy. */
class ErrorTranslationTest {
    private static final DeviceInfo DEVICE = new DeviceInfo("Test GPU", "Test Platform", true, 1L << 30, 1L << 28,
            true, true, 256);

    @Test
    void aKernelSyntaxErrorNamesTheFileAndShowsTheBuildLog() {
        try (OpenClDevice device = OpenClDevice.open(OpenClTestDevices.requireDevice(), new ResourceLedger())) {
            ProgramSource broken = ProgramSource.of(new KernelSource("broken-rule.cl",
                    "kernel void broken(global float* w) {\n    w[0] = w[1] +;\n}\n"));
            Spiking4jException error = assertThrows(Spiking4jException.class, () -> device.kernel(broken, "broken"));
            String message = error.getMessage();
            assertTrue(message.contains("broken-rule.cl"), message);
            assertTrue(message.contains("failed to build on device '" + device.info().name() + "'"), message);
            assertTrue(message.contains("Build log:"), message);
            assertTrue(message.contains("broken-rule.cl:2"), "the log points at the file's own line: " + message);
        }
    }

    @Test
    void outOfMemoryCodesSayWhatToLower() {
        OpenClErrors errors = new OpenClErrors(DEVICE, new ResourceLedger());
        for (int code : new int[] {ClStatus.MEM_OBJECT_ALLOCATION_FAILURE, ClStatus.OUT_OF_RESOURCES}) {
            String message = errors.failure(code, "running kernel forward_add").getMessage();
            assertTrue(message.startsWith("Device Test GPU ran out of memory while running kernel forward_add"),
                    message);
            assertTrue(message.contains("Lower the batch size or the hidden sizes"), message);
            assertTrue(message.contains(ClStatus.name(code)), message);
        }
    }

    @Test
    void otherFailuresNameTheDeviceAndTheStatus() {
        String message = new OpenClErrors(DEVICE, new ResourceLedger()).failure(-36, "finishing").getMessage();
        assertEquals("OpenCL call failed on device 'Test GPU' while finishing: CL_INVALID_COMMAND_QUEUE. Update the "
                + "device's driver, or run with --backend cpu.", message);
    }

    @Test
    void aBufferLargerThanTheDeviceAllowsFailsBeforeTheDriverDoes() {
        ResourceLedger ledger = new ResourceLedger();
        try (OpenClDevice device = OpenClDevice.open(OpenClTestDevices.requireDevice(), ledger)) {
            long tooLarge = device.info().maxAllocationBytes() + 1;
            Spiking4jException error = assertThrows(Spiking4jException.class,
                    () -> device.allocate("W1 weights", tooLarge));
            assertTrue(error.getMessage().startsWith("Device " + device.info().name() + " ran out of memory while "
                    + "allocating W1 weights"), error.getMessage());
        }
        assertEquals(0, ledger.liveBytes());
        assertEquals(0, ledger.liveObjects());
    }
}
