package dev.agendum.importer;

import dev.agendum.model.Event;
import dev.agendum.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the importer made of one announcement: an event, and for every value in it the words it was read from or
 * the assumption it rests on; what the text mentions but the draft cannot place; and why the event would not pass
 * {@code EventValidator}, if it would not.
 *
 * @param event      the draft event
 * @param language   the language the text was read as (detected or given)
 * @param format     how the text was marked up
 * @param values     every value set on the event with its basis, in the order they were found
 * @param unplaced   what the text mentions but the draft cannot place
 * @param problems   inconsistencies the text holds (a weekday that does not match its date, no end time), in
 *                   English
 * @param violations why the event would not pass {@code EventValidator} (messages in English); empty when it
 *                   passes
 */
public record Draft(Event event, Locale language, SourceFormat format, List<Provenance> values,
                    List<Unplaced> unplaced, List<String> problems, List<Violation> violations) {

    /**
     * Creates a draft; the lists are copied.
     *
     * @param event      the draft event
     * @param language   the language the text was read as
     * @param format     how the text was marked up
     * @param values     every value set on the event with its basis
     * @param unplaced   what the text mentions but the draft cannot place
     * @param problems   inconsistencies the text holds, in English
     * @param violations why the event would not pass {@code EventValidator}; empty when it passes
     */
    public Draft {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(format, "format");
        values = List.copyOf(values);
        unplaced = List.copyOf(unplaced);
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
    }

    /**
     * Tells whether the event passes the validator.
     *
     * @return true when there are no violations
     */
    public boolean valid() {
        return violations.isEmpty();
    }

    /**
     * Returns the entries of one part of the event.
     *
     * @param path a property path ({@code venue}, {@code programme.items[2]})
     * @return the entries whose path is {@code path} or starts with it followed by {@code .} or {@code [}, in the
     *         order they were found
     */
    public List<Provenance> valuesUnder(String path) {
        return values.stream().filter(p -> p.path().equals(path) || p.path().startsWith(path + ".")
                || p.path().startsWith(path + "[")).toList();
    }
}
