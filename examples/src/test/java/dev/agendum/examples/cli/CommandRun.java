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
}
