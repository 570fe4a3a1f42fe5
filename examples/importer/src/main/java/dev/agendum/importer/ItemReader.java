package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one programme item from its words: its kind, its title, the people after "door", "met", "geleid door",
 * "by", "with", "chaired by" with their roles and affiliations, and lines that follow (a panel's members).
 */
final class ItemReader {

    private static final Pattern TRIGGER = Pattern.compile("(?iu)(?<![\\p{L}])(geleid door|onder leiding van"
            + "|gemodereerd door|gepresenteerd door|in gesprek met|chaired by|moderated by|led by|hosted by"
            + "|presented by|in conversation with|door|met|by|with|spreekt|vertelt|opent|presenteert|speaks|talks"
            + "|presents|opens|o\\.l\\.v\\.)(?![\\p{L}])");
    private static final Pattern LABEL = Pattern.compile("(?iu)^([\\p{L} ]{3,30}):\\s*");
    /** A dash set between spaces, as between an item's title and its speaker. */
    private static final Pattern DASH = Pattern.compile("\\s[–—-]\\s+");

    private final People people;
    private final Organisations organisations;
    private final Roles roles;
    private final ItemRoles itemRoles;

    ItemReader(People people, Organisations organisations, Roles roles) {
        this.people = people;
        this.organisations = organisations;
        this.roles = roles;
        this.itemRoles = new ItemRoles(roles);
    }

    /** Reads the item whose words are {@code words} (its first line) and {@code more} (lines that follow). */
    Found.Item read(LocalDateTime start, Basis startBasis, Optional<LocalDateTime> end, Optional<Basis> endBasis,
                    Line words, List<Line> more) {
        String text = words.text();
        Optional<Map.Entry<Integer, ItemKind>> kindWord = kindWord(text);
        ItemKind kind = kindWord.map(Map.Entry::getValue).orElse(ItemKind.OTHER);
        Basis kindBasis = kindWord.<Basis>map(k -> words.source(k.getKey(), wordEnd(text, k.getKey())))
                .orElse(Assumption.from("kind other: no kind word in the item's title", words.source()));
        List<Found.Participation> participations = new ArrayList<>();
        int titleEnd = text.length();
        int restStart = text.length();
        Matcher trigger = TRIGGER.matcher(text);
        boolean read = false;
        boolean panel = text.toLowerCase(Locale.ROOT).contains("panel");
        int searchFrom = 0;
        while (searchFrom < text.length() && trigger.find(searchFrom)) {
            if (!PeopleReaderProbe.nameAfter(words, trigger.end())) {
                searchFrom = trigger.end();
                continue;
            }
            PeopleReader.Result result = PeopleReader.read(words, trigger.end(), people, organisations);
            if (result.people().isEmpty()) {
                searchFrom = trigger.end();
                continue;
            }
            if (!read) {
                titleEnd = trigger.start();
            }
            restStart = result.rest();
            String how = trigger.group(1).toLowerCase(Locale.ROOT);
            for (PeopleReader.Named named : result.people()) {
                String said = named.cue().filter(c -> !how.equals(c)).orElse(how);
                participations.add(itemRoles.participation(named, panel && kind != ItemKind.PANEL
                        && ItemRoles.isLeader(said)
                        ? ItemKind.PANEL : kind, said, words.source(trigger.start(), trigger.end())));
            }
            read = true;
            searchFrom = Math.max(result.rest(), trigger.end());
        }
        if (!read && kindWord.isPresent()) {
            int after = wordEnd(text, kindWord.get().getKey());
            int from = after;
            while (from < text.length() && " :,–-".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            PeopleReader.Result result = new PeopleReaderProbe(words).startsWithName(from)
                    ? PeopleReader.read(words, from, people, organisations) : new PeopleReader.Result(List.of(), 0);
            if (!result.people().isEmpty()) {
                titleEnd = after;
                restStart = result.rest();
                for (PeopleReader.Named named : result.people()) {
                    participations.add(itemRoles.participation(named, kind, "", words.source(kindWord.get().getKey(),
                            after)));
                }
            }
        }
        if (!participations.isEmpty() && kindWord.isPresent()) {
            before(words, kindWord.get().getKey(), kind, participations);
        }
        // "Panel: … . Moderator: Tariq Aziz. Panellists: A (VNG) and B, …": each role word introduces its people
        for (OptionalInt introduced = participations.isEmpty() ? introduced(words, 0) : introduced(words, restStart);
                introduced.isPresent(); introduced = introduced(words, restStart)) {
            PeopleReader.Result result = PeopleReader.read(words, introduced.getAsInt(), people, organisations);
            if (result.people().isEmpty()) {
                break;
            }
            titleEnd = Math.min(titleEnd, introduced.getAsInt());
            restStart = Math.max(result.rest(), introduced.getAsInt() + 1);
            for (PeopleReader.Named named : result.people()) {
                participations.add(itemRoles.participation(named, kind, "", words.source(introduced.getAsInt(),
                        introduced.getAsInt())));
            }
        }
        if (participations.isEmpty()) {
            subject(words, kind, participations);
        }
        Source title = words.source(0, titleEnd);
        String titleWords = title.words().replaceAll("[\\s,:;–-]+$", "");
        if (titleWords.isEmpty()) {
            title = words.source();
            titleWords = title.words();
        }
        List<String> description = new ArrayList<>();
        Optional<Source> descriptionSource = Optional.empty();
        if (restStart < text.length() && !text.substring(restStart).isBlank()) {
            Source rest = words.source(restStart, text.length());
            description.add(rest.words());
            descriptionSource = Optional.of(rest);
        }
        for (Line line : more) {
            if (!moreLine(line, kind, participations) && !line.text().strip().endsWith(":")) {
                description.add(line.text().strip());
                descriptionSource = descriptionSource.or(() -> Optional.of(line.source()));
            }
        }
        Matcher table = TABLE.matcher(text.substring(0, Math.min(titleEnd, text.length())));
        if (table.find()) {
            // a table word in the title, not in an affiliation ("… (Humboldt Forum)")
            discussants(words.source(table.start(), table.end()), participations);
        }
        return new Found.Item(start, startBasis, end, endBasis, kind, kindBasis, titleWords, title,
                description.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", description)),
                descriptionSource, participations);
    }

    /**
     * The words for a discussion held at a table of several: a round table or forum. A "debat" is not among them:
     * the development set reads the people of "Debat met A, B en C" as speakers, and so does a "gesprek".
     */
    private static final Pattern TABLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:tafelgesprek(?:ken)?|rondetafel"
            + "(?:gesprek)?|round ?tables?|forum)(?![\\p{L}])");

    /**
     * "Tafelgesprek: … gespreksleider D met A en B", "Round table with A, B and C": the people at a round table or
     * forum sit at the table, so each of two or more whose role the text did not write is a panellist rather than
     * a speaker.
     */
    private static void discussants(Source word, List<Found.Participation> participations) {
        List<Found.Participation> assumed = participations.stream().filter(p -> p.role() == RoleType.SPEAKER
                && p.roleBasis() instanceof Assumption).toList();
        if (assumed.size() < 2) {
            return;
        }
        for (Found.Participation speaker : assumed) {
            participations.set(participations.indexOf(speaker), new Found.Participation(speaker.personId(),
                    RoleType.PANELLIST, Assumption.from("panellist: one of those named at a \"" + word.words()
                    + "\"", word), speaker.affiliations()));
        }
    }

    /**
     * The kind word of an item. In a sentence whose time comes after other words ("Na de lunch, om 13.30 uur, gaan
     * … als panel in gesprek"), the words before the time speak of what went before: the kind is read after it.
     */
    private static Optional<Map.Entry<Integer, ItemKind>> kindWord(String text) {
        List<DateReader.TimeMention> times = DateReader.times(text);
        if (!times.isEmpty() && times.get(0).start() > 0) {
            int after = times.get(0).end();
            Optional<Map.Entry<Integer, ItemKind>> later = Lexicon.kind(text.substring(after));
            if (later.isPresent()) {
                return Optional.of(Map.entry(later.get().getKey() + after, later.get().getValue()));
            }
        }
        return Lexicon.kind(text);
    }

    /**
     * Where the people of an item start when no cue word ("door", "met", "by") introduces them: after a dash
     * ("Keynote: Waarom jongeren afhaken – Prof. dr. Youssef Amrani, hoogleraar …") or a role word ("korte pitches
     * van de sprekers Jolanda Meester (Warm Wirdum), …"), where a name follows.
     */
    private static OptionalInt introduced(Line words, int from) {
        String text = words.text();
        for (Matcher dash = DASH.matcher(text).region(Math.min(from, text.length()), text.length()); dash.find(); ) {
            if (NameFinder.startsAt(words, dash.end()) || PeopleReaderProbe.nameAfter(words, dash.end())
                    && Lexicon.leadingRole(text.substring(dash.end())).isPresent()) {
                return OptionalInt.of(dash.end());
            }
        }
        for (int i = from; i < text.length(); i++) {
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && Character.isLetter(text.charAt(i))) {
                Optional<Map.Entry<String, RoleType>> role = Lexicon.leadingRole(text.substring(i));
                int after = role.isPresent() ? skipSpace(text, i + role.get().getKey().length()) : i;
                after = after < text.length() && text.charAt(after) == ':' ? skipSpace(text, after + 1) : after;
                if (role.isPresent() && NameFinder.startsAt(words, after)) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "In conversation: host Noor Bakker interviews Katarina Lindqvist": a person introduced by a role word before
     * the item's kind word, where others were read after it. In an interview, the one before the word asks.
     */
    private void before(Line words, int kindAt, ItemKind kind, List<Found.Participation> participations) {
        OptionalInt introduced = introduced(words.sub(0, kindAt), 0);
        if (introduced.isEmpty()) {
            return;
        }
        Source cue = words.source(kindAt, wordEnd(words.text(), kindAt));
        for (PeopleReader.Named named : PeopleReader.read(words.sub(0, kindAt), introduced.getAsInt(), people,
                organisations).people()) {
            if (participations.stream().noneMatch(p -> p.personId().equals(named.person().id()))) {
                participations.add(itemRoles.participation(named, kind, kind == ItemKind.INTERVIEW ? "door" : "",
                        cue));
            }
        }
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * A sentence whose subject, right after its time, is a person: "At 1.45 pm Sam Whitfield, founder of Pathways
     * Europe, gives the keynote", "Om 14.00 uur Anna de Vries, onderzoeker bij het RIVM, over …".
     */
    private void subject(Line words, ItemKind kind, List<Found.Participation> participations) {
        String text = words.text();
        List<DateReader.TimeMention> times = DateReader.times(text);
        if (times.isEmpty()) {
            return;
        }
        int from = times.get(0).end();
        while (from < text.length() && " ,".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        // "Om 10.20 uur houdt kustonderzoeker prof. dr. Wim de Kok …", "At 3 pm gaan Lotte …": a verb first
        for (int verbs = 0; verbs < 2 && !new PeopleReaderProbe(words).startsWithName(from) && from < text.length()
                && Character.isLowerCase(text.charAt(from)) && !Lexicon.isNotName(text.substring(from,
                NameFinder.wordEndIn(text, from))); verbs++) {
            // a verb, not a preposition ("om 10.00 uur bij Café De Brug") nor a position word
            from = skipSpace(text, NameFinder.wordEndIn(text, from));
        }
        boolean position = from < text.length() && Character.isLowerCase(text.charAt(from))
                && !Lexicon.NOT_NAMES_LOWER.contains(text.substring(from, NameFinder.wordEndIn(text, from)))
                && NameFinder.startsAt(words, skipSpace(text, NameFinder.wordEndIn(text, from)));
        if (!new PeopleReaderProbe(words).startsWithName(from) && !position) {
            return;
        }
        Source cue = words.source(times.get(0).start(), times.get(0).end());
        for (PeopleReader.Named named : PeopleReader.read(words, from, people, organisations).people()) {
            participations.add(itemRoles.participation(named, kind, "", cue));
        }
    }

    /** A line after the item's first: people (a panel's members, "Moderator: …"), else description. */
    private boolean moreLine(Line line, ItemKind kind, List<Found.Participation> participations) {
        String text = line.text();
        int from = 0;
        Optional<RoleType> labelled = Optional.empty();
        Source labelSource = null;
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            labelled = Lexicon.role(label.group(1));
            labelSource = line.source(label.start(1), label.end(1));
            if (labelled.isEmpty()) {
                return false;
            }
            from = label.end();
        }
        if (!new PeopleReaderProbe(line).startsWithName(from) && !positionFirst(line, from) && (labelled.isPresent()
                || Lexicon.leadingRole(text.substring(from)).isEmpty() || !PeopleReaderProbe.nameAfter(line, from))) {
            // a line of people may open with a role word: "gespreksleider Yara Bouzid, met …"
            return false;
        }
        PeopleReader.Result result = PeopleReader.read(line, from, people, organisations);
        List<PeopleReader.Named> more = new ArrayList<>();
        // "Gespreksleider A, met de panelleden B (Aedes), C en D": a role word after the first group brings the next
        for (OptionalInt next = result.people().isEmpty() ? OptionalInt.empty() : introduced(line, result.rest());
                next.isPresent(); ) {
            PeopleReader.Result group = PeopleReader.read(line, next.getAsInt(), people, organisations);
            if (group.people().isEmpty()) {
                break;
            }
            more.addAll(group.people());
            result = new PeopleReader.Result(result.people(), Math.max(group.rest(), next.getAsInt() + 1));
            next = introduced(line, result.rest());
        }
        if (result.people().isEmpty() || result.rest() < text.length() && labelled.isEmpty()
                && result.people().size() + more.size() == 1 && !text.substring(result.rest()).isBlank()) {
            return false;
        }
        for (PeopleReader.Named named : more) {
            participations.add(itemRoles.participation(named, kind, "", line.source()));
        }
        for (PeopleReader.Named named : result.people()) {
            // "Moderator: A (…); panellists: B, C": a role word after the label's first people introduces the next
            if (labelled.isPresent() && named.listRole().isPresent()) {
                Found.Participation introducedBy = new Found.Participation(named.person().id(), named.listRole().get(),
                        named.listRoleSource().get(), named.affiliations());
                participations.add(introducedBy);
                roles.add(introducedBy);
            } else if (labelled.isPresent()) {
                participations.add(new Found.Participation(named.person().id(), labelled.get(), labelSource,
                        named.affiliations()));
                roles.add(new Found.Participation(named.person().id(), labelled.get(), labelSource,
                        named.affiliations()));
            } else {
                participations.add(itemRoles.participation(named, kind, "listed", line.source()));
            }
        }
        return true;
    }

    /** "columnist Merel Stoker", "wethouder Erik Lammers": a line of people that opens with the position held. */
    private static boolean positionFirst(Line line, int from) {
        String text = line.text();
        if (from >= text.length() || !Lexicon.isPosition(text.substring(from, NameFinder.wordEndIn(text, from)))) {
            return false;
        }
        return NameFinder.startsAt(line, skipSpace(text, NameFinder.wordEndIn(text, from)));
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '&')) {
            end++;
        }
        return end;
    }

    /** Asks whether a name starts at an offset, without recording anyone. */
    private static final class PeopleReaderProbe {
        private final Line line;

        PeopleReaderProbe(Line line) {
            this.line = line;
        }

        /** Tells whether a name follows {@code from}, a position word before it allowed. */
        static boolean nameAfter(Line line, int from) {
            String text = line.text();
            int pos = from;
            for (int words = 0; words < 3 && pos < text.length(); words++) {
                while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                if (NameFinder.startsAt(line, pos)) {
                    return true;
                }
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
            }
            return false;
        }

        boolean startsWithName(int from) {
            int pos = from;
            while (pos < line.text().length() && Character.isWhitespace(line.text().charAt(pos))) {
                pos++;
            }
            return NameFinder.startsAt(line, pos);
        }
    }
}
