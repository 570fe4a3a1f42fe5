package dev.agendum.examples.bench;

import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Writing one feed of N events (five programme items and six people each): Agendum's {@link FeedWriter}, the
 * minimal hand-written writer (the ceiling) and raw ical4j, in one run. Output goes to a counting writer so that
 * I/O does not hide the writers' own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FeedWritingBenchmark {

    @Param({"1000", "10000"})
    public int events;

    private List<Event> data;
    private final FeedWriter agendum = FeedWriter.create();

    @Setup(Level.Trial)
    public void generate() {
        data = FeedData.events(events);
    }

    @Benchmark
    public long agendum() {
        CountingWriter out = new CountingWriter();
        agendum.write(data, out);
        return out.count;
    }

    @Benchmark
    public long handWritten() throws IOException {
        CountingWriter out = new CountingWriter();
        new HandWrittenFeed(out).write(data);
        return out.count;
    }

    @Benchmark
    public long ical4j() throws Exception {
        CountingWriter out = new CountingWriter();
        Ical4jFeed.write(data, out);
        return out.count;
    }

    /** Counts characters and discards them. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            count += length;
        }

        @Override
        public Writer append(CharSequence text, int start, int end) {
            count += end - start;
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
