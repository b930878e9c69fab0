package org.spiking4j.report;

import java.nio.file.Path;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.report.record.TestSetRecorder;
import org.spiking4j.runtime.model.Checkpoint;

/** The trained model, where it came from, the test images and the recorder that runs it on a backend. */
public record ReportInputs(Path modelFolder, Checkpoint checkpoint, String datasetName, LabeledImages test,
        String backendId, TestSetRecorder recorder) {
}
