package dev.agendum.importer;

import java.util.List;
import java.util.Objects;

/**
 * Writes the review report of an import in Markdown: for each draft every value with the words it came from or
 * the assumption it rests on, what the text mentions but could not be placed, and the draft's problems; for each
 * file that gave no draft, why. Text from the input is quoted with Markdown's special characters escaped.
 */
public final class ImportReport {

    /**
     * One file's outcome: its draft, or why it gave none.
     *
     * @param file    the file as named to the reader (quoted in the report, escaped)
     * @param draft   its draft, when it gave one
     * @param failure why it gave none, when it did not
     */
    public record Entry(String file, java.util.Optional<Draft> draft, java.util.Optional<String> failure) {

        /**
         * Creates an entry.
         *
         * @param file    the file as named to the reader
         * @param draft   its draft, when it gave one
         * @param failure why it gave none, when it did not
         * @throws IllegalArgumentException unless exactly one of {@code draft} and {@code failure} is present
         */
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(failure, "failure");
            if (draft.isPresent() == failure.isPresent()) {
                throw new IllegalArgumentException("an entry has a draft or a failure");
            }
        }

        /**
         * Returns the entry of a file that gave a draft.
         *
         * @param file  the file as named to the reader
         * @param draft its draft
         * @return the entry
         */
        public static Entry of(String file, Draft draft) {
            return new Entry(file, java.util.Optional.of(draft), java.util.Optional.empty());
        }

        /**
         * Returns the entry of a file that gave none.
         *
         * @param file the file as named to the reader
         * @param why  why it gave none, in English (a {@link NotAnAnnouncementException}'s message)
         * @return the entry
         */
        public static Entry failed(String file, String why) {
            return new Entry(file, java.util.Optional.empty(), java.util.Optional.of(why));
        }
    }

    private ImportReport() {
    }

    /**
     * Writes the report.
     *
     * @param entries the files' outcomes, in the order they were read
     * @return the report in Markdown, one section per entry in their order
     */
    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder("# Import report\n");
        for (Entry entry : entries) {
            out.append("\n## ").append(escape(entry.file())).append("\n\n");
            if (entry.failure().isPresent()) {
                out.append("No draft: ").append(escape(entry.failure().get())).append("\n");
                continue;
            }
            Draft draft = entry.draft().get();
            out.append("Event `").append(draft.event().id()).append("`, read as ").append(draft.format().name()
                    .toLowerCase(java.util.Locale.ROOT)).append(" in ").append(draft.language().getLanguage())
                    .append(".\n\n| value | set to | because |\n|---|---|---|\n");
            for (Provenance value : draft.values()) {
                out.append("| `").append(value.path()).append("` | ").append(cell(value.value())).append(" | ")
                        .append(cell(value.basis().describe())).append(" |\n");
            }
            out.append("\nCould not be placed:");
            if (draft.unplaced().isEmpty()) {
                out.append(" nothing.\n");
            } else {
                out.append("\n\n");
                draft.unplaced().forEach(u -> out.append("- ").append(escape(u.source().describe())).append(": ")
                        .append(escape(u.reason())).append("\n"));
            }
            out.append("\nIn the text:");
            if (draft.problems().isEmpty()) {
                out.append(" no inconsistency found.\n");
            } else {
                out.append("\n\n");
                draft.problems().forEach(p -> out.append("- ").append(escape(p)).append("\n"));
            }
            out.append("\nValidation:");
            if (draft.valid()) {
                out.append(" the event passes the validator.\n");
            } else {
                out.append(" the event does not pass the validator, so it is not in events.json:\n\n");
                draft.violations().forEach(v -> out.append("- `").append(v.path()).append("`: ")
                        .append(escape(v.message())).append("\n"));
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return escape(text);
    }

    /** Escapes the characters that would start Markdown or HTML markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#!|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\r' || c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
