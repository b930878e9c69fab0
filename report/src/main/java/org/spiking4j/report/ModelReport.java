package org.spiking4j.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.report.analysis.ConfusionMatrix;
import org.spiking4j.report.analysis.NeighbourSeparation;
import org.spiking4j.report.analysis.TsneEmbedding;
import org.spiking4j.report.figure.ConfusionFigure;
import org.spiking4j.report.figure.EmbeddingFigure;
import org.spiking4j.report.figure.ExportFigure;
import org.spiking4j.report.figure.Figure;
import org.spiking4j.report.figure.FigureFiles;
import org.spiking4j.report.figure.LabelMapFigure;
import org.spiking4j.report.figure.LearningCurvesFigure;
import org.spiking4j.report.figure.ReceptiveFieldsFigure;
import org.spiking4j.report.figure.ReconstructionFigure;
import org.spiking4j.report.figure.SpikeRasterFigure;
import org.spiking4j.report.record.CircuitRecording;
import org.spiking4j.runtime.io.AtomicFileWriter;
import org.spiking4j.runtime.model.Checkpoint;

/**
 * Writes a trained model's report folder: index.html, one PNG (and SVG for charts) per figure,
 * and report.json with every number the figures show.
 */
public final class ModelReport {
    public static final String INDEX = "index.html";
    public static final String NUMBERS = "report.json";
    /** Progress steps the t-SNE is divided into. */
    private static final int EMBEDDING_STEPS = 100;

    public ReportSummary write(ReportInputs inputs, ReportOptions options, ReportProgress progress) {
        Checkpoint checkpoint = inputs.checkpoint();
        CircuitDescription circuit = checkpoint.circuit();
        ReportChecks.requireSamples(options.samples());
        ReportChecks.requireHiddenPopulation(circuit, inputs.modelFolder());
        ReportChecks.requireWritableOutput(options.output(), options.force());
        LabeledImages test = inputs.test();
        int samples = Math.min(options.samples(), test.count());
        createFolder(options.output());
        FigureFiles files = new FigureFiles(options.output());

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode numbers = json.createObjectNode();
        numbers.put("model", inputs.modelFolder().toString()).put("circuit", circuit.name())
                .put("dataset", inputs.datasetName()).put("backend", inputs.backendId())
                .put("test_images", test.count()).put("samples_embedded", samples);
        ObjectNode figureNumbers = numbers.putObject("figures");
        List<Figure> figures = new ArrayList<>();
        figures.add(new LearningCurvesFigure().draw(checkpoint.metrics(), files, figureNumbers.putObject("1")));
        figures.add(new ReceptiveFieldsFigure().draw(circuit, checkpoint.state().arrays(), files,
                figureNumbers.putObject("2")));

        progress.start("test set", inputs.recorder().progressSteps(checkpoint, test));
        CircuitRecording recording = inputs.recorder().record(checkpoint, test, samples, ReportOptions.RASTER_IMAGES,
                ReportOptions.RECONSTRUCTION_IMAGES, (done, total) -> progress.advance(done));
        progress.finish();
        figures.add(new SpikeRasterFigure().draw(recording.rasters(), files, figureNumbers.putObject("3")));

        progress.start("t-SNE", EMBEDDING_STEPS);
        long seed = circuit.seed() == null ? 0 : circuit.seed();
        EmbeddingFigure.Result embedding = new EmbeddingFigure(TsneEmbedding.defaults(seed),
                new NeighbourSeparation(NeighbourSeparation.DEFAULT_NEIGHBOURS)).draw(recording, test.classes(),
                files, figureNumbers.putObject("4"), fraction -> progress.advance((int) (EMBEDDING_STEPS * fraction)));
        progress.finish();
        figures.add(embedding.figure());

        figures.add(new ReconstructionFigure().draw(recording, circuit.populationWithRole(PopulationRole.RECONSTRUCTION),
                files, figureNumbers.putObject("5")));
        String classifier = circuit.populationWithRole(PopulationRole.CLASSIFIER);
        if (classifier == null && circuit.protocol().readout() != null) {
            classifier = circuit.protocol().readout().population(); // a label-assignment readout's layer
        }
        ConfusionMatrix confusion = ConfusionMatrix.of(recording.evaluation().predictions(), test.labels(),
                test.classes());
        figures.add(new ConfusionFigure().draw(classifier, confusion, files, figureNumbers.putObject("6")));
        figures.add(new ExportFigure().draw(options.exportFolder(), checkpoint.state().arrays(), files,
                figureNumbers.putObject("7")));
        figures.add(new LabelMapFigure().draw(circuit, checkpoint.state().arrays(), files,
                figureNumbers.putObject("8")));

        double accuracy = recording.evaluation().accuracy();
        numbers.put("test_accuracy", accuracy).put("test_reconstruction_mse", recording.evaluation().reconstructionMse());
        ObjectNode omitted = numbers.putObject("omitted");
        figures.stream().filter(Figure::isOmitted).forEach(figure ->
                omitted.put(Integer.toString(figure.number()), figure.omittedBecause()));

        List<ReportPage.Fact> facts = new ArrayList<>();
        facts.add(new ReportPage.Fact("model", inputs.modelFolder().toString()));
        facts.add(new ReportPage.Fact("circuit", circuit.name() + " (" + sizes(circuit) + ")"));
        facts.add(new ReportPage.Fact("data", inputs.datasetName() + ", " + test.count() + " test images, backend "
                + inputs.backendId()));
        facts.add(new ReportPage.Fact("test accuracy", Double.isNaN(accuracy) ? "no classifier"
                : String.format(Locale.ROOT, "%.2f%%", 100 * accuracy)));
        if (!embedding.figure().isOmitted()) {
            facts.add(new ReportPage.Fact("class separation of the rate codes", String.format(Locale.ROOT,
                    "%d-NN accuracy %.2f%% in the 2-D t-SNE of %d test images", embedding.separation().neighbours(),
                    100 * embedding.separation().embeddingAccuracy(), samples)));
        }
        if (samples < options.samples()) {
            facts.add(new ReportPage.Fact("note", "--samples " + options.samples() + " is more than the "
                    + test.count() + " test images; all of them were embedded"));
        }
        String page = new ReportPage().render("What " + circuit.name() + " learned", facts, figures);
        Path index = options.output().resolve(INDEX);
        write(index, page);
        try {
            write(options.output().resolve(NUMBERS), json.writeValueAsString(numbers));
        } catch (IOException e) {
            throw new IllegalStateException("report.json cannot be encoded", e);
        }
        return new ReportSummary(index, List.copyOf(figures), embedding.separation(), accuracy);
    }

    private static String sizes(CircuitDescription circuit) {
        StringBuilder text = new StringBuilder();
        circuit.populations().forEach((name, population) -> text.append(text.length() == 0 ? "" : " ")
                .append(name).append('=').append(population.size()));
        return text.toString();
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new Spiking4jException("Cannot create the report folder " + folder + " (" + e.getMessage()
                    + "); choose another --out.");
        }
    }

    private static void write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }
}
