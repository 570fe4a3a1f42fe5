package dev.agendum.examples.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the command starts before it parses its arguments. Kept apart from {@link Conversion}, whose first use starts
 * the validator: deciding must not start it.
 */
final class Startup {

    private static final List<String> READING = List.of("convert", "validate");
    private static final List<String> PRINTING = List.of("-h", "--help", "-V", "--version");

    private static Logger hibernate;

    private Startup() {
    }

    /**
     * Starts building the validator on another core when the raw arguments ask for a command that reads events,
     * so that it overlaps argument parsing; help and version print and exit, and never pay for it.
     */
    static void warmUpFor(String... args) {
        if (readsEvents(args)) {
            quietValidator();
            Conversion.warmUp();
        }
    }

    /**
     * Hibernate Validator announces its version on stderr through java.util.logging; a command stays quiet. The
     * logger is held here because the logging framework keeps only weak references, and would forget the level.
     */
    private static synchronized void quietValidator() {
        if (hibernate == null) {
            hibernate = Logger.getLogger("org.hibernate.validator");
            hibernate.setLevel(Level.WARNING);
        }
    }

    /** Tells from the raw arguments, before they are parsed, whether the command will read events. */
    static boolean readsEvents(String... args) {
        return args.length > 0 && READING.contains(args[0]) && List.of(args).stream().noneMatch(PRINTING::contains);
    }
}
