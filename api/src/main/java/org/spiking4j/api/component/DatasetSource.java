package org.spiking4j.api.component;

import java.nio.file.Path;
import org.spiking4j.api.data.LabeledDataset;

/** Where images and labels come from. */
public interface DatasetSource extends ComponentDescriptor {

    /**
     * Loads the training and test splits.
     *
     * @param folder the user's {@code --data} folder, or null when the source knows where to look
     * @param cacheFolder where a source that downloads keeps its files
     */
    LabeledDataset load(Path folder, Path cacheFolder);

    @Override
    default ComponentKind kind() {
        return ComponentKind.DATASET_SOURCE;
    }

    @Override
    default java.util.List<ParameterSpec> parameters() {
        return java.util.List.of();
    }
}
