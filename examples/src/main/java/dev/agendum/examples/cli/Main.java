package dev.agendum.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code agendum} command: converts canonical JSON announcements into a calendar feed, schema.org JSON-LD and
 * canonical JSON, and validates them.
 *
 * <p>Exit codes: 0 success, 1 invalid input (one line per problem, nothing written), 2 usage error.
 */
@Command(name = "agendum", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ConvertCommand.class, ValidateCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class},
        description = {"Converts and validates event announcements in Agendum's canonical JSON, and imports announcement texts.",
                "A FILE named - is read from standard input."},
        footer = {"", "Run 'agendum help COMMAND' for a command's options."})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given output streams and returns its exit code; used by tests. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        Trace.mark("main");
        Startup.warmUpFor(args);
        CommandLine command = new CommandLine(new Main()).setOut(out).setErr(err);
        summarise(command);
        Trace.mark("command model built");
        int code = command.execute(args);
        Trace.mark("done");
        return code;
    }

    /**
     * One sentence per command in the command list (picocli would take the first line of each description, which
     * can stop mid-sentence), within 80 columns.
     */
    private static void summarise(CommandLine command) {
        command.getSubcommands().get("convert").getCommandSpec().usageMessage()
                .header("Converts announcements into a calendar feed, JSON-LD and JSON.");
        command.getSubcommands().get("validate").getCommandSpec().usageMessage()
                .header("Checks announcements and reports every problem.");
        command.getSubcommands().get("import").getCommandSpec().usageMessage()
                .header("Turns announcement texts into draft events, with a report.");
        command.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("Shows the help of agendum or of a command.");
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: convert, validate, import or help");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"agendum " + properties.getProperty("version", "unknown")};
        }
    }
}
