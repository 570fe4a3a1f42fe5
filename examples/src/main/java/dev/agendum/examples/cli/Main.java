package dev.agendum.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code agendum} command: converts canonical JSON announcements into a calendar feed, schema.org JSON-LD and
 * canonical JSON, and validates them.
 *
 * <p>Exit codes: 0 success, 1 invalid input (one line per problem, nothing written), 2 usage error.
 */
public final class Main implements Runnable, Declared {

    /** The commands with their one-sentence summaries, in the order the help lists them. */
    private static final List<String> COMMANDS = List.of("convert", "validate", "import", "help");

    private CommandSpec spec;

    /** Declares the command's name, usage, help and version options; picocli calls it too (see {@link Declared}). */
    @Override
    @Spec
    public void declare(CommandSpec spec) {
        this.spec = spec;
        spec.name("agendum").versionProvider(new Version());
        spec.usageMessage()
                .description("Converts and validates event announcements in Agendum's canonical JSON, and imports "
                        + "announcement texts.", "A FILE named - is read from standard input.")
                .footer("", "Run 'agendum help COMMAND' for a command's options.");
        Declared.standardHelpOptions(spec);
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given output streams and returns its exit code; used by tests. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        Trace.mark("main");
        Startup.warmUpFor(args);
        CommandLine command = new CommandLine(Declared.model(new Main()));
        addCommands(command, args);
        command.setOut(out).setErr(err);
        Trace.mark("command model built");
        int code = command.execute(args);
        Trace.mark("done");
        return code;
    }

    /**
     * Adds the command the arguments name, or all of them when they name none (help, version, a usage error), each
     * with one sentence for the command list (picocli would take the first line of each description, which can stop
     * mid-sentence), within 80 columns. A run builds only the model of the command it runs: picocli's help command,
     * the one model still read from annotations, costs tens of milliseconds.
     */
    static void addCommands(CommandLine command, String... args) {
        boolean named = args.length > 0 && !args[0].equals("help") && COMMANDS.contains(args[0]);
        for (String name : COMMANDS) {
            if (!named || name.equals(args[0])) {
                Object user = command(name);
                CommandLine sub = new CommandLine(user instanceof Declared ? Declared.model((Declared) user) : user);
                sub.getCommandSpec().usageMessage().header(summary(name));
                command.addSubcommand(name, sub);
            }
        }
    }

    private static Object command(String name) {
        switch (name) {
            case "convert":
                return new ConvertCommand();
            case "validate":
                return new ValidateCommand();
            case "import":
                return new ImportCommand();
            default:
                return new CommandLine.HelpCommand();
        }
    }

    private static String summary(String name) {
        switch (name) {
            case "convert":
                return "Converts announcements into a calendar feed, JSON-LD and JSON.";
            case "validate":
                return "Checks announcements and reports every problem.";
            case "import":
                return "Turns announcement texts into draft events, with a report.";
            default:
                return "Shows the help of agendum or of a command.";
        }
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
