package dev.agendum.examples.bench;

import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.util.Locale;

/**
 * The validator's cold start, in a fresh JVM: the time to build an {@link EventValidator} and to validate a first
 * event, printed as {@code create <ms> first <ms> events <n>}. Run it several times and take medians, with
 * {@code -Xlog:class+load} to count the classes it loads:
 * {@code java -cp examples/target/benchmarks.jar dev.agendum.examples.bench.ValidatorStart}.
 */
public final class ValidatorStart {

    private ValidatorStart() {
    }

    /**
     * Builds a validator and validates one generated event.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Event event = FeedData.events(1).get(0);
        long start = System.nanoTime();
        EventValidator validator = EventValidator.create();
        long created = System.nanoTime();
        int violations = validator.validate(event, Locale.ENGLISH).size();
        long validated = System.nanoTime();
        System.out.printf("create %.1f first %.1f violations %d%n", (created - start) / 1e6,
                (validated - created) / 1e6, violations);
    }
}
