package org.spiking4j.engine.cpu.spi;

/** Computes a signal (rows, size) each step, for a range of rows. */
public interface CpuSignalKernel {

    void compute(int fromRow, int toRow, int worker);
}
