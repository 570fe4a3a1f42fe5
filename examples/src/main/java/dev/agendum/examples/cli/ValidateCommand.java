package dev.agendum.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code agendum validate}: reports every problem of every file, writes nothing. */
final class ValidateCommand implements Callable<Integer>, Declared {

    private CommandSpec spec;
    private final Value<Language> language = new Value<>(null);
    private final Value<List<Path>> files = new Value<>(new ArrayList<>());

    @Override
    @Spec
    public void declare(CommandSpec spec) {
        this.spec = spec;
        spec.name("validate");
        spec.usageMessage().description("Checks canonical JSON files and reports every problem of every file.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(Declared.exitCodes("0", "every file is valid",
                        "1", "a file is invalid (one line per problem)", "2", "usage error"));
        Declared.standardHelpOptions(spec);
        spec.addOption(Declared.option("--lang", language).type(Language.class).defaultValue("en")
                .paramLabel("en|nl|de").description("Language of the messages (default: ${DEFAULT-VALUE}).").build());
        spec.addPositional(Declared.positional(files).type(List.class).auxiliaryTypes(Path.class)
                .arity("1..*").required(true).paramLabel("FILE")
                .description("Canonical JSON files, one event or a collection each (- for standard input).").build());
    }

    @Override
    public Integer call() {
        Inputs.Read read = Conversion.create(language.value().locale()).check(Inputs.of(files.value()));
        read.problems().forEach(spec.commandLine().getErr()::println);
        if (!read.problems().isEmpty()) {
            return 1;
        }
        spec.commandLine().getOut().printf("%d file(s) valid: %d event(s)%n", files.value().size(), read.events());
        return 0;
    }
}
