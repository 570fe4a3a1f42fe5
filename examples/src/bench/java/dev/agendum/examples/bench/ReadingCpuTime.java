package dev.agendum.examples.bench;

import com.sun.management.ThreadMXBean;
import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link JsonBenchmark}'s reading ratios, and the validator alone, as thread CPU time, for a machine too loaded for
 * JMH's wall-clock times: plain Jackson data-binding, Agendum's read and Agendum's validating read take the same
 * collection document in turn, then the validator checks the same events, round after round in one JVM; the median
 * CPU time of the later half of the rounds gives each ratio to plain Jackson, with the bytes each allocates. CPU
 * time leaves out what the garbage collector's own threads spend, so it complements {@link JsonBenchmark}, never
 * replaces it.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp examples/target/benchmarks.jar dev.agendum.examples.bench.ReadingCpuTime 1000 30
 * }</pre>
 */
public final class ReadingCpuTime {

    private static final String[] NAMES = {"read, plain Jackson records", "read, Agendum",
        "read and validate, Agendum", "validate only (EventValidator)"};

    private ReadingCpuTime() {
    }

    /**
     * Runs the comparison.
     *
     * @param args events per document, rounds
     */
    public static void main(String[] args) {
        int events = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        AgendumJson.Builder builder = AgendumJson.builder().indent(false).maxDocumentLength(Long.MAX_VALUE)
                .maxTokenCount(Long.MAX_VALUE).maxEvents(Integer.MAX_VALUE);
        AgendumJson agendum = builder.build();
        EventValidator validator = EventValidator.create();
        AgendumJson validating = builder.validate(validator, Locale.ENGLISH).build();
        List<Event> model = FeedData.events(events);
        String json = agendum.writeEvents(model);
        if (!validating.readEvents(json).equals(model)) {
            throw new IllegalStateException("Agendum does not read back the events it wrote");
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[NAMES.length][rounds];
        long[] allocated = new long[NAMES.length];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int variant = 0; variant < NAMES.length; variant++) {
                long time = threads.getCurrentThreadCpuTime();
                long bytes = threads.getCurrentThreadAllocatedBytes();
                sink += switch (variant) {
                    case 0 -> PlainJson.MAPPER.readValue(json, PlainJson.Document.class).hashCode();
                    case 1 -> agendum.readEvents(json).size();
                    case 2 -> validating.readEvents(json).size();
                    default -> model.stream().mapToInt(event -> validator.validate(event, Locale.ENGLISH).size())
                            .sum();
                };
                cpu[variant][round] = (threads.getCurrentThreadCpuTime() - time) / 1e6;
                allocated[variant] = threads.getCurrentThreadAllocatedBytes() - bytes;
            }
        }
        double plain = laterMedian(cpu[0]);
        for (int variant = 0; variant < NAMES.length; variant++) {
            double median = laterMedian(cpu[variant]);
            System.out.printf("%6d events  %-32s %8.1f ms CPU  %5.2fx plain Jackson  %6.1f MB%n", events,
                    NAMES[variant], median, median / plain, allocated[variant] / 1e6);
        }
        System.out.println(sink == 42 ? "" : " ");
    }

    /** The median of the later half: the earlier rounds warm the JIT up. */
    private static double laterMedian(double[] values) {
        double[] later = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
