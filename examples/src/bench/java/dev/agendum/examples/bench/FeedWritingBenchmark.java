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
 * Writing one feed of N events (five programme items and six people each): Agendum's {@link FeedWriter} (lossless,
 * the default, and {@code lossless(false)}), the minimal hand-written writer (the ceiling), raw ical4j and biweekly,
 * in one run. Output goes to a counting writer so that I/O does not hide the writers' own cost; each benchmark
 * returns the characters written, so that what each writer produces can be compared too.
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
    private final FeedWriter agendumPortable = FeedWriter.builder().lossless(false).build();

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
    public long agendumPortable() {
        CountingWriter out = new CountingWriter();
        agendumPortable.write(data, out);
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

    @Benchmark
    public long biweekly() throws IOException {
        CountingWriter out = new CountingWriter();
        BiweeklyFeed.write(data, out);
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
