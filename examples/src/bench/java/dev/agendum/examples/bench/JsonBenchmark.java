package dev.agendum.examples.bench;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading one collection document of N events, in one run: Agendum's {@link AgendumJson} (compact
 * output; reading with and without validation) against the ceiling, Jackson 3 data-binding {@link PlainJson}'s
 * records that carry the same content. Setup checks that both write equal JSON trees, so both sides do the same
 * job. The documents are beyond Agendum's default limits (32 MiB, 5 million tokens), so the benchmark raises them,
 * as a user reading such documents would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class JsonBenchmark {

    @Param({"1000", "10000"})
    public int events;

    private List<Event> model;
    private String json;
    private PlainJson.Document plain;
    private AgendumJson agendum;
    private AgendumJson validating;

    @Setup(Level.Trial)
    public void prepare() {
        AgendumJson.Builder builder = AgendumJson.builder().indent(false).maxDocumentLength(Long.MAX_VALUE)
                .maxTokenCount(Long.MAX_VALUE).maxEvents(Integer.MAX_VALUE);
        agendum = builder.build();
        validating = builder.validate(EventValidator.create(), Locale.ENGLISH).build();
        model = FeedData.events(events);
        json = agendum.writeEvents(model);
        plain = PlainJson.MAPPER.readValue(json, PlainJson.Document.class);
        String plainJson = writePlain();
        if (!PlainJson.MAPPER.readTree(json).equals(PlainJson.MAPPER.readTree(plainJson))) {
            throw new IllegalStateException("the plain records do not write the JSON Agendum writes");
        }
        if (!validating.readEvents(json).equals(model)) {
            throw new IllegalStateException("Agendum does not read back the events it wrote");
        }
        System.out.printf("%n%d events: Agendum %,d octets of JSON, plain records %,d%n", events,
                json.getBytes(StandardCharsets.UTF_8).length, plainJson.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public String writeAgendum() {
        return agendum.writeEvents(model);
    }

    @Benchmark
    public String writePlain() {
        return PlainJson.MAPPER.writeValueAsString(plain);
    }

    @Benchmark
    public List<Event> readAgendum() {
        return agendum.readEvents(json);
    }

    @Benchmark
    public List<Event> readAgendumValidating() {
        return validating.readEvents(json);
    }

    @Benchmark
    public PlainJson.Document readPlain() {
        return PlainJson.MAPPER.readValue(json, PlainJson.Document.class);
    }
}
