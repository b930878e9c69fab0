package org.spiking4j.cli.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.scaleout.TrialMetrics;
import org.spiking4j.api.scaleout.TrialOutcome;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.sweep.PlannedTrial;
import org.spiking4j.runtime.sweep.SweepFolder;
import org.spiking4j.runtime.sweep.SweepPlan;
import org.spiking4j.runtime.sweep.TrialFolders;

/**
 * Where a sweep stands before anything runs: trials whose folders hold a finished model keep it
 * (their outcome is known), the others become tasks, continuing their folder's checkpoint if any.
 */
final class SweepStart {
    private final TrialOutcome[] outcomes;
    private final List<TrainingTrial> tasks = new ArrayList<>();
    private final List<Integer> taskTrials = new ArrayList<>();

    SweepStart(SweepPlan plan, SweepFolder folder, TrialFolders trialFolders, int threads, PrintWriter console) {
        outcomes = new TrialOutcome[plan.trials().size()];
        CircuitFiles circuits = new CircuitFiles();
        for (int index = 0; index < outcomes.length; index++) {
            PlannedTrial trial = plan.trials().get(index);
            Path trialFolder = folder.trialFolder(trial.id());
            TrialMetrics finished = trialFolders.finished(trialFolder, trial);
            if (finished != null) {
                outcomes[index] = TrialOutcome.earlier(trial.id(), finished);
                console.printf("  %s: finished in an earlier run (%.2f%%), not run again%n", trial.id(),
                        100 * finished.testAccuracy());
                continue;
            }
            Checkpoint checkpoint = trialFolders.checkpoint(trialFolder);
            if (checkpoint != null) {
                console.printf("  %s: continues its checkpoint (epoch %d, batch %d)%n", trial.id(),
                        checkpoint.progress().epoch() + 1, checkpoint.progress().batch());
            }
            tasks.add(new TrainingTrial(trial.id(), circuits.write(trial.circuit()),
                    trialFolder.toAbsolutePath().toString(), plan.backend(), threads, plan.dataset(),
                    plan.dataFolder() == null ? null : plan.dataFolder().toString(), plan.checkpointEvery()));
            taskTrials.add(index);
        }
    }

    /** The trials still to run, in plan order. */
    List<TrainingTrial> tasks() {
        return List.copyOf(tasks);
    }

    /** Every trial's outcome: the earlier ones, and those of {@link #tasks()} in the same order. */
    List<TrialOutcome> outcomes(List<TrialOutcome> taskOutcomes) {
        TrialOutcome[] all = outcomes.clone();
        for (int position = 0; position < taskOutcomes.size(); position++) {
            all[taskTrials.get(position)] = taskOutcomes.get(position);
        }
        return List.of(all);
    }
}
