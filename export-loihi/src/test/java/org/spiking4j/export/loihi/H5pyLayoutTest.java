package org.spiking4j.export.loihi;

import org.spiking4j.testkit.python.Python;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;

/**
 * Every written file, opened with h5py (Debian's python3-h5py) and checked against
 * loihi-export.md §3: member names, shapes, dtypes, strings as datasets, no attributes, no unknown
 * datasets in NIR node groups, v_reset present, explicit Input and Output nodes. Fails instead of
 * skipping when REQUIRE_H5PY=1.
 */
class H5pyLayoutTest {

    @TempDir
    Path folder;

    @Test
    void everyFileHasTheLayoutOfSection3() throws IOException {
        checkLayout(QuantizationOptions.defaults());
    }

    @Test
    void layoutHoldsWithTheReconstructionPathwayToo() throws IOException {
        checkLayout(QuantizationOptions.defaults().withReconstruction(true));
    }

    private void checkLayout(QuantizationOptions options) throws IOException {
        String python = Python.requireH5py();
        ExportFixture.exportAll(folder, options);
        Path script = ExportFixture.script(folder, "check_layout.py");
        Python.Result result = Python.run(python, List.of(script.toString(),
                "--lava", folder.resolve("synthetic.lava.h5").toString(),
                "--netx", folder.resolve("synthetic.net").toString(),
                "--nir", folder.resolve("synthetic.nir").toString(),
                "--vectors", folder.resolve("synthetic.vectors.h5").toString()));
        assertEquals(0, result.exitCode(), result.output());
    }
}
