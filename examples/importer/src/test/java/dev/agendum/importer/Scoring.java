package dev.agendum.importer;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RegistrationChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores drafts against announcements' expected values: per field, the values expected and the values the draft
 * gives, compared as sets of case-folded, space-normalised strings (phone numbers by their digits, web addresses
 * without their scheme).
 *
 * <p>An expected file has one {@code field: value} per line; fields: title, start, end, attendance, place, status,
 * item (a programme item's start), person, role ({@code Name = role-code}), organisation (abbreviation or name,
 * as the expected file writes it; organisers and affiliations), email, phone, channel ({@code type [address]}).
 */
final class Scoring {

    static final List<String> FIELDS = List.of("title", "start", "end", "attendance", "place", "item", "person",
            "role", "organisation", "email", "phone", "status", "channel");

    static final AnnouncementImporter IMPORTER = AnnouncementImporter.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    /** Counts of one field: true positives, values given, values expected. */
    static final class Tally {
        int hits;
        int given;
        int expected;

        double precision() {
            return given == 0 ? 1.0 : (double) hits / given;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) hits / expected;
        }
    }

    /** The tallies per field and in total, and the per-file misses for reading. */
    static final class Score {
        final Map<String, Tally> fields = new LinkedHashMap<>();
        final Tally total = new Tally();
        final List<String> misses = new ArrayList<>();
        int files;

        Score() {
            FIELDS.forEach(f -> fields.put(f, new Tally()));
        }

        String table(String name) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s%n%-13s %9s %9s %5s %5s %5s%n",
                    name, "field", "precision", "recall", "hits", "given", "exp."));
            fields.forEach((field, t) -> out.append(String.format(Locale.ROOT, "%-13s %9.3f %9.3f %5d %5d %5d%n",
                    field, t.precision(), t.recall(), t.hits, t.given, t.expected)));
            out.append(String.format(Locale.ROOT, "%-13s %9.3f %9.3f %5d %5d %5d%n", "all", total.precision(),
                    total.recall(), total.hits, total.given, total.expected));
            return out.toString();
        }
    }

    private Scoring() {
    }

    /**
     * Scores every announcement of {@code folder} with the expected file beside it; a folder that is absent (git
     * keeps no empty folder) holds none. Hidden files ({@code .gitkeep}) are not announcements.
     */
    static Score folder(Path folder) {
        Score score = new Score();
        if (!Files.isDirectory(folder)) {
            return score;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path text : files.filter(p -> !p.toString().endsWith(".expected"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                score.files++;
                Path expected = folder.resolve(text.getFileName().toString().replaceAll("\\.[a-z]+$", ".expected"));
                file(score, text, expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return score;
    }

    private static void file(Score score, Path text, Path expectedFile) throws IOException {
        Map<String, Set<String>> expected = expected(Files.readAllLines(expectedFile));
        Map<String, Set<String>> given;
        Map<String, String> named = Map.of();
        try {
            Event event = IMPORTER.read(text.getFileName().toString(), Files.readString(text)).event();
            given = values(event);
            named = abbreviated(event);
        } catch (NotAnAnnouncementException e) {
            given = new LinkedHashMap<>();
            score.misses.add(text.getFileName() + ": no draft: " + e.getMessage());
        }
        for (String field : FIELDS) {
            Set<String> want = comparable(field, expected.getOrDefault(field, Set.of()));
            Set<String> comparableGot = comparable(field, given.getOrDefault(field, Set.of()));
            Set<String> got = field.equals("organisation") ? asWritten(comparableGot, want, named) : comparableGot;
            Tally tally = score.fields.get(field);
            int hits = (int) got.stream().filter(want::contains).count();
            tally.hits += hits;
            tally.given += got.size();
            tally.expected += want.size();
            score.total.hits += hits;
            score.total.given += got.size();
            score.total.expected += want.size();
            want.stream().filter(v -> !got.contains(v)).forEach(v -> score.misses.add(text.getFileName() + ": missed "
                    + field + " " + v));
            got.stream().filter(v -> !want.contains(v)).forEach(v -> score.misses.add(text.getFileName() + ": extra "
                    + field + " " + v));
        }
    }

    /**
     * The names of the event's organisations that have an abbreviation, by abbreviation, in lower case: the draft
     * names such a body both ways, and the expected file may write either.
     */
    private static Map<String, String> abbreviated(Event event) {
        Map<String, String> names = new LinkedHashMap<>();
        Stream<Participation> participations = Stream.concat(event.participations().stream(),
                event.programme().allItems().stream().flatMap(i -> i.participations().stream()));
        Stream.concat(event.organisers().stream(), participations.flatMap(p -> p.affiliations().stream())
                        .flatMap(a -> a.organisation().stream()))
                .forEach(o -> o.abbreviation().ifPresent(a -> names.put(a.toLowerCase(Locale.ROOT),
                        o.name().text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))));
        return names;
    }

    /** The organisations given, each by its full name where the expected file writes that and not its abbreviation. */
    private static Set<String> asWritten(Set<String> got, Set<String> want, Map<String, String> names) {
        Set<String> written = new LinkedHashSet<>();
        got.forEach(v -> written.add(!want.contains(v) && want.contains(names.get(v)) ? names.get(v) : v));
        return written;
    }

    static Map<String, Set<String>> expected(List<String> lines) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (line.isBlank() || colon < 0) {
                continue;
            }
            add(values, line.substring(0, colon).strip(), List.of(line.substring(colon + 1)));
        }
        values.putIfAbsent("status", Set.of("scheduled"));
        return values;
    }

    /** The scored values of an event. */
    static Map<String, Set<String>> values(Event event) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        add(values, "title", List.of(event.title().text()));
        add(values, "start", List.of(event.start().toString()));
        add(values, "end", List.of(event.end().toString()));
        add(values, "attendance", List.of(event.attendanceMode().code()));
        event.venue().ifPresent(v -> {
            add(values, "place", List.of(v.name().text()));
            v.address().ifPresent(a -> {
                a.street().ifPresent(s -> add(values, "place", List.of(s)));
                a.postalCode().ifPresent(s -> add(values, "place", List.of(s)));
                add(values, "place", List.of(a.locality()));
            });
        });
        add(values, "status", List.of(event.status().code()));
        List<Participation> participations = new ArrayList<>(event.participations());
        for (ProgrammeItem item : event.programme().allItems()) {
            add(values, "item", List.of(item.start().toString()));
            participations.addAll(item.participations());
        }
        for (Person person : event.people()) {
            add(values, "person", List.of(person.name()));
            person.email().ifPresent(e -> add(values, "email", List.of(e)));
            person.phone().ifPresent(p -> add(values, "phone", List.of(p)));
        }
        for (Participation participation : participations) {
            String name = event.person(participation.personId()).map(Person::name).orElse(participation.personId());
            add(values, "role", List.of(name + " = " + participation.role().type().code()));
            for (Affiliation affiliation : participation.affiliations()) {
                affiliation.organisation().ifPresent(o -> add(values, "organisation",
                        List.of(o.abbreviation().orElse(o.name().text()))));
            }
        }
        event.organisers().forEach(o -> add(values, "organisation", List.of(o.abbreviation().orElse(o.name().text()))));
        event.contacts().forEach(c -> {
            c.email().ifPresent(e -> add(values, "email", List.of(e)));
            c.phone().ifPresent(p -> add(values, "phone", List.of(p)));
        });
        event.registration().ifPresent(r -> {
            for (RegistrationChannel channel : r.channels()) {
                add(values, "channel", List.of(channel.type().code() + channel.address().map(a -> " " + a).orElse("")));
                if (channel.type() == RegistrationChannel.Type.EMAIL) {
                    add(values, "email", List.of(channel.address().get()));
                }
                if (channel.type() == RegistrationChannel.Type.PHONE) {
                    add(values, "phone", List.of(channel.address().get()));
                }
            }
        });
        return values;
    }

    private static void add(Map<String, Set<String>> values, String field, Collection<String> more) {
        Set<String> set = values.computeIfAbsent(field, f -> new LinkedHashSet<>());
        more.forEach(v -> set.add(v.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }

    /**
     * A phone number is compared by its digits: "+31 180 33 01 00" and "+31 180 330 100" are one number, grouped
     * two ways (the grouping is presentation, and libphonenumber's differs from how people write numbers).
     */
    private static Set<String> comparable(String field, Set<String> values) {
        Set<String> comparable = new LinkedHashSet<>();
        values.forEach(value -> comparable.add(comparable(field, value)));
        return comparable;
    }

    private static String comparable(String field, String value) {
        if (field.equals("phone")) {
            return value.replace(" ", "");
        }
        if (field.equals("channel") && value.startsWith("phone ")) {
            return "phone " + value.substring("phone ".length()).replace(" ", "");
        }
        if (field.equals("channel") && value.startsWith("web ")) {
            // a plain text's "www.…" is the address the draft writes with its scheme: the same page
            return "web " + value.substring("web ".length()).replaceFirst("^https?://", "");
        }
        return value;
    }
}
