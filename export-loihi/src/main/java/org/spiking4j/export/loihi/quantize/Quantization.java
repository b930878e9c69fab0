package org.spiking4j.export.loihi.quantize;

/** The quantiser's result: the network to write and simulate, and the report of its choices. */
public record Quantization(QuantizedNetwork network, QuantizationReport report) {
}
