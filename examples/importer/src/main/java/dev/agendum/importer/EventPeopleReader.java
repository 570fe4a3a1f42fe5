package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people named for the event as a whole, outside the programme: "Dagvoorzitter: …", "Sprekers: …",
 * "chaired by …", "De moderator is …".
 */
final class EventPeopleReader {

    /**
     * "Moderator: …", also after an emoji or a bullet and with a determiner: "🎙️ Your host: …"; a line that is
     * only the guests' label may go without the colon: "🎤 Our guests" over a list.
     */
    private static final Pattern LABEL = Pattern.compile("(?iu)^[^\\p{L}\\p{N}(\\[]{0,4}([\\p{L} ]{3,30})"
            + "(?::\\s*|\\s*$)");
    /** "The panellists are:", "Onze sprekers zijn:": a sentence that introduces the people a list under it names. */
    private static final Pattern INTRODUCED = Pattern.compile("(?iu)^(?:the|our|your|de|het|onze|jullie|uw)\\s+"
            + "|\\s+(?:are|is|will be|zijn|is dit jaar|zijn dit jaar)$");

    /**
     * A role's label that opens a later sentence of a line, with its people after the colon: "The panel is moderated
     * by X. On stage: A (Org), B and C."
     */
    private void laterLabels(Line line) {
        List<Line> sentences = line.sentences();
        for (Line sentence : sentences.subList(Math.min(1, sentences.size()), sentences.size())) {
            Matcher label = LABEL.matcher(sentence.text());
            if (label.find() && colonAt(sentence, label.end(1)) && label.end() < sentence.text().length()) {
                // "… praten we verder. Het panel: regisseur A en ecologe B.": the label's article is no part of it
                Optional<RoleType> role = Lexicon.role(INTRODUCED.matcher(label.group(1).strip()).replaceAll(""));
                if (role.isPresent()) {
                    add(sentence, label.end(), role.get(), sentence.source(label.start(1), label.end(1)), false);
                }
            }
        }
    }

    /** Whether a colon follows {@code end} of the line, after any spaces. */
    private static boolean colonAt(Line line, int end) {
        return line.text().substring(end).strip().startsWith(":");
    }

    /** "Our guests", "Te gast": those a text has as its guests are who speak at it. */
    private static final Pattern GUESTS = Pattern.compile("(?iu)(?:^|.*\\s)(?:guests?|gasten|te gast)");
    /** The bullet or emoji before a list's line: "▪️ Dr. A – …". */
    private static final Pattern MARK = Pattern.compile("^[^\\p{L}\\p{N}(\\[]{0,3}\\s*");
    private final Reading reading;
    private final Described described;
    private final SpeakingSubjects speaking;

    EventPeopleReader(Reading reading) {
        this.reading = reading;
        this.described = new Described(reading);
        this.speaking = new SpeakingSubjects(reading, described, this::holdsARole);
    }

    void read(Set<Line> used) {
        java.util.List<Line> lines = reading.document.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Line.Kind.ROW) {
                continue;
            }
            if (used.contains(line)) {
                // a paragraph the programme was read from may still name the chair in a sentence without a time
                untimed(line);
                continue;
            }
            laterLabels(line);
            List<Line> parts = ItemCues.labelledParts(line);
            if (parts.size() >= 2) {
                // "Author: Helen Marsh · Interviewer: Tom Reeve (Coast FM)": each part its own label and people
                for (Line part : parts) {
                    Matcher own = LABEL.matcher(part.text());
                    if (own.find() && colonAt(part, own.end(1))) {
                        Lexicon.labelRole(own.group(1)).ifPresent(role -> add(part, own.end(), role,
                                part.source(own.start(1), own.end(1))));
                    }
                }
                continue;
            }
            Matcher label = LABEL.matcher(line.text());
            if (label.find()) {
                // "Presentatie: Bas Kuiper", "Orgel: …": words that name a role only before a colon
                Optional<RoleType> role = Lexicon.role(INTRODUCED.matcher(label.group(1).strip()).replaceAll(""))
                        .or(() -> colonAt(line, label.end(1)) ? Lexicon.labelRole(label.group(1)) : Optional.empty());
                boolean guests = role.isEmpty() && GUESTS.matcher(label.group(1).strip()).matches();
                // a heading of role words without a colon ("Sprekers" over a grid) may head people of other roles
                boolean colon = colonAt(line, label.end(1));
                // "Het panel" set as a heading over a list of its members, a person an item
                boolean panel = !colon && role.filter(r -> r == RoleType.PANELLIST).isPresent()
                        && label.end() >= line.text().length() && i + 1 < lines.size()
                        && lines.get(i + 1).kind() == Line.Kind.ITEM;
                if (role.isPresent() && (colon || panel) || guests) {
                    Source word = line.source(label.start(1), label.end(1));
                    Basis basis = guests ? Assumption.from("speaker: one of the guests named under \""
                            + word.words() + "\"", word) : word;
                    RoleType given = role.orElse(RoleType.SPEAKER);
                    if (label.end() < line.text().length()) {
                        add(line, label.end(), given, basis, guests);
                        continue;
                    }
                    // "Speakers:" over a list, one person a line, maybe after a bullet
                    while (i + 1 < lines.size() && !used.contains(lines.get(i + 1))
                            && (NameFinder.startsAt(lines.get(i + 1), markEnd(lines.get(i + 1)))
                            || IntroducedLists.continuesItem(reading.document, lines.get(i + 1)))) {
                        i++;
                        if (!IntroducedLists.continuesItem(reading.document, lines.get(i))) {
                            add(lines.get(i), markEnd(lines.get(i)), given, basis, guests);
                            AuthorsOf.read(reading, lines.get(i));
                        }
                    }
                    continue;
                }
            }
            Optional<Source> introduces = IntroducedLists.introduces(reading.document, lines, i);
            if (introduces.isPresent() && i + 1 < lines.size() && lines.get(i + 1).kind() == Line.Kind.ITEM) {
                // "Alle drie de panelleden hebben laten weten dat ze komen:" over a list of them
                RoleType given = Lexicon.role(introduces.get().words()).orElseThrow();
                cues(line, 0, line.text().length());   // "Onder leiding van X gaan in gesprek:" names its leader
                while (i + 1 < lines.size() && lines.get(i + 1).kind() == Line.Kind.ITEM
                        && !used.contains(lines.get(i + 1)) && (NameFinder.startsAt(lines.get(i + 1), 0)
                        || IntroducedLists.continuesItem(reading.document, lines.get(i + 1)))) {
                    i++;
                    if (!IntroducedLists.continuesItem(reading.document, lines.get(i))) {
                        add(lines.get(i), 0, given, introduces.get(), false);
                    }
                }
                continue;
            }
            described.card(line, markEnd(line));
            below = i + 1 < lines.size() && reading.document.format() != SourceFormat.HTML
                    && HardWraps.cueGoesOn(reading.document.input(), line, lines.get(i + 1))
                    ? Optional.of(lines.get(i + 1)) : Optional.empty();
            cues(line, 0, line.text().length());
            below = Optional.empty();
            // "Your facilitator is Claire Hamblin", "Voorlezers zijn Els Peeters en Karim Benali", also with the
            // people on the line a paragraph wraps to ("Aan tafel zitten" over "Eva Lindeman (…) en …")
            Line wrapped = HardWraps.withNext(reading.document, lines, i);
            RoleWordsBeforeNames.copulas(wrapped).stream().filter(c -> c.source().start() < line.source().end())
                    .forEach(copula -> add(wrapped, copula.nameAt(), copula.role(), copula.source()));
            // "Welcome from our host for the evening, Priya Ramaswamy": the role phrase, then the name; "… The
            // Chairman," over "Cllr Margaret Holloway, will close …": a phrase that ends a wrapped line, its name below
            Line apposed = i + 1 < lines.size() && line.text().endsWith(",")
                    && HardWraps.sameParagraph(reading.document.input(), line, lines.get(i + 1))
                    ? line.joined(lines.get(i + 1)) : line;
            for (RoleWordsBeforeNames.Found phrase : RoleWordsBeforeNames.appositives(apposed)) {
                add(apposed, phrase.nameAt(), phrase.role(), phrase.source(), true);
            }
            for (RoleWordsBeforeNames.Found word : RoleWordsBeforeNames.in(line)) {
                // "Ook sopraan Marloes de Wit en organist …": a role word right before a name, for one who has none
                // but the speaker's an item's cue infers ("Intermezzo met Wout Verbeke" over "gitarist Wout
                // Verbeke"); "Spreker" says no more than that speaker, and is left to a mention with a position
                add(line, word.nameAt(), word.role(), word.source(),
                        id -> holdsARole(id, word.role() != RoleType.SPEAKER));
            }
            byLine(line);
            // "Directeur A en graadcoördinator B" over "geven de voorstelling.": a subject wrapped before its verb
            speaking.read(i + 1 < lines.size() && !line.text().matches("(?s).*[.!?:]\\s*$")
                    && HardWraps.sameParagraph(reading.document.input(), line, lines.get(i + 1))
                    ? line.joined(lines.get(i + 1)) : line);
            dashed(line);
            AuthorsOf.read(reading, line);
            AsRoles.read(reading, line);
        }
    }

    /** "door gedeputeerde Landbouw Anke Zijlstra (…)", "by Dr. Ann Lee": a card's line of who gives the session. */
    private static final Pattern BY_LINE = Pattern.compile("(?iu)^(door|by)\\s+");

    /**
     * A line that is only "door" or "by" and the people after it, as a session card sets it under the session's
     * title: those people speak.
     */
    private void byLine(Line line) {
        Matcher by = BY_LINE.matcher(line.text());
        if (!by.lookingAt() || !NameFinder.startsAt(line, by.end())
                && NameProbe.givenNameAfter(line, by.end(), 4) < 0) {
            return;
        }
        PeopleReader.Result probe = PeopleReader.read(line, by.end(), new People(), reading.organisations);
        if (probe.people().isEmpty() || !line.text().substring(probe.rest()).isBlank()) {
            return;   // "door de week …", "by the river": not a line of people only
        }
        Source word = line.source(by.start(1), by.end(1));
        add(line, by.end(), RoleType.SPEAKER, Assumption.from("speaker: named after \"" + word.words()
                + "\" on a line of its own", word));
    }

    private static int markEnd(Line line) {
        Matcher mark = MARK.matcher(line.text());
        return mark.lookingAt() ? mark.end() : 0;
    }

    /**
     * "- "Signalen op school herkennen" – workshopleider Erik ten Hove (Saxion)": a role word and a name after a
     * dash, outside the timetable (a list of workshops, of talks without a time).
     */
    private void dashed(Line line) {
        String text = line.text();
        for (Matcher dash = DASH.matcher(text); dash.find(); ) {
            Optional<java.util.Map.Entry<String, RoleType>> role = Lexicon.leadingRole(text.substring(dash.end()));
            int after = role.map(r -> dash.end() + r.getKey().length()).orElse(dash.end());
            if (role.isPresent() && after < text.length() && text.charAt(after) == ' '
                    && NameFinder.startsAt(line, after + 1)) {
                add(line, dash.end(), role.get().getValue(), line.source(dash.end(), after));
                return;
            }
        }
    }

    private static final Pattern DASH = Pattern.compile("\\s[–—-]\\s+");

    /**
     * "Om 10.00 uur opent … Dagvoorzitter is Gijs Boone.": the cues of a programme paragraph's sentences that give
     * no time (those with a time are its items, read already).
     */
    private void untimed(Line line) {
        String text = line.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && i > 0 && !Character.isDigit(text.charAt(i - 1))) {
                if (i > start && DateReader.times(text.substring(start, i)).isEmpty()) {
                    cues(line, start, i);
                }
                start = i + 1;
            }
        }
    }

    /**
     * The line a hard-wrapped paragraph goes on with after the line whose cues are read ("The panellists are" over
     * "ecologist Dr A (…), sheep farmer B and …"): a cue that ends its line names the people on that one.
     */
    private Optional<Line> below = Optional.empty();

    private void cues(Line line, int from, int to) {
        Matcher cue = PeopleCues.CUE.matcher(line.text()).region(from, to);
        while (cue.find()) {
            boolean wrappedOn = cue.end() >= line.text().strip().length() && below.isPresent();
            Line target = wrappedOn ? below.get() : line;
            int people = RunWords.appositive(target, wrappedOn ? 0 : cue.end());
            // "chaired by club president X": a position of several words may come before a known given name
            if (!NameFinder.startsAt(target, people) && NameProbe.givenNameAfter(target, people, 4) < 0) {
                continue;
            }
            if (cue.group(1) != null && Lexicon.role(cue.group(1)).filter(r -> r == RoleType.SPOKESPERSON).isPresent()
                    && line.text().substring(0, cue.start()).endsWith(", ")) {
                continue;   // "Daan Vos, woordvoerder Stichting X": the position of the name before, not a cue
            }
            RoleType role = PeopleCues.role(cue, line.text());
            // "geleid door onze voorzitter, Gerard Kuipers": the role word of the appositive is the role
            int wordStart = line.text().indexOf(' ', cue.end()) + 1;
            int wordEnd = !wrappedOn && people > cue.end() ? line.text().indexOf(',', wordStart) : -1;
            Optional<RoleType> written = wordEnd > wordStart
                    ? Lexicon.role(line.text().substring(wordStart, wordEnd)) : Optional.empty();
            if (written.isEmpty() && cue.group(2) != null && !wrappedOn) {
                // "geleid door voorzitter Gerrit Hoekstra": a leader's word right before the name is the role, and
                // so is a performer's ("onder leiding van dirigent Hendrik-Jan Stoffels" leads the choir, no debate)
                wordStart = cue.end();
                wordEnd = NameFinder.wordEndIn(line.text(), wordStart);
                written = NameFinder.startsAt(line, ItemCues.skipSpace(line.text(), wordEnd))
                        ? Lexicon.role(line.text().substring(wordStart, wordEnd)).filter(r -> r == RoleType.CHAIR
                        || r == RoleType.MODERATOR || r == RoleType.HOST || r == RoleType.CUSTOM) : Optional.empty();
            }
            role = written.orElse(role);
            Source words = written.isPresent() ? line.source(wordStart, wordEnd) : line.source(cue.start(), cue.end());
            Basis basis = cue.group(1) != null && cue.group(3) == null && cue.group(4) == null || cue.group(5) != null
                    || cue.group(7) != null
                    || written.isPresent() ? words
                    : Assumption.from("role " + role.code()
                    + " inferred from \"" + words.words() + "\"", words);
            add(target, people, role, basis);
        }
    }

    private void add(Line line, int from, RoleType role, Basis basis) {
        add(line, from, role, basis, false);
    }

    /**
     * Adds the people named from {@code from} on in {@code role}; an {@code assumed} role (a guest's) only to those
     * the text gives no role elsewhere: a grid headed "Guests" may name its people's roles on their items.
     */
    private void add(Line line, int from, RoleType role, Basis basis, boolean assumed) {
        add(line, from, role, basis, assumed ? this::holdsARole : id -> false);
    }

    /** Adds the people named from {@code from} on in {@code role}, but not those {@code taken} says hold one. */
    private void add(Line line, int from, RoleType role, Basis basis, Predicate<String> taken) {
        PeopleReader.Result result = PeopleReader.read(line, from, reading.people, reading.organisations);
        for (PeopleReader.Named named : result.people()) {
            if (named.role().isEmpty() && taken.test(named.person().id())) {
                described.describe(named);
                continue;
            }
            if (role == RoleType.PANEL_LEADER && named.role().isEmpty()
                    && named.cue().filter(c -> c.equals("met") || c.equals("with")).isPresent()) {
                // "a panel led by A, with B and C": those the panel's leader is with sit on it
                String why = "panellist: named with the panel's leader, after \"" + named.cue().get() + "\"";
                Basis panellist = basis instanceof Assumption cue && cue.evidence().isPresent()
                        ? Assumption.from(why, cue.evidence().get()) : Assumption.of(why);
                reading.roles.add(new Found.Participation(named.person().id(), RoleType.PANELLIST, panellist,
                        named.affiliations()));
                continue;
            }
            RoleType actual = named.role().orElse(role);
            Basis why = named.role().isPresent() ? named.roleSource().get() : basis;
            List<Found.Affiliation> held = named.affiliations().isEmpty() && result.people().size() == 1
                    ? described.dashed(line, result.rest()) : named.affiliations();
            reading.roles.add(new Found.Participation(named.person().id(), actual, why, held));
        }
    }

    private boolean holdsARole(String personId) {
        return holdsARole(personId, false);
    }

    /**
     * Whether the person holds a role on the event or on an item; {@code stated}: only an item's role the text states
     * counts, not one inferred from a cue ("Intermezzo met Wout Verbeke" does not hide "gitarist Wout Verbeke").
     */
    private boolean holdsARole(String personId, boolean stated) {
        return reading.roles.eventLevel().stream().anyMatch(p -> p.personId().equals(personId))
                || reading.items.stream().flatMap(item -> item.participations().stream())
                        .anyMatch(p -> p.personId().equals(personId) && (!stated || p.roleBasis() instanceof Source));
    }
}
