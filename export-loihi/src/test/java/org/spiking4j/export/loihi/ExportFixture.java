package org.spiking4j.export.loihi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;

/** Exports the synthetic model in every format, with a few test images, for the file tests. */
final class ExportFixture {
    static final int TEST_IMAGES = 12;
    static final int VECTOR_SAMPLES = 5;

    private ExportFixture() {
    }

    static ExportReport exportAll(Path folder, QuantizationOptions options) {
        return new LoihiExporter().export(SyntheticModel.trained(11, 0.001), request(folder, options));
    }

    static ExportRequest request(Path folder, QuantizationOptions options) {
        return ExportRequest.to(folder).withQuantization(options)
                .withTestImages(SyntheticModel.images(12, TEST_IMAGES), 4)
                .withVectorSamples(VECTOR_SAMPLES).withWorkers(2);
    }

    /** Copies a test resource script into the folder and returns its path. */
    static Path script(Path folder, String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = ExportFixture.class.getResourceAsStream("/org/spiking4j/export/loihi/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
