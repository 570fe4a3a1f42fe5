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
     * so that it overlaps argument parsing and the conversion itself; help and version print and exit, and never pay
     * for it.
     */
    static void warmUpFor(String... args) {
        if (readsEvents(args)) {
            Conversion.warmUp();
        }
    }

    /**
     * Hibernate Validator announces its version on stderr through java.util.logging; a command stays quiet. The
     * logger is held here because the logging framework keeps only weak references, and would forget the level.
     * Called by the thread that builds the validator, before it starts: starting java.util.logging costs tens of
     * milliseconds that the command's own thread need not wait for.
     */
    static synchronized void quietValidator() {
        // jboss-logging, Hibernate Validator's logging bridge, otherwise looks for log4j 2, logback and log4j by
        // loading their classes before it settles on java.util.logging, the only one in the command's jar.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        if (hibernate == null) {
            hibernate = Logger.getLogger("org.hibernate.validator");
            hibernate.setLevel(Level.WARNING);
        }
    }

    /**
     * Tells from the raw arguments, before they are parsed, whether the command will read events. A loop, not a
     * stream with a method reference: the JVM's first lambda costs 10-15 ms of setting up method handles, which the
     * command's thread would pay here, before the validator starts; the validator's thread pays it instead.
     */
    static boolean readsEvents(String... args) {
        if (args.length == 0 || !READING.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (PRINTING.contains(arg)) {
                return false;
            }
        }
        return true;
    }
}
