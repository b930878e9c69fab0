package org.spiking4j.export.loihi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spiking4j.export.loihi.learning.OnChipLearningRule;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.write.GoldenVectors;
import org.spiking4j.export.loihi.write.LavaH5Writer;
import org.spiking4j.export.loihi.write.LoaderScript;
import org.spiking4j.export.loihi.write.NetxWriter;
import org.spiking4j.export.loihi.write.NirWriter;
import org.spiking4j.export.loihi.write.VectorsWriter;

/** Writes one export's planned files and its JSON report; on failure none of the new files stays. */
final class ExportWriter {

    private ExportWriter() {
    }

    /**
     * @param vectors the golden vectors, or null when there were no test images
     * @param report builds the report from what the formats could not hold
     */
    static ExportReport write(ExportFiles files, QuantizedNetwork network, List<OnChipLearningRule> rules,
            GoldenVectors vectors, Function<List<ReportNote>, ExportReport> report) {
        return files.writeOrRemove(() -> {
            List<ReportNote> formatNotes = new ArrayList<>();
            for (Map.Entry<ExportFormat, Path> file : files.formatFiles().entrySet()) {
                switch (file.getKey()) {
                    case LAVA -> new LavaH5Writer().write(file.getValue(), network, rules);
                    case NETX -> formatNotes.addAll(new NetxWriter().write(file.getValue(), network));
                    case NIR -> new NirWriter().write(file.getValue(), network);
                    default -> throw new IllegalStateException("No writer for " + file.getKey());
                }
            }
            if (files.loader() != null) {
                new LoaderScript().copyTo(files.loader());
            }
            if (vectors != null) {
                new VectorsWriter().write(files.vectors(), vectors);
            }
            ExportReport written = report.apply(formatNotes);
            new ReportJson().write(files.report(), written);
            return written;
        });
    }

    static List<String> fileNames(ExportFiles files) {
        return files.all().stream().map(path -> path.getFileName().toString()).toList();
    }
}
