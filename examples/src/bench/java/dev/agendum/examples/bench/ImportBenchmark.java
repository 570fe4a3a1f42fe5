package dev.agendum.examples.bench;

import dev.agendum.importer.AnnouncementImporter;
import dev.agendum.importer.Draft;
import dev.agendum.importer.SourceFormat;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing one announcement (Markdown with a programme table, and the same as plain text with time-prefixed
 * lines), warm, against two baselines measured in the same run: commonmark-java parsing the same text with source
 * spans (what any Markdown reader pays), and validating the draft's event (which the importer also does). Target:
 * one import under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ImportBenchmark {

    /** An announcement written for this benchmark, in the style of the bundled ones. */
    static final String MARKDOWN = """
            # Werkconferentie Samen sturen op de opgave

            **Hybride bijeenkomst op donderdag 14 maart 2024 van 13.00 tot 17.00 uur**

            Rijk, provincies en gemeenten werken steeds vaker samen aan maatschappelijke opgaven. Op deze
            werkconferentie delen bestuurders, onderzoekers en uitvoerders wat zij daarbij leerden.

            Locatie: De Fabrique, Nijverheidsweg 17, 3534 AM Utrecht. De middag is ook online te volgen.

            | Tijd  | Onderdeel |
            |-------|-----------|
            | 13.00 | Ontvangst |
            | 13.30 | Opening door Hanneke Bos, dagvoorzitter |
            | 13.45 | Inleiding door Pieter de Wit (NSOB)<br>Pieter vertelt over het onderzoek naar regiodeals. |
            | 14.30 | Paneldiscussie, geleid door Sandra Kok, gemeentesecretaris Houten<br>Het panel bestaat uit:<br>Joost Peters, programmamanager BZK<br>Eva Jansen, Directeur Wonen VNG<br>Ahmed Benali, wethouder Zwolle |
            | 16.00 | Borrel |

            Deelname is gratis, er zijn maximaal 120 plaatsen. Aanmelden kan tot 1 maart 2024 via
            [het formulier](https://example.org/werkconferentie/aanmelden).

            Voor meer informatie neem contact op met Fleur de Graaf, woordvoerder NSOB, fleur@example.org,
            telefoon 06 25068171.
            """;

    static final String PLAIN = MARKDOWN.replace("# ", "").replace("**", "").replaceAll("\\| ([0-9.]{5}) \\| ", "$1 ")
            .replace(" |\n", "\n").replace("<br>", "\n").replaceAll("(?m)^\\|.*\\|$", "");

    private final AnnouncementImporter importer = AnnouncementImporter.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
    private final EventValidator validator = EventValidator.create();
    private final Parser markdown = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final Event event = importer.read(SourceFormat.MARKDOWN, MARKDOWN).event();

    @Benchmark
    public Draft importMarkdown() {
        return importer.read(SourceFormat.MARKDOWN, MARKDOWN);
    }

    @Benchmark
    public Draft importPlain() {
        return importer.read(SourceFormat.PLAIN, PLAIN);
    }

    /** Baseline: what parsing the same Markdown costs, before anything is read from it. */
    @Benchmark
    public Node baselineCommonmarkParse() {
        return markdown.parse(MARKDOWN);
    }

    /** Baseline: validating the draft's event, which every import does once. */
    @Benchmark
    public List<Violation> baselineValidateDraft() {
        return validator.validate(event, Locale.ENGLISH);
    }
}
