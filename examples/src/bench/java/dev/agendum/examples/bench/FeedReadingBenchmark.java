package dev.agendum.examples.bench;

import biweekly.Biweekly;
import biweekly.ICalendar;
import dev.agendum.ical.FeedContent;
import dev.agendum.ical.FeedReader;
import dev.agendum.ical.FeedWriter;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one feed of N events, as Agendum writes it (five programme items and six people each, X-AGENDUM-
 * properties included), in one run: Agendum's {@link FeedReader} giving back the events, raw ical4j 4.4.0's
 * {@link CalendarBuilder} and biweekly 0.6.8 giving back their component trees. Agendum's reader scans the feed
 * once with its own content-line scanner and maps every VEVENT to the model (no ical4j), so it does more than the
 * other two, which stop at their trees. Its default limits bound one event, not the feed, so the benchmark reads
 * with the defaults, as a user would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class FeedReadingBenchmark {

    @Param({"1000", "10000"})
    public int events;

    private String feed;
    private final FeedReader agendum = FeedReader.create();

    @Setup(Level.Trial)
    public void write() {
        feed = FeedWriter.create().write(FeedData.events(events));
    }

    @Benchmark
    public int agendum() {
        FeedContent content = agendum.read(feed);
        if (content.events().size() != events) {
            throw new IllegalStateException(content.events().size() + " events read, " + content.warnings());
        }
        return content.events().size();
    }

    @Benchmark
    public int ical4j() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        return calendar.getComponents().size();
    }

    @Benchmark
    public int biweekly() {
        ICalendar calendar = Biweekly.parse(feed).first();
        return calendar.getEvents().size();
    }
}
