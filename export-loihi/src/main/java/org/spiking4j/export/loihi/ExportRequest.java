package org.spiking4j.export.loihi;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.export.loihi.accuracy.FloatModelAccuracy;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;

/**
 * What to export and how.
 *
 * @param outputFolder where the files go (created if missing)
 * @param formats which of lava, netx and nir to write; the vectors file and the JSON report are
 *     always written (the vectors only when there are test images)
 * @param force overwrite existing files; without it, an export that would overwrite fails first
 * @param baseName file name stem; null for the circuit's name
 * @param testImages the test set for the accuracy comparison and the golden vectors; null for neither
 * @param testBatchSize the float evaluator's test batch size (it fixes the input spikes); 0 for the circuit's
 * @param vectorSamples how many test images go into the golden vectors file
 * @param floatAccuracy the float engine's accuracy on the same images; null to skip it
 * @param workers threads for the bit-accurate simulator; 0 for one per core
 */
public record ExportRequest(Path outputFolder, Set<ExportFormat> formats, boolean force, String baseName,
        QuantizationOptions quantization, LabeledImages testImages, int testBatchSize, int vectorSamples,
        FloatModelAccuracy floatAccuracy, int workers) {

    public static final int DEFAULT_VECTOR_SAMPLES = 16;

    public ExportRequest {
        formats = formats.isEmpty() ? EnumSet.noneOf(ExportFormat.class) : EnumSet.copyOf(formats);
        if (quantization == null) {
            quantization = QuantizationOptions.defaults();
        }
    }

    /** Every format, default quantisation, no test images, no overwriting. */
    public static ExportRequest to(Path outputFolder) {
        return new ExportRequest(outputFolder, EnumSet.allOf(ExportFormat.class), false, null,
                QuantizationOptions.defaults(), null, 0, DEFAULT_VECTOR_SAMPLES, null, 0);
    }

    public ExportRequest withFormats(Set<ExportFormat> newFormats) {
        return new ExportRequest(outputFolder, newFormats, force, baseName, quantization, testImages, testBatchSize,
                vectorSamples, floatAccuracy, workers);
    }

    public ExportRequest withForce(boolean overwrite) {
        return new ExportRequest(outputFolder, formats, overwrite, baseName, quantization, testImages, testBatchSize,
                vectorSamples, floatAccuracy, workers);
    }

    public ExportRequest withBaseName(String name) {
        return new ExportRequest(outputFolder, formats, force, name, quantization, testImages, testBatchSize,
                vectorSamples, floatAccuracy, workers);
    }

    public ExportRequest withQuantization(QuantizationOptions options) {
        return new ExportRequest(outputFolder, formats, force, baseName, options, testImages, testBatchSize,
                vectorSamples, floatAccuracy, workers);
    }

    public ExportRequest withTestImages(LabeledImages images, int batchSize) {
        return new ExportRequest(outputFolder, formats, force, baseName, quantization, images, batchSize,
                vectorSamples, floatAccuracy, workers);
    }

    public ExportRequest withVectorSamples(int samples) {
        return new ExportRequest(outputFolder, formats, force, baseName, quantization, testImages, testBatchSize,
                samples, floatAccuracy, workers);
    }

    public ExportRequest withFloatAccuracy(FloatModelAccuracy accuracy) {
        return new ExportRequest(outputFolder, formats, force, baseName, quantization, testImages, testBatchSize,
                vectorSamples, accuracy, workers);
    }

    public ExportRequest withWorkers(int threads) {
        return new ExportRequest(outputFolder, formats, force, baseName, quantization, testImages, testBatchSize,
                vectorSamples, floatAccuracy, threads);
    }
}
