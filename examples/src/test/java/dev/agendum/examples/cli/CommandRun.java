package dev.agendum.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What one run of the {@code agendum} command did, run in this JVM through {@link Main#execute}: its exit code and
 * everything it wrote on standard output and standard error.
 *
 * @param exitCode the command's exit code
 * @param out      what it wrote on standard output
 * @param err      what it wrote on standard error
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code agendum} with {@code args} and returns what it did. */
    static CommandRun agendum(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code agendum convert} with {@code args} as a cold start does while the validator is still being built:
     * converting to staging unchecked first, validating after, whatever the validator's state in this JVM.
     */
    static CommandRun convertBeforeValidator(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConvertCommand convert = new ConvertCommand();
        convert.validatorReady = () -> false;
        picocli.CommandLine command = new picocli.CommandLine(new Main()).addSubcommand("convert", convert)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "convert";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CommandRun(command.execute(all), out.toString(), err.toString());
    }
}
