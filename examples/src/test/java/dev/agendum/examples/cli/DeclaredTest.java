package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

@DisplayName("Commands declared in code")
class DeclaredTest {

    private static final List<Supplier<Declared>> COMMANDS = List.of(Main::new, ConvertCommand::new,
            ValidateCommand::new, ImportCommand::new);

    @Test
    @DisplayName("give picocli, handed the object itself, the same model as the one built without reflection")
    void sameModelEitherWay() {
        for (Supplier<Declared> command : COMMANDS) {
            String reflected = new CommandLine(command.get()).getUsageMessage(CommandLine.Help.Ansi.OFF);
            String declared = new CommandLine(Declared.model(command.get())).getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(declared).isEqualTo(reflected).contains("-h, --help", "-V, --version");
        }
    }

    @Test
    @DisplayName("declare -h and -V as picocli's standard help mixin does")
    void standardHelpOptions() {
        CommandSpec mixin = CommandSpec.create().mixinStandardHelpOptions(true);
        CommandSpec declared = CommandSpec.create();
        Declared.standardHelpOptions(declared);
        assertThat(new CommandLine(declared).getUsageMessage(CommandLine.Help.Ansi.OFF))
                .isEqualTo(new CommandLine(mixin).getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    @Test
    @DisplayName("reset every value to its initial one before each parse, as picocli does annotated fields")
    void valuesReset() {
        CommandLine convert = new CommandLine(Declared.model(new ConvertCommand()));
        convert.parseArgs("--person", "ruben-maes", "--with-items", "--out", "elsewhere", "a.json");
        convert.parseArgs();
        CommandSpec spec = convert.getCommandSpec();
        assertThat(spec.findOption("--person").<List<String>>getValue()).isEmpty();
        assertThat(spec.findOption("--with-items").<Boolean>getValue()).isFalse();
        assertThat(spec.findOption("--out").<Path>getValue()).isEqualTo(Path.of("out"));
        assertThat(spec.positionalParameters().get(0).<List<Path>>getValue()).isEmpty();
    }
}
