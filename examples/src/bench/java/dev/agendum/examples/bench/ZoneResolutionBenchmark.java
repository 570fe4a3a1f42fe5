package dev.agendum.examples.bench;

import dev.agendum.ical.FeedReader;
import dev.agendum.model.Event;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
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
 * Resolving times in a zone only the feed's own VTIMEZONE defines (a Lotus Notes style TZID, 200 events through a
 * year, across both daylight-saving changes): Agendum's {@link FeedReader} (its own observance matching to an IANA
 * zone, then the whole event mapped) against ical4j 4.4.0, whose {@link CalendarBuilder} registers the VTIMEZONE
 * and gives each DTSTART as a {@link ZonedDateTime} in a zone built from it. The setup checks that both give the
 * same instants. The figures decide whether the reader should hand VTIMEZONEs to ical4j (ical/FEED.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ZoneResolutionBenchmark {

    private static final String TZID = "GMT +0100 (Standard) / GMT +0200 (Daylight)";
    private static final int EVENTS = 200;

    private String feed;
    private final FeedReader reader = FeedReader.create();

    @Setup(Level.Trial)
    public void write() throws Exception {
        StringBuilder out = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//Zones//EN\r\n"
                + "BEGIN:VTIMEZONE\r\nTZID:" + TZID + "\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19501029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:19500326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n");
        for (int i = 0; i < EVENTS; i++) {
            String day = LocalDate.of(2022, 1, 3).plusDays(i * 363L / EVENTS).toString().replace("-", "");
            out.append("BEGIN:VEVENT\r\nUID:zone-").append(i).append("@bench.example\r\nDTSTAMP:20220101T000000Z\r\n")
                    .append("DTSTART;TZID=\"").append(TZID).append("\":").append(day).append("T100000\r\n")
                    .append("DTEND;TZID=\"").append(TZID).append("\":").append(day).append("T113000\r\n")
                    .append("SUMMARY:Overleg ").append(i).append("\r\nEND:VEVENT\r\n");
        }
        feed = out.append("END:VCALENDAR\r\n").toString();
        if (!agendum().equals(ical4j())) {
            throw new IllegalStateException("Agendum and ical4j disagree: " + agendum() + " / " + ical4j());
        }
    }

    @Benchmark
    public List<Instant> agendum() {
        List<Instant> starts = new ArrayList<>(EVENTS);
        for (Event event : reader.read(feed).events()) {
            starts.add(event.startAt().toInstant());
        }
        return starts;
    }

    @Benchmark
    public List<Instant> ical4j() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<Instant> starts = new ArrayList<>(EVENTS);
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Temporal start = event.getDateTimeStart().getDate();
            starts.add(((ZonedDateTime) start).toInstant());
        }
        return starts;
    }
}
