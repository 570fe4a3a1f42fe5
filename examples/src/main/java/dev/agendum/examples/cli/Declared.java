package dev.agendum.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command whose usage, options and parameters are declared in code, on a picocli {@link CommandSpec}, rather than
 * in annotations: picocli reads annotations by reflection (annotation proxies, generic field types), and a cold
 * convert's thread took 95 ms from {@code main} to a built model that way, 41 ms declared in code (medians of 9
 * interleaved traced runs, quiet machine).
 *
 * <p>{@link #model} builds the model without reflection; that is what the command runs. An implementation also marks
 * {@link #declare} with picocli's {@code @Spec}, so that picocli, when it is handed the object itself
 * ({@code new CommandLine(command)}, {@code addSubcommand(name, command)}), calls the same declaration on the model
 * it makes: the one declaration gives the same model either way.
 */
interface Declared {

    /** Declares the command's name, usage, options and parameters on {@code spec}, bound to this object's values. */
    void declare(CommandSpec spec);

    /** The model of {@code command}, declared in code; picocli inspects nothing. */
    static CommandSpec model(Declared command) {
        // picocli's default factory, which every model holds, looks for Groovy's Closure class as it loads: a class
        // the jar lacks, so the class loader opens the jar (7 MB) and reads its whole index on this thread, when every
        // class has come from the class-data archive so far. No command here is a Groovy closure.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        command.declare(spec);
        return spec;
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions} does, with its
     * names and descriptions; the mixin itself would read them from annotations.
     */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /**
     * A builder for the option {@code name} that picocli sets into {@code value}; before each parse it resets
     * {@code value} to what it holds now, as it does a field to its initial value.
     */
    static OptionSpec.Builder option(String name, Value<?> value) {
        return OptionSpec.builder(name).getter(value).setter(value).initialValue(value.get());
    }

    /** A builder for a positional parameter that picocli sets into {@code value}, reset as {@link #option}'s is. */
    static PositionalParamSpec.Builder positional(Value<?> value) {
        return PositionalParamSpec.builder().getter(value).setter(value).initialValue(value.get());
    }

    /** The exit-code list of a usage help, from codes each followed by its meaning, in that order. */
    static Map<String, String> exitCodes(String... codesAndMeanings) {
        Map<String, String> list = new LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            list.put(codesAndMeanings[i], codesAndMeanings[i + 1]);
        }
        return list;
    }

    /**
     * The value of one option or parameter, as picocli parsed it: what an annotated field was, without reflection.
     *
     * @param <T> the option's type
     */
    final class Value<T> implements IGetter, ISetter {

        private T value;

        /** A value that holds {@code initial} until picocli sets it; {@code null} only where a default applies. */
        Value(T initial) {
            value = initial;
        }

        /** The value picocli set, or the initial one. */
        T value() {
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R newValue) {
            R old = (R) value;
            value = (T) newValue;
            return old;
        }
    }
}
