package dev.agendum.json.read;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.TokenStreamLocation;

/**
 * Runs the core validator on each event as it is read and keeps every violation as a problem with a JSON Pointer
 * and the location of the value concerned (or of its nearest enclosing value, for a part the document leaves out).
 * Within an event, problems are kept in document order. One instance serves one read.
 */
public final class ValidatingCheck implements EventCheck {

    private static final Comparator<Problem> DOCUMENT_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::pointer);

    private final EventValidator validator;
    private final Locale locale;
    private final List<Problem> problems = new ArrayList<>();

    /** Creates the check of one read, with {@code validator}'s messages in {@code locale}. */
    public ValidatingCheck(EventValidator validator, Locale locale) {
        this.validator = validator;
        this.locale = locale;
    }

    @Override
    public void check(Event event, String pointer, Supplier<Map<String, TokenStreamLocation>> locations) {
        List<Violation> violations = validator.validate(event, locale);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, TokenStreamLocation> index = locations.get();
        List<Problem> found = new ArrayList<>();
        for (Violation violation : violations) {
            String at = Pointers.of(pointer, violation.path());
            found.add(ReadErrors.at(at, locate(at, index), violation.code(), violation.message()));
        }
        found.sort(DOCUMENT_ORDER);
        problems.addAll(found);
    }

    /** Returns every problem found so far, event by event in document order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static TokenStreamLocation locate(String pointer, Map<String, TokenStreamLocation> locations) {
        for (String at = pointer; ; at = Pointers.parent(at)) {
            TokenStreamLocation location = locations.get(at);
            if (location != null || at.isEmpty()) {
                return location;
            }
        }
    }
}
