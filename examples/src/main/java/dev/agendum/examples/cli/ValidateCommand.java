package dev.agendum.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agendum validate}: reports every problem of every file, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks canonical JSON files and reports every problem of every file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file is invalid (one line per problem)", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|nl|de",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Canonical JSON files, one event or a collection each (- for standard input).")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Inputs.Read read = Conversion.create(language.locale()).check(Inputs.of(files));
        read.problems().forEach(spec.commandLine().getErr()::println);
        if (!read.problems().isEmpty()) {
            return 1;
        }
        spec.commandLine().getOut().printf("%d file(s) valid: %d event(s)%n", files.size(), read.events());
        return 0;
    }
}
