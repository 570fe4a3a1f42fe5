package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of an item written where no cue before them says so: in brackets that close its words ("… brugklas?
 * (Marjolein Hofstede, decaan …)"), or on a line under the item that names a part of it by its own title and then
 * who gives it, after a dash or "door" ("Security audits of public code — Lars Mikkelsen (…)").
 */
final class ItemParts {

    /** A bracket that closes an item's words: "… brugklas? (Marjolein Hofstede, decaan van Het Baken College)". */
    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private ItemParts() {
    }

    /**
     * "Wat verandert er in de brugklas? (Marjolein Hofstede, decaan van …)": brackets that close an item's words
     * and open with a known given name name who gives the item, maybe with the position held; an affiliation in
     * brackets opens with no given name ("(Gemeente Zaanstad)"). Reads them and returns where the title ends and
     * where the words after the people start, or an empty array when the brackets name no one.
     */
    static int[] bracketed(Line words, ItemKind kind, People people, Organisations organisations, ItemRoles itemRoles,
                           List<Found.Participation> participations) {
        Matcher bracket = CLOSING_BRACKET.matcher(words.text());
        if (!bracket.find() || bracket.start() == 0 || !closesWithPerson(words, bracket)) {
            return new int[0];
        }
        // tried on a scratch list first: brackets that hold one person, or a list of them, and nothing after
        PeopleReader.Result probe = PeopleReader.read(words.sub(0, bracket.end(1)), bracket.start(1), new People(),
                organisations);
        String after = words.text().substring(Math.min(probe.rest(), bracket.end(1)), bracket.end(1)).strip();
        if (probe.people().isEmpty() || !after.isEmpty() && !after.startsWith(",")) {
            return new int[0];
        }
        Source cue = words.source(bracket.start(), bracket.start() + 1);
        for (PeopleReader.Named named : PeopleReader.read(words.sub(0, bracket.end(1)), bracket.start(1), people,
                organisations).people()) {
            participations.add(itemRoles.participation(named, kind, "", cue));
        }
        return new int[] {bracket.start(), words.text().length()};
    }

    private static boolean closesWithPerson(Line words, Matcher bracket) {
        return NameProbe.givenNameAfter(words, bracket.start(1), 0) == bracket.start(1);
    }

    /**
     * Tells whether {@code line} goes on the title of the item line {@code previous}, wrapped mid-sentence (its
     * last word set small, no stop after it), and closes with brackets that open with a known given name:
     * "… de doorstroomtoets en de" over "aanmelding (Hanneke Smits, directeur)".
     */
    static boolean wrappedOntoBracket(Line previous, Line line) {
        Matcher bracket = CLOSING_BRACKET.matcher(line.text());
        return previous.text().matches("(?su).*\\s\\p{Ll}+$") && bracket.find() && bracket.start() > 0
                && closesWithPerson(line, bracket);
    }

    /**
     * "| 10:30 | Procurement clauses … — Joris van Leeuwen (…) | Security audits of public code — Lars
     * Mikkelsen (…) |": a line under an item (a further track's cell) that names a part of it by its own title
     * and, after a dash, the people who give it, who speak on it unless the part's own kind word says otherwise.
     * Returns whether it named anyone.
     */
    static boolean partAfterDash(Line line, People people, Organisations organisations, ItemRoles itemRoles,
                                 List<Found.Participation> participations) {
        Matcher dash = ItemCues.DASH.matcher(line.text());
        if (!dash.find() || dash.start() == 0 || !NameFinder.startsAt(line, dash.end())) {
            return false;
        }
        ItemKind kind = ItemCues.kindWord(line.text()).map(java.util.Map.Entry::getValue).orElse(ItemKind.OTHER);
        PeopleReader.Result result = PeopleReader.read(line, dash.end(), people, organisations);
        for (PeopleReader.Named named : result.people()) {
            participations.add(itemRoles.participation(named, kind, "", line.source(dash.start(), dash.end())));
        }
        return !result.people().isEmpty();
    }

    /**
     * "Spoor A Wijkteams: Samen met school, door Bert Lagerweij (…)": a line under an item that names a part of it
     * (a track, a parallel session) with its own title, given by the people after "door" or "by", who speak.
     * Returns whether it named anyone.
     */
    static boolean partGivenBy(Line line, ItemKind kind, People people, Organisations organisations,
                               ItemRoles itemRoles, List<Found.Participation> participations) {
        java.util.Optional<java.util.regex.MatchResult> found = ItemCues.partBy(line);
        if (found.isEmpty()) {
            return false;
        }
        java.util.regex.MatchResult by = found.get();
        String how = by.group(1).toLowerCase(java.util.Locale.ROOT);
        PeopleReader.Result result = PeopleReader.read(line, by.end(), people, organisations);
        for (PeopleReader.Named named : result.people()) {
            participations.add(itemRoles.participation(named, kind, how, line.source(by.start(1), by.end(1))));
        }
        return !result.people().isEmpty();
    }

    /**
     * "14:45  Lightning talks:" over "- Aisha Bello (Faculty of Chemistry): an electronic lab notebook pilot": a
     * line under an item (bulleted or not) that opens with its people, then a colon and the part's subject, names
     * who gives that part of the item. Returns whether it named anyone.
     */
    static boolean partBeforeColon(Line line, ItemKind kind, People people, Organisations organisations,
                                   ItemRoles itemRoles, List<Found.Participation> participations) {
        int colon = line.text().indexOf(':');
        if (colon <= 0 || !NameFinder.startsAt(line, 0) || line.text().substring(colon + 1).isBlank()) {
            return false;
        }
        // tried on a scratch list first: the words before the colon are people and nothing else
        Line head = line.sub(0, colon);
        PeopleReader.Result probe = PeopleReader.read(head, 0, new People(), organisations);
        if (probe.people().isEmpty() || !head.text().substring(Math.min(probe.rest(), head.text().length()))
                .replaceAll("[\\s)]+", "").isEmpty()) {
            return false;
        }
        for (PeopleReader.Named named : PeopleReader.read(head, 0, people, organisations).people()) {
            participations.add(itemRoles.participation(named, kind, "listed", line.source(0, 0)));
        }
        return true;
    }
}
