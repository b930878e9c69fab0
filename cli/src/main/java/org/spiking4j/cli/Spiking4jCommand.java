package org.spiking4j.cli;

import org.spiking4j.cli.commands.BenchCommand;
import org.spiking4j.cli.commands.DataCommand;
import org.spiking4j.cli.commands.EvaluateCommand;
import org.spiking4j.cli.commands.ExportCommand;
import org.spiking4j.cli.commands.OracleCommand;
import org.spiking4j.cli.commands.PluginsCommand;
import org.spiking4j.cli.commands.ReportCommand;
import org.spiking4j.cli.commands.TrainCommand;
import org.spiking4j.cli.commands.ValidateCommand;
import org.spiking4j.cli.sweep.SweepCommand;
import picocli.CommandLine.Command;

/** The top-level command; every action is a subcommand. */
@Command(name = "spiking4j", mixinStandardHelpOptions = true, version = "spiking4j 0.1.0",
        description = "Train spiking circuits with local learning rules (CSDP) on pluggable backends.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, ValidateCommand.class, PluginsCommand.class,
                DataCommand.class, OracleCommand.class, BenchCommand.class, ExportCommand.class,
                ReportCommand.class, SweepCommand.class})
public final class Spiking4jCommand {
}
