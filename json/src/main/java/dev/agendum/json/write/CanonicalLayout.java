package dev.agendum.json.write;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The canonical layout of every document the adapter writes indented: two spaces, {@code "\n"} on every platform,
 * {@code "name": value}. One place for the whole-document writer, the streaming writer and the schema, so they
 * cannot drift apart; it refers to Jackson's streaming classes only, so that streaming never loads data binding
 * (loading it was a fifth of a cold start).
 */
public final class CanonicalLayout {

    private CanonicalLayout() {
    }

    /**
     * Returns a new pretty printer of the canonical layout (Jackson's printers keep state while writing, so one
     * per writer).
     *
     * @return a pretty printer with two-space indentation, LF line ends and a space after each colon
     */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
