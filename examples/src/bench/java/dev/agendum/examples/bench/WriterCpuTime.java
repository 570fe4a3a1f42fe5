package dev.agendum.examples.bench;

import com.sun.management.ThreadMXBean;
import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Event;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The feed writers' throughput ratios as thread CPU time, for a machine too loaded for JMH's wall-clock times: the
 * lossless writer, {@code lossless(false)} and the hand-written ceiling write the same events in turn, round after
 * round in one JVM, to the benchmark's counting writer; the median CPU time of the later half of the rounds gives
 * each ratio, and the bytes each feed allocates are reported too. CPU time leaves out what the garbage collector's
 * own threads spend, so it complements {@link FeedWritingBenchmark}, never replaces it.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp examples/target/benchmarks.jar dev.agendum.examples.bench.WriterCpuTime 1000 24 3
 * }</pre>
 */
public final class WriterCpuTime {

    private WriterCpuTime() {
    }

    /**
     * Runs the comparison.
     *
     * @param args events per feed, rounds, feeds per writer and round
     * @throws IOException never: the counting writer does not fail
     */
    public static void main(String[] args) throws IOException {
        int events = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int feeds = Integer.parseInt(args[2]);
        List<Event> data = FeedData.events(events);
        FeedWriter lossless = FeedWriter.create();
        FeedWriter portable = FeedWriter.builder().lossless(false).build();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        String[] names = {"Agendum, lossless", "Agendum, lossless(false)", "hand-written"};
        double[][] cpu = new double[3][rounds];
        long[] allocated = new long[3];
        for (int round = 0; round < rounds; round++) {
            for (int writer = 0; writer < 3; writer++) {
                long time = threads.getCurrentThreadCpuTime();
                long bytes = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < feeds; i++) {
                    FeedWritingBenchmark.CountingWriter out = new FeedWritingBenchmark.CountingWriter();
                    switch (writer) {
                        case 0 -> lossless.write(data, out);
                        case 1 -> portable.write(data, out);
                        default -> new HandWrittenFeed(out).write(data);
                    }
                }
                cpu[writer][round] = (threads.getCurrentThreadCpuTime() - time) / 1e6 / feeds;
                allocated[writer] = (threads.getCurrentThreadAllocatedBytes() - bytes) / feeds;
            }
        }
        double ceiling = laterMedian(cpu[2]);
        for (int writer = 0; writer < 3; writer++) {
            double median = laterMedian(cpu[writer]);
            System.out.printf("%6d events  %-26s %8.1f ms CPU  %5.2fx the ceiling's throughput  %6.1f MB%n",
                    events, names[writer], median, ceiling / median, allocated[writer] / 1e6);
        }
    }

    /** The median of the later half: the earlier rounds warm the JIT up. */
    private static double laterMedian(double[] values) {
        double[] later = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
