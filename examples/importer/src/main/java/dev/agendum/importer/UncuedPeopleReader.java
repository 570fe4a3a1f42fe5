package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people no cue introduces: a capitalised name whose first word (after honorifics) is a known given name
 * ({@link GivenNames}) is a person wherever it stands in the body — prose, a table cell, a card, a signature.
 * Such a person holds no role, unless a heading over them names one ("Sprekers", "Host"), in which case the words
 * beside the name give the affiliation as after any role word. Runs after the readers that know the cues, so that
 * a person they read keeps the role they gave; page furniture (copyright and unsubscribe lines) names nobody.
 */
final class UncuedPeopleReader {

    private static final Pattern FURNITURE = Pattern.compile("(?iu)©|copyright|all rights reserved|alle rechten"
            + "|uitschrijven|unsubscribe|afmelden voor deze|privacy");

    /** "Piet Heinkade", "Willem Alexanderlaan": a name whose last word ends as a street's is the street's. */
    private static final Pattern STREET = Pattern.compile("(?iu).*(?:straat|laan|kade|plein|singel|gracht|dreef"
            + "|steeg|plantsoen|street|road|avenue|lane|square)$");
    /** "the Psalm translations of X, Y and Z", "gedichten van X": who wrote a work read or played is no participant. */
    private static final Pattern WORK_OF = Pattern.compile("(?iu)(?:works?|poems?|poetry|translations?|settings"
            + "|music|songs?|books?|novels?|letters|paintings|plays|compositions|gedichten|werken?|muziek|liederen"
            + "|boeken|romans?|brieven|schilderijen|vertalingen?|composities|words|lyrics|libretto|tekst"
            + "|" + Lexicon.MUSICAL_WORKS + ")\\s+(?:of|by|van|door)\\s+$");
    /**
     * A concert programme's line or cell, its composer and work parted by a dash: "Gabriel Fauré - Cantique de Jean
     * Racine", "Sicilienne – Gabriel Fauré". Who wrote the music takes no part.
     */
    private static final Pattern COMPOSED = Pattern.compile("(?iu)^(?=.*\\s[–—-]\\s).*(?<![\\p{L}])(?:"
            + Lexicon.MUSICAL_WORKS + ")(?![\\p{L}])");
    /** "Most relevant comments ▾", "Reacties (12)": the line over a social post's comments. */
    private static final Pattern COMMENTS = Pattern.compile("(?iu)^\\W*(?:most relevant|all|newest|top|meest"
            + " relevante|alle|nieuwste)?\\s*(?:comments|reacties)\\W*(?:\\(\\d+\\))?\\W*$");
    /** "vóór 20 april", "uiterlijk 1 mei", "before 3 March": a date that ends a registration, not an occasion. */
    private static final Pattern DEADLINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:vóór|voor|uiterlijk|tot en met|tot"
            + "|before|by|until|no later than)\\s+(?:\\p{L}+dag\\s+|\\p{L}+day\\s+)?$");
    /**
     * "Flowers are given in memory of X", "ter nagedachtenis aan X", "our founder, the late X", "the choir was founded
     * by X", "opgericht door … X": who is remembered, or founded the club long ago, takes no part.
     */
    private static final Pattern REMEMBERED = Pattern.compile("(?iu)(?:in (?:loving )?memory of|the memory of"
            + "|ter nagedachtenis (?:aan|van)|in memoriam|(?<![\\p{L}])the late|(?<![\\p{L}])wijlen|founded by"
            + "|opgericht door(?: [\\p{Ll} ]{3,60}? (?:van|door))?)\\s+$");
    /** "Van: Marian Koster <…>", "From: …": a forwarded mail's header names who sent it on, no participant. */
    private static final Pattern MAIL_HEADER = Pattern.compile("(?iu)^(?:van|from|aan|to|cc|bcc|verzonden|sent)\\s*:");
    /** "Wie vertelt er?", "Who is speaking?": a heading that asks who speaks heads the speakers. */
    private static final Pattern WHO_SPEAKS = Pattern.compile("(?iu)^\\W*(?:wie|who)\\s+(?:vertelt|vertellen|spreekt"
            + "|spreken|presenteert|presenteren|speaks|is speaking|are speaking|are the speakers)(?:\\s+er)?\\s*\\?\\W*$");
    /**
     * "Aan tafel", "In het panel", "On the panel": a heading that seats the people under it at a debate's table
     * heads its panellists (a heading that only names the panel, "Het panel", may head a description of it).
     */
    private static final Pattern SEATED = Pattern.compile("(?iu)^\\W*(?:aan (?:de )?(?:debat)?tafel|in het panel"
            + "|at the table|around the table|on the panel)\\W*$");
    /** A play's cast or its makers set under a heading: "Cast", "Rolverdeling", "Creative team", "Makers". */
    private static final Pattern CAST = Pattern.compile("(?iu)^\\W*(?:(?:the )?cast(?: list)?|rolverdeling|spelers"
            + "|(?:the )?creative team)\\W*$");
    /** A heading over a concert's players: "Performers", "Uitvoerenden", "Line-up"; each one named plays a part. */
    private static final Pattern PERFORMERS = Pattern.compile("(?iu)^\\W*(?:(?:the )?performers|artists|musicians"
            + "|soloists|uitvoerenden|musici|solisten|artiesten|bezetting|line-?up)\\W*$");
    /** A cast list's line, the part then its player: "Kathleen Hanlon – Niamh Brennan". */
    private static final Pattern PART_THEN_PLAYER = Pattern.compile("^(.+?)\\s+[–—-]\\s+(?=\\S)");
    private static final Pattern LIST_ON = Pattern.compile("(?iu)^\\s*(?:,|,?\\s*(?:and|en|&))\\s*$");

    private final Reading reading;
    private final Set<String> roled = new HashSet<>();
    /** The columns of the table being read whose head gives their people a role. */
    private final Map<Integer, RoleColumns.Column> columns = new HashMap<>();

    UncuedPeopleReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        reading.roles.eventLevel().forEach(p -> roled.add(p.personId()));
        reading.items.forEach(i -> i.participations().forEach(p -> roled.add(p.personId())));
        Optional<RoleType> headed = Optional.empty();
        boolean cast = false;
        // a label heads its list only: a plain text's later lines ("Agenda", a signature) are no longer under it
        boolean labelled = false;
        Source heading = null;
        List<Line> lines = reading.document.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (COMMENTS.matcher(line.text()).matches()) {
                break;   // a post's comments below it: who reacts takes no part in the event
            }
            if (line.kind() == Line.Kind.HEADING && headed.isPresent() && SpeakerCards.nameHeading(line)) {
                // "Meet the speakers" over cards, each headed by a name: the section's heading goes on
                Found.Participation card = SpeakerCards.card(line, i + 1 < lines.size() ? Optional.of(lines.get(i + 1))
                        : Optional.empty(), headed.get(), heading, reading.people);
                if (roled.add(card.personId())) {
                    reading.roles.add(card);
                }
                continue;
            }
            // a plain text's label alone over its list ("Sprekers" over "- Lotte Mulder, senior adviseur …") heads
            // it as a heading would
            boolean label = line.kind() == Line.Kind.TEXT && i + 1 < lines.size()
                    && lines.get(i + 1).kind() == Line.Kind.ITEM
                    && Lexicon.role(line.text().replaceAll("[:.]+$", "").strip()).isPresent();
            if (labelled && line.kind() != Line.Kind.ITEM && line.kind() != Line.Kind.HEADING) {
                headed = Optional.empty();
                labelled = false;
            }
            if (line.kind() == Line.Kind.HEADING || label) {
                labelled = label;
                headed = Lexicon.role(line.text().replaceAll("[:.]+$", "").strip())
                        .or(() -> WHO_SPEAKS.matcher(line.text()).matches() ? Optional.of(RoleType.SPEAKER)
                                : Optional.empty())
                        .or(() -> SEATED.matcher(line.text()).matches() ? Optional.of(RoleType.PANELLIST)
                                : Optional.empty())
                        .or(() -> SpeakerCards.headingRole(line.text()))
                        .or(() -> CAST.matcher(line.text()).matches() || PERFORMERS.matcher(line.text()).matches()
                                ? Optional.of(RoleType.CUSTOM) : Optional.empty());
                cast = CAST.matcher(line.text()).matches();
                heading = line.source();
                continue;
            }
            Matcher played = PART_THEN_PLAYER.matcher(line.text());
            if (cast && line.kind() == Line.Kind.ITEM && played.lookingAt()) {
                // "Kathleen Hanlon – Niamh Brennan" in a cast: the character is played, the player takes part
                names(line.sub(played.end(), line.text().length()), headed, heading);
                continue;
            }
            if (SpeakerCards.labelledRow(line, reading.people, reading.organisations, roled, reading.roles)) {
                continue;
            }
            if (line.kind() != Line.Kind.ROW) {
                columns.clear();
            } else if (!line.cells().isEmpty()) {
                // "| Round | Workshop | Led by | Room |": the people in a column its head gives a role hold it
                Map<Integer, RoleColumns.Column> heads = RoleColumns.untimedHeads(line);
                if (!heads.isEmpty()) {
                    columns.clear();
                    columns.putAll(heads);
                    continue;
                }
            }
            List<Line> cells = line.kind() == Line.Kind.ROW ? line.cells() : List.of(line);
            for (int c = 0; c < cells.size(); c++) {
                // a timed row is an item's, whose roles RoleColumns gives; a row of another day ("| 12 May | Dr
                // Sofia Lindqvist | …" in a series' table) is another session's
                boolean inColumn = line.kind() == Line.Kind.ROW && columns.containsKey(c) && !otherDay(line.text())
                        && DateReader.times(line.text()).isEmpty();
                Optional<RoleType> role = inColumn ? Optional.of(columns.get(c).role()) : headed;
                Source under = inColumn ? columns.get(c).head() : heading;
                for (Line part : line.kind() == Line.Kind.ROW ? cells.get(c).parts() : List.of(line)) {
                    if (!FURNITURE.matcher(part.text()).find() && !MAIL_HEADER.matcher(part.text()).lookingAt()
                            && !otherDay(part.text())) {
                        names(part, role, under);
                    }
                }
            }
        }
    }

    private void names(Line line, Optional<RoleType> headed, Source heading) {
        String text = line.text();
        if (COMPOSED.matcher(text).find() && DateReader.times(text).isEmpty()) {
            return;
        }
        NameFinder finder = new NameFinder(text);
        int pos = finder.skipSpace(0);
        int workEnd = -1;
        while (pos < text.length()) {
            boolean wordStart = pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1));
            Optional<NameFinder.Name> name = wordStart && Character.isUpperCase(text.charAt(pos))
                    ? finder.at(pos) : Optional.empty();
            if (name.isPresent() && REMEMBERED.matcher(text.substring(0, pos)).find()) {
                pos = name.get().end();
                continue;
            }
            if (name.isPresent() && (WORK_OF.matcher(text.substring(0, pos)).find()
                    || workEnd >= 0 && LIST_ON.matcher(text.substring(workEnd, pos)).matches())) {
                workEnd = name.get().end();
                pos = workEnd;
                continue;
            }
            if (name.isPresent() && given(text, name.get()) && !known(text.substring(name.get().nameStart(),
                    name.get().end())) && !STREET.matcher(text.substring(name.get().nameStart(), name.get().end()))
                    .matches()) {
                pos = add(line, name.get(), headed, heading);
                continue;
            }
            pos = name.map(NameFinder.Name::end).orElse(pos + 1);
        }
    }

    /**
     * "Op zaterdag 13 februari snoeiden vrijwilligers met boswachter X …": a paragraph that gives a date, none of
     * them the event's (or the one it was moved from), tells of another occasion, and its people are not the event's.
     */
    private boolean otherDay(String text) {
        List<DateReader.DateMention> dates = DateReader.dates(text);
        if (dates.isEmpty()) {
            return false;
        }
        java.time.LocalDate first = reading.start.value().toLocalDate();
        java.time.LocalDate last = reading.end.value().toLocalDate();
        for (DateReader.DateMention date : dates) {
            if (DEADLINE.matcher(text.substring(0, date.start())).find()) {
                return false;   // "Inschrijven vóór 20 april bij X": a deadline tells of no other occasion
            }
            if (!date.valid(first.getYear())) {
                continue;
            }
            java.time.LocalDate day = date.first(first.getYear());
            boolean moved = reading.previousStart.map(p -> p.value().toLocalDate().getDayOfYear() == day.getDayOfYear())
                    .orElse(false);
            if (moved || !day.isBefore(first.withYear(day.getYear())) && !day.isAfter(last.withYear(day.getYear()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean given(String text, NameFinder.Name name) {
        return NameFinder.givenNameAt(text, name.nameStart());
    }

    /** A name that is part of one read already, or holds one ("Ling Chen" of "Mei Ling Chen"), is no new person. */
    private boolean known(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Found.Person person : reading.people.all()) {
            String other = person.name().toLowerCase(Locale.ROOT);
            if (!other.equals(lower) && (other.contains(lower) || lower.contains(other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether every role the person holds so far is a panellist's, given outside the heading's section
     * ({@code from} to {@code to}): a "Panellists:" label under a "Speakers" heading makes the heading the
     * umbrella of all the roles under it, and adds nothing.
     */
    private boolean panellistElsewhere(String personId, int from, int to) {
        List<Found.Participation> held = java.util.stream.Stream.concat(reading.roles.eventLevel().stream(),
                reading.items.stream().flatMap(i -> i.participations().stream()))
                .filter(p -> p.personId().equals(personId)).toList();
        return !held.isEmpty() && held.stream().allMatch(p -> p.role() == RoleType.PANELLIST && !within(p.roleBasis(),
                from, to));
    }

    private static boolean within(Basis basis, int from, int to) {
        Optional<Source> words = basis instanceof Source source ? Optional.of(source)
                : basis instanceof Assumption assumption ? assumption.evidence() : Optional.empty();
        return words.filter(w -> w.start() >= from && w.start() <= to).isPresent();
    }

    private boolean clauseOrBracket(Source role) {
        String input = reading.document.input();
        return role.words().contains(" ") || role.start() > 0 && input.charAt(role.start() - 1) == '(';
    }

    private int add(Line line, NameFinder.Name name, Optional<RoleType> headed, Source heading) {
        if (headed.isEmpty()) {
            // tried on a scratch list first: a clause or brackets right after the name may give a role ("X, die
            // het symposium voorzit", "X (moderator)"), and then the person holds it on the event; a bare role word
            // after a comma ("Albert Groothuis, voorzitter" under a letter) is the position the person holds
            PeopleReader.Result probe = PeopleReader.read(line, name.start(), new People(), reading.organisations);
            if (!probe.people().isEmpty() && probe.people().get(0).roleSource().filter(this::clauseOrBracket)
                    .isPresent()) {
                PeopleReader.Named named = PeopleReader.read(line, name.start(), reading.people,
                        reading.organisations).people().get(0);
                reading.roles.add(new Found.Participation(named.person().id(), named.role().get(),
                        named.roleSource().get(), named.affiliations()));
                return Math.max(name.end(), probe.rest());
            }
            String words = line.text().substring(name.nameStart(), name.end());
            Optional<String> honorific = name.honorific()
                    ? Optional.of(line.text().substring(name.start(), name.nameStart()).strip()) : Optional.empty();
            reading.people.named(words, line.source(name.nameStart(), name.end()), honorific);
            return name.end();
        }
        PeopleReader.Result result = PeopleReader.read(line, name.start(), reading.people, reading.organisations);
        for (PeopleReader.Named named : result.people()) {
            // a leading role over them ("Dagvoorzitter") holds beside the talks they give; a speaker's heading does
            // not add to the role a label or an item gave
            boolean leading = headed.get() == RoleType.CHAIR || headed.get() == RoleType.MODERATOR
                    || headed.get() == RoleType.HOST;
            // a speaker's or keynote's heading adds to a panellist's seat: who sits on the closing panel may
            // also give a talk
            boolean onAPanelOnly = !leading && panellistElsewhere(named.person().id(), heading.start(),
                    line.source().end());
            // "Femke Dijkstra" over "Moderator · Head of Digital, …" on a card: the card's own role word outranks
            Optional<Found.Participation> own = named == result.people().get(0) && named.role().isEmpty()
                    ? SpeakerCards.ownRole(line, name.end(), named.person().id(), named.affiliations())
                    : Optional.empty();
            if (own.isPresent() && roled.add(named.person().id())) {
                reading.roles.add(own.get());
                continue;
            }
            if (roled.add(named.person().id()) || leading && named.role().isEmpty() || onAPanelOnly) {
                reading.roles.add(new Found.Participation(named.person().id(), named.role().orElse(headed.get()),
                        named.role().isPresent() ? named.roleSource().get() : Assumption.from("role "
                        + headed.get().code() + ": named under the heading \"" + heading.words() + "\"", heading),
                        named.affiliations()));
            } else {
                // a speaker the programme already gave a role: where they work, said here, still describes them
                new Described(reading).describe(named);
            }
        }
        return Math.max(name.end(), result.rest());
    }
}
