package dev.agendum.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.examples.Announcements;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.SchemaOrgWriter;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One validator, one JSON facade, one JSON-LD writer and one feed writer, shared by eight threads: every result
 * equals the single-threaded one.
 */
@DisplayName("Shared use across threads")
class SharedUseTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 50;

    private final EventValidator validator = EventValidator.create();
    private final AgendumJson json = AgendumJson.builder().validate(validator, Locale.ENGLISH).build();
    private final SchemaOrgWriter jsonLd = SchemaOrgWriter.create();
    private final FeedWriter feed = FeedWriter.builder().withItems(true).build();
    private final List<Event> events = Announcements.all();
    private final Event invalid = Announcements.lerenSamenwerkenAanOpgaven().toBuilder()
            .time(java.time.LocalDateTime.parse("2021-03-28T02:30"), java.time.LocalDateTime.parse("2021-03-28T04:00"))
            .build();

    /** Everything one round produces, compared as a whole. */
    record Outputs(List<Violation> dutch, List<Violation> english, String collection, List<Event> read,
                   String jsonLd, String feed) {
    }

    private Outputs round() {
        String collection = json.writeEvents(events);
        return new Outputs(validator.validate(invalid, Locale.forLanguageTag("nl")),
                validator.validate(invalid, Locale.ENGLISH), collection, json.readEvents(collection),
                jsonLd.write(events), feed.write(events));
    }

    @Test
    @DisplayName("validator, JSON facade, JSON-LD and feed writers give eight threads the single-threaded results")
    void sharedAcrossThreads() throws Exception {
        Outputs expected = round();
        assertThat(expected.dutch()).isNotEmpty();
        assertThat(expected.read()).isEqualTo(events);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Outputs>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS * ROUNDS; i++) {
                tasks.add(this::round);
            }
            for (Future<Outputs> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
