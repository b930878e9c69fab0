package org.spiking4j.runtime.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.runtime.io.AtomicFileWriter;

/**
 * The sweep's results: one row per trial, then per setting the test accuracy's mean ± sample
 * standard deviation over its finished seeds, minimum and maximum. Written as summary.csv (for
 * tools) and summary.md (for people, also printed).
 */
public final class SweepSummary {
    public static final String CSV = "summary.csv";
    public static final String MARKDOWN = "summary.md";
    private static final String CSV_HEADER = "row,trial,setting,seed,status,test_accuracy,test_accuracy_std,"
            + "test_accuracy_min,test_accuracy_max,finished_seeds,train_accuracy,test_reconstruction_mse,epochs,"
            + "seconds,executor,attempts,failure";

    private final SweepPlan plan;
    private final List<TrialOutcome> outcomes;

    /** @param outcomes one per trial of the plan, in the plan's order */
    public SweepSummary(SweepPlan plan, List<TrialOutcome> outcomes) {
        if (outcomes.size() != plan.trials().size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcomes for " + plan.trials().size() + " trials");
        }
        this.plan = plan;
        this.outcomes = List.copyOf(outcomes);
    }

    /** Per setting, in the plan's order: the statistics of its finished trials' test accuracies. */
    public List<SettingStatistics> settings() {
        List<SettingStatistics> settings = new ArrayList<>();
        int index = 0;
        while (index < plan.trials().size()) {
            int setting = plan.trials().get(index).setting();
            String label = plan.trials().get(index).settingLabel();
            List<Double> accuracies = new ArrayList<>();
            int trials = 0;
            for (; index < plan.trials().size() && plan.trials().get(index).setting() == setting; index++) {
                trials++;
                TrialOutcome outcome = outcomes.get(index);
                if (outcome.succeeded()) {
                    accuracies.add(outcome.metrics().testAccuracy());
                }
            }
            settings.add(new SettingStatistics(label, trials,
                    SampleStatistics.of(accuracies.stream().mapToDouble(Double::doubleValue).toArray())));
        }
        return settings;
    }

    public boolean allSucceeded() {
        return outcomes.stream().allMatch(TrialOutcome::succeeded);
    }

    public void write(Path folder) {
        byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
        byte[] markdown = markdown().getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(folder.resolve(CSV), out -> out.write(csv));
        AtomicFileWriter.write(folder.resolve(MARKDOWN), out -> out.write(markdown));
    }

    public String csv() {
        StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
        for (int index = 0; index < outcomes.size(); index++) {
            PlannedTrial trial = plan.trials().get(index);
            TrialOutcome outcome = outcomes.get(index);
            TrialMetrics metrics = outcome.metrics();
            boolean has = metrics != null;
            text.append(String.join(",", "trial", quote(trial.id()), quote(trial.settingLabel()),
                    Long.toString(trial.seed()), outcome.status().name().toLowerCase(Locale.ROOT),
                    has ? number(metrics.testAccuracy()) : "", "", "", "", "",
                    has ? number(metrics.trainAccuracy()) : "", has ? number(metrics.testReconstructionMse()) : "",
                    has ? Integer.toString(metrics.epochs()) : "", has ? seconds(metrics.seconds()) : "",
                    quote(outcome.executor() == null ? "" : outcome.executor()), Integer.toString(outcome.attempts()),
                    quote(outcome.failure() == null ? "" : outcome.failure()))).append('\n');
        }
        for (SettingStatistics setting : settings()) {
            SampleStatistics stats = setting.testAccuracy();
            boolean has = stats.count() > 0;
            text.append(String.join(",", "setting", "", quote(setting.label()), "", "",
                    has ? number(stats.mean()) : "", has ? number(stats.standardDeviation()) : "",
                    has ? number(stats.minimum()) : "", has ? number(stats.maximum()) : "",
                    Integer.toString(stats.count()), "", "", "", "", "", "", "")).append('\n');
        }
        return text.toString();
    }

    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| trial | setting | seed | status | test accuracy | train accuracy | epochs | seconds | executor"
                + " | attempts |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (int index = 0; index < outcomes.size(); index++) {
            PlannedTrial trial = plan.trials().get(index);
            TrialOutcome outcome = outcomes.get(index);
            TrialMetrics metrics = outcome.metrics();
            String status = outcome.succeeded() ? outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    : "failed: " + cell(outcome.failure());
            text.append("| ").append(trial.id()).append(" | ").append(cell(trial.settingLabel())).append(" | ")
                    .append(trial.seed()).append(" | ").append(status).append(" | ")
                    .append(metrics == null ? "" : percent(metrics.testAccuracy())).append(" | ")
                    .append(metrics == null ? "" : percent(metrics.trainAccuracy())).append(" | ")
                    .append(metrics == null ? "" : metrics.epochs()).append(" | ")
                    .append(metrics == null ? "" : seconds(metrics.seconds())).append(" | ")
                    .append(outcome.executor() == null ? "" : outcome.executor()).append(" | ")
                    .append(outcome.attempts()).append(" |\n");
        }
        text.append("\n| setting | seeds finished | test accuracy mean ± std | min | max |\n|---|---|---|---|---|\n");
        for (SettingStatistics setting : settings()) {
            SampleStatistics stats = setting.testAccuracy();
            boolean has = stats.count() > 0;
            text.append("| ").append(cell(setting.label())).append(" | ").append(stats.count()).append(" of ")
                    .append(setting.trials()).append(" | ")
                    .append(has ? percent(stats.mean()) + " ± " + String.format(Locale.ROOT, "%.2f",
                            100 * stats.standardDeviation()) : "").append(" | ")
                    .append(has ? percent(stats.minimum()) : "").append(" | ")
                    .append(has ? percent(stats.maximum()) : "").append(" |\n");
        }
        return text.toString();
    }

    /** One setting's line of the summary: its label, how many trials it has, and its statistics. */
    public record SettingStatistics(String label, int trials, SampleStatistics testAccuracy) {
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    private static String quote(String text) {
        boolean needs = text.contains(",") || text.contains("\"") || text.contains("\n");
        return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
