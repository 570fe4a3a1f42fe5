package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the parts of a programme item's words start: its kind word, the people a dash or role word introduces. */
final class ItemCues {

    /** A dash set between spaces, as between an item's title and its speaker. */
    static final Pattern DASH = Pattern.compile("\\s[–—-]\\s+");

    /** A comma between an item's title and its speaker. */
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    /** Whether the words before {@code to} name a person: a name that opens with a known given name. */
    private static boolean namesSomeone(Line words, int to) {
        String text = words.text();
        for (int at = 0; at < to; at++) {
            boolean opens = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && Character.isUpperCase(text.charAt(at));
            if (opens && NameFinder.givenNameAt(text, at) && NameFinder.startsAt(words, at)) {
                return true;
            }
        }
        return false;
    }

    /** A cue before people in an item's title: who comes after it is named there. */
    private static final Pattern CUED = Pattern.compile("(?iu)(?<![\\p{L}])(?:by|door|met|with)"
            + "(?![\\p{L}])");
    /** A name of two to four capitalised words, then the end of the words, a comma or a bracket. */
    private static final Pattern NAME_THEN_END = Pattern.compile("(?u)(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+(?:van|de|der|den|ten|ter|ní|ó|mac|mc|o')?\\s*\\p{Lu}[\\p{L}'’-]+){1,3}\\s*(?:[,(].*)?$");

    /** "is", "was", "wordt", "will be" between a role word and the name: "moderator is X", "de gastheer is Y". */
    static final Pattern COPULA = Pattern.compile("(?iu)(?:is|was|wordt|zijn|will be)\\s+");

    private ItemCues() {
    }

    /**
     * The kind word of an item. In a sentence whose time comes after other words ("Na de lunch, om 13.30 uur, gaan
     * … als panel in gesprek"), the words before the time speak of what went before: the kind is read after it.
     */
    static Optional<Map.Entry<Integer, ItemKind>> kindWord(String text) {
        List<DateReader.TimeMention> times = DateReader.times(text);
        if (!times.isEmpty() && times.get(0).start() > 0) {
            int after = times.get(0).end();
            Optional<Map.Entry<Integer, ItemKind>> later = ItemKindWords.earliestIn(text.substring(after));
            if (later.isPresent()) {
                return Optional.of(Map.entry(later.get().getKey() + after, later.get().getValue()));
            }
        }
        return ItemKindWords.earliestIn(text);
    }

    /**
     * Where the people of an item start when no cue word ("door", "met", "by") introduces them: after a dash
     * ("Keynote: Waarom jongeren afhaken – Prof. dr. Youssef Amrani, hoogleraar …") or a role word ("korte pitches
     * van de sprekers Jolanda Meester (Warm Wirdum), …"), where a name follows.
     */
    static OptionalInt introduced(Line words, int from) {
        String text = words.text();
        for (Matcher dash = DASH.matcher(text).region(Math.min(from, text.length()), text.length()); dash.find(); ) {
            if (NameFinder.startsAt(words, dash.end()) || NameProbe.nameAfter(words, dash.end())
                    && Lexicon.leadingRole(text.substring(dash.end())).isPresent()
                    || NameProbe.givenNameAfter(words, dash.end(), 3) > 0) {
                return OptionalInt.of(dash.end());
            }
        }
        for (Matcher comma = COMMA.matcher(text).region(Math.min(from, text.length()), text.length()); comma.find(); ) {
            // "Presentation of the Draft Plan, Aoife Brennan, Senior Executive Planner": a title of two words or more
            // that names no one, holds no cue of its own and ends in no role or position word ("by the Chair,
            // Professor X", "the curator, Jonah Reid", "Henk Bos zit … voor, Yvonne Kuipers" are none), a comma,
            // then a person whose name opens with a given name and ends the words or a clause
            int at = comma.end();
            int start = Math.min(from, comma.start());
            String title = text.substring(start, comma.start()).strip();
            String[] titleWords = title.split("\\s+");
            String last = titleWords[titleWords.length - 1];
            if (titleWords.length >= 2 && NameFinder.startsAt(words, at) && !CUED.matcher(title).find()
                    && Lexicon.role(last).isEmpty() && !Lexicon.isPosition(last)
                    && !namesSomeone(words, comma.start()) && NameProbe.givenNameAfter(words, at, 1) >= 0
                    && NAME_THEN_END.matcher(text.substring(at)).matches()) {
                return OptionalInt.of(at);
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean aligned = lower.length() == text.length();
        for (int i = from; i < text.length(); i++) {
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && Character.isLetter(text.charAt(i))) {
                Optional<Map.Entry<String, RoleType>> role = aligned ? Lexicon.leadingRoleAt(lower, i)
                        : Lexicon.leadingRole(text.substring(i));
                int after = role.isPresent() ? skipSpace(text, i + role.get().getKey().length()) : i;
                after = after < text.length() && text.charAt(after) == ':' ? skipSpace(text, after + 1) : after;
                if (role.isPresent() && NameFinder.startsAt(words, after)) {
                    return OptionalInt.of(i);
                }
                Matcher is = COPULA.matcher(text).region(after, text.length());
                if (role.isPresent() && is.lookingAt() && NameProbe.nameAfter(words, is.end())) {
                    return OptionalInt.of(i);   // "gespreksleider is journalist Rob van Wijngaarden"
                }
            }
        }
        return OptionalInt.empty();
    }

    /** ", door …", "? by …": after the title of a part of an item, who gives that part. */
    static final Pattern PART_BY = Pattern.compile("(?iu)[,?!:]\\s+(door|by)\\s+");

    /**
     * Tells whether {@code line}, under an item, names a part of it and who gives it: "Spoor A Wijkteams: Samen met
     * school, door Bert Lagerweij (Wijkteam Leidsche Rijn)". A comma or a question mark ends the part's title.
     */
    static boolean givenBy(Line line) {
        return partBy(line).isPresent();
    }

    /**
     * " by ", " door " in a list item under its item: "*Signals without a framework* by Joe Okonkwo, …"; not after a
     * leader's verb ("geleid door", "chaired by"), which other cues read.
     */
    private static final java.util.regex.Pattern ITEM_BY = java.util.regex.Pattern.compile("(?iu)(?<!geleid|gemodereerd"
            + "|gepresenteerd|voorgezeten|led|chaired|moderated|hosted|presented|gegeven|verzorgd|given|opened|geopend)"
            + "\\s(door|by)\\s+");

    /**
     * Where a part's "by"/"door" stands, when a name follows it: after a comma or a question mark ("…, door Bert
     * Lagerweij"), or in a list item after the part's title alone ("*Signals …* by Joe Okonkwo").
     */
    static java.util.Optional<java.util.regex.MatchResult> partBy(Line line) {
        java.util.regex.Matcher by = PART_BY.matcher(line.text());
        if (by.find() && NameProbe.nameAfter(line, by.end())) {
            return java.util.Optional.of(by.toMatchResult());
        }
        java.util.regex.Matcher listed = ITEM_BY.matcher(line.text());
        return line.kind() == Line.Kind.ITEM && listed.find() && NameProbe.nameAfter(line, listed.end())
                ? java.util.Optional.of(listed.toMatchResult()) : java.util.Optional.empty();
    }

    /** Tells whether the word after {@code from} is the given name of the one person so called ("by Femke"). */
    static boolean knownByGivenName(Line words, int from, People people) {
        String text = words.text();
        int start = skipSpace(text, from);
        return start < text.length() && people.onlyOneCalled(text.substring(start, wordEnd(text, start))
                .replaceAll("[.,;:()]+$", "")).isPresent();
    }

    static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * "columnist Merel Stoker", "wethouder Erik Lammers": a line of people that opens with the position held; also
     * a word set small that the list does not know before a known given name ("imker Dianne Verschuur").
     */
    static boolean positionFirst(Line line, int from) {
        String text = line.text();
        if (from >= text.length()) {
            return false;
        }
        String word = text.substring(from, NameFinder.wordEndIn(text, from));
        int next = skipSpace(text, NameFinder.wordEndIn(text, from));
        if (Lexicon.isPosition(word)) {
            return NameFinder.startsAt(line, next);
        }
        return word.matches("\\p{Ll}{3,}") && !Lexicon.NOT_NAMES_LOWER.contains(word)
                && !PeopleReader.JOINERS.contains(word) && NameProbe.givenNameAfter(line, next, 0) == next;
    }

    static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '&')) {
            end++;
        }
        return end;
    }

    /** A role's label that opens a part of a line: "Author: ", "Interviewer: ". */
    private static final Pattern ROLE_LABEL = Pattern.compile("(?iu)^([\\p{L} ]{3,30}):\\s*");

    /** A mark that parts a line's labelled parts: "·", "|", "•". */
    private static final Pattern PART_MARK = Pattern.compile("\\s+[·|•]\\s+");

    /** The parts of a line set apart by marks when each opens with a role's label; else none. */
    static List<Line> labelledParts(Line line) {
        String text = line.text();
        List<Line> parts = new java.util.ArrayList<>();
        int from = 0;
        for (Matcher mark = PART_MARK.matcher(text); ; ) {
            boolean found = mark.find();
            int to = found ? mark.start() : text.length();
            Line part = line.sub(from, to);
            Matcher label = ROLE_LABEL.matcher(part.text());
            if (!label.find() || Lexicon.role(label.group(1)).isEmpty()) {
                return List.of();
            }
            parts.add(part);
            if (!found) {
                return parts;
            }
            from = mark.end();
        }
    }
}
