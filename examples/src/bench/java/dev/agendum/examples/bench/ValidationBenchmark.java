package dev.agendum.examples.bench;

import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating events with one shared {@link EventValidator} (Hibernate Validator underneath, every constraint of the
 * model and the cross-field rules): one event, and a collection of 10 000, each with five programme items and six
 * people. The events are valid, so every rule runs to the end. The time to build a validator is measured by the
 * cold-start script, not here: a service builds it once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ValidationBenchmark {

    private static final int COLLECTION = 10_000;

    private final EventValidator validator = EventValidator.create();
    private List<Event> events;

    @Setup(Level.Trial)
    public void prepare() {
        events = FeedData.events(COLLECTION);
        for (Event event : events) {
            List<Violation> violations = validator.validate(event, Locale.ENGLISH);
            if (!violations.isEmpty()) {
                throw new IllegalStateException(event.id() + ": " + violations);
            }
        }
    }

    @Benchmark
    public List<Violation> oneEvent() {
        return validator.validate(events.get(0), Locale.ENGLISH);
    }

    @Benchmark
    public int collection() {
        int violations = 0;
        for (Event event : events) {
            violations += validator.validate(event, Locale.ENGLISH).size();
        }
        return violations;
    }
}
